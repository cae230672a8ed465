/**
 * lifetime.ts — when the code memory of a bunjit function may be freed, and
 * how a disposed function refuses calls without touching code that may still
 * be running.
 *
 * Every function whose code bunjit owns has a `CodeRecord`. Its block is freed
 * only when nothing can reach the code any more:
 *   - `js`:      the JS function can still enter it (until dispose for the
 *                closure shape; until the CFunction is garbage-collected for
 *                the direct shape, whose CFunction keeps pointing at it);
 *   - `active`:  calls through the closure wrapper in progress (a JS callback
 *                called by the code may dispose the function under its frame);
 *   - `callers`: live JIT code that calls this code by address (jit.function's
 *                f.call of a bunjit function, fromBytes' `calls` option), and
 *                toFunction(address) wrappers whose address lies in this memory.
 *
 * Calls enter through a 16-byte entry pad in front of the code (`entry`):
 * endbr64 and NOPs that fall through into the code. Dispose rewrites the pad
 * — never the code — into `endbr64; mov rax, <thrower>; jmp rax`, so frames
 * already inside the code (a return address or a loop label in its first
 * bytes) keep running the original instructions, and new calls through the
 * entry, from JS, JIT code or native code, reach a JSCallback that throws
 * EDISPOSED. Code wrapped from a caller's CodeBlock (toFunction) has no room
 * for a pad: it gets a separate 32-byte entry block (`jmp [rip+2]` to the code).
 *
 * On AArch64 hosts the same three shapes are AArch64 words (`bti c` + nops;
 * `ldr x16, #8; br x16` + the address), 16 bytes each.
 *
 * Knows memory blocks and entry bytes; nothing about signatures or the JS
 * function shapes (callable.ts).
 */
import { JSCallback } from "bun:ffi";
import { JitError } from "../core/errors.ts";
import type { CodeAllocator, CodeBlock } from "../memory/allocator.ts";
import { isAddress } from "../os/libc.ts";

/** Bytes of the entry pad in front of owned code. */
export const ENTRY_PAD = 16;

const A64 = process.arch === "arm64";
/** AArch64: `ldr x16, #8; br x16`, followed by the 8-byte address it jumps to. */
const A64_JUMP = [0x50, 0x00, 0x00, 0x58, 0x00, 0x02, 0x1f, 0xd6];

/**
 * x86-64: endbr64; nop dword [rax + rax*1 + 0] (8 bytes); nop dword [rax + 0] (4 bytes).
 * AArch64: bti c; nop; nop; nop. Both fall through.
 */
const PAD = A64
  ? new Uint8Array([0x5f, 0x24, 0x03, 0xd5, 0x1f, 0x20, 0x03, 0xd5, 0x1f, 0x20, 0x03, 0xd5, 0x1f, 0x20, 0x03, 0xd5])
  : new Uint8Array([0xf3, 0x0f, 0x1e, 0xfa, 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0f, 0x1f, 0x40, 0x00]);

/** The entry pad in front of owned code (shared: do not modify). @example block.write(ENTRY_PAD_BYTES) */
export const ENTRY_PAD_BYTES: Readonly<Uint8Array> = PAD;

/** endbr64; jmp qword [rip + 2]; int3; int3; dq <code> (AArch64: ldr x16, #8; br x16; .xword <code>): a separate entry for code without a pad. */
export function separateEntry(code: number): Uint8Array {
  if (A64) {
    const a = new Uint8Array(16);
    a.set(A64_JUMP);
    new DataView(a.buffer).setBigUint64(8, BigInt(code), true);
    return a;
  }
  const b = new Uint8Array(20);
  b.set([0xf3, 0x0f, 0x1e, 0xfa, 0xff, 0x25, 0x02, 0x00, 0x00, 0x00, 0xcc, 0xcc]);
  new DataView(b.buffer).setBigUint64(12, BigInt(code), true);
  return b;
}

/** What is told about a record's code when it is loaded or freed (names, perf, gdb, unwind). */
export interface CodeObserver {
  load(r: CodeRecord): void;
  free(r: CodeRecord): void;
}

const observers: CodeObserver[] = [];
let ids = 0;

/**
 * Be told about every owned function's code from now on (debug/ uses this).
 * @example observeCode({ load: (r) => console.log(r.name), free: () => {} })
 */
export function observeCode(o: CodeObserver): () => void {
  observers.push(o);
  return () => {
    const i = observers.indexOf(o);
    if (i >= 0) observers.splice(i, 1);
  };
}

/**
 * Every record whose block is not freed yet, as an intrusive doubly linked list in creation order
 * (debug/ walks it to register what exists when it is turned on; O(1) without hashing per function).
 */
let head: CodeRecord | null = null;
let tail: CodeRecord | null = null;

/** Records whose code lives until dispose (keepAlive), held strongly so nothing frees them meanwhile. */
const pinned = new Set<CodeRecord>();

