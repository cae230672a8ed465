/**
 * vreg.ts — virtual registers: what `c.gp32()`, `c.gp64()`, `c.xmm()`,
 * `c.ymm()`, `c.zmm()` and `c.k()` return. A virtual register IS a `Reg` (so
 * memory helpers, the form matcher and the types accept it wherever its
 * class of physical register goes) whose class bits name no particular
 * register (never eax/cl/xmm0), so form selection picks the general forms.
 * It carries the number of its value in the compiler that made it; views
 * (`v.r8`, `v.r32` …) and masks (`v.k(m)`, `v.z()`) are further `VReg`
 * objects naming the same value.
 *
 * Nothing here allocates or emits: see allocate.ts and emit.ts.
 */
import { JitError } from "../core/errors.ts";
import {
  C_K, C_R16, C_R32, C_R64, C_R8, C_XMM, C_XMMX, C_YMM, C_YMMX, C_ZMM, Reg, RT_GP, RT_K, RT_XMM, RT_YMM, RT_ZMM,
  type Gp16, type Gp32, type Gp64, type Gp8, type KReg, type Xmm, type Ymm, type Zmm,
} from "../x64/registers.ts";

/** Register classes of virtual registers (what they may be allocated to). */
export const CLASS_GP = 0, CLASS_VEC = 1, CLASS_K = 2;
/** Mask numbers at or above this name virtual k registers (index = number - K_ID_BASE). */
export const K_ID_BASE = 8;

/** The identity of a virtual register's value, shared by all its views. */
export interface VRegValue {
  /** Index in its compiler (0, 1, 2 …). */
  readonly index: number;
  /** The compiler that made it (opaque here). */
  readonly owner: object;
  /** CLASS_GP, CLASS_VEC or CLASS_K. */
  readonly cls: number;
  /** Natural width in bits (32/64 for GP, 128/256/512 for vectors, 64 for k). */
  readonly bits: number;
  /** Name in listings and errors. */
  readonly name: string;
}

function clsBits(type: number, bits: number): number {
  if (type === RT_GP) return bits === 8 ? C_R8 : bits === 16 ? C_R16 : bits === 32 ? C_R32 : C_R64;
  if (type === RT_XMM) return C_XMM | C_XMMX;
  if (type === RT_YMM) return C_YMM | C_YMMX;
  if (type === RT_ZMM) return C_ZMM;
  return C_K;
}

/**
 * A virtual register (or a view of one). Allocation gives it a physical
 * register (or a stack slot between uses) per stretch of code.
 *
 * Its `id` is a placeholder that satisfies the operand checks (1: not rsp as
 * an index; for k registers 8 + index: never k0, and a mask number no
 * physical register has, so a masked memory operand `m.k(v)`, which keeps
 * only the number, still names the value); `value` identifies it.
 */
export class VReg extends Reg {
  constructor(
    /** The value this view names. */
    readonly value: VRegValue,
    type: number,
    bits: number,
    mask = 0,
    zero = false,
    /** The mask register of `v.k(m)` (virtual or physical), or null. */
    readonly maskReg: Reg | null = null,
  ) {
    super(value.name, type, value.cls === CLASS_K ? K_ID_BASE + value.index : 1, bits, clsBits(type, bits), mask, zero);
  }

  /** The 8-bit view (low byte) of a general-purpose virtual register. @throws JitError EOPERAND for a vector or k register */
  get r8(): VGp8 {
    return this.view(8) as unknown as VGp8; // the brand is phantom: the view is a VReg of that width
  }
  /** The 16-bit view. @throws JitError EOPERAND for a vector or k register */
  get r16(): VGp16 {
    return this.view(16) as unknown as VGp16; // the brand is phantom: the view is a VReg of that width
  }
  /** The 32-bit view (writing it zero-extends, as a 32-bit register write does). @throws JitError EOPERAND for a vector or k register */
  get r32(): VGp32 {
    return this.view(32) as unknown as VGp32; // the brand is phantom: the view is a VReg of that width
  }
  /** The 64-bit view (of a gp32 value: its zero-extended 64 bits, e.g. as an address index). @throws JitError EOPERAND for a vector or k register */
  get r64(): VGp64 {
    return this.view(64) as unknown as VGp64; // the brand is phantom: the view is a VReg of that width
  }

  private view(bits: number): VReg {
    if (this.value.cls !== CLASS_GP) throw new JitError("EOPERAND", `${this.value.name} is not a general-purpose register: it has no ${bits}-bit view`);
    if (bits === this.bits && this.mask === 0 && !this.zero) return this;
    const cache = ((this.value as { views?: (VReg | undefined)[] }).views ??= []);
    return (cache[bits] ??= new VReg(this.value, RT_GP, bits)); // one object per view: same value, same width
  }

  /**
   * Merge-masking with a (virtual or physical) opmask register: `v.k(m)`.
   * @throws JitError EOPERAND for a general-purpose register or a mask that is not a k register (or is k0)
   */
  override k(mask: KReg): this {
    const m = mask as unknown as Reg;
    if (this.value.cls === CLASS_GP) throw new JitError("EOPERAND", `${this.value.name} cannot take an opmask: only vector and k registers can`);
    if (!(m instanceof Reg) || m.type !== RT_K) throw new JitError("EOPERAND", `opmask must be a k register, got ${String((m as { name?: string })?.name ?? m)}`);
    if (!(m instanceof VReg) && m.id === 0) throw new JitError("EOPERAND", `k0 cannot be used as a write mask (it means "no mask")`);
    return new VReg(this.value, this.type, this.bits, m.id, this.zero, m) as this;
  }

  /** Zeroing-masking `{z}`. @throws JitError EOPERAND for a general-purpose or k register */
  override z(): this {
    if (this.value.cls !== CLASS_VEC) throw new JitError("EOPERAND", `${this.value.name} cannot take {z}: only vector registers can`);
    return new VReg(this.value, this.type, this.bits, this.mask, true, this.maskReg) as this;
  }

  override toString(): string {
    let s = this.bits === this.value.bits || this.value.cls !== CLASS_GP ? this.value.name : `${this.value.name}.r${this.bits}`;
    if (this.maskReg !== null) s += ` {${this.maskReg.name}}`;
    if (this.zero) s += " {z}";
    return s;
  }
}

/** An 8-bit view of a virtual general-purpose register. */
export type VGp8 = Gp8 & VReg;
/** A 16-bit view of a virtual general-purpose register. */
export type VGp16 = Gp16 & VReg;
/** A virtual 32-bit general-purpose register: a `Gp32` to the types, with views. */
export type VGp32 = Gp32 & VReg;
/** A virtual 64-bit general-purpose register. */
export type VGp64 = Gp64 & VReg;
/** A virtual xmm register. */
export type VXmm = Xmm & VReg;
/** A virtual ymm register. */
export type VYmm = Ymm & VReg;
/** A virtual zmm register. */
export type VZmm = Zmm & VReg;
/** A virtual opmask register. */
export type VK = KReg & VReg;

/** The register family (RT_*) of a vector width. */
export function vecType(bits: number): number {
  return bits === 128 ? RT_XMM : bits === 256 ? RT_YMM : RT_ZMM;
}
