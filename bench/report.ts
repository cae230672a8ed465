/**
 * bench/report.ts — `bun run bench:report`: runs the suites in JSON mode (bench/index.ts), then writes
 * docs/benchmarks.md (machine, CPU features, Bun version, date, revision, headline ratios against the targets of
 * issue 6, a table per suite with medians, ratios and throughput) and one SVG bar chart per suite
 * (docs/bench-<suite>.svg, plus docs/bench-kernels-<size>.svg speed-ups), drawn here as plain SVG text.
 * Every number comes from the run's JSON files; nothing is typed in by hand.
 *
 *   bun run bench:report                    run every suite, write the report
 *   bun run bench:report kernels call       run only matching suites (the report is labelled partial)
 *   bun run bench:report --rounds 3         run the suites 3 times; each case reports its median round (less noise)
 *   bun run bench:report --no-run           rebuild the report from the JSON already in bench/results/
 *   bun run bench:report --out <dir>        write somewhere other than docs/
 * Knobs of the suites (BUNJIT_BENCH_SIZES, BUNJIT_BENCH_CASES, ...) pass through; any of them marks the report
 * partial. Headline ratios are also written to bench/results/headline.json and printed.
 */
import { execSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { listSuites, runSuites } from "./index.ts";
import { type CaseResult, type SuiteResult, fmtNs } from "./lib/harness.ts";

const ROOT = resolve(import.meta.dir, "..");
const RESULTS = resolve(process.env.BUNJIT_BENCH_OUT ?? join(import.meta.dir, "results"));

// ---------------------------------------------------------------- machine

export interface Machine {
  cpu: string;
  logicalCpus: number;
  physicalCores: number | null;
  features: string[];
  memoryGiB: number;
  os: string;
  bun: string;
}

const INTERESTING = [
  "sse2", "ssse3", "sse4_1", "sse4_2", "popcnt", "avx", "avx2", "fma", "f16c", "bmi1", "bmi2", "lzcnt", "abm",
  "avx512f", "avx512bw", "avx512dq", "avx512vl", "avx512cd", "avx512_vnni", "avx512_vpopcntdq", "avx512vbmi",
];

export function machine(): Machine {
  let cpu = cpus()[0]?.model ?? "unknown";
  let flags: string[] = [];
  let physicalCores: number | null = null;
  try {
    const info = readFileSync("/proc/cpuinfo", "utf8");
    cpu = /^model name\s*:\s*(.*)$/m.exec(info)?.[1]?.trim() ?? cpu;
    flags = /^flags\s*:\s*(.*)$/m.exec(info)?.[1]?.split(/\s+/) ?? [];
    const cores = /^cpu cores\s*:\s*(\d+)$/m.exec(info)?.[1];
    physicalCores = cores ? Number(cores) : null;
  } catch {
    // not Linux: the model name from os.cpus() is what we have
  }
  let os = `${process.platform} ${process.arch}`;
  try {
    os = execSync("uname -srm", { encoding: "utf8" }).trim();
  } catch {
    // keep the short form
  }
  return {
    cpu,
    logicalCpus: cpus().length,
    physicalCores,
    features: INTERESTING.filter((f) => flags.includes(f)).map((f) => (f === "abm" ? "lzcnt(abm)" : f)),
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os,
    bun: Bun.version,
  };
}

function gitRevision(): string {
  try {
    const rev = execSync("git rev-parse --short HEAD", { cwd: ROOT, encoding: "utf8" }).trim();
    const dirty = execSync("git status --porcelain --untracked-files=no", { cwd: ROOT, encoding: "utf8" }).trim();
    return dirty ? `${rev} (working tree with uncommitted changes)` : rev;
  } catch {
    return "unknown";
  }
}

// ---------------------------------------------------------------- reading results

export function loadResults(dir: string, since = 0): SuiteResult[] {
  if (!existsSync(dir)) return [];
  const order = listSuites();
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json") && f !== "headline.json")
    .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as SuiteResult)
    .filter((r) => Array.isArray(r.cases) && Date.parse(r.date) >= since)
    .sort((a, b) => {
      const ia = order.indexOf(a.suite), ib = order.indexOf(b.suite);
      return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || a.suite.localeCompare(b.suite);
    });
}

/** Calls per timed sample (meta.calls, default 1). */
const callsOf = (c: CaseResult) => (typeof c.meta.calls === "number" && c.meta.calls > 0 ? c.meta.calls : 1);

