/**
 * vocabulary.ts — the words of the x86-64 table and of Intel syntax, defined
 * once for every reader (row parser, matcher, encoder, decoder, printer,
 * text parser, type and golden generators): operand tokens (what each
 * accepts, its size, its TypeScript type), size keywords, segment names,
 * condition codes, shift mnemonics, comparison predicates, and the EVEX
 * tuple rules (disp8×N scale, broadcast element counts).
 *
 * It is data and small pure functions: no parsing of rows (schema.ts), no
 * encoding (encode/), no instruction-specific special cases.
 */
import {
  B16, B32, B64, C_AL, C_AX, C_CL, C_DX, C_EAX, C_K, C_R16, C_R32, C_R64, C_R8, C_R8H, C_RAX, C_SEG, C_XMM, C_XMM0, C_XMMX, C_YMM, C_YMMX, C_ZMM,
  M128, M16, M256, M32, M512, M64, M8, M80, M_ALL_SIZES, MANY, VSIB_X, VSIB_Y, VSIB_Z,
} from "../classes.ts";

// ---- sizes and names ------------------------------------------------------------

/** Size keywords of Intel syntax by operand size in bits (`tword` is read as `tbyte`). */
export const SIZE_WORDS: ReadonlyMap<number, string> = new Map([[8, "byte"], [16, "word"], [32, "dword"], [64, "qword"], [80, "tbyte"], [128, "xmmword"], [256, "ymmword"], [512, "zmmword"]]);
/** Operand size in bits by size keyword, the alias `tword` included. */
export const SIZE_BITS: ReadonlyMap<string, number> = new Map([...[...SIZE_WORDS].map(([b, w]) => [w, b] as [string, number]), ["tword", 80]]);
/** The size keyword of `bits` (`64` → "qword"), or "" for none. */
export function sizeWord(bits: number): string {
  return SIZE_WORDS.get(bits) ?? "";
}
/** Segment register names by number (the order of the ModRM sreg field and of `Mem.seg`). */
export const SEG_NAMES: readonly string[] = ["es", "cs", "ss", "ds", "fs", "gs"];
/** String instructions' size suffixes (movsb … movsq). */
export const STRING_SUFFIX_BITS: Readonly<Record<string, number>> = { b: 8, w: 16, d: 32, q: 64 };
/** The shift and rotate mnemonics (`shl rax` means `shl rax, 1`). */
export const SHIFT_MNEMONICS: ReadonlySet<string> = new Set(["rol", "ror", "rcl", "rcr", "shl", "sal", "shr", "sar"]);

// ---- condition codes and predicates ------------------------------------------------

/** Condition-code suffixes by number (0 o … 15 g); the first of each is the one llvm-mc prints. */
export const CONDITIONS: readonly (readonly string[])[] = [
  ["o"], ["no"], ["b", "c", "nae"], ["ae", "nb", "nc"], ["e", "z"], ["ne", "nz"], ["be", "na"], ["a", "nbe"],
  ["s"], ["ns"], ["p", "pe"], ["np", "po"], ["l", "nge"], ["ge", "nl"], ["le", "ng"], ["g", "nle"],
];
/** Condition-code suffix → number. */
export const conditionCodes: ReadonlyMap<string, number> = new Map(CONDITIONS.flatMap((names, n) => names.map((s) => [s, n] as [string, number])));
/** llvm-mc's spelling of each condition number. */
export const CANONICAL_CONDITIONS: readonly string[] = CONDITIONS.map((names) => names[0]!);
/** SSE/AVX comparison predicates (the imm8 of cmpps … 0–31) as llvm-mc names them. */
export const CMP_PREDICATES: readonly string[] = [
  "eq", "lt", "le", "unord", "neq", "nlt", "nle", "ord", "eq_uq", "nge", "ngt", "false", "neq_oq", "ge", "gt", "true",
  "eq_os", "lt_oq", "le_oq", "unord_s", "neq_us", "nlt_uq", "nle_uq", "ord_s", "eq_us", "nge_uq", "ngt_uq", "false_os", "neq_os", "ge_oq", "gt_oq", "true_us",
];
/** AVX-512 integer comparison predicates with an alias (3 and 7 have none). */
export const VPCMP_PREDICATES: Readonly<Record<number, string>> = { 0: "eq", 1: "lt", 2: "le", 4: "neq", 5: "nlt", 6: "nle" };

// ---- operand tokens -----------------------------------------------------------------

/** Immediate kinds of a token (OpSpec.imm). */
export const IMM_NONE = 0, IMM_8 = 1, IMM_16 = 2, IMM_32 = 3, IMM_64 = 4, IMM_8S = 5, IMM_32S = 6, IMM_ONE = 7;

