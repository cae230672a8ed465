/**
 * immediates.ts — the AArch64 immediate encodings that are more than a range
 * check: logical ("bitmask") immediates (N:immr:imms), the 8-bit
 * floating-point immediate of fmov (VFPExpandImm), the 64-bit byte mask of
 * `movi .2d`, and the single-instruction wide moves (movz/movn) that `mov`
 * aliases. Pure functions on numbers and bigints; no tables of forms, no
 * operands. Multi-instruction materialization lives in mov-imm.ts.
 */

const M32 = 0xffffffffn;
const M64 = 0xffffffffffffffffn;

/**
 * Normalise an immediate to an unsigned value of `bits` bits, or null when it
 * does not fit as signed or unsigned (`-1` and `0xffffffff` are the same 32-bit value).
 */
export function toUnsigned(v: number | bigint, bits: 32 | 64): bigint | null {
  let b: bigint;
  if (typeof v === "number") {
    if (!Number.isSafeInteger(v)) return null;
    b = BigInt(v);
  } else b = v;
  const lim = bits === 64 ? 1n << 64n : 1n << 32n;
  if (b >= lim || b < -(lim >> 1n)) return null;
  return b < 0n ? b + lim : b;
}

/**
 * The N:immr:imms encoding (13 bits, N at bit 12) of a logical immediate of
 * `bits` width, or -1 when the value is not a repeated rotated run of ones
 * (0 and all-ones never are).
 * @example encodeLogical(0xffn, 64) // 0x1007 (N=1, immr=0, imms=7)
 */
export function encodeLogical(value: bigint, bits: 32 | 64): number {
  const mask = bits === 64 ? M64 : M32;
  let v = value & mask;
  if (v === 0n || v === mask) return -1;
  if (bits === 32) v |= v << 32n; // a 32-bit pattern is a 64-bit one with element size ≤ 32
  // smallest element size e whose pattern repeats
  let e = 64;
  while (e > 2) {
    const h = BigInt(e / 2);
    const m = (1n << h) - 1n;
    if ((v & m) !== ((v >> h) & m)) break;
    e /= 2;
  }
  const em = e === 64 ? M64 : (1n << BigInt(e)) - 1n;
  const elt = v & em;
  // rotate right until the element is a run of ones starting at bit 0: rotation = immr
  let ones = 0;
  for (let x = elt; x !== 0n; x >>= 1n) if ((x & 1n) === 1n) ones++;
  const run = (1n << BigInt(ones)) - 1n;
  for (let r = 0; r < e; r++) {
    // rotate elt right by r within e bits... we want ROR(run, r) === elt
    const rot = r === 0 ? run : ((run >> BigInt(r)) | (run << BigInt(e - r))) & em;
    if (rot === elt) {
      const imms = ((~(e - 1) << 1) & 0x3f) | (ones - 1);
      const n = e === 64 ? 1 : 0;
      return (n << 12) | (r << 6) | (imms & 0x3f);
    }
  }
  return -1;
}

/**
 * Expand N:immr:imms back to the value (for checks and printing), or null for a reserved encoding.
 * @example decodeLogical(0x1007, 64) // 0xffn
 */
export function decodeLogical(enc: number, bits: 32 | 64): bigint | null {
  const n = (enc >> 12) & 1, immr = (enc >> 6) & 0x3f, imms = enc & 0x3f;
  const combined = (n << 6) | (~imms & 0x3f);
  if (combined === 0) return null;
  const len = 31 - Math.clz32(combined);
  if (len < 1 || (bits === 32 && n === 1)) return null;
  const e = 1 << len;
  const levels = e - 1;
  const s = imms & levels, r = immr & levels;
  if (s === levels) return null;
  const em = e === 64 ? M64 : (1n << BigInt(e)) - 1n;
  const run = (1n << BigInt(s + 1)) - 1n;
  const elt = r === 0 ? run : ((run >> BigInt(r)) | (run << BigInt(e - r))) & em;
  let out = 0n;
  for (let i = 0; i < bits; i += e) out |= elt << BigInt(i);
  return out;
}

// ---- floating-point 8-bit immediates -----------------------------------------------
const fp8Table = new Map<number, number>();
/** The value an 8-bit fmov immediate stands for (VFPExpandImm). */
export function expandFp8(imm8: number): number {
  const a = (imm8 >> 7) & 1, b = (imm8 >> 6) & 1, cd = (imm8 >> 4) & 3, efgh = imm8 & 15;
  // exponent: NOT(b):b:b:c:d relative to the bias, i.e. values 2^-3 .. 2^4
  const exp = (b === 1 ? -4 : 0) + cd + 1; // 2^(exp) with b=0: 1..4, b=1: -3..0
  const v = ((16 + efgh) / 16) * 2 ** exp;
  return a === 1 ? -v : v;
}
for (let i = 0; i < 256; i++) fp8Table.set(expandFp8(i), i);

/**
 * The 8-bit encoding of an fmov immediate (±(1 + m/16) × 2^e, m 0–15, e −3–4), or -1.
 * @example encodeFp8(1.5) // 0x78
 */
export function encodeFp8(value: number): number {
  return fp8Table.get(value) ?? -1;
}

// ---- SIMD modified immediates -----------------------------------------------------------
/**
 * The imm8 of `movi Vd.2d / Dd, #mask` whose every byte is 0x00 or 0xff, or -1.
 * @example encodeByteMask(0xff00ff00ff00ff00n) // 0xaa
 */
export function encodeByteMask(value: bigint): number {
  const v = value & M64;
  let imm = 0;
  for (let i = 0; i < 8; i++) {
    const byte = Number((v >> BigInt(i * 8)) & 0xffn);
    if (byte === 0xff) imm |= 1 << i;
    else if (byte !== 0) return -1;
  }
  return imm;
}

// ---- single-instruction wide moves -----------------------------------------------------------
/**
 * movz encoding of a value of `bits` width as (imm16 | hw << 16), or -1: exactly one
 * halfword may be non-zero (0 itself is `movz #0`).
 * @example encodeMovz(0x10000n, 64) // 1 | 1 << 16
 */
export function encodeMovz(value: bigint, bits: 32 | 64): number {
  const v = value & (bits === 64 ? M64 : M32);
  if (v === 0n) return 0;
  for (let hw = 0; hw < bits / 16; hw++) {
    const sh = BigInt(hw * 16);
    if ((v & ~(0xffffn << sh)) === 0n) return Number(v >> sh) | (hw << 16);
  }
  return -1;
}

/** movn encoding of a value (movz of its complement), or -1. @example encodeMovn(-1n, 64) // 0 */
export function encodeMovn(value: bigint, bits: 32 | 64): number {
  const mask = bits === 64 ? M64 : M32;
  return encodeMovz(~value & mask, bits);
}
