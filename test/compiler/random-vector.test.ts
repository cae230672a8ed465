/**
 * random-vector.test.ts — seeded random AVX-512 programs for the compiler:
 * more zmm values than the 32 registers and more masks than k1–k7, packed
 * f64 arithmetic, compares into k registers, merge- and zero-masked
 * operations (a merging destination is read), blends, mask logic, loops and
 * calls to a callee that trashes every vector and mask register — so zmm and
 * k values are spilled, reloaded and moved across edges. Each program stores
 * every value into an output buffer; a lane-exact JS evaluation must match.
 * Skips with a reason on a CPU without AVX-512. The seed is printed.
 */
import { expect, test } from "bun:test";
import { jit } from "../../src/abi/jit.ts";
import { cpuFeatures } from "../../src/host-cpu.ts";
import { mulberry32 } from "../../scripts/lib/mulberry32.ts";
import type { Compiler } from "../../src/compiler/compiler.ts";
import type { VGp64, VK, VZmm } from "../../src/compiler/vreg.ts";
import { word, zmmword } from "../../src/x64/operands.ts";
import { kreg, zmm } from "../../src/x64/registers.ts";

const SEED = Number(process.env.BUNJIT_SEED ?? Date.now() % 1e9);
const LANES = 8;
type Vec = Float64Array<ArrayBufferLike>;

type Op =
  | { k: "arith"; op: "add" | "sub" | "mul" | "max"; d: number; a: number; b: number; mask: number; zero: boolean }
  | { k: "cmp"; m: number; a: number; b: number; pred: 0 | 4 | 0x11 | 0x12 }
  | { k: "blend"; d: number; a: number; b: number; m: number }
  | { k: "kop"; op: "and" | "or" | "xor" | "not"; d: number; a: number; b: number }
  | { k: "call"; d: number; a: number }
  | { k: "loop"; n: number; body: Op[] };

interface VProgram {
  vecs: number;
  masks: number;
  body: Op[];
}

function gen(rng: () => number, vecs: number, masks: number, n: number, depth: number): Op[] {
  const v = () => Math.floor(rng() * vecs), m = () => Math.floor(rng() * masks);
  const out: Op[] = [];
  for (let i = 0; i < n; i++) {
    const r = rng();
    if (r < 0.4) out.push({ k: "arith", op: (["add", "sub", "mul", "max"] as const)[Math.floor(rng() * 4)]!, d: v(), a: v(), b: v(), mask: rng() < 0.35 ? m() : -1, zero: rng() < 0.3 });
    else if (r < 0.55) out.push({ k: "cmp", m: m(), a: v(), b: v(), pred: ([0, 4, 0x11, 0x12] as const)[Math.floor(rng() * 4)]! });
    else if (r < 0.65) out.push({ k: "blend", d: v(), a: v(), b: v(), m: m() });
    else if (r < 0.8) out.push({ k: "kop", op: (["and", "or", "xor", "not"] as const)[Math.floor(rng() * 4)]!, d: m(), a: m(), b: m() });
    else if (r < 0.9) out.push({ k: "call", d: v(), a: v() });
    else if (depth > 0) out.push({ k: "loop", n: 1 + Math.floor(rng() * 3), body: gen(rng, vecs, masks, 1 + Math.floor(rng() * 6), depth - 1) });
  }
  return out;
}

// ---- JS evaluation (lane-exact) -------------------------------------------------

const calleeJs = (a: Vec): Vec => a.map((x) => x * 0.5 + 1);

function cmp(pred: number, x: number, y: number): boolean {
  switch (pred) {
    case 0: return x === y; // EQ_OQ
    case 4: return !(x === y); // NEQ_UQ
    case 0x11: return x < y; // LT_OQ
    default: return x <= y; // LE_OQ
  }
}

