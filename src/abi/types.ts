/**
 * types.ts — type-level view of a function's arguments: which operand type
 * (Gp32, Gp64, Xmm, or a stack memory operand) each argument of a signature
 * arrives as under System V, computed from the signature's tuple of type
 * names. Nothing here exists at run time.
 */
import type { FFIType } from "bun:ffi";
import type { ArgType, Signature, TYPE_NAMES } from "../ffi/signature.ts";
import type { Mem16, Mem32, Mem64, Mem8 } from "../x64/operands.ts";
import type { Gp32, Gp64, Xmm } from "../x64/registers.ts";

type Canon<T> = T extends keyof typeof TYPE_NAMES ? (typeof TYPE_NAMES)[T] : T;
type Wide = FFIType.int64_t | FFIType.uint64_t | FFIType.i64_fast | FFIType.u64_fast | FFIType.ptr | FFIType.cstring | FFIType.function | FFIType.buffer;
type Float = FFIType.double | FFIType.float;
type Word = FFIType.int16_t | FFIType.uint16_t;
type Dword = FFIType.int32_t | FFIType.uint32_t;

/** The register an argument of type T arrives in: Gp64 for 64-bit integers and pointers, Gp32 for narrower integers and bool, Xmm for floats. */
export type ArgRegister<T> = Canon<T> extends Float ? Xmm : Canon<T> extends Wide ? Gp64 : Gp32;
/** The memory operand of an argument of type T passed on the stack. */
export type ArgStackSlot<T> =
  Canon<T> extends FFIType.double | Wide ? Mem64
  : Canon<T> extends FFIType.float | Dword ? Mem32
  : Canon<T> extends Word ? Mem16
  : Mem8;
/** Any argument operand. */
export type ArgOperand = Gp64 | Gp32 | Xmm | Mem64 | Mem32 | Mem16 | Mem8;

type Ops<A extends readonly unknown[], I extends 0[], F extends 0[]> =
  A extends readonly [infer H, ...infer R]
    ? Canon<H> extends Float
      ? F["length"] extends 8 ? [ArgStackSlot<H>, ...Ops<R, I, F>] : [Xmm, ...Ops<R, I, [...F, 0]>]
      : I["length"] extends 6 ? [ArgStackSlot<H>, ...Ops<R, I, F>] : [ArgRegister<H>, ...Ops<R, [...I, 0], F>]
    : A extends readonly [] ? [] : ArgOperand[];

/**
 * The operands a function body receives for signature S (System V: six
 * integer and eight float registers, the rest on the stack).
 * @example type A = ArgOperands<{ args: ["ptr", "u32", "f64"] }> // [Gp64, Gp32, Xmm]
 */
export type ArgOperands<S extends Signature> = S extends { readonly args: infer A extends readonly ArgType[] } ? Ops<A, [], []> : [];

/**
 * The register the result of a call with signature S comes back in: rax (Gp64)
 * for 64-bit integers and pointers, eax (Gp32) for narrower integers and bool,
 * xmm0 for floats, undefined for void.
 * @example type R = CallResultOf<{ returns: "f64" }> // Xmm
 */
export type CallResultOf<S extends Signature> = S extends { readonly returns: infer R }
  ? Canon<R> extends FFIType.void ? undefined : ArgRegister<R>
  : undefined;
