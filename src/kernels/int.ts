/**
 * int.ts — machine-code generators for the integer kernels: sum and minmax
 * over Int32Array, and find (memchr-like byte search) over Uint8Array.
 * Same skeleton as float.ts (mov eax, n32; unrolled main loop with
 * independent accumulators; one-vector loop; reduction; scalar tail), so any
 * length and any starting offset work. Returns bytes; nothing runs here.
 *
 * - sum wraps to int32, like `(s + v) | 0` and C's unsigned arithmetic.
 * - minmax writes [min, max] to an Int32Array; for n = 0 [2^31-1, -2^31].
 *   The sse2 variant emulates pminsd/pmaxsd (SSE4.1) with pcmpgtd and a xor blend.
 * - find returns the first index of a byte or -1 (sse2 uses bsf, avx2/avx512 tzcnt).
 */
import { Assembler } from "../x64/assembler.ts";
import type { Operand } from "../x64/encode/encoder.ts";
import { byte, dword, Mem } from "../x64/operands.ts";
import { dl, eax, ecx, edx, esi, k1, k2, k3, k4, r10d, r11d, r8, r9, r9d, rax, rcx, rdi, rdx, type Reg, xmm, ymm, zmm } from "../x64/registers.ts";
import type { GenOptions } from "./float.ts";
import { tailLoop, Vec, type KernelVariant, vectorLoops } from "./vec.ts";

type IOp = "add" | "min" | "max";
const OPS: Record<IOp, string> = { add: "paddd", min: "pminsd", max: "pmaxsd" };

/** Integer vector vocabulary on top of Vec (registers and memory come from it). */
class IVec {
  constructor(readonly v: Vec) {}
  e(m: string, ...ops: Operand[]): void {
    this.v.a.emit(m, ...ops);
  }
  load(dst: Reg, m: Mem): void {
    const variant = this.v.variant;
    this.e(variant === "avx512" ? "vmovdqu32" : variant === "avx2" ? "vmovdqu" : "movdqu", dst, m);
  }
  op(op: IOp, dst: Reg, s1: Reg, s2: Reg | Mem): void {
    if (this.v.vex) this.e(`v${OPS[op]}`, dst, s1, s2);
    else {
      if (dst.id !== s1.id) this.e("movdqa", dst, s1);
      if (op === "add" || s2 instanceof Mem) this.e(OPS[op], dst, s2);
      else this.minmaxSse2(op, dst, s2);
    }
  }
  /**
   * SSE2 has no pminsd/pmaxsd (SSE4.1): acc ^= (acc ^ t) & mask, with
   * mask = acc > t (min) or t > acc (max). Clobbers xmm14 and xmm15.
   */
  private minmaxSse2(op: "min" | "max", acc: Reg, t: Reg): void {
    const m = xmm[14]!, d = xmm[15]!;
    this.e("movdqa", m, op === "min" ? acc : t);
    this.e("pcmpgtd", m, op === "min" ? t : acc);
    this.e("movdqa", d, acc);
    this.e("pxor", d, t);
    this.e("pand", d, m);
    this.e("pxor", acc, d);
  }
  zero(r: Reg): void {
    if (this.v.vex) this.e("vpxor", xmm[r.id]!, xmm[r.id]!, xmm[r.id]!);
    else this.e("pxor", r, r);
  }
  combine(op: IOp, first: number, n: number): void {
    for (let step = 1; step < n; step *= 2) {
      for (let i = 0; i + step < n; i += 2 * step) this.op(op, this.v.r(first + i), this.v.r(first + i), this.v.r(first + i + step));
    }
  }
  /** Reduce r(i) to one int32 lane and move it to the GP register `gp32`. */
  reduce(op: IOp, i: number, t: number, gp32: Reg): void {
    const variant = this.v.variant;
    const X = xmm[i]!, T = xmm[t]!;
    if (variant === "avx512") {
      this.e("vextracti64x4", ymm[t]!, zmm[i]!, 1);
      this.e(`v${OPS[op]}`, ymm[i]!, ymm[i]!, ymm[t]!);
    }
    if (variant === "avx512" || variant === "avx2") {
      this.e("vextracti128", T, ymm[i]!, 1);
      this.e(`v${OPS[op]}`, X, X, T);
    }
    const p = this.v.vex ? "v" : "";
    for (const imm of [0x4e, 0xb1]) {
      // swap 64-bit halves, then adjacent dwords
      this.e(`${p}pshufd`, T, X, imm);
      this.op(op, X, X, T);
    }
    this.e(`${p}movd`, gp32, X);
  }
}

function setup(variant: KernelVariant, unroll: number | undefined): { a: Assembler; v: Vec; iv: IVec; U: number } {
  const a = new Assembler();
  const U = unroll ?? 4;
  if (U !== 1 && U !== 2 && U !== 4) throw new RangeError(`unroll must be 1, 2 or 4 for integer kernels, got ${String(U)}`);
  const v = new Vec(a, variant, "i32");
  return { a, v, iv: new IVec(v), U };
}

