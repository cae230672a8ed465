/**
 * select.ts — chooses the form of an instruction that fits its operands: the
 * first row, in table order, whose every operand token accepts the operand,
 * with a per-mnemonic memo of past choices (`FormSet`, one per mnemonic,
 * shared by everything that selects: the assembler, the printer, the
 * compiler). Also explains a failed selection in words ("operand 2 of add:
 * expected ..."). It writes no bytes.
 */
import { show } from "../../core/data.ts";
import { JitError } from "../../core/errors.ts";
import { Label } from "../../core/label.ts";
import { type Operand, B16, B32, B64, M_ALL_SIZES, VSIB_X, VSIB_Y, VSIB_Z, H_BANY, H_MEMLABEL, H_IMM16, H_IMM32, H_IMM32S, H_IMM64, H_IMM8, H_IMM8S16, H_IMM8S32, H_IMM8S64, H_LABEL, H_ONE, MANY, Mem, Rounding } from "../operands.ts";
import { C_DECO, Reg } from "../registers.ts";
import { formsOf } from "../table/index.ts";
import { type Form, type OpSpec } from "../table/schema.ts";
import { broadcastCount, IMM_NONE, sizeWord } from "../table/vocabulary.ts";
import { immFits } from "./immediate.ts";

import { type FastPlan, fastPlanOf } from "./fast.ts";

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
    // a 64-bit pattern: 2^63..2^64-1 is the signed twin, as a 64-bit machine (and llvm-mc's int64 text) reads it
    if (v >= 1n << 63n && v < 1n << 64n) v -= 1n << 64n;
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
 * A mnemonic's forms plus a memo of past matches. Matching is a pure function
 * of the operands' class words, so a hit on the same class vector returns the
 * same form without scanning the rows again.
 *
 * The memo is an open-addressing hash table that only grows (up to MEMO_MAX
 * entries, then it starts over). It replaced a 4-way round-robin memo that
 * thrashed on `mov` (the integer benchmark stream uses 9 class vectors of mov,
 * 5 of add): every such call rescanned mov's ~30 forms. Its key is one word
 * per operand position (`memoWord`): the lo word when it is non-zero (a
 * register), else the hi word with bit 31 set (memory, immediate, label), and 0
 * for no operand. Only vectors without {k}/{z} decorations or a rounding operand
 * are stored, and for those the word is injective; a matched
 * operand never has word 0, so the operand count is implied. Four compares per
 * probe instead of nine measured ~10 ns less per lookup. Next to each form the
 * table keeps its fast-encoding plan for that vector (encode/fast.ts), or null where
 * only the generic encoder will do.
 */
export interface FormSet {
  readonly name: string;
  /** The forms in preference order (from `formsOf`, parsed on the first miss). */
  readonly forms: readonly Form[];
  /** memoCap slots of 4 words (see above); -1 in the first word marks an empty slot. */
  memoKeys: Int32Array;
  memoForms: (Form | null)[];
  memoPlan: (FastPlan | null)[];
  /** memoCap - 1 (memoCap is a power of two). */
  memoMask: number;
  memoCount: number;
}
const MEMO_INITIAL = 8;

/** Every mnemonic's form set, created (and its rows parsed) on first use. */
const sets = new Map<string, FormSet>();
/** The shared form set of a mnemonic (its forms parsed on first use), or undefined for an unknown mnemonic. */
export function formSetOf(mnemonic: string): FormSet | undefined {
  let e = sets.get(mnemonic);
  if (e === undefined) {
    const forms = formsOf(mnemonic);
    if (forms === undefined) return undefined;
    sets.set(mnemonic, (e = formSet(mnemonic, forms)));
  }
  return e;
}
/** Beyond this many distinct class vectors for one mnemonic the memo is cleared (a bound on memory, never reached by real code). */
const MEMO_MAX = 1024;

/** Wrap a mnemonic's forms for `selectForm` (a new memo: most callers want the shared one, `formSetOf`). */
export function formSet(name: string, forms: readonly Form[]): FormSet {
  return {
    name, forms, memoKeys: new Int32Array(MEMO_INITIAL * 4).fill(-1), memoForms: new Array<Form | null>(MEMO_INITIAL).fill(null),
    memoPlan: new Array<FastPlan | null>(MEMO_INITIAL).fill(null), memoMask: MEMO_INITIAL - 1, memoCount: 0,
  };
}

