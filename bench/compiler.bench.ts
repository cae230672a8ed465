/**
 * bench/compiler.bench.ts — the compiler (jit.compile) measured side by side:
 *   compile   — instructions per second through jit.compile (virtual registers,
 *               liveness, linear scan, moves, encoding, executable memory) vs
 *               jit.function on the same stream with the registers chosen by hand
 *   expr one  — an expression per call: closure tree, new Function, jit.compile (an FFI call each)
 *   expr batch— the expression over 64K-row Float64Array columns: new Function loop,
 *               jit.compile (SIMD), the hand-allocated jit.function version
 *   brainfuck — a nested-loop program: JS interpreter, BF → JS, jit.compile, hand-allocated
 *   filter    — `price > 100 and qty < 5 or region = 3` over 1M rows: closures,
 *               new Function, jit.compile scalar and AVX-512, hand-allocated AVX-512
 * Every variant's answer is checked against the first before timing.
 *
 * Run alone: `bun run bench/compiler.bench.ts` (BUNJIT_BENCH_JSON=1 for bench/results/compiler.json).
 */
import { bench, check, do_not_optimize, finish, group, skip, suite } from "./lib/harness.ts";
import { jit, cpuFeatures, type VGp64 } from "../src/index.ts";
import { gp64, rbx } from "../src/x64/registers.ts";
import { mulberry32 } from "../scripts/lib/mulberry32.ts";
import { interpret, jitBatch, jitScalar, parse, toJs } from "../examples/expr-jit.ts";
import { bfToJs, compileBf, interpretBf, makeProgram } from "../examples/brainfuck-jit.ts";
import { filterFn, filterJit, filterJs, parseWhere, type Column } from "../examples/filter-jit.ts";
import { brainfuckHand, exprBatchHand, filterHand } from "./compiler-hand.ts";

suite("compiler");

// ---- compile throughput --------------------------------------------------------------
{
  const N = 2000;
  const rng = mulberry32(7);
  const stream: [number, number, number][] = Array.from({ length: N }, () => [Math.floor(rng() * 12), Math.floor(rng() * 12), rng()]);
  const regs = [0, 1, 2, 3, 6, 7, 8, 9, 10, 11, 12, 13].map((i) => gp64[i]!);
  const sig = { args: ["ptr", "i64"], returns: "i64" } as const;
  const byHand = () =>
    jit.function(sig, (f) => {
      const a = f.a;
      for (const [i, j, r] of stream) {
        const x = regs[i]!, y = regs[j]!;
        if (r < 0.3) a.add(x, y); else if (r < 0.5) a.xor(x, y); else if (r < 0.6) a.imul(x, y); else if (r < 0.8) a.mov(x, y); else if (r < 0.9) a.add(x, 7); else a.shl(x, 3);
      }
      f.ret(rbx);
    });
  const compiled = () =>
    jit.compile(sig, (c, [, x]) => {
      const vs: VGp64[] = [];
      for (let i = 0; i < 12; i++) {
        const v = c.gp64();
        c.mov(v, x);
        vs.push(v);
      }
      for (const [i, j, r] of stream) {
        const a = vs[i]!, b = vs[j]!;
        if (r < 0.3) c.add(a, b); else if (r < 0.5) c.xor(a, b); else if (r < 0.6) c.imul(a, b); else if (r < 0.8) c.mov(a, b); else if (r < 0.9) c.add(a, 7); else c.shl(a, 3);
      }
      c.ret(vs[3]!);
    });
  group(`compile ${N} instructions`, () => {
    bench("jit.function (registers by hand)", () => byHand()[Symbol.dispose](), { variant: "jit.function", baseline: true, items: N });
    bench("jit.compile (virtual registers)", () => compiled()[Symbol.dispose](), { variant: "jit.compile", items: N });
  });
}