function evaluate(p: VProgram, vin: readonly Vec[], kin: readonly number[]): { v: Vec[]; k: number[] } {
  const v: Vec[] = vin.map((x) => x.slice()), k = kin.slice();
  const run = (ops: readonly Op[]) => {
    for (const o of ops) {
      switch (o.k) {
        case "arith": {
          const a = v[o.a]!, b = v[o.b]!, d = v[o.d]!, r = new Float64Array(LANES);
          for (let i = 0; i < LANES; i++) {
            const x = a[i]!, y = b[i]!;
            const val = o.op === "add" ? x + y : o.op === "sub" ? x - y : o.op === "mul" ? x * y : x > y ? x : y; // maxpd: the second unless a > b
            r[i] = o.mask < 0 || ((k[o.mask]! >> i) & 1) ? val : o.zero ? 0 : d[i]!;
          }
          v[o.d] = r;
          break;
        }
        case "cmp": {
          let bits = 0;
          for (let i = 0; i < LANES; i++) if (cmp(o.pred, v[o.a]![i]!, v[o.b]![i]!)) bits |= 1 << i;
          k[o.m] = bits;
          break;
        }
        case "blend": {
          const r = new Float64Array(LANES);
          for (let i = 0; i < LANES; i++) r[i] = (k[o.m]! >> i) & 1 ? v[o.b]![i]! : v[o.a]![i]!;
          v[o.d] = r;
          break;
        }
        case "kop": {
          const a = k[o.a]!, b = k[o.b]!;
          k[o.d] = (o.op === "and" ? a & b : o.op === "or" ? a | b : o.op === "xor" ? a ^ b : ~a) & 0xffff;
          break;
        }
        case "call": v[o.d] = calleeJs(v[o.a]!); break;
        case "loop": for (let i = 0; i < o.n; i++) run(o.body); break;
      }
    }
  };
  run(p.body);
  return { v, k };
}

// ---- the compiled program -----------------------------------------------------------

let callee: ((...a: unknown[]) => unknown) | null = null;
/** zmm0 ← zmm0 * 0.5 + 1, trashing every other zmm and every k register (a leaf with its own convention: zmm0 in and out). */
function vectorCallee(): number {
  callee ??= jit.function({ args: ["ptr"], returns: "void" }, (f, [p]) => {
    const a = f.a;
    a.vmovupd(zmm[0]!, zmmword(p));
    a.vmulpd(zmm[0]!, zmm[0]!, a.f64(0.5).bcst() as never);
    a.vaddpd(zmm[0]!, zmm[0]!, a.f64(1).bcst() as never);
    a.vmovupd(zmmword(p), zmm[0]!);
    for (let i = 0; i < 32; i++) a.vpternlogd(zmm[i]!, zmm[i]!, zmm[i]!, 0xff);
    for (let i = 1; i < 8; i++) a.kxnorw(kreg[i]!, kreg[i]!, kreg[i]!);
    f.ret();
  }) as never;
  return 0;
}

function emit(c: Compiler, p: VProgram, vin: VGp64, kin: VGp64, out: VGp64, scratch: VGp64): void {
  vectorCallee();
  const v: VZmm[] = Array.from({ length: p.vecs }, (_, i) => c.zmm(`z${i}`));
  const k: VK[] = Array.from({ length: p.masks }, (_, i) => c.k(`m${i}`));
  v.forEach((x, i) => c.vmovupd(x, zmmword(vin, 64 * i)));
  k.forEach((x, i) => c.kmovw(x, word(kin, 2 * i)));
  const run = (ops: readonly Op[]) => {
    for (const o of ops) {
      switch (o.k) {
        case "arith": {
          let d = v[o.d]!;
          if (o.mask >= 0) d = (o.zero ? d.k(k[o.mask]!).z() : d.k(k[o.mask]!)) as VZmm;
          const fn = o.op === "add" ? c.vaddpd : o.op === "sub" ? c.vsubpd : o.op === "mul" ? c.vmulpd : c.vmaxpd;
          fn.call(c, d, v[o.a]!, v[o.b]!);
          break;
        }
        case "cmp": c.vcmppd(k[o.m]!, v[o.a]!, v[o.b]!, o.pred); break;
        case "blend": c.vblendmpd(v[o.d]!.k(k[o.m]!) as VZmm, v[o.a]!, v[o.b]!); break;
        case "kop":
          if (o.op === "not") c.knotw(k[o.d]!, k[o.a]!);
          else (o.op === "and" ? c.kandw : o.op === "or" ? c.korw : c.kxorw).call(c, k[o.d]!, k[o.a]!, k[o.b]!);
          break;
        case "call":
          c.vmovupd(zmmword(scratch), v[o.a]!);
          c.call(callee!, [scratch]);
          c.vmovupd(v[o.d]!, zmmword(scratch));
          break;
        case "loop": {
          const n = c.gp64(), top = c.label();
          c.mov(n, o.n);
          c.bind(top);
          run(o.body);
          c.dec(n);
          c.jnz(top);
          break;
        }
      }
    }
  };
  run(p.body);
  v.forEach((x, i) => c.vmovupd(zmmword(out, 64 * i), x));
  k.forEach((x, i) => c.kmovw(word(out, 64 * p.vecs + 2 * i), x));
}

