/**
 * jitdump.ts — the bytes of perf's jitdump format (linux
 * tools/perf/Documentation/jitdump-specification.txt, version 1): the file
 * header and the CODE_LOAD, CODE_DEBUG_INFO, CODE_CLOSE and UNWINDING_INFO
 * records, little-endian. Pure encoders: no files, no clocks, no perf (see
 * perf.ts for the writer).
 */

/** "JiTD" read as a little-endian u32. */
export const JITDUMP_MAGIC = 0x4a695444;
export const JITDUMP_VERSION = 1;
/** ELF e_machine of x86-64 and of AArch64; the header names the host's. */
export const EM_X86_64 = 62;
export const EM_AARCH64 = 183;
const EM_HOST = process.arch === "arm64" ? EM_AARCH64 : EM_X86_64;

/** Record ids. */
export const JIT_CODE_LOAD = 0;
export const JIT_CODE_MOVE = 1;
export const JIT_CODE_DEBUG_INFO = 2;
export const JIT_CODE_CLOSE = 3;
export const JIT_CODE_UNWINDING_INFO = 4;

const utf8 = new TextEncoder();

/**
 * The 40-byte file header.
 * @example jitdumpHeader(process.pid, libc.monotonicNs())
 */
export function jitdumpHeader(pid: number, timestamp: bigint, machine = EM_HOST): Uint8Array {
  const b = new Uint8Array(40);
  const v = new DataView(b.buffer);
  v.setUint32(0, JITDUMP_MAGIC, true);
  v.setUint32(4, JITDUMP_VERSION, true);
  v.setUint32(8, 40, true); // header size
  v.setUint32(12, machine, true);
  v.setUint32(16, 0, true); // pad
  v.setUint32(20, pid, true);
  v.setBigUint64(24, timestamp, true);
  v.setBigUint64(32, 0n, true); // flags: timestamps are CLOCK_MONOTONIC, not TSC
  return b;
}

function record(id: number, timestamp: bigint, bodySize: number): { b: Uint8Array; v: DataView } {
  const total = 16 + bodySize;
  const b = new Uint8Array(total);
  const v = new DataView(b.buffer);
  v.setUint32(0, id, true);
  v.setUint32(4, total, true);
  v.setBigUint64(8, timestamp, true);
  return { b, v };
}

/** What a CODE_LOAD record says. */
export interface CodeLoad {
  pid: number;
  tid: number;
  /** Address of the code (vma and code_addr are the same for us). */
  address: number;
  /** The code (copied into the record: perf inject builds an ELF object from it). */
  code: Uint8Array;
  /** Unique per load (perf inject names its objects jitted-<pid>-<index>.so). */
  index: number;
  name: string;
}

/**
 * JIT_CODE_LOAD: a function appears at `address` with these bytes and this name.
 * @example codeLoadRecord({ pid, tid, address, code, index: 1, name: "dot" }, now)
 */
export function codeLoadRecord(c: CodeLoad, timestamp: bigint): Uint8Array {
  const name = utf8.encode(c.name);
  const { b, v } = record(JIT_CODE_LOAD, timestamp, 40 + name.length + 1 + c.code.length);
  v.setUint32(16, c.pid, true);
  v.setUint32(20, c.tid, true);
  v.setBigUint64(24, BigInt(c.address), true); // vma
  v.setBigUint64(32, BigInt(c.address), true); // code_addr
  v.setBigUint64(40, BigInt(c.code.length), true);
  v.setBigUint64(48, BigInt(c.index), true);
  b.set(name, 56);
  b[56 + name.length] = 0;
  b.set(c.code, 57 + name.length);
  return b;
}

/**
 * JIT_CODE_CLOSE: the process stops writing (optional; perf tolerates its absence).
 * @example codeCloseRecord(now)
 */
export function codeCloseRecord(timestamp: bigint): Uint8Array {
  return record(JIT_CODE_CLOSE, timestamp, 0).b;
}

/** One line-table entry: code address → source file and line. */
export interface DebugEntry {
  address: number;
  line: number;
  file: string;
}

/**
 * JIT_CODE_DEBUG_INFO for the code at `codeAddress`; written before that code's CODE_LOAD.
 * @example debugInfoRecord(addr, [{ address: addr, line: 12, file: "/src/kernel.ts" }], now)
 */
export function debugInfoRecord(codeAddress: number, entries: readonly DebugEntry[], timestamp: bigint): Uint8Array {
  const names = entries.map((e) => utf8.encode(e.file));
  const size = 16 + names.reduce((n, f) => n + 16 + f.length + 1, 0);
  const { b, v } = record(JIT_CODE_DEBUG_INFO, timestamp, size);
  v.setBigUint64(16, BigInt(codeAddress), true);
  v.setBigUint64(24, BigInt(entries.length), true);
  let p = 32;
  entries.forEach((e, i) => {
    v.setBigUint64(p, BigInt(e.address), true);
    v.setUint32(p + 8, e.line, true);
    v.setUint32(p + 12, 0, true); // discriminator
    b.set(names[i]!, p + 16);
    b[p + 16 + names[i]!.length] = 0;
    p += 16 + names[i]!.length + 1;
  });
  return b;
}

/**
 * JIT_CODE_UNWINDING_INFO for the next CODE_LOAD: the `.eh_frame` followed by its `.eh_frame_hdr`
 * (perf inject splits them at unwinding_size - eh_frame_hdr_size and puts both into the object it
 * builds, so `perf report --call-graph dwarf` unwinds through the code). mapped_size 0: the
 * tables are not in the process's memory next to the code. The data is padded to 8 bytes.
 * @example unwindingInfoRecord(hdr, ehFrame, now)
 */
export function unwindingInfoRecord(ehFrameHdr: Uint8Array, ehFrame: Uint8Array, timestamp: bigint): Uint8Array {
  const data = ehFrame.length + ehFrameHdr.length;
  const padded = (data + 7) & ~7;
  const { b, v } = record(JIT_CODE_UNWINDING_INFO, timestamp, 24 + padded);
  v.setBigUint64(16, BigInt(data), true); // unwinding_size: both tables
  v.setBigUint64(24, BigInt(ehFrameHdr.length), true);
  v.setBigUint64(32, 0n, true); // mapped_size
  b.set(ehFrame, 40);
  b.set(ehFrameHdr, 40 + ehFrame.length);
  return b;
}