// ---- expressions ---------------------------------------------------------------------------
const names = ["x", "y"];
const expr = parse("(x*x + 3*y) / (x - y)", names);
{
  const closure = interpret(expr), js = toJs(expr, names), jitted = jitScalar(expr, names);
  const xs = Float64Array.from({ length: 1000 }, (_, i) => i * 0.37 + 1), ys = Float64Array.from({ length: 1000 }, (_, i) => i * 0.11);
  const v = new Float64Array(2);
  const sumClosure = () => { let s = 0; for (let i = 0; i < 1000; i++) { v[0] = xs[i]!; v[1] = ys[i]!; s += closure(v); } return s; };
  const sumFn = () => { let s = 0; for (let i = 0; i < 1000; i++) s += js.one(xs[i]!, ys[i]!); return s; };
  const sumJit = () => { let s = 0; for (let i = 0; i < 1000; i++) s += (jitted as unknown as (a: number, b: number) => number)(xs[i]!, ys[i]!); return s; };
  check("expr one closure", sumClosure(), sumFn());
  check("expr one jit", sumJit(), sumFn());
  group("expr one value per call ×1000", () => {
    bench("closure tree", () => do_not_optimize(sumClosure()), { variant: "closures", baseline: true, items: 1000 });
    bench("new Function", () => do_not_optimize(sumFn()), { variant: "new Function", items: 1000 });
    bench("jit.compile (FFI call each)", () => do_not_optimize(sumJit()), { variant: "jit.compile", items: 1000 });
  });
}
{
  const N = 65536;
  const xs = Float64Array.from({ length: N }, (_, i) => Math.sin(i) * 100), ys = Float64Array.from({ length: N }, (_, i) => Math.cos(i) * 50);
  const js = toJs(expr, names), batch = jitBatch(expr, names) as unknown as (...a: unknown[]) => void, hand = exprBatchHand();
  const o1 = new Float64Array(N), o2 = new Float64Array(N), o3 = new Float64Array(N);
  js.batch([xs, ys], o1, N);
  batch(xs, ys, o2, N);
  hand(xs, ys, o3, N);
  check("expr batch jit", o2.every((v, i) => Object.is(v, o1[i])), true);
  check("expr batch hand", o3.every((v, i) => Object.is(v, o1[i])), true);
  const lanes = cpuFeatures().avx512f ? "AVX-512" : cpuFeatures().avx2 ? "AVX2" : "scalar";
  group("expr batch 64K rows", () => {
    bench("new Function loop", () => js.batch([xs, ys], o1, N), { variant: "new Function", baseline: true, items: N });
    bench(`jit.compile (${lanes})`, () => batch(xs, ys, o2, N), { variant: "jit.compile", items: N });
    bench(`jit.function by hand (${lanes})`, () => hand(xs, ys, o3, N), { variant: "hand", items: N });
  });
}

// ---- brainfuck -------------------------------------------------------------------------------
{
  const prog = makeProgram(60, 60, 60);
  const want = interpretBf(prog);
  const js = bfToJs(prog), jitted = compileBf(prog), hand = brainfuckHand(prog);
  const same = (x: Uint8Array) => x.length === want.length && x.every((v, i) => v === want[i]);
  check("bf js", same(js()), true);
  check("bf jit", same(jitted.run()), true);
  check("bf hand", same(hand.run()), true);
  group("brainfuck 60³ nested loops", () => {
    bench("JS interpreter", () => do_not_optimize(interpretBf(prog)), { variant: "interpreter", baseline: true });
    bench("BF → JS (new Function)", () => do_not_optimize(js()), { variant: "new Function" });
    bench("jit.compile", () => do_not_optimize(jitted.run()), { variant: "jit.compile" });
    bench("jit.function by hand", () => do_not_optimize(hand.run()), { variant: "hand" });
  });
}

// ---- filter ----------------------------------------------------------------------------------
{
  const types: Column[] = [{ name: "price", type: "f64" }, { name: "qty", type: "i32" }, { name: "region", type: "i32" }];
  const p = parseWhere("price > 100 and qty < 5 or region = 3", types);
  const N = 1 << 20;
  const price = Float64Array.from({ length: N }, (_, i) => ((i * 7919) % 1000) / 4);
  const qty = Int32Array.from({ length: N }, (_, i) => (i * 31) % 11);
  const region = Int32Array.from({ length: N }, (_, i) => (i * 13) % 7);
  const cols = [price, qty, region];
  const sel = new Uint32Array(N);
  const fn = filterFn(p, 3), scalar = filterJit(p, types, { vector: false }), vector = filterJit(p, types), hand = filterHand();
  const want = filterJs(p, cols, N, sel);
  check("filter fn", fn(cols, N, sel), want);
  check("filter jit scalar", scalar(price, qty, region, sel, N), want);
  check("filter jit vector", vector(price, qty, region, sel, N), want);
  if (hand !== null) check("filter hand", hand(price, qty, region, sel, N), want);
  group("filter 1M rows", () => {
    bench("JS closures", () => do_not_optimize(filterJs(p, cols, N, sel)), { variant: "closures", items: N });
    bench("new Function loop", () => do_not_optimize(fn(cols, N, sel)), { variant: "new Function", baseline: true, items: N });
    bench("jit.compile scalar (branch-free)", () => do_not_optimize(scalar(price, qty, region, sel, N)), { variant: "jit.compile scalar", items: N });
    if (cpuFeatures().avx512vl) {
      bench("jit.compile AVX-512", () => do_not_optimize(vector(price, qty, region, sel, N)), { variant: "jit.compile", items: N });
      if (hand !== null) bench("jit.function by hand AVX-512", () => do_not_optimize(hand(price, qty, region, sel, N)), { variant: "hand", items: N });
    } else skip("jit.compile AVX-512", "this CPU lacks AVX-512 VL");
  });
}

await finish();
