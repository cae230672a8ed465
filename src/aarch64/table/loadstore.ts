/**
 * loadstore.ts — AArch64 rows: loads and stores of general-purpose and
 * SIMD&FP registers in every addressing mode (scaled unsigned offset,
 * unscaled — which `ldr` falls back to as llvm-mc does —, pre- and
 * post-index, register offset, literal), unprivileged loads, prefetch,
 * pairs, exclusives and acquire/release, and the LSE atomics (cas, casp,
 * swp, ld<op>, st<op>). Format: table/README.md.
 */

// mnemonic, transfer register, size, V, opc, log2(access bytes), unscaled mnemonic
const SINGLE: readonly (readonly [string, string, string, number, string, number, string])[] = [
  ["strb", "<Wt>", "00", 0, "00", 0, "sturb"],
  ["ldrb", "<Wt>", "00", 0, "01", 0, "ldurb"],
  ["ldrsb", "<Xt>", "00", 0, "10", 0, "ldursb"],
  ["ldrsb", "<Wt>", "00", 0, "11", 0, "ldursb"],
  ["strh", "<Wt>", "01", 0, "00", 1, "sturh"],
  ["ldrh", "<Wt>", "01", 0, "01", 1, "ldurh"],
  ["ldrsh", "<Xt>", "01", 0, "10", 1, "ldursh"],
  ["ldrsh", "<Wt>", "01", 0, "11", 1, "ldursh"],
  ["str", "<Wt>", "10", 0, "00", 2, "stur"],
  ["ldr", "<Wt>", "10", 0, "01", 2, "ldur"],
  ["ldrsw", "<Xt>", "10", 0, "10", 2, "ldursw"],
  ["str", "<Xt>", "11", 0, "00", 3, "stur"],
  ["ldr", "<Xt>", "11", 0, "01", 3, "ldur"],
  ["str", "<Bt>", "00", 1, "00", 0, "stur"],
  ["ldr", "<Bt>", "00", 1, "01", 0, "ldur"],
  ["str", "<Ht>", "01", 1, "00", 1, "stur"],
  ["ldr", "<Ht>", "01", 1, "01", 1, "ldur"],
  ["str", "<St>", "10", 1, "00", 2, "stur"],
  ["ldr", "<St>", "10", 1, "01", 2, "ldur"],
  ["str", "<Dt>", "11", 1, "00", 3, "stur"],
  ["ldr", "<Dt>", "11", 1, "01", 3, "ldur"],
  ["str", "<Qt>", "00", 1, "10", 4, "stur"],
  ["ldr", "<Qt>", "00", 1, "11", 4, "ldur"],
];

