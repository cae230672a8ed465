/**
 * compiler.ts — `Compiler`, what a `jit.compile` body receives as `c`: every
 * instruction of the table as a method taking virtual registers (or physical
 * ones) where its forms take registers, virtual registers (`c.gp32()` …),
 * labels, calls (`c.call`) whose live values survive, `c.ret`, stack slots
 * and constants. It records; `finish()` (called by jit.compile) runs the
 * pipeline: liveness → intervals → linear scan → moves → emission into the
 * function builder, which lays out the prologue (saving only the
 * callee-saved registers used) and the epilogue.
 */
import { FFIType } from "bun:ffi";
import { JitError } from "../core/errors.ts";
import type { Label } from "../core/label.ts";
import type { Signature } from "../ffi/signature.ts";
import type { JitFunction } from "../ffi/callable.ts";
import { valueKind } from "../abi/assign.ts";
import type { CallArg, CallOptions, FunctionBuilder, TypedCallOptions } from "../abi/function-builder.ts";
import { NativeFunction, resolveTarget, type CallSignature, type CallTarget } from "../abi/target.ts";
import type { CompilerMethods } from "./compiler-methods.generated.ts";
import type { Operand } from "../x64/operands.ts";
import { type FormSet, formSetOf } from "../x64/encode/select.ts";
import { Mem, Rounding, type Mem128, type Mem16, type Mem256, type Mem32, type Mem512, type Mem64, type Mem8, type MemAny } from "../x64/operands.ts";
import { Reg, RT_GP, RT_K, RT_XMM } from "../x64/registers.ts";
import { formsOf, mnemonics } from "../x64/table/index.ts";
import { insn, type Insn, OP_ALIGN, OP_BIND, OP_CALL, OP_COPY, OP_RET, physVar, releaseInsns, VAR_K, VAR_VEC, VAR_VIRTUAL } from "./ir.ts";
import { recordInsn, varOf, type RecordContext } from "./record.ts";
import { recordFast } from "./record-fast.ts";
import { CLASS_GP, CLASS_K, CLASS_VEC, VReg, vecType, type VGp32, type VGp64, type VK, type VRegValue, type VXmm, type VYmm, type VZmm } from "./vreg.ts";
import { finishCompiler } from "./pipeline.ts";
import type { CallResultOf, ArgRegister } from "../abi/types.ts";
import type { ArgType } from "../ffi/signature.ts";

/** Options of jit.compile besides the function builder's and fromBytes' ones. */
export interface CompilerOptions {
  /** Largest stack area for spilled values, in bytes (default 1 MiB); beyond it: ELIMIT. */
  maxFrame?: number;
  /** With a listing (the function builder's option), its lines name the virtual registers beside the registers chosen. */
  listing?: boolean | ((line: string) => void);
}

/** The argument of type T as a virtual register. */
export type VArg<T> = ArgRegister<T> & VReg;
/** A compiled body's arguments: virtual registers typed from the signature. */
export type CompileArgs<S extends Signature> = S extends { readonly args: infer A extends readonly ArgType[] } ? { -readonly [K in keyof A]: VArg<A[K]> } : [];
/** The virtual register c.call returns for a callee signature (undefined for void). */
export type VCallResult<S extends Signature> = CallResultOf<S> extends undefined ? undefined : CallResultOf<S> & VReg;

const entries = new Map<string, FormSet>();
function entryOf(name: string): FormSet {
  let e = entries.get(name);
  if (e === undefined) entries.set(name, (e = formSetOf(name)!));
  return e;
}

/**
 * The compiler a `jit.compile` body writes into.
 *
 * @example
 * const f = jit.compile({ args: ["i32", "i32"], returns: "i32" }, (c, [x, y]) => {
 *   const t = c.gp32("t");
 *   c.mov(t, x); c.imul(t, y); c.add(t, 1);
 *   c.ret(t);
 * });
 * f(6, 7); // 43
 */
export class Compiler<S extends Signature = Signature> {
  /** The function builder underneath (frame, calls, constants). */
  readonly f: FunctionBuilder<S>;
  /** The arguments as virtual registers. */
  readonly args: CompileArgs<S>;
  /** @internal */ readonly insns: Insn[] = [];
  /** @internal */ readonly values: VRegValue[] = [];
  /** @internal */ readonly labels = new Set<Label>();
  /** @internal values used by a legacy/VEX form (vector registers 0–15 only) */ readonly lowVec = new Set<number>();
  /** @internal */ readonly options: CompilerOptions;
  /** @internal some form uses a VEX/EVEX encoding (moves may too) */ vex = false;
  private readonly bound = new Set<Label>();
  private prefix = 0;
  private finished = false;
  private readonly ctx: RecordContext;

