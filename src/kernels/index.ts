/**
 * kernels/index.ts — ready-made vectorised kernels over typed arrays, built
 * with bunjit's Assembler at run time for the best instruction set this CPU
 * has: sum, dot, saxpy (y += a·x), minmax, copy (f64/f32; sum and minmax
 * also i32) and find (memchr-like, u8). Each exists as `scalar` (SSE2 scalar
 * code), `sse2` (128-bit packed), `avx2` (256-bit + FMA) and `avx512`
 * (512-bit; generated everywhere, run only where the CPU and OS support it).
 *
 * Why a library module (src/kernels/) and not only examples: the same code
 * is what users call, what bench/kernels/bunjit.ts times and what
 * test/kernels/ checks, so the benchmark measures exactly what ships;
 * examples/kernels.ts shows it in a few lines. The generators (float.ts,
 * int.ts) return bytes and never run code; this file compiles and caches.
 *
 * Raw kernel signatures (u32 lengths; bun:ffi passes TypedArrays as `ptr`):
 *   sum/f64   (x, n) -> f64        dot/f64    (x, y, n) -> f64
 *   saxpy/f64 (y, x, n, a) -> void minmax/f64 (x, n, out) -> void (out = [min, max])
 *   copy/f64  (dst, x, n) -> void  find/u8    (x, n, byte) -> i32 (index or -1)
 *   (f32 likewise with f32 values; sum/i32 -> i32 wrapping; minmax/i32 writes int32)
 */
import { cpuFeatures } from "../host-cpu.ts";
import { JitError } from "../core/errors.ts";
import { fromBytes, type JitFunction } from "../ffi/callable.ts";
import type { CpuFeatures } from "../x64/cpu-features.ts";
import { CPU_PATHS, type CpuPath } from "../x64/cpu-paths.ts";
import { copyCode, dotCode, type GenOptions, minmaxCode, saxpyCode, sumCode } from "./float.ts";
import { findU8Code, minmaxI32Code, sumI32Code } from "./int.ts";
import { type Dtype, KERNEL_VARIANTS, type KernelVariant } from "./vec.ts";

export { KERNEL_VARIANTS, type Dtype, type KernelVariant } from "./vec.ts";
export { copyCode, dotCode, minmaxCode, saxpyCode, sumCode, type FloatDtype, type GenOptions } from "./float.ts";
export { findU8Code, minmaxI32Code, sumI32Code } from "./int.ts";

/** Raw signatures of every kernel, by id `"<kernel>/<dtype>"`. */
export const KERNEL_SIGNATURES = {
  "sum/f64": { args: ["ptr", "u32"], returns: "f64" },
  "sum/f32": { args: ["ptr", "u32"], returns: "f32" },
  "sum/i32": { args: ["ptr", "u32"], returns: "i32" },
  "dot/f64": { args: ["ptr", "ptr", "u32"], returns: "f64" },
  "dot/f32": { args: ["ptr", "ptr", "u32"], returns: "f32" },
  "saxpy/f64": { args: ["ptr", "ptr", "u32", "f64"], returns: "void" },
  "saxpy/f32": { args: ["ptr", "ptr", "u32", "f32"], returns: "void" },
  "minmax/f64": { args: ["ptr", "u32", "ptr"], returns: "void" },
  "minmax/f32": { args: ["ptr", "u32", "ptr"], returns: "void" },
  "minmax/i32": { args: ["ptr", "u32", "ptr"], returns: "void" },
  "copy/f64": { args: ["ptr", "ptr", "u32"], returns: "void" },
  "copy/f32": { args: ["ptr", "ptr", "u32"], returns: "void" },
  "find/u8": { args: ["ptr", "u32", "u32"], returns: "i32" },
} as const;

/** A kernel id, e.g. `"dot/f64"`. */
export type KernelId = keyof typeof KERNEL_SIGNATURES;
/** Every kernel id. */
export const KERNEL_IDS = Object.keys(KERNEL_SIGNATURES) as KernelId[];
/** The raw JIT'd function of a kernel. */
export type RawKernel<K extends KernelId> = JitFunction<(typeof KERNEL_SIGNATURES)[K]>;

const GEN: Record<KernelId, (variant: KernelVariant, opts?: GenOptions) => Uint8Array> = {
  "sum/f64": (v, o) => sumCode(v, "f64", o),
  "sum/f32": (v, o) => sumCode(v, "f32", o),
  "sum/i32": (v, o) => sumI32Code(v, o),
  "dot/f64": (v, o) => dotCode(v, "f64", o),
  "dot/f32": (v, o) => dotCode(v, "f32", o),
  "saxpy/f64": (v, o) => saxpyCode(v, "f64", o),
  "saxpy/f32": (v, o) => saxpyCode(v, "f32", o),
  "minmax/f64": (v, o) => minmaxCode(v, "f64", o),
  "minmax/f32": (v, o) => minmaxCode(v, "f32", o),
  "minmax/i32": (v, o) => minmaxI32Code(v, o),
  "copy/f64": (v, o) => copyCode(v, "f64", o),
  "copy/f32": (v, o) => copyCode(v, "f32", o),
  "find/u8": (v) => findU8Code(v),
};

