/**
 * bench/kernels/spec.ts — what a kernel is: names, element types, the shape of a variant (the registry's entry),
 * deterministic inputs, the plain-JS reference, and the correctness check every variant passes before it is timed.
 * It holds no implementation that is timed (those are js.ts, wasm.ts, cc.ts, bunjit.ts) and no timing.
 *
 * Kernels and their result conventions (n elements of `dtype`):
 *   sum     Σ x[i]                          → number (i32: wrapped to int32, as `(s + v) | 0`)
 *   dot     Σ x[i]·y[i]                     → number
 *   saxpy   y[i] += a·x[i]  (mutates y)     → the updated y (any ArrayLike<number> of length n)
 *   minmax  [min x, max x]                  → ArrayLike [min, max]; for n = 0: [+Inf, -Inf] (i32: [2^31-1, -2^31])
 *   find    first i with x[i] === needle    → index or -1 (memchr-like, over bytes)
 *   copy    dst[i] = x[i]                   → the destination (length n); the memory-bandwidth reference
 *
 * Inputs are exact in every dtype (floats are multiples of 1/8 in [-8, 8], a = 0.5), so a correct kernel gives the
 * reference's answer whatever its summation order or FMA use; the tolerance is only a safety margin.
 */
import { mulberry32 } from "../../scripts/lib/mulberry32.ts";

export type KernelName = "sum" | "dot" | "saxpy" | "minmax" | "find" | "copy";
export type Dtype = "f64" | "f32" | "i32" | "u8";
export type Arr = Float64Array | Float32Array | Int32Array | Uint8Array;
export type KernelResult = number | ArrayLike<number>;

export interface KernelInput {
  kernel: KernelName;
  dtype: Dtype;
  n: number;
  /** The main operand, length n. */
  x: Arr;
  /** dot: second operand (read); saxpy: the array updated in place (the variant owns this input, copy or not). */
  y: Arr | null;
  /** saxpy's scale. */
  a: number;
  /** find: the byte searched for; it occurs once, at x[n - 1]. */
  needle: number;
}

/**
 * One implementation of one kernel for one element type — the registry's entry.
 *
 * `make(input)` does all set-up (compile, copy into wasm memory, take pointers) and returns the function to time,
 * which computes the kernel once over the whole input per call and returns its result (see the conventions above).
 * The returned closure must be its own call site — build it with `freshCall` (or `new Function`), not with an arrow
 * written once in a shared helper: JSC shares compiled code between closures of one source location, so a shared
 * arrow calling many different kernels becomes a polymorphic call site and slows bun:ffi calls.
 * Each `make` receives a fresh input, so in-place kernels (saxpy) may mutate it.
 */
export interface KernelVariant {
  kernel: KernelName;
  dtype: Dtype;
  /** Row name in the report: "js", "js-x4", "wasm", "wasm-simd", "cc", "cc-memchr", "bunjit-avx2", ... */
  variant: string;
  /** Why this variant cannot run on this machine (e.g. "no AVX-512"), or null when it can. */
  unavailable?: () => string | null;
  make(input: KernelInput): () => KernelResult;
}

/** The kernel/dtype combinations the suite runs. */
export const COMBOS: readonly { kernel: KernelName; dtype: Dtype }[] = [
  { kernel: "sum", dtype: "f64" },
  { kernel: "sum", dtype: "f32" },
  { kernel: "sum", dtype: "i32" },
  { kernel: "dot", dtype: "f64" },
  { kernel: "dot", dtype: "f32" },
  { kernel: "saxpy", dtype: "f64" },
  { kernel: "saxpy", dtype: "f32" },
  { kernel: "minmax", dtype: "f64" },
  { kernel: "minmax", dtype: "f32" },
  { kernel: "minmax", dtype: "i32" },
  { kernel: "find", dtype: "u8" },
  { kernel: "copy", dtype: "f64" },
];

export const SIZES: Record<string, number> = { "1K": 1024, "64K": 65536, "4M": 4194304 };

export const BYTES: Record<Dtype, number> = { f64: 8, f32: 4, i32: 4, u8: 1 };

/** Bytes read plus written by one call (for GB/s). */
export function bytesTouched(kernel: KernelName, dtype: Dtype, n: number): number {
  const b = BYTES[dtype] * n;
  switch (kernel) {
    case "dot":
    case "copy":
      return 2 * b;
    case "saxpy":
      return 3 * b;
    default:
      return b;
  }
}

export function newArray(dtype: Dtype, n: number): Arr {
  switch (dtype) {
    case "f64":
      return new Float64Array(n);
    case "f32":
      return new Float32Array(n);
    case "i32":
      return new Int32Array(n);
    case "u8":
      return new Uint8Array(n);
  }
}

const rng = mulberry32;

function seedOf(kernel: string, dtype: string, n: number, salt: number): number {
  let h = 2166136261 ^ n ^ salt;
  for (const c of `${kernel}/${dtype}`) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return h >>> 0;
}

function fill(arr: Arr, dtype: Dtype, kernel: KernelName, r: () => number): void {
  const n = arr.length;
  if (dtype === "u8") {
    for (let i = 0; i < n; i++) arr[i] = Math.floor(r() * 255); // 0..254: never the needle
    return;
  }
  if (dtype === "i32") {
    // min/max: the whole int32 range but its two ends; sums: [-100, 100], far from overflow at 4M elements
    const lo = kernel === "minmax" ? -(2 ** 31) + 1 : -100;
    const span = kernel === "minmax" ? 2 ** 32 - 2 : 201;
    for (let i = 0; i < n; i++) arr[i] = lo + Math.floor(r() * span);
    return;
  }
  for (let i = 0; i < n; i++) arr[i] = (Math.floor(r() * 129) - 64) / 8; // exact in f32 and f64
}

