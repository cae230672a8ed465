/**
 * assembler.ts — the AArch64 `Assembler`: one method per mnemonic (installed
 * from the instruction table; `b.eq` is `b_eq`), labels, branch relaxation,
 * alignment, data directives, `mov` of any 64-bit immediate, a literal pool
 * (`a.ldr(x0, a.i64(v))`, the text front end's `ldr x0, =v`) and an optional
 * listing.
 *
 * Choosing and encoding one instruction is encode.ts's job; placing words
 * and patching labels is layout.ts's. This file records what the program
 * says, in order.
 */
import { CodeBuffer } from "../core/code-buffer.ts";
import { JitError } from "../core/errors.ts";
import { Label } from "../core/label.ts";
import { encodeInstruction, newCtx } from "./encode.ts";
import { layout, type Fixup, type Item } from "./layout.ts";
import { materialize } from "./mov-imm.ts";
import { formatInstruction } from "./operands-text.ts";
import { toUnsigned } from "./immediates.ts";
import { lsl } from "./operands.ts";
import { K_GPW, K_GPX, Reg, type Wz, type Xz } from "./registers.ts";
import { formsOf, mnemonics, type Form } from "./table/index.ts";
import type { AssemblerMethods } from "./assembler-methods.generated.ts";

/** Options for a new Assembler. */
export interface AssemblerOptions {
  /** Record a listing (offset, word, llvm text); read it with `listing()`, or pass a function to receive each line. */
  listing?: boolean | ((line: string) => void);
  /**
   * The address the code will run at, modulo 4 KiB (default 0): `adrp` to a label is
   * relative to 4 KiB pages, so it is right only when the code is placed with this offset
   * inside a page (fromBytes with `align: 4096` gives 0).
   */
  pageOffset?: number;
}

interface Rec {
  rawPos: number;
  items: number;
  len: number;
  text: string;
  item: Item | null;
}

/** Stores of a pool entry: its bytes, alignment and label. */
interface PoolEntry {
  key: string;
  bytes: Uint8Array;
  align: number;
  label: Label;
}

/**
 * An AArch64 assembler. Every instruction of the table is a method
 * (`a.add(x0, x1, 4)`, `a.ld1([v0.s4, v1.s4], post(x0, 32))`, `a.b_ne(loop)`),
 * type-checked against the table's forms; `emit(mnemonic, ...operands)` is the untyped entry.
 *
 * @example
 * const a = new Assembler();
 * a.add(x0, x0, 4); a.ret();
 * a.finish(); // 00 10 00 91 c0 03 5f d6
 */
export class Assembler {
  private readonly buf = new CodeBuffer(256);
  private readonly items: Item[] = [];
  private readonly fixups: Fixup[] = [];
  private readonly labels: Label[] = [];
  private readonly labelItems: number[] = [];
  private readonly ctx = newCtx();
  private readonly records: Rec[] | null;
  private readonly sink: ((line: string) => void) | null;
  private readonly pageOffset: number;
  private entries: PoolEntry[] = [];
  private poolStart = 0;
  private finished: Uint8Array | null = null;
  private finalPos: Int32Array | null = null;
  private prefix: Int32Array | null = null;

  constructor(options: AssemblerOptions = {}) {
    this.records = options.listing ? [] : null;
    this.sink = typeof options.listing === "function" ? options.listing : null;
    const po = options.pageOffset ?? 0;
    if (!Number.isInteger(po) || po < 0 || po >= 4096 || (po & 3) !== 0) throw new JitError("ERANGE", `pageOffset must be a multiple of 4 from 0 to 4092, got ${String(po)}`);
    this.pageOffset = po;
  }

  /** Bytes emitted so far, before layout (relaxable branches counted at 4 bytes). */
  get offset(): number {
    return this.buf.pos;
  }

  // ---- labels --------------------------------------------------------------------

  /** A new, unbound label. @example const loop = a.newLabel("loop"); */
  newLabel(name?: string): Label {
    if (name !== undefined && typeof name !== "string") throw new JitError("ELABEL", `newLabel: the name must be a string, got ${typeof name}`);
    const l = new Label(this.labels.length, this, name ?? `L${this.labels.length}`);
    this.labels.push(l);
    this.labelItems.push(-1);
    return l;
  }

