/**
 * lexer.ts — the scanner of the text front end, shared by every target: a
 * hand-written loop over char codes that turns source text into one token at
 * a time (names, numbers, strings, punctuation, statement ends, template
 * placeholders) without allocating per token, plus the cursor helpers and
 * positioned errors the parsers above it use. Comments: `//` and `/* *\/`
 * everywhere; `#` anywhere (x86) or only first on its line (AArch64, where
 * `#` marks an immediate). Statements end at a newline or `;`.
 *
 * Knows no instructions, registers or directives: names are interned in the
 * target's `Names` table with the target's meaning attached.
 */
import { JitError, type JitErrorCode } from "../core/errors.ts";
import { FLOAT_LITERAL } from "./float.ts";
import { type Int, parseDigits } from "./int64.ts";
import { HASH_MUL, HASH_SEED, NAME_PART, NAME_START, type Names, readEnd, readName, type Word } from "./names.ts";

export { NAME_PART, NAME_START } from "./names.ts";

/** Token kinds. */
export const T_EOF = 0, T_EOS = 1, T_NAME = 2, T_NUM = 3, T_STR = 4, T_PUNCT = 5, T_VALUE = 6;
/** Punctuation codes: the character's code, or these for the two-character operators. */
export const P_SHL = 256, P_SHR = 257;

/** What differs between targets in the scanner. */
export interface LexSyntax {
  /** `#` starts a comment anywhere (x86), or only as the first non-blank character of a line (AArch64: elsewhere it is punctuation, the immediate prefix). */
  readonly hashComment: "anywhere" | "line-start";
  /** MASM hex with an `h` suffix (`0FFh`) in instruction operands (not in directives or addresses). No target of llvm-mc or GNU as reads it today. */
  readonly hexSuffix?: boolean;
  /**
   * Operator precedence in instruction operands: "c" (llvm-mc's Intel syntax:
   * `1 + 1 << 1` is 4) or "gnu" (GNU as, and llvm-mc on AArch64: 3).
   * Directives and `name = expr` use GNU's on every target. Default "gnu".
   */
  readonly operandPrecedence?: "c" | "gnu";
}

const CH_TAB = 9, CH_LF = 10, CH_CR = 13, CH_SP = 32, CH_HASH = 35, CH_SEMI = 59, CH_SLASH = 47, CH_STAR = 42, CH_QUOTE = 34, CH_APOS = 39;
/** The character that stands for an interpolated template value. */
export const PLACEHOLDER = "\u0001";
const CH_PLACEHOLDER = 1;

/** 1 for single-character punctuation: , [ ] + - * / ( ) : { } ~ & | ^ % ! = # */
const PUNCT = new Uint8Array(128);
for (const ch of ",[]+-*/():{}~&|^%!=#") PUNCT[ch.charCodeAt(0)] = 1;

/** Errors that already carry the source position (Bun's own Error.line/column must not be mistaken for it). */
const positioned = new WeakSet<JitError>();

/** Source text for a message, shortened when it is long. */
export function clip(t: string): string {
  return t.length > 60 ? `${t.slice(0, 40)}...(${t.length} characters)` : t;
}

/** Scratch for the bytes of a string being scanned (grown by doubling, shared by every lexer). */
let strBuf = new Uint8Array(256);

/**
 * The scanner and cursor: `kind` and the fields below describe the current
 * token; `next()` moves to the following one.
 */
export class Lexer<M> {
  protected readonly src: string;
  protected readonly len: number;
  /** Scan position (just after the current token). */
  protected pos = 0;
  /** Line of `pos`, 1-based, and the offset where that line starts. */
  protected line = 1;
  protected lineStart = 0;
  /** True until the first token of a line is scanned (a `#` there is a comment on every target). */
  protected lineFresh = true;

