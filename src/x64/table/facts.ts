/**
 * facts.ts — the instruction facts of every form, read from facts-rows.ts:
 * operand access (read / write / both), implicit registers and memory,
 * flags read / written / undefined, stack effect, control transfer and traits.
 * One accessor, `factsOf(form)`, serves every consumer (the compiler's
 * register allocator, the function builder's register scan, clobber checks);
 * `operandAccess` applies the width and masking rules to one operand.
 *
 * It knows the facts notation, not encodings: the forms come from the table
 * (index.ts); the facts are judged by running the forms (test/compiler/facts*).
 */
import { JitError } from "../../core/errors.ts";
import { registerByName, Reg, RT_GP, RT_K, RT_XMM, RT_YMM, RT_ZMM } from "../registers.ts";
import { factRows } from "./facts-rows.ts";
import { conditionCodes, ENC_LEGACY, IMM_NONE, type Form } from "./schema.ts";

/** Operand access: not accessed (immediates, labels, addresses only), read, written, both. */
export const ACC_NONE = 0, ACC_R = 1, ACC_W = 2, ACC_RW = 3;
/** Operand access bits (ACC_R | ACC_W). */
export type Access = 0 | 1 | 2 | 3;

/** EFLAGS bits (their positions in the register, as pushfq stores it). */
export const F_CF = 0x1, F_PF = 0x4, F_AF = 0x10, F_ZF = 0x40, F_SF = 0x80, F_DF = 0x400, F_OF = 0x800;
/** The six status flags. */
export const F_STATUS = F_CF | F_PF | F_AF | F_ZF | F_SF | F_OF;

/** Control transfer kinds. */
export const KIND_NONE = 0, KIND_JUMP = 1, KIND_BRANCH = 2, KIND_CALL = 3, KIND_RET = 4, KIND_TRAP = 5;

/** Traits (bits of `InstructionFacts.traits`). */
export const T_MASKW = 1, T_NONDET = 2, T_PRIV = 4, T_STATE = 8, T_SERIAL = 16, T_FENCE = 32, T_MXCSR = 64, T_SEGBASE = 128, T_SYSCALL = 256, T_BITBASE = 512, T_NOZEXT = 1024;
const traitBits: Record<string, number> = { maskw: T_MASKW, nondet: T_NONDET, priv: T_PRIV, state: T_STATE, serial: T_SERIAL, fence: T_FENCE, mxcsr: T_MXCSR, segbase: T_SEGBASE, syscall: T_SYSCALL, bitbase: T_BITBASE, nozext: T_NOZEXT };

/** A register an instruction uses or defines without naming it as an operand. */
export interface ImplicitReg {
  readonly reg: Reg;
  readonly access: Access;
}

/** Memory an instruction reads or writes at an implicit register (string ops, push/pop, xlat). */
export interface ImplicitMem {
  readonly base: Reg;
  readonly access: Access;
}

/** What a form does besides its encoding. */
export interface InstructionFacts {
  /** Access per operand of the form (ACC_*), before the width and masking rules (see `operandAccess`). */
  readonly access: readonly Access[];
  /** Legacy movss/movsd: operand 0 is read too when operand 1 is a register (merge), written only for a load. */
  readonly mergeIfReg: boolean;
  /** Implicit registers (each once, with its widest access). */
  readonly implicit: readonly ImplicitReg[];
  /** Implicit memory accesses. */
  readonly memory: readonly ImplicitMem[];
  /** Flags read (EFLAGS bits). */
  readonly flagsRead: number;
  /** Flags written with a defined value. */
  readonly flagsWritten: number;
  /** Flags left undefined (clobbered). */
  readonly flagsUndefined: number;
  /** rsp change in bytes, or null when it depends on operands or state (enter, leave, ret imm16). */
  readonly stack: number | null;
  /** Control transfer (KIND_*). */
  readonly kind: number;
  /** T_* bits. */
  readonly traits: number;
  /** Registers a rep/repe/repne prefix adds (read and written), or null when the form takes no such prefix. */
  readonly rep: readonly ImplicitReg[] | null;
  /** The facts line (1-based, in facts-rows.ts) the form took its facts from. */
  readonly line: number;
}

// ---- parsing ------------------------------------------------------------------

