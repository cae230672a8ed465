/**
 * registers.ts — every AArch64 register bunjit can name, as frozen objects:
 * general-purpose w0–w30 / x0–x30 with the two meanings of number 31 (wzr/xzr,
 * wsp/sp), scalar SIMD&FP b/h/s/d/q 0–31, vector registers with an
 * arrangement (`v0.s4` is `v0.4s`) and vector elements (`v0.s[1]`).
 *
 * A register is a `Reg` at run time: a class bit (the matcher tests
 * `reg.cls & token.cls`), the encoding number 0–31 and, for vectors, the
 * arrangement or element index. At the type level each kind carries a
 * phantom brand (`X`, `W`, `SP`, `V4S`, `ElemS`, ...) so the typed builder
 * rejects `add(x0, w1, x2)` or `add(v0.s4, v1.s4, v2.d2)` at compile time.
 * No encoding logic lives here: operands.ts adds memory operands and
 * modifiers, table/ the instruction forms.
 */
import { JitError } from "../core/errors.ts";

// ---- operand class bits ----------------------------------------------------------
// General-purpose: the number 31 means zr or sp depending on the encoding, so they are separate classes.
export const K_W = 1 << 0; // w0..w30
export const K_WZR = 1 << 1;
export const K_WSP = 1 << 2;
export const K_X = 1 << 3; // x0..x30
export const K_XZR = 1 << 4;
export const K_SP = 1 << 5;
// scalar SIMD&FP
export const K_B = 1 << 6;
export const K_H = 1 << 7;
export const K_S = 1 << 8;
export const K_D = 1 << 9;
export const K_Q = 1 << 10;
// vectors by arrangement
export const K_8B = 1 << 11;
export const K_16B = 1 << 12;
export const K_4H = 1 << 13;
export const K_8H = 1 << 14;
export const K_2S = 1 << 15;
export const K_4S = 1 << 16;
export const K_1D = 1 << 17;
export const K_2D = 1 << 18;
export const K_1Q = 1 << 19;
/** A vector element `v0.s[1]` (element size in `arr`, lane in `index`). */
export const K_ELEM = 1 << 20;
// non-register operand classes (operands.ts): listed here so every class bit is in one place
export const K_LIST = 1 << 21; // an array of vector registers  {v0.4s, v1.4s}
export const K_ELIST = 1 << 22; // an array of elements with one index  {v0.s, v1.s}[1]
export const K_MEM = 1 << 23;
export const K_IMM = 1 << 24; // number or bigint
export const K_LABEL = 1 << 25;
export const K_SHIFT = 1 << 26; // lsl/lsr/asr/ror/msl #n
export const K_EXT = 1 << 27; // uxtb..sxtx {#n}
export const K_NAME = 1 << 28; // a name: condition, barrier option, system register, prefetch operation

export const K_GPW = K_W | K_WZR;
export const K_GPX = K_X | K_XZR;

/** Vector arrangements, in the order of their class bits (ARR_8B = 0 ... ARR_1Q = 8). */
export const ARRANGEMENTS = ["8b", "16b", "4h", "8h", "2s", "4s", "1d", "2d", "1q"] as const;
export type Arrangement = (typeof ARRANGEMENTS)[number];
/** Element size in bits of each arrangement. */
export const ARR_ESIZE: readonly number[] = [8, 8, 16, 16, 32, 32, 64, 64, 128];
/** Element sizes of a vector element operand: b h s d (index 0..3) and q (4). */
export const ELEM_NAMES = ["b", "h", "s", "d", "q"] as const;
export type ElemSize = (typeof ELEM_NAMES)[number];

/**
 * A machine register. Instances are created once here; never construct your own.
 */
