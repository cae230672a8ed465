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
 * JavaScript's NaN propagation.
 */
import { Assembler } from "../x64/assembler.ts";
import { eax, ecx, edx, esi, rdi, rdx, rsi, type Gp64, xmm } from "../x64/registers.ts";
import type { Mem } from "../x64/operands.ts";
import { tailLoop, Vec, type KernelVariant, vectorLoops } from "./vec.ts";

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

function setup(variant: KernelVariant, dtype: FloatDtype, opts: GenOptions | undefined, max: number): { a: Assembler; v: Vec; U: number } {
  const a = new Assembler();
  const U = opts?.unroll ?? max;
  if (U !== 1 && U !== 2 && U !== 4 && U !== 8) throw new RangeError(`unroll must be 1, 2, 4 or 8, got ${String(U)}`);
  if (U > max) throw new RangeError(`unroll ${U} needs more than 16 vector registers here (at most ${max})`);
  return { a, v: new Vec(a, variant, dtype), U };
}

/**
 * `sum(x: ptr, n: u32) -> f64|f32`: Σ x[i].
 * @example fromBytes(sumCode("avx2", "f64"), { args: ["ptr", "u32"], returns: "f64" })
 */
export function sumCode(variant: KernelVariant, dtype: FloatDtype, opts?: GenOptions): Uint8Array {
  const { a, v, U } = setup(variant, dtype, opts, 8);
  a.emit("mov", eax, esi);
  a.emit("xor", ecx, ecx);
  for (let u = 0; u < U; u++) v.zero(v.r(u));
  vectorLoops(v, U, (u, off) => v.op("add", v.r(u), v.r(u), v.at(rdi, off), v.r(U + u)));
  v.combine("add", 0, U);
  v.reduce("add", 0, U);
  tailLoop(v, () => v.sop("add", xmm[0]!, v.el(rdi)));
  v.ret();
  return a.finish();
}

/**
 * `dot(x: ptr, y: ptr, n: u32) -> f64|f32`: Σ x[i]·y[i] (FMA on avx2/avx512).
 * @example fromBytes(dotCode("avx2", "f64"), { args: ["ptr", "ptr", "u32"], returns: "f64" })
 */
export function dotCode(variant: KernelVariant, dtype: FloatDtype, opts?: GenOptions): Uint8Array {
  const { a, v, U } = setup(variant, dtype, opts, variant === "avx2" || variant === "avx512" ? 8 : 4);
  a.emit("mov", eax, edx);
  a.emit("xor", ecx, ecx);
  for (let u = 0; u < U; u++) v.zero(v.r(u));
  vectorLoops(v, U, (u, off) => {
    v.load(v.r(U + u), v.at(rdi, off));
    v.fma(v.r(u), v.r(U + u), v.at(rsi, off), v.r(2 * U + u));
  });
  v.combine("add", 0, U);
  v.reduce("add", 0, U);
  tailLoop(v, () => {
    v.sload(xmm[U]!, v.el(rdi));
    v.sfma(xmm[0]!, xmm[U]!, v.el(rsi));
  });
  v.ret();
  return a.finish();
}

/**
 * `saxpy(y: ptr, x: ptr, n: u32, a: f64|f32) -> void`: y[i] += a·x[i]
 * (one rounding with FMA on avx2/avx512, two elsewhere).
 * @example fromBytes(saxpyCode("avx2", "f64"), { args: ["ptr", "ptr", "u32", "f64"], returns: "void" })
 */
export function saxpyCode(variant: KernelVariant, dtype: FloatDtype, opts?: GenOptions): Uint8Array {
  const { a, v, U } = setup(variant, dtype, opts, 4);
  const A = v.r(15), Ax = xmm[15]!;
  a.emit("mov", eax, edx);
  a.emit("xor", ecx, ecx);
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
      v.sload(T, v.el(Y));
      v.sfma(T, Ax, v.el(X));
    } else {
      v.sload(T, v.el(X));
      v.sop("mul", T, Ax);
      v.sop("add", T, v.el(Y));
    }
    v.sstore(v.el(Y), T);
  });
  v.ret();
  return a.finish();
}

/** A constant filled with `value` at the variant's vector width (scalar: one element). */
function splat(v: Vec, value: number): Mem {
  const a = v.a;
  if (v.variant === "scalar") return v.dtype === "f64" ? a.f64(value) : a.f32(value);
  const arr = v.dtype === "f64" ? new Float64Array(v.lanes) : new Float32Array(v.lanes);
  arr.fill(value);
  return a.vector(arr);
}

/**
 * `minmax(x: ptr, n: u32, out: ptr) -> void`: out[0] = min, out[1] = max
 * (elements of the same type; +Infinity / -Infinity for n = 0).
 * @example fromBytes(minmaxCode("avx2", "f64"), { args: ["ptr", "u32", "ptr"], returns: "void" })
 */
export function minmaxCode(variant: KernelVariant, dtype: FloatDtype, opts?: GenOptions): Uint8Array {
  const { a, v, U } = setup(variant, dtype, opts, 4);
  a.emit("mov", eax, esi);
  a.emit("xor", ecx, ecx);
  const inf = splat(v, Infinity), ninf = splat(v, -Infinity);
  for (let u = 0; u < U; u++) {
    v.load(v.r(u), inf);
    v.load(v.r(4 + u), ninf);
  }
  vectorLoops(v, U, (u, off) => {
    const T = v.r(8 + u);
    v.load(T, v.at(rdi, off));
    v.op("min", v.r(u), v.r(u), T);
    v.op("max", v.r(4 + u), v.r(4 + u), T);
  });
  v.combine("min", 0, U);
  v.combine("max", 4, U);
  v.reduce("min", 0, 8);
  v.reduce("max", 4, 8);
  tailLoop(v, () => {
    v.sload(xmm[8]!, v.el(rdi));
    v.sop("min", xmm[0]!, xmm[8]!);
    v.sop("max", xmm[4]!, xmm[8]!);
  });
  v.sstore(v.ptr(rdx, 0), xmm[0]!);
  v.sstore(v.ptr(rdx, v.size), xmm[4]!);
  v.ret();
  return a.finish();
}

/**
 * `copy(dst: ptr, x: ptr, n: u32) -> void`: dst[i] = x[i] (the memory-bandwidth reference).
 * @example fromBytes(copyCode("avx2", "f64"), { args: ["ptr", "ptr", "u32"], returns: "void" })
 */
export function copyCode(variant: KernelVariant, dtype: FloatDtype, opts?: GenOptions): Uint8Array {
  const { a, v, U } = setup(variant, dtype, opts, 4);
  a.emit("mov", eax, edx);
  a.emit("xor", ecx, ecx);
  vectorLoops(v, U, (u, off) => {
    v.load(v.r(u), v.at(rsi, off));
    v.store(v.at(rdi, off), v.r(u));
  });
  tailLoop(v, () => {
    v.sload(xmm[0]!, v.el(rsi));
    v.sstore(v.el(rdi), xmm[0]!);
  });
  v.ret();
  return a.finish();
}
