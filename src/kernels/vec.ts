/**
 * vec.ts — the small vocabulary the kernel generators speak, so one
 * generator body emits the scalar-SSE2, packed-SSE2, AVX2 and AVX-512
 * versions of a kernel: `Vec<R, M>` names a variant's vector registers `R`
 * and vector-width memory `M` (xmm/m128, ymm/m256, zmm/m512; xmm and the
 * element for `scalar`) and emits its instructions; `FloatVec<R, M, E>` adds
 * the scalar element ops on xmm (E: the m64/m32 of an f64/f32).
 *
 * - `scalar`: SSE2 scalar instructions (addsd/minss/...), one element per op.
 * - `sse2`:   128-bit packed legacy SSE/SSE2 (two-operand; memory operands of
 *             packed ops must be aligned, so data is loaded with movup* first).
 * - `avx2`:   256-bit VEX (three-operand, unaligned memory operands, FMA).
 * - `avx512`: 512-bit EVEX (zmm), same three-operand shape.
 *
 * Every instruction goes through the typed builder: a generator body is
 * generic over R/M/E (`withFloatVec`, `withIntVec` pick the implementation:
 * legacy.ts, wide.ts), each implementation calls `a.addpd(...)` & co. at
 * concrete operand types, and where a mnemonic is chosen at run time
 * (`vaddpd` or `vaddps`) tsc checks the operands against every candidate.
 * Registers 0–15 only (every variant can encode them). This file holds the
 * interfaces and the loop skeletons, no kernel logic (float.ts, int.ts do).
 */
import type { Assembler } from "../x64/assembler.ts";
import type { MemBase } from "../x64/operands.ts";
import type { Elem } from "./elem.ts";
import { r8, rax, rcx, type Gp64, type Xmm, type Ymm, type Zmm } from "../x64/registers.ts";

/** A kernel variant: what instruction set its loop uses. */
export type KernelVariant = "scalar" | "sse2" | "avx2" | "avx512";
/** Every variant, worst first. */
export const KERNEL_VARIANTS: readonly KernelVariant[] = ["scalar", "sse2", "avx2", "avx512"];
/** Element types the kernels read. */
export type Dtype = "f64" | "f32" | "i32" | "u8";
/** Bytes per element. */
export const DTYPE_BYTES: Record<Dtype, number> = { f64: 8, f32: 4, i32: 4, u8: 1 };

/** Binary vector operations the generators use (i32: add, min, max). */
export type VOp = "add" | "mul" | "min" | "max";
/** A vector register of some width. */
export type VReg = Xmm | Ymm | Zmm;

/** What every variant's vocabulary knows about itself. */
export interface VecInfo {
  readonly a: Assembler;
  readonly variant: KernelVariant;
  readonly dtype: Dtype;
  /** Three-operand VEX/EVEX forms (avx2, avx512). */
  readonly vex: boolean;
  /** Bytes one vector register of this variant holds (the element size for `scalar`). */
  readonly width: number;
  /** Bytes per element. */
  readonly size: number;
  /** Elements per vector. */
  readonly lanes: number;
}

/**
 * Registers, memory and instructions of one variant at one element type.
 *
 * @example
 * withFloatVec(a, "avx2", "f64", (v) => v.op("add", v.r(0), v.r(0), v.at(rdi))); // vaddpd ymm0, ymm0, ymmword ptr [rdi + 8*rcx]
 */
export interface Vec<R extends VReg, M extends MemBase> extends VecInfo {
  /** Vector register i at this variant's width (xmm for scalar/sse2). */
  r(i: number): R;
  /** `[base + rcx*size + disp]` at the vector width. */
  at(base: Gp64, disp?: number): M;
  /** A pool constant with `value` in every lane. */
  splat(value: number): M;
  /** dst = load(mem) at the vector width (movupd/movsd/vmovupd/movdqu ...). */
  load(dst: R, m: M): void;
  /** mem = src at the vector width. */
  store(m: M, src: R): void;
  /** dst = src (register copy, full register). */
  mov(dst: R, src: R): void;
  /** r = 0. */
  zero(r: R): void;
  /**
   * dst = s1 op s2 at the vector width. s2 may be memory: legacy packed ops
   * need aligned memory, so then it is loaded into `tmp` first.
   */
  op(op: VOp, dst: R, s1: R, s2: R | M, tmp?: R): void;
  /**
   * Horizontal reduction of vector register r(i) with `op`, leaving the
   * scalar in the low element of xmm(i); clobbers register `t`.
   */
  reduce(op: VOp, i: number, t: number): void;
  /** End of a function: vzeroupper for VEX/EVEX code (avoids SSE/AVX transition stalls), then ret. */
  ret(): void;
}

