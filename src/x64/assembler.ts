/**
 * assembler.ts — the x86-64 `Assembler`: one method per mnemonic (installed
 * from the instruction table), lock/rep/segment prefixes, and the paths an
 * instruction takes: the fast path (a memoised form's plan, encode/fast.ts)
 * or the general path (select the form, check it, then encode it into the
 * layout — or record it, in recording mode). Labels, alignment, data, the
 * constant pool, finish() and the listing are the architecture-neutral
 * `CoreAssembler` (core/assembler.ts, core/layout.ts); x64's layout kinds
 * (rel8 ↔ rel32 jumps, NOP padding) are layout-kinds.ts.
 */
import { JitError } from "../core/errors.ts";
import { Label } from "../core/label.ts";
import { show } from "../core/data.ts";
import { CoreAssembler, type CoreOptions, type RecordInto } from "../core/assembler.ts";
import type { PoolEntry } from "../core/layout.ts";
import { checkOperands } from "./encode/check.ts";
import { encode, SEG_PREFIX } from "./encode/encoder.ts";
import { fastEncode, type FastPlan } from "./encode/fast.ts";
import { describe, fastLookup, type FormSet, formSetOf, memoSlot, selectForm } from "./encode/select.ts";
import { formatForm } from "./format.ts";
import { jumpKindOf, X64_LAYOUT } from "./layout-kinds.ts";
import { Mem, type Operand, Rounding, type Mem128, type Mem256, type Mem32, type Mem512, type Mem64 } from "./operands.ts";
import { type CpuFeature, isCpuFeature } from "./cpu-features.ts";
import { Reg, rip, RT_SEG, type SegReg } from "./registers.ts";
import { mnemonics } from "./table/index.ts";
import type { Form } from "./table/schema.ts";
import type { AssemblerMethods } from "./assembler-methods.generated.ts";

/** Options for a new Assembler. */
export interface AssemblerOptions extends CoreOptions {
  /**
   * The CPU features the code may use: every instruction whose form needs another feature is an EFEATURE
   * error. A list of names (`["avx2", "bmi2"]`), or anything with `has(name)` — `cpu` (this CPU) works.
   * Default: no check.
   */
  features?: readonly CpuFeature[] | { has(name: CpuFeature): boolean };
}

/** A selected and checked instruction, as a recording assembler keeps it (core/recorder.ts). */
export interface X64Insn {
  /** The mnemonic's form set (its memo gives the replay the form's fast plan). */
  readonly set: FormSet;
  readonly form: Form;
  /** The fast plan of these operands' class vector when the recording found it in the memo, else null (looked up at replay). */
  readonly plan: FastPlan | null;
  readonly o0: Operand | undefined;
  readonly o1: Operand | undefined;
  readonly o2: Operand | undefined;
  readonly o3: Operand | undefined;
  /** Operands before the rounding operand. */
  readonly n: number;
  /** lock/rep byte in bits 0–7, a string instruction's segment prefix byte in bits 8–15. */
  readonly prefix: number;
  readonly rc: Rounding | null;
  /** A note for its listing line (`Assembler.note`), or null. */
  readonly note?: string | null;
}

/**
 * An x86-64 assembler. Every instruction of the table is a method
 * (`a.add(rax, 1)`, `a.vaddpd(zmm0, zmm1, zmm2)`), type-checked against the
 * table's forms; `emit(mnemonic, ...operands)` is the untyped entry.
 *
 * @example
 * const a = new Assembler();
 * a.mov(rax, rdi); a.add(rax, 4); a.ret();
 * const bytes = a.finish(); // 48 89 f8 48 83 c0 04 c3
 */
export class Assembler extends CoreAssembler<X64Insn> {
  private prefix = 0;
  private prefixName = "";
  /** A segment register number for the next instruction's implicit [rsi] source (`seg(fs)`), or -1. */
  private pendingSeg = -1;
  private pendingNote: string | null = null;
  /** Instructions may take the fast path at all: no listing, not recording. */
  private readonly fastOk: boolean;
  /** An instruction may take the fast path now: fastOk, no prefix pending, not finished. */
  private hot: boolean;
  /** Recording, with no prefix pending: a memoised class vector is recorded without the general path. */
  private hotRecord: boolean;
  /** The allowed features (`features` option), or null for no check. */
  private readonly features: { has(name: CpuFeature): boolean } | null;
  /** Forms checked against `features` so far, and the verdict. */
  private readonly checkedForms: Map<Form, boolean> | null;

