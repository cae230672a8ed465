/**
 * golden-programs.ts — AArch64 programs with labels for the golden test:
 * every statement written twice, as llvm-mc text and as a builder statement
 * (test/aarch64/golden-format.ts tokens, `%name` for a label, plus `name:`,
 * `.align n`, `.zero n`, `.byte/.word/.xword v ...`, `ldr= <reg> <value>`).
 * A branch the builder must relax is written in the text as the sequence
 * llvm-mc should then match (inverted branch over a `b`), so the layout is
 * judged too. gen-golden.ts assembles them with `llvm-mc -filetype=obj` and
 * stores the .text bytes (or their SHA-256, for the megabyte programs) in
 * test/aarch64/golden/programs.json. Holds no bytes itself.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CONDITIONS } from "../../src/aarch64/operands.ts";

/** One statement: [llvm-mc text (may be several lines), builder statement]. */
export type Stmt = readonly [string, string];
export interface Program {
  name: string;
  lines: Stmt[];
}

const label = (n: string): Stmt => [`${n}:`, `${n}:`];
const same = (s: string): Stmt => [s, s.replace(/, /g, " ").replace(/#/g, "$")];
const br = (m: string, ops: string, l: string): Stmt => [`${m} ${ops}${ops ? ", " : ""}${l}`, `${m} ${ops.replace(/, /g, " ").replace(/#/g, "$")}${ops ? " " : ""}%${l}`];
const zero = (n: number): Stmt => [`.zero ${n}`, `.zero ${n}`];
const CONDS = [...CONDITIONS.slice(0, 14), "hs", "lo"];
const INVERSE: Record<string, string> = { eq: "ne", ne: "eq", cs: "cc", cc: "cs", hs: "lo", lo: "hs", mi: "pl", pl: "mi", vs: "vc", vc: "vs", hi: "ls", ls: "hi", ge: "lt", lt: "ge", gt: "le", le: "gt" };
let skip = 0;
/** A conditional branch the builder relaxes: text = inverted branch over `b`, builder = the plain branch. */
const relaxed = (m: string, ops: string, l: string): Stmt => {
  const s = `.Lskip${skip++}`;
  const inv = m.startsWith("b.") ? `b.${INVERSE[m.slice(2)]}` : m === "cbz" ? "cbnz" : m === "cbnz" ? "cbz" : m === "tbz" ? "tbnz" : "tbz";
  return [`${inv} ${ops}${ops ? ", " : ""}${s}\nb ${l}\n${s}:`, br(m, ops, l)[1]];
};

export const PROGRAMS: Program[] = [
  {
    name: "sum loop",
    lines: [same("mov x2, #0"), label("loop"), ["ldr x3, [x0], #8", "ldr x3 [x0],#8"], same("add x2, x2, x3"), same("subs x1, x1, #1"), br("b.ne", "", "loop"), same("mov x0, x2"), same("ret")],
  },
  {
    name: "every condition, forward and backward",
    lines: [label("back"), ...CONDS.map((c) => br(`b.${c}`, "", "fwd")), same("nop"), label("fwd"), ...CONDS.map((c) => br(`b.${c}`, "", "back")), same("ret")],
  },
  {
    name: "cbz cbnz tbz tbnz",
    lines: [
      label("top"), br("cbz", "w0", "out"), br("cbnz", "x1", "out"), br("tbz", "w2, #5", "out"), br("tbnz", "x3, #63", "out"), br("tbz", "x4, #31", "top"),
      same("nop"), label("out"), br("cbnz", "wzr", "top"), br("tbnz", "w30, #0", "top"), same("ret"),
    ],
  },
  {
    name: "b bl br blr ret",
    lines: [br("bl", "", "fn"), br("b", "", "end"), label("fn"), same("ret"), label("end"), same("blr x1"), same("br x16"), same("ret x30")],
  },
  {
    name: "adr and literal loads",
    lines: [
      br("adr", "x0", "data"), br("adr", "x1", "start"), label("start"), br("ldr", "x2", "data"), br("ldr", "w3", "data"), br("ldrsw", "x4", "data"),
      br("ldr", "d0", "data"), br("ldr", "s1", "data"), br("ldr", "q2", "vec"), ["prfm pldl1keep, data", "prfm @pldl1keep %data"], same("ret"),
      [".p2align 3", ".align 8"], label("data"), [".xword 0x1122334455667788", ".xword 1234605616436508552"], label("vec"), [".xword 1, 2", ".xword 1 2"],
    ],
  },
  {
    name: "alignment pads with zeros, then nops",
    lines: [same("nop"), [".p2align 4", ".align 16"], same("nop"), [".byte 1", ".byte 1"], [".p2align 3", ".align 8"], same("ret"), [".p2align 5", ".align 32"], same("ret")],
  },
  {
    name: "ldr = literal pool (movz when one halfword holds the value)",
    lines: [
      ["ldr x0, =0x123456789", "ldr= x0 4886718345"], ["ldr w1, =0x12345678", "ldr= w1 305419896"], ["ldr x2, =0x123456789", "ldr= x2 4886718345"],
      ["ldr x3, =0x12345678", "ldr= x3 305419896"], ["ldr x4, =0x10000", "ldr= x4 65536"], ["ldr w5, =-1", "ldr= w5 -1"], ["ldr x6, =0xffff00000000", "ldr= x6 281470681743360"],
      ["ldr x7, =-1", "ldr= x7 -1"], same("ret"),
    ],
  },
  {
    name: "instruction-cache maintenance routine (src/memory/host-isa.ts SYNC_WORDS)",
    lines: [
      br("cbz", "x2", "done"), ["mrs x3, ctr_el0", "mrs x3 @ctr_el0"], same("mov x5, #4"), same("add x8, x0, x2"), br("tbnz", "w3, #28", "dsb1"),
      same("ubfx x4, x3, #16, #4"), same("lsl x4, x5, x4"), same("sub x6, x4, #1"), same("bic x7, x0, x6"),
      label("dcl"), ["dc cvau, x7", "dc @cvau x7"], same("add x7, x7, x4"), same("cmp x7, x8"), br("b.lo", "", "dcl"),
      label("dsb1"), ["dsb ish", "dsb @ish"], br("tbnz", "w3, #29", "isb"), same("and x4, x3, #15"), same("lsl x4, x5, x4"), same("sub x6, x4, #1"),
      same("bic x7, x1, x6"), same("add x8, x1, x2"), label("icl"), ["ic ivau, x7", "ic @ivau x7"], same("add x7, x7, x4"), same("cmp x7, x8"),
      br("b.lo", "", "icl"), ["dsb ish", "dsb @ish"], label("isb"), same("isb"), label("done"), same("ret"),
    ],
  },
  {
    name: "tbz relaxed forward and backward, and at the edge of its reach",
    lines: [
      relaxed("tbz", "x0, #3", "far"), br("tbz", "w1, #2", "edge"), zero(32760), label("edge"), zero(8), label("far"), same("nop"),
      zero(32768), relaxed("tbnz", "w0, #7", "far"), same("ret"),
    ],
  },
  {
    name: "b.cond cbz cbnz relaxed past 1 MiB",
    lines: [
      relaxed("b.eq", "", "far"), relaxed("b.hs", "", "far"), relaxed("cbz", "x0", "far"), relaxed("cbnz", "w1", "far"), br("b.lt", "", "edge"),
      zero(1048568), label("edge"), zero(16), label("far"), same("ret"), zero(1048576), relaxed("b.le", "", "far"), same("ret"),
    ],
  },
];

/** Assemble every program with llvm-mc and return programs.json's text. */
export function genPrograms(version: string): string {
  const dir = mkdtempSync(join(tmpdir(), "a64prog-"));
  const mc = process.env.LLVM_MC ?? "llvm-mc-22";
  const objcopy = process.env.LLVM_OBJCOPY ?? "llvm-objcopy-22";
  const out: { name: string; text: string; build: string[]; hex?: string; sha256?: string; length?: number }[] = [];
  try {
    for (const p of PROGRAMS) {
      const src = join(dir, "p.s"), obj = join(dir, "p.o"), bin = join(dir, "p.bin");
      writeFileSync(src, p.lines.map((l) => l[0]).join("\n") + "\n");
      const r = Bun.spawnSync([mc, "-triple=aarch64", "-mattr=+neon,+fp-armv8,+lse", "-filetype=obj", "-o", obj, src]);
      if (r.exitCode !== 0) throw new Error(`llvm-mc rejected program "${p.name}":\n${r.stderr.toString()}`);
      const rel = Bun.spawnSync([mc.replace("llvm-mc", "llvm-objdump"), "-r", obj]).stdout.toString();
      if (/R_AARCH64/.test(rel)) throw new Error(`program "${p.name}" left relocations:\n${rel}`);
      const o = Bun.spawnSync([objcopy, "-O", "binary", "--only-section=.text", obj, bin]);
      if (o.exitCode !== 0) throw new Error(`llvm-objcopy failed: ${o.stderr.toString()}`);
      const bytes = readFileSync(bin);
      const build = p.lines.map((l) => l[1]);
      const text = p.lines.map((l) => l[0]).join("\n");
      if (bytes.length <= 4096) out.push({ name: p.name, text, build, hex: bytes.toString("hex") });
      else out.push({ name: p.name, text, build, length: bytes.length, sha256: new Bun.CryptoHasher("sha256").update(bytes).digest("hex") });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return JSON.stringify({ generator: `scripts/aarch64/golden-programs.ts, llvm-mc ${version}`, programs: out }, null, 1) + "\n";
}