/** The code of one owned function and what keeps it. */
export class CodeRecord {
  /** The JS function (or its CFunction) can still enter the code. */
  js = true;
  /** Calls through the closure wrapper in progress. */
  active = 0;
  /** Live records whose code calls this one. */
  callers = 0;
  disposed = false;
  freed = false;
  /** The entry pad was rewritten to refuse calls. */
  refused = false;
  /** Observers were told about the code (track()). */
  tracked = false;
  /** Records this code calls (released when this one is freed). */
  refs: CodeRecord[] | null = null;
  /** Other objects the code needs (JSCallbacks it calls), released with it. */
  keep: object[] | null = null;
  /** Run once when the block is freed (closing owned JSCallbacks, ...). */
  onFree: (() => void)[] | null = null;
  /** Debug data attached by the builder (unwind rules, source lines), read by debug/. */
  debug: unknown = undefined;
  /** @internal live list links */
  prev: CodeRecord | null = null;
  /** @internal */
  next: CodeRecord | null = null;
  /** The name given, or null for the generated `bunjit_<id>` (made when first asked for). */
  private given: string | null;
  /** A process-wide (per thread) number, for the generated name. */
  readonly id: number;

  constructor(
    /** The block holding the entry pad (if any) and the code. */
    readonly block: CodeBlock,
    /** A separate entry block, when the code has no pad (toFunction of a caller's block). */
    readonly entryBlock: CodeBlock | null,
    /** Where calls enter. */
    readonly entry: number,
    /** First instruction of the code. */
    readonly address: number,
    /** Code size in bytes (without the pad). */
    readonly size: number,
    /** The function's name (perf, gdb, info), or null for a generated one. */
    name: string | null,
  ) {
    this.given = name;
    this.id = ++ids;
  }

  /** The function's name: the one given, or `bunjit_<id>`. */
  get name(): string {
    return (this.given ??= `bunjit_${this.id}`);
  }

  get allocator(): CodeAllocator {
    return this.block.allocator;
  }
}

/**
 * Start tracking an owned function's code (after its bytes are written and sealed).
 * @example const r = track(new CodeRecord(block, null, block.address, block.address + 16, n, "f"))
 */
export function track(r: CodeRecord, keepAlive: boolean): CodeRecord {
  r.prev = tail;
  if (tail === null) head = r;
  else tail.next = r;
  tail = r;
  if (keepAlive) pinned.add(r);
  r.tracked = true;
  for (const o of observers) {
    try {
      o.load(r);
    } catch {
      // a debug observer failing (a full disk for a jitdump, ...) must not fail the function
    }
  }
  return r;
}

/** Records whose code is still mapped, in creation order (a snapshot). @example for (const r of liveRecords()) ... */
export function liveRecords(): CodeRecord[] {
  const out: CodeRecord[] = [];
  for (let r = head; r !== null; r = r.next) out.push(r);
  return out;
}

/**
 * The live record whose memory (entry pad, separate entry, or code) contains `address`, if any:
 * a scan of the live list (for toFunction of a raw address, which is rare).
 */
export function recordContaining(address: number): CodeRecord | undefined {
  for (let r = head; r !== null; r = r.next) {
    if (address >= r.block.address && address < r.block.address + r.block.size) return r;
    if (r.entryBlock !== null && address >= r.entryBlock.address && address < r.entryBlock.address + r.entryBlock.size) return r;
  }
  return undefined;
}

/** Something outside bunjit's code (a raw-address wrapper) holds `r`'s memory: like a caller. */
export function hold(r: CodeRecord): void {
  r.callers++;
}

/** Let go of a hold(). Never throws. */
export function letGo(r: CodeRecord): void {
  r.callers--;
  release(r, false);
}

function unlink(r: CodeRecord): void {
  if (r.prev === null) {
    if (head === r) head = r.next;
  } else r.prev.next = r.next;
  if (r.next === null) {
    if (tail === r) tail = r.prev;
  } else r.next.prev = r.prev;
  r.prev = r.next = null;
}

/**
 * `caller`'s code calls `callee`'s: keep the callee's memory until the caller's is freed.
 * @throws JitError EDISPOSED when the callee's code is already gone
 */
export function retain(caller: CodeRecord, callee: CodeRecord): void {
  if (callee.freed) throw new JitError("EDISPOSED", `${callee.name} was disposed and its code freed: it cannot be called`);
  if (caller === callee) return; // a function calling itself needs no extra hold
  (caller.refs ??= []).push(callee);
  callee.callers++;
}

/** Keep `o` (a JSCallback the code calls) alive as long as the record's code. */
export function keepObject(r: CodeRecord, o: object): void {
  (r.keep ??= []).push(o);
}

/** Run `fn` once when the record's code is freed (at once if it already is). */
export function onFree(r: CodeRecord, fn: () => void): void {
  if (r.freed) return fn();
  (r.onFree ??= []).push(fn);
}

function disposedCall(): never {
  throw new JitError("EDISPOSED", "this JIT'd function was disposed: it refuses calls");
}