  /**
   * @param options listing, maxBytes
   * @param into @internal record instead of encoding, sharing that layout (see abi/body-assembler.ts)
   * @throws JitError ERANGE for a maxBytes that is not a positive integer
   */
  constructor(options: AssemblerOptions = {}, into?: RecordInto<X64Insn>) {
    super(X64_LAYOUT, options, into);
    this.fastOk = this.layout.listing === null && this.recorder === null;
    this.hot = this.fastOk;
    this.hotRecord = this.recorder !== null;
    const feats = options.features;
    if (feats === undefined) this.features = null;
    else if (Array.isArray(feats)) {
      for (const f of feats) if (typeof f !== "string" || !isCpuFeature(f)) throw new JitError("EFEATURE", `features: ${show(f)} is not a CPU feature name (cpu-features.ts: "avx2", "avx512f", "sse41" …)`);
      this.features = new Set<CpuFeature>(feats);
    } else if (typeof feats === "object" && feats !== null && typeof (feats as { has?: unknown }).has === "function") this.features = feats as { has(name: CpuFeature): boolean };
    else throw new JitError("EFEATURE", `features: expected a list of CPU feature names or an object with has(name), got ${show(feats)}`);
    this.checkedForms = this.features === null ? null : new Map();
  }

  // ---- prefixes --------------------------------------------------------------

  /** `lock` prefix for the next instruction (which must be a lockable form with a memory destination). @throws JitError ESTATE */
  lock(): this {
    return this.setPrefix(0xf0, "lock");
  }
  /** `rep` prefix for the next (string) instruction. @throws JitError ESTATE */
  rep(): this {
    return this.setPrefix(0xf3, "rep");
  }
  /** `repne`/`repnz` prefix for the next (string) instruction. @throws JitError ESTATE */
  repne(): this {
    return this.setPrefix(0xf2, "repne");
  }
  /**
   * Segment override for the next instruction's implicit DS:[rSI] source
   * (movs, lods, cmps; rows with the `seg` flag): `a.seg(fs).movsb()` is
   * `movsb byte ptr es:[rdi], byte ptr fs:[rsi]`. `ds` is the default and
   * adds no byte (as llvm-mc). A memory operand takes its override itself:
   * `qword(rax).fs()`.
   * @throws JitError EOPERAND (not a segment register; at the next instruction, a form without an implicit [rsi] source), ESTATE (finished)
   */
  seg(segment: SegReg): this {
    const r = segment as unknown;
    if (!(r instanceof Reg) || r.type !== RT_SEG) throw new JitError("EOPERAND", `seg: expected es, cs, ss, ds, fs or gs, got ${describe(r)}`);
    this.layout.ensureOpen("seg");
    this.pendingSeg = r.id;
    this.hot = false;
    this.hotRecord = false;
    return this;
  }

  /**
   * A note appended to the listing line of the next instruction (`add eax, ecx  ; sum=eax`); nothing
   * without a listing. jit.compile uses it to show which virtual registers got which registers.
   * @example a.note("i=rcx").inc(rcx)
   */
  note(text: string): this {
    if (this.layout.listing === null && this.recorder === null) return this;
    this.pendingNote = String(text);
    this.hot = false;
    this.hotRecord = false;
    return this;
  }

  private setPrefix(p: number, name: string): this {
    this.layout.ensureOpen(name);
    if (this.prefix !== 0 && this.prefix !== p) {
      // lock and rep (or rep and repne) on one instruction: no form takes both (EOPERAND at the instruction)
      this.prefix = -1;
      this.prefixName = `${this.prefixName} ${name}`;
    } else {
      this.prefix = p;
      this.prefixName = name;
    }
    this.hot = false;
    this.hotRecord = false;
    return this;
  }

  protected checkPending(): void {
    if (this.prefix !== 0) throw new JitError("ESTATE", `a ${this.prefixName} prefix is pending with no instruction after it`);
    if (this.pendingSeg >= 0) throw new JitError("ESTATE", "a seg() override is pending with no instruction after it");
  }

