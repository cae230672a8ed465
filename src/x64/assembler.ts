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
import { CodeBuffer } from "../core/code-buffer.ts";
import { JitError } from "../core/errors.ts";
import { Label } from "../core/label.ts";
import { type Operand, encode, encodeResult } from "./encode/encoder.ts";
import { fastEncode } from "./encode/fast.ts";
import { describe, fastLookup, type Mnemonic, mnemonicEntry, selectForm } from "./encode/match.ts";
import { H_LABEL, H_MEMLABEL, Mem, Rounding, type Mem128, type Mem256, type Mem32, type Mem512, type Mem64 } from "./operands.ts";
import { Reg, rip } from "./registers.ts";
import { formsOf, mnemonics } from "./table/index.ts";
import type { Form } from "./table/schema.ts";
import type { AssemblerMethods } from "./assembler-methods.generated.ts";

function hiOf(o: Operand | undefined): number {
  return typeof o === "object" ? o.hi : 0;
}

/** prefix sums of a layout without variable-size items */
const NO_ITEMS = new Int32Array(1);

const ITEM_JUMP = 0;
const ITEM_ALIGN = 1;

interface JumpItem {
  kind: typeof ITEM_JUMP;
  rawPos: number;
  label: Label;
  shortOp: readonly number[];
  longOp: readonly number[];
  long: boolean;
  size: number;
  /** index into the listing records, or -1 */
  rec: number;
}
interface AlignItem {
  kind: typeof ITEM_ALIGN;
  rawPos: number;
  align: number;
  fill: number; // -1: multi-byte nops
  size: number;
}
type Item = JumpItem | AlignItem;

interface Fixup {
  rawPos: number;
  items: number;
  label: Label;
  bytes: number; // 1 or 4
  /** raw end of the instruction (the displacement is relative to it) */
  rawEnd: number;
  addend: number;
  mnemonic: string;
}

interface ListingRecord {
  rawPos: number;
  items: number;
  len: number;
  text: string;
  item: Item | null;
}

/** Options for a new Assembler. */
export interface AssemblerOptions {
  /**
   * Record a listing (offset, bytes, Intel text) of everything emitted;
   * read it with `listing()` after `finish()`, or pass a function to receive each line.
   */
  listing?: boolean | ((line: string) => void);
}

/** llvm-mc's multi-byte NOPs (1–10 bytes); longer padding repeats the 10-byte one. */
const NOPS: readonly (readonly number[])[] = [
  [],
  [0x90],
  [0x66, 0x90],
  [0x0f, 0x1f, 0x00],
  [0x0f, 0x1f, 0x40, 0x00],
  [0x0f, 0x1f, 0x44, 0x00, 0x00],
  [0x66, 0x0f, 0x1f, 0x44, 0x00, 0x00],
  [0x0f, 0x1f, 0x80, 0x00, 0x00, 0x00, 0x00],
  [0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00],
  [0x66, 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00],
  [0x66, 0x2e, 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00],
];

/** Write `n` bytes of padding: multi-byte nops (fill < 0) or a fill byte. */
function pad(out: Uint8Array, at: number, n: number, fill: number): void {
  if (fill >= 0) {
    out.fill(fill, at, at + n);
    return;
  }
  while (n > 0) {
    const k = n > 10 ? 10 : n;
    out.set(NOPS[k]!, at);
    at += k;
    n -= k;
  }
}

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

/** A relaxable jump form: its rel32 sibling and both opcode byte sequences (prefixes included). */
interface JumpShape {
  readonly long: Form;
  readonly shortOp: readonly number[];
  readonly longOp: readonly number[];
}
/** rel8 form → its jump shape (null if it has no rel32 sibling), computed once per form: no arrays per jump. */
const jumpShapes = new Map<Form, JumpShape | null>();
function jumpShapeOf(f: Form): JumpShape | null {
  let g = jumpShapes.get(f);
  if (g === undefined) {
    const long = f.ops.length === 1 && f.ops[0]!.rel === 8 ? (formsOf(f.mnemonic)!.find((x) => x.ops.length === 1 && x.ops[0]!.rel === 32) ?? null) : null;
    g = long === null ? null : { long, shortOp: opcodeBytes(f), longOp: opcodeBytes(long) };
    jumpShapes.set(f, g);
  }
  return g;
}

