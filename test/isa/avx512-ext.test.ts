/**
 * avx512-ext.test.ts — the AVX-512 extensions of ext-avx512.ts run on the
 * CPU, each lane checked against a JS model written from the SDM's
 * pseudocode: VBMI byte permutes and multishift, VBMI2 concatenate-shifts,
 * BITALG popcounts and bit shuffles, IFMA 52-bit multiply-adds (BigInt),
 * BF16 conversion and dot product. Skipped with a printed reason where the
 * CPU lacks the extension.
 */
import { expect } from "bun:test";
import type { Assembler } from "../../src/x64/assembler.ts";
import { qword, ymmword, zmmword } from "../../src/x64/operands.ts";
import { k1, rax, rcx, rdi, rdx, rsi, ymm3, zmm1, zmm2, zmm3 } from "../../src/x64/registers.ts";
import { runKernel, seededRandom, testWith } from "./support.ts";

const rnd = seededRandom("avx512-ext");
const bytes = (n: number) => Uint8Array.from({ length: n }, () => rnd.byte());

/**
 * Run `op zmm1, zmm2, zmm3` (zmm1 preloaded from [rdx] for the accumulating and t2 forms) over three
 * 64-byte random buffers; returns the inputs and the 64 result bytes.
 */
function run3(emit: (a: Assembler) => void): { a: Uint8Array; b: Uint8Array; d: Uint8Array; out: Uint8Array } {
  const a = bytes(64), b = bytes(64), d = bytes(64), out = d.slice();
  runKernel((k) => {
    k.vmovdqu64(zmm2, zmmword(rdi));
    k.vmovdqu64(zmm3, zmmword(rsi));
    k.vmovdqu64(zmm1, zmmword(rdx));
    emit(k);
    k.vmovdqu64(zmmword(rdx), zmm1);
    k.vzeroupper();
  }, a, b, out);
  return { a, b, d, out };
}
const u16 = (x: Uint8Array) => new Uint16Array(x.buffer, x.byteOffset, x.length / 2);
const u32 = (x: Uint8Array) => new Uint32Array(x.buffer, x.byteOffset, x.length / 4);
const u64 = (x: Uint8Array) => new BigUint64Array(x.buffer, x.byteOffset, x.length / 8);
const popcount = (x: number) => { let n = 0; for (; x; x &= x - 1) n++; return n; };

testWith(["avx512vbmi"], "VBMI: vpermb, vpermi2b, vpermt2b, vpmultishiftqb", () => {
  for (let t = 0; t < 4; t++) {
    let r = run3((k) => k.vpermb(zmm1, zmm2, zmm3));
    expect(Array.from(r.out)).toEqual(Array.from(r.a, (_, i) => r.b[r.a[i]! & 63]!));
    // vpermi2b: the destination holds the indexes; zmm2 is the first table, zmm3 the second
    r = run3((k) => k.vpermi2b(zmm1, zmm2, zmm3));
    expect(Array.from(r.out)).toEqual(Array.from(r.d, (idx) => ((idx & 64) ? r.b : r.a)[idx & 63]!));
    // vpermt2b: the destination is the first table, zmm2 the indexes, zmm3 the second table
    r = run3((k) => k.vpermt2b(zmm1, zmm2, zmm3));
    expect(Array.from(r.out)).toEqual(Array.from(r.a, (idx) => ((idx & 64) ? r.b : r.d)[idx & 63]!));
    // vpmultishiftqb: byte j of qword i = 8 bits of b.qword[i] starting at bit (a.byte[8i+j] & 63), wrapping
    r = run3((k) => k.vpmultishiftqb(zmm1, zmm2, zmm3));
    const bq = u64(r.b);
    expect(Array.from(r.out)).toEqual(Array.from(r.a, (ctl, j) => {
      const q = bq[j >> 3]!, s = BigInt(ctl & 63);
      return Number(((q >> s) | (q << (64n - s))) & 0xffn);
    }));
  }
});

testWith(["avx512vbmi2"], "VBMI2: vpshldd/vpshrdq (imm) and vpshldvw/vpshrdvd (variable) concatenate-and-shift", () => {
  for (let t = 0; t < 4; t++) {
    const imm = rnd.byte();
    let r = run3((k) => k.vpshldd(zmm1, zmm2, zmm3, imm));
    const s = imm & 31;
    expect(Array.from(u32(r.out))).toEqual(Array.from(u32(r.a), (x, i) => Number(((((BigInt(x) << 32n) | BigInt(u32(r.b)[i]!)) << BigInt(s)) >> 32n) & 0xffffffffn)));
    r = run3((k) => k.vpshrdq(zmm1, zmm2, zmm3, imm));
    const sq = BigInt(imm & 63);
    expect(Array.from(u64(r.out))).toEqual(Array.from(u64(r.a), (x, i) => (((u64(r.b)[i]! << 64n) | x) >> sq) & 0xffffffffffffffffn));
    r = run3((k) => k.vpshldvw(zmm1, zmm2, zmm3));
    expect(Array.from(u16(r.out))).toEqual(Array.from(u16(r.d), (x, i) => (((x << 16) | u16(r.a)[i]!) << (u16(r.b)[i]! & 15)) >>> 16 & 0xffff));
    r = run3((k) => k.vpshrdvd(zmm1, zmm2, zmm3));
    expect(Array.from(u32(r.out))).toEqual(Array.from(u32(r.d), (x, i) => Number((((BigInt(u32(r.a)[i]!) << 32n) | BigInt(x)) >> BigInt(u32(r.b)[i]! & 31)) & 0xffffffffn)));
  }
});

