/**
 * float.ts — the bits of `.float`/`.double` literals, as llvm-mc computes
 * them: a decimal literal rounded once, to nearest-even, straight to the
 * target precision (a float32 is not a double rounded again: where the two
 * differ, the exact decimal decides), `inf`/`infinity`, and `nan` with
 * llvm-mc's payload (every mantissa bit set). Knows no tokens or syntax.
 */

/** A decimal floating-point literal llvm-mc reads: `1`, `1.5`, `.5`, `5.`, `1e3`, `1.5E-3`. */
export const FLOAT_LITERAL = /(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?/y;

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);
const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);

/** The IEEE single bits of a literal ("inf", "nan" or a FLOAT_LITERAL), negated when `neg`. */
export function float32Bits(text: string, neg: boolean): number {
  const sign = neg ? 0x80000000 : 0;
  const t = text.toLowerCase();
  if (t === "nan") return (sign | 0x7fffffff) >>> 0;
  if (t === "inf" || t === "infinity") return (sign | 0x7f800000) >>> 0;
  f32[0] = roundToFloat32(t);
  return (u32[0]! | sign) >>> 0;
}

/** The IEEE double bits of a literal ("inf", "nan" or a FLOAT_LITERAL), negated when `neg`. */
export function float64Bits(text: string, neg: boolean): bigint {
  const sign = neg ? 1n << 63n : 0n;
  const t = text.toLowerCase();
  if (t === "nan") return sign | 0x7fffffffffffffffn;
  if (t === "inf" || t === "infinity") return sign | 0x7ff0000000000000n;
  f64[0] = Number(t); // correctly rounded by the engine
  return u64[0]! | sign;
}

/** A non-negative decimal literal correctly rounded to float32. */
function roundToFloat32(t: string): number {
  const d = Number(t);
  const f = Math.fround(d);
  if (f === d || !Number.isFinite(d)) return f;
  // d is a double; f its float32 neighbour. Rounding twice is wrong only when d is exactly
  // halfway between two float32s while the literal is not: then the literal's side decides.
  const lo = f < d ? f : nextFloat32(f, -1);
  const hi = f < d ? nextFloat32(f, 1) : f;
  const hiVal = hi === Infinity ? 2 ** 128 : hi;
  if ((lo + hiVal) / 2 !== d) return f;
  const c = compareDecimal(t, d);
  if (c === 0) return f; // a true tie: nearest-even, as fround did
  return c > 0 ? hi : lo;
}

/** The float32 after (dir 1) or before (dir -1) the positive float32 `f`. */
function nextFloat32(f: number, dir: 1 | -1): number {
  f32[0] = f;
  u32[0] = u32[0]! + dir;
  return f32[0]!;
}

const MAX_SIG = 800; // more significant digits than any float32 or double tie needs; the rest is a sticky digit

/** The sign of (the exact value of decimal literal t) - d, for a positive finite double d. */
function compareDecimal(t: string, d: number): number {
  const m = /^([0-9]*)\.?([0-9]*)(?:e([+-]?[0-9]+))?$/.exec(t)!;
  let digits = (m[1] ?? "") + (m[2] ?? "");
  let exp = Number(m[3] ?? "0") - (m[2] ?? "").length;
  const lead = digits.search(/[1-9]/);
  if (lead < 0) return -1;
  digits = digits.slice(lead);
  if (digits.length > MAX_SIG) {
    const sticky = /[1-9]/.test(digits.slice(MAX_SIG));
    exp += digits.length - MAX_SIG;
    digits = digits.slice(0, MAX_SIG);
    if (sticky) { digits += "1"; exp -= 1; }
  }
  // a tie d lies within float range, so a literal rounding to it has a moderate exponent
  if (exp + digits.length > 400) return 1;
  if (exp + digits.length < -400) return -1;
  const M = BigInt(digits);
  // d = mant * 2^e2 exactly
  f64[0] = d;
  const bits = u64[0]!;
  const be = Number((bits >> 52n) & 0x7ffn);
  let mant = bits & 0xfffffffffffffn;
  let e2: number;
  if (be === 0) e2 = -1074;
  else { mant |= 1n << 52n; e2 = be - 1075; }
  let L = M, R = mant;
  if (exp >= 0) L *= 10n ** BigInt(exp); else R *= 10n ** BigInt(-exp);
  if (e2 >= 0) R <<= BigInt(e2); else L <<= BigInt(-e2);
  return L > R ? 1 : L < R ? -1 : 0;
}
