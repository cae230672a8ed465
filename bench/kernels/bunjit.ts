/**
 * bench/kernels/bunjit.ts — bunjit's own kernel variants for the kernels suite (issue 4 part 8): the machine code
 * of src/kernels/ in every variant it is generated in — "bunjit-scalar" (SSE2 scalar code, 4–8 accumulators),
 * "bunjit-sse2" (128-bit packed), "bunjit-avx2" (256-bit, FMA) and "bunjit-avx512" (512-bit; reported as skipped
 * with the reason where the CPU or OS lacks AVX-512). bench/kernels/registry.ts includes this list, so every entry
 * is checked against the JS reference (test/bench/kernels.test.ts, and before timing) and timed by
 * bench/kernels.bench.ts with no other change.
 *
 * The timed closure calls a bun:ffi `CFunction` made directly over the kernel's code address (built once per
 * variant, cached), through `freshCall`, so the call site is monomorphic — the same footing as the cc variants'
 * native symbols. The kernel itself stays owned by src/kernels' cache (keepAlive), so the address stays valid.
 * What users get through `compileKernel` adds one JS closure per call (a few ns; invisible at 64K elements).
 */
import { CFunction, type Pointer } from "bun:ffi";
import { info } from "../../src/ffi/callable.ts";
import { compileKernel, KERNEL_SIGNATURES, type KernelId, kernelVariants, variantUnavailable } from "../../src/kernels/index.ts";
import type { KernelVariant as BunjitVariant } from "../../src/kernels/vec.ts";
import { type Dtype, type KernelName, type KernelVariant, nativeKernelCall } from "./spec.ts";

const natives = new Map<string, (...args: never[]) => unknown>();

/** A CFunction over the compiled kernel (compiled on first use, cached per id and variant). */
function native(id: KernelId, variant: BunjitVariant): (...args: never[]) => unknown {
  const key = `${id}/${variant}`;
  let f = natives.get(key);
  if (f === undefined) {
    const jit = compileKernel(id, variant); // cached and kept alive by src/kernels
    const sig = KERNEL_SIGNATURES[id];
    f = CFunction({ ptr: info(jit).address as Pointer, args: [...sig.args], returns: sig.returns }) as unknown as (...args: never[]) => unknown;
    natives.set(key, f);
  }
  return f;
}

function variant(kernel: KernelName, dtype: Dtype, v: BunjitVariant): KernelVariant {
  const id = `${kernel}/${dtype}` as KernelId;
  return {
    kernel,
    dtype,
    variant: `bunjit-${v}`,
    unavailable: () => variantUnavailable(v),
    make(input) {
      const f = native(id, v);
      return nativeKernelCall(kernel, dtype, f, input);
    },
  };
}

const COMBOS: readonly [KernelName, Dtype][] = [
  ["sum", "f64"], ["sum", "f32"], ["sum", "i32"],
  ["dot", "f64"], ["dot", "f32"],
  ["saxpy", "f64"], ["saxpy", "f32"],
  ["minmax", "f64"], ["minmax", "f32"], ["minmax", "i32"],
  ["find", "u8"],
  ["copy", "f64"],
];

export const bunjitKernels: KernelVariant[] = COMBOS.flatMap(([kernel, dtype]) =>
  kernelVariants(`${kernel}/${dtype}` as KernelId).map((v) => variant(kernel, dtype, v)),
);
