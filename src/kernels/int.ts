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
 * - find returns the first index of a byte or -1 (sse2 uses bsf, avx2/avx512 tzcnt);
 *   its three vector variants differ enough to be written out one by one.
 * Every instruction goes through the typed builder (vec.ts).
 */
import { JitError } from "../core/errors.ts";
import { Assembler } from "../x64/assembler.ts";
import { byte, dword, type Mem32, xmmword, ymmword, zmmword } from "../x64/operands.ts";
import { dl, eax, ecx, edx, esi, k1, k2, k3, k4, r10d, r11d, r8, r9, r9d, rax, rcx, rdi, rdx, type Gp32, xmm, ymm, zmm } from "../x64/registers.ts";
import { type GenOptions, minmaxVectors } from "./float.ts";
import { withIntVec } from "./variant.ts";
import { combine, type KernelVariant, tailLoop, type VecInfo, vectorLoops } from "./vec.ts";

/**
 * The unroll factor of the integer kernels (default 4).
 * @throws JitError EARGS for an unroll other than 1, 2 or 4
 */
function unrollOf(opts: GenOptions | undefined): number {
  const U = opts?.unroll ?? 4;
  if (U !== 1 && U !== 2 && U !== 4) throw new JitError("EARGS", `unroll must be 1, 2 or 4 for integer kernels, got ${String(U)}`);
  return U;
}

/** The assembler with `mov eax, esi; xor ecx, ecx` (n and i) emitted, and the loop geometry of the scalar (GP) code. */
function start(): { a: Assembler; gp: VecInfo } {
  const a = new Assembler();
  a.mov(eax, esi);
  a.xor(ecx, ecx);
  return { a, gp: { a, variant: "scalar", dtype: "i32", vex: false, width: 4, size: 4, lanes: 1 } };
}

/** `[rdi + 4*rcx + off]`: element i (+ off bytes) of the int32 array. */
const at32 = (off = 0): Mem32 => dword(rdi, rcx, 4, off);

/** End of a function: vzeroupper after VEX/EVEX code, then ret. */
function ret(a: Assembler, variant: KernelVariant): void {
  if (variant === "avx2" || variant === "avx512") a.vzeroupper();
  a.ret();
}

/** The low dword of xmm0 into `gp` (movd / vmovd). */
function lane0(a: Assembler, variant: KernelVariant, gp: Gp32, i: number): void {
  if (variant === "sse2") a.movd(gp, xmm[i]!);
  else a.vmovd(gp, xmm[i]!);
}

/**
 * `sum(x: ptr, n: u32) -> i32`: Σ x[i] wrapped to int32.
 * @example fromBytes(sumI32Code("avx2"), { args: ["ptr", "u32"], returns: "i32" })
 * @throws JitError EARGS for a bad unroll
 */
export function sumI32Code(variant: KernelVariant, opts?: GenOptions): Uint8Array {
  const U = unrollOf(opts);
  const { a, gp } = start();
  if (variant === "scalar") {
    const acc = [r9d, r10d, r11d, esi];
    for (let u = 0; u < U; u++) a.xor(acc[u]!, acc[u]!);
    vectorLoops(gp, U, (u, off) => a.add(acc[u]!, at32(off)));
    for (let step = 1; step < U; step *= 2) for (let i = 0; i + step < U; i += 2 * step) a.add(acc[i]!, acc[i + step]!);
  } else {
    withIntVec(a, variant, (v) => {
      for (let u = 0; u < U; u++) v.zero(v.r(u));
      vectorLoops(v, U, (u, off) => {
        if (v.vex) v.op("add", v.r(u), v.r(u), v.at(rdi, off));
        else {
          v.load(v.r(4 + u), v.at(rdi, off));
          v.op("add", v.r(u), v.r(u), v.r(4 + u));
        }
      });
      combine(v, "add", 0, U);
      v.reduce("add", 0, 4);
      lane0(a, variant, r9d, 0);
    });
  }
  tailLoop(gp, () => a.add(r9d, at32()));
  a.mov(eax, r9d);
  ret(a, variant);
  return a.finish();
}

/**
 * `minmax(x: ptr, n: u32, out: ptr) -> void`: out[0] = min, out[1] = max as int32
 * (2^31-1 and -2^31 for n = 0). Variants: scalar (cmov), sse2 (pcmpgtd blend), avx2, avx512.
 * @example fromBytes(minmaxI32Code("avx2"), { args: ["ptr", "u32", "ptr"], returns: "void" })
 * @throws JitError EARGS for a bad unroll
 */
export function minmaxI32Code(variant: KernelVariant, opts?: GenOptions): Uint8Array {
  const U = unrollOf(opts);
  const { a, gp } = start();
  const MIN = r9d, MAX = r11d;
  const minmaxStep = (mn: Gp32, mx: Gp32, m: Mem32) => {
    a.cmp(mn, m);
    a.cmovg(mn, m);
    a.cmp(mx, m);
    a.cmovl(mx, m);
  };
  if (variant === "scalar") {
    // two accumulator pairs: (r9d, r10d) for min, (r11d, esi) for max
    const mins = [r9d, r10d], maxs = [r11d, esi];
    for (const r of mins) a.mov(r, 0x7fffffff);
    for (const r of maxs) a.mov(r, 0x80000000);
    vectorLoops(gp, U, (u, off) => minmaxStep(mins[u & 1]!, maxs[u & 1]!, at32(off)));
    a.cmp(r9d, r10d).cmovg(r9d, r10d);
    a.cmp(r11d, esi).cmovl(r11d, esi);
  } else {
    withIntVec(a, variant, (v) => {
      minmaxVectors(v, U, 0x7fffffff, -0x80000000);
      v.reduce("min", 0, 8);
      lane0(a, variant, MIN, 0);
      v.reduce("max", 4, 8);
      lane0(a, variant, MAX, 4);
    });
  }
  tailLoop(gp, () => minmaxStep(MIN, MAX, at32()));
  a.mov(dword(rdx), MIN);
  a.mov(dword(rdx, 4), MAX);
  ret(a, variant);
  return a.finish();
}

