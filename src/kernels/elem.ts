/**
 * elem.ts — scalar floating-point instructions on the low element of xmm
 * registers, typed at one element type: f64 (sd forms, m64) or f32 (ss
 * forms, m32), legacy SSE2 or VEX-encoded. The scalar variant's whole loop
 * and every variant's tail loop use these. Holds no vector code (legacy.ts,
 * wide.ts) and no kernel logic (float.ts).
 */
import type { Assembler } from "../x64/assembler.ts";
import { dword, qword, type Mem32, type Mem64, type MemBase, type MemHelper } from "../x64/operands.ts";
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

/** What differs between element types: the move (movsd/movss, either direction), the arithmetic and the FMA. */
interface ElemOps<E extends MemBase> extends Pick<Elem<E>, "op" | "fma"> {
  move(...o: [Xmm, E] | [E, Xmm]): void;
}

/** The parts every element type shares: addresses from its size helper, constants from the pool, loads and stores as moves. */
function elemOf<E extends MemBase>(size: 4 | 8, at: MemHelper<E>, constant: (value: number) => E, ops: ElemOps<E>): Elem<E> {
  return {
    el: (base, disp = 0) => at(base, rcx, size, disp),
    ptr: (base, disp = 0) => at(base, disp),
    constant,
    load: (d, m) => ops.move(d, m),
    store: (m, s) => ops.move(m, s),
    op: ops.op,
    fma: ops.fma,
  };
}

/**
 * f64 scalar instructions (legacy or VEX).
 * @example elemF64(a, false).op("add", xmm0, qword(rdi)) // addsd xmm0, qword ptr [rdi]
 */
export function elemF64(a: Assembler, vex: boolean): Elem<Mem64> {
  return elemOf(8, qword, (value) => a.f64(value), {
    move: (...o) => void (vex ? a.vmovsd(...o) : a.movsd(...o)),
    op: (o, d, s) => void (vex ? a[`v${o}sd` as const](d, d, s) : a[`${o}sd` as const](d, s)),
    fma: (acc, x, y) => void (vex ? a.vfmadd231sd(acc, x, y) : a.mulsd(x, y).addsd(acc, x)),
  });
}

/**
 * f32 scalar instructions (legacy or VEX).
 * @example elemF32(a, true).op("min", xmm0, xmm8) // vminss xmm0, xmm0, xmm8
 */
export function elemF32(a: Assembler, vex: boolean): Elem<Mem32> {
  return elemOf(4, dword, (value) => a.f32(value), {
    move: (...o) => void (vex ? a.vmovss(...o) : a.movss(...o)),
    op: (o, d, s) => void (vex ? a[`v${o}ss` as const](d, d, s) : a[`${o}ss` as const](d, s)),
    fma: (acc, x, y) => void (vex ? a.vfmadd231ss(acc, x, y) : a.mulss(x, y).addss(acc, x)),
  });
}
