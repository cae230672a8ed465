/** index.ts — the public barrel of bunjit: re-exports only, no logic. */
export { JitError, isJitError } from "./core/errors.ts";
export type { JitErrorCode, JitErrorDetails } from "./core/errors.ts";
// foundation
export { fromBytes, toFunction, dispose, info, codeInfo, isJitFunction } from "./ffi/callable.ts";
export type { JitFunction, CallableOptions, FromBytesOptions, CodeInfo } from "./ffi/callable.ts";
export { normalizeSignature, formatSignature, typeName, MAX_ARGS, TYPE_NAMES } from "./ffi/signature.ts";
export type { Signature, ArgType, ReturnType, TypeName, JsFunction, JsArgs, JsResult, JsArg, JsReturn, NormalizedSignature, TypedArray } from "./ffi/signature.ts";
export { CodeAllocator, CodeBlock, defaultAllocator } from "./memory/allocator.ts";
export type { AllocatorOptions, AllocOptions, AllocatorStats, MemoryMode } from "./memory/allocator.ts";
export { libc, resolveSymbol, isAddress } from "./os/libc.ts";
export { resolvePlatform } from "./os/platform.ts";
export type { PlatformInfo } from "./os/platform.ts";
