/**
 * function-builder.ts — `FunctionBuilder`, what a function body receives as
 * `f`: the arguments as typed operands where the calling convention put them,
 * the assembler (`f.a`) and the Intel-syntax front end (`f.asm`, `f.text`)
 * writing into the same body, local stack slots, `f.ret` with the conversion
 * the return type needs, calls out (`f.call`) to C, bunjit functions and
 * JavaScript (`f.callback`), and C strings in the code's constant data.
 *
 * `build()` lays the function out once the body is complete, so the prologue
 * saves exactly the callee-saved registers the body named:
 *
 *   with a frame (stack arguments, locals, calls, `frame: true`):
 *     push rbp; mov rbp, rsp; sub rsp, S; [movdqu xmm saves (Win64)]; push <saved GP>
 *     ...body (rsp ≡ 0 mod 16 here)...
 *   epilogue: [lea rsp, [rbp - S - 8n]; pop <saved GP>]; [xmm restores]; leave; ret
 *   without a frame (leaf functions): push <saved GP> ... pop <saved GP>; ret
 *
 * Locals live at [rbp - k]; stack arguments at [rbp + 16 + offset]. Memory
 * and executable code are not handled here: see jit.ts.
 */
import { FFIType, JSCallback } from "bun:ffi";
import { JitError } from "../core/errors.ts";
import { Label } from "../core/label.ts";
import { normalizeSignature, type NormalizedSignature, type Signature } from "../ffi/signature.ts";
import { describeValue } from "../os/describe.ts";
import { DWARF_RBP, DWARF_RSP, dwarfGp, type CfiRow, type FrameInfo } from "../debug/cfi.ts";
import { Assembler } from "../x64/assembler.ts";
import { mem, Mem, xmmword, type Mem128, type Mem16, type Mem32, type Mem64, type Mem8, type MemAny } from "../x64/operands.ts";
import { asmInto, parseInto, type AsmValue, type ParseResult } from "../x64/parse.ts";
import { gp16, gp32, gp64, gp8, Reg, RT_GP, RT_XMM, rbp, rsp, xmm, type Gp32, type Gp64, type Xmm } from "../x64/registers.ts";
import { assignArguments, returnRegister, valueKind, type ArgLocation } from "./assign.ts";
import { BodyAssembler } from "./body-assembler.ts";
import { emitCall, type OutArg } from "./call-out.ts";
import type { CallingConvention } from "./calling-convention.ts";
import { moveToGp, moveToXmm, resize, type Value } from "./moves.ts";
import { NativeFunction, resolveTarget, type CallSignature, type CallTarget } from "./target.ts";
import type { ArgOperand, ArgOperands, CallResultOf } from "./types.ts";

/** Options of a function body's layout. */
export interface FunctionOptions {
  /** Always set up rbp as a frame pointer (debuggers, profilers). Default: only when needed. */
  frame?: boolean;
  /** Record a listing of the whole function (prologue, body, epilogue). */
  listing?: boolean | ((line: string) => void);
}

/** Options of `f.call`. */
export interface CallOptions {
  /** The callee's signature, when the target does not carry one (symbols, addresses, pointers in registers). */
  signature?: CallSignature;
  /** Caller-saved registers to preserve across the call (pushed before, popped after). */
  keep?: readonly Reg[];
}

/**
 * An argument of `f.call`: a value (register, memory, immediate, label), or a
 * function passed by address (a bunjit function, JSCallback or NativeFunction:
 * e.g. qsort's comparator); a bunjit function or JSCallback passed this way is
 * kept alive as long as the calling function.
 */
export type CallArg = Value | NativeFunction | JSCallback | Function;

/** Options of `f.call` with the callee's signature given (its result register is then typed). */
export interface TypedCallOptions<S extends CallSignature> extends CallOptions {
  signature: S;
}

/** Options of `f.callback`. */
export interface CallbackOptions {
  /**
   * bun:ffi's threadsafe JSCallback: callable from other threads, but every
   * call is queued to the event loop (~1 µs) and the native side sees 0 as its
   * result. Default false (call it only from the JS thread).
   */
  threadsafe?: boolean;
}

