/**
 * test/bench/kernels.test.ts — correctness (never timing) of every kernel variant in bench/kernels/registry.ts:
 * plain JS, WebAssembly scalar/SIMD128, bun:ffi cc, and bunjit's once added. Small and awkward lengths (0, tails
 * around the vector widths), an unaligned start, and a check that the checker itself rejects wrong answers.
 * Run alone: bun test test/bench
 */
import { describe, expect, test } from "bun:test";
import { BenchCheckError, check } from "../../bench/lib/harness.ts";
import { bunjitKernels } from "../../bench/kernels/bunjit.ts";
import {
  COMBOS,
  type KernelInput,
  KernelCheckError,
  checkResult,
  kernelVariants,
  makeInput,
  newArray,
  reference,
  variantsOf,
} from "../../bench/kernels/registry.ts";
import { watSource } from "../../bench/kernels/wasm.ts";

const LENGTHS = [0, 1, 2, 3, 4, 7, 8, 15, 16, 17, 31, 32, 33, 63, 64, 65, 100, 129, 1000, 4099];

/** The same data, but starting one element into a larger buffer (not 16- or 32-byte aligned). */
function shifted(input: KernelInput): KernelInput {
  const move = <A extends KernelInput["x"]>(a: A): A => {
    const big = newArray(input.dtype, a.length + 1) as A;
    big.set(a as never, 1);
    return big.subarray(1) as A;
  };
  return { ...input, x: move(input.x), y: input.y ? move(input.y) : null };
}

describe("kernel competitors", () => {
  test("every kernel/dtype combination has a js baseline and wasm, wasm-simd and cc variants", () => {
    for (const { kernel, dtype } of COMBOS) {
      const names = variantsOf(kernel, dtype).map((v) => v.variant);
      expect(names[0]).toBe("js");
      expect(names).toContain("wasm");
      expect(names).toContain("wasm-simd");
      expect(names).toContain("cc");
    }
  });

  test("bunjit's extension point is a list", () => {
    expect(Array.isArray(bunjitKernels)).toBe(true);
  });

  for (const v of kernelVariants) {
    const label = `${v.kernel} ${v.dtype} ${v.variant}`;
    test(`${label} matches the reference`, () => {
      const why = v.unavailable?.() ?? null;
      if (why !== null) {
        console.log(`skip ${label}: ${why}`);
        return;
      }
      for (const n of LENGTHS) {
        const input = makeInput(v.kernel, v.dtype, n);
        checkResult(`${label} n=${n}`, input, v.make(input)(), reference(makeInput(v.kernel, v.dtype, n)));
      }
      const input = shifted(makeInput(v.kernel, v.dtype, 37));
      checkResult(`${label} n=37 unaligned`, input, v.make(input)(), reference(makeInput(v.kernel, v.dtype, 37)));
    });
  }

  test("repeated calls keep giving the answer (no state left behind by a call)", () => {
    for (const v of kernelVariants) {
      if (v.kernel === "saxpy" || (v.unavailable?.() ?? null) !== null) continue; // saxpy accumulates by design
      const input = makeInput(v.kernel, v.dtype, 77);
      const fn = v.make(input);
      const want = reference(makeInput(v.kernel, v.dtype, 77));
      for (let k = 0; k < 3; k++) checkResult(`${v.kernel} ${v.dtype} ${v.variant} call ${k}`, input, fn(), want);
    }
  });

  test("the checker rejects wrong answers", () => {
    const sum = makeInput("sum", "f64", 100);
    const want = reference(sum) as number;
    expect(() => checkResult("sum", sum, want + 0.125, want)).toThrow(KernelCheckError);
    const mm = makeInput("minmax", "i32", 10);
    expect(() => checkResult("minmax", mm, [0, 0], reference(mm))).toThrow(KernelCheckError);
    const sx = makeInput("saxpy", "f32", 10);
    expect(() => checkResult("saxpy", sx, sx.y!, reference(sx))).toThrow(KernelCheckError); // y not updated
    expect(() => checkResult("find", makeInput("find", "u8", 10), 8, 9)).toThrow(KernelCheckError);
    expect(() => check("x", 1, 2)).toThrow(BenchCheckError);
    expect(() => check("x", 1.0001, 1, { rtol: 1e-6 })).toThrow(BenchCheckError);
    check("x", 1.0000001, 1, { rtol: 1e-6 });
  });

  test("inputs are deterministic and find's needle sits at the end", () => {
    expect(makeInput("dot", "f32", 50).y).toEqual(makeInput("dot", "f32", 50).y);
    const f = makeInput("find", "u8", 1000);
    expect(f.x.indexOf(f.needle)).toBe(999);
  });

  test("the WAT modules export every kernel", () => {
    for (const { kernel, dtype } of COMBOS) {
      expect(watSource.scalar).toContain(`"${kernel}_${dtype}"`);
      expect(watSource.simd).toContain(`"${kernel}_${dtype}"`);
    }
  });
});
