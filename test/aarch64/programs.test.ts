/**
 * programs.test.ts — AArch64 programs with labels (scripts/aarch64/golden-programs.ts:
 * every b.cond forward and backward, cbz/tbz, b/bl, adr, literal loads,
 * alignment, the `ldr =imm` literal pool, and branches relaxed past ±32 KiB /
 * ±1 MiB — written in the text as the inverted-branch-over-b sequence)
 * rebuilt through the builder and through the text front end (`assemble` of
 * the program's llvm-mc text); each image must equal the .text llvm-mc-22
 * assembled (test/aarch64/golden/programs.json; megabyte images by SHA-256).
 */
import { describe, expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Label } from "../../src/core/label.ts";
import { Assembler } from "../../src/aarch64/assembler.ts";
import { assemble } from "../../src/aarch64/parse.ts";
import { registerByName } from "../../src/aarch64/registers.ts";
import { emitCase } from "./golden-format.ts";

interface ProgramGolden {
  name: string;
  text: string;
  build: string[];
  hex?: string;
  sha256?: string;
  length?: number;
}

/** Build a program from its builder statements. */
export function buildProgram(stmts: readonly string[]): Uint8Array {
  const a = new Assembler();
  const labels = new Map<string, Label>();
  const lab = (n: string) => {
    let l = labels.get(n);
    if (l === undefined) labels.set(n, (l = a.newLabel(n)));
    return l;
  };
  for (const s of stmts) {
    const lm = /^([A-Za-z_.][\w.]*):$/.exec(s);
    if (lm) {
      a.bind(lab(lm[1]!));
      continue;
    }
    const dm = /^\.(align|zero|byte|word|xword) (.*)$/.exec(s);
    if (dm) {
      const vals = dm[2]!.trim().split(/\s+/);
      if (dm[1] === "align") a.align(Number(vals[0]));
      else if (dm[1] === "zero") a.fill(Number(vals[0]));
      else if (dm[1] === "byte") a.db(vals.map(Number));
      else if (dm[1] === "word") a.dw(vals.map(Number));
      else a.dx(vals.map((v) => BigInt(v)));
      continue;
    }
    const lit = /^ldr= (\w+) (-?\d+)$/.exec(s);
    if (lit) {
      a.ldrImm(registerByName(lit[1]!) as never, BigInt(lit[2]!));
      continue;
    }
    emitCase(a, s, lab);
  }
  return a.finish();
}

describe("aarch64 golden programs (llvm-mc-22 object code)", () => {
  const progs = (JSON.parse(readFileSync(join(import.meta.dir, "golden/programs.json"), "utf8")) as { programs: ProgramGolden[] }).programs;
  for (const [p, via] of progs.flatMap((p) => [[p, "builder"], [p, "text"]] as const)) {
    test(`${p.name} (${via})`, () => {
      const out = via === "builder" ? buildProgram(p.build) : assemble(p.text);
      if (p.hex !== undefined) {
        const got = Buffer.from(out).toString("hex");
        if (got !== p.hex) {
          let i = 0;
          while (i < got.length && got[i] === p.hex[i]) i++;
          const at = i >> 1;
          throw new Error(`${p.name}: differs from llvm-mc at byte ${at}\n  expected …${p.hex.slice(Math.max(0, at - 4) * 2, (at + 12) * 2)}\n  actual   …${got.slice(Math.max(0, at - 4) * 2, (at + 12) * 2)}`);
        }
        expect(got).toBe(p.hex);
      } else {
        expect(out.length).toBe(p.length!);
        expect(new Bun.CryptoHasher("sha256").update(out).digest("hex")).toBe(p.sha256!);
      }
    });
  }
});
