/**
 * cpu-features.ts — the x86-64 CPU feature names (the one spelling the
 * library uses: `cpu.avx512f`, the table's feature column, `new
 * Assembler({ features })`) and the pure decoder from raw CPUID leaves +
 * XCR0 to those names.
 *
 * Nothing here runs code, and it imports neither the assembler nor the
 * table (the table's parser may import it): the probe code lives in
 * cpu-probes.ts, running it and caching the answer in src/host-cpu.ts, the
 * code paths built on these names in cpu-paths.ts. Tests feed the decoder
 * any CPU's raw leaves.
 *
 * The spelling: Intel's CPUID name lower-cased with underscores dropped
 * (AVX512_VNNI → avx512vnni, SSE4_1 → sse41, AMX_TILE → amxtile); AVX10
 * keeps GCC's dot (avx10.1, avx10.2). A feature counts only when the OS
 * saves its register state too (XCR0): AVX-class features need SSE|AVX
 * state (bits 1–2), AVX-512 and AVX10 also opmask|ZMM_Hi256|Hi16_ZMM
 * (bits 5–7), AMX XTILECFG|XTILEDATA (bits 17–18), APX the extended GPRs
 * (bit 19). A CPU flag alone is not enough. (Linux also wants a per-process
 * permission before the first AMX instruction: see `requestAmx` in host-cpu.ts.)
 */

/** Every feature name `cpu` reports, in the order `list()` prints them. */
export const CPU_FEATURES = [
  "sse", "sse2", "sse3", "ssse3", "sse41", "sse42", "popcnt", "lzcnt", "bmi1", "bmi2", "adx",
  "avx", "avx2", "fma", "f16c", "movbe", "cx16", "rdrand", "rdseed",
  "avx512f", "avx512bw", "avx512dq", "avx512vl", "avx512cd", "avx512vnni", "avx512vpopcntdq", "avx512ifma",
  "avx512vbmi", "avx512vbmi2", "avx512bitalg", "avx512bf16", "avx512fp16", "avxvnni",
  "sha", "aes", "pclmulqdq", "vaes", "vpclmulqdq", "gfni", "xsave", "osxsave",
  // base instructions the table marks (cmov & co. are on every x86-64, the others are not)
  "cmov", "fxsr", "clfsh", "lahf", "prfchw", "rdtscp", "fsgsbase", "clflushopt", "clwb", "rdpid", "serialize", "cetibt",
  "movdiri", "movdir64b", "avx512vp2intersect",
  // CPUID leaf 7 subleaf 1 and later
  "avxifma", "avxvnniint8", "avxvnniint16", "avxneconvert", "cmpccxadd", "sha512", "sm3", "sm4",
  "amxtile", "amxbf16", "amxint8", "amxfp16", "amxcomplex", "apxf", "avx10.1", "avx10.2",
] as const;

/** A feature name, e.g. `"avx2"`. */
export type CpuFeature = (typeof CPU_FEATURES)[number];

const FEATURE_SET: ReadonlySet<string> = new Set(CPU_FEATURES);

/**
 * True when `name` is one of CPU_FEATURES (the spelling is exact: lower case, no underscores).
 * @example isCpuFeature("avx512f") // true; isCpuFeature("AVX512F") // false
 */
export function isCpuFeature(name: string): name is CpuFeature {
  return FEATURE_SET.has(name);
}

/**
 * The CpuFeature a name in the manual's / the instruction table's spelling
 * stands for: lower case, underscores dropped (`AVX512_VNNI` → `avx512vnni`,
 * `SSE4_1` → `sse41`, `AVX10.1` → `avx10.1`); undefined for a name that is not
 * a feature.
 * @example cpuFeatureOf("AVX512F") // "avx512f"
 */
export function cpuFeatureOf(name: string): CpuFeature | undefined {
  const n = name.toLowerCase().replaceAll("_", "");
  return isCpuFeature(n) ? n : undefined;
}

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
  /** Leaf 0x24 subleaf 0, AVX10 (absent or zeros when unsupported): EBX[7:0] is the version. */
  readonly avx10?: readonly number[];
  /** Leaf 0x1D subleaf 1, AMX palette 1 (absent or zeros when unsupported). */
  readonly amxPalette?: readonly number[];
  /** Leaf 0x1E subleaf 0, AMX TMUL limits (absent or zeros when unsupported). */
  readonly amxTmul?: readonly number[];
  /**
   * Linux's AT_HWCAP2 (absent elsewhere): what the kernel enabled for user
   * mode beyond CPUID; bit 1 = FSGSBASE (rdfsbase & co. fault unless set).
   */
  readonly hwcap2?: number;
}

