/**
 * kernels.ts — `bun run examples/kernels.ts`: asks the CPU what it supports,
 * builds bunjit's vectorised kernels for the best path it allows (AVX-512 →
 * AVX2+FMA → SSE2), checks them against plain JS on 64K doubles, and times
 * each against the same loop in JS. A few dozen lines; the benchmark proper
 * is `bun run bench kernels`.
 */
import { cpu, createKernels, selectPath } from "../src/index.ts";

console.log(`cpu       ${cpu.vendor} · ${cpu.brand}`);
console.log(`features  ${cpu.list().join(" ")}`);
const path = selectPath({ avx512: (p) => p, avx2: (p) => p, sse2: (p) => p });
console.log(`path      ${path}${cpu.avx512f ? "" : " (no usable AVX-512 here: AVX-512 kernels are generated but not run)"}`);

const best = createKernels(); // best variant per kernel
const base = createKernels({ max: "scalar" }); // SSE2 scalar code, for comparison
console.log(`kernels   ${best.variant} (baseline: ${base.variant})\n`);

const n = 65536;
const x = Float64Array.from({ length: n }, (_, i) => Math.sin(i) * 100);
const y = Float64Array.from({ length: n }, (_, i) => Math.cos(i));

const js = {
  sum: (a: Float64Array) => { let s = 0; for (let i = 0; i < a.length; i++) s += a[i]!; return s; },
  dot: (a: Float64Array, b: Float64Array) => { let s = 0; for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!; return s; },
  minmax: (a: Float64Array) => { let lo = Infinity, hi = -Infinity; for (let i = 0; i < a.length; i++) { const v = a[i]!; if (v < lo) lo = v; if (v > hi) hi = v; } return [lo, hi]; },
};

/** Median time per call in µs over a few hundred calls after a warm-up. */
function time(f: () => unknown): number {
  for (let i = 0; i < 200; i++) f();
  const t: number[] = [];
  for (let r = 0; r < 15; r++) {
    const t0 = Bun.nanoseconds();
    for (let i = 0; i < 50; i++) f();
    t.push((Bun.nanoseconds() - t0) / 50 / 1000);
  }
  return t.sort((a, b) => a - b)[7]!;
}

const rows: [string, () => unknown, () => unknown, () => unknown][] = [
  ["sum", () => js.sum(x), () => base.sumF64(x), () => best.sumF64(x)],
  ["dot", () => js.dot(x, y), () => base.dotF64(x, y), () => best.dotF64(x, y)],
  ["minmax", () => js.minmax(x), () => base.minmaxF64(x), () => best.minmaxF64(x)],
];
const show = (v: unknown) => (typeof v === "number" ? [v] : Array.from(v as ArrayLike<number>)).map((n) => n.toPrecision(10)).join(", ");
console.log(`64K doubles ${"bunjit result".padEnd(28)} ${"JS result".padEnd(28)} ${"js µs".padStart(7)} ${"scalar".padStart(7)} ${best.variant.padStart(7)}  speed-up`);
for (const [name, fj, fs, fb] of rows) {
  const tj = time(fj), ts = time(fs), tb = time(fb);
  console.log(`${name.padEnd(11)} ${show(fb()).padEnd(28)} ${show(fj()).padEnd(28)} ${tj.toFixed(1).padStart(7)} ${ts.toFixed(1).padStart(7)} ${tb.toFixed(1).padStart(7)}  ${(tj / tb).toFixed(1)}x`);
}
const yy = y.slice();
best.saxpyF64(0.5, x, yy);
console.log(`\nsaxpy     y[123] = ${yy[123]} (js ${y[123]! + 0.5 * x[123]!})`);
const bytes = new TextEncoder().encode("x".repeat(10000) + "needle");
console.log(`findU8    first "n" at ${best.findU8(bytes, "n".charCodeAt(0))} (js ${bytes.indexOf("n".charCodeAt(0))})`);
