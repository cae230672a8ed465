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
import { buildProgram, hex } from "./golden-format.ts";

// bunfig.toml's [test] timeout is not read by bun 1.4.5: a hang guard for a loaded machine, per file
setDefaultTimeout(120_000);

const DIR = join(import.meta.dir, "golden");

interface ProgramGolden {
  name: string;
  build: string[];
  hex: string;
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
