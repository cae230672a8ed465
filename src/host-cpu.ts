/**
 * host-cpu.ts — the CPU this process runs on: `cpu` (features, computed on
 * first use by running JIT'd `cpuid` / `xgetbv` probes, then cached),
 * `selectPath` (pick the best code builder the CPU allows, in one call) and
 * `requestAmx` (Linux's per-process permission for AMX tile data).
 *
 * Lives at the top level because it joins two layers: the probe code
 * (x64/cpu-probes.ts) and the decoding (x64/cpu-features.ts, pure, testable
 * with any CPU's raw leaves) are x64's, running them needs ffi/callable.ts.
 * The probes are disposed right after use.
 */
import { readFileSync } from "node:fs";
import { fromBytes } from "./ffi/callable.ts";
import { type CpuFeatures, type CpuidRaw, decodeCpuid } from "./x64/cpu-features.ts";
import { bestPath, type CpuPath, type PathOptions } from "./x64/cpu-paths.ts";
import { amxPermissionCode, cpuidCode, xgetbvCode } from "./x64/cpu-probes.ts";
import { JitError } from "./core/errors.ts";

const Z4: readonly number[] = [0, 0, 0, 0];

/** Run the probes and read the raw leaves (uncached; prefer `cpu`). */
export function readCpuid(): CpuidRaw {
  const cpuid = fromBytes(cpuidCode(), { args: ["ptr", "u32", "u32"], returns: "void" });
  const out = new Uint32Array(4);
  const leaf = (l: number, s = 0): number[] => {
    out.fill(0);
    cpuid(out, l, s);
    return Array.from(out);
  };
  try {
    const leaf0 = leaf(0);
    const max = leaf0[0]!;
    const leaf1 = leaf(1);
    const leaf7 = max >= 7 ? leaf(7, 0) : [0, 0, 0, 0];
    const leaf7s1 = max >= 7 && leaf7[0]! >= 1 ? leaf(7, 1) : [0, 0, 0, 0];
    // AVX10 (leaf 0x24, announced by 7.1:EDX[19]) and the AMX tile geometry (0x1D subleaf 1, 0x1E; 7.0:EDX[24])
    const avx10 = max >= 0x24 && ((leaf7s1[3]! >>> 19) & 1) === 1 ? leaf(0x24, 0) : Z4;
    const amxTile = ((leaf7[3]! >>> 24) & 1) === 1;
    const amxPalette = max >= 0x1d && amxTile ? leaf(0x1d, 1) : Z4;
    const amxTmul = max >= 0x1e && amxTile ? leaf(0x1e, 0) : Z4;
    const ext0 = leaf(0x80000000);
    const maxExt = ext0[0]! >>> 0;
    const ext1 = maxExt >= 0x80000001 ? leaf(0x80000001) : [0, 0, 0, 0];
    const brand = maxExt >= 0x80000004 ? [...leaf(0x80000002), ...leaf(0x80000003), ...leaf(0x80000004)] : new Array<number>(12).fill(0);
    let xcr0 = 0;
    if (((leaf1[2]! >>> 27) & 1) === 1) {
      // OSXSAVE: the OS enabled XSAVE, so xgetbv is legal
      const xgetbv = fromBytes(xgetbvCode(), { args: ["ptr"], returns: "void" });
      const x = new Uint32Array(2);
      xgetbv(x);
      xgetbv[Symbol.dispose]();
      xcr0 = x[0]!;
    }
    const hwcap2 = linuxHwcap2();
    return { leaf0, leaf1, leaf7, leaf7s1, ext0, ext1, brand, xcr0, avx10, amxPalette, amxTmul, ...(hwcap2 === undefined ? {} : { hwcap2 }) };
  } finally {
    cpuid[Symbol.dispose]();
  }
}

/** AT_HWCAP2 from /proc/self/auxv (Linux; undefined elsewhere or when unreadable). */
function linuxHwcap2(): number | undefined {
  if (process.platform !== "linux") return undefined;
  let auxv: Uint8Array;
  try {
    auxv = readFileSync("/proc/self/auxv");
  } catch {
    return undefined;
  }
  const dv = new DataView(auxv.buffer, auxv.byteOffset, auxv.byteLength);
  const AT_HWCAP2 = 26n;
  for (let i = 0; i + 16 <= auxv.length; i += 16) {
    if (dv.getBigUint64(i, true) === AT_HWCAP2) return Number(dv.getBigUint64(i + 8, true) & 0xffffffffn);
  }
  return 0; // the kernel enables nothing it would report there
}