  /** The current token: its kind, start offset, line and the offset of that line's start. */
  kind = T_EOF;
  tokStart = 0;
  tokLine = 1;
  private tokLineStart = 0;
  /** T_NAME: the interned name. */
  word: Word<M>;
  /** T_NUM: its value (0 for a floating-point literal, whose text the caller reads). */
  num: Int = 0;
  /** T_NUM: a floating-point literal (`1.5`, `1e3`, `2.`). */
  isFloat = false;
  /** T_PUNCT: the character code, or P_SHL / P_SHR. */
  punct = 0;
  /** T_STR: the string's bytes (UTF-8, escapes decoded). */
  str: Uint8Array = new Uint8Array(0);
  /** T_VALUE: the interpolated value. */
  value: unknown = undefined;

  private readonly hashAnywhere: boolean;
  /** Numbers may end in `h` (hex) here: in x86 instruction operands, not in directives (GNU as). */
  protected hexSuffix: boolean;

  constructor(
    src: string,
    protected readonly names: Names<M>,
    syntax: LexSyntax,
    /** Template values by the offset of their placeholder character. */
    protected readonly values: ReadonlyMap<number, unknown> | undefined,
  ) {
    this.src = src;
    this.len = src.length;
    this.hashAnywhere = syntax.hashComment === "anywhere";
    this.hexSuffix = syntax.hexSuffix === true;
    this.word = names.make("", false);
  }

  /** The current token's 1-based column. */
  get tokCol(): number {
    return this.tokStart - this.tokLineStart + 1;
  }

  // ---- errors ------------------------------------------------------------------
  /** Throw a JitError at a source position (the current token's by default). */
  fail(code: JitErrorCode, msg: string, line = this.tokLine, column = this.tokCol): never {
    const e = new JitError(code, `line ${line}, column ${column}: ${msg}`, { line, column });
    positioned.add(e);
    throw e;
  }
  /** ESYNTAX: "expected <what>, got <the current token>". */
  expected(what: string): never {
    this.fail("ESYNTAX", `expected ${what}, got ${this.describeTok()}`);
  }
  /** An error from elsewhere (the assembler) positioned at line/column; positioned errors pass unchanged. */
  wrap(e: unknown, line: number, column: number): unknown {
    if (!(e instanceof JitError) || positioned.has(e)) return e;
    const d: { line: number; column: number; instruction?: string; operand?: number; cause: unknown } = { line, column, cause: e };
    if (e.instruction !== undefined) d.instruction = e.instruction;
    if (e.operand !== undefined) d.operand = e.operand;
    const w = new JitError(e.code, `line ${line}, column ${column}: ${e.message}`, d);
    positioned.add(w);
    return w;
  }
  /** The current token as an error message names it. */
  describeTok(): string {
    switch (this.kind) {
      case T_EOF: return "end of input";
      case T_EOS: return this.src.charCodeAt(this.tokStart) === CH_SEMI ? "';'" : "end of line";
      case T_NAME: return `"${clip(this.word.text)}"`;
      case T_NUM: return `number ${clip(this.src.slice(this.tokStart, this.pos))}`;
      case T_STR: return "a string";
      case T_PUNCT: return `'${this.punct === P_SHL ? "<<" : this.punct === P_SHR ? ">>" : String.fromCharCode(this.punct)}'`;
      case T_VALUE: return `interpolated ${this.describeValue(this.value)}`;
    }
    return "token";
  }

  /** Turn the `h` hex suffix on or off (x86: operands only); returns the previous setting. */
  setHexSuffix(on: boolean): boolean {
    const was = this.hexSuffix;
    this.hexSuffix = on;
    return was;
  }

  /** An interpolated value as a message names it (targets name their operand kinds). */
  describeValue(v: unknown): string {
    if (v === null) return "null";
    if (typeof v === "object") return `${(v as { constructor?: { name?: string } }).constructor?.name ?? "object"} ${String(v)}`;
    return `${typeof v} ${String(v)}`;
  }