interface Line {
  readonly line: number;
  readonly keys: readonly Key[];
  readonly accessText: string;
  readonly factText: string;
}
interface Key {
  /** Exact mnemonic, or null for a glob. */
  readonly mnemonic: string | null;
  readonly arity: number; // -1: any
  /** Pattern over the mnemonic (prefix glob) or over the whole form text (quoted keys). */
  readonly re: RegExp | null;
  readonly onText: boolean;
  /** Condition-code number when the key came from a `cc` expansion, else -1. */
  readonly cc: number;
}

const CC_FLAGS = [F_OF, F_OF, F_CF, F_CF, F_ZF, F_ZF, F_CF | F_ZF, F_CF | F_ZF, F_SF, F_SF, F_PF, F_PF, F_SF | F_OF, F_SF | F_OF, F_ZF | F_SF | F_OF, F_ZF | F_SF | F_OF];

function fail(line: number, msg: string): never {
  throw new JitError("ESTATE", `facts-rows.ts:${line}: ${msg}`);
}

function globRe(glob: string): RegExp {
  return new RegExp("^" + glob.replace(/[.+?^${}()|[\]\\/]/g, "\\$&").replace(/\*/g, ".*") + "$");
}

function parseKeys(text: string, line: number): Key[] {
  const keys: Key[] = [];
  const re = /"([^"]*)"|(\S+)/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[1] !== undefined) {
      keys.push({ mnemonic: null, arity: -1, re: globRe(m[1]), onText: true, cc: -1 });
      const first = m[1].split(" ")[0]!;
      if (!first.includes("*")) (keys[keys.length - 1] as { mnemonic: string | null }).mnemonic = first;
      continue;
    }
    const w = m[2]!;
    const slash = w.indexOf("/");
    const name = slash < 0 ? w : w.slice(0, slash);
    const arity = slash < 0 ? -1 : Number(w.slice(slash + 1));
    if (!Number.isInteger(arity)) fail(line, `bad arity in key "${w}"`);
    if (name.includes("*")) {
      keys.push({ mnemonic: null, arity, re: globRe(name), onText: false, cc: -1 });
    } else if (name.endsWith("cc") && name !== "cc") {
      for (const [suffix, cc] of conditionCodes) keys.push({ mnemonic: name.slice(0, -2) + suffix, arity, re: null, onText: false, cc });
    } else keys.push({ mnemonic: name, arity, re: null, onText: false, cc: -1 });
  }
  return keys;
}

/** Parsed facts lines with an index by mnemonic. */
interface FactTable {
  readonly lines: readonly Line[];
  readonly byMnemonic: ReadonlyMap<string, readonly number[]>;
  readonly globLines: readonly number[];
  readonly cache: WeakMap<Form, InstructionFacts | null>;
}

function parseTable(text: string): FactTable {
  const out: Line[] = [];
  const byMnemonic = new Map<string, number[]>();
  const globLines: number[] = [];
  const src = text.split("\n");
  for (let i = 0; i < src.length; i++) {
    const t = src[i]!.trim();
    if (t === "" || t.startsWith("#")) continue;
    const cols = t.split("|").map((c) => c.trim());
    if (cols.length < 2 || cols.length > 3) fail(i + 1, `expected "keys | access | facts"`);
    const ln: Line = { line: i + 1, keys: parseKeys(cols[0]!, i + 1), accessText: cols[1]!, factText: cols[2] ?? "" };
    const idx = out.length;
    out.push(ln);
    let glob = false;
    for (const k of ln.keys) {
      if (k.mnemonic === null) glob = true;
      else {
        let l = byMnemonic.get(k.mnemonic);
        if (l === undefined) byMnemonic.set(k.mnemonic, (l = []));
        if (l[l.length - 1] !== idx) l.push(idx);
      }
    }
    if (glob) globLines.push(idx);
  }
  return { lines: out, byMnemonic, globLines, cache: new WeakMap() };
}

let table: FactTable | null = null;

function keyMatches(k: Key, f: Form): boolean {
  if (k.arity >= 0 && k.arity !== f.ops.length) return false;
  if (k.onText) return k.re!.test(f.text);
  if (k.re !== null) return k.re.test(f.mnemonic);
  return k.mnemonic === f.mnemonic;
}

function parseRegList(v: string, line: number): Reg[] {
  const out: Reg[] = [];
  for (const name of v.split(",")) {
    const range = /^([a-z]+)(\d+)-(\d+)$/.exec(name);
    if (range) {
      for (let i = Number(range[2]); i <= Number(range[3]); i++) {
        const r = registerByName(`${range[1]}${i}`);
        if (r === undefined) fail(line, `unknown register ${range[1]}${i}`);
        out.push(r);
      }
      continue;
    }
    const r = registerByName(name);
    if (r === undefined) fail(line, `unknown register "${name}"`);
    out.push(r);
  }
  return out;
}