/** The variants a kernel is generated in (today every kernel has all four). */
export function kernelVariants(id: KernelId): readonly KernelVariant[] {
  if (!(id in GEN)) throw new JitError("EARGS", `unknown kernel ${String(id)}; one of ${KERNEL_IDS.join(", ")}`);
  return KERNEL_VARIANTS;
}

/** The CPU path a variant needs (scalar and sse2 run on any x86-64). */
export const VARIANT_PATH: Record<KernelVariant, CpuPath> = { scalar: "sse2", sse2: "sse2", avx2: "avx2", avx512: "avx512" };

/**
 * Why `variant` cannot run on this CPU, or null when it can.
 * @example variantUnavailable("avx512") // "the CPU lacks avx512f, ..." on an AVX2 machine
 */
export function variantUnavailable(variant: KernelVariant, cpu: Pick<CpuFeatures, "has"> = cpuFeatures()): string | null {
  const path = VARIANT_PATH[variant];
  if (path === "sse2") return null; // the x86-64 baseline
  const missing = CPU_PATHS[path].filter((f) => !cpu.has(f));
  return missing.length === 0 ? null : `the CPU (or OS) lacks ${missing.join(", ")}`;
}

/**
 * The best variant of a kernel this CPU runs (avx512 → avx2 → sse2 → scalar).
 * @example bestVariant("sum/f64") // "avx2" on an AVX2+FMA machine
 */
export function bestVariant(id: KernelId, options?: { max?: KernelVariant; cpu?: Pick<CpuFeatures, "has"> }): KernelVariant {
  const order = [...kernelVariants(id)].reverse();
  const start = options?.max === undefined ? 0 : order.indexOf(options.max);
  if (start < 0) throw new JitError("EARGS", `${id} has no ${options?.max} variant`);
  for (const v of order.slice(start)) if (variantUnavailable(v, options?.cpu) === null) return v;
  return "scalar";
}

/**
 * The machine code of one kernel variant (pure: nothing runs).
 * @example kernelCode("dot/f64", "avx512").length
 * @throws JitError EARGS for an unknown id or a variant the kernel lacks
 */
export function kernelCode(id: KernelId, variant: KernelVariant, opts?: GenOptions): Uint8Array {
  const gen = GEN[id];
  if (gen === undefined) throw new JitError("EARGS", `unknown kernel ${String(id)}; one of ${KERNEL_IDS.join(", ")}`);
  if (!kernelVariants(id).includes(variant)) throw new JitError("EARGS", `${id} has no ${variant} variant`);
  return gen(variant, opts);
}

const cache = new Map<string, unknown>();

/**
 * Compile (once; cached) the raw kernel `id` in `variant` (default: the best
 * this CPU runs). Returns the JIT'd function with the raw signature.
 *
 * @example
 * const dot = compileKernel("dot/f64");
 * dot(x, y, x.length);
 * @throws JitError EFEATURE when the CPU cannot run `variant`, EARGS for an unknown kernel or variant
 */
export function compileKernel<K extends KernelId>(id: K, variant: KernelVariant = bestVariant(id), opts?: GenOptions): RawKernel<K> {
  const key = `${id}/${variant}/${opts?.unroll ?? "default"}`;
  let f = cache.get(key) as RawKernel<K> | undefined;
  if (f === undefined) {
    const why = variantUnavailable(variant);
    if (why !== null) throw new JitError("EFEATURE", `${id} ${variant}: ${why}`);
    const code = kernelCode(id, variant, opts);
    f = fromBytes(code, KERNEL_SIGNATURES[id], { align: 64, keepAlive: true }) as unknown as RawKernel<K>;
    cache.set(key, f);
  }
  return f;
}