/** Class words of an operand: registers and memory carry them, labels have one bit, immediates are classified by value. */
function loOf(o: Operand | undefined): number {
  return typeof o === "object" && !(o instanceof Label) ? o.lo : 0;
}
function hiOf(o: Operand | undefined): number {
  return typeof o === "object" ? (o instanceof Label ? H_LABEL : o.hi) : o === undefined ? 0 : immClass(o);
}
/** The memo word of one operand position from its class words. */
function memoWord(lo: number, hi: number): number {
  return lo !== 0 ? lo : hi !== 0 ? hi | BIT31 : 0;
}

function memoHash(w0: number, w1: number, w2: number, w3: number): number {
  const h = Math.imul(w0 ^ Math.imul(w1, 0x3b9d) ^ Math.imul(w2, 0x1f351) ^ Math.imul(w3, 0x6a5d), 0x9e3779b1);
  return h ^ (h >>> 15);
}

/** The memo slot holding this key, or -1. */
function memoFind(e: FormSet, w0: number, w1: number, w2: number, w3: number): number {
  const keys = e.memoKeys, mask = e.memoMask;
  let i = memoHash(w0, w1, w2, w3) & mask;
  let k = keys[i * 4]!;
  while (k !== -1) {
    const base = i * 4;
    if (k === w0 && keys[base + 1] === w1 && keys[base + 2] === w2 && keys[base + 3] === w3) return i;
    i = (i + 1) & mask;
    k = keys[i * 4]!;
  }
  return -1;
}

function memoInsert(e: FormSet, w0: number, w1: number, w2: number, w3: number, f: Form, fast: FastPlan | null): void {
  if ((e.memoCount + 1) * 2 > e.memoMask + 1) {
    // keep the load at most 1/2: rehash into twice the slots (or start over past MEMO_MAX)
    const oldKeys = e.memoKeys, oldForms = e.memoForms, oldFast = e.memoPlan, oldCap = e.memoMask + 1;
    const cap = oldCap * 2 > MEMO_MAX ? MEMO_INITIAL : oldCap * 2;
    e.memoKeys = new Int32Array(cap * 4).fill(-1);
    e.memoForms = new Array<Form | null>(cap).fill(null);
    e.memoPlan = new Array<FastPlan | null>(cap).fill(null);
    e.memoMask = cap - 1;
    e.memoCount = 0;
    if (cap > oldCap) {
      for (let i = 0; i < oldCap; i++) {
        const b = i * 4;
        if (oldKeys[b] !== -1) memoInsert(e, oldKeys[b]!, oldKeys[b + 1]!, oldKeys[b + 2]!, oldKeys[b + 3]!, oldForms[i]!, oldFast[i]!);
      }
    }
  }
  const keys = e.memoKeys, mask = e.memoMask;
  let i = memoHash(w0, w1, w2, w3) & mask;
  while (keys[i * 4] !== -1) i = (i + 1) & mask;
  keys[i * 4] = w0; keys[i * 4 + 1] = w1; keys[i * 4 + 2] = w2; keys[i * 4 + 3] = w3;
  e.memoForms[i] = f;
  e.memoPlan[i] = fast;
  e.memoCount++;
}

/**
 * The hot path's lookup: the fast-encoding plan memoised for these operands' class
 * vector, or null (not seen yet, not plain, or no plan for the form):
 * then the caller takes the general path through `selectForm`. Operands that
 * are not operands at all (null, strings, holes before the last operand,
 * non-integer numbers) get words no memo entry has, so they also land on the
 * general path and its errors.
 */
export function fastLookup(e: FormSet, o0: Operand | undefined, o1: Operand | undefined, o2: Operand | undefined, o3: Operand | undefined): FastPlan | null {
  const i = memoFind(e, fastWord(o0), fastWord(o1), fastWord(o2), fastWord(o3));
  return i < 0 ? null : e.memoPlan[i]!;
}
/**
 * The memo slot of these operands' class vector (read `memoForms`/`memoPlan` there), or -1: the same
 * lookup as `fastLookup`, for callers that want the form too (a recording assembler).
 */
export function memoSlot(e: FormSet, o0: Operand | undefined, o1: Operand | undefined, o2: Operand | undefined, o3: Operand | undefined): number {
  return memoFind(e, fastWord(o0), fastWord(o1), fastWord(o2), fastWord(o3));
}
/**
 * memoWord of any value; NO_ENTRY for null, strings and non-integers (memoWord(0, 0) would be 0, and no
 * entry has a 0 before its last operand), 0 for undefined. Every result is an int32: a literal 0x80000000
 * is a double, and one double return made the whole key path use doubles.
 */