/**
 * `sum(x: ptr, n: u32) -> i32`: Σ x[i] wrapped to int32.
 * @example fromBytes(sumI32Code("avx2"), { args: ["ptr", "u32"], returns: "i32" })
 */
export function sumI32Code(variant: KernelVariant, opts?: GenOptions): Uint8Array {
  const { a, v, iv, U } = setup(variant, opts?.unroll);
  a.emit("mov", eax, esi);
  a.emit("xor", ecx, ecx);
  if (variant === "scalar") {
    const acc = [r9d, r10d, r11d, esi];
    for (let u = 0; u < U; u++) a.emit("xor", acc[u]!, acc[u]!);
    vectorLoops(v, U, (u, off) => a.emit("add", acc[u]!, v.at(rdi, off)));
    for (let step = 1; step < U; step *= 2) for (let i = 0; i + step < U; i += 2 * step) a.emit("add", acc[i]!, acc[i + step]!);
  } else {
    for (let u = 0; u < U; u++) iv.zero(v.r(u));
    vectorLoops(v, U, (u, off) => {
      if (v.vex) iv.op("add", v.r(u), v.r(u), v.at(rdi, off));
      else {
        iv.load(v.r(4 + u), v.at(rdi, off));
        iv.op("add", v.r(u), v.r(u), v.r(4 + u));
      }
    });
    iv.combine("add", 0, U);
    iv.reduce("add", 0, 4, r9d);
  }
  tailLoop(v, () => a.emit("add", r9d, dword(rdi, rcx, 4)));
  a.emit("mov", eax, r9d);
  v.ret();
  return a.finish();
}

/**
 * `minmax(x: ptr, n: u32, out: ptr) -> void`: out[0] = min, out[1] = max as int32
 * (2^31-1 and -2^31 for n = 0). Variants: scalar (cmov), sse2 (pcmpgtd blend), avx2, avx512.
 * @example fromBytes(minmaxI32Code("avx2"), { args: ["ptr", "u32", "ptr"], returns: "void" })
 */
export function minmaxI32Code(variant: KernelVariant, opts?: GenOptions): Uint8Array {
  const { a, v, iv, U } = setup(variant, opts?.unroll);
  const MIN = r9d, MAX = r11d;
  a.emit("mov", eax, esi);
  a.emit("xor", ecx, ecx);
  const minmaxStep = (mn: Reg, mx: Reg, m: Operand) => {
    a.emit("cmp", mn, m);
    a.emit("cmovg", mn, m);
    a.emit("cmp", mx, m);
    a.emit("cmovl", mx, m);
  };
  if (variant === "scalar") {
    // two accumulator pairs: (r9d, r10d) for min, (r11d, esi) for max
    const mins = [r9d, r10d], maxs = [r11d, esi];
    for (const r of mins) a.emit("mov", r, 0x7fffffff);
    for (const r of maxs) a.emit("mov", r, 0x80000000);
    vectorLoops(v, U, (u, off) => minmaxStep(mins[u & 1]!, maxs[u & 1]!, v.at(rdi, off)));
    a.emit("cmp", r9d, r10d);
    a.emit("cmovg", r9d, r10d);
    a.emit("cmp", r11d, esi);
    a.emit("cmovl", r11d, esi);
  } else {
    const hi = a.vector(new Int32Array(v.lanes).fill(0x7fffffff)), lo = a.vector(new Int32Array(v.lanes).fill(-0x80000000));
    for (let u = 0; u < U; u++) {
      iv.load(v.r(u), hi);
      iv.load(v.r(4 + u), lo);
    }
    vectorLoops(v, U, (u, off) => {
      const T = v.r(8 + u);
      iv.load(T, v.at(rdi, off));
      iv.op("min", v.r(u), v.r(u), T);
      iv.op("max", v.r(4 + u), v.r(4 + u), T);
    });
    iv.combine("min", 0, U);
    iv.combine("max", 4, U);
    iv.reduce("min", 0, 8, MIN);
    iv.reduce("max", 4, 8, MAX);
  }
  tailLoop(v, () => minmaxStep(MIN, MAX, dword(rdi, rcx, 4)));
  a.emit("mov", dword(rdx), MIN);
  a.emit("mov", dword(rdx, 4), MAX);
  v.ret();
  return a.finish();
}

/**
 * `find(x: ptr, n: u32, byte: u32) -> i32`: the first i with x[i] === byte
 * (low 8 bits of the argument), or -1. Unrolled over 4 vectors: a hit in a
 * 4-vector block is located by rescanning that block one vector at a time.
 * @example fromBytes(findU8Code("avx2"), { args: ["ptr", "u32", "u32"], returns: "i32" })
 */