testWith(["avx512bitalg"], "BITALG: vpopcntb, vpopcntw, vpshufbitqmb", () => {
  for (let t = 0; t < 4; t++) {
    let r = run3((k) => k.vpopcntb(zmm1, zmm2));
    expect(Array.from(r.out)).toEqual(Array.from(r.a, popcount));
    r = run3((k) => k.vpopcntw(zmm1, zmm3));
    expect(Array.from(u16(r.out))).toEqual(Array.from(u16(r.b), popcount));
    // vpshufbitqmb k1, zmm2, m512: bit j of the mask = bit (m.byte[j] & 63) of zmm2.qword[j / 8]
    const a = bytes(64), b = bytes(64), out = new BigUint64Array(1);
    runKernel((k) => {
      k.vmovdqu64(zmm2, zmmword(rdi));
      k.vpshufbitqmb(k1, zmm2, zmmword(rsi));
      k.kmovq(rax, k1);
      k.mov(qword(rdx), rax);
      k.vzeroupper();
    }, a, b, out);
    let want = 0n;
    for (let j = 0; j < 64; j++) if ((u64(a)[j >> 3]! >> BigInt(b[j]! & 63)) & 1n) want |= 1n << BigInt(j);
    expect(out[0]).toBe(want);
  }
});

const M52 = (1n << 52n) - 1n;
testWith(["avx512ifma"], "IFMA: vpmadd52luq / vpmadd52huq add the low / high 52 bits of a 52x52-bit product", () => {
  for (let t = 0; t < 4; t++) {
    for (const [name, hi] of [["vpmadd52luq", false], ["vpmadd52huq", true]] as const) {
      const r = run3((k) => (hi ? k.vpmadd52huq(zmm1, zmm2, zmm3) : k.vpmadd52luq(zmm1, zmm2, zmm3)));
      const want = Array.from(u64(r.d), (acc, i) => {
        const p = (u64(r.a)[i]! & M52) * (u64(r.b)[i]! & M52);
        return (acc + (hi ? p >> 52n : p & M52)) & 0xffffffffffffffffn;
      });
      expect([name, Array.from(u64(r.out))]).toEqual([name, want]);
    }
  }
});

/** float → bf16 with round-to-nearest-even (the inputs here are never NaN). */
function bf16(f: number): number {
  const u = new Uint32Array(new Float32Array([f]).buffer)[0]!;
  return ((u + 0x7fff + ((u >>> 16) & 1)) >>> 16) & 0xffff;
}
const fromBf16 = (h: number) => new Float32Array(new Uint32Array([h << 16]).buffer)[0]!;

testWith(["avx512bf16"], "BF16: vcvtne2ps2bf16 and vcvtneps2bf16 round to nearest even", () => {
  for (let t = 0; t < 4; t++) {
    const fa = Float32Array.from({ length: 16 }, () => (rnd.u32() / 2 ** 32 - 0.5) * 1000);
    const fb = Float32Array.from({ length: 16 }, () => (rnd.u32() / 2 ** 32 - 0.5) * 1e-3);
    const two = new Uint16Array(32), one = new Uint16Array(16);
    runKernel((k) => {
      k.vmovups(zmm2, zmmword(rdi));
      k.vcvtne2ps2bf16(zmm1, zmm2, zmmword(rsi));
      k.vmovdqu64(zmmword(rdx), zmm1);
      k.vcvtneps2bf16(ymm3, zmmword(rdi));
      k.vmovdqu(ymmword(rcx), ymm3);
      k.vzeroupper();
    }, fa, fb, two, one);
    // the low half of the destination comes from the second source, the high half from the first
    expect(Array.from(two)).toEqual([...Array.from(fb, bf16), ...Array.from(fa, bf16)]);
    expect(Array.from(one)).toEqual(Array.from(fa, bf16));
  }
});

testWith(["avx512bf16"], "BF16: vdpbf16ps accumulates pairwise bf16 products (exact small integers)", () => {
  for (let t = 0; t < 4; t++) {
    const small = () => (rnd.u32() % 17) - 8;
    const a = Uint16Array.from({ length: 32 }, () => bf16(small())), b = Uint16Array.from({ length: 32 }, () => bf16(small()));
    const acc = Float32Array.from({ length: 16 }, () => small() * 4);
    const want = Array.from(acc, (x, i) => x + fromBf16(a[2 * i]!) * fromBf16(b[2 * i]!) + fromBf16(a[2 * i + 1]!) * fromBf16(b[2 * i + 1]!));
    runKernel((k) => {
      k.vmovdqu64(zmm2, zmmword(rdi));
      k.vmovups(zmm1, zmmword(rdx));
      k.vdpbf16ps(zmm1, zmm2, zmmword(rsi));
      k.vmovups(zmmword(rdx), zmm1);
      k.vzeroupper();
    }, a, b, acc);
    expect(Array.from(acc)).toEqual(want);
  }
});
