/**
 * call.bench.ts — per-call cost of a JIT'd function. Four tiny functions (the same cases as
 * bench/call-cc.bench.ts, so the report joins them with `cc`): add_i32 (i32,i32)->i32,
 * add_f64 (f64,f64)->f64, noop ()->void, sum_ptr_u32 (ptr,u32)->f64 over a 4-element
 * Float64Array. Each is built with bunjit's Assembler and called as:
 *   js         — the plain JS function (baseline)
 *   cfunction  — a raw bun:ffi CFunction over bunjit's code (the floor)
 *   bunjit     — fromBytes (default shape: the CFunction itself, dispose patches the code)
 *   bunjit-closure — fromBytes with { direct: false } (closure wrapper, frees on dispose)
 *   bunjit-checked — fromBytes with { checkArgs: true } (EARGS on a wrong argument count)
 * plus i64 (BigInt) vs i64_fast results, and 16 hot functions at once (direct vs closure shape).
 * Each sample is CALLS calls at one monomorphic call site (meta.calls: the report divides).
 * Target: bunjit / cfunction ≤ 1.10.
 *
 * Run alone: bun run bench/call.bench.ts        Knobs: BUNJIT_BENCH_CASES=<regex> (e.g. 'add_f64')
 */
import { CFunction, type Pointer } from "bun:ffi";
import { fromBytes, info } from "../src/ffi/callable.ts";
import type { Signature } from "../src/ffi/signature.ts";
import { Assembler } from "../src/x64/assembler.ts";
import { eax, esi, rax, rdi, rsi, xmm0, xmm1 } from "../src/x64/registers.ts";
import { mem, qword } from "../src/x64/operands.ts";
import { bench, check, do_not_optimize, finish, group, suite } from "./lib/harness.ts";

suite("call");

const CALLS = 1000;
const data = new Float64Array([1, 2, 3, 4]);

function code(build: (a: Assembler) => void): Uint8Array {
  const a = new Assembler();
  build(a);
  return a.finish();
}

const CASES = {
  add_i32: {
    sig: { args: ["i32", "i32"], returns: "i32" },
    code: code((a) => { a.lea(eax, mem(rdi, rsi, 1)); a.ret(); }),
    js: (a: number, b: number) => (a + b) | 0,
    loop: `let s = 0; for (let i = 0; i < N; i++) s = f(s, i); keep(s);`,
    check: (f: Function) => check("add_i32", f(2, 3), 5),
  },
  add_f64: {
    sig: { args: ["f64", "f64"], returns: "f64" },
    code: code((a) => { a.addsd(xmm0, xmm1); a.ret(); }),
    js: (a: number, b: number) => a + b,
    loop: `let s = 0; for (let i = 0; i < N; i++) s = f(s, 0.5); keep(s);`,
    check: (f: Function) => check("add_f64", f(1.5, 2.25), 3.75),
  },
  noop: {
    sig: { args: [], returns: "void" },
    code: code((a) => { a.ret(); }),
    js: () => {},
    loop: `for (let i = 0; i < N; i++) f(); keep(N);`,
    check: (f: Function) => check("noop", f(), undefined),
  },
  sum_ptr_u32: {
    sig: { args: ["ptr", "u32"], returns: "f64" },
    code: code((a) => {
      const loop = a.newLabel(), done = a.newLabel();
      a.xorpd(xmm0, xmm0); a.xor(eax, eax);
      a.test(esi, esi); a.jz(done);
      a.bind(loop); a.addsd(xmm0, qword(rdi, rax, 8)); a.inc(eax); a.cmp(eax, esi); a.jb(loop);
      a.bind(done); a.ret();
    }),
    js: (p: Float64Array, n: number) => { let s = 0; for (let i = 0; i < n; i++) s += p[i]!; return s; },
    loop: `let s = 0; for (let i = 0; i < N; i++) s += f(p, 4); keep(s);`,
    check: (f: Function) => check("sum_ptr_u32", f(data, 4), 10),
  },
} as const;

/** A loop calling `f` CALLS times, compiled per case so each call site sees one function. */
function loopOf(body: string, f: unknown): () => void {
  const make = new Function("f", "p", "N", "keep", `"use strict"; return () => { ${body} };`);
  return make(f, data, CALLS, do_not_optimize) as () => void;
}

for (const [name, c] of Object.entries(CASES)) {
  const sig: Signature = c.sig;
  const jit = fromBytes(c.code, sig, { keepAlive: true });
  const raw = CFunction({ ptr: info(jit).address as Pointer, args: [...c.sig.args], returns: c.sig.returns });
  const closure = fromBytes(c.code, sig, { keepAlive: true, direct: false });
  const checked = fromBytes(c.code, sig, { keepAlive: true, checkArgs: true });
  for (const f of [c.js, raw, jit, closure, checked] as Function[]) c.check(f);
  group(name, () => {
    bench("js", loopOf(c.loop, c.js), { variant: "js", baseline: true, calls: CALLS });
    bench("cfunction", loopOf(c.loop, raw), { variant: "cfunction", calls: CALLS });
    bench("bunjit", loopOf(c.loop, jit), { variant: "bunjit", calls: CALLS });
    bench("bunjit-closure", loopOf(c.loop, closure), { variant: "bunjit-closure", calls: CALLS });
    bench("bunjit-checked", loopOf(c.loop, checked), { variant: "bunjit-checked", calls: CALLS });
  });
}

// 64-bit results: BigInt (i64) against i64_fast (a number while it fits in 53 bits)
const ADD4 = code((a) => { a.mov(rax, rdi); a.add(rax, 4); a.ret(); });
const i64 = fromBytes(ADD4, { args: ["i64"], returns: "i64" }, { keepAlive: true });
const i64fast = fromBytes(ADD4, { args: ["i64_fast"], returns: "i64_fast" }, { keepAlive: true });
const f64ret = fromBytes(ADD4, { args: ["i64_fast"], returns: "i64_fast" }, { keepAlive: true });
check("add4 i64", i64(2n), 6n);
check("add4 i64_fast", i64fast(2), 6);
group("add4 64-bit result", () => {
  bench("i64 (BigInt)", loopOf(`let s = 0n; for (let i = 0; i < N; i++) s = f(2n); keep(s);`, i64), { variant: "bunjit-i64", baseline: true, calls: CALLS });
  bench("i64_fast", loopOf(`let s = 0; for (let i = 0; i < N; i++) s = f(i); keep(s);`, i64fast), { variant: "bunjit-i64_fast", calls: CALLS });
  do_not_optimize(f64ret);
});

// 16 distinct JIT'd functions, all hot: the closure shape shares one inner call site, direct does not
const add = CASES.add_i32;
const many = (direct: boolean) => Array.from({ length: 16 }, () => fromBytes(add.code, add.sig, { keepAlive: true, direct }));
function sites(fs: Function[], tag: string): () => void {
  const M = CALLS / 16;
  const each = fs.map((f, k) => new Function("f", "M", `return function site(s) { for (let i = 0; i < M; i++) s = f(s, i); return s; } // ${tag}${k}`)(f, M) as (s: number) => number);
  for (const s of each) for (let i = 0; i < 2000; i++) s(i);
  return () => { let s = 0; for (let k = 0; k < 16; k++) s = each[k]!(s); do_not_optimize(s); };
}
group("16 hot add_i32 functions", () => {
  bench("direct (default)", sites(many(true), "direct"), { variant: "bunjit", baseline: true, calls: CALLS });
  bench("closure (direct: false)", sites(many(false), "closure"), { variant: "bunjit-closure", calls: CALLS });
});

await finish();