export function findU8Code(variant: KernelVariant): Uint8Array {
  const a = new Assembler();
  const v = new Vec(a, variant, "u8");
  const notFound = a.newLabel("not_found"), foundScalar = a.newLabel("found_scalar");
  a.emit("mov", eax, esi);
  a.emit("xor", ecx, ecx);
  if (variant !== "scalar") {
    const W = v.width;
    const main = a.newLabel("main"), oneSetup = a.newLabel("one_setup"), one = a.newLabel("one"), tail = a.newLabel("tail_start"), foundVec = a.newLabel("found_vec");
    // broadcast the byte
    if (variant === "sse2") {
      a.emit("movd", xmm[0]!, edx);
      a.emit("punpcklbw", xmm[0]!, xmm[0]!);
      a.emit("punpcklwd", xmm[0]!, xmm[0]!);
      a.emit("pshufd", xmm[0]!, xmm[0]!, 0);
    } else if (variant === "avx2") {
      a.emit("vmovd", xmm[0]!, edx);
      a.emit("vpbroadcastb", ymm[0]!, xmm[0]!);
    } else {
      a.emit("vpbroadcastb", zmm[0]!, edx);
    }
    a.emit("mov", r8, rax);
    a.emit("and", r8, -4 * W);
    a.emit("jz", oneSetup);
    a.align(16);
    a.bind(main);
    if (variant === "avx512") {
      const ks = [k1, k2, k3, k4];
      for (let u = 0; u < 4; u++) a.emit("vpcmpeqb", ks[u]!, zmm[0]!, v.at(rdi, u * W));
      a.emit("korq", k1, k1, k2);
      a.emit("korq", k3, k3, k4);
      a.emit("kortestq", k1, k3);
    } else {
      const R = (i: number) => v.r(i);
      for (let u = 1; u <= 4; u++) {
        if (variant === "avx2") a.emit("vpcmpeqb", R(u), R(0), v.at(rdi, (u - 1) * W));
        else {
          a.emit("movdqu", R(u), v.at(rdi, (u - 1) * W));
          a.emit("pcmpeqb", R(u), R(0));
        }
      }
      const p = variant === "avx2" ? "v" : "";
      if (variant === "avx2") {
        a.emit("vpor", R(1), R(1), R(2));
        a.emit("vpor", R(3), R(3), R(4));
        a.emit("vpor", R(1), R(1), R(3));
      } else {
        a.emit("por", R(1), R(2));
        a.emit("por", R(3), R(4));
        a.emit("por", R(1), R(3));
      }
      a.emit(`${p}pmovmskb`, r9d, R(1));
      a.emit("test", r9d, r9d);
    }
    a.emit("jnz", oneSetup); // a hit in this block: the one-vector loop finds it
    a.emit("add", rcx, 4 * W);
    a.emit("cmp", rcx, r8);
    a.emit("jb", main);
    a.bind(oneSetup);
    a.emit("mov", r8, rax);
    a.emit("and", r8, -W);
    a.bind(one);
    a.emit("cmp", rcx, r8);
    a.emit("jae", tail);
    if (variant === "avx512") {
      a.emit("vpcmpeqb", k1, zmm[0]!, v.at(rdi));
      a.emit("kmovq", r9, k1);
      a.emit("test", r9, r9);
    } else {
      if (variant === "avx2") a.emit("vpcmpeqb", v.r(1), v.r(0), v.at(rdi));
      else {
        a.emit("movdqu", v.r(1), v.at(rdi));
        a.emit("pcmpeqb", v.r(1), v.r(0));
      }
      a.emit(variant === "avx2" ? "vpmovmskb" : "pmovmskb", r9d, v.r(1));
      a.emit("test", r9d, r9d);
    }
    a.emit("jnz", foundVec);
    a.emit("add", rcx, W);
    a.emit("jmp", one);
    a.bind(foundVec);
    a.emit(variant === "sse2" ? "bsf" : "tzcnt", r9, r9);
    a.emit("mov", eax, ecx); // i + bit index
    a.emit("add", eax, r9d);
    v.ret();
    a.bind(tail);
  }
  // scalar loop (the whole search for the scalar variant, the tail otherwise)
  const loop = a.newLabel("scalar");
  a.bind(loop);
  a.emit("cmp", rcx, rax);
  a.emit("jae", notFound);
  a.emit("cmp", byte(rdi, rcx), dl);
  a.emit("je", foundScalar);
  a.emit("add", rcx, 1);
  a.emit("jmp", loop);
  a.bind(foundScalar);
  a.emit("mov", eax, ecx);
  v.ret();
  a.bind(notFound);
  a.emit("mov", eax, -1);
  v.ret();
  return a.finish();
}
