/**
 * chunk.ts — one mapped region of code memory and the three ways to make it
 * executable ("dual", "flip", "rwx"). A chunk knows pages and protections, not
 * blocks: sub-allocation lives in allocator.ts.
 *
 * - dual: one memfd mapped twice, a RW view (MAP_SHARED, read+write) and a RX
 *   view (MAP_SHARED, read+exec) of the same physical pages. Code is written
 *   through the RW view and run through the RX view; no mapping is ever both
 *   writable and executable, and adding code never calls mprotect.
 * - flip: one private anonymous mapping; pages are RW while they hold no sealed
 *   code and RX afterwards. A write to a page that already holds sealed code
 *   flips it RW, copies, and flips it back RX inside the same synchronous call,
 *   so sealed code is never non-executable when JS could call it.
 * - rwx: one private anonymous mapping that is read+write+exec (INSECURE:
 *   the seed article's first version; opt-in only).
 * On AArch64 every write is followed by instruction-cache maintenance, and
 * on Apple Silicon every mode maps MAP_JIT memory written between per-thread
 * write-protect toggles (host-isa.ts).
 */
import { toArrayBuffer } from "bun:ffi";
import { libc } from "../os/libc.ts";
import { fillTrap, jitWriteProtect, syncCode } from "./host-isa.ts";

/** How code memory is made executable. */
export type ChunkMode = "dual" | "flip" | "rwx";

export class Chunk {
  /** Address code runs at (RX view; same as rw for flip/rwx). */
  readonly rx: number;
  /** Address code is written at (RW view; same as rx for flip/rwx). */
  readonly rw: number;
  readonly size: number;
  readonly mode: ChunkMode;
  readonly pageSize: number;
  /** Byte view over the RW (or RWX) mapping; null in flip mode, where pages change protection. */
  private view: Uint8Array | null;
  /** flip mode: 1 when the page is currently RX. */
  private readonly pageRx: Uint8Array | null;
  /** flip mode: how many sealed blocks touch the page. */
  private readonly pageSealed: Uint32Array | null;
  /** Apple Silicon: a MAP_JIT mapping, writable only between per-thread toggles. */
  private readonly jit: boolean;
  unmapped = false;

  constructor(size: number, mode: ChunkMode) {
    const ps = libc.pageSize;
    this.pageSize = ps;
    this.size = size;
    this.mode = mode;
    const R = libc.PROT_READ, W = libc.PROT_WRITE, X = libc.PROT_EXEC;
    this.jit = libc.platform.MAP_JIT !== 0;
    if (this.jit) {
      // Apple Silicon: executable memory must be MAP_JIT; W^X holds per thread (written only while toggled writable)
      this.rx = this.rw = libc.mmap(0, size, R | W | X, libc.MAP_PRIVATE | libc.MAP_ANONYMOUS | libc.platform.MAP_JIT, -1, 0);
      this.view = new Uint8Array(toArrayBuffer(this.rw, 0, size));
      jitWriteProtect(false);
      fillTrap(this.view, 0, size);
      jitWriteProtect(true);
      this.pageRx = null;
      this.pageSealed = null;
    } else if (mode === "dual") {
      const fd = libc.memfdCreate("bunjit");
      let rw = 0;
      try {
        libc.ftruncate(fd, size);
        rw = libc.mmap(0, size, R | W, libc.MAP_SHARED, fd, 0);
        this.rw = rw;
        this.rx = libc.mmap(0, size, R | X, libc.MAP_SHARED, fd, 0);
      } catch (e) {
        if (rw !== 0) libc.munmap(rw, size);
        throw e;
      } finally {
        libc.close(fd); // the two mappings keep the file alive
      }
      this.view = new Uint8Array(toArrayBuffer(this.rw, 0, size));
      fillTrap(this.view, 0, size);
      this.pageRx = null;
      this.pageSealed = null;
    } else if (mode === "rwx") {
      this.rx = this.rw = libc.mmap(0, size, R | W | X, libc.MAP_PRIVATE | libc.MAP_ANONYMOUS, -1, 0);
      this.view = new Uint8Array(toArrayBuffer(this.rw, 0, size));
      fillTrap(this.view, 0, size);
      this.pageRx = null;
      this.pageSealed = null;
    } else {
      this.rx = this.rw = libc.mmap(0, size, R | W, libc.MAP_PRIVATE | libc.MAP_ANONYMOUS, -1, 0);
      this.view = null;
      this.pageRx = new Uint8Array(size / ps);
      this.pageSealed = new Uint32Array(size / ps);
    }
  }

