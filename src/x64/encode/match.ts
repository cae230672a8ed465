/**
 * match.ts — chooses the form of an instruction that fits its operands: the
 * first row, in table order, whose every operand token accepts the operand.
 * Also explains a failed match in words ("operand 2 of add: expected ...").
 */
import { JitError } from "../../core/errors.ts";
import { Label } from "../../core/label.ts";
import { B16, B32, B64, M_ALL_SIZES, VSIB_X, VSIB_Y, VSIB_Z, H_BANY, H_IMM16, H_IMM32, H_IMM32S, H_IMM64, H_IMM8, H_IMM8S16, H_IMM8S32, H_IMM8S64, H_LABEL, H_ONE, MANY, Mem, Rounding } from "../operands.ts";
import { C_DECO, Reg } from "../registers.ts";
import { IMM_NONE, TT_HV, type Form, type OpSpec } from "../table/schema.ts";
import { immFits } from "./immediate.ts";
import type { Operand } from "./encoder.ts";

/** Does operand `o` fit token `s` of form `f`? */
export function accepts(f: Form, s: OpSpec, o: Operand): boolean {
  if (o instanceof Reg) {
    if ((o.cls & s.rcls) === 0) return false;
    if (o.mask !== 0 && !s.maskOk) return false;
    if (o.zero && !s.zeroOk) return false;
    return true;
  }
  if (o instanceof Mem) return (o.mcls & s.mcls) !== 0;
  if (typeof o === "number" || typeof o === "bigint") return s.imm !== IMM_NONE && immFits(s.imm, o, f.opSize);
  if (o instanceof Label) return s.rel !== 0;
  return false;
}

/** Immediate category bits (operands.ts H_IMM*) of a value; 0 if it is not an integer. */
export function immClass(v: number | bigint): number {
  if (typeof v === "bigint") {
    let c = 0;
    if (immFits(IMM_64_KIND, v, 64)) c |= H_IMM64;
    if (v >= -(1n << 31n) && v < 1n << 32n) c |= immClass(Number(v)) & ~H_IMM64;
    else if (immFits(IMM_32S_KIND, v, 64)) c |= H_IMM32S | (immFits(IMM_8S_KIND, v, 64) ? H_IMM8S64 : 0);
    return c;
  }
  if (!Number.isInteger(v)) return 0;
  if (v >= -128 && v <= 127) return v === 1 ? H_ONE | H_IMM8 | H_IMM16 | H_IMM32 | H_IMM64 | H_IMM32S | H_IMM8S16 | H_IMM8S32 | H_IMM8S64 : H_IMM8 | H_IMM16 | H_IMM32 | H_IMM64 | H_IMM32S | H_IMM8S16 | H_IMM8S32 | H_IMM8S64;
  let c = 0;
  if (Number.isSafeInteger(v)) c |= H_IMM64;
  if (v >= -2147483648 && v <= 4294967295) {
    c |= H_IMM32;
    if (v <= 2147483647) c |= H_IMM32S;
    const t32 = v >>> 0;
    if (t32 >= 0xffffff80) c |= H_IMM8S32;
    if (v >= -32768 && v <= 65535) {
      c |= H_IMM16;
      const t16 = v & 0xffff;
      if (t16 >= 0xff80) c |= H_IMM8S16;
      if (v > 0 && v <= 255) c |= H_IMM8; // -128..127 returned above; -32768..-129 is not an imm8
    }
  }
  return c;
}
const IMM_64_KIND = 4, IMM_32S_KIND = 6, IMM_8S_KIND = 5;

/**
 * A mnemonic's forms plus a small memo of recent matches. Matching is a pure
 * function of the operands' class words, so a hit on the same class vector
 * returns the same form without scanning the rows again.
 */
export interface Mnemonic {
  readonly name: string;
  readonly forms: readonly Form[];
  /** CACHE_WAYS entries of [n, lo0, hi0, lo1, hi1, lo2, hi2, lo3, hi3] */
  readonly memoKeys: Int32Array;
  readonly memoForms: (Form | null)[];
  memoNext: number;
}
const CACHE_WAYS = 4;
const KEY = 9;

/** Wrap a mnemonic's forms for `selectForm`. */
export function mnemonicEntry(name: string, forms: readonly Form[]): Mnemonic {
  return { name, forms, memoKeys: new Int32Array(CACHE_WAYS * KEY).fill(-1), memoForms: new Array<Form | null>(CACHE_WAYS).fill(null), memoNext: 0 };
}

