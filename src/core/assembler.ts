/**
 * assembler.ts — `CoreAssembler`, the half of every target's assembler that
 * knows no instruction set: labels, alignment, bulk fill, data directives,
 * constant-pool entries, finish() (with a rollback when it fails), label
 * offsets, the listing, and recording mode (core/recorder.ts: directives are
 * recorded beside the target's checked instructions and replayed once into
 * the assembler that lays the code out, which shares its layout — labels and
 * constant pool — with the recording one).
 *
 * A target subclasses it with its instruction methods, its layout kinds, how
 * it places the constant pool, and how it encodes a recorded instruction.
 */
import { CodeBuffer } from "./code-buffer.ts";
import { dataList, show, writeData, type DataValues } from "./data.ts";
import { JitError } from "./errors.ts";
import type { Label } from "./label.ts";
import { Layout, type LayoutTarget, type PoolEntry } from "./layout.ts";
import { Recorder } from "./recorder.ts";

/** Options every target's assembler takes. */
export interface CoreOptions {
  /**
   * Record a listing (offset, bytes, text) of everything emitted; read it
   * with `listing()` after `finish()`, or pass a function to receive each line.
   */
  listing?: boolean | ((line: string) => void);
  /** The most bytes the code may take (default 256 MiB): more is an ELIMIT error, never unbounded memory. */
  maxBytes?: number;
}

/** @internal A recording assembler's link to the assembler it replays into (shared layout). */
export interface RecordInto<I> {
  readonly layout: Layout;
  readonly recorder: Recorder<I>;
}

export abstract class CoreAssembler<I> {
  /** @internal fixed bytes, labels, items, fixups, constant pool and listing records (shared with a recording assembler) */
  readonly layout: Layout;
  /** @internal the records, when this assembler records instead of writing bytes */
  protected readonly recorder: Recorder<I> | null;
  /** @internal the layout's fixed-byte buffer */
  protected readonly buf: CodeBuffer;
  private readonly listingSink: ((line: string) => void) | null;

  /** @throws JitError ERANGE for a maxBytes that is not a positive integer, EARGS for options that are not an object */
  constructor(target: LayoutTarget, options: CoreOptions = {}, into?: RecordInto<I>) {
    if (typeof options !== "object" || options === null) throw new JitError("EARGS", `assembler options must be an object, got ${show(options)}`);
    if (into !== undefined) {
      this.layout = into.layout;
      this.recorder = into.recorder;
      this.listingSink = null;
    } else {
      const listing = options.listing !== undefined && options.listing !== false;
      this.layout = new Layout(target, options.maxBytes === undefined ? { listing } : { listing, maxBytes: options.maxBytes });
      this.recorder = null;
      this.listingSink = typeof options.listing === "function" ? options.listing : null;
    }
    this.buf = this.layout.code;
  }

