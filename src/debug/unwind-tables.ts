/**
 * unwind-tables.ts — a record's unwind data in the shapes its readers want:
 * `.eh_frame` bytes for gdb's objects and libgcc's `__register_frame` (from
 * the frame rows jit.function attached to the record), and `.eh_frame_hdr` +
 * `.eh_frame` for perf's UNWINDING_INFO records. Null when the code came
 * without rows (fromBytes, compile: bunjit does not know their frames).
 */
import type { CodeRecord } from "../ffi/lifetime.ts";
import { ehFrame, ehFrameHdr, fdeOffset, type FrameInfo } from "./cfi.ts";

/** What jit.function attaches to a record (CodeRecord.debug). */
export interface CodeDebug {
  frame?: FrameInfo;
}

/** The frame rows attached to a record, if any. */
export function frameOf(r: CodeRecord): FrameInfo | null {
  const d = r.debug as CodeDebug | undefined;
  return d !== undefined && d !== null && typeof d === "object" && d.frame !== undefined ? d.frame : null;
}

/**
 * `.eh_frame` for the record's code described from `start` (its entry pad, or the code itself
 * when the entry is a separate block), `size` bytes.
 * @example ehFrameOf(r, r.entry, r.address + r.size - r.entry)
 */
export function ehFrameOf(r: CodeRecord, start: number, size: number): Uint8Array | null {
  const f = frameOf(r);
  return f === null ? null : ehFrame(f.rows, start, size, r.address - start);
}

/**
 * `.eh_frame` and `.eh_frame_hdr` for perf's UNWINDING_INFO record: perf inject puts the code at
 * some offset T of the object it writes, the `.eh_frame` at align8(T + size) and the header right
 * after it, so pc-relative values are computed with the code at 0 (T cancels out).
 * @example unwindTablesOf(r, r.entry, r.address + r.size - r.entry)
 */
export function unwindTablesOf(r: CodeRecord, start: number, size: number): { ehFrameHdr: Uint8Array; ehFrame: Uint8Array } | null {
  const f = frameOf(r);
  if (f === null) return null;
  const ehAt = Math.ceil(size / 8) * 8;
  const eh = ehFrame(f.rows, 0, size, r.address - start, ehAt);
  const hdr = ehFrameHdr(ehAt + eh.length, ehAt, fdeOffset(eh), 0);
  return { ehFrame: eh, ehFrameHdr: hdr };
}
