/** signature.test.ts — signature validation (ESIGNATURE) and the JS types a signature infers. */
import { FFIType } from "bun:ffi";
import { expect, test } from "bun:test";
import { formatSignature, MAX_ARGS, normalizeSignature, type JsFunction } from "../../src/ffi/signature.ts";
import { fromBytes } from "../../src/ffi/callable.ts";
import { CodeAllocator } from "../../src/memory/allocator.ts";
import { JitError } from "../../src/core/errors.ts";

function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof JitError) return e.code;
    throw e;
  }
  return "no error";
}

test("names and FFIType values normalize to the same canonical form", () => {
  const a = normalizeSignature({ args: ["i32", "f64", "ptr", "i64_fast"], returns: "u64" });
  const b = normalizeSignature({ args: [FFIType.int32_t, FFIType.double, FFIType.pointer, FFIType.i64_fast], returns: FFIType.uint64_t });
  expect(a.args).toEqual(b.args);
  expect(a.returns).toBe(b.returns);
  expect(a.key).toBe(b.key);
  expect(formatSignature(a)).toBe("(i32, f64, ptr, i64_fast) -> u64");
  expect(normalizeSignature({}).returns).toBe(FFIType.void);
  expect(normalizeSignature({}).args).toEqual([]);
});

test("a mutated signature object is normalized again", () => {
  const sig: { args: string[]; returns: string } = { args: ["i32"], returns: "i32" };
  expect(normalizeSignature(sig as never).args).toEqual([FFIType.int32_t]);
  sig.args[0] = "f64";
  expect(normalizeSignature(sig as never).args).toEqual([FFIType.double]);
});

test("ESIGNATURE: unknown names, void arguments, buffer returns, too many arguments, non-objects", () => {
  expect(codeOf(() => normalizeSignature({ args: ["i33" as "i32"] }))).toBe("ESIGNATURE");
  expect(() => normalizeSignature({ args: ["i32", "i33" as "i32"] })).toThrow(/argument 2: unknown type "i33"/);
  expect(codeOf(() => normalizeSignature({ args: [99 as FFIType] }))).toBe("ESIGNATURE");
  expect(codeOf(() => normalizeSignature({ args: ["napi_env" as "i32"] }))).toBe("ESIGNATURE");
  expect(codeOf(() => normalizeSignature({ args: ["void"] }))).toBe("ESIGNATURE");
  expect(codeOf(() => normalizeSignature({ returns: "buffer" }))).toBe("ESIGNATURE");
  expect(codeOf(() => normalizeSignature({ returns: "float64" as "f64" }))).toBe("ESIGNATURE");
  expect(codeOf(() => normalizeSignature({ args: Array(MAX_ARGS + 1).fill("i32") }))).toBe("ESIGNATURE");
  expect(codeOf(() => normalizeSignature(null as never))).toBe("ESIGNATURE");
  expect(codeOf(() => normalizeSignature({ args: "i32" as never }))).toBe("ESIGNATURE");
  expect(normalizeSignature({ args: Array(MAX_ARGS).fill("i32") }).args.length).toBe(MAX_ARGS);
});

test("a bad signature is rejected before any memory is touched", () => {
  const a = new CodeAllocator();
  expect(codeOf(() => fromBytes([0xc3], { args: ["nope" as "i32"] }, { allocator: a }))).toBe("ESIGNATURE");
  expect(a.stats().chunks).toBe(0);
  expect(a.stats().blocks).toBe(0);
});

test("type inference: parameters and results follow the signature", () => {
  type Add = JsFunction<{ args: ["i32", "f64"]; returns: "f64" }>;
  const add: Add = (a, b) => a + b;
  expect(add(1, 2.5)).toBe(3.5);

  type P = JsFunction<{ args: ["ptr", "i64", "bool"]; returns: "i64" }>;
  const p: P = (_p, x, _b) => BigInt(x);
  expect(p(new Uint8Array(4), 2n, true)).toBe(2n);
  expect(p(null, 2, false)).toBe(2n);
  expect(p(new ArrayBuffer(8), 1, true)).toBe(1n);
  // @ts-expect-error a string is not a pointer
  expect(p("s", 1, true)).toBe(1n);

  type F = JsFunction<{ args: [FFIType.i64_fast]; returns: "i64_fast" }>;
  const f: F = (x) => x;
  const r: number | bigint = f(5);
  expect(r).toBe(5);

  type V = JsFunction<{ returns: "void" }>;
  const v: V = () => undefined;
  expect(v()).toBeUndefined();

  type U = JsFunction<{ args: ["u32"]; returns: "u64" }>;
  // @ts-expect-error a u64 result is a bigint, not a number
  const u: U = (x: number) => x;
  expect(u(1) as unknown).toBe(1);
});
