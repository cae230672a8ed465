/**
 * int64.ts — the integer arithmetic of constant expressions, in 64 bits as
 * llvm-mc computes them: every value is a signed 64-bit integer (a literal
 * 0xffffffffffffffff is -1), results wrap modulo 2^64. Values are plain
 * numbers while they are safe integers and bigints beyond (always within
 * int64), so the common case allocates nothing.
 *
 * Where llvm-mc has undefined behaviour or crashes, these refuse: a shift
 * count outside 0..63 (ERANGE), INT64_MIN / -1 (ERANGE), division by zero
 * (ESYNTAX). Literals are read here too, bounded (a number over 64 bits is
 * ERANGE after a look at its length, never converted digit by digit).
 * Knows no tokens, no syntax, no target.
 */
import { JitError } from "../core/errors.ts";

/** A value of a constant expression: a safe integer as a number, otherwise a bigint in [-2^63, 2^63). */
export type Int = number | bigint;

const SAFE = 9007199254740991;
const MIN64 = -(1n << 63n);

/** A bigint wrapped to int64, back to a number when it is a safe integer. */
export function wrap64(b: bigint): Int {
  const w = BigInt.asIntN(64, b);
  return w >= -9007199254740991n && w <= 9007199254740991n ? Number(w) : w;
}

/**
 * An integer from outside (an interpolated number or bigint) as an Int: an
 * unsigned 64-bit value above 2^63 becomes its signed twin (same bits).
 * @throws JitError ERANGE beyond 64 bits, ESYNTAX for a non-integer number
 */
export function toInt64(v: number | bigint): Int {
  if (typeof v === "number") {
    if (!Number.isInteger(v)) throw new JitError("ESYNTAX", `expected an integer, got ${v}`);
    if (v >= -SAFE && v <= SAFE) return v === 0 ? 0 : v;
    v = BigInt(v);
  }
  if (v < MIN64 || v >= 1n << 64n) throw new JitError("ERANGE", `${v} does not fit in 64 bits`);
  return wrap64(v);
}

function big(v: Int): bigint {
  return typeof v === "bigint" ? v : BigInt(v);
}

export function add(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (r >= -SAFE && r <= SAFE) return r;
  }
  return wrap64(big(a) + big(b));
}

export function sub(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (r >= -SAFE && r <= SAFE) return r;
  }
  return wrap64(big(a) - big(b));
}

export function mul(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    // a product of integers rounds to a value >= 2^53 whenever it is >= 2^53, so a safe result is exact
    if (r >= -SAFE && r <= SAFE) return r === 0 ? 0 : r;
  }
  return wrap64(big(a) * big(b));
}

/** Truncating division (div) or remainder with the dividend's sign, as C and llvm-mc. */
export function divmod(a: Int, b: Int, div: boolean): Int {
  if (b === 0) throw new JitError("ESYNTAX", "division by zero in a constant expression");
  if (typeof a === "number" && typeof b === "number") {
    const m = a % b;
    if (!div) return m === 0 ? 0 : m;
    const q = (a - m) / b;
    return q === 0 ? 0 : q;
  }
  const x = big(a), y = big(b);
  if (x === MIN64 && y === -1n) throw new JitError("ERANGE", `${div ? "-2^63 / -1" : "-2^63 % -1"} overflows 64 bits`);
  return wrap64(div ? x / y : x % y);
}

function shiftCount(c: Int): number {
  if (typeof c !== "number" || c < 0 || c > 63) throw new JitError("ERANGE", `shift count ${c}: expected 0..63`);
  return c;
}

export function shl(a: Int, c: Int): Int {
  const n = shiftCount(c);
  if (typeof a === "number" && n < 53) {
    const r = a * 2 ** n;
    if (r >= -SAFE && r <= SAFE) return r;
  }
  return wrap64(big(a) << BigInt(n));
}

/** Arithmetic shift right (the value is signed). */
export function shr(a: Int, c: Int): Int {
  const n = shiftCount(c);
  if (typeof a === "number") {
    const r = Math.floor(a / 2 ** n);
    return r === 0 ? 0 : r;
  }
  return wrap64(a >> BigInt(n));
}

const I32 = 2147483648;
const isI32 = (v: Int): v is number => typeof v === "number" && v >= -I32 && v < I32;

export function and(a: Int, b: Int): Int {
  if (isI32(a) && isI32(b)) return a & b;
  return wrap64(big(a) & big(b));
}
export function or(a: Int, b: Int): Int {
  if (isI32(a) && isI32(b)) return a | b;
  return wrap64(big(a) | big(b));
}
export function xor(a: Int, b: Int): Int {
  if (isI32(a) && isI32(b)) return a ^ b;
  return wrap64(big(a) ^ big(b));
}
export function neg(a: Int): Int {
  if (typeof a === "number") return a === 0 ? 0 : -a;
  return wrap64(-a);
}
export function not(a: Int): Int {
  if (isI32(a)) return ~a;
  return wrap64(~big(a));
}

// ---- literals --------------------------------------------------------------------

/** Significant digits (after leading zeros) a radix needs at most for 64 bits. */
const MAX_DIGITS: Record<number, number> = { 2: 64, 8: 22, 10: 20, 16: 16 };

/**
 * The value of `digits` (lower-case, no prefix, no underscores) in `radix`, as
 * an Int (a 64-bit unsigned value above 2^63 wraps to its signed twin); null
 * when a character is not a digit of the radix.
 * @throws JitError ERANGE when the number needs more than 64 bits
 */
export function parseDigits(digits: string, radix: 2 | 8 | 10 | 16): Int | null {
  const n = digits.length;
  if (n === 0) return null;
  let v = 0, i = 0;
  while (i < n - 1 && digits.charCodeAt(i) === 48) i++;
  const start = i;
  for (; i < n; i++) {
    const c = digits.charCodeAt(i);
    const d = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : 99;
    if (d >= radix) return null;
    if (v <= SAFE) v = v * radix + d;
  }
  if (v <= SAFE) return v;
  if (n - start > MAX_DIGITS[radix]!) throw new JitError("ERANGE", `number ${numberText(digits, radix)} does not fit in 64 bits`);
  const b = BigInt(radix === 10 ? digits.slice(start) : (radix === 16 ? "0x" : radix === 8 ? "0o" : "0b") + digits.slice(start));
  if (b >= 1n << 64n) throw new JitError("ERANGE", `number ${numberText(digits, radix)} does not fit in 64 bits`);
  return wrap64(b);
}

function numberText(digits: string, radix: number): string {
  const t = digits.length > 40 ? `${digits.slice(0, 20)}...(${digits.length} digits)` : digits;
  return radix === 16 ? `0x${t}` : radix === 2 ? `0b${t}` : radix === 8 ? `0${t}` : t;
}
