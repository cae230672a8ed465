/**
 * assembler.ts — the x86-64 `Assembler`: one method per mnemonic (installed
 * from the instruction table), labels, jump relaxation, alignment, data
 * directives, a RIP-relative constant pool and an optional listing.
 *
 * Encoding of a single instruction is delegated to encode/match.ts (choose
 * the form) and encode/encoder.ts (write the bytes). This file owns layout:
 * jumps to labels are kept as variable-size items and resolved in `finish()`
 * by iterating to a fixed point (every jump starts short and only grows, so
 * each jump ends in the shortest form that reaches, as llvm-mc does).
 */
import type { CodeBuffer } from "../core/code-buffer.ts";
import { dataList, show, writeData, type DataValues } from "../core/data.ts";
import { JitError } from "../core/errors.ts";
import { Label } from "../core/label.ts";
import { Layout } from "../core/layout.ts";
import { type Operand, encode, SEG_PREFIX } from "./encode/encoder.ts";
import { fastEncode } from "./encode/fast.ts";
import { describe, fastLookup, type Mnemonic, mnemonicEntry, selectForm } from "./encode/match.ts";
import { jumpKindOf, X64_LAYOUT } from "./layout-kinds.ts";
import { Mem, Rounding, type Mem128, type Mem256, type Mem32, type Mem512, type Mem64 } from "./operands.ts";
import { Reg, rip, RT_SEG, type SegReg } from "./registers.ts";
import { formsOf, mnemonics } from "./table/index.ts";
import type { AssemblerMethods } from "./assembler-methods.generated.ts";

/** Every mnemonic's match entry, created (and its rows parsed) on first use. */
const entries = new Map<string, Mnemonic>();
function entryOf(mnemonic: string): Mnemonic | undefined {
  let e = entries.get(mnemonic);
  if (e === undefined) {
    const forms = formsOf(mnemonic);
    if (forms === undefined) return undefined;
    entries.set(mnemonic, (e = mnemonicEntry(mnemonic, forms)));
  }
  return e;
}

/** Options for a new Assembler. */
export interface AssemblerOptions {
  /**
   * Record a listing (offset, bytes, Intel text) of everything emitted;
   * read it with `listing()` after `finish()`, or pass a function to receive each line.
   */
  listing?: boolean | ((line: string) => void);
  /** The most bytes the code may take (default 256 MiB): more is an ELIMIT error, never unbounded memory. */
  maxBytes?: number;
}

/**
 * An x86-64 assembler. Every instruction of the table is a method
 * (`a.add(rax, 1)`, `a.vaddpd(zmm0, zmm1, zmm2)`), type-checked against the
 * table's forms; `emit(mnemonic, ...operands)` is the untyped entry. Layout
 * (labels, jump relaxation, alignment, the constant pool, the listing) is the
 * architecture-neutral `Layout` of core/layout.ts.
 *
 * @example
 * const a = new Assembler();
 * a.mov(rax, rdi); a.add(rax, 4); a.ret();
 * const bytes = a.finish(); // 48 89 f8 48 83 c0 04 c3
 */
export class Assembler {
  /** @internal fixed bytes, labels, jumps, fixups, constant pool and listing records */
  protected readonly layout: Layout;
  private readonly buf: CodeBuffer;
  private prefix = 0;
  private prefixName = "";
  /** A segment register number for the next instruction's implicit [rsi] source (`seg(fs)`), or -1. */
  private pendingSeg = -1;
  /** An instruction may take the fast path: no prefix pending, not finished, no listing. */
  private hot: boolean;
  private readonly listingSink: ((line: string) => void) | null;

  /** @throws JitError ERANGE for a maxBytes that is not a positive integer */
  constructor(options: AssemblerOptions = {}) {
    const listing = options.listing !== undefined && options.listing !== false;
    this.layout = new Layout(X64_LAYOUT, options.maxBytes === undefined ? { listing } : { listing, maxBytes: options.maxBytes });
    this.buf = this.layout.code;
    this.hot = !listing;
    this.listingSink = typeof options.listing === "function" ? options.listing : null;
  }

  /** Bytes emitted so far, before layout: jumps counted at their short size, alignment padding not yet. */
  get offset(): number {
    return this.layout.offset;
  }

  // ---- labels ----------------------------------------------------------------

