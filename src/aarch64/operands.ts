/**
 * operands.ts — the AArch64 operands that are not plain registers: memory
 * operands in every addressing mode, shift and extend modifiers, conditions
 * and the other named operands (barrier options, prefetch operations, system
 * registers), and `operandClass`, which gives any operand its K_* class bit.
 *
 *   mem(x0)                 [x0]                 mem(x0, 16)        [x0, #16]
 *   pre(x0, -16)            [x0, #-16]!          post(x0, 16)       [x0], #16
 *   post(x0, x2)            [x0], x2  (structure loads and stores)
 *   mem(x0, x1, lsl(3))     [x0, x1, lsl #3]     mem(x0, w1, sxtw(2)) [x0, w1, sxtw #2]
 *   lsl(12), asr(3), msl(8), uxtw(2), sxtx()     shift / extend modifiers
 *
 * Holds no encoding: the table's operand kinds (table/operand-kinds.ts) decide
 * what each instruction accepts.
 */
import { JitError } from "../core/errors.ts";
import { Label } from "../core/label.ts";
import { K_ELIST, K_EXT, K_GPW, K_IMM, K_LABEL, K_LIST, K_MEM, K_NAME, K_SHIFT, K_SP, K_X, K_XZR, Reg, type SP, type Wz, type X, type Xs, type Xz } from "./registers.ts";

// ---- memory ------------------------------------------------------------------------
/** Addressing modes. */
export const MODE_OFF = 0; // [base{, #imm}]
export const MODE_PRE = 1; // [base, #imm]!
export const MODE_POST = 2; // [base], #imm
export const MODE_POSTREG = 3; // [base], xm
export const MODE_REG = 4; // [base, index{, extend {#amount}}]

const MODE_NAMES = ["offset", "pre-index", "post-index", "post-index by register", "register offset"];

declare const memBrand: unique symbol;
/**
 * A memory operand. Build it with `mem`, `pre` or `post`; the typed builder
 * sees its addressing mode through the brands `MemOff`, `MemPre`, `MemPost`,
 * `MemPostReg`, `MemIdx`.
 */
export class Mem {
  constructor(
    /** MODE_OFF, MODE_PRE, MODE_POST, MODE_POSTREG or MODE_REG. */
    readonly mode: number,
    /** Base register: x0–x30 or sp. */
    readonly base: Reg,
    /** Byte offset (offset / pre / post modes). */
    readonly offset: number,
    /** Index register (register-offset mode) or post-increment register. */
    readonly index: Reg | null,
    /** Extend of the index: EXTEND_NAMES index (lsl = 8), -1 for none. */
    readonly extend: number,
    /** Shift amount of the index, -1 when none was written (`[x0, x1]`). */
    readonly amount: number,
  ) {}
  /** The addressing mode's name. */
  get modeName(): string {
    return MODE_NAMES[this.mode]!;
  }
  /** llvm-mc text, e.g. `[x0, #16]!`. */
  toString(): string {
    const b = this.base.name;
    switch (this.mode) {
      case MODE_OFF:
        return this.offset === 0 ? `[${b}]` : `[${b}, #${this.offset}]`;
      case MODE_PRE:
        return `[${b}, #${this.offset}]!`;
      case MODE_POST:
        return `[${b}], #${this.offset}`;
      case MODE_POSTREG:
        return `[${b}], ${this.index!.name}`;
      default: {
        const ext = this.extend < 0 ? "" : `, ${EXTEND_NAMES[this.extend]}${this.amount >= 0 ? ` #${this.amount}` : ""}`;
        return `[${b}, ${this.index!.name}${ext}]`;
      }
    }
  }
}
/** `[base{, #imm}]` */ export type MemOff = Mem & { readonly [memBrand]: "off" };
/** `[base, #imm]!` */ export type MemPre = Mem & { readonly [memBrand]: "pre" };
/** `[base], #imm` */ export type MemPost = Mem & { readonly [memBrand]: "post" };
/** `[base], xm` */ export type MemPostReg = Mem & { readonly [memBrand]: "postreg" };
/** `[base, index{, extend}]` */ export type MemIdx = Mem & { readonly [memBrand]: "idx" };

function checkBase(base: unknown, what: string): Reg {
  if (!(base instanceof Reg) || (base.cls & (K_X | K_SP)) === 0) {
    throw new JitError("EOPERAND", `${what}: the base register must be x0–x30 or sp, got ${describeOperand(base)}`);
  }
  return base;
}
function checkOffset(offset: unknown, what: string): number {
  if (typeof offset !== "number" || !Number.isSafeInteger(offset)) throw new JitError("ERANGE", `${what}: the offset must be an integer, got ${describeOperand(offset)}`);
  return offset;
}

/**
 * A memory operand `[base]`, `[base, #offset]` or `[base, index{, extend}]`.
 * @example mem(x0, 16)  mem(sp)  mem(x1, x2, lsl(3))  mem(x1, w2, sxtw())
 * @throws JitError EOPERAND for a bad base, index or extend, ERANGE for a non-integer offset
 */