/** Median time per call in ns (divides by meta.calls when one sample makes several calls). */
export function perCall(c: CaseResult): number | null {
  return c.stats ? c.stats.p50 / callsOf(c) : null;
}

const variantOf = (c: CaseResult) => String(c.meta.variant ?? c.name);

function groupsOf(r: SuiteResult): Map<string, CaseResult[]> {
  const m = new Map<string, CaseResult[]>();
  for (const c of r.cases) {
    const g = c.group ?? "(ungrouped)";
    let list = m.get(g);
    if (!list) m.set(g, (list = []));
    list.push(c);
  }
  return m;
}

function baselineOf(cases: CaseResult[]): CaseResult | undefined {
  return cases.find((c) => c.meta.baseline === true && c.stats) ?? cases.find((c) => c.stats);
}

const fmtRatio = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2)) + "x";
const gbps = (bytes: number, ns: number) => bytes / ns; // bytes per ns = GB/s

function throughput(c: CaseResult): string {
  const t = perCall(c);
  if (t === null) return "";
  if (typeof c.meta.bytes === "number") return `${gbps(c.meta.bytes, t).toFixed(2)} GB/s`;
  if (typeof c.meta.items === "number") return `${((c.meta.items / t) * 1e3).toFixed(1)} M/s`;
  return "";
}

// ---------------------------------------------------------------- headline ratios

export interface Headline {
  name: string;
  value: string;
  target: string;
  status: "met" | "missed" | "not measured" | "info";
  detail: string;
}

function findCase(results: SuiteResult[], group: string, variant: RegExp, suites?: RegExp): CaseResult | undefined {
  for (const r of results) {
    if (suites && !suites.test(r.suite)) continue;
    const c = r.cases.find((c) => c.group === group && variant.test(variantOf(c)) && c.stats);
    if (c) return c;
  }
  return undefined;
}

function bestOf(results: SuiteResult[], group: string, variant: RegExp): CaseResult | undefined {
  const all = results.flatMap((r) => r.cases.filter((c) => c.group === group && variant.test(variantOf(c)) && c.stats));
  return all.sort((a, b) => perCall(a)! - perCall(b)!)[0];
}

