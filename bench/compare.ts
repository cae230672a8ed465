/**
 * bench/compare.ts — regression guard without flaky tests: runs the suites for the working tree and for a git ref
 * (exported with `git archive` into a temp dir, `bun install` there), in separate processes, alternating the order
 * each round, and prints per-case ratios (working tree / ref, median of rounds). It asserts nothing: it reports.
 *
 *   bun run bench/compare.ts <git-ref> [suite-filter ...] [--rounds N] [--cases <regex>] [--keep]
 *   bun run bench:compare HEAD~3 kernels --cases 'f64 64K'
 *
 * The ref must contain bench/index.ts (its own suites run, with its own harness). Suite knobs
 * (BUNJIT_BENCH_SIZES, ...) apply to both sides. Rounds default to 2; ratios > 1 mean the working tree is slower.
 */
import { execSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type SuiteResult, fmtNs } from "./lib/harness.ts";

const ROOT = resolve(import.meta.dir, "..");

function usage(msg?: string): never {
  if (msg) console.error(`bench/compare: ${msg}`);
  console.error("usage: bun run bench/compare.ts <git-ref> [suite-filter ...] [--rounds N] [--cases <regex>] [--keep]");
  process.exit(2);
}

const args = process.argv.slice(2);
let ref: string | null = null;
let rounds = 2;
let cases: string | null = null;
let keep = false;
const filters: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === "--rounds") rounds = Math.max(1, Number(args[++i]));
  else if (a === "--cases") cases = args[++i] ?? null;
  else if (a === "--keep") keep = true;
  else if (a === "-h" || a === "--help") usage();
  else if (ref === null) ref = a;
  else filters.push(a);
}
if (!ref) usage("missing <git-ref>");
if (!Number.isFinite(rounds)) usage("bad --rounds");

let sha: string;
try {
  sha = execSync(`git rev-parse --verify ${JSON.stringify(ref + "^{commit}")}`, { cwd: ROOT, encoding: "utf8" }).trim();
} catch {
  usage(`unknown git ref "${ref}"`);
}

const work = mkdtempSync(join(tmpdir(), "bunjit-compare-"));
const refDir = join(work, "ref");
mkdirSync(refDir);
console.log(`== exporting ${ref} (${sha.slice(0, 10)}) to ${refDir}`);
const archive = spawnSync("sh", ["-c", `git archive ${sha} | tar -x -C ${JSON.stringify(refDir)}`], { cwd: ROOT, stdio: "inherit" });
if (archive.status !== 0) usage("git archive failed");
if (!existsSync(join(refDir, "bench", "index.ts"))) usage(`${ref} has no bench/index.ts: nothing to compare against`);
console.log("== bun install in the ref");
const install = spawnSync(process.execPath, ["install", "--frozen-lockfile"], { cwd: refDir, stdio: "inherit" });
if (install.status !== 0) usage("bun install failed in the ref");

type Side = "tree" | "ref";
const medians = new Map<string, Record<Side, number[]>>();

function runSide(side: Side, round: number): void {
  const cwd = side === "tree" ? ROOT : refDir;
  const out = join(work, `${side}-${round}`);
  const env: Record<string, string | undefined> = { ...process.env, BUNJIT_BENCH_JSON: "1", BUNJIT_BENCH_OUT: out };
  if (cases) env.BUNJIT_BENCH_CASES = cases;
  console.log(`\n== round ${round + 1}/${rounds}: ${side === "tree" ? "working tree" : ref}`);
  const r = spawnSync(process.execPath, ["run", "bench/index.ts", "--json", ...filters], { cwd, env, stdio: ["ignore", "ignore", "inherit"] });
  if (r.status !== 0) console.error(`   (${side}: some suites failed, exit ${r.status})`);
  // An older harness may ignore BUNJIT_BENCH_OUT and write into its own bench/results.
  const dirs = [out, join(cwd, "bench", "results")].filter((d) => existsSync(d));
  const seen = new Set<string>();
  for (const dir of side === "ref" ? dirs : [out]) {
    for (const f of readdirSync(dir).filter((f) => f.endsWith(".json") && f !== "headline.json")) {
      if (seen.has(f)) continue;
      seen.add(f);
      const res = JSON.parse(readFileSync(join(dir, f), "utf8")) as SuiteResult;
      for (const c of res.cases ?? []) {
        if (!c.stats) continue;
        const key = `${res.suite} | ${c.group ?? ""} | ${c.name}`;
        let m = medians.get(key);
        if (!m) medians.set(key, (m = { tree: [], ref: [] }));
        m[side].push(c.stats.p50);
      }
    }
    if (side === "ref") rmSync(join(refDir, "bench", "results"), { recursive: true, force: true });
  }
}

for (let round = 0; round < rounds; round++) {
  const order: Side[] = round % 2 === 0 ? ["tree", "ref"] : ["ref", "tree"];
  for (const side of order) runSide(side, round);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

console.log(`\n== working tree / ${ref} (median of ${rounds} rounds; > 1 = working tree slower)\n`);
const width = Math.max(20, ...[...medians.keys()].map((k) => k.length));
let shown = 0;
for (const [key, m] of [...medians].sort(([a], [b]) => a.localeCompare(b))) {
  if (m.tree.length === 0 || m.ref.length === 0) {
    console.log(`${key.padEnd(width)}  only in ${m.tree.length ? "working tree" : ref}`);
    continue;
  }
  const t = median(m.tree);
  const r = median(m.ref);
  const ratio = t / r;
  const flag = ratio > 1.1 ? "  slower" : ratio < 1 / 1.1 ? "  faster" : "";
  console.log(`${key.padEnd(width)}  ${fmtNs(t).padStart(10)} vs ${fmtNs(r).padStart(10)}  ${ratio.toFixed(3)}${flag}`);
  shown++;
}
if (shown === 0) console.log("(no case ran on both sides)");
if (keep) console.log(`\nkept ${work}`);
else rmSync(work, { recursive: true, force: true });
