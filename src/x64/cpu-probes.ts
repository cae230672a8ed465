/**
 * cpu-probes.ts — the machine code bunjit runs to learn about the CPU it is
 * on: `cpuid` (any leaf and subleaf), `xgetbv` (XCR0, the register state the
 * OS saves) and Linux's `arch_prctl(ARCH_REQ_XCOMP_PERM)` (the per-process
 * permission AMX tile data needs). Built with the typed Assembler; returns
 * bytes and runs nothing — src/host-cpu.ts runs them and cpu-features.ts
 * decodes what they read.
 */
import { Assembler } from "./assembler.ts";
import { dword } from "./operands.ts";
import { eax, ebx, ecx, edi, edx, esi, r8, rbx, rdi } from "./registers.ts";

/**
 * Machine code of `void cpuid(u32 out[4], u32 leaf, u32 subleaf)`: runs
 * `cpuid` with eax = leaf, ecx = subleaf and stores eax, ebx, ecx, edx.
 * rbx (callee-saved, clobbered by cpuid) is preserved.
 *
 * @example fromBytes(cpuidCode(), { args: ["ptr", "u32", "u32"], returns: "void" })
 */
export function cpuidCode(): Uint8Array {
  const a = new Assembler();
  a.push(rbx);
  a.mov(r8, rdi);
  a.mov(eax, esi); // 32-bit moves: the arguments' upper halves are undefined
  a.mov(ecx, edx);
  a.cpuid();
  [eax, ebx, ecx, edx].forEach((r, i) => a.mov(dword(r8, 4 * i), r));
  a.pop(rbx);
  a.ret();
  return a.finish();
}

/**
 * Machine code of `void xgetbv0(u32 out[2])`: XCR0 as [eax, edx].
 * Faults (#UD) unless CPUID.1:ECX.OSXSAVE is set: call it only then.
 *
 * @example fromBytes(xgetbvCode(), { args: ["ptr"], returns: "void" })
 */
export function xgetbvCode(): Uint8Array {
  const a = new Assembler();
  a.xor(ecx, ecx);
  a.xgetbv();
  a.mov(dword(rdi), eax);
  a.mov(dword(rdi, 4), edx);
  a.ret();
  return a.finish();
}

/** Linux x86-64: the arch_prctl system call, its "request permission for an XSAVE component" code, AMX tile data's component. */
const SYS_ARCH_PRCTL = 158, ARCH_REQ_XCOMP_PERM = 0x1023, XFEATURE_XTILEDATA = 18;

/**
 * Machine code of `i32 amxPermission()`: Linux's
 * `arch_prctl(ARCH_REQ_XCOMP_PERM, XFEATURE_XTILEDATA)`, which a process
 * must call before its first AMX tile instruction (else SIGILL). Returns 0
 * or a negative errno. Linux x86-64 only.
 *
 * @example fromBytes(amxPermissionCode(), { args: [], returns: "i32" })() === 0
 */
export function amxPermissionCode(): Uint8Array {
  const a = new Assembler();
  a.mov(eax, SYS_ARCH_PRCTL);
  a.mov(edi, ARCH_REQ_XCOMP_PERM);
  a.mov(esi, XFEATURE_XTILEDATA);
  a.syscall();
  a.ret();
  return a.finish();
}