  constructor(f: FunctionBuilder<S>, options: CompilerOptions = {}) {
    this.f = f;
    this.options = options;
    this.ctx = { owner: this, values: this.values, insns: this.insns, labels: this.labels, lowVec: this.lowVec, onVex: () => { this.vex = true; } };
    const args: VReg[] = [];
    f.locations.forEach((loc, i) => {
      const k = loc.value;
      const v = k.cls === "float" ? this.newValue(CLASS_VEC, 128, `arg${i}`) : this.newValue(CLASS_GP, k.bytes === 8 ? 64 : 32, `arg${i}`);
      args.push(v);
      const src = (f.args as unknown as Operand[])[i]!;
      if (src instanceof Reg) {
        const c = insn(OP_COPY, "argument");
        c.dst = VAR_VIRTUAL + v.value.index;
        c.src = physVar(src);
        c.cls = v.value.cls;
        c.bits = v.value.bits;
        c.uses.push(c.src);
        c.defs.push(c.dst);
        c.memOk = true;
        this.insns.push(c);
      } else {
        const m = src as Mem;
        if (k.cls === "float") this.record(k.bytes === 8 ? "movsd" : "movss", v, m);
        else if (k.bytes >= 4) this.record("mov", v, m);
        else this.record(k.signed ? "movsx" : "movzx", v, m);
      }
    });
    this.args = args as unknown as CompileArgs<S>;
  }

  private newValue(cls: number, bits: number, name: string | undefined): VReg {
    if (name !== undefined && typeof name !== "string") throw new JitError("EARGS", `a virtual register's name must be a string, got ${typeof name}`);
    const index = this.values.length;
    const value: VRegValue = { index, owner: this, cls, bits, name: name ?? `%${index}` };
    this.values.push(value);
    const type = cls === CLASS_GP ? RT_GP : cls === CLASS_K ? RT_K : vecType(bits);
    return new VReg(value, type, bits);
  }

  /** A new virtual 32-bit general-purpose register. @example const n = c.gp32("n"); */
  gp32(name?: string): VGp32 {
    return this.newValue(CLASS_GP, 32, name) as VGp32;
  }
  /** A new virtual 64-bit general-purpose register. @example const p = c.gp64("p"); */
  gp64(name?: string): VGp64 {
    return this.newValue(CLASS_GP, 64, name) as VGp64;
  }
  /** A new virtual xmm register. @example const x = c.xmm("x"); */
  xmm(name?: string): VXmm {
    return this.newValue(CLASS_VEC, 128, name) as VXmm;
  }
  /** A new virtual ymm register (AVX). */
  ymm(name?: string): VYmm {
    return this.newValue(CLASS_VEC, 256, name) as VYmm;
  }
  /** A new virtual zmm register (AVX-512). */
  zmm(name?: string): VZmm {
    return this.newValue(CLASS_VEC, 512, name) as VZmm;
  }
  /** A new virtual opmask register (AVX-512), allocated to k1–k7. */
  k(name?: string): VK {
    return this.newValue(CLASS_K, 64, name) as VK;
  }

  /** A new label. @example const loop = c.label("loop"); c.bind(loop); */
  label(name?: string): Label {
    this.open("label");
    const l = this.f.label(name);
    this.labels.add(l);
    return l;
  }

  /**
   * Bind a label here.
   * @throws JitError ELABEL for a label bound twice or made elsewhere
   */
  bind(label: Label): this {
    this.open("bind");
    if (!this.labels.has(label)) throw new JitError("ELABEL", `bind: label ${String((label as { name?: unknown })?.name ?? label)} was not made by this compiler's c.label()`);
    if (this.bound.has(label)) throw new JitError("ELABEL", `label ${label.name} is already bound`);
    this.bound.add(label);
    const b = insn(OP_BIND, "bind");
    b.label = label;
    this.insns.push(b);
    return this;
  }

