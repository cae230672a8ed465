/**
 * operands.ts — memory operands and the size helpers that build them
 * (`byte`, `word`, `dword`, `qword`, `tword`, `xmmword`, `ymmword`, `zmmword`,
 * `mem`), plus the type brands the typed builder uses for memory.
 *
 * A `Mem` is immutable and validated when it is built (scale, index, range of
 * the displacement), so the encoder's hot path only reads fields. Registers
 * live in registers.ts; immediates are plain numbers or bigints.
 */
import { show } from "../core/data.ts";
import { SEG_NAMES, sizeWord } from "./table/vocabulary.ts";
import { JitError } from "../core/errors.ts";
import { Label } from "../core/label.ts";
import { C_DECO, rip, Reg, RT_K, type KReg, RT_GP, RT_RIP, RT_SEG, RT_XMM, RT_YMM, RT_ZMM, type Gp32, type Gp64, type Rip, type SegReg, type Xmm, type Ymm, type Zmm } from "./registers.ts";

// memory, immediate and label class bits live in classes.ts (re-exported here for their readers)
export {
  M8, M16, M32, M64, M80, M128, M256, M512, MANY, B16, B32, B64, VSIB_X, VSIB_Y, VSIB_Z, M_ALL_SIZES,
  H_IMM8, H_IMM16, H_IMM32, H_IMM64, H_IMM32S, H_ONE, H_IMM8S16, H_IMM8S32, H_IMM8S64, H_LABEL, H_MEMLABEL, H_BANY,
} from "./classes.ts";
import { M8, M16, M32, M64, M80, M128, M256, M512, MANY, B16, B32, B64, VSIB_X, VSIB_Y, VSIB_Z, M_ALL_SIZES, H_MEMLABEL, H_BANY } from "./classes.ts";

/** The memory class bit of a size in bits (a switch: the builder's hot path creates a Mem per memory operand). */
function sizeBitOf(bits: number): number {
  switch (bits) {
    case 8: return M8;
    case 16: return M16;
    case 32: return M32;
    case 64: return M64;
    case 80: return M80;
    case 128: return M128;
    case 256: return M256;
    case 512: return M512;
  }
  return undefined as never; // as the former table lookup: no size helper passes another width
}


/** An operand as instructions take it: a register, a memory operand, an immediate, a label, or a trailing rounding mode. */
export type Operand = Reg | Mem | number | bigint | Label | Rounding;

/** A memory operand `[base + index*scale + disp]` with an operand size. */
export class Mem {
  /** Memory class bits for the form matcher. */
  readonly mcls: number;
  /** Matcher class words: no register bits (C_DECO when masked); memory bits (+ H_MEMLABEL). */
  readonly lo: number;
  readonly hi: number;
  constructor(
    /** Base register (64- or 32-bit GP, or rip), or null. */
    readonly base: Reg | null,
    /** Index register (GP, or a vector register for VSIB), or null. */
    readonly index: Reg | null,
    /** Index scale: 1, 2, 4 or 8. */
    readonly scale: number,
    /**
     * Displacement: an int32 number, or — only for an absolute address `[addr]` outside the int32 range,
     * which only movabs's moffs forms can encode — a bigint (signed 64-bit).
     */
    readonly disp: number | bigint,
    /** Operand size in bits, 0 when unsized. */
    readonly bits: number,
    /** Segment override register number (0 es, 1 cs, 2 ss, 3 ds, 4 fs, 5 gs), or -1. */
    readonly seg: number = -1,
    /** Label for `[rip + label]`, or null. */
    readonly label: Label | null = null,
    /** Embedded broadcast `{1toN}`. */
    readonly broadcast: boolean = false,
    /** Opmask k1–k7 on a masked store (`zmmword ptr [rax] {k1}`), else 0. */
    readonly mask: number = 0,
    /** Broadcast element count N of `{1toN}`, or 0 to let the other operands decide. */
    readonly bcstCount: number = 0,
  ) {
    let c: number;
    if (index !== null && index.type !== RT_GP) {
      c = index.type === RT_XMM ? VSIB_X : index.type === RT_YMM ? VSIB_Y : VSIB_Z;
    } else if (broadcast) {
      // an unsized broadcast (`[rax]{1to8}`): the element size comes from the form
      c = bits === 16 ? B16 : bits === 32 ? B32 : bits === 64 ? B64 : B16 | B32 | B64;
    } else if (bits === 0) {
      c = M_ALL_SIZES | MANY;
    } else {
      c = sizeBitOf(bits);
    }
    this.mcls = c;
    if (broadcast && bcstCount === 0) c |= H_BANY;
    this.hi = label !== null ? c | H_MEMLABEL : c;
    this.lo = mask !== 0 || bcstCount !== 0 ? C_DECO : 0;
  }

