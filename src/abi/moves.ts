/**
 * moves.ts — put a value where the ABI wants it, with the conversion its type
 * needs: into a general-purpose register (sign/zero extension, narrowing,
 * addresses via lea) or into an xmm register (f64/f32 loads, constants from
 * the pool, int → float conversion). Used for call arguments and for `f.ret`.
 *
 * What a "value" is (shared by f.call and f.ret):
 * - a register (GP of any width, or xmm),
 * - a sized memory operand (`qword(rdi, 8)`: the value stored there),
 * - an unsized memory operand (`mem(rdi, 8)`, `f.cstring("hi")`: its address),
 * - a Label (its address), a number / bigint / boolean (an immediate).
 * No parallel-move ordering here: see call-out.ts.
 */
import { JitError } from "../core/errors.ts";
import { Label } from "../core/label.ts";
import type { Assembler } from "../x64/assembler.ts";
import { mem, Mem, type Mem128, type Mem16, type Mem32, type Mem64, type Mem8, type MemAny } from "../x64/operands.ts";
import { ah, bh, ch, dh, gp16, gp32, gp64, gp8, Reg, RT_GP, RT_XMM, rip, xmm, type Gp16, type Gp32, type Gp64, type Gp8, type Xmm } from "../x64/registers.ts";
import type { ValueKind } from "./assign.ts";

/** Something that can be passed to a call or returned: see the file header. */
export type Value = Reg | Mem | Label | number | bigint | boolean;

/**
 * The same address with another operand size (0 = unsized); the result's
 * type says the size, so the typed builder can take it.
 * @example resize(mem(rdi, 8), 64) // qword ptr [rdi + 8]
 */
export function resize(m: Mem, bits: 0): MemAny;
export function resize(m: Mem, bits: 8): Mem8;
export function resize(m: Mem, bits: 16): Mem16;
export function resize(m: Mem, bits: 32): Mem32;
export function resize(m: Mem, bits: 64): Mem64;
export function resize(m: Mem, bits: 128): Mem128;
export function resize(m: Mem, bits: number): Mem;
export function resize(m: Mem, bits: number): Mem {
  if (m.bits === bits) return m;
  return new Mem(m.base, m.index, m.scale, m.disp, bits, m.seg, m.label, false, 0);
}

/** `[rip + label]`, unsized: the address of a label. */
export function labelAddress(l: Label): MemAny {
  return mem(rip, l);
}

/** A general-purpose register at its own width, tagged so the typed builder sees one operand type per case. */
type GpView = { readonly bits: 8; readonly x: Gp8 } | { readonly bits: 16; readonly x: Gp16 } | { readonly bits: 32; readonly x: Gp32 } | { readonly bits: 64; readonly x: Gp64 };
/** An 8- or 16-bit source of movsx/movzx. */
type Narrow = { readonly bits: 8; readonly x: Gp8 | Mem8 } | { readonly bits: 16; readonly x: Gp16 | Mem16 };

const HIGH8: readonly Gp8[] = [ah, ch, dh, bh];

/** `r` (a general-purpose register) tagged with its width. */
function gpView(r: Reg): GpView {
  switch (r.bits) {
    case 64:
      return { bits: 64, x: gp64[r.id]! };
    case 32:
      return { bits: 32, x: gp32[r.id]! };
    case 16:
      return { bits: 16, x: gp16[r.id]! };
    default:
      return { bits: 8, x: r.isHigh8 ? HIGH8[r.id - 4]! : gp8[r.id]! };
  }
}

/** movsx (into all of dst when `wide`, else into its 32-bit view) or movzx (32-bit view: the upper half becomes 0) of `s`. */
function extend(a: Assembler, dst: Gp64, s: Narrow, signed: boolean, wide: boolean): void {
  const d = wide ? dst : gp32[dst.id]!;
  const m = signed ? "movsx" : "movzx";
  if (s.bits === 8) a[m](d, s.x);
  else a[m](d, s.x); // the other width: movsx/movzx take 8- and 16-bit sources in separate forms
}

function show(v: Value): string {
  return typeof v === "object" ? String(v) : typeof v === "bigint" ? `${v}n` : String(v);
}

function narrowImm(v: number, k: ValueKind): number {
  if (k.bool) return v ? 1 : 0;
  if (k.bytes === 1) return k.signed ? (v << 24) >> 24 : v & 0xff;
  if (k.bytes === 2) return k.signed ? (v << 16) >> 16 : v & 0xffff;
  return v >>> 0;
}