function flagBits(v: string, line: number, cc: number): number {
  if (v === "cc") {
    if (cc < 0) fail(line, "rf=cc on a key without a condition code");
    return CC_FLAGS[cc]!;
  }
  let b = 0;
  for (const ch of v) {
    const bit = ch === "O" ? F_OF : ch === "S" ? F_SF : ch === "Z" ? F_ZF : ch === "A" ? F_AF : ch === "P" ? F_PF : ch === "C" ? F_CF : ch === "D" ? F_DF : -1;
    if (bit < 0) fail(line, `unknown flag letter "${ch}"`);
    b |= bit;
  }
  return b;
}

const ACCESS_WORDS: Record<string, Access> = { r: ACC_R, w: ACC_W, rw: ACC_RW, "-": ACC_NONE };

function build(ln: Line, f: Form, cc: number): InstructionFacts {
  const n = f.ops.length;
  const access: Access[] = [];
  let mergeIfReg = false;
  const words = ln.accessText === "" ? [] : ln.accessText.split(/\s+/);
  if (words.length === 1 && words[0]!.endsWith("*")) {
    const first = ACCESS_WORDS[words[0]!.slice(0, -1)];
    if (first === undefined) fail(ln.line, `bad access "${words[0]}"`);
    for (let i = 0; i < n; i++) access.push(i === 0 ? first : ACC_R);
  } else {
    if (words.length !== n) fail(ln.line, `${words.length} access words for ${f.text} (${n} operands)`);
    for (let i = 0; i < n; i++) {
      const w = words[i]!;
      if (w === "rw/w") {
        access.push(ACC_RW);
        mergeIfReg = true;
        continue;
      }
      const a = ACCESS_WORDS[w];
      if (a === undefined) fail(ln.line, `bad access word "${w}"`);
      access.push(a);
    }
  }
  // immediates, labels and the literal 1 are never accessed
  for (let i = 0; i < n; i++) {
    const o = f.ops[i]!;
    if (o.imm !== IMM_NONE || o.rel !== 0) access[i] = ACC_NONE;
  }
  const implicit = new Map<Reg, number>();
  const memory: ImplicitMem[] = [];
  let rf = 0, wf = 0, uf = 0, stack: number | null = 0, kind = KIND_NONE, traits = 0;
  let rep: ImplicitReg[] | null = null;
  for (const kv of ln.factText === "" ? [] : ln.factText.split(/\s+/)) {
    const eq = kv.indexOf("=");
    if (eq < 0) fail(ln.line, `expected key=value, got "${kv}"`);
    const k = kv.slice(0, eq), v = kv.slice(eq + 1);
    switch (k) {
      case "use":
        for (const r of parseRegList(v, ln.line)) implicit.set(r, (implicit.get(r) ?? 0) | ACC_R);
        break;
      case "def":
        for (const r of parseRegList(v, ln.line)) implicit.set(r, (implicit.get(r) ?? 0) | ACC_W);
        break;
      case "rf": rf |= flagBits(v, ln.line, cc); break;
      case "wf": wf |= flagBits(v, ln.line, cc); break;
      case "uf": uf |= flagBits(v, ln.line, cc); break;
      case "mr":
      case "mw":
        for (const m of v.split(",")) {
          const base = /^\[([a-z0-9]+)\]$/.exec(m);
          const r = base ? registerByName(base[1]!) : undefined;
          if (r === undefined) fail(ln.line, `bad memory "${m}"`);
          memory.push({ base: r, access: k === "mr" ? ACC_R : ACC_W });
        }
        break;
      case "rep":
        rep = parseRegList(v, ln.line).map((reg) => ({ reg, access: ACC_RW }));
        break;
      case "stack":
        stack = v === "var" ? null : Number(v);
        if (stack !== null && !Number.isInteger(stack)) fail(ln.line, `bad stack "${v}"`);
        break;
      case "kind":
        kind = v === "jump" ? KIND_JUMP : v === "branch" ? KIND_BRANCH : v === "call" ? KIND_CALL : v === "ret" ? KIND_RET : v === "trap" ? KIND_TRAP : fail(ln.line, `bad kind "${v}"`);
        break;
      case "trait":
        for (const t of v.split(",")) traits |= traitBits[t] ?? fail(ln.line, `unknown trait "${t}"`);
        break;
      default:
        fail(ln.line, `unknown fact "${k}"`);
    }
  }
  return Object.freeze({
    access: Object.freeze(access),
    mergeIfReg,
    implicit: Object.freeze([...implicit].map(([reg, a]) => Object.freeze({ reg, access: a as Access }))),
    memory: Object.freeze(memory),
    flagsRead: rf,
    flagsWritten: wf & ~uf,
    flagsUndefined: uf,
    stack,
    kind,
    traits,
    rep: rep === null ? null : Object.freeze(rep),
    line: ln.line,
  });
}