/** What `build()` returns. */
export interface BuiltCode {
  readonly bytes: Uint8Array;
  /** The listing, when requested with `listing: true`. */
  readonly listing: string | null;
  /** Callee-saved registers the prologue saves. */
  readonly saved: readonly string[];
  /** True when the function sets up rbp. */
  readonly frame: boolean;
  /** Bytes below rbp for locals (before alignment). */
  readonly localBytes: number;
  /** JSCallbacks created by f.callback (closed with the function). */
  readonly callbacks: readonly JSCallback[];
  /** Objects the code calls and must outlive it (bunjit functions, JSCallbacks passed in). */
  readonly keep: readonly object[];
  /** Where the frame is at each point of the code (call-frame rows for unwinders: debug/cfi.ts). */
  readonly unwind: FrameInfo;
}

const bit = (id: number) => 1 << id;
const RBP = 5;
const align16 = (n: number) => (n + 15) & ~15;

/**
 * The function builder a body receives as `f`.
 *
 * @example
 * jit.function({ args: ["i32", "i32"], returns: "i32" }, (f, [x, y]) => {
 *   f.a.mov(eax, x);
 *   f.a.add(eax, y);
 *   f.ret(eax);
 * });
 */
export class FunctionBuilder<S extends Signature = Signature> {
  /** The assembler the body writes into: every instruction method, labels, data, constants. */
  readonly a: BodyAssembler;
  /** The calling convention the function follows. */
  readonly cc: CallingConvention;
  readonly signature: NormalizedSignature;
  /** The arguments as operands (also passed to the body as its second parameter). */
  readonly args: ArgOperands<S>;
  /** Where each argument arrived (registers or stack offsets). */
  readonly locations: readonly ArgLocation[];
  private readonly options: FunctionOptions;
  private localBytes = 0;
  private stackArgs = false;
  private readonly callbacks: JSCallback[] = [];
  private readonly keepAlive: object[] = [];
  private readonly labels = new Map<string, Label>();
  private built: BuiltCode | null = null;

  constructor(signature: S, cc: CallingConvention, options: FunctionOptions = {}) {
    this.signature = normalizeSignature(signature);
    this.cc = cc;
    this.options = options;
    this.a = new BodyAssembler(options.listing === undefined ? {} : { listing: options.listing });
    const asg = assignArguments(cc, this.signature.args);
    this.locations = asg.locations;
    const ops: ArgOperand[] = [];
    for (const loc of asg.locations) {
      if (loc.kind === "reg") {
        ops.push(loc.value.cls === "float" ? (loc.reg as Xmm) : loc.value.bytes === 8 ? gp64[loc.reg.id]! : gp32[loc.reg.id]!);
      } else {
        this.stackArgs = true;
        const bits = loc.value.bool ? 8 : loc.value.bytes * 8;
        ops.push(new Mem(rbp, null, 1, 16 + loc.offset, bits) as ArgOperand);
      }
    }
    this.args = ops as unknown as ArgOperands<S>; // the type-level view of exactly these operands (types.ts)
  }

  /**
   * A local stack slot of `size` bytes, aligned to `align` (a power of two ≤ 16),
   * addressed from the frame pointer. Sized for 1/2/4/8/16 bytes, unsized (an
   * address, e.g. for `f.call` or `lea`) otherwise.
   *
   * @example const tmp = f.local(8); f.a.mov(tmp, rdi);
   * @throws JitError EABI for a size ≤ 0 or an alignment that is not a power of two ≤ 16
   */
  local(size: 1, align?: number): Mem8;
  local(size: 2, align?: number): Mem16;
  local(size: 4, align?: number): Mem32;
  local(size?: 8, align?: number): Mem64;
  local(size: 16, align?: number): Mem128;
  local(size: number, align?: number): MemAny;
  local(size = 8, align?: number): Mem {
    if (typeof size !== "number" || !Number.isInteger(size) || size <= 0 || size > 2 ** 30) {
      throw new JitError("EABI", `local: size must be a positive integer up to 2^30, got ${describeValue(size)}`);
    }
    align ??= Math.min(16, size >= 16 ? 16 : size >= 8 ? 8 : size >= 4 ? 4 : size >= 2 ? 2 : 1);
    if (typeof align !== "number" || !Number.isInteger(align) || align < 1 || align > 16 || (align & (align - 1)) !== 0) {
      throw new JitError("EABI", `local: alignment must be 1, 2, 4, 8 or 16, got ${describeValue(align)}`);
    }
    this.localBytes = Math.ceil((this.localBytes + size) / align) * align;
    const bits = size === 1 || size === 2 || size === 4 || size === 8 || size === 16 ? size * 8 : 0;
    return new Mem(rbp, null, 1, -this.localBytes, bits);
  }

