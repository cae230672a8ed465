/**
 * wide.ts — the `avx2` (ymm, VEX) and `avx512` (zmm, EVEX) kernel variants:
 * three-operand forms, unaligned memory operands, FMA, and a reduction that
 * folds 512 → 256 → 128 bits before the in-register steps. One
 * implementation serves both widths: `wideIsa` types each instruction for
 * ymm/m256 and zmm/m512 at once (operand tuples of either width, never
 * mixed), and where the mnemonic is chosen at run time (vaddpd or vaddps,
 * vpaddd ...) tsc checks the operands against every candidate. The legacy
 * variants are legacy.ts.
 */
import type { Assembler } from "../x64/assembler.ts";
import { ymmword, zmmword, type Mem256, type Mem512, type MemBase } from "../x64/operands.ts";
import { rcx, xmm, ymm, zmm, type Gp64, type Xmm, type Ymm, type Zmm } from "../x64/registers.ts";
import type { Elem } from "./elem.ts";
import { type Dtype, type FloatVec, type Vec, VecBase, type VOp } from "./vec.ts";

/** int32 ops by name (AVX2 has pminsd/pmaxsd at every width). */
const INT_OPS = { add: "vpaddd", mul: "vpmulld", min: "vpminsd", max: "vpmaxsd" } as const;
/** Every three-operand mnemonic the wide variants choose between at run time. */
type Op3 = `v${VOp}${"pd" | "ps"}` | (typeof INT_OPS)[VOp] | "vfmadd231pd" | "vfmadd231ps";
/** Lane values of a pool constant. */
type Lanes = Float64Array | Float32Array | Int32Array;

/** The instructions of one register width R with its memory M. */
export interface WideIsa<R extends Ymm | Zmm, M extends MemBase> {
  readonly bytes: 32 | 64;
  r(i: number): R;
  /** `[base + rcx*scale + disp]` at the register width. */
  at(base: Gp64, scale: 4 | 8, disp: number): M;
  vector(values: Lanes): M;
  op3(m: Op3, d: R, s1: R, s2: R | M): void;
  /** Float loads, stores and register copies (vmovupd/vmovups/vmovapd/vmovaps). */
  move(m: "vmovupd" | "vmovups" | "vmovapd" | "vmovaps", ...o: [R, R | M] | [M, R]): void;
  /** int32 loads, stores and copies: vmovdqu (VEX, ymm) or vmovdqu32 (EVEX, zmm). */
  moveInt(...o: [R, R | M] | [M, R]): void;
  broadcast(m: "vbroadcastsd" | "vbroadcastss", d: R, s: Xmm): void;
}

/**
 * The ymm (`32`) or zmm (`64`) instructions.
 * @example wideIsa(a, 64).op3("vaddpd", zmm0, zmm0, zmm1)
 */
export function wideIsa(a: Assembler, bytes: 32): WideIsa<Ymm, Mem256>;
export function wideIsa(a: Assembler, bytes: 64): WideIsa<Zmm, Mem512>;
export function wideIsa(a: Assembler, bytes: 32 | 64): WideIsa<Ymm, Mem256> | WideIsa<Zmm, Mem512> {
  // typed once for both widths: each operand list is all-ymm/m256 or all-zmm/m512
  const shared = {
    op3: (m: Op3, ...o: [Ymm, Ymm, Ymm | Mem256] | [Zmm, Zmm, Zmm | Mem512]) => void a[m](...o),
    move: (m: "vmovupd" | "vmovups" | "vmovapd" | "vmovaps", ...o: [Ymm, Ymm | Mem256] | [Mem256, Ymm] | [Zmm, Zmm | Mem512] | [Mem512, Zmm]) => void a[m](...o),
    broadcast: (m: "vbroadcastsd" | "vbroadcastss", ...o: [Ymm, Xmm] | [Zmm, Xmm]) => void a[m](...o),
  };
  if (bytes === 32) {
    return { ...shared, bytes, r: (i) => ymm[i]!, at: (b, s, d) => ymmword(b, rcx, s, d), vector: (v) => a.vector<32>(v), moveInt: (...o: [Ymm, Ymm | Mem256] | [Mem256, Ymm]) => void a.vmovdqu(...o) };
  }
  return { ...shared, bytes, r: (i) => zmm[i]!, at: (b, s, d) => zmmword(b, rcx, s, d), vector: (v) => a.vector<64>(v), moveInt: (...o: [Zmm, Zmm | Mem512] | [Mem512, Zmm]) => void a.vmovdqu32(...o) };
}

