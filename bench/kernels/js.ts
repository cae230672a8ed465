/**
 * bench/kernels/js.ts — the plain-JavaScript kernel competitors: the loop anyone would write ("js"), a 4-accumulator
 * unrolled loop for sum/dot ("js-x4", what a careful JS author does), the built-ins where they exist
 * (`Uint8Array.prototype.indexOf` for find: "js-indexOf"; `TypedArray.prototype.set` for copy: "js-set").
 *
 * Each `make` compiles its kernel from source with `new Function`, so every benchmark gets its own function (and
 * its own JIT profile: one element type, one array size) — the fairest case for JS. No knobs; timed by
 * bench/kernels.bench.ts, checked by test/bench/kernels.test.ts.
 */
import { type Dtype, type KernelName, type KernelVariant, newArray } from "./spec.ts";

/** Kernel bodies; parameters are (x, y, n, a, c, out). Each must return the kernel's result. */
const BODIES: Record<string, string> = {
  "sum/float/js": `let s = 0; for (let i = 0; i < n; i++) s += x[i]; return s;`,
  "sum/int/js": `let s = 0; for (let i = 0; i < n; i++) s = (s + x[i]) | 0; return s;`,
  "sum/float/js-x4": `let s0 = 0, s1 = 0, s2 = 0, s3 = 0, i = 0;
    for (; i + 4 <= n; i += 4) { s0 += x[i]; s1 += x[i + 1]; s2 += x[i + 2]; s3 += x[i + 3]; }
    for (; i < n; i++) s0 += x[i];
    return (s0 + s1) + (s2 + s3);`,
  "sum/int/js-x4": `let s0 = 0, s1 = 0, s2 = 0, s3 = 0, i = 0;
    for (; i + 4 <= n; i += 4) { s0 = (s0 + x[i]) | 0; s1 = (s1 + x[i + 1]) | 0; s2 = (s2 + x[i + 2]) | 0; s3 = (s3 + x[i + 3]) | 0; }
    for (; i < n; i++) s0 = (s0 + x[i]) | 0;
    return (((s0 + s1) | 0) + ((s2 + s3) | 0)) | 0;`,
  "dot/float/js": `let s = 0; for (let i = 0; i < n; i++) s += x[i] * y[i]; return s;`,
  "dot/float/js-x4": `let s0 = 0, s1 = 0, s2 = 0, s3 = 0, i = 0;
    for (; i + 4 <= n; i += 4) { s0 += x[i] * y[i]; s1 += x[i + 1] * y[i + 1]; s2 += x[i + 2] * y[i + 2]; s3 += x[i + 3] * y[i + 3]; }
    for (; i < n; i++) s0 += x[i] * y[i];
    return (s0 + s1) + (s2 + s3);`,
  "saxpy/float/js": `for (let i = 0; i < n; i++) y[i] += a * x[i]; return y;`,
  "minmax/float/js": `let mn = Infinity, mx = -Infinity;
    for (let i = 0; i < n; i++) { const v = x[i]; if (v < mn) mn = v; if (v > mx) mx = v; }
    out[0] = mn; out[1] = mx; return out;`,
  "minmax/int/js": `let mn = 2147483647, mx = -2147483648;
    for (let i = 0; i < n; i++) { const v = x[i]; if (v < mn) mn = v; if (v > mx) mx = v; }
    out[0] = mn; out[1] = mx; return out;`,
  "find/int/js": `for (let i = 0; i < n; i++) if (x[i] === c) return i; return -1;`,
  "find/int/js-indexOf": `return x.indexOf(c);`,
  "copy/float/js": `for (let i = 0; i < n; i++) out[i] = x[i]; return out;`,
  "copy/float/js-set": `out.set(x); return out;`,
};

function variant(kernel: KernelName, dtype: Dtype, name: string): KernelVariant {
  const cls = dtype === "f64" || dtype === "f32" ? "float" : "int";
  const body = BODIES[`${kernel}/${cls}/${name}`];
  if (body === undefined) throw new Error(`js kernels: no body for ${kernel}/${cls}/${name}`);
  return {
    kernel,
    dtype,
    variant: name,
    make(input) {
      const { x, n, a, needle } = input;
      const y = input.y;
      const out = kernel === "minmax" ? newArray(dtype === "i32" ? "i32" : "f64", 2) : kernel === "copy" ? newArray(dtype, n) : null;
      // A new function per make: its own bytecode, its own type profile, its own monomorphic call site.
      const factory = new Function("x", "y", "n", "a", "c", "out", `"use strict"; return () => { ${body} };`);
      return factory(x, y, n, a, needle, out) as () => number | ArrayLike<number>;
    },
  };
}

export const jsKernels: KernelVariant[] = [
  variant("sum", "f64", "js"),
  variant("sum", "f64", "js-x4"),
  variant("sum", "f32", "js"),
  variant("sum", "f32", "js-x4"),
  variant("sum", "i32", "js"),
  variant("sum", "i32", "js-x4"),
  variant("dot", "f64", "js"),
  variant("dot", "f64", "js-x4"),
  variant("dot", "f32", "js"),
  variant("dot", "f32", "js-x4"),
  variant("saxpy", "f64", "js"),
  variant("saxpy", "f32", "js"),
  variant("minmax", "f64", "js"),
  variant("minmax", "f32", "js"),
  variant("minmax", "i32", "js"),
  variant("find", "u8", "js"),
  variant("find", "u8", "js-indexOf"),
  variant("copy", "f64", "js"),
  variant("copy", "f64", "js-set"),
];
