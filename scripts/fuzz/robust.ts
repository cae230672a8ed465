/**
 * robust.ts — the robustness fuzz: bunjit must answer every input with bytes
 * or a JitError, never another exception. No oracle is asked; the inputs are
 * made to be hostile. Text: mutants of valid lines, token soup with every
 * directive, multi-line programs with labels and numeric labels, expression
 * trees (deep, huge, float-looking), control characters and non-ASCII noise.
 * Builder: random instruction methods and `emit` calls with random values
 * (null, undefined, NaN, ±Infinity, -0, 1.5, booleans, Symbols,
 * Object.create(null), arrays, functions, strings, BigInts ≥ 2^64, registers of
 * every class, memory operands, labels of other assemblers, forged labels),
 * and the data/label/prefix methods with the same values.
 * Used by test/fuzz/*.test.ts (a few seconds) and, as a script, for long runs:
 *
 *   bun run scripts/fuzz/robust.ts [--seed N] [--text N] [--builder N]
 */
import { Assembler, JitError, Label, assemble, byte, dword, kreg, mem, mnemonics as allMnemonics, qword, registerByName, rnSae, sae, xmmword, zmmword } from "../../src/index.ts";
import { ALL_REGS, loadForms, randomFormCase } from "./gen.ts";
import { caseText } from "./model.ts";
import { Rng } from "./rng.ts";
import { mutate, soup } from "./soup.ts";

/** A non-JitError: the input and what was thrown. */
export interface Failure {
  input: string;
  error: string;
}
export interface RobustResult {
  cases: number;
  bytes: number;
  jitErrors: number;
  codes: Map<string, number>;
  failures: Failure[];
}

function newResult(): RobustResult {
  return { cases: 0, bytes: 0, jitErrors: 0, codes: new Map(), failures: [] };
}

function describeError(e: unknown): string {
  if (e instanceof Error) return `${e.constructor.name}: ${e.message}`;
  try {
    return `non-Error thrown: ${String(e)}`;
  } catch {
    return "non-Error thrown (unprintable)";
  }
}

function note(res: RobustResult, e: unknown, input: () => string): void {
  if (e instanceof JitError) {
    res.jitErrors++;
    res.codes.set(e.code, (res.codes.get(e.code) ?? 0) + 1);
  } else if (res.failures.length < 200) res.failures.push({ input: input(), error: describeError(e) });
  else res.failures.length++; // count beyond the kept examples
}

// ---- text ------------------------------------------------------------------------------
const NUMS = ["0", "1", "-1", "0x7fffffffffffffff", "0xffffffffffffffff", "0x10000000000000000", "1e3", "2.", "1.5", "0b2", "09", "0x", "1f", "1b", "99999999999999999999", "-9223372036854775808", "'a'", "'\\n'"];
const OPS = ["+", "-", "*", "/", "%", "<<", ">>", "&", "|", "^", "~", "!", "==", "!=", "<", ">", "<=", ">=", "&&", "||"];
const NOISE = "\0\t\r\u000b\u000c\u00a0\u2028é😀\\\"'`$@#;:.,[]{}()";

function expr(r: Rng, depth: number): string {
  if (depth <= 0 || r.chance(0.3)) return r.chance(0.7) ? r.pick(NUMS) : r.pick(["rax", "x", ".", "L1", "1b", "$"]);
  const x = r.int(4);
  if (x === 0) return `(${expr(r, depth - 1)})`;
  if (x === 1) return `${r.pick(["-", "~", "!", "+"])}${expr(r, depth - 1)}`;
  return `${expr(r, depth - 1)} ${r.pick(OPS)} ${expr(r, depth - 1)}`;
}

const DIRECTIVES = [".byte", ".word", ".short", ".long", ".int", ".quad", ".ascii", ".asciz", ".string", ".zero", ".skip", ".space", ".fill", ".align", ".p2align", ".balign", ".float", ".double", ".set", ".equ", ".globl", ".text", ".data", ".section", ".rept", ".endr", ".intel_syntax", ".att_syntax", ".code64", ".org", ".end"];

