/**
 * libc.ts — the C library calls bunjit needs (mmap, mprotect, munmap, memcpy,
 * sysconf, memfd_create, ftruncate, close, dlopen/dlsym), bound with bun:ffi,
 * each wrapped so that a failure becomes a JitError naming the call, errno and
 * strerror text. Also resolves the address of any C symbol.
 *
 * The library is opened lazily on first use, so importing bunjit on an
 * unsupported platform fails only when memory is actually needed (EPLATFORM).
 * No allocation policy lives here: see src/memory/.
 */
import { dlopen, FFIType, read, type FFIFunction, type Pointer } from "bun:ffi";
import { JitError, type JitErrorCode } from "../core/errors.ts";
import { describeValue } from "./describe.ts";
import { resolvePlatform, type PlatformInfo } from "./platform.ts";

function bind(info: PlatformInfo) {
  const common = {
    mmap: { args: ["ptr", "u64", "i32", "i32", "i32", "i64"], returns: FFIType.i64_fast },
    mprotect: { args: ["ptr", "u64", "i32"], returns: "i32" },
    munmap: { args: ["ptr", "u64"], returns: "i32" },
    memcpy: { args: ["ptr", "ptr", "u64"], returns: "ptr" },
    sysconf: { args: ["i32"], returns: FFIType.i64_fast },
    ftruncate: { args: ["i32", "i64"], returns: "i32" },
    close: { args: ["i32"], returns: "i32" },
    strerror: { args: ["i32"], returns: "cstring" },
    dlopen: { args: ["ptr", "i32"], returns: "ptr" },
    dlsym: { args: ["ptr", "ptr"], returns: "ptr" },
    dlerror: { args: [], returns: "cstring" },
  } as const;
  const lib = dlopenOrThrow(info.libc, common);
  // the symbol's name differs per C library (__errno_location / __error)
  const errnoDecl: Record<string, { args: []; returns: "ptr" }> = { [info.errnoFunction]: { args: [], returns: "ptr" } };
  const errnoFn = dlopenOrThrow(info.libc, errnoDecl).symbols[info.errnoFunction] as () => Pointer | null;
  let memfd: ((name: Uint8Array, flags: number) => number) | null = null;
  if (info.hasMemfd) {
    try {
      const m = dlopen(info.libc, { memfd_create: { args: ["ptr", "u32"], returns: "i32" } } as const);
      memfd = m.symbols.memfd_create;
    } catch {
      memfd = null; // C library too old (glibc < 2.27): callers fall back to mprotect flips
    }
  }
  return { s: lib.symbols, errnoFn, memfd, extra: null as Extra | null };
}

/** Calls only the debug layer needs, bound on first use (gettid may be missing: glibc < 2.30). */
interface Extra {
  clockGettime: (clock: number, ts: BigInt64Array) => number;
  gettid: (() => number) | null;
  malloc: (n: number) => unknown;
  free: (p: Pointer) => void;
}

function extra(): Extra {
  const st = state();
  if (st.b.extra !== null) return st.b.extra;
  const clock = dlopenOrThrow(st.info.libc, {
    clock_gettime: { args: ["i32", "ptr"], returns: "i32" },
    malloc: { args: ["u64"], returns: "ptr" },
    free: { args: ["ptr"], returns: "void" },
  } as const).symbols;
  let gettid: (() => number) | null = null;
  try {
    gettid = dlopen(st.info.libc, { gettid: { args: [], returns: "i32" } } as const).symbols.gettid;
  } catch {
    gettid = null;
  }
  const e: Extra = { clockGettime: clock.clock_gettime as Extra["clockGettime"], gettid, malloc: clock.malloc, free: clock.free };
  st.b.extra = e;
  return e;
}

function dlopenOrThrow<T extends Record<string, FFIFunction>>(name: string, symbols: T) {
  try {
    return dlopen(name, symbols);
  } catch (cause) {
    throw new JitError("EPLATFORM", `cannot open the C library "${name}": ${String(cause)}`, { cause });
  }
}

type Bindings = ReturnType<typeof bind>;
let cached: { info: PlatformInfo; b: Bindings; pageSize: number } | null = null;

