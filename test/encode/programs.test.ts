/**
 * programs.test.ts — multi-line programs with labels (scripts/golden-programs.ts:
 * forward/backward jumps relaxed to rel32, every jcc alias, loop/jrcxz,
 * rip-relative lea and data, align with multi-byte nops) rebuilt through the
 * builder; each whole image must equal the .text llvm-mc assembled for it
 * (test/encode/golden/programs.json, made by scripts/gen-golden.ts).
 */
import { describe, expect, setDefaultTimeout, test } from "bun:test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Label } from "../../src/core/label.ts";
import { Assembler } from "../../src/x64/assembler.ts";
import { emitCase, hex } from "./golden-format.ts";

// bunfig.toml's [test] timeout is not read by bun 1.4.5: a hang guard for a loaded machine, per file
setDefaultTimeout(120_000);

const DIR = join(import.meta.dir, "golden");

interface ProgramGolden {
  name: string;
  build: string[];
  hex: string;
}

/** Build a program from its builder statements (golden-format.ts plus labels, .align and data). */
function buildProgram(stmts: readonly string[]): Uint8Array {
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