/** dst = an integer immediate of kind k (8-byte kinds: `v` as a signed 64-bit value). */
function moveImm(a: Assembler, dst: Gp64, v: number | bigint, k: ValueKind, what: string): void {
  const d32 = gp32[dst.id]!;
  if (typeof v === "bigint") {
    if (k.bytes !== 8) return moveImm(a, dst, Number(BigInt.asIntN(32, v)), k, what);
    const u = BigInt.asIntN(64, v);
    if (u === 0n) a.xor(d32, d32);
    else if (u > 0n && u <= 0xffffffffn) a.mov(d32, Number(u));
    else a.mov(dst, u >= -(2n ** 31n) && u < 2n ** 31n ? Number(u) : u);
    return;
  }
  if (!Number.isInteger(v)) throw new JitError("EARGS", `${what}: ${v} is not an integer (the type is an integer type)`);
  if (k.bytes === 8) {
    if (v === 0) a.xor(d32, d32);
    else if (v > 0 && v <= 0xffffffff) a.mov(d32, v);
    else if (v >= -(2 ** 31) && v < 0) a.mov(dst, v);
    else {
      if (!Number.isSafeInteger(v)) throw new JitError("EARGS", `${what}: ${v} is not exact as a number; pass a bigint`);
      a.mov(dst, BigInt(v));
    }
    return;
  }
  const n = narrowImm(v, k);
  if (n === 0) a.xor(d32, d32);
  else a.mov(d32, n >>> 0);
}

/**
 * Move `src` into `dst` (a 64-bit GP register) as a value of kind `k`:
 * 8-byte kinds fill all of dst (i32 sources sign- or zero-extended by k.signed),
 * 4-byte kinds fill the 32-bit view, 1- and 2-byte kinds are extended to 32 bits.
 *
 * @example moveToGp(a, rdi, ecx, kindOf("i64")) // movsxd rdi, ecx
 * @throws JitError EARGS for an xmm source, a non-integer number, a vector-sized memory operand
 */
export function moveToGp(a: Assembler, dst: Gp64, src: Value, k: ValueKind, what: string): void {
  const d32 = gp32[dst.id]!;
  if (typeof src === "boolean") src = src ? 1 : 0;
  if (typeof src === "number" || typeof src === "bigint") return moveImm(a, dst, src, k, what);
  if (src instanceof Label) {
    a.lea(dst, labelAddress(src));
    return;
  }
  if (src instanceof Reg) {
    if (src.type !== RT_GP) throw new JitError("EARGS", `${what}: ${src.name} is a vector register but the type is an integer type`);
    const s = gpView(src);
    if (k.bytes === 8) {
      if (s.bits === 64) {
        if (src.id !== dst.id) a.mov(dst, s.x);
      } else if (s.bits === 32) {
        if (k.signed) a.movsxd(dst, s.x);
        else a.mov(d32, s.x);
      } else extend(a, dst, s, k.signed, k.signed);
      return;
    }
    if (k.bytes === 4 && !k.bool) {
      if (s.bits === 64 || s.bits === 32) {
        if (src.id !== dst.id) a.mov(d32, gp32[src.id]!);
      } else extend(a, dst, s, k.signed, false);
      return;
    }
    // 1 or 2 bytes (and bool): extend the low part into 32 bits
    const bytes = k.bool ? 1 : k.bytes;
    const low: Narrow = bytes === 1 ? (s.bits === 8 ? s : { bits: 8, x: gp8[src.id]! }) : s.bits === 8 || s.bits === 16 ? s : { bits: 16, x: gp16[src.id]! };
    extend(a, dst, low, k.signed, false);
    return;
  }
  if (src instanceof Mem) {
    const mb = src.bits;
    if (mb === 0) {
      a.lea(dst, resize(src, 0)); // an address
      return;
    }
    if (mb > 64) throw new JitError("EARGS", `${what}: ${src} is wider than an integer`);
    const bytes = k.bool ? 1 : k.bytes;
    const eff = Math.min(mb, bytes * 8); // read no more than the type holds
    if (eff === 64) a.mov(dst, resize(src, 64));
    else if (eff === 32) {
      if (bytes === 8 && k.signed) a.movsxd(dst, resize(src, 32));
      else a.mov(d32, resize(src, 32));
    } else extend(a, dst, eff === 8 ? { bits: 8, x: resize(src, 8) } : { bits: 16, x: resize(src, 16) }, k.signed, bytes === 8 && k.signed);
    return;
  }
  throw new JitError("EARGS", `${what}: cannot pass ${show(src)}`);
}

