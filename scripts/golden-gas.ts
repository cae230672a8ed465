/**
 * golden-gas.ts — the second judge over the golden vectors: GNU as (Intel
 * syntax, naked registers) assembles every golden line's Intel text, and the
 * result is compared with the line's bytes (llvm-mc 22's, which bunjit
 * matches). Prints agreement by family and a breakdown of the differences by
 * a byte-level signature, so every class of disagreement between the two
 * judges is seen and can be explained. Informational: it fails nothing.
 *
 *   bun run scripts/golden-gas.ts [--examples N]
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gasVersion, judgeGas } from "./lib/oracles.ts";
import { diffSignature } from "./fuzz/report.ts";

const DIR = join(import.meta.dir, "../test/encode/golden");
const ei = process.argv.indexOf("--examples");
const EXAMPLES = ei >= 0 ? Number(process.argv[ei + 1]) : 2;
const version = gasVersion();
if (version === null) {
  console.log("golden-gas: GNU as not found");
  process.exit(0);
}

let total = 0, agree = 0, differ = 0, refused = 0;
const sigs = new Map<string, { n: number; ex: string[] }>();
const refusals = new Map<string, { n: number; ex: string[] }>();
for (const file of readdirSync(DIR).filter((f) => f.endsWith(".txt") && !f.startsWith("invalid")).sort()) {
  const rows = readFileSync(join(DIR, file), "utf8").split("\n").filter((l) => l !== "" && !l.startsWith("#")).map((l) => l.split(" | "));
  const v = await judgeGas(rows.map((r) => r[1]!));
  let a = 0;
  rows.forEach(([hex = "", intel = ""], i) => {
    total++;
    const g = v[i]!;
    if (g.kind === "bytes" && g.hex === hex) (agree++, a++);
    else if (g.kind === "bytes") {
      differ++;
      const k = diffSignature(hex, g.hex).replace("(llvm-mc", "(GNU as");
      const s = sigs.get(k) ?? { n: 0, ex: [] };
      s.n++;
      if (s.ex.length < EXAMPLES) s.ex.push(`${intel}: llvm-mc ${hex} / GNU as ${g.hex}`);
      sigs.set(k, s);
    } else {
      refused++;
      const k = g.kind === "error" ? g.message.replace(/`[^`']*'/g, "`…'").replace(/\d+/g, "N") : g.kind;
      const s = refusals.get(k) ?? { n: 0, ex: [] };
      s.n++;
      if (s.ex.length < EXAMPLES) s.ex.push(intel);
      refusals.set(k, s);
    }
  });
  console.log(`  ${file}: ${rows.length} lines, GNU as agrees on ${a}`);
}
console.log(`golden-gas: GNU as ${version} on ${total} golden lines: ${agree} same bytes as llvm-mc 22, ${differ} other bytes, ${refused} refused`);
console.log("other bytes, by what differs:");
for (const [k, s] of [...sigs].sort((x, y) => y[1].n - x[1].n)) console.log(`  ${String(s.n).padStart(6)}  ${k}\n          ${s.ex.join("\n          ")}`);
console.log("refused, by message:");
for (const [k, s] of [...refusals].sort((x, y) => y[1].n - x[1].n).slice(0, 25)) console.log(`  ${String(s.n).padStart(6)}  ${k}\n          ${s.ex.join("\n          ")}`);
