/**
 * vec.ts — the small vocabulary the kernel generators speak: one `Vec` per
 * (variant, element type) that names the right registers, memory widths and
 * mnemonics, so one generator body emits the scalar-SSE2, packed-SSE2, AVX2
 * and AVX-512 versions of a kernel.
 *
 * - `scalar`: SSE2 scalar instructions (addsd/minss/...), one element per op.
 * - `sse2`:   128-bit packed legacy SSE/SSE2 (two-operand; memory operands of
 *             packed ops must be aligned, so data is loaded with movup* first).
 * - `avx2`:   256-bit VEX (three-operand, unaligned memory operands, FMA).
 * - `avx512`: 512-bit EVEX (zmm), same three-operand shape.
 *
 * Registers 0–15 only (every variant can encode them). No code runs here;
 * this holds no kernel logic (float.ts, int.ts, bytes.ts do).
 */
import type { Assembler } from "../x64/assembler.ts";
import type { Operand } from "../x64/encode/encoder.ts";
import { byte, dword, Mem, qword, xmmword, ymmword, zmmword } from "../x64/operands.ts";
import { r8, rax, rcx, type Reg, xmm, ymm, zmm, type Gp64 } from "../x64/registers.ts";

/** A kernel variant: what instruction set its loop uses. */
export type KernelVariant = "scalar" | "sse2" | "avx2" | "avx512";
/** Every variant, worst first. */
export const KERNEL_VARIANTS: readonly KernelVariant[] = ["scalar", "sse2", "avx2", "avx512"];
/** Element types the kernels read. */
export type Dtype = "f64" | "f32" | "i32" | "u8";
/** Bytes per element. */
export const DTYPE_BYTES: Record<Dtype, number> = { f64: 8, f32: 4, i32: 4, u8: 1 };

/** Memory operand helper of a width in bytes. */
const memOf: Record<number, (b: Gp64, i: Gp64, s: 1 | 2 | 4 | 8, d: number) => Mem> = {
  1: (b, i, s, d) => byte(b, i, s, d),
  4: (b, i, s, d) => dword(b, i, s, d),
  8: (b, i, s, d) => qword(b, i, s, d),
  16: (b, i, s, d) => xmmword(b, i, s, d),
  32: (b, i, s, d) => ymmword(b, i, s, d),
  64: (b, i, s, d) => zmmword(b, i, s, d),
};

/** Binary vector operations the generators use. */
export type VOp = "add" | "mul" | "min" | "max";

/**
 * Registers, widths and mnemonics for one variant and element type.
 *
 * @example
 * const v = new Vec(a, "avx2", "f64");
 * v.op("add", v.r(0), v.r(0), v.at(rdi, 0)); // vaddpd ymm0, ymm0, ymmword ptr [rdi + 8*rcx]
 */
export class Vec {
  /** Three-operand VEX/EVEX forms (avx2, avx512). */
  readonly vex: boolean;
  /** Bytes one vector register of this variant holds (the element size for `scalar`). */
  readonly width: number;
  /** Bytes per element. */
  readonly size: number;
  /** Elements per vector. */
  readonly lanes: number;
  /** "pd"/"ps" for packed ops, "sd"/"ss" for scalar ones. */
  readonly pk: string;
  readonly sc: string;
  constructor(
    readonly a: Assembler,
    readonly variant: KernelVariant,
    readonly dtype: Dtype,
  ) {
    this.vex = variant === "avx2" || variant === "avx512";
    this.size = DTYPE_BYTES[dtype];
    this.width = variant === "scalar" ? this.size : variant === "sse2" ? 16 : variant === "avx2" ? 32 : 64;
    this.lanes = this.width / this.size;
    this.pk = dtype === "f64" ? "pd" : "ps";
    this.sc = dtype === "f64" ? "sd" : "ss";
  }

  /** Emit an instruction (the untyped assembler entry: mnemonics are computed). */
  e(mnemonic: string, ...ops: Operand[]): void {
    this.a.emit(mnemonic, ...ops);
  }

  /** Vector register i at this variant's width (xmm for scalar/sse2). */
  r(i: number): Reg {
    return this.variant === "avx512" ? zmm[i]! : this.variant === "avx2" ? ymm[i]! : xmm[i]!;
  }
  /** The xmm view of register i. */
  x(i: number): Reg {
    return xmm[i]!;
  }