function fastWord(o: Operand | undefined): number {
  if (typeof o === "object") {
    if (o === null) return NO_ENTRY;
    // a label (no class words: never on the fast path) or any other object reads undefined here: NO_ENTRY
    const lo = (o as Reg).lo | 0;
    return lo !== 0 ? lo : (o as Reg).hi | BIT31;
  }
  if (typeof o === "number") return immClass(o) | BIT31;
  return o === undefined ? 0 : typeof o === "bigint" ? immClass(o) | BIT31 : NO_ENTRY;
}
const BIT31 = 0x80000000 | 0;
/** The word of a (lo 0, hi 0) operand, which never matched: no entry holds it. */
const NO_ENTRY = BIT31;

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
export function selectForm(entry: FormSet, o0: Operand | undefined, o1: Operand | undefined, o2: Operand | undefined, o3: Operand | undefined, n: number, rc: Rounding | null): Form {
  const l0 = loOf(o0), h0 = hiOf(o0), l1 = loOf(o1), h1 = hiOf(o1), l2 = loOf(o2), h2 = hiOf(o2), l3 = loOf(o3), h3 = hiOf(o3);
  const decorated = ((l0 | l1 | l2 | l3) & C_DECO) !== 0;
  const unsized = ((h0 | h1 | h2 | h3) & (MANY | H_BANY)) !== 0;
  // the choice (and the ambiguity verdict for unsized memory or {1toN}) depends on the class words alone,
  // except for decorations and rounding, which are checked operand by operand below
  const w0 = memoWord(l0, h0), w1 = memoWord(l1, h1), w2 = memoWord(l2, h2), w3 = memoWord(l3, h3);
  // a present operand with no class at all (an immediate beyond 64 bits) has word 0, the word of "no operand":
  // it must never be memoised (it would hit the entry of a form with fewer operands)
  const plain = !decorated && rc === null && (n < 1 || w0 !== 0) && (n < 2 || w1 !== 0) && (n < 3 || w2 !== 0) && (n < 4 || w3 !== 0);
  if (plain) {
    const w = memoFind(entry, w0, w1, w2, w3);
    if (w >= 0) return entry.memoForms[w]!;
  }
  lo[0] = l0; lo[1] = l1; lo[2] = l2; lo[3] = l3;
  hi[0] = h0; hi[1] = h1; hi[2] = h2; hi[3] = h3;
  const mnemonic = entry.name, forms = entry.forms;
  const ops = [o0, o1, o2, o3];
  let found: Form | null = null;
  let unsizedAt = -1;
  // unsized memory: forms whose immediate token only the value rules out still make the size ambiguous
  // (llvm-mc: `add [rdx], 0xfbaee6e3` is ambiguous, not a dword because only imm32 holds the value)
  let nearMiss: Form[] | null = null;
  outer: for (let fi = 0; fi < forms.length; fi++) {
    const f = forms[fi]!;
    const c = f.cls;
    if (c.length !== n * 2) continue;
    let strict = true;
    for (let i = 0; i < n; i++) {
      if (((lo[i]! & c[2 * i]!) | (hi[i]! & c[2 * i + 1]!)) === 0) {
        const o = ops[i];
        if (!unsized || !(typeof o === "number" || typeof o === "bigint") || f.ops[i]!.imm === IMM_NONE) continue outer;
        strict = false;
      }
    }
    if (!strict) {
      (nearMiss ??= []).push(f);
      continue;
    }
    if (decorated) {
      // masks, zeroing and explicit {1toN} counts: rare, checked one by one
      for (let i = 0; i < n; i++) {
        const o = ops[i];
        if (o instanceof Reg && ((o.mask !== 0 && !f.ops[i]!.maskOk) || (o.zero && !f.ops[i]!.zeroOk))) continue outer;
        if (o instanceof Mem && ((o.mask !== 0 && !f.ops[i]!.maskOk) || (o.bcstCount !== 0 && bcstCountOf(f, i) !== o.bcstCount))) continue outer;
      }
    }
    // {rn-sae}…{rz-sae} need {er}; a plain {sae} needs {sae} (llvm-mc and GNU as refuse {sae} on {er}-only forms)
    if (rc !== null && (!(rc.mode >= 0 ? f.er : f.sae) || ((h0 | h1 | h2 | h3) & M_ANYMEM) !== 0)) continue;
    if (!unsized) return plain ? remember(entry, w0, w1, w2, w3, f, l0, l1, l2, l3, h0 | h1 | h2 | h3) : f;
    if (found === null) {
      found = f;
      for (let i = 0; i < n; i++) {
        const o = ops[i];
        if (o instanceof Mem && (((o.mcls & MANY) !== 0 && (f.ops[i]!.mcls & MANY) === 0) || (o.broadcast && o.bcstCount === 0))) { unsizedAt = i; break; }
      }
      if (unsizedAt < 0) return plain ? remember(entry, w0, w1, w2, w3, f, l0, l1, l2, l3, h0 | h1 | h2 | h3) : f;
    } else if ((ops[unsizedAt] as Mem).broadcast) {
      const a = bcstCountOf(found, unsizedAt), b = bcstCountOf(f, unsizedAt);
      const ea = found.ops[unsizedAt]!.elemBits, eb = f.ops[unsizedAt]!.elemBits;
      if (ea !== eb && (ops[unsizedAt] as Mem).bits === 0) throw new JitError("EOPERAND", `ambiguous broadcast for ${mnemonic}: operand ${unsizedAt + 1} could be ${sizeWordOf(ea)} or ${sizeWordOf(eb)} elements; write the element size (${sizeWordOf(ea)} ptr [...]{1to${a}})`, { instruction: mnemonic, operand: unsizedAt + 1 });
      if (a !== b) throw new JitError("EOPERAND", `ambiguous broadcast for ${mnemonic}: operand ${unsizedAt + 1} could be {1to${a}} or {1to${b}}; write .bcst(${a}) or .bcst(${b}) ({1to${a}} in text)`, { instruction: mnemonic, operand: unsizedAt + 1 });
    } else if (!found.defaultSize && memSize(f.ops[unsizedAt]!) !== memSize(found.ops[unsizedAt]!)) throw ambiguous(mnemonic, unsizedAt, found, f);
  }
  if (found !== null && unsizedAt >= 0 && nearMiss !== null && !found.defaultSize && !(ops[unsizedAt] as Mem).broadcast) {
    for (const g of nearMiss) if (memSize(g.ops[unsizedAt]!) !== memSize(found.ops[unsizedAt]!)) throw ambiguous(mnemonic, unsizedAt, found, g);
  }
  if (found !== null) return plain ? remember(entry, w0, w1, w2, w3, found, l0, l1, l2, l3, h0 | h1 | h2 | h3) : found;
  throw explain(mnemonic, forms, ops as Operand[], n, rc);
}