  /**
   * Bind `label` to the current position.
   * @throws JitError ELABEL (bound already, or another assembler's), ESTATE after finish()
   */
  bind(label: Label): this {
    this.ensureOpen("bind");
    this.checkLabel(label, "bind");
    if (label.offset >= 0) throw new JitError("ELABEL", `label ${label.name} is already bound`);
    label.offset = this.buf.pos;
    this.labelItems[label.id] = this.items.length;
    if (this.records !== null) this.record(`${label.name}:`, this.buf.pos, 0, null);
    return this;
  }

  private checkLabel(label: unknown, what: string): asserts label is Label {
    if (!(label instanceof Label) || label.owner !== this || this.labels[label.id] !== label) {
      throw new JitError("ELABEL", `${what}: ${label instanceof Label ? `label ${label.name} belongs to another assembler` : "not a label"}`);
    }
  }

  private ensureOpen(what: string): void {
    if (this.finished !== null) throw new JitError("ESTATE", `${what}: the assembler is finished; create a new one`);
  }

  // ---- instructions ------------------------------------------------------------------

  /**
   * Emit an instruction by mnemonic: the untyped entry behind every method.
   * @example a.emit("add", x0, x1, 4)
   * @throws JitError EMNEMONIC (unknown), EOPERAND (no form fits), ERANGE (a value out of range), ELABEL, ESTATE (after finish)
   */
  emit(mnemonic: string, ...operands: unknown[]): this {
    const forms = typeof mnemonic === "string" ? formsOf(mnemonic.toLowerCase()) : undefined;
    if (forms === undefined) throw new JitError("EMNEMONIC", `unknown AArch64 instruction "${String(mnemonic)}"`, { instruction: String(mnemonic) });
    return this.emitForms(mnemonic.toLowerCase(), forms, operands);
  }

  /** @internal the path shared by every mnemonic method. */
  emitForms(name: string, forms: readonly Form[], ops: readonly unknown[]): this {
    this.ensureOpen(name);
    if (name === "mov" && ops.length === 2 && (typeof ops[1] === "number" || typeof ops[1] === "bigint") && ops[0] instanceof Reg && (ops[0].cls & (K_GPX | K_GPW)) !== 0) {
      return this.movImmediate(ops[0], ops[1]);
    }
    const c = this.ctx;
    const m = encodeInstruction(name, forms, ops, c);
    const label = c.label as Label | null;
    const b = this.buf;
    const start = b.pos;
    if (label !== null) {
      this.checkLabel(label, name);
      if (m.form.relax !== "") {
        const it: Item = { rawPos: start, size: 4, kind: "branch", word: m.word, fix: c.labelKind, label, long: false, align: 0, fill: 0 };
        this.items.push(it);
        if (this.records !== null) this.record(formatInstruction(name, ops), start, 0, it);
        return this;
      }
      this.fixups.push({ rawPos: start, items: this.items.length, label, fix: c.labelKind, addend: 0, mnemonic: name });
    }
    b.ensure(4);
    b.u32(m.word);
    if (this.records !== null) this.record(formatInstruction(name, ops), start, 4, null);
    return this;
  }

  /**
   * `mov` of any immediate into a w or x register: one instruction when llvm-mc would accept
   * `mov` (movz, movn, orr), else the sequence LLVM's code generator materializes.
   */
  private movImmediate(rd: Reg, value: number | bigint): this {
    const bits = (rd.cls & K_GPX) !== 0 ? 64 : 32;
    const seq = materialize(value, bits, rd);
    if (seq === null) {
      throw new JitError("ERANGE", `mov: ${typeof value === "bigint" ? `${value}n` : String(value)} does not fit in ${bits} bits`, { instruction: "mov", operand: 2 });
    }
    for (const [m, ops] of seq) this.emitForms(m, formsOf(m)!, ops);
    return this;
  }

  /**
   * Raw instruction words (`.inst`).
   * @example a.inst(0xd503201f) // nop
   * @throws JitError ERANGE for a value that is not a 32-bit unsigned integer
   */
  inst(words: number | ArrayLike<number>): this {
    this.ensureOpen("inst");
    const list = typeof words === "number" ? [words] : words;
    const b = this.buf, start = b.pos;
    b.ensure(list.length * 4);
    for (let i = 0; i < list.length; i++) {
      const w = list[i];
      if (typeof w !== "number" || !Number.isInteger(w) || w < 0 || w > 0xffffffff) {
        b.pos = start;
        throw new JitError("ERANGE", `inst: ${String(w)} is not a 32-bit instruction word`);
      }
      b.u32(w);
    }
    this.record(`.inst ${Array.from(list, (w) => `0x${w.toString(16).padStart(8, "0")}`).join(", ")}`, start, b.pos - start, null);
    return this;
  }

