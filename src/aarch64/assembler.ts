/**
 * assembler.ts — the AArch64 `Assembler`: one method per mnemonic (installed
 * from the instruction table; `b.eq` is `b_eq`), labels, branch relaxation,
 * alignment, data directives, `mov` of any 64-bit immediate, a literal pool
 * (`a.ldr(x0, a.i64(v))`, the text front end's `ldr x0, =v`) and an optional
 * listing.
 *
 * Choosing and encoding one instruction is encode.ts's job; placing words,
 * relaxing branches and patching labels is the architecture-neutral layout's
 * (core/layout.ts, with the AArch64 kinds of layout-kinds.ts). This file
 * records what the program says, in order.
 */
import type { CodeBuffer } from "../core/code-buffer.ts";
import { writeData } from "../core/data.ts";
import { JitError } from "../core/errors.ts";
import type { Label } from "../core/label.ts";
import { Layout } from "../core/layout.ts";
import { encodeInstruction, newCtx } from "./encode.ts";
import { AARCH64_TARGET, adrpKind, BRANCH14, BRANCH19, FIELD_KINDS } from "./layout-kinds.ts";
import { materialize } from "./mov-imm.ts";
import { formatInstruction } from "./operands-text.ts";
import { toUnsigned } from "./immediates.ts";
import { lsl } from "./operands.ts";
import { K_GPW, K_GPX, Reg, type Wz, type Xz } from "./registers.ts";
import { FIX_ADRP } from "./table/kinds-mem.ts";
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
  /** The most bytes the code may take (default 256 MiB; beyond it: ELIMIT). */
  maxBytes?: number;
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
  private readonly layout: Layout;
  private readonly buf: CodeBuffer;
  private readonly ctx = newCtx();
  private readonly sink: ((line: string) => void) | null;
  private readonly pageOffset: number;

  constructor(options: AssemblerOptions = {}) {
    const po = options.pageOffset ?? 0;
    if (!Number.isInteger(po) || po < 0 || po >= 4096 || (po & 3) !== 0) throw new JitError("ERANGE", `pageOffset must be a multiple of 4 from 0 to 4092, got ${String(po)}`);
    this.pageOffset = po;
    this.layout = new Layout(AARCH64_TARGET, { listing: !!options.listing, ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }) });
    this.buf = this.layout.code;
    this.sink = typeof options.listing === "function" ? options.listing : null;
  }

  /** Bytes emitted so far, before layout (relaxable branches counted at 4 bytes). */
  get offset(): number {
    return this.layout.offset;
  }

  // ---- labels --------------------------------------------------------------------

  /** A new, unbound label. @example const loop = a.newLabel("loop"); @throws JitError ELABEL for a name that is not a string */
  newLabel(name?: string): Label {
    if (name !== undefined && typeof name !== "string") throw new JitError("ELABEL", `newLabel: the name must be a string, got ${typeof name}`);
    return this.layout.newLabel(name);
  }

  /**
   * Bind `label` to the current position.
   * @throws JitError ELABEL (bound already, or another assembler's), ESTATE after finish()
   */
  bind(label: Label): this {
    this.layout.bind(label);
    return this;
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
    const layout = this.layout;
    layout.ensureOpen(name);
    if (name === "mov" && ops.length === 2 && (typeof ops[1] === "number" || typeof ops[1] === "bigint") && ops[0] instanceof Reg && (ops[0].cls & (K_GPX | K_GPW)) !== 0) {
      return this.movImmediate(ops[0], ops[1]);
    }
    const c = this.ctx;
    const m = encodeInstruction(name, forms, ops, c);
    const label = c.label as Label | null;
    const b = this.buf;
    const start = b.pos;
    if (label !== null) {
      layout.checkLabel(label, name);
      if (m.form.relax !== "") {
        const item = layout.branch(m.form.relax === "b14" ? BRANCH14 : BRANCH19, label, m.word);
        layout.listing?.item(item, start, () => formatInstruction(name, ops));
        return this;
      }
      layout.fixup(c.labelKind === FIX_ADRP ? adrpKind(this.pageOffset) : FIELD_KINDS[c.labelKind]!, start, start, label, 0, name);
    }
    b.ensure(4);
    b.u32(m.word);
    layout.listing?.bytes(start, layout.items, 4, () => formatInstruction(name, ops));
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
    this.layout.ensureOpen("inst");
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
    this.layout.listing?.bytes(start, this.layout.items, b.pos - start, `.inst ${Array.from(list, (w) => `0x${w.toString(16).padStart(8, "0")}`).join(", ")}`);
    return this;
  }

  // ---- layout directives ----------------------------------------------------------------

  /**
   * Pad to a multiple of `alignment` (a power of two, 1–4096): zero bytes up to a word boundary,
   * then nops (or `fill` bytes).
   * @throws JitError ERANGE for a bad alignment or fill, ESTATE after finish()
   */
  align(alignment: number, fill = -1): this {
    const item = this.layout.align(alignment, fill);
    this.layout.listing?.item(item, this.buf.pos, `.p2align ${Math.log2(alignment)}`);
    return this;
  }

  /**
   * `count` bytes of `byte` (`.zero`, `.space`), in bulk.
   * @throws JitError ERANGE, ELIMIT (beyond maxBytes), ESTATE
   */
  fill(count: number, byte = 0): this {
    const start = this.buf.pos;
    this.layout.fill(count, byte);
    this.layout.listing?.bytes(start, this.layout.items, count, `.zero ${count}${byte !== 0 ? `, ${byte}` : ""}`);
    return this;
  }

  private data(values: unknown, bytes: 1 | 2 | 4 | 8, what: string, float: boolean): this {
    this.layout.ensureOpen(what);
    const b = this.buf, start = b.pos;
    if (values instanceof Uint8Array && bytes === 1) {
      b.ensure(values.length);
      b.buf.set(values, b.pos);
      b.pos += values.length;
    } else writeData(b, values, bytes, what, float);
    this.layout.listing?.bytes(start, this.layout.items, b.pos - start, () => `.${what} ${Array.from(values as ArrayLike<unknown>, String).join(", ")}`);
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
    if (!(bytes instanceof Uint8Array) || bytes.length === 0) throw new JitError("ERANGE", "constant: expected a non-empty Uint8Array");
    return this.layout.constant(bytes, bytes.length >= 16 ? 16 : bytes.length >= 8 ? 8 : 4);
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
    this.layout.ensureOpen("pool");
    this.place(this.layout.takePool());
    return this;
  }

  private place(entries: readonly { bytes: Uint8Array; align: number; label: Label }[]): void {
    for (const p of entries) {
      this.align(p.align, 0);
      this.layout.bind(p.label);
      this.data(p.bytes, 1, "byte", false);
    }
  }

  // ---- finishing -------------------------------------------------------------------------

  /**
   * Lay out the code (relax branches, place alignment and the literal pool, patch labels) and return it.
   * Idempotent; a finish() that throws can be retried after fixing the cause.
   * @throws JitError ELABEL for an unbound label or a reference out of reach, ELIMIT beyond maxBytes
   */
  finish(): Uint8Array {
    const layout = this.layout;
    const done = layout.result;
    if (done !== null) return done.bytes;
    const mark = layout.mark();
    const pool = layout.takePool();
    let bytes: Uint8Array;
    try {
      this.place(pool);
      bytes = layout.finish().bytes;
    } catch (e) {
      layout.rollback(mark, pool);
      throw e;
    }
    if (layout.listing === null) layout.release();
    if (this.sink !== null) for (const line of layout.listingLines()) this.sink(line);
    return bytes;
  }

  /** Final offset of a bound label. @throws JitError ESTATE before finish(), ELABEL if unbound or foreign */
  labelOffset(label: Label): number {
    return this.layout.labelOffset(label);
  }

  /** The listing: offset, bytes and text per line. @throws JitError ESTATE unless created with `{ listing: true }` */
  listing(): string {
    if (this.layout.listing === null) throw new JitError("ESTATE", "listing: create the assembler with { listing: true }");
    this.finish();
    return this.layout.listingLines().join("\n");
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
