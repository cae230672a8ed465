/**
 * fast-operands.ts — the operands of the x86 text fast path (syntax.ts):
 * a plain decimal or 0x number ending an operand, and `[base]`,
 * `[base + index*scale]`, `[base (+ index*scale) ± disp]`, read straight from
 * the characters. Each returns null where the shape is anything else (the
 * general parser then reads the line). Memory operands come from a small
 * cache of the ones built before: a Mem is immutable.
 */
import { NAME_START, readEnd, readName } from "../text/names.ts";
import { type Mem, memOf } from "./operands.ts";
import { type Reg, RT_GP, RT_K, RT_RIP, RT_SEG, RT_XMM, RT_YMM } from "./registers.ts";
import { x64Names } from "./syntax.ts";

/** Where the operand read by the last fastNumber / fastAddress ends. */
export let fastEnd = 0;

/** A decimal or 0x hex literal of up to 13 digits, with an optional '-', ending the operand; its end in `fastEnd`. */
export function fastNumber(s: string, p: number): number | null {
  const n = s.length;
  let neg = false;
  let c = s.charCodeAt(p);
  if (c === 45) { neg = true; c = s.charCodeAt(++p); }
  if (!(c >= 48 && c <= 57)) return null;
  let v = 0, q = p;
  if (c === 48 && (s.charCodeAt(p + 1) | 32) === 120) {
    q = p + 2;
    for (; q < n && q < p + 15; q++) {
      const d = s.charCodeAt(q), l = d | 32;
      const x = d >= 48 && d <= 57 ? d - 48 : l >= 97 && l <= 102 ? l - 87 : -1;
      if (x < 0) break;
      v = v * 16 + x;
    }
    if (q === p + 2) return null;
  } else {
    if (c === 48 && s.charCodeAt(p + 1) >= 48 && s.charCodeAt(p + 1) <= 57) return null; // 017 is octal: the general path
    for (; q < n && q < p + 13; q++) {
      const d = s.charCodeAt(q);
      if (d < 48 || d > 57) break;
      v = v * 10 + (d - 48);
    }
  }
  const e = q < n ? s.charCodeAt(q) : 10;
  if (e === 44 || e === 32 || e === 9 || e === 10 || e === 59 || e === 35) {
    fastEnd = q;
    return neg ? (v === 0 ? 0 : -v) : v;
  }
  return null;
}

/** `[base]`, `[base + index(*scale)]`, `[base (+ index(*scale)) ± disp]` at the `[` at p; its end in `fastEnd`. */
export function fastAddress(s: string, p: number, bits: number): Mem | null {
  let c = s.charCodeAt(++p);
  while (c === 32) c = s.charCodeAt(++p);
  if (!(c < 128 && NAME_START[c] === 1)) return null;
  const base = readName(x64Names, s, p).m.reg;
  if (base === undefined || base.type !== RT_GP) return null;
  p = readEnd;
  let index: Reg | null = null, scale = 1, disp = 0;
  for (;;) {
    c = s.charCodeAt(p);
    while (c === 32) c = s.charCodeAt(++p);
    if (c === 93) break;
    if (c !== 43 && c !== 45) return null;
    const minus = c === 45;
    c = s.charCodeAt(++p);
    while (c === 32) c = s.charCodeAt(++p);
    if (c < 128 && NAME_START[c] === 1) {
      if (minus || index !== null || disp !== 0) return null;
      const r = readName(x64Names, s, p).m.reg;
      if (r === undefined || r.type === RT_SEG || r.type === RT_RIP || r.type === RT_K) return null;
      p = readEnd;
      index = r;
      if (s.charCodeAt(p) === 42) {
        const d = s.charCodeAt(p + 1) - 48;
        if (d !== 1 && d !== 2 && d !== 4 && d !== 8) return null;
        const e = s.charCodeAt(p + 2);
        if (e !== 32 && e !== 93 && e !== 43 && e !== 45) return null;
        scale = d;
        p += 2;
      } else if (r.type === RT_GP && r.id === 4) return null; // [rax + rsp]: llvm-mc swaps them, the general path knows how
    } else {
      if (disp !== 0 || !(c >= 48 && c <= 57)) return null;
      const v = fastNumber(s, p);
      if (v === null) {
        // the number ends at ']' here, which fastNumber does not take
        let q = p, x = 0;
        if (c === 48 && (s.charCodeAt(p + 1) | 32) === 120) {
          for (q = p + 2; q < p + 10; q++) {
            const d = s.charCodeAt(q), l = d | 32;
            const h = d >= 48 && d <= 57 ? d - 48 : l >= 97 && l <= 102 ? l - 87 : -1;
            if (h < 0) break;
            x = x * 16 + h;
          }
          if (q === p + 2) return null;
        } else {
          if (c === 48 && q + 1 < s.length && s.charCodeAt(q + 1) !== 93 && s.charCodeAt(q + 1) !== 32) return null;
          for (; q < p + 10; q++) {
            const d = s.charCodeAt(q);
            if (d < 48 || d > 57) break;
            x = x * 10 + (d - 48);
          }
        }
        if (s.charCodeAt(q) !== 93) return null;
        disp = minus ? -x : x;
        p = q;
      } else {
        disp = minus ? -v : v;
        p = fastEnd;
      }
    }
  }
  // after ']': a decoration or anything else but the operand's end goes to the general path
  let e = s.charCodeAt(++p);
  while (e === 32) e = s.charCodeAt(++p);
  if (e === 123) return null;
  fastEnd = p;
  return cachedMem(bits, base, index, scale, disp);
}