export class Reg {
  constructor(
    /** Assembler name, e.g. "x0", "wzr", "sp", "v3.4s", "v3.s[1]", "d7". */
    readonly name: string,
    /** Exactly one K_* class bit. */
    readonly cls: number,
    /** Encoding number 0–31 (31 for zr and sp). */
    readonly num: number,
    /** Arrangement index (ARRANGEMENTS) for vectors, element size index (ELEM_NAMES) for elements, else -1. */
    readonly arr: number = -1,
    /** Lane index for elements, else -1. */
    readonly index: number = -1,
  ) {}
  toString(): string {
    return this.name;
  }
}

// ---- brands (type level only) ----------------------------------------------------
declare const brand: unique symbol;
type Brand<B extends string> = Reg & { readonly [brand]: B };
/** w0–w30 */ export type W = Brand<"w">;
/** wzr */ export type WZR = Brand<"wzr">;
/** wsp */ export type WSP = Brand<"wsp">;
/** x0–x30 */ export type X = Brand<"x">;
/** xzr */ export type XZR = Brand<"xzr">;
/** sp */ export type SP = Brand<"sp">;
/** A 32-bit GP register where 31 means the zero register. */ export type Wz = W | WZR;
/** A 64-bit GP register where 31 means the zero register. */ export type Xz = X | XZR;
/** A 32-bit GP register where 31 means the stack pointer. */ export type Ws = W | WSP;
/** A 64-bit GP register where 31 means the stack pointer. */ export type Xs = X | SP;
export type B = Brand<"b">;
export type H = Brand<"h">;
export type S = Brand<"s">;
export type D = Brand<"d">;
export type Q = Brand<"q">;
export type V8B = Brand<"8b">;
export type V16B = Brand<"16b">;
export type V4H = Brand<"4h">;
export type V8H = Brand<"8h">;
export type V2S = Brand<"2s">;
export type V4S = Brand<"4s">;
export type V1D = Brand<"1d">;
export type V2D = Brand<"2d">;
export type V1Q = Brand<"1q">;
export type ElemB = Brand<"eb">;
export type ElemH = Brand<"eh">;
export type ElemS = Brand<"es">;
export type ElemD = Brand<"ed">;
/** Any vector register with an arrangement. */
export type AnyVec = V8B | V16B | V4H | V8H | V2S | V4S | V1D | V2D | V1Q;
/** Any vector element. */
export type AnyElem = ElemB | ElemH | ElemS | ElemD;
/** Any register. */
export type AnyReg = Wz | WSP | Xz | SP | B | H | S | D | Q | AnyVec | AnyElem;

/** A fixed-length tuple of lanes (so `v0.s[3]` is an ElemS and `v0.s[4]` a type error). */
export type Lanes<T, N extends number, Acc extends readonly T[] = readonly []> = Acc["length"] extends N ? Acc : Lanes<T, N, readonly [...Acc, T]>;

const ARR_CLS = [K_8B, K_16B, K_4H, K_8H, K_2S, K_4S, K_1D, K_2D, K_1Q];
const ELEM_LANES = [16, 8, 4, 2, 1];

/**
 * The vector register bank entry `vN`: not an operand itself, it names the
 * arrangements (`v0.b16` is `v0.16b`, `v0.s4` is `v0.4s`, `v0.d2` is `v0.2d`)
 * and the elements (`v0.s[1]`, `v0.d[0]`).
 */
