/**
 * golden.test.ts — every golden vector (test/encode/golden/*.txt, bytes
 * judged by llvm-mc) disassembles to text that bunjit assembles back to the
 * same bytes (where llvm's own printing cannot read back, the exception says
 * why), and every second one prints exactly as llvm-mc-22 disassembles it
 * (test/decode/corpus/golden-text-*.txt, from scripts/gen-decode-corpus.ts).
 */
import { describe, expect, test } from "bun:test";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { decode } from "../../src/x64/decode/decode.ts";
import { assemble } from "../../src/x64/parse.ts";
import { corpusDir, hex, hexBytes } from "./judge.ts";

const dir = join(import.meta.dir, "../encode/golden");

/** llvm prints these so that they read back as other bytes; bunjit prints what llvm prints. */
const LLVM_PRINTING: { why: string; matches: (bytes: Uint8Array, text: string) => boolean }[] = [
  {
    why: "66 90 (the two-byte NOP, SDM vol. 2B NOP) prints as `nop`: llvm does not print the operand-size prefix",
    matches: (b, t) => t === "nop" && hex(b) === "66 90",
  },
  {
    why: "vpcmp[u]{b,w,d,q} with predicate 0 prints as its alias vpcmpeq*, which reads back as the VPCMPEQ* instruction (another opcode, same result)",
    matches: (b, t) => /^vpcmpeq[bwdq] /.test(t) && (b.includes(0x3f) || b.includes(0x1f)),
  },
];

const files = readdirSync(dir).filter((f) => f.endsWith(".txt") && f !== "invalid.txt").sort();

describe("golden vectors disassemble to text that assembles back to the same bytes", () => {
  for (const f of files) {
    test(f, () => {
      const bad: string[] = [];
      const excused = new Map<string, number>();
      let n = 0;
      for (const line of readFileSync(join(dir, f), "utf8").split("\n")) {
        if (line === "" || line.startsWith("#")) continue;
        const [h = "", golden = ""] = line.split(" | ");
        const bytes = hexBytes(h);
        n++;
        const list = decode(bytes);
        if (!list.every((i) => i.valid)) { bad.push(`${h} (${golden}): ${list.map((i) => i.text).join(" ; ")}`); continue; }
        const text = list.map((i) => i.text).join("\n");
        let back: string;
        try {
          back = hex(assemble(text));
        } catch (e) {
          back = `error ${(e as Error).message}`;
        }
        if (back === h) continue;
        const why = LLVM_PRINTING.find((x) => x.matches(bytes, text))?.why;
        if (why !== undefined) excused.set(why, (excused.get(why) ?? 0) + 1);
        else bad.push(`${h} (${golden}): "${text.replace(/\n/g, " ; ")}" reads back as ${back}`);
      }
      if (excused.size > 0) console.log(`${f}: ${n} lines; llvm's printing does not read back for ${[...excused].map(([w, c]) => `${c}: ${w}`).join("; ")}`);
      expect(bad.slice(0, 20)).toEqual([]);
    }, 60_000);
  }
});

describe("golden vectors print as llvm-mc-22 disassembles them", () => {
  const parts = readdirSync(corpusDir).filter((f) => f.startsWith("golden-text-")).sort();
  for (const f of parts) {
    test(f, () => {
      const bad: string[] = [];
      for (const line of readFileSync(join(corpusDir, f), "utf8").split("\n")) {
        if (line === "" || line.startsWith("#")) continue;
        const [h = "", want = ""] = line.split(" | ");
        const got = decode(hexBytes(h)).map((i) => i.text).join(" ; ");
        if (got !== want) bad.push(`${h}: llvm "${want}", bunjit "${got}"`);
      }
      expect(bad.slice(0, 20)).toEqual([]);
    }, 60_000);
  }
});