  /** Copy bytes to [offset, offset + bytes.length) of the chunk. Caller checked bounds. */
  write(offset: number, bytes: ArrayLike<number>): void {
    const n = bytes.length;
    if (n === 0) return;
    if (this.view !== null) {
      if (this.jit) jitWriteProtect(false);
      this.view.set(bytes, offset);
      if (this.jit) jitWriteProtect(true);
      syncCode(this.rw + offset, this.rx + offset, n);
      return;
    }
    // flip mode
    const src = bytes instanceof Uint8Array ? bytes : Uint8Array.from(bytes);
    // Invariant: a page holding sealed code (pageSealed > 0) is RX (pageRx = 1).
    const rx = this.pageRx!, sealed = this.pageSealed!;
    const first = Math.floor(offset / this.pageSize), last = Math.floor((offset + n - 1) / this.pageSize);
    let anyRx = false, transient = false;
    for (let p = first; p <= last; p++) {
      if (rx[p] === 1) {
        anyRx = true;
        if (sealed[p]! > 0) transient = true;
        else rx[p] = 0; // no sealed code left on it: stays RW until the next seal
      }
    }
    const R = libc.PROT_READ, W = libc.PROT_WRITE, X = libc.PROT_EXEC;
    if (anyRx) libc.mprotect(this.rw + first * this.pageSize, (last - first + 1) * this.pageSize, R | W);
    libc.memcpy(this.rw + offset, src, n);
    syncCode(this.rw + offset, this.rx + offset, n);
    if (transient) {
      // restore RX on pages holding sealed code before any JS can call it
      for (let p = first; p <= last; p++) {
        if (sealed[p]! > 0) libc.mprotect(this.rw + p * this.pageSize, this.pageSize, R | X);
      }
    }
  }

  /** Mark [offset, offset+len) as holding sealed code and make its pages RX (flip mode). */
  seal(offset: number, len: number): void {
    if (this.mode !== "flip" || this.jit || len === 0) return;
    const rx = this.pageRx!, sealed = this.pageSealed!;
    const first = Math.floor(offset / this.pageSize), last = Math.floor((offset + len - 1) / this.pageSize);
    let lo = -1;
    for (let p = first; p <= last; p++) {
      sealed[p]!++;
      if (rx[p] === 0) {
        rx[p] = 1;
        if (lo < 0) lo = p;
      } else if (lo >= 0) {
        this.protectRx(lo, p);
        lo = -1;
      }
    }
    if (lo >= 0) this.protectRx(lo, last + 1);
  }

  private protectRx(from: number, to: number): void {
    libc.mprotect(this.rw + from * this.pageSize, (to - from) * this.pageSize, libc.PROT_READ | libc.PROT_EXEC);
  }

  /** Forget sealed code in [offset, offset+len) (it was freed); fill with traps where writable without a flip. */
  release(offset: number, len: number, wasSealed: boolean): void {
    if (len === 0) return;
    if (this.view !== null) {
      if (this.jit) jitWriteProtect(false);
      fillTrap(this.view, offset, offset + len);
      if (this.jit) jitWriteProtect(true);
      return;
    }
    if (!wasSealed) return;
    const sealed = this.pageSealed!;
    const first = Math.floor(offset / this.pageSize), last = Math.floor((offset + len - 1) / this.pageSize);
    for (let p = first; p <= last; p++) sealed[p]!--;
  }

  /** Unmap both views. Idempotent. @throws JitError EUNMAP */
  unmap(): void {
    if (this.unmapped) return;
    this.unmapped = true;
    this.view = null;
    libc.munmap(this.rx, this.size);
    if (this.rw !== this.rx) libc.munmap(this.rw, this.size);
  }
}
