/**
 * code-buffer.ts — a growable byte buffer for machine code. It knows bytes
 * and little-endian integers, nothing about instructions. Writes never
 * allocate except when the buffer doubles, and it never grows past its
 * limit (ELIMIT), so no input can make it take unbounded memory.
 */
import { JitError } from "./errors.ts";

/** Released backing stores, reused by the next buffers (allocating a typed array costs ~1 µs). */
const spares: Uint8Array[] = [];
const EMPTY = new Uint8Array(0);
/** Room a writer may reserve beyond what it writes (an instruction encoder reserves 32 bytes). */
const SLACK = 64;

export class CodeBuffer {
  /** Backing store; valid bytes are [0, pos). */
  buf: Uint8Array;
  /** Write position (= number of valid bytes). */
  pos = 0;
  /**
   * @param initial first capacity in bytes
   * @param limit the most bytes it may hold; `ensure` beyond it throws ELIMIT (a writer may reserve up to
   * SLACK bytes more than it writes, so the exact bound is checked where the code is finished)
   */
  constructor(initial = 256, readonly limit = Infinity) {
    this.buf = spares.pop() ?? new Uint8Array(initial);
  }
  /** Give the backing store back for reuse; the buffer must not be used afterwards. */
  release(): void {
    if (spares.length < 8 && this.buf.length <= 1 << 16) spares.push(this.buf);
    this.buf = EMPTY;
    this.pos = 0;
  }
  /** Make room for `n` more bytes. */
  ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    if (this.pos + n > this.limit + SLACK) throw new JitError("ELIMIT", `the code would exceed ${this.limit} bytes (maxBytes)`);
    let size = Math.max(64, this.buf.length * 2);
    while (size < this.pos + n) size *= 2;
    if (size > this.limit + SLACK) size = this.limit + SLACK;
    const b = new Uint8Array(size);
    b.set(this.buf.subarray(0, this.pos));
    this.buf = b;
  }
  u8(v: number): void {
    this.buf[this.pos++] = v;
  }
  u16(v: number): void {
    const b = this.buf, p = this.pos;
    b[p] = v;
    b[p + 1] = v >>> 8;
    this.pos = p + 2;
  }
  u32(v: number): void {
    const b = this.buf, p = this.pos;
    b[p] = v;
    b[p + 1] = v >>> 8;
    b[p + 2] = v >>> 16;
    b[p + 3] = v >>> 24;
    this.pos = p + 4;
  }
  /** Write a 64-bit value given as a number (exact up to 2^53) or a bigint (two's complement). */
  u64(v: number | bigint): void {
    let lo: number, hi: number;
    if (typeof v === "bigint") {
      const u = BigInt.asUintN(64, v);
      lo = Number(u & 0xffffffffn);
      hi = Number(u >> 32n);
    } else {
      lo = v >>> 0;
      hi = Math.floor(v / 4294967296) >>> 0; // floor division gives the two's complement high word of negatives
    }
    this.u32(lo);
    this.u32(hi);
  }
  /** Overwrite a 32-bit value at `at`. */
  patch32(at: number, v: number): void {
    const b = this.buf;
    b[at] = v;
    b[at + 1] = v >>> 8;
    b[at + 2] = v >>> 16;
    b[at + 3] = v >>> 24;
  }
  bytes(src: ArrayLike<number>): void {
    this.ensure(src.length);
    for (let i = 0; i < src.length; i++) this.buf[this.pos++] = src[i]!;
  }
  /** A copy of the valid bytes. */
  toBytes(): Uint8Array {
    return this.buf.slice(0, this.pos);
  }
}