/** Friendly wrappers over the raw kernels: lengths taken from the arrays. */
export interface Kernels {
  /** The variant each kernel was compiled in. */
  readonly variants: Readonly<Record<KernelId, KernelVariant>>;
  /** The variant most kernels use (the best requested and available). */
  readonly variant: KernelVariant;
  sumF64(x: Float64Array): number;
  sumF32(x: Float32Array): number;
  /** Wraps to int32 like `(s + v) | 0`. */
  sumI32(x: Int32Array): number;
  /** @throws JitError EARGS when lengths differ */
  dotF64(x: Float64Array, y: Float64Array): number;
  /** @throws JitError EARGS when lengths differ */
  dotF32(x: Float32Array, y: Float32Array): number;
  /** y += a·x in place; returns y. @throws JitError EARGS when lengths differ */
  saxpyF64(a: number, x: Float64Array, y: Float64Array): Float64Array;
  /** y += a·x in place (a rounded to f32); returns y. @throws JitError EARGS when lengths differ */
  saxpyF32(a: number, x: Float32Array, y: Float32Array): Float32Array;
  /** [min, max]; [Infinity, -Infinity] when empty. Writes into `out` when given. */
  minmaxF64(x: Float64Array, out?: Float64Array): Float64Array;
  minmaxF32(x: Float32Array, out?: Float32Array): Float32Array;
  /** [min, max]; [2^31-1, -2^31] when empty. */
  minmaxI32(x: Int32Array, out?: Int32Array): Int32Array;
  /** dst.set(x) for same-length arrays. @throws JitError EARGS when lengths differ */
  copyF64(dst: Float64Array, x: Float64Array): Float64Array;
  /** First index of `value` (0–255) in `bytes`, or -1. */
  findU8(bytes: Uint8Array, value: number): number;
}

/** Every raw kernel, compiled in its variant. */
type RawKernels = { readonly [K in KernelId]: RawKernel<K> };

function compileAll(variants: Readonly<Record<KernelId, KernelVariant>>): RawKernels {
  const out: Partial<Record<KernelId, unknown>> = {};
  for (const id of KERNEL_IDS) out[id] = compileKernel(id, variants[id]);
  return out as RawKernels; // every id filled above, each by compileKernel<id>
}

function sameLength(what: string, a: { length: number }, b: { length: number }): void {
  if (a.length !== b.length) throw new JitError("EARGS", `${what}: arrays differ in length (${a.length} vs ${b.length})`);
}

/**
 * Compile every kernel for the best variant this CPU runs (or the one given)
 * and wrap them to take typed arrays.
 *
 * @example
 * const k = createKernels();
 * console.log(k.variant, k.dotF64(x, y), k.minmaxF64(x));
 * const baseline = createKernels({ max: "scalar" }); // force SSE2 scalar code
 * @throws JitError EFEATURE when an explicit `variant` cannot run here
 */
export function createKernels(options?: { variant?: KernelVariant; max?: KernelVariant }): Kernels {
  const pick = (id: KernelId): KernelVariant => {
    if (options?.variant !== undefined) {
      const why = variantUnavailable(options.variant);
      if (why !== null) throw new JitError("EFEATURE", `${options.variant} kernels: ${why}`);
      return kernelVariants(id).includes(options.variant) ? options.variant : "scalar";
    }
    const max = options?.max;
    return bestVariant(id, max === undefined || kernelVariants(id).includes(max) ? { max } : { max: max === "sse2" ? "scalar" : max });
  };
  const variants = Object.fromEntries(KERNEL_IDS.map((id) => [id, pick(id)])) as Record<KernelId, KernelVariant>;
  const {
    "sum/f64": sumF64, "sum/f32": sumF32, "sum/i32": sumI32, "dot/f64": dotF64, "dot/f32": dotF32, "saxpy/f64": saxpyF64, "saxpy/f32": saxpyF32,
    "minmax/f64": minmaxF64, "minmax/f32": minmaxF32, "minmax/i32": minmaxI32, "copy/f64": copyF64, "find/u8": findU8,
  } = compileAll(variants);
  return {
    variants,
    variant: variants["sum/f64"],
    sumF64: (x) => sumF64(x, x.length),
    sumF32: (x) => sumF32(x, x.length),
    sumI32: (x) => sumI32(x, x.length),
    dotF64: (x, y) => (sameLength("dotF64", x, y), dotF64(x, y, x.length)),
    dotF32: (x, y) => (sameLength("dotF32", x, y), dotF32(x, y, x.length)),
    saxpyF64: (a, x, y) => (sameLength("saxpyF64", x, y), saxpyF64(y, x, x.length, a), y),
    saxpyF32: (a, x, y) => (sameLength("saxpyF32", x, y), saxpyF32(y, x, x.length, a), y),
    minmaxF64: (x, out = new Float64Array(2)) => (minmaxF64(x, x.length, out), out),
    minmaxF32: (x, out = new Float32Array(2)) => (minmaxF32(x, x.length, out), out),
    minmaxI32: (x, out = new Int32Array(2)) => (minmaxI32(x, x.length, out), out),
    copyF64: (dst, x) => (sameLength("copyF64", dst, x), copyF64(dst, x, x.length), dst),
    findU8: (bytes, value) => findU8(bytes, bytes.length, value & 0xff),
  };
}