  /** True for `[rip + x]` operands (RIP-relative addressing). */
  get isRip(): boolean {
    return this.base !== null && this.base.type === RT_RIP;
  }

  /**
   * Embedded broadcast: `qword(rax).bcst()` is Intel `qword ptr [rax]{1toN}`.
   * N follows from the other operands; pass it (`bcst(2)`) where they leave
   * it open, e.g. `vcvttpd2dq xmm0, qword ptr [rax]{1to2}` vs `{1to4}`.
   * @throws JitError EOPERAND unless the element size is 16, 32 or 64 bits, or N is not 2, 4, 8, 16 or 32.
   */
  bcst(count?: 2 | 4 | 8 | 16 | 32): MemBcstOf<this> {
    if (this.bits !== 0 && this.bits !== 16 && this.bits !== 32 && this.bits !== 64) {
      throw new JitError("EOPERAND", `broadcast needs a word, dword or qword element (or no size: the form's), got a ${sizeWord(this.bits)} operand`);
    }
    if (count !== undefined && count !== 2 && count !== 4 && count !== 8 && count !== 16 && count !== 32) throw new JitError("EOPERAND", `{1to${show(count)}}: N must be 2, 4, 8, 16 or 32`);
    return new Mem(this.base, this.index, this.scale, this.disp, this.bits, this.seg, this.label, true, this.mask, count ?? 0) as unknown as MemBcstOf<this>;
  }

  /** Segment override: `qword(rax).es()` is `qword ptr es:[rax]`. */
  es(): this {
    return this.withSeg(0);
  }
  /** Segment override: `qword(rax).cs()` is `qword ptr cs:[rax]`. */
  cs(): this {
    return this.withSeg(1);
  }
  /** Segment override: `qword(rax).ss()` is `qword ptr ss:[rax]`. */
  ss(): this {
    return this.withSeg(2);
  }
  /** Segment override: `qword(rax).ds()` is `qword ptr ds:[rax]` (written out: llvm-mc emits the 3e prefix). */
  ds(): this {
    return this.withSeg(3);
  }
  /** Segment override: `qword(rax).fs()` is `qword ptr fs:[rax]`. */
  fs(): this {
    return this.withSeg(4);
  }
  /** Segment override: `qword(rax).gs()` is `qword ptr gs:[rax]`. */
  gs(): this {
    return this.withSeg(5);
  }
  private withSeg(seg: number): this {
    return new Mem(this.base, this.index, this.scale, this.disp, this.bits, seg, this.label, this.broadcast, this.mask, this.bcstCount) as this;
  }
  /**
   * Merge-masking on a memory destination (masked stores, scatters, compress):
   * `zmmword(rax).k(k1)` is Intel `zmmword ptr [rax] {k1}`.
   * @throws JitError EOPERAND for k0 or a non-k register.
   */
  k(mask: KReg): this {
    const m = mask as unknown as Reg;
    if (!(m instanceof Reg) || m.type !== RT_K) throw new JitError("EOPERAND", `opmask must be k1..k7, got ${m instanceof Reg ? m.name : show(m)}`);
    if (m.id === 0) throw new JitError("EOPERAND", `k0 cannot be used as a write mask (it means "no mask")`);
    return new Mem(this.base, this.index, this.scale, this.disp, this.bits, this.seg, this.label, this.broadcast, m.id, this.bcstCount) as this;
  }
  /**
   * The same address with `delta` added to the displacement.
   * @throws JitError ERANGE when the result leaves the int32 range (or 64 bits for an absolute address), EOPERAND for a non-integer
   */
  offset(delta: number | bigint): this {
    if (typeof delta === "bigint" || typeof this.disp === "bigint") {
      if ((typeof delta !== "bigint" && !Number.isInteger(delta)) || (typeof delta === "number" && !Number.isSafeInteger(delta))) fail(`offset: expected an integer, got ${describeArg(delta)}`);
      const d = BigInt(this.disp) + BigInt(delta);
      return mk(this.bits, this.base, this.index, this.scale, d, this.seg, this.label, this.broadcast, this.mask, this.bcstCount) as this;
    }
    if (typeof delta !== "number" || !Number.isInteger(delta)) fail(`offset: expected an integer, got ${describeArg(delta)}`);
    return mk(this.bits, this.base, this.index, this.scale, this.disp + delta, this.seg, this.label, this.broadcast, this.mask, this.bcstCount) as this;
  }