export function mem(base: Xs, offset?: number): MemOff;
export function mem(base: Xs, index: Xz, extend?: Shift<"lsl"> | Extend<"uxtx" | "sxtx">): MemIdx;
export function mem(base: Xs, index: Wz, extend: Extend<"uxtw" | "sxtw">): MemIdx;
export function mem(base: Xs, second?: number | Reg, extend?: Shift | Extend): Mem {
  const b = checkBase(base, "mem");
  if (second === undefined) return new Mem(MODE_OFF, b, 0, null, -1, -1);
  if (typeof second === "number") {
    if (extend !== undefined) throw new JitError("EOPERAND", "mem: an immediate offset takes no extend");
    return new Mem(MODE_OFF, b, checkOffset(second, "mem"), null, -1, -1);
  }
  if (!(second instanceof Reg) || (second.cls & (K_X | K_XZR | K_GPW)) === 0) {
    throw new JitError("EOPERAND", `mem: the index must be a general-purpose register (x or w), got ${describeOperand(second)}`);
  }
  let ext = -1, amount = -1;
  if (extend !== undefined) {
    if (extend instanceof Shift) {
      if (extend.kind !== SHIFT_LSL) throw new JitError("EOPERAND", `mem: the index takes lsl or an extend, not ${extend}`);
      ext = EXT_LSL;
      amount = extend.amount;
    } else if (extend instanceof Extend) {
      ext = extend.kind;
      amount = extend.amount;
    } else throw new JitError("EOPERAND", `mem: expected lsl(n) or an extend (uxtw, sxtw, sxtx), got ${describeOperand(extend)}`);
  }
  return new Mem(MODE_REG, b, 0, second, ext, amount);
}

/**
 * Pre-indexed `[base, #offset]!`: the base is updated before the access.
 * @example a.stp(x29, x30, pre(sp, -16))
 * @throws JitError EOPERAND, ERANGE
 */
export function pre(base: Xs, offset: number): MemPre {
  return new Mem(MODE_PRE, checkBase(base, "pre"), checkOffset(offset, "pre"), null, -1, -1) as MemPre;
}

/**
 * Post-indexed `[base], #offset` (or `[base], xm` for structure loads/stores): the base is updated after the access.
 * @example a.ldp(x29, x30, post(sp, 16))  a.ld1([v0.s4], post(x0, 16))
 * @throws JitError EOPERAND, ERANGE
 */
export function post(base: Xs, offset: number): MemPost;
export function post(base: Xs, increment: X): MemPostReg;
export function post(base: Xs, by: number | X): Mem {
  const b = checkBase(base, "post");
  if (by instanceof Reg) {
    if ((by.cls & K_X) === 0) throw new JitError("EOPERAND", `post: the increment register must be x0–x30, got ${by.name}`);
    return new Mem(MODE_POSTREG, b, 0, by, -1, -1);
  }
  return new Mem(MODE_POST, b, checkOffset(by, "post"), null, -1, -1);
}

// ---- shifts and extends ---------------------------------------------------------------
export const SHIFT_NAMES = ["lsl", "lsr", "asr", "ror", "msl"] as const;
export type ShiftKind = (typeof SHIFT_NAMES)[number];
export const SHIFT_LSL = 0;
export const SHIFT_MSL = 4;

declare const shiftBrand: unique symbol;
/** A shift modifier `lsl #n` (build with lsl/lsr/asr/ror/msl). */
export class Shift<K extends ShiftKind = ShiftKind> {
  declare readonly [shiftBrand]: K;
  constructor(
    /** Index in SHIFT_NAMES. */
    readonly kind: number,
    readonly amount: number,
  ) {}
  toString(): string {
    return `${SHIFT_NAMES[this.kind]} #${this.amount}`;
  }
}
function shift<K extends ShiftKind>(kind: number, amount: number): Shift<K> {
  if (typeof amount !== "number" || !Number.isInteger(amount) || amount < 0 || amount > 63) {
    throw new JitError("ERANGE", `${SHIFT_NAMES[kind]}: the shift amount must be an integer from 0 to 63, got ${describeOperand(amount)}`);
  }
  return new Shift<K>(kind, amount);
}
/** `lsl #n` @example a.add(x0, x1, x2, lsl(3)) @throws JitError ERANGE */
export const lsl = (n: number): Shift<"lsl"> => shift(0, n);
/** `lsr #n` @example a.add(x0, x1, x2, lsr(3)) @throws JitError ERANGE */
export const lsr = (n: number): Shift<"lsr"> => shift(1, n);
/** `asr #n` @example a.sub(x0, x1, x2, asr(63)) @throws JitError ERANGE */
export const asr = (n: number): Shift<"asr"> => shift(2, n);
/** `ror #n` (logical instructions) @example a.eor(x0, x1, x2, ror(7)) @throws JitError ERANGE */
export const ror = (n: number): Shift<"ror"> => shift(3, n);
/** `msl #n` (movi/mvni, 8 or 16) @example a.movi(v0.s4, 0xff, msl(8)) @throws JitError ERANGE */
export const msl = (n: number): Shift<"msl"> => shift(4, n);

