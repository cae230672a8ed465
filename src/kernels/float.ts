/**
 * float.ts — machine-code generators for the floating-point kernels over
 * f64 and f32 arrays: sum, dot, saxpy (y += a·x), minmax and copy, each in
 * the four variants of vec.ts. Returns bytes; compiling and calling is
 * index.ts's job, so these run (and are tested) without executable memory.
 *
 * Shape of every kernel: `mov eax, <n32>` (u32 arguments' upper halves are
 * undefined, the 32-bit move zero-extends), an unrolled main loop over
 * U vectors with U independent accumulators (hides the add/FMA latency), a
 * one-vector loop, the reduction of the accumulators, then a scalar tail
 * loop — so any length (0 included) and any element offset work, and no
 * load is ever aligned-only (movup*, VEX memory operands).
 *
 * NaN inputs to minmax give what minpd/maxpd give (the second operand), not
 * JavaScript's NaN propagation. Each body is generic over the variant's
 * operand types (vec.ts), so every instruction is checked by tsc.
 */
import { JitError } from "../core/errors.ts";
import { Assembler } from "../x64/assembler.ts";
import type { MemBase } from "../x64/operands.ts";
import { eax, ecx, edx, esi, rdi, rdx, rsi, type Gp32, type Gp64, xmm } from "../x64/registers.ts";
import { withFloatVec } from "./variant.ts";
import { combine, type FloatVec, type KernelVariant, tailLoop, type Vec, vectorLoops, type VReg } from "./vec.ts";

/** Float element types. */
export type FloatDtype = "f64" | "f32";
/** Options for the generators. */
export interface GenOptions {
  /**
   * Vectors per main-loop iteration = independent accumulators. Default: the
   * most the 16 registers allow — sum 8, dot 8 (4 without FMA), others 4.
   */
  unroll?: 1 | 2 | 4 | 8;
}

/**
 * The unroll factor: `opts.unroll` checked against what the registers allow (`max`), else `max`.
 * @throws JitError EARGS for an unroll other than 1, 2, 4 or 8, or above `max`
 */
export function unrollOf(opts: GenOptions | undefined, max: number): number {
  const U = opts?.unroll ?? max;
  if (U !== 1 && U !== 2 && U !== 4 && U !== 8) throw new JitError("EARGS", `unroll must be 1, 2, 4 or 8, got ${String(U)}`);
  if (U > max) throw new JitError("EARGS", `unroll ${U} needs more than 16 vector registers here (at most ${max})`);
  return U;
}

/** Build one kernel: `mov eax, <n32>; xor ecx, ecx`, then `body` with the variant's vocabulary, then the bytes. */
function build(variant: KernelVariant, dtype: FloatDtype, n32: Gp32, body: <R extends VReg, M extends MemBase, E extends MemBase>(v: FloatVec<R, M, E>) => void): Uint8Array {
  const a = new Assembler();
  a.mov(eax, n32);
  a.xor(ecx, ecx);
  withFloatVec(a, variant, dtype, body);
  return a.finish();
}

/**
 * `sum(x: ptr, n: u32) -> f64|f32`: Σ x[i].
 * @example fromBytes(sumCode("avx2", "f64"), { args: ["ptr", "u32"], returns: "f64" })
 * @throws JitError EARGS for a bad unroll
 */
export function sumCode(variant: KernelVariant, dtype: FloatDtype, opts?: GenOptions): Uint8Array {
  const U = unrollOf(opts, 8);
  return build(variant, dtype, esi, (v) => {
    for (let u = 0; u < U; u++) v.zero(v.r(u));
    vectorLoops(v, U, (u, off) => v.op("add", v.r(u), v.r(u), v.at(rdi, off), v.r(U + u)));
    combine(v, "add", 0, U);
    v.reduce("add", 0, U);
    tailLoop(v, () => v.s.op("add", xmm[0]!, v.s.el(rdi)));
    v.ret();
  });
}

/**
 * `dot(x: ptr, y: ptr, n: u32) -> f64|f32`: Σ x[i]·y[i] (FMA on avx2/avx512).
 * @example fromBytes(dotCode("avx2", "f64"), { args: ["ptr", "ptr", "u32"], returns: "f64" })
 * @throws JitError EARGS for a bad unroll
 */
export function dotCode(variant: KernelVariant, dtype: FloatDtype, opts?: GenOptions): Uint8Array {
  const U = unrollOf(opts, variant === "avx2" || variant === "avx512" ? 8 : 4);
  return build(variant, dtype, edx, (v) => {
    for (let u = 0; u < U; u++) v.zero(v.r(u));
    vectorLoops(v, U, (u, off) => {
      v.load(v.r(U + u), v.at(rdi, off));
      v.fma(v.r(u), v.r(U + u), v.at(rsi, off), v.r(2 * U + u));
    });
    combine(v, "add", 0, U);
    v.reduce("add", 0, U);
    tailLoop(v, () => {
      v.s.load(xmm[U]!, v.s.el(rdi));
      v.s.fma(xmm[0]!, xmm[U]!, v.s.el(rsi));
    });
    v.ret();
  });
}