let thrower: JSCallback | null = null; // per thread; must outlive every refused entry, so never closed
let refusedPad: Uint8Array | null = null;

/** `endbr64; mov rax, <JSCallback that throws EDISPOSED>; jmp rax` — exactly 16 bytes. */
function refusingPad(): Uint8Array {
  if (refusedPad !== null) return refusedPad;
  const t = new JSCallback(disposedCall, { args: [], returns: "void" });
  if (!isAddress(t.ptr)) throw new JitError("EPOINTER", "JSCallback gave no usable address for the disposed-call trampoline");
  const b = new Uint8Array(16);
  if (A64) {
    b.set(A64_JUMP);
    new DataView(b.buffer).setBigUint64(8, BigInt(t.ptr), true);
  } else {
    b.set([0xf3, 0x0f, 0x1e, 0xfa, 0x48, 0xb8]);
    new DataView(b.buffer).setBigUint64(6, BigInt(t.ptr), true);
    b.set([0xff, 0xe0], 14);
  }
  thrower = t;
  refusedPad = b;
  return b;
}

/**
 * Make the entry refuse calls (EDISPOSED), W^X kept. The code itself is not touched.
 * Idempotent; nothing to do once freed.
 * @throws JitError EPROTECT (flip mode) when the page cannot be made writable
 */
export function refuse(r: CodeRecord): void {
  if (r.refused || r.freed) return;
  const pad = refusingPad();
  if (r.entryBlock !== null) r.entryBlock.patch(pad);
  else r.block.patchAt(r.entry - r.block.address, pad);
  r.refused = true;
}

/** The thrower stays alive as long as this module (a held reference for linters and readers). */
export function disposedTrampoline(): JSCallback | null {
  return thrower;
}

/**
 * Mark the record disposed: the entry refuses calls from now on and the pin of
 * keepAlive is dropped. Frees the block at once when nothing else holds it.
 * @throws JitError EPROTECT / EUNMAP from the memory layer
 */
export function disposeRecord(r: CodeRecord, jsStillEnters: boolean): void {
  if (r.disposed) return;
  r.disposed = true;
  pinned.delete(r);
  if (!jsStillEnters) r.js = false;
  if (!release(r, true)) refuse(r);
}

/**
 * Forget a record that never became a function (toFunction failed after making it): release what
 * it retained and free its separate entry block; the code block stays with its caller, unowned.
 */
export function abandonRecord(r: CodeRecord): void {
  r.block.owned = false;
  const refs = r.refs;
  r.refs = null;
  r.freed = true;
  if (r.entryBlock !== null && !r.entryBlock.freed) r.entryBlock.allocator.free(r.entryBlock);
  if (refs !== null) {
    for (const c of refs) {
      c.callers--;
      release(c, false);
    }
  }
}

/** The JS side cannot enter the code any more (its function was collected). Never throws. */
export function jsGone(r: CodeRecord): void {
  if (pinned.has(r)) return; // keepAlive: lives until dispose
  r.js = false;
  release(r, false);
}

/** A closure call ended: free the block if that was the last thing holding it. Never throws. */
export function callEnded(r: CodeRecord): void {
  release(r, false);
}

/**
 * Free the block when nothing holds it, then release what its code called
 * (iteratively: a long chain of callers does not grow the stack).
 * Returns true when `r` is freed (now or before).
 * `report`: let munmap errors through (dispose); otherwise swallow them (GC, call exits).
 */
export function release(r: CodeRecord, report: boolean): boolean {
  if (r.freed) return true;
  if (!freeable(r)) return false;
  let error: unknown = null;
  const work: CodeRecord[] = [r];
  while (work.length > 0) {
    const x = work.pop()!;
    if (x.freed || !freeable(x)) continue;
    error ??= freeOne(x);
    const refs = x.refs;
    x.refs = null;
    if (refs !== null) {
      for (const c of refs) {
        c.callers--;
        work.push(c);
      }
    }
  }
  if (report && error !== null) throw error;
  return true;
}

function freeable(r: CodeRecord): boolean {
  return !r.js && r.active === 0 && r.callers === 0 && !pinned.has(r);
}

/** Free one record's memory and run its hooks; returns the first error, if any. */
function freeOne(r: CodeRecord): unknown {
  r.freed = true;
  if (r.tracked) unlink(r);
  let error: unknown = null;
  if (r.tracked) for (const o of observers) {
    try {
      o.free(r);
    } catch (e) {
      error ??= e;
    }
  }
  try {
    r.block.owned = false; // the owner lets go: the allocator refuses to free owned blocks for anyone else
    if (!r.block.freed) r.block.allocator.free(r.block);
    if (r.entryBlock !== null && !r.entryBlock.freed) r.entryBlock.allocator.free(r.entryBlock);
  } catch (e) {
    error ??= e;
  }
  const hooks = r.onFree;
  r.onFree = null;
  if (hooks !== null) {
    for (const h of hooks) {
      try {
        h();
      } catch (e) {
        error ??= e;
      }
    }
  }
  r.keep = null;
  return error;
}