  /** Align the next instruction (e.g. a loop head) to `n` bytes with NOPs. @throws JitError ERANGE */
  align(n: number): this {
    this.open("align");
    if (!Number.isInteger(n) || n < 1 || n > 4096 || (n & (n - 1)) !== 0) throw new JitError("ERANGE", `align: expected a power of two between 1 and 4096, got ${String(n)}`);
    const a = insn(OP_ALIGN, "align");
    a.target = n;
    this.insns.push(a);
    return this;
  }

  /** `lock` prefix for the next instruction. */
  lock(): this {
    this.prefix = 0xf0;
    return this;
  }
  /** `rep` prefix for the next string instruction; rcx is the count (give it as the last leading operand: `c.rep().movsb(dst, src, n)`). */
  rep(): this {
    this.prefix = 0xf3;
    return this;
  }
  /** `repe` (same byte as rep). */
  repe(): this {
    return this.rep();
  }
  /** `repne` prefix. */
  repne(): this {
    this.prefix = 0xf2;
    return this;
  }

  /**
   * Call a function (a C symbol, an address, a NativeFunction, a bunjit
   * function, a JSCallback or `c.callback(...)`, or a pointer in a 64-bit
   * register). Arguments are virtual or physical registers, immediates,
   * memory; values live across the call survive it (they are kept in
   * callee-saved registers or spilled).
   *
   * @returns a new virtual register holding the result (undefined for void)
   * @example const n = c.call("strlen", [p], { signature: { args: ["ptr"], returns: "u64" } });
   * @throws JitError EARGS, EABI, EPOINTER (as f.call), ESTATE (a register of another compiler)
   */
  call<CS extends CallSignature>(target: NativeFunction<CS>, args?: readonly CallArg[], options?: CallOptions): VCallResult<CS>;
  call<CS extends Signature>(target: JitFunction<CS>, args?: readonly CallArg[], options?: CallOptions): VCallResult<CS>;
  call<const CS extends CallSignature>(target: CallTarget, args: readonly CallArg[], options: TypedCallOptions<CS>): VCallResult<CS>;
  call(target: CallTarget, args?: readonly CallArg[], options?: CallOptions): VGp64 | VGp32 | VXmm | undefined;
  call(target: CallTarget, args: readonly CallArg[] = [], options: CallOptions = {}): VGp64 | VGp32 | VXmm | undefined {
    this.open("call");
    if (!Array.isArray(args)) throw new JitError("EARGS", "call: arguments must be an array");
    if (typeof options !== "object" || options === null) throw new JitError("EARGS", "call: options must be an object");
    if (options.keep !== undefined && options.keep.length > 0) throw new JitError("EARGS", "call: keep is not needed in compiled code (live values survive calls)");
    const t = resolveTarget(target, options.signature);
    if (t.signature !== null && (args.length < t.signature.args.length || (!t.variadic && args.length > t.signature.args.length))) {
      throw new JitError("EARGS", `call ${t.name}: expected ${t.signature.args.length}${t.variadic ? " or more" : ""} arguments, got ${args.length}`);
    }
    const ins = insn(OP_CALL, `call ${t.name}`);
    // argument types: the signature's, else inferred from the operands as f.call would (made explicit so a spilled value keeps its type)
    const types: string[] = [];
    args.forEach((a, i) => {
      if (a === undefined || a === null) throw new JitError("EARGS", `call ${t.name}: argument ${i + 1} is ${String(a)}`);
      if (a instanceof Reg) {
        if (!(a instanceof VReg)) this.checkPhys(a, `call ${t.name}`);
        const v = varOf(this.ctx, a, `call ${t.name}`);
        if (v >= 0 && !ins.uses.includes(v)) ins.uses.push(v);
        if (t.signature === null || i >= t.signature.args.length) types.push(a.type === RT_GP ? (a.bits === 64 ? "i64" : a.bits === 32 ? "i32" : a.bits === 16 ? "i16" : "i8") : a.type === RT_XMM ? "f64" : "?");
      } else if (a instanceof Mem) {
        for (const r of [a.base, a.index]) if (r instanceof Reg && r.type === RT_GP) {
          const v = varOf(this.ctx, r, `call ${t.name}`);
          if (v >= 0 && !ins.uses.includes(v)) ins.uses.push(v);
        }
        if (t.signature === null || i >= t.signature.args.length) types.push(a.bits === 0 ? "ptr" : a.bits === 64 ? "i64" : a.bits === 32 ? "i32" : a.bits === 16 ? "i16" : "i8");
      } else if (t.signature === null || i >= t.signature.args.length) {
        types.push(typeof a === "number" && !Number.isInteger(a) ? "f64" : typeof a === "boolean" ? "i32" : typeof a === "number" || typeof a === "bigint" ? "i64" : "ptr");
      }
    });
    if (types.includes("?")) throw new JitError("EARGS", `call ${t.name}: pass general-purpose or xmm registers (or give a signature)`);
    if (target instanceof Reg) {
      const v = varOf(this.ctx, target, `call ${t.name}`);
      if (v >= 0 && !ins.uses.includes(v)) ins.uses.push(v);
    }
    const sig: CallSignature = t.signature !== null
      ? (types.length > 0 ? { args: [...t.signature.args, ...types] as never, returns: t.signature.returns, variadic: t.variadic } : { ...t.signature, variadic: t.variadic } as CallSignature)
      : { args: types as never, returns: "i64", variadic: t.variadic };
    ins.target = target;
    ins.ops = args as Operand[];
    ins.options = { ...options, signature: sig };
    ins.memOk = true;
    // the call clobbers every caller-saved register (the result register included)
    const cc = this.f.cc;
    for (const r of cc.callerSavedGp) ins.defs.push(physVar(r));
    for (let i = 0; i < 32; i++) ins.defs.push(VAR_VEC + i);
    for (let i = 0; i < 8; i++) ins.defs.push(VAR_K + i);
    this.insns.push(ins);
    const rt = t.signature === null ? FFIType.int64_t : t.signature.returns;
    if (rt === FFIType.void) return undefined;
    const k = valueKind(rt);
    const res = k.cls === "float" ? this.newValue(CLASS_VEC, 128, undefined) : this.newValue(CLASS_GP, k.bytes === 8 ? 64 : 32, undefined);
    const c = insn(OP_COPY, `result of call ${t.name}`);
    c.dst = VAR_VIRTUAL + res.value.index;
    c.src = k.cls === "float" ? physVar(cc.floatReturn) : physVar(cc.intReturn);
    c.cls = res.value.cls;
    c.bits = res.value.bits;
    c.uses.push(c.src);
    c.defs.push(c.dst);
    c.memOk = true;
    this.insns.push(c);
    return res as VGp64;
  }