export class VBank {
  readonly b8: V8B;
  readonly b16: V16B;
  readonly h4: V4H;
  readonly h8: V8H;
  readonly s2: V2S;
  readonly s4: V4S;
  readonly d1: V1D;
  readonly d2: V2D;
  readonly q1: V1Q;
  /** Byte elements `vN.b[0..15]`. */
  readonly b: Lanes<ElemB, 16>;
  /** Halfword elements `vN.h[0..7]`. */
  readonly h: Lanes<ElemH, 8>;
  /** Word elements `vN.s[0..3]`. */
  readonly s: Lanes<ElemS, 4>;
  /** Doubleword elements `vN.d[0..1]`. */
  readonly d: Lanes<ElemD, 2>;
  constructor(readonly num: number) {
    const v = (i: number) => Object.freeze(new Reg(`v${num}.${ARRANGEMENTS[i]}`, ARR_CLS[i]!, num, i)) as never;
    this.b8 = v(0);
    this.b16 = v(1);
    this.h4 = v(2);
    this.h8 = v(3);
    this.s2 = v(4);
    this.s4 = v(5);
    this.d1 = v(6);
    this.d2 = v(7);
    this.q1 = v(8);
    const e = (k: number) => Object.freeze(Array.from({ length: ELEM_LANES[k]! }, (_, i) => Object.freeze(new Reg(`v${num}.${ELEM_NAMES[k]}[${i}]`, K_ELEM, num, k, i)))) as never;
    this.b = e(0);
    this.h = e(1);
    this.s = e(2);
    this.d = e(3);
    Object.freeze(this);
  }
  /** The register with arrangement `a` ("4s", "16b", ...). @throws JitError EOPERAND for an unknown arrangement */
  arrangement(a: string): AnyVec {
    const i = ARRANGEMENTS.indexOf(a.toLowerCase() as Arrangement);
    if (i < 0) throw new JitError("EOPERAND", `unknown arrangement ".${a}": expected one of ${ARRANGEMENTS.join(", ")}`);
    return [this.b8, this.b16, this.h4, this.h8, this.s2, this.s4, this.d1, this.d2, this.q1][i]!;
  }
  toString(): string {
    return `v${this.num}`;
  }
}

function mk<T>(name: string, cls: number, num: number): T {
  return Object.freeze(new Reg(name, cls, num)) as T;
}
const range = <T>(f: (i: number) => T): T[] => Array.from({ length: 32 }, (_, i) => f(i));

/** w0–w30, then wzr at index 31. */
export const wregs: readonly Wz[] = Object.freeze(range((i) => (i === 31 ? mk<WZR>("wzr", K_WZR, 31) : mk<W>(`w${i}`, K_W, i))));
/** x0–x30, then xzr at index 31. */
export const xregs: readonly Xz[] = Object.freeze(range((i) => (i === 31 ? mk<XZR>("xzr", K_XZR, 31) : mk<X>(`x${i}`, K_X, i))));
export const bregs: readonly B[] = Object.freeze(range((i) => mk<B>(`b${i}`, K_B, i)));
export const hregs: readonly H[] = Object.freeze(range((i) => mk<H>(`h${i}`, K_H, i)));
export const sregs: readonly S[] = Object.freeze(range((i) => mk<S>(`s${i}`, K_S, i)));
export const dregs: readonly D[] = Object.freeze(range((i) => mk<D>(`d${i}`, K_D, i)));
export const qregs: readonly Q[] = Object.freeze(range((i) => mk<Q>(`q${i}`, K_Q, i)));
/** The vector register bank v0–v31. */
export const vregs: readonly VBank[] = Object.freeze(range((i) => new VBank(i)));

export const wzr = wregs[31] as WZR;
export const xzr = xregs[31] as XZR;
export const wsp = mk<WSP>("wsp", K_WSP, 31);
export const sp = mk<SP>("sp", K_SP, 31);