  toString(): string {
    const parts: string[] = [];
    if (this.base) parts.push(this.base.name);
    if (this.label) parts.push(this.label.name);
    if (this.index) parts.push(this.scale === 1 ? this.index.name : `${this.index.name}*${this.scale}`);
    let s = parts.join(" + ");
    if (this.disp !== 0 || parts.length === 0) {
      if (parts.length === 0) s = String(this.disp);
      else s += this.disp < 0 ? ` - ${-this.disp}` : ` + ${this.disp}`;
    }
    const seg = this.seg >= 0 ? `${SEG_NAMES[this.seg]}:` : "";
    const size = sizeWord(this.bits) ? `${sizeWord(this.bits)} ptr ` : "";
    return `${size}${seg}[${s}]${this.broadcast ? `{1to${this.bcstCount || "N"}}` : ""}${this.mask ? ` {k${this.mask}}` : ""}`;
  }
}

// ---- type brands -------------------------------------------------------------
/** Any memory operand. */
export interface MemBase extends Mem { readonly __mem: true }
/** A memory operand written without a size (`mem(rax)`): only for size-less forms such as `lea` or `prefetch`. */
export interface MemAny extends MemBase { readonly __many: true }
export interface Mem8 extends MemBase { readonly __m8: true }
export interface Mem16 extends MemBase { readonly __m16: true }
export interface Mem32 extends MemBase { readonly __m32: true }
export interface Mem64 extends MemBase { readonly __m64: true }
export interface Mem80 extends MemBase { readonly __m80: true }
export interface Mem128 extends MemBase { readonly __m128: true }
export interface Mem256 extends MemBase { readonly __m256: true }
export interface Mem512 extends MemBase { readonly __m512: true }
/** `word ptr [..]{1toN}` */
export interface Bcst16 extends MemBase { readonly __b16: true }
/** `dword ptr [..]{1toN}` */
export interface Bcst32 extends MemBase { readonly __b32: true }
/** `qword ptr [..]{1toN}` */
export interface Bcst64 extends MemBase { readonly __b64: true }
/** VSIB memory with an xmm / ymm / zmm index (gathers and scatters). */
export interface VsibX extends MemBase { readonly __vx: true }
export interface VsibY extends MemBase { readonly __vy: true }
export interface VsibZ extends MemBase { readonly __vz: true }

type MemBcstOf<M> = M extends Mem16 ? Bcst16 : M extends Mem32 ? Bcst32 : M extends Mem64 ? Bcst64 : Bcst16 | Bcst32 | Bcst64;

/** What may stand as the base of an address (a number or bigint alone: an absolute address). */
export type BaseArg = Gp64 | Gp32 | Rip | Label | number | bigint | null;
/** What may stand as the second argument: an index register or a displacement. */
export type IndexArg = Gp64 | Gp32 | Xmm | Ymm | Zmm | Label | number;
/** Index scale. */
export type Scale = 1 | 2 | 4 | 8;
/** The long form: every part named. */
export interface MemParts {
  base?: Gp64 | Gp32 | Rip | null;
  index?: Gp64 | Gp32 | Xmm | Ymm | Zmm | null;
  scale?: Scale;
  /** An int32, or for an absolute address (no base, index or label) any 64-bit value, as a bigint beyond 2^53. */
  disp?: number | bigint;
  label?: Label;
  seg?: SegReg;
}

type VsibOf<I> = I extends Zmm ? VsibZ : I extends Ymm ? VsibY : I extends Xmm ? VsibX : never;

const INT32_MIN = -0x80000000, INT32_MAX = 0x7fffffff;

function fail(msg: string): never {
  throw new JitError("EOPERAND", msg);
}

/** A never-throwing description of a helper argument. */
function describeArg(v: unknown): string {
  return v instanceof Reg ? v.name : v instanceof Label ? `label ${v.name}` : show(v);
}

