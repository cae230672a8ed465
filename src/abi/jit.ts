/**
 * jit.ts — the public entry of the ABI layer: `jit.function(signature, body)`
 * builds a function that follows the host calling convention and returns it
 * as a callable JS function; `jit.build` does the same layout without making
 * it executable (bytes + listing, any convention, e.g. Win64 as data);
 * `jit.native` describes C functions; `jit.dispose` also closes the
 * JSCallbacks a function owns.
 *
 * Lifetimes: what a function's code calls must outlive it. bunjit functions
 * the code calls keep their code memory as long as this code lives (even when
 * disposed: they then refuse the call), see ffi/lifetime.ts. JSCallbacks made
 * by `f.callback` are closed when the code can no longer run them: a
 * microtask after dispose (`using`, jit.dispose; the entry refuses new calls
 * at once, and calls in progress have returned by then) or when the code
 * memory is freed.
 */
import type { JSCallback } from "bun:ffi";
import { JitError } from "../core/errors.ts";
import { checkName, dispose, makeFunction, recordOf, type FromBytesOptions, type JitFunction } from "../ffi/callable.ts";
import { onFree } from "../ffi/lifetime.ts";
import type { Signature } from "../ffi/signature.ts";
import { hostConvention, type CallingConvention } from "./calling-convention.ts";
import { FunctionBuilder, type BuiltCode, type FunctionOptions } from "./function-builder.ts";
import { native } from "./target.ts";
import type { ArgOperands } from "./types.ts";
import { Compiler, type CompileArgs, type CompilerOptions } from "../compiler/compiler.ts";

/** Options of jit.function: layout (FunctionOptions) plus where the code goes (FromBytesOptions). */
export interface JitOptions extends FunctionOptions, FromBytesOptions {}

/** Options of jit.build: layout plus the calling convention (default: the host's). */
export interface BuildOptions extends FunctionOptions {
  convention?: CallingConvention;
}

/** A function body: writes instructions through `f`, receives the arguments as operands. */
export type FunctionBody<S extends Signature> = (f: FunctionBuilder<S>, args: ArgOperands<S>) => void;

interface Owned {
  callbacks: readonly JSCallback[];
  keep: readonly object[];
  closed: boolean;
}
const owned = new WeakMap<Function, Owned>();

function closeOwned(o: Owned): void {
  if (o.closed) return;
  o.closed = true;
  for (const cb of o.callbacks) {
    try {
      cb.close();
    } catch {
      // already closed
    }
  }
}

function runBody<S extends Signature>(sig: S, body: FunctionBody<S>, cc: CallingConvention, options: FunctionOptions): { f: FunctionBuilder<S>; built: BuiltCode } {
  if (typeof body !== "function") throw new JitError("EARGS", "jit.function: the body must be a function (f, args) => { ... }");
  const f = new FunctionBuilder<S>(sig, cc, options);
  try {
    body(f, f.args);
    return { f, built: f.build() };
  } catch (e) {
    f.closeCallbacks();
    throw e;
  }
}

/**
 * Build a function that follows the calling convention and return it as a
 * JS function. The body receives `f` (assembler `f.a`, text `f.asm`/`f.text`,
 * `f.ret`, `f.call`, `f.local`, `f.callback`, `f.cstring`) and the arguments
 * as operands: Gp64 for 64-bit integers and pointers, Gp32 for 32-bit and
 * narrower integers (narrow ones already extended), Xmm for f64/f32, and
 * memory operands `[rbp + 16 + 8k]` for arguments passed on the stack.
 *
 * @example
 * const dot = jit.function({ args: ["ptr", "ptr", "u32"], returns: "f64" }, (f, [x, y, n]) => {
 *   const loop = f.label(), done = f.label();
 *   f.a.xorps(xmm0, xmm0); f.a.xor(eax, eax);
 *   f.a.test(n, n); f.a.jz(done);
 *   f.a.bind(loop);
 *   f.a.movsd(xmm1, qword(x, rax, 8)); f.a.mulsd(xmm1, qword(y, rax, 8)); f.a.addsd(xmm0, xmm1);
 *   f.a.inc(eax); f.a.cmp(eax, n); f.a.jb(loop);
 *   f.a.bind(done);
 *   f.ret(xmm0);
 * });
 * dot(new Float64Array([1, 2]), new Float64Array([3, 4]), 2); // 11
 * @throws JitError ESIGNATURE (bad signature), EARGS / EABI (from the body's f.call / f.ret / f.local),
 *   the assembler's EOPERAND / ERANGE / ELABEL / ESYNTAX, and fromBytes' EMMAP / EPROTECT
 */