  // ---- instructions ------------------------------------------------------------

  /**
   * Emit an instruction by mnemonic: the untyped entry behind every method.
   * @example a.emit("add", rax, 1)
   * @throws JitError EMNEMONIC (unknown), EOPERAND (no form fits), ERANGE (immediate too large), ESTATE (after finish)
   */
  emit(mnemonic: string, ...operands: Operand[]): this {
    const entry = typeof mnemonic === "string" ? formSetOf(mnemonic) : undefined;
    if (entry === undefined) {
      this.prefix = 0; // a failed instruction consumes its prefix
      this.pendingSeg = -1;
      this.hot = this.fastOk && !this.layout.finished;
      this.hotRecord = this.recorder !== null;
      throw new JitError("EMNEMONIC", `unknown instruction ${show(mnemonic)}`, typeof mnemonic === "string" ? { instruction: mnemonic } : {});
    }
    if (operands.length > 5) throw new JitError("EOPERAND", `${mnemonic}: too many operands (${operands.length})`, { instruction: mnemonic });
    return this.emitForms(entry, operands[0], operands[1], operands[2], operands[3], operands[4]);
  }

  /**
   * @internal the hot path shared by every mnemonic method. A plain
   * instruction (no prefix, no listing, no labels) whose class vector was seen
   * before goes straight to its form's fast-encoding plan (encode/fast.ts); anything
   * else, including every error, takes `emitGeneral`.
   */
  emitForms(entry: FormSet, o0: Operand | undefined, o1: Operand | undefined, o2: Operand | undefined, o3: Operand | undefined, o4: Operand | undefined): this {
    if (this.hot && o4 === undefined) {
      const plan = fastLookup(entry, o0, o1, o2, o3);
      if (plan !== null && (this.features === null || this.featuresAllow(plan.form))) {
        const b = this.buf;
        const start = b.pos;
        if (start + 32 > b.buf.length) b.ensure(32);
        if (fastEncode(plan, b, o0, o1, o2, o3)) return this;
        b.pos = start; // not handled after all (see fast.ts): the general path writes it again
      }
    } else if (this.hotRecord && o4 === undefined && !this.layout.finished) {
      // recording a class vector chosen before: its form from the memo (no label operands: their owner is checked)
      const slot = memoSlot(entry, o0, o1, o2, o3);
      if (slot >= 0 && (this.features === null || this.featuresAllow(entry.memoForms[slot]!)) && !(o0 instanceof Mem && o0.label !== null) && !(o1 instanceof Mem && o1.label !== null) && !(o2 instanceof Mem && o2.label !== null) && !(o3 instanceof Mem && o3.label !== null)) {
        const f = entry.memoForms[slot]!;
        const n = o3 !== undefined ? 4 : o2 !== undefined ? 3 : o1 !== undefined ? 2 : o0 !== undefined ? 1 : 0;
        checkOperands(f, o0, o1, o2, o3, n);
        this.recorded({ set: entry, form: f, plan: entry.memoPlan[slot]!, o0, o1, o2, o3, n, prefix: 0, rc: null });
        return this;
      }
    }
    return this.emitGeneral(entry, o0, o1, o2, o3, o4);
  }

