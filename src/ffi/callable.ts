/**
 * callable.ts — turns a code pointer into a JS function: fromBytes (copy bytes
 * into executable memory, then wrap), toFunction (wrap a sealed CodeBlock or a
 * raw address), info/dispose (state stored on the function under a private
 * symbol), and the lifetime rules (dispose, `using`, a FinalizationRegistry,
 * keepAlive).
 *
 * Two shapes, measured in bench/call.bench.ts and bench/create.bench.ts (docs/memory.md):
 *
 * - direct (default for code bunjit owns): the function IS the bun:ffi
 *   CFunction, with `[Symbol.dispose]` and a private-symbol entry as own
 *   properties (measured: no call slowdown). Every function keeps its own
 *   monomorphic native call path: ratio to a raw CFunction ~1.0, also when
 *   many JIT'd functions are hot (~2.6 ns). dispose rewrites the code's first
 *   12 bytes (W^X kept: through the RW view / a transient flip) into
 *   `mov rax, imm64; jmp rax` to a JSCallback that throws EDISPOSED; Bun 1.4
 *   propagates that exception to the caller (tested, also in optimized tiers).
 *   The block is freed when the CFunction is garbage-collected.
 * - closure (`direct: false`, and always for raw addresses): a shared
 *   per-arity closure `(a, b) => c(a, b)`; dispose swaps `c` for a thrower and
 *   frees the block at once, and the disposed CFunction can be reused for the
 *   next function at the same address (create+dispose ~0.8 µs). But the
 *   closure's code is shared by every function of that arity, so as soon as
 *   several JIT'd functions of one arity are called its inner call site turns
 *   polymorphic: ~8.5–10 ns a call instead of ~2.
 *
 * No memory policy lives here (src/memory/), no instruction knowledge.
 */
import { CFunction, JSCallback, type Pointer } from "bun:ffi";
import { JitError } from "../core/errors.ts";
import { CodeAllocator, CodeBlock, defaultAllocator } from "../memory/allocator.ts";
import { isAddress } from "../os/libc.ts";
import {
  formatSignature,
  normalizeSignature,
  type JsFunction,
  type NormalizedSignature,
  type Signature,
} from "./signature.ts";

/** A JIT'd function: callable like `JsFunction<S>`, disposable with `using`. */
export type JitFunction<S extends Signature> = JsFunction<S> & Disposable;

export interface CallableOptions {
  /**
   * Keep the code alive until dispose() is called explicitly, even when the JS
   * function becomes unreachable: use it when the code pointer was handed to
   * native code. Default false (a FinalizationRegistry frees unreachable code).
   */
  keepAlive?: boolean;
  /**
   * true (default for owned code): return the CFunction itself — fastest calls
   * in every situation; dispose patches the code to throw EDISPOSED and the
   * memory is freed when the function is collected. false: a closure wrapper —
   * dispose frees the memory at once and creation in create/dispose loops is
   * ~5x cheaper, but calls cost ~8–10 ns once several functions of the same
   * arity are in use. Raw addresses always get the closure (their code cannot
   * be patched); asking for direct there is ESTATE.
   */
  direct?: boolean;
  /**
   * Throw `JitError("EARGS")` when the function is called with a different
   * number of arguments than the signature declares (bun:ffi would pass
   * missing ones as 0 and ignore extra ones). Costs a wrapper (the closure
   * shape, plus an `arguments.length` check): off by default.
   */
  checkArgs?: boolean;
}

export interface FromBytesOptions extends CallableOptions {
  /** Where to put the code. Default: the shared W^X allocator (defaultAllocator()). */
  allocator?: CodeAllocator;
  /** Code alignment, a power of two (default 16; 64 for hot loops). */
  align?: number;
}

