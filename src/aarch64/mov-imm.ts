/**
 * mov-imm.ts — `mov` of any 32- or 64-bit immediate as a short instruction
 * sequence, choosing the sequences LLVM's code generator chooses (checked
 * against llc-22 by test/aarch64/mov-imm.test.ts): one movz / movn / orr when
 * llvm-mc accepts `mov`; movz or movn plus movk when at most two halfwords
 * differ from the background; orr of a bitmask plus one movk; two bitmask
 * immediates combined by orr / and / eor; and otherwise movz/movn plus
 * movks. Produces (mnemonic, operands) pairs for the assembler; encodes
 * nothing itself.
 */
import { encodeLogical, toUnsigned } from "./immediates.ts";
import { lsl } from "./operands.ts";
import { K_GPX, Reg, wzr, xzr } from "./registers.ts";

type Step = [mnemonic: string, operands: unknown[]];

const M64 = 0xffffffffffffffffn;
const chunk = (v: bigint, i: number) => Number((v >> BigInt(i * 16)) & 0xffffn);

function isLogical(v: bigint, bits: 32 | 64): boolean {
  return encodeLogical(v, bits) >= 0;
}

/** movz/movn for the high halfwords, then movk for each halfword that differs from the background. */
function simple(value: bigint, bits: 32 | 64, ones: number, zeros: number, rd: Reg): Step[] {
  const neg = ones > zeros;
  let imm = neg ? ~value & (bits === 64 ? M64 : 0xffffffffn) : value;
  let shift = 0, last = 0;
  if (imm !== 0n) {
    let tz = 0;
    while (((imm >> BigInt(tz)) & 1n) === 0n) tz++;
    let top = 63;
    while (((imm >> BigInt(top)) & 1n) === 0n) top--;
    shift = Math.floor(tz / 16) * 16;
    last = Math.floor(top / 16) * 16;
  }
  const out: Step[] = [[neg ? "movn" : "movz", [rd, chunk(imm, shift / 16), lsl(shift)]]];
  if (shift === last) return out;
  if (neg) imm = value;
  while (shift < last) {
    shift += 16;
    const c = chunk(imm, shift / 16);
    if (c === (neg ? 0xffff : 0)) continue;
    out.push(["movk", [rd, c, lsl(shift)]]);
  }
  return out;
}

/** orr of a bitmask with one halfword patched by movk. */
function orrMovk(v: bigint, rd: Reg): Step[] | null {
  const rot = ((v << 32n) | (v >> 32n)) & M64;
  for (let s = 0; s < 64; s += 16) {
    const mask = 0xffffn << BigInt(s);
    const zero = v & ~mask & M64;
    const one = v | mask;
    const rep = zero | (rot & mask);
    for (const cand of [zero, one, rep]) {
      if (isLogical(cand, 64)) return [["orr", [rd, xzr, cand]], ["movk", [rd, chunk(v, s / 16), lsl(s)]]];
    }
  }
  return null;
}

/** All 64-bit bitmask immediates, enumerated once (5,334 values) for the two-bitmask searches. */
let masks: bigint[] | null = null;
function allMasks(): bigint[] {
  if (masks !== null) return masks;
  const out = new Set<bigint>();
  for (let e = 2; e <= 64; e *= 2) {
    const em = e === 64 ? M64 : (1n << BigInt(e)) - 1n;
    for (let ones = 1; ones < e; ones++) {
      const run = (1n << BigInt(ones)) - 1n;
      for (let r = 0; r < e; r++) {
        const elt = r === 0 ? run : ((run >> BigInt(r)) | (run << BigInt(e - r))) & em;
        let v = 0n;
        for (let i = 0; i < 64; i += e) v |= elt << BigInt(i);
        out.add(v);
      }
    }
  }
  return (masks = [...out]);
}

/** Two bitmask immediates combined: orr x, xzr, #a then orr/and/eor x, x, #b. */
function twoMasks(v: bigint, rd: Reg): Step[] | null {
  const set = new Set(allMasks());
  for (const a of allMasks()) {
    // a | b = v with b ⊆ v: b must cover v & ~a
    if ((a & ~v & M64) === 0n) {
      const rest = v & ~a & M64;
      for (const b of [rest, v]) if (b !== 0n && set.has(b) && (a | b) === v) return [["orr", [rd, xzr, a]], ["orr", [rd, rd, b]]];
    }
  }
  for (const a of allMasks()) {
    // a & b = v with a ⊇ v
    if ((v & ~a & M64) === 0n) {
      const b = v | (~a & M64);
      if (set.has(b)) return [["orr", [rd, xzr, a]], ["and", [rd, rd, b]]];
    }
  }
  for (const a of allMasks()) {
    const b = (a ^ v) & M64;
    if (set.has(b)) return [["orr", [rd, xzr, a]], ["eor", [rd, rd, b]]];
  }
  return null;
}

/**
 * The instruction sequence that writes `value` into `rd` (a w or x register), or null when the
 * value does not fit in the register's width (as signed or unsigned).
 * @example materialize(0x12345678n, 64, x0) // movz x0, #0x5678; movk x0, #0x1234, lsl #16
 */
export function materialize(value: number | bigint, bits: 32 | 64, rd: Reg): Step[] | null {
  const v = toUnsigned(value, bits);
  if (v === null) return null;
  const n = bits / 16;
  let ones = 0, zeros = 0;
  for (let i = 0; i < n; i++) {
    const c = chunk(v, i);
    if (c === 0xffff) ones++;
    else if (c === 0) zeros++;
  }
  const zr = (rd.cls & K_GPX) !== 0 ? xzr : wzr;
  if (n - ones <= 1 || n - zeros <= 1) return simple(v, bits, ones, zeros, rd);
  if (isLogical(v, bits)) return [["orr", [rd, zr, v]]];
  if (ones >= n - 2 || zeros >= n - 2) return simple(v, bits, ones, zeros, rd);
  const om = orrMovk(v, rd);
  if (om !== null) return om;
  const tm = twoMasks(v, rd);
  if (tm !== null) return tm;
  return simple(v, bits, ones, zeros, rd);
}
