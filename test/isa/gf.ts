/**
 * gf.ts — reference arithmetic in GF(2^8) with the AES polynomial
 * x^8 + x^4 + x^3 + x + 1 (0x11b), written from the definitions for the
 * GFNI and VAES execution tests: multiplication, inverse, the GFNI affine
 * transform, and one AES encryption/decryption round.
 */

/** a·b in GF(2^8) mod 0x11b. */
export function gfMul(a: number, b: number): number {
  let r = 0;
  for (let i = 0; i < 8; i++) {
    if (b & (1 << i)) r ^= a;
    a = a & 0x80 ? ((a << 1) ^ 0x11b) & 0xff : a << 1;
  }
  return r;
}

/** The multiplicative inverse (0 for 0). */
export function gfInv(a: number): number {
  if (a === 0) return 0;
  for (let b = 1; b < 256; b++) if (gfMul(a, b) === 1) return b;
  throw new Error("no inverse");
}

const parity = (x: number) => {
  x ^= x >> 4; x ^= x >> 2; x ^= x >> 1;
  return x & 1;
};

/**
 * GF2P8AFFINEQB for one byte: the 8×8 bit matrix `m` (a qword, row i = byte 7−i) times the bit vector `x`,
 * plus the constant `b`: bit i of the result is parity(m.byte[7−i] & x) ^ b.bit[i].
 */
export function gfAffine(m: bigint, x: number, b: number): number {
  let r = 0;
  for (let i = 0; i < 8; i++) {
    const row = Number((m >> BigInt(8 * (7 - i))) & 0xffn);
    r |= (parity(row & x) ^ ((b >> i) & 1)) << i;
  }
  return r;
}

/** The AES S-box entry: the inverse, then the AES affine map (FIPS 197 §5.1.1). */
export function sbox(x: number): number {
  const y = gfInv(x);
  let r = 0x63;
  for (let i = 0; i < 8; i++) {
    const bit = ((y >> i) ^ (y >> ((i + 4) % 8)) ^ (y >> ((i + 5) % 8)) ^ (y >> ((i + 6) % 8)) ^ (y >> ((i + 7) % 8))) & 1;
    r ^= bit << i;
  }
  return r;
}
let SBOX: number[] | null = null, INV: number[] | null = null;
function tables(): [number[], number[]] {
  if (SBOX === null) {
    SBOX = Array.from({ length: 256 }, (_, i) => sbox(i));
    INV = new Array<number>(256);
    SBOX.forEach((v, i) => (INV![v] = i));
  }
  return [SBOX, INV!];
}

/** AESENC on one 16-byte state (column-major, byte i = row i%4, column i/4): ShiftRows, SubBytes, MixColumns, ^ key. */
export function aesEncRound(s: Uint8Array, key: Uint8Array, last = false): Uint8Array {
  const [S] = tables();
  const t = new Uint8Array(16);
  for (let c = 0; c < 4; c++) for (let r = 0; r < 4; r++) t[c * 4 + r] = S[s[((c + r) % 4) * 4 + r]!]!;
  const out = new Uint8Array(16);
  for (let c = 0; c < 4; c++) {
    const a = t.subarray(c * 4, c * 4 + 4);
    for (let r = 0; r < 4; r++) {
      out[c * 4 + r] = last ? a[r]! : gfMul(2, a[r]!) ^ gfMul(3, a[(r + 1) % 4]!) ^ a[(r + 2) % 4]! ^ a[(r + 3) % 4]!;
    }
  }
  for (let i = 0; i < 16; i++) out[i]! ^= key[i]!;
  return out;
}

/** AESDEC on one state: InvShiftRows, InvSubBytes, InvMixColumns, ^ key (the "equivalent inverse cipher" round). */
export function aesDecRound(s: Uint8Array, key: Uint8Array, last = false): Uint8Array {
  const [, I] = tables();
  const t = new Uint8Array(16);
  for (let c = 0; c < 4; c++) for (let r = 0; r < 4; r++) t[c * 4 + r] = I[s[((c - r + 4) % 4) * 4 + r]!]!;
  const out = new Uint8Array(16);
  for (let c = 0; c < 4; c++) {
    const a = t.subarray(c * 4, c * 4 + 4);
    for (let r = 0; r < 4; r++) {
      out[c * 4 + r] = last ? a[r]! : gfMul(14, a[r]!) ^ gfMul(11, a[(r + 1) % 4]!) ^ gfMul(13, a[(r + 2) % 4]!) ^ gfMul(9, a[(r + 3) % 4]!);
    }
  }
  for (let i = 0; i < 16; i++) out[i]! ^= key[i]!;
  return out;
}