/** The vector part of find, per variant: broadcast dl, test a 4-vector block (flags: NZ on a hit), test one vector (r9 = hit mask, flags). */
interface FindSteps {
  readonly width: number;
  broadcast(): void;
  block(): void;
  one(): void;
}

function findSteps(a: Assembler, variant: Exclude<KernelVariant, "scalar">): FindSteps {
  switch (variant) {
    case "sse2": {
      const W = 16, X = xmm;
      return {
        width: W,
        broadcast: () => a.movd(X[0]!, edx).punpcklbw(X[0]!, X[0]!).punpcklwd(X[0]!, X[0]!).pshufd(X[0]!, X[0]!, 0),
        block: () => {
          for (let u = 1; u <= 4; u++) a.movdqu(X[u]!, xmmword(rdi, rcx, 1, (u - 1) * W)).pcmpeqb(X[u]!, X[0]!);
          a.por(X[1]!, X[2]!).por(X[3]!, X[4]!).por(X[1]!, X[3]!).pmovmskb(r9d, X[1]!).test(r9d, r9d);
        },
        one: () => a.movdqu(X[1]!, xmmword(rdi, rcx, 1, 0)).pcmpeqb(X[1]!, X[0]!).pmovmskb(r9d, X[1]!).test(r9d, r9d),
      };
    }
    case "avx2": {
      const W = 32, Y = ymm;
      return {
        width: W,
        broadcast: () => a.vmovd(xmm[0]!, edx).vpbroadcastb(Y[0]!, xmm[0]!),
        block: () => {
          for (let u = 1; u <= 4; u++) a.vpcmpeqb(Y[u]!, Y[0]!, ymmword(rdi, rcx, 1, (u - 1) * W));
          a.vpor(Y[1]!, Y[1]!, Y[2]!).vpor(Y[3]!, Y[3]!, Y[4]!).vpor(Y[1]!, Y[1]!, Y[3]!).vpmovmskb(r9d, Y[1]!).test(r9d, r9d);
        },
        one: () => a.vpcmpeqb(Y[1]!, Y[0]!, ymmword(rdi, rcx, 1, 0)).vpmovmskb(r9d, Y[1]!).test(r9d, r9d),
      };
    }
    case "avx512": {
      const W = 64, ks = [k1, k2, k3, k4];
      return {
        width: W,
        broadcast: () => a.vpbroadcastb(zmm[0]!, edx),
        block: () => {
          for (let u = 0; u < 4; u++) a.vpcmpeqb(ks[u]!, zmm[0]!, zmmword(rdi, rcx, 1, u * W));
          a.korq(k1, k1, k2).korq(k3, k3, k4).kortestq(k1, k3);
        },
        one: () => a.vpcmpeqb(k1, zmm[0]!, zmmword(rdi, rcx, 1, 0)).kmovq(r9, k1).test(r9, r9),
      };
    }
  }
}

/**
 * `find(x: ptr, n: u32, byte: u32) -> i32`: the first i with x[i] === byte
 * (low 8 bits of the argument), or -1. Unrolled over 4 vectors: a hit in a
 * 4-vector block is located by rescanning that block one vector at a time.
 * @example fromBytes(findU8Code("avx2"), { args: ["ptr", "u32", "u32"], returns: "i32" })
 */
export function findU8Code(variant: KernelVariant): Uint8Array {
  const { a } = start();
  const notFound = a.newLabel("not_found"), foundScalar = a.newLabel("found_scalar");
  if (variant !== "scalar") {
    const f = findSteps(a, variant), W = f.width;
    const main = a.newLabel("main"), oneSetup = a.newLabel("one_setup"), one = a.newLabel("one"), tail = a.newLabel("tail_start"), foundVec = a.newLabel("found_vec");
    f.broadcast();
    a.mov(r8, rax).and(r8, -4 * W).jz(oneSetup);
    a.align(16);
    a.bind(main);
    f.block();
    a.jnz(oneSetup); // a hit in this block: the one-vector loop finds it
    a.add(rcx, 4 * W).cmp(rcx, r8).jb(main);
    a.bind(oneSetup);
    a.mov(r8, rax).and(r8, -W);
    a.bind(one);
    a.cmp(rcx, r8).jae(tail);
    f.one();
    a.jnz(foundVec).add(rcx, W).jmp(one);
    a.bind(foundVec);
    if (variant === "sse2") a.bsf(r9, r9);
    else a.tzcnt(r9, r9);
    a.mov(eax, ecx).add(eax, r9d); // i + bit index
    ret(a, variant);
    a.bind(tail);
  }
  // scalar loop (the whole search for the scalar variant, the tail otherwise)
  const loop = a.newLabel("scalar");
  a.bind(loop);
  a.cmp(rcx, rax).jae(notFound);
  a.cmp(byte(rdi, rcx), dl).je(foundScalar);
  a.add(rcx, 1).jmp(loop);
  a.bind(foundScalar);
  a.mov(eax, ecx);
  ret(a, variant);
  a.bind(notFound);
  a.mov(eax, -1);
  ret(a, variant);
  return a.finish();
}