function state() {
  if (cached !== null) return cached;
  const info = resolvePlatform();
  const b = bind(info);
  const ps = b.s.sysconf(info.SC_PAGESIZE);
  const pageSize = Number(ps);
  if (!(pageSize > 0) || (pageSize & (pageSize - 1)) !== 0) {
    throw new JitError("ESYSCALL", `sysconf(_SC_PAGESIZE) returned ${String(ps)}`, { syscall: "sysconf" });
  }
  cached = { info, b, pageSize };
  return cached;
}

/** Read this thread's errno. Only meaningful right after a failing call. */
function errno(): number {
  const p = state().b.errnoFn();
  return p === null ? 0 : read.i32(p, 0);
}

function fail(code: JitErrorCode, syscall: string, what: string): never {
  const e = errno();
  const text = e === 0 ? "unknown error" : String(state().b.s.strerror(e));
  throw new JitError(code, `${syscall}(${what}) failed: ${text} (errno ${e})`, { syscall, errno: e });
}

/**
 * A C string for a name (symbol, library, memfd): a non-empty string without NUL —
 * `"puts\0evil"` would otherwise reach C as "puts".
 * @throws JitError EARGS
 */
function cstr(s: unknown, what: string): Buffer {
  if (typeof s !== "string" || s.length === 0 || s.length > 4096 || s.includes("\0")) {
    const shown = typeof s === "string" ? JSON.stringify(s.length > 60 ? s.slice(0, 60) + "…" : s) : typeof s;
    throw new JitError("EARGS", `${what} must be a non-empty string without NUL characters (at most 4096); got ${shown}`);
  }
  return Buffer.from(s + "\0", "utf8");
}
const hex = (n: number) => "0x" + n.toString(16);

/** @throws JitError EPOINTER unless an address (or 0 where `zero` allows it). */
function addr(v: unknown, call: string, zero = false): number {
  if (isAddress(v) || (zero && v === 0)) return v as number;
  throw new JitError("EPOINTER", `${call}: ${describeValue(v)} is not an address: expected an integer in (0, 2^47)${zero ? " or 0" : ""}`);
}

/** @throws JitError EARGS unless an integer in [lo, hi]. */
function int(v: unknown, call: string, what: string, lo: number, hi: number): number {
  if (typeof v === "number" && Number.isInteger(v) && v >= lo && v <= hi) return v;
  throw new JitError("EARGS", `${call}: ${what} must be an integer from ${lo} to ${hi}; got ${describeValue(v)}`);
}


const I32_MIN = -(2 ** 31), I32_MAX = 2 ** 31 - 1, LEN_MAX = 2 ** 47;

/**
 * Upper bound of user-space addresses: 2^47 on x86-64; 2^52 on AArch64, whose Linux user space
 * reaches 2^48 (mmap places memory near the top) or 2^52 with large virtual addresses. Exact in a double.
 */
const ADDRESS_LIMIT = process.arch === "arm64" ? 2 ** 52 : 2 ** 47;

/** True for an integer that can be a user-space address (non-zero, below 2^47 on x86-64, 2^52 on AArch64). */
export function isAddress(n: unknown): n is number {
  return typeof n === "number" && Number.isInteger(n) && n > 0 && n < ADDRESS_LIMIT;
}

/**
 * The C library, bound lazily. Every method throws a JitError on failure,
 * naming the call, its arguments, errno and strerror text.
 *
 * @example const page = libc.mmap(0, libc.pageSize, libc.PROT_READ | libc.PROT_WRITE, libc.MAP_PRIVATE | libc.MAP_ANONYMOUS, -1, 0);
 */
