/**
 * bench/lib/harness.ts — the small layer over mitata that every `bench/*.bench.ts` suite uses.
 *
 * It holds: suite/group/case registration (with per-case metadata such as bytes or items per call, for
 * throughput columns in the report), a registration-time case filter, correctness checks to run before timing,
 * and `finish()`, which runs mitata either with its human output (summary + barplot) or, in JSON mode, writes
 * `bench/results/<suite>.json` for `bench/report.ts` and `bench/compare.ts`. It holds no benchmarks itself.
 *
 * Use (a whole suite file):
 *   import { suite, group, bench, check, finish, do_not_optimize } from "./lib/harness.ts";
 *   suite("call-cc");
 *   group("add_i32", () => {
 *     const f = (a: number, b: number) => (a + b) | 0;
 *     check("add_i32 js", f(2, 3), 5);                        // throws before anything is timed
 *     bench("js", () => do_not_optimize(f(1, 2)), { variant: "js", baseline: true });
 *   });
 *   await finish();
 *
 * Knobs (environment; `bench/index.ts` sets the first two from its command line):
 *   BUNJIT_BENCH_JSON=1        write bench/results/<suite>.json (plus a terse table on stdout) instead of mitata's plots
 *   BUNJIT_BENCH_CASES=<regex> register only cases whose "<group> <name>" matches (case-insensitive)
 *   BUNJIT_BENCH_OUT=<dir>     where JSON results go (default bench/results/; bench/compare.ts uses it)
 */
