/**
 * unwind.ts — registers the `.eh_frame` of each function jit.function builds
 * with libgcc's unwinder (`__register_frame` from libgcc_s.so.1, the library
 * glibc's `backtrace()` and C++ exceptions use), so a C backtrace taken inside
 * JIT code, or called by it, walks through the JIT frames into their callers;
 * deregistered (`__deregister_frame`) when the code is freed. Code without
 * frame rows (fromBytes, compile) is not registered.
 *
 * Off by default (libgcc 12's deregistration searches a list: O(live
 * functions) per dispose); on with `BUNJIT_UNWIND=1` or enableUnwind().
 * The registered bytes are malloc'd (the unwinder keeps pointers into them).
 */
import { CFunction, toArrayBuffer, type Pointer } from "bun:ffi";
import { liveRecords, observeCode, type CodeRecord } from "../ffi/lifetime.ts";
import { libc, resolveSymbol } from "../os/libc.ts";
import { ehFrameOf } from "./unwind-tables.ts";

interface State {
  register: (p: number) => void;
  deregister: (p: number) => void;
  byRecord: Map<CodeRecord, number>;
  stop: () => void;
}

let state: State | null = null;

/** The unwinder library (glibc loads the same one for backtrace()). */
export const UNWIND_LIBRARY = "libgcc_s.so.1";

/**
 * Register unwind info for every jit.function (existing and future) with libgcc. Idempotent.
 * @example enableUnwind(); // backtrace() from C code called by JIT code sees the JIT callers
 * @throws JitError ESYSCALL when libgcc_s.so.1 or its __register_frame cannot be found
 */
export function enableUnwind(): void {
  if (state !== null) return;
  const reg = CFunction({ ptr: resolveSymbol(UNWIND_LIBRARY, "__register_frame") as Pointer, args: ["ptr"], returns: "void" }) as unknown as (p: number) => void;
  const dereg = CFunction({ ptr: resolveSymbol(UNWIND_LIBRARY, "__deregister_frame") as Pointer, args: ["ptr"], returns: "ptr" }) as unknown as (p: number) => void;
  const st: State = { register: reg, deregister: dereg, byRecord: new Map(), stop: () => {} };
  state = st;
  for (const r of liveRecords()) add(st, r);
  st.stop = observeCode({ load: (r) => add(st, r), free: (r) => remove(st, r) });
}

/**
 * Deregister everything and stop registering new functions.
 * @example disableUnwind()
 */
export function disableUnwind(): void {
  const st = state;
  if (st === null) return;
  state = null;
  st.stop();
  for (const r of [...st.byRecord.keys()]) remove(st, r);
}

/** How many functions' frames are registered (tests). @example unwindRegistered() */
export function unwindRegistered(): number {
  return state?.byRecord.size ?? 0;
}

function add(st: State, r: CodeRecord): void {
  if (st.byRecord.has(r)) return;
  const start = r.entryBlock === null ? r.entry : r.address;
  const eh = ehFrameOf(r, start, r.address + r.size - start);
  if (eh === null) return;
  const p = libc.malloc(eh.length);
  new Uint8Array(toArrayBuffer(p as Pointer, 0, eh.length)).set(eh);
  st.register(p);
  st.byRecord.set(r, p);
}

function remove(st: State, r: CodeRecord): void {
  const p = st.byRecord.get(r);
  if (p === undefined) return;
  st.byRecord.delete(r);
  st.deregister(p);
  libc.free(p);
}