/** What info() tells about a JIT'd function. */
export interface CodeInfo {
  /** Executable address of the first instruction. */
  readonly address: number;
  /** Code size in bytes (0 for a raw address wrapped with toFunction). */
  readonly size: number;
  readonly signature: NormalizedSignature;
  /** e.g. "(i64) -> i64" */
  readonly signatureText: string;
  readonly disposed: boolean;
  /** True when bunjit owns (and frees) the code memory. */
  readonly owned: boolean;
  readonly keepAlive: boolean;
  /** True when the function is the CFunction itself (option `direct`). */
  readonly direct: boolean;
}

interface Entry {
  cf: unknown;
  address: number;
  size: number;
  sig: NormalizedSignature;
  block: CodeBlock | null; // owned memory, or null
  kill: () => void;
  disposed: boolean;
  keepAlive: boolean;
  direct: boolean;
}

/** Where a JIT'd function keeps its Entry: a module-private symbol (a WeakMap set costs ~200 ns more per creation). */
const ENTRY: unique symbol = Symbol("bunjit.entry");
interface Wrapped {
  [ENTRY]?: Entry;
  [Symbol.dispose]?: () => void;
}

/** Frees code whose JS function was collected. Held value: the block (never the function). */
const registry = new FinalizationRegistry<CodeBlock>((block) => {
  try {
    if (!block.freed) block.allocator.free(block);
  } catch {
    // only munmap of an emptied chunk can fail here (EUNMAP); there is no caller to report to
  }
});

function disposedCall(): never {
  throw new JitError("EDISPOSED", "this JIT'd function was disposed: its code memory is gone");
}

type Maker = (cf: unknown, dead: () => never) => [Function, () => void];
const makers: Maker[] = [];
const checkedMakers: Maker[] = [];

function wrongArgs(n: number, got: number): never {
  throw new JitError("EARGS", `this JIT'd function takes ${n} argument${n === 1 ? "" : "s"}, got ${got}`);
}

/** Like `maker`, plus an argument-count check (option `checkArgs`). */
function checkedMaker(arity: number): Maker {
  let m = checkedMakers[arity];
  if (m === undefined) {
    const ps = Array.from({ length: arity }, (_, i) => `a${i}`).join(", ");
    const make = new Function("cf", "dead", "wrong", `let c = cf; return [function (${ps}) { if (arguments.length !== ${arity}) wrong(${arity}, arguments.length); return c(${ps}); }, () => { c = dead; }];`) as (cf: unknown, dead: () => never, wrong: typeof wrongArgs) => [Function, () => void];
    m = (cf, dead) => make(cf, dead, wrongArgs);
    checkedMakers[arity] = m;
  }
  return m;
}

/** One shared closure factory per arity, generated once (not per function). */
function maker(arity: number): Maker {
  let m = makers[arity];
  if (m === undefined) {
    const ps = Array.from({ length: arity }, (_, i) => `a${i}`).join(", ");
    // new Function is the only way to get a fixed-arity closure for any arity without spread (~8 ns/call)
    m = new Function("cf", "dead", `let c = cf; return [(${ps}) => c(${ps}), () => { c = dead; }];`) as Maker;
    makers[arity] = m;
  }
  return m;
}

function disposeThis(this: unknown): void {
  dispose(this as Function);
}

/**
 * CFunction objects of disposed functions, by code address, for reuse: creating a
 * CFunction costs 1.5–5 µs (most of fromBytes), and a create/dispose cycle
 * usually gets the same address back from the allocator. A CFunction holds only
 * (address, signature), so reusing one for new code with the same signature at
 * the same address is exactly what a fresh one would do. Bounded; only owned code.
 */
const spare = new Map<number, { key: string; cf: unknown }>();
const SPARE_MAX = 256;

function cfunction(address: number, sig: NormalizedSignature): unknown {
  const s = spare.get(address);
  if (s !== undefined && s.key === sig.key) {
    spare.delete(address);
    return s.cf;
  }
  return CFunction({ ptr: address as Pointer, args: sig.args, returns: sig.returns });
}

/** Blocks that belong to a function (each block has one owner, which frees it). */
const owned = new WeakSet<CodeBlock>();