export const EXTEND_NAMES = ["uxtb", "uxth", "uxtw", "uxtx", "sxtb", "sxth", "sxtw", "sxtx", "lsl"] as const;
export type ExtendKind = (typeof EXTEND_NAMES)[number];
/** `lsl` used as an extend (register offset, extended register with sp). */
export const EXT_LSL = 8;

declare const extBrand: unique symbol;
/** An extend modifier `uxtw #n` (build with uxtb ... sxtx). */
export class Extend<K extends ExtendKind = ExtendKind> {
  declare readonly [extBrand]: K;
  constructor(
    /** Index in EXTEND_NAMES (0–7). */
    readonly kind: number,
    /** Shift amount, -1 when none was written. */
    readonly amount: number,
  ) {}
  toString(): string {
    return `${EXTEND_NAMES[this.kind]}${this.amount >= 0 ? ` #${this.amount}` : ""}`;
  }
}
function extend<K extends ExtendKind>(kind: number, amount: number | undefined): Extend<K> {
  if (amount === undefined) return new Extend<K>(kind, -1);
  if (typeof amount !== "number" || !Number.isInteger(amount) || amount < 0 || amount > 4) {
    throw new JitError("ERANGE", `${EXTEND_NAMES[kind]}: the shift amount must be an integer from 0 to 4, got ${describeOperand(amount)}`);
  }
  return new Extend<K>(kind, amount);
}
/** `uxtb {#n}` @example a.add(x0, x1, w2, uxtb()) @throws JitError ERANGE */
export const uxtb = (n?: number): Extend<"uxtb"> => extend(0, n);
/** `uxth {#n}` @throws JitError ERANGE */
export const uxth = (n?: number): Extend<"uxth"> => extend(1, n);
/** `uxtw {#n}` @example mem(x0, w1, uxtw(2)) @throws JitError ERANGE */
export const uxtw = (n?: number): Extend<"uxtw"> => extend(2, n);
/** `uxtx {#n}` @throws JitError ERANGE */
export const uxtx = (n?: number): Extend<"uxtx"> => extend(3, n);
/** `sxtb {#n}` @throws JitError ERANGE */
export const sxtb = (n?: number): Extend<"sxtb"> => extend(4, n);
/** `sxth {#n}` @throws JitError ERANGE */
export const sxth = (n?: number): Extend<"sxth"> => extend(5, n);
/** `sxtw {#n}` @example mem(x0, w1, sxtw(3)) @throws JitError ERANGE */
export const sxtw = (n?: number): Extend<"sxtw"> => extend(6, n);
/** `sxtx {#n}` @throws JitError ERANGE */
export const sxtx = (n?: number): Extend<"sxtx"> => extend(7, n);

// ---- named operands -----------------------------------------------------------------------
/** Condition codes in encoding order; `hs`/`lo` are the aliases of `cs`/`cc`. */
export const CONDITIONS = ["eq", "ne", "cs", "cc", "mi", "pl", "vs", "vc", "hi", "ls", "ge", "lt", "gt", "le", "al", "nv"] as const;
/** A condition name: eq ne cs/hs cc/lo mi pl vs vc hi ls ge lt gt le al nv. */
export type Cond = (typeof CONDITIONS)[number] | "hs" | "lo";
/** Encoding of a condition name, or -1. */
export function condCode(name: string): number {
  const n = name.toLowerCase();
  if (n === "hs") return 2;
  if (n === "lo") return 3;
  return (CONDITIONS as readonly string[]).indexOf(n);
}

// ---- classification ---------------------------------------------------------------------------
/**
 * The K_* class bit of any operand (0 for something that is no operand):
 * registers carry theirs; numbers/bigints are K_IMM, labels K_LABEL, strings K_NAME,
 * arrays of vectors K_LIST, arrays of elements K_ELIST.
 */
export function operandClass(o: unknown): number {
  if (o instanceof Reg) return o.cls;
  switch (typeof o) {
    case "number":
      return Number.isFinite(o) ? K_IMM : 0;
    case "bigint":
      return K_IMM;
    case "string":
      return K_NAME;
    case "object":
      if (o instanceof Mem) return K_MEM;
      if (o instanceof Shift) return K_SHIFT;
      if (o instanceof Extend) return K_EXT;
      if (o instanceof Label) return K_LABEL;
      if (Array.isArray(o) && o.length > 0 && o[0] instanceof Reg) return o[0].index >= 0 ? K_ELIST : K_LIST;
      return 0;
    default:
      return 0;
  }
}

/** A short description of any value for error messages. */
export function describeOperand(o: unknown): string {
  if (o instanceof Reg || o instanceof Mem || o instanceof Shift || o instanceof Extend) return o.toString();
  if (o instanceof Label) return `label ${o.name}`;
  if (Array.isArray(o)) return `{${o.map(describeOperand).join(", ")}}`;
  if (typeof o === "string") return JSON.stringify(o);
  if (typeof o === "bigint") return `${o}n`;
  if (typeof o === "symbol") return o.toString();
  if (o === null) return "null";
  if (typeof o === "object") return Object.prototype.toString.call(o);
  return String(o);
}

export type { SP, X, Xs, Xz, Wz };