  // ---- layout directives ----------------------------------------------------------------

  /**
   * Pad to a multiple of `alignment` (a power of two, 1–65536): zero bytes up to a word boundary,
   * then nops (or `fill` bytes).
   * @throws JitError ERANGE for a bad alignment or fill
   */
  align(alignment: number, fill = -1): this {
    if (!Number.isInteger(alignment) || alignment < 1 || alignment > 65536 || (alignment & (alignment - 1)) !== 0) {
      throw new JitError("ERANGE", `align: expected a power of two between 1 and 65536, got ${String(alignment)}`);
    }
    if (!Number.isInteger(fill) || fill < -1 || fill > 255) throw new JitError("ERANGE", `align: the fill must be a byte 0–255, got ${String(fill)}`);
    this.ensureOpen("align");
    const it: Item = { rawPos: this.buf.pos, size: 0, kind: "align", word: 0, fix: 0, label: null, long: false, align: alignment, fill };
    this.items.push(it);
    this.record(`.p2align ${Math.log2(alignment)}`, this.buf.pos, 0, it);
    return this;
  }

  private data(values: ArrayLike<number | bigint> | number | bigint, bytes: number, what: string, float: boolean): this {
    this.ensureOpen(what);
    const list: ArrayLike<number | bigint> = typeof values === "number" || typeof values === "bigint" ? [values] : values;
    if (list === null || typeof list !== "object" || typeof list.length !== "number") throw new JitError("ERANGE", `.${what}: expected a number or an array of numbers`);
    const b = this.buf, start = b.pos;
    b.ensure(list.length * bytes);
    const dv = new DataView(new ArrayBuffer(8));
    for (let i = 0; i < list.length; i++) {
      const v = list[i];
      if (float) {
        if (typeof v !== "number") {
          b.pos = start;
          throw new JitError("ERANGE", `.${what}: ${String(v)} is not a number`);
        }
        if (bytes === 4) dv.setFloat32(0, v, true);
        else dv.setFloat64(0, v, true);
        for (let k = 0; k < bytes; k++) b.u8(dv.getUint8(k));
        continue;
      }
      const big = typeof v === "bigint" ? v : typeof v === "number" && Number.isSafeInteger(v) ? BigInt(v) : null;
      const lim = BigInt(bytes * 8);
      if (big === null || big < -(1n << (lim - 1n)) || big >= 1n << lim) {
        b.pos = start;
        throw new JitError("ERANGE", `.${what}: ${String(v)} does not fit in ${bytes * 8} bits`);
      }
      const u = BigInt.asUintN(bytes * 8, big);
      for (let k = 0; k < bytes; k++) b.u8(Number((u >> BigInt(k * 8)) & 0xffn));
    }
    this.record(`.${what} ${Array.from(list, String).join(", ")}`, start, b.pos - start, null);
    return this;
  }
  /** `.byte` data. @throws JitError ERANGE */
  db(values: ArrayLike<number> | number): this {
    return this.data(values, 1, "byte", false);
  }
  /** `.hword` (16-bit) data. @throws JitError ERANGE */
  dh(values: ArrayLike<number> | number): this {
    return this.data(values, 2, "hword", false);
  }
  /** `.word` (32-bit) data. @throws JitError ERANGE */
  dw(values: ArrayLike<number> | number): this {
    return this.data(values, 4, "word", false);
  }
  /** `.xword` (64-bit) data; bigints beyond 2^53. @throws JitError ERANGE */
  dx(values: ArrayLike<number | bigint> | number | bigint): this {
    return this.data(values, 8, "xword", false);
  }
  /** `.float` data. @throws JitError ERANGE */
  float32(values: ArrayLike<number> | number): this {
    return this.data(values, 4, "float", true);
  }
  /** `.double` data. @throws JitError ERANGE */
  float64(values: ArrayLike<number> | number): this {
    return this.data(values, 8, "double", true);
  }
  /** Raw bytes. @throws JitError ERANGE */
  bytes(values: ArrayLike<number>): this {
    return this.db(values);
  }

  // ---- literal pool ----------------------------------------------------------------------

