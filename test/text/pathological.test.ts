/**
 * pathological.test.ts — inputs that used to stall or overflow the stack
 * (issue 9) each finish with bytes or a positioned JitError. Durations are
 * printed, never asserted; the cases are linear-time by construction (no
 * value beyond 64 bits is ever computed, names hash on every character,
 * expressions and decorations are read without recursion or rescans).
 */
import { describe, expect, test } from "bun:test";
import { JitError } from "../../src/core/errors.ts";
import { assemble } from "../../src/x64/parse.ts";

function run(src: string): Uint8Array | JitError {
  try {
    return assemble(src);
  } catch (e) {
    if (e instanceof JitError) return e;
    throw e;
  }
}

const CASES: [string, () => string, (r: Uint8Array | JitError) => void][] = [
  ["1 << 100000000 (23 bytes)", () => "mov rax, 1 << 100000000", (r) => expect((r as JitError).code).toBe("ERANGE")],
  ["a 300,000-digit literal", () => "mov rax, " + "7".repeat(300000), (r) => expect((r as JitError).code).toBe("ERANGE")],
  ["8,000 labels sharing their first 13 characters", () => Array.from({ length: 8000 }, (_, i) => `label_prefix_${String(i).padStart(6, "0")}: nop`).join("\n") + "\njmp label_prefix_000000",
    (r) => expect((r as Uint8Array).length).toBe(8005)],
  ["50,000 distinct labels", () => Array.from({ length: 50000 }, (_, i) => `L${i}: jmp L${i}`).join("\n"), (r) => expect((r as Uint8Array).length).toBe(100000)],
  ["50,000 numeric labels", () => "1: jmp 1b\n".repeat(50000), (r) => expect((r as Uint8Array).length).toBe(100000)],
  ["100,000 {k1} on one line", () => "vaddps zmm0" + " {k1}".repeat(100000) + ", zmm1, zmm2", (r) => expect((r as JitError).code).toBe("ESYNTAX")],
  ["100,000 '{' on one line", () => "vaddps zmm0 " + "{".repeat(100000), (r) => expect((r as JitError).code).toBe("ESYNTAX")],
  ["100,000 nested parentheses", () => "mov rax, " + "(".repeat(100000) + "1" + ")".repeat(100000), (r) => expect(r).toBeInstanceOf(Uint8Array)],
  ["100,000 unary minus", () => "mov rax, " + "-".repeat(100000) + "1", (r) => expect(r).toBeInstanceOf(Uint8Array)],
  ["100,000 statements", () => "add rax, 1\n".repeat(100000), (r) => expect((r as Uint8Array).length).toBe(400000)],
  ["a 1 MB name", () => "mov rax, " + "a".repeat(1000000), (r) => expect((r as JitError).code).toBe("EOPERAND")],
  ["a 1 MB comment", () => "#" + "x".repeat(1000000), (r) => expect((r as Uint8Array).length).toBe(0)],
  ["a .float with a 1 MB mantissa", () => ".float 1." + "0".repeat(1000000) + "1", (r) => expect((r as Uint8Array).length).toBe(4)],
  ["a float32 tie decided by its 500,000th digit", () => ".float 1.000000059604644775390625" + "0".repeat(500000) + "1", (r) => expect(Buffer.from(r as Uint8Array).toString("hex")).toBe("0100803f")],
  ["a huge exponent", () => ".double 1e99999999999999999999999999999999", (r) => expect(Buffer.from(r as Uint8Array).toString("hex")).toBe("000000000000f07f")],
  ["200,000 operands", () => "mov " + "rax,".repeat(200000) + "rax", (r) => expect((r as JitError).code).toBe("EOPERAND")],
  [".zero 16777216", () => ".zero 16777216", (r) => expect((r as Uint8Array).length).toBe(16777216)],
  [".zero 16777217 (over the 16 MiB a directive may fill)", () => ".zero 16777217", (r) => expect((r as JitError).code).toBe("ERANGE")],
  ["a 1 MB string", () => '.ascii "' + "a".repeat(1000000) + '"', (r) => expect((r as Uint8Array).length).toBe(1000000)],
  ["300,000 .byte values", () => ".byte " + "1,".repeat(300000) + "1", (r) => expect((r as Uint8Array).length).toBe(300001)],
  ["300,000 terms in an address", () => "mov rax, [rax" + "+1".repeat(300000) + "]", (r) => expect(r).toBeInstanceOf(Uint8Array)],
];

describe("pathological inputs finish with bytes or a JitError", () => {
  for (const [name, make, check] of CASES) {
    test(name, () => {
      const src = make();
      const t0 = performance.now();
      const r = run(src);
      console.log(`  ${name}: ${src.length} characters, ${(performance.now() - t0).toFixed(0)} ms`);
      if (r instanceof JitError) expect(r.line).toBeGreaterThan(0);
      check(r);
    });
  }
});