/**
 * A displacement as a Mem holds it: an int32 number, or for an absolute address outside the int32 range the
 * signed 64-bit value as a bigint (`[0xffffffffffffffff]` is `[-1]`, as llvm-mc reads it).
 */
function normDisp(disp: unknown, absolute: boolean): number | bigint {
  if (typeof disp === "number") {
    if (!Number.isInteger(disp)) fail(`displacement must be an integer, got ${describeArg(disp)}`);
    if (disp >= INT32_MIN && disp <= INT32_MAX) return disp;
    if (disp < -(2 ** 63) || disp >= 2 ** 64) throw new JitError("ERANGE", `address ${disp} does not fit in 64 bits`);
    disp = BigInt(disp); // exact: an integer-valued double
  } else if (typeof disp !== "bigint") fail(`displacement must be an integer, got ${describeArg(disp)}`);
  const big = disp as bigint;
  if (big < -(1n << 63n) || big >= 1n << 64n) throw new JitError("ERANGE", `address ${big} does not fit in 64 bits`);
  const signed = BigInt.asIntN(64, big);
  if (signed >= -0x80000000n && signed <= 0x7fffffffn) return Number(signed);
  if (!absolute) throw new JitError("ERANGE", `displacement ${big} does not fit in 32 signed bits`);
  return signed;
}

/** The low 32 bits of a displacement as an int32. @throws JitError ERANGE beyond 64 bits */
function wrap32(disp: number | bigint): number {
  const big = BigInt(disp);
  if (big < -(1n << 63n) || big >= 1n << 64n) throw new JitError("ERANGE", `displacement ${big} does not fit in 64 bits`);
  const d = Number(BigInt.asIntN(32, big));
  // llvm-mc keeps a written displacement that wraps to 0 as a disp8 of 0; a Mem cannot tell it from no displacement
  if (d === 0 && big !== 0n) throw new JitError("ERANGE", `displacement ${big} wraps to 0 in 32-bit addressing; write 0 (or the intended value)`);
  return d;
}

function mk(bits: number, base: Reg | null, index: Reg | null, scale: unknown, disp: unknown, seg: number, label: Label | null, bcst: boolean, mask = 0, bcstCount = 0): Mem {
  if (base !== null) {
    if (!(base instanceof Reg)) fail(`memory base must be a register, got ${describeArg(base)}`);
    if (base.type === RT_GP) {
      if (base.bits !== 64 && base.bits !== 32) fail(`memory base must be a 64- or 32-bit register, got ${base.name}`);
    } else if (base.type !== RT_RIP) fail(`memory base must be a general-purpose register or rip, got ${base.name}`);
  }
  if (index !== null) {
    if (!(index instanceof Reg)) fail(`memory index must be a register, got ${describeArg(index)}`);
    if (index.type === RT_GP) {
      if (index.bits !== 64 && index.bits !== 32) fail(`memory index must be a 64- or 32-bit register, got ${index.name}`);
      if (index.id === 4) fail(`${index.name} cannot be an index register (the SIB byte has no encoding for it); swap base and index or use another register`);
      if (base !== null && base.type === RT_GP && base.bits !== index.bits) fail(`base ${base.name} and index ${index.name} must have the same width`);
    } else if (index.type !== RT_XMM && index.type !== RT_YMM && index.type !== RT_ZMM) {
      fail(`memory index must be a general-purpose or vector register, got ${index.name}`);
    }
    if (base !== null && base.type === RT_RIP) fail(`rip-relative addresses cannot have an index register`);
  }
  if (label !== null && !(label instanceof Label)) fail(`expected a label, got ${describeArg(label)}`);
  if (scale !== 1 && scale !== 2 && scale !== 4 && scale !== 8) fail(`scale must be 1, 2, 4 or 8, got ${describeArg(scale)}`);
  if (index === null && scale !== 1) fail(`a scale needs an index register`);
  // 32-bit addressing computes modulo 2^32: any displacement wraps to its low 32 bits (as llvm-mc: [r14d + 0xffffffff] is [r14d - 1])
  const addr32 = (base !== null && base.type === RT_GP && base.bits === 32) || (index !== null && index.type === RT_GP && index.bits === 32);
  const d = addr32 && (typeof disp === "bigint" || (typeof disp === "number" && Number.isInteger(disp))) && label === null
    ? wrap32(disp as number | bigint)
    : normDisp(disp, base === null && index === null && label === null);
  return new Mem(base, index, scale, d, bits, seg, label, bcst, mask, bcstCount);
}

