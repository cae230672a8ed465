/**
 * target.ts — what JIT code can call: a C symbol (by name, resolved with
 * dlopen/dlsym, the C library by default), a raw address, a `NativeFunction`
 * (an address plus its signature, e.g. a variadic C function), a bunjit
 * function, a bun:ffi `JSCallback`, or a register / memory operand holding a
 * function pointer. Resolves them to an address or operand, a signature (when
 * one is known) and whether the callee is variadic. Emits nothing.
 */
import { JSCallback } from "bun:ffi";
import { JitError } from "../core/errors.ts";
import { info, isJitFunction } from "../ffi/callable.ts";
import { normalizeSignature, type NormalizedSignature, type Signature } from "../ffi/signature.ts";
import { describeValue } from "../os/describe.ts";
import { isAddress, libc, resolveSymbol } from "../os/libc.ts";
import { Mem } from "../x64/operands.ts";
import { Reg, RT_GP, type Gp64 } from "../x64/registers.ts";
import type { CallDestination } from "./call-out.ts";

/** A signature for calls out; `variadic: true` means arguments beyond `args` follow `...` (printf). */
export interface CallSignature extends Signature {
  readonly variadic?: boolean;
}

/**
 * A native function JIT code can call: its address, its signature (or null:
 * argument types are then inferred from the operands), and whether it is variadic.
 *
 * @example const printf = native("printf", { args: ["ptr"], returns: "i32", variadic: true });
 */
export class NativeFunction<S extends CallSignature = CallSignature> {
  /** Phantom: the signature's type, for typed results of f.call. */
  declare readonly __signature?: S;
  constructor(
    /** Code address. */
    readonly address: number,
    /** Validated signature, or null when unknown. */
    readonly signature: NormalizedSignature | null,
    /** Arguments beyond the signature's follow C's `...` rules (System V: al = vector registers used). */
    readonly variadic: boolean,
    /** Symbol name or a description, for messages. */
    readonly name: string,
  ) {}
  toString(): string {
    return `${this.name}@0x${this.address.toString(16)}`;
  }
}

/**
 * Describe a native function: a C symbol name (looked up in the C library, or
 * in `library`), or an address.
 *
 * @example
 * const abs = native("abs", { args: ["i32"], returns: "i32" });
 * jit.function({ args: ["i32"], returns: "i32" }, (f, [x]) => f.ret(f.call(abs, [x])));
 * @throws JitError ESYSCALL (unknown symbol or library), EPOINTER (bad address), ESIGNATURE
 */
export function native<const S extends CallSignature = CallSignature>(target: string | number | bigint, signature?: S, library?: string): NativeFunction<S> {
  const sig = signature === undefined ? null : normalizeSignature(signature);
  const variadic = signature?.variadic === true;
  if (typeof target === "string") {
    const address = library === undefined ? libc.symbol(target) : resolveSymbol(library, target);
    return new NativeFunction<S>(address, sig, variadic, target);
  }
  return new NativeFunction<S>(checkAddress(target), sig, variadic, `0x${(target as number).toString(16)}`);
}

function checkAddress(a: number | bigint): number {
  const n = typeof a === "bigint" && a < 2n ** 53n ? Number(a) : a;
  if (!isAddress(n)) throw new JitError("EPOINTER", `${describeValue(a)} is not a code address: expected an integer in (0, 2^47)`);
  return n;
}

/** Anything `f.call` accepts as a target. */
export type CallTarget = string | number | bigint | NativeFunction | JSCallback | Function | Gp64 | Mem;

/** A resolved target. `keep` is an object the calling function must keep alive (a bunjit function or JSCallback). */
export interface ResolvedTarget {
  destination: CallDestination;
  signature: NormalizedSignature | null;
  variadic: boolean;
  keep: object | null;
  name: string;
}

/**
 * Resolve a call target. Unknown callees (symbols, addresses, pointers in
 * registers without a signature) are treated as possibly variadic: setting al
 * costs one instruction and is ignored by non-variadic functions.
 * @throws JitError EARGS (not a target), EPOINTER, ESYSCALL, ESIGNATURE
 */
export function resolveTarget(t: CallTarget, sig: CallSignature | undefined): ResolvedTarget {
  const given = sig === undefined ? null : normalizeSignature(sig);
  const givenVariadic = sig?.variadic;
  if (t instanceof NativeFunction) {
    return { destination: { address: t.address }, signature: given ?? t.signature, variadic: givenVariadic ?? t.variadic, keep: null, name: t.name };
  }
  if (typeof t === "string") {
    return { destination: { address: libc.symbol(t) }, signature: given, variadic: givenVariadic ?? given === null, keep: null, name: t };
  }
  if (typeof t === "number" || typeof t === "bigint") {
    return { destination: { address: checkAddress(t) }, signature: given, variadic: givenVariadic ?? given === null, keep: null, name: `0x${t.toString(16)}` };
  }
  if (t instanceof JSCallback) {
    const p = t.ptr;
    if (p === null || !isAddress(p)) throw new JitError("EARGS", "call: this JSCallback is closed");
    return { destination: { address: p }, signature: given, variadic: givenVariadic ?? false, keep: t, name: "JSCallback" };
  }
  if (typeof t === "function") {
    if (!isJitFunction(t)) throw new JitError("EARGS", "call: a JS function cannot be called directly; wrap it with f.callback(fn, signature)");
    const i = info(t);
    if (i.disposed) throw new JitError("EDISPOSED", "call: this bunjit function was disposed");
    // the entry (not the first instruction): it refuses calls once the callee is disposed
    return { destination: { address: i.entry }, signature: given ?? i.signature, variadic: givenVariadic ?? false, keep: t, name: i.name };
  }
  if (t instanceof Reg) {
    if (t.type !== RT_GP || t.bits !== 64) throw new JitError("EARGS", `call: ${t.name} cannot hold a function pointer (use a 64-bit register)`);
    return { destination: { operand: t as Gp64 }, signature: given, variadic: givenVariadic ?? given === null, keep: null, name: t.name };
  }
  if (t instanceof Mem) {
    if (t.bits !== 64 && t.bits !== 0) throw new JitError("EARGS", `call: ${t} cannot hold a function pointer (use a qword)`);
    return { destination: { operand: t }, signature: given, variadic: givenVariadic ?? given === null, keep: null, name: String(t) };
  }
  throw new JitError("EARGS", `call: ${describeValue(t)} is not a call target (a symbol name, address, NativeFunction, JSCallback, bunjit function, register or memory operand)`);
}
