/**
 * bench/index.ts — the entry point of `bun run bench`: runs every suite `bench/*.bench.ts`, each in its own
 * subprocess (`bun run <file>`, so JIT state and memory never leak between suites), in a stable order.
 *
 *   bun run bench                       every suite, mitata's human output (summary + barplot)
 *   bun run bench --json                every suite writes bench/results/<suite>.json (BUNJIT_BENCH_JSON=1 does the same)
 *   bun run bench kernels call          only suites whose name contains "kernels" or "call"
 *   bun run bench --cases 'sum f64'     only cases whose "<group> <name>" matches the regex (BUNJIT_BENCH_CASES)
 *   bun run bench --list                list the suites and exit
 *
 * Other knobs are per suite (see each file's header and bench/README.md), e.g. BUNJIT_BENCH_SIZES for kernels.
 * Exit status is non-zero when any suite failed (a failed correctness check fails its suite); the others still run.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { type MitataJson, suiteResultFromMitata, writeSuiteResult } from "./lib/harness.ts";

/** Suites run in this order first (cheap, foundational ones before long ones); any others follow alphabetically. */
export const SUITE_ORDER = ["call", "call-cc", "create", "time-to-call", "memory", "encode", "kernels"];

/** Every suite name (the file name without `.bench.ts`), in run order. */
export function listSuites(dir = import.meta.dir): string[] {
  const names = readdirSync(dir)
    .filter((f) => f.endsWith(".bench.ts"))
    .map((f) => f.slice(0, -".bench.ts".length));
  const rank = (n: string) => {
    const i = SUITE_ORDER.indexOf(n);
    return i < 0 ? SUITE_ORDER.length : i;
  };
  return names.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

export interface RunOptions {
  json?: boolean;
  cases?: string;
  filters?: string[];
  /** Directory holding the suites (bench/compare.ts points it at another checkout). */
  dir?: string;
  /** Extra environment for the suites. */
  env?: Record<string, string>;
}

/** Runs the selected suites one after another; returns the names of suites that failed. */
export async function runSuites(opts: RunOptions = {}): Promise<string[]> {
  const dir = opts.dir ?? import.meta.dir;
  const filters = (opts.filters ?? []).map((f) => f.toLowerCase());
  const suites = listSuites(dir).filter((s) => filters.length === 0 || filters.some((f) => s.toLowerCase().includes(f)));
  if (suites.length === 0) {
    console.error(`bench: no suite matches ${filters.join(", ")}; suites: ${listSuites(dir).join(", ")}`);
    return ["(no suite matched)"];
  }
  const failed: string[] = [];
  for (const s of suites) {
    console.log(`\n=== ${s} (bench/${s}.bench.ts)`);
    const env: Record<string, string | undefined> = { ...process.env, ...opts.env };
    if (opts.json) env.BUNJIT_BENCH_JSON = "1";
    if (opts.cases) env.BUNJIT_BENCH_CASES = opts.cases;
    const started = Date.now();
    const proc = Bun.spawn([process.execPath, "run", join(dir, `${s}.bench.ts`)], {
      cwd: join(dir, ".."),
      env,
      stdout: opts.json ? "pipe" : "inherit",
      stderr: "inherit",
    });
    let captured = "";
    if (opts.json && proc.stdout) {
      // Echo the suite's output while keeping it, to rescue suites that print mitata's JSON themselves.
      // Mitata's JSON line itself is not echoed.
      const decoder = new TextDecoder();
      let pending = "";
      const echo = (line: string) => {
        if (!line.startsWith('{"layout"')) process.stdout.write(line + "\n");
      };
      for await (const chunk of proc.stdout) {
        const text = decoder.decode(chunk, { stream: true });
        captured += text;
        pending += text;
        const lines = pending.split("\n");
        pending = lines.pop() ?? "";
        for (const line of lines) echo(line);
      }
      if (pending) echo(pending);
    }
    const code = await proc.exited;
    if (code === 0 && opts.json) rescueJson(s, captured, started, opts.env?.BUNJIT_BENCH_OUT);
    if (code !== 0) {
      console.error(`=== ${s} FAILED (exit ${code})`);
      failed.push(s);
    }
  }
  return failed;
}

/**
 * A suite that ran mitata's `run({ format: "json" })` itself (not `finish()`) wrote no results file but printed the
 * JSON on a line of its own: convert that line, so the report still sees the suite.
 */
function rescueJson(suite: string, stdout: string, started: number, outDir?: string): void {
  const dir = resolve(outDir ?? process.env.BUNJIT_BENCH_OUT ?? join(import.meta.dir, "results"));
  const file = join(dir, `${suite}.json`);
  if (existsSync(file) && statSync(file).mtimeMs >= started - 1000) return;
  const line = stdout.split("\n").find((l) => l.startsWith('{"layout"'));
  if (!line) {
    console.error(`bench: ${suite} wrote no JSON results (use finish() from bench/lib/harness.ts)`);
    return;
  }
  const prev = process.env.BUNJIT_BENCH_OUT;
  process.env.BUNJIT_BENCH_OUT = dir;
  writeSuiteResult(suiteResultFromMitata(suite, `${suite}.bench.ts`, JSON.parse(line) as MitataJson));
  if (prev === undefined) delete process.env.BUNJIT_BENCH_OUT;
  else process.env.BUNJIT_BENCH_OUT = prev;
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const opts: RunOptions = { filters: [] };
  opts.json = process.env.BUNJIT_BENCH_JSON === "1";
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--json") opts.json = true;
    else if (a === "--cases") opts.cases = args[++i] ?? "";
    else if (a.startsWith("--cases=")) opts.cases = a.slice("--cases=".length);
    else if (a === "--list") {
      console.log(listSuites().join("\n"));
      process.exit(0);
    } else if (a === "-h" || a === "--help") {
      console.log("usage: bun run bench [--json] [--cases <regex>] [--list] [suite-filter ...]");
      process.exit(0);
    } else opts.filters!.push(a);
  }
  const failed = await runSuites(opts);
  if (failed.length) {
    console.error(`\nbench: failed suites: ${failed.join(", ")}`);
    process.exit(1);
  }
}