  /**
   * Return from the function: move `value` into rax/eax/xmm0 with the
   * conversion the return type needs (sign/zero extension, int → float,
   * float → int by truncation, 0/1 for bool), then leave through the epilogue.
   * Without a value, returns whatever rax/xmm0 hold. A bare `ret` instruction
   * in the body (`f.a.ret()`, or text) does the same as `f.ret()`.
   *
   * @example f.ret(xmm1)   // returns: "f64" → movaps xmm0, xmm1; jmp epilogue
   * @throws JitError EABI for a value in a void function, EARGS for a value that cannot be converted
   */
  ret(value?: Value): void {
    const rt = this.signature.returns;
    if (value !== undefined) {
      checkValue(value, "ret: the return value");
      if (rt === FFIType.void) throw new JitError("EABI", "ret: this function returns void; call f.ret() without a value");
      const k = valueKind(rt);
      const dst = returnRegister(this.cc, rt)!;
      if (k.cls === "float") moveToXmm(this.a, dst as Xmm, value, k, "return value");
      else if (value instanceof Reg && value.type !== RT_GP) {
        if (value.type !== RT_XMM) throw new JitError("EARGS", `ret: ${value.name} cannot be returned as an integer (an xmm register holding a double can)`);
        // the xmm holds a double: truncate it
        this.a.cvttsd2si(k.bytes === 8 ? gp64[dst.id]! : gp32[dst.id]!, xmm[value.id]!);
        if (k.bytes < 4 || k.bool) moveToGp(this.a, dst as Gp64, gp32[dst.id]!, k, "return value");
      } else moveToGp(this.a, dst as Gp64, value, k, "return value");
    }
    this.a.returnToEpilogue();
  }

  /**
   * Call a function: a C symbol name, an address, a `NativeFunction`, a bunjit
   * function, a JSCallback or a `f.callback(...)`, or a function pointer in a
   * 64-bit register / qword memory operand. Arguments (registers, immediates,
   * sized memory = the value, unsized memory / cstrings / labels = the
   * address, functions = their address) are moved into the ABI's places as one parallel move; rsp is
   * 16-byte aligned at the call; variadic calls set al. Caller-saved registers
   * (System V: rax, rcx, rdx, rsi, rdi, r8–r11, xmm0–15) are clobbered: keep
   * values in callee-saved registers (rbx, r12–r15: saved by the prologue when
   * used) or list them in `options.keep`.
   *
   * Types: from the target's signature (bunjit functions, NativeFunction,
   * f.callback) or `options.signature`; otherwise inferred from each operand
   * (xmm → f64, non-integer number → f64, 32-bit register → i32, unsized memory → pointer, else i64).
   *
   * @returns the register holding the result (rax / eax / xmm0), or undefined for void
   * @example f.call("puts", [f.cstring("hi from JIT")]);
   * @throws JitError EARGS (wrong number of arguments, a value the type cannot take), EABI, EPOINTER, ESYSCALL
   */
  call<S extends CallSignature>(target: NativeFunction<S>, args?: readonly CallArg[], options?: CallOptions): CallResultOf<S>;
  call<const S extends CallSignature>(target: CallTarget, args: readonly CallArg[], options: TypedCallOptions<S>): CallResultOf<S>;
  call(target: CallTarget, args?: readonly CallArg[], options?: CallOptions): Gp64 | Gp32 | Xmm | undefined;
  call(target: CallTarget, args: readonly CallArg[] = [], options: CallOptions = {}): Gp64 | Gp32 | Xmm | undefined {
    if (!Array.isArray(args)) throw new JitError("EARGS", "call: arguments must be an array");
    if (typeof options !== "object" || options === null) throw new JitError("EARGS", `call: options must be an object like { signature }; got ${describeValue(options)}`);
    const t = resolveTarget(target, options.signature);
    if (t.keep !== null && !this.keepAlive.includes(t.keep)) this.keepAlive.push(t.keep);
    const sig = t.signature;
    if (sig !== null) {
      if (args.length < sig.args.length || (!t.variadic && args.length > sig.args.length)) {
        throw new JitError("EARGS", `call ${t.name}: expected ${sig.args.length}${t.variadic ? " or more" : ""} arguments, got ${args.length}`);
      }
    }
    const out: OutArg[] = [];
    for (let i = 0; i < args.length; i++) {
      const v = this.lower(args[i], i, t.name);
      const type = sig !== null && i < sig.args.length ? sig.args[i]! : inferType(v, i, t.name);
      out.push({ value: v, type, kind: valueKind(type) });
    }
    const rt = sig === null ? FFIType.int64_t : sig.returns;
    const rr = returnRegister(this.cc, rt);
    const result = rr === null ? undefined : rr.type === RT_GP ? (valueKind(rt).bytes === 8 ? gp64[rr.id]! : gp32[rr.id]!) : (rr as Xmm);
    emitCall(this.a, this.cc, out, { destination: t.destination, variadic: t.variadic, keep: options.keep ?? [] }, result ?? null);
    return result;
  }

