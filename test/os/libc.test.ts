/** libc.test.ts — the bound C calls: results on success, JitError with syscall/errno/strerror on failure. */
import { expect, test } from "bun:test";
import { libc, resolveSymbol, isAddress } from "../../src/os/libc.ts";
import { JitError } from "../../src/core/errors.ts";

function caught(f: () => unknown): JitError {
  try {
    f();
  } catch (e) {
    if (e instanceof JitError) return e;
    throw e;
  }
  throw new Error("expected a JitError");
}

test("page size comes from sysconf and is a power of two", () => {
  const ps = libc.pageSize;
  expect(ps).toBeGreaterThanOrEqual(4096);
  expect(ps & (ps - 1)).toBe(0);
});

test("mmap / mprotect / munmap round trip", () => {
  const ps = libc.pageSize;
  const p = libc.mmap(0, ps, libc.PROT_READ | libc.PROT_WRITE, libc.MAP_PRIVATE | libc.MAP_ANONYMOUS, -1, 0);
  expect(isAddress(p)).toBe(true);
  expect(p % ps).toBe(0);
  libc.memcpy(p, new Uint8Array([1, 2, 3]), 3);
  libc.mprotect(p, ps, libc.PROT_READ);
  libc.munmap(p, ps);
});

test("EMMAP: an absurd size names mmap, errno and its text", () => {
  // 2^57 bytes exceed any x86-64 address space (4- or 5-level paging)
  const e = caught(() => libc.mmap(0, 2 ** 57, libc.PROT_READ, libc.MAP_PRIVATE | libc.MAP_ANONYMOUS, -1, 0));
  expect(e.code).toBe("EMMAP");
  expect(e.syscall).toBe("mmap");
  expect(e.errno).toBe(12); // ENOMEM
  expect(e.message).toContain(libc.strerror(12));
});

test("EPROTECT: mprotect of an unaligned address", () => {
  const e = caught(() => libc.mprotect(libc.pageSize + 1, libc.pageSize, libc.PROT_READ));
  expect(e.code).toBe("EPROTECT");
  expect(e.syscall).toBe("mprotect");
  expect(e.errno).toBe(22); // EINVAL
  expect(e.message).toMatch(/mprotect\(0x1001.*Invalid argument \(errno 22\)/);
});

test("EUNMAP: munmap of an unaligned address", () => {
  const e = caught(() => libc.munmap(3, libc.pageSize));
  expect(e.code).toBe("EUNMAP");
  expect(e.errno).toBe(22);
});

test("ESYSCALL: close of a bad descriptor, ftruncate of a bad descriptor", () => {
  const e = caught(() => libc.close(-1));
  expect(e.code).toBe("ESYSCALL");
  expect(e.syscall).toBe("close");
  expect(e.errno).toBe(9); // EBADF
  expect(caught(() => libc.ftruncate(-1, 10)).syscall).toBe("ftruncate");
});

test("memfd_create gives a descriptor that can be sized and closed", () => {
  expect(libc.hasMemfd).toBe(true);
  const fd = libc.memfdCreate("bunjit-test");
  expect(fd).toBeGreaterThanOrEqual(0);
  libc.ftruncate(fd, libc.pageSize);
  libc.close(fd);
});

test("symbol addresses: libc.symbol and resolveSymbol", () => {
  expect(isAddress(libc.symbol("puts"))).toBe(true);
  expect(libc.symbol("puts")).toBe(resolveSymbol(libc.platform.libc, "puts"));
  expect(isAddress(resolveSymbol("libm.so.6", "cos"))).toBe(true);
  const e = caught(() => libc.symbol("no_such_symbol_bunjit"));
  expect(e.code).toBe("ESYSCALL");
  expect(e.syscall).toBe("dlsym");
  expect(caught(() => resolveSymbol("libnope-bunjit.so", "x")).syscall).toBe("dlopen");
});

test("isAddress accepts user-space integers only", () => {
  expect(isAddress(0x1000)).toBe(true);
  for (const bad of [0, -1, 1.5, NaN, 2 ** 47, 2 ** 60, "4096", null]) expect(isAddress(bad)).toBe(false);
});

test("names with NUL are refused (EARGS) instead of reaching C cut short", () => {
  for (const f of [() => libc.symbol("puts\0evil"), () => resolveSymbol("libc.so.6\0x", "puts"), () => resolveSymbol("libc.so.6", ""), () => libc.memfdCreate("a\0b")]) {
    expect(caught(f).code).toBe("EARGS");
  }
  expect(libc.symbol("puts")).toBeGreaterThan(0);
});

test("argument validation: EPOINTER for non-addresses, EARGS for bad numbers, before any call", () => {
  expect(caught(() => libc.munmap(0, 4096)).code).toBe("EPOINTER");
  expect(caught(() => libc.mprotect(2 ** 47, 4096, 1)).code).toBe("EPOINTER");
  expect(caught(() => libc.mmap(0, 1.5, 1, 0x22, -1, 0)).code).toBe("EARGS");
  expect(caught(() => libc.memcpy(4096, new Uint8Array(2), 3)).code).toBe("EARGS");
  expect(caught(() => libc.memcpy("x" as never, new Uint8Array(2), 1)).code).toBe("EPOINTER");
  expect(caught(() => libc.strerror(Symbol() as never)).code).toBe("EARGS");
});