/** What one alternative of an operand token (`r64`, `m32bcst`, `imm8s` …) means. */
export interface TokenMeaning {
  /** Register class bits accepted. */
  readonly rcls: number;
  /** Memory class bits accepted. */
  readonly mcls: number;
  /** Immediate kind (IMM_*). */
  readonly imm: number;
  /** Relative target width (8, 32) or 0. */
  readonly rel: number;
  /** Element size of a broadcast or VSIB token, else 0. */
  readonly elemBits: number;
  /** Operand size in bits, 0 when none. */
  readonly bits: number;
  /** True for a sized memory alternative (m8 … m512). */
  readonly memory: boolean;
  /** A fixed register or literal that may stand implicitly (al, cl, xmm0, 1 …). */
  readonly implicit: boolean;
  /** The TypeScript type of the typed builder's parameter (`Gp64`, `Mem32`, `number | bigint` …). */
  readonly tsType: string;
}

function t(rcls: number, mcls: number, bits: number, tsType: string, more: Partial<TokenMeaning> = {}): TokenMeaning {
  return { rcls, mcls, imm: IMM_NONE, rel: 0, elemBits: 0, bits, memory: false, implicit: false, tsType, ...more };
}
const mem = (m: number, bits: number, tsType: string) => t(0, m, bits, tsType, { memory: true });
const imm = (kind: number, tsType = "number", implicit = false) => t(0, 0, 0, tsType, { imm: kind, implicit });

/**
 * Every alternative of an operand token, after Intel's numbering is stripped
 * (`xmm2` → `xmm`, `r32a` → `r32`; `xmm0` stays the implicit register).
 */
export const TOKENS: ReadonlyMap<string, TokenMeaning> = new Map([
  ["r8", t(C_R8 | C_R8H, 0, 8, "Gp8")],
  ["r16", t(C_R16, 0, 16, "Gp16")],
  ["r32", t(C_R32, 0, 32, "Gp32")],
  ["r64", t(C_R64, 0, 64, "Gp64")],
  ["al", t(C_AL, 0, 8, "Al", { implicit: true })],
  ["ax", t(C_AX, 0, 16, "Ax", { implicit: true })],
  ["eax", t(C_EAX, 0, 32, "Eax", { implicit: true })],
  ["rax", t(C_RAX, 0, 64, "Rax", { implicit: true })],
  ["cl", t(C_CL, 0, 8, "Cl", { implicit: true })],
  ["dx", t(C_DX, 0, 16, "Dx", { implicit: true })],
  ["xmm0", t(C_XMM0, 0, 128, "Xmm0", { implicit: true })],
  // xmm16–31 / ymm16–31 are EVEX-only: schema.ts drops C_XMMX/C_YMMX from legacy and VEX rows
  ["xmm", t(C_XMM | C_XMMX, 0, 128, "Xmm")],
  ["ymm", t(C_YMM | C_YMMX, 0, 256, "Ymm")],
  ["zmm", t(C_ZMM, 0, 512, "Zmm")],
  ["k", t(C_K, 0, 64, "KReg")],
  ["sreg", t(C_SEG, 0, 16, "SegReg")],
  ["m", t(0, M_ALL_SIZES | MANY, 0, "MemBase")],
  ["m8", mem(M8, 8, "Mem8")],
  ["m16", mem(M16, 16, "Mem16")],
  ["m32", mem(M32, 32, "Mem32")],
  ["m64", mem(M64, 64, "Mem64")],
  ["m80", mem(M80, 80, "Mem80")],
  ["m128", mem(M128, 128, "Mem128")],
  ["m256", mem(M256, 256, "Mem256")],
  ["m512", mem(M512, 512, "Mem512")],
  ["m16bcst", t(0, B16, 0, "Bcst16", { elemBits: 16 })],
  ["m32bcst", t(0, B32, 0, "Bcst32", { elemBits: 32 })],
  ["m64bcst", t(0, B64, 0, "Bcst64", { elemBits: 64 })],
  ["vm32x", t(0, VSIB_X, 0, "VsibX", { elemBits: 32 })],
  ["vm32y", t(0, VSIB_Y, 0, "VsibY", { elemBits: 32 })],
  ["vm32z", t(0, VSIB_Z, 0, "VsibZ", { elemBits: 32 })],
  ["vm64x", t(0, VSIB_X, 0, "VsibX", { elemBits: 64 })],
  ["vm64y", t(0, VSIB_Y, 0, "VsibY", { elemBits: 64 })],
  ["vm64z", t(0, VSIB_Z, 0, "VsibZ", { elemBits: 64 })],
  ["imm8", imm(IMM_8)],
  ["imm8s", imm(IMM_8S)],
  ["imm16", imm(IMM_16)],
  ["imm32", imm(IMM_32)],
  ["imm32s", imm(IMM_32S)],
  ["imm64", imm(IMM_64, "number | bigint")],
  ["1", imm(IMM_ONE, "1", true)],
  ["rel8", t(0, 0, 0, "Label", { rel: 8 })],
  ["rel32", t(0, 0, 0, "Label", { rel: 32 })],
]);