  /** A function passed as an argument becomes its address, and the caller keeps it alive. */
  private lower(v: CallArg | undefined, i: number, name: string): Value {
    if (v === undefined || v === null) throw new JitError("EARGS", `call ${name}: argument ${i + 1} is ${String(v)}`);
    if (v instanceof NativeFunction) return v.address;
    if (!(v instanceof JSCallback) && typeof v !== "function") checkValue(v, `call ${name}: argument ${i + 1}`);
    if (v instanceof JSCallback || typeof v === "function") {
      const r = resolveTarget(v, undefined);
      if (r.keep !== null && !this.keepAlive.includes(r.keep)) this.keepAlive.push(r.keep);
      return (r.destination as { address: number }).address;
    }
    return v;
  }

  /**
   * A JavaScript function JIT code can call, through a bun:ffi JSCallback that
   * lives as long as this JIT function (closed when it is disposed or collected).
   * Not thread-safe: call it only from the JS thread.
   *
   * @example
   * const log = f.callback((x: number) => console.log(x), { args: ["f64"], returns: "void" });
   * f.call(log, [xmm0]);
   * @throws JitError ESIGNATURE
   */
  callback<const C extends Signature>(fn: (...args: never[]) => unknown, signature: C, options: CallbackOptions = {}): NativeFunction<C> {
    const sig = normalizeSignature(signature);
    if (typeof fn !== "function") throw new JitError("EARGS", "callback: expected a function");
    if (typeof options !== "object" || options === null) throw new JitError("EARGS", `callback: options must be an object like { threadsafe: false }; got ${describeValue(options)}`);
    const cb = new JSCallback(fn as (...args: unknown[]) => unknown, { args: [...sig.args], returns: sig.returns, threadsafe: options.threadsafe === true });
    this.callbacks.push(cb);
    if (cb.ptr === null) throw new JitError("EPOINTER", "callback: JSCallback has no address");
    return new NativeFunction<C>(cb.ptr, sig, false, `callback ${fn.name || "(anonymous)"}`);
  }

  /**
   * A NUL-terminated UTF-8 string in the code's constant data; returns its
   * address as an unsized `[rip + label]` operand (pass it to f.call, or `lea` it).
   *
   * @example f.call("puts", [f.cstring("hi")]);  f.a.lea(rdi, f.cstring("fmt %d\n"));
   */
  cstring(text: string): MemAny {
    if (typeof text !== "string") throw new JitError("EARGS", `cstring: expected a string, got ${describeValue(text)}`);
    const bytes = new TextEncoder().encode(text + "\0");
    const m = this.a.constant(bytes, 1);
    return resize(m, 0);
  }

  /** The address of a memory operand (its unsized form), so f.call passes a pointer: `f.call(fn, [f.addr(buf)])`. */
  addr(m: Mem): MemAny {
    if (!(m instanceof Mem)) throw new JitError("EARGS", `addr: expected a memory operand, got ${describeValue(m)}`);
    return resize(m, 0);
  }

  /** A new label of this body. @example const loop = f.label("loop"); f.a.bind(loop); */
  label(name?: string): Label {
    return this.a.newLabel(name);
  }

