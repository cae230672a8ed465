/**
 * program.ts — statements of the text front end, shared by every target: the
 * statement loop (labels `name:`, numeric labels `1:` referred to as `1b` /
 * `1f`, `name = expr`, directives, instructions), the label tables, and the
 * emitter interface (`TextSink`) the front end writes labels and data into.
 *
 * A target subclasses `TextParser` with its name meanings and its
 * `instruction()`, which reads its own operands and emits them; directives
 * come from a table the target assembles (directives.ts). Knows no
 * instructions, registers or operand syntax.
 */
import type { JitErrorCode } from "../core/errors.ts";
import { Label, markBound } from "../core/label.ts";
import type { Directive } from "./directives.ts";
import { ExprParser, PREC_GNU } from "./expr.ts";
import type { Int } from "./int64.ts";
import { clip, type LexSyntax, T_EOF, T_EOS, T_NAME, T_NUM, T_VALUE } from "./lexer.ts";
import type { Names, Word } from "./names.ts";

/** What the text front end needs from an assembler: labels, bound positions, data bytes and alignment. */
export interface TextSink {
  newLabel(name: string): Label;
  bind(label: Label): unknown;
  /** Data bytes, laid out and range-checked by the front end. */
  db(bytes: Uint8Array): unknown;
  /** `count` bytes of `byte` (0..255), in bulk. */
  fill(count: number, byte: number): unknown;
  /**
   * Pad to a multiple of `alignment` with the target's no-op (fill < 0) or the
   * byte `fill`; no padding at all when more than `maxSkip` bytes would be needed.
   */
  align(alignment: number, fill: number, maxSkip?: number): unknown;
}

/** Options shared by the targets' parse entry points. */
export interface TextOptions {
  /** Labels by name, shared between parses into one assembler; new names are added. */
  labels?: Map<string, Label>;
  /** Constants (`.equ`, `.set`, `name = expr`), shared the same way. */
  constants?: Map<string, Int>;
  /** @internal template values by the source offset of their placeholder. */
  values?: ReadonlyMap<number, unknown>;
}

/** A label used but never defined, with the place of its first use. */
export interface UndefinedLabel {
  name: string;
  line: number;
  column: number;
}

/** The statement loop over a source text; targets add `instruction()`. */
export abstract class TextParser<M> extends ExprParser<M> {
  readonly labels: Map<string, Label>;
  private readonly firstUse = new Map<Label, { line: number; column: number }>();
  private readonly numBack = new Map<string, Label>();
  private readonly numFwd = new Map<string, Label>();
  private numSeq = 0;
  /** Owner of the detached labels made when there is no sink (parse-only). */
  private readonly owner: object;

  constructor(
    src: string,
    names: Names<M>,
    syntax: LexSyntax,
    /** Where labels and data go; null to parse without emitting (labels are detached). */
    protected readonly sink: TextSink | null,
    private readonly directives: ReadonlyMap<string, Directive>,
    opts: TextOptions,
  ) {
    super(src, names, syntax, opts.values, opts.constants);
    this.labels = opts.labels ?? new Map();
    this.owner = sink ?? {};
  }

  /** Read the whole source. */
  run(): void {
    this.next();
    while (this.kind !== T_EOF) this.statement();
  }

  /**
   * One instruction statement; the current token is its first name (a
   * mnemonic or a prefix). Reads up to the end of the statement and steps over it.
   */
  protected abstract instruction(): void;

  private statement(): void {
    if (this.kind === T_EOS) { this.next(); return; }
    // labels: `name:` (any number of them before a statement), or `name = expr`
    for (;;) {
      const line = this.tokLine, col = this.tokCol;
      if (this.kind === T_NAME) {
        const after = this.peekChar();
        if (after === 58 /* : */) {
          const name = this.word.text;
          this.next();
          this.next();
          if (this.word.numRef) this.fail("ESYNTAX", `"${name}" is a numeric label reference, not a label name`, line, col);
          this.defineLabel(name, line, col);
          continue;
        }
        if (after === 61 /* = */) {
          const name = this.word.text;
          this.next();
          this.next();
          this.prec = PREC_GNU;
          const v = this.expr();
          this.prec = this.operandPrec;
          this.constants.set(name, v);
          this.endStatement("end of statement after the constant's value");
          return;
        }
        break;
      }
      if (this.kind === T_NUM && !this.isFloat && this.peekChar() === 58 && /^\d+$/.test(this.tokenText())) {
        const name = numericName(this.tokenText());
        this.next();
        this.next();
        this.defineNumeric(name, line, col);
        continue;
      }
      if (this.kind === T_VALUE && this.value instanceof Label && this.peekChar() === 58) {
        const L = this.value;
        this.next();
        this.next();
        this.bindLabel(L, line, col);
        continue;
      }
      break;
    }
    if (this.atEnd()) { this.endStatement(""); return; }
    if (this.kind !== T_NAME) this.expected("an instruction, a directive or a label");
    if (this.word.lower.charCodeAt(0) === 46 /* . */) { this.directive(); return; }
    this.instruction();
  }

