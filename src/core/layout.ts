/**
 * layout.ts — the architecture-neutral half of an assembler: fixed bytes in
 * a code buffer, labels, variable-size items (branches whose size depends on
 * the distance to their target, alignment padding), fixups patched once
 * positions are final, a constant pool, and the listing. `finish()` relaxes
 * the items to a fixed point (core/relax.ts), copies the bytes into place and
 * patches every reference.
 *
 * What it does not know: any instruction set. A target describes its branch
 * forms (`BranchKind`: sizes, which variant reaches, how to write it), its
 * reference fields (`FixupKind`: how to patch, what reaches) and its code
 * padding (`LayoutTarget.padCode`); see docs/architecture.md.
 */
import { CodeBuffer } from "./code-buffer.ts";
import { show } from "./data.ts";
import { JitError } from "./errors.ts";
import { Label, markBound } from "./label.ts";
import { Listing } from "./listing.ts";
import { relax, type RelaxResult } from "./relax.ts";

/**
 * A branch form with variants of increasing size (x64: rel8 → rel32; AArch64:
 * b.cond → inverted b.cond around a b). Positions are final byte offsets.
 */
export interface BranchKind {
  /** Sizes of the variants, shortest first. */
  readonly sizes: readonly number[];
  /** The largest distance in bytes any variant but the last reaches (bounds the work after a growth). */
  readonly reach: number;
  /** Does variant `v`, placed at `at`, reach `target`? `data` is the item's payload word. */
  fits(v: number, at: number, target: number, data: number): boolean;
  /** Write variant `v` at `at`. Called only with a variant that fits (checked by the layout). */
  write(out: Uint8Array, at: number, v: number, target: number, data: number): void;
}

/** A reference field in fixed bytes (a rel32, a rip-relative disp32, an imm19 ...). */
export interface FixupKind {
  /** What reaches, for messages: "rel8 displacement (-128..127)". */
  readonly name: string;
  /**
   * Patch the field at `at` for a reference made at `origin` (the position the
   * target measures from: x64 the instruction's end, AArch64 its start) to
   * `target`, plus `addend`. False when the target is out of reach.
   */
  patch(out: Uint8Array, at: number, origin: number, target: number, addend: number): boolean;
}

/** What a target gives the layout besides its kinds. */
export interface LayoutTarget {
  /** Fill `n` bytes at `at` with code padding (x64: multi-byte NOPs). */
  padCode(out: Uint8Array, at: number, n: number): void;
}

/** A constant-pool entry waiting to be placed. */
export interface PoolEntry {
  readonly bytes: Uint8Array;
  readonly align: number;
  readonly label: Label;
}

/** The finished code and where everything ended up. */
export interface Finished {
  readonly bytes: Uint8Array;
  /** Final offset of each label by id (-1: unbound). */
  readonly labelPos: Int32Array;
  readonly relaxed: RelaxResult;
}

/** Default bound on the bytes one layout may produce (`maxBytes`). */
export const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;

/** A state to return to when a finish() fails (see `mark`/`rollback`). */
export interface LayoutMark {
  readonly raw: number;
  readonly items: number;
  readonly fixups: number;
  readonly labels: number;
  readonly bound: number;
  readonly pool: number;
  readonly listing: number;
}

export class Layout {
  /** Fixed bytes; valid bytes are [0, code.pos). Targets write instructions here directly. */
  readonly code: CodeBuffer;
  readonly maxBytes: number;
  /** Listing records, or null when no listing is kept. */
  readonly listing: Listing | null;

  // items, as parallel arrays (index = item)
  private readonly itemRaw: number[] = [];
  private readonly itemKind: (BranchKind | null)[] = [];
  /** branch: label id; alignment: the alignment */
  private readonly itemArg: number[] = [];
  /** branch: payload; alignment: fill byte or -1 for code padding */
  private readonly itemData: number[] = [];
  /** alignment: the most padding allowed (else alignment - 1); branch: 0 */
  private readonly itemSkip: number[] = [];
  /** bytes of the items at their smallest size (branch: first variant), for `offset` */
  private itemMin = 0;

  private readonly labels: Label[] = [];
  private readonly labelRaw: number[] = [];
  private readonly labelItem: number[] = [];
  /** label ids in the order they were bound (for rollback) */
  private readonly boundOrder: number[] = [];

  // fixups, as parallel arrays
  private readonly fxAt: number[] = [];
  private readonly fxOrigin: number[] = [];
  private readonly fxItems: number[] = [];
  private readonly fxLabel: number[] = [];
  private readonly fxAddend: number[] = [];
  private readonly fxKind: FixupKind[] = [];
  private readonly fxWhat: string[] = [];