  /** `[base + rcx*size + disp]` at the vector width. */
  at(base: Gp64, disp = 0): Mem {
    return memOf[this.width]!(base, rcx, this.size as 1 | 4 | 8, disp);
  }
  /** `[base + rcx*size + disp]` at the element width (scalar access). */
  el(base: Gp64, disp = 0): Mem {
    return memOf[this.size]!(base, rcx, this.size as 1 | 4 | 8, disp);
  }

  /** `[base + disp]` at the element width. */
  ptr(base: Gp64, disp = 0): Mem {
    return this.size === 8 ? qword(base, disp) : this.size === 4 ? dword(base, disp) : byte(base, disp);
  }

  private get v(): string {
    return this.vex ? "v" : "";
  }
  /** The suffix of this variant's arithmetic: packed or (scalar variant) scalar. */
  private get sfx(): string {
    return this.variant === "scalar" ? this.sc : this.pk;
  }

  /** dst = load(mem) at the vector width (movupd/movsd/vmovupd ...). */
  load(dst: Reg, m: Mem): void {
    if (this.variant === "scalar") this.e(`${this.v}movs${this.dtype === "f64" ? "d" : "s"}`, dst, m);
    else this.e(`${this.v}movu${this.pk}`, dst, m);
  }
  /** mem = src at the vector width. */
  store(m: Mem, src: Reg): void {
    if (this.variant === "scalar") this.e(`${this.v}movs${this.dtype === "f64" ? "d" : "s"}`, m, src);
    else this.e(`${this.v}movu${this.pk}`, m, src);
  }
  /** dst = src (register copy, full register). */
  mov(dst: Reg, src: Reg): void {
    this.e(`${this.v}mova${this.pk}`, dst, src);
  }
  /** r = 0. */
  zero(r: Reg): void {
    // the 128-bit VEX zeroing idiom clears the whole ymm/zmm
    if (this.vex) this.e(`vxor${this.pk}`, xmm[r.id]!, xmm[r.id]!, xmm[r.id]!);
    else this.e(`xor${this.pk}`, r, r);
  }

  /**
   * dst = s1 op s2 at the vector width. s2 may be memory: legacy packed ops
   * need aligned memory, so then it is loaded into `tmp` first.
   */
  op(op: VOp, dst: Reg, s1: Reg, s2: Reg | Mem, tmp?: Reg): void {
    const m = `${this.v}${op}${this.sfx}`;
    if (this.vex) {
      this.e(m, dst, s1, s2);
      return;
    }
    if (dst !== s1) {
      if (dst.id === s1.id) throw new Error("vec.op: inconsistent registers");
      this.mov(dst, s1);
    }
    if (this.variant === "sse2" && s2 instanceof Mem) {
      if (tmp === undefined) throw new Error("vec.op: legacy packed op with a memory operand needs a temporary");
      this.load(tmp, s2);
      this.e(m, dst, tmp);
      return;
    }
    this.e(m, dst, s2);
  }

  /** acc += x * y (FMA on avx2/avx512; mul + add elsewhere, clobbering x). */
  fma(acc: Reg, x: Reg, y: Reg | Mem, tmp?: Reg): void {
    if (this.vex) {
      this.e(`vfmadd231${this.sfx}`, acc, x, y);
      return;
    }
    this.op("mul", x, x, y, tmp);
    this.op("add", acc, acc, x);
  }

  /** Scalar op on xmm registers: dst = dst op src (src: xmm or element memory). */
  sop(op: VOp, dst: Reg, src: Reg | Mem): void {
    if (this.vex) this.e(`v${op}${this.sc}`, dst, dst, src);
    else this.e(`${op}${this.sc}`, dst, src);
  }
  /** xmm dst = element at mem (scalar load). */
  sload(dst: Reg, m: Mem): void {
    this.e(`${this.v}movs${this.dtype === "f64" ? "d" : "s"}`, dst, m);
  }
  /** element at mem = low element of xmm src. */
  sstore(m: Mem, src: Reg): void {
    this.e(`${this.v}movs${this.dtype === "f64" ? "d" : "s"}`, m, src);
  }
  /** acc(xmm) += x(xmm) * y(element memory) as scalars; clobbers x without FMA. */
  sfma(acc: Reg, x: Reg, y: Mem): void {
    if (this.vex) {
      this.e(`vfmadd231${this.sc}`, acc, x, y);
      return;
    }
    this.e(`mul${this.sc}`, x, y);
    this.e(`add${this.sc}`, acc, x);
  }

