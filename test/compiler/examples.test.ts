/**
 * examples.test.ts — the compiler's example JITs (examples/expr-jit.ts,
 * brainfuck-jit.ts, filter-jit.ts) agree with their JS counterparts on
 * seeded random inputs: random expressions (scalar and batch, every length
 * around the SIMD width), random Brainfuck programs with loops, I/O and
 * output past the buffer, random predicates over random columns (NaN
 * included). (test/examples.test.ts runs the files themselves.)
 */
import { describe, expect, test } from "bun:test";
import { mulberry32 } from "../../scripts/lib/mulberry32.ts";
import { bfToJs, compileBf, interpretBf, makeProgram, printBf } from "../../examples/brainfuck-jit.ts";
import { type Expr, interpret, jitBatch, jitScalar, parse, toJs } from "../../examples/expr-jit.ts";
import { type Column, filterFn, filterJit, filterJs, parseWhere, type Pred } from "../../examples/filter-jit.ts";

const SEED = Number(process.env.BUNJIT_SEED ?? Date.now() % 1e9);
console.log(`compiler examples.test.ts seed ${SEED} (BUNJIT_SEED=${SEED} to repeat)`);

function randomExpr(rng: () => number, nvars: number, depth: number): Expr {
  const r = rng();
  if (depth === 0 || r < 0.2) return rng() < 0.5 ? { k: "var", i: Math.floor(rng() * nvars) } : { k: "num", v: Math.round(rng() * 100) / 8 - 4 };
  if (r < 0.3) return { k: "neg", a: randomExpr(rng, nvars, depth - 1) };
  if (r < 0.38) return { k: "fn", fn: rng() < 0.5 ? "sqrt" : "abs", a: randomExpr(rng, nvars, depth - 1) };
  const op = (["+", "-", "*", "/"] as const)[Math.floor(rng() * 4)]!;
  return { k: "bin", op, a: randomExpr(rng, nvars, depth - 1), b: randomExpr(rng, nvars, depth - 1) };
}

describe("expr-jit", () => {
  test("the example expression", () => {
    const e = parse("(x*x + 3*y) / (x - y)", ["x", "y"]);
    const f = jitScalar(e, ["x", "y"]);
    expect(f(5, 2)).toBe((25 + 6) / 3);
    expect(interpret(e)([5, 2])).toBe((25 + 6) / 3);
    expect(toJs(e, ["x", "y"]).one(5, 2)).toBe((25 + 6) / 3);
    f[Symbol.dispose]();
  }, 120_000);
  test("random expressions: scalar and batch agree with JS bit for bit", () => {
    const rng = mulberry32(SEED);
    const names = ["a", "b", "c", "d", "e"];
    for (let t = 0; t < 40; t++) {
      const nv = 1 + Math.floor(rng() * 5);
      const e = randomExpr(rng, nv, 1 + Math.floor(rng() * 6));
      const ns = names.slice(0, nv);
      const js = toJs(e, ns), closure = interpret(e);
      const scalar = jitScalar(e, ns), batch = jitBatch(e, ns);
      const n = Math.floor(rng() * 40);
      const cols = ns.map(() => Float64Array.from({ length: n }, () => (rng() < 0.05 ? Number.NaN : rng() * 20 - 10)));
      const out = new Float64Array(n), want = new Float64Array(n);
      js.batch(cols, want, n);
      batch(...cols, out, n);
      for (let i = 0; i < n; i++) {
        const vals = cols.map((col) => col[i]!);
        expect(Object.is(out[i], want[i]) || (Number.isNaN(out[i]) && Number.isNaN(want[i]))).toBe(true);
        const s = (scalar as unknown as (...v: number[]) => number)(...vals);
        expect(Object.is(s, js.one(...vals)) || (Number.isNaN(s) && Number.isNaN(js.one(...vals)))).toBe(true);
        expect(Object.is(closure(vals), js.one(...vals)) || Number.isNaN(closure(vals))).toBe(true);
      }
      scalar[Symbol.dispose]();
      (batch as unknown as Disposable)[Symbol.dispose]();
    }
  }, 120_000);
  test("parse errors are SyntaxErrors", () => {
    expect(() => parse("x +", ["x"])).toThrow(SyntaxError);
    expect(() => parse("q", ["x"])).toThrow(SyntaxError);
  }, 120_000);
});

/** A random program that terminates: loops count a fresh cell down and keep their moves balanced. */
function randomBf(rng: () => number, depth: number): string {
  let s = "";
  const n = 3 + Math.floor(rng() * 12);
  for (let i = 0; i < n; i++) {
    const r = rng();
    if (r < 0.3) s += "+".repeat(1 + Math.floor(rng() * 5));
    else if (r < 0.4) s += "-".repeat(1 + Math.floor(rng() * 3));
    else if (r < 0.55) s += ">".repeat(1 + Math.floor(rng() * 3));
    else if (r < 0.65) s += "<".repeat(Math.floor(rng() * 2));
    else if (r < 0.75) s += ".";
    else if (r < 0.8) s += ",";
    else if (r < 0.85) s += "[-]";
    else if (depth > 0) s += `>[-]${"+".repeat(1 + Math.floor(rng() * 4))}[>${randomBody(rng, depth - 1)}<-]<`;
  }
  return s;
}