const single: string[] = [];
const unscaled: string[] = [];
for (const [m, r, size, V, opc, sc, um] of SINGLE) {
  const head = `${size} 111 ${V}`;
  single.push(
    `${m} ${r}, [<Xn|SP>{, #<pimm${1 << sc}>}] | ${head} 01 ${opc} imm12 Rn Rt`,
    `${m} ${r}, [<Xn|SP>{, #<simm9>}] | ${head} 00 ${opc} 0 imm9 00 Rn Rt`,
    `${m} ${r}, [<Xn|SP>, #<simm9>]! | ${head} 00 ${opc} 0 imm9 11 Rn Rt | check=wb`,
    `${m} ${r}, [<Xn|SP>], #<simm9> | ${head} 00 ${opc} 0 imm9 01 Rn Rt | check=wb`,
    `${m} ${r}, [<Xn|SP>, <Rm>{, <ext:${sc}>}] | ${head} 00 ${opc} 1 Rm option S 10 Rn Rt`,
  );
  unscaled.push(`${um} ${r}, [<Xn|SP>{, #<simm9>}] | ${head} 00 ${opc} 0 imm9 00 Rn Rt`);
}
// unprivileged (ldtr, sttr ...)
for (const [m, r, size, opc] of [
  ["sttrb", "<Wt>", "00", "00"], ["ldtrb", "<Wt>", "00", "01"], ["ldtrsb", "<Xt>", "00", "10"], ["ldtrsb", "<Wt>", "00", "11"],
  ["sttrh", "<Wt>", "01", "00"], ["ldtrh", "<Wt>", "01", "01"], ["ldtrsh", "<Xt>", "01", "10"], ["ldtrsh", "<Wt>", "01", "11"],
  ["sttr", "<Wt>", "10", "00"], ["ldtr", "<Wt>", "10", "01"], ["ldtrsw", "<Xt>", "10", "10"],
  ["sttr", "<Xt>", "11", "00"], ["ldtr", "<Xt>", "11", "01"],
] as const) {
  unscaled.push(`${m} ${r}, [<Xn|SP>{, #<simm9>}] | ${size} 111 0 00 ${opc} 0 imm9 10 Rn Rt`);
}
const literal = [
  "ldr <Wt>, <label19> | 00 011 0 00 imm19 Rt",
  "ldr <Xt>, <label19> | 01 011 0 00 imm19 Rt",
  "ldrsw <Xt>, <label19> | 10 011 0 00 imm19 Rt",
  "ldr <St>, <label19> | 00 011 1 00 imm19 Rt",
  "ldr <Dt>, <label19> | 01 011 1 00 imm19 Rt",
  "ldr <Qt>, <label19> | 10 011 1 00 imm19 Rt",
  "prfm <prfop>, <label19> | 11 011 0 00 imm19 Rt",
];
const prefetch = [
  "prfm <prfop>, [<Xn|SP>{, #<pimm8>}] | 11 111 0 01 10 imm12 Rn Rt",
  "prfm <prfop>, [<Xn|SP>{, #<simm9>}] | 11 111 0 00 10 0 imm9 00 Rn Rt",
  "prfm <prfop>, [<Xn|SP>, <Rm>{, <ext:3>}] | 11 111 0 00 10 1 Rm option S 10 Rn Rt",
  "prfum <prfop>, [<Xn|SP>{, #<simm9>}] | 11 111 0 00 10 0 imm9 00 Rn Rt",
];

// pairs: mnemonic, register letter, opc, V, L, bytes
const pairs: string[] = [];
for (const [m, r, opc, V, L, n] of [
  ["stp", "W", "00", 0, 0, 4], ["ldp", "W", "00", 0, 1, 4], ["ldpsw", "X", "01", 0, 1, 4], ["stp", "X", "10", 0, 0, 8], ["ldp", "X", "10", 0, 1, 8],
  ["stp", "S", "00", 1, 0, 4], ["ldp", "S", "00", 1, 1, 4], ["stp", "D", "01", 1, 0, 8], ["ldp", "D", "01", 1, 1, 8],
  ["stp", "Q", "10", 1, 0, 16], ["ldp", "Q", "10", 1, 1, 16],
] as const) {
  const regs = `<${r}t>, <${r}t2>`;
  // llvm-mc's refusals, which differ by form: Rt == Rt2 for loads at an offset, FP loads and ldpsw post-index;
  // a writeback base that is also a transfer register for GP pre/post-index (ldpsw pre-index too)
  const rt2 = L === 1 ? " check=rt2" : "";
  const pre = V === 1 ? rt2 : " check=wb";
  const postFlags = V === 1 ? rt2 : m === "ldpsw" ? rt2 : " check=wb";
  pairs.push(
    `${m} ${regs}, [<Xn|SP>{, #<simm7x${n}>}] | ${opc} 101 ${V} 010 ${L} imm7 Rt2 Rn Rt |${rt2}`,
    `${m} ${regs}, [<Xn|SP>, #<simm7x${n}>]! | ${opc} 101 ${V} 011 ${L} imm7 Rt2 Rn Rt |${pre}`,
    `${m} ${regs}, [<Xn|SP>], #<simm7x${n}> | ${opc} 101 ${V} 001 ${L} imm7 Rt2 Rn Rt |${postFlags}`,
  );
  if (m !== "ldpsw") pairs.push(`${m === "stp" ? "stnp" : "ldnp"} ${regs}, [<Xn|SP>{, #<simm7x${n}>}] | ${opc} 101 ${V} 000 ${L} imm7 Rt2 Rn Rt`);
}

