/**
 * rng.ts — the fuzzer's seeded choices (mulberry32 underneath): integers,
 * picks, coin flips and 64-bit values. Every random decision of the fuzzers
 * goes through one Rng, so a seed reproduces a run exactly.
 */
import { mulberry32 } from "../lib/mulberry32.ts";

export class Rng {
  private readonly next: () => number;
  constructor(readonly seed: number) {
    this.next = mulberry32(seed);
  }
  /** A float in [0, 1). */
  float(): number {
    return this.next();
  }
  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  /** An integer in [lo, hi]. */
  range(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(a: readonly T[]): T {
    return a[Math.floor(this.next() * a.length)]!;
  }
  /** A uniformly random unsigned 64-bit value. */
  u64(): bigint {
    const hi = BigInt(Math.floor(this.next() * 2 ** 32));
    const lo = BigInt(Math.floor(this.next() * 2 ** 32));
    return (hi << 32n) | lo;
  }
  /** A random value of `bits` bits, unsigned or (half the time) as a negative signed value. */
  bitsValue(bits: number): bigint {
    const u = this.u64() & ((1n << BigInt(bits)) - 1n);
    if (this.chance(0.5)) return u;
    return BigInt.asIntN(bits, u);
  }
}

/** A 32-bit seed from any string (FNV-1a), to derive per-batch generators from one run seed. */
export function seedOf(...parts: (string | number)[]): number {
  let h = 0x811c9dc5;
  const s = parts.join("|");
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
