/**
 * bench/abi.bench.ts — costs of the ABI layer's calls, per call:
 *  - "jit→C": a JIT'd loop making N calls to C `abs` (through f.call), against the same loop calling a JIT'd
 *    leaf, the bare loop, and JS calling bun:ffi's `abs` N times;
 *  - "jit→JS": a JIT'd loop making N calls into a JS function through a JSCallback, against JS calling it;
 *  - "qsort f64 100K": libc qsort with a JIT'd comparator against Float64Array.prototype.sort and
 *    Array.prototype.sort with a JS comparator (each sample copies the same input first, in every case);
 *  - "returns": JS calling a JIT'd function returning the same 64-bit value as i64 (BigInt), i64_fast, u64_fast,
 *    f64 and i32 — the cost of the JS type chosen for 64-bit results.
 * meta.calls = calls per sample: the report divides by it (ns per call).
 *
 * Run alone: bun run bench/abi.bench.ts        Knobs: BUNJIT_BENCH_CASES=<regex> (e.g. 'jit→C')
 */
import { dlopen } from "bun:ffi";
import { bench, check, do_not_optimize, finish, group, suite } from "./lib/harness.ts";
import { al, cl, eax, ebx, ecx, jit, libc, native, qword, r12d, rax, xmm0, type FunctionBuilder } from "../src/index.ts";

suite("abi");

const N = 1000;

/** A JIT'd `void loop(n)`: calls `call(f)` n times, the counter in a callee-saved register. */
function loop(name: string, body: (f: FunctionBuilder) => void) {
  return jit.function({ args: ["u32"], returns: "i32" }, (f, [n]) => {
    const top = f.label(name), done = f.label();
    f.a.mov(r12d, n);
    f.a.xor(ebx, ebx);
    f.a.test(r12d, r12d);
    f.a.jz(done);
    f.a.bind(top);
    body(f);
    f.a.add(ebx, eax);
    f.a.dec(r12d);
    f.a.jnz(top);
    f.a.bind(done);
    f.ret(ebx);
  }, { keepAlive: true });
}

const abs = native("abs", { args: ["i32"], returns: "i32" });
const leaf = jit.function({ args: ["i32"], returns: "i32" }, (f, [x]) => f.ret(x), { keepAlive: true });
const jitToC = loop("c", (f) => void f.call(abs, [-3]));
const jitToJit = loop("jit", (f) => void f.call(leaf, [3]));
const bare = loop("bare", (f) => void f.a.mov(eax, 3));
const ffiAbs = dlopen(libc.platform.libc, { abs: { args: ["i32"], returns: "i32" } }).symbols.abs;
check("jit→C", jitToC(N), 3 * N);
check("jit→jit", jitToJit(N), 3 * N);
check("bare", bare(N), 3 * N);

group("jit→C", () => {
  bench("jit loop, no call", () => do_not_optimize(bare(N)), { variant: "bare", calls: N });
  bench("jit → C abs", () => do_not_optimize(jitToC(N)), { variant: "jit-c", baseline: true, calls: N });
  bench("jit → jit leaf", () => do_not_optimize(jitToJit(N)), { variant: "jit-jit", calls: N });
  bench("js → bun:ffi abs", () => {
    let s = 0;
    for (let i = 0; i < N; i++) s += ffiAbs(-3);
    do_not_optimize(s);
  }, { variant: "js-ffi", calls: N });
});

const jsFn = (x: number) => (x + 1) | 0;
const jitToJs = jit.function({ args: ["u32"], returns: "i32" }, (f, [n]) => {
  const cb = f.callback(jsFn, { args: ["i32"], returns: "i32" });
  const top = f.label(), done = f.label();
  f.a.mov(r12d, n);
  f.a.xor(ebx, ebx);
  f.a.test(r12d, r12d);
  f.a.jz(done);
  f.a.bind(top);
  f.call(cb, [2]);
  f.a.add(ebx, eax);
  f.a.dec(r12d);
  f.a.jnz(top);
  f.a.bind(done);
  f.ret(ebx);
}, { keepAlive: true });
check("jit→JS", jitToJs(N), 3 * N);

group("jit→JS", () => {
  bench("jit → JSCallback", () => do_not_optimize(jitToJs(N)), { variant: "jit-js", baseline: true, calls: N });
  bench("js → js", () => {
    let s = 0;
    for (let i = 0; i < N; i++) s += jsFn(2);
    do_not_optimize(s);
  }, { variant: "js", calls: N });
});

const cmp = jit.function({ args: ["ptr", "ptr"], returns: "i32" }, (f, [a, b]) => {
  f.a.movsd(xmm0, qword(a));
  f.a.xor(eax, eax);
  f.a.xor(ecx, ecx);
  f.a.ucomisd(xmm0, qword(b));
  f.a.seta(al);
  f.a.setb(cl);
  f.a.sub(eax, ecx);
  f.ret(eax);
}, { keepAlive: true });
const qsort = native("qsort", { args: ["ptr", "u64", "u64", "ptr"], returns: "void" });
const sortJit = jit.function({ args: ["ptr", "u32"], returns: "void" }, (f, [p, n]) => {
  f.call(qsort, [p, n, 8, cmp]); // the comparator by address; sort keeps it alive
}, { keepAlive: true });

const SIZE = 100_000;
const input = Float64Array.from({ length: SIZE }, (_, i) => Math.sin(i * 12.9898) * 43758.5453);
const work = new Float64Array(SIZE);
const workArr = Array.from(input);
{
  work.set(input);
  sortJit(work, SIZE);
  const ref = input.slice().sort();
  check("qsort agrees with sort", work.every((v, i) => v === ref[i]), true);
}

group("qsort f64 100K", () => {
  bench("qsort + JIT comparator", () => {
    work.set(input);
    sortJit(work, SIZE);
  }, { variant: "qsort-jit", items: SIZE });
  bench("Float64Array.prototype.sort", () => {
    work.set(input);
    work.sort();
  }, { variant: "typed-sort", baseline: true, items: SIZE });
  bench("Array.prototype.sort((a, b) => a - b)", () => {
    for (let i = 0; i < SIZE; i++) workArr[i] = input[i]!;
    workArr.sort((a, b) => a - b);
  }, { variant: "array-sort", items: SIZE });
});

// the same 64-bit value (2^40 + 1) returned as each JS type
const V = 2 ** 40 + 1;
const ret = <R extends "i64" | "i64_fast" | "u64_fast" | "f64" | "i32">(returns: R) =>
  jit.function({ returns }, (f) => {
    f.a.mov(rax, V);
    if (returns === "f64") f.ret(rax); // cvtsi2sd
    else f.a.ret();
  }, { keepAlive: true });
const r64 = ret("i64"), rFast = ret("i64_fast"), rUFast = ret("u64_fast"), rF64 = ret("f64"), rI32 = ret("i32");
check("i64", r64(), BigInt(V));
check("i64_fast", rFast(), V);
check("f64", rF64(), V);

group("returns", () => {
  // one compiled loop per case (new Function), so each call site sees one function (monomorphic)
  const each = (name: string, fn: () => unknown, baseline = false) => {
    const make = new Function("f", "N", "keep", `"use strict"; return () => { for (let i = 0; i < N; i++) keep(f()); };`);
    bench(name, make(fn, N, do_not_optimize) as () => void, { variant: name, calls: N, baseline });
  };
  each("i32", rI32, true);
  each("f64", rF64);
  each("i64_fast", rFast);
  each("u64_fast", rUFast);
  each("i64 (BigInt)", r64);
});

await finish();
