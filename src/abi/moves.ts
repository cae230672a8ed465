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
import { Mem } from "../x64/operands.ts";
import { gp16, gp32, gp64, gp8, Reg, RT_GP, RT_XMM, rip, type Gp64, type Xmm } from "../x64/registers.ts";
import type { ValueKind } from "./assign.ts";

/** Something that can be passed to a call or returned: see the file header. */
export type Value = Reg | Mem | Label | number | bigint | boolean;

/** The same address with another operand size (0 = unsized). */
export function resize(m: Mem, bits: number): Mem {
  if (m.bits === bits) return m;
  return new Mem(m.base, m.index, m.scale, m.disp, bits, m.seg, m.label, false, 0);
}

/** `[rip + label]`, unsized: the address of a label. */
export function labelAddress(l: Label): Mem {
  return new Mem(rip, null, 1, 0, 0, -1, l, false, 0);
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
  if (typeof src === "bigint") {
    if (k.bytes === 8) {
      const u = BigInt.asIntN(64, src);
      if (u === 0n) a.emit("xor", d32, d32);
      else if (u > 0n && u <= 0xffffffffn) a.emit("mov", d32, Number(u));
      else a.emit("mov", dst, u >= -(2n ** 31n) && u < 2n ** 31n ? Number(u) : u);
      return;
    }
    src = Number(BigInt.asIntN(32, src));
  }
  if (typeof src === "number") {
    if (!Number.isInteger(src)) throw new JitError("EARGS", `${what}: ${src} is not an integer (the type is an integer type)`);
    if (k.bytes === 8) {
      if (src === 0) a.emit("xor", d32, d32);
      else if (src > 0 && src <= 0xffffffff) a.emit("mov", d32, src);
      else if (src >= -(2 ** 31) && src < 0) a.emit("mov", dst, src);
      else {
        if (!Number.isSafeInteger(src)) throw new JitError("EARGS", `${what}: ${src} is not exact as a number; pass a bigint`);
        a.emit("mov", dst, BigInt(src));
      }
      return;
    }
    const v = narrowImm(src, k);
    if (v === 0) a.emit("xor", d32, d32);
    else a.emit("mov", d32, v >>> 0);
    return;
  }
  if (src instanceof Label) {
    a.emit("lea", dst, labelAddress(src));
    return;
  }
  if (src instanceof Reg) {
    if (src.type !== RT_GP) throw new JitError("EARGS", `${what}: ${src.name} is a vector register but the type is an integer type`);
    const sb = src.bits;
    if (k.bytes === 8) {
      if (sb === 64) {
        if (src.id !== dst.id) a.emit("mov", dst, src);
      } else if (sb === 32) {
        if (k.signed) a.emit("movsxd", dst, src);
        else a.emit("mov", d32, src);
      } else a.emit(k.signed ? "movsx" : "movzx", k.signed ? dst : d32, src);
      return;
    }
    if (k.bytes === 4 && !k.bool) {
      if (sb >= 32) {
        if (src.id !== dst.id) a.emit("mov", d32, gp32[src.id]!);
      } else a.emit(k.signed ? "movsx" : "movzx", d32, src);
      return;
    }
    // 1 or 2 bytes (and bool): extend the low part into 32 bits
    const bytes = k.bool ? 1 : k.bytes;
    const view = bytes === 1 ? (sb === 8 ? src : gp8[src.id]!) : sb === 16 ? src : sb === 8 ? src : gp16[src.id]!;
    a.emit(k.signed ? "movsx" : "movzx", d32, view);
    return;
  }
  if (src instanceof Mem) {
    const mb = src.bits;
    if (mb === 0) {
      a.emit("lea", dst, src); // an address
      return;
    }
    if (mb > 64) throw new JitError("EARGS", `${what}: ${src} is wider than an integer`);
    const bytes = k.bool ? 1 : k.bytes;
    const eff = Math.min(mb, bytes * 8); // read no more than the type holds
    if (eff === 64) a.emit("mov", dst, resize(src, 64));
    else if (eff === 32) {
      if (bytes === 8 && k.signed) a.emit("movsxd", dst, resize(src, 32));
      else a.emit("mov", d32, resize(src, 32));
    } else if (bytes === 8 && k.signed) a.emit("movsx", dst, resize(src, eff));
    else a.emit(k.signed ? "movsx" : "movzx", d32, resize(src, eff));
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
    if (src === 0 && !Object.is(src, -0)) a.emit("xorps", dst, dst);
    else a.emit(f64 ? "movsd" : "movss", dst, f64 ? a.f64(src) : a.f32(src));
    return;
  }
  if (src instanceof Reg) {
    if (src.type === RT_XMM) {
      if (src.id !== dst.id) a.emit("movaps", dst, src);
      return;
    }
    if (src.type === RT_GP && (src.bits === 64 || src.bits === 32)) {
      a.emit(f64 ? "cvtsi2sd" : "cvtsi2ss", dst, src);
      return;
    }
    throw new JitError("EARGS", `${what}: ${src.name} cannot be passed as a ${f64 ? "f64" : "f32"}`);
  }
  if (src instanceof Mem) {
    const mb = src.bits === 0 ? (f64 ? 64 : 32) : src.bits;
    if (mb === 64) a.emit(f64 ? "movsd" : "cvtsd2ss", dst, resize(src, 64));
    else if (mb === 32) a.emit(f64 ? "cvtss2sd" : "movss", dst, resize(src, 32));
    else throw new JitError("EARGS", `${what}: ${src} is not a float or double in memory`);
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