/**
 * Move `src` into `dst` (xmm) as an f64 (k.bytes 8) or f32 (k.bytes 4):
 * xmm → movaps, memory → movsd/movss (or cvtss2sd/cvtsd2ss when the memory
 * operand has the other width), numbers → the constant pool (0 → xorps),
 * GP registers → cvtsi2sd/cvtsi2ss (signed integer to float).
 *
 * @example moveToXmm(a, xmm0, 1.5, kindOf("f64")) // movsd xmm0, qword ptr [rip + c]
 * @throws JitError EARGS for 8/16-bit registers, a Label, a vector-sized memory operand
 */
export function moveToXmm(a: Assembler, dst: Xmm, src: Value, k: ValueKind, what: string): void {
  const f64 = k.bytes === 8;
  if (typeof src === "boolean") src = src ? 1 : 0;
  if (typeof src === "bigint") src = Number(src);
  if (typeof src === "number") {
    if (src === 0 && !Object.is(src, -0)) a.xorps(dst, dst);
    else if (f64) a.movsd(dst, a.f64(src));
    else a.movss(dst, a.f32(src));
    return;
  }
  if (src instanceof Reg) {
    if (src.type === RT_XMM) {
      if (src.id !== dst.id) a.movaps(dst, xmm[src.id]!);
      return;
    }
    const s = src.type === RT_GP ? gpView(src) : null;
    if (s?.bits === 64 || s?.bits === 32) {
      if (f64) a.cvtsi2sd(dst, s.x);
      else a.cvtsi2ss(dst, s.x);
      return;
    }
    throw new JitError("EARGS", `${what}: ${src.name} cannot be passed as a ${f64 ? "f64" : "f32"}`);
  }
  if (src instanceof Mem) {
    const mb = src.bits === 0 ? (f64 ? 64 : 32) : src.bits;
    if (mb === 64) {
      if (f64) a.movsd(dst, resize(src, 64));
      else a.cvtsd2ss(dst, resize(src, 64));
    } else if (mb === 32) {
      if (f64) a.cvtss2sd(dst, resize(src, 32));
      else a.movss(dst, resize(src, 32));
    } else throw new JitError("EARGS", `${what}: ${src} is not a float or double in memory`);
    return;
  }
  throw new JitError("EARGS", `${what}: cannot pass ${show(src)} as a ${f64 ? "f64" : "f32"}`);
}

/** Registers `v` reads (the register itself, or a memory operand's base and index), as [gpMask, xmmMask]. */
export function readsOf(v: Value): [number, number] {
  if (v instanceof Reg) return v.type === RT_GP ? [1 << v.id, 0] : v.type === RT_XMM ? [0, 1 << v.id] : [0, 0];
  if (v instanceof Mem) {
    let g = 0, x = 0;
    if (v.base !== null && v.base.type === RT_GP) g |= 1 << v.base.id;
    if (v.index !== null) {
      if (v.index.type === RT_GP) g |= 1 << v.index.id;
      else x |= 1 << v.index.id;
    }
    return [g, x];
  }
  return [0, 0];
}

/** `v` with general-purpose register `from` replaced by `to` (same widths), for breaking move cycles. */
export function substituteGp(v: Value, from: number, to: number): Value {
  if (v instanceof Reg) {
    if (v.type !== RT_GP || v.id !== from) return v;
    return v.bits === 64 ? gp64[to]! : v.bits === 32 ? gp32[to]! : v.bits === 16 ? gp16[to]! : gp8[to]!;
  }
  if (v instanceof Mem) {
    const b = v.base !== null && v.base.type === RT_GP && v.base.id === from ? (v.base.bits === 64 ? gp64[to]! : gp32[to]!) : v.base;
    const x = v.index !== null && v.index.type === RT_GP && v.index.id === from ? (v.index.bits === 64 ? gp64[to]! : gp32[to]!) : v.index;
    if (b === v.base && x === v.index) return v;
    return new Mem(b, x, v.scale, v.disp, v.bits, v.seg, v.label, v.broadcast, v.mask);
  }
  return v;
}
