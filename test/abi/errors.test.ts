/**
 * errors.test.ts — every way the ABI layer refuses: bad signatures
 * (ESIGNATURE), calls with the wrong number or kind of arguments (EARGS),
 * calling-convention violations (EABI), bad pointers (EPOINTER), unknown
 * symbols (ESYSCALL), finishing a body by hand (ESTATE). Each error is a
 * JitError with its code, raised before any code is made executable.
 */
import { describe, expect, test } from "bun:test";
import { jit } from "../../src/abi/jit.ts";
import { native } from "../../src/abi/target.ts";
import { isJitError, type JitErrorCode } from "../../src/core/errors.ts";
import type { Signature } from "../../src/ffi/signature.ts";
import { qword } from "../../src/x64/operands.ts";
import { al, eax, rbp, rdi, xmm0, ymm0 } from "../../src/x64/registers.ts";

function code(fn: () => unknown): JitErrorCode | string {
  try {
    fn();
  } catch (e) {
    return isJitError(e) ? e.code : `not a JitError: ${String(e)}`;
  }
  return "no error";
}

const abs = native("abs", { args: ["i32"], returns: "i32" });

describe("ESIGNATURE", () => {
  test("unknown type names, void arguments, non-objects", () => {
    expect(code(() => jit.function({ args: ["int128"] } as unknown as Signature, () => {}))).toBe("ESIGNATURE");
    expect(code(() => jit.function({ args: ["void"] }, () => {}))).toBe("ESIGNATURE");
    expect(code(() => jit.function({ returns: "complex" } as unknown as Signature, () => {}))).toBe("ESIGNATURE");
    expect(code(() => jit.function(null as unknown as Signature, () => {}))).toBe("ESIGNATURE");
    expect(code(() => native("abs", { args: ["nope"] } as unknown as Signature))).toBe("ESIGNATURE");
    expect(code(() => jit.function({}, (f) => void f.callback(() => 0, { args: ["bad"] } as unknown as Signature)))).toBe("ESIGNATURE");
    expect(code(() => jit.function({}, (f) => void f.call(abs, [1], { signature: { returns: "bad" } as unknown as Signature })))).toBe("ESIGNATURE");
  });
});

describe("EARGS", () => {
  test("calls with too few or too many arguments for the callee's signature", () => {
    expect(code(() => jit.function({}, (f) => void f.call(abs, [])))).toBe("EARGS");
    expect(code(() => jit.function({}, (f) => void f.call(abs, [1, 2])))).toBe("EARGS");
    const two = jit.function({ args: ["i32", "i32"], returns: "i32" }, (f, [x]) => f.ret(x));
    expect(code(() => jit.function({}, (f) => void f.call(two, [1])))).toBe("EARGS");
    const printf = native("printf", { args: ["ptr"], returns: "i32", variadic: true });
    expect(code(() => jit.function({}, (f) => void f.call(printf, [])))).toBe("EARGS");
    expect(code(() => jit.build({}, (f) => void f.call(printf, [f.cstring("%d %d"), 1, 2])))).toBe("no error");
  });
  test("values a type cannot take", () => {
    expect(code(() => jit.function({}, (f) => void f.call(abs, [xmm0])))).toBe("EARGS");
    expect(code(() => jit.function({}, (f) => void f.call(abs, [1.5])))).toBe("EARGS");
    expect(code(() => jit.function({}, (f) => void f.call(abs, [null as never])))).toBe("EARGS");
    expect(code(() => jit.function({ returns: "f64" }, (f) => f.ret(al)))).toBe("EARGS");
    expect(code(() => jit.function({ returns: "i32" }, (f) => f.ret(ymm0)))).toBe("EARGS"); // only an xmm double truncates to an integer
    expect(code(() => jit.function({}, (f) => void f.call("abs", [ymm0])))).toBe("EARGS");
    expect(code(() => jit.function({}, (f) => void f.call(abs, "1" as never)))).toBe("EARGS");
  });
  test("targets that are not callable", () => {
    expect(code(() => jit.function({}, (f) => void f.call((() => 1) as never, [])))).toBe("EARGS");
    expect(code(() => jit.function({}, (f) => void f.call(eax as never, [])))).toBe("EARGS");
    expect(code(() => jit.function({}, (f) => void f.call({} as never, [])))).toBe("EARGS");
    expect(code(() => jit.function({}, "body" as never))).toBe("EARGS");
  });
});

describe("EABI", () => {
  test("a value returned from a void function", () => {
    expect(code(() => jit.function({ returns: "void" }, (f) => f.ret(1)))).toBe("EABI");
  });
  test("rbp as a register in a function that needs a frame pointer", () => {
    expect(code(() => jit.function({}, (f) => {
      f.local(8);
      f.a.mov(rbp, rdi);
    }))).toBe("EABI");
    expect(code(() => jit.build({}, (f) => void f.a.mov(rbp, rdi)))).toBe("no error"); // a leaf: rbp is just saved
  });
  test("bad locals", () => {
    expect(code(() => jit.function({}, (f) => void f.local(8, 32)))).toBe("EABI");
    expect(code(() => jit.function({}, (f) => void f.local(0)))).toBe("EABI");
    expect(code(() => jit.function({}, (f) => void f.local(8, 3)))).toBe("EABI");
  });
  test("keeping the register the result comes back in", () => {
    expect(code(() => jit.function({}, (f) => void f.call(abs, [1], { keep: [eax] })))).toBe("EABI");
    expect(code(() => jit.function({}, (f) => void f.call(abs, [1], { keep: [ymm0] })))).toBe("EABI");
  });
});

describe("EPOINTER, ESYSCALL, ESTATE", () => {
  test("bad addresses", () => {
    expect(code(() => jit.function({}, (f) => void f.call(0, [])))).toBe("EPOINTER");
    expect(code(() => native(-8))).toBe("EPOINTER");
    expect(code(() => native(2 ** 60))).toBe("EPOINTER");
  });
  test("unknown symbols", () => {
    expect(code(() => jit.function({}, (f) => void f.call("bunjit_no_such_symbol", [])))).toBe("ESYSCALL");
    expect(code(() => native("bunjit_no_such_symbol"))).toBe("ESYSCALL");
  });
  test("finishing a body by hand", () => {
    expect(code(() => jit.function({}, (f) => void f.a.finish()))).toBe("ESTATE");
  });
  test("assembler errors inside the body keep their codes", () => {
    expect(code(() => jit.function({}, (f) => void f.a.emit("mov", qword(rdi), qword(rdi))))).toBe("EOPERAND");
    expect(code(() => jit.function({}, (f) => void f.text("mov eax,")))).toBe("ESYNTAX");
    expect(code(() => jit.function({}, (f) => void f.a.jmp(f.label("never"))))).toBe("ELABEL");
  });
});
