/**
 * simd-ls.ts — AArch64 rows: Advanced SIMD structure loads and stores —
 * ld1–ld4 / st1–st4 of whole registers (1–4 registers for ld1/st1), of one
 * lane, and the replicating ld1r–ld4r — with no offset, post-indexed by the
 * transfer size (`[x0], #32`) or by a register (`[x0], x2`). Format:
 * table/README.md.
 */

const rows: string[] = [];
const list = (n: number, t = "<T>") => `{ ${Array.from({ length: n }, (_, i) => `<Vt${i === 0 ? "" : i + 1}>.${t}`).join(", ")} }`;
const lanes = (n: number, e: string) => `{ ${Array.from({ length: n }, (_, i) => `<Vt${i === 0 ? "" : i + 1}>.${e}`).join(", ")} }[<index>]`;

for (const [p, L] of [["st", 0], ["ld", 1]] as const) {
  // multiple structures: mnemonic, registers, opcode, scheme
  for (const [m, n, op, t] of [[`${p}1`, 1, "0111", "bhsd1"], [`${p}1`, 2, "1010", "bhsd1"], [`${p}1`, 3, "0110", "bhsd1"], [`${p}1`, 4, "0010", "bhsd1"], [`${p}2`, 2, "1000", "bhsd"], [`${p}3`, 3, "0100", "bhsd"], [`${p}4`, 4, "0000", "bhsd"]] as const) {
    rows.push(
      `${m} ${list(n)}, [<Xn|SP>] | 0 Q 0011000 ${L} 000000 ${op} size Rn Rt | T=${t}`,
      `${m} ${list(n)}, [<Xn|SP>], #<list> | 0 Q 0011001 ${L} 0 11111 ${op} size Rn Rt | T=${t}`,
      `${m} ${list(n)}, [<Xn|SP>], <Xm> | 0 Q 0011001 ${L} 0 Rm ${op} size Rn Rt | T=${t}`,
    );
  }
  // single lane: registers, R
  for (const [n, R] of [[1, 0], [2, 1], [3, 0], [4, 1]] as const) {
    const m = `${p}${n}`;
    const odd = n === 3 || n === 4 ? 1 : 0;
    for (const [e, op] of [["B", `00${odd}`], ["H", `01${odd}`], ["S", `10${odd}`], ["D", `10${odd}`]] as const) {
      rows.push(
        `${m} ${lanes(n, e)}, [<Xn|SP>] | 0 Q 0011010 ${L} ${R} 00000 ${op} S size Rn Rt`,
        `${m} ${lanes(n, e)}, [<Xn|SP>], #<list> | 0 Q 0011011 ${L} ${R} 11111 ${op} S size Rn Rt`,
        `${m} ${lanes(n, e)}, [<Xn|SP>], <Xm> | 0 Q 0011011 ${L} ${R} Rm ${op} S size Rn Rt`,
      );
    }
  }
}
// load and replicate
for (const [n, R, op] of [[1, 0, "110"], [2, 1, "110"], [3, 0, "111"], [4, 1, "111"]] as const) {
  const m = `ld${n}r`;
  rows.push(
    `${m} ${list(n)}, [<Xn|SP>] | 0 Q 0011010 1 ${R} 00000 ${op} 0 size Rn Rt | T=bhsd1`,
    `${m} ${list(n)}, [<Xn|SP>], #<listr> | 0 Q 0011011 1 ${R} 11111 ${op} 0 size Rn Rt | T=bhsd1`,
    `${m} ${list(n)}, [<Xn|SP>], <Xm> | 0 Q 0011011 1 ${R} Rm ${op} 0 size Rn Rt | T=bhsd1`,
  );
}

/** Advanced SIMD structure load/store rows. */
export const SIMDLS_ROWS: readonly string[] = rows;
