/**
 * errors.test.ts — every JitError code is documented in docs/errors.md and
 * asserted somewhere in the test suite; JitError carries its details and
 * only the source positions we set.
 */
import { expect, test } from "bun:test";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { JitError, isJitError } from "../../src/core/errors.ts";

const root = join(import.meta.dir, "..", "..");
const codes = [...readFileSync(join(root, "src/core/errors.ts"), "utf8").matchAll(/\| "([A-Z]+)"/g)].map((m) => m[1]!);

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? testFiles(p) : p.endsWith(".ts") && p !== import.meta.path ? [p] : [];
  });
}

test("the code list is read from errors.ts", () => {
  expect(codes.length).toBeGreaterThanOrEqual(19);
  expect(codes).toContain("EOPERAND");
});

test("every code is documented in docs/errors.md", () => {
  const doc = readFileSync(join(root, "docs/errors.md"), "utf8");
  const missing = codes.filter((c) => !doc.includes(`| \`${c}\` |`));
  expect(missing).toEqual([]);
});

test("every code is asserted by a test", () => {
  const text = testFiles(join(root, "test")).map((f) => readFileSync(f, "utf8")).join("\n");
  const missing = codes.filter((c) => !text.includes(`"${c}"`));
  expect(missing).toEqual([]);
});

test("JitError keeps its details and no engine source position", () => {
  const e = new JitError("ESYNTAX", "bad", { line: 3, column: 7, instruction: "mov" });
  expect(e.code).toBe("ESYNTAX");
  expect([e.line, e.column, e.instruction]).toEqual([3, 7, "mov"]);
  const f = new JitError("EOPERAND", "x");
  expect(f.line).toBeUndefined();
  expect(f.column).toBeUndefined();
  expect(isJitError(f, "EOPERAND")).toBe(true);
  expect(isJitError(f, "ERANGE")).toBe(false);
  expect(f).toBeInstanceOf(Error);
});