/** A loop body that ends where it started: flat ops on its own cell, or a nested loop to the right. */
function randomBody(rng: () => number, depth: number): string {
  let s = "";
  const n = 1 + Math.floor(rng() * 6);
  for (let i = 0; i < n; i++) {
    const r = rng();
    if (r < 0.4) s += "+".repeat(1 + Math.floor(rng() * 4));
    else if (r < 0.6) s += "-";
    else if (r < 0.7) s += ".";
    else if (r < 0.75) s += ",";
    else if (depth > 0) s += `>[-]${"+".repeat(1 + Math.floor(rng() * 3))}[>${randomBody(rng, depth - 1)}<-]<`;
  }
  return s;
}

describe("brainfuck-jit", () => {
  test("hello and the heavy program: JIT, interpreter and BF→JS print the same bytes", () => {
    const hello = printBf("Hello, compiler!\n");
    const j = compileBf(hello);
    expect(new TextDecoder().decode(j.run())).toBe("Hello, compiler!\n");
    j.dispose();
    const prog = makeProgram(20, 30, 40);
    const k = compileBf(prog);
    const want = interpretBf(prog);
    expect([...k.run()]).toEqual([...want]);
    expect([...bfToJs(prog)()]).toEqual([...want]);
    k.dispose();
  }, 120_000);
  test("output longer than the buffer (the drain call with values live across it)", () => {
    const prog = "++++++++[>++++++++<-]>+" + "[>+>+<<-]>>[<<+>>-]<<" + ".".repeat(5000);
    const k = compileBf(prog);
    const got = k.run();
    expect(got.length).toBe(5000);
    expect([...got]).toEqual([...interpretBf(prog)]);
    k.dispose();
  }, 120_000);
  test("random programs with input", () => {
    const rng = mulberry32(SEED + 1);
    for (let t = 0; t < 60; t++) {
      const prog = randomBf(rng, 2);
      const input = Uint8Array.from({ length: 8 }, () => Math.floor(rng() * 256));
      const want = interpretBf(prog, input);
      const k = compileBf(prog);
      expect([...k.run(input)]).toEqual([...want]);
      expect([...bfToJs(prog)(input)]).toEqual([...want]);
      k.dispose();
    }
  }, 120_000);
});

function randomPred(rng: () => number, types: readonly Column[], depth: number): Pred {
  const r = rng();
  if (depth === 0 || r < 0.4) {
    const col = Math.floor(rng() * types.length);
    const op = (["<", "<=", ">", ">=", "=", "!="] as const)[Math.floor(rng() * 6)]!;
    const v = types[col]!.type === "i32" ? Math.floor(rng() * 20) - 5 : Math.round(rng() * 80) / 4 - 5;
    return { k: "cmp", col, op, v };
  }
  if (r < 0.5) return { k: "not", a: randomPred(rng, types, depth - 1) };
  return { k: rng() < 0.5 ? "and" : "or", a: randomPred(rng, types, depth - 1), b: randomPred(rng, types, depth - 1) };
}

describe("filter-jit", () => {
  const types: Column[] = [{ name: "price", type: "f64" }, { name: "qty", type: "i32" }, { name: "region", type: "i32" }, { name: "w", type: "f64" }];
  test("the example query", () => {
    const p = parseWhere("price > 100 and qty < 5 or region = 3", types);
    const n = 1000;
    const cols = [Float64Array.from({ length: n }, (_, i) => i / 3), Int32Array.from({ length: n }, (_, i) => i % 9), Int32Array.from({ length: n }, (_, i) => i % 5), new Float64Array(n)];
    const a = new Uint32Array(n), b = new Uint32Array(n);
    const f = filterJit(p, types);
    const k = f(...cols, a, n);
    expect(k).toBe(filterJs(p, cols, n, b));
    expect([...a.subarray(0, k)]).toEqual([...b.subarray(0, k)]);
    f[Symbol.dispose]();
  }, 120_000);
  test("random predicates over random columns, vector and scalar shapes", () => {
    const rng = mulberry32(SEED + 2);
    for (let t = 0; t < 40; t++) {
      const p = randomPred(rng, types, 3);
      const n = Math.floor(rng() * 100);
      const cols = types.map((c) => (c.type === "f64" ? Float64Array.from({ length: n }, () => (rng() < 0.05 ? Number.NaN : Math.round(rng() * 80) / 4 - 5)) : Int32Array.from({ length: n }, () => Math.floor(rng() * 20) - 5)));
      const want = new Uint32Array(n + 1), got = new Uint32Array(n + 1), got2 = new Uint32Array(n + 1), fnSel = new Uint32Array(n + 1);
      const k = filterJs(p, cols, n, want);
      expect(filterFn(p, cols.length)(cols, n, fnSel)).toBe(k);
      for (const [vector, out] of [[true, got], [false, got2]] as const) {
        const f = filterJit(p, types, { vector });
        expect(f(...cols, out, n)).toBe(k);
        expect([...out.subarray(0, k)]).toEqual([...want.subarray(0, k)]);
        f[Symbol.dispose]();
      }
    }
  }, 120_000);
});