let stub: Uint8Array | null = null;
/** `mov rax, <JSCallback that throws EDISPOSED>; jmp rax` — 12 bytes, fits any block's 16-byte reservation. */
function disposedStub(): Uint8Array {
  if (stub !== null) return stub;
  const trampoline = new JSCallback(disposedCall, { args: [], returns: "void" }); // per thread, never closed
  if (!isAddress(trampoline.ptr)) throw new JitError("EPOINTER", "JSCallback gave no usable address for the disposed-call trampoline");
  stub = new Uint8Array(12);
  stub.set([0x48, 0xb8]);
  new DataView(stub.buffer).setBigUint64(2, BigInt(trampoline.ptr), true);
  stub.set([0xff, 0xe0], 10);
  keep = trampoline;
  return stub;
}
let keep: JSCallback | null = null; // the trampoline must outlive every patched block

function wrapDirect(address: number, size: number, sig: NormalizedSignature, block: CodeBlock, keepAlive: boolean): Function {
  const cf = CFunction({ ptr: address as Pointer, args: sig.args, returns: sig.returns });
  const e: Entry = { cf: null, address, size, sig, block, kill: () => block.patch(disposedStub()), disposed: false, keepAlive, direct: true };
  const w = cf as Wrapped; // measured: these two own properties do not slow its calls (bench/call.bench.ts)
  w[Symbol.dispose] = disposeThis;
  w[ENTRY] = e;
  owned.add(block);
  if (!keepAlive) registry.register(cf, block, e);
  return cf;
}

function wrap(
  address: number,
  size: number,
  sig: NormalizedSignature,
  block: CodeBlock | null,
  keepAlive: boolean,
  direct: boolean | undefined,
  checkArgs = false,
): Function {
  if (direct === true && (block === null || checkArgs)) {
    throw new JitError("ESTATE", checkArgs ? "direct: true and checkArgs: true exclude each other (the check needs a wrapper)" : "direct: true needs code bunjit owns (fromBytes or a CodeBlock), not a raw address");
  }
  if (direct !== false && block !== null && !checkArgs) return wrapDirect(address, size, sig, block, keepAlive);
  const cf = block === null ? CFunction({ ptr: address as Pointer, args: sig.args, returns: sig.returns }) : cfunction(address, sig);
  const [fn, kill] = (checkArgs ? checkedMaker : maker)(sig.args.length)(cf, disposedCall);
  const e: Entry = { cf, address, size, sig, block, kill, disposed: false, keepAlive, direct: false };
  const w = fn as Wrapped; // a plain JS closure (not the CFunction): own properties do not slow its calls
  w[Symbol.dispose] = disposeThis;
  w[ENTRY] = e;
  if (block !== null) {
    owned.add(block);
    if (!keepAlive) registry.register(fn, block, e);
  }
  return fn;
}

/**
 * Copy machine code into executable memory (W^X by default) and return it as a JS function.
 *
 * @example
 * using add4 = fromBytes([0x48, 0x89, 0xf8, 0x48, 0x83, 0xc0, 0x04, 0xc3], { args: ["i64"], returns: "i64" });
 * add4(2); // 6n
 * @throws JitError ESIGNATURE (before any memory is touched), EALLOC for empty code or bad alignment,
 *   ERANGE for a byte outside 0..255, EMMAP / EPROTECT / ESYSCALL when the OS refuses memory
 */
export function fromBytes<const S extends Signature>(
  bytes: ArrayLike<number>,
  signature: S,
  options?: FromBytesOptions,
): JitFunction<S> {
  const sig = normalizeSignature(signature);
  const n = bytes?.length;
  if (typeof n !== "number" || n === 0) throw new JitError("EALLOC", "fromBytes needs at least one byte of code");
  if (!(bytes instanceof Uint8Array)) {
    for (let i = 0; i < n; i++) {
      const b = bytes[i];
      if (typeof b !== "number" || !Number.isInteger(b) || b < 0 || b > 255) {
        throw new JitError("ERANGE", `code byte ${i} is ${String(b)}: expected an integer from 0 to 255`);
      }
    }
  }
  const allocator = options?.allocator ?? defaultAllocator();
  const block = allocator.alloc(n, options?.align === undefined ? undefined : { align: options.align });
  try {
    block.write(bytes).seal();
    return wrap(block.address, n, sig, block, options?.keepAlive === true, options?.direct, options?.checkArgs === true) as JitFunction<S>;
  } catch (e) {
    if (!block.freed) allocator.free(block);
    throw e;
  }
}