/** Memoise a successful match, with its fast-encoding plan; returns `f`. */
function remember(entry: FormSet, w0: number, w1: number, w2: number, w3: number, f: Form, l0: number, l1: number, l2: number, l3: number, hiAll: number): Form {
  // label operands need the general path (fixups, jump items): no plan for their vectors
  const fast = (hiAll & (H_LABEL | H_MEMLABEL)) !== 0 ? null : fastPlanOf(f, l0, l1, l2, l3);
  memoInsert(entry, w0, w1, w2, w3, f, fast);
  return f;
}

/** The element count a form broadcasts at operand i. */
function bcstCountOf(f: Form, i: number): number {
  return broadcastCount(f, f.ops[i]!.elemBits);
}

function ambiguous(mnemonic: string, at: number, a: Form, b: Form): JitError {
  const x = sizeWordOf(memSize(a.ops[at]!)), y = sizeWordOf(memSize(b.ops[at]!));
  return new JitError("EOPERAND", `ambiguous operand size for ${mnemonic}: operand ${at + 1} could be ${x} or ${y}; write e.g. ${x} ptr [...]`, { instruction: mnemonic, operand: at + 1 });
}

/** The size an unsized memory operand takes at this token: its memory alternative's (xmm/m32 → 32). */
function memSize(s: OpSpec): number {
  return s.memBits || s.bits;
}

function sizeWordOf(bits: number): string {
  return sizeWord(bits) || `${bits}-bit`;
}

/** Describe an operand for an error message. */
export function describe(o: unknown): string {
  if (o instanceof Reg || o instanceof Mem || o instanceof Label || o instanceof Rounding) return String(o);
  if (typeof o === "number" || typeof o === "bigint") return `immediate ${String(o)}`;
  if (o === undefined) return "nothing";
  return `${typeof o} ${show(o)}`;
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
