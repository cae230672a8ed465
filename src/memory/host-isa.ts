/**
 * host-isa.ts — what executable memory must do differently per host
 * instruction set, kept out of chunk.ts's page logic:
 *
 * - the filler of code memory that holds no code: int3 bytes on x86-64,
 *   `brk #0` words on AArch64 (both trap);
 * - instruction-cache maintenance after every write (AArch64 only: x86-64
 *   keeps instruction fetch coherent by itself). Linux: a 26-instruction
 *   routine of our own (dc cvau over the written view by CTR_EL0's D-line,
 *   dsb ish, ic ivau over the executed view by its I-line, dsb ish, isb —
 *   honouring CTR_EL0.IDC/DIC), placed once in a page of its own that is
 *   mapped executable only after it is written (the kernel makes a page it
 *   maps executable coherent). macOS: `sys_icache_invalidate`.
 * - whether a dual mapping stays coherent (not under qemu-user, see
 *   `aliasedCodeCoherent`);
 * - Apple Silicon's MAP_JIT memory, writable only between
 *   `pthread_jit_write_protect_np(0)` and `(1)` on the writing thread —
 *   coded to Apple's documentation, untested here (no macOS machine; see
 *   docs/aarch64.md).
 *
 * The routine's words are constants (this module encodes nothing);
 * test/aarch64/host-isa.test.ts checks them against the AArch64 assembler
 * and llvm-mc-22, and runs the routine under qemu.
 */
import { CFunction, type Pointer } from "bun:ffi";
import { readFileSync } from "node:fs";
import { JitError } from "../core/errors.ts";
import { libc, resolveSymbol } from "../os/libc.ts";

/** True when this process runs AArch64 code. */
export const HOST_ARM64 = process.arch === "arm64";

/** `brk #0`, the AArch64 trap word unused code memory is filled with. */
export const BRK0 = 0xd4200000;

/**
 * The cache-maintenance routine `sync(rw, rx, n)`: make `n` bytes written at `rw` visible to
 * instruction fetch at `rx` (the same memory through another view, or the same address).
 */
export const SYNC_WORDS: readonly number[] = [
  0xb4000342, // cbz x2, done
  0xd53b0023, // mrs x3, ctr_el0
  0xd2800085, // mov x5, #4
  0x8b020008, // add x8, x0, x2
  0x37e00123, // tbnz w3, #28, dsb1 (IDC: no clean to PoU)
  0xd3504c64, // ubfx x4, x3, #16, #4 (DminLine)
  0x9ac420a4, // lsl x4, x5, x4
  0xd1000486, // sub x6, x4, #1
  0x8a260007, // bic x7, x0, x6
  0xd50b7b27, // dc_loop: dc cvau, x7
  0x8b0400e7, // add x7, x7, x4
  0xeb0800ff, // cmp x7, x8
  0x54ffffa3, // b.lo dc_loop
  0xd5033b9f, // dsb1: dsb ish
  0x37e80163, // tbnz w3, #29, isb (DIC: no invalidate to PoU)
  0x92400c64, // and x4, x3, #15 (IminLine)
  0x9ac420a4, // lsl x4, x5, x4
  0xd1000486, // sub x6, x4, #1
  0x8a260027, // bic x7, x1, x6
  0x8b020028, // add x8, x1, x2
  0xd50b7527, // ic_loop: ic ivau, x7
  0x8b0400e7, // add x7, x7, x4
  0xeb0800ff, // cmp x7, x8
  0x54ffffa3, // b.lo ic_loop
  0xd5033b9f, // dsb ish
  0xd5033fdf, // isb: isb
  0xd65f03c0, // done: ret
];

/** Fill [from, to) of a code view with trap bytes (int3) or trap words (brk #0; offsets are 4-byte aligned). */
export function fillTrap(view: Uint8Array, from: number, to: number): void {
  if (!HOST_ARM64) {
    view.fill(0xcc, from, to);
    return;
  }
  for (let p = from; p + 4 <= to; p += 4) {
    view[p] = 0x00;
    view[p + 1] = 0x00;
    view[p + 2] = 0x20;
    view[p + 3] = 0xd4;
  }
}