let cached: CpuFeatures | null = null;

/** The features of this CPU, probed once (on first use) and cached. @example cpuFeatures().avx2 */
export function cpuFeatures(): CpuFeatures {
  return (cached ??= decodeCpuid(readCpuid()));
}

/**
 * This CPU's features: booleans per feature (`cpu.avx2`, `cpu.avx512f`, ...),
 * `vendor`, `brand`, `has(...names)` and `list()`. The probes run on first
 * property access, once per process.
 *
 * @example
 * import { cpu } from "bunjit";
 * if (cpu.has("avx2", "fma")) console.log(`${cpu.brand}: AVX2+FMA`);
 */
export const cpu: CpuFeatures = new Proxy({} as CpuFeatures, {
  get: (_t, key) => Reflect.get(cpuFeatures(), key),
  has: (_t, key) => Reflect.has(cpuFeatures(), key),
  ownKeys: () => Reflect.ownKeys(cpuFeatures()),
  getOwnPropertyDescriptor: (_t, key) => {
    const d = Reflect.getOwnPropertyDescriptor(cpuFeatures(), key);
    return d === undefined ? undefined : { ...d, configurable: true };
  },
  set: () => false,
  defineProperty: () => false,
  deleteProperty: () => false,
});

/** Builders by path: any subset of `avx512`, `avx2`, `avx`, `sse41`, `sse2`. */
export type PathBuilders<T> = { readonly [P in CpuPath]?: (path: P) => T };

/** Options for selectPath: `max` caps the path (tests, benchmarks), `cpu` replaces the detected features. */
export interface SelectPathOptions extends PathOptions {
  cpu?: Pick<CpuFeatures, "has">;
}

/**
 * Run the builder of the best path this CPU supports (AVX-512 → AVX2 → AVX →
 * SSE4.1 → SSE2) and return its result; the builder receives the path name.
 *
 * @example
 * const sum = selectPath({ avx512: () => buildSum512(), avx2: () => buildSum256(), sse2: () => buildSum128() });
 * const path = selectPath({ avx2: (p) => p, sse2: (p) => p }); // "avx2" here
 * @throws JitError EFEATURE when no builder's path is supported (give an sse2 builder to always succeed)
 */
export function selectPath<T>(builders: PathBuilders<T>, options?: SelectPathOptions): T {
  const names = Object.keys(builders).filter((k) => typeof (builders as Record<string, unknown>)[k] === "function") as CpuPath[];
  const p = bestPath(options?.cpu ?? cpuFeatures(), names, options);
  if (p === undefined) {
    throw new JitError("EFEATURE", `selectPath: none of [${names.join(", ")}] is supported by this CPU${options?.max ? ` at or below ${options.max}` : ""}; add an sse2 builder`);
  }
  return (builders[p] as (path: CpuPath) => T)(p);
}

let amxGranted: boolean | null = null;

/**
 * Ask Linux for permission to use AMX tile data in this process
 * (`arch_prctl(ARCH_REQ_XCOMP_PERM, XTILEDATA)`; without it the first tile
 * instruction raises SIGILL). Returns true when AMX can be used: the CPU has
 * it (`cpu.amxtile`, which already requires the OS to save tile state) and
 * the kernel granted the permission. Asks once per process; false without
 * AMX or off Linux (no other OS needs the request).
 *
 * @example if (requestAmx()) buildAmxKernel(); else buildAvx512Kernel();
 */
export function requestAmx(): boolean {
  if (amxGranted !== null) return amxGranted;
  if (!cpuFeatures().amxtile || process.platform !== "linux") return (amxGranted = false);
  const request = fromBytes(amxPermissionCode(), { args: [], returns: "i32" });
  try {
    return (amxGranted = request() === 0);
  } finally {
    request[Symbol.dispose]();
  }
}

export { cpuFeatureOf, decodeCpuid, isCpuFeature, CPU_FEATURES } from "./x64/cpu-features.ts";
export type { AmxInfo, CpuFeature, CpuFeatures, CpuidRaw } from "./x64/cpu-features.ts";
export { bestPath, CPU_PATHS, CPU_PATH_ORDER } from "./x64/cpu-paths.ts";
export type { CpuPath, PathOptions } from "./x64/cpu-paths.ts";
