/**
 * assembler-state.test.ts — the Assembler's directives and lifecycle never
 * fail with anything but a JitError (issue 9): data and constants of the
 * wrong kind or range, alignment fills, bulk fill and the output limit,
 * binding after finish(), a finish() that fails and is retried, labels not
 * made by this assembler, operands that are not operands, and long jump
 * cascades that must still lay out quickly (no timing assertion: the test
 * timeout is the guard).
 */
import { describe, expect, setDefaultTimeout, test } from "bun:test";
import { JitError } from "../../src/core/errors.ts";
import { Label } from "../../src/core/label.ts";
import { Assembler } from "../../src/x64/assembler.ts";
import type { Operand } from "../../src/x64/operands.ts";
import { assemble } from "../../src/x64/parse.ts";
import { qword } from "../../src/x64/operands.ts";
import { eax, rax, xmm0 } from "../../src/x64/registers.ts";

// the shared 2-core machine runs several suites at once: a hang guard, not a time limit (bun 1.4.5 ignores bunfig's)
setDefaultTimeout(120_000);

function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof JitError) return e.code;
    return `non-JitError ${(e as Error)?.constructor?.name}: ${String((e as Error)?.message ?? e)}`;
  }
  return "no error";
}
const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

describe("data and constants", () => {
  test("bad data values are ERANGE/EOPERAND and write nothing", () => {
    const a = new Assembler();
    a.nop();
    expect(codeOf(() => a.db(null as never))).toBe("EOPERAND");
    expect(codeOf(() => a.db(undefined as never))).toBe("EOPERAND");
    expect(codeOf(() => a.db("12" as never))).toBe("EOPERAND");
    expect(codeOf(() => a.db([1, Symbol("x") as never]))).toBe("ERANGE");
    expect(codeOf(() => a.db([1, 256]))).toBe("ERANGE");
    expect(codeOf(() => a.dw([0x10000]))).toBe("ERANGE");
    expect(codeOf(() => a.dd([1.5]))).toBe("ERANGE");
    expect(codeOf(() => a.dq([1n << 64n]))).toBe("ERANGE");
    expect(codeOf(() => a.float64([null as never]))).toBe("ERANGE");
    expect(a.offset).toBe(1);
    a.dw(-1).dd([-1, 0xffffffff]).dq([-1n, 2 ** 60, (1n << 64n) - 1n]).float32(1.5);
    expect(hex(a.finish())).toBe("90" + "ffff" + "ffffffffffffffff" + "ffffffffffffffff" + "0000000000000010" + "ffffffffffffffff" + "0000c03f");
  });

  test("i32/i64/f64/f32/constant/vector refuse what they cannot hold", () => {
    const a = new Assembler();
    expect(codeOf(() => a.i32(2 ** 40))).toBe("ERANGE"); // was silently truncated to 0
    expect(codeOf(() => a.i32(1.5))).toBe("ERANGE");
    expect(codeOf(() => a.i64(1.5))).toBe("ERANGE"); // was a RangeError from BigInt()
    expect(codeOf(() => a.i64(1n << 64n))).toBe("ERANGE");
    expect(codeOf(() => a.f64("1" as never))).toBe("ERANGE");
    expect(codeOf(() => a.constant([1, 2] as never))).toBe("EOPERAND");
    expect(codeOf(() => a.constant(new Uint8Array(4), 3))).toBe("ERANGE");
    expect(codeOf(() => a.vector(null as never))).toBe("EOPERAND");
    a.movss(xmm0, a.f32(2)).mov(eax, a.i32(0xffffffff)).mov(rax, a.i64(-1));
    a.emit("movups", xmm0, a.constant(new Uint8Array([1, 2, 3]))); // 3 bytes: unsized (the form decides), 1-aligned
    expect(a.finish().length).toBeGreaterThan(0);
  });
});