  /**
   * @internal every instruction the fast path does not take (prefixes, labels, listing, recording, first use
   * of a class vector, errors): select the form, check it, then place it (or record it).
   */
  emitGeneral(entry: FormSet, o0: Operand | undefined, o1: Operand | undefined, o2: Operand | undefined, o3: Operand | undefined, o4: Operand | undefined): this {
    const layout = this.layout;
    if (layout.finished) throw new JitError("ESTATE", `${entry.name}: the assembler is finished; create a new one`, { instruction: entry.name });
    // the prefix belongs to this instruction whether or not it encodes (no lock leaks onto the next one)
    let prefix = this.prefix;
    const prefixName = this.prefixName, seg = this.pendingSeg, note = this.pendingNote;
    this.prefix = 0;
    this.pendingSeg = -1;
    this.pendingNote = null;
    this.hot = this.fastOk;
    this.hotRecord = this.recorder !== null;
    let n = o4 !== undefined ? 5 : o3 !== undefined ? 4 : o2 !== undefined ? 3 : o1 !== undefined ? 2 : o0 !== undefined ? 1 : 0;
    let rc: Rounding | null = null;
    if (n > 0) {
      const last = n === 5 ? o4 : n === 4 ? o3 : n === 3 ? o2 : n === 2 ? o1 : o0;
      if (last instanceof Rounding) {
        rc = last;
        n--;
      }
      if (n > 4) throw new JitError("EOPERAND", `${entry.name}: too many operands (${n})`, { instruction: entry.name });
      for (let i = 0; i < n; i++) {
        const o = i === 0 ? o0 : i === 1 ? o1 : i === 2 ? o2 : o3;
        if (o === undefined) throw new JitError("EOPERAND", `operand ${i + 1} of ${entry.name} is undefined`, { instruction: entry.name, operand: i + 1 });
        if (!(o instanceof Reg || o instanceof Mem || o instanceof Label || typeof o === "number" || typeof o === "bigint")) {
          throw new JitError("EOPERAND", `operand ${i + 1} of ${entry.name}: expected a register, a memory operand, an immediate or a label; got ${describe(o)}`, { instruction: entry.name, operand: i + 1 });
        }
        if (o instanceof Label) layout.checkLabel(o, entry.name);
        else if (o instanceof Mem && o.label !== null) layout.checkLabel(o.label, entry.name);
      }
    }
    const p1 = n > 1 ? o1 : undefined, p2 = n > 2 ? o2 : undefined, p3 = n > 3 ? o3 : undefined;
    const f = selectForm(entry, o0, p1, p2, p3, n, rc);
    if (prefix === -1) throw new JitError("EOPERAND", `${prefixName}: no form takes these prefixes together (${f.text})`, { instruction: entry.name });
    if (prefix !== 0) {
      const ok = prefix === 0xf0 ? f.lock && (o0 instanceof Mem || o1 instanceof Mem || o2 instanceof Mem || o3 instanceof Mem) : f.rep;
      if (!ok) throw new JitError("EOPERAND", `${prefixName} prefix is not allowed on ${f.text}`, { instruction: entry.name });
    }
    if (seg >= 0) {
      if (!f.segOk) throw new JitError("EOPERAND", `seg(): ${f.text} has no implicit [rsi] source to override (movs, lods and cmps have); put the override on a memory operand instead, e.g. qword(rax).fs()`, { instruction: entry.name });
      if (seg !== 3) prefix |= SEG_PREFIX[seg]! << 8; // ds: the default, no byte
    }
    checkOperands(f, o0, p1, p2, p3, n);
    if (this.features !== null && !this.featuresAllow(f)) {
      const missing = f.features.filter((x) => !this.features!.has(x));
      throw new JitError("EFEATURE", `${f.text} needs ${missing.join(", ")}, which this assembler's features do not include`, { instruction: f.mnemonic });
    }
    if (this.recorder !== null) this.recorded({ set: entry, form: f, plan: null, o0, o1: p1, o2: p2, o3: p3, n, prefix, rc, note });
    else this.place(entry, f, null, o0, p1, p2, p3, n, prefix, rc, note);
    return this;
  }

  /** True when every feature form `f` needs is in this assembler's feature set (cached per form). */
  private featuresAllow(f: Form): boolean {
    const cache = this.checkedForms!;
    let ok = cache.get(f);
    if (ok === undefined) {
      ok = true;
      for (const x of f.features) if (!this.features!.has(x)) ok = false;
      cache.set(f, ok);
    }
    return ok;
  }

  /** @internal Record a checked instruction (recording mode); a subclass may look at it first. */
  protected recorded(insn: X64Insn): void {
    this.recorder!.instruction(insn);
  }

  /** @internal Place a recorded instruction (a replay): selected and checked already. @throws JitError ESTATE after finish() */
  placeInstruction(insn: X64Insn): void {
    this.layout.ensureOpen(insn.form.mnemonic);
    this.placeRecorded(insn);
  }

  /** @internal Place a selected, checked instruction: a relaxable jump item, or its bytes (and fixups). */
  protected placeRecorded(insn: X64Insn): void {
    const plain = insn.prefix === 0 && insn.rc === null;
    const plan = plain ? (insn.plan ?? fastLookup(insn.set, insn.o0, insn.o1, insn.o2, insn.o3)) : null;
    this.place(insn.set, insn.form, plan, insn.o0, insn.o1, insn.o2, insn.o3, insn.n, insn.prefix, insn.rc, insn.note ?? null);
  }

