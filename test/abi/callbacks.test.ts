/**
 * callbacks.test.ts — calls from JIT code back into JavaScript through
 * JSCallback: a loop calling a JS function per element, callbacks returning
 * values the JIT code uses, many argument types, a callback pointer passed in
 * as a "function" argument, re-entrancy (JS → JIT → JS → JIT), and the
 * callbacks' lifetime (closed when the function is disposed).
 */
import { JSCallback } from "bun:ffi";
import { describe, expect, test } from "bun:test";
import { jit } from "../../src/abi/jit.ts";
import { isJitError } from "../../src/core/errors.ts";
import { qword } from "../../src/x64/operands.ts";
import { eax, ebx, r12, r13d, rbx } from "../../src/x64/registers.ts";

describe("callbacks into JS", () => {
  test("a loop calls a JS function for each element (f64 value, u32 index)", () => {
    const seen: [number, number][] = [];
    const each = jit.function({ args: ["ptr", "u32"], returns: "void" }, (f, [arr, n]) => {
      const cb = f.callback((x: number, i: number) => void seen.push([x, i]), { args: ["f64", "u32"], returns: "void" });
      const loop = f.label(), done = f.label();
      f.a.mov(r12, arr); // arguments live in caller-saved registers: move them to callee-saved ones
      f.a.mov(r13d, n);
      f.a.xor(ebx, ebx);
      f.a.test(r13d, r13d);
      f.a.jz(done);
      f.a.bind(loop);
      f.call(cb, [qword(r12, rbx, 8), ebx]);
      f.a.inc(ebx);
      f.a.cmp(ebx, r13d);
      f.a.jb(loop);
      f.a.bind(done);
      f.ret();
    });
    each(new Float64Array([1.5, -2, 3.25]), 3);
    expect(seen).toEqual([[1.5, 0], [-2, 1], [3.25, 2]]);
    expect(jit.resources(each)?.callbacks.length).toBe(1);
  });
  test("a callback's f64 result is used by the JIT code (sum of f(x))", () => {
    const sum = jit.function({ args: ["ptr", "u32"], returns: "f64" }, (f, [arr, n]) => {
      const sq = f.callback((x: number) => x * x, { args: ["f64"], returns: "f64" });
      const acc = f.local(8);
      const loop = f.label(), done = f.label();
      f.a.mov(r12, arr);
      f.a.mov(r13d, n);
      f.a.xor(ebx, ebx);
      f.a.mov(acc, 0);
      f.a.test(r13d, r13d);
      f.a.jz(done);
      f.a.bind(loop);
      const r = f.call(sq, [qword(r12, rbx, 8)]);
      f.a.addsd(r, acc);
      f.a.movsd(acc, r);
      f.a.inc(ebx);
      f.a.cmp(ebx, r13d);
      f.a.jb(loop);
      f.a.bind(done);
      f.ret(acc);
    });
    expect(sum(new Float64Array([1, 2, 3, 4]), 4)).toBe(30);
  });
  test("many argument types, and an i32 result", () => {
    let got: unknown[] = [];
    const g = jit.function({ args: ["i64", "f32", "bool"], returns: "i32" }, (f, [big, small, flag]) => {
      const cb = f.callback((...a: unknown[]) => {
        got = a;
        return 99;
      }, { args: ["i64", "ptr", "f32", "bool", "u8", "i16", "u64", "f64", "i32"], returns: "i32" });
      f.ret(f.call(cb, [big, 0x1000, small, flag, 255, -2, -1n, 0.125, -7]));
    });
    expect(g(-(2n ** 40n), 0.5, true)).toBe(99);
    expect(got.length).toBe(9);
    expect(BigInt(got[0] as number | bigint)).toBe(-(2n ** 40n));
    expect(Number(got[1])).toBe(0x1000);
    expect(got.slice(2, 6)).toEqual([0.5, true, 255, -2]);
    expect(BigInt(got[6] as number | bigint)).toBe(2n ** 64n - 1n);
    expect(got.slice(7)).toEqual([0.125, -7]);
  });
  test("a callback pointer passed in as a \"function\" argument, called through its register", () => {
    const apply = jit.function({ args: ["function", "f64"], returns: "f64" }, (f, [fp, x]) => {
      f.ret(f.call(fp as never, [x, 2], { signature: { args: ["f64", "i32"], returns: "f64" } }));
    });
    const cb = new JSCallback((x: number, k: number) => x * k, { args: ["f64", "i32"], returns: "f64" });
    try {
      expect(apply(cb.ptr!, 21)).toBe(42);
    } finally {
      cb.close();
    }
  });
  test("re-entrancy: JS -> JIT -> JS -> JIT", () => {
    const twice = jit.function({ args: ["i32"], returns: "i32" }, (f, [x]) => {
      f.a.mov(eax, x);
      f.a.add(eax, x);
      f.ret(eax);
    });
    const outer = jit.function({ args: ["i32"], returns: "i32" }, (f, [x]) => {
      const cb = f.callback((v: number) => twice(v) + 1, { args: ["i32"], returns: "i32" });
      f.ret(f.call(cb, [x]));
    });
    expect(outer(20)).toBe(41);
  });
  test("dispose closes the callbacks a function owns (a microtask later)", async () => {
    const g = jit.function({ returns: "i32" }, (f) => {
      f.ret(f.call(f.callback(() => 5, { returns: "i32" }), []));
    });
    expect(g()).toBe(5);
    const res = jit.resources(g)!;
    jit.dispose(g);
    await Promise.resolve();
    await Promise.resolve();
    expect(jit.resources(g)?.closed).toBe(true);
    expect(res.callbacks[0]!.ptr).toBeNull();
    let err: unknown;
    try {
      g();
    } catch (e) {
      err = e;
    }
    expect(isJitError(err, "EDISPOSED")).toBe(true);
  });
  test("`using` closes them too", async () => {
    let res: ReturnType<typeof jit.resources>;
    {
      using g = jit.function({ returns: "i32" }, (f) => {
        f.ret(f.call(f.callback(() => 6, { returns: "i32" }), []));
      });
      expect(g()).toBe(6);
      res = jit.resources(g);
    }
    await Promise.resolve();
    expect(res!.callbacks[0]!.ptr).toBeNull();
  });
  test("a body that throws closes the callbacks it made", () => {
    const close = JSCallback.prototype.close;
    let closed = 0;
    JSCallback.prototype.close = function (this: JSCallback) {
      closed++;
      close.call(this);
    };
    try {
      expect(() =>
        jit.function({ returns: "void" }, (f) => {
          f.callback(() => {}, { returns: "void" });
          f.callback(() => {}, { returns: "void" });
          throw new Error("boom");
        }),
      ).toThrow("boom");
    } finally {
      JSCallback.prototype.close = close;
    }
    expect(closed).toBe(2);
  });
});
