/**
 * cpu-paths.ts — code paths: named feature sets a program builds one
 * version of its code for (AVX-512 → AVX2 → AVX → SSE4.1 → SSE2), and the
 * choice of the best path some features support. Pure: the features come
 * from cpu-features.ts (decoded) or any object with `has`; running the
 * chosen builder is src/host-cpu.ts's `selectPath`.
 */
import type { CpuFeature, CpuFeatures } from "./cpu-features.ts";

/**
 * Code paths, best first, and the features each needs.
 * - `avx512`: AVX512F+BW+DQ+VL (x86-64-v4)
 * - `avx2`: AVX2+FMA+BMI1+BMI2 (x86-64-v3)
 * - `avx`: AVX
 * - `sse41`: SSE4.1 (+SSSE3)
 * - `sse2`: x86-64 baseline, always available
 */
export const CPU_PATHS = {
  avx512: ["avx512f", "avx512bw", "avx512dq", "avx512vl"],
  avx2: ["avx2", "fma", "bmi1", "bmi2"],
  avx: ["avx"],
  sse41: ["ssse3", "sse41"],
  sse2: ["sse2"],
} as const satisfies Record<string, readonly CpuFeature[]>;

/** A code path name: `"avx512" | "avx2" | "avx" | "sse41" | "sse2"`. */
export type CpuPath = keyof typeof CPU_PATHS;

/** Path names, best first. */
export const CPU_PATH_ORDER: readonly CpuPath[] = ["avx512", "avx2", "avx", "sse41", "sse2"];

/** Options for choosing a path. */
export interface PathOptions {
  /** Never choose a path better than this one (e.g. `"sse2"` to force the baseline in tests or benchmarks). */
  max?: CpuPath;
}

/**
 * The best path among `candidates` that `features` support (sse2 always is).
 * Returns undefined when none is supported.
 *
 * @example bestPath(cpu, ["avx512", "avx2", "sse2"]) // "avx2" on an AVX2 machine
 */
export function bestPath(features: Pick<CpuFeatures, "has">, candidates: Iterable<CpuPath>, options?: PathOptions): CpuPath | undefined {
  const want = new Set(candidates);
  const start = options?.max === undefined ? 0 : CPU_PATH_ORDER.indexOf(options.max);
  for (let i = Math.max(0, start); i < CPU_PATH_ORDER.length; i++) {
    const p = CPU_PATH_ORDER[i]!;
    if (want.has(p) && (p === "sse2" || features.has(...CPU_PATHS[p]))) return p;
  }
  return undefined;
}
