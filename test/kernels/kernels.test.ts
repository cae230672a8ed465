/**
 * kernels.test.ts — execution tests of every kernel variant against a plain-JS
 * reference: lengths 0, 1, 3, 7, 8, 9, 31, 1000, 65537 (never only multiples
 * of the vector width), views at odd element offsets (unaligned starts),
 * guard elements around every output (no write past n), every match position
 * for find. Float sums and dots allow the reassociation error
 * 16·√n·eps·Σ|terms|; everything else must match exactly (saxpy: 1 ulp of
 * slack for FMA). Variants the CPU cannot run (AVX-512 here) are skipped
 * with the reason in the test name; their code is still generated and
 * checked structurally (and with llvm-mc when present) in kernels-code.test.ts.
 */
import { describe, expect, test } from "bun:test";
import { cpu } from "../../src/host-cpu.ts";
import {
  bestVariant,
  compileKernel,
  createKernels,
  KERNEL_IDS,
  type KernelId,
  type KernelVariant,
  KERNEL_VARIANTS,
  kernelVariants,
  variantUnavailable,
} from "../../src/kernels/index.ts";
import { JitError } from "../../src/core/errors.ts";
import { mulberry32 } from "../../scripts/lib/mulberry32.ts";

/** The code of the JitError `f` throws (undefined when it throws something else or nothing). */
function jitErrorCode(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return e instanceof JitError ? e.code : undefined;
  }
  return undefined;
}

const LENGTHS = [0, 1, 3, 7, 8, 9, 31, 1000, 65537];
const OFFSETS = [0, 1, 3];

const rng = mulberry32;

type FloatArr = Float64Array | Float32Array;
const GUARD = 5;
/** A view of n random values at element offset `off`, with GUARD sentinel elements after it. */
function floats(C: typeof Float64Array | typeof Float32Array, n: number, off: number, seed: number): { view: FloatArr; buf: FloatArr } {
  const r = rng(seed);
  const buf = new C(off + n + GUARD).fill(777);
  for (let i = 0; i < n; i++) buf[off + i] = (r() - 0.45) * 100;
  return { view: buf.subarray(off, off + n), buf };
}
function guardsIntact(buf: { length: number; [i: number]: number }, off: number, n: number, value: number): boolean {
  for (let i = 0; i < off; i++) if (buf[i] !== value) return false;
  for (let i = off + n; i < buf.length; i++) if (buf[i] !== value) return false;
  return true;
}

const EPS = { f64: 2 ** -52, f32: 2 ** -23 };
function closeSum(got: number, want: number, scale: number, n: number, eps: number): boolean {
  return Math.abs(got - want) <= 16 * Math.sqrt(Math.max(n, 1)) * eps * scale + Number.MIN_VALUE;
}

const reason = (v: KernelVariant): string | null => variantUnavailable(v);
const title = (v: KernelVariant): string => {
  const why = reason(v);
  return why === null ? v : `${v} (skipped: ${why}; AVX-512 code is only generated and disassembled on this machine)`;
};

if (!cpu.avx512f) console.log(`note: ${cpu.brand || cpu.vendor} has no usable AVX-512 (xcr0=0x${cpu.xcr0.toString(16)}): avx512 execution tests are skipped`);

function forVariants(id: KernelId, body: (v: KernelVariant) => void): void {
  for (const v of kernelVariants(id)) test.skipIf(reason(v) !== null)(title(v), () => body(v));
}

