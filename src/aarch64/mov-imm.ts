/**
 * mov-imm.ts — `mov` of any 32- or 64-bit immediate as a short instruction
 * sequence. Where llvm-mc accepts `mov` (one movz / movn / orr) the result is
 * its instruction; beyond that, the sequences LLVM's code generator
 * (AArch64ExpandImm, llc-22) emits, checked word for word against llc by
 * test/aarch64/mov-imm.test.ts: a value below 2^32 through the w view;
 * movz/movn plus movk when at most two halfwords differ from the background;
 * orr of a bitmask plus one movk; two bitmasks combined by orr, and or eor;
 * a repeated halfword or a run of ones patched by movk; movz/movn plus movks,
 * or two instructions and `orr x, x, x, lsl #32` when both 32-bit halves are
 * equal. Produces (mnemonic, operands) pairs for the assembler; encodes
 * nothing itself.
 */
import { encodeLogical, toUnsigned } from "./immediates.ts";
import { lsl } from "./operands.ts";
import { K_GPX, Reg, wregs, wzr, xzr } from "./registers.ts";

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
  // equal 32-bit halves: two instructions build the low half, orr copies it up
  if (out.length > 2 && bits === 64 && imm >> 32n === (imm & 0xffffffffn)) return [out[0]!, out[1]!, ["orr", [rd, rd, rd, lsl(32)]]];
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

// ---- helpers on unsigned 64-bit bigints ----
const rotl = (v: bigint, d: number): bigint => {
  d %= 64;
  return d === 0 ? v : ((v << BigInt(d)) | (v >> BigInt(64 - d))) & M64;
};
const rotr = (v: bigint, d: number): bigint => rotl(v, (64 - (d % 64)) % 64);
function trailingZeros(v: bigint): number {
  if (v === 0n) return 64;
  let n = 0;
  while (((v >> BigInt(n)) & 1n) === 0n) n++;
  return n;
}
const trailingOnes = (v: bigint): number => trailingZeros(~v & M64);
function popcount(v: bigint): number {
  let n = 0;
  for (; v !== 0n; v &= v - 1n) n++;
  return n;
}

/** The run of ones of `v` starting at bit `at`. */
function runAt(v: bigint, at: number): bigint {
  const n = trailingOnes(v >> BigInt(at));
  return ((n === 64 ? M64 : (1n << BigInt(n)) - 1n) << BigInt(at)) & M64;
}
/** Widen `subset` by replicating it at 64, 32, ... 2-bit distances while it stays inside `v`. */
function replicateWithin(v: bigint, subset: bigint): bigint {
  let r = subset;
  for (let rot = 64; rot >= 2; rot /= 2) {
    const closure = r | rotl(r, rot);
    if ((closure & v) !== closure) break;
    r = closure;
  }
  return r;
}
/** The largest bitmask covering the lowest set bit of `remaining`, inside `original`. */
function maximalMask(remaining: bigint, original: bigint): bigint {
  return replicateWithin(original, runAt(original, trailingZeros(remaining)));
}
/** Two bitmasks whose OR is v (the first one as large as possible), or null. */
function orrPair(v: bigint): [bigint, bigint] | null {
  if (v === 0n || v === M64) return null;
  const rot = trailingOnes(v);
  const r = rotr(v, rot); // no run of ones split across bit 63 / bit 0
  const a = maximalMask(r, r);
  const rest = r & ~a & M64;
  const b = maximalMask(rest, r);
  if ((rest & ~b & M64) !== 0n) return null;
  return [rotl(a, rot), rotl(b, rot)];
}

/** orr of two bitmask immediates. */
function orrOfMasks(v: bigint, rd: Reg): Step[] | null {
  const p = orrPair(v);
  if (p === null || !isLogical(p[0], 64) || !isLogical(p[1], 64)) return null;
  return [["orr", [rd, xzr, p[0]]], ["orr", [rd, rd, p[1]]]];
}
/** and of two bitmask immediates (De Morgan: the complements OR to the complement). */
function andOfMasks(v: bigint, rd: Reg): Step[] | null {
  const p = orrPair(~v & M64);
  if (p === null) return null;
  const a = ~p[0] & M64, b = ~p[1] & M64;
  if (!isLogical(a, 64) || !isLogical(b, 64)) return null;
  return [["orr", [rd, xzr, a]], ["and", [rd, rd, b]]];
}
/** Run counts per larger element that an EOR of a bitmask with a smaller-element bitmask can produce → log2(big/small). */
const BIG_TO_SMALL = [-1, -1, 0, 1, 2, 2, -1, 3, 3, 3, -1, -1, -1, -1, -1, 4, 4, 4, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 5];
/** eor of two bitmask immediates: a small-element mask of one run per element, flipped into a large-element mask. */
function eorOfMasks(v: bigint, rd: Reg): Step[] | null {
  let big = 64;
  do {
    big /= 2;
    const m = (1n << BigInt(big)) - 1n;
    if ((v & m) !== ((v >> BigInt(big)) & m)) {
      big *= 2;
      break;
    }
  } while (big > 2);
  const bigMask = M64 >> BigInt(64 - big);
  const starts = v & ~rotl(v, 1) & M64; // the lowest bit of each run of ones, circularly
  const shift = BIG_TO_SMALL[popcount(starts & bigMask)] ?? -1;
  if (shift < 0) return null;
  const small = big >> shift;
  let ones = 0n; // a one at the bottom of every small element
  for (let i = 0; i < 64; i += small) ones |= 1n << BigInt(i);
  let rot = trailingZeros(starts);
  for (let attempt = 0; attempt < 3; attempt++) {
    const len = trailingOnes(rotr(v, rot));
    const smallImm = rotl(((ones << BigInt(len)) - ones) & M64, rot);
    const bigImm = v ^ smallImm;
    if (isLogical(bigImm, 64) && isLogical(smallImm, 64)) return [["orr", [rd, xzr, smallImm]], ["eor", [rd, rd, bigImm]]];
    rot += trailingZeros(rotr(starts, rot) & ~1n & M64);
  }
  return null;
}

