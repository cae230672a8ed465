/**
 * bench/call-cc.bench.ts — call overhead of four tiny functions as plain JS and as bun:ffi `cc` (TinyCC) functions
 * compiled from bench/c/tiny.c: add_i32 (i32,i32)->i32, add_f64 (f64,f64)->f64, noop ()->void,
 * sum_ptr_u32 (ptr,u32)->f64 over a 4-element Float64Array passed directly as the pointer.
 * Groups are named like the cases of bench/call.bench.ts (raw CFunction and bunjit's callable), so the report can
 * join them; each sample is CALLS calls in a loop at one monomorphic call site (meta.calls: the report divides).
 *
 * Run alone: bun run bench/call-cc.bench.ts        Knobs: BUNJIT_BENCH_CASES=<regex> (e.g. 'add_f64')
 */
import { cc } from "bun:ffi";
import { join } from "node:path";
import { bench, check, do_not_optimize, finish, group, suite } from "./lib/harness.ts";

suite("call-cc");

export const CALLS = 1000;

const tiny = cc({
  source: join(import.meta.dir, "c", "tiny.c"),
  symbols: {
    add_i32: { args: ["i32", "i32"], returns: "i32" },
    add_f64: { args: ["f64", "f64"], returns: "f64" },
    noop: { args: [], returns: "void" },
    sum_ptr_u32: { args: ["ptr", "u32"], returns: "f64" },
  },
}).symbols;

const js = {
  add_i32: (a: number, b: number) => (a + b) | 0,
  add_f64: (a: number, b: number) => a + b,
  noop: () => {},
  sum_ptr_u32: (p: Float64Array, n: number) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += p[i]!;
    return s;
  },
};

const data = new Float64Array([1, 2, 3, 4]);

// Loop bodies, one per signature; each case compiles its own copy (new Function) so its call site is its own.
const LOOPS = {
  add_i32: `let s = 0; for (let i = 0; i < N; i++) s = f(s, i); keep(s);`,
  add_f64: `let s = 0; for (let i = 0; i < N; i++) s = f(s, 0.5); keep(s);`,
  noop: `for (let i = 0; i < N; i++) f(); keep(N);`,
  sum_ptr_u32: `let s = 0; for (let i = 0; i < N; i++) s += f(p, 4); keep(s);`,
} as const;

function loop(kind: keyof typeof LOOPS, f: unknown): () => void {
  const make = new Function("f", "p", "N", "keep", `"use strict"; return () => { ${LOOPS[kind]} };`);
  return make(f, data, CALLS, do_not_optimize) as () => void;
}

const impls = { js, cc: tiny } as const;
for (const [variant, impl] of Object.entries(impls)) {
  check(`add_i32 ${variant}`, impl.add_i32(2, 3), 5);
  check(`add_i32 ${variant} wraps`, impl.add_i32(2147483647, 1), -2147483648);
  check(`add_f64 ${variant}`, impl.add_f64(1.5, 2.25), 3.75);
  check(`noop ${variant}`, impl.noop(), undefined);
  check(`sum_ptr_u32 ${variant}`, impl.sum_ptr_u32(data, 4), 10);
}

for (const kind of Object.keys(LOOPS) as (keyof typeof LOOPS)[]) {
  group(kind, () => {
    bench("js", loop(kind, js[kind]), { variant: "js", baseline: true, calls: CALLS });
    bench("cc", loop(kind, tiny[kind]), { variant: "cc", calls: CALLS });
  });
}

await finish();