describe("layout directives", () => {
  test("align's fill byte must be a byte; .align 4, 300 is ERANGE", () => {
    expect(codeOf(() => new Assembler().align(4, 300))).toBe("ERANGE");
    expect(codeOf(() => new Assembler().align(4, -2))).toBe("ERANGE");
    expect(codeOf(() => assemble(".align 4, 300"))).toBe("ERANGE");
  });

  test("align with a max skip pads only when that is enough (llvm-mc-22: .p2align 4, 0xcc, 3)", () => {
    const a = new Assembler();
    a.fill(9, 0x90).align(16, 0xcc, 3).ret(); // 7 bytes needed: no padding
    a.fill(12, 0x90).align(16, 0xcc, 3).ret(); // at 22 + 12 = 34 → 14 needed: none; then 35 + ...
    expect(hex(a.finish())).toBe("90".repeat(9) + "c3" + "90".repeat(12) + "c3");
    const b = new Assembler();
    b.fill(13, 0x90).align(16, 0xcc, 3).ret();
    expect(hex(b.finish())).toBe("90".repeat(13) + "cccccc" + "c3");
    expect(codeOf(() => new Assembler().align(16, 0xcc, 0))).toBe("ERANGE");
  });

  test("fill writes in bulk and the output is bounded by maxBytes (ELIMIT)", () => {
    const a = new Assembler({ maxBytes: 1 << 20 });
    a.fill(1000, 0xcc).ret();
    expect(a.offset).toBe(1001);
    expect(codeOf(() => a.fill(2 << 20, 0))).toBe("ELIMIT");
    expect(codeOf(() => a.fill(-1))).toBe("ERANGE");
    expect(a.finish().length).toBe(1001);
    const big = new Assembler({ maxBytes: 64 });
    big.fill(60, 0x90);
    big.align(64); // 64 + the jump below: over the limit only once laid out
    big.jmp(big.newLabel());
    expect(codeOf(() => new Assembler({ maxBytes: -1 }))).toBe("ERANGE");
    const many = new Assembler({ maxBytes: 1000 });
    expect(codeOf(() => { for (let i = 0; i < 2000; i++) many.nop(); })).toBe("ELIMIT");
  });

  test("a 16,000-jump relaxation cascade and .zero 16 MiB finish (near-linear layout, bulk fill)", () => {
    const n = 16000;
    const a = new Assembler();
    const L = Array.from({ length: n }, () => a.newLabel());
    const far = a.newLabel();
    for (let i = 0; i < n; i++) {
      a.jmp(L[i]!).fill(125, 0x90);
      if (i > 0) a.bind(L[i - 1]!);
    }
    a.jmp(far).bind(L[n - 1]!).fill(200, 0x90).bind(far);
    expect(a.finish().length).toBe(n * 130 + 205);
    const z = new Assembler();
    z.fill(16777216, 0);
    expect(z.finish().length).toBe(16777216);
  });
});

describe("lifecycle and labels", () => {
  test("bind() and prefixes after finish() are ESTATE", () => {
    const a = new Assembler();
    const l = a.newLabel();
    a.ret();
    a.finish();
    expect(codeOf(() => a.bind(l))).toBe("ESTATE");
    expect(codeOf(() => a.lock())).toBe("ESTATE");
    expect(codeOf(() => a.fill(1))).toBe("ESTATE");
    expect(codeOf(() => a.ret())).toBe("ESTATE");
  });

  test("a finish() that fails leaves the assembler as it was: bind the label and finish again", () => {
    const a = new Assembler();
    const later = a.newLabel("later");
    a.movsd(xmm0, a.f64(1.5)).jmp(later);
    expect(codeOf(() => a.finish())).toBe("ELABEL");
    expect(codeOf(() => a.finish())).toBe("ELABEL"); // the same error, not a pool label bound twice
    a.bind(later).ret();
    const code = a.finish();
    expect(hex(code.subarray(0, 11))).toBe("f20f100508000000" + "eb00" + "c3"); // the pool at 16: 16 - 8
    expect(hex(code.subarray(16))).toBe("000000000000f83f");
  });

  test("forged and foreign labels are ELABEL; a label has no writable position", () => {
    const a = new Assembler(), b = new Assembler();
    const mine = a.newLabel("mine");
    expect(codeOf(() => a.jmp(b.newLabel()))).toBe("ELABEL");
    expect(codeOf(() => a.jmp(new Label(mine.id, (mine as unknown as { owner: object }).owner, "forged")))).toBe("ELABEL");
    expect(codeOf(() => a.lea(rax, qword(new Label(0, {}, "x"))))).toBe("ELABEL");
    a.bind(mine);
    (mine as unknown as { offset: number }).offset = 5; // no such field any more: the layout keeps positions
    a.jmp(mine);
    expect(hex(a.finish())).toBe("ebfe");
  });

  test("operands that are not operands are EOPERAND (never a TypeError)", () => {
    const bad: unknown[] = [null, NaN, false, true, Symbol("s"), Object.create(null), {}, "rax", 1n << 70n, () => 1, [rax]];
    for (const o of bad) {
      for (const shape of [[o], [rax, o], [o, rax], [rax, o, 1]] as unknown[][]) {
        const a = new Assembler();
        const c = codeOf(() => a.emit("add", ...(shape as Operand[])));
        expect([`${String(typeof o)}`, c]).toEqual([`${String(typeof o)}`, expect.stringMatching(/^E(OPERAND|RANGE)$/)]);
        expect(a.offset).toBe(0);
      }
    }
    expect(codeOf(() => new Assembler().emit("add", rax, undefined as never, 1))).toBe("EOPERAND");
    expect(codeOf(() => new Assembler().emit(Symbol("m") as never))).toBe("EMNEMONIC");
  });

  test("an immediate beyond 64 bits after a memoised form is EOPERAND/ERANGE, not a TypeError", () => {
    expect(hex(assemble("nop"))).toBe("90");
    expect(codeOf(() => assemble("nop 0x10000000000000000"))).toMatch(/^E(OPERAND|RANGE)$/);
    const a = new Assembler();
    a.nop();
    expect(codeOf(() => a.emit("nop", 1n << 64n))).toMatch(/^E(OPERAND|RANGE)$/);
    expect(codeOf(() => a.emit("ret", 1n << 64n))).toMatch(/^E(OPERAND|RANGE)$/);
  });
});