/** A float variant: the vector ops plus FMA, broadcast and the scalar ops on the low element of xmm registers (`s`). */
export interface FloatVec<R extends VReg, M extends MemBase, E extends MemBase> extends Vec<R, M> {
  /** acc += x * y (FMA on avx2/avx512; mul + add elsewhere, clobbering x). */
  fma(acc: R, x: R, y: R | M, tmp?: R): void;
  /** Broadcast the scalar in xmm `src` to every lane of `dst`. */
  broadcast(dst: R, src: Xmm): void;
  /** Scalar instructions at this element type, encoded like the variant (legacy or VEX): tails and results. */
  readonly s: Elem<E>;
}

/** The fields every implementation shares, worked out from the variant, the element type and the register width. */
export abstract class VecBase implements VecInfo {
  readonly vex: boolean;
  readonly size: number;
  readonly lanes: number;
  /** The packed float suffix of the element type (i32 code never reads it). */
  protected readonly fp: "pd" | "ps";
  constructor(
    readonly a: Assembler,
    readonly variant: KernelVariant,
    readonly dtype: Exclude<Dtype, "u8">,
    readonly width: number,
  ) {
    this.vex = variant === "avx2" || variant === "avx512";
    this.size = DTYPE_BYTES[dtype];
    this.lanes = width / this.size;
    this.fp = dtype === "f64" ? "pd" : "ps";
  }

  /** End of a function: vzeroupper for VEX/EVEX code (avoids SSE/AVX transition stalls), then ret. */
  ret(): void {
    if (this.vex) this.a.vzeroupper();
    this.a.ret();
  }
}

/** A generator body over any float variant (generic: the variant's operand types flow through). */
export type FloatBody<T> = <R extends VReg, M extends MemBase, E extends MemBase>(v: FloatVec<R, M, E>) => T;
/** A generator body over any packed int32 variant. */
export type IntBody<T> = <R extends VReg, M extends MemBase>(v: Vec<R, M>) => T;

/** Combine registers r(first..first+n-1) into r(first) with `op`, pairwise (n a power of two). */
export function combine<R extends VReg, M extends MemBase>(v: Vec<R, M>, op: VOp, first: number, n: number): void {
  for (let step = 1; step < n; step *= 2) {
    for (let i = 0; i + step < n; i += 2 * step) v.op(op, v.r(first + i), v.r(first + i), v.r(first + i + step));
  }
}

/**
 * The loop skeleton: rax = n, rcx = i (from 0). Runs `body(u, byteOffset)`
 * for U vectors per iteration, then one vector per iteration while a whole
 * vector remains. Leaves rcx at the first element not processed.
 */
export function vectorLoops(v: VecInfo, U: number, body: (u: number, off: number) => void): void {
  const a = v.a;
  const L = v.lanes;
  const step = U * L;
  if (step > 1) {
    const main = a.newLabel("main"), skip = a.newLabel("after_main");
    a.mov(r8, rax);
    a.and(r8, -step);
    a.jz(skip);
    a.align(16);
    a.bind(main);
    for (let u = 0; u < U; u++) body(u, u * v.width);
    a.add(rcx, step);
    a.cmp(rcx, r8);
    a.jb(main);
    a.bind(skip);
  }
  if (L > 1 && U > 1) {
    const one = a.newLabel("one"), done = a.newLabel("after_one");
    a.mov(r8, rax);
    a.and(r8, -L);
    a.bind(one);
    a.cmp(rcx, r8);
    a.jae(done);
    body(0, 0);
    a.add(rcx, L);
    a.jmp(one);
    a.bind(done);
  }
}

/** The scalar tail: one element per iteration until rcx = rax. */
export function tailLoop(v: VecInfo, body: () => void): void {
  const a = v.a;
  const loop = a.newLabel("tail"), done = a.newLabel("done");
  a.bind(loop);
  a.cmp(rcx, rax);
  a.jae(done);
  body();
  a.add(rcx, 1);
  a.jmp(loop);
  a.bind(done);
}
