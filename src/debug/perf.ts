/**
 * perf.ts — tells Linux perf which bunjit function owns which code: a jitdump
 * file (`jit-<pid>.dump`, CLOCK_MONOTONIC timestamps, mapped PROT_READ|PROT_EXEC
 * so `perf record` sees it) for the usual workflow
 *
 *   perf record -k 1 -e cpu-clock bun app.ts      # BUNJIT_PERF=1 in the environment
 *   perf inject --jit -i perf.data -o perf.jit.data
 *   perf report -i perf.jit.data
 *
 * and a perf map (`/tmp/perf-<pid>.map`, `START SIZE name`), which perf reads
 * by itself — but only for anonymous executable memory: flip and rwx chunks.
 * The default dual mapping is a memfd, which perf treats as a file (the
 * samples land in `memfd:bunjit (deleted)`), so there the jitdump and `perf
 * inject --jit` are what name the code (measured: docs/debugging.md).
 *
 * Each function is described from its entry pad to the end of its code, with
 * its name; unwind rules go along as UNWINDING_INFO when the builder gave them.
 * No instruction knowledge; the bytes come from the lifetime records.
 */
import { closeSync, existsSync, mkdirSync, openSync, readSync, unlinkSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { isMainThread } from "node:worker_threads";
import { join } from "node:path";
import { toArrayBuffer, type Pointer } from "bun:ffi";
import { JitError } from "../core/errors.ts";
import { liveRecords, observeCode, type CodeRecord } from "../ffi/lifetime.ts";
import { libc } from "../os/libc.ts";
import { codeCloseRecord, codeLoadRecord, debugInfoRecord, jitdumpHeader, JITDUMP_MAGIC, unwindingInfoRecord } from "./jitdump.ts";
import { unwindTablesOf } from "./unwind-tables.ts";
import { sourceLinesOf } from "./source-lines.ts";

/** Options of enablePerf. */
export interface PerfOptions {
  /** Write the jitdump file (default true). */
  jitdump?: boolean;
  /** Append to /tmp/perf-<pid>.map (default true). */
  map?: boolean;
  /**
   * Directory for the jitdump (created if missing). Default: `$BUNJIT_PERF_DIR`, else
   * `<os tmpdir>/bunjit-jit-<pid>` (its own directory: perf inject writes one .so per function next
   * to the dump, and JavaScriptCore's own dump, BUN_JSC_useJITDump=1, has the same file name).
   */
  dir?: string;
}

/** Where perf output goes (what enablePerf returns). */
export interface PerfOutput {
  /** The jitdump file, or null when not written. */
  readonly jitdump: string | null;
  /** The perf map, or null when not written. */
  readonly map: string | null;
}

interface State {
  dumpFd: number;
  mapFd: number;
  mapping: number;
  index: number;
  out: PerfOutput;
  stop: () => void;
}

let state: State | null = null;

/**
 * Describe every bunjit function (those that exist now and those made later) to perf.
 * Idempotent: a second call returns the first call's output paths.
 *
 * @example const { jitdump } = enablePerf(); // then: perf inject --jit -i perf.data -o perf.jit.data
 * @throws JitError ESYSCALL when the files cannot be created or the dump cannot be mapped, EARGS for bad options
 */
export function enablePerf(options: PerfOptions = {}): PerfOutput {
  if (state !== null) return state.out;
  if (typeof options !== "object" || options === null) throw new JitError("EARGS", "enablePerf: options must be an object");
  if (options.dir !== undefined && (typeof options.dir !== "string" || options.dir.length === 0 || options.dir.includes("\0"))) {
    throw new JitError("EARGS", "enablePerf: dir must be a non-empty path without NUL");
  }
  const pid = process.pid;
  let dumpFd = -1, mapFd = -1, mapping = 0;
  let dumpPath: string | null = null, mapPath: string | null = null;
  try {
    if (options.jitdump !== false) {
      const dir = options.dir ?? process.env.BUNJIT_PERF_DIR ?? join(tmpdir(), `bunjit-jit-${pid}`);
      mkdirSync(dir, { recursive: true });
      dumpPath = join(dir, `jit-${pid}.dump`);
      dumpFd = openDump(dumpPath, pid);
      // perf record notes executable mappings only: map the dump's first page read+exec (never run)
      mapping = libc.mmap(0, libc.pageSize, libc.PROT_READ | libc.PROT_EXEC, libc.MAP_PRIVATE, dumpFd, 0);
    }
    if (options.map !== false) {
      mapPath = `/tmp/perf-${pid}.map`;
      mapFd = openSync(mapPath, "a", 0o644);
    }
  } catch (e) {
    if (mapping !== 0) libc.munmap(mapping, libc.pageSize);
    if (dumpFd >= 0) closeSync(dumpFd);
    if (mapFd >= 0) closeSync(mapFd);
    if (e instanceof JitError) throw e;
    throw new JitError("ESYSCALL", `enablePerf: cannot create ${dumpPath ?? mapPath}: ${(e as Error).message}`, { cause: e });
  }
  const st: State = { dumpFd, mapFd, mapping, index: 0, out: { jitdump: dumpPath, map: mapPath }, stop: () => {} };
  state = st;
  for (const r of liveRecords()) load(st, r);
  st.stop = observeCode({ load: (r) => load(st, r), free: () => {} });
  return st.out;
}

/**
 * Stop describing new functions to perf; closes the files (the dump gets a CODE_CLOSE record).
 * @example disablePerf()
 */
export function disablePerf(): void {
  const st = state;
  if (st === null) return;
  state = null;
  st.stop();
  if (st.dumpFd >= 0) {
    writeSync(st.dumpFd, codeCloseRecord(libc.monotonicNs()));
    libc.munmap(st.mapping, libc.pageSize);
    closeSync(st.dumpFd);
  }
  if (st.mapFd >= 0) closeSync(st.mapFd);
}

/** Where perf output goes, or null when perf support is off. @example perfOutput()?.jitdump */
export function perfOutput(): PerfOutput | null {
  return state?.out ?? null;
}

/**
 * Open the dump for appending (every record is one write(): O_APPEND keeps the records of several
 * threads — Workers turn perf support on too — whole). Whoever creates the file writes the header.
 * The main thread replaces a file left by an earlier process with the same pid (a header older
 * than this process); Workers only ever append (their clocks start with the Worker).
 */
function openDump(path: string, pid: number): number {
  if (isMainThread && existsSync(path)) {
    const started = libc.monotonicNs() - BigInt(Math.floor(Bun.nanoseconds()));
    const fd = openSync(path, "r");
    const head = new Uint8Array(40);
    const n = readSync(fd, head, 0, 40, 0);
    closeSync(fd);
    const v = new DataView(head.buffer);
    const ours = n === 40 && v.getUint32(0, true) === JITDUMP_MAGIC && v.getUint32(20, true) === pid && v.getBigUint64(24, true) >= started;
    if (!ours) unlinkSync(path);
  }
  try {
    const fd = openSync(path, "wx", 0o644);
    writeSync(fd, jitdumpHeader(pid, libc.monotonicNs()));
    closeSync(fd);
  } catch (e) {
    if ((e as { code?: string }).code !== "EEXIST") throw e; // another thread of this process wrote the header
  }
  return openSync(path, "a+", 0o644);
}

function load(st: State, r: CodeRecord): void {
  const start = r.entry;
  const end = r.address + r.size;
  const name = r.name;
  if (st.mapFd >= 0) writeSync(st.mapFd, `${start.toString(16)} ${(end - start).toString(16)} ${name}\n`);
  if (st.dumpFd < 0) return;
  const now = libc.monotonicNs();
  // the pad and the code (a separate entry block is described on its own, below)
  const codeStart = r.entryBlock === null ? start : r.address;
  const code = new Uint8Array(toArrayBuffer(codeStart as Pointer, 0, end - codeStart)).slice();
  const parts: Uint8Array[] = [];
  const lines = sourceLinesOf(r);
  if (lines !== null && lines.length > 0) parts.push(debugInfoRecord(codeStart, lines, now));
  const tables = unwindTablesOf(r, codeStart, end - codeStart);
  if (tables !== null) parts.push(unwindingInfoRecord(tables.ehFrameHdr, tables.ehFrame, now));
  const tid = libc.gettid();
  parts.push(codeLoadRecord({ pid: process.pid, tid, address: codeStart, code, index: ++st.index, name }, now));
  if (r.entryBlock !== null) {
    const entry = new Uint8Array(toArrayBuffer(start as Pointer, 0, 20)).slice();
    parts.push(codeLoadRecord({ pid: process.pid, tid, address: start, code: entry, index: ++st.index, name: `${name}.entry` }, now));
  }
  // one write: O_APPEND keeps it whole next to other threads' records
  writeSync(st.dumpFd, parts.length === 1 ? parts[0]! : Buffer.concat(parts));
}
