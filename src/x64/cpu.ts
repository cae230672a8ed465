/**
 * cpu.ts — CPU feature detection for x86-64, the pure part: the machine code
 * of the `cpuid` / `xgetbv` probes (built with the Assembler), the decoding of
 * raw CPUID leaves + XCR0 into named features, and the choice of a code path
 * (AVX-512 → AVX2 → SSE2) from those features.
 *
 * Nothing here runs code or touches memory (the x64 layer never imports a
 * higher one): src/cpu.ts runs the probes through bun:ffi and caches the
 * answer. Keeping decoding separate lets tests feed it any CPU's raw leaves.
 *
 * A feature counts only when the OS saves its register state too: AVX, FMA,
 * F16C and AVX2 need CPUID.1:ECX.OSXSAVE and XCR0 bits 1–2 (SSE|AVX state);
 * every AVX-512 feature also needs XCR0 bits 5–7 (opmask, ZMM_Hi256,
 * Hi16_ZMM). A CPU flag alone is not enough.
 */
import { Assembler } from "./assembler.ts";
import { dword } from "./operands.ts";
import { eax, ebx, ecx, edx, esi, r8, rbx, rdi } from "./registers.ts";

/** Every feature name `cpu` reports, in the order `list()` prints them. */
export const CPU_FEATURES = [
  "sse", "sse2", "sse3", "ssse3", "sse41", "sse42", "popcnt", "lzcnt", "bmi1", "bmi2", "adx",
  "avx", "avx2", "fma", "f16c", "movbe", "cx16", "rdrand", "rdseed",
  "avx512f", "avx512bw", "avx512dq", "avx512vl", "avx512cd", "avx512vnni", "avx512vpopcntdq", "avx512ifma",
  "avx512vbmi", "avx512vbmi2", "avx512bitalg", "avx512bf16", "avx512fp16", "avxvnni",
  "sha", "aes", "pclmulqdq", "vaes", "vpclmulqdq", "gfni", "xsave", "osxsave",
] as const;

/** A feature name, e.g. `"avx2"`. */
export type CpuFeature = (typeof CPU_FEATURES)[number];

/** The raw registers the probes read: each leaf as [eax, ebx, ecx, edx]. */
export interface CpuidRaw {
  /** Leaf 0: max standard leaf and the vendor string. */
  readonly leaf0: readonly number[];
  /** Leaf 1: family/model, SSE…AVX flags. */
  readonly leaf1: readonly number[];
  /** Leaf 7 subleaf 0 (zeros when unsupported). */
  readonly leaf7: readonly number[];
  /** Leaf 7 subleaf 1 (zeros when unsupported). */
  readonly leaf7s1: readonly number[];
  /** Leaf 0x80000000: max extended leaf. */
  readonly ext0: readonly number[];
  /** Leaf 0x80000001 (zeros when unsupported). */
  readonly ext1: readonly number[];
  /** Leaves 0x80000002..4 concatenated (12 registers; zeros when unsupported). */
  readonly brand: readonly number[];
  /** XCR0 low 32 bits (0 when the OS has not enabled XSAVE: xgetbv would fault). */
  readonly xcr0: number;
}

/** Decoded CPU features: one boolean per feature plus identification. */
export type CpuFeatures = { readonly [K in CpuFeature]: boolean } & {
  /** "GenuineIntel", "AuthenticAMD", ... */
  readonly vendor: string;
  /** Processor brand string, trimmed, e.g. "AMD EPYC 9R14 96-Core Processor". */
  readonly brand: string;
  /** Display family, model and stepping from leaf 1. */
  readonly family: number;
  readonly model: number;
  readonly stepping: number;
  /** XCR0 (the register state the OS saves). */
  readonly xcr0: number;
  /** The raw leaves, for anything not decoded here. */
  readonly raw: CpuidRaw;
  /**
   * True when every named feature is present.
   * @example cpu.has("avx2", "fma")
   */
  has(...features: CpuFeature[]): boolean;
  /** The names of the present features. @example cpu.list().join(" ") */
  list(): CpuFeature[];
};

const bit = (v: number | undefined, n: number): boolean => (((v ?? 0) >>> n) & 1) === 1;

function regsToString(regs: readonly number[]): string {
  const b = new Uint8Array(regs.length * 4);
  const dv = new DataView(b.buffer);
  regs.forEach((r, i) => dv.setUint32(i * 4, r >>> 0, true));
  let end = b.indexOf(0);
  if (end < 0) end = b.length;
  return new TextDecoder().decode(b.subarray(0, end)).trim().replace(/\s+/g, " ");
}

/**
 * Decode raw CPUID leaves and XCR0 into features (pure: no code runs).
 *
 * @example
 * const f = decodeCpuid(raw); f.avx2 // true only if the CPU has it and the OS saves YMM state
 */