  /**
   * A label for constant bytes in the literal pool (deduplicated, aligned to their size up to 16),
   * placed by `pool()` or at finish(); load it with `ldr` (±1 MiB).
   * @example a.ldr(q0, a.constant(new Uint8Array(16)))
   * @throws JitError ERANGE for an empty constant, ESTATE after finish()
   */
  constant(bytes: Uint8Array): Label {
    this.ensureOpen("constant");
    if (!(bytes instanceof Uint8Array) || bytes.length === 0) throw new JitError("ERANGE", "constant: expected a non-empty Uint8Array");
    const align = bytes.length >= 16 ? 16 : bytes.length >= 8 ? 8 : 4;
    const key = `${align}:${bytes.join(",")}`;
    let e = this.entries.slice(this.poolStart).find((p) => p.key === key);
    if (e === undefined) {
      e = { key, bytes: bytes.slice(), align, label: this.newLabel(`.Lpool${this.entries.length}`) };
      this.entries.push(e);
    }
    return e.label;
  }
  /** A 64-bit integer in the pool. @example a.ldr(x0, a.i64(0x123456789abcdefn)) @throws JitError ERANGE */
  i64(value: number | bigint): Label {
    const big = typeof value === "bigint" ? value : Number.isSafeInteger(value) ? BigInt(value) : null;
    if (big === null || big < -(1n << 63n) || big >= 1n << 64n) throw new JitError("ERANGE", `i64: ${String(value)} is not a 64-bit integer`);
    const b = new Uint8Array(8);
    new DataView(b.buffer).setBigUint64(0, BigInt.asUintN(64, big), true);
    return this.constant(b);
  }
  /** A 32-bit integer in the pool. @example a.ldr(w0, a.i32(-5)) @throws JitError ERANGE */
  i32(value: number): Label {
    if (!Number.isSafeInteger(value) || value < -(2 ** 31) || value >= 2 ** 32) throw new JitError("ERANGE", `i32: ${String(value)} is not a 32-bit integer`);
    const b = new Uint8Array(4);
    new DataView(b.buffer).setUint32(0, value >>> 0, true);
    return this.constant(b);
  }
  /** A double in the pool. @example a.ldr(d0, a.f64(Math.PI)) @throws JitError ERANGE */
  f64(value: number): Label {
    if (typeof value !== "number") throw new JitError("ERANGE", `f64: ${String(value)} is not a number`);
    const b = new Uint8Array(8);
    new DataView(b.buffer).setFloat64(0, value, true);
    return this.constant(b);
  }
  /** A float in the pool. @example a.ldr(s0, a.f32(0.5)) @throws JitError ERANGE */
  f32(value: number): Label {
    if (typeof value !== "number") throw new JitError("ERANGE", `f32: ${String(value)} is not a number`);
    const b = new Uint8Array(4);
    new DataView(b.buffer).setFloat32(0, value, true);
    return this.constant(b);
  }
  /** A 16-byte vector in the pool, from a typed array. @example a.ldr(q1, a.vector(new Float32Array([1, 2, 3, 4]))) @throws JitError ERANGE */
  vector(values: ArrayBufferView): Label {
    if (!ArrayBuffer.isView(values) || values.byteLength !== 16) throw new JitError("ERANGE", "vector: expected a 16-byte typed array");
    return this.constant(new Uint8Array(values.buffer, values.byteOffset, 16));
  }

  /**
   * `ldr rt, =value` as llvm-mc assembles it: a `movz` when one halfword holds the whole value,
   * else a literal-pool load (4 bytes for w, 8 for x).
   * @example a.ldrImm(x0, 0x123456789n) // ldr x0, <pool>
   * @throws JitError EOPERAND unless rt is a w or x register, ERANGE for a value wider than it
   */
  ldrImm(rt: Wz | Xz, value: number | bigint): this {
    if (!(rt instanceof Reg) || (rt.cls & (K_GPX | K_GPW)) === 0) throw new JitError("EOPERAND", `ldr =imm: the register must be w0–w30/wzr or x0–x30/xzr, got ${String(rt)}`, { instruction: "ldr", operand: 1 });
    const bits = (rt.cls & K_GPX) !== 0 ? 64 : 32;
    const u = toUnsigned(value, bits);
    if (u === null) throw new JitError("ERANGE", `ldr =imm: ${String(value)} does not fit in ${bits} bits`, { instruction: "ldr", operand: 2 });
    for (let s = 0n; s < BigInt(bits); s += 16n) {
      if ((u & ~(0xffffn << s)) === 0n) return this.emitForms("movz", formsOf("movz")!, [rt, Number(u >> s), lsl(Number(s))]);
    }
    const b = new Uint8Array(bits / 8);
    const dv = new DataView(b.buffer);
    if (bits === 64) dv.setBigUint64(0, u, true);
    else dv.setUint32(0, Number(u), true);
    return this.emitForms("ldr", formsOf("ldr")!, [rt, this.constant(b)]);
  }

