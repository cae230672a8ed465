/**
 * golden.test.ts — every golden vector (test/encode/golden/<family>.txt, made
 * by scripts/gen-golden.ts from llvm-mc) rebuilt through the builder
 * (`Assembler.emit` from the line's builder description, never from the
 * Intel text) and compared byte for byte; plus the multi-line programs with
 * labels in programs.json, whose whole image must equal llvm-mc's .text.
 * A mismatch is a bug in a table row or in the encoder, never an exception.
 */
import { describe, expect, test } from "bun:test";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Label } from "../../src/core/label.ts";
import { Assembler } from "../../src/x64/assembler.ts";
import { emitCase, hex } from "./golden-format.ts";

const DIR = join(import.meta.dir, "golden");
const families = readdirSync(DIR).filter((f) => f.endsWith(".txt") && !f.startsWith("invalid")).sort();

describe("golden vectors (llvm-mc)", () => {
  test("there are golden files", () => {
    expect(families.length).toBeGreaterThan(0);
  });
  for (const file of families) {
    test(file, () => {
      const lines = readFileSync(join(DIR, file), "utf8").split("\n").filter((l) => l !== "" && !l.startsWith("#"));
      const bad: string[] = [];
      for (const line of lines) {
        const [want = "", intel = "", desc = ""] = line.split(" | ");
        let got: string;
        try {
          const a = new Assembler();
          emitCase(a, desc);
          got = hex(a.finish());
        } catch (e) {
          got = `threw ${(e as Error).message}`;
        }
        if (got !== want) bad.push(`${intel}\n      expected ${want}\n      actual   ${got}\n      builder  ${desc}`);
      }
      if (bad.length) {
        throw new Error(`${bad.length} of ${lines.length} lines of ${file} differ from llvm-mc:\n  ${bad.slice(0, 20).join("\n  ")}${bad.length > 20 ? `\n  ... and ${bad.length - 20} more` : ""}`);
      }
      expect(lines.length).toBeGreaterThan(0);
    });
  }
});

interface ProgramGolden {
  name: string;
  build: string[];
  hex: string;
}

/** Build a program from its builder statements (golden-format.ts plus labels, .align and data). */
export function buildProgram(stmts: readonly string[]): Uint8Array {
  const a = new Assembler();
  const labels = new Map<string, Label>();
  const lab = (n: string) => {
    let l = labels.get(n);
    if (!l) labels.set(n, (l = a.newLabel(n)));
    return l;
  };
  for (const s of stmts) {
    const lm = /^([A-Za-z_][\w]*):$/.exec(s);
    if (lm) {
      a.bind(lab(lm[1]!));
      continue;
    }
    const dm = /^\.(align|byte|word|long|quad) (.*)$/.exec(s);
    if (dm) {
      const vals = dm[2]!.trim().split(/\s+/);
      if (dm[1] === "align") a.align(Number(vals[0]));
      else if (dm[1] === "byte") a.db(vals.map(Number));
      else if (dm[1] === "word") a.dw(vals.map(Number));
      else if (dm[1] === "long") a.dd(vals.map(Number));
      else a.dq(vals.map((v) => BigInt(v)));
      continue;
    }
    emitCase(a, s, lab);
  }
  return a.finish();
}

describe("golden programs (llvm-mc object code)", () => {
  const progs = (JSON.parse(readFileSync(join(DIR, "programs.json"), "utf8")) as { programs: ProgramGolden[] }).programs;
  for (const p of progs) {
    test(p.name, () => {
      const got = hex(buildProgram(p.build));
      if (got !== p.hex) {
        const g = got.split(" "), w = p.hex.split(" ");
        let i = 0;
        while (i < g.length && g[i] === w[i]) i++;
        throw new Error(`${p.name}: image differs from llvm-mc at byte ${i} (got ${g.length} bytes, expected ${w.length})\n  expected …${w.slice(Math.max(0, i - 4), i + 12).join(" ")}\n  actual   …${g.slice(Math.max(0, i - 4), i + 12).join(" ")}`);
      }
      expect(got).toBe(p.hex);
    });
  }
});
