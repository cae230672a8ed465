/**
 * assign.test.ts — argument assignment as data: System V and Win64 register
 * and stack locations for mixed integer / float lists, shadow space, value
 * kinds, and the convention tables themselves. Nothing here runs machine code.
 */
import { FFIType } from "bun:ffi";
import { describe, expect, test } from "bun:test";
import { assignArguments, returnRegister, valueKind } from "../../src/abi/assign.ts";
import { sysv, win64 } from "../../src/abi/calling-convention.ts";
import { isJitError } from "../../src/core/errors.ts";

const I = FFIType.int64_t, D = FFIType.double, F = FFIType.float, P = FFIType.ptr, W = FFIType.int32_t;
const where = (l: { kind: string; reg?: { name: string }; offset?: number }) => (l.kind === "reg" ? l.reg!.name : `[${l.offset}]`);

describe("System V", () => {
  test("six integer registers, eight float registers, then the stack in order", () => {
    const types = [I, D, I, D, I, D, I, D, I, D, I, D, I, D, D, D, D, I];
    const a = assignArguments(sysv, types);
    expect(a.locations.map(where)).toEqual([
      "rdi", "xmm0", "rsi", "xmm1", "rdx", "xmm2", "rcx", "xmm3", "r8", "xmm4", "r9", "xmm5", "[0]", "xmm6", "xmm7", "[8]", "[16]", "[24]",
    ]);
    expect(a.stackBytes).toBe(32);
    expect(a.intRegs).toBe(6);
    expect(a.floatRegs).toBe(8);
  });
  test("12 integers: 6 in registers, 6 on the stack at 8-byte slots", () => {
    const a = assignArguments(sysv, Array(12).fill(W));
    expect(a.locations.map(where)).toEqual(["rdi", "rsi", "rdx", "rcx", "r8", "r9", "[0]", "[8]", "[16]", "[24]", "[32]", "[40]"]);
  });
  test("12 doubles: 8 in xmm0-7, 4 on the stack", () => {
    const a = assignArguments(sysv, Array(12).fill(D));
    expect(a.locations.map(where)).toEqual(["xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm6", "xmm7", "[0]", "[8]", "[16]", "[24]"]);
    expect(a.floatRegs).toBe(8);
  });
  test("conventions' tables", () => {
    expect(sysv.calleeSavedGp.map((r) => r.name)).toEqual(["rbx", "rbp", "r12", "r13", "r14", "r15"]);
    expect(sysv.calleeSavedXmm).toEqual([]);
    expect(sysv.redZone).toBe(128);
    expect(sysv.shadowSpace).toBe(0);
    expect(returnRegister(sysv, D)!.name).toBe("xmm0");
    expect(returnRegister(sysv, P)!.name).toBe("rax");
    expect(returnRegister(sysv, FFIType.void)).toBeNull();
  });
});

describe("Win64", () => {
  test("positional slots shared between integer and float registers", () => {
    const a = assignArguments(win64, [I, D, I, D, F, I]);
    expect(a.locations.map(where)).toEqual(["rcx", "xmm1", "r8", "xmm3", "[32]", "[40]"]);
    expect(a.stackBytes).toBe(48); // 32 bytes of shadow space + 2 slots
  });
  test("no arguments still reserve the shadow space", () => {
    expect(assignArguments(win64, []).stackBytes).toBe(32);
  });
  test("12 mixed arguments", () => {
    const types = [D, D, I, I, D, I, P, F, W, D, I, D];
    const a = assignArguments(win64, types);
    expect(a.locations.map(where)).toEqual(["xmm0", "xmm1", "r8", "r9", "[32]", "[40]", "[48]", "[56]", "[64]", "[72]", "[80]", "[88]"]);
    expect(a.intRegs).toBe(2);
    expect(a.floatRegs).toBe(2);
  });
  test("tables: callee-saved rdi, rsi and xmm6-15; no red zone; variadic floats in GP", () => {
    expect(win64.calleeSavedGp.map((r) => r.name)).toEqual(["rbx", "rbp", "rdi", "rsi", "r12", "r13", "r14", "r15"]);
    expect(win64.calleeSavedXmm.map((r) => r.name)).toEqual(["xmm6", "xmm7", "xmm8", "xmm9", "xmm10", "xmm11", "xmm12", "xmm13", "xmm14", "xmm15"]);
    expect(win64.redZone).toBe(0);
    expect(win64.variadicFloatsInGp).toBe(true);
    expect(win64.variadicAl).toBe(false);
  });
});

describe("value kinds", () => {
  test("widths and signedness", () => {
    expect(valueKind(FFIType.uint32_t)).toEqual({ cls: "int", bytes: 4, signed: false, bool: false });
    expect(valueKind(FFIType.int8_t)).toEqual({ cls: "int", bytes: 1, signed: true, bool: false });
    expect(valueKind(FFIType.bool)).toEqual({ cls: "int", bytes: 1, signed: false, bool: true });
    expect(valueKind(FFIType.float)).toEqual({ cls: "float", bytes: 4, signed: false, bool: false });
    expect(valueKind(FFIType.ptr).bytes).toBe(8);
  });
  test("void is not an argument type: ESIGNATURE", () => {
    let err: unknown;
    try {
      valueKind(FFIType.void);
    } catch (e) {
      err = e;
    }
    expect(isJitError(err, "ESIGNATURE")).toBe(true);
  });
});
