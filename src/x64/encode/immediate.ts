/**
 * immediate.ts — does an immediate value fit a table token (imm8, imm8s,
 * imm32s, ...)? The rules follow x86's sign-extension semantics; see the
 * table README. Numbers must be integers; 64-bit values may be bigints.
 */
import { IMM_16, IMM_32, IMM_32S, IMM_64, IMM_8, IMM_8S, IMM_ONE } from "../table/schema.ts";

/** True when `v` is acceptable for an immediate token of `kind` in a form whose operand size is `opSize`. */
export function immFits(kind: number, v: number | bigint, opSize: number): boolean {
  if (typeof v === "bigint") return immFitsBig(kind, v, opSize);
  if (!Number.isInteger(v)) return false;
  switch (kind) {
    case IMM_8: return v >= -128 && v <= 255;
    case IMM_16: return v >= -32768 && v <= 65535;
    case IMM_32: return v >= -2147483648 && v <= 4294967295;
    case IMM_64: return Number.isSafeInteger(v);
    case IMM_32S: return v >= -2147483648 && v <= 2147483647;
    case IMM_ONE: return v === 1;
    case IMM_8S:
      if (opSize === 16) {
        if (v < -32768 || v > 65535) return false;
        const t = v & 0xffff;
        return t <= 0x7f || t >= 0xff80;
      }
      if (opSize === 32) {
        if (v < -2147483648 || v > 4294967295) return false;
        const t = v >>> 0;
        return t <= 0x7f || t >= 0xffffff80;
      }
      return v >= -128 && v <= 127;
  }
  return false;
}

function immFitsBig(kind: number, v: bigint, opSize: number): boolean {
  if (v >= 1n << 63n && v < 1n << 64n) v -= 1n << 64n; // the signed twin of a 64-bit pattern
  const u64 = BigInt.asUintN(64, v);
  const inRange64 = v >= -(1n << 63n) && v < 1n << 64n;
  switch (kind) {
    case IMM_64: return inRange64;
    case IMM_32S: return inRange64 && (u64 < 0x80000000n || u64 >= 0xffffffff80000000n);
    case IMM_8S:
      if (opSize === 64 || opSize === 0) return inRange64 && (u64 < 0x80n || u64 >= 0xffffffffffffff80n);
      return immFits(kind, Number(v), opSize) && v >= -(1n << 31n) && v < 1n << 32n;
    default: {
      if (v < -(1n << 63n) || v >= 1n << 64n) return false;
      return immFits(kind, Number(v), opSize);
    }
  }
}

/** The low 32 bits of an immediate as a number (for writing 1, 2 or 4 bytes). */
export function immLow32(v: number | bigint): number {
  // byte stores and >>> reduce a number modulo 2^32 (exact for integers up to 2^53)
  return typeof v === "bigint" ? Number(BigInt.asUintN(32, v)) : v;
}