let syncFn: ((rw: number, rx: number, n: number) => void) | null = null;
let syncPage = 0;

function linuxSync(): (rw: number, rx: number, n: number) => void {
  const ps = libc.pageSize;
  const page = libc.mmap(0, ps, libc.PROT_READ | libc.PROT_WRITE, libc.MAP_PRIVATE | libc.MAP_ANONYMOUS, -1, 0);
  const bytes = new Uint8Array(SYNC_WORDS.length * 4);
  const dv = new DataView(bytes.buffer);
  SYNC_WORDS.forEach((w, i) => dv.setUint32(i * 4, w, true));
  libc.memcpy(page, bytes, bytes.length);
  // mapped executable only now: the kernel synchronises the caches of a page it maps executable
  libc.mprotect(page, ps, libc.PROT_READ | libc.PROT_EXEC);
  syncPage = page; // never unmapped: every chunk's writes go through it
  const cf = CFunction({ ptr: page as Pointer, args: ["u64", "u64", "u64"], returns: "void" }) as unknown as (a: number, b: number, c: number) => void;
  return (rw, rx, n) => cf(rw, rx, n);
}

function darwinSync(): (rw: number, rx: number, n: number) => void {
  const cf = CFunction({ ptr: resolveSymbol("libSystem.B.dylib", "sys_icache_invalidate") as Pointer, args: ["u64", "u64"], returns: "void" }) as unknown as (a: number, n: number) => void;
  return (_rw, rx, n) => cf(rx, n);
}

/**
 * After writing code: make it visible to instruction fetch (a no-op on x86-64).
 * @example syncCode(chunk.rw + off, chunk.rx + off, n)
 * @throws JitError EPLATFORM / EMMAP / EPROTECT when the routine cannot be set up
 */
export function syncCode(rw: number, rx: number, n: number): void {
  if (!HOST_ARM64 || n === 0) return;
  if (syncFn === null) syncFn = libc.platform.os === "darwin" ? darwinSync() : linuxSync();
  syncFn(rw, rx, n);
}

/** The page holding the Linux cache-maintenance routine (0 before first use), for tests. */
export function syncRoutineAddress(): number {
  return syncPage;
}

let coherent: boolean | null = null;
/**
 * False when code written through one mapping of memory is not seen through another mapping of it:
 * an AArch64 process emulated by qemu-user (its translated-code cache watches the written virtual
 * page, so a dual mapping's RX view keeps running stale translations, and it treats `ic ivau` as a
 * no-op). Detected by /proc/cpuinfo describing an x86 host CPU to an arm64 process. The allocator
 * then uses mprotect flips, which qemu-user does observe. Real hardware: true.
 */
export function aliasedCodeCoherent(): boolean {
  if (coherent !== null) return coherent;
  coherent = true;
  if (HOST_ARM64 && process.platform === "linux") {
    try {
      coherent = !/^vendor_id\s*:/m.test(readFileSync("/proc/cpuinfo", "utf8"));
    } catch {
      coherent = true; // unreadable: assume real hardware
    }
  }
  return coherent;
}

let jitProtect: ((enabled: number) => void) | null = null;
/**
 * Apple Silicon: make MAP_JIT memory writable (false) or executable (true) for this thread.
 * @throws JitError EPLATFORM where MAP_JIT does not exist
 */
export function jitWriteProtect(executable: boolean): void {
  if (libc.platform.MAP_JIT === 0) throw new JitError("EPLATFORM", "pthread_jit_write_protect_np exists only on Apple Silicon macOS");
  if (jitProtect === null) {
    const cf = CFunction({ ptr: resolveSymbol("libSystem.B.dylib", "pthread_jit_write_protect_np") as Pointer, args: ["i32"], returns: "void" }) as unknown as (e: number) => void;
    jitProtect = (e) => cf(e);
  }
  jitProtect(executable ? 1 : 0);
}