  /** Bytes emitted so far, before layout: branches counted at their short size, alignment padding not yet. */
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
    const r = this.recorder;
    if (r === null) this.layout.bind(label);
    else {
      this.layout.ensureOpen("bind");
      this.layout.checkLabel(label, "bind");
      r.bind(label);
    }
    return this;
  }

  /** Final offset of a bound label in the finished code. @throws JitError ESTATE before finish(), ELABEL if unbound or another assembler's */
  labelOffset(label: Label): number {
    return this.layout.labelOffset(label);
  }

  // ---- layout directives -----------------------------------------------------

  /**
   * Pad with code padding (or the byte `fill`) to a multiple of `alignment` (a power of two); with
   * `maxSkip`, no padding at all when more than that many bytes would be needed (`.p2align 4,,3`).
   * @example a.align(16)
   * @throws JitError ERANGE (alignment not a power of two between 1 and 4096, fill outside 0..255, maxSkip < 1), ESTATE
   */
  align(alignment: number, fill = -1, maxSkip?: number): this {
    const r = this.recorder;
    if (r !== null) {
      this.layout.checkAlign(alignment, fill, maxSkip);
      r.align(alignment, fill, maxSkip);
      return this;
    }
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
    const r = this.recorder;
    if (r !== null) {
      this.layout.checkFill(count, byte);
      r.fill(count, byte);
      return this;
    }
    const start = this.buf.pos;
    this.layout.fill(count, byte);
    this.layout.listing?.bytes(start, this.layout.items, count, `.zero ${count}${byte !== 0 ? `, ${byte}` : ""}`);
    return this;
  }

  private data(values: DataValues, bytes: 1 | 2 | 4 | 8, what: string, float: boolean): this {
    this.layout.ensureOpen(what);
    const r = this.recorder;
    if (r !== null) {
      const s = new CodeBuffer(64, this.layout.maxBytes);
      writeData(s, values, bytes, what, float);
      r.data(s.toBytes(), dataText(values, what));
      return this;
    }
    const b = this.buf;
    const start = b.pos;
    writeData(b, values, bytes, what, float);
    this.layout.listing?.bytes(start, this.layout.items, b.pos - start, () => dataText(values, what));
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

  /**
   * @internal The label of constant `bytes` in the pool (deduplicated), with the default alignment: the
   * largest power of two dividing their length, at most 64.
   * @throws JitError EOPERAND (not a Uint8Array), ERANGE (alignment not a power of two up to 4096), ESTATE
   */
  protected constantLabel(bytes: Uint8Array, align: number | undefined): Label {
    if (!(bytes instanceof Uint8Array)) throw new JitError("EOPERAND", `constant: expected a Uint8Array, got ${show(bytes)}`);
    let al: number;
    if (align === undefined) al = Math.min(64, bytes.length === 0 ? 1 : bytes.length & -bytes.length);
    else if (Number.isInteger(align) && align >= 1 && align <= 4096 && (align & (align - 1)) === 0) al = align;
    else throw new JitError("ERANGE", `constant: the alignment must be a power of two between 1 and 4096, got ${show(align)}`);
    return this.layout.constant(bytes, al);
  }

  // ---- finishing ----------------------------------------------------------------

  /** Throws when something is pending (a prefix with no instruction after it). */
  protected abstract checkPending(): void;
  /** Place the constant-pool entries not placed yet (after the code), binding their labels. */
  protected abstract placePool(pool: readonly PoolEntry[]): void;
  /** Encode one recorded instruction (replay). */
  protected abstract placeRecorded(insn: I, index: number): void;

  /**
   * Lay out the code (relax branches, place alignment and the constant pool,
   * resolve labels) and return the machine code. Idempotent; a finish() that
   * throws leaves the assembler as it was (fix the cause and call it again).
   * @throws JitError ELABEL (an unbound label; a reference out of reach), ELIMIT (beyond maxBytes), ESTATE (a prefix with no instruction)
   */
  finish(): Uint8Array {
    const layout = this.layout;
    const done = layout.result;
    if (done !== null) return done.bytes;
    this.checkPending();
    const mark = layout.mark();
    const pool = layout.takePool();
    let bytes: Uint8Array;
    try {
      if (pool.length > 0) this.placePool(pool);
      bytes = layout.finish().bytes;
    } catch (e) {
      layout.rollback(mark, pool);
      throw e;
    }
    this.finished();
    if (layout.listing === null) layout.release(); // the listing reads raw offsets only, never the raw bytes
    if (this.listingSink !== null) for (const line of layout.listingLines()) this.listingSink(line);
    return bytes;
  }
  /** Called once finish() succeeded. */
  protected finished(): void {}

  /**
   * The listing: one line per instruction with offset, bytes and text.
   * @throws JitError ESTATE unless created with `{ listing: true }`; what finish() throws
   */
  listing(): string {
    if (this.layout.listing === null) throw new JitError("ESTATE", "listing: create the assembler with { listing: true }");
    this.finish();
    return this.layout.listingLines().join("\n");
  }

  /** @internal Replay a recording into this assembler (instructions through `placeRecorded` unless `instruction` is given). */
  replayRecording(rec: Recorder<I>, instruction: (insn: I, index: number) => void = (insn, i) => this.placeRecorded(insn, i)): void {
    rec.replay({
      instruction,
      bind: (l) => this.layout.bind(l),
      align: (a, f, s) => this.align(a, f, s),
      data: (bytes, text) => {
        this.layout.ensureOpen("data");
        const b = this.buf, start = b.pos;
        b.ensure(bytes.length);
        b.buf.set(bytes, start);
        b.pos = start + bytes.length;
        this.layout.listing?.bytes(start, this.layout.items, bytes.length, text);
      },
      fill: (c, x) => this.fill(c, x),
    });
  }
}

function dataText(values: DataValues, what: string): string {
  return `.${what} ${Array.from(dataList(values, what), String).join(", ")}`;
}
