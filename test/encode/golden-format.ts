/**
 * golden-format.ts — the serialised builder description used in the golden
 * vector files (third column of `<hex> | <intel> | <builder>`), shared by the
 * generator (scripts/gen-golden.ts renders it) and the tests (which parse it
 * back into operands for `Assembler.emit`). It is deliberately not Intel
 * syntax: a fixed, trivial grammar, so the tests never depend on the Intel
 * text parser.
 *
 * Grammar (space separated):  [lock|rep|repne] mnemonic operand*
 *   register   rax | zmm3{k1}{z}
 *   memory     m<bits>(<base>,<index>,<scale>,<disp>[,es|cs|ss|ds|fs|gs][,bcst][,k1..k7])   "_" for none,
 *              bits 0 = unsized; base "rip" with disp; a label as base "@name" (programs);
 *              disp is exact (a 64-bit absolute address is read as a bigint)
 *   immediate  $<decimal>
 *   rounding   {rn-sae} {rd-sae} {ru-sae} {rz-sae} {sae}
 *   label      @name (jump targets, in programs)
 */
import { Label } from "../../src/core/label.ts";
import { Assembler } from "../../src/x64/assembler.ts";
import type { Operand } from "../../src/x64/operands.ts";
import { memOf, rdSae, rnSae, ruSae, rzSae, sae, type Rounding } from "../../src/x64/operands.ts";
import { kreg, registerByName, rip, type KReg, type Reg } from "../../src/x64/registers.ts";

/** One instruction as the builder sees it. */
export interface BuilderCase {
  prefix: "" | "lock" | "rep" | "repne";
  mnemonic: string;
  ops: string[];
}

/** Split a builder description into prefix, mnemonic and operand tokens. */
export function splitCase(desc: string): BuilderCase {
  const words = desc.trim().split(/\s+/);
  let prefix: BuilderCase["prefix"] = "";
  if (words[0] === "lock" || words[0] === "rep" || words[0] === "repne") prefix = words.shift() as BuilderCase["prefix"];
  const mnemonic = words.shift() ?? "";
  return { prefix, mnemonic, ops: words };
}

const roundings: Record<string, Rounding> = { "{rn-sae}": rnSae, "{rd-sae}": rdSae, "{ru-sae}": ruSae, "{rz-sae}": rzSae, "{sae}": sae };

function reg(name: string): Reg {
  const r = registerByName(name);
  if (r === undefined) throw new Error(`golden: unknown register ${name}`);
  return r;
}

/**
 * Turn one operand token into a builder operand.
 * @param labels resolves `@name` for programs (undefined for single instructions)
 */
export function parseOperand(tok: string, labels?: (name: string) => Label): Operand {
  if (tok.startsWith("$")) {
    const v = BigInt(tok.slice(1));
    return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
  }
  const rc = roundings[tok];
  if (rc !== undefined) return rc;
  if (tok.startsWith("@")) {
    if (!labels) throw new Error(`golden: label ${tok} outside a program`);
    return labels(tok.slice(1));
  }
  const m = /^m(\d+)\((.*)\)$/.exec(tok);
  if (m) {
    const bits = Number(m[1]);
    const f = m[2]!.split(",");
    const [b = "_", i = "_", s = "1", d = "0"] = f;
    const extra = f.slice(4);
    let base: Reg | null = null;
    let label: Label | null = null;
    if (b.startsWith("@")) {
      if (!labels) throw new Error(`golden: label ${b} outside a program`);
      label = labels(b.slice(1));
      base = rip;
    } else if (b !== "_") base = reg(b);
    const index = i === "_" ? null : reg(i);
    const seg = SEGMENTS.findIndex((x) => extra.includes(x));
    const big = BigInt(d);
    const disp = big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big;
    const mem = memOf(bits, { base, index, scale: Number(s), disp, seg, label, bcst: bcstOf(extra) });
    const k = extra.find((x) => /^k[1-7]$/.test(x));
    return k ? mem.k(kreg[Number(k[1])] as KReg) : mem;
  }
  const rm = /^([a-z0-9]+)(?:\{k(\d)\})?(\{z\})?$/.exec(tok);
  if (rm) {
    let r = reg(rm[1]!);
    if (rm[2] !== undefined) r = r.k(kreg[Number(rm[2])] as KReg);
    if (rm[3] !== undefined) r = r.z();
    return r;
  }
  throw new Error(`golden: cannot read operand "${tok}"`);
}

/** Segment registers by number (es = 0 … gs = 5). */
const SEGMENTS = ["es", "cs", "ss", "ds", "fs", "gs"];

/** `bcst` (count from the other operands) or `bcstN` ({1toN}) → true / N; absent → false. */
function bcstOf(extra: string[]): boolean | number {
  const b = extra.find((x) => /^bcst\d*$/.test(x));
  return b === undefined ? false : b === "bcst" ? true : Number(b.slice(4));
}

/** Emit one described instruction into `a` (prefix included). */
export function emitCase(a: Assembler, desc: string, labels?: (name: string) => Label): void {
  const c = splitCase(desc);
  const ops = c.ops.map((t) => parseOperand(t, labels));
  if (c.prefix === "lock") a.lock();
  else if (c.prefix === "rep") a.rep();
  else if (c.prefix === "repne") a.repne();
  a.emit(c.mnemonic, ...ops);
}

/**
 * Build a program from builder statements: `emitCase` lines, `name:` labels, `.align n [fill]`,
 * `.zero n`, `.byte/.word/.long/.quad v ...`. Labels are made on first mention (jump targets, `@name` bases).
 */
export function buildProgram(stmts: readonly string[], options: { maxBytes?: number } = {}): Uint8Array {
  const a = new Assembler(options);
  const labels = new Map<string, Label>();
  const lab = (n: string) => {
    let l = labels.get(n);
    if (!l) labels.set(n, (l = a.newLabel(n)));
    return l;
  };
  for (const s of stmts) {
    const lm = /^([A-Za-z_.][\w.]*):$/.exec(s);
    if (lm) {
      a.bind(lab(lm[1]!));
      continue;
    }
    const dm = /^\.(align|zero|byte|word|long|quad) (.*)$/.exec(s);
    if (dm) {
      const vals = dm[2]!.trim().split(/\s+/);
      if (dm[1] === "align") a.align(Number(vals[0]), vals[1] === undefined ? -1 : Number(vals[1]));
      else if (dm[1] === "zero") a.fill(Number(vals[0]), 0);
      else if (dm[1] === "byte") a.db(vals.map(Number));
      else if (dm[1] === "word") a.dw(vals.map(Number));
      else if (dm[1] === "long") a.dd(vals.map(Number));
      else a.dq(vals.map((v) => BigInt(v)));
      continue;
    }
    emitCase(a, s, lab);
  }
  return a.finish();
}

/** Bytes as lower-case hex separated by spaces. */
export function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (x) => x.toString(16).padStart(2, "0")).join(" ");
}