/** One hostile text input (one or more lines). */
export function hostileText(r: Rng, pool: ReturnType<typeof loadForms>): string {
  const x = r.int(12);
  if (x < 4) return mutate(r, caseText(randomFormCase(r, pool)), pool.mnemonics);
  if (x < 6) return soup(r, pool.mnemonics, false);
  if (x < 7) return `${r.pick(DIRECTIVES)} ${Array.from({ length: r.int(4) }, () => expr(r, 3)).join(", ")}`;
  if (x < 8) return `${r.pick(pool.mnemonics)} ${r.pick(["rax", "eax", "xmm1", "[rax]", "byte ptr [rbx]"])}, ${expr(r, 5)}`;
  if (x < 9) {
    // a small program: labels, numeric labels, jumps, alignment, data
    const lines: string[] = [];
    const n = 1 + r.int(12);
    for (let i = 0; i < n; i++) {
      const y = r.int(8);
      if (y === 0) lines.push(`${r.pick(["L1", "L2", "1", "2", ".Lx", "a.b"])}:`);
      else if (y === 1) lines.push(`${r.pick(["jmp", "jz", "call", "loop", "jrcxz", "lea rax,"])} ${r.pick(["L1", "L2", "1b", "1f", "2f", "L3", "rip"])}`);
      else if (y === 2) lines.push(`${r.pick([".align", ".p2align", ".balign"])} ${r.pick(["0", "1", "3", "4", "16", "64", "4096", "-1", "2, 0x90", "4,,2"])}`);
      else if (y === 3) lines.push(mutate(r, caseText(randomFormCase(r, pool)), pool.mnemonics));
      else if (y === 4) lines.push(soup(r, pool.mnemonics, false));
      else lines.push(caseText(randomFormCase(r, pool)));
    }
    return lines.join(r.chance(0.8) ? "\n" : r.pick([";", "\r\n", "\n\n"]));
  }
  if (x < 10) {
    // noise characters spliced into a valid line
    let s = caseText(randomFormCase(r, pool));
    for (let k = 0; k < 1 + r.int(3); k++) {
      const p = r.int(s.length + 1);
      s = s.slice(0, p) + r.pick([...NOISE]) + s.slice(p);
    }
    return s;
  }
  if (x < 11) return `mov rax, ${expr(r, 12)}`;
  // decorations and brackets piled up
  return `${r.pick(pool.mnemonics)} ${Array.from({ length: r.int(6) }, () => r.pick(["{k1}", "{z}", "{1to8}", "{rn-sae}", "[", "]", "{", "}", "zmm1", ",", "ptr", "qword"])).join(" ")}`;
}

/** Run `n` hostile text inputs through `assemble`. */
export function textFuzz(seed: number, n: number): RobustResult {
  const pool = loadForms();
  const r = new Rng(seed);
  const res = newResult();
  for (let i = 0; i < n; i++) {
    const src = hostileText(r, pool);
    res.cases++;
    try {
      assemble(src);
      res.bytes++;
    } catch (e) {
      note(res, e, () => src);
    }
  }
  return res;
}