// exclusives and acquire/release: suffix, size, register letter
const exclusive: string[] = [];
for (const [sfx, size, r] of [["b", "00", "W"], ["h", "01", "W"], ["", "10", "W"], ["", "11", "X"]] as const) {
  const t = `<${r}t>`;
  exclusive.push(
    `stxr${sfx} <Ws>, ${t}, [<Xn|SP>{, #0}] | ${size} 001000 0 0 0 Rs 0 11111 Rn Rt | check=stx`,
    `stlxr${sfx} <Ws>, ${t}, [<Xn|SP>{, #0}] | ${size} 001000 0 0 0 Rs 1 11111 Rn Rt | check=stx`,
    `ldxr${sfx} ${t}, [<Xn|SP>{, #0}] | ${size} 001000 0 1 0 11111 0 11111 Rn Rt`,
    `ldaxr${sfx} ${t}, [<Xn|SP>{, #0}] | ${size} 001000 0 1 0 11111 1 11111 Rn Rt`,
    `stlr${sfx} ${t}, [<Xn|SP>{, #0}] | ${size} 001000 1 0 0 11111 1 11111 Rn Rt`,
    `ldar${sfx} ${t}, [<Xn|SP>{, #0}] | ${size} 001000 1 1 0 11111 1 11111 Rn Rt`,
  );
}
for (const [sz, r] of [["0", "W"], ["1", "X"]] as const) {
  const t = `<${r}t>, <${r}t2>`;
  exclusive.push(
    `stxp <Ws>, ${t}, [<Xn|SP>{, #0}] | 1 ${sz} 001000 0 0 1 Rs 0 Rt2 Rn Rt | check=stx`,
    `stlxp <Ws>, ${t}, [<Xn|SP>{, #0}] | 1 ${sz} 001000 0 0 1 Rs 1 Rt2 Rn Rt | check=stx`,
    `ldxp ${t}, [<Xn|SP>{, #0}] | 1 ${sz} 001000 0 1 1 11111 0 Rt2 Rn Rt`,
    `ldaxp ${t}, [<Xn|SP>{, #0}] | 1 ${sz} 001000 0 1 1 11111 1 Rt2 Rn Rt`,
  );
}

// LSE atomics: compare-and-swap, swap, ld<op>, st<op> in every ordering and size
const ORDER = [["", 0, 0], ["a", 1, 0], ["l", 0, 1], ["al", 1, 1]] as const;
const SIZES = [["b", "00", "W"], ["h", "01", "W"], ["", "10", "W"], ["", "11", "X"]] as const;
const atomics: string[] = [];
for (const [o, A, R] of ORDER) {
  for (const [sfx, size, r] of SIZES) {
    atomics.push(`cas${o}${sfx} <${r}s>, <${r}t>, [<Xn|SP>{, #0}] | ${size} 001000 1 ${A} 1 Rs ${R} 11111 Rn Rt | feat=lse`);
    atomics.push(`swp${o}${sfx} <${r}s>, <${r}t>, [<Xn|SP>] | ${size} 111 0 00 ${A} ${R} 1 Rs 1 000 00 Rn Rt | feat=lse`);
    for (const [op, opc] of [["add", "000"], ["clr", "001"], ["eor", "010"], ["set", "011"], ["smax", "100"], ["smin", "101"], ["umax", "110"], ["umin", "111"]] as const) {
      atomics.push(`ld${op}${o}${sfx} <${r}s>, <${r}t>, [<Xn|SP>] | ${size} 111 0 00 ${A} ${R} 1 Rs 0 ${opc} 00 Rn Rt | feat=lse`);
      if (A === 0) atomics.push(`st${op}${o}${sfx} <${r}s>, [<Xn|SP>] | ${size} 111 0 00 0 ${R} 1 Rs 0 ${opc} 00 Rn 11111 | feat=lse`);
    }
  }
  for (const [sz, r] of [["0", "W"], ["1", "X"]] as const) {
    atomics.push(`casp${o} <${r}s>, <${r}(s+1)>, <${r}t>, <${r}(t+1)>, [<Xn|SP>{, #0}] | 0 ${sz} 001000 0 ${A} 1 Rs ${R} 11111 Rn Rt | feat=lse`);
  }
}

/** Load and store rows. */
export const LOADSTORE_ROWS: readonly string[] = [...single, ...literal, ...unscaled, ...prefetch, ...pairs, ...exclusive, ...atomics];