export function decodeCpuid(raw: CpuidRaw): CpuFeatures {
  const [, , c1, d1] = raw.leaf1;
  const [, b7, c7, d7] = raw.leaf7;
  const [a7s1] = raw.leaf7s1;
  const [, , ce1] = raw.ext1;
  const xcr0 = raw.xcr0 >>> 0;
  const osxsave = bit(c1, 27);
  // OS support: XMM|YMM state for AVX; opmask|ZMM_Hi256|Hi16_ZMM too for AVX-512
  const avxOs = osxsave && (xcr0 & 0x6) === 0x6;
  const avx512Os = avxOs && (xcr0 & 0xe0) === 0xe0;
  const avx = avxOs && bit(c1, 28);
  const f512 = avx512Os && bit(b7, 16);
  const z = (n: boolean) => f512 && n; // every AVX-512 extension needs AVX512F + OS state
  const flags: Record<CpuFeature, boolean> = {
    sse: bit(d1, 25),
    sse2: bit(d1, 26),
    sse3: bit(c1, 0),
    ssse3: bit(c1, 9),
    sse41: bit(c1, 19),
    sse42: bit(c1, 20),
    popcnt: bit(c1, 23),
    lzcnt: bit(ce1, 5),
    bmi1: bit(b7, 3),
    bmi2: bit(b7, 8),
    adx: bit(b7, 19),
    avx,
    avx2: avx && bit(b7, 5),
    fma: avx && bit(c1, 12),
    f16c: avx && bit(c1, 29),
    movbe: bit(c1, 22),
    cx16: bit(c1, 13),
    rdrand: bit(c1, 30),
    rdseed: bit(b7, 18),
    avx512f: f512,
    avx512bw: z(bit(b7, 30)),
    avx512dq: z(bit(b7, 17)),
    avx512vl: z(bit(b7, 31)),
    avx512cd: z(bit(b7, 28)),
    avx512vnni: z(bit(c7, 11)),
    avx512vpopcntdq: z(bit(c7, 14)),
    avx512ifma: z(bit(b7, 21)),
    avx512vbmi: z(bit(c7, 1)),
    avx512vbmi2: z(bit(c7, 6)),
    avx512bitalg: z(bit(c7, 12)),
    avx512bf16: z(bit(a7s1, 5)),
    avx512fp16: z(bit(d7, 23)),
    avxvnni: avx && bit(a7s1, 4),
    sha: bit(b7, 29),
    aes: bit(c1, 25),
    pclmulqdq: bit(c1, 1),
    vaes: avx && bit(c7, 9),
    vpclmulqdq: avx && bit(c7, 10),
    gfni: bit(c7, 8),
    xsave: bit(c1, 26),
    osxsave,
  };
  const eax1 = raw.leaf1[0] ?? 0;
  const baseFamily = (eax1 >>> 8) & 0xf;
  const family = baseFamily === 0xf ? baseFamily + ((eax1 >>> 20) & 0xff) : baseFamily;
  const baseModel = (eax1 >>> 4) & 0xf;
  const model = baseFamily === 0x6 || baseFamily === 0xf ? baseModel | (((eax1 >>> 16) & 0xf) << 4) : baseModel;
  const [, b0, c0, d0] = raw.leaf0;
  const result = {
    ...flags,
    vendor: regsToString([b0 ?? 0, d0 ?? 0, c0 ?? 0]),
    brand: regsToString(raw.brand),
    family,
    model,
    stepping: eax1 & 0xf,
    xcr0,
    raw,
    has(...features: CpuFeature[]): boolean {
      return features.every((f) => flags[f] === true);
    },
    list(): CpuFeature[] {
      return CPU_FEATURES.filter((f) => flags[f]);
    },
  };
  return Object.freeze(result);
}

/**
 * Machine code of `void cpuid(u32 out[4], u32 leaf, u32 subleaf)`: runs
 * `cpuid` with eax = leaf, ecx = subleaf and stores eax, ebx, ecx, edx.
 * rbx (callee-saved, clobbered by cpuid) is preserved.
 *
 * @example fromBytes(cpuidCode(), { args: ["ptr", "u32", "u32"], returns: "void" })
 */
export function cpuidCode(): Uint8Array {
  const a = new Assembler();
  a.emit("push", rbx);
  a.emit("mov", r8, rdi);
  a.emit("mov", eax, esi); // 32-bit moves: the arguments' upper halves are undefined
  a.emit("mov", ecx, edx);
  a.emit("cpuid");
  a.emit("mov", dword(r8), eax);
  a.emit("mov", dword(r8, 4), ebx);
  a.emit("mov", dword(r8, 8), ecx);
  a.emit("mov", dword(r8, 12), edx);
  a.emit("pop", rbx);
  a.emit("ret");
  return a.finish();
}

/**
 * Machine code of `void xgetbv0(u32 out[2])`: XCR0 as [eax, edx].
 * Faults (#UD) unless CPUID.1:ECX.OSXSAVE is set: call it only then.
 *
 * @example fromBytes(xgetbvCode(), { args: ["ptr"], returns: "void" })
 */
export function xgetbvCode(): Uint8Array {
  const a = new Assembler();
  a.emit("xor", ecx, ecx);
  a.emit("xgetbv");
  a.emit("mov", dword(rdi), eax);
  a.emit("mov", dword(rdi, 4), edx);
  a.emit("ret");
  return a.finish();
}

// ---- code paths ----------------------------------------------------------------

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
