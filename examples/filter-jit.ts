/**
 * filter-jit.ts — `bun run examples/filter-jit.ts`: a query-engine-style
 * predicate JIT on jit.compile. `price > 100 and qty < 5 or region = 3` over
 * columns (Float64Array, Int32Array) becomes machine code that writes the
 * matching row numbers into a selection vector. Two shapes: branch-free
 * scalar code (a compare per term into a 0/1 register, and/or of those, the
 * row stored unconditionally and the count advanced by the bit), and with
 * AVX-512 eight rows at a time (compares into k registers, kand/kor/knot,
 * vpcompressd of the row numbers, popcnt of the mask). Compared with a JS
 * closure per row and a `new Function` loop; all agree.
 *
 * Exports (parseWhere, filterJs, filterFn, filterJit) serve the tests and
 * bench/compiler.bench.ts.
 */
import { cpuFeatures, dword, jit, qword, ymmword, zmmword, type Compiler, type VGp64, type VK, type VXmm, type VYmm, type VZmm } from "../src/index.ts";

/** A column of the table: its name and element type. */
export interface Column {
  readonly name: string;
  readonly type: "f64" | "i32";
}

/** A predicate tree. */
export type Pred =
  | { k: "cmp"; col: number; op: "<" | "<=" | ">" | ">=" | "=" | "!="; v: number }
  | { k: "and" | "or"; a: Pred; b: Pred }
  | { k: "not"; a: Pred };

/** Parse `col op number` terms joined by `and`, `or`, `not` and parentheses (and binds tighter than or). */
export function parseWhere(src: string, cols: readonly Column[]): Pred {
  const toks = src.match(/\s*(<=|>=|!=|[<>=()]|[A-Za-z_]\w*|-?\d+(?:\.\d+)?)/g)?.map((t) => t.trim()) ?? [];
  let i = 0;
  const fail = (m: string): never => {
    throw new SyntaxError(`where: ${m} at token ${i} in "${src}"`);
  };
  const atom = (): Pred => {
    const t = toks[i++];
    if (t === "(") {
      const p = or();
      if (toks[i++] !== ")") fail("expected )");
      return p;
    }
    if (t === "not") return { k: "not", a: atom() };
    const col = cols.findIndex((c) => c.name === t);
    if (col < 0) fail(`unknown column ${t}`);
    const op = toks[i++];
    if (op !== "<" && op !== "<=" && op !== ">" && op !== ">=" && op !== "=" && op !== "!=") return fail("expected a comparison");
    const v = Number(toks[i++]);
    if (!Number.isFinite(v)) fail("expected a number");
    if (cols[col]!.type === "i32" && !Number.isInteger(v)) fail(`${cols[col]!.name} holds integers: compare it with an integer`);
    return { k: "cmp", col, op, v };
  };
  const and = (): Pred => {
    let p = atom();
    while (toks[i] === "and") (i++, (p = { k: "and", a: p, b: atom() }));
    return p;
  };
  const or = (): Pred => {
    let p = and();
    while (toks[i] === "or") (i++, (p = { k: "or", a: p, b: and() }));
    return p;
  };
  const p = or();
  if (i !== toks.length) fail("unexpected text");
  return p;
}

type Col = Float64Array | Int32Array;

function jsCmp(op: string, x: number, v: number): boolean {
  switch (op) {
    case "<": return x < v;
    case "<=": return x <= v;
    case ">": return x > v;
    case ">=": return x >= v;
    case "=": return x === v;
    default: return x !== v;
  }
}

/** The JS way with closures: a predicate closure per row. Returns the count; rows go to `sel`. */
export function filterJs(p: Pred, cols: readonly Col[], n: number, sel: Uint32Array): number {
  const make = (q: Pred): ((i: number) => boolean) => {
    if (q.k === "cmp") {
      const c = cols[q.col]!, v = q.v, op = q.op;
      return (i) => jsCmp(op, c[i]!, v);
    }
    if (q.k === "not") {
      const a = make(q.a);
      return (i) => !a(i);
    }
    const a = make(q.a), b = make(q.b);
    return q.k === "and" ? (i) => a(i) && b(i) : (i) => a(i) || b(i);
  };
  const f = make(p);
  let k = 0;
  for (let i = 0; i < n; i++) if (f(i)) sel[k++] = i;
  return k;
}

/** The JS way with code generation: one `new Function` loop for the predicate. */
export function filterFn(p: Pred, ncols: number): (cols: readonly Col[], n: number, sel: Uint32Array) => number {
  const text = (q: Pred): string =>
    q.k === "cmp" ? `(c${q.col}[i] ${q.op === "=" ? "===" : q.op === "!=" ? "!==" : q.op} ${q.v})` : q.k === "not" ? `!${text(q.a)}` : `(${text(q.a)} ${q.k === "and" ? "&&" : "||"} ${text(q.b)})`;
  const cols = Array.from({ length: ncols }, (_, k) => `const c${k} = cols[${k}];`).join(" ");
  return new Function("cols", "n", "sel", `${cols} let k = 0; for (let i = 0; i < n; i++) if (${text(p)}) sel[k++] = i; return k;`) as never;
}

