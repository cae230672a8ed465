/**
 * invalid.test.ts — a generated set of invalid instructions: each must raise
 * a JitError with the right code and emit nothing (the assembler's size and
 * final image are unchanged). Sources: llvm-mc's certain rejections recorded
 * by scripts/gen-golden.ts (test/encode/golden/invalid.txt), cases derived
 * from the table (size mismatches, immediates one past every form's range,
 * lock/rep on forms that do not take them, memory-to-memory), and a few
 * hand-picked ones (unknown mnemonics, rsp as index, unsized memory).
 */
import { describe, expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { JitError } from "../../src/core/errors.ts";
import { Assembler } from "../../src/x64/assembler.ts";
import type { Operand } from "../../src/x64/operands.ts";
import { accepts } from "../../src/x64/encode/select.ts";
import { byte, dword, mem, qword, word } from "../../src/x64/operands.ts";
import * as R from "../../src/x64/registers.ts";
import { formsByMnemonic } from "../../src/x64/table/index.ts";
import { gpRows } from "../../src/x64/table/gp.ts";
import { IMM_16, IMM_32, IMM_32S, IMM_64, IMM_8, IMM_8S, IMM_NONE, IMM_ONE, parseRows } from "../../src/x64/table/schema.ts";
import { parseOperand, splitCase } from "./golden-format.ts";

type Code = "EOPERAND" | "ERANGE" | "EMNEMONIC" | "ELABEL";

/** Emit `fn` between two nops and check: JitError `code`, and the image is exactly the two nops. */
function expectRejected(what: string, code: Code, fn: (a: Assembler) => void): string | null {
  const a = new Assembler();
  a.nop();
  const before = a.offset;
  let err: unknown = null;
  try {
    fn(a);
  } catch (e) {
    err = e;
  }
  if (!(err instanceof JitError)) return `${what}: expected JitError ${code}, got ${err === null ? "no error" : String(err)}`;
  if (err.code !== code) return `${what}: expected ${code}, got ${err.code} (${err.message})`;
  if (a.offset !== before) return `${what}: ${a.offset - before} byte(s) emitted despite the error`;
  a.nop();
  let img: Uint8Array;
  try {
    img = a.finish();
  } catch (e) {
    return `${what}: the assembler is unusable after the error: ${(e as Error).message}`;
  }
  if (img.length !== 2 || img[0] !== 0x90 || img[1] !== 0x90) return `${what}: image after the error is ${Array.from(img, (x) => x.toString(16)).join(" ")}, expected 90 90`;
  return null;
}

function report(bad: (string | null)[], total: number): void {
  const b = bad.filter((x): x is string => x !== null);
  if (b.length) throw new Error(`${b.length} of ${total} invalid cases misbehaved:\n  ${b.slice(0, 20).join("\n  ")}`);
}

const gpForms = parseRows(gpRows, "gp.ts");
const gpMnemonics = [...new Set(gpForms.map((f) => f.mnemonic))];

describe("invalid instructions raise JitError and emit nothing", () => {
  test("llvm-mc's certain rejections: high-byte register beside a REX operand (golden/invalid.txt)", () => {
    const lines = readFileSync(join(import.meta.dir, "golden/invalid.txt"), "utf8").split("\n").filter((l) => l && !l.startsWith("#"));
    expect(lines.length).toBeGreaterThan(10);
    const bad = lines.map((l) => {
      const [intel = "", desc = ""] = l.split(" | ");
      const c = splitCase(desc);
      return expectRejected(intel, "EOPERAND", (a) => a.emit(c.mnemonic, ...c.ops.map((t) => parseOperand(t))));
    });
    report(bad, lines.length);
  });

  test("high-byte registers with REX: every gp form taking r8 (ah/bh/ch/dh with spl..dil, r8b..r15b, r8..r15, 64-bit)", () => {
    const bad: (string | null)[] = [];
    const rexPartners: Operand[] = [R.sil, R.dil, R.r8b, R.r15b, byte(R.r9), byte(R.rax, R.r10)];
    for (const m of gpMnemonics) {
      for (const f of formsByMnemonic.get(m)!) {
        if (f.ops.length !== 2 || f.enc !== 0) continue;
        const s0 = f.ops[0]!, s1 = f.ops[1]!;
        if (!(s0.rcls & R.C_R8H) && !(s1.rcls & R.C_R8H)) continue;
        for (const p of rexPartners) {
          for (const [x, y] of [[R.ah, p], [p, R.bh]] as [Operand, Operand][]) {
            if (!accepts(f, s0, x) || !accepts(f, s1, y)) continue;
            bad.push(expectRejected(`${m} ${String(x)}, ${String(y)}`, "EOPERAND", (a) => a.emit(m, x, y)));
          }
        }
      }
    }
    // also REX from a 64-bit operand: movzx r64, ah
    bad.push(expectRejected("movzx rax, ah", "EOPERAND", (a) => a.emit("movzx", R.rax, R.ah)));
    bad.push(expectRejected("movsx r8d, ch", "EOPERAND", (a) => a.emit("movsx", R.r8d, R.ch)));
    expect(bad.length).toBeGreaterThan(50);
    report(bad, bad.length);
  });

  test("register size mismatches derived from the table", () => {
    const gp = [R.al, R.ax, R.eax, R.rax, R.r9b, R.r9w, R.r9d, R.r9];
    const bad: (string | null)[] = [];
    for (const m of gpMnemonics) {
      const forms = formsByMnemonic.get(m)!;
      const two = forms.filter((f) => f.ops.length === 2 && f.ops.every((s) => s.rcls & (R.C_R8 | R.C_R16 | R.C_R32 | R.C_R64)));
      if (two.length === 0) continue;
      for (const x of gp) for (const y of gp) {
        if (forms.some((f) => f.ops.length === 2 && accepts(f, f.ops[0]!, x) && accepts(f, f.ops[1]!, y))) continue;
        bad.push(expectRejected(`${m} ${x.name}, ${y.name}`, "EOPERAND", (a) => a.emit(m, x, y)));
      }
    }
    expect(bad.length).toBeGreaterThan(100);
    report(bad, bad.length);
  });

  test("immediates one past the widest form's range -> ERANGE (llvm-mc would truncate some silently)", () => {
    const limit = (kind: number, opSize: number): [bigint, bigint] => {
      switch (kind) {
        case IMM_8: return [-128n, 255n];
        case IMM_8S: return opSize === 16 ? [-32768n, 65535n] : opSize === 32 ? [-(2n ** 31n), 2n ** 32n - 1n] : [-128n, 127n];
        case IMM_16: return [-32768n, 65535n];
        case IMM_32: return [-(2n ** 31n), 2n ** 32n - 1n];
        case IMM_32S: return [-(2n ** 31n), 2n ** 31n - 1n];
        case IMM_64: return [-(2n ** 63n), 2n ** 64n - 1n];
        default: return [1n, 1n];
      }
    };
    const bad: (string | null)[] = [];
    for (const m of gpMnemonics) {
      const forms = formsByMnemonic.get(m)!;
      for (const f of gpForms.filter((g) => g.mnemonic === m)) {
        const ii = f.ops.findIndex((s) => s.imm !== IMM_NONE && s.imm !== IMM_ONE);
        if (ii < 0 || f.enc !== 0) continue;
        // concrete operands for the other positions: the first register (or sized memory) the token takes
        const ops: Operand[] = f.ops.map((s) => {
          if (s.imm !== IMM_NONE) return 0;
          if (s.rcls & R.C_AL) return R.al;
          if (s.rcls & R.C_AX) return R.ax;
          if (s.rcls & R.C_EAX) return R.eax;
          if (s.rcls & R.C_RAX) return R.rax;
          if (s.rcls & R.C_R8) return R.bl;
          if (s.rcls & R.C_R16) return R.bx;
          if (s.rcls & R.C_R32) return R.ebx;
          if (s.rcls & R.C_R64) return R.rbx;
          return s.bits === 8 ? byte(R.rax) : s.bits === 16 ? word(R.rax) : s.bits === 32 ? dword(R.rax) : qword(R.rax);
        });
        // widest range over every form of the mnemonic that accepts the other operands
        let lo = 0n, hi = 0n;
        for (const g of forms) {
          if (g.ops.length !== f.ops.length || !g.ops.every((s, i) => i === ii || accepts(g, s, ops[i]!))) continue;
          const s = g.ops[ii]!;
          if (s.imm === IMM_NONE) continue;
          const [l, h] = limit(s.imm, g.opSize);
          if (l < lo) lo = l;
          if (h > hi) hi = h;
        }
        for (const v of [hi + 1n, lo - 1n]) {
          const val: Operand = v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
          const o = ops.slice();
          o[ii] = val;
          bad.push(expectRejected(`${f.text} with ${v}`, "ERANGE", (a) => a.emit(m, ...o)));
        }
      }
    }
    expect(bad.length).toBeGreaterThan(100);
    report(bad, bad.length);
  });

  test("lock on forms that do not take it, rep on non-string instructions", () => {
    const bad: (string | null)[] = [];
    const lockable = new Set(gpForms.filter((f) => f.lock).map((f) => f.mnemonic));
    for (const m of gpMnemonics) {
      const forms = formsByMnemonic.get(m)!;
      // a register destination never takes lock, even on a lockable mnemonic
      const rr = forms.find((f) => f.ops.length === 2 && f.ops[0]!.rcls & R.C_R32 && f.ops[1]!.rcls & R.C_R32);
      if (rr) bad.push(expectRejected(`lock ${m} eax, ecx`, "EOPERAND", (a) => a.lock().emit(m, R.eax, R.ecx)));
      // non-lockable mnemonics with a memory destination
      if (!lockable.has(m)) {
        const mr = forms.find((f) => f.ops.length === 2 && f.ops[0]!.mcls && f.ops[1]!.rcls & R.C_R32 && f.ops[0]!.bits === 32);
        if (mr) bad.push(expectRejected(`lock ${m} dword ptr [rax], ecx`, "EOPERAND", (a) => a.lock().emit(m, dword(R.rax), R.ecx)));
      }
      if (!forms.some((f) => f.rep)) {
        const zo = forms.find((f) => f.ops.length === 0);
        if (zo) {
          bad.push(expectRejected(`rep ${m}`, "EOPERAND", (a) => a.rep().emit(m)));
          bad.push(expectRejected(`repne ${m}`, "EOPERAND", (a) => a.repne().emit(m)));
        }
      }
    }
    bad.push(expectRejected("rep add eax, 1", "EOPERAND", (a) => a.rep().emit("add", R.eax, 1)));
    bad.push(expectRejected("lock lea rax, [rax]", "EOPERAND", (a) => a.lock().emit("lea", R.rax, mem(R.rax))));
    expect(bad.length).toBeGreaterThan(40);
    report(bad, bad.length);
  });

  test("a failed instruction consumes its prefix", () => {
    report([
      expectRejected("lock add eax, rbx", "EOPERAND", (a) => a.lock().emit("add", R.eax, R.rbx)),
      expectRejected("rep add al, 256", "ERANGE", (a) => a.rep().emit("add", R.al, 256)),
    ], 2);
  });

  test("memory to memory, wrong operand counts, unsized memory, non-integer immediates", () => {
    const bad: (string | null)[] = [];
    for (const m of gpMnemonics) {
      const forms = formsByMnemonic.get(m)!;
      if (forms.some((f) => f.ops.length === 2 && f.ops.some((s) => s.mcls))) {
        bad.push(expectRejected(`${m} qword ptr [rax], qword ptr [rbx]`, "EOPERAND", (a) => a.emit(m, qword(R.rax), qword(R.rbx))));
        bad.push(expectRejected(`${m} dword ptr [rax], dword ptr [rbx]`, "EOPERAND", (a) => a.emit(m, dword(R.rax), dword(R.rbx))));
      }
      const arities = new Set(forms.map((f) => f.ops.length));
      const n = [0, 1, 2, 3, 4].find((k) => !arities.has(k))!;
      bad.push(expectRejected(`${m} with ${n} operands`, "EOPERAND", (a) => a.emit(m, ...Array.from({ length: n }, () => R.rcx as Operand))));
    }
    for (const [m, ops] of [["add", [mem(R.rax), 1]], ["inc", [mem(R.rax)]], ["mov", [mem(R.rax), 1]], ["neg", [mem(R.rbx)]], ["shl", [mem(R.rax), 1]], ["not", [mem(R.rax)]]] as [string, Operand[]][]) {
      bad.push(expectRejected(`${m} [unsized], ...`, "EOPERAND", (a) => a.emit(m, ...ops))); // (push/pop [unsized] are qword, as llvm-mc: fuzz-findings.test.ts)
    }
    bad.push(expectRejected("add eax, 1.5", "EOPERAND", (a) => a.emit("add", R.eax, 1.5)));
    bad.push(expectRejected("movsxd eax, ecx (64-bit destination only)", "EOPERAND", (a) => a.emit("movsxd", R.eax, R.ecx)));
    bad.push(expectRejected("lea rax, rbx", "EOPERAND", (a) => a.emit("lea", R.rax, R.rbx)));
    bad.push(expectRejected("push eax (no 32-bit push in 64-bit mode)", "EOPERAND", (a) => a.emit("push", R.eax)));
    bad.push(expectRejected("bswap ax", "EOPERAND", (a) => a.emit("bswap", R.ax)));
    bad.push(expectRejected("cmpxchg16b qword ptr [rax]", "EOPERAND", (a) => a.emit("cmpxchg16b", qword(R.rax))));
    bad.push(expectRejected("shl eax, ecx (count must be cl)", "EOPERAND", (a) => a.emit("shl", R.eax, R.ecx)));
    bad.push(expectRejected("andn eax, ecx, rdx", "EOPERAND", (a) => a.emit("andn", R.eax, R.ecx, R.rdx)));
    bad.push(expectRejected("test eax, 1 with a label", "EOPERAND", (a) => a.emit("test", R.eax, a.newLabel())));
    // llvm-mc truncates a 64-bit absolute address in a ModRM form silently; we refuse it
    bad.push(expectRejected("mov rax, qword ptr [0x1122334455]", "ERANGE", (a) => a.emit("mov", R.rax, qword(0x1122334455))));
    bad.push(expectRejected("add dword ptr [0x80000000], 1", "ERANGE", (a) => a.emit("add", dword(0x80000000), 1)));
    bad.push(expectRejected("movabs al, byte ptr [rax] (moffs needs an absolute address)", "EOPERAND", (a) => a.emit("movabs", R.al, byte(R.rax))));
    bad.push(expectRejected("movabs rcx, qword ptr [16] (moffs only with the accumulator)", "EOPERAND", (a) => a.emit("movabs", R.rcx, qword(16))));
    expect(bad.length).toBeGreaterThan(100);
    report(bad, bad.length);
  });

  test("unknown mnemonics -> EMNEMONIC", () => {
    report(["addd", "movq2", "jmpq", "foo", "", "ADD", "cmovx", "setcc", "jcc", "shl/sal"].map((m) => expectRejected(`"${m}"`, "EMNEMONIC", (a) => a.emit(m, R.rax))), 10);
  });

  test("bad memory operands are refused when built", () => {
    const cases: [string, Code, () => unknown][] = [
      ["rsp as index", "EOPERAND", () => qword(R.rax, R.rsp)],
      ["esp as index", "EOPERAND", () => dword(R.eax, R.esp)],
      ["scale 3", "EOPERAND", () => qword(R.rax, R.rcx, 3 as 1)],
      ["mixed base/index widths", "EOPERAND", () => qword(R.rax, R.ecx)],
      ["16-bit base", "EOPERAND", () => qword(R.ax as unknown as typeof R.rax)],
      ["displacement beyond int32", "ERANGE", () => qword(R.rax, 2 ** 31)],
      ["rip with an index", "EOPERAND", () => qword({ base: R.rip, index: R.rcx })],
    ];
    const bad = cases.map(([what, code, fn]) => {
      try {
        fn();
        return `${what}: no error`;
      } catch (e) {
        return e instanceof JitError && e.code === code ? null : `${what}: expected ${code}, got ${String(e)}`;
      }
    });
    report(bad, cases.length);
  });

  test("labels: unbound, and out of rel8 reach for loop/jrcxz -> ELABEL at finish", () => {
    const bad: (string | null)[] = [];
    for (const m of ["loop", "loope", "loopne", "jrcxz", "jecxz"]) {
      const a = new Assembler();
      const l = a.newLabel();
      a.bind(l);
      for (let i = 0; i < 200; i++) a.nop();
      a.emit(m, l);
      try {
        a.finish();
        bad.push(`${m} 200 bytes back: no error`);
      } catch (e) {
        if (!(e instanceof JitError && e.code === "ELABEL")) bad.push(`${m}: expected ELABEL, got ${String(e)}`);
      }
    }
    const a = new Assembler();
    a.emit("jmp", a.newLabel());
    try {
      a.finish();
      bad.push("jmp to an unbound label: no error");
    } catch (e) {
      if (!(e instanceof JitError && e.code === "ELABEL")) bad.push(`unbound: expected ELABEL, got ${String(e)}`);
    }
    report(bad, 6);
  });
});