  /** Broadcast the scalar in xmm `src` to every lane of `dst`. */
  broadcast(dst: Reg, src: Reg): void {
    const xs = xmm[src.id]!;
    switch (this.variant) {
      case "scalar":
        if (dst.id !== src.id) this.e(`mova${this.pk}`, xmm[dst.id]!, xs);
        return;
      case "sse2":
        if (dst.id !== src.id) this.e(`mova${this.pk}`, xmm[dst.id]!, xs);
        if (this.dtype === "f64") this.e("unpcklpd", dst, dst);
        else this.e("shufps", dst, dst, 0);
        return;
      default:
        this.e(this.dtype === "f64" ? "vbroadcastsd" : "vbroadcastss", dst, xs);
    }
  }

  /** Combine registers r(0..n-1) into r(0) with `op`, pairwise (n a power of two). */
  combine(op: VOp, first: number, n: number): void {
    for (let step = 1; step < n; step *= 2) {
      for (let i = 0; i + step < n; i += 2 * step) this.op(op, this.r(first + i), this.r(first + i), this.r(first + i + step));
    }
  }

  /**
   * Horizontal reduction of vector register r(i) with `op`, leaving the
   * scalar in the low element of xmm(i); clobbers register `t`.
   */
  reduce(op: VOp, i: number, t: number): void {
    const v = this.variant;
    if (v === "scalar") return;
    const X = xmm[i]!, T = xmm[t]!;
    if (v === "avx512") {
      this.e("vextractf64x4", ymm[t]!, zmm[i]!, 1);
      this.e(`v${op}${this.pk}`, ymm[i]!, ymm[i]!, ymm[t]!);
    }
    if (v === "avx512" || v === "avx2") {
      this.e("vextractf128", T, ymm[i]!, 1);
      this.e(`v${op}${this.pk}`, X, X, T);
    }
    if (this.vex) {
      if (this.dtype === "f64") {
        this.e("vunpckhpd", T, X, X);
        this.e(`v${op}sd`, X, X, T);
      } else {
        this.e("vmovhlps", T, X, X);
        this.e(`v${op}ps`, X, X, T);
        this.e("vmovshdup", T, X);
        this.e(`v${op}ss`, X, X, T);
      }
      return;
    }
    if (this.dtype === "f64") {
      this.e("movapd", T, X);
      this.e("unpckhpd", T, T);
      this.e(`${op}sd`, X, T);
    } else {
      this.e("movhlps", T, X);
      this.e(`${op}ps`, X, T);
      this.e("movaps", T, X);
      this.e("shufps", T, T, 1);
      this.e(`${op}ss`, X, T);
    }
  }

  /** End of a function: vzeroupper for VEX/EVEX code (avoids SSE/AVX transition stalls), then ret. */
  ret(): void {
    if (this.vex) this.e("vzeroupper");
    this.e("ret");
  }
}

/**
 * The loop skeleton: rax = n, rcx = i (from 0). Runs `body(u, byteOffset)`
 * for U vectors per iteration, then one vector per iteration while a whole
 * vector remains. Leaves rcx at the first element not processed.
 */
export function vectorLoops(v: Vec, U: number, body: (u: number, off: number) => void): void {
  const a = v.a;
  const L = v.lanes;
  const step = U * L;
  if (step > 1) {
    const main = a.newLabel("main"), skip = a.newLabel("after_main");
    a.emit("mov", r8, rax);
    a.emit("and", r8, -step);
    a.emit("jz", skip);
    a.align(16);
    a.bind(main);
    for (let u = 0; u < U; u++) body(u, u * v.width);
    a.emit("add", rcx, step);
    a.emit("cmp", rcx, r8);
    a.emit("jb", main);
    a.bind(skip);
  }
  if (L > 1 && U > 1) {
    const one = a.newLabel("one"), done = a.newLabel("after_one");
    a.emit("mov", r8, rax);
    a.emit("and", r8, -L);
    a.bind(one);
    a.emit("cmp", rcx, r8);
    a.emit("jae", done);
    body(0, 0);
    a.emit("add", rcx, L);
    a.emit("jmp", one);
    a.bind(done);
  }
}

/** The scalar tail: one element per iteration until rcx = rax. */
export function tailLoop(v: Vec, body: () => void): void {
  const a = v.a;
  const loop = a.newLabel("tail"), done = a.newLabel("done");
  a.bind(loop);
  a.emit("cmp", rcx, rax);
  a.emit("jae", done);
  body();
  a.emit("add", rcx, 1);
  a.emit("jmp", loop);
  a.bind(done);
}
