/**
 * data.ts — data directives as bytes: integers of 1, 2, 4 or 8 bytes
 * (little-endian, two's complement, range-checked) and IEEE floats, written
 * into a code buffer. Every bad value is a JitError; nothing is written
 * when one is refused. It knows no instruction set.
 */
import type { CodeBuffer } from "./code-buffer.ts";
import { JitError } from "./errors.ts";

/** What a data directive accepts: one value or a list of them. */
export type DataValues = ArrayLike<number | bigint> | number | bigint;

/** A short, never-throwing description of any value for an error message. */
export function show(v: unknown): string {
  if (typeof v === "string") return JSON.stringify(v.length > 40 ? v.slice(0, 40) + "…" : v);
  if (typeof v === "symbol") return v.toString();
  if (typeof v === "bigint") return `${v}n`;
  if (v === null || typeof v !== "object") return String(v);
  try {
    const s = String(v);
    return s.length > 60 ? s.slice(0, 60) + "…" : s;
  } catch {
    return Object.prototype.toString.call(v);
  }
}

/** The values as a list. @throws JitError EOPERAND when `values` is neither a number, a bigint nor array-like */
export function dataList(values: unknown, what: string): ArrayLike<unknown> {
  if (typeof values === "number" || typeof values === "bigint") return [values];
  if (typeof values === "object" && values !== null) {
    const n = (values as { length?: unknown }).length;
    if (typeof n === "number" && Number.isSafeInteger(n) && n >= 0) return values as ArrayLike<unknown>;
  }
  throw new JitError("EOPERAND", `.${what}: expected a number, a bigint or an array of them, got ${show(values)}`);
}

/**
 * Write `values` as `bytes`-byte integers (or floats) at the buffer's end.
 * @throws JitError ERANGE (a value that is not an integer of that width; a non-number), EOPERAND (not a list)
 */
export function writeData(b: CodeBuffer, values: unknown, bytes: 1 | 2 | 4 | 8, what: string, float: boolean): void {
  if (bytes === 1 && !float && values instanceof Uint8Array) {
    b.ensure(values.length); // bytes as they are: one copy
    b.buf.set(values, b.pos);
    b.pos += values.length;
    return;
  }
  const list = dataList(values, what);
  const start = b.pos;
  b.ensure(list.length * bytes);
  const buf = b.buf;
  let p = start;
  const hiBound = 2 ** (bytes * 8), loBound = -(2 ** (bytes * 8 - 1));
  for (let i = 0; i < list.length; i++) {
    const v = list[i];
    if (float) {
      if (typeof v !== "number" && typeof v !== "bigint") fail(b, start, what, v, "a float");
      const dv = new DataView(buf.buffer, buf.byteOffset + p, bytes);
      if (bytes === 4) dv.setFloat32(0, Number(v), true);
      else dv.setFloat64(0, Number(v), true);
      p += bytes;
      continue;
    }
    if (typeof v === "number") {
      if (!Number.isInteger(v) || v < loBound || v >= hiBound) fail(b, start, what, v, `${bytes * 8} bits`);
      // stores reduce modulo 2^8 and >>> modulo 2^32, exactly for every integer-valued double
      if (bytes === 8) {
        const lo = v >>> 0, hi = Math.floor(v / 4294967296) >>> 0;
        buf[p] = lo; buf[p + 1] = lo >>> 8; buf[p + 2] = lo >>> 16; buf[p + 3] = lo >>> 24;
        buf[p + 4] = hi; buf[p + 5] = hi >>> 8; buf[p + 6] = hi >>> 16; buf[p + 7] = hi >>> 24;
      } else {
        buf[p] = v;
        if (bytes > 1) buf[p + 1] = v >>> 8;
        if (bytes > 2) { buf[p + 2] = v >>> 16; buf[p + 3] = v >>> 24; }
      }
      p += bytes;
    } else if (typeof v === "bigint") {
      if (v < BigInt(loBound) || v >= BigInt(hiBound)) fail(b, start, what, v, `${bytes * 8} bits`);
      let u = BigInt.asUintN(bytes * 8, v);
      for (let k = 0; k < bytes; k++, u >>= 8n) buf[p++] = Number(u & 0xffn);
    } else fail(b, start, what, v, `${bytes * 8} bits`);
  }
  b.pos = p;
}

function fail(b: CodeBuffer, start: number, what: string, v: unknown, expected: string): never {
  b.pos = start;
  if (typeof v === "number" || typeof v === "bigint") throw new JitError("ERANGE", `.${what}: ${String(v)} does not fit in ${expected}`);
  throw new JitError("ERANGE", `.${what}: expected ${expected}, got ${show(v)}`);
}