function jitFunction<const S extends Signature>(signature: S, body: FunctionBody<S>, options: JitOptions = {}): JitFunction<S> {
  if (typeof options !== "object" || options === null) throw new JitError("EARGS", "jit.function: options must be an object");
  const name = options.name === undefined ? nameFromBody(body) : checkName(options.name);
  const { f, built } = runBody(signature, body, hostConvention(), options);
  let fn: JitFunction<S>;
  try {
    const calls = options.calls === undefined ? built.keep : [...options.calls, ...built.keep];
    fn = makeFunction(built.bytes, signature, { ...options, name, calls: calls as readonly Function[] }, { frame: built.unwind });
  } catch (e) {
    f.closeCallbacks();
    throw e;
  }
  if (built.callbacks.length > 0 || built.keep.length > 0) {
    const o: Owned = { callbacks: built.callbacks, keep: built.keep, closed: false };
    owned.set(fn, o);
    onFree(recordOf(fn)!, () => closeOwned(o)); // the code is gone: nothing can call them any more
    if (built.callbacks.length > 0) {
      const base = fn[Symbol.dispose];
      // `using` closes the callbacks too (a microtask later: code already running may still call them)
      fn[Symbol.dispose] = function (this: unknown) {
        base.call(fn);
        queueMicrotask(() => closeOwned(o));
      };
    }
  }
  return fn;
}

/**
 * Lay out a function without making it executable: machine code, listing,
 * saved registers. Accepts any calling convention (Win64 can be built and
 * inspected anywhere, only run on Windows).
 *
 * @example jit.build({ args: ["i64"], returns: "i64" }, (f, [x]) => f.ret(x), { listing: true }).listing
 * @throws JitError as jit.function, without the memory errors
 */
/** Options of jit.compile: jit.function's, plus the compiler's (maxFrame). */
export interface CompileOptions extends JitOptions, CompilerOptions {}

/** A compiled body: writes instructions through `c` with virtual registers; receives the arguments as virtual registers. */
export type CompilerBody<S extends Signature> = (c: Compiler<S>, args: CompileArgs<S>) => void;

/**
 * Build a function from a body that uses virtual registers: the compiler
 * allocates registers (liveness, linear scan with splitting, fixed-register
 * constraints from the instruction facts), keeps values alive across calls,
 * saves only the callee-saved registers it uses, and returns the function as
 * jit.function does (same options: name, direct, …).
 *
 * @example
 * const f = jit.compile({ args: ["f64", "f64"], returns: "f64" }, (c, [x, y]) => {
 *   const t = c.xmm("t");
 *   c.movapd(t, x); c.mulsd(t, x); c.addsd(t, y);
 *   c.ret(t);
 * });
 * f(3, 4); // 13
 * @throws JitError EUNINIT (a virtual register read before any write), ESTATE (a register of another compiler),
 *   ELIMIT (too many live values for maxFrame), and everything jit.function throws
 */
function compileFunction<const S extends Signature>(signature: S, body: CompilerBody<S>, options: CompileOptions = {}): JitFunction<S> {
  if (typeof body !== "function") throw new JitError("EARGS", "jit.compile: the body must be a function (c, args) => { ... }");
  if (typeof options !== "object" || options === null) throw new JitError("EARGS", "jit.compile: options must be an object");
  const inner: FunctionBody<S> = (f) => {
    const c = new Compiler<S>(f, options);
    body(c, c.args);
    c.finish();
  };
  return jitFunction(signature, inner, options.name === undefined ? { ...options, name: nameFromBody(body) } : options);
}

function build<const S extends Signature>(signature: S, body: FunctionBody<S>, options: BuildOptions = {}): BuiltCode {
  if (typeof options !== "object" || options === null) throw new JitError("EARGS", "jit.build: options must be an object");
  const { f, built } = runBody(signature, body, options.convention ?? hostConvention(), options);
  f.closeCallbacks(); // nothing can call them: the code is not executable
  return built;
}

/**
 * Dispose a function made by jit.function: it refuses further calls, its code
 * is freed, and the JSCallbacks it owns are closed (a microtask later, so code
 * still running can finish). Idempotent.
 *
 * @example jit.dispose(each)
 * @throws JitError EARGS when fn was not made by bunjit
 */
function disposeFunction(fn: Function): void {
  dispose(fn);
  const o = owned.get(fn);
  if (o !== undefined) queueMicrotask(() => closeOwned(o));
}

/** The body's own name when it has a usable one (`function dot(f, args) {...}`), else undefined (generated). */
function nameFromBody(body: unknown): string | undefined {
  const n = typeof body === "function" ? body.name : "";
  return n !== "" && n.length <= 256 && !/[\0\r\n]/.test(n) ? n : undefined;
}

/**
 * What a function made by jit.function holds alive: the JSCallbacks it owns
 * (made by f.callback) and the objects its code calls. Undefined when it holds nothing.
 *
 * @example jit.resources(each)?.callbacks.length // 1
 */
function resources(fn: Function): { readonly callbacks: readonly JSCallback[]; readonly keep: readonly object[]; readonly closed: boolean } | undefined {
  const o = owned.get(fn);
  return o === undefined ? undefined : { callbacks: o.callbacks, keep: o.keep, closed: o.closed };
}

/**
 * The function builder's entry points.
 * @example const add = jit.function({ args: ["i32", "i32"], returns: "i32" }, (f, [x, y]) => f.asm`lea eax, [${x} + ${y}]`.ret());
 */
export const jit = {
  function: jitFunction,
  compile: compileFunction,
  build,
  native,
  dispose: disposeFunction,
  resources,
};
