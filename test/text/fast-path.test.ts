/**
 * fast-path.test.ts — the x86 fast path (plain lines read straight from the
 * characters, src/x64/syntax.ts) agrees with the general path on everything:
 * the same bytes for every golden line and program, and the same error (code,
 * line, column, message) for seeded mutations of them. The seed is printed.
 */
import { describe, expect, test } from "bun:test";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { JitError } from "../../src/core/errors.ts";
import { Assembler } from "../../src/x64/assembler.ts";
import { parseInto } from "../../src/x64/parse.ts";

function run(src: string, fastPath: boolean): string {
  try {
    const a = new Assembler();
    const r = parseInto(a, src, { fastPath });
    if (r.undefinedLabels.length > 0) return `undefined ${r.undefinedLabels[0]!.name}`;
    return Buffer.from(a.finish()).toString("hex");
  } catch (e) {
    if (e instanceof JitError) return `${e.code} ${e.line}:${e.column} ${e.message}`;
    return `not a JitError: ${String(e)}`;
  }
}

const GOLDEN = join(import.meta.dir, "../encode/golden");
const lines: string[] = [];
for (const f of readdirSync(GOLDEN).filter((f) => f.endsWith(".txt") && !f.startsWith("invalid")).sort()) {
  for (const l of readFileSync(join(GOLDEN, f), "utf8").split("\n")) if (l !== "" && !l.startsWith("#")) lines.push(l.split(" | ")[1] ?? "");
}

describe("fast path = general path", () => {
  test("every golden line, alone and as one program", () => {
    const bad: string[] = [];
    for (const l of lines) {
      const f = run(l, true), g = run(l, false);
      if (f !== g) bad.push(`${l}\n    fast    ${f}\n    general ${g}`);
    }
    expect(bad.slice(0, 10)).toEqual([]);
    const whole = lines.filter((_, i) => i % 7 === 0).join("\n");
    expect(run(whole, true)).toBe(run(whole, false));
  }, 120_000);
  test("seeded programs: lines, labels, comments, blank lines, ';', CRLF, an error somewhere", () => {
    const seed0 = Number(process.env.BUNJIT_SEED ?? 0xb10c);
    console.log(`fast-path program seed ${seed0} (set BUNJIT_SEED to replay)`);
    let seed = seed0 >>> 0;
    const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const extras = ["", "   ", "# a comment", "L1:", "L2: nop", "jmp L1", "jne L2", "  mov rax, rbx # tail", "nop; nop", "add rax, 1 // slash", ".byte 1, 2", "x = 5", "mov eax, x", "1: dec ecx", "jnz 1b", "lock add qword ptr [rax], 1", "shl rax", "vaddps zmm0 {k1}, zmm1, zmm2", "mov rax, [rax", "mov rax, rbx rcx", "add eax, rbx", "movsb"];
    const bad: string[] = [];
    for (let i = 0; i < 400; i++) {
      const out: string[] = ["L1: nop", "L2: nop"];
      for (let j = 0, k = 5 + Math.floor(rnd() * 40); j < k; j++) out.push(rnd() < 0.6 ? lines[Math.floor(rnd() * lines.length)]! : extras[Math.floor(rnd() * extras.length)]!);
      const src = out.join(rnd() < 0.2 ? "\r\n" : "\n") + (rnd() < 0.5 ? "\n" : "");
      const f = run(src, true), g = run(src, false);
      if (f !== g) bad.push(`${JSON.stringify(src).slice(0, 300)}\n    fast    ${f.slice(0, 200)}\n    general ${g.slice(0, 200)}`);
    }
    expect(bad.slice(0, 5)).toEqual([]);
  }, 120_000);
  test("seeded mutations: same bytes or the same error", () => {
    const seed0 = Number(process.env.BUNJIT_SEED ?? 0xfa57);
    console.log(`fast-path mutation seed ${seed0} (set BUNJIT_SEED to replay)`);
    let seed = seed0 >>> 0;
    const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const alphabet = "[]{}(),:;+-*/#.'\"0123456789abcxrspq \t\n-x*8h";
    const bad: string[] = [];
    for (let i = 0; i < 20000; i++) {
      let s = lines[Math.floor(rnd() * lines.length)]!;
      for (let j = 0, k = Math.floor(rnd() * 3); j < k; j++) {
        const p = Math.floor(rnd() * (s.length + 1)), op = rnd();
        s = op < 0.5 ? s.slice(0, p) + alphabet[Math.floor(rnd() * alphabet.length)] + s.slice(p) : s.slice(0, p) + s.slice(p + 1);
      }
      const f = run(s, true), g = run(s, false);
      if (f !== g) bad.push(`${JSON.stringify(s)}\n    fast    ${f}\n    general ${g}`);
    }
    expect(bad.slice(0, 10)).toEqual([]);
  }, 120_000);
});