  /**
   * Place the pending literal pool here (`.ltorg`): entries used so far in order of first use, each
   * aligned to its size with zero bytes (llvm-mc's layout). Code before a pool must branch around it.
   * @example a.b(after); a.pool(); a.bind(after)
   */
  pool(): this {
    this.ensureOpen("pool");
    const pending = this.entries.slice(this.poolStart);
    this.poolStart = this.entries.length;
    for (const p of pending) {
      this.align(p.align, 0);
      this.bind(p.label);
      this.data(p.bytes, 1, "byte", false);
    }
    return this;
  }

  // ---- finishing -------------------------------------------------------------------------

  /**
   * Lay out the code (relax branches, place alignment and the literal pool, patch labels) and return it. Idempotent.
   * @throws JitError ELABEL for an unbound label or a reference out of reach
   */
  finish(): Uint8Array {
    if (this.finished !== null) return this.finished;
    this.pool();
    for (const f of this.fixups) if (f.label.offset < 0) throw new JitError("ELABEL", `${f.mnemonic}: label ${f.label.name} is never bound`, { instruction: f.mnemonic });
    for (const it of this.items) if (it.kind === "branch" && it.label!.offset < 0) throw new JitError("ELABEL", `branch to label ${it.label!.name}, which is never bound`);
    const { out, prefix } = layout(this.buf.buf, this.buf.pos, this.items, this.fixups, this.labelItems, this.pageOffset);
    this.prefix = prefix;
    this.finalPos = new Int32Array(this.labels.map((l) => (l.offset < 0 ? -1 : l.offset + prefix[this.labelItems[l.id]!]!)));
    this.finished = out;
    if (this.records === null) this.buf.release();
    if (this.sink !== null) for (const line of this.listingLines()) this.sink(line);
    return out;
  }

  /** Final offset of a bound label. @throws JitError ESTATE before finish(), ELABEL if unbound or foreign */
  labelOffset(label: Label): number {
    this.checkLabel(label, "labelOffset");
    if (this.finalPos === null) throw new JitError("ESTATE", "labelOffset: call finish() first");
    const p = this.finalPos[label.id]!;
    if (p < 0) throw new JitError("ELABEL", `label ${label.name} is not bound`);
    return p;
  }

  // ---- listing ----------------------------------------------------------------------------

  private record(text: string, rawPos: number, len: number, item: Item | null): void {
    if (this.records !== null) this.records.push({ rawPos, items: this.items.length - (item !== null ? 1 : 0), len, text, item });
  }

  private listingLines(): string[] {
    const out = this.finished!, prefix = this.prefix!;
    const lines: string[] = [];
    for (const r of this.records ?? []) {
      const at = r.rawPos + prefix[r.items]!;
      const len = r.item !== null ? r.item.size : r.len;
      if (len === 0 && r.text.endsWith(":")) {
        lines.push(r.text);
        continue;
      }
      const hex = Array.from(out.subarray(at, at + len), (x) => x.toString(16).padStart(2, "0")).join(" ");
      lines.push(`${at.toString(16).padStart(6, "0")}  ${hex.padEnd(24)}  ${r.text}`);
    }
    return lines;
  }

  /** The listing: offset, bytes and text per line. @throws JitError ESTATE unless created with `{ listing: true }` */
  listing(): string {
    if (this.records === null) throw new JitError("ESTATE", "listing: create the assembler with { listing: true }");
    this.finish();
    return this.listingLines().join("\n");
  }
}

/** The method name of a mnemonic (`b.eq` → `b_eq`). */
export function methodName(mnemonic: string): string {
  return mnemonic.replace(".", "_");
}

// ---- one method per mnemonic, installed with one defineProperties (see x64/assembler.ts for why) ----
export interface Assembler extends AssemblerMethods {}
const proto = Assembler.prototype as unknown as Record<string, unknown>;
const taken = new Set<string>();
for (let o: object | null = proto; o !== null; o = Object.getPrototypeOf(o) as object | null) for (const k of Object.getOwnPropertyNames(o)) taken.add(k);
const methods: PropertyDescriptorMap = {};
for (const mnemonic of mnemonics) {
  const name = methodName(mnemonic);
  if (taken.has(name)) continue;
  let forms: readonly Form[] | null = null;
  const method = function (this: Assembler, ...ops: unknown[]) {
    return this.emitForms(mnemonic, forms ?? (forms = formsOf(mnemonic)!), ops);
  };
  methods[name] = { value: method, writable: true, enumerable: true, configurable: true };
}
Object.defineProperties(proto, methods);