  /**
   * Return from the function with `value` (converted to the return type as
   * f.ret does); without a value for void functions.
   * @example c.ret(sum)
   * @throws JitError EABI (a value in a void function), ESTATE (a register of another compiler)
   */
  ret(value?: Reg | Mem | number | bigint): this {
    this.open("ret");
    if (value !== undefined && this.f.signature.returns === FFIType.void) throw new JitError("EABI", "ret: this function returns void; call c.ret() without a value");
    const r = insn(OP_RET, "ret");
    if (value !== undefined) {
      r.ops = [value as Operand];
      if (value instanceof Reg) {
        if (!(value instanceof VReg)) this.checkPhys(value, "ret");
        const v = varOf(this.ctx, value, "ret");
        if (v >= 0) r.uses.push(v);
      } else if (value instanceof Mem) {
        for (const x of [value.base, value.index]) if (x instanceof Reg && x.type === RT_GP) {
          const v = varOf(this.ctx, x, "ret");
          if (v >= 0) r.uses.push(v);
        }
      }
    }
    r.memOk = true;
    this.insns.push(r);
    return this;
  }

  private checkPhys(r: Reg, what: string): void {
    if (r.type === RT_GP && physVar(r) < 0) throw new JitError("EOPERAND", `${what}: ${r.name} belongs to the frame in compiled code; use a virtual register`, { instruction: what });
  }