  private pool: PoolEntry[] = [];
  private readonly poolKeys = new Map<string, PoolEntry>();

  private done: Finished | null = null;

  constructor(
    private readonly target: LayoutTarget,
    options: { maxBytes?: number; listing?: boolean } = {},
  ) {
    const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
    if (!Number.isSafeInteger(max) || max < 1) throw new JitError("ERANGE", `maxBytes must be a positive integer, got ${show(max)}`);
    this.maxBytes = max;
    this.code = new CodeBuffer(512, max);
    this.listing = options.listing ? new Listing() : null;
  }

  /** True once `finish()` has succeeded. */
  get finished(): boolean {
    return this.done !== null;
  }
  /** The finished code, or null. */
  get result(): Finished | null {
    return this.done;
  }

  /** Bytes emitted so far, with every branch at its shortest and alignment padding not yet counted. */
  get offset(): number {
    return this.code.pos + this.itemMin;
  }
  /** Number of variable items so far (a listing record's position). */
  get items(): number {
    return this.itemRaw.length;
  }

  /** @throws JitError ESTATE once finished */
  ensureOpen(what: string): void {
    if (this.done !== null) throw new JitError("ESTATE", `${what}: the assembler is finished; create a new one`);
  }

  // ---- labels ------------------------------------------------------------------

  /** A new, unbound label. */
  newLabel(name?: string): Label {
    const id = this.labels.length;
    const l = new Label(id, this, name ?? `L${id}`);
    this.labels.push(l);
    this.labelRaw.push(-1);
    this.labelItem.push(-1);
    return l;
  }

  /** @throws JitError ELABEL unless `label` is one this layout created. */
  checkLabel(label: unknown, what: string): void {
    if (!(label instanceof Label) || label.owner !== this || this.labels[label.id] !== label) {
      const name = label instanceof Label ? label.name : show(label);
      throw new JitError("ELABEL", `${what}: label ${name} was not created by this assembler`, what === "bind" ? {} : { instruction: what });
    }
  }

  /**
   * Bind `label` to the current position.
   * @throws JitError ELABEL (bound already, or another assembler's), ESTATE (finished)
   */
  bind(label: Label): void {
    this.ensureOpen("bind");
    this.checkLabel(label, "bind");
    if (this.labelRaw[label.id]! >= 0) throw new JitError("ELABEL", `label ${label.name} is already bound`);
    this.labelRaw[label.id] = this.code.pos;
    this.labelItem[label.id] = this.itemRaw.length;
    this.boundOrder.push(label.id);
    markBound(label);
    this.listing?.label(this.code.pos, this.itemRaw.length, label.name);
  }

  /** True when the label (one of ours) is bound. */
  isBound(label: Label): boolean {
    return this.labelRaw[label.id]! >= 0;
  }

  // ---- items and fixups --------------------------------------------------------

  /** A variable-size branch to `label` at the current position (it occupies no fixed bytes). Returns its item index. */
  branch(kind: BranchKind, label: Label, data: number): number {
    const k = this.itemRaw.length;
    this.itemRaw.push(this.code.pos);
    this.itemKind.push(kind);
    this.itemArg.push(label.id);
    this.itemData.push(data);
    this.itemSkip.push(0);
    this.itemMin += kind.sizes[0]!;
    return k;
  }

  /**
   * Pad to a multiple of `alignment` with code padding (`fill` -1) or a fill byte; no padding at all when
   * more than `maxSkip` bytes would be needed (`.p2align 4,,3`).
   * @throws JitError ERANGE (alignment not a power of two in 1..4096, fill outside -1..255, maxSkip not an integer ≥ 1), ESTATE
   */
  align(alignment: number, fill = -1, maxSkip?: number): number {
    const skip = this.checkAlign(alignment, fill, maxSkip);
    const k = this.itemRaw.length;
    this.itemRaw.push(this.code.pos);
    this.itemKind.push(null);
    this.itemArg.push(alignment);
    this.itemData.push(fill);
    this.itemSkip.push(skip);
    return k;
  }