function build(bits: number, a: BaseArg | MemParts | undefined, b?: IndexArg, c?: Scale, d?: number, extra?: unknown): Mem {
  if (extra !== undefined) fail(`a memory operand takes at most 4 parts: (base, index, scale, disp)`);
  // the common shapes first, register base with a displacement or an index (same checks and errors as below)
  if (a instanceof Reg && b instanceof Label) {
    if (a.type !== RT_RIP) fail(`a label can only be added to rip: qword(rip, label) or qword(label)`);
    if (c !== undefined) fail(`[rip + label] takes no scale`);
    return mk(bits, a, null, 1, d ?? 0, -1, b, false);
  }
  if (a instanceof Reg) {
    if (b === undefined) {
      if (c !== undefined || d !== undefined) fail(`a scale or displacement after a missing index: write (base, disp) or (base, index, scale, disp)`);
      return mk(bits, a, null, 1, 0, -1, null, false);
    }
    if (typeof b === "number") {
      if (c !== undefined || d !== undefined) fail(`after a displacement no scale may follow; write qword(base, index, scale, disp)`);
      return mk(bits, a, null, 1, b, -1, null, false);
    }
    if (!(b instanceof Reg)) fail(`the second part of an address must be an index register or a displacement, got ${describeArg(b)}`);
    return mk(bits, a, b, c ?? 1, d ?? 0, -1, null, false);
  }
  // long form
  if (a !== null && typeof a === "object" && !(a instanceof Reg) && !(a instanceof Label)) {
    if (b !== undefined || c !== undefined || d !== undefined) fail(`the long form { base, index, scale, disp, label, seg } takes no other arguments`);
    const p = a as MemParts;
    let seg = -1;
    if (p.seg !== undefined) {
      const r = p.seg as unknown;
      if (!(r instanceof Reg) || r.type !== RT_SEG) fail(`seg must be es, cs, ss, ds, fs or gs, got ${describeArg(r)}`);
      seg = r.id;
    }
    const label = p.label ?? null;
    return mk(bits, (label ? (p.base ?? null) : p.base) ?? (label ? rip : null), p.index ?? null, p.scale ?? 1, p.disp ?? 0, seg, label, false);
  }
  if (a instanceof Label) {
    if (c !== undefined || d !== undefined) fail(`[label] takes only a displacement after the label`);
    if (b !== undefined && typeof b !== "number") fail(`[label] takes only a displacement after the label`);
    return mk(bits, rip, null, 1, b ?? 0, -1, a, false);
  }
  if (typeof a === "number" || typeof a === "bigint") {
    // absolute address [disp]
    if (b !== undefined || c !== undefined || d !== undefined) fail(`an absolute address takes no index; use qword(null, index, scale, disp)`);
    return mk(bits, null, null, 1, a, -1, null, false);
  }
  if (a !== null && a !== undefined) fail(`memory base must be a register, a label or an address, got ${describeArg(a)}`);
  // no base: [index*scale + disp], or [rip + label] written with rip first is handled above (a is a Reg)
  if (b instanceof Label) fail(`a label can only be added to rip: qword(rip, label) or qword(label)`);
  if (typeof b === "number") {
    if (c !== undefined || d !== undefined) fail(`after a displacement no scale may follow; write qword(base, index, scale, disp)`);
    return mk(bits, null, null, 1, b, -1, null, false);
  }
  if (b === undefined) {
    if (c !== undefined || d !== undefined) fail(`a scale or displacement after a missing index: write qword(null, index, scale, disp)`);
    return mk(bits, null, null, 1, 0, -1, null, false);
  }
  if (!(b instanceof Reg)) fail(`the second part of an address must be an index register or a displacement, got ${describeArg(b)}`);
  return mk(bits, null, b, c ?? 1, d ?? 0, -1, null, false);
}

/** Overloads shared by every size helper. */
export interface MemHelper<M> {
  /** `[base]`, `[base + disp]`, `[base + index*scale + disp]`, `[rip + label + disp]`, `[abs]`. */
  (base: Gp64 | Gp32, disp?: number): M;
  <I extends Gp64 | Gp32 | Xmm | Ymm | Zmm>(base: Gp64 | Gp32 | null, index: I, scale?: Scale, disp?: number): I extends Gp64 | Gp32 ? M : VsibOf<I>;
  (base: Rip, label: Label, disp?: number): M;
  (base: Rip, disp?: number): M;
  (label: Label, disp?: number): M;
  /** An absolute address; beyond int32 only movabs (moffs) encodes it: a bigint keeps all 64 bits. */
  (absolute: number | bigint): M;
  (parts: MemParts): M;
}

