/**
 * call.bench.ts — per-call cost of a JIT'd function: bunjit's callable (fromBytes)
 * against a raw bun:ffi CFunction over the same code and a plain JS function,
 * plus the shapes considered (own property on a CFunction, the closure shape
 * `direct: false`, 16 hot functions at once) and i64
 * (BigInt) vs i64_fast results. Each sample is 1,000 calls at one monomorphic
 * call site; figures printed are per call. Target: bunjit / raw ≤ 1.10.
 *
 * Run alone: bun run bench/call.bench.ts
 */
import { CFunction, type Pointer } from "bun:ffi";
import { bench, do_not_optimize, run, summary } from "mitata";
import { fromBytes, info } from "../src/ffi/callable.ts";

const ADD_I32 = [0x8d, 0x04, 0x37, 0xc3]; // lea eax, [rdi+rsi]; ret
const ADD4_I64 = [0x48, 0x89, 0xf8, 0x48, 0x83, 0xc0, 0x04, 0xc3]; // mov rax, rdi; add rax, 4; ret
const N = 1000;

const jit = fromBytes(ADD_I32, { args: ["i32", "i32"], returns: "i32" }, { keepAlive: true });
const raw = CFunction({ ptr: info(jit).address as Pointer, args: ["i32", "i32"], returns: "i32" });
const rawWithProp = CFunction({ ptr: info(jit).address as Pointer, args: ["i32", "i32"], returns: "i32" });
Object.defineProperty(rawWithProp, Symbol.dispose, { value: () => {} });
const closure = fromBytes(ADD_I32, { args: ["i32", "i32"], returns: "i32" }, { keepAlive: true, direct: false });
const js = (a: number, b: number) => (a + b) | 0;
// 16 distinct JIT'd functions, all hot, to show the shared wrapper's polymorphic inner call site
const manyShared = Array.from({ length: 16 }, () => fromBytes(ADD_I32, { args: ["i32", "i32"], returns: "i32" }, { keepAlive: true, direct: false }));
const manyDirect = Array.from({ length: 16 }, () => fromBytes(ADD_I32, { args: ["i32", "i32"], returns: "i32" }, { keepAlive: true }));
for (const f of [...manyShared, ...manyDirect]) for (let i = 0; i < 20_000; i++) f(i, 1);
const i64 = fromBytes(ADD4_I64, { args: ["i64"], returns: "i64" }, { keepAlive: true });
const i64fast = fromBytes(ADD4_I64, { args: ["i64_fast"], returns: "i64_fast" }, { keepAlive: true });
const rawI64 = CFunction({ ptr: info(i64).address as Pointer, args: ["i64"], returns: "i64" });

summary(() => {
  bench("plain JS add (i32,i32)->i32", () => {
    let s = 0;
    for (let i = 0; i < N; i++) s = js(s, i);
    do_not_optimize(s);
  });
  bench("raw CFunction add", () => {
    let s = 0;
    for (let i = 0; i < N; i++) s = raw(s, i) as number;
    do_not_optimize(s);
  }).baseline(true);
  bench("bunjit fromBytes add (default: direct)", () => {
    let s = 0;
    for (let i = 0; i < N; i++) s = jit(s, i);
    do_not_optimize(s);
  });
  bench("bunjit fromBytes add, closure (direct: false)", () => {
    let s = 0;
    for (let i = 0; i < N; i++) s = closure(s, i);
    do_not_optimize(s);
  });
  bench("raw CFunction + own Symbol.dispose", () => {
    let s = 0;
    for (let i = 0; i < N; i++) s = rawWithProp(s, i) as number;
    do_not_optimize(s);
  });
});

/** One distinct caller per function (unique source, so each has its own monomorphic call site). */
type Site = (s: number) => number;
const M = N / 16;
const sitesFor = (fs: ((a: number, b: number) => number)[], tag: string): Site[] =>
  fs.map((f, k) => new Function("f", "M", `return function site(s) { for (let i = 0; i < M; i++) s = f(s, i); return s; } // ${tag}${k}`)(f, M) as Site);
const sitesShared = sitesFor(manyShared, "shared");
const sitesDirect = sitesFor(manyDirect, "direct");

summary(() => {
  bench("16 hot functions, closure (direct: false)", () => {
    let s = 0;
    for (let k = 0; k < 16; k++) s = sitesShared[k]!(s);
    do_not_optimize(s);
  });
  bench("16 hot functions, direct (default)", () => {
    let s = 0;
    for (let k = 0; k < 16; k++) s = sitesDirect[k]!(s);
    do_not_optimize(s);
  });
});

summary(() => {
  bench("raw CFunction (i64)->i64 BigInt", () => {
    let s = 0n;
    for (let i = 0; i < N; i++) s = rawI64(i) as bigint;
    do_not_optimize(s);
  });
  bench("bunjit (i64)->i64 BigInt", () => {
    let s = 0n;
    for (let i = 0; i < N; i++) s = i64(i);
    do_not_optimize(s);
  });
  bench("bunjit (i64_fast)->i64_fast", () => {
    let s: number | bigint = 0;
    for (let i = 0; i < N; i++) s = i64fast(i);
    do_not_optimize(s);
  });
});

const { benchmarks } = await run();
const perCall = new Map<string, number>();
for (const t of benchmarks) for (const r of t.runs) if (r.stats) perCall.set(r.name, r.stats.p50 / N);
const ns = (name: string) => perCall.get(name) ?? NaN;
console.log("\nper call (median of samples / 1000):");
for (const [name, v] of perCall) console.log(`  ${name.padEnd(46)} ${v.toFixed(2)} ns`);
const ratio = ns("bunjit fromBytes add (default: direct)") / ns("raw CFunction add");
console.log(`\nbunjit / raw CFunction = ${ratio.toFixed(3)} (target ≤ 1.10) ${ratio <= 1.1 ? "OK" : "OVER"}`);
console.log(`closure shape / raw CFunction = ${(ns("bunjit fromBytes add, closure (direct: false)") / ns("raw CFunction add")).toFixed(3)} (its inner call site is shared by the 16 closures below)`);
console.log(`i64 BigInt ${ns("bunjit (i64)->i64 BigInt").toFixed(2)} ns vs i64_fast ${ns("bunjit (i64_fast)->i64_fast").toFixed(2)} ns`);
