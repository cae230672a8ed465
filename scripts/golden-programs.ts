/**
 * golden-programs.ts — multi-line programs with labels for the golden test:
 * each statement is written twice, as Intel text for `llvm-mc -filetype=obj`
 * and as a builder statement (test/encode/golden-format.ts, plus `name:`,
 * `.align n`, `.byte/.word/.long/.quad v ...`). scripts/gen-golden.ts
 * assembles them and stores the .text bytes in test/encode/golden/programs.json.
 * Holds no bytes and no encoding knowledge.
 */

/** One statement: [Intel text, builder statement]. */
export type Stmt = readonly [string, string];
export interface Program {
  name: string;
  lines: Stmt[];
}

const label = (n: string): Stmt => [`${n}:`, `${n}:`];
const align = (n: number): Stmt => [`.p2align ${Math.log2(n)}`, `.align ${n}`];
const bytes = (...v: number[]): Stmt => [`.byte ${v.join(", ")}`, `.byte ${v.join(" ")}`];
const rep = (n: number, s: Stmt): Stmt[] => Array.from({ length: n }, () => s);
/** 1-byte nops, `n` of them. */
const nops = (n: number): Stmt[] => rep(n, ["nop", "nop"]);
const jmp = (m: string, l: string): Stmt => [`${m} ${l}`, `${m} @${l}`];

const CC = ["o", "no", "b", "c", "nae", "ae", "nb", "nc", "e", "z", "ne", "nz", "be", "na", "a", "nbe", "s", "ns", "p", "pe", "np", "po", "l", "nge", "ge", "nl", "le", "ng", "g", "nle"];

export const PROGRAMS: Program[] = [
  {
    name: "sum-loop (the issue's example)",
    lines: [
      ["xor rax, rax", "xor rax rax"],
      ["test rsi, rsi", "test rsi rsi"],
      jmp("jz", "done"),
      label("top"),
      ["add rax, qword ptr [rdi + 8*rcx]", "add rax m64(rdi,rcx,8,0)"],
      ["inc rcx", "inc rcx"],
      ["cmp rcx, rsi", "cmp rcx rsi"],
      jmp("jne", "top"),
      label("done"),
      ["ret", "ret"],
    ],
  },
  {
    name: "forward and backward jumps across 200 bytes (relaxation to rel32)",
    lines: [
      label("back"),
      jmp("jmp", "fwd"),
      jmp("jne", "back"),
      ...rep(50, ["nop dword ptr [rax + rax]", "nop m32(rax,rax,1,0)"]),
      jmp("je", "back"),
      jmp("jmp", "back"),
      label("fwd"),
      jmp("call", "back"),
      jmp("call", "fwd2"),
      jmp("jmp", "fwd2"),
      label("fwd2"),
      ["ret", "ret"],
    ],
  },
  {
    name: "every jcc alias, short forward and long backward",
    lines: [
      label("top"),
      ...CC.map((c) => jmp(`j${c}`, "mid")),
      label("mid"),
      ...rep(26, ["mov eax, 305419896", "mov eax $305419896"]),
      ...CC.map((c) => jmp(`j${c}`, "top")),
      ...CC.map((c) => jmp(`j${c}`, "mid")),
      ...CC.map((c) => jmp(`j${c}`, "end")),
      ...rep(40, ["mov ecx, 1", "mov ecx $1"]),
      label("end"),
      ["ret", "ret"],
    ],
  },
  {
    name: "loop, loope/loopz, loopne/loopnz, jrcxz, jecxz",
    lines: [
      label("top"),
      ["dec rcx", "dec rcx"],
      jmp("loop", "top"),
      jmp("loope", "top"),
      jmp("loopz", "top"),
      jmp("loopne", "fwd"),
      jmp("loopnz", "fwd"),
      jmp("jrcxz", "fwd"),
      jmp("jecxz", "top"),
      ...nops(100),
      label("fwd"),
      jmp("loop", "fwd"),
      ["ret", "ret"],
    ],
  },
  {
    name: "rip-relative lea and loads of code and data labels",
    lines: [
      ["lea rax, [rip + data]", "lea rax m0(@data,_,1,0)"],
      ["mov rcx, qword ptr [rip + data]", "mov rcx m64(@data,_,1,0)"],
      ["add ecx, dword ptr [rip + data + 4]", "add ecx m32(@data,_,1,4)"],
      ["cmp byte ptr [rip + data + 7], 17", "cmp m8(@data,_,1,7) $17"],
      ["lea rdx, [rip + fn]", "lea rdx m0(@fn,_,1,0)"],
      jmp("call", "fn"),
      ["ret", "ret"],
      label("fn"),
      ["lea rax, [rip + fn]", "lea rax m0(@fn,_,1,0)"],
      ["ret", "ret"],
      align(8),
      label("data"),
      [".quad 0x1122334455667788", ".quad 1234605616436508552"],
      [".long 0xdeadbeef", ".long 3735928559"],
      [".word 0x1234", ".word 4660"],
      bytes(1, 2, 3),
    ],
  },
  {
    name: "align 16/32/8 with every padding length 1..15",
    lines: [
      ["nop", "nop"],
      align(16),
      ["mov eax, 1", "mov eax $1"],
      align(16),
      ["ret", "ret"],
      align(32),
      ["int3", "int3"],
      align(8),
      ...Array.from({ length: 15 }, (_, i) => [...rep(i + 1, bytes(0xcc)), align(16)]).flat(),
      ["ret", "ret"],
    ],
  },
  {
    name: "relaxation edges: 127/128 bytes forward, -128/-129 backward, and a cascade",
    lines: [
      jmp("jmp", "f127"),
      ...nops(127),
      label("f127"),
      jmp("jmp", "f128"),
      ...nops(128),
      label("f128"),
      label("b128"),
      ...nops(126),
      jmp("jmp", "b128"),
      label("b129"),
      ...nops(127),
      jmp("jmp", "b129"),
      // c0's jne is short only while the jne to b128 (far back, so rel32) is short: the cascade
      label("c0"),
      jmp("jne", "c2"),
      jmp("jne", "b128"),
      ...nops(124),
      label("c2"),
      jmp("jmp", "c0"),
      ["ret", "ret"],
    ],
  },
];

