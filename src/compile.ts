/**
 * compile.ts — joins the assembler to callable functions: build code with an
 * `Assembler`, finish it, place it in executable memory and wrap it as a JS
 * function in one call. For ABI-aware functions (arguments as operands,
 * prologue/epilogue, calls out) see src/abi/.
 */
import type { FromBytesOptions, JitFunction } from "./ffi/callable.ts";
import { show } from "./core/data.ts";
import { JitError } from "./core/errors.ts";
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
 * @throws JitError EARGS (options not an object, build not a function); from the assembler (EOPERAND, ERANGE, ELABEL, ...) or from fromBytes (ESIGNATURE, EMMAP, ...)
 */
export function compile<const S extends Signature>(signature: S, build: (a: Assembler) => void, options: CompileOptions = {}): JitFunction<S> {
  if (typeof options !== "object" || options === null) throw new JitError("EARGS", `compile: options must be an object, got ${show(options)}`);
  if (typeof build !== "function") throw new JitError("EARGS", `compile: expected a build function (a) => { ... }, got ${show(build)}`);
  const a = new Assembler({
    ...(options.listing === undefined ? {} : { listing: options.listing }),
    ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
    ...(options.features === undefined ? {} : { features: options.features }),
  });
  build(a);
  // the build function's own name names the code (perf, gdb, info), as jit.function does
  return fromBytes(a.finish(), signature, options.name === undefined && build.name !== "" ? { ...options, name: build.name } : options);
}