  /** A local stack slot (as f.local). @example const buf = c.local(16); */
  local(size: 1, align?: number): Mem8;
  local(size: 2, align?: number): Mem16;
  local(size: 4, align?: number): Mem32;
  local(size?: 8, align?: number): Mem64;
  local(size: 16, align?: number): Mem128;
  local(size: number, align?: number): MemAny;
  local(size = 8, align?: number): Mem {
    this.open("local");
    return this.f.local(size as 8, align);
  }
  /** `qword ptr [rip + c]` holding a double (the constant pool). @example c.addsd(x, c.f64(1.5)) */
  f64(value: number): Mem64 {
    return this.f.a.f64(value);
  }
  /** `dword ptr [rip + c]` holding a float. */
  f32(value: number): Mem32 {
    return this.f.a.f32(value);
  }
  /** `qword ptr [rip + c]` holding a 64-bit integer. */
  i64(value: number | bigint): Mem64 {
    return this.f.a.i64(value);
  }
  /** `dword ptr [rip + c]` holding a 32-bit integer. */
  i32(value: number): Mem32 {
    return this.f.a.i32(value);
  }
  /** A 16/32/64-byte vector constant. @throws JitError ERANGE */
  vector<T extends 16 | 32 | 64 = 16 | 32 | 64>(values: ArrayBufferView): T extends 16 ? Mem128 : T extends 32 ? Mem256 : Mem512 {
    return this.f.a.vector<T>(values);
  }
  /** A NUL-terminated string in the constant data; its address as an operand (as f.cstring). */
  cstring(text: string): MemAny {
    return this.f.cstring(text);
  }
  /** A JS function the code can call (as f.callback). @throws JitError ESIGNATURE, EARGS */
  callback<const C extends Signature>(fn: (...args: never[]) => unknown, signature: C, options: { threadsafe?: boolean } = {}): NativeFunction<C> {
    return this.f.callback(fn, signature, options);
  }

  private open(what: string): void {
    if (this.finished) throw new JitError("ESTATE", `${what}: this compiler has finished; the function is built`);
  }

  /** @internal record an instruction by mnemonic (the methods below call this). */
  record(mnemonic: string, ...ops: Operand[]): this {
    return this.recordEntry(entryOf(mnemonic), ops);
  }

  /** @internal the mnemonic methods: the plain case without allocations, else recordEntry. */
  recordOps(entry: FormSet, a?: Operand, b?: Operand, c?: Operand, d?: Operand, e?: Operand, f?: Operand): this {
    if (this.prefix === 0 && !this.finished && e === undefined && !(d instanceof Rounding) && !(c instanceof Rounding) && !(b instanceof Rounding) && recordFast(this.ctx, entry, a, b, c, d)) return this;
    return this.recordEntry(entry, [a, b, c, d, e, f]);
  }

  /** @internal */
  recordEntry(entry: FormSet, ops: (Operand | undefined)[]): this {
    this.open(entry.name);
    const prefix = this.prefix;
    this.prefix = 0;
    if (ops.length > 6) throw new JitError("EOPERAND", `${entry.name}: too many operands (${ops.length})`, { instruction: entry.name });
    recordInsn(this.ctx, entry, ops, prefix);
    return this;
  }

  /**
   * @internal Allocate registers and write the code into the function builder.
   * @throws JitError EUNINIT (a virtual register read before any write), ELABEL (unbound label), ELIMIT, EABI
   */
  finish(): void {
    this.open("finish");
    if (this.prefix !== 0) throw new JitError("ESTATE", "a prefix is pending with no instruction after it");
    this.finished = true;
    try {
      finishCompiler(this);
    } finally {
      releaseInsns(this.insns); // the records go back to the pool: nothing reads them after emission
    }
  }

  /** @internal */
  get labelsBound(): ReadonlySet<Label> {
    return this.bound;
  }}

// ---- one method per mnemonic (installed at once: see assembler.ts for why) ------------
export interface Compiler<S extends Signature = Signature> extends CompilerMethods {}

{
  const proto = Compiler.prototype as unknown as Record<string, unknown>;
  const taken = new Set<string>();
  for (let o: object | null = proto; o !== null; o = Object.getPrototypeOf(o) as object | null) for (const k of Object.getOwnPropertyNames(o)) taken.add(k);
  const methods: PropertyDescriptorMap = {};
  for (const mnemonic of mnemonics) {
    if (taken.has(mnemonic)) continue;
    let entry: FormSet | null = null;
    const method = function (this: Compiler, a?: Operand, b?: Operand, c?: Operand, d?: Operand, e?: Operand, f?: Operand) {
      return this.recordOps((entry ??= entryOf(mnemonic)), a, b, c, d, e, f);
    };
    methods[mnemonic] = { value: method, writable: true, enumerable: true, configurable: true };
  }
  Object.defineProperties(proto, methods);
}