// ---- the JIT -----------------------------------------------------------------------------

/** A compiled filter: (col0, col1, …, sel, n) → count; disposable. The signature is built at run time. */
export type FilterFunction = ((...args: (Col | Uint32Array | number)[]) => number) & Disposable;

/** vcmppd predicates (ordered, quiet; != unordered: as JS for NaN). */
const FCMP: Record<string, number> = { "<": 0x11, "<=": 0x12, ">": 0x1e, ">=": 0x1d, "=": 0x00, "!=": 0x04 };
/** vpcmpd predicates. */
const ICMP: Record<string, number> = { "<": 1, "<=": 2, ">": 6, ">=": 5, "=": 0, "!=": 4 };

/** Branch-free scalar: the predicate of row i as 0/1 in a GP register. */
function scalarPred(c: Compiler, p: Pred, cols: readonly VGp64[], types: readonly Column[], i: VGp64, consts: Map<string, VXmm>): VGp64 {
  if (p.k === "cmp") {
    const b = c.gp64();
    if (types[p.col]!.type === "i32") {
      c.xor(b, b);
      c.cmp(dword(cols[p.col]!, i, 4), p.v | 0);
      const set = { "<": c.setl, "<=": c.setle, ">": c.setg, ">=": c.setge, "=": c.sete, "!=": c.setne }[p.op];
      set.call(c, b.r8);
      return b;
    }
    const key = `${p.v}`;
    let k = consts.get(key);
    if (k === undefined) consts.set(key, (k = c.xmm()));
    const x = c.xmm();
    c.vmovsd(x, qword(cols[p.col]!, i, 8));
    c.vcmpsd(x, x, k, FCMP[p.op]!); // all ones or zero in the low lane
    c.vmovq(b, x);
    c.and(b, 1);
    return b;
  }
  if (p.k === "not") {
    const a = scalarPred(c, p.a, cols, types, i, consts);
    c.xor(a, 1);
    return a;
  }
  const a = scalarPred(c, p.a, cols, types, i, consts), b = scalarPred(c, p.b, cols, types, i, consts);
  if (p.k === "and") c.and(a, b);
  else c.or(a, b);
  return a;
}

/** Eight rows at once: the predicate as a mask in a k register (bits 0–7; knot may set bits above, ignored). */
function vectorPred(c: Compiler, p: Pred, cols: readonly VGp64[], types: readonly Column[], i: VGp64, fk: (v: number) => VZmm, ik: (v: number) => VYmm): VK {
  if (p.k === "cmp") {
    const k = c.k();
    if (types[p.col]!.type === "i32") {
      const x = c.ymm();
      c.vmovdqu32(x, ymmword(cols[p.col]!, i, 4));
      c.vpcmpd(k, x, ik(p.v), ICMP[p.op]!);
    } else {
      const x = c.zmm();
      c.vmovupd(x, zmmword(cols[p.col]!, i, 8));
      c.vcmppd(k, x, fk(p.v), FCMP[p.op]!);
    }
    return k;
  }
  if (p.k === "not") {
    const a = vectorPred(c, p.a, cols, types, i, fk, ik);
    c.knotw(a, a);
    return a;
  }
  const a = vectorPred(c, p.a, cols, types, i, fk, ik), b = vectorPred(c, p.b, cols, types, i, fk, ik);
  if (p.k === "and") c.kandw(a, a, b);
  else c.korw(a, a, b);
  return a;
}

/** The constants a predicate compares with, per column type. */
function constants(p: Pred, types: readonly Column[], out: { f: Set<number>; i: Set<number> }): void {
  if (p.k === "cmp") (types[p.col]!.type === "f64" ? out.f : out.i).add(p.v);
  else if (p.k === "not") constants(p.a, types, out);
  else (constants(p.a, types, out), constants(p.b, types, out));
}

/**
 * Compile the predicate: `f(col0, col1, …, sel, n)` writes the matching rows
 * into sel (room for n) and returns how many. `vector: false` forces the
 * scalar shape.
 * @example filterJit(parseWhere("qty < 5", cols), cols)(price, qty, region, sel, n)
 */