import { bench as mitataBench, barplot, do_not_optimize, group as mitataGroup, run, summary } from "mitata";
import { mkdirSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";

export { do_not_optimize };

/** Per-case metadata; must be JSON-serialisable. `bytes`/`items` are per call and give GB/s or M items/s columns. */
export interface CaseMeta {
  /** What implementation this row is ("js", "wasm-simd", "cc", "cfunction", "bunjit", ...). Defaults to the case name. */
  variant?: string;
  /** The row the report divides the others by, within the group (default: the first case of the group). */
  baseline?: boolean;
  /** Bytes read plus written per call (throughput in GB/s). */
  bytes?: number;
  /** Work items per call (throughput in M items/s, e.g. instructions encoded). */
  items?: number;
  [key: string]: string | number | boolean | undefined;
}

/** Timing summary of one case, in nanoseconds per call (mitata's units). */
export interface CaseStats {
  p50: number;
  avg: number;
  min: number;
  max: number;
  p75: number;
  p99: number;
  samples: number;
}

export interface CaseResult {
  group: string | null;
  name: string;
  meta: CaseMeta;
  stats: CaseStats | null;
  error?: string;
}

/** The content of bench/results/<suite>.json. */
export interface SuiteResult {
  suite: string;
  file: string;
  date: string;
  bun: string;
  cpu: string | null;
  revision: string | null;
  cases: CaseResult[];
  skipped: { group: string | null; name: string; reason: string }[];
}

/** A benchmark body: a one-shot function, or a generator that sets up, yields the function to time, and cleans up. */
export type BenchBody = (() => unknown) | (() => Generator<() => unknown, void, undefined>);

const JSON_MODE = process.env.BUNJIT_BENCH_JSON === "1" || process.env.BUNJIT_BENCH_JSON === "true";
const CASES = process.env.BUNJIT_BENCH_CASES ? new RegExp(process.env.BUNJIT_BENCH_CASES, "i") : null;

let suiteName: string | null = null;
let currentGroup: string | null = null;
const metas = new Map<string, CaseMeta>();
const skipped: SuiteResult["skipped"] = [];
let registered = 0;

const key = (group: string | null, name: string) => `${group ?? ""}\u0000${name}`;

/** Names the suite (the JSON file is bench/results/<name>.json). Defaults to the file name without `.bench.ts`. */
export function suite(name: string): void {
  suiteName = name;
}

/** True in JSON mode (`bun run bench --json`); suites may print less. */
export const jsonMode = JSON_MODE;

/**
 * A group of comparable cases (one mitata group, shown with a summary and a barplot). Group names are the join key
 * across suites: e.g. call overhead uses "add_i32", "add_f64", "noop", "sum_ptr_u32" in every call suite.
 */
export function group(name: string, body: () => void): void {
  const outer = currentGroup;
  currentGroup = name;
  try {
    mitataGroup(name, () => {
      summary(() => {
        barplot(() => {
          body();
        });
      });
    });
  } finally {
    currentGroup = outer;
  }
}

/** True when a case "<group> <name>" passes the BUNJIT_BENCH_CASES filter; use it to skip expensive set-up. */
export function wanted(groupName: string | null, name: string): boolean {
  return !CASES || CASES.test(`${groupName ?? ""} ${name}`.trim());
}

/**
 * Registers one case. Keep call sites monomorphic: one closure per case, calling one function object.
 * Wrap results in `do_not_optimize(...)`. Check correctness before timing (`check`), either before calling
 * `bench` or inside a generator body before its `yield`.
 */
export function bench(name: string, body: BenchBody, meta: CaseMeta = {}): void {
  if (!wanted(currentGroup, name)) return;
  const k = key(currentGroup, name);
  if (metas.has(k)) throw new Error(`bench: duplicate case "${name}" in group "${currentGroup ?? ""}"`);
  metas.set(k, { variant: name, ...meta });
  // mitata's typings want a Gen from the generator form; both forms are what mitata accepts at run time.
  mitataBench(name, body as () => unknown);
  registered++;
}

/**
 * Returns `() => do_not_optimize(fn())` compiled from fresh source, so the call site of `fn` is this case's alone.
 * Use it when one helper registers many cases (a loop over variants): an arrow written once in the helper would be
 * shared JIT code whose call site sees every variant (polymorphic; bun:ffi's fast call path needs monomorphic).
 */
export function timed(fn: () => unknown): () => void {
  const make = new Function("fn", "keep", `"use strict"; return () => { keep(fn()); };`) as (
    fn: () => unknown,
    keep: (v: unknown) => void,
  ) => () => void;
  return make(fn, do_not_optimize);
}

/** Records a case that cannot run here (e.g. an AVX-512 kernel on a CPU without it); the report lists it. */
export function skip(name: string, reason: string): void {
  if (!wanted(currentGroup, name)) return;
  skipped.push({ group: currentGroup, name, reason });
  if (!JSON_MODE) console.log(`skip: ${currentGroup ? currentGroup + " / " : ""}${name}: ${reason}`);
}

/** Thrown when a variant's result is wrong: a benchmark of a wrong answer is worthless. */
export class BenchCheckError extends Error {
  override name = "BenchCheckError";
}

/**
 * Throws unless `got` equals `want`. Numbers compare with `Object.is` unless a tolerance is given:
 * |got - want| <= atol + rtol * scale, where scale defaults to |want|.
 */
export function check(
  label: string,
  got: unknown,
  want: unknown,
  tol?: { rtol?: number; atol?: number; scale?: number },
): void {
  if (typeof got === "number" && typeof want === "number") {
    if (tol) {
      const limit = (tol.atol ?? 0) + (tol.rtol ?? 0) * (tol.scale ?? Math.abs(want));
      if (!(Math.abs(got - want) <= limit)) {
        throw new BenchCheckError(`${label}: got ${got}, want ${want} (|diff| ${Math.abs(got - want)} > ${limit})`);
      }
      return;
    }
    if (!Object.is(got, want) && got !== want) throw new BenchCheckError(`${label}: got ${got}, want ${want}`);
    return;
  }
  if (got !== want) throw new BenchCheckError(`${label}: got ${String(got)}, want ${String(want)}`);
}

function scriptSuiteName(): string {
  const main = process.argv[1] ?? "suite";
  return basename(main).replace(/\.bench\.ts$/, "").replace(/\.ts$/, "");
}

function revision(): string | null {
  try {
    const r = Bun.spawnSync(["git", "rev-parse", "--short", "HEAD"], { stdout: "pipe", stderr: "ignore" });
    const s = r.stdout.toString().trim();
    return r.exitCode === 0 && s ? s : null;
  } catch {
    return null;
  }
}

/** Formats nanoseconds for people: "812 ps", "3.41 ns", "12.0 µs", "4.20 ms". */
export function fmtNs(ns: number): string {
  if (!Number.isFinite(ns)) return String(ns);
  if (ns < 1) return `${(ns * 1000).toFixed(0)} ps`;
  if (ns < 1e3) return `${ns.toFixed(ns < 10 ? 2 : 1)} ns`;
  if (ns < 1e6) return `${(ns / 1e3).toFixed(ns < 1e4 ? 2 : 1)} µs`;
  if (ns < 1e9) return `${(ns / 1e6).toFixed(ns < 1e7 ? 2 : 1)} ms`;
  return `${(ns / 1e9).toFixed(2)} s`;
}

/** The shape of mitata's `format: "json"` output that we read. */
export interface MitataJson {
  layout: { name: string | null }[];
  context: { cpu: { name: string | null } };
  benchmarks: {
    alias: string;
    group: number;
    runs: { name: string; stats?: { p50: number; avg: number; min: number; max: number; p75: number; p99: number; samples?: number[] }; error?: { message: string } }[];
  }[];
}

/**
 * Converts mitata's JSON output to our SuiteResult. Also used by bench/index.ts for suites that call mitata's
 * `run({ format: "json" })` themselves instead of `finish()` (their metadata is then just the case name).
 */
export function suiteResultFromMitata(
  name: string,
  file: string,
  raw: MitataJson,
  metaOf: (group: string | null, alias: string) => CaseMeta | undefined = () => undefined,
  skippedCases: SuiteResult["skipped"] = [],
): SuiteResult {
  const cases: CaseResult[] = [];
  for (const trial of raw.benchmarks) {
    const groupName = raw.layout[trial.group]?.name ?? null;
    for (const r of trial.runs) {
      const s = r.stats;
      cases.push({
        group: groupName,
        name: r.name,
        meta: metaOf(groupName, trial.alias) ?? { variant: r.name },
        stats: s ? { p50: s.p50, avg: s.avg, min: s.min, max: s.max, p75: s.p75, p99: s.p99, samples: s.samples?.length ?? 0 } : null,
        ...(r.error ? { error: String(r.error.message) } : {}),
      });
    }
  }
  return {
    suite: name,
    file,
    date: new Date().toISOString(),
    bun: Bun.version,
    cpu: raw.context.cpu.name,
    revision: revision(),
    cases,
    skipped: skippedCases,
  };
}

/** Writes a SuiteResult to BUNJIT_BENCH_OUT (default bench/results/) and prints a terse table; returns the path. */
export function writeSuiteResult(result: SuiteResult): string {
  const dir = resolve(process.env.BUNJIT_BENCH_OUT ?? join(import.meta.dir, "..", "results"));
  mkdirSync(dir, { recursive: true });
  const out = join(dir, `${result.suite}.json`);
  writeFileSync(out, JSON.stringify(result, null, 1) + "\n");
  const cases = result.cases;
  const width = Math.max(10, ...cases.map((c) => `${c.group ?? ""} / ${c.name}`.length));
  for (const c of cases) {
    const label = `${c.group ?? ""} / ${c.name}`.padEnd(width);
    const calls = typeof c.meta.calls === "number" && c.meta.calls > 1 ? c.meta.calls : 1;
    const per = c.stats && calls > 1 ? `  (${fmtNs(c.stats.p50 / calls)} per call)` : "";
    console.log(`${label}  ${c.stats ? fmtNs(c.stats.p50).padStart(10) + per : "error: " + (c.error ?? "?")}`);
  }
  console.log(`wrote ${out}`);
  return out;
}

/** Runs every registered case. Call once, at the end of the suite file. */
export async function finish(): Promise<void> {
  const name = suiteName ?? scriptSuiteName();
  if (registered === 0) {
    console.log(`(${name}: no cases match${CASES ? ` BUNJIT_BENCH_CASES=${CASES.source}` : ""})`);
  }
  if (!JSON_MODE) {
    if (registered === 0) return;
    const out = (await run({ throw: true })) as unknown as MitataJson;
    const result = suiteResultFromMitata(name, "", out, (g, alias) => metas.get(key(g, alias)), skipped);
    const looped = result.cases.filter((c) => c.stats && typeof c.meta.calls === "number" && c.meta.calls > 1);
    if (looped.length) console.log("\nper call (median / calls per sample):");
    for (const c of looped) console.log(`  ${`${c.group ?? ""} / ${c.name}`.padEnd(40)} ${fmtNs(c.stats!.p50 / (c.meta.calls as number)).padStart(10)}`);
    return;
  }
  let text = "";
  await run({ throw: true, format: { json: { debug: false, samples: true } }, print: (s: string) => void (text += s) });
  const raw = (registered > 0 ? JSON.parse(text) : { layout: [], context: { cpu: { name: null } }, benchmarks: [] }) as MitataJson;
  const result = suiteResultFromMitata(name, basename(process.argv[1] ?? ""), raw, (g, alias) => metas.get(key(g, alias)), skipped);
  writeSuiteResult(result);
}
