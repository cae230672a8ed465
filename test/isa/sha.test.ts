/**
 * sha.test.ts — SHA extensions run on the CPU: SHA-256 compression with
 * sha256rnds2/sha256msg1/sha256msg2 over whole messages, checked against
 * node:crypto's SHA-256; SHA-1's sha1rnds4/sha1nexte/sha1msg1/sha1msg2
 * against node:crypto's SHA-1. Skipped with a printed reason without SHA.
 * The JIT code does only the compression function; padding and the byte
 * order of words are done here in JS.
 */
import { expect } from "bun:test";
import { createHash } from "node:crypto";
import type { Assembler } from "../../src/x64/assembler.ts";
import { xmmword } from "../../src/x64/operands.ts";
import { rdi, rdx, rsi, type Xmm, xmm0, xmm1, xmm2, xmm3, xmm4, xmm5, xmm6, xmm7, xmm8, xmm9 } from "../../src/x64/registers.ts";
import { runKernel, seededRandom, testWith } from "./support.ts";

/** Pad a message into 64-byte blocks of big-endian 32-bit words (FIPS 180-4 §5.1.1). */
function blocksOf(msg: Uint8Array): Uint32Array {
  const n = Math.ceil((msg.length + 9) / 64) * 64;
  const b = new Uint8Array(n);
  b.set(msg);
  b[msg.length] = 0x80;
  new DataView(b.buffer).setBigUint64(n - 8, BigInt(msg.length) * 8n, false);
  const w = new Uint32Array(n / 4);
  const dv = new DataView(b.buffer);
  for (let i = 0; i < w.length; i++) w[i] = dv.getUint32(i * 4, false);
  return w;
}

function hexWords(words: ArrayLike<number>): string {
  return Array.from(words, (x) => (x >>> 0).toString(16).padStart(8, "0")).join("");
}

// SHA-256 round constants: the first 32 bits of the fractional parts of the cube roots of the first 64 primes
function sha256K(): Uint32Array {
  const k = new Uint32Array(64);
  let n = 0;
  for (let p = 2; n < 64; p++) {
    let prime = true;
    for (let d = 2; d * d <= p; d++) if (p % d === 0) { prime = false; break; }
    if (!prime) continue;
    const c = Math.cbrt(p);
    k[n++] = Math.floor((c - Math.floor(c)) * 2 ** 32) >>> 0;
  }
  return k;
}

/**
 * One SHA-256 compression per 64-byte block: state at [rdi] as ABEF|CDGH (each an xmm with A in the top
 * lane), words at [rsi] (16 per block), round constants at [rdx], block count in [rcx].
 */
function sha256Kernel(a: Assembler, blocks: number): void {
  const abef = xmm1, cdgh = xmm2, msg = [xmm3, xmm4, xmm5, xmm6] as const, t = xmm7, saveA = xmm8, saveC = xmm9;
  a.movdqu(abef, xmmword(rdi));
  a.movdqu(cdgh, xmmword(rdi, 16));
  for (let blk = 0; blk < blocks; blk++) {
    a.movdqa(saveA, abef);
    a.movdqa(saveC, cdgh);
    for (let g = 0; g < 16; g++) {
      const m: Xmm = msg[g % 4]!;
      if (g < 4) a.movdqu(m, xmmword(rsi, blk * 64 + g * 16));
      else {
        // W[4g..4g+3] from the four previous groups: msg1, + W[t-7..t-4] (palignr), msg2
        const m1 = msg[(g - 1) % 4]!, m2 = msg[(g - 2) % 4]!, m3 = msg[(g - 3) % 4]!;
        a.sha256msg1(m, m3);
        a.movdqa(t, m1);
        a.palignr(t, m2, 4);
        a.paddd(m, t);
        a.sha256msg2(m, m1);
      }
      a.movdqa(xmm0, m);
      a.paddd(xmm0, xmmword(rdx, g * 16));
      a.sha256rnds2(cdgh, abef, xmm0);
      a.pshufd(xmm0, xmm0, 0x0e);
      a.sha256rnds2(abef, cdgh, xmm0);
    }
    a.paddd(abef, saveA);
    a.paddd(cdgh, saveC);
  }
  a.movdqu(xmmword(rdi), abef);
  a.movdqu(xmmword(rdi, 16), cdgh);
}