  // ---- cursor --------------------------------------------------------------------
  isPunct(c: number): boolean {
    return this.kind === T_PUNCT && this.punct === c;
  }
  /** Step over punctuation `c` if it is the current token. */
  eat(c: number): boolean {
    if (this.kind === T_PUNCT && this.punct === c) { this.next(); return true; }
    return false;
  }
  expect(c: number, what: string): void {
    if (!this.eat(c)) this.expected(what);
  }
  atEnd(): boolean {
    return this.kind === T_EOS || this.kind === T_EOF;
  }
  /** Step over the end of the statement (`what` names what else was allowed). */
  endStatement(what: string): void {
    if (this.kind === T_EOS) { this.next(); return; }
    if (this.kind === T_EOF) return;
    this.expected(what);
  }
  /** The next non-blank character after the current token (-1 at the end). */
  peekChar(): number {
    const s = this.src;
    let p = this.pos;
    while (p < this.len) {
      const c = s.charCodeAt(p);
      if (c !== CH_SP && c !== CH_TAB && c !== CH_CR) return c;
      p++;
    }
    return -1;
  }
  /** A mark to come back to: the current token's start, line and line start. */
  save(): number[] {
    return [this.tokStart, this.tokLine, this.tokLineStart];
  }
  /** Back to a saved token (tokens are cheap to rescan). */
  restore(st: readonly number[]): void {
    this.pos = st[0]!;
    this.line = st[1]!;
    this.lineStart = st[2]!;
    this.next();
  }
  /** Skip the rest of the statement as raw text (arguments of directives that mean nothing here). */
  skipStatement(): void {
    if (this.atEnd()) return;
    const s = this.src;
    let q = this.tokStart;
    while (q < this.len) {
      const c = s.charCodeAt(q);
      if (c === CH_LF || c === CH_SEMI || (c === CH_HASH && this.hashAnywhere)) break;
      q++;
    }
    this.pos = q;
    this.next();
  }
  /** Source text of the current token. */
  tokenText(): string {
    return this.src.slice(this.tokStart, this.pos);
  }
  /**
   * The `}`-terminated text after the current `{` token (on the same line),
   * lower-cased and without blanks; moves past the `}`.
   */
  braced(): string {
    const s = this.src, n = this.len;
    let i = this.pos;
    for (; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c === 125 || c === CH_LF) break;
    }
    if (i >= n || s.charCodeAt(i) !== 125) this.fail("ESYNTAX", "expected '}'");
    const t = s.slice(this.pos, i);
    this.pos = i + 1;
    this.next();
    return (t.includes(" ") || t.includes("\t") ? t.replace(/[ \t]/g, "") : t).toLowerCase();
  }
  /**
   * A floating-point literal at the current token, read from the source as
   * llvm-mc reads it: a decimal float (`1`, `1.5`, `.5`, `5.`, `1e3`), `inf`,
   * `infinity` or `nan`; moves past it. The sign is the caller's.
   */
  floatLiteral(): string {
    const s = this.src, p = this.tokStart;
    let end = -1;
    if (this.kind === T_NUM || (this.kind === T_NAME && s.charCodeAt(p) === 46)) {
      FLOAT_LITERAL.lastIndex = p;
      if (FLOAT_LITERAL.test(s)) end = FLOAT_LITERAL.lastIndex;
    } else if (this.kind === T_NAME && /^(inf|infinity|nan)$/.test(this.word.lower)) end = this.pos;
    const e = end < 0 || end >= this.len ? -1 : s.charCodeAt(end);
    if (end < 0 || (e >= 0 && e < 128 && NAME_PART[e] === 1)) {
      if (this.kind === T_NUM || this.kind === T_NAME) this.fail("ESYNTAX", `malformed floating-point number "${clip(s.slice(p, Math.max(this.pos, end)))}"`);
      this.expected("a floating-point number");
    }
    const text = s.slice(p, end);
    this.pos = end;
    this.next();
    return text;
  }

  // ---- scanner -------------------------------------------------------------------
  /** Advance to the next token. Newlines and ';' are end-of-statement tokens. */
  next(): void {
    const s = this.src, n = this.len;
    let p = this.pos;
    for (;;) {
      if (p >= n) {
        this.kind = T_EOF;
        this.tokStart = p;
        this.tokLine = this.line;
        this.tokLineStart = this.lineStart;
        this.pos = p;
        return;
      }
      const c = s.charCodeAt(p);
      if (c === CH_SP || c === CH_TAB || c === CH_CR) { p++; continue; }
      if (c === CH_HASH && (this.hashAnywhere || this.lineFresh)) { while (p < n && s.charCodeAt(p) !== CH_LF) p++; continue; }
      if (c === CH_SLASH && p + 1 < n) {
        const d = s.charCodeAt(p + 1);
        if (d === CH_SLASH) { while (p < n && s.charCodeAt(p) !== CH_LF) p++; continue; }
        if (d === CH_STAR) { p = this.blockComment(p); continue; }
      }
      break;
    }
    this.tokStart = p;
    this.tokLine = this.line;
    this.tokLineStart = this.lineStart;
    this.lineFresh = false;
    const c = s.charCodeAt(p);
    if (c < 128 && NAME_START[c] === 1) {
      // (nameAt's loop, inline: a call here costs ~10% of a whole parse)
      let q = p + 1, h = Math.imul(HASH_SEED ^ c, HASH_MUL), k1 = c, k2 = 0, k3 = 0;
      while (q < n) {
        const d = s.charCodeAt(q);
        if (d >= 128 || NAME_PART[d] !== 1) break;
        h = Math.imul(h ^ d, HASH_MUL);
        const i = q - p;
        if (i < 4) k1 = (k1 << 7) | d;
        else if (i < 8) k2 = (k2 << 7) | d;
        else if (i < 12) k3 = (k3 << 7) | d;
        q++;
      }
      this.kind = T_NAME;
      this.word = this.names.at(s, p, q, h ^ (q - p), k1, k2, k3);
      this.pos = q;
      return;
    }
    if (c === CH_LF || c === CH_SEMI) {
      this.kind = T_EOS;
      this.pos = p + 1;
      if (c === CH_LF) { this.line++; this.lineStart = p + 1; this.lineFresh = true; }
      return;
    }
    if (c >= 48 && c <= 57) { this.scanNumber(p); return; }
    if (c < 128 && PUNCT[c] === 1) {
      this.kind = T_PUNCT;
      this.punct = c;
      this.pos = p + 1;
      return;
    }
    if ((c === 60 || c === 62) && s.charCodeAt(p + 1) === c) {
      this.kind = T_PUNCT;
      this.punct = c === 60 ? P_SHL : P_SHR;
      this.pos = p + 2;
      return;
    }
    if (c === CH_QUOTE) { this.scanString(p); return; }
    if (c === CH_APOS) { this.scanChar(p); return; }
    if (c === CH_PLACEHOLDER && this.values !== undefined && this.values.has(p)) {
      this.kind = T_VALUE;
      this.value = this.values.get(p);
      this.pos = p + 1;
      return;
    }
    this.pos = p + 1;
    this.fail("ESYNTAX", `unexpected character '${String.fromCodePoint(s.codePointAt(p)!)}'`);
  }

  /**
   * Continue scanning at `p`, the start of a line (or a ';', or the end of
   * input) that a target's fast path reached after the lines it read itself
   * (it kept `line` and `lineStart`).
   */
  protected resumeFresh(p: number): void {
    this.pos = p;
    this.lineFresh = p === this.lineStart;
    this.next();
  }

  /** Where the name read by the last `nameAt` ends. */
  protected nameEnd = 0;

  /**
   * The interned name starting at p (a NAME_START character), its end in
   * `nameEnd`; the current token is not touched (a target's fast path may
   * read ahead with it and fall back).
   */
  protected nameAt(p: number): Word<M> {
    const w = readName(this.names, this.src, p);
    this.nameEnd = readEnd;
    return w;
  }

  /** Past the `/* ... *\/` comment at p, counting its lines. */
  private blockComment(p: number): number {
    const s = this.src, n = this.len;
    const end = s.indexOf("*/", p + 2);
    const stop = end < 0 ? n : end + 2;
    for (let q = p; q < stop; q++) if (s.charCodeAt(q) === CH_LF) { this.line++; this.lineStart = q + 1; this.lineFresh = true; }
    if (end < 0) {
      this.pos = n;
      this.tokStart = n;
      this.tokLine = this.line;
      this.tokLineStart = this.lineStart;
      this.fail("ESYNTAX", "unterminated /* comment");
    }
    return stop;
  }

  private scanNumber(p: number): void {
    const s = this.src, n = this.len;
    this.kind = T_NUM;
    this.isFloat = false;
    // fast paths: plain decimal and 0x hex of up to 13 digits, ended by a character that is not part of a name
    {
      const c0 = s.charCodeAt(p);
      const hex = c0 === 48 && (s.charCodeAt(p + 1) | 32) === 120;
      let v = 0, k = p;
      if (hex) {
        k = p + 2;
        for (; k < n && k < p + 15; k++) {
          const c = s.charCodeAt(k), l = c | 32;
          const d = c >= 48 && c <= 57 ? c - 48 : l >= 97 && l <= 102 ? l - 87 : -1;
          if (d < 0) break;
          v = v * 16 + d;
        }
      } else if (c0 !== 48 || !(s.charCodeAt(p + 1) >= 48 && s.charCodeAt(p + 1) <= 57)) {
        for (; k < n && k < p + 15; k++) {
          const c = s.charCodeAt(k);
          if (c < 48 || c > 57) break;
          v = v * 10 + (c - 48);
        }
      }
      const e = k < n ? s.charCodeAt(k) : 32;
      if (k > p + (hex ? 2 : 0) && !(e < 128 && NAME_PART[e] === 1)) {
        this.num = v;
        this.pos = k;
        return;
      }
    }
    // the literal's run: digits, letters, '.', '_', and an exponent sign after e/E in a decimal float
    let q = p;
    while (q < n) {
      const d = s.charCodeAt(q);
      if ((d >= 48 && d <= 57) || (d >= 65 && d <= 90) || (d >= 97 && d <= 122) || d === 46 || d === 95) { q++; continue; }
      if ((d === 43 || d === 45) && (s.charCodeAt(q - 1) | 32) === 101 && !((s.charCodeAt(p + 1) | 32) === 120 && s.charCodeAt(p) === 48)) { q++; continue; }
      break;
    }
    this.pos = q;
    const t = s.slice(p, q);
    const lt = t.toLowerCase().replace(/_/g, "");
    let v: Int | null = null;
    try {
      if (lt.startsWith("0x")) v = parseDigits(lt.slice(2), 16);
      else if (lt.startsWith("0b") && lt.length > 2 && !(this.hexSuffix && lt.endsWith("h"))) v = parseDigits(lt.slice(2), 2);
      else if (this.hexSuffix && lt.endsWith("h")) v = parseDigits(lt.slice(0, -1), 16);
      else if (/^\d+[bf]$/.test(lt)) {
        // a numeric label reference: 1b (backward), 1f (forward)
        this.kind = T_NAME;
        this.word = this.names.make(lt, true);
        return;
      } else if (lt.includes(".") || /^\d+e[+-]?\d+$/.test(lt)) {
        // a floating-point literal: its value is the caller's to read from the text (.float, fmov)
        if (/^(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(lt)) { v = 0; this.isFloat = true; }
      } else if (lt.length > 1 && lt.startsWith("0") && /^[0-7]+$/.test(lt)) v = parseDigits(lt.slice(1), 8); // GNU as: a leading 0 is octal
      else if (/^\d+$/.test(lt)) v = parseDigits(lt, 10);
    } catch (e) {
      if (e instanceof JitError) this.fail(e.code, e.message);
      throw e;
    }
    if (v === null) this.fail("ESYNTAX", `malformed number "${clip(t)}"`);
    this.num = v;
  }

  /**
   * A "..." string as its bytes: C escapes as GNU as reads them, other
   * characters in UTF-8 (`"😀"` is f0 9f 98 80).
   */
  private scanString(p: number): void {
    const s = this.src, n = this.len;
    let q = p + 1;
    let buf = strBuf, k = 0;
    for (;;) {
      if (k + 4 > buf.length) { const b = new Uint8Array(buf.length * 2); b.set(buf); buf = strBuf = b; }
      if (q >= n || s.charCodeAt(q) === CH_LF) { this.pos = q; this.fail("ESYNTAX", "unterminated string"); }
      const c = s.charCodeAt(q);
      if (c === CH_QUOTE) { q++; break; }
      if (c < 0x80 && c !== 92) { buf[k++] = c; q++; continue; }
      if (c >= 0x80) {
        let cp = s.codePointAt(q)!;
        q += cp > 0xffff ? 2 : 1;
        if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd; // a lone surrogate, as TextEncoder writes it
        if (cp < 0x800) { buf[k++] = 0xc0 | (cp >> 6); buf[k++] = 0x80 | (cp & 63); }
        else if (cp < 0x10000) { buf[k++] = 0xe0 | (cp >> 12); buf[k++] = 0x80 | ((cp >> 6) & 63); buf[k++] = 0x80 | (cp & 63); }
        else { buf[k++] = 0xf0 | (cp >> 18); buf[k++] = 0x80 | ((cp >> 12) & 63); buf[k++] = 0x80 | ((cp >> 6) & 63); buf[k++] = 0x80 | (cp & 63); }
        continue;
      }
      const e = s.charCodeAt(q + 1);
      q += 2;
      switch (e) {
        case 110: buf[k++] = 10; break; // \n
        case 116: buf[k++] = 9; break; // \t
        case 114: buf[k++] = 13; break; // \r
        case 98: buf[k++] = 8; break; // \b
        case 102: buf[k++] = 12; break; // \f
        case 118: buf[k++] = 11; break; // \v
        case 97: buf[k++] = 7; break; // \a
        case 92: case CH_QUOTE: case CH_APOS: buf[k++] = e; break;
        case 120: case 88: { // \x: hex digits, the low byte kept (GNU as)
          let j = q, v = 0;
          for (; j < n; j++) {
            const h = s.charCodeAt(j), l = h | 32;
            const d = h >= 48 && h <= 57 ? h - 48 : l >= 97 && l <= 102 ? l - 87 : -1;
            if (d < 0) break;
            v = ((v << 4) | d) & 0xff;
          }
          if (j === q) { this.pos = q; this.fail("ESYNTAX", "\\x needs hex digits"); }
          buf[k++] = v;
          q = j;
          break;
        }
        default:
          if (e >= 48 && e <= 55) { // up to three octal digits
            let j = q - 1, v = 0;
            while (j < n && j < q + 2 && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 55) { v = v * 8 + (s.charCodeAt(j) - 48); j++; }
            buf[k++] = v & 0xff;
            q = j;
          } else { this.pos = q; this.fail("ESYNTAX", `unknown escape \\${Number.isNaN(e) ? "" : String.fromCodePoint(s.codePointAt(q - 1)!)}`); }
      }
    }
    this.kind = T_STR;
    this.str = buf.slice(0, k);
    this.pos = q;
  }

  /** 'a' → its code (GNU as also accepts 'a without the closing quote). */
  private scanChar(p: number): void {
    const s = this.src;
    let q = p + 1;
    let ch = s.charCodeAt(q);
    if (ch === 92) {
      const e = s[q + 1];
      ch = e === "n" ? 10 : e === "t" ? 9 : e === "r" ? 13 : e === "0" ? 0 : (e ?? "").charCodeAt(0);
      q += 2;
    } else q += 1;
    if (Number.isNaN(ch)) { this.pos = q; this.fail("ESYNTAX", "character literal needs a character"); }
    if (s.charCodeAt(q) === CH_APOS) q++;
    this.kind = T_NUM;
    this.num = ch;
    this.isFloat = false;
    this.pos = q;
  }
}
