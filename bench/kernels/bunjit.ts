/**
 * bench/kernels/bunjit.ts — extension point for bunjit's own kernel variants (scalar SSE2, AVX2, AVX-512), which
 * the SIMD work (issue 4 part 8) adds here; bench/kernels/registry.ts already includes this list, so an entry added
 * here is checked against the JS reference and timed by bench/kernels.bench.ts and tested by
 * test/bench/kernels.test.ts with no other change. Shape of an entry: `KernelVariant` in ./spec.ts, e.g.
 *
 *   { kernel: "sum", dtype: "f64", variant: "bunjit-avx2",
 *     unavailable: () => (cpu().avx2 ? null : "no AVX2"),
 *     make: (input) => { const f = buildSumF64Avx2();  // (ptr, i32) -> f64, built once and cached
 *                        return freshCall(f, [input.x, input.n]); } }
 *
 * Empty today: no bunjit kernels exist yet. This is not a placeholder for the competitors (they are complete).
 */
import type { KernelVariant } from "./spec.ts";

export const bunjitKernels: KernelVariant[] = [];