  private directive(): void {
    const name = this.word.lower;
    const line = this.tokLine, col = this.tokCol;
    const d = this.directives.get(name);
    if (d === undefined) this.fail("ESYNTAX", `unknown directive ${clip(name)}; supported: ${[...this.directives.keys()].join(" ")}`, line, col);
    // a target's h-suffix hex (hexSuffix) is for instruction operands only; directives use GNU precedence
    const hex = this.hexSuffix;
    this.hexSuffix = false;
    this.prec = PREC_GNU;
    this.next();
    d(this, name, line, col);
    this.hexSuffix = hex;
    this.prec = this.operandPrec;
    this.endStatement(`',' or end of statement after ${name}'s arguments`);
  }

  // ---- labels ---------------------------------------------------------------------

  private newLabel(name: string): Label {
    return this.sink !== null ? this.sink.newLabel(name) : new Label(this.numSeq++, this.owner, name);
  }

  /** The label `name` refers to (created on first use, which is remembered for "never defined"). */
  label(name: string, line: number, column: number): Label {
    let L = this.labels.get(name);
    if (L === undefined) {
      L = this.newLabel(name);
      this.labels.set(name, L);
    }
    if (!this.firstUse.has(L)) this.firstUse.set(L, { line, column });
    return L;
  }

  /** The label a name token refers to: a numeric `1b`/`1f` or a named one. */
  labelRef(w: Word<M>, line: number, column: number): Label {
    return w.numRef ? this.numericRef(w.lower, line, column) : this.label(w.text, line, column);
  }

  private defineLabel(name: string, line: number, col: number): void {
    let L = this.labels.get(name);
    if (L === undefined) {
      L = this.newLabel(name);
      this.labels.set(name, L);
    } else if (L.bound) {
      this.fail("ELABEL", `label "${clip(name)}" is already defined`, line, col);
    }
    this.bindLabel(L, line, col);
  }

  /** Bind a label here (a detached one is only marked bound when parsing without a sink). */
  bindLabel(L: Label, line: number, col: number): void {
    if (this.sink === null) { markBound(L); return; }
    try {
      this.sink.bind(L);
    } catch (e) {
      throw this.wrap(e, line, col);
    }
  }

  private defineNumeric(n: string, line: number, col: number): void {
    let L = this.numFwd.get(n);
    if (L !== undefined) this.numFwd.delete(n);
    else L = this.newLabel(n);
    this.numBack.set(n, L);
    this.bindLabel(L, line, col);
  }

  private numericRef(ref: string, line: number, column: number): Label {
    const n = numericName(ref.slice(0, -1));
    if (ref.endsWith("b")) {
      const L = this.numBack.get(n);
      if (L === undefined) this.fail("ELABEL", `no label "${n}:" before this reference ${ref}`, line, column);
      return L;
    }
    let L = this.numFwd.get(n);
    if (L === undefined) {
      L = this.newLabel(n);
      this.numFwd.set(n, L);
      this.firstUse.set(L, { line, column });
    }
    return L;
  }

  /** Labels used but never defined, with the place of their first use. */
  undefinedLabels(): UndefinedLabel[] {
    const out: UndefinedLabel[] = [];
    for (const [L, at] of this.firstUse) if (!L.bound) out.push({ name: L.name, ...at });
    return out;
  }

  // ---- output for directives --------------------------------------------------------

  /** Data bytes into the sink; its errors positioned at line/col. */
  emitBytes(bytes: Uint8Array, line: number, col: number): void {
    if (this.sink === null) return;
    try {
      this.sink.db(bytes);
    } catch (e) {
      throw this.wrap(e, line, col);
    }
  }

  /** `count` bytes of `byte` into the sink; its errors positioned at line/col. */
  emitFill(count: number, byte: number, line: number, col: number): void {
    if (this.sink === null) return;
    try {
      this.sink.fill(count, byte);
    } catch (e) {
      throw this.wrap(e, line, col);
    }
  }

  /** Alignment padding into the sink; its errors positioned at line/col. */
  emitAlign(alignment: number, fill: number, maxSkip: number | undefined, line: number, col: number): void {
    if (this.sink === null) return;
    try {
      if (maxSkip === undefined) this.sink.align(alignment, fill);
      else this.sink.align(alignment, fill, maxSkip);
    } catch (e) {
      throw this.wrap(e, line, col);
    }
  }

  /** A positioned error for a directive's argument. */
  argError(code: JitErrorCode, msg: string, line: number, col: number): never {
    this.fail(code, msg, line, col);
  }
}

/** A numeric label's digits without leading zeros (`01:` is `1:`). */
function numericName(digits: string): string {
  let i = 0;
  while (i < digits.length - 1 && digits.charCodeAt(i) === 48) i++;
  return i === 0 ? digits : digits.slice(i);
}