  /** Check `align`'s arguments (and that the layout is open); returns the max skip. @throws JitError ERANGE, ESTATE */
  checkAlign(alignment: number, fill: number, maxSkip: number | undefined): number {
    if (!Number.isInteger(alignment) || alignment < 1 || alignment > 4096 || (alignment & (alignment - 1)) !== 0) {
      throw new JitError("ERANGE", `align: expected a power of two between 1 and 4096, got ${show(alignment)}`);
    }
    if (!Number.isInteger(fill) || fill < -1 || fill > 255) throw new JitError("ERANGE", `align: the fill byte must be 0..255, got ${show(fill)}`);
    if (maxSkip === undefined) maxSkip = alignment - 1;
    else if (!Number.isInteger(maxSkip) || maxSkip < (alignment > 1 ? 1 : 0)) throw new JitError("ERANGE", `align: the max skip must be an integer ≥ 1 (llvm-mc: 0 can never be satisfied), got ${show(maxSkip)}`);
    this.ensureOpen("align");
    return maxSkip;
  }

  /**
   * A reference to `label` in the fixed bytes: the field at raw position `at`,
   * measured from raw position `origin` (both in the instruction just written).
   */
  fixup(kind: FixupKind, at: number, origin: number, label: Label, addend: number, what: string): void {
    this.fxAt.push(at);
    this.fxOrigin.push(origin);
    this.fxItems.push(this.itemRaw.length);
    this.fxLabel.push(label.id);
    this.fxAddend.push(addend);
    this.fxKind.push(kind);
    this.fxWhat.push(what);
  }

  /**
   * `count` bytes of `byte`, in bulk.
   * @throws JitError ERANGE (count not an integer ≥ 0, byte outside 0..255), ELIMIT (beyond maxBytes), ESTATE
   */
  fill(count: number, byte: number): void {
    this.checkFill(count, byte);
    const b = this.code;
    b.ensure(count);
    b.buf.fill(byte & 0xff, b.pos, b.pos + count);
    b.pos += count;
  }

  /** Check `fill`'s arguments (and that the layout is open). @throws JitError ERANGE, ELIMIT, ESTATE */
  checkFill(count: number, byte: number): void {
    this.ensureOpen("fill");
    if (!Number.isSafeInteger(count) || count < 0) throw new JitError("ERANGE", `fill: expected a byte count ≥ 0, got ${show(count)}`);
    if (!Number.isInteger(byte) || byte < -128 || byte > 255) throw new JitError("ERANGE", `fill: the fill byte must be -128..255, got ${show(byte)}`);
    if (count > this.maxBytes) throw new JitError("ELIMIT", `fill: ${count} bytes exceed maxBytes (${this.maxBytes})`);
  }

  // ---- constant pool -------------------------------------------------------------

  /**
   * The label of constant `bytes` (deduplicated by content and alignment),
   * placed where the target calls `takePool()` (x64: after the code).
   */
  constant(bytes: Uint8Array, align: number): Label {
    this.ensureOpen("constant");
    const key = `${align}:${bytes.join(",")}`;
    let e = this.poolKeys.get(key);
    if (e === undefined) {
      e = { bytes: bytes.slice(), align, label: this.newLabel(`.Lconst${this.poolKeys.size}`) };
      this.poolKeys.set(key, e);
      this.pool.push(e);
    }
    return e.label;
  }

  /** The entries not placed yet, in first-use order; the target binds their labels where it places them. */
  takePool(): PoolEntry[] {
    const p = this.pool;
    if (p.length > 0) {
      this.pool = [];
      for (const e of p) this.poolKeys.delete(`${e.align}:${e.bytes.join(",")}`);
    }
    return p;
  }

  // ---- finishing ---------------------------------------------------------------------

  /** The current state, for `rollback` when a finish() fails half way (after the pool was placed). */
  mark(): LayoutMark {
    return {
      raw: this.code.pos, items: this.itemRaw.length, fixups: this.fxAt.length, labels: this.labels.length, bound: this.boundOrder.length,
      pool: this.pool.length, listing: this.listing?.length ?? 0,
    };
  }

  /** Return to a mark: what was emitted after it is dropped, labels bound after it are unbound. */
  rollback(m: LayoutMark, pool: readonly PoolEntry[]): void {
    this.code.pos = m.raw;
    for (const a of [this.itemRaw, this.itemKind, this.itemArg, this.itemData, this.itemSkip]) a.length = m.items;
    this.itemMin = 0;
    for (const k of this.itemKind) if (k !== null) this.itemMin += k.sizes[0]!;
    for (const a of [this.fxAt, this.fxOrigin, this.fxItems, this.fxLabel, this.fxAddend, this.fxKind, this.fxWhat]) a.length = m.fixups;
    while (this.boundOrder.length > m.bound) {
      const id = this.boundOrder.pop()!;
      this.labelRaw[id] = -1;
      this.labelItem[id] = -1;
      markBound(this.labels[id]!, false);
    }
    if (pool.length > 0) {
      this.pool = [...pool, ...this.pool];
      for (const e of pool) this.poolKeys.set(`${e.align}:${e.bytes.join(",")}`, e);
    }
    this.listing?.truncate(m.listing);
  }

