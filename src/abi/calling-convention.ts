/**
 * calling-convention.ts — the x86-64 calling conventions as data: System V
 * AMD64 (Linux, macOS, the BSDs) and Microsoft x64 (Windows). Which registers
 * carry arguments and results, which registers a callee must preserve, the
 * red zone, the shadow space, the stack alignment at a call, and how
 * arguments beyond the registers go on the stack.
 *
 * Everything that differs between the two conventions is a field here, so the
 * argument assignment (assign.ts) and the function builder (function-builder.ts)
 * never test a convention's name: a Windows port is this table plus an
 * executable-memory backend. No instruction encoding lives here.
 */
import {
  r10, r11, r12, r13, r14, r15, r8, r9, rax, rbp, rbx, rcx, rdi, rdx, rsi, xmm,
  type Gp64, type Xmm,
} from "../x64/registers.ts";

/** One calling convention, described as data. */
export interface CallingConvention {
  /** "sysv" or "win64". */
  readonly name: "sysv" | "win64";
  /** Integer and pointer argument registers, in order (64-bit views). */
  readonly intArgs: readonly Gp64[];
  /** Floating-point argument registers, in order. */
  readonly floatArgs: readonly Xmm[];
  /**
   * true (Win64): argument slots are positional and shared — argument k uses
   * the k-th integer register *or* the k-th vector register, and an argument in
   * one class consumes the slot in the other. false (System V): the integer
   * and vector registers are counted separately.
   */
  readonly sharedSlots: boolean;
  /** Integer / pointer result register (rax); rdx holds the upper half of 128-bit results. */
  readonly intReturn: Gp64;
  /** Floating-point result register (xmm0). */
  readonly floatReturn: Xmm;
  /** General-purpose registers a callee must preserve (rsp is always preserved and never listed). */
  readonly calleeSavedGp: readonly Gp64[];
  /** Vector registers a callee must preserve (their low 128 bits; none in System V). */
  readonly calleeSavedXmm: readonly Xmm[];
  /** General-purpose registers a call may clobber (everything not callee-saved, minus rsp). */
  readonly callerSavedGp: readonly Gp64[];
  /** Vector registers (xmm0–15) a call may clobber. */
  readonly callerSavedXmm: readonly Xmm[];
  /** Bytes below rsp a leaf function may use without moving rsp (128 in System V, 0 in Win64). */
  readonly redZone: number;
  /** Bytes the caller reserves above the return address for the callee to spill its register arguments (32 in Win64). */
  readonly shadowSpace: number;
  /** rsp is a multiple of this at every call instruction (before the return address is pushed). */
  readonly stackAlign: number;
  /** Each stack argument takes one slot of this many bytes (8), whatever its type. */
  readonly stackSlotSize: number;
  /**
   * Variadic calls: System V passes the number of vector registers used in al
   * (an upper bound, 0–8); Win64 instead duplicates floating-point variadic
   * arguments into the matching integer register.
   */
  readonly variadicAl: boolean;
  readonly variadicFloatsInGp: boolean;
  /** Caller-saved registers that carry no argument: free scratch for call sequences (never callee-saved). */
  readonly scratchGp: readonly Gp64[];
  /** A caller-saved vector register that carries no argument (scratch for argument cycles). */
  readonly scratchXmm: readonly Xmm[];
}

const x = xmm;

/**
 * System V AMD64: ints/pointers in rdi, rsi, rdx, rcx, r8, r9; floats in
 * xmm0–7; the rest on the stack right to left (first stack argument at
 * [rsp] at the call, [rsp + 8] on entry); results in rax / xmm0; rbx, rbp,
 * r12–r15 callee-saved; no vector register callee-saved; 128-byte red zone;
 * al = vector registers used for variadic calls.
 *
 * @example sysv.intArgs[0].name // "rdi"
 */
export const sysv: CallingConvention = Object.freeze({
  name: "sysv",
  intArgs: [rdi, rsi, rdx, rcx, r8, r9],
  floatArgs: [x[0]!, x[1]!, x[2]!, x[3]!, x[4]!, x[5]!, x[6]!, x[7]!],
  sharedSlots: false,
  intReturn: rax,
  floatReturn: x[0]!,
  calleeSavedGp: [rbx, rbp, r12, r13, r14, r15],
  calleeSavedXmm: [],
  callerSavedGp: [rax, rcx, rdx, rsi, rdi, r8, r9, r10, r11],
  callerSavedXmm: x.slice(0, 16),
  redZone: 128,
  shadowSpace: 0,
  stackAlign: 16,
  stackSlotSize: 8,
  variadicAl: true,
  variadicFloatsInGp: false,
  scratchGp: [r11, r10, rax],
  scratchXmm: [x[15]!, x[14]!, x[8]!],
} as const);

/**
 * Microsoft x64: four positional slots — rcx/xmm0, rdx/xmm1, r8/xmm2,
 * r9/xmm3 — then the stack; the caller always reserves 32 bytes of shadow
 * space, so the fifth argument is at [rsp + 32] at the call; results in
 * rax / xmm0; rbx, rbp, rdi, rsi, r12–r15 and xmm6–15 callee-saved; no red
 * zone; variadic floats are also passed in the integer register of their slot.
 *
 * @example win64.shadowSpace // 32
 */
export const win64: CallingConvention = Object.freeze({
  name: "win64",
  intArgs: [rcx, rdx, r8, r9],
  floatArgs: [x[0]!, x[1]!, x[2]!, x[3]!],
  sharedSlots: true,
  intReturn: rax,
  floatReturn: x[0]!,
  calleeSavedGp: [rbx, rbp, rdi, rsi, r12, r13, r14, r15],
  calleeSavedXmm: x.slice(6, 16),
  callerSavedGp: [rax, rcx, rdx, r8, r9, r10, r11],
  callerSavedXmm: x.slice(0, 6),
  redZone: 0,
  shadowSpace: 32,
  stackAlign: 16,
  stackSlotSize: 8,
  variadicAl: false,
  variadicFloatsInGp: true,
  scratchGp: [r11, r10, rax],
  scratchXmm: [x[5]!, x[4]!],
} as const);

/** The conventions by name. */
export const conventions = { sysv, win64 } as const;

/**
 * The convention of the machine bunjit runs on (bunjit supports Linux and macOS
 * on x86-64, so this is System V; Windows would select win64).
 *
 * @example hostConvention().name // "sysv"
 */
export function hostConvention(): CallingConvention {
  return process.platform === "win32" ? win64 : sysv;
}