/**
 * `saxpy(y: ptr, x: ptr, n: u32, a: f64|f32) -> void`: y[i] += a·x[i]
 * (one rounding with FMA on avx2/avx512, two elsewhere).
 * @example fromBytes(saxpyCode("avx2", "f64"), { args: ["ptr", "ptr", "u32", "f64"], returns: "void" })
 * @throws JitError EARGS for a bad unroll
 */
export function saxpyCode(variant: KernelVariant, dtype: FloatDtype, opts?: GenOptions): Uint8Array {
  const U = unrollOf(opts, 4);
  return build(variant, dtype, edx, (v) => {
    const A = v.r(15), Ax = xmm[15]!;
    v.broadcast(A, xmm[0]!);
    const Y: Gp64 = rdi, X: Gp64 = rsi;
    vectorLoops(v, U, (u, off) => {
      const T = v.r(4 + u);
      if (v.vex) {
        v.load(T, v.at(Y, off));
        v.fma(T, A, v.at(X, off));
      } else {
        v.load(T, v.at(X, off));
        v.op("mul", T, T, A);
        v.op("add", T, T, v.at(Y, off), v.r(8 + u));
      }
      v.store(v.at(Y, off), T);
    });
    tailLoop(v, () => {
      const T = xmm[1]!;
      if (v.vex) {
        v.s.load(T, v.s.el(Y));
        v.s.fma(T, Ax, v.s.el(X));
      } else {
        v.s.load(T, v.s.el(X));
        v.s.op("mul", T, Ax);
        v.s.op("add", T, v.s.el(Y));
      }
      v.s.store(v.s.el(Y), T);
    });
    v.ret();
  });
}

/**
 * The vector part of minmax (float and int32): min accumulators r(0..U-1)
 * from `top`, max accumulators r(4..4+U-1) from `bottom`, the loops over x
 * (rdi), then each set combined into r(0) and r(4).
 */
export function minmaxVectors<R extends VReg, M extends MemBase>(v: Vec<R, M>, U: number, top: number, bottom: number): void {
  const hi = v.splat(top), lo = v.splat(bottom);
  for (let u = 0; u < U; u++) {
    v.load(v.r(u), hi);
    v.load(v.r(4 + u), lo);
  }
  vectorLoops(v, U, (u, off) => {
    const T = v.r(8 + u);
    v.load(T, v.at(rdi, off));
    v.op("min", v.r(u), v.r(u), T);
    v.op("max", v.r(4 + u), v.r(4 + u), T);
  });
  combine(v, "min", 0, U);
  combine(v, "max", 4, U);
}

/**
 * `minmax(x: ptr, n: u32, out: ptr) -> void`: out[0] = min, out[1] = max
 * (elements of the same type; +Infinity / -Infinity for n = 0).
 * @example fromBytes(minmaxCode("avx2", "f64"), { args: ["ptr", "u32", "ptr"], returns: "void" })
 * @throws JitError EARGS for a bad unroll
 */
export function minmaxCode(variant: KernelVariant, dtype: FloatDtype, opts?: GenOptions): Uint8Array {
  const U = unrollOf(opts, 4);
  return build(variant, dtype, esi, (v) => {
    minmaxVectors(v, U, Infinity, -Infinity);
    v.reduce("min", 0, 8);
    v.reduce("max", 4, 8);
    tailLoop(v, () => {
      v.s.load(xmm[8]!, v.s.el(rdi));
      v.s.op("min", xmm[0]!, xmm[8]!);
      v.s.op("max", xmm[4]!, xmm[8]!);
    });
    v.s.store(v.s.ptr(rdx, 0), xmm[0]!);
    v.s.store(v.s.ptr(rdx, v.size), xmm[4]!);
    v.ret();
  });
}

/**
 * `copy(dst: ptr, x: ptr, n: u32) -> void`: dst[i] = x[i] (the memory-bandwidth reference).
 * @example fromBytes(copyCode("avx2", "f64"), { args: ["ptr", "ptr", "u32"], returns: "void" })
 * @throws JitError EARGS for a bad unroll
 */
export function copyCode(variant: KernelVariant, dtype: FloatDtype, opts?: GenOptions): Uint8Array {
  const U = unrollOf(opts, 4);
  return build(variant, dtype, edx, (v) => {
    vectorLoops(v, U, (u, off) => {
      v.load(v.r(u), v.at(rsi, off));
      v.store(v.at(rdi, off), v.r(u));
    });
    tailLoop(v, () => {
      v.s.load(xmm[0]!, v.s.el(rsi));
      v.s.store(v.s.el(rdi), xmm[0]!);
    });
    v.ret();
  });
}