test("random AVX-512 programs (zmm and k pressure, masks, calls) compute what JS computes", () => {
  const f = cpuFeatures();
  if (!f.avx512f || !f.avx512dq) {
    console.log("random-vector.test.ts: skipped — this CPU lacks AVX-512 F/DQ");
    return;
  }
  console.log(`random-vector.test.ts seed ${SEED} (BUNJIT_SEED=${SEED} to repeat)`);
  const rng = mulberry32(SEED);
  const failures: string[] = [];
  for (let t = 0; t < 60; t++) {
    const vecs = 4 + Math.floor(rng() * 40), masks = 1 + Math.floor(rng() * 12);
    const p: VProgram = { vecs, masks, body: gen(rng, vecs, masks, 5 + Math.floor(rng() * 40), 2) };
    const special = [Number.NaN, -0, 0, Infinity, -Infinity, 1e300];
    const vin = Array.from({ length: vecs }, () => Float64Array.from({ length: LANES }, () => (rng() < 0.08 ? special[Math.floor(rng() * special.length)]! : Math.round(rng() * 64) / 8 - 4)));
    const kin = Array.from({ length: masks }, () => Math.floor(rng() * 0x10000));
    const want = evaluate(p, vin, kin);
    const inBuf = new Float64Array(vecs * LANES);
    vin.forEach((x, i) => inBuf.set(x, i * LANES));
    const kBuf = Uint16Array.from(kin);
    const outBuf = new ArrayBuffer(64 * vecs + 2 * masks + 64);
    const scratch = new Float64Array(LANES);
    try {
      const fn = jit.compile({ args: ["ptr", "ptr", "ptr", "ptr"], returns: "void" }, (c, [a, b, o, s]) => emit(c, p, a, b, o, s));
      fn(inBuf, kBuf, new Uint8Array(outBuf), scratch);
      fn[Symbol.dispose]();
    } catch (e) {
      failures.push(`program ${t}: threw ${(e as Error).message}`);
      continue;
    }
    const gotV = new Float64Array(outBuf, 0, vecs * LANES), gotK = new Uint16Array(outBuf, 64 * vecs, masks);
    for (let i = 0; i < vecs && failures.length < 5; i++) {
      for (let l = 0; l < LANES; l++) {
        const g = gotV[i * LANES + l]!, w = want.v[i]![l]!;
        if (!(Object.is(g, w) || (Number.isNaN(g) && Number.isNaN(w)))) {
          failures.push(`program ${t}: z${i}[${l}] = ${g}, want ${w}`);
          break;
        }
      }
    }
    for (let i = 0; i < masks && failures.length < 5; i++) {
      if ((gotK[i]! & 0xff) !== (want.k[i]! & 0xff)) failures.push(`program ${t}: m${i} = ${gotK[i]!.toString(2)}, want ${want.k[i]!.toString(2)} (low 8 bits)`);
    }
    if (failures.length >= 5) break;
  }
  expect(failures).toEqual([]);
}, 300_000);
