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
 *   many JIT'd functions are hot (~2.6 ns). dispose rewrites the 16-byte
 *   entry pad in front of the code (never the code: lifetime.ts) to jump to a
 *   JSCallback that throws EDISPOSED; Bun 1.4 propagates that exception to the
 *   caller (tested, also in optimized tiers). The block is freed when the
 *   CFunction is garbage-collected and no other JIT code calls it.
 * - closure (`direct: false`, and always for raw addresses): a shared
 *   per-arity closure `(a, b) => c(a, b)` that counts calls in progress;
 *   dispose swaps `c` for a thrower and frees the block as soon as no call is
 *   in progress and no JIT code calls it, and the disposed CFunction can be
 *   reused for the next function at the same address (create+dispose ~0.8 µs).
 *   But the closure's code is shared by every function of that arity, so as
 *   soon as several JIT'd functions of one arity are called its inner call
 *   site turns polymorphic: ~8.5–10 ns a call instead of ~2.
 *
 * When memory may be freed lives in lifetime.ts; no memory policy lives here
 * (src/memory/), no instruction knowledge.
 */
import { CFunction, JSCallback, toArrayBuffer, type Pointer } from "bun:ffi";
import { JitError } from "../core/errors.ts";
import { checkBytes, CodeAllocator, CodeBlock, defaultAllocator } from "../memory/allocator.ts";
import { describeValue } from "../os/describe.ts";
import { isAddress } from "../os/libc.ts";
import {
  abandonRecord,
  callEnded,
  CodeRecord,
  hold,
  letGo,
  recordContaining,
  disposeRecord,
  ENTRY_PAD,
  ENTRY_PAD_BYTES,
  jsGone,
  keepObject,
  onFree,
  retain,
  separateEntry,
  track,
} from "./lifetime.ts";
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
   * The function's name, as perf, gdb and info() show it (any text without NUL or line
   * breaks, up to 256 characters). Default: a generated name, `bunjit_<n>`.
   */
  name?: string;
  /**
   * Keep the code alive until dispose() is called explicitly, even when the JS
   * function becomes unreachable: use it when the code pointer was handed to
   * native code. Default false (a FinalizationRegistry frees unreachable code).
   */
  keepAlive?: boolean;
  /**
   * true (default for owned code): return the CFunction itself — fastest calls
   * in every situation; dispose makes the entry throw EDISPOSED and the
   * memory is freed when the function is collected. false: a closure wrapper —
   * dispose frees the memory at once (once no call is running) and creation in
   * create/dispose loops is ~5x cheaper, but calls cost ~8–10 ns once several
   * functions of the same arity are in use. Raw addresses always get the closure
   * (their code cannot be patched); asking for direct there is ESTATE.
   */
  direct?: boolean;
  /**
   * Throw `JitError("EARGS")` when the function is called with a different
   * number of arguments than the signature declares (bun:ffi would pass
   * missing ones as 0 and ignore extra ones). Costs a wrapper (the closure
   * shape, plus an `arguments.length` check): off by default.
   */
  checkArgs?: boolean;
  /**
   * bunjit functions (and JSCallbacks) this code calls by address: their code
   * is kept — not freed, not reused — as long as this code lives, even when
   * they are disposed (a disposed one refuses the call with EDISPOSED).
   * jit.function fills this in from f.call by itself.
   */
  calls?: readonly (Function | JSCallback)[];
}

export interface FromBytesOptions extends CallableOptions {
  /** Where to put the code. Default: the shared W^X allocator (defaultAllocator()). */
  allocator?: CodeAllocator;
  /** Code alignment, a power of two (default 16; 64 for hot loops). */
  align?: number;
}

/** What info() tells about a JIT'd function. */
export interface CodeInfo {
  /** The function's name (given, or generated). */
  readonly name: string;
  /** Executable address of the first instruction of the code. */
  readonly address: number;
  /**
   * Where calls enter: the address to hand to native code (and what JIT code
   * calls). For owned code it is 16 bytes before `address` (an entry pad that
   * refuses calls after dispose); for a raw address it is the address itself.
   */
  readonly entry: number;
  /** Code size in bytes (0 for a raw address wrapped with toFunction). */
  readonly size: number;
  /**
   * Bytes of instructions at the start of the code; the rest is data (jit.function's constant
   * pool: C strings, call targets, f64 constants). Equals `size` when bunjit does not know
   * (fromBytes, compile). Disassemble `bytes.subarray(0, instructionSize)`.
   */
  readonly instructionSize: number;
  /** A copy of the code's bytes, read when accessed (empty for a raw address, or once the memory was freed). */
  readonly bytes: Uint8Array;
  readonly signature: NormalizedSignature;
  /** e.g. "(i64) -> i64" */
  readonly signatureText: string;
  readonly disposed: boolean;
  /** True once the code memory was returned to the allocator. */
  readonly freed: boolean;
  /** True when bunjit owns (and frees) the code memory. */
  readonly owned: boolean;
  readonly keepAlive: boolean;
  /** True when the function is the CFunction itself (option `direct`). */
  readonly direct: boolean;
}

