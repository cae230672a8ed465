/**
 * regress.ts — keeps test/encode/regressions.txt, the lines the judges once
 * caught bunjit on (checked by test/encode/regressions.test.ts through both
 * the text parser and the builder).
 *
 *   bun run scripts/fuzz/regress.ts add '<intel>' ['<builder description>'] [--error CODE]
 *       ask llvm-mc-22 (and GNU as) for the line and append it: the oracle's bytes, or, with
 *       --error, bunjit's expected JitError code after checking that both judges refuse the line
 *   bun run scripts/fuzz/regress.ts --check
 *       re-judge every line: its bytes are still llvm-mc-22's, its refusals still refused by both
 *
 * Line format:  <hex bytes | !CODE> | <intel text> | <builder description (golden-format.ts) or ->
 * Lines are run in file order in one process (some bugs needed an earlier line to show).
 */
import { appendFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { findLlvmMc, judgeGas, judgeLlvmMc } from "../lib/oracles.ts";

const FILE = join(import.meta.dir, "../../test/encode/regressions.txt");
const argv = process.argv.slice(2);
const LLVM = findLlvmMc();
if (LLVM === null) {
  console.log("regress: llvm-mc-22 not found; nothing checked");
  process.exit(argv[0] === "--check" ? 0 : 1);
}

interface Vector {
  want: string;
  intel: string;
  desc: string;
}
function read(): Vector[] {
  return readFileSync(FILE, "utf8").split("\n").filter((l) => l.trim() !== "" && !l.startsWith("#")).map((l) => {
    const [want = "", intel = "", desc = "-"] = l.split(" | ");
    return { want: want.trim(), intel: intel.trim(), desc: desc.trim() };
  });
}

if (argv[0] === "--check") {
  const v = read();
  const llvm = await judgeLlvmMc(LLVM, v.map((x) => x.intel));
  const refusals = v.map((x, i) => [x, i] as const).filter(([x]) => x.want.startsWith("!"));
  const gas = await judgeGas(refusals.map(([x]) => x.intel));
  let bad = 0;
  v.forEach((x, i) => {
    const l = llvm[i]!;
    if (x.want.startsWith("!")) {
      if (l.kind !== "error") (bad++, console.log(`  llvm-mc accepts a line kept as a refusal: ${x.intel} → ${l.kind === "bytes" ? l.hex : l.kind}`));
    } else if (l.kind !== "bytes" || l.hex !== x.want) (bad++, console.log(`  llvm-mc's bytes changed: ${x.intel}: file ${x.want}, llvm-mc ${l.kind === "bytes" ? l.hex : l.kind === "error" ? "error: " + l.message : l.kind}`));
  });
  refusals.forEach(([x], k) => {
    const g = gas[k]!;
    if (g.kind === "bytes") (bad++, console.log(`  GNU as accepts a line kept as a refusal: ${x.intel} → ${g.hex}`));
  });
  console.log(`regress --check: ${v.length} vectors, ${bad} stale`);
  process.exit(bad ? 1 : 0);
}

if (argv[0] === "add") {
  const intel = argv[1] ?? "";
  const desc = argv[2] && !argv[2].startsWith("--") ? argv[2] : "-";
  const ei = argv.indexOf("--error");
  const code = ei >= 0 ? argv[ei + 1] : undefined;
  const [l] = await judgeLlvmMc(LLVM, [intel]);
  const [g] = await judgeGas([intel]);
  let want: string;
  if (code !== undefined) {
    if (l!.kind !== "error" || g!.kind === "bytes") {
      console.log(`regress: not a refusal of both judges: llvm-mc ${JSON.stringify(l)}, GNU as ${JSON.stringify(g)}`);
      process.exit(1);
    }
    want = `!${code}`;
  } else {
    if (l!.kind !== "bytes") {
      console.log(`regress: llvm-mc gives no bytes: ${JSON.stringify(l)}`);
      process.exit(1);
    }
    want = l!.hex;
  }
  appendFileSync(FILE, `${want} | ${intel} | ${desc}\n`);
  console.log(`${want} | ${intel} | ${desc}`);
  process.exit(0);
}
console.log("usage: regress.ts add '<intel>' ['<builder desc>'] [--error CODE] | --check");
process.exit(1);
