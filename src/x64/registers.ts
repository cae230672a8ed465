/**
 * registers.ts — every x86-64 register bunjit can name, as frozen objects.
 *
 * A register is a `Reg` at run time (name, encoding number 0–31, width in bits,
 * and a class bitmask used by the encoder's form matcher). At the type level
 * each register carries a phantom brand interface (`Gp64`, `Xmm`, `KReg`, ...)
 * so the typed builder can reject `add(eax, rbx)` at compile time. This file
 * holds no encoding logic; operands.ts builds memory operands on top of it.
 */
import { show } from "../core/data.ts";
import { JitError } from "../core/errors.ts";

// operand class bits and register families live in classes.ts (re-exported here for their readers)
export {
  C_R8, C_R8H, C_R16, C_R32, C_R64, C_AL, C_AX, C_EAX, C_RAX, C_CL, C_DX, C_XMM, C_XMMX, C_YMM, C_YMMX, C_ZMM, C_K, C_SEG, C_XMM0, C_RIP,
  C_MMX, C_CR, C_DECO, RT_GP, RT_XMM, RT_YMM, RT_ZMM, RT_K, RT_SEG, RT_RIP,
} from "./classes.ts";
import {
  C_R8, C_R8H, C_R16, C_R32, C_R64, C_AL, C_AX, C_EAX, C_RAX, C_CL, C_DX, C_XMM, C_XMMX, C_YMM, C_YMMX, C_ZMM, C_K, C_SEG, C_RIP, C_XMM0,
  C_DECO, RT_GP, RT_XMM, RT_YMM, RT_ZMM, RT_K, RT_SEG, RT_RIP,
} from "./classes.ts";

/**
 * A machine register. Instances are created once here; vector registers also
 * carry an optional opmask and zeroing flag when decorated with `.k()`/`.z()`.
 */
export class Reg {
  /** Operand class bits for the form matcher. */
  readonly cls: number;
  /** Matcher class words: register bits (plus C_DECO when decorated) and high bits (none for registers). */
  readonly lo: number;
  readonly hi: number = 0;
  constructor(
    /** Intel name, e.g. "rax", "r8d", "xmm17", "k1". */
    readonly name: string,
    /** Register family (RT_GP, RT_XMM, ...). */
    readonly type: number,
    /** Encoding number 0–31. */
    readonly id: number,
    /** Width in bits (8, 16, 32, 64, 128, 256, 512; 64 for k and seg regs). */
    readonly bits: number,
    cls: number,
    /** Opmask register number 1–7 when decorated with `.k(kN)`, else 0. */
    readonly mask: number = 0,
    /** Zeroing-masking flag `{z}`. */
    readonly zero: boolean = false,
  ) {
    this.cls = cls;
    this.lo = mask !== 0 || zero ? cls | C_DECO : cls;
  }

  /** True for ah/ch/dh/bh, which cannot be encoded together with a REX prefix. */
  get isHigh8(): boolean {
    return (this.cls & C_R8H) !== 0;
  }

  /**
   * Merge-masking with an opmask register: `zmm0.k(k1)` is Intel `zmm0 {k1}`.
   * @throws JitError EOPERAND for k0 (means "no mask") or a non-vector register.
   */
  k(mask: KReg): this {
    if (this.type !== RT_XMM && this.type !== RT_YMM && this.type !== RT_ZMM && this.type !== RT_K) {
      throw new JitError("EOPERAND", `${this.name} cannot take an opmask: only vector and k registers can`);
    }
    const m = mask as unknown as Reg;
    if (!(m instanceof Reg) || m.type !== RT_K) throw new JitError("EOPERAND", `opmask must be k1..k7, got ${m instanceof Reg ? m.name : show(m)}`);
    if (m.id === 0) throw new JitError("EOPERAND", `k0 cannot be used as a write mask (it means "no mask")`);
    return new Reg(this.name, this.type, this.id, this.bits, this.cls, m.id, this.zero) as this;
  }

  /** Zeroing-masking: `zmm0.k(k1).z()` is Intel `zmm0 {k1} {z}`. */
  z(): this {
    if (this.type !== RT_XMM && this.type !== RT_YMM && this.type !== RT_ZMM) {
      throw new JitError("EOPERAND", `${this.name} cannot take {z}: only vector registers can`);
    }
    return new Reg(this.name, this.type, this.id, this.bits, this.cls, this.mask, true) as this;
  }

  toString(): string {
    let s = this.name;
    if (this.mask) s += ` {k${this.mask}}`;
    if (this.zero) s += " {z}";
    return s;
  }
}