  /** Place a selected, checked instruction; `plan`: its fast plan (a replayed plain instruction), else null. */
  private place(set: FormSet, f: Form, plan: FastPlan | null, o0: Operand | undefined, o1: Operand | undefined, o2: Operand | undefined, o3: Operand | undefined, n: number, prefix: number, rc: Rounding | null, note: string | null = null): void {
    const layout = this.layout, b = this.buf, start = b.pos;
    if (plan !== null && this.fastOk && (this.features === null || this.featuresAllow(plan.form))) {
      if (start + 32 > b.buf.length) b.ensure(32);
      if (fastEncode(plan, b, o0, o1, o2, o3)) return;
      b.pos = start;
    }
    // a jump to a label with a rel32 sibling form is a relaxable item of the layout
    if (n === 1 && o0 instanceof Label) {
      const kind = jumpKindOf(f, set.forms);
      if (kind !== null) {
        layout.ensureOpen(f.mnemonic);
        const item = layout.branch(kind, o0, 0);
        layout.listing?.item(item, start, () => formatForm(f, [o0], 1) + (note === null ? "" : `  ; ${note}`));
        return;
      }
    }
    try {
      encode(layout, f, o0, o1, o2, o3, n, prefix, rc);
    } catch (e) {
      b.pos = start;
      throw e;
    }
    if (layout.listing !== null) {
      const ops = [o0!, o1!, o2!, o3!];
      const seg = prefix >>> 8;
      layout.listing.bytes(start, layout.items, b.pos - start, () => formatForm(f, ops, n, rc, prefix & 0xff, seg !== 0 ? { seg: SEG_PREFIX.indexOf(seg) } : undefined) + (note === null ? "" : `  ; ${note}`));
    }
  }

  protected override finished(): void {
    this.hot = false;
  }

  // ---- constant pool -----------------------------------------------------------

  /**
   * A RIP-relative memory operand for constant bytes placed after the code
   * (deduplicated; aligned by default to the largest power of two dividing
   * their length, at most 64). Sized when the length is an operand size
   * (1, 2, 4, 8, 10, 16, 32, 64 bytes), unsized otherwise.
   * @example a.movdqa(xmm0, a.constant(new Uint8Array(16).fill(1)))
   * @throws JitError EOPERAND (not a Uint8Array), ERANGE (alignment not a power of two up to 4096), ESTATE
   */
  constant(bytes: Uint8Array, align?: number): Mem {
    const label = this.constantLabel(bytes, align);
    return new Mem(rip, null, 1, 0, SIZED[bytes.length] ?? 0, -1, label, false);
  }
  /** `qword ptr [rip + c]` holding a double. @example a.addsd(xmm0, a.f64(1.5)) @throws JitError ERANGE (not a number) */
  f64(value: number): Mem64 {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setFloat64(0, numberArg(value, "f64"), true);
    return this.constant(b) as unknown as Mem64; // brand: the pool entry is 8 bytes
  }
  /** `dword ptr [rip + c]` holding a float. @throws JitError ERANGE (not a number) */
  f32(value: number): Mem32 {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setFloat32(0, numberArg(value, "f32"), true);
    return this.constant(b) as unknown as Mem32; // brand: the pool entry is 4 bytes
  }
  /** `qword ptr [rip + c]` holding a 64-bit integer (-2^63 .. 2^64-1). @throws JitError ERANGE */
  i64(value: number | bigint): Mem64 {
    const b = new Uint8Array(8);
    const ok = typeof value === "bigint" ? value >= -(1n << 63n) && value < 1n << 64n : typeof value === "number" && Number.isInteger(value) && value >= -(2 ** 63) && value < 2 ** 64;
    if (!ok) throw new JitError("ERANGE", `i64: expected an integer of 64 bits, got ${show(value)}`);
    new DataView(b.buffer).setBigUint64(0, BigInt.asUintN(64, BigInt(value)), true);
    return this.constant(b) as unknown as Mem64; // brand: the pool entry is 8 bytes
  }
  /** `dword ptr [rip + c]` holding a 32-bit integer (-2^31 .. 2^32-1). @throws JitError ERANGE */
  i32(value: number): Mem32 {
    if (typeof value !== "number" || !Number.isInteger(value) || value < -(2 ** 31) || value >= 2 ** 32) throw new JitError("ERANGE", `i32: expected an integer of 32 bits, got ${show(value)}`);
    const b = new Uint8Array(4);
    new DataView(b.buffer).setUint32(0, value >>> 0, true);
    return this.constant(b) as unknown as Mem32; // brand: the pool entry is 4 bytes
  }
  /**
   * A 16/32/64-byte vector constant from a typed array, e.g. `a.vector(new Float64Array([1,2,3,4]))` → ymmword.
   * @throws JitError ERANGE (another length), EOPERAND (not a typed array)
   */
  vector<T extends 16 | 32 | 64 = 16 | 32 | 64>(values: ArrayBufferView): T extends 16 ? Mem128 : T extends 32 ? Mem256 : Mem512 {
    if (!ArrayBuffer.isView(values)) throw new JitError("EOPERAND", `vector: expected a typed array, got ${show(values)}`);
    const bytes = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
    if (bytes.length !== 16 && bytes.length !== 32 && bytes.length !== 64) throw new JitError("ERANGE", `vector constant must be 16, 32 or 64 bytes, got ${bytes.length}`);
    return this.constant(bytes) as never;
  }