/** Class words of an operand: objects carry them, immediates are classified by value. */
function loOf(o: Operand | undefined): number {
  return typeof o === "object" ? o.lo : 0;
}
function hiOf(o: Operand | undefined): number {
  return typeof o === "object" ? o.hi : o === undefined ? 0 : immClass(o);
}

/** Every memory class bit: {er}/{sae} exist only for register forms. */
const M_ANYMEM = M_ALL_SIZES | MANY | B16 | B32 | B64 | VSIB_X | VSIB_Y | VSIB_Z;

const lo = new Int32Array(4);
const hi = new Int32Array(4);

/**
 * The first form of the mnemonic that accepts operands `o0..o3` (the first
 * `n`), or throws a JitError. `rc` is a trailing rounding operand, already
 * split off by the caller.
 * @throws JitError EOPERAND (no form fits, or an unsized memory operand is ambiguous), ERANGE (an immediate fits no form's range)
 */
export function selectForm(entry: Mnemonic, o0: Operand | undefined, o1: Operand | undefined, o2: Operand | undefined, o3: Operand | undefined, n: number, rc: Rounding | null): Form {
  const l0 = loOf(o0), h0 = hiOf(o0), l1 = loOf(o1), h1 = hiOf(o1), l2 = loOf(o2), h2 = hiOf(o2), l3 = loOf(o3), h3 = hiOf(o3);
  const decorated = ((l0 | l1 | l2 | l3) & C_DECO) !== 0;
  const unsized = ((h0 | h1 | h2 | h3) & (MANY | H_BANY)) !== 0;
  const plain = !decorated && !unsized && rc === null;
  const keys = entry.memoKeys;
  if (plain) {
    for (let w = 0, base = 0; w < CACHE_WAYS; w++, base += KEY) {
      if (keys[base] === n && keys[base + 1] === l0 && keys[base + 2] === h0 && keys[base + 3] === l1 && keys[base + 4] === h1 &&
        keys[base + 5] === l2 && keys[base + 6] === h2 && keys[base + 7] === l3 && keys[base + 8] === h3) {
        return entry.memoForms[w]!;
      }
    }
  }
  lo[0] = l0; lo[1] = l1; lo[2] = l2; lo[3] = l3;
  hi[0] = h0; hi[1] = h1; hi[2] = h2; hi[3] = h3;
  const mnemonic = entry.name, forms = entry.forms;
  const ops = [o0, o1, o2, o3];
  let found: Form | null = null;
  let unsizedAt = -1;
  outer: for (let fi = 0; fi < forms.length; fi++) {
    const f = forms[fi]!;
    const c = f.cls;
    if (c.length !== n * 2) continue;
    for (let i = 0; i < n; i++) {
      if (((lo[i]! & c[2 * i]!) | (hi[i]! & c[2 * i + 1]!)) === 0) continue outer;
    }
    if (decorated) {
      // masks, zeroing and explicit {1toN} counts: rare, checked one by one
      for (let i = 0; i < n; i++) {
        const o = ops[i];
        if (o instanceof Reg && ((o.mask !== 0 && !f.ops[i]!.maskOk) || (o.zero && !f.ops[i]!.zeroOk))) continue outer;
        if (o instanceof Mem && ((o.mask !== 0 && !f.ops[i]!.maskOk) || (o.bcstCount !== 0 && bcstCountOf(f, i) !== o.bcstCount))) continue outer;
      }
    }
    if (rc !== null && (!(rc.mode >= 0 ? f.er : f.sae || f.er) || ((h0 | h1 | h2 | h3) & M_ANYMEM) !== 0)) continue;
    if (plain) {
      const w = entry.memoNext;
      entry.memoNext = (w + 1) & (CACHE_WAYS - 1);
      const base = w * KEY;
      keys[base] = n;
      keys[base + 1] = l0; keys[base + 2] = h0; keys[base + 3] = l1; keys[base + 4] = h1;
      keys[base + 5] = l2; keys[base + 6] = h2; keys[base + 7] = l3; keys[base + 8] = h3;
      entry.memoForms[w] = f;
      return f;
    }
    if (!unsized) return f;
    if (found === null) {
      found = f;
      for (let i = 0; i < n; i++) {
        const o = ops[i];
        if (o instanceof Mem && (((o.mcls & MANY) !== 0 && (f.ops[i]!.mcls & MANY) === 0) || (o.broadcast && o.bcstCount === 0))) { unsizedAt = i; break; }
      }
      if (unsizedAt < 0) return f;
    } else if ((ops[unsizedAt] as Mem).broadcast) {
      const a = bcstCountOf(found, unsizedAt), b = bcstCountOf(f, unsizedAt);
      if (a !== b) throw new JitError("EOPERAND", `ambiguous broadcast for ${mnemonic}: operand ${unsizedAt + 1} could be {1to${a}} or {1to${b}}; write .bcst(${a}) or .bcst(${b}) ({1to${a}} in text)`, { instruction: mnemonic, operand: unsizedAt + 1 });
    } else if (f.ops[unsizedAt]!.bits !== found.ops[unsizedAt]!.bits) {
      throw new JitError("EOPERAND", `ambiguous operand size for ${mnemonic}: operand ${unsizedAt + 1} could be ${sizeWord(found.ops[unsizedAt]!.bits)} or ${sizeWord(f.ops[unsizedAt]!.bits)}; write e.g. ${sizeWord(found.ops[unsizedAt]!.bits)} ptr [...]`, { instruction: mnemonic, operand: unsizedAt + 1 });
    }
  }
  if (found !== null) return found;
  throw explain(mnemonic, forms, ops as Operand[], n, rc);
}