function lookup(t: FactTable, form: Form): InstructionFacts | undefined {
  let f = t.cache.get(form);
  if (f === undefined) {
    f = null;
    const cand = t.byMnemonic.get(form.mnemonic) ?? [];
    let i = 0, j = 0;
    // the first matching line in table order, from the exact-mnemonic lines and the glob lines
    while (f === null && (i < cand.length || j < t.globLines.length)) {
      const idx = j >= t.globLines.length || (i < cand.length && cand[i]! < t.globLines[j]!) ? cand[i++]! : t.globLines[j++]!;
      const ln = t.lines[idx]!;
      for (const k of ln.keys) {
        if (keyMatches(k, form)) {
          f = build(ln, form, k.cc);
          break;
        }
      }
    }
    t.cache.set(form, f);
  }
  return f ?? undefined;
}

/**
 * The facts of a form, or undefined when facts-rows.ts has no line for it.
 *
 * @example factsOf(formsOf("div")![2]!)!.implicit.map((i) => i.reg.name) // ["eax", "edx"]
 * @throws JitError ESTATE when a facts line is malformed (a bug in facts-rows.ts, reached by the coverage test)
 */
export function factsOf(form: Form): InstructionFacts | undefined {
  return lookup((table ??= parseTable(factRows)), form);
}

/**
 * @internal Facts from other rows (the notation of facts-rows.ts), for tests of the notation.
 * @example factsFromRows("neg | rw | wf=OSZAPC")(formsOf("neg")![0]!)
 * @throws JitError ESTATE for a malformed line
 */
export function factsFromRows(text: string): (form: Form) => InstructionFacts | undefined {
  const t = parseTable(text);
  return (form) => lookup(t, form);
}

/** How an operand is used, with the instance's details the form alone does not fix. */
export interface OperandUse {
  /** The operand is a register (else memory / immediate). */
  readonly isReg?: boolean;
  /** Its width in bits (a GP register's 8/16/32/64). */
  readonly bits?: number;
  /** Register family (registers.ts RT_*). */
  readonly type?: number;
  /** Merge-masked with {k} (EVEX), without {z}. */
  readonly merging?: boolean;
  /** The next operand is a register (for `mergeIfReg`). */
  readonly nextIsReg?: boolean;
}

/**
 * The access of operand `i` as a register allocator sees the whole register:
 * a write of an 8- or 16-bit GP register, or a merge-masked EVEX vector
 * destination, keeps bits of the old value, so it reads too; legacy movss/movsd
 * from a register merge.
 *
 * @example operandAccess(factsOf(movForm)!, form, 0, { isReg: true, bits: 16, type: RT_GP }) // ACC_RW
 */
export function operandAccess(facts: InstructionFacts, form: Form, i: number, use: OperandUse = {}): Access {
  let a = facts.access[i] ?? ACC_NONE;
  if (a === ACC_W) {
    if (use.isReg === true && use.type === RT_GP && use.bits !== undefined && use.bits < 32) a = ACC_RW;
    if (use.merging === true && use.type !== RT_K && form.enc !== ENC_LEGACY) a = ACC_RW;
  }
  if (a === ACC_RW && i === 0 && facts.mergeIfReg && use.nextIsReg === false) a = ACC_W;
  return a;
}

/** The number of the full register a register names: ah..bh are bits 15:8 of registers 0–3. */
export function regNumber(r: Reg): number {
  return r.isHigh8 ? r.id - 4 : r.id;
}

/** True when a written vector register of this form keeps its bits above the operand (legacy SSE), false when they are zeroed (VEX/EVEX). */
export function keepsUpperBits(form: Form): boolean {
  return form.enc === ENC_LEGACY;
}

/** The register families that hold vectors. */
export function isVectorType(type: number): boolean {
  return type === RT_XMM || type === RT_YMM || type === RT_ZMM;
}
