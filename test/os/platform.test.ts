/** platform.test.ts — the C library resolver, for this platform and for ones this machine is not (pure inputs). */
import { expect, test } from "bun:test";
import { resolvePlatform } from "../../src/os/platform.ts";
import { isJitError } from "../../src/core/errors.ts";

function code(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return isJitError(e) ? e.code : `not a JitError: ${String(e)}`;
  }
  return undefined;
}

test("glibc Linux x64 opens libc.so.6 with Linux constants", () => {
  const p = resolvePlatform("linux", "x64", false);
  expect(p.libc).toBe("libc.so.6");
  expect(p.flavour).toBe("glibc");
  expect(p.MAP_ANONYMOUS).toBe(0x20);
  expect(p.SC_PAGESIZE).toBe(30);
  expect(p.hasMemfd).toBe(true);
});

test("musl Linux x64 opens the musl loader", () => {
  const p = resolvePlatform("linux", "x64", true);
  expect(p.libc).toBe("libc.musl-x86_64.so.1");
  expect(p.errnoFunction).toBe("__errno_location");
});

test("macOS x64 opens libSystem with its own constants", () => {
  const p = resolvePlatform("darwin", "x64");
  expect(p.libc).toBe("libSystem.B.dylib");
  expect(p.errnoFunction).toBe("__error");
  expect(p.MAP_ANONYMOUS).toBe(0x1000);
  expect(p.hasMemfd).toBe(false);
});

test("arm64 Linux and macOS resolve (AArch64 code); Apple Silicon maps MAP_JIT", () => {
  const l = resolvePlatform("linux", "arm64", false);
  expect([l.libc, l.arch, l.MAP_JIT, l.hasMemfd]).toEqual(["libc.so.6", "arm64", 0, true]);
  expect(resolvePlatform("linux", "arm64", true).libc).toBe("libc.musl-aarch64.so.1");
  const m = resolvePlatform("darwin", "arm64");
  expect([m.libc, m.arch, m.MAP_JIT, m.hasMemfd]).toEqual(["libSystem.B.dylib", "arm64", 0x800, false]);
  expect(resolvePlatform("darwin", "x64").MAP_JIT).toBe(0);
});

test("other CPUs and OSes fail with EPLATFORM and say why", () => {
  expect(code(() => resolvePlatform("linux", "ia32"))).toBe("EPLATFORM");
  expect(code(() => resolvePlatform("linux", "riscv64"))).toBe("EPLATFORM");
  expect(code(() => resolvePlatform("win32", "x64"))).toBe("EPLATFORM");
  expect(code(() => resolvePlatform("freebsd", "x64"))).toBe("EPLATFORM");
  expect(() => resolvePlatform("linux", "riscv64")).toThrow(/x86-64 and AArch64/);
  expect(() => resolvePlatform("win32", "x64")).toThrow(/win32/);
});

test("this machine resolves", () => {
  expect(resolvePlatform().os).toBe("linux");
});
