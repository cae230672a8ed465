/**
 * elem.ts — scalar floating-point instructions on the low element of xmm
 * registers, typed at one element type: f64 (sd forms, m64) or f32 (ss
 * forms, m32), legacy SSE2 or VEX-encoded. The scalar variant's whole loop
 * and every variant's tail loop use these. Holds no vector code (legacy.ts,
 * wide.ts) and no kernel logic (float.ts).
 */
import type { Assembler } from "../x64/assembler.ts";
import { dword, qword, type Mem32, type Mem64, type MemBase } from "../x64/operands.ts";
import { rcx, type Gp64, type Xmm } from "../x64/registers.ts";
import type { VOp } from "./vec.ts";

/** Scalar instructions at element memory type E. */
export interface Elem<E extends MemBase> {
  /** `[base + rcx*size + disp]` at the element width (element i of an array). */
  el(base: Gp64, disp?: number): E;
  /** `[base + disp]` at the element width. */
  ptr(base: Gp64, disp?: number): E;
  /** A pool constant of one element. */
  constant(value: number): E;
  /** d = element at m (movsd / vmovsd ...). */
  load(d: Xmm, m: E): void;
  /** element at m = low element of s. */
  store(m: E, s: Xmm): void;
  /** d = d op s on the low element. */
  op(o: VOp, d: Xmm, s: Xmm | E): void;
  /** acc += x * y: one rounding with VEX (FMA); mul + add on legacy SSE, clobbering x. */
  fma(acc: Xmm, x: Xmm, y: E): void;
}

/**
 * f64 scalar instructions (legacy or VEX).
 * @example elemF64(a, false).op("add", xmm0, qword(rdi)) // addsd xmm0, qword ptr [rdi]
 */
export function elemF64(a: Assembler, vex: boolean): Elem<Mem64> {
  return {
    el: (base, disp = 0) => qword(base, rcx, 8, disp),
    ptr: (base, disp = 0) => qword(base, disp),
    constant: (value) => a.f64(value),
    load: (d, m) => void (vex ? a.vmovsd(d, m) : a.movsd(d, m)),
    store: (m, s) => void (vex ? a.vmovsd(m, s) : a.movsd(m, s)),
    op: (o, d, s) => void (vex ? a[`v${o}sd` as const](d, d, s) : a[`${o}sd` as const](d, s)),
    fma: (acc, x, y) => void (vex ? a.vfmadd231sd(acc, x, y) : a.mulsd(x, y).addsd(acc, x)),
  };
}

/**
 * f32 scalar instructions (legacy or VEX).
 * @example elemF32(a, true).op("min", xmm0, xmm8) // vminss xmm0, xmm0, xmm8
 */
export function elemF32(a: Assembler, vex: boolean): Elem<Mem32> {
  return {
    el: (base, disp = 0) => dword(base, rcx, 4, disp),
    ptr: (base, disp = 0) => dword(base, disp),
    constant: (value) => a.f32(value),
    load: (d, m) => void (vex ? a.vmovss(d, m) : a.movss(d, m)),
    store: (m, s) => void (vex ? a.vmovss(m, s) : a.movss(m, s)),
    op: (o, d, s) => void (vex ? a[`v${o}ss` as const](d, d, s) : a[`${o}ss` as const](d, s)),
    fma: (acc, x, y) => void (vex ? a.vfmadd231ss(acc, x, y) : a.mulss(x, y).addss(acc, x)),
  };
}