function sha256Jit(msg: Uint8Array): string {
  const w = blocksOf(msg);
  const H = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
  const [A, B, C, D, E, F, G, Hh] = H as [number, number, number, number, number, number, number, number];
  // lanes from low to high: ABEF = F E B A, CDGH = H G D C
  const state = new Uint32Array([F, E, B, A, Hh, G, D, C]);
  runKernel((a) => sha256Kernel(a, w.length / 16), state, w, sha256K());
  const [f, e, b, a, h, g, d, c] = state;
  return hexWords([a!, b!, c!, d!, e!, f!, g!, h!]);
}

/**
 * SHA-1: state ABCD in one xmm (A in the top lane), E in the top lane of another; words at [rsi].
 * sha1rnds4's imm picks the round function and constant for rounds 0–19, 20–39, 40–59, 60–79.
 */
function sha1Kernel(a: Assembler, blocks: number): void {
  const abcd = xmm1, e0 = xmm2, e1 = xmm7, msg = [xmm3, xmm4, xmm5, xmm6] as const, saveAbcd = xmm8, saveE = xmm9;
  a.movdqu(abcd, xmmword(rdi));
  a.movdqu(e0, xmmword(rdi, 16));
  for (let blk = 0; blk < blocks; blk++) {
    a.movdqa(saveAbcd, abcd);
    a.movdqa(saveE, e0);
    for (let g = 0; g < 20; g++) {
      const m = msg[g % 4]!;
      if (g < 4) a.movdqu(m, xmmword(rsi, blk * 64 + g * 16));
      else {
        // W[t] = rol1(W[t-3] ^ W[t-8] ^ W[t-14] ^ W[t-16]) four at a time
        const m1 = msg[(g - 1) % 4]!, m2 = msg[(g - 2) % 4]!, m3 = msg[(g - 3) % 4]!;
        a.sha1msg1(m, m3);
        a.pxor(m, m2);
        a.sha1msg2(m, m1);
      }
      // E + W for these four rounds: E0 from the saved state, then each from the ABCD before the previous group
      const cur = g % 2 === 0 ? e0 : e1, other = g % 2 === 0 ? e1 : e0;
      if (g === 0) a.paddd(e0, m);
      else a.sha1nexte(cur, m);
      a.movdqa(other, abcd);
      a.sha1rnds4(abcd, cur, Math.floor(g / 5));
    }
    // the E after the last group (its ABCD was saved in e0), plus the saved E
    a.sha1nexte(e0, saveE);
    a.paddd(abcd, saveAbcd);
  }
  a.movdqu(xmmword(rdi), abcd);
  a.movdqu(xmmword(rdi, 16), e0);
}

function sha1Jit(msg: Uint8Array): string {
  const w = blocksOf(msg);
  // the message words are consumed with the first word in the top lane
  const rev = new Uint32Array(w.length);
  for (let i = 0; i < w.length; i += 4) for (let j = 0; j < 4; j++) rev[i + j] = w[i + 3 - j]!;
  const [A, B, C, D, E] = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
  const state = new Uint32Array([D, C, B, A, 0, 0, 0, E]);
  runKernel((a) => sha1Kernel(a, w.length / 16), state, rev);
  return hexWords([state[3]!, state[2]!, state[1]!, state[0]!, state[7]!]);
}

function messages(): Uint8Array[] {
  const r = seededRandom("sha messages");
  const out = [new Uint8Array(0), new TextEncoder().encode("abc"), new TextEncoder().encode("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")];
  for (const len of [1, 55, 56, 63, 64, 65, 119, 200, 1000]) out.push(Uint8Array.from({ length: len }, () => r.byte()));
  return out;
}

testWith(["sha"], "SHA-256 with sha256rnds2/msg1/msg2 equals node:crypto's SHA-256", () => {
  for (const m of messages()) expect([m.length, sha256Jit(m)]).toEqual([m.length, createHash("sha256").update(m).digest("hex")]);
});

testWith(["sha"], "SHA-1 with sha1rnds4/sha1nexte/sha1msg1/sha1msg2 equals node:crypto's SHA-1", () => {
  for (const m of messages()) expect([m.length, sha1Jit(m)]).toEqual([m.length, createHash("sha1").update(m).digest("hex")]);
});