/** LLVM's DenseMap iteration order of up to four 64-bit keys (64 buckets, hash key·37, quadratic probing). */
function denseMapOrder(keys: readonly bigint[]): bigint[] {
  const buckets = new Map<number, bigint>();
  for (const k of keys) {
    if ([...buckets.values()].includes(k)) continue;
    let b = Number((k * 37n) & 0xffffffffn) & 63;
    for (let probe = 1; buckets.has(b); probe++) b = (b + probe) & 63;
    buckets.set(b, k);
  }
  return [...buckets.entries()].sort((x, y) => x[0] - y[0]).map(([, k]) => k);
}
/** A halfword that occurs two or three times and repeats as a bitmask: orr it, movk the others. */
function replicatedChunks(v: bigint, rd: Reg): Step[] | null {
  const cs = [0, 1, 2, 3].map((i) => BigInt(chunk(v, i)));
  for (const c of denseMapOrder(cs)) {
    const count = cs.filter((x) => x === c).length;
    const rep = c | (c << 16n) | (c << 32n) | (c << 48n);
    if ((count !== 2 && count !== 3) || !isLogical(rep, 64)) continue;
    const out: Step[] = [["orr", [rd, xzr, rep]]];
    for (let i = 0; i < 4; i++) if (cs[i] !== c) out.push(["movk", [rd, Number(cs[i]), lsl(16 * i)]]);
    return out;
  }
  return null;
}
/** A run of ones (possibly wrapping) interrupted or bordered by at most two halfwords: orr the run, movk the rest. */
function sequenceOfOnes(v: bigint, rd: Reg): Step[] | null {
  let start = -1, end = -1;
  for (let i = 0; i < 4; i++) {
    const c = BigInt.asIntN(16, BigInt(chunk(v, i)));
    const c64 = c & M64;
    if (c64 === 0n || c64 === M64) continue;
    if ((((~c64 & M64) + 1n) & ~c64 & M64) === 0n) start = i; // ones then zeros from the top: 1…10…0
    else if (((c64 + 1n) & c64) === 0n) end = i; // 0…01…1
  }
  if (start < 0 || end < 0) return null;
  let outside = 0, inside = 0xffff;
  if (start > end) {
    [start, end] = [end, start];
    [outside, inside] = [inside, outside];
  }
  let orrImm = v;
  const patch: number[] = [];
  const set = (i: number, clear: boolean) => (orrImm = clear ? orrImm & ~(0xffffn << BigInt(16 * i)) & M64 : orrImm | (0xffffn << BigInt(16 * i)));
  for (let i = 0; i < 4; i++) {
    const c = chunk(v, i);
    if ((i < start || i > end) && c !== outside) {
      set(i, outside === 0);
      patch.push(i);
    } else if (i > start && i < end && c !== inside) {
      set(i, inside !== 0xffff);
      patch.push(i);
    }
  }
  if (patch.length === 0 || !isLogical(orrImm, 64)) return null;
  return [["orr", [rd, xzr, orrImm]], ...patch.slice(0, 2).map((i): Step => ["movk", [rd, chunk(v, i), lsl(16 * i)]])];
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
  // past llvm-mc's single-instruction `mov`: LLVM's code generator writes a value below 2^32 through the w view
  if (bits === 64 && v < 1n << 32n) return materialize(v, 32, wregs[rd.num]!);
  if (ones >= n - 2 || zeros >= n - 2) return simple(v, bits, ones, zeros, rd);
  return (
    orrMovk(v, rd) ?? orrOfMasks(v, rd) ?? andOfMasks(v, rd) ?? eorOfMasks(v, rd) ??
    (ones > 0 || zeros > 0 ? simple(v, bits, ones, zeros, rd) : replicatedChunks(v, rd) ?? sequenceOfOnes(v, rd) ?? simple(v, bits, ones, zeros, rd))
  );
}