  /** The constant pool after the code, largest alignment first, padded with int3. */
  protected placePool(pool: readonly PoolEntry[]): void {
    let max = 1;
    for (const p of pool) if (p.align > max) max = p.align;
    this.align(max, 0xcc);
    for (const p of [...pool].sort((x, y) => y.align - x.align)) {
      this.align(p.align, 0xcc);
      this.layout.bind(p.label);
      this.bytes(p.bytes);
    }
  }
}

/** Operand sizes in bits of constants whose length is one. */
const SIZED: Record<number, number> = { 1: 8, 2: 16, 4: 32, 8: 64, 10: 80, 16: 128, 32: 256, 64: 512 };

function numberArg(v: unknown, what: string): number {
  if (typeof v !== "number") throw new JitError("ERANGE", `${what}: expected a number, got ${show(v)}`);
  return v;
}

// ---- one method per mnemonic, from the table -------------------------------------
export interface Assembler extends AssemblerMethods {}

// All methods are installed with one Object.defineProperties call, never by
// assignment in a loop. The prototype has ~1,300 properties, so JSC keeps it
// as a dictionary; an inline cache that reads through a dictionary prototype
// flattens it once, and if the dictionary changes afterwards JSC refuses to
// flatten it again and every lookup on the prototype (a.mov, a.offset, ...)
// stays uncached. With a per-assignment loop (whose `in` check could cache
// mid-loop) that happened at random: 35–70 ns per method call instead of <1 ns,
// the largest single cost of the builder (int stream ~5 → ~13 M/s quiet).
const proto = Assembler.prototype as unknown as Record<string, unknown>;
const taken = new Set<string>();
for (let o: object | null = proto; o !== null; o = Object.getPrototypeOf(o) as object | null) for (const k of Object.getOwnPropertyNames(o)) taken.add(k);
for (const k of Object.getOwnPropertyNames(new Assembler())) taken.add(k); // fields would shadow a method
/** Names an Assembler has itself (methods, getters, fields, inherited members): no mnemonic method takes them (scripts/gen-types.ts reads this). */
export const ASSEMBLER_MEMBERS: ReadonlySet<string> = taken;
const methods: PropertyDescriptorMap = {};
for (const mnemonic of mnemonics) {
  if (taken.has(mnemonic)) continue; // never shadow a directive (nor anything inherited)
  let entry: FormSet | null = null;
  const method = function (this: Assembler, a?: Operand, b?: Operand, c?: Operand, d?: Operand, e?: Operand) {
    return this.emitForms(entry ?? (entry = formSetOf(mnemonic)!), a, b, c, d, e);
  };
  // the same attributes an assignment creates
  methods[mnemonic] = { value: method, writable: true, enumerable: true, configurable: true };
}
Object.defineProperties(proto, methods);