export function filterJit(p: Pred, types: readonly Column[], options: { vector?: boolean } = {}): FilterFunction {
  const cpu = cpuFeatures();
  const vector = (options.vector ?? true) && cpu.avx512f && cpu.avx512vl;
  if (!cpu.avx) throw new Error("filter-jit: this example needs AVX (vcmpsd)");
  const sig = { args: [...types.map(() => "ptr" as const), "ptr" as const, "u32" as const], returns: "u32" as const };
  return jit.compile(sig, (c, args) => {
    const a = args as unknown as VGp64[]; // ptr…, ptr, u32: the signature is built at run time
    const cols = a.slice(0, types.length), sel = a[types.length]!, n32 = a[types.length + 1]!;
    const i = c.gp64("i"), n = c.gp64("n"), cnt = c.gp64("count");
    c.mov(n.r32, n32.r32);
    c.xor(i, i);
    c.xor(cnt, cnt);
    const k = { f: new Set<number>(), i: new Set<number>() };
    constants(p, types, k);
    if (vector) {
      const end = c.gp64("end"), top = c.label("rows8"), done = c.label("tail");
      c.mov(end, n);
      c.and(end, -8);
      c.cmp(i, end);
      c.jae(done);
      // hoisted: broadcast constants, the row numbers i..i+7 and the step
      const fz = new Map<number, VZmm>(), iy = new Map<number, VYmm>();
      for (const v of k.f) {
        const r = c.zmm();
        c.vbroadcastsd(r, c.f64(v));
        fz.set(v, r);
      }
      for (const v of k.i) {
        const r = c.ymm();
        c.vpbroadcastd(r, c.i32(v | 0));
        iy.set(v, r);
      }
      const rows = c.ymm("rows"), eight = c.ymm("eight"), bits = c.gp32("bits");
      c.vmovdqu32(rows, c.vector<32>(Int32Array.from({ length: 8 }, (_, j) => j)));
      c.vpbroadcastd(eight, c.i32(8));
      c.align(16);
      c.bind(top);
      const m = vectorPred(c, p, cols, types, i, (v) => fz.get(v)!, (v) => iy.get(v)!);
      c.vpcompressd(ymmword(sel, cnt, 4).k(m), rows);
      c.kmovw(bits, m);
      c.and(bits, 0xff);
      c.popcnt(bits, bits);
      c.add(cnt, bits.r64);
      c.vpaddd(rows, rows, eight);
      c.add(i, 8);
      c.cmp(i, end);
      c.jb(top);
      c.bind(done);
    }
    // one row at a time (the tail, or everything): store the row always, advance by the predicate's bit
    const one = c.label("row"), exit = c.label("exit");
    c.cmp(i, n);
    c.jae(exit);
    const consts = new Map<string, VXmm>();
    for (const v of k.f) {
      const r = c.xmm();
      c.vmovsd(r, c.f64(v));
      consts.set(`${v}`, r);
    }
    c.bind(one);
    const bit = scalarPred(c, p, cols, types, i, consts);
    c.mov(dword(sel, cnt, 4), i.r32);
    c.add(cnt, bit);
    c.inc(i);
    c.cmp(i, n);
    c.jb(one);
    c.bind(exit);
    c.ret(cnt.r32);
  }, { name: "filter", ...(process.env.FILTER_LISTING ? { listing: (l: string) => console.log(l) } : {}) }) as unknown as FilterFunction;
}

if (import.meta.main) {
  const types: Column[] = [{ name: "price", type: "f64" }, { name: "qty", type: "i32" }, { name: "region", type: "i32" }];
  const where = "price > 100 and qty < 5 or region = 3";
  const p = parseWhere(where, types);
  const N = 2_000_003;
  const price = Float64Array.from({ length: N }, (_, i) => ((i * 7919) % 1000) / 4);
  const qty = Int32Array.from({ length: N }, (_, i) => (i * 31) % 11);
  const region = Int32Array.from({ length: N }, (_, i) => (i * 13) % 7);
  const cols = [price, qty, region];
  const js = filterFn(p, cols.length);
  using fast = filterJit(p, types);
  using scalar = filterJit(p, types, { vector: false });
  const sel = [new Uint32Array(N), new Uint32Array(N), new Uint32Array(N), new Uint32Array(N)];
  const counts: number[] = [];
  const time = (name: string, fn: () => number) => {
    fn();
    const t = performance.now();
    counts.push(fn());
    console.log(`${name.padEnd(44)} ${(performance.now() - t).toFixed(2).padStart(8)} ms  (${counts[counts.length - 1]} rows)`);
  };
  console.log(`WHERE ${where} over ${N} rows`);
  time("JS, a closure per row", () => filterJs(p, cols, N, sel[0]!));
  time("JS, new Function loop", () => js(cols, N, sel[1]!));
  time("jit.compile, branch-free scalar", () => scalar(price, qty, region, sel[2]!, N));
  time(`jit.compile, ${cpuFeatures().avx512vl ? "AVX-512 8 rows + vpcompressd" : "(no AVX-512: scalar)"}`, () => fast(price, qty, region, sel[3]!, N));
  for (let k = 1; k < 4; k++) {
    if (counts[k] !== counts[0]) throw new Error(`filter: counts differ (${counts.join(", ")})`);
    for (let j = 0; j < counts[0]!; j++) if (sel[k]![j] !== sel[0]![j]) throw new Error(`filter: selection ${k} differs at ${j}`);
  }
  console.log("all four select the same rows");
}
