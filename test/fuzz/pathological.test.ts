/**
 * pathological.test.ts — the judge's acceptance check of issue 9 item 5: each
 * input the issue measured as a stall finishes with bytes or a JitError, through
 * the text front end and (for layout) the builder. Durations are printed, never
 * asserted; the per-test timeout is only a hang guard. (test/text/pathological.test.ts
 * holds the parser's own, finer cases.)
 */
import { describe, expect, setDefaultTimeout, test } from "bun:test";
import { Assembler, JitError, assemble, type Label } from "../../src/index.ts";
import { hostileText } from "../../scripts/fuzz/robust.ts";
import { loadForms } from "../../scripts/fuzz/gen.ts";
import { Rng } from "../../scripts/fuzz/rng.ts";

// bunfig.toml's [test] timeout is not read by bun 1.4.5: a hang guard for a loaded machine, per file
setDefaultTimeout(120_000);

function outcome(run: () => Uint8Array): Uint8Array | JitError {
  try {
    return run();
  } catch (e) {
    if (e instanceof JitError) return e;
    throw e;
  }
}

function timed(name: string, size: number, run: () => Uint8Array): Uint8Array | JitError {
  const t0 = performance.now();
  const r = outcome(run);
  console.log(`  ${name}: ${size} characters/items, ${(performance.now() - t0).toFixed(0)} ms → ${r instanceof JitError ? r.code : `${r.length} bytes`}`);
  return r;
}

/**
 * n forward conditional jumps, each to a label 63 jumps further on (126 bytes while all are short),
 * then 63 jumps to a label 200 bytes away, which must be rel32: their growth pushes the last window of
 * the chain out of rel8 reach, that window the one before it, and so on back to the first jump.
 */
function cascade(n: number): Uint8Array {
  const a = new Assembler();
  const labels: Label[] = [];
  const far = a.newLabel();
  for (let i = 0; i < n; i++) {
    labels.push(a.newLabel());
    a.jz(labels[i]!);
    if (i >= 63) a.bind(labels[i - 63]!);
  }
  for (let t = 0; t < 63; t++) {
    a.jz(far);
    a.bind(labels[n - 63 + t]!);
  }
  a.fill(200, 0x90);
  a.bind(far);
  return a.finish();
}

const HANG_GUARD = 60_000;

describe("issue 9 item 5: no input stalls", () => {
  test("mov rax, 1 << 100000000 (23 bytes) → ERANGE", () => {
    const r = timed("1 << 100000000", 23, () => assemble("mov rax, 1 << 100000000"));
    expect((r as JitError).code).toBe("ERANGE");
  }, HANG_GUARD);
  test("a 300,000-digit literal → ERANGE", () => {
    const r = timed("300,000 digits", 300_009, () => assemble("mov rax, " + "9".repeat(300_000)));
    expect((r as JitError).code).toBe("ERANGE");
  }, HANG_GUARD);
  test("a relaxation cascade of 16,000 interdependent jumps (builder), and 8,000", () => {
    const big = timed("16,000-jump cascade", 16_000, () => cascade(16_000));
    const half = timed("8,000-jump cascade", 8_000, () => cascade(8_000));
    expect(big).toBeInstanceOf(Uint8Array);
    expect(half).toBeInstanceOf(Uint8Array);
    // the growth runs back through the whole chain: every jump ends up a 6-byte jz rel32
    expect((big as Uint8Array).length).toBe((16_000 + 63) * 6 + 200);
    expect((half as Uint8Array).length).toBe((8_000 + 63) * 6 + 200);
  }, HANG_GUARD);
  test("8,000 labels sharing their first 12 characters", () => {
    const src = Array.from({ length: 8000 }, (_, i) => `abcdefghijkl${i}: nop`).join("\n");
    const r = timed("8,000 labels", src.length, () => assemble(src));
    expect((r as Uint8Array).length).toBe(8000);
  }, HANG_GUARD);
  test(".zero 16777216", () => {
    const r = timed(".zero 16 MiB", 14, () => assemble(".zero 16777216"));
    expect((r as Uint8Array).length).toBe(16_777_216);
  }, HANG_GUARD);
  test("100,000 {k1} decorations on one line → ESYNTAX", () => {
    const r = timed("100,000 {k1}", 600_000, () => assemble("vaddps zmm0" + " {k1}".repeat(100_000) + ", zmm1, zmm2"));
    expect((r as JitError).code).toBe("ESYNTAX");
  }, HANG_GUARD);
  test("100,000 nested parentheses, unary - and ~", () => {
    for (const [name, src] of [["parentheses", "mov rax, " + "(".repeat(100_000) + "1" + ")".repeat(100_000)], ["unary -", "mov rax, " + "-".repeat(100_000) + "1"], ["unary ~", "mov rax, " + "~".repeat(100_000) + "1"]] as const) {
      const r = timed(name, src.length, () => assemble(src));
      expect(r).toBeInstanceOf(Uint8Array);
    }
  }, HANG_GUARD);
  test("1 MB of hostile text in one source (seeded)", () => {
    const r = new Rng(0x51ab);
    const pool = loadForms();
    const parts: string[] = [];
    let size = 0;
    while (size < 1_000_000) {
      const s = hostileText(r, pool);
      parts.push(s);
      size += s.length + 1;
    }
    const src = parts.join("\n");
    const out = timed("1 MB of mutants, soup and programs", src.length, () => assemble(src));
    expect(out instanceof Uint8Array || out instanceof JitError).toBe(true);
  }, HANG_GUARD);
});