/** AMX tile geometry (palette 1, CPUID leaves 0x1D/0x1E). */
export interface AmxInfo {
  /** Bytes of all tile registers together (8192 on Sapphire Rapids). */
  readonly totalBytes: number;
  /** Bytes of one tile register (1024). */
  readonly tileBytes: number;
  /** Bytes of one tile row (64). */
  readonly rowBytes: number;
  /** Tile registers (8). */
  readonly tiles: number;
  /** Rows per tile (16). */
  readonly maxRows: number;
  /** TMUL: the largest K (rows of B, 16) and N (bytes per row, 64). */
  readonly tmulMaxK: number;
  readonly tmulMaxN: number;
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
  /** AVX10 version (1, 2, ...), 0 without AVX10 (or without the OS state AVX-512 needs). */
  readonly avx10Version: number;
  /** AMX tile geometry when `amxtile`, else null. */
  readonly amx: AmxInfo | null;
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

/** Which raw leaf a feature bit sits in. */
type Leaf = "leaf1" | "leaf7" | "leaf7s1" | "ext1";
/** The register state the OS must save for a feature: none, SSE|AVX, +AVX-512, +AMX tiles, +APX registers. */
type Gate = 0 | "avx" | "avx512" | "amx" | "apx";
/** [leaf, register (0 eax … 3 edx), bit, gate] per feature read straight from a CPUID bit. */
type BitSpec = readonly [Leaf, 0 | 1 | 2 | 3, number, Gate];
const EAX = 0, EBX = 1, ECX = 2, EDX = 3;

/** Where each feature's bit is (Intel SDM vol. 2, CPUID; AMD APM vol. 3 for 0x80000001). avx10.x derive from the AVX10 version. */
const BITS: Record<Exclude<CpuFeature, "avx10.1" | "avx10.2">, BitSpec> = {
  sse: ["leaf1", EDX, 25, 0], sse2: ["leaf1", EDX, 26, 0], sse3: ["leaf1", ECX, 0, 0], ssse3: ["leaf1", ECX, 9, 0],
  sse41: ["leaf1", ECX, 19, 0], sse42: ["leaf1", ECX, 20, 0], popcnt: ["leaf1", ECX, 23, 0], lzcnt: ["ext1", ECX, 5, 0],
  bmi1: ["leaf7", EBX, 3, 0], bmi2: ["leaf7", EBX, 8, 0], adx: ["leaf7", EBX, 19, 0],
  avx: ["leaf1", ECX, 28, "avx"], avx2: ["leaf7", EBX, 5, "avx"], fma: ["leaf1", ECX, 12, "avx"], f16c: ["leaf1", ECX, 29, "avx"],
  movbe: ["leaf1", ECX, 22, 0], cx16: ["leaf1", ECX, 13, 0], rdrand: ["leaf1", ECX, 30, 0], rdseed: ["leaf7", EBX, 18, 0],
  avx512f: ["leaf7", EBX, 16, "avx512"], avx512bw: ["leaf7", EBX, 30, "avx512"], avx512dq: ["leaf7", EBX, 17, "avx512"],
  avx512vl: ["leaf7", EBX, 31, "avx512"], avx512cd: ["leaf7", EBX, 28, "avx512"], avx512vnni: ["leaf7", ECX, 11, "avx512"],
  avx512vpopcntdq: ["leaf7", ECX, 14, "avx512"], avx512ifma: ["leaf7", EBX, 21, "avx512"], avx512vbmi: ["leaf7", ECX, 1, "avx512"],
  avx512vbmi2: ["leaf7", ECX, 6, "avx512"], avx512bitalg: ["leaf7", ECX, 12, "avx512"], avx512bf16: ["leaf7s1", EAX, 5, "avx512"],
  avx512fp16: ["leaf7", EDX, 23, "avx512"], avxvnni: ["leaf7s1", EAX, 4, "avx"],
  sha: ["leaf7", EBX, 29, 0], aes: ["leaf1", ECX, 25, 0], pclmulqdq: ["leaf1", ECX, 1, 0], vaes: ["leaf7", ECX, 9, "avx"],
  vpclmulqdq: ["leaf7", ECX, 10, "avx"], gfni: ["leaf7", ECX, 8, 0], xsave: ["leaf1", ECX, 26, 0], osxsave: ["leaf1", ECX, 27, 0],
  cmov: ["leaf1", EDX, 15, 0], fxsr: ["leaf1", EDX, 24, 0], clfsh: ["leaf1", EDX, 19, 0], lahf: ["ext1", ECX, 0, 0],
  prfchw: ["ext1", ECX, 8, 0], rdtscp: ["ext1", EDX, 27, 0], fsgsbase: ["leaf7", EBX, 0, 0], clflushopt: ["leaf7", EBX, 23, 0],
  clwb: ["leaf7", EBX, 24, 0], rdpid: ["leaf7", ECX, 22, 0], serialize: ["leaf7", EDX, 14, 0], cetibt: ["leaf7", EDX, 20, 0],
  movdiri: ["leaf7", ECX, 27, 0], movdir64b: ["leaf7", ECX, 28, 0], avx512vp2intersect: ["leaf7", EDX, 8, "avx512"],
  avxifma: ["leaf7s1", EAX, 23, "avx"], avxvnniint8: ["leaf7s1", EDX, 4, "avx"], avxvnniint16: ["leaf7s1", EDX, 10, "avx"],
  avxneconvert: ["leaf7s1", EDX, 5, "avx"], cmpccxadd: ["leaf7s1", EAX, 7, 0], sha512: ["leaf7s1", EAX, 0, "avx"],
  sm3: ["leaf7s1", EAX, 1, "avx"], sm4: ["leaf7s1", EAX, 2, "avx"],
  amxtile: ["leaf7", EDX, 24, "amx"], amxbf16: ["leaf7", EDX, 22, "amx"], amxint8: ["leaf7", EDX, 25, "amx"],
  amxfp16: ["leaf7s1", EAX, 21, "amx"], amxcomplex: ["leaf7s1", EDX, 8, "amx"], apxf: ["leaf7s1", EDX, 21, "apx"],
};

/** CPUID.7.1:EDX[19] says leaf 0x24 describes AVX10. */
const AVX10_BIT = 19;

const bit = (v: number | undefined, n: number): boolean => (((v ?? 0) >>> n) & 1) === 1;

function regsToString(regs: readonly number[]): string {
  const b = new Uint8Array(regs.length * 4);
  const dv = new DataView(b.buffer);
  regs.forEach((r, i) => dv.setUint32(i * 4, r >>> 0, true));
  let end = b.indexOf(0);
  if (end < 0) end = b.length;
  return new TextDecoder().decode(b.subarray(0, end)).trim().replace(/\s+/g, " ");
}

/** Which gates the OS state in XCR0 opens (all closed without OSXSAVE: xgetbv is then illegal). */
function openGates(raw: CpuidRaw): Record<Exclude<Gate, 0>, boolean> {
  const xcr0 = raw.xcr0 >>> 0;
  const avx = bit(raw.leaf1[ECX], 27) && (xcr0 & 0x6) === 0x6;
  const avx512 = avx && (xcr0 & 0xe0) === 0xe0;
  return { avx, avx512, amx: (xcr0 & 0x60000) === 0x60000, apx: (xcr0 & 0x80000) !== 0 };
}

function amxInfo(raw: CpuidRaw): AmxInfo {
  const [pa = 0, pb = 0, pc = 0] = raw.amxPalette ?? [];
  const tb = raw.amxTmul?.[EBX] ?? 0;
  return Object.freeze({
    totalBytes: pa & 0xffff, tileBytes: pa >>> 16, rowBytes: pb & 0xffff, tiles: pb >>> 16, maxRows: pc & 0xffff,
    tmulMaxK: tb & 0xff, tmulMaxN: (tb >>> 8) & 0xffff,
  });
}

/**
 * Decode raw CPUID leaves and XCR0 into features (pure: no code runs).
 *
 * @example
 * const f = decodeCpuid(raw); f.avx2 // true only if the CPU has it and the OS saves YMM state
 */
export function decodeCpuid(raw: CpuidRaw): CpuFeatures {
  const gates = openGates(raw);
  const flags = {} as Record<CpuFeature, boolean>;
  // an extension counts only with its base feature: AVX, AVX512F, AMX-TILE
  const base = { avx: bit(raw.leaf1[ECX], 28), avx512: bit(raw.leaf7[EBX], 16), amx: bit(raw.leaf7[EDX], 24), apx: true };
  for (const [name, [leaf, reg, n, gate]] of Object.entries(BITS) as [keyof typeof BITS, BitSpec][]) {
    flags[name] = bit(raw[leaf][reg], n) && (gate === 0 || (gates[gate] && base[gate]));
  }
  const avx10Version = bit(raw.leaf7s1[EDX], AVX10_BIT) && gates.avx512 ? (raw.avx10?.[EBX] ?? 0) & 0xff : 0;
  // rdfsbase & co. need CR4.FSGSBASE, which only the kernel's AT_HWCAP2 reveals (where there is one)
  if (raw.hwcap2 !== undefined && !bit(raw.hwcap2, 1)) flags.fsgsbase = false;
  flags["avx10.1"] = avx10Version >= 1;
  flags["avx10.2"] = avx10Version >= 2;
  const eax1 = raw.leaf1[EAX] ?? 0;
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
    xcr0: raw.xcr0 >>> 0,
    avx10Version,
    amx: flags.amxtile ? amxInfo(raw) : null,
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