for (const dt of ["f64", "f32"] as const) {
  const C = dt === "f64" ? Float64Array : Float32Array;
  const eps = EPS[dt];
  const round = dt === "f64" ? (x: number) => x : Math.fround;

  describe(`sum/${dt}`, () => {
    forVariants(`sum/${dt}`, (v) => {
      const f = compileKernel(`sum/${dt}`, v);
      for (const n of LENGTHS) for (const off of OFFSETS) {
        const { view } = floats(C, n, off, n * 31 + off);
        let want = 0, scale = 0;
        for (let i = 0; i < n; i++) (want += view[i]!), (scale += Math.abs(view[i]!));
        const got = f(view, n);
        if (!closeSum(got, want, scale, n, eps)) throw new Error(`n=${n} off=${off}: got ${got}, want ${want}`);
      }
      expect(f(new C(0), 0)).toBe(0);
    });
  });

  describe(`dot/${dt}`, () => {
    forVariants(`dot/${dt}`, (v) => {
      const f = compileKernel(`dot/${dt}`, v);
      for (const n of LENGTHS) for (const off of OFFSETS) {
        const { view: x } = floats(C, n, off, n * 7 + off);
        const { view: y } = floats(C, n, (off + 1) % 4, n * 13 + off);
        let want = 0, scale = 0;
        for (let i = 0; i < n; i++) (want += x[i]! * y[i]!), (scale += Math.abs(x[i]! * y[i]!));
        const got = f(x, y, n);
        if (!closeSum(got, want, scale, n, eps)) throw new Error(`n=${n} off=${off}: got ${got}, want ${want}`);
      }
    });
  });

  describe(`saxpy/${dt}`, () => {
    forVariants(`saxpy/${dt}`, (v) => {
      const f = compileKernel(`saxpy/${dt}`, v);
      for (const n of LENGTHS) for (const off of OFFSETS) {
        const { view: x } = floats(C, n, (off + 2) % 4, n * 5 + off);
        const { view: y, buf: ybuf } = floats(C, n, off, n * 11 + off);
        const a = round(-1.75);
        const y0 = Array.from(y);
        f(y, x, n, a);
        for (let i = 0; i < n; i++) {
          const want = round(y0[i]! + round(a * x[i]!));
          const tol = 2 * eps * (Math.abs(y0[i]!) + Math.abs(a * x[i]!));
          if (!(Math.abs(y[i]! - want) <= tol)) throw new Error(`n=${n} off=${off} i=${i}: got ${y[i]}, want ${want}`);
        }
        if (!guardsIntact(ybuf, off, n, 777)) throw new Error(`n=${n} off=${off}: wrote outside y`);
      }
    });
  });

  describe(`minmax/${dt}`, () => {
    forVariants(`minmax/${dt}`, (v) => {
      const f = compileKernel(`minmax/${dt}`, v);
      const out = new C(2);
      for (const n of LENGTHS) for (const off of OFFSETS) {
        const { view } = floats(C, n, off, n * 3 + off);
        let mn = Infinity, mx = -Infinity;
        for (let i = 0; i < n; i++) (mn = Math.min(mn, view[i]!)), (mx = Math.max(mx, view[i]!));
        f(view, n, out);
        if (out[0] !== mn || out[1] !== mx) throw new Error(`n=${n} off=${off}: got [${out[0]}, ${out[1]}], want [${mn}, ${mx}]`);
      }
      // the extreme at every position of a short array (vector lanes, accumulators, tail)
      for (let n = 1; n <= 70; n++) for (let p = 0; p < n; p++) {
        const x = new C(n).fill(1);
        x[p] = -5;
        x[(p + 1) % n] = n === 1 ? -5 : 9;
        f(x, n, out);
        const want = n === 1 ? [-5, -5] : [-5, 9];
        if (out[0] !== want[0] || out[1] !== want[1]) throw new Error(`n=${n} p=${p}: got [${out[0]}, ${out[1]}]`);
      }
      f(new C(0), 0, out);
      expect([out[0], out[1]]).toEqual([Infinity, -Infinity]);
    });
  });

  describe(`copy/${dt}`, () => {
    forVariants(`copy/${dt}`, (v) => {
      const f = compileKernel(`copy/${dt}`, v);
      for (const n of LENGTHS) for (const off of OFFSETS) {
        const { view: x } = floats(C, n, (off + 1) % 4, n + off);
        const dbuf = new C(off + n + GUARD).fill(777);
        const dst = dbuf.subarray(off, off + n);
        f(dst, x, n);
        for (let i = 0; i < n; i++) if (dst[i] !== x[i]) throw new Error(`n=${n} off=${off} i=${i}`);
        if (!guardsIntact(dbuf, off, n, 777)) throw new Error(`n=${n} off=${off}: wrote outside dst`);
      }
    });
  });
}