  /** A new, unbound label. @example const loop = a.newLabel("loop"); */
  newLabel(name?: string): Label {
    return this.layout.newLabel(name === undefined || typeof name === "string" ? name : show(name));
  }

  /**
   * Bind `label` to the current position.
   * @throws JitError ELABEL if the label is bound already or belongs to another assembler, ESTATE after finish()
   */
  bind(label: Label): this {
    this.layout.bind(label);
    return this;
  }

  // ---- prefixes --------------------------------------------------------------

  /** `lock` prefix for the next instruction (which must be a lockable form with a memory destination). */
  lock(): this {
    return this.setPrefix(0xf0, "lock");
  }
  /** `rep` prefix for the next (string) instruction. */
  rep(): this {
    return this.setPrefix(0xf3, "rep");
  }
  /** `repne`/`repnz` prefix for the next (string) instruction. */
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
    return this;
  }

  private setPrefix(p: number, name: string): this {
    this.layout.ensureOpen(name);
    this.prefix = p;
    this.prefixName = name;
    this.hot = false;
    return this;
  }

  // ---- instructions ------------------------------------------------------------

  /**
   * Emit an instruction by mnemonic: the untyped entry behind every method.
   * @example a.emit("add", rax, 1)
   * @throws JitError EMNEMONIC (unknown), EOPERAND (no form fits), ERANGE (immediate too large), ESTATE (after finish)
   */
  emit(mnemonic: string, ...operands: Operand[]): this {
    const entry = typeof mnemonic === "string" ? entryOf(mnemonic) : undefined;
    if (entry === undefined) {
      this.prefix = 0; // a failed instruction consumes its prefix
      this.pendingSeg = -1;
      this.hot = this.layout.listing === null && !this.layout.finished;
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
  emitForms(entry: Mnemonic, o0: Operand | undefined, o1: Operand | undefined, o2: Operand | undefined, o3: Operand | undefined, o4: Operand | undefined): this {
    if (this.hot && o4 === undefined) {
      const plan = fastLookup(entry, o0, o1, o2, o3);
      if (plan !== null) {
        const b = this.buf;
        const start = b.pos;
        if (start + 32 > b.buf.length) b.ensure(32);
        if (fastEncode(plan, b, o0, o1, o2, o3)) return this;
        b.pos = start; // not handled after all (see fast.ts): the general path writes it again
      }
    }
    return this.emitGeneral(entry, o0, o1, o2, o3, o4);
  }

  /** @internal every instruction the fast path does not take: prefixes, labels, listing, first use of a class vector, errors. */
  emitGeneral(entry: Mnemonic, o0: Operand | undefined, o1: Operand | undefined, o2: Operand | undefined, o3: Operand | undefined, o4: Operand | undefined): this {
    const layout = this.layout;
    if (layout.finished) throw new JitError("ESTATE", `${entry.name}: the assembler is finished; create a new one`, { instruction: entry.name });
    // the prefix belongs to this instruction whether or not it encodes (no lock leaks onto the next one)
    let prefix = this.prefix;
    const prefixName = this.prefixName, seg = this.pendingSeg;
    this.prefix = 0;
    this.pendingSeg = -1;
    this.hot = layout.listing === null;
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
    const f = selectForm(entry, o0, n > 1 ? o1 : undefined, n > 2 ? o2 : undefined, n > 3 ? o3 : undefined, n, rc);
    if (prefix !== 0) {
      const ok = prefix === 0xf0 ? f.lock && (o0 instanceof Mem || o1 instanceof Mem || o2 instanceof Mem || o3 instanceof Mem) : f.rep;
      if (!ok) throw new JitError("EOPERAND", `${prefixName} prefix is not allowed on ${f.text}`, { instruction: entry.name });
    }
    if (seg >= 0) {
      if (!f.segOk) throw new JitError("EOPERAND", `seg(): ${f.text} has no implicit [rsi] source to override (movs, lods and cmps have); put the override on a memory operand instead, e.g. qword(rax).fs()`, { instruction: entry.name });
      if (seg !== 3) prefix |= SEG_PREFIX[seg]! << 8; // ds: the default, no byte
    }
    const b = this.buf;
    const start = b.pos;
    // a jump to a label with a rel32 sibling form is a relaxable item of the layout
    if (n === 1 && o0 instanceof Label) {
      const kind = jumpKindOf(f, entry.forms);
      if (kind !== null) {
        const item = layout.branch(kind, o0, 0);
        layout.listing?.item(item, start, () => formatText(entry.name, [o0], 1, null, 0));
        return this;
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
      layout.listing.bytes(start, layout.items, b.pos - start, () => formatText(entry.name, ops, n, rc, prefix & 0xff));
    }
    return this;
  }

  // ---- layout directives -----------------------------------------------------

  /**
   * Pad with multi-byte NOPs (or the byte `fill`) to a multiple of `alignment` (a power of two); with
   * `maxSkip`, no padding at all when more than that many bytes would be needed (`.p2align 4,,3`).
   * @example a.align(16)
   * @throws JitError ERANGE (alignment not a power of two between 1 and 4096, fill outside 0..255, maxSkip < 1), ESTATE
   */
  align(alignment: number, fill = -1, maxSkip?: number): this {
    const item = this.layout.align(alignment, fill, maxSkip);
    if (this.layout.listing !== null) {
      const skip = maxSkip !== undefined && maxSkip < alignment - 1 ? `, ${maxSkip}` : "";
      this.layout.listing.item(item, this.buf.pos, `.p2align ${Math.log2(alignment)}${fill >= 0 ? `, 0x${fill.toString(16)}` : skip ? "," : ""}${skip}`);
    }
    return this;
  }

  /**
   * `count` bytes of `byte` (`.zero`/`.skip`/`.space`), in bulk.
   * @example a.fill(4096, 0)
   * @throws JitError ERANGE (count not an integer ≥ 0, byte outside -128..255), ELIMIT (beyond maxBytes), ESTATE
   */
  fill(count: number, byte = 0): this {
    const start = this.buf.pos;
    this.layout.fill(count, byte);
    this.layout.listing?.bytes(start, this.layout.items, count, `.zero ${count}${byte !== 0 ? `, ${byte}` : ""}`);
    return this;
  }

  private data(values: DataValues, bytes: 1 | 2 | 4 | 8, what: string, float: boolean): this {
    this.layout.ensureOpen(what);
    const b = this.buf;
    const start = b.pos;
    writeData(b, values, bytes, what, float);
    this.layout.listing?.bytes(start, this.layout.items, b.pos - start, () => `.${what} ${Array.from(dataList(values, what), String).join(", ")}`);
    return this;
  }
  /** `.byte` data. @example a.db([0x90, 0xc3]) @throws JitError ERANGE, EOPERAND */
  db(values: ArrayLike<number> | number): this {
    return this.data(values, 1, "byte", false);
  }
  /** `.word` (16-bit) data. @throws JitError ERANGE, EOPERAND */
  dw(values: ArrayLike<number> | number): this {
    return this.data(values, 2, "word", false);
  }
  /** `.long` (32-bit) data. @throws JitError ERANGE, EOPERAND */
  dd(values: ArrayLike<number> | number): this {
    return this.data(values, 4, "long", false);
  }
  /** `.quad` (64-bit) data; bigints for values beyond 2^53. @throws JitError ERANGE, EOPERAND */
  dq(values: ArrayLike<number | bigint> | number | bigint): this {
    return this.data(values, 8, "quad", false);
  }
  /** `.float` (IEEE single) data. @throws JitError ERANGE, EOPERAND */
  float32(values: ArrayLike<number> | number): this {
    return this.data(values, 4, "float", true);
  }
  /** `.double` (IEEE double) data. @throws JitError ERANGE, EOPERAND */
  float64(values: ArrayLike<number> | number): this {
    return this.data(values, 8, "double", true);
  }
  /** Raw bytes. @throws JitError ERANGE, EOPERAND */
  bytes(values: ArrayLike<number>): this {
    return this.db(values);
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
    if (!(bytes instanceof Uint8Array)) throw new JitError("EOPERAND", `constant: expected a Uint8Array, got ${show(bytes)}`);
    let al: number;
    if (align === undefined) al = Math.min(64, bytes.length === 0 ? 1 : bytes.length & -bytes.length);
    else if (Number.isInteger(align) && align >= 1 && align <= 4096 && (align & (align - 1)) === 0) al = align;
    else throw new JitError("ERANGE", `constant: the alignment must be a power of two between 1 and 4096, got ${show(align)}`);
    const label = this.layout.constant(bytes, al);
    const bits = SIZED[bytes.length] ?? 0;
    return new Mem(rip, null, 1, 0, bits, -1, label, false);
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

  // ---- finishing ----------------------------------------------------------------

  /**
   * Lay out the code (relax jumps, place alignment and the constant pool,
   * resolve labels) and return the machine code. Idempotent; a finish() that
   * throws leaves the assembler as it was (fix the cause and call it again).
   * @throws JitError ELABEL (an unbound label; a target out of reach of a rel8-only instruction: loop, jrcxz), ELIMIT (beyond maxBytes), ESTATE (a prefix with no instruction)
   */
  finish(): Uint8Array {
    const layout = this.layout;
    const done = layout.result;
    if (done !== null) return done.bytes;
    if (this.prefix !== 0) throw new JitError("ESTATE", `a ${this.prefixName} prefix is pending with no instruction after it`);
    if (this.pendingSeg >= 0) throw new JitError("ESTATE", "a seg() override is pending with no instruction after it");
    const mark = layout.mark();
    const pool = layout.takePool();
    let bytes: Uint8Array;
    try {
      // the constant pool after the code, largest alignment first, padded with int3
      if (pool.length > 0) {
        let max = 1;
        for (const p of pool) if (p.align > max) max = p.align;
        this.align(max, 0xcc);
        for (const p of [...pool].sort((x, y) => y.align - x.align)) {
          this.align(p.align, 0xcc);
          layout.bind(p.label);
          this.data(p.bytes, 1, "byte", false);
        }
      }
      bytes = layout.finish().bytes;
    } catch (e) {
      layout.rollback(mark, pool);
      throw e;
    }
    this.hot = false;
    if (layout.listing === null) layout.release(); // the listing reads raw offsets only, never the raw bytes
    if (this.listingSink !== null) for (const line of layout.listingLines()) this.listingSink(line);
    return bytes;
  }

  /** Final offset of a bound label in the finished code. @throws JitError ESTATE before finish(), ELABEL if unbound or another assembler's */
  labelOffset(label: Label): number {
    return this.layout.labelOffset(label);
  }

  /**
   * The listing: one line per instruction with offset, bytes and Intel text.
   * @throws JitError ESTATE unless created with `{ listing: true }`; what finish() throws
   */
  listing(): string {
    if (this.layout.listing === null) throw new JitError("ESTATE", "listing: create the assembler with { listing: true }");
    this.finish();
    return this.layout.listingLines().join("\n");
  }
}

/** Operand sizes in bits of constants whose length is one. */
const SIZED: Record<number, number> = { 1: 8, 2: 16, 4: 32, 8: 64, 10: 80, 16: 128, 32: 256, 64: 512 };

function numberArg(v: unknown, what: string): number {
  if (typeof v !== "number") throw new JitError("ERANGE", `${what}: expected a number, got ${show(v)}`);
  return v;
}

/** Plain Intel text for the listing (format.ts provides llvm-exact printing). */
let formatText = (mnemonic: string, ops: readonly Operand[], n: number, rc: Rounding | null, prefix: number): string => {
  const p = prefix === 0xf0 ? "lock " : prefix === 0xf3 ? "rep " : prefix === 0xf2 ? "repne " : "";
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const o = ops[i];
    parts.push(typeof o === "number" || typeof o === "bigint" ? String(o) : describe(o));
  }
  if (rc) parts.push(String(rc));
  return `${p}${mnemonic}${parts.length ? " " + parts.join(", ") : ""}`;
};

/** Replace the listing's instruction printer (used by format.ts). */
export function setListingFormatter(fn: typeof formatText): void {
  formatText = fn;
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
const methods: PropertyDescriptorMap = {};
for (const mnemonic of mnemonics) {
  if (taken.has(mnemonic)) continue; // never shadow a directive (nor anything inherited)
  let entry: Mnemonic | null = null;
  const method = function (this: Assembler, a?: Operand, b?: Operand, c?: Operand, d?: Operand, e?: Operand) {
    return this.emitForms(entry ?? (entry = entryOf(mnemonic)!), a, b, c, d, e);
  };
  // the same attributes an assignment creates
  methods[mnemonic] = { value: method, writable: true, enumerable: true, configurable: true };
}
Object.defineProperties(proto, methods);