/** The element count a form broadcasts at operand i. */
function bcstCountOf(f: Form, i: number): number {
  const vl = f.l === 2 ? 512 : f.l === 1 ? 256 : 128;
  return (f.tuple === TT_HV ? vl / 2 : vl) / f.ops[i]!.elemBits;
}

function sizeWord(bits: number): string {
  return ({ 8: "byte", 16: "word", 32: "dword", 64: "qword", 80: "tbyte", 128: "xmmword", 256: "ymmword", 512: "zmmword" } as Record<number, string>)[bits] ?? `${bits}-bit`;
}

/** Describe an operand for an error message. */
export function describe(o: unknown): string {
  if (o instanceof Reg || o instanceof Mem || o instanceof Label || o instanceof Rounding) return String(o);
  if (typeof o === "number" || typeof o === "bigint") return `immediate ${String(o)}`;
  if (o === undefined) return "nothing";
  return `${typeof o} ${String(o)}`;
}

function explain(mnemonic: string, forms: readonly Form[], ops: readonly Operand[], n: number, rc: Rounding | null): JitError {
  const arities = [...new Set(forms.map((f) => f.ops.length))].sort();
  const sameArity = forms.filter((f) => f.ops.length === n);
  const shown = ops.slice(0, n).map(describe).join(", ") + (rc ? `, ${rc}` : "");
  if (sameArity.length === 0) {
    return new JitError("EOPERAND", `${mnemonic} takes ${arities.join(" or ")} operand${arities.length === 1 && arities[0] === 1 ? "" : "s"}, got ${n}${n ? ` (${shown})` : ""}; forms: ${forms.map((f) => f.text).join("; ")}`, { instruction: mnemonic });
  }
  // find the operand position where the candidates give out
  let cands = sameArity;
  for (let i = 0; i < n; i++) {
    const o = ops[i]!;
    const next = cands.filter((f) => accepts(f, f.ops[i]!, o));
    if (next.length === 0) {
      const expected = [...new Set(cands.map((f) => f.ops[i]!.text.replace(/\{[kz]\}/g, "")))];
      const isImm = typeof o === "number" || typeof o === "bigint";
      const immShape = cands.some((f) => f.ops[i]!.imm !== IMM_NONE);
      if (isImm && immShape && (typeof o === "bigint" || Number.isInteger(o))) {
        const immTokens = [...new Set(cands.filter((f) => f.ops[i]!.imm !== IMM_NONE).map((f) => f.ops[i]!.text))];
        return new JitError("ERANGE", `operand ${i + 1} of ${mnemonic}: ${String(o)} does not fit ${immTokens.join(" or ")}`, { instruction: mnemonic, operand: i + 1 });
      }
      let extra = "";
      if (o instanceof Reg && (o.mask !== 0 || o.zero) && cands.some((f) => (f.ops[i]!.rcls & o.cls) !== 0)) extra = " (this form takes no {k}/{z} mask)";
      return new JitError("EOPERAND", `operand ${i + 1} of ${mnemonic}: expected ${expected.join(", ")}; got ${describe(o)}${extra}`, { instruction: mnemonic, operand: i + 1 });
    }
    cands = next;
  }
  if (rc !== null) return new JitError("EOPERAND", `${mnemonic} ${shown}: ${rc} is not allowed for this form (only register forms of instructions with {er}/{sae})`, { instruction: mnemonic, operand: n + 1 });
  return new JitError("EOPERAND", `${mnemonic} ${shown}: no form accepts this combination; forms: ${sameArity.map((f) => f.text).join("; ")}`, { instruction: mnemonic });
}