/** `avx2` / `avx512` at any element type but u8. */
export class WideVec<R extends Ymm | Zmm, M extends MemBase> extends VecBase implements Vec<R, M> {
  constructor(
    a: Assembler,
    dtype: Exclude<Dtype, "u8">,
    readonly isa: WideIsa<R, M>,
  ) {
    super(a, isa.bytes === 64 ? "avx512" : "avx2", dtype, isa.bytes);
  }

  /** The mnemonic of `op` at this element type. */
  protected name(op: VOp): Op3 {
    return this.dtype === "i32" ? INT_OPS[op] : `v${op}${this.fp}`;
  }

  r(i: number): R {
    return this.isa.r(i);
  }
  at(base: Gp64, disp = 0): M {
    return this.isa.at(base, this.size as 4 | 8, disp);
  }
  splat(value: number): M {
    const n = this.lanes;
    return this.isa.vector(this.dtype === "f64" ? new Float64Array(n).fill(value) : this.dtype === "f32" ? new Float32Array(n).fill(value) : new Int32Array(n).fill(value));
  }
  load(dst: R, m: M): void {
    if (this.dtype === "i32") this.isa.moveInt(dst, m);
    else this.isa.move(`vmovu${this.fp}`, dst, m);
  }
  store(m: M, src: R): void {
    if (this.dtype === "i32") this.isa.moveInt(m, src);
    else this.isa.move(`vmovu${this.fp}`, m, src);
  }
  mov(dst: R, src: R): void {
    if (this.dtype === "i32") this.isa.moveInt(dst, src);
    else this.isa.move(`vmova${this.fp}`, dst, src);
  }
  zero(r: R): void {
    // the 128-bit VEX zeroing idiom clears the whole ymm/zmm
    const x = xmm[r.id]!;
    if (this.dtype === "i32") this.a.vpxor(x, x, x);
    else this.a[`vxor${this.fp}`](x, x, x);
  }
  op(op: VOp, dst: R, s1: R, s2: R | M): void {
    this.isa.op3(this.name(op), dst, s1, s2);
  }

  /** 512 → 256 → 128 bits (vextract*), then the in-register steps of the element type. */
  reduce(op: VOp, i: number, t: number): void {
    const a = this.a, m = this.name(op), fl = this.dtype !== "i32";
    const X = xmm[i]!, T = xmm[t]!;
    if (this.variant === "avx512") {
      if (fl) a.vextractf64x4(ymm[t]!, zmm[i]!, 1);
      else a.vextracti64x4(ymm[t]!, zmm[i]!, 1);
      a[m](ymm[i]!, ymm[i]!, ymm[t]!);
    }
    if (fl) a.vextractf128(T, ymm[i]!, 1);
    else a.vextracti128(T, ymm[i]!, 1);
    a[m](X, X, T);
    this.reduce128(op, X, T);
  }

  /** The 128-bit steps: int32 swaps 64-bit halves, then adjacent dwords. */
  protected reduce128(op: VOp, X: Xmm, T: Xmm): void {
    for (const imm of [0x4e, 0xb1]) {
      this.a.vpshufd(T, X, imm);
      this.a[this.name(op)](X, X, T);
    }
  }
}

/** `avx2` / `avx512` for f64 and f32: FMA, broadcast and the (VEX) element ops. */
export class WideFloatVec<R extends Ymm | Zmm, M extends MemBase, E extends MemBase> extends WideVec<R, M> implements FloatVec<R, M, E> {
  constructor(a: Assembler, dtype: "f64" | "f32", isa: WideIsa<R, M>, readonly s: Elem<E>) {
    super(a, dtype, isa);
  }

  fma(acc: R, x: R, y: R | M): void {
    this.isa.op3(`vfmadd231${this.fp}`, acc, x, y);
  }
  broadcast(dst: R, src: Xmm): void {
    this.isa.broadcast(this.dtype === "f64" ? "vbroadcastsd" : "vbroadcastss", dst, src);
  }

  /** f64: the high double onto the low one; f32: high pair onto low pair, then odd onto even. */
  protected override reduce128(op: VOp, X: Xmm, T: Xmm): void {
    const a = this.a;
    if (this.dtype === "f64") {
      a.vunpckhpd(T, X, X);
    } else {
      a.vmovhlps(T, X, X);
      a[this.name(op)](X, X, T);
      a.vmovshdup(T, X);
    }
    this.s.op(op, X, T);
  }
}