// ---- builder -----------------------------------------------------------------------------
const other = new Assembler();
const foreignLabel = other.newLabel("foreign");
function weirdValues(): { v: unknown; d: string }[] {
  const forged = (() => {
    try {
      return new Label(0, {}, "forged");
    } catch {
      return null;
    }
  })();
  return [
    { v: null, d: "null" }, { v: undefined, d: "undefined" }, { v: NaN, d: "NaN" }, { v: Infinity, d: "Infinity" }, { v: -Infinity, d: "-Infinity" },
    { v: -0, d: "-0" }, { v: 1.5, d: "1.5" }, { v: 2 ** 53, d: "2**53" }, { v: 2 ** 64, d: "2**64" }, { v: -(2 ** 63), d: "-(2**63)" },
    { v: true, d: "true" }, { v: false, d: "false" }, { v: Symbol("s"), d: "Symbol()" }, { v: Object.create(null), d: "Object.create(null)" },
    { v: {}, d: "{}" }, { v: [], d: "[]" }, { v: [1, 2], d: "[1,2]" }, { v: () => 1, d: "function" }, { v: "rax", d: '"rax"' }, { v: "", d: '""' },
    { v: 2n ** 64n, d: "2n**64n" }, { v: -(2n ** 63n) - 1n, d: "-(2n**63n)-1n" }, { v: 2n ** 200n, d: "2n**200n" }, { v: -1n, d: "-1n" },
    { v: foreignLabel, d: "label of another assembler" }, { v: forged, d: "forged new Label(0, {}, ...)" },
    { v: Object.create(Label.prototype), d: "Object.create(Label.prototype)" }, { v: { id: 0, owner: {}, name: "x" }, d: "label-shaped object" },
    { v: new Uint8Array(3), d: "Uint8Array" }, { v: new Date(0), d: "Date" }, { v: new Map(), d: "Map" },
  ];
}

function goodValue(r: Rng, a: Assembler): { v: unknown; d: string } {
  const x = r.int(9);
  try {
    if (x < 3) {
      const n = r.pick(ALL_REGS);
      let reg = registerByName(n) as unknown as { k(m: unknown): unknown; z(): unknown };
      if (r.chance(0.1)) reg = reg.k(kreg[r.int(8)]) as typeof reg;
      if (r.chance(0.05)) reg = reg.z() as typeof reg;
      return { v: reg, d: n };
    }
    if (x < 5) {
      const helper = r.pick([byte, dword, qword, xmmword, zmmword, mem]) as unknown as (...a: unknown[]) => unknown;
      const base = r.chance(0.8) ? registerByName(r.pick(["rax", "rsp", "r13", "eax", "rip"])) : null;
      const idx = r.chance(0.3) ? registerByName(r.pick(["rcx", "r9", "xmm3", "zmm20", "rsp"])) : undefined;
      const m = idx === undefined ? helper(base, r.pick([0, 8, -129, 0x7fffffff])) : helper(base, idx, r.pick([1, 2, 4, 8]), r.pick([0, 64, -1]));
      return { v: m, d: "memory" };
    }
    if (x < 7) return { v: r.pick([0, 1, -1, 127, 128, 255, 0x7fffffff, 0xffffffff, -0x80000000]), d: "number" };
    if (x < 8) return { v: a.newLabel(), d: "own label" };
    return { v: r.pick([rnSae, sae]), d: "rounding" };
  } catch (e) {
    // building the operand itself may fail (a JitError is fine): pass the error object on as a value
    return { v: e, d: "a thrown value" };
  }
}

function argList(r: Rng, a: Assembler, weird: { v: unknown; d: string }[]): { v: unknown; d: string }[] {
  const n = r.int(6);
  const out: { v: unknown; d: string }[] = [];
  for (let i = 0; i < n; i++) out.push(r.chance(0.35) ? r.pick(weird) : goodValue(r, a));
  return out;
}

type AnyFn = (...x: unknown[]) => unknown;
/** Every Assembler method besides the instructions, called with the same values. */
export const DATA_METHODS: readonly string[] = ["db", "dw", "dd", "dq", "bytes", "fill", "align", "constant", "bind", "newLabel", "seg", "lock", "rep", "repne", "labelOffset", "listing", "emit"];

/**
 * Run `n` random builder calls (in assemblers of a few dozen calls each, finished at the end).
 * @param methods the non-instruction methods to call (default: all of DATA_METHODS)
 */