// ---- seeded random programs: jumps of every kind over varied distances, with alignment ----
/** Instructions of various lengths (1–11 bytes) to put distance between labels. */
const FILLERS: Stmt[] = [
  ["nop", "nop"],
  ["ret", "ret"],
  ["push rbx", "push rbx"],
  ["mov eax, ecx", "mov eax ecx"],
  ["add rax, 1", "add rax $1"],
  ["mov eax, 305419896", "mov eax $305419896"],
  ["lea rcx, [rax + 8*rdx + 16]", "lea rcx m0(rax,rdx,8,16)"],
  ["mov qword ptr [rsp + 256], 1", "mov m64(rsp,_,1,256) $1"],
  ["movabs r9, 1311768467463790320", "movabs r9 $1311768467463790320"],
  ["imul r12, qword ptr [r13 + 4*r14 - 1000], 100000", "imul r12 m64(r13,r14,4,-1000) $100000"],
  ["vaddps ymm1, ymm2, ymmword ptr [rax + 32]", "vaddps ymm1 ymm2 m256(rax,_,1,32)"],
];
const JUMPS = ["jmp", "je", "jne", "jl", "jg", "jbe", "ja", "js", "jp", "call"];

function randomProgram(seed: number, maxFill: number): Program {
  let s = seed >>> 0;
  const rnd = (n: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return Math.floor((s / 4294967296) * n);
  };
  const nLabels = 8;
  const lines: Stmt[] = [];
  const bound = new Set<number>();
  for (let i = 0; i < 90; i++) {
    const r = rnd(100);
    if (r < 12 && bound.size < nLabels) {
      let l = rnd(nLabels);
      while (bound.has(l)) l = (l + 1) % nLabels;
      bound.add(l);
      lines.push(label(`L${l}`));
    } else if (r < 40) {
      lines.push(jmp(JUMPS[rnd(JUMPS.length)]!, `L${rnd(nLabels)}`));
    } else if (r < 44) {
      lines.push(align(1 << (1 + rnd(5))));
    } else {
      const k = 1 + rnd(maxFill);
      for (let j = 0; j < k; j++) lines.push(FILLERS[rnd(FILLERS.length)]!);
    }
  }
  for (let l = 0; l < nLabels; l++) if (!bound.has(l)) lines.push(label(`L${l}`), ["nop", "nop"]);
  return { name: `random jumps, labels and alignment (seed ${seed}, up to ${maxFill} fillers per run)`, lines };
}

// long runs (most jumps rel32) and short runs (most near the rel8 edge)
for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) PROGRAMS.push(randomProgram(seed, 6));
for (const seed of [9, 10, 11, 12, 13, 14, 15, 16]) PROGRAMS.push(randomProgram(seed, 2));
