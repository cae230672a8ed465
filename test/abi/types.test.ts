/**
 * types.test.ts — the type-level view of the function builder: argument
 * operands typed by position (Gp64 / Gp32 / Xmm / stack memory, System V
 * counting), typed call results from NativeFunction and f.callback
 * signatures, and the JS function type of the result. Each `@ts-expect-error`
 * is paired with the runtime error of the same call.
 */
import { describe, expect, test } from "bun:test";
import { jit } from "../../src/abi/jit.ts";
import { native } from "../../src/abi/target.ts";
import type { ArgOperands, CallResultOf } from "../../src/abi/types.ts";
import { isJitError } from "../../src/core/errors.ts";
import type { Mem16, Mem32, Mem64, Mem8 } from "../../src/x64/operands.ts";
import type { Gp32, Gp64, Xmm } from "../../src/x64/registers.ts";

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const assertType = <T extends true>(_?: T) => {};

describe("argument operand types", () => {
  test("registers by class and width, then stack slots", () => {
    assertType<Equal<ArgOperands<{ args: ["ptr", "u32", "f64", "bool"] }>, [Gp64, Gp32, Xmm, Gp32]>>();
    type Seven = ArgOperands<{ args: ["i64", "i64", "i64", "i64", "i64", "i64", "i32", "f32", "u8", "i16"] }>;
    assertType<Equal<Seven, [Gp64, Gp64, Gp64, Gp64, Gp64, Gp64, Mem32, Xmm, Mem8, Mem16]>>();
    type Nine = ArgOperands<{ args: ["f64", "f64", "f64", "f64", "f64", "f64", "f64", "f64", "f64", "f32", "i64"] }>;
    assertType<Equal<Nine, [Xmm, Xmm, Xmm, Xmm, Xmm, Xmm, Xmm, Xmm, Mem64, Mem32, Gp64]>>();
    assertType<Equal<ArgOperands<{}>, []>>();
    expect(true).toBe(true);
  });
  test("call result registers", () => {
    assertType<Equal<CallResultOf<{ returns: "f32" }>, Xmm>>();
    assertType<Equal<CallResultOf<{ returns: "u64" }>, Gp64>>();
    assertType<Equal<CallResultOf<{ returns: "i16" }>, Gp32>>();
    assertType<Equal<CallResultOf<{ returns: "void" }>, undefined>>();
    const abs = native("abs", { args: ["i32"], returns: "i32" });
    jit.build({ args: ["i32"], returns: "i32" }, (f, [x]) => {
      const r = f.call(abs, [x]);
      assertType<Equal<typeof r, Gp32>>();
      const cb = f.callback(() => 1.5, { returns: "f64" });
      const d = f.call(cb, []);
      assertType<Equal<typeof d, Xmm>>();
      const v = f.call("abs", [x], { signature: { args: ["i32"], returns: "void" } });
      assertType<Equal<typeof v, undefined>>();
      f.ret(r);
    });
  });
  test("a 64-bit and a 32-bit argument cannot be added (type error and EOPERAND)", () => {
    let err: unknown;
    try {
      jit.build({ args: ["i64", "i32"], returns: "i64" }, (f, [x, y]) => {
        // @ts-expect-error rdi + esi: no form of add takes r64, r32
        f.a.add(x, y);
      });
    } catch (e) {
      err = e;
    }
    expect(isJitError(err, "EOPERAND")).toBe(true);
  });
  test("the JS function's type follows the signature", () => {
    const g = jit.function({ args: ["i64", "f64"], returns: "f64" }, (f, [, y]) => f.ret(y));
    assertType<Equal<ReturnType<typeof g>, number>>();
    assertType<Equal<Parameters<typeof g>, [number | bigint, number]>>();
    expect(g(1n, 2.5)).toBe(2.5);
  });
});
