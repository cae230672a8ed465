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