function ints(n: number, off: number, seed: number, wide: boolean): Int32Array {
  const r = rng(seed);
  const buf = new Int32Array(off + n + GUARD).fill(12345);
  for (let i = 0; i < n; i++) buf[off + i] = wide ? (r() * 2 ** 32) | 0 : Math.floor(r() * 2001) - 1000;
  return buf.subarray(off, off + n);
}

describe("sum/i32", () => {
  forVariants("sum/i32", (v) => {
    const f = compileKernel("sum/i32", v);
    for (const n of LENGTHS) for (const off of OFFSETS) for (const wide of [false, true]) {
      const x = ints(n, off, n * 17 + off, wide);
      let want = 0;
      for (let i = 0; i < n; i++) want = (want + x[i]!) | 0;
      const got = f(x, n);
      if (got !== want) throw new Error(`n=${n} off=${off} wide=${wide}: got ${got}, want ${want}`);
    }
  });
});

describe("minmax/i32", () => {
  forVariants("minmax/i32", (v) => {
    const f = compileKernel("minmax/i32", v);
    const out = new Int32Array(2);
    for (const n of LENGTHS) for (const off of OFFSETS) {
      const x = ints(n, off, n * 19 + off, true);
      let mn = 2147483647, mx = -2147483648;
      for (let i = 0; i < n; i++) (mn = Math.min(mn, x[i]!)), (mx = Math.max(mx, x[i]!));
      f(x, n, out);
      if (out[0] !== mn || out[1] !== mx) throw new Error(`n=${n} off=${off}: got [${out[0]}, ${out[1]}], want [${mn}, ${mx}]`);
    }
    for (let n = 1; n <= 70; n++) for (let p = 0; p < n; p++) {
      const x = new Int32Array(n).fill(7);
      x[p] = -2147483648;
      x[(p + 1) % n] = n === 1 ? -2147483648 : 2147483647;
      f(x, n, out);
      const want = n === 1 ? [-2147483648, -2147483648] : [-2147483648, 2147483647];
      if (out[0] !== want[0] || out[1] !== want[1]) throw new Error(`n=${n} p=${p}: got [${out[0]}, ${out[1]}]`);
    }
  });
});

describe("find/u8", () => {
  forVariants("find/u8", (v) => {
    const f = compileKernel("find/u8", v);
    // every match position, for lengths around the vector and 4-vector block sizes, at every byte offset 0..7
    for (const n of [0, 1, 2, 15, 16, 17, 31, 32, 33, 63, 64, 65, 127, 128, 129, 255, 256, 257, 300]) {
      for (let off = 0; off < 8; off++) {
        const buf = new Uint8Array(off + n + 64).fill(0xaa); // the needle also sits past the end: must not be found
        const x = buf.subarray(off, off + n);
        for (let i = 0; i < n; i++) x[i] = i % 160; // never 0xaa
        if (f(x, n, 0xaa) !== -1) throw new Error(`n=${n} off=${off}: found a byte past the end`);
        for (let p = 0; p < n; p++) {
          const old = x[p]!;
          x[p] = 0xaa;
          const got = f(x, n, 0xaa);
          x[p] = old;
          if (got !== p) throw new Error(`n=${n} off=${off} p=${p}: got ${got}`);
        }
      }
    }
    // long input, first of several matches, and the upper argument bits ignored
    const big = new Uint8Array(65537 + 3).subarray(3);
    big[40000] = 9;
    big[50000] = 9;
    big[65536] = 9;
    expect(f(big, big.length, 9)).toBe(40000);
    expect(f(big, big.length, 0x109)).toBe(40000);
    expect(f(big, 40000, 9)).toBe(-1);
    expect(f(big, big.length, 0)).toBe(0);
  });
});

