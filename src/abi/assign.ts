/**
 * assign.ts — argument assignment: from a signature's argument types to
 * where each argument lives at a call (a register or a stack offset), for any
 * calling convention described in calling-convention.ts. Pure data in, data
 * out: the function builder uses it for incoming arguments and for calls out,
 * and tests check it for conventions that cannot run here (Win64).
 *
 * Also classifies bun:ffi types (FFIType) into integer / floating-point kinds
 * with their width and signedness. No instruction is emitted here.
 */
import { FFIType } from "bun:ffi";
import { JitError } from "../core/errors.ts";
import type { Gp64, Xmm } from "../x64/registers.ts";
import type { CallingConvention } from "./calling-convention.ts";

/** How a value of some type travels: class, width in bytes, signedness. */
export interface ValueKind {
  /** "int" for integers, booleans and pointers; "float" for f32/f64. */
  readonly cls: "int" | "float";
  /** Significant bytes: 1, 2, 4 or 8. */
  readonly bytes: 1 | 2 | 4 | 8;
  /** True for signed integers (sign-extend when widening). */
  readonly signed: boolean;
  /** True for bool (0 or 1). */
  readonly bool: boolean;
}

const K = (cls: "int" | "float", bytes: 1 | 2 | 4 | 8, signed: boolean, bool = false): ValueKind => Object.freeze({ cls, bytes, signed, bool });
const KINDS = new Map<number, ValueKind>([
  [FFIType.char, K("int", 1, true)],
  [FFIType.int8_t, K("int", 1, true)],
  [FFIType.uint8_t, K("int", 1, false)],
  [FFIType.int16_t, K("int", 2, true)],
  [FFIType.uint16_t, K("int", 2, false)],
  [FFIType.int32_t, K("int", 4, true)],
  [FFIType.uint32_t, K("int", 4, false)],
  [FFIType.int64_t, K("int", 8, true)],
  [FFIType.uint64_t, K("int", 8, false)],
  [FFIType.i64_fast, K("int", 8, true)],
  [FFIType.u64_fast, K("int", 8, false)],
  [FFIType.bool, K("int", 1, false, true)],
  [FFIType.ptr, K("int", 8, false)],
  [FFIType.cstring, K("int", 8, false)],
  [FFIType.function, K("int", 8, false)],
  [FFIType.buffer, K("int", 8, false)],
  [FFIType.double, K("float", 8, false)],
  [FFIType.float, K("float", 4, false)],
]);

/**
 * The kind of an argument or result type.
 * @example valueKind(FFIType.uint32_t) // { cls: "int", bytes: 4, signed: false, bool: false }
 * @throws JitError ESIGNATURE for void or a type the ABI layer does not know
 */
export function valueKind(t: FFIType): ValueKind {
  const k = KINDS.get(t);
  if (k === undefined) throw new JitError("ESIGNATURE", `type ${String(t)} cannot be an argument of an ABI function`);
  return k;
}

/** Where one argument is at the call instruction. */
export type ArgLocation =
  | {
      readonly kind: "reg";
      /** 0-based argument position. */
      readonly index: number;
      readonly type: FFIType;
      readonly value: ValueKind;
      /** The register's 64-bit (GP) or xmm view. */
      readonly reg: Gp64 | Xmm;
    }
  | {
      readonly kind: "stack";
      readonly index: number;
      readonly type: FFIType;
      readonly value: ValueKind;
      /**
       * Byte offset from rsp at the call instruction (on entry to the callee:
       * rsp + 8 + offset; with a frame pointer: rbp + 16 + offset). Includes the
       * shadow space (the first Win64 stack argument is at 32).
       */
      readonly offset: number;
    };

/** The whole assignment of one argument list. */
export interface Assignment {
  readonly locations: readonly ArgLocation[];
  /** Bytes of outgoing argument area the caller reserves at [rsp]: shadow space + stack slots (a multiple of 8). */
  readonly stackBytes: number;
  /** Integer registers used. */
  readonly intRegs: number;
  /** Vector registers used (the value System V wants in al for a variadic call). */
  readonly floatRegs: number;
}

/**
 * Assign arguments to registers and stack slots following `cc`.
 *
 * @example
 * assignArguments(sysv, [FFIType.ptr, FFIType.double]).locations.map((l) => l.kind === "reg" ? l.reg.name : l.offset)
 * // ["rdi", "xmm0"]
 * @throws JitError ESIGNATURE for a type that cannot be an argument
 */
export function assignArguments(cc: CallingConvention, types: readonly FFIType[]): Assignment {
  const locations: ArgLocation[] = [];
  let ints = 0, floats = 0, slot = cc.shadowSpace;
  for (let i = 0; i < types.length; i++) {
    const type = types[i]!;
    const value = valueKind(type);
    let reg: Gp64 | Xmm | undefined;
    if (cc.sharedSlots) {
      // positional: argument i uses slot i of either class
      if (i < cc.intArgs.length) reg = value.cls === "int" ? cc.intArgs[i] : cc.floatArgs[i];
      if (reg !== undefined) value.cls === "int" ? ints++ : floats++;
    } else if (value.cls === "int") {
      if (ints < cc.intArgs.length) reg = cc.intArgs[ints++];
    } else if (floats < cc.floatArgs.length) {
      reg = cc.floatArgs[floats++];
    }
    if (reg !== undefined) {
      locations.push(Object.freeze({ kind: "reg", index: i, type, value, reg }));
    } else {
      locations.push(Object.freeze({ kind: "stack", index: i, type, value, offset: slot }));
      slot += cc.stackSlotSize;
    }
  }
  return Object.freeze({ locations: Object.freeze(locations), stackBytes: slot, intRegs: ints, floatRegs: floats });
}

/**
 * Where the result of `type` comes back: the integer or the floating-point
 * return register, or null for void.
 * @example returnRegister(sysv, FFIType.double)?.name // "xmm0"
 */
export function returnRegister(cc: CallingConvention, type: FFIType): Gp64 | Xmm | null {
  if (type === FFIType.void) return null;
  return valueKind(type).cls === "float" ? cc.floatReturn : cc.intReturn;
}