export function headlines(results: SuiteResult[]): Headline[] {
  const out: Headline[] = [];
  // 1. call overhead: bunjit's callable against a raw CFunction over the same code, and against cc
  for (const g of ["add_i32", "add_f64", "noop", "sum_ptr_u32"]) {
    const b = findCase(results, g, /^bunjit$/, /^call/);
    const raw = findCase(results, g, /^cfunction$/, /^call/);
    const ccCase = findCase(results, g, /^cc$/, /^call/);
    if (g !== "add_i32" && !b) continue;
    if (!b || !raw) {
      out.push({
        name: `call ${g}: bunjit / raw CFunction`,
        value: "–",
        target: "≤ 1.10",
        status: "not measured",
        detail: `needs cases "bunjit" and "cfunction" in group "${g}" (bench/call.bench.ts)${ccCase ? `; cc costs ${fmtNs(perCall(ccCase)!)} per call` : ""}`,
      });
      continue;
    }
    const ratio = perCall(b)! / perCall(raw)!;
    out.push({
      name: `call ${g}: bunjit / raw CFunction`,
      value: ratio.toFixed(2),
      target: "≤ 1.10",
      status: ratio <= 1.1 ? "met" : "missed",
      detail: `${fmtNs(perCall(b)!)} vs ${fmtNs(perCall(raw)!)} per call${ccCase ? `; bunjit / cc = ${(perCall(b)! / perCall(ccCase)!).toFixed(3)} (cc ${fmtNs(perCall(ccCase)!)})` : ""}`,
    });
  }
  // 2. kernels at 64K doubles: best bunjit against plain JS, wasm SIMD and cc
  for (const k of ["sum", "dot", "saxpy", "minmax"]) {
    const g = `${k} f64 64K`;
    const js = findCase(results, g, /^js$/);
    if (!js) continue;
    const best = bestOf(results, g, /^bunjit/);
    const wasm = findCase(results, g, /^wasm-simd$/);
    const ccCase = findCase(results, g, /^cc$/);
    if (!best) {
      const w = wasm ? `wasm-simd is ${fmtRatio(perCall(js)! / perCall(wasm)!)} faster than js` : "";
      out.push({ name: `${g}: best bunjit / js`, value: "–", target: "≥ 8x", status: "not measured", detail: `no bunjit variant yet (bench/kernels/bunjit.ts); ${w}` });
      continue;
    }
    const t = perCall(best)!;
    const vsJs = perCall(js)! / t;
    out.push({ name: `${g}: ${variantOf(best)} vs js`, value: fmtRatio(vsJs), target: "≥ 8x", status: vsJs >= 8 ? "met" : "missed", detail: `${fmtNs(t)} vs ${fmtNs(perCall(js)!)}` });
    if (wasm) {
      const r = perCall(wasm)! / t;
      out.push({ name: `${g}: ${variantOf(best)} vs wasm-simd`, value: fmtRatio(r), target: "≥ 2x", status: r >= 2 ? "met" : "missed", detail: `${fmtNs(t)} vs ${fmtNs(perCall(wasm)!)}` });
    }
    if (ccCase) {
      const r = perCall(ccCase)! / t;
      out.push({ name: `${g}: ${variantOf(best)} vs cc`, value: fmtRatio(r), target: "≥ 3x", status: r >= 3 ? "met" : "missed", detail: `${fmtNs(t)} vs ${fmtNs(perCall(ccCase)!)}` });
    }
  }
  // 3. large sizes against the machine's copy bandwidth (best of the non-bunjit copies: memcpy, set, memory.copy)
  const copies = results.flatMap((r) => r.cases.filter((c) => c.meta.kernel === "copy" && c.meta.size === "4M" && c.stats));
  const refCopy = copies.filter((c) => !variantOf(c).startsWith("bunjit")).sort((a, b) => perCall(a)! - perCall(b)!)[0];
  if (refCopy && typeof refCopy.meta.bytes === "number") {
    const bw = gbps(refCopy.meta.bytes, perCall(refCopy)!);
    out.push({ name: `memory bandwidth: copy f64 4M (${variantOf(refCopy)}, read + write)`, value: `${bw.toFixed(1)} GB/s`, target: "reference", status: "info", detail: "the machine's measured copy bandwidth (bytes read + written; write-allocate traffic not counted)" });
    for (const g of ["sum f64 4M", "dot f64 4M", "saxpy f64 4M", "copy f64 4M"]) {
      const best = bestOf(results, g, /^bunjit/);
      if (!best || typeof best.meta.bytes !== "number") continue;
      const b = gbps(best.meta.bytes, perCall(best)!);
      out.push({ name: `${g}: ${variantOf(best)} bandwidth / copy`, value: `${((b / bw) * 100).toFixed(0)}%`, target: "how close to copy", status: "info", detail: `${b.toFixed(1)} GB/s vs ${bw.toFixed(1)} GB/s (read-only kernels can exceed copy)` });
    }
  }
  // 4. code generation: builder integer stream
  const enc = results.find((r) => r.suite === "encode");
  const intCase = enc?.cases.find((c) => /builder/i.test(c.name) && /int/i.test(c.name) && c.stats);
  if (intCase && typeof intCase.meta.items === "number") {
    const mips = (intCase.meta.items / perCall(intCase)!) * 1e3;
    out.push({ name: "builder, integer stream", value: `${mips.toFixed(1)} M instr/s`, target: "≥ 40 M/s", status: mips >= 40 ? "met" : "missed", detail: "AsmJit ~110 M/s, Xbyak ~70 M/s (notes/anchors.md)" });
  } else {
    out.push({ name: "builder, integer stream", value: "–", target: "≥ 40 M/s", status: "not measured", detail: intCase ? "the encode suite's case has no meta.items (instructions per iteration)" : "no encode results" });
  }
  return out;
}

// ---------------------------------------------------------------- SVG