function opcodeBytes(f: Form): number[] {
  return [...f.prefixes, ...f.opcode];
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
export class Assembler {
  private readonly buf = new CodeBuffer(512);
  private readonly items: Item[] = [];
  private readonly fixups: Fixup[] = [];
  private readonly labels: Label[] = [];
  private readonly labelItems: number[] = [];
  private prefix = 0;
  private prefixName = "";
  private finished: Uint8Array | null = null;
  private readonly records: ListingRecord[] | null;
  private readonly listingSink: ((line: string) => void) | null;
  private finalLabelPos: Int32Array | null = null;
  private pool: { key: string; bytes: Uint8Array; align: number; label: Label }[] = [];

  constructor(options: AssemblerOptions = {}) {
    this.records = options.listing ? [] : null;
    this.listingSink = typeof options.listing === "function" ? options.listing : null;
  }

  /** Bytes emitted so far, before layout (jumps counted at their short size). */
  get offset(): number {
    return this.buf.pos;
  }

  // ---- labels ----------------------------------------------------------------

  /** A new, unbound label. @example const loop = a.newLabel("loop"); */
  newLabel(name?: string): Label {
    const l = new Label(this.labels.length, this, name ?? `L${this.labels.length}`);
    this.labels.push(l);
    this.labelItems.push(-1);
    return l;
  }

  /**
   * Bind `label` to the current position.
   * @throws JitError ELABEL if the label is bound already or belongs to another assembler.
   */
  bind(label: Label): this {
    this.checkLabel(label, "bind");
    if (label.offset >= 0) throw new JitError("ELABEL", `label ${label.name} is already bound`);
    label.offset = this.buf.pos;
    this.labelItems[label.id] = this.items.length;
    if (this.records !== null) this.record(`${label.name}:`, this.buf.pos, 0, null);
    return this;
  }

  private checkLabel(label: Label, what: string): void {
    if (!(label instanceof Label) || label.owner !== this) {
      throw new JitError("ELABEL", `${what}: label ${String((label as { name?: string })?.name ?? label)} belongs to another assembler`);
    }
  }

  // ---- prefixes --------------------------------------------------------------

  /** `lock` prefix for the next instruction (which must be a lockable form with a memory destination). */
  lock(): this {
    this.prefix = 0xf0;
    this.prefixName = "lock";
    return this;
  }
  /** `rep` prefix for the next (string) instruction. */
  rep(): this {
    this.prefix = 0xf3;
    this.prefixName = "rep";
    return this;
  }
  /** `repe`/`repz` prefix (same byte as rep). */
  repe(): this {
    return this.rep();
  }
  /** `repne`/`repnz` prefix for the next (string) instruction. */
  repne(): this {
    this.prefix = 0xf2;
    this.prefixName = "repne";
    return this;
  }

  // ---- instructions ------------------------------------------------------------

  /**
   * Emit an instruction by mnemonic: the untyped entry behind every method.
   * @example a.emit("add", rax, 1)
   * @throws JitError EMNEMONIC (unknown), EOPERAND (no form fits), ERANGE (immediate too large), ESTATE (after finish)
   */
  emit(mnemonic: string, ...operands: Operand[]): this {
    const entry = entryOf(mnemonic);
    if (entry === undefined) {
      this.prefix = 0; // a failed instruction consumes its prefix
      throw new JitError("EMNEMONIC", `unknown instruction "${mnemonic}"`, { instruction: mnemonic });
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
    if (this.prefix === 0 && this.finished === null && this.records === null && o4 === undefined) {
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
    if (this.finished !== null) throw new JitError("ESTATE", `${entry.name}: the assembler is finished; create a new one`, { instruction: entry.name });
    // the prefix belongs to this instruction whether or not it encodes (no lock leaks onto the next one)
    const prefix = this.prefix;
    this.prefix = 0;
    let n = o4 !== undefined ? 5 : o3 !== undefined ? 4 : o2 !== undefined ? 3 : o1 !== undefined ? 2 : o0 !== undefined ? 1 : 0;
    let rc: Rounding | null = null;
    if (n > 0) {
      const last = n === 5 ? o4 : n === 4 ? o3 : n === 3 ? o2 : n === 2 ? o1 : o0;
      if (last instanceof Rounding) {
        rc = last;
        n--;
      }
      if (n > 4) throw new JitError("EOPERAND", `${entry.name}: too many operands (${n})`, { instruction: entry.name });
      if ((n > 0 && o0 === undefined) || (n > 1 && o1 === undefined) || (n > 2 && o2 === undefined)) {
        const i = o0 === undefined ? 0 : o1 === undefined ? 1 : 2;
        throw new JitError("EOPERAND", `operand ${i + 1} of ${entry.name} is undefined`, { instruction: entry.name, operand: i + 1 });
      }
    }
    const f = selectForm(entry, o0, n > 1 ? o1 : undefined, n > 2 ? o2 : undefined, n > 3 ? o3 : undefined, n, rc);
    if (prefix !== 0) {
      const ok = prefix === 0xf0 ? f.lock && [o0, o1, o2, o3].some((o) => o instanceof Mem) : f.rep;
      if (!ok) throw new JitError("EOPERAND", `${this.prefixName} prefix is not allowed on ${f.text}`, { instruction: entry.name });
    }
    const b = this.buf;
    const start = b.pos;
    // label targets: relaxable jumps become items, other references become fixups
    if (((hiOf(o0) | hiOf(o1) | hiOf(o2) | hiOf(o3)) & (H_LABEL | H_MEMLABEL)) !== 0) {
      for (let i = 0; i < 4; i++) {
        const o = i === 0 ? o0 : i === 1 ? o1 : i === 2 ? o2 : o3;
        if (o instanceof Label) {
          this.checkLabel(o, entry.name);
          const shape = jumpShapeOf(f);
          if (shape !== null) {
            const item: JumpItem = { kind: ITEM_JUMP, rawPos: start, label: o, shortOp: shape.shortOp, longOp: shape.longOp, long: false, size: shape.shortOp.length + 1, rec: -1 };
            if (this.records !== null) item.rec = this.record(formatText(entry.name, [o], 1, null, 0), start, 0, item);
            this.items.push(item);
            return this;
          }
        } else if (o instanceof Mem && o.label !== null) {
          this.checkLabel(o.label, entry.name);
        }
      }
    }
    try {
      encode(b, f, o0, o1, o2, o3, n, prefix, rc);
    } catch (e) {
      b.pos = start;
      throw e;
    }
    const r = encodeResult;
    if (r.relPos >= 0) {
      this.fixups.push({ rawPos: r.relPos, items: this.items.length, label: r.relLabel!, bytes: r.relBytes, rawEnd: b.pos, addend: 0, mnemonic: entry.name });
    }
    if (r.ripPos >= 0) {
      const p = r.ripPos, bb = b.buf;
      const addend = bb[p]! | (bb[p + 1]! << 8) | (bb[p + 2]! << 16) | (bb[p + 3]! << 24);
      this.fixups.push({ rawPos: p, items: this.items.length, label: r.ripLabel!, bytes: 4, rawEnd: b.pos, addend, mnemonic: entry.name });
    }
    if (this.records !== null) this.record(formatText(entry.name, [o0!, o1!, o2!, o3!], n, rc, prefix), start, b.pos - start, null);
    return this;
  }

  // ---- layout directives -----------------------------------------------------

  /**
   * Pad with multi-byte NOPs (or `fill`) to a multiple of `alignment` (a power of two).
   * @throws JitError ERANGE if alignment is not a power of two between 1 and 4096.
   */
  align(alignment: number, fill = -1): this {
    if (!Number.isInteger(alignment) || alignment < 1 || alignment > 4096 || (alignment & (alignment - 1)) !== 0) {
      throw new JitError("ERANGE", `align: expected a power of two between 1 and 4096, got ${alignment}`);
    }
    this.ensureOpen("align");
    const item: AlignItem = { kind: ITEM_ALIGN, rawPos: this.buf.pos, align: alignment, fill, size: 0 };
    this.items.push(item);
    this.record(`.p2align ${Math.log2(alignment)}${fill >= 0 ? `, 0x${fill.toString(16)}` : ""}`, this.buf.pos, 0, item);
    return this;
  }

  private ensureOpen(what: string): void {
    if (this.finished !== null) throw new JitError("ESTATE", `${what}: the assembler is finished; create a new one`);
  }

  private data(values: ArrayLike<number | bigint> | number | bigint, bytes: number, what: string, float: boolean): this {
    this.ensureOpen(what);
    const list: ArrayLike<number | bigint> = typeof values === "number" || typeof values === "bigint" ? [values] : values;
    const b = this.buf;
    const start = b.pos;
    b.ensure(list.length * bytes);
    const dv = new DataView(new ArrayBuffer(8));
    for (let i = 0; i < list.length; i++) {
      const v = list[i]!;
      if (float) {
        if (bytes === 4) dv.setFloat32(0, Number(v), true); else dv.setFloat64(0, Number(v), true);
        for (let k = 0; k < bytes; k++) b.u8(dv.getUint8(k));
        continue;
      }
      const lim = bytes === 8 ? 64n : BigInt(bytes * 8);
      const big = typeof v === "bigint" ? v : Number.isInteger(v) ? BigInt(v) : null;
      if (big === null || big < -(1n << (lim - 1n)) || big >= 1n << lim) {
        b.pos = start;
        throw new JitError("ERANGE", `${what}: ${String(v)} does not fit in ${bytes * 8} bits`);
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
  /** `.word` (16-bit) data. @throws JitError ERANGE */
  dw(values: ArrayLike<number> | number): this {
    return this.data(values, 2, "word", false);
  }
  /** `.long` (32-bit) data. @throws JitError ERANGE */
  dd(values: ArrayLike<number> | number): this {
    return this.data(values, 4, "long", false);
  }
  /** `.quad` (64-bit) data; bigints for values beyond 2^53. @throws JitError ERANGE */
  dq(values: ArrayLike<number | bigint> | number | bigint): this {
    return this.data(values, 8, "quad", false);
  }
  /** `.float` (IEEE single) data. */
  float32(values: ArrayLike<number> | number): this {
    return this.data(values, 4, "float", true);
  }
  /** `.double` (IEEE double) data. */
  float64(values: ArrayLike<number> | number): this {
    return this.data(values, 8, "double", true);
  }
  /** Raw bytes. */
  bytes(values: ArrayLike<number>): this {
    return this.db(values);
  }

  // ---- constant pool -----------------------------------------------------------

  /**
   * A RIP-relative memory operand for constant bytes placed after the code
   * (deduplicated, aligned to their size up to 64). Use the typed helpers below.
   */
  constant(bytes: Uint8Array, align = bytes.length): Mem {
    this.ensureOpen("constant");
    const key = `${align}:${Array.from(bytes).join(",")}`;
    let e = this.pool.find((p) => p.key === key);
    if (e === undefined) {
      e = { key, bytes: bytes.slice(), align: Math.min(64, Math.max(1, align)), label: this.newLabel(`.Lconst${this.pool.length}`) };
      this.pool.push(e);
    }
    return new Mem(rip, null, 1, 0, bytes.length <= 8 ? bytes.length * 8 : bytes.length * 8, -1, e.label, false);
  }
  /** `qword ptr [rip + c]` holding a double. @example a.addsd(xmm0, a.f64(1.5)) */
  f64(value: number): Mem64 {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setFloat64(0, value, true);
    return this.constant(b) as unknown as Mem64; // brand: the pool entry is 8 bytes
  }
  /** `dword ptr [rip + c]` holding a float. */
  f32(value: number): Mem32 {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setFloat32(0, value, true);
    return this.constant(b) as unknown as Mem32; // brand: the pool entry is 4 bytes
  }
  /** `qword ptr [rip + c]` holding a 64-bit integer. */
  i64(value: number | bigint): Mem64 {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setBigUint64(0, BigInt.asUintN(64, BigInt(value)), true);
    return this.constant(b) as unknown as Mem64; // brand: the pool entry is 8 bytes
  }
  /** `dword ptr [rip + c]` holding a 32-bit integer. */
  i32(value: number): Mem32 {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setUint32(0, value >>> 0, true);
    return this.constant(b) as unknown as Mem32; // brand: the pool entry is 4 bytes
  }
  /** A 16/32/64-byte vector constant from a typed array, e.g. `a.vector(new Float64Array([1,2,3,4]))` → ymmword. */
  vector<T extends 16 | 32 | 64 = 16 | 32 | 64>(values: ArrayBufferView): T extends 16 ? Mem128 : T extends 32 ? Mem256 : Mem512 {
    const bytes = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
    if (bytes.length !== 16 && bytes.length !== 32 && bytes.length !== 64) throw new JitError("ERANGE", `vector constant must be 16, 32 or 64 bytes, got ${bytes.length}`);
    return this.constant(bytes) as never;
  }

  // ---- finishing ----------------------------------------------------------------

  /**
   * Lay out the code (relax jumps, place alignment and the constant pool,
   * resolve labels) and return the machine code. Idempotent.
   * @throws JitError ELABEL for an unbound label or a target out of reach of a rel8-only instruction (loop, jrcxz).
   */
  finish(): Uint8Array {
    if (this.finished !== null) return this.finished;
    if (this.prefix !== 0) throw new JitError("ESTATE", `a ${this.prefixName} prefix is pending with no instruction after it`);
    // constant pool after the code
    if (this.pool.length > 0) {
      const maxAlign = Math.max(...this.pool.map((p) => p.align));
      this.align(maxAlign, 0xcc);
      for (const p of this.pool.sort((x, y) => y.align - x.align)) {
        this.align(p.align, 0xcc);
        this.bind(p.label);
        this.data(p.bytes, 1, "byte", false);
      }
    }
    for (const f of this.fixups) if (f.label.offset < 0) throw new JitError("ELABEL", `${f.mnemonic}: label ${f.label.name} is never bound`, { instruction: f.mnemonic });
    for (const it of this.items) if (it.kind === ITEM_JUMP && it.label.offset < 0) throw new JitError("ELABEL", `jump to label ${it.label.name}, which is never bound`);

    const items = this.items;
    const nItems = items.length;
    const prefixSum = nItems === 0 ? NO_ITEMS : new Int32Array(nItems + 1);
    const labelPos = (l: Label) => l.offset + prefixSum[this.labelItems[l.id]!]!;
    // fixed point: jumps only grow, alignment follows
    for (let iter = 0; ; iter++) {
      let sum = 0;
      for (let k = 0; k < nItems; k++) {
        prefixSum[k] = sum;
        const it = items[k]!;
        if (it.kind === ITEM_ALIGN) {
          const pos = it.rawPos + sum;
          it.size = (it.align - (pos & (it.align - 1))) & (it.align - 1);
        }
        sum += it.size;
      }
      prefixSum[nItems] = sum;
      let changed = false;
      for (let k = 0; k < nItems; k++) {
        const it = items[k]!;
        if (it.kind !== ITEM_JUMP || it.long) continue;
        const end = it.rawPos + prefixSum[k]! + it.size;
        const d = labelPos(it.label) - end;
        if (d < -128 || d > 127) {
          it.long = true;
          it.size = it.longOp.length + 4;
          changed = true;
        }
      }
      if (!changed) break;
      if (iter > nItems + 2) throw new JitError("ELABEL", "jump relaxation did not converge");
    }
    const raw = this.buf.buf;
    const rawLen = this.buf.pos;
    let out: Uint8Array;
    if (nItems === 0) out = raw.slice(0, rawLen);
    else {
      out = new Uint8Array(rawLen + prefixSum[nItems]!);
      // copy fixed bytes and place items
      let src = 0;
      for (let k = 0; k < nItems; k++) {
        const it = items[k]!;
        // the runs between items are a few bytes: copied by hand (a subarray + set per item cost more)
        const shift = prefixSum[k]!;
        for (let q = src, end = it.rawPos; q < end; q++) out[q + shift] = raw[q]!;
        const at = it.rawPos + shift;
        src = it.rawPos;
        if (it.kind === ITEM_ALIGN) pad(out, at, it.size, it.fill);
        else {
          const op = it.long ? it.longOp : it.shortOp;
          for (let q = 0; q < op.length; q++) out[at + q] = op[q]!;
          const end = at + it.size;
          const d = labelPos(it.label) - end;
          if (it.long) writeI32(out, at + op.length, d);
          else out[at + op.length] = d & 0xff;
        }
      }
      out.set(raw.subarray(src, rawLen), src + prefixSum[nItems]!);
    }
    // label references inside fixed bytes
    for (const f of this.fixups) {
      const shift = prefixSum[f.items]!;
      const d = labelPos(f.label) - (f.rawEnd + shift) + f.addend;
      const at = f.rawPos + shift;
      if (f.bytes === 1) {
        if (d < -128 || d > 127) throw new JitError("ELABEL", `${f.mnemonic}: label ${f.label.name} is ${d} bytes away, out of reach of its rel8 displacement (-128..127)`, { instruction: f.mnemonic });
        out[at] = d & 0xff;
      } else writeI32(out, at, d);
    }
    if (this.labels.length > 0) this.finalLabelPos = new Int32Array(this.labels.map((l) => (l.offset < 0 ? -1 : labelPos(l))));
    this.finished = out;
    this.lastPrefix = prefixSum;
    if (this.records === null) this.buf.release(); // the listing reads raw offsets only, never the raw bytes
    if (this.listingSink !== null) for (const line of this.listingLines(prefixSum)) this.listingSink(line);
    return out;
  }

  /** Final offset of a bound label in the finished code. @throws JitError ESTATE before finish(), ELABEL if unbound. */
  labelOffset(label: Label): number {
    this.checkLabel(label, "labelOffset");
    if (this.finalLabelPos === null) throw new JitError("ESTATE", "labelOffset: call finish() first");
    const p = this.finalLabelPos[label.id]!;
    if (p < 0) throw new JitError("ELABEL", `label ${label.name} is not bound`);
    return p;
  }

  // ---- listing ------------------------------------------------------------------

  private record(text: string, rawPos: number, len: number, item: Item | null): number {
    if (this.records === null) return -1;
    this.records.push({ rawPos, items: this.items.length, len, text, item });
    return this.records.length - 1;
  }

  private lastPrefix: Int32Array | null = null;
  private listingLines(prefixSum: Int32Array): string[] {
    const out = this.finished!;
    const lines: string[] = [];
    for (const r of this.records ?? []) {
      let at: number, len: number;
      if (r.item !== null) {
        const k = this.items.indexOf(r.item);
        at = r.item.rawPos + prefixSum[k]!;
        len = r.item.size;
      } else {
        at = r.rawPos + prefixSum[r.items]!;
        len = r.len;
      }
      if (r.text.endsWith(":") && len === 0) {
        lines.push(`${r.text}`);
        continue;
      }
      const hex = Array.from(out.subarray(at, at + len), (x) => x.toString(16).padStart(2, "0")).join(" ");
      lines.push(`${at.toString(16).padStart(6, "0")}  ${hex.padEnd(30)}  ${r.text}`);
    }
    return lines;
  }

  /**
   * The listing: one line per instruction with offset, bytes and Intel text.
   * @throws JitError ESTATE unless created with `{ listing: true }` and finished.
   */
  listing(): string {
    if (this.records === null) throw new JitError("ESTATE", "listing: create the assembler with { listing: true }");
    this.finish();
    return this.listingLines(this.lastPrefix!).join("\n");
  }
}

function writeI32(out: Uint8Array, at: number, v: number): void {
  out[at] = v;
  out[at + 1] = v >>> 8;
  out[at + 2] = v >>> 16;
  out[at + 3] = v >>> 24;
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