describe("selection and wrappers", () => {
  test("bestVariant picks what this CPU runs", () => {
    const expected: KernelVariant = cpu.has("avx512f", "avx512bw", "avx512dq", "avx512vl") ? "avx512" : cpu.has("avx2", "fma", "bmi1", "bmi2") ? "avx2" : "sse2";
    expect(bestVariant("sum/f64")).toBe(expected);
    expect(bestVariant("sum/f64", { max: "sse2" })).toBe("sse2");
    expect(bestVariant("minmax/i32", { max: "avx2" })).toBe(cpu.has("avx2", "fma", "bmi1", "bmi2") ? "avx2" : "sse2");
  });

  test("createKernels wraps every kernel and agrees across variants", () => {
    const r = rng(99);
    const x = new Float64Array(1001).map(() => r() * 10 - 5).subarray(1);
    const y = new Float64Array(1000).map(() => r() * 10 - 5);
    const best = createKernels();
    const base = createKernels({ max: "scalar" });
    expect(base.variant).toBe("scalar");
    for (const k of [best, base]) {
      let s = 0, d = 0;
      for (let i = 0; i < x.length; i++) (s += x[i]!), (d += x[i]! * y[i]!);
      expect(k.sumF64(x)).toBeCloseTo(s, 9);
      expect(k.dotF64(x, y)).toBeCloseTo(d, 8);
      expect(Array.from(k.minmaxF64(x))).toEqual([Math.min(...x), Math.max(...x)]);
      expect(k.findU8(new Uint8Array([1, 2, 3, 4]), 3)).toBe(2);
      expect(k.sumI32(new Int32Array([1, 2, 3, -10]))).toBe(-4);
      expect(Array.from(k.minmaxI32(new Int32Array([5, -3, 9])))).toEqual([-3, 9]);
      expect(k.sumF32(new Float32Array([1.5, 2.25]))).toBe(3.75);
      expect(k.dotF32(new Float32Array([1, 2]), new Float32Array([3, 4]))).toBe(11);
      expect(Array.from(k.minmaxF32(new Float32Array([]))) ).toEqual([Infinity, -Infinity]);
      const yy = new Float64Array([1, 2, 3]);
      expect(Array.from(k.saxpyF64(2, new Float64Array([1, 1, 1]), yy))).toEqual([3, 4, 5]);
      expect(Array.from(k.saxpyF32(0.5, new Float32Array([2, 4]), new Float32Array([1, 1])))).toEqual([2, 3]);
      expect(Array.from(k.copyF64(new Float64Array(2), new Float64Array([7, 8])))).toEqual([7, 8]);
    }
    expect(() => best.dotF64(x, y.subarray(1))).toThrow(JitError);
  });

  test.skipIf(cpu.avx512f)("asking for avx512 on a CPU without it throws EFEATURE (runs only without AVX-512)", () => {
    let err: unknown;
    try {
      compileKernel("sum/f64", "avx512");
    } catch (e) {
      err = e;
    }
    expect((err as JitError).code).toBe("EFEATURE");
    expect(() => createKernels({ variant: "avx512" })).toThrow(JitError);
  });

  test("every unroll factor gives the same answers (sum, dot)", () => {
    const r = rng(5);
    const x = new Float64Array(203).map(() => r() * 4 - 2).subarray(1);
    const y = new Float64Array(202).map(() => r() * 4 - 2);
    let s = 0, d = 0;
    for (let i = 0; i < x.length; i++) (s += x[i]!), (d += x[i]! * y[i]!);
    for (const v of KERNEL_VARIANTS.filter((v) => variantUnavailable(v) === null)) {
      for (const u of [1, 2, 4, 8] as const) {
        expect(compileKernel("sum/f64", v, { unroll: u })(x, x.length)).toBeCloseTo(s, 10);
        // 8 accumulators + 8 loaded vectors + 8 products do not fit 16 registers without FMA
        if (u === 8 && v !== "avx2" && v !== "avx512") expect(jitErrorCode(() => compileKernel("dot/f64", v, { unroll: u }))).toBe("EARGS");
        else expect(compileKernel("dot/f64", v, { unroll: u })(x, y, x.length)).toBeCloseTo(d, 10);
      }
    }
    expect(jitErrorCode(() => compileKernel("sum/i32", "sse2", { unroll: 8 }))).toBe("EARGS");
    // @ts-expect-error unroll 3 is not an unroll factor (1, 2, 4, 8): the runtime check says EARGS
    expect(jitErrorCode(() => compileKernel("sum/f64", "sse2", { unroll: 3 }))).toBe("EARGS");
  });

  test("every kernel id has a generator in each of its variants", () => {
    for (const id of KERNEL_IDS) expect(kernelVariants(id).length).toBeGreaterThanOrEqual(3);
  });
});