/** A fresh, deterministic input (same arguments → same data). */
export function makeInput(kernel: KernelName, dtype: Dtype, n: number): KernelInput {
  const x = newArray(dtype, n);
  fill(x, dtype, kernel, rng(seedOf(kernel, dtype, n, 1)));
  let y: Arr | null = null;
  if (kernel === "dot" || kernel === "saxpy") {
    y = newArray(dtype, n);
    fill(y, dtype, kernel, rng(seedOf(kernel, dtype, n, 2)));
  }
  const needle = 255;
  if (kernel === "find" && n > 0) x[n - 1] = needle;
  return { kernel, dtype, n, x, y, a: 0.5, needle };
}

/** The plain-JS reference (polymorphic, untimed, computed in f64 and stored in dtype where the kernel stores). */
export function reference(input: KernelInput): KernelResult {
  const { kernel, dtype, n, x, y, a, needle } = input;
  switch (kernel) {
    case "sum": {
      let s = 0;
      if (dtype === "i32") for (let i = 0; i < n; i++) s = (s + x[i]!) | 0;
      else for (let i = 0; i < n; i++) s += x[i]!;
      return s;
    }
    case "dot": {
      let s = 0;
      for (let i = 0; i < n; i++) s += x[i]! * y![i]!;
      return s;
    }
    case "saxpy": {
      const out = newArray(dtype, n);
      for (let i = 0; i < n; i++) out[i] = y![i]! + a * x[i]!;
      return out;
    }
    case "minmax": {
      let mn = dtype === "i32" ? 2147483647 : Infinity;
      let mx = dtype === "i32" ? -2147483648 : -Infinity;
      for (let i = 0; i < n; i++) {
        const v = x[i]!;
        if (v < mn) mn = v;
        if (v > mx) mx = v;
      }
      return [mn, mx];
    }
    case "find": {
      for (let i = 0; i < n; i++) if (x[i] === needle) return i;
      return -1;
    }
    case "copy":
      return x.slice();
  }
}

const EPS: Record<Dtype, number> = { f64: 2 ** -52, f32: 2 ** -23, i32: 0, u8: 0 };

export class KernelCheckError extends Error {
  override name = "KernelCheckError";
}

/**
 * Throws KernelCheckError unless `got` is the reference's answer. Sums and dot products of floats allow
 * 16·√n·eps·Σ|terms| (reassociation, FMA); element-wise results must match exactly.
 */
export function checkResult(label: string, input: KernelInput, got: KernelResult, want: KernelResult): void {
  const { kernel, dtype, n, x, y } = input;
  if (typeof want === "number") {
    if (typeof got !== "number") throw new KernelCheckError(`${label}: expected a number, got ${typeof got}`);
    if ((kernel === "sum" || kernel === "dot") && EPS[dtype] > 0) {
      let scale = 0;
      for (let i = 0; i < n; i++) scale += Math.abs(kernel === "sum" ? x[i]! : x[i]! * y![i]!);
      const limit = 16 * Math.sqrt(Math.max(n, 1)) * EPS[dtype] * scale;
      if (!(Math.abs(got - want) <= limit)) {
        throw new KernelCheckError(`${label}: got ${got}, want ${want} (|diff| ${Math.abs(got - want)} > ${limit})`);
      }
      return;
    }
    if (got !== want) throw new KernelCheckError(`${label}: got ${got}, want ${want}`);
    return;
  }
  if (typeof got === "number" || got == null || typeof got.length !== "number") {
    throw new KernelCheckError(`${label}: expected an array result, got ${typeof got}`);
  }
  if (got.length !== want.length) throw new KernelCheckError(`${label}: length ${got.length}, want ${want.length}`);
  for (let i = 0; i < want.length; i++) {
    if (got[i] !== want[i]) throw new KernelCheckError(`${label}: [${i}] is ${got[i]}, want ${want[i]}`);
  }
}

/**
 * Returns `() => f(...args)` (or `() => (f(...args), ret)` when `ret` is given) compiled from fresh source, so the
 * call site inside it belongs to this closure alone (monomorphic) — see KernelVariant.
 */
export function freshCall<R>(f: (...args: never[]) => unknown, args: readonly unknown[], ret?: R): () => R {
  const names = args.map((_, i) => `a${i}`);
  const call = `f(${names.join(", ")})`;
  const body = ret === undefined ? `return () => ${call};` : `return () => (${call}, ret);`;
  const make = new Function("f", "ret", ...names, `"use strict"; ${body}`) as (...a: unknown[]) => () => R;
  return make(f, ret, ...args);
}

/**
 * The timed closure for a native kernel with the C signatures of bench/c/kernels.c (shared by the cc and
 * bunjit variants): sum (x, n), dot (x, y, n), saxpy (y, x, n, a) → y, minmax (x, n, out) → out,
 * find (x, n, byte), copy (dst, x, n) → dst. Output arrays are made here, outside the timed call.
 */
export function nativeKernelCall(kernel: KernelName, dtype: Dtype, f: (...args: never[]) => unknown, input: KernelInput): () => KernelResult {
  const { x, y, n } = input;
  switch (kernel) {
    case "sum":
      return freshCall(f, [x, n]) as () => number;
    case "dot":
      return freshCall(f, [x, y, n]) as () => number;
    case "saxpy":
      return freshCall(f, [y, x, n, input.a], y!);
    case "minmax": {
      const out = newArray(dtype, 2);
      return freshCall(f, [x, n, out], out);
    }
    case "find":
      return freshCall(f, [x, n, input.needle]) as () => number;
    case "copy": {
      const dst = newArray(dtype, n);
      return freshCall(f, [dst, x, n], dst);
    }
  }
}