/** Fixed-length views, so that the named registers below are typed without `undefined`. */
type T31<T> = readonly [T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, T];
type T32<T> = readonly [...T31<T>, T];
export const [w0, w1, w2, w3, w4, w5, w6, w7, w8, w9, w10, w11, w12, w13, w14, w15, w16, w17, w18, w19, w20, w21, w22, w23, w24, w25, w26, w27, w28, w29, w30] = wregs as unknown as T31<W>;
export const [x0, x1, x2, x3, x4, x5, x6, x7, x8, x9, x10, x11, x12, x13, x14, x15, x16, x17, x18, x19, x20, x21, x22, x23, x24, x25, x26, x27, x28, x29, x30] = xregs as unknown as T31<X>;
/** Aliases: the frame pointer x29 and the link register x30; ip0/ip1 are x16/x17. */
export const fp = x29, lr = x30;
export const [b0, b1, b2, b3, b4, b5, b6, b7, b8, b9, b10, b11, b12, b13, b14, b15, b16, b17, b18, b19, b20, b21, b22, b23, b24, b25, b26, b27, b28, b29, b30, b31] = bregs as unknown as T32<B>;
export const [h0, h1, h2, h3, h4, h5, h6, h7, h8, h9, h10, h11, h12, h13, h14, h15, h16, h17, h18, h19, h20, h21, h22, h23, h24, h25, h26, h27, h28, h29, h30, h31] = hregs as unknown as T32<H>;
export const [s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, s12, s13, s14, s15, s16, s17, s18, s19, s20, s21, s22, s23, s24, s25, s26, s27, s28, s29, s30, s31] = sregs as unknown as T32<S>;
export const [d0, d1, d2, d3, d4, d5, d6, d7, d8, d9, d10, d11, d12, d13, d14, d15, d16, d17, d18, d19, d20, d21, d22, d23, d24, d25, d26, d27, d28, d29, d30, d31] = dregs as unknown as T32<D>;
export const [q0, q1, q2, q3, q4, q5, q6, q7, q8, q9, q10, q11, q12, q13, q14, q15, q16, q17, q18, q19, q20, q21, q22, q23, q24, q25, q26, q27, q28, q29, q30, q31] = qregs as unknown as T32<Q>;
export const [v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31] = vregs as unknown as T32<VBank>;

const byName = new Map<string, Reg>();
for (const list of [wregs, xregs, bregs, hregs, sregs, dregs, qregs] as readonly (readonly Reg[])[]) for (const r of list) byName.set(r.name, r);
byName.set("wsp", wsp);
byName.set("sp", sp);
byName.set("fp", x29);
byName.set("lr", x30);
byName.set("ip0", x16);
byName.set("ip1", x17);

/** The register called `name` (lower case), or undefined: x0, w5, sp, wzr, fp, lr, d3, q7, v2.4s, v2.s[1]. */
export function lookupRegister(n: string): Reg | undefined {
  const r = byName.get(n);
  if (r !== undefined) return r;
  const m = /^v(\d{1,2})\.(?:(\d{1,2}[bhsdq])|([bhsd])\[(\d{1,2})\])$/.exec(n);
  if (m !== null && Number(m[1]) < 32) {
    const bank = vregs[Number(m[1])]!;
    if (m[2] !== undefined && (ARRANGEMENTS as readonly string[]).includes(m[2])) return bank.arrangement(m[2]);
    if (m[3] !== undefined) {
      const lanes: readonly Reg[] = bank[m[3] as "b" | "h" | "s" | "d"];
      return lanes[Number(m[4])];
    }
  }
  return undefined;
}

/**
 * The register called `name` (lower or upper case): x0, w5, sp, wzr, fp, lr, d3, q7, v2.4s, v2.s[1].
 * @example registerByName("x29") === x29
 * @throws JitError EOPERAND for an unknown name
 */
export function registerByName(name: string): Reg {
  const r = typeof name === "string" ? lookupRegister(name.toLowerCase()) : undefined;
  if (r === undefined) throw new JitError("EOPERAND", `unknown AArch64 register "${String(name)}"`);
  return r;
}

/** True for a general-purpose register (w/x, zr, sp). */
export function isGp(r: Reg): boolean {
  return (r.cls & (K_W | K_WZR | K_WSP | K_X | K_XZR | K_SP)) !== 0;
}
/** True for a 64-bit general-purpose register (x0–x30, xzr, sp). */
export function isGp64(r: Reg): boolean {
  return (r.cls & (K_X | K_XZR | K_SP)) !== 0;
}
/** Class bit of a vector arrangement index. */
export function arrClass(arr: number): number {
  return ARR_CLS[arr]!;
}