const PALETTE: Record<string, string> = {
  js: "#e0a100",
  "js-x4": "#f2c94c",
  wasm: "#5b8def",
  "wasm-simd": "#1f4fbf",
  cc: "#9b59b6",
  cfunction: "#7f8c8d",
};
function colorOf(variant: string): string {
  if (PALETTE[variant]) return PALETTE[variant]!;
  if (variant.startsWith("bunjit")) return variant.includes("512") ? "#0b6e3a" : variant.includes("avx") ? "#1e9e5a" : "#5fcf8f";
  if (variant.startsWith("js")) return "#f5d77a";
  if (variant.startsWith("cc")) return "#c39bd3";
  if (variant.startsWith("wasm")) return "#8fb2f5";
  let h = 0;
  for (const ch of variant) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return `hsl(${h % 360} 45% 55%)`;
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

interface Bar {
  label: string;
  value: number;
  text: string;
  color: string;
}

/** Horizontal grouped bars on a log scale; one header row per group. */
export function barChart(
  title: string,
  groups: { name: string; bars: Bar[] }[],
  axis: string,
  tick: (v: number) => string = fmtNs,
): string {
  const longest = Math.max(4, ...groups.flatMap((g) => g.bars.map((b) => b.label.length)));
  const W = 960, left = Math.min(420, 16 + longest * 6.3), right = 130, rowH = 16, headH = 22, top = 58;
  const values = groups.flatMap((g) => g.bars.map((b) => b.value)).filter((v) => v > 0);
  const lo = Math.log10(Math.min(...values)) - 0.15;
  const hi = Math.log10(Math.max(...values)) + 0.05;
  const x = (v: number) => left + ((Math.log10(v) - lo) / (hi - lo || 1)) * (W - left - right);
  let y = top;
  const parts: string[] = [];
  for (const g of groups) {
    parts.push(`<text x="8" y="${y + 15}" class="g">${esc(g.name)}</text>`);
    y += headH;
    for (const b of g.bars) {
      const w = Math.max(1, x(b.value) - left);
      parts.push(`<text x="${left - 6}" y="${y + 12}" class="l">${esc(b.label)}</text>`);
      parts.push(`<rect x="${left}" y="${y + 2}" width="${w.toFixed(1)}" height="${rowH - 4}" fill="${b.color}"/>`);
      parts.push(`<text x="${(left + w + 4).toFixed(1)}" y="${y + 12}" class="v">${esc(b.text)}</text>`);
      y += rowH;
    }
    y += 4;
  }
  const height = y + 30;
  const ticks: string[] = [];
  for (let e = Math.ceil(lo); e <= Math.floor(hi); e++) {
    const xx = x(10 ** e);
    ticks.push(`<line x1="${xx.toFixed(1)}" y1="${top - 4}" x2="${xx.toFixed(1)}" y2="${y}" class="t"/>`);
    ticks.push(`<text x="${xx.toFixed(1)}" y="${top - 6}" class="k">${esc(tick(10 ** e))}</text>`);
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${height}" viewBox="0 0 ${W} ${height}" font-family="system-ui, sans-serif">`,
    `<style>.g{font-size:13px;font-weight:600}.l{font-size:11px;text-anchor:end}.v{font-size:11px;fill:#333}.t{stroke:#ddd;stroke-width:1}.h{font-size:15px;font-weight:700}.a{font-size:11px;fill:#555}.k{font-size:10px;fill:#888;text-anchor:middle}</style>`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="8" y="20" class="h">${esc(title)}</text>`,
    `<text x="8" y="36" class="a">${esc(axis)}</text>`,
    ...ticks,
    ...parts,
    `</svg>`,
    "",
  ].join("\n");
}

function suiteChart(r: SuiteResult): string {
  const groups = [...groupsOf(r)].map(([name, cases]) => ({
    name,
    bars: cases
      .filter((c) => c.stats)
      .map((c) => ({ label: c.name, value: perCall(c)!, text: fmtNs(perCall(c)!), color: colorOf(variantOf(c)) })),
  }));
  return barChart(`bunjit benchmarks — ${r.suite}`, groups, "median time per call (log scale; shorter is faster)");
}

function kernelSpeedupChart(r: SuiteResult, size: string): string | null {
  const groups: { name: string; bars: Bar[] }[] = [];
  for (const [name, cases] of groupsOf(r)) {
    if (!name.endsWith(` ${size}`)) continue;
    const js = cases.find((c) => variantOf(c) === "js" && c.stats);
    if (!js) continue;
    groups.push({
      name,
      bars: cases
        .filter((c) => c.stats)
        .map((c) => {
          const s = perCall(js)! / perCall(c)!;
          return { label: variantOf(c), value: s, text: `${fmtRatio(s)}  (${fmtNs(perCall(c)!)})`, color: colorOf(variantOf(c)) };
        }),
    });
  }
  if (groups.length === 0) return null;
  return barChart(`kernels at ${size} elements — speed-up over plain JS`, groups, "times faster than the plain JS loop (log scale; longer is faster)", (v) => `${v}x`);
}

// ---------------------------------------------------------------- Markdown

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(head), line(head.map(() => "---")), ...rows.map(line)].join("\n");
}

function genericTable(r: SuiteResult): string {
  const rows: string[][] = [];
  const withThroughput = r.cases.some((c) => typeof c.meta.bytes === "number" || typeof c.meta.items === "number");
  for (const [g, cases] of groupsOf(r)) {
    const base = baselineOf(cases);
    for (const c of cases) {
      const t = perCall(c);
      const ratio = t === null || !base ? "" : base === c ? "baseline" : fmtRatio(t / perCall(base)!);
      const row = [g, c.name, t === null ? `error: ${c.error ?? "?"}` : fmtNs(t), c.stats ? fmtNs(c.stats.p99 / callsOf(c)) : "", ratio];
      if (withThroughput) row.push(throughput(c));
      rows.push(row);
    }
  }
  return table(["group", "case", "median", "p99", "time / baseline", ...(withThroughput ? ["throughput"] : [])], rows);
}

/** Kernel table columns: the built-in and C-library references share one column each, to keep tables narrow. */
const KERNEL_COLUMN: Record<string, string> = {
  "js-indexOf": "js built-in",
  "js-set": "js built-in",
  "cc-memchr": "cc → libc",
  "cc-memcpy": "cc → libc",
};
const columnOf = (c: CaseResult) => KERNEL_COLUMN[variantOf(c)] ?? variantOf(c);
const COLUMN_ORDER = ["js", "js-x4", "js built-in", "wasm", "wasm-simd", "cc", "cc → libc"];

function kernelTables(r: SuiteResult): string {
  const out: string[] = [];
  const sizes = [...new Set(r.cases.map((c) => String(c.meta.size ?? "")))].filter(Boolean);
  for (const size of sizes) {
    const groups = [...groupsOf(r)].filter(([g]) => g.endsWith(` ${size}`));
    const seen = [...new Set(groups.flatMap(([, cs]) => cs.map(columnOf)))];
    const rank = (v: string) => (COLUMN_ORDER.includes(v) ? COLUMN_ORDER.indexOf(v) : COLUMN_ORDER.length);
    const columns = seen.sort((a, b) => rank(a) - rank(b));
    const cell = (cases: CaseResult[], col: string, f: (c: CaseResult) => string) => {
      const c = cases.find((c) => columnOf(c) === col);
      if (!c) return "–";
      const name = KERNEL_COLUMN[variantOf(c)] ? `${variantOf(c)}: ` : "";
      return perCall(c) === null ? "error" : name + f(c);
    };
    const rows = groups.map(([g, cases]) => {
      const js = cases.find((c) => variantOf(c) === "js" && c.stats);
      return [
        g.replace(` ${size}`, ""),
        ...columns.map((col) =>
          cell(cases, col, (c) => (js && js !== c ? `${fmtNs(perCall(c)!)} (${fmtRatio(perCall(js)! / perCall(c)!)})` : fmtNs(perCall(c)!))),
        ),
      ];
    });
    out.push(`#### ${size} elements — median per call (speed-up over \`js\`)\n\n${table(["kernel", ...columns], rows)}`);
    const bwRows = groups.map(([g, cases]) => [
      g.replace(` ${size}`, ""),
      ...columns.map((col) => cell(cases, col, (c) => (typeof c.meta.bytes === "number" ? gbps(c.meta.bytes, perCall(c)!).toFixed(1) : "–"))),
    ]);
    out.push(`#### ${size} elements — GB/s (bytes read + written per call / median)\n\n${table(["kernel", ...columns], bwRows)}`);
  }
  return out.join("\n\n");
}

function callTable(results: SuiteResult[]): string | null {
  const names = ["add_i32", "add_f64", "noop", "sum_ptr_u32"];
  const cells = new Map<string, Map<string, { t: number; suite: string }>>();
  for (const r of results) {
    if (!/^call/.test(r.suite)) continue;
    for (const c of r.cases) {
      if (!c.group || !names.includes(c.group) || perCall(c) === null) continue;
      let row = cells.get(c.group);
      if (!row) cells.set(c.group, (row = new Map()));
      row.set(variantOf(c), { t: perCall(c)!, suite: r.suite });
    }
  }
  if (cells.size === 0) return null;
  const variants = [...new Set([...cells.values()].flatMap((m) => [...m.keys()]))];
  const rows = names.filter((n) => cells.has(n)).map((n) => [n, ...variants.map((v) => (cells.get(n)!.get(v) ? fmtNs(cells.get(n)!.get(v)!.t) : "–"))]);
  return table(["signature", ...variants], rows);
}

export function renderMarkdown(results: SuiteResult[], m: Machine, heads: Headline[], partial: string | null, charts: Map<string, string[]>): string {
  const date = results.map((r) => r.date).sort()[0] ?? new Date().toISOString();
  const lines: string[] = [
    "# bunjit benchmarks",
    "",
    "<!-- generated by bench/report.ts (bun run bench:report) from a real run; do not edit by hand -->",
    "",
  ];
  if (partial) lines.push(`> **Partial run**: ${partial}. Regenerate with \`bun run bench:report\` for the full suite.`, "");
  lines.push(
    `- **Machine**: ${m.cpu}, ${m.logicalCpus} logical CPUs${m.physicalCores ? ` (${m.physicalCores} cores)` : ""}, ${m.memoryGiB} GiB RAM, ${m.os}`,
    `- **CPU features**: ${m.features.join(", ") || "unknown"}${m.features.includes("avx512f") ? "" : " — no AVX-512"}`,
    `- **Bun**: ${m.bun}`,
    `- **Date**: ${date.slice(0, 16).replace("T", " ")} UTC`,
    `- **Revision**: ${gitRevision()}`,
    `- **Suites**: ${results.map((r) => r.suite).join(", ")}`,
    "",
    "Times are mitata medians per call (hot, warmed up, one monomorphic call site per case). Ratios compare medians",
    "from the same run. The machine is shared and small: expect a few percent of noise, more on short cases.",
    "",
    "## Headline ratios",
    "",
    table(["measure", "value", "target", "status", "detail"], heads.map((h) => [h.name, h.value, h.target, h.status, h.detail])),
    "",
  );
  const call = callTable(results);
  if (call) lines.push("## Call overhead (all call suites joined; per call)", "", call, "");
  for (const r of results) {
    lines.push(`## ${r.suite}`, "", `\`bun run bench/${r.file || r.suite + ".bench.ts"}\` — run ${r.date.slice(0, 16).replace("T", " ")} UTC at ${r.revision ?? "?"}`, "");
    for (const svg of charts.get(r.suite) ?? []) lines.push(`![${r.suite}](${svg})`, "");
    if (r.suite === "kernels") {
      lines.push(
        "Speed-up = the `js` loop's median / the variant's. GB/s = bytes read + written per call / median; copy's figure",
        "does not count write-allocate traffic, so read-only kernels (sum, dot) can exceed it. wasm variants work on a copy",
        "of the data in linear memory (copied during set-up, untimed).",
        "",
        kernelTables(r),
        "",
      );
    }
    lines.push(r.suite === "kernels" ? "<details><summary>all kernel cases</summary>\n" : "", genericTable(r), r.suite === "kernels" ? "\n</details>" : "", "");
    if (r.skipped.length) lines.push("Skipped here:", "", ...r.skipped.map((s) => `- ${s.group ?? ""} / ${s.name}: ${s.reason}`), "");
  }
  return lines.join("\n");
}

// ---------------------------------------------------------------- rounds

/**
 * Runs the suites `rounds` times into separate directories, then writes to RESULTS, per suite, the cases of the
 * last round with each case's stats replaced by those of its median round (by p50). Returns the failed suites.
 */
async function runRounds(rounds: number, filters: string[]): Promise<string[]> {
  const failed = new Set<string>();
  const dirs: string[] = [];
  for (let i = 0; i < rounds; i++) {
    const dir = join(RESULTS, `.round-${i}`);
    rmSync(dir, { recursive: true, force: true });
    dirs.push(dir);
    console.log(`\n##### round ${i + 1}/${rounds}`);
    for (const f of await runSuites({ json: true, filters, env: { BUNJIT_BENCH_OUT: dir } })) failed.add(f);
  }
  const perRound = dirs.map((d) => loadResults(d));
  for (const last of perRound[perRound.length - 1] ?? []) {
    const merged: SuiteResult = { ...last, cases: last.cases.map((c) => ({ ...c })) };
    for (const c of merged.cases) {
      const samples = perRound
        .map((rs) => rs.find((r) => r.suite === last.suite)?.cases.find((x) => x.group === c.group && x.name === c.name)?.stats)
        .filter((s): s is NonNullable<typeof s> => !!s)
        .sort((a, b) => a.p50 - b.p50);
      const mid = samples[(samples.length - 1) >> 1];
      if (mid) c.stats = mid;
      c.meta = { ...c.meta, rounds: samples.length };
    }
    mkdirSync(RESULTS, { recursive: true });
    writeFileSync(join(RESULTS, `${last.suite}.json`), JSON.stringify(merged, null, 1) + "\n");
  }
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  return [...failed];
}

// ---------------------------------------------------------------- main

if (import.meta.main) {
  const args = process.argv.slice(2);
  let run = true;
  let rounds = 1;
  let outDir = join(ROOT, "docs");
  const filters: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--no-run") run = false;
    else if (a === "--rounds") rounds = Math.max(1, Math.floor(Number(args[++i]) || 1));
    else if (a === "--out") outDir = resolve(args[++i] ?? outDir);
    else filters.push(a);
  }
  const knobs = Object.keys(process.env).filter((k) => k.startsWith("BUNJIT_BENCH_") && k !== "BUNJIT_BENCH_JSON" && k !== "BUNJIT_BENCH_OUT");
  const started = Date.now();
  let failed: string[] = [];
  if (run && rounds === 1) failed = await runSuites({ json: true, filters });
  if (run && rounds > 1) failed = await runRounds(rounds, filters);
  const results = loadResults(RESULTS, run ? started : 0);
  if (results.length === 0) {
    console.error("bench:report: no results to report");
    process.exit(1);
  }
  const reasons: string[] = [];
  if (filters.length) reasons.push(`only suites matching ${filters.join(", ")}`);
  if (knobs.length) reasons.push(`knobs ${knobs.map((k) => `${k}=${process.env[k]}`).join(" ")}`);
  if (failed.length) reasons.push(`failed suites: ${failed.join(", ")}`);
  const missing = listSuites().filter((s) => !results.some((r) => r.suite === s));
  if (missing.length) reasons.push(`no results for ${missing.join(", ")}`);
  if (!run) reasons.push("rebuilt from existing JSON results");
  if (rounds > 1) console.log(`(each case: the median of ${rounds} rounds)`);
  const partial = reasons.length ? reasons.join("; ") : null;

  mkdirSync(outDir, { recursive: true });
  const charts = new Map<string, string[]>();
  for (const r of results) {
    const files: string[] = [];
    if (r.suite === "kernels") {
      for (const size of [...new Set(r.cases.map((c) => String(c.meta.size ?? "")))].filter(Boolean)) {
        const svg = kernelSpeedupChart(r, size);
        if (svg) {
          writeFileSync(join(outDir, `bench-kernels-${size}.svg`), svg);
          files.push(`bench-kernels-${size}.svg`);
        }
      }
    }
    if (r.suite === "kernels" && files.length) {
      // The kernels' suite chart is the speed-up chart at 64K (the headline size), else the first size's.
      const main = files.find((f) => f.endsWith("-64K.svg")) ?? files[0]!;
      writeFileSync(join(outDir, "bench-kernels.svg"), readFileSync(join(outDir, main), "utf8"));
    } else if (r.cases.some((c) => c.stats)) {
      writeFileSync(join(outDir, `bench-${r.suite}.svg`), suiteChart(r));
      files.push(`bench-${r.suite}.svg`);
    }
    charts.set(r.suite, files);
  }
  const heads = headlines(results);
  const md = renderMarkdown(results, machine(), heads, partial, charts);
  writeFileSync(join(outDir, "benchmarks.md"), md);
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, "headline.json"), JSON.stringify({ partial, headlines: heads }, null, 1) + "\n");
  console.log("\nHeadline ratios:");
  for (const h of heads) console.log(`  ${h.status.padEnd(12)} ${h.name}: ${h.value} (target ${h.target}) ${h.detail}`);
  console.log(`\nwrote ${join(outDir, "benchmarks.md")}${partial ? ` (partial: ${partial})` : ""}`);
}