export function builderFuzz(seed: number, n: number, methods: readonly string[] = DATA_METHODS): RobustResult {
  const r = new Rng(seed);
  const res = newResult();
  const weird = weirdValues();
  const names = [...allMnemonics, "", "nosuch", "ADD", "constructor", "__proto__", "toString", "finish"];
  let a = new Assembler();
  let calls = 0;
  for (let i = 0; i < n; i++) {
    if (calls > 40 || r.chance(0.02)) {
      res.cases++;
      try {
        a.finish();
        res.bytes++;
      } catch (e) {
        note(res, e, () => "finish()");
      }
      a = new Assembler(r.chance(0.1) ? { listing: true } : {});
      calls = 0;
    }
    calls++;
    const args = argList(r, a, weird);
    const x = r.int(10);
    let what: string;
    let call: () => unknown;
    if (x < 6) {
      const m = r.chance(0.97) ? r.pick(allMnemonics) : r.pick(names);
      const f = (a as unknown as Record<string, unknown>)[m];
      what = `a.${m}(${args.map((q) => q.d).join(", ")})`;
      call = typeof f === "function" && !["finish", "constructor"].includes(m) ? () => (f as AnyFn).apply(a, args.map((q) => q.v)) : () => a.emit(m, ...(args.map((q) => q.v) as never[]));
    } else if (x < 8) {
      const m = r.pick(names);
      what = `a.emit(${JSON.stringify(m)}, ${args.map((q) => q.d).join(", ")})`;
      call = () => (a.emit as AnyFn).call(a, m, ...args.map((q) => q.v));
    } else {
      const m = r.pick(methods);
      const one = args.slice(0, 1 + r.int(2));
      what = `a.${m}(${one.map((q) => q.d).join(", ")})`;
      call = () => ((a as unknown as Record<string, AnyFn>)[m]!).apply(a, one.map((q) => q.v));
    }
    res.cases++;
    try {
      call();
      res.bytes++;
    } catch (e) {
      note(res, e, () => what);
    }
  }
  return res;
}

/** A one-paragraph summary of a result. */
export function summary(kind: string, seed: number, r: RobustResult): string {
  const codes = [...r.codes].sort((x, y) => y[1] - x[1]).map(([c, k]) => `${c} ${k}`).join(", ");
  return `${kind} fuzz seed ${seed}: ${r.cases} inputs, ${r.bytes} accepted, ${r.jitErrors} JitErrors (${codes}), ${r.failures.length} non-JitErrors`;
}

if (import.meta.main) {
  const argv = process.argv.slice(2);
  const arg = (k: string) => (argv.indexOf(k) >= 0 ? argv[argv.indexOf(k) + 1] : undefined);
  const seed = arg("--seed") !== undefined ? Number(arg("--seed")) >>> 0 : (Date.now() >>> 0);
  const nText = Number(arg("--text") ?? 100_000);
  const nBuilder = Number(arg("--builder") ?? 100_000);
  Error.stackTraceLimit = 0;
  let failed = 0;
  const chunk = 100_000;
  for (const [kind, total, fn] of [["text", nText, textFuzz], ["builder", nBuilder, builderFuzz]] as const) {
    const all = newResult();
    const t0 = performance.now();
    for (let done = 0, part = 0; done < total; done += chunk, part++) {
      const r = fn(seed + part, Math.min(chunk, total - done));
      all.cases += r.cases;
      all.bytes += r.bytes;
      all.jitErrors += r.jitErrors;
      for (const [c, k] of r.codes) all.codes.set(c, (all.codes.get(c) ?? 0) + k);
      all.failures.push(...r.failures.slice(0, 50));
      if (r.failures.length) failed += r.failures.length;
      if (part % 10 === 9) console.log(`  ... ${kind}: ${done + chunk} inputs, ${((performance.now() - t0) / 1000).toFixed(0)} s, non-JitErrors ${all.failures.length}`);
    }
    console.log(`${summary(kind, seed, all)} (${((performance.now() - t0) / 1000).toFixed(0)} s; chunks of ${chunk} use seeds ${seed}, ${seed + 1}, ...)`);
    for (const f of all.failures.slice(0, 30)) console.log(`  ${JSON.stringify(f.input).slice(0, 300)}\n    → ${f.error}`);
  }
  process.exit(failed ? 1 : 0);
}
