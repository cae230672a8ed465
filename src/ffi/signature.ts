/**
 * signature.ts — the signature model of a JIT'd function, mirroring bun:ffi's
 * declaration form `{ args: [...], returns: ... }` (type names as strings or
 * FFIType values), its validation (ESIGNATURE, before any memory is touched),
 * and the TypeScript types that turn a signature into a JS function type.
 *
 * Shared by fromBytes/toFunction (callable.ts), the assembler's compile() and
 * the ABI function builder. Holds no memory or call logic.
 */
import { FFIType, type Pointer } from "bun:ffi";
import { JitError } from "../core/errors.ts";
import { describeValue } from "../os/describe.ts";

/** Type names accepted in a signature (bun:ffi's names, minus napi_* and buffer_length). */
export const TYPE_NAMES = {
  char: FFIType.char,
  int8_t: FFIType.int8_t,
  i8: FFIType.int8_t,
  uint8_t: FFIType.uint8_t,
  u8: FFIType.uint8_t,
  int16_t: FFIType.int16_t,
  i16: FFIType.int16_t,
  uint16_t: FFIType.uint16_t,
  u16: FFIType.uint16_t,
  int32_t: FFIType.int32_t,
  i32: FFIType.int32_t,
  int: FFIType.int32_t,
  uint32_t: FFIType.uint32_t,
  u32: FFIType.uint32_t,
  int64_t: FFIType.int64_t,
  i64: FFIType.int64_t,
  uint64_t: FFIType.uint64_t,
  u64: FFIType.uint64_t,
  usize: FFIType.uint64_t,
  i64_fast: FFIType.i64_fast,
  u64_fast: FFIType.u64_fast,
  double: FFIType.double,
  f64: FFIType.double,
  float: FFIType.float,
  f32: FFIType.float,
  bool: FFIType.bool,
  ptr: FFIType.ptr,
  pointer: FFIType.ptr,
  function: FFIType.ptr,
  callback: FFIType.ptr,
  void: FFIType.void,
  cstring: FFIType.cstring,
  buffer: FFIType.buffer,
} as const;

/** A type name such as "i32", "f64", "ptr". */
export type TypeName = keyof typeof TYPE_NAMES;
/** An argument type: a name or an FFIType value. */
export type ArgType = TypeName | FFIType;
/** A return type: a name or an FFIType value ("buffer" is not allowed here). */
export type ReturnType = ArgType;

/** What fromBytes / toFunction / compile accept. `args` defaults to [], `returns` to "void". */
export interface Signature {
  readonly args?: readonly ArgType[];
  readonly returns?: ReturnType;
}

/** A validated signature: canonical FFIType numbers, frozen. */
export interface NormalizedSignature {
  readonly args: readonly FFIType[];
  readonly returns: FFIType;
  /** Canonical text key, equal for equal signatures, e.g. "5,9>9". */
  readonly key: string;
}

/** Most arguments bun:ffi's CFunction accepts (measured on Bun 1.4.5: 32). */
export const MAX_ARGS = 32;

/** Any TypedArray. */
export type TypedArray =
  | Int8Array | Uint8Array | Uint8ClampedArray | Int16Array | Uint16Array | Int32Array | Uint32Array
  | Float32Array | Float64Array | BigInt64Array | BigUint64Array;

type Canon<T> = T extends TypeName ? (typeof TYPE_NAMES)[T] : T;

type Num =
  | FFIType.char | FFIType.int8_t | FFIType.uint8_t | FFIType.int16_t | FFIType.uint16_t
  | FFIType.int32_t | FFIType.uint32_t | FFIType.double | FFIType.float;
type Big = FFIType.int64_t | FFIType.uint64_t;
type Fast = FFIType.i64_fast | FFIType.u64_fast;

/** The JS value a parameter of type T accepts. */
export type JsArg<T> =
  Canon<T> extends Num ? number
  : Canon<T> extends Big ? number | bigint
  : Canon<T> extends Fast ? number | bigint
  : Canon<T> extends FFIType.bool ? boolean
  : Canon<T> extends FFIType.ptr ? TypedArray | ArrayBuffer | DataView | Pointer | number | null
  : Canon<T> extends FFIType.cstring ? TypedArray | Pointer | number | null
  : Canon<T> extends FFIType.buffer ? TypedArray | DataView
  : never;

/** The JS value a function returning T gives back. */
export type JsReturn<T> =
  Canon<T> extends Num ? number
  : Canon<T> extends Big ? bigint
  : Canon<T> extends Fast ? number | bigint
  : Canon<T> extends FFIType.bool ? boolean
  : Canon<T> extends FFIType.ptr ? number | null
  : Canon<T> extends FFIType.cstring ? string | null
  : Canon<T> extends FFIType.void ? undefined
  : never;

/** Parameter tuple of signature S. */
export type JsArgs<S extends Signature> = S extends { readonly args: infer A extends readonly ArgType[] }
  ? { -readonly [K in keyof A]: JsArg<A[K]> }
  : [];