/** An alternative's name without Intel's operand numbering (`xmm2` → `xmm`, `r32a` → `r32`; `xmm0` kept). */
export function tokenName(alt: string): string {
  return alt === "xmm0" ? alt : alt.replace(/^(xmm|ymm|zmm|k)\d+$/, "$1").replace(/^(r(?:8|16|32|64))[ab]$/, "$1");
}

/** The alternatives of an operand token in order (`r/m64` → r64, m64; `xmm/m128/m32bcst` → xmm, m128, m32bcst), decorations removed. */
export function tokenAlternatives(token: string): string[] {
  const tok = token.replace(/\s*\{[a-z0-9]+\}/g, "").trim();
  if (tok.startsWith("r/m")) {
    const rest = tok.slice(3).split("/");
    return ["r" + rest[0], "m" + rest[0], ...rest.slice(1)].map((a) => tokenName(a.trim()));
  }
  return tok.split("/").map((a) => tokenName(a.trim()));
}

// ---- EVEX tuple rules ----------------------------------------------------------------

/** EVEX tuple types (the manual's "Instruction Operand Encoding" tables). */
export const TT_NONE = 0, TT_FV = 1, TT_HV = 2, TT_FVM = 3, TT_HVM = 4, TT_QVM = 5, TT_OVM = 6, TT_T1S = 7, TT_T1F = 8, TT_T2 = 9, TT_T4 = 10, TT_T8 = 11, TT_M128 = 12, TT_DUP = 13;
export const TUPLE_NAMES: ReadonlyMap<string, number> = new Map([
  ["FV", TT_FV], ["HV", TT_HV], ["FVM", TT_FVM], ["HVM", TT_HVM], ["QVM", TT_QVM], ["OVM", TT_OVM], ["T1S", TT_T1S], ["T1F", TT_T1F],
  ["T2", TT_T2], ["T4", TT_T4], ["T8", TT_T8], ["M128", TT_M128], ["DUP", TT_DUP],
]);

/** What the tuple rules read from a form (schema.ts `Form` has these fields). */
export interface TupleForm {
  readonly tuple: number;
  /** Vector length: 0 (128), 1 (256), 2 (512), -1 LIG. */
  readonly l: number;
  /** W: 1, 0, or -1 (WIG). */
  readonly w: number;
}

/**
 * The EVEX disp8×N scale of a memory operand: `elemBits` is the token's
 * broadcast/VSIB/T1S element size (0 if none), `memBits` the memory's size
 * (written, or the token's memory alternative: `xmm/m32` → 32; 0 if none),
 * `broadcast` whether `{1toN}` is used.
 */
export function disp8Scale(f: TupleForm, broadcast: boolean, elemBits: number, memBits: number): number {
  const vl = f.l === 2 ? 64 : f.l === 1 ? 32 : 16;
  const elem = f.w === 1 ? 8 : 4;
  switch (f.tuple) {
    case TT_FV: return broadcast ? (elemBits ? elemBits / 8 : elem) : vl;
    case TT_HV: return broadcast ? (elemBits ? elemBits / 8 : elem) : vl / 2;
    case TT_FVM: return vl;
    case TT_HVM: return vl / 2;
    case TT_QVM: return vl / 4;
    case TT_OVM: return vl / 8;
    case TT_T1S: return (elemBits || memBits || elem * 8) / 8;
    case TT_T1F: return (memBits || elem * 8) / 8;
    case TT_T2: return elem * 2;
    case TT_T4: return elem * 4;
    case TT_T8: return elem * 8;
    case TT_M128: return 16;
    case TT_DUP: return f.l === 0 ? 8 : vl;
  }
  return 1;
}

/** The N of `{1toN}` for a broadcast of `elemBits` elements in form `f` (half the vector for HV tuples). */
export function broadcastCount(f: TupleForm, elemBits: number): number {
  const vl = f.l === 2 ? 512 : f.l === 1 ? 256 : 128;
  return (f.tuple === TT_HV ? vl / 2 : vl) / elemBits;
}