// ---- type-level brands ------------------------------------------------------
// Phantom properties: never present at run time, they only steer overloads.
/** Any register. */
export interface AnyReg extends Reg {}
/** 8-bit general-purpose register (al, spl, r8b, ah, ...). */
export interface Gp8 extends Reg { readonly __r8: true }
/** 16-bit general-purpose register. */
export interface Gp16 extends Reg { readonly __r16: true }
/** 32-bit general-purpose register. */
export interface Gp32 extends Reg { readonly __r32: true }
/** 64-bit general-purpose register. */
export interface Gp64 extends Reg { readonly __r64: true }
export interface Al extends Gp8 { readonly __al: true }
export interface Cl extends Gp8 { readonly __cl: true }
export interface Ax extends Gp16 { readonly __ax: true }
export interface Dx extends Gp16 { readonly __dx: true }
export interface Eax extends Gp32 { readonly __eax: true }
export interface Rax extends Gp64 { readonly __rax: true }
/** 128-bit vector register xmm0–xmm31. */
export interface Xmm extends Reg { readonly __xmm: true }
/** xmm0, where an instruction uses it implicitly (blendvps). */
export interface Xmm0 extends Xmm { readonly __xmm0: true }
/** 256-bit vector register ymm0–ymm31. */
export interface Ymm extends Reg { readonly __ymm: true }
/** 512-bit vector register zmm0–zmm31. */
export interface Zmm extends Reg { readonly __zmm: true }
/** Opmask register k0–k7. */
export interface KReg extends Reg { readonly __k: true }
/** Segment register. */
export interface SegReg extends Reg { readonly __seg: true }
/** The instruction pointer, for RIP-relative memory operands. */
export interface Rip extends Reg { readonly __rip: true }

// ---- construction -------------------------------------------------------------
const byName = new Map<string, Reg>();
function def<T extends Reg>(name: string, type: number, id: number, bits: number, cls: number): T {
  const r = Object.freeze(new Reg(name, type, id, bits, cls));
  byName.set(name, r);
  return r as T; // the brand is phantom: every register is a Reg at run time
}

const gp64Names = ["rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi"];
const gp32Names = ["eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi"];
const gp16Names = ["ax", "cx", "dx", "bx", "sp", "bp", "si", "di"];
const gp8Names = ["al", "cl", "dl", "bl", "spl", "bpl", "sil", "dil"];

function gpName(bits: number, i: number): string {
  if (i < 8) {
    const t = bits === 64 ? gp64Names : bits === 32 ? gp32Names : bits === 16 ? gp16Names : gp8Names;
    return t[i]!;
  }
  return `r${i}${bits === 64 ? "" : bits === 32 ? "d" : bits === 16 ? "w" : "b"}`;
}
function gpCls(bits: number, i: number): number {
  const base = bits === 64 ? C_R64 : bits === 32 ? C_R32 : bits === 16 ? C_R16 : C_R8;
  let extra = 0;
  if (i === 0) extra = bits === 64 ? C_RAX : bits === 32 ? C_EAX : bits === 16 ? C_AX : C_AL;
  if (i === 1 && bits === 8) extra = C_CL;
  if (i === 2 && bits === 16) extra = C_DX;
  return base | extra;
}
/** All 64-bit GP registers by number (rax=0 … r15=15). */
export const gp64: readonly Gp64[] = Array.from({ length: 16 }, (_, i) => def<Gp64>(gpName(64, i), RT_GP, i, 64, gpCls(64, i)));
/** All 32-bit GP registers by number. */
export const gp32: readonly Gp32[] = Array.from({ length: 16 }, (_, i) => def<Gp32>(gpName(32, i), RT_GP, i, 32, gpCls(32, i)));
/** All 16-bit GP registers by number. */
export const gp16: readonly Gp16[] = Array.from({ length: 16 }, (_, i) => def<Gp16>(gpName(16, i), RT_GP, i, 16, gpCls(16, i)));
/** All low-byte GP registers by number (al … r15b; 4–7 are spl/bpl/sil/dil). */
export const gp8: readonly Gp8[] = Array.from({ length: 16 }, (_, i) => def<Gp8>(gpName(8, i), RT_GP, i, 8, gpCls(8, i)));

export const rax = gp64[0] as Rax, rcx = gp64[1]!, rdx = gp64[2]!, rbx = gp64[3]!, rsp = gp64[4]!, rbp = gp64[5]!, rsi = gp64[6]!, rdi = gp64[7]!;
export const r8 = gp64[8]!, r9 = gp64[9]!, r10 = gp64[10]!, r11 = gp64[11]!, r12 = gp64[12]!, r13 = gp64[13]!, r14 = gp64[14]!, r15 = gp64[15]!;
export const eax = gp32[0] as Eax, ecx = gp32[1]!, edx = gp32[2]!, ebx = gp32[3]!, esp = gp32[4]!, ebp = gp32[5]!, esi = gp32[6]!, edi = gp32[7]!;
export const r8d = gp32[8]!, r9d = gp32[9]!, r10d = gp32[10]!, r11d = gp32[11]!, r12d = gp32[12]!, r13d = gp32[13]!, r14d = gp32[14]!, r15d = gp32[15]!;
export const ax = gp16[0] as Ax, cx = gp16[1]!, dx = gp16[2] as Dx, bx = gp16[3]!, sp = gp16[4]!, bp = gp16[5]!, si = gp16[6]!, di = gp16[7]!;
export const r8w = gp16[8]!, r9w = gp16[9]!, r10w = gp16[10]!, r11w = gp16[11]!, r12w = gp16[12]!, r13w = gp16[13]!, r14w = gp16[14]!, r15w = gp16[15]!;
export const al = gp8[0] as Al, cl = gp8[1] as Cl, dl = gp8[2]!, bl = gp8[3]!, spl = gp8[4]!, bpl = gp8[5]!, sil = gp8[6]!, dil = gp8[7]!;
export const r8b = gp8[8]!, r9b = gp8[9]!, r10b = gp8[10]!, r11b = gp8[11]!, r12b = gp8[12]!, r13b = gp8[13]!, r14b = gp8[14]!, r15b = gp8[15]!;
/** High-byte registers: encodings 4–7 without REX. They cannot appear in an instruction that needs REX. */
export const ah = def<Gp8>("ah", RT_GP, 4, 8, C_R8H), ch = def<Gp8>("ch", RT_GP, 5, 8, C_R8H), dh = def<Gp8>("dh", RT_GP, 6, 8, C_R8H), bh = def<Gp8>("bh", RT_GP, 7, 8, C_R8H);

