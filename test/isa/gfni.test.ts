/**
 * gfni.test.ts — GFNI run on the CPU in all three encodings (legacy xmm, VEX
 * ymm, EVEX zmm with a zeroing mask and a broadcast matrix), each byte
 * checked against the GF(2^8) definitions in gf.ts: gf2p8mulb, the affine
 * transform gf2p8affineqb, and gf2p8affineinvqb (affine of the inverse).
 * Skipped with a printed reason where the CPU lacks GFNI / AVX-512.
 */
import { expect } from "bun:test";
import type { Assembler } from "../../src/x64/assembler.ts";
import { qword, xmmword, ymmword, zmmword } from "../../src/x64/operands.ts";
import { k1, rax, rcx, rdi, rdx, rsi, xmm1, xmm2, ymm1, ymm2, zmm1, zmm2 } from "../../src/x64/registers.ts";
import { gfAffine, gfInv, gfMul } from "./gf.ts";
import { runKernel, seededRandom, testWith } from "./support.ts";

const rnd = seededRandom("gfni");
const bytes = (n: number) => Uint8Array.from({ length: n }, () => rnd.byte());
const qwords = (b: Uint8Array) => new BigUint64Array(b.buffer, b.byteOffset, b.length / 8);

type Op = "mul" | "affine" | "affineinv";
/** The expected byte j of the result: x = src1 byte, y = src2 (a byte, or the matrix qword for byte j). */
function expected(op: Op, x: Uint8Array, y: Uint8Array, imm: number, j: number, bcst: boolean): number {
  if (op === "mul") return gfMul(x[j]!, y[j]!);
  const m = qwords(y)[bcst ? 0 : j >> 3]!;
  return gfAffine(m, op === "affine" ? x[j]! : gfInv(x[j]!), imm);
}

/** Run one encoding: x at [rdi], the second source at [rsi], the result to [rdx]; mask bits in [rcx]. */
function run(len: 16 | 32 | 64, op: Op, emit: (a: Assembler) => void, imm: number, bcst = false, mask?: bigint): void {
  const x = bytes(64), y = bytes(64), out = new Uint8Array(64).fill(0xa5);
  const m = new BigUint64Array([mask ?? 0n]);
  runKernel(emit, x, y, out, m);
  const want = Array.from({ length: len }, (_, j) => (mask !== undefined && ((mask >> BigInt(j)) & 1n) === 0n ? 0 : expected(op, x, y, imm, j, bcst)));
  expect([op, len, Array.from(out.subarray(0, len))]).toEqual([op, len, want]);
}

testWith(["gfni"], "legacy gf2p8mulb / gf2p8affineqb / gf2p8affineinvqb (xmm, memory source)", () => {
  for (let t = 0; t < 8; t++) {
    const imm = rnd.byte();
    run(16, "mul", (a) => { a.movdqu(xmm1, xmmword(rdi)); a.gf2p8mulb(xmm1, xmmword(rsi)); a.movdqu(xmmword(rdx), xmm1); }, 0);
    run(16, "affine", (a) => { a.movdqu(xmm1, xmmword(rdi)); a.movdqu(xmm2, xmmword(rsi)); a.gf2p8affineqb(xmm1, xmm2, imm); a.movdqu(xmmword(rdx), xmm1); }, imm);
    run(16, "affineinv", (a) => { a.movdqu(xmm1, xmmword(rdi)); a.gf2p8affineinvqb(xmm1, xmmword(rsi), imm); a.movdqu(xmmword(rdx), xmm1); }, imm);
  }
});

testWith(["gfni", "avx"], "VEX vgf2p8mulb / vgf2p8affineqb / vgf2p8affineinvqb (ymm)", () => {
  for (let t = 0; t < 8; t++) {
    const imm = rnd.byte();
    run(32, "mul", (a) => { a.vmovdqu(ymm2, ymmword(rdi)); a.vgf2p8mulb(ymm1, ymm2, ymmword(rsi)); a.vmovdqu(ymmword(rdx), ymm1); a.vzeroupper(); }, 0);
    run(32, "affine", (a) => { a.vmovdqu(ymm2, ymmword(rdi)); a.vgf2p8affineqb(ymm1, ymm2, ymmword(rsi), imm); a.vmovdqu(ymmword(rdx), ymm1); a.vzeroupper(); }, imm);
    run(32, "affineinv", (a) => { a.vmovdqu(ymm2, ymmword(rdi)); a.vgf2p8affineinvqb(ymm1, ymm2, ymmword(rsi), imm); a.vmovdqu(ymmword(rdx), ymm1); a.vzeroupper(); }, imm);
  }
});

testWith(["gfni", "avx512f", "avx512bw"], "EVEX vgf2p8* on zmm with {k}{z} and a {1to8} matrix", () => {
  for (let t = 0; t < 8; t++) {
    const imm = rnd.byte();
    const mask = (BigInt(rnd.u32()) << 32n) | BigInt(rnd.u32());
    const load = (a: Assembler) => { a.vmovdqu8(zmm2, zmmword(rdi)); a.mov(rax, qword(rcx)); a.kmovq(k1, rax); };
    run(64, "mul", (a) => { load(a); a.vgf2p8mulb(zmm1.k(k1).z(), zmm2, zmmword(rsi)); a.vmovdqu8(zmmword(rdx), zmm1); a.vzeroupper(); }, 0, false, mask);
    run(64, "affine", (a) => { load(a); a.vgf2p8affineqb(zmm1.k(k1).z(), zmm2, qword(rsi).bcst(), imm); a.vmovdqu8(zmmword(rdx), zmm1); a.vzeroupper(); }, imm, true, mask);
    run(64, "affineinv", (a) => { load(a); a.vgf2p8affineinvqb(zmm1.k(k1).z(), zmm2, zmmword(rsi), imm); a.vmovdqu8(zmmword(rdx), zmm1); a.vzeroupper(); }, imm, false, mask);
  }
});