  /**
   * Intel-syntax text into the body (labels shared across calls of f.text and f.asm).
   * `ret` in the text returns through the epilogue.
   * @example f.text("mov eax, edi\nadd eax, 4\nret");
   * @throws JitError ESYNTAX, EMNEMONIC, EOPERAND, ERANGE (with line and column)
   */
  text(source: string): ParseResult {
    if (typeof source !== "string") throw new JitError("EARGS", `text: expected Intel-syntax source as a string, got ${describeValue(source)}`);
    return parseInto(this.a, source, { labels: this.labels });
  }

  /**
   * The `asm` tagged template writing into the body, with operands interpolated.
   * @example f.asm`lea ${eax}, [${x} + ${y}]; ret`;
   * @throws JitError ESYNTAX, EMNEMONIC, EOPERAND, ERANGE (with line and column)
   */
  asm(strings: TemplateStringsArray, ...values: AsmValue[]): this {
    asmInto(this.a, { labels: this.labels })(strings, ...values);
    return this;
  }

  /**
   * @internal Lay out prologue, body and epilogue. Called once by jit.function / jit.build.
   * @throws JitError EABI when the body uses rbp as a register in a function that needs a frame, ELABEL for unbound labels
   */
  build(): BuiltCode {
    if (this.built !== null) return this.built;
    const a = this.a, cc = this.cc;
    const frame = this.options.frame === true || this.stackArgs || this.localBytes > 0 || a.calls > 0;
    const savedXmm = cc.calleeSavedXmm.filter((x) => (a.vecUsed & bit(x.id)) !== 0);
    const useFrame = frame || savedXmm.length > 0;
    if (useFrame && a.rbpAsRegister) {
      throw new JitError("EABI", "the body uses rbp as a register, but this function needs rbp as its frame pointer (it has locals, stack arguments or calls): use another callee-saved register (rbx, r12–r15)");
    }
    const savedGp = cc.calleeSavedGp.filter((r) => (a.gpUsed & bit(r.id)) !== 0 && !(useFrame && r.id === RBP));
    const narrow = this.locations.filter((l) => l.kind === "reg" && l.value.cls === "int" && (l.value.bytes < 4 || l.value.bool));
    const L = align16(this.localBytes), X = 16 * savedXmm.length;
    let S = L + X;
    if ((S + 8 * savedGp.length) % 16 !== 0) S += 8;
    // call-frame rows for unwinders (debug/cfi.ts): prologue offsets are final as emitted (nothing
    // before them relaxes); epilogue offsets are taken relative to its label, resolved after finish()
    const rows: CfiRow[] = [{ at: 0, cfaReg: DWARF_RSP, cfaOffset: 8, saved: [] }];
    const epiRows: CfiRow[] = [];
    let cfa = { reg: DWARF_RSP, off: 8 }, saved: (readonly [number, number])[] = [];
    const note = (list: CfiRow[], at: number) => list.push({ at, cfaReg: cfa.reg, cfaOffset: cfa.off, saved: saved.slice() });
    const xmmSlot = (i: number) => xmmword(rbp, -(L + 16 * (i + 1)));
    let epiEnd = 0; // raw offsets of the epilogue (fixed-size instructions: distances survive layout)
    const epilogue = (out: Assembler) => {
      if (a.wideVectors) out.vzeroupper();
      if (useFrame) {
        if (savedGp.length > 0) out.lea(rsp, mem(rbp, -(S + 8 * savedGp.length)));
        for (let i = savedGp.length - 1; i >= 0; i--) {
          out.pop(savedGp[i]!);
          saved = saved.filter(([r]) => r !== dwarfGp(savedGp[i]!.id));
          note(epiRows, out.offset);
        }
        savedXmm.forEach((x, i) => out.movdqu(x, xmmSlot(i)));
        out.leave();
        cfa = { reg: DWARF_RSP, off: 8 };
        saved = [];
        note(epiRows, out.offset);
      } else {
        for (let i = savedGp.length - 1; i >= 0; i--) {
          out.pop(savedGp[i]!);
          cfa = { reg: DWARF_RSP, off: 8 + 8 * i };
          saved = saved.filter(([r]) => r !== dwarfGp(savedGp[i]!.id));
          note(epiRows, out.offset);
        }
      }
      out.ret();
      epiEnd = out.offset;
    };
    let listing: string | null = null;
    const out = a.output; // the body is replayed into it after the prologue (each instruction encoded once)
    if (useFrame) {
      out.push(rbp);
      cfa = { reg: DWARF_RSP, off: 16 };
      saved = [[DWARF_RBP, -16]];
      note(rows, out.offset);
      out.mov(rbp, rsp);
      cfa = { reg: DWARF_RBP, off: 16 };
      note(rows, out.offset);
      if (S > 0) out.sub(rsp, S);
      savedXmm.forEach((x, i) => out.movdqu(xmmSlot(i), x));
    }
    savedGp.forEach((r, i) => {
      out.push(r);
      if (useFrame) saved = [...saved, [dwarfGp(r.id), -(16 + S + 8 * (i + 1))]];
      else {
        cfa = { reg: DWARF_RSP, off: 16 + 8 * i };
        saved = [...saved, [dwarfGp(r.id), -(16 + 8 * i)]];
      }
      note(rows, out.offset);
    });
    // narrow register arguments: make the 32-bit register handed to the body fully defined
    for (const loc of narrow) {
      if (loc.kind !== "reg") continue;
      const id = loc.reg.id;
      const m = loc.value.signed ? "movsx" : "movzx";
      if (loc.value.bytes === 2) out[m](gp32[id]!, gp16[id]!);
      else out[m](gp32[id]!, gp8[id]!);
    }
    const epi = a.replay();
    out.bind(epi);
    const epiRaw = out.offset;
    epilogue(out);
    const bytes = out.finish();
    const base = out.labelOffset(epi);
    const end = base + (epiEnd - epiRaw);
    for (const r of epiRows) rows.push({ ...r, at: base + (r.at - epiRaw) });
    if (this.options.listing === true) listing = out.listing();
    this.built = Object.freeze({
      bytes,
      listing,
      saved: [...savedGp.map((r) => r.name), ...savedXmm.map((x) => x.name)],
      frame: useFrame,
      unwind: { rows, end },
      localBytes: this.localBytes,
      callbacks: this.callbacks,
      keep: this.keepAlive,
    });
    return this.built;
  }