function vecCls(type: number, i: number): number {
  if (type === RT_XMM) return (i < 16 ? C_XMM : C_XMMX) | (i === 0 ? C_XMM0 : 0);
  if (type === RT_YMM) return i < 16 ? C_YMM : C_YMMX;
  return C_ZMM;
}
/** xmm0–xmm31 by number. */
export const xmm: readonly Xmm[] = Array.from({ length: 32 }, (_, i) => def<Xmm>(`xmm${i}`, RT_XMM, i, 128, vecCls(RT_XMM, i)));
/** ymm0–ymm31 by number. */
export const ymm: readonly Ymm[] = Array.from({ length: 32 }, (_, i) => def<Ymm>(`ymm${i}`, RT_YMM, i, 256, vecCls(RT_YMM, i)));
/** zmm0–zmm31 by number. */
export const zmm: readonly Zmm[] = Array.from({ length: 32 }, (_, i) => def<Zmm>(`zmm${i}`, RT_ZMM, i, 512, vecCls(RT_ZMM, i)));
/** k0–k7 by number. */
export const kreg: readonly KReg[] = Array.from({ length: 8 }, (_, i) => def<KReg>(`k${i}`, RT_K, i, 64, C_K));

export const [xmm0, xmm1, xmm2, xmm3, xmm4, xmm5, xmm6, xmm7, xmm8, xmm9, xmm10, xmm11, xmm12, xmm13, xmm14, xmm15,
  xmm16, xmm17, xmm18, xmm19, xmm20, xmm21, xmm22, xmm23, xmm24, xmm25, xmm26, xmm27, xmm28, xmm29, xmm30, xmm31] = xmm as unknown as Xmm32;
export const [ymm0, ymm1, ymm2, ymm3, ymm4, ymm5, ymm6, ymm7, ymm8, ymm9, ymm10, ymm11, ymm12, ymm13, ymm14, ymm15,
  ymm16, ymm17, ymm18, ymm19, ymm20, ymm21, ymm22, ymm23, ymm24, ymm25, ymm26, ymm27, ymm28, ymm29, ymm30, ymm31] = ymm as unknown as Vec32<Ymm>;
export const [zmm0, zmm1, zmm2, zmm3, zmm4, zmm5, zmm6, zmm7, zmm8, zmm9, zmm10, zmm11, zmm12, zmm13, zmm14, zmm15,
  zmm16, zmm17, zmm18, zmm19, zmm20, zmm21, zmm22, zmm23, zmm24, zmm25, zmm26, zmm27, zmm28, zmm29, zmm30, zmm31] = zmm as unknown as Vec32<Zmm>;
export const [k0, k1, k2, k3, k4, k5, k6, k7] = kreg as unknown as [KReg, KReg, KReg, KReg, KReg, KReg, KReg, KReg];

type Vec32<T> = [T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, T];
type Xmm32 = [Xmm0, Xmm, Xmm, Xmm, Xmm, Xmm, Xmm, Xmm, Xmm, Xmm, Xmm, Xmm, Xmm, Xmm, Xmm, Xmm, Xmm, Xmm, Xmm, Xmm, Xmm, Xmm, Xmm, Xmm, Xmm, Xmm, Xmm, Xmm, Xmm, Xmm, Xmm, Xmm];

/** Segment registers (fs and gs are the ones that mean something in 64-bit mode). */
export const es = def<SegReg>("es", RT_SEG, 0, 16, C_SEG), cs = def<SegReg>("cs", RT_SEG, 1, 16, C_SEG), ss = def<SegReg>("ss", RT_SEG, 2, 16, C_SEG),
  ds = def<SegReg>("ds", RT_SEG, 3, 16, C_SEG), fs = def<SegReg>("fs", RT_SEG, 4, 16, C_SEG), gs = def<SegReg>("gs", RT_SEG, 5, 16, C_SEG);
/** The instruction pointer: `qword(rip, label)` is `qword ptr [rip + label]`. */
export const rip = def<Rip>("rip", RT_RIP, 0, 64, C_RIP);

/** Look a register up by its Intel name (lower case); undefined if there is none. */
export function registerByName(name: string): Reg | undefined {
  return byName.get(name);
}