/**
 * Wrap code as a JS function: a CodeBlock (sealed here if it is not yet; freed on
 * dispose or when the function is collected) or a raw executable address
 * (not owned: dispose only disables the function).
 *
 * @example
 * const block = allocator.alloc(8); block.write(bytes).seal();
 * const f = toFunction(block, { args: ["i64"], returns: "i64" });
 * @throws JitError ESIGNATURE, EFREED for a freed block, ESTATE for a block another function owns,
 *   EPOINTER for an address that cannot be code
 */
export function toFunction<const S extends Signature>(
  code: CodeBlock | number | bigint,
  signature: S,
  options?: CallableOptions,
): JitFunction<S> {
  const sig = normalizeSignature(signature);
  const keepAlive = options?.keepAlive === true;
  if (code instanceof CodeBlock) {
    if (code.freed) throw new JitError("EFREED", "toFunction of a code block that was freed");
    if (owned.has(code)) {
      throw new JitError("ESTATE", "this code block already belongs to a function (one owner frees it); wrap its address instead");
    }
    code.seal();
    return wrap(code.address, code.size, sig, code, keepAlive, options?.direct, options?.checkArgs === true) as JitFunction<S>;
  }
  const address = typeof code === "bigint" && code < 2n ** 53n ? Number(code) : code;
  if (!isAddress(address)) {
    throw new JitError("EPOINTER", `${String(code)} is not a code address: expected an integer in (0, 2^47)`);
  }
  return wrap(address, 0, sig, null, keepAlive, options?.direct, options?.checkArgs === true) as JitFunction<S>;
}

function entry(fn: unknown, what: string): Entry {
  const e = typeof fn === "function" ? (fn as Wrapped)[ENTRY] : undefined;
  if (e === undefined) throw new JitError("EARGS", `${what}: not a function made by bunjit (fromBytes / toFunction)`);
  return e;
}

/**
 * Make a JIT'd function refuse further calls (EDISPOSED) and free its code memory. Idempotent.
 *
 * @example dispose(add4)
 * @throws JitError EARGS when fn was not made by bunjit
 */
export function dispose(fn: Function): void {
  const e = entry(fn, "dispose");
  if (e.disposed) return;
  e.disposed = true;
  e.kill(); // from now on the closure calls the thrower (direct: the code jumps to it), never the old code
  if (e.direct) {
    // the CFunction still points at the block: free it only when the function is collected
    if (e.keepAlive) registry.register(fn, e.block!, e);
    return;
  }
  if (e.block !== null) {
    registry.unregister(e);
    if (!e.block.freed) {
      e.block.allocator.free(e.block);
      if (spare.size >= SPARE_MAX) spare.delete(spare.keys().next().value!);
      spare.set(e.address, { key: e.sig.key, cf: e.cf });
    }
  }
  e.cf = null;
}

/**
 * Address, size, signature and state of a JIT'd function.
 *
 * @example info(add4).address.toString(16)
 * @throws JitError EARGS when fn was not made by bunjit
 */
export function info(fn: Function): CodeInfo {
  const e = entry(fn, "info");
  return {
    address: e.address,
    size: e.size,
    signature: e.sig,
    signatureText: formatSignature(e.sig),
    disposed: e.disposed,
    owned: e.block !== null,
    keepAlive: e.keepAlive,
    direct: e.direct,
  };
}

/** Alias of info(). @example codeInfo(f).size */
export const codeInfo = info;

/** True when fn was made by fromBytes / toFunction. @example isJitFunction(add4) // true */
export function isJitFunction(fn: unknown): fn is Function {
  return typeof fn === "function" && (fn as Wrapped)[ENTRY] !== undefined;
}