  /** @internal close the JSCallbacks made by f.callback (when the body failed). */
  closeCallbacks(): void {
    for (const cb of this.callbacks.splice(0)) cb.close();
  }
}

/**
 * A value f.ret / f.call can move: a register, a memory operand, a label, a number, a bigint or a boolean.
 * @throws JitError EARGS
 */
function checkValue(v: unknown, what: string): void {
  if (v instanceof Reg || v instanceof Mem || v instanceof Label) return;
  const t = typeof v;
  if (t === "number" || t === "bigint" || t === "boolean") return;
  throw new JitError("EARGS", `${what} is ${describeValue(v)}: expected a register, a memory operand, a label, a number, a bigint or a boolean`);
}

/** The ABI type of an operand passed without a signature (see FunctionBuilder.call). */
function inferType(v: Value, i: number, name: string): FFIType {
  if (typeof v === "boolean") return FFIType.int32_t;
  if (typeof v === "bigint") return FFIType.int64_t;
  if (typeof v === "number") return Number.isInteger(v) ? FFIType.int64_t : FFIType.double;
  if (v instanceof Reg) {
    if (v.type === RT_GP) return v.bits === 64 ? FFIType.int64_t : v.bits === 32 ? FFIType.int32_t : v.bits === 16 ? FFIType.int16_t : FFIType.int8_t;
    if (v.bits === 128) return FFIType.double;
    throw new JitError("EARGS", `call ${name}: argument ${i + 1} (${v.name}) cannot be passed; use an xmm or general-purpose register`);
  }
  if (v instanceof Mem) {
    switch (v.bits) {
      case 0: return FFIType.ptr;
      case 64: return FFIType.int64_t;
      case 32: return FFIType.int32_t;
      case 16: return FFIType.int16_t;
      case 8: return FFIType.int8_t;
    }
    throw new JitError("EARGS", `call ${name}: argument ${i + 1} (${v}) is wider than any argument type`);
  }
  return FFIType.ptr; // a Label: its address
}
