/**
 * bench/kernels/cc.ts — the bun:ffi `cc()` (TinyCC) kernel competitors, compiled at run time from
 * bench/c/kernels.c: "cc" (a plain C loop; TinyCC neither vectorises nor unrolls), plus two C-library references,
 * "cc-memchr" (find via glibc memchr) and "cc-memcpy" (copy via glibc memcpy).
 * Arrays are passed as TypedArrays straight into `ptr` arguments (bun:ffi's fast path, no copy).
 * The C file is compiled once, on first use. No knobs.
 */
import { cc } from "bun:ffi";
import { join } from "node:path";
import { type Dtype, type KernelName, type KernelVariant, nativeKernelCall } from "./spec.ts";

export const KERNELS_C = join(import.meta.dir, "..", "c", "kernels.c");

const symbols = {
  sum_f64: { args: ["ptr", "i32"], returns: "f64" },
  sum_f32: { args: ["ptr", "i32"], returns: "f32" },
  sum_i32: { args: ["ptr", "i32"], returns: "i32" },
  dot_f64: { args: ["ptr", "ptr", "i32"], returns: "f64" },
  dot_f32: { args: ["ptr", "ptr", "i32"], returns: "f32" },
  saxpy_f64: { args: ["ptr", "ptr", "i32", "f64"], returns: "void" },
  saxpy_f32: { args: ["ptr", "ptr", "i32", "f32"], returns: "void" },
  minmax_f64: { args: ["ptr", "i32", "ptr"], returns: "void" },
  minmax_f32: { args: ["ptr", "i32", "ptr"], returns: "void" },
  minmax_i32: { args: ["ptr", "i32", "ptr"], returns: "void" },
  find_u8: { args: ["ptr", "i32", "i32"], returns: "i32" },
  find_u8_memchr: { args: ["ptr", "i32", "i32"], returns: "i32" },
  copy_f64: { args: ["ptr", "ptr", "i32"], returns: "void" },
  copy_f64_memcpy: { args: ["ptr", "ptr", "i32"], returns: "void" },
} as const;

type Sym = keyof typeof symbols;
let lib: Record<Sym, (...args: unknown[]) => unknown> | null = null;

/** Compiles bench/c/kernels.c on first call (TinyCC, ~1 ms). */
export function ccKernelLib(): Record<Sym, (...args: unknown[]) => unknown> {
  lib ??= cc({ source: KERNELS_C, symbols }).symbols as unknown as Record<Sym, (...args: unknown[]) => unknown>;
  return lib;
}

function variant(kernel: KernelName, dtype: Dtype, name: string, sym: Sym): KernelVariant {
  return {
    kernel,
    dtype,
    variant: name,
    make(input) {
      const f = ccKernelLib()[sym];
      return nativeKernelCall(kernel, dtype, f, input);
    },
  };
}

export const ccKernels: KernelVariant[] = [
  variant("sum", "f64", "cc", "sum_f64"),
  variant("sum", "f32", "cc", "sum_f32"),
  variant("sum", "i32", "cc", "sum_i32"),
  variant("dot", "f64", "cc", "dot_f64"),
  variant("dot", "f32", "cc", "dot_f32"),
  variant("saxpy", "f64", "cc", "saxpy_f64"),
  variant("saxpy", "f32", "cc", "saxpy_f32"),
  variant("minmax", "f64", "cc", "minmax_f64"),
  variant("minmax", "f32", "cc", "minmax_f32"),
  variant("minmax", "i32", "cc", "minmax_i32"),
  variant("find", "u8", "cc", "find_u8"),
  variant("find", "u8", "cc-memchr", "find_u8_memchr"),
  variant("copy", "f64", "cc", "copy_f64"),
  variant("copy", "f64", "cc-memcpy", "copy_f64_memcpy"),
];