// ---- memory operands of the fast path, kept ------------------------------------------------
// A Mem is immutable, so the fast path keeps the last 4,096 it built, direct-mapped by their
// parts: a code generator writes the same few addresses again and again, and a Mem costs more to
// make (10 fields and their class words) than to find.
const MEM_SLOTS = 4096;
const memKeys = new Float64Array(MEM_SLOTS).fill(-1);
const memVals: (Mem | undefined)[] = [];
for (let i = 0; i < MEM_SLOTS; i++) memVals.push(undefined);
const SIZE_CODE: Record<number, number> = { 0: 0, 8: 1, 16: 2, 32: 3, 64: 4, 80: 5, 128: 6, 256: 7, 512: 8 };

/** memOf(bits, base + index*scale + disp), from the cache when it was built before; null where memOf refuses. */
function cachedMem(bits: number, base: Reg, index: Reg | null, scale: number, disp: number): Mem | null {
  const sc = SIZE_CODE[bits];
  if (sc !== undefined && (base.bits === 64 || base.bits === 32) && base.id < 16 && disp >= -32768 && disp < 32768) {
    const ik = index === null ? 127 : index.type === RT_GP ? (index.bits === 64 ? 0 : 16) + index.id : 32 + (index.type === RT_XMM ? 0 : index.type === RT_YMM ? 32 : 64) + index.id;
    if (ik < 127 && index!.type === RT_GP && (index!.bits !== 64 && index!.bits !== 32)) return uncachedMem(bits, base, index, scale, disp);
    const a = (sc * 64 + (base.bits === 64 ? 0 : 16) + base.id) * 256 + ik;
    const b = (scale === 1 ? 0 : scale === 2 ? 1 : scale === 4 ? 2 : 3) * 65536 + disp + 32768;
    const key = a * 262144 + b;
    const slot = ((Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) >>> 20) & (MEM_SLOTS - 1);
    if (memKeys[slot] === key) return memVals[slot]!;
    const m = uncachedMem(bits, base, index, scale, disp);
    if (m !== null) { memKeys[slot] = key; memVals[slot] = m; }
    return m;
  }
  return uncachedMem(bits, base, index, scale, disp);
}

function uncachedMem(bits: number, base: Reg, index: Reg | null, scale: number, disp: number): Mem | null {
  try {
    return memOf(bits, { base, index, scale, disp, seg: -1, label: null });
  } catch {
    return null;
  }
}
