/**
 * platform.ts — which C library to open and which constants it uses, decided
 * from (platform, arch, libc flavour) as plain inputs so it can be unit-tested
 * for platforms this machine is not.
 *
 * Holds no bindings (see libc.ts) and touches no memory.
 */
import { existsSync } from "node:fs";
import { JitError } from "../core/errors.ts";
import { describeValue } from "./describe.ts";

/** Constants that differ between C libraries / kernels. */
export interface PlatformInfo {
  /** What dlopen is given, e.g. "libc.so.6". */
  readonly libc: string;
  readonly os: "linux" | "darwin";
  readonly flavour: "glibc" | "musl" | "darwin";
  /** Name of the function returning `int*` to this thread's errno. */
  readonly errnoFunction: "__errno_location" | "__error";
  readonly PROT_READ: number;
  readonly PROT_WRITE: number;
  readonly PROT_EXEC: number;
  readonly MAP_SHARED: number;
  readonly MAP_PRIVATE: number;
  readonly MAP_ANONYMOUS: number;
  /** sysconf name for the page size. */
  readonly SC_PAGESIZE: number;
  /** True when memfd_create exists (Linux only). */
  readonly hasMemfd: boolean;
  /** dlopen flags. */
  readonly RTLD_NOW: number;
  readonly RTLD_NOLOAD: number;
  /** The CPU the code runs on: x86-64 or AArch64. */
  readonly arch: "x64" | "arm64";
  /**
   * mmap flag for memory that may be writable and executable (Apple Silicon's MAP_JIT, 0x800; written
   * under per-thread `pthread_jit_write_protect_np`), or 0 where the OS has none.
   */
  readonly MAP_JIT: number;
}

const LINUX_COMMON = {
  os: "linux",
  PROT_READ: 1,
  PROT_WRITE: 2,
  PROT_EXEC: 4,
  MAP_SHARED: 0x01,
  MAP_PRIVATE: 0x02,
  MAP_ANONYMOUS: 0x20,
  SC_PAGESIZE: 30,
  hasMemfd: true,
  errnoFunction: "__errno_location",
  RTLD_NOW: 2,
  RTLD_NOLOAD: 4,
  MAP_JIT: 0,
} as const;

/**
 * Decide which C library serves (platform, arch). Pure apart from `musl`'s default,
 * which looks for the musl dynamic loader on disk.
 *
 * @example resolvePlatform("linux", "x64") // { libc: "libc.so.6", flavour: "glibc", ... }
 * @throws JitError EPLATFORM for anything but Linux (glibc or musl) or macOS on x86-64 or AArch64.
 */
export function resolvePlatform(
  platform: string = process.platform,
  arch: string = process.arch,
  musl: boolean = platform === "linux" && existsSync(`/lib/ld-musl-${arch === "arm64" ? "aarch64" : "x86_64"}.so.1`),
): PlatformInfo {
  if (arch !== "x64" && arch !== "arm64") {
    throw new JitError(
      "EPLATFORM",
      `bunjit emits x86-64 and AArch64 machine code and runs only on x64 and arm64 CPUs; this process runs on ${describeValue(arch)} (${describeValue(platform)})`,
    );
  }
  if (platform === "linux") {
    const cpu = arch === "arm64" ? "aarch64" : "x86_64";
    return musl
      ? { ...LINUX_COMMON, arch, libc: `libc.musl-${cpu}.so.1`, flavour: "musl" }
      : { ...LINUX_COMMON, arch, libc: "libc.so.6", flavour: "glibc" };
  }
  if (platform === "darwin") {
    return {
      libc: "libSystem.B.dylib",
      os: "darwin",
      flavour: "darwin",
      errnoFunction: "__error",
      PROT_READ: 1,
      PROT_WRITE: 2,
      PROT_EXEC: 4,
      MAP_SHARED: 0x01,
      MAP_PRIVATE: 0x02,
      MAP_ANONYMOUS: 0x1000,
      SC_PAGESIZE: 29,
      hasMemfd: false,
      RTLD_NOW: 2,
      RTLD_NOLOAD: 0x10,
      arch,
      // Apple Silicon: executable memory is MAP_JIT, toggled per thread (untested here: no macOS machine)
      MAP_JIT: arch === "arm64" ? 0x800 : 0,
    };
  }
  throw new JitError(
    "EPLATFORM",
    `bunjit supports Linux (glibc, musl) and macOS on x86-64 and arm64; ${describeValue(platform)} has no supported C library binding`,
  );
}