function helper<M>(bits: number): MemHelper<M> {
  return ((a: BaseArg | MemParts, b?: IndexArg, c?: Scale, d?: number, e?: unknown) => build(bits, a, b, c, d, e)) as unknown as MemHelper<M>;
}

/** `byte ptr [...]` — e.g. `byte(rdi, rcx)` is `byte ptr [rdi + rcx]`. @throws JitError EOPERAND, ERANGE */
export const byte = helper<Mem8>(8);
/** `word ptr [...]` @throws JitError EOPERAND, ERANGE */
export const word = helper<Mem16>(16);
/** `dword ptr [...]` — e.g. `dword(rsp, 8)` is `dword ptr [rsp + 8]`. @throws JitError EOPERAND, ERANGE */
export const dword = helper<Mem32>(32);
/** `qword ptr [...]` — e.g. `qword(rdi, rcx, 8, 16)` is `qword ptr [rdi + 8*rcx + 16]`. @throws JitError EOPERAND, ERANGE */
export const qword = helper<Mem64>(64);
/** `tbyte ptr [...]` (80-bit) @throws JitError EOPERAND, ERANGE */
export const tword = helper<Mem80>(80);
/** `xmmword ptr [...]` (128-bit) @throws JitError EOPERAND, ERANGE */
export const xmmword = helper<Mem128>(128);
/** `ymmword ptr [...]` (256-bit) @throws JitError EOPERAND, ERANGE */
export const ymmword = helper<Mem256>(256);
/** `zmmword ptr [...]` (512-bit) @throws JitError EOPERAND, ERANGE */
export const zmmword = helper<Mem512>(512);
/** An unsized `[...]`, for instructions whose memory operand has no size (`lea`, `prefetcht0`, `clflush`). @throws JitError EOPERAND, ERANGE */
export const mem = helper<MemAny>(0);

/**
 * Build a memory operand of `bits` size from parts (used by the text parser). `disp` may be a bigint: an
 * absolute address keeps all 64 bits (`movabs rax, [0x123456789abcdef]`); a value that sign-extends from
 * 32 bits becomes the int32 (`[0xffffffffffffffff]` is `[-1]`, as llvm-mc reads it).
 * @throws JitError EOPERAND (bad parts), ERANGE (a displacement beyond 32 bits with a base, index or label; beyond 64 bits)
 */
export function memOf(bits: number, parts: { base: Reg | null; index: Reg | null; scale: number; disp: number | bigint; seg: number; label: Label | null; bcst?: boolean | number }): Mem {
  const m = mk(bits, parts.label && !parts.base ? rip : parts.base, parts.index, parts.scale, parts.disp, parts.seg, parts.label, false);
  if (!parts.bcst) return m;
  return (typeof parts.bcst === "number" ? m.bcst(parts.bcst as 2 | 4 | 8 | 16 | 32) : m.bcst()) as unknown as Mem;
}

export { RT_SEG };

/**
 * Embedded rounding / suppress-all-exceptions, written as a trailing operand:
 * `a.vaddpd(zmm0, zmm1, zmm2, rnSae)` is Intel `vaddpd zmm0, zmm1, zmm2, {rn-sae}`.
 */
export class Rounding {
  /** Matcher class words (a rounding operand is split off before matching). */
  readonly lo: number = 0;
  readonly hi: number = 0;
  constructor(
    /** 0 rn, 1 rd, 2 ru, 3 rz; -1 for plain {sae}. */
    readonly mode: number,
    readonly name: string,
  ) {}
  toString(): string {
    return `{${this.name}}`;
  }
}
/** `{rn-sae}` round to nearest even. */
export const rnSae = new Rounding(0, "rn-sae");
/** `{rd-sae}` round down. */
export const rdSae = new Rounding(1, "rd-sae");
/** `{ru-sae}` round up. */
export const ruSae = new Rounding(2, "ru-sae");
/** `{rz-sae}` round toward zero. */
export const rzSae = new Rounding(3, "rz-sae");
/** `{sae}` suppress all exceptions (no rounding change). */
export const sae = new Rounding(-1, "sae");