  /**
   * Lay out and return the code: relax the items, place them, patch every fixup.
   * @throws JitError ELABEL (a label never bound, a reference out of reach), ELIMIT (beyond maxBytes)
   */
  finish(): Finished {
    if (this.done !== null) return this.done;
    const labelRaw = this.labelRaw;
    for (let i = 0; i < this.fxLabel.length; i++) {
      const l = this.fxLabel[i]!;
      if (labelRaw[l]! < 0) throw new JitError("ELABEL", `${this.fxWhat[i]}: label ${this.labels[l]!.name} is never bound`, { instruction: this.fxWhat[i]! });
    }
    const n = this.itemRaw.length;
    for (let k = 0; k < n; k++) {
      if (this.itemKind[k] !== null && labelRaw[this.itemArg[k]!]! < 0) throw new JitError("ELABEL", `jump to label ${this.labels[this.itemArg[k]!]!.name}, which is never bound`);
    }
    const r = relax({ n, raw: this.itemRaw, kind: this.itemKind, arg: this.itemArg, data: this.itemData, skip: this.itemSkip, labelRaw, labelItem: this.labelItem });
    const { size, variant, prefix } = r;
    const rawLen = this.code.pos;
    const total = rawLen + prefix[n]!;
    if (total > this.maxBytes) throw new JitError("ELIMIT", `the code is ${total} bytes, more than maxBytes (${this.maxBytes})`);
    const labelPos = new Int32Array(this.labels.length);
    for (let l = 0; l < labelPos.length; l++) labelPos[l] = labelRaw[l]! < 0 ? -1 : labelRaw[l]! + prefix[this.labelItem[l]!]!;
    const raw = this.code.buf;
    let out: Uint8Array;
    if (n === 0) out = raw.slice(0, rawLen);
    else {
      out = new Uint8Array(total);
      let src = 0;
      for (let k = 0; k < n; k++) {
        const rk = this.itemRaw[k]!, shift = prefix[k]!;
        // the runs between items are a few bytes: copied by hand (a subarray + set per item cost more)
        for (let q = src; q < rk; q++) out[q + shift] = raw[q]!;
        src = rk;
        const at = rk + shift, K = this.itemKind[k]!;
        if (K === null) {
          const fill = this.itemData[k]!;
          if (fill >= 0) out.fill(fill, at, at + size[k]!);
          else this.target.padCode(out, at, size[k]!);
        } else {
          const t = labelPos[this.itemArg[k]!]!, v = variant[k]!;
          if (!K.fits(v, at, t, this.itemData[k]!)) throw new JitError("ELABEL", `a branch to label ${this.labels[this.itemArg[k]!]!.name} is ${t - at} bytes away, out of reach of its longest form`);
          K.write(out, at, v, t, this.itemData[k]!);
        }
      }
      out.set(raw.subarray(src, rawLen), src + prefix[n]!);
    }
    for (let i = 0; i < this.fxAt.length; i++) {
      const shift = prefix[this.fxItems[i]!]!;
      const t = labelPos[this.fxLabel[i]!]!, origin = this.fxOrigin[i]! + shift;
      if (!this.fxKind[i]!.patch(out, this.fxAt[i]! + shift, origin, t, this.fxAddend[i]!)) {
        const what = this.fxWhat[i]!;
        throw new JitError("ELABEL", `${what}: label ${this.labels[this.fxLabel[i]!]!.name} is ${t - origin} bytes away, out of reach of its ${this.fxKind[i]!.name}`, { instruction: what });
      }
    }
    this.done = { bytes: out, labelPos, relaxed: r };
    return this.done;
  }

  /** Final offset of a bound label. @throws JitError ESTATE before finish(), ELABEL (unbound or not ours) */
  labelOffset(label: Label): number {
    this.checkLabel(label, "labelOffset");
    if (this.done === null) throw new JitError("ESTATE", "labelOffset: call finish() first");
    const p = this.done.labelPos[label.id]!;
    if (p < 0) throw new JitError("ELABEL", `label ${label.name} is not bound`);
    return p;
  }

  /** The listing lines of the finished code. */
  listingLines(): string[] {
    const d = this.done;
    if (this.listing === null || d === null) return [];
    return this.listing.lines({ out: d.bytes, prefix: d.relaxed.prefix, itemRaw: this.itemRaw, itemSize: d.relaxed.size });
  }

  /** Give the fixed-byte buffer back for reuse (after finish, when nothing reads raw bytes any more). */
  release(): void {
    this.code.release();
  }
}
