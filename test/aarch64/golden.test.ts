/**
 * golden.test.ts — every AArch64 golden vector (test/aarch64/golden/<family>.txt,
 * made by scripts/aarch64/gen-golden.ts from llvm-mc-22) rebuilt through the
 * builder (`Assembler.emit` from the line's builder description, never from
 * the text) and through the text front end (`assemble` of the llvm-mc text),
 * and compared word for word — one generator, two renderings; and every line
 * llvm-mc rejected (invalid-<family>.txt) must be refused by bunjit, through
 * both, with a JitError. A mismatch is a bug in a row, an operand kind or the
 * text syntax, never an exception.
 */
import { describe, expect, test } from "bun:test";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isJitError } from "../../src/core/errors.ts";
import { Assembler } from "../../src/aarch64/assembler.ts";
import { assemble } from "../../src/aarch64/parse.ts";
import { ROW_FILES } from "../../src/aarch64/table/index.ts";
import { emitCase, word } from "./golden-format.ts";

const DIR = join(import.meta.dir, "golden");
const families = Object.keys(ROW_FILES);
const files = readdirSync(DIR).filter((f) => families.includes(f.replace(/^invalid-/, "").replace(/\.txt$/, ""))).sort();
const lines = (f: string) => readFileSync(join(DIR, f), "utf8").split("\n").filter((l) => l !== "" && !l.startsWith("#"));

describe("aarch64 golden vectors (llvm-mc-22)", () => {
  for (const file of files.filter((f) => !f.startsWith("invalid-"))) {
    test(file, () => {
      const all = lines(file);
      const bad: string[] = [];
      for (const line of all) {
        const [want = "", text = "", desc = ""] = line.split(" | ");
        let got: string;
        try {
          const a = new Assembler();
          emitCase(a, desc);
          got = word(a.finish());
        } catch (e) {
          got = `threw ${(e as Error).message}`;
        }
        if (got !== want) bad.push(`${text}\n      expected ${want}\n      actual   ${got}\n      builder  ${desc}`);
        let viaText: string;
        try {
          viaText = word(assemble(text));
        } catch (e) {
          viaText = `threw ${(e as Error).message}`;
        }
        if (viaText !== want) bad.push(`${text}\n      expected ${want}\n      text     ${viaText}`);
      }
      if (bad.length > 0) throw new Error(`${bad.length} of ${all.length} lines of ${file} differ from llvm-mc:\n  ${bad.slice(0, 25).join("\n  ")}`);
      expect(all.length).toBeGreaterThan(0);
    });
  }
  for (const file of files.filter((f) => f.startsWith("invalid-"))) {
    test(`${file}: refused like llvm-mc refuses them`, () => {
      const bad: string[] = [];
      for (const line of lines(file)) {
        const [text = "", desc = "", why = ""] = line.split(" | ");
        try {
          const a = new Assembler();
          emitCase(a, desc);
          a.finish();
          bad.push(`${text}  (llvm-mc: ${why})`);
        } catch (e) {
          if (!isJitError(e)) bad.push(`${text}: threw a non-JitError ${String(e)}`);
        }
        try {
          assemble(text);
          bad.push(`${text}  (text; llvm-mc: ${why})`);
        } catch (e) {
          if (!isJitError(e)) bad.push(`${text} (text): threw a non-JitError ${String(e)}`);
        }
      }
      if (bad.length > 0) throw new Error(`${bad.length} lines llvm-mc rejects were accepted:\n  ${bad.slice(0, 25).join("\n  ")}`);
    });
  }
});
