/**
 * bench/kernels/registry.ts — every kernel variant the suite knows: plain JS, WebAssembly (scalar, SIMD128),
 * bun:ffi cc (TinyCC) and bunjit's (bench/kernels/bunjit.ts). bench/kernels.bench.ts times them and
 * test/bench/kernels.test.ts checks them. To add a variant, append a `KernelVariant` (./spec.ts) to one of the
 * lists — bunjit's belong in ./bunjit.ts. Importing this module compiles the WAT (wabt, ~50 ms); cc compiles lazily.
 */
import { bunjitKernels } from "./bunjit.ts";
import { ccKernels } from "./cc.ts";
import { jsKernels } from "./js.ts";
import type { Dtype, KernelName, KernelVariant } from "./spec.ts";
import { wasmKernels } from "./wasm.ts";

export * from "./spec.ts";

export const kernelVariants: readonly KernelVariant[] = [...jsKernels, ...wasmKernels, ...ccKernels, ...bunjitKernels];

/** The variants of one kernel and element type, in registry order (JS first: it is the baseline). */
export function variantsOf(kernel: KernelName, dtype: Dtype): KernelVariant[] {
  return kernelVariants.filter((v) => v.kernel === kernel && v.dtype === dtype);
}
