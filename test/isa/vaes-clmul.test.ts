/**
 * vaes-clmul.test.ts — VAES and VPCLMULQDQ run on the CPU on every vector
 * width they add (VEX ymm; EVEX zmm, and xmm16–31 which only EVEX reaches):
 * each 128-bit lane of vaesenc/vaesenclast/vaesdec/vaesdeclast against the
 * AES round written from FIPS 197 (gf.ts), each lane of vpclmulqdq against a
 * BigInt carry-less multiply. Skipped with a printed reason where the CPU
 * lacks VAES / VPCLMULQDQ / AVX-512.
 */
import { expect } from "bun:test";
import type { Assembler } from "../../src/x64/assembler.ts";
import { xmmword, ymmword, zmmword } from "../../src/x64/operands.ts";
import { rdi, rdx, rsi, xmm17, xmm18, ymm1, ymm2, zmm1, zmm2 } from "../../src/x64/registers.ts";
import { aesDecRound, aesEncRound } from "./gf.ts";
import { runKernel, seededRandom, testWith } from "./support.ts";

const rnd = seededRandom("vaes-clmul");
const bytes = (n: number) => Uint8Array.from({ length: n }, () => rnd.byte());

type AesOp = "vaesenc" | "vaesenclast" | "vaesdec" | "vaesdeclast";
const AES_OPS: AesOp[] = ["vaesenc", "vaesenclast", "vaesdec", "vaesdeclast"];

function aesExpected(op: AesOp, s: Uint8Array, k: Uint8Array, lanes: number): number[] {
  const out: number[] = [];
  for (let l = 0; l < lanes; l++) {
    const st = s.subarray(l * 16, l * 16 + 16), key = k.subarray(l * 16, l * 16 + 16);
    const r = op.startsWith("vaesenc") ? aesEncRound(st, key, op === "vaesenclast") : aesDecRound(st, key, op === "vaesdeclast");
    out.push(...r);
  }
  return out;
}

/** The kernel: state at [rdi], round key at [rsi], result to [rdx]. */
function aesKernel(op: AesOp, width: 128 | 256 | 512): (a: Assembler) => void {
  return (a) => {
    if (width === 256) {
      a.vmovdqu(ymm2, ymmword(rdi));
      a[op](ymm1, ymm2, ymmword(rsi));
      a.vmovdqu(ymmword(rdx), ymm1);
    } else if (width === 512) {
      a.vmovdqu64(zmm2, zmmword(rdi));
      a[op](zmm1, zmm2, zmmword(rsi));
      a.vmovdqu64(zmmword(rdx), zmm1);
    } else {
      a.vmovdqu64(xmm18, xmmword(rdi));
      a[op](xmm17, xmm18, xmmword(rsi));
      a.vmovdqu64(xmmword(rdx), xmm17);
    }
    a.vzeroupper();
  };
}

function checkAes(width: 128 | 256 | 512): void {
  for (const op of AES_OPS) {
    for (let t = 0; t < 4; t++) {
      const s = bytes(64), k = bytes(64), out = new Uint8Array(64);
      runKernel(aesKernel(op, width), s, k, out);
      expect([op, width, Array.from(out.subarray(0, width / 8))]).toEqual([op, width, aesExpected(op, s, k, width / 128)]);
    }
  }
}

testWith(["vaes", "avx"], "VEX vaesenc/vaesenclast/vaesdec/vaesdeclast on ymm equal the FIPS 197 round per lane", () => checkAes(256));
testWith(["vaes", "avx512f"], "EVEX vaes* on zmm equal the FIPS 197 round per lane", () => checkAes(512));
testWith(["vaes", "avx512vl"], "EVEX vaes* on xmm16-31 equal the FIPS 197 round", () => checkAes(128));

/** Carry-less product of two 64-bit values. */
function clmul(a: bigint, b: bigint): bigint {
  let r = 0n;
  for (let i = 0n; i < 64n; i++) if ((b >> i) & 1n) r ^= a << i;
  return r;
}

function checkClmul(width: 256 | 512, imm: number): void {
  const x = bytes(64), y = bytes(64), out = new Uint8Array(64);
  runKernel((a) => {
    if (width === 256) {
      a.vmovdqu(ymm2, ymmword(rdi));
      a.vpclmulqdq(ymm1, ymm2, ymmword(rsi), imm);
      a.vmovdqu(ymmword(rdx), ymm1);
    } else {
      a.vmovdqu64(zmm2, zmmword(rdi));
      a.vpclmulqdq(zmm1, zmm2, zmmword(rsi), imm);
      a.vmovdqu64(zmmword(rdx), zmm1);
    }
    a.vzeroupper();
  }, x, y, out);
  const xq = new BigUint64Array(x.buffer), yq = new BigUint64Array(y.buffer), oq = new BigUint64Array(out.buffer);
  const got: bigint[] = [], want: bigint[] = [];
  for (let l = 0; l < width / 128; l++) {
    const p = clmul(xq[2 * l + (imm & 1)]!, yq[2 * l + ((imm >> 4) & 1)]!);
    want.push(p & 0xffffffffffffffffn, p >> 64n);
    got.push(oq[2 * l]!, oq[2 * l + 1]!);
  }
  expect([width, imm, got]).toEqual([width, imm, want]);
}

testWith(["vpclmulqdq", "avx"], "VEX vpclmulqdq on ymm equals a BigInt carry-less multiply per lane", () => {
  for (const imm of [0x00, 0x01, 0x10, 0x11]) checkClmul(256, imm);
});
testWith(["vpclmulqdq", "avx512f"], "EVEX vpclmulqdq on zmm equals a BigInt carry-less multiply per lane", () => {
  for (const imm of [0x00, 0x01, 0x10, 0x11]) checkClmul(512, imm);
});