export const libc = {
  /** Platform constants (PROT_*, MAP_*, library name). @throws JitError EPLATFORM */
  get platform(): PlatformInfo {
    return state().info;
  },
  /** The page size from sysconf(_SC_PAGESIZE). @throws JitError EPLATFORM, ESYSCALL */
  get pageSize(): number {
    return state().pageSize;
  },
  get PROT_READ(): number {
    return state().info.PROT_READ;
  },
  get PROT_WRITE(): number {
    return state().info.PROT_WRITE;
  },
  get PROT_EXEC(): number {
    return state().info.PROT_EXEC;
  },
  get MAP_SHARED(): number {
    return state().info.MAP_SHARED;
  },
  get MAP_PRIVATE(): number {
    return state().info.MAP_PRIVATE;
  },
  get MAP_ANONYMOUS(): number {
    return state().info.MAP_ANONYMOUS;
  },
  /** True when memfd_create is available (dual mapping possible). */
  get hasMemfd(): boolean {
    return state().b.memfd !== null;
  },

  /**
   * mmap(2). Returns the mapping's address.
   * @example libc.mmap(0, 4096, libc.PROT_READ, libc.MAP_PRIVATE | libc.MAP_ANONYMOUS, -1, 0)
   * @throws JitError EMMAP (with syscall "mmap" and errno), EPOINTER for a hint that is neither 0 nor an address, EARGS for bad numbers
   */
  mmap(address: number, length: number, prot: number, flags: number, fd: number, offset: number): number {
    const a = addr(address, "mmap", true);
    // lengths beyond the address space are passed on: the kernel's refusal (ENOMEM) is the documented EMMAP
    int(length, "mmap", "length", 1, 2 ** 63);
    int(prot, "mmap", "prot", 0, I32_MAX);
    int(flags, "mmap", "flags", 0, I32_MAX);
    int(fd, "mmap", "fd", -1, I32_MAX);
    int(offset, "mmap", "offset", 0, LEN_MAX);
    const { s } = state().b;
    const r = Number(s.mmap(a === 0 ? null : (a as Pointer), length, prot, flags, fd, offset));
    if (r === -1 || !isAddress(r)) fail("EMMAP", "mmap", `${hex(a)}, ${length}, prot ${prot}, flags ${hex(flags)}, fd ${fd}`);
    return r;
  },
  /**
   * mprotect(2).
   * @example libc.mprotect(page, libc.pageSize, libc.PROT_READ | libc.PROT_EXEC)
   * @throws JitError EPROTECT, EPOINTER, EARGS
   */
  mprotect(address: number, length: number, prot: number): void {
    addr(address, "mprotect");
    int(length, "mprotect", "length", 0, LEN_MAX);
    int(prot, "mprotect", "prot", 0, I32_MAX);
    if (state().b.s.mprotect(address as Pointer, length, prot) !== 0) fail("EPROTECT", "mprotect", `${hex(address)}, ${length}, prot ${prot}`);
  },
  /**
   * munmap(2).
   * @example libc.munmap(page, libc.pageSize)
   * @throws JitError EUNMAP, EPOINTER, EARGS
   */
  munmap(address: number, length: number): void {
    addr(address, "munmap");
    int(length, "munmap", "length", 0, LEN_MAX);
    if (state().b.s.munmap(address as Pointer, length) !== 0) fail("EUNMAP", "munmap", `${hex(address)}, ${length}`);
  },
  /**
   * memcpy(3) from a byte array (or an address) to an address. The destination must be
   * writable (a raw call: only the argument types and the source array's length are checked).
   * @example libc.memcpy(rwAddress, new Uint8Array([0xc3]), 1)
   * @throws JitError EPOINTER for a destination or source that is not an address, EARGS for a bad length
   */
  memcpy(dst: number, src: Uint8Array | number, length: number): void {
    addr(dst, "memcpy");
    if (src instanceof Uint8Array) int(length, "memcpy", "length", 0, src.length);
    else {
      addr(src, "memcpy");
      int(length, "memcpy", "length", 0, LEN_MAX);
    }
    if (length === 0) return;
    state().b.s.memcpy(dst as Pointer, typeof src === "number" ? (src as Pointer) : src, length);
  },
  /**
   * memfd_create(2) with MFD_CLOEXEC. Returns a file descriptor.
   * @example const fd = libc.memfdCreate("bunjit")
   * @throws JitError ESYSCALL (also when memfd_create does not exist)
   */
  memfdCreate(name: string): number {
    const m = state().b.memfd;
    if (m === null) throw new JitError("ESYSCALL", "memfd_create is not available in this C library", { syscall: "memfd_create" });
    const fd = m(cstr(name, "memfd_create name"), 1 /* MFD_CLOEXEC */);
    if (fd < 0) fail("ESYSCALL", "memfd_create", JSON.stringify(name));
    return fd;
  },
  /** ftruncate(2). @example libc.ftruncate(fd, 65536) @throws JitError ESYSCALL, EARGS */
  ftruncate(fd: number, length: number): void {
    int(fd, "ftruncate", "fd", I32_MIN, I32_MAX);
    int(length, "ftruncate", "length", 0, LEN_MAX);
    if (state().b.s.ftruncate(fd, length) !== 0) fail("ESYSCALL", "ftruncate", `${fd}, ${length}`);
  },
  /** close(2). @example libc.close(fd) @throws JitError ESYSCALL, EARGS */
  close(fd: number): void {
    int(fd, "close", "fd", I32_MIN, I32_MAX);
    if (state().b.s.close(fd) !== 0) fail("ESYSCALL", "close", String(fd));
  },
  /** This thread's errno (read it right after a failing call). @example libc.errno() */
  errno,
  /**
   * clock_gettime(CLOCK_MONOTONIC) in nanoseconds (the clock `perf record -k 1` stamps samples with).
   * @example libc.monotonicNs() // 123456789012n
   * @throws JitError ESYSCALL
   */
  monotonicNs(): bigint {
    const ts = new BigInt64Array(2);
    if (extra().clockGettime(state().info.os === "linux" ? 1 : 6 /* CLOCK_MONOTONIC */, ts) !== 0) {
      fail("ESYSCALL", "clock_gettime", "CLOCK_MONOTONIC");
    }
    return ts[0]! * 1_000_000_000n + ts[1]!;
  },
  /**
   * malloc(3): native memory that never moves (for structures native code reads, e.g. gdb's).
   * @example const p = libc.malloc(32)
   * @throws JitError EARGS for a bad size, ESYSCALL when out of memory
   */
  malloc(size: number): number {
    int(size, "malloc", "size", 1, LEN_MAX);
    const p = extra().malloc(size);
    if (p === null || !isAddress(Number(p))) fail("ESYSCALL", "malloc", String(size));
    return Number(p);
  },
  /** free(3) of memory from libc.malloc. @example libc.free(p) @throws JitError EPOINTER */
  free(address: number): void {
    addr(address, "free");
    extra().free(address as Pointer);
  },
  /** This thread's kernel id (gettid(2); the process id where the C library lacks it). @example libc.gettid() */
  gettid(): number {
    const g = extra().gettid;
    return g === null ? process.pid : g();
  },
  /** strerror(3). @example libc.strerror(22) // "Invalid argument" */
  strerror(e: number): string {
    int(e, "strerror", "errno", I32_MIN, I32_MAX);
    return String(state().b.s.strerror(e));
  },
  /**
   * Address of a symbol of the C library, for generated code that calls C.
   * @example const puts = libc.symbol("puts")
   * @throws JitError ESYSCALL when the symbol does not exist, EARGS for a name with NUL or not a string
   */
  symbol(name: string): number {
    return resolveSymbol(state().info.libc, name);
  },
};

const handles = new Map<string, number>();

/**
 * dlopen(library) + dlsym(name): the address of a symbol of any shared library
 * (library handles are cached and never closed).
 *
 * @example resolveSymbol("libm.so.6", "cos")
 * @throws JitError ESYSCALL when the library cannot be opened or lacks the symbol, EARGS for a name
 *   that is not a non-empty string without NUL
 */
export function resolveSymbol(library: string, name: string): number {
  const lib = cstr(library, "library name");
  const sym = cstr(name, "symbol name");
  const { b, info } = state();
  let h = handles.get(library);
  if (h === undefined) {
    const p = b.s.dlopen(lib, info.RTLD_NOW);
    if (p === null) {
      throw new JitError("ESYSCALL", `dlopen("${library}") failed: ${String(b.s.dlerror())}`, { syscall: "dlopen" });
    }
    h = Number(p);
    handles.set(library, h);
  }
  b.s.dlerror(); // clear a stale error
  const addr = b.s.dlsym(h as Pointer, sym);
  if (addr === null) {
    throw new JitError("ESYSCALL", `dlsym("${library}", "${name}") failed: ${String(b.s.dlerror())}`, { syscall: "dlsym" });
  }
  return Number(addr);
}
