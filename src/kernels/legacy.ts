/**
 * legacy.ts — the `scalar` and `sse2` kernel variants: legacy-encoded SSE2
 * on xmm0–15, two-operand (dst = dst op src, so three-operand requests copy
 * s1 first), packed memory operands loaded into a temporary first (legacy
 * packed ops fault on unaligned memory). `scalar` runs the same code on the
 * low element (addsd/addss); `sse2` on whole xmm registers (addpd/addps,
 * paddd; SSE2 has no pminsd/pmaxsd, so int32 min/max is a compare-and-blend).
 * Typed: the packed mnemonic of an op is chosen at run time, tsc checks the
 * operands against every candidate. The AVX variants are wide.ts.
 */
import { JitError } from "../core/errors.ts";
import type { Assembler } from "../x64/assembler.ts";
import { Mem, xmmword, type Mem128, type MemBase } from "../x64/operands.ts";
import { rcx, xmm, type Gp64, type Xmm } from "../x64/registers.ts";
import type { Elem } from "./elem.ts";
import { DTYPE_BYTES, type Dtype, type FloatVec, type Vec, VecBase, type VOp } from "./vec.ts";

/** The instructions of one legacy memory width M (the element for `scalar`, m128 for `sse2`). */
export interface LegacyIsa<M extends MemBase> {
  at(base: Gp64, disp: number): M;
  splat(value: number): M;
  load(d: Xmm, m: M): void;
  store(m: M, s: Xmm): void;
  /** d = d op s. */
  op(o: VOp, d: Xmm, s: Xmm | M): void;
}

/** int32 packed ops (pminsd/pmaxsd/pmulld are SSE4.1: `op` emulates min/max instead). */
const INT_OPS = { add: "paddd", mul: "pmulld", min: "pminsd", max: "pmaxsd" } as const;

/**
 * The packed (sse2) instructions at one element type.
 * @example packedIsa(a, "f32").op("add", xmm0, xmm1) // addps xmm0, xmm1
 */
export function packedIsa(a: Assembler, dtype: "f64" | "f32" | "i32"): LegacyIsa<Mem128> {
  const size = DTYPE_BYTES[dtype] as 4 | 8;
  const fp = dtype === "f64" ? "pd" : "ps";
  const move = dtype === "i32" ? "movdqu" : (`movu${fp}` as const);
  return {
    at: (base, disp) => xmmword(base, rcx, size, disp),
    splat: (value) => a.vector<16>(dtype === "f64" ? new Float64Array(2).fill(value) : dtype === "f32" ? new Float32Array(4).fill(value) : new Int32Array(4).fill(value)),
    load: (d, m) => void a[move](d, m),
    store: (m, s) => void a[move](m, s),
    op: (o, d, s) => void a[dtype === "i32" ? INT_OPS[o] : (`${o}${fp}` as const)](d, s),
  };
}

/** The scalar variant's "vector" instructions are the element ones. */
export function scalarIsa<E extends MemBase>(s: Elem<E>): LegacyIsa<E> {
  return { at: (base, disp) => s.el(base, disp), splat: (value) => s.constant(value), load: s.load, store: s.store, op: s.op };
}

/** `scalar` / `sse2` at any element type (int32: sse2 only). */
export class LegacyVec<M extends MemBase> extends VecBase implements Vec<Xmm, M> {
  constructor(
    a: Assembler,
    override readonly variant: "scalar" | "sse2",
    dtype: Exclude<Dtype, "u8">,
    readonly isa: LegacyIsa<M>,
  ) {
    super(a, variant, dtype, variant === "scalar" ? DTYPE_BYTES[dtype] : 16);
  }

  r(i: number): Xmm {
    return xmm[i]!;
  }
  at(base: Gp64, disp = 0): M {
    return this.isa.at(base, disp);
  }
  splat(value: number): M {
    return this.isa.splat(value);
  }
  load(dst: Xmm, m: M): void {
    this.isa.load(dst, m);
  }
  store(m: M, src: Xmm): void {
    this.isa.store(m, src);
  }
  mov(dst: Xmm, src: Xmm): void {
    if (this.dtype === "i32") this.a.movdqa(dst, src);
    else this.a[`mova${this.fp}`](dst, src);
  }
  zero(r: Xmm): void {
    if (this.dtype === "i32") this.a.pxor(r, r);
    else this.a[`xor${this.fp}`](r, r);
  }

  op(op: VOp, dst: Xmm, s1: Xmm, s2: Xmm | M, tmp?: Xmm): void {
    if (dst.id !== s1.id) this.mov(dst, s1);
    if (this.variant === "sse2" && s2 instanceof Mem) {
      // a generator bug, not an input: legacy packed ops fault on unaligned memory, so memory goes through tmp
      if (tmp === undefined) throw new JitError("EOPERAND", `${op}: a legacy packed op with a memory operand needs a temporary register`);
      this.load(tmp, s2);
      s2 = tmp;
    }
    if (this.dtype === "i32" && (op === "min" || op === "max") && !(s2 instanceof Mem)) this.minmaxInt(op, dst, s2);
    else this.isa.op(op, dst, s2);
  }

  /**
   * SSE2 has no pminsd/pmaxsd (SSE4.1): acc ^= (acc ^ t) & mask, with
   * mask = acc > t (min) or t > acc (max). Clobbers xmm14 and xmm15.
   */
  private minmaxInt(op: "min" | "max", acc: Xmm, t: Xmm): void {
    const a = this.a, m = xmm[14]!, d = xmm[15]!;
    a.movdqa(m, op === "min" ? acc : t);
    a.pcmpgtd(m, op === "min" ? t : acc);
    a.movdqa(d, acc);
    a.pxor(d, t);
    a.pand(d, m);
    a.pxor(acc, d);
  }

  reduce(op: VOp, i: number, t: number): void {
    if (this.variant === "scalar") return;
    // int32: swap 64-bit halves, then adjacent dwords
    const X = xmm[i]!, T = xmm[t]!;
    for (const imm of [0x4e, 0xb1]) {
      this.a.pshufd(T, X, imm);
      this.op(op, X, X, T);
    }
  }
}

/** `scalar` / `sse2` for f64 and f32: adds FMA (as mul + add), broadcast and the element ops. */
export class LegacyFloatVec<M extends MemBase, E extends MemBase> extends LegacyVec<M> implements FloatVec<Xmm, M, E> {
  constructor(a: Assembler, variant: "scalar" | "sse2", dtype: "f64" | "f32", isa: LegacyIsa<M>, readonly s: Elem<E>) {
    super(a, variant, dtype, isa);
  }

  fma(acc: Xmm, x: Xmm, y: Xmm | M, tmp?: Xmm): void {
    this.op("mul", x, x, y, tmp);
    this.op("add", acc, acc, x);
  }

  broadcast(dst: Xmm, src: Xmm): void {
    if (dst.id !== src.id) this.mov(dst, src);
    if (this.variant === "scalar") return;
    if (this.dtype === "f64") this.a.unpcklpd(dst, dst);
    else this.a.shufps(dst, dst, 0);
  }

  override reduce(op: VOp, i: number, t: number): void {
    if (this.variant === "scalar") return;
    const a = this.a, X = xmm[i]!, T = xmm[t]!;
    if (this.dtype === "f64") {
      a.movapd(T, X);
      a.unpckhpd(T, T);
    } else {
      a.movhlps(T, X);
      this.isa.op(op, X, T);
      a.movaps(T, X);
      a.shufps(T, T, 1);
    }
    this.s.op(op, X, T);
  }
}
