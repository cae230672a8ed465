/**
 * errors.ts — the one error type bunjit throws, and its stable codes.
 *
 * Every failure a caller can cause or observe is a `JitError` with a `code`
 * from `JitErrorCode`. Codes are part of the public API: they never change
 * meaning. Extra context (instruction, operand position, source line/column,
 * failing system call, errno) rides along as optional fields. docs/errors.md
 * lists every code and the situation that raises it.
 */

/** Stable error codes. Each one is documented in docs/errors.md and reached by a test. */
export type JitErrorCode =
  // executable memory / OS
  | "EPLATFORM" // the OS or C library is not supported
  | "EMMAP" // mmap failed
  | "EPROTECT" // mprotect failed
  | "EUNMAP" // munmap failed
  | "ESYSCALL" // another libc call failed
  | "EALLOC" // bad allocation request (size, alignment) or allocator misuse
  | "EFREED" // a code block was used after it was freed
  // callable functions
  | "ESIGNATURE" // a bad signature: unknown type name, too many arguments, ...
  | "EDISPOSED" // a disposed function was called
  | "EARGS" // a JIT'd function was called with the wrong number or kind of arguments
  | "EPOINTER" // a pointer value is not a valid address
  // assembler
  | "EOPERAND" // an operand (or combination) no form of the instruction accepts
  | "ERANGE" // an immediate or displacement out of range
  | "ELABEL" // unbound, rebound or foreign label; jump target out of reach
  | "EMNEMONIC" // unknown instruction name
  | "ESYNTAX" // text that the Intel-syntax parser cannot read
  | "EFEATURE" // the CPU lacks a feature the code needs
  | "ESTATE" // an object used in the wrong state (e.g. emitting after finish())
  | "ELIMIT" // an input beyond a documented limit (expression nesting, literal size, output size, a compiled function's frame)
  // compiler
  | "EUNINIT" // a virtual register read on a path where it was never written
  // ABI / function builder
  | "EABI"; // a calling-convention rule violated (argument kinds, registers)

/** Optional context that makes an error actionable. */
export interface JitErrorDetails {
  /** Instruction mnemonic, e.g. "add". */
  instruction?: string;
  /** 1-based operand position the error is about. */
  operand?: number;
  /** 1-based line in Intel-syntax source. */
  line?: number;
  /** 1-based column in Intel-syntax source. */
  column?: number;
  /** Failing system call, e.g. "mprotect". */
  syscall?: string;
  /** errno value read right after the failing call. */
  errno?: number;
  /** The underlying error, if this one wraps another. */
  cause?: unknown;
}

/**
 * The error bunjit throws. Check `err.code`, never the message text.
 *
 * @example
 * try { a.emit("add", eax, rbx); } catch (e) { if (e instanceof JitError && e.code === "EOPERAND") ... }
 */
export class JitError extends Error {
  readonly code: JitErrorCode;
  declare readonly instruction?: string;
  declare readonly operand?: number;
  declare readonly line?: number;
  declare readonly column?: number;
  declare readonly syscall?: string;
  declare readonly errno?: number;

  constructor(code: JitErrorCode, message: string, details: JitErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = "JitError";
    this.code = code;
    // JavaScriptCore gives every Error own `line`/`column` (its JS source position);
    // ours mean the line/column in Intel-syntax source, so drop the engine's.
    delete (this as { line?: number }).line;
    delete (this as { column?: number }).column;
    if (details.instruction !== undefined) this.instruction = details.instruction;
    if (details.operand !== undefined) this.operand = details.operand;
    if (details.line !== undefined) this.line = details.line;
    if (details.column !== undefined) this.column = details.column;
    if (details.syscall !== undefined) this.syscall = details.syscall;
    if (details.errno !== undefined) this.errno = details.errno;
  }
}

/** True when `e` is a JitError, optionally with the given code. */
export function isJitError(e: unknown, code?: JitErrorCode): e is JitError {
  return e instanceof JitError && (code === undefined || e.code === code);
}