interface Entry {
  /** The CFunction (closure shape; null after dispose), unused for direct. */
  cf: unknown;
  /** Raw address: its name (owned code: the record's). */
  name: string | null;
  /** Raw address: the code; owned: the record's entry. */
  entry: number;
  sig: NormalizedSignature;
  record: CodeRecord | null; // owned code, or null for a raw address
  /** Raw address inside bunjit's own code: the record whose memory this wrapper keeps (released on dispose or GC). */
  held: CodeRecord | null;
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

/** Frees code whose JS function was collected. Held value: the record (never the function). */
const registry = new FinalizationRegistry<CodeRecord>((r) => jsGone(r));

function disposedCall(): never {
  throw new JitError("EDISPOSED", "this JIT'd function was disposed: it refuses calls");
}

let counter = 0;
/**
 * A generated name for a function whose code bunjit does not own, `bunjit_raw_<n>`
 * (owned code is named `bunjit_<id>` by its record).
 * @example defaultName() // "bunjit_raw_7"
 */
function defaultName(): string {
  return `bunjit_raw_${++counter}`;
}

/**
 * Validate a function name (option `name`).
 * @throws JitError EARGS for a non-string, an empty string, NUL or a line break, more than 256 characters
 */
export function checkName(name: unknown): string {
  if (typeof name !== "string" || name.length === 0 || name.length > 256 || /[\0\r\n]/.test(name)) {
    const shown = typeof name === "string" ? JSON.stringify(name.length > 40 ? name.slice(0, 40) + "…" : name) : describeValue(name);
    throw new JitError("EARGS", `name must be 1 to 256 characters without NUL or line breaks; got ${shown}`);
  }
  return name;
}

type Maker = (cf: unknown, dead: () => never, r: CodeRecord | null, ended: (r: CodeRecord) => void) => [Function, () => void];
const makers: Maker[] = [];
const checkedMakers: Maker[] = [];

function wrongArgs(n: number, got: number): never {
  throw new JitError("EARGS", `this JIT'd function takes ${n} argument${n === 1 ? "" : "s"}, got ${got}`);
}

/**
 * The shared closure factory of an arity (generated once, not per function). Owned code counts the
 * calls in progress on its record, so a dispose from a JS callback the code calls waits for them.
 */
function makerFor(arity: number, checked: boolean): Maker {
  const cache = checked ? checkedMakers : makers;
  let m = cache[arity];
  if (m === undefined) {
    const ps = Array.from({ length: arity }, (_, i) => `a${i}`).join(", ");
    const check = checked ? `if (arguments.length !== ${arity}) wrong(${arity}, arguments.length); ` : "";
    // new Function is the only way to get a fixed-arity closure for any arity without spread (~8 ns/call)
    const src =
      `let c = cf; const k = () => { c = dead; };` +
      `if (r === null) return [function (${ps}) { ${check}return c(${ps}); }, k];` +
      `return [function (${ps}) { ${check}r.active++; try { return c(${ps}); } finally { if (--r.active === 0 && !r.js) ended(r); } }, k];`;
    const make = new Function("cf", "dead", "r", "ended", "wrong", src) as (cf: unknown, dead: () => never, r: CodeRecord | null, ended: (r: CodeRecord) => void, wrong: typeof wrongArgs) => [Function, () => void];
    m = (cf, dead, r, ended) => make(cf, dead, r, ended, wrongArgs);
    cache[arity] = m;
  }
  return m;
}

function disposeThis(this: unknown): void {
  dispose(this as Function);
}

/**
 * CFunction objects of disposed functions, by entry address, for reuse: creating a
 * CFunction costs 1.5–5 µs (most of fromBytes), and a create/dispose cycle
 * usually gets the same address back from the allocator. A CFunction holds only
 * (address, signature), so reusing one for new code with the same signature at
 * the same address is exactly what a fresh one would do. Bounded; only owned code,
 * and only once its memory was freed.
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

function wrapRecord(r: CodeRecord, sig: NormalizedSignature, keepAlive: boolean, direct: boolean | undefined, checkArgs: boolean): Function {
  if (direct === true && checkArgs) throw new JitError("ESTATE", "direct: true and checkArgs: true exclude each other (the check needs a wrapper)");
  r.block.owned = true;
  if (direct !== false && !checkArgs) {
    const cf = CFunction({ ptr: r.entry as Pointer, args: sig.args, returns: sig.returns });
    const e: Entry = { cf: null, name: null, entry: r.entry, sig, record: r, held: null, kill: () => {}, disposed: false, keepAlive, direct: true };
    const w = cf as Wrapped; // measured: these two own properties do not slow its calls (bench/call.bench.ts)
    w[Symbol.dispose] = disposeThis;
    w[ENTRY] = e;
    if (!keepAlive) registry.register(cf, r);
    return cf;
  }
  const cf = cfunction(r.entry, sig);
  const [fn, kill] = makerFor(sig.args.length, checkArgs)(cf, disposedCall, r, callEnded);
  const e: Entry = { cf, name: null, entry: r.entry, sig, record: r, held: null, kill, disposed: false, keepAlive, direct: false };
  const w = fn as Wrapped; // a plain JS closure (not the CFunction): own properties do not slow its calls
  w[Symbol.dispose] = disposeThis;
  w[ENTRY] = e;
  if (!keepAlive) registry.register(fn, r, e);
  return fn;
}

function wrapRaw(address: number, name: string, sig: NormalizedSignature, keepAlive: boolean, direct: boolean | undefined, checkArgs: boolean): Function {
  if (direct === true) throw new JitError("ESTATE", "direct: true needs code bunjit owns (fromBytes or a CodeBlock), not a raw address");
  const cf = CFunction({ ptr: address as Pointer, args: sig.args, returns: sig.returns });
  const [fn, kill] = makerFor(sig.args.length, checkArgs)(cf, disposedCall, null, callEnded);
  // an address inside bunjit's own code (e.g. another function's entry): keep that memory while this wrapper lives
  const held = recordContaining(address) ?? null;
  const e: Entry = { cf, name, entry: address, sig, record: null, held, kill, disposed: false, keepAlive, direct: false };
  const w = fn as Wrapped;
  w[Symbol.dispose] = disposeThis;
  w[ENTRY] = e;
  if (held !== null) {
    hold(held);
    if (!keepAlive) rawRegistry.register(fn, held, e);
  }
  return fn;
}

/** Lets go of the code a collected raw-address wrapper held. */
const rawRegistry = new FinalizationRegistry<CodeRecord>((r) => letGo(r));

/** Options as an object (or undefined). @throws JitError EARGS */
function optionsOf<T extends object>(o: T | undefined, what: string): T | undefined {
  if (o === undefined) return undefined;
  if (typeof o !== "object" || o === null) throw new JitError("EARGS", `${what}: options must be an object; got ${describeValue(o)}`);
  return o;
}

/** direct and checkArgs exclude each other (the check needs a wrapper). @throws JitError ESTATE */
function checkShape(o: CallableOptions | undefined): void {
  if (o?.direct === true && o.checkArgs === true) throw new JitError("ESTATE", "direct: true and checkArgs: true exclude each other (the check needs a wrapper)");
}

/** The name option, or null for a generated one. */
function nameOf(o: CallableOptions | undefined): string | null {
  return o?.name === undefined ? null : checkName(o.name);
}

/** Records of the bunjit functions in `calls` (resolved before any memory is touched). @throws JitError EARGS, EDISPOSED */
function callsOf(o: CallableOptions | undefined): { records: CodeRecord[]; objects: object[] } | null {
  const c = o?.calls;
  if (c === undefined) return null;
  if (!Array.isArray(c)) throw new JitError("EARGS", `calls must be an array of bunjit functions or JSCallbacks; got ${describeValue(c)}`);
  const records: CodeRecord[] = [], objects: object[] = [];
  for (const f of c as unknown[]) {
    if (f instanceof JSCallback) {
      objects.push(f);
      continue;
    }
    const e = typeof f === "function" ? (f as Wrapped)[ENTRY] : undefined;
    if (e === undefined) throw new JitError("EARGS", `calls: ${describeValue(f)} is not a bunjit function or JSCallback`);
    if (e.record === null) objects.push(f as object);
    else if (e.record.freed) throw new JitError("EDISPOSED", `calls: ${e.record.name} was disposed and its code freed`);
    else records.push(e.record);
  }
  return { records, objects };
}

function attach(r: CodeRecord, calls: { records: CodeRecord[]; objects: object[] } | null): void {
  if (calls === null) return;
  for (const c of calls.records) retain(r, c);
  for (const o of calls.objects) keepObject(r, o);
}

/**
 * Copy machine code into executable memory (W^X by default) and return it as a JS function.
 *
 * @example
 * using add4 = fromBytes([0x48, 0x89, 0xf8, 0x48, 0x83, 0xc0, 0x04, 0xc3], { args: ["i64"], returns: "i64" });
 * add4(2); // 6n
 * @throws JitError ESIGNATURE (before any memory is touched), EALLOC for empty code or bad alignment,
 *   ERANGE for a byte outside 0..255, EARGS for bad options (name, calls), EDISPOSED for a freed
 *   function in `calls`, EMMAP / EPROTECT / ESYSCALL when the OS refuses memory
 */
export function fromBytes<const S extends Signature>(
  bytes: ArrayLike<number>,
  signature: S,
  options?: FromBytesOptions,
): JitFunction<S> {
  return makeFunction(bytes, signature, options, undefined);
}

/**
 * @internal fromBytes plus debug data for the record (unwind rules, source lines), given to
 * debug/ observers when the code is loaded. Used by jit.function.
 */
export function makeFunction<const S extends Signature>(
  bytes: ArrayLike<number>,
  signature: S,
  options: FromBytesOptions | undefined,
  debug: unknown,
): JitFunction<S> {
  const sig = normalizeSignature(signature);
  const o = optionsOf(options, "fromBytes");
  checkBytes(bytes);
  const n = bytes.length;
  if (n === 0) throw new JitError("EALLOC", "fromBytes needs at least one byte of code");
  const name = nameOf(o);
  const calls = callsOf(o);
  checkShape(o);
  const allocator = o?.allocator ?? defaultAllocator();
  if (!(allocator instanceof CodeAllocator)) throw new JitError("EARGS", `fromBytes: allocator must be a CodeAllocator; got ${describeValue(allocator)}`);
  const block = allocator.alloc(n + ENTRY_PAD, { align: o?.align ?? 16, prefix: ENTRY_PAD });
  let r: CodeRecord | null = null;
  try {
    block.write(ENTRY_PAD_BYTES).write(bytes, ENTRY_PAD).seal();
    r = new CodeRecord(block, null, block.address, block.address + ENTRY_PAD, n, name);
    r.debug = debug;
    attach(r, calls);
    const fn = wrapRecord(r, sig, o?.keepAlive === true, o?.direct, o?.checkArgs === true);
    track(r, o?.keepAlive === true);
    return fn as JitFunction<S>;
  } catch (e) {
    abandon(r, block);
    throw e;
  }
}

/** Undo a half-made function: release what it retained and free its memory. */
function abandon(r: CodeRecord | null, block: CodeBlock, entryBlock: CodeBlock | null = null): void {
  if (r !== null) {
    r.js = false;
    disposeRecord(r, false); // frees at once: nothing else can hold it yet
  } else {
    if (!block.freed) block.allocator.free(block);
  }
  if (entryBlock !== null && !entryBlock.freed) entryBlock.allocator.free(entryBlock);
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
 *   EPOINTER for an address that cannot be code, EARGS for bad options
 */
export function toFunction<const S extends Signature>(
  code: CodeBlock | number | bigint,
  signature: S,
  options?: CallableOptions,
): JitFunction<S> {
  const sig = normalizeSignature(signature);
  const o = optionsOf(options, "toFunction");
  const keepAlive = o?.keepAlive === true;
  const name = nameOf(o);
  if (code instanceof CodeBlock) {
    if (code.freed) throw new JitError("EFREED", "toFunction of a code block that was freed");
    if (code.owned) {
      throw new JitError("ESTATE", "this code block already belongs to a function (one owner frees it); wrap its address instead");
    }
    const calls = callsOf(o);
    checkShape(o);
    code.seal();
    // the block's code starts at its first byte: the entry that can refuse calls lives in a block of its own
    const eb = code.allocator.alloc(20);
    let r: CodeRecord | null = null;
    try {
      eb.write(separateEntry(code.address)).seal();
      r = new CodeRecord(code, eb, eb.address, code.address, code.size, name);
      attach(r, calls);
      const fn = wrapRecord(r, sig, keepAlive, o?.direct, o?.checkArgs === true);
      track(r, keepAlive);
      return fn as JitFunction<S>;
    } catch (e) {
      if (r === null) eb.allocator.free(eb);
      else abandonRecord(r); // the caller's block stays the caller's
      throw e;
    }
  }
  const address = typeof code === "bigint" && code > 0n && code < 2n ** 53n ? Number(code) : code;
  if (!isAddress(address)) {
    throw new JitError("EPOINTER", `${describeValue(code)} is not a code address: expected an integer in (0, 2^47)`);
  }
  if (o?.calls !== undefined) throw new JitError("EARGS", "toFunction: `calls` needs code bunjit owns (a CodeBlock), not a raw address");
  return wrapRaw(address, name ?? defaultName(), sig, keepAlive, o?.direct, o?.checkArgs === true) as JitFunction<S>;
}

function entry(fn: unknown, what: string): Entry {
  const e = typeof fn === "function" ? (fn as Wrapped)[ENTRY] : undefined;
  if (e === undefined) throw new JitError("EARGS", `${what}: not a function made by bunjit (fromBytes / toFunction)`);
  return e;
}

/**
 * Make a JIT'd function refuse further calls (EDISPOSED) and free its code memory as soon
 * as nothing can run it: at once for the closure shape when no call of it is in progress
 * and no other JIT code calls it; when it is collected for the direct shape. Idempotent.
 *
 * @example dispose(add4)
 * @throws JitError EARGS when fn was not made by bunjit
 */
export function dispose(fn: Function): void {
  const e = entry(fn, "dispose");
  if (e.disposed) return;
  e.disposed = true;
  e.kill(); // from now on the closure calls the thrower (direct: the entry jumps to it), never the code
  const r = e.record;
  if (r === null) {
    e.cf = null;
    if (e.held !== null) {
      rawRegistry.unregister(e);
      const h = e.held;
      e.held = null;
      letGo(h);
    }
    return;
  }
  if (e.direct) {
    // the CFunction still points at the entry: the block stays until the function is collected
    if (e.keepAlive) registry.register(fn, r);
    disposeRecord(r, true);
    return;
  }
  registry.unregister(e);
  const cf = e.cf;
  e.cf = null;
  disposeRecord(r, false);
  // the CFunction can serve the next function the allocator puts at this entry, once the memory is free
  if (r.freed) keepSpare(r.entry, e.sig.key, cf);
  else onFree(r, () => keepSpare(r.entry, e.sig.key, cf));
}

function keepSpare(entry: number, key: string, cf: unknown): void {
  if (spare.size >= SPARE_MAX) spare.delete(spare.keys().next().value!);
  spare.set(entry, { key, cf });
}

/**
 * Name, address, entry, size, bytes, signature and state of a JIT'd function.
 *
 * @example info(add4).address.toString(16)
 * @throws JitError EARGS when fn was not made by bunjit
 */
export function info(fn: Function): CodeInfo {
  const e = entry(fn, "info");
  const r = e.record;
  const freed = r !== null && r.freed;
  const size = r === null ? 0 : r.size;
  return {
    name: r === null ? e.name! : r.name,
    address: r === null ? e.entry : r.address,
    entry: e.entry,
    size,
    instructionSize: r === null ? 0 : instructionSizeOf(r),
    get bytes(): Uint8Array {
      // read when asked (info() stays cheap), from the executable view, while the memory is ours
      return r === null || r.freed ? new Uint8Array(0) : new Uint8Array(toArrayBuffer(r.address as Pointer, 0, r.size)).slice();
    },
    signature: e.sig,
    signatureText: formatSignature(e.sig),
    disposed: e.disposed,
    freed,
    owned: r !== null,
    keepAlive: e.keepAlive,
    direct: e.direct,
  };
}

/** Instruction bytes of a record's code: the frame rows' end when jit.function gave them, else all of it. */
function instructionSizeOf(r: CodeRecord): number {
  const d = r.debug as { frame?: { end?: unknown } } | undefined;
  const end = d?.frame?.end;
  return typeof end === "number" && end > 0 && end <= r.size ? end : r.size;
}

/** Alias of info(). @example codeInfo(f).size */
export const codeInfo = info;

/** True when fn was made by fromBytes / toFunction. @example isJitFunction(add4) // true */
export function isJitFunction(fn: unknown): fn is Function {
  return typeof fn === "function" && (fn as Wrapped)[ENTRY] !== undefined;
}

/** @internal The record of a bunjit function's owned code (null for a raw address), for jit.ts and debug/. */
export function recordOf(fn: Function): CodeRecord | null {
  return entry(fn, "recordOf").record;
}

