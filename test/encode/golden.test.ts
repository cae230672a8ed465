/**
 * golden.test.ts — every golden vector (test/encode/golden/<family>.txt, made
 * by scripts/gen-golden.ts from llvm-mc) rebuilt through the builder
 * (`Assembler.emit` from the line's builder description, never from the
 * Intel text) and compared byte for byte (programs with labels:
 * programs.test.ts). A mismatch is a bug in a table row or in the encoder, never an exception.
 * Each line is built twice: the first use of an operand class vector takes the
 * general path (match + generic encoder), a repeat takes the memoised fast
 * plan (src/x64/encode/fast.ts), so both paths are checked on every line; and
 * the whole file is run once with plans never specialised and once with every
 * plan compiled to straight-line code on use, so both fast tiers are checked.
 */
import { describe, expect, setDefaultTimeout, test } from "bun:test";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Assembler } from "../../src/x64/assembler.ts";
import { setSpecializeAfter } from "../../src/x64/encode/fast.ts";
import { emitCase, hex } from "./golden-format.ts";

// bunfig.toml's [test] timeout is not read by bun 1.4.5: a hang guard for a loaded machine, per file
setDefaultTimeout(120_000);

const DIR = join(import.meta.dir, "golden");
const families = readdirSync(DIR).filter((f) => f.endsWith(".txt") && !f.startsWith("invalid")).sort();

/** Build each line twice (general path, then fast path) and report the lines whose bytes differ. */
function check(lines: readonly string[], tier: string, bad: string[]): void {
  for (const line of lines) {
    const [want = "", intel = "", desc = ""] = line.split(" | ");
    for (const pass of ["", ` (repeated: fast path, ${tier})`]) {
      let got: string;
      try {
        const a = new Assembler();
        emitCase(a, desc);
        got = hex(a.finish());
      } catch (e) {
        got = `threw ${(e as Error).message}`;
      }
      if (got !== want) {
        bad.push(`${intel}${pass}\n      expected ${want}\n      actual   ${got}\n      builder  ${desc}`);
        break;
      }
    }
  }
}

describe("golden vectors (llvm-mc)", () => {
  test("there are golden files", () => {
    expect(families.length).toBeGreaterThan(0);
  });
  for (const file of families) {
    test(file, () => {
      const lines = readFileSync(join(DIR, file), "utf8").split("\n").filter((l) => l !== "" && !l.startsWith("#"));
      const bad: string[] = [];
      try {
        setSpecializeAfter(Infinity);
        check(lines, "plan", bad);
        setSpecializeAfter(0);
        check(lines, "specialised", bad);
      } finally {
        setSpecializeAfter(1000);
      }
      if (bad.length) {
        throw new Error(`${bad.length} of ${lines.length} lines of ${file} differ from llvm-mc:\n  ${bad.slice(0, 20).join("\n  ")}${bad.length > 20 ? `\n  ... and ${bad.length - 20} more` : ""}`);
      }
      expect(lines.length).toBeGreaterThan(0);
    });
  }
});