/** Return type of signature S. */
export type JsResult<S extends Signature> = S extends { readonly returns: infer R extends ReturnType } ? JsReturn<R> : undefined;

/**
 * The JS function type a signature describes.
 * @example type Add = JsFunction<{ args: ["i32", "f64"]; returns: "f64" }> // (a: number, b: number) => number
 */
export type JsFunction<S extends Signature> = (...args: JsArgs<S>) => JsResult<S>;

const VALID = new Set<number>(Object.values(TYPE_NAMES));
const NAMES_BY_CODE = new Map<number, string>();
for (const [k, v] of Object.entries(TYPE_NAMES)) if (!NAMES_BY_CODE.has(v)) NAMES_BY_CODE.set(v, k);
const PREFERRED: Record<number, string> = {
  [FFIType.int8_t]: "i8", [FFIType.uint8_t]: "u8", [FFIType.int16_t]: "i16", [FFIType.uint16_t]: "u16",
  [FFIType.int32_t]: "i32", [FFIType.uint32_t]: "u32", [FFIType.int64_t]: "i64", [FFIType.uint64_t]: "u64",
  [FFIType.double]: "f64", [FFIType.float]: "f32",
};

/** The short name of an FFIType value ("i32", "f64", "ptr"...). @example typeName(FFIType.double) // "f64" */
export function typeName(t: FFIType): string {
  if (typeof t !== "number") return `FFIType(${describeValue(t)})`;
  return PREFERRED[t] ?? NAMES_BY_CODE.get(t) ?? `FFIType(${t})`;
}

function canon(t: unknown, where: string): FFIType {
  if (typeof t === "string") {
    if (Object.hasOwn(TYPE_NAMES, t)) return TYPE_NAMES[t as TypeName];
  } else if (typeof t === "number" && VALID.has(t)) {
    return t as FFIType;
  }
  const shown = describeValue(t);
  throw new JitError(
    "ESIGNATURE",
    `${where}: unknown type ${shown}; expected one of ${Object.keys(TYPE_NAMES).join(", ")} (or an FFIType value)`,
  );
}

/** Per signature object: its normalized form plus a copy of what it said, to detect later mutation. */
const cache = new WeakMap<object, { n: NormalizedSignature; args: readonly unknown[]; returns: unknown }>();

function sameAsCached(sig: Signature, c: { args: readonly unknown[]; returns: unknown }): boolean {
  const a: unknown = sig.args ?? [];
  if (c.returns !== sig.returns || !Array.isArray(a) || a.length !== c.args.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== c.args[i]) return false;
  return true;
}

/**
 * Validate a signature and resolve its type names to FFIType values.
 *
 * @example normalizeSignature({ args: ["i64"], returns: "i64" }) // { args: [FFIType.int64_t], returns: FFIType.int64_t }
 * @throws JitError ESIGNATURE for a non-object, unknown type names, "void" arguments, "buffer" returns, more than 32 arguments
 */
export function normalizeSignature(sig: Signature): NormalizedSignature {
  if (typeof sig !== "object" || sig === null) {
    throw new JitError("ESIGNATURE", `a signature is an object like { args: ["i32"], returns: "i32" }; got ${describeValue(sig)}`);
  }
  const hit = cache.get(sig);
  if (hit !== undefined && sameAsCached(sig, hit)) return hit.n;
  const rawArgs: unknown = sig.args ?? [];
  if (!Array.isArray(rawArgs)) throw new JitError("ESIGNATURE", `signature "args" must be an array of type names`);
  if (rawArgs.length > MAX_ARGS) {
    throw new JitError("ESIGNATURE", `signature has ${rawArgs.length} arguments; bun:ffi supports at most ${MAX_ARGS}`);
  }
  const args = rawArgs.map((a: unknown, i: number) => {
    const t = canon(a, `signature argument ${i + 1}`);
    if (t === FFIType.void) throw new JitError("ESIGNATURE", `signature argument ${i + 1}: "void" is only a return type`);
    return t;
  });
  const returns = canon(sig.returns ?? "void", "signature return type");
  if (returns === FFIType.buffer) {
    throw new JitError("ESIGNATURE", `signature return type: "buffer" cannot be returned (its length is unknown); use "ptr"`);
  }
  // not frozen: Object.freeze costs ~1 µs here, more than the whole allocation
  const n: NormalizedSignature = { args, returns, key: `${args.join(",")}>${returns}` };
  cache.set(sig, { n, args: [...rawArgs], returns: sig.returns });
  return n;
}

/** "(i64, f64) -> i32" @example formatSignature(normalizeSignature({ args: ["i32"], returns: "f64" })) */
export function formatSignature(sig: NormalizedSignature): string {
  return `(${sig.args.map(typeName).join(", ")}) -> ${typeName(sig.returns)}`;
}
