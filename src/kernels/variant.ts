/**
 * variant.ts — the implementation of each kernel variant: `withFloatVec`
 * and `withIntVec` build the `Vec` of a (variant, element type) pair —
 * legacy.ts for scalar/sse2, wide.ts for avx2/avx512, elem.ts for the scalar
 * element ops — and run a generator body with it. Holds no instructions of
 * its own and no kernel logic.
 */
import type { Assembler } from "../x64/assembler.ts";
import type { MemBase } from "../x64/operands.ts";
import { elemF32, elemF64, type Elem } from "./elem.ts";
import { LegacyFloatVec, LegacyVec, packedIsa, scalarIsa } from "./legacy.ts";
import type { FloatBody, IntBody, KernelVariant } from "./vec.ts";
import { WideFloatVec, WideVec, wideIsa } from "./wide.ts";

/**
 * Run `body` with the float vocabulary of `variant` at `dtype`.
 * @example withFloatVec(a, "avx512", "f32", (v) => v.zero(v.r(0))) // vxorps xmm0, xmm0, xmm0
 */
export function withFloatVec<T>(a: Assembler, variant: KernelVariant, dtype: "f64" | "f32", body: FloatBody<T>): T {
  const vex = variant === "avx2" || variant === "avx512";
  return dtype === "f64" ? floatVec(a, variant, dtype, elemF64(a, vex), body) : floatVec(a, variant, dtype, elemF32(a, vex), body);
}

function floatVec<E extends MemBase, T>(a: Assembler, variant: KernelVariant, dtype: "f64" | "f32", s: Elem<E>, body: FloatBody<T>): T {
  switch (variant) {
    case "scalar":
      return body(new LegacyFloatVec(a, "scalar", dtype, scalarIsa(s), s));
    case "sse2":
      return body(new LegacyFloatVec(a, "sse2", dtype, packedIsa(a, dtype), s));
    case "avx2":
      return body(new WideFloatVec(a, dtype, wideIsa(a, 32), s));
    case "avx512":
      return body(new WideFloatVec(a, dtype, wideIsa(a, 64), s));
  }
}

/**
 * Run `body` with the packed int32 vocabulary of `variant` (no scalar variant: scalar int code is plain GP code).
 * @example withIntVec(a, "avx2", (v) => v.op("add", v.r(0), v.r(0), v.r(1))) // vpaddd ymm0, ymm0, ymm1
 */
export function withIntVec<T>(a: Assembler, variant: Exclude<KernelVariant, "scalar">, body: IntBody<T>): T {
  switch (variant) {
    case "sse2":
      return body(new LegacyVec(a, "sse2", "i32", packedIsa(a, "i32")));
    case "avx2":
      return body(new WideVec(a, "i32", wideIsa(a, 32)));
    case "avx512":
      return body(new WideVec(a, "i32", wideIsa(a, 64)));
  }
}
