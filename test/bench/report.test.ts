/**
 * test/bench/report.test.ts — the report's arithmetic on synthetic results (no benchmark runs, no timing):
 * per-call division, headline ratios against the targets, and that the SVG chart is well-formed.
 * Run alone: bun test test/bench
 */
import { describe, expect, test } from "bun:test";
import type { CaseResult, SuiteResult } from "../../bench/lib/harness.ts";
import { barChart, headlines, perCall, renderMarkdown } from "../../bench/report.ts";

const stats = (p50: number) => ({ p50, avg: p50, min: p50, max: p50, p75: p50, p99: p50, samples: 10 });
const kcase = (group: string, variant: string, p50: number, meta: Record<string, string | number | boolean> = {}): CaseResult => ({
  group, name: variant, meta: { variant, ...meta }, stats: stats(p50),
});
const suite = (name: string, cases: CaseResult[]): SuiteResult => ({
  suite: name, file: `${name}.bench.ts`, date: "2026-01-01T00:00:00.000Z", bun: "1.4.5", cpu: "test", revision: "abc", cases, skipped: [],
});

describe("bench report", () => {
  test("perCall divides by meta.calls", () => {
    expect(perCall(kcase("add_i32", "cc", 18000, { calls: 1000 }))).toBe(18);
    expect(perCall(kcase("add_i32", "js", 5))).toBe(5);
  });

  test("headline ratios compare against the issue's targets", () => {
    const results = [
      suite("call", [kcase("add_i32", "cfunction", 2000, { calls: 1000 }), kcase("add_i32", "bunjit", 2100, { calls: 1000 })]),
      suite("call-cc", [kcase("add_i32", "cc", 18000, { calls: 1000 })]),
      suite("kernels", [
        kcase("sum f64 64K", "js", 90000), kcase("sum f64 64K", "wasm-simd", 10000), kcase("sum f64 64K", "cc", 260000),
        kcase("sum f64 64K", "bunjit-avx2", 7500),
        kcase("copy f64 4M", "cc-memcpy", 5_000_000, { kernel: "copy", size: "4M", bytes: 64e6 }),
        kcase("sum f64 4M", "bunjit-avx2", 3_000_000, { kernel: "sum", size: "4M", bytes: 32e6 }),
      ]),
    ];
    const h = headlines(results);
    const get = (prefix: string) => h.find((x) => x.name.startsWith(prefix))!;
    expect(get("call add_i32").value).toBe("1.05");
    expect(get("call add_i32").status).toBe("met");
    expect(get("sum f64 64K: bunjit-avx2 vs js").status).toBe("met"); // 12x
    expect(get("sum f64 64K: bunjit-avx2 vs wasm-simd").status).toBe("missed"); // 1.33x < 2x
    expect(get("memory bandwidth").value).toBe("12.8 GB/s");
    expect(get("sum f64 4M").value).toBe("83%");
    expect(get("builder").status).toBe("not measured");
    const md = renderMarkdown(results, { cpu: "x", logicalCpus: 2, physicalCores: 2, features: ["avx2"], memoryGiB: 1, os: "t", bun: "1.4.5" }, h, "test", new Map());
    expect(md).toContain("Partial run");
    expect(md).toContain("| add_i32 | 2.00 ns | 2.10 ns | 18.0 ns |");
  });

  test("charts are well-formed SVG with one bar per case", () => {
    const svg = barChart("t", [{ name: "g <1>", bars: [{ label: "a", value: 1, text: "1 ns", color: "#000" }, { label: "b", value: 100, text: "100 ns", color: "#111" }] }], "axis");
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg.trim().endsWith("</svg>")).toBe(true);
    expect(svg.match(/<rect x=/g)?.length).toBe(2);
    expect(svg).toContain("g &lt;1&gt;");
  });
});
