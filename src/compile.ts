/**
 * compile.ts — joins the assembler to callable functions: build code with an
 * `Assembler`, finish it, place it in executable memory and wrap it as a JS
 * function in one call. For ABI-aware functions (arguments as operands,
 * prologue/epilogue, calls out) see src/abi/.
 */
import type { FromBytesOptions, JitFunction } from "./ffi/callable.ts";
import { fromBytes } from "./ffi/callable.ts";
import type { Signature } from "./ffi/signature.ts";
import { Assembler, type AssemblerOptions } from "./x64/assembler.ts";

/** Options of `compile`: where the code goes and how the assembler logs. */
export interface CompileOptions extends FromBytesOptions, AssemblerOptions {}

/**
 * Assemble with `build` and return the code as a callable JS function.
 * The body follows the System V ABI by hand: arguments in rdi, rsi, rdx, rcx,
 * r8, r9 (xmm0–7 for floats), result in rax/xmm0, callee-saved registers kept.
 *
 * @example
 * const add4 = compile({ args: ["i32"], returns: "i32" }, (a) => {
 *   a.lea(eax, mem(rdi, 4));
 *   a.ret();
 * });
 * add4(2); // 6
 * @throws JitError from the assembler (EOPERAND, ERANGE, ELABEL, ...) or from fromBytes (ESIGNATURE, EMMAP, ...)
 */
export function compile<const S extends Signature>(signature: S, build: (a: Assembler) => void, options: CompileOptions = {}): JitFunction<S> {
  const a = new Assembler(options.listing === undefined ? {} : { listing: options.listing });
  build(a);
  return fromBytes(a.finish(), signature, options);
}
