/**
 * parse.ts — the Intel-syntax text front end: `assemble(source)`, the `asm`
 * tagged template, and `parseInto(assembler, source)` which feeds text into an
 * existing Assembler. The dialect is GNU as `.intel_syntax noprefix` / llvm-mc
 * `-x86-asm-syntax=intel` (see docs/intel-syntax.md). A hand-written scanner
 * over char codes, a recursive-descent statement parser and an iterative constant
 * expression evaluator; it builds operands (registers.ts / operands.ts) and
 * calls `Assembler.emit`, so the encoder alone decides forms and bytes. It
 * holds no encoding knowledge.
 */
import { JitError, type JitErrorCode } from "../core/errors.ts";
import { FLOAT_LITERAL, float32Bits, float64Bits } from "../text/float.ts";
import { add, and, divmod, type Int, mul, neg, not, or, parseDigits, shl, shr, sub, toInt64, xor } from "../text/int64.ts";
import { Label, markBound } from "../core/label.ts";
import { Assembler, type AssemblerOptions } from "./assembler.ts";
import type { Operand } from "./encode/encoder.ts";
import { Mem, memOf, Rounding, rdSae, rnSae, ruSae, rzSae, sae } from "./operands.ts";
import { Reg, registerByName, RT_K, RT_RIP, RT_SEG, RT_XMM, RT_YMM, RT_ZMM } from "./registers.ts";

/** A value that may be interpolated into the `asm` template. Strings are spliced in as source text. */
export type AsmValue = Reg | Mem | Label | Rounding | number | bigint | string;

/** Options for `parseInto`. */
export interface ParseOptions {
  /**
   * Labels by name. Pass the same map to several `parseInto` calls on one
   * assembler to let them refer to each other's labels; new names are added.
   */
  labels?: Map<string, Label>;
  /** Constants defined with `.equ`/`.set`/`name = expr`, shared the same way. */
  constants?: Map<string, number | bigint>;
  /** @internal values of template placeholders, by their source offset. */
  values?: ReadonlyMap<number, unknown>;
}

/** Options for `assemble`. */
export interface AssembleOptions extends AssemblerOptions {}

/** What `parseInto` leaves behind: the label and constant tables it used. */
export interface ParseResult {
  readonly labels: Map<string, Label>;
  readonly constants: Map<string, number | bigint>;
  /** Labels referred to but not (yet) defined, each with the place of its first use. */
  readonly undefinedLabels: readonly { name: string; line: number; column: number }[];
  /** A prefix alone on the last line (`lock`), waiting for the next instruction: the caller's to give. */
  readonly lonePrefix?: { prefix: string; line: number; column: number } | null;
}

// ---- character classes ----------------------------------------------------------
const CH_TAB = 9, CH_LF = 10, CH_CR = 13, CH_SP = 32, CH_HASH = 35, CH_SEMI = 59, CH_SLASH = 47, CH_STAR = 42, CH_QUOTE = 34, CH_APOS = 39;
const CH_PLACEHOLDER = 1;
const identStart = new Uint8Array(128);
const identPart = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const alpha = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46; // _ .
  identStart[c] = alpha ? 1 : 0;
  identPart[c] = alpha || (c >= 48 && c <= 57) || c === 36 || c === 64 ? 1 : 0; // $ @ inside names
}

// ---- tokens -------------------------------------------------------------------------
const T_EOF = 0, T_EOS = 1, T_IDENT = 2, T_NUM = 3, T_STR = 4, T_PUNCT = 5, T_VALUE = 6;
const KIND_NAMES = ["end of input", "end of statement", "name", "number", "string", "punctuation", "interpolated value"];

// punctuation codes: the char code, or these for two-char operators
const P_SHL = 256, P_SHR = 257;

const SIZE_BITS = new Map<string, number>([["byte", 8], ["word", 16], ["dword", 32], ["qword", 64], ["tbyte", 80], ["tword", 80], ["xmmword", 128], ["ymmword", 256], ["zmmword", 512]]);
const PREFIXES = new Map<string, 0 | 1 | 2>([["lock", 0], ["rep", 1], ["repe", 1], ["repz", 1], ["repne", 2], ["repnz", 2]]);

const SHIFTS = new Set(["rol", "ror", "rcl", "rcr", "shl", "sal", "shr", "sar"]);
const STRING_SIZE: Record<string, number> = { b: 8, w: 16, d: 32, q: 64 };

/**
 * A name as written, with what it means to the parser worked out once: its
 * lower-case spelling, the register, size keyword or prefix it names. Names
 * are interned in a table shared by every parse, so a name seen before costs
 * a hash over its characters and no string, Map or register lookup.
 */
interface Word {
  readonly text: string;
  readonly lower: string;
  /** registerByName(lower) */
  readonly reg: Reg | undefined;
  /** SIZE_BITS of lower, 0 when it is not a size keyword */
  readonly size: number;
  /** PREFIXES of lower, -1 when it is not a prefix */
  readonly prefix: number;
  /** a shift/rotate mnemonic (takes an implicit 1) */
  readonly shift: boolean;
  /** a numeric label reference such as 1b or 1f */
  readonly numRef: boolean;
}

function makeWord(text: string, lower: string, numRef: boolean): Word {
  return { text, lower, reg: registerByName(lower), size: SIZE_BITS.get(lower) ?? 0, prefix: PREFIXES.get(lower) ?? -1, shift: SHIFTS.has(lower), numRef };
}

const WORD_SLOTS = 1 << 14; // open addressing, at most half full
const WORD_CAP = WORD_SLOTS >> 1;
// a name's length and its first 12 characters packed 7 bits each, 4 to an int (names are ASCII):
// a lookup compares small integers, and strings only for longer names
const wordLen = new Int32Array(WORD_SLOTS);
const wordK1 = new Int32Array(WORD_SLOTS);
const wordK2 = new Int32Array(WORD_SLOTS);
const wordK3 = new Int32Array(WORD_SLOTS);
const wordTab: (Word | undefined)[] = [];
for (let i = 0; i < WORD_SLOTS; i++) wordTab.push(undefined); // pushed, so the engine keeps it a plain dense array
let wordCount = 0;

/**
 * The Word for the name s[p, q) whose characters 0..3, 4..7 and 8..11 are
 * packed in k1, k2, k3 and whose characters all went into the hash h
 * (computed while scanning, see `next`).
 */
function wordAt(s: string, p: number, q: number, k1: number, k2: number, k3: number, h: number): Word {
  const len = q - p;
  let i = (Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 18) & (WORD_SLOTS - 1);
  for (;;) {
    const w = wordTab[i];
    if (w === undefined) break;
    if (wordK1[i] === k1 && wordK2[i] === k2 && wordK3[i] === k3 && wordLen[i] === len && (len <= 12 || s.startsWith(w.text, p))) return w;
    i = (i + 1) & (WORD_SLOTS - 1);
  }
  const text = s.slice(p, q);
  if (wordCount >= WORD_CAP) return makeWord(text, text.toLowerCase(), false);
  // a copy, so the table does not keep the whole source text alive
  const own = [...text].join("");
  const w = makeWord(own, own.toLowerCase(), false);
  wordCount++;
  wordTab[i] = w;
  wordLen[i] = len;
  wordK1[i] = k1;
  wordK2[i] = k2;
  wordK3[i] = k3;
  return w;
}
const NO_WORD: Word = makeWord("", "", false);

/**
 * When `ops` are the implicit operands of a string instruction written out,
 * as llvm-mc prints them (movsb byte ptr es:[rdi], byte ptr [rsi]; stos:
 * es:[rdi], acc; lods: acc, [rsi]; scas: acc, es:[rdi]; cmps: [rsi],
 * es:[rdi]): the position of the [rsi] operand (0 or 1), 2 when there is
 * none; -1 when they are not. Segments are the caller's to check.
 */
function stringOperands(m: string, ops: readonly Operand[]): number {
  if (m.length !== 5 || ops.length !== 2) return -1;
  const bits = STRING_SIZE[m[4]!];
  if (bits === undefined) return -1;
  const at = (o: Operand | undefined, reg: string): boolean =>
    o instanceof Mem && (o.bits === bits || o.bits === 0) && o.base !== null && o.base.name === reg && o.index === null && o.disp === 0 && o.label === null && !o.broadcast && o.mask === 0;
  const acc = (o: Operand | undefined): boolean => o instanceof Reg && o.type === 0 && o.id === 0 && o.bits === bits && !o.isHigh8;
  const [a, b] = ops;
  switch (m.slice(0, 4)) {
    case "movs": return at(a, "rdi") && at(b, "rsi") ? 1 : -1;
    case "stos": return at(a, "rdi") && acc(b) ? 2 : -1;
    case "lods": return acc(a) && at(b, "rsi") ? 1 : -1;
    case "scas": return acc(a) && at(b, "rdi") ? 2 : -1;
    case "cmps": return at(a, "rsi") && at(b, "rdi") ? 0 : -1;
  }
  return -1;
}

const SEG_NAMES = ["es", "cs", "ss", "ds", "fs", "gs"];

/** One parsed instruction statement, before it is emitted. */
export interface ParsedInstruction {
  /** Lower-case mnemonic. */
  mnemonic: string;
  /** Operands in Intel order; a rounding operand (`{rn-sae}`) is moved last, where the builder takes it. */
  operands: Operand[];
  /** `lock`, `rep`, `repne` or "" (repe/repz are rep, repnz is repne). */
  prefix: string;
}

class Parser {
  private readonly src: string;
  private readonly len: number;
  private pos = 0;
  private line = 1;
  private lineStart = 0;
  // current token
  private kind = T_EOF;
  private tokStart = 0;
  private tokLine = 1;
  private tokCol = 1;
  private text = "";
  private lower = "";
  /** The current T_IDENT token's Word. */
  private word: Word = NO_WORD;
  private num: Int = 0;
  private punct = 0;
  private value: unknown = undefined;
  /** The current T_STR token's bytes. */
  private str: Uint8Array = new Uint8Array(0);
  private hasFloat = false;

  readonly labels: Map<string, Label>;
  readonly constants: Map<string, Int>;
  private readonly firstUse = new Map<Label, { line: number; column: number }>();
  private readonly values: ReadonlyMap<number, unknown> | undefined;
  private readonly numBack = new Map<string, Label>();
  private readonly numFwd = new Map<string, Label>();
  private numSeq = 0;
  private readonly ops: Operand[] = [];
  private readonly cols: number[] = [];
  // the address being read by `memory` (it does not nest)
  private mBase: Reg | null = null;
  private mIndex: Reg | null = null;
  private mScale = 1;
  private mSign = 1;
  private mIndexExplicit = false;
  private readonly owner: object;
  /** A prefix alone on its line that no instruction has taken yet. */
  lonePrefix: { prefix: string; line: number; column: number } | null = null;

  constructor(src: string, private readonly a: Assembler | null, opts: ParseOptions) {
    this.src = src;
    this.len = src.length;
    this.labels = opts.labels ?? new Map();
    this.constants = opts.constants ?? new Map();
    this.values = opts.values;
    this.owner = a ?? {};
    this.next();
  }

  // ---- errors ------------------------------------------------------------------
  private fail(code: JitErrorCode, msg: string, line = this.tokLine, column = this.tokCol): never {
    const e = new JitError(code, `line ${line}, column ${column}: ${msg}`, { line, column });
    positioned.add(e);
    throw e;
  }
  private describeTok(): string {
    switch (this.kind) {
      case T_EOF: return "end of input";
      case T_EOS: return this.src.charCodeAt(this.tokStart) === CH_SEMI ? "';'" : "end of line";
      case T_IDENT: return `"${this.text}"`;
      case T_NUM: return `number ${this.src.slice(this.tokStart, this.pos)}`;
      case T_STR: return "a string";
      case T_PUNCT: return `'${this.punct === P_SHL ? "<<" : this.punct === P_SHR ? ">>" : String.fromCharCode(this.punct)}'`;
      case T_VALUE: return `interpolated ${describeValue(this.value)}`;
    }
    return KIND_NAMES[this.kind] ?? "token";
  }
  private expected(what: string): never {
    this.fail("ESYNTAX", `expected ${what}, got ${this.describeTok()}`);
  }

  // ---- scanner -------------------------------------------------------------------
  /** Advance to the next token. Newlines and ';' are end-of-statement tokens. */
  private next(): void {
    const s = this.src, n = this.len;
    let p = this.pos;
    for (;;) {
      if (p >= n) {
        this.kind = T_EOF;
        this.tokStart = p;
        this.tokLine = this.line;
        this.tokCol = p - this.lineStart + 1;
        this.pos = p;
        return;
      }
      const c = s.charCodeAt(p);
      if (c === CH_SP || c === CH_TAB || c === CH_CR) { p++; continue; }
      if (c === CH_HASH) { while (p < n && s.charCodeAt(p) !== CH_LF) p++; continue; }
      if (c === CH_SLASH && p + 1 < n) {
        const d = s.charCodeAt(p + 1);
        if (d === CH_SLASH) { while (p < n && s.charCodeAt(p) !== CH_LF) p++; continue; }
        if (d === CH_STAR) {
          const end = s.indexOf("*/", p + 2);
          const stop = end < 0 ? n : end + 2;
          for (let q = p; q < stop; q++) if (s.charCodeAt(q) === CH_LF) { this.line++; this.lineStart = q + 1; }
          if (end < 0) { this.pos = n; this.tokLine = this.line; this.tokCol = n - this.lineStart + 1; this.fail("ESYNTAX", "unterminated /* comment"); }
          p = stop;
          continue;
        }
      }
      break;
    }
    this.tokStart = p;
    this.tokLine = this.line;
    this.tokCol = p - this.lineStart + 1;
    const c = s.charCodeAt(p);
    if (c === CH_LF || c === CH_SEMI) {
      this.kind = T_EOS;
      this.pos = p + 1;
      if (c === CH_LF) { this.line++; this.lineStart = p + 1; }
      return;
    }
    if (c < 128 && identStart[c] === 1) {
      let q = p + 1, k1 = c, k2 = 0, k3 = 0, h = Math.imul(c ^ 0x811c9dc5, 0x01000193);
      while (q < n) {
        const d = s.charCodeAt(q);
        if (d >= 128 || identPart[d] !== 1) break;
        h = Math.imul(h ^ d, 0x01000193);
        const i = q - p;
        if (i < 4) k1 = (k1 << 7) | d;
        else if (i < 8) k2 = (k2 << 7) | d;
        else if (i < 12) k3 = (k3 << 7) | d;
        q++;
      }
      this.kind = T_IDENT;
      const w = wordAt(s, p, q, k1, k2, k3, h ^ (q - p));
      this.word = w;
      this.text = w.text;
      this.lower = w.lower;
      this.pos = q;
      return;
    }
    if (c >= 48 && c <= 57) { this.scanNumber(p); return; }
    if (c === CH_QUOTE) { this.scanString(p); return; }
    if (c === CH_APOS) { this.scanChar(p); return; }
    if (c === CH_PLACEHOLDER && this.values !== undefined && this.values.has(p)) {
      this.kind = T_VALUE;
      this.value = this.values.get(p);
      this.pos = p + 1;
      return;
    }
    this.kind = T_PUNCT;
    if ((c === 60 || c === 62) && s.charCodeAt(p + 1) === c) {
      this.punct = c === 60 ? P_SHL : P_SHR;
      this.pos = p + 2;
      return;
    }
    if (c === 44 || c === 91 || c === 93 || c === 43 || c === 45 || c === 42 || c === CH_SLASH || c === 40 || c === 41 || c === 58 || c === 123 || c === 125 ||
      c === 126 || c === 38 || c === 124 || c === 94 || c === 37 || c === 33 || c === 61) {
      this.punct = c;
      this.pos = p + 1;
      return;
    }
    this.pos = p + 1;
    this.fail("ESYNTAX", `unexpected character '${String.fromCodePoint(s.codePointAt(p)!)}'`);
  }

  private scanNumber(p: number): void {
    const s = this.src, n = this.len;
    let q = p;
    // fast paths: plain decimal and 0x hex, ended by a non-name character
    {
      const c0 = s.charCodeAt(p);
      let v = 0, k = p;
      if (c0 === 48 && (s.charCodeAt(p + 1) | 32) === 120) {
        k = p + 2;
        for (; k < n && k < p + 15; k++) {
          const c = s.charCodeAt(k);
          const d = c >= 48 && c <= 57 ? c - 48 : (c | 32) >= 97 && (c | 32) <= 102 ? (c | 32) - 87 : -1;
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
      if (k > p + (c0 === 48 && (s.charCodeAt(p + 1) | 32) === 120 ? 2 : 0) && !(e < 128 && identPart[e] === 1) && e !== 46) {
        this.kind = T_NUM;
        this.num = v;
        this.hasFloat = false;
        this.pos = k; // a number's text is src[tokStart, pos), sliced only when needed

        return;
      }
    }
    // the literal's run: digits, letters, '.', and an exponent sign after e/E in a decimal float
    while (q < n) {
      const d = s.charCodeAt(q);
      if ((d >= 48 && d <= 57) || (d >= 65 && d <= 90) || (d >= 97 && d <= 122) || d === 46 || d === 95) { q++; continue; }
      if ((d === 43 || d === 45) && (s.charCodeAt(q - 1) | 32) === 101 && !/^0[xb]/i.test(s.slice(p, q))) { q++; continue; }
      break;
    }
    const t = s.slice(p, q);
    this.text = t;
    this.pos = q;
    this.kind = T_NUM;
    this.hasFloat = false;
    const lt = t.toLowerCase().replace(/_/g, "");
    let v: Int | null = null;
    try {
      if (lt.startsWith("0x")) v = parseDigits(lt.slice(2), 16);
      else if (lt.startsWith("0b") && lt.length > 2 && !lt.endsWith("h")) v = parseDigits(lt.slice(2), 2);
      else if (lt.endsWith("h")) v = parseDigits(lt.slice(0, -1), 16);
      else if (/^\d+[bf]$/.test(lt)) {
        // numeric local label reference: 1b (backward), 1f (forward)
        this.kind = T_IDENT;
        this.lower = this.text = lt;
        this.word = makeWord(lt, lt, true);
        return;
      } else if (lt.includes(".") || /^\d+e[+-]?\d+$/.test(lt)) {
        // a floating-point literal: a value only for .float/.double, which read its text themselves
        if (/^(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(lt)) { v = 0; this.hasFloat = true; }
      } else if (lt.length > 1 && lt.startsWith("0") && /^[0-7]+$/.test(lt)) v = parseDigits(lt.slice(1), 8); // GNU as: leading 0 is octal
      else if (/^\d+$/.test(lt)) v = parseDigits(lt, 10);
    } catch (e) {
      if (e instanceof JitError) this.fail(e.code, e.message);
      throw e;
    }
    if (v === null) this.fail("ESYNTAX", `malformed number "${clip(t)}"`);
    this.num = v;
  }

  /**
   * A "..." string as its bytes (into `str`): C escapes as GNU as reads them,
   * other characters in UTF-8 (`"😀"` is f0 9f 98 80).
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

  private scanChar(p: number): void {
    // 'a' → its code (GNU as also accepts 'a without the closing quote)
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
    this.hasFloat = false;
    this.text = s.slice(p, q);
    this.pos = q;
  }

  private isPunct(c: number): boolean {
    return this.kind === T_PUNCT && this.punct === c;
  }
  private eat(c: number): boolean {
    if (this.kind === T_PUNCT && this.punct === c) { this.next(); return true; }
    return false;
  }
  private expect(c: number, what: string): void {
    if (!this.eat(c)) this.expected(what);
  }
  private atEnd(): boolean {
    return this.kind === T_EOS || this.kind === T_EOF;
  }
  private endStatement(what: string): void {
    if (this.kind === T_EOS) { this.next(); return; }
    if (this.kind === T_EOF) return;
    this.expected(what);
  }

  // ---- statements ---------------------------------------------------------------
  /** Parse the whole source, emitting into the assembler (or collecting into `out`). */
  run(out: ParsedInstruction[] | null): void {
    while (this.kind !== T_EOF) this.statement(out);
  }

  private statement(out: ParsedInstruction[] | null): void {
    if (this.kind === T_EOS) { this.next(); return; }
    // labels: `name:` (any number of them before a statement)
    for (;;) {
      const line = this.tokLine, col = this.tokCol;
      const after = this.peekChar();
      if (this.kind === T_IDENT) {
        const name = this.text;
        if (after === 58 /* : */) {
          this.next();
          this.next();
          this.defineLabel(name, line, col);
          continue;
        }
        if (after === 61 /* = */) { // name = expr
          this.next();
          this.next();
          this.constants.set(name, this.expr());
          this.endStatement("end of statement after the constant's value");
          return;
        }
        break;
      }
      if (after === 58 && this.kind === T_NUM && !this.hasFloat && typeof this.num === "number" && /^\d+$/.test(this.src.slice(this.tokStart, this.pos))) {
        const name = this.src.slice(this.tokStart, this.pos);
        this.next();
        this.next();
        this.defineInteric(name, line, col);
        continue;
      }
      if (after === 58 && this.kind === T_VALUE && this.value instanceof Label) {
        const L = this.value;
        this.next();
        this.next();
        this.bindLabel(L, line, col);
        continue;
      }
      break;
    }
    if (this.atEnd()) { this.endStatement(""); return; }
    if (this.kind !== T_IDENT) this.expected("an instruction, a directive or a label");
    if (this.text.charCodeAt(0) === 46 /* . */) { this.directive(); return; }
    this.instruction(out);
  }

  /** The next non-blank character after the current token (-1 at the end). */
  private peekChar(): number {
    const s = this.src;
    let p = this.pos;
    while (p < this.len) {
      const c = s.charCodeAt(p);
      if (c !== CH_SP && c !== CH_TAB && c !== CH_CR) return c;
      p++;
    }
    return -1;
  }

  /** A mark to come back to: the current token's start, line and column. */
  private save(): number[] {
    return [this.tokStart, this.tokLine, this.tokCol];
  }
  /** Back to a saved token (tokens are cheap to rescan). */
  private restore(st: number[]): void {
    this.pos = st[0]!;
    this.line = st[1]!;
    this.lineStart = st[0]! - (st[2]! - 1);
    this.next();
  }

  private label(name: string, line: number, column: number): Label {
    let L = this.labels.get(name);
    if (L === undefined) {
      L = this.a !== null ? this.a.newLabel(name) : new Label(this.labels.size, this.owner, name);
      this.labels.set(name, L);
    }
    if (!this.firstUse.has(L)) this.firstUse.set(L, { line, column });
    return L;
  }

  private defineLabel(name: string, line: number, col: number): void {
    let L = this.labels.get(name);
    if (L === undefined) {
      L = this.a !== null ? this.a.newLabel(name) : new Label(this.labels.size, this.owner, name);
      this.labels.set(name, L);
    } else if (L.bound) {
      this.fail("ELABEL", `label "${name}" is already defined`, line, col);
    }
    this.bindLabel(L, line, col);
  }

  private bindLabel(L: Label, line: number, col: number): void {
    if (this.a === null) { markBound(L); return; }
    try {
      this.a.bind(L);
    } catch (e) {
      throw this.wrap(e, line, col);
    }
  }

  private defineInteric(n: string, line: number, col: number): void {
    let L = this.numFwd.get(n);
    if (L !== undefined) this.numFwd.delete(n);
    else L = this.a !== null ? this.a.newLabel(`${n}`) : new Label(this.numSeq++, this.owner, n);
    this.numBack.set(n, L);
    this.bindLabel(L, line, col);
  }

  private numericRef(ref: string, line: number, column: number): Label {
    const n = ref.slice(0, -1);
    if (ref.endsWith("b")) {
      const L = this.numBack.get(n);
      if (L === undefined) this.fail("ELABEL", `no label "${n}:" before this reference ${ref}`, line, column);
      return L;
    }
    let L = this.numFwd.get(n);
    if (L === undefined) {
      L = this.a !== null ? this.a.newLabel(n) : new Label(this.numSeq++, this.owner, n);
      this.numFwd.set(n, L);
      this.firstUse.set(L, { line, column });
    }
    return L;
  }

  /** Labels used but never defined, with the place of their first use. */
  undefinedLabels(): { name: string; line: number; column: number }[] {
    const out: { name: string; line: number; column: number }[] = [];
    for (const [L, at] of this.firstUse) if (!L.bound) out.push({ name: L.name, ...at });
    return out;
  }

  private wrap(e: unknown, line: number, column: number): unknown {
    if (!(e instanceof JitError)) return e;
    if (positioned.has(e)) return e;
    const d: { line: number; column: number; instruction?: string; operand?: number; cause: unknown } = { line, column, cause: e };
    if (e.instruction !== undefined) d.instruction = e.instruction;
    if (e.operand !== undefined) d.operand = e.operand;
    const w = new JitError(e.code, `line ${line}, column ${column}: ${e.message}`, d);
    positioned.add(w);
    return w;
  }

  // ---- directives --------------------------------------------------------------------
  private directive(): void {
    const name = this.lower;
    const line = this.tokLine, col = this.tokCol;
    this.next();
    const a = this.a;
    const run = (f: () => void) => {
      if (a === null) return;
      try { f(); } catch (e) { throw this.wrap(e, line, col); }
    };
    switch (name) {
      case ".byte": { const v = this.list(); run(() => a!.db(v.map(Number))); break; }
      case ".word": case ".short": case ".value": case ".2byte": { const v = this.list(); run(() => a!.dw(v.map(Number))); break; }
      case ".long": case ".int": case ".4byte": { const v = this.list(); run(() => a!.dd(v.map(Number))); break; }
      case ".quad": case ".8byte": { const v = this.list(); run(() => a!.dq(v)); break; }
      case ".float": case ".single": { const v = this.floatList(false); run(() => a!.dd(v as number[])); break; }
      case ".double": { const v = this.floatList(true); run(() => a!.dq(v)); break; }
      case ".ascii": case ".asciz": case ".string": {
        let n = 0;
        const parts: Uint8Array[] = [];
        for (;;) {
          if (this.kind !== T_STR) this.expected("a string");
          parts.push(this.str);
          n += this.str.length + (name !== ".ascii" ? 1 : 0);
          this.next();
          if (!this.eat(44)) break;
        }
        const bytes = new Uint8Array(n);
        let k = 0;
        for (const t of parts) {
          bytes.set(t, k);
          k += t.length;
          if (name !== ".ascii") bytes[k++] = 0;
        }
        run(() => a!.db(bytes));
        break;
      }
      case ".align": case ".balign": case ".p2align": {
        const v = Number(this.expr());
        let fill = -1;
        if (this.eat(44)) {
          if (!this.isPunct(44) && !this.atEnd()) fill = this.fillByte(name, line, col);
          if (this.eat(44)) {
            // max skip: without layout support it may only be a bound that never bites
            const at = this.save();
            const max = this.expr();
            const n = name === ".p2align" ? 2 ** v : v;
            if (!(typeof max === "number" && max >= n - 1)) this.fail("ESYNTAX", `${name}: a maximum skip below the alignment minus one is not supported (got ${max})`, at[1]!, at[2]!);
          }
        }
        if (name === ".p2align" && (!Number.isInteger(v) || v < 0 || v > 12)) this.fail("ERANGE", `.p2align ${v}: expected 0..12`, line, col);
        const n = name === ".p2align" ? 2 ** v : v;
        run(() => a!.align(n, fill));
        break;
      }
      case ".zero": case ".skip": case ".space": {
        const n = Number(this.expr());
        const fill = this.eat(44) ? this.fillByte(name, line, col) : 0;
        if (!Number.isInteger(n) || n < 0 || n > 1 << 24) this.fail("ERANGE", `${name} ${n}: expected a size between 0 and 16M`, line, col);
        run(() => a!.db(new Uint8Array(n).fill(fill)));
        break;
      }
      case ".equ": case ".set": {
        if (this.kind !== T_IDENT) this.expected("a constant name");
        const cname = this.text;
        this.next();
        this.expect(44, "','");
        this.constants.set(cname, this.expr());
        break;
      }
      case ".intel_syntax":
        if (this.kind === T_IDENT && this.lower === "noprefix") this.next();
        else if (this.kind === T_IDENT && this.lower === "prefix") this.fail("ESYNTAX", ".intel_syntax prefix (registers written %rax) is not supported; use noprefix", line, col);
        break;
      case ".att_syntax":
        this.fail("ESYNTAX", "AT&T syntax is not supported: bunjit reads Intel syntax (.intel_syntax noprefix)", line, col);
        break;
      case ".code64": case ".text":
        break;
      case ".globl": case ".global": case ".local": case ".type": case ".size": case ".section": case ".file": case ".ident": case ".cfi_startproc": case ".cfi_endproc":
        // symbol bookkeeping for object files: nothing to do for code made at run time
        this.skipStatement();
        break;
      default:
        this.fail("ESYNTAX", `unknown directive ${name}; supported: .byte .word .short .long .int .quad .float .double .ascii .asciz .string .align .balign .p2align .zero .skip .equ .set .intel_syntax`, line, col);
    }
    this.endStatement(`',' or end of statement after ${name}'s arguments`);
  }

  /** Skip the rest of the statement as raw text (arguments of directives that mean nothing here). */
  private skipStatement(): void {
    if (this.atEnd()) return;
    const s = this.src;
    let q = this.tokStart;
    while (q < this.len) {
      const c = s.charCodeAt(q);
      if (c === CH_LF || c === CH_SEMI || c === CH_HASH) break;
      q++;
    }
    this.pos = q;
    this.next();
  }

  private list(): Int[] {
    const out: Int[] = [];
    if (this.atEnd()) this.expected("a value");
    for (;;) {
      out.push(this.expr());
      if (!this.eat(44)) break;
    }
    return out;
  }

  /** A fill byte: an expression in -128..255, as a byte (-1 is 0xff). */
  private fillByte(name: string, line: number, col: number): number {
    const v = this.expr();
    if (typeof v !== "number" || v < -128 || v > 255) this.fail("ERANGE", `${name}: fill value ${v} does not fit in a byte (-128..255)`, line, col);
    return v & 0xff;
  }

  /**
   * The values of .float (single) or .double: each `[+|-] literal` as llvm-mc
   * reads it (no expressions), as IEEE bits.
   */
  private floatList(double: boolean): (number | bigint)[] {
    const out: (number | bigint)[] = [];
    if (this.atEnd()) this.expected("a floating-point number");
    for (;;) {
      let neg = false;
      if (this.isPunct(45) || this.isPunct(43)) { neg = this.punct === 45; this.next(); }
      const text = this.floatLiteral();
      out.push(double ? float64Bits(text, neg) : float32Bits(text, neg));
      if (!this.eat(44)) break;
    }
    return out;
  }

  /** The literal at the current token, read from the source (a decimal float, inf, infinity or nan); moves past it. */
  private floatLiteral(): string {
    const s = this.src, p = this.tokStart;
    let end = -1;
    if (this.kind === T_NUM || (this.kind === T_IDENT && s.charCodeAt(p) === 46)) {
      FLOAT_LITERAL.lastIndex = p;
      if (FLOAT_LITERAL.test(s)) end = FLOAT_LITERAL.lastIndex;
    } else if (this.kind === T_IDENT && /^(inf|infinity|nan)$/.test(this.lower)) end = this.pos;
    const e = end < 0 ? 0 : s.charCodeAt(end);
    if (end < 0 || (end < this.len && e < 128 && identPart[e] === 1) || e === 46) {
      if (this.kind === T_NUM || this.kind === T_IDENT) this.fail("ESYNTAX", `malformed floating-point number "${clip(s.slice(p, Math.max(this.pos, end)))}"`);
      this.expected("a floating-point number");
    }
    const text = s.slice(p, end);
    this.pos = end;
    this.next();
    return text;
  }

  // ---- instructions ------------------------------------------------------------------
  private instruction(out: ParsedInstruction[] | null): void {
    if (this.word.prefix < 0) this.lonePrefix = null;
    let prefix = "";
    let mnemonic = this.lower;
    let mWord = this.word;
    let mLine = this.tokLine, mCol = this.tokCol;
    const pk = this.word.prefix;
    if (pk >= 0) {
      prefix = pk === 0 ? "lock" : pk === 1 ? "rep" : "repne";
      this.next();
      if (this.atEnd()) {
        // a prefix on its own line applies to the next instruction
        if (out === null) this.applyPrefix(prefix, mLine, mCol);
        else out.push({ mnemonic: "", operands: [], prefix });
        this.lonePrefix = { prefix, line: mLine, column: mCol };
        this.endStatement("");
        return;
      }
      if (this.kind !== T_IDENT) this.expected(`an instruction after ${prefix}`);
      this.lonePrefix = null;
      mnemonic = this.lower;
      mWord = this.word;
      mLine = this.tokLine;
      mCol = this.tokCol;
    }
    this.next();
    // scratch arrays reused statement to statement (copied when an instruction is kept in `out`)
    const ops = this.ops, cols = this.cols;
    ops.length = 0;
    cols.length = 0;
    let rc: Rounding | null = null;
    if (!this.atEnd()) {
      for (;;) {
        const col = this.tokCol;
        const o = this.operand();
        if (o instanceof Rounding) {
          if (rc !== null) this.fail("ESYNTAX", "only one rounding/sae operand is allowed", this.tokLine, col);
          rc = o;
        } else {
          ops.push(o);
          cols.push(col);
        }
        if (!this.eat(44)) break;
      }
    }
    if (!this.atEnd()) this.expected("',' or end of statement");
    // forms llvm-mc prints and reads: `shl rax` (by one), `movsb byte ptr es:[rdi], byte ptr [rsi]` (implicit operands written out)
    if (ops.length === 1 && mWord.shift) { ops.push(1); cols.push(mCol); }
    else if (ops.length === 2 && ops[0] instanceof Mem) this.stringOp(mnemonic, ops, cols, mLine);
    else if (ops.length === 2 && ops[1] instanceof Mem) this.stringOp(mnemonic, ops, cols, mLine);
    if (rc !== null) { ops.push(rc); cols.push(mCol); }
    if (out !== null) {
      out.push({ mnemonic, operands: ops.slice(), prefix });
      this.endStatement("");
      return;
    }
    const a = this.a!;
    try {
      if (prefix !== "") this.applyPrefix(prefix, mLine, mCol);
      switch (ops.length) {
        case 0: a.emit(mnemonic); break;
        case 1: a.emit(mnemonic, ops[0]!); break;
        case 2: a.emit(mnemonic, ops[0]!, ops[1]!); break;
        case 3: a.emit(mnemonic, ops[0]!, ops[1]!, ops[2]!); break;
        case 4: a.emit(mnemonic, ops[0]!, ops[1]!, ops[2]!, ops[3]!); break;
        default: a.emit(mnemonic, ...ops);
      }
    } catch (e) {
      if (e instanceof JitError && e.operand !== undefined && e.operand >= 1 && e.operand <= cols.length) throw this.wrap(e, mLine, cols[e.operand - 1]!);
      throw this.wrap(e, mLine, mCol);
    }
    this.endStatement("");
  }

  /**
   * A string instruction with its implicit operands written out becomes the
   * operand-less form. The [rdi] operand is es: (written or not); an override
   * on the [rsi] source needs a prefix the assembler cannot give yet.
   */
  private stringOp(mnemonic: string, ops: Operand[], cols: number[], line: number): void {
    const src = stringOperands(mnemonic, ops);
    if (src < 0) return;
    for (let i = 0; i < 2; i++) {
      const o = ops[i];
      if (!(o instanceof Mem) || o.seg < 0) continue;
      if (i !== src && o.seg !== 0) this.fail("EOPERAND", `${mnemonic}: the [rdi] operand is always es:, it cannot take ${SEG_NAMES[o.seg]}:`, line, cols[i]!);
      if (i === src && o.seg !== 3) this.fail("EOPERAND", `${mnemonic}: the override ${SEG_NAMES[o.seg]}: on the [rsi] source is not supported yet`, line, cols[i]!);
    }
    ops.length = 0;
    cols.length = 0;
  }

  private applyPrefix(prefix: string, line: number, col: number): void {
    const a = this.a;
    if (a === null) return;
    try {
      if (prefix === "lock") a.lock(); else if (prefix === "rep") a.rep(); else a.repne();
    } catch (e) {
      throw this.wrap(e, line, col);
    }
  }

  // ---- operands ------------------------------------------------------------------------
  private operand(): Operand {
    if (this.kind === T_IDENT) {
      const wd = this.word;
      const w = wd.lower;
      const size = wd.size;
      if (size !== 0) {
        this.next();
        if (this.kind === T_IDENT && this.lower === "ptr") this.next();
        else if (!this.isPunct(91) && !(this.kind === T_IDENT && this.word.reg?.type === RT_SEG)) this.expected(`'ptr' after ${w}`);
        return this.memory(size);
      }
      const r = wd.reg;
      if (r !== undefined) {
        if (r.type === RT_SEG) {
          const save = this.save();
          this.next();
          if (this.isPunct(58)) { this.restore(save); return this.memory(0); }
          this.restore(save);
        }
        if (r.type === RT_RIP) this.fail("EOPERAND", "rip can only be a memory base: [rip + label]");
        const col = this.tokCol;
        this.next();
        return this.decorate(r, col);
      }
      if (this.constants.has(this.text)) return this.immediate();
      if (this.text === "offset" || w === "offset") this.fail("ESYNTAX", "'offset label' (an absolute address) needs a relocation; use lea reg, [rip + label]");
      // a label (jump/call target)
      const line = this.tokLine, col = this.tokCol;
      const name = this.text;
      this.next();
      const L = wd.numRef ? this.numericRef(name, line, col) : this.label(name, line, col);
      if (this.isPunct(43) || this.isPunct(45)) this.fail("ESYNTAX", `a jump target cannot carry an offset (${name}${String.fromCharCode(this.punct)}...); put a label there`);
      return L;
    }
    if (this.isPunct(91)) return this.memory(0);
    if (this.isPunct(123)) return this.rounding();
    if (this.kind === T_VALUE) {
      const v = this.value;
      if (v instanceof Reg) { const col = this.tokCol; this.next(); return this.decorate(v, col); }
      if (v instanceof Mem) { this.next(); return this.afterMemory(v); }
      if (v instanceof Label) { this.next(); return v; }
      if (v instanceof Rounding) { this.next(); return v; }
      if (typeof v === "number" || typeof v === "bigint") return this.immediate();
      this.fail("ESYNTAX", `cannot use ${describeValue(v)} as an operand`);
    }
    if (this.kind === T_NUM || this.isPunct(45) || this.isPunct(40) || this.isPunct(126) || this.isPunct(43) || this.isPunct(33)) return this.immediate();
    this.expected("an operand (register, memory, immediate or label)");
  }

  private immediate(): Int {
    const line = this.tokLine, col = this.tokCol;
    const v = this.expr();
    if (typeof v === "number" && !Number.isInteger(v)) this.fail("ESYNTAX", `an immediate must be an integer, got ${v}`, line, col);
    if (this.isPunct(91)) this.fail("ESYNTAX", "write the displacement inside the brackets: [base + disp]");
    return v;
  }

  /** `{k1}` `{z}` after a register: at most one of each, in either order (llvm-mc). */
  private decorate(r: Reg, regCol: number): Reg {
    while (this.isPunct(123)) {
      const line = this.tokLine, col = this.tokCol;
      const d = this.braced();
      try {
        if (d === "z") {
          if (r.zero) this.fail("ESYNTAX", `a second {z} on ${r.name}`, line, col);
          r = r.z();
        } else {
          const k = registerByName(d);
          if (k === undefined || k.type !== RT_K) this.fail("ESYNTAX", `expected {k1}..{k7} or {z}, got {${clip(d)}}`, line, col);
          if (r.mask !== 0) this.fail("ESYNTAX", `a second opmask {${d}} on ${r.name}, which has {k${r.mask}} already (one {k1}..{k7} and one {z} at most)`, line, col);
          r = r.k(k as never);
        }
      } catch (e) {
        throw this.wrap(e, line, col);
      }
    }
    if (r.zero && r.mask === 0) this.fail("EOPERAND", `${r.name} {z} needs an opmask: write ${r.name} {k1} {z}`, this.tokLine, regCol);
    return r;
  }

  /** The raw text between `{` and `}` (on the same line), lower-cased and without blanks. */
  private braced(): string {
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

  private rounding(): Rounding {
    const line = this.tokLine, col = this.tokCol;
    const d = this.braced();
    switch (d) {
      case "rn-sae": return rnSae;
      case "rd-sae": return rdSae;
      case "ru-sae": return ruSae;
      case "rz-sae": return rzSae;
      case "sae": return sae;
    }
    this.fail("ESYNTAX", `expected {rn-sae}, {rd-sae}, {ru-sae}, {rz-sae} or {sae}, got {${d}}`, line, col);
  }

  /** `[seg:] [ base + index*scale + disp ]` with an optional `{1toN}` after it. */
  private memory(bits: number): Mem {
    const line = this.tokLine, col = this.tokCol;
    let seg = this.segmentPrefix();
    if (seg >= 0 && !this.isPunct(91)) {
      // fs:0x28 — an absolute address without brackets
      const d = this.dispOf(this.expr(), false, line, col);
      try {
        return this.afterMemory(memOf(bits, { base: null, index: null, scale: 1, disp: d, seg, label: null }));
      } catch (e) {
        throw this.wrap(e, line, col);
      }
    }
    this.expect(91, "'['");
    const seg2 = this.segmentPrefix();
    if (seg2 >= 0) seg = seg2;
    this.resetAddress();
    let disp: Int = 0;
    let label: Label | null = null;
    let first = true;
    for (;;) {
      if (!first || this.isPunct(45) || this.isPunct(43)) {
        if (this.eat(43)) this.mSign = 1;
        else if (this.eat(45)) this.mSign = -1;
        else if (!first) break;
      }
      first = false;
      const at = this.tokCol;
      const r = this.regHere();
      if (r !== null) {
        this.next();
        if (this.eat(42)) {
          const sc = Number(this.unary());
          this.addReg(r, sc, line, at, true);
        } else this.addReg(r, 1, line, at, false);
        continue;
      }
      if (this.kind === T_IDENT && !this.constants.has(this.text)) {
        if (label !== null) this.fail("EOPERAND", `two labels in one address`, line, at);
        if (this.mSign < 0) this.fail("EOPERAND", `a label cannot be subtracted in an address`, line, at);
        label = this.word.numRef ? this.numericRef(this.text, this.tokLine, at) : this.label(this.text, this.tokLine, at);
        this.next();
        continue;
      }
      if (this.kind === T_VALUE && this.value instanceof Label) {
        if (label !== null) this.fail("EOPERAND", `two labels in one address`, line, at);
        label = this.value;
        this.next();
        continue;
      }
      // a constant term, possibly `const * reg`
      let c = this.unary();
      for (;;) {
        if (this.isPunct(42)) {
          this.next();
          const r2 = this.regHere();
          if (r2 !== null) {
            this.next();
            this.addReg(r2, Number(c), line, at, true);
            c = 0;
            break;
          }
          c = mul(c, this.unary());
        } else if (this.isPunct(47) || this.isPunct(37)) {
          const op = this.punct, opLine = this.tokLine, opCol = this.tokCol;
          this.next();
          const rhs = this.unary();
          if (rhs == 0) this.fail("ESYNTAX", "division by zero in a constant expression", opLine, opCol);
          c = divmod(c, rhs, op === 47);
        } else break;
      }
      disp = this.mSign < 0 ? sub(disp, c) : add(disp, c);
    }
    if (!this.isPunct(93)) this.expected("'+', '-', '*' or ']' in the address");
    this.next();
    let base = this.mBase, index = this.mIndex;
    const scale = this.mScale;
    // [rax + rsp]: rsp cannot be an index, so it becomes the base (llvm-mc does the same)
    const bi = base, ix = index;
    if (ix !== null && bi !== null && !this.mIndexExplicit && ix.id === 4 && ix.type === bi.type && bi.id !== 4 && (ix.bits === 64 || ix.bits === 32)) { base = ix; index = bi; }
    if (label !== null && base === null && index === null) this.fail("EOPERAND", `[${label.name}] is an absolute address, which needs a relocation; write [rip + ${label.name}]`, line, col);
    if (label !== null && (base === null || base.type !== RT_RIP)) this.fail("EOPERAND", `a label in an address must be rip-relative: [rip + ${label.name}]`, line, col);
    if (base !== null && base.type === RT_RIP && index !== null) this.fail("EOPERAND", `rip-relative addresses cannot have an index register`, line, col);
    const d = this.dispOf(disp, base !== null || index !== null, line, col);
    let m: Mem;
    try {
      m = memOf(bits, { base, index, scale, disp: d, seg, label });
    } catch (e) {
      throw this.wrap(e, line, col);
    }
    return this.afterMemory(m);
  }

  /**
   * A displacement for memOf, which takes numbers: beyond 2^53 only an
   * absolute address can be, and a double would lose its low bits.
   */
  private dispOf(v: Int, hasRegs: boolean, line: number, col: number): number {
    if (typeof v === "number") return v;
    if (hasRegs) this.fail("ERANGE", `displacement ${v} does not fit in 32 signed bits`, line, col);
    this.fail("ERANGE", `absolute address ${v} is beyond 2^53, which is not supported yet`, line, col);
  }

  private resetAddress(): void {
    this.mBase = null;
    this.mIndex = null;
    this.mScale = 1;
    this.mSign = 1;
    this.mIndexExplicit = false;
  }

  /** `seg:` before or inside an address: the segment register's id, -1 when there is none. */
  private segmentPrefix(): number {
    if (this.kind === T_IDENT) {
      const r = this.word.reg;
      if (r !== undefined && r.type === RT_SEG) {
        this.next();
        this.expect(58, "':' after the segment register");
        return r.id;
      }
    }
    return -1;
  }

  /**
   * One register of an address into mBase/mIndex/mScale: a register written
   * with a scale (even *1) is the index, as in llvm-mc; others fill base, then index.
   */
  private addReg(r: Reg, sc: number, line: number, at: number, explicit: boolean): void {
    if (this.mSign < 0) this.fail("EOPERAND", `a register cannot be subtracted in an address (-${r.name})`, line, at);
    if (r.type === RT_XMM || r.type === RT_YMM || r.type === RT_ZMM) {
      if (this.mIndex !== null) this.fail("EOPERAND", `two index registers in one address`, line, at);
      this.mIndex = r; this.mScale = sc; this.mIndexExplicit = true;
      return;
    }
    if (explicit) {
      if (this.mIndex === null) { this.mIndex = r; this.mScale = sc; this.mIndexExplicit = true; return; }
      if (sc === 1 && this.mBase === null) { this.mBase = r; return; }
    } else {
      if (this.mBase === null) { this.mBase = r; return; }
      if (this.mIndex === null) { this.mIndex = r; this.mScale = 1; return; }
    }
    this.fail("EOPERAND", `too many registers in the address (at most a base and an index)`, line, at);
  }

  private regHere(): Reg | null {
    if (this.kind === T_IDENT) {
      const r = this.word.reg;
      if (r !== undefined && r.type !== RT_SEG) return r;
      return null;
    }
    if (this.kind === T_VALUE && this.value instanceof Reg) return this.value;
    return null;
  }

  private afterMemory(m: Mem): Mem {
    while (this.isPunct(123)) m = this.memDecoration(m);
    return m;
  }

  /** One `{1toN}` or `{kN}` after a memory operand: at most one of each. */
  private memDecoration(m: Mem): Mem {
    const line = this.tokLine, col = this.tokCol;
    const d = this.braced();
    const mm = /^1to(\d+)$/.exec(d);
    if (mm === null) {
      const k = registerByName(d);
      if (k !== undefined && k.type === RT_K) {
        if (m.mask !== 0) this.fail("ESYNTAX", `a second opmask {${d}} on a memory operand that has {k${m.mask}} already`, line, col);
        try {
          return m.k(k as never);
        } catch (e) {
          throw this.wrap(e, line, col);
        }
      }
      if (d === "z") this.fail("EOPERAND", `a memory destination cannot take {z} (zeroing applies to registers)`, line, col);
      this.fail("ESYNTAX", `expected {1toN} or {k1}..{k7} after the memory operand, got {${clip(d)}}`, line, col);
    }
    if (m.broadcast) this.fail("ESYNTAX", `a second broadcast {${d}} on one memory operand`, line, col);
    const n = Number(mm[1]);
    if (n !== 2 && n !== 4 && n !== 8 && n !== 16 && n !== 32) this.fail("ESYNTAX", `{1to${clip(mm[1]!)}}: N must be 2, 4, 8, 16 or 32`, line, col);
    if (m.bits === 0) this.fail("EOPERAND", `a broadcast needs the element size: write dword ptr [...]{1to${n}} or qword ptr [...]{1to${n}}`, line, col);
    try {
      return m.bcst(n as 2 | 4 | 8 | 16 | 32) as unknown as Mem;
    } catch (e) {
      throw this.wrap(e, line, col);
    }
  }

  // ---- constant expressions ------------------------------------------------------------
  /**
   * expr := C operators | ^ & << >> + - * / % with C precedence, unary - ~ + !,
   * parentheses. Iterative (operator and value stacks, no recursion), so no
   * nesting depth can overflow the stack; values are 64-bit (int64.ts).
   * `top` is the loosest level allowed outside parentheses: 0 allows every
   * operator, 6 none (a single term with its unary operators).
   */
  expr(top = 0): Int {
    // the common case: a lone number (most immediates), no operator after it
    if (this.kind === T_NUM && !this.hasFloat) {
      const v = this.num;
      this.next();
      const k: number = this.kind;
      if (k !== T_PUNCT || top === 6) return v;
      return this.exprFrom(v, top);
    }
    return this.exprFrom(null, top);
  }

  private readonly eOps: number[] = [];
  private readonly eAt: number[] = [];
  private readonly eVals: Int[] = [];

  /** The evaluator behind `expr`, started with its first operand read when `first` is not null. */
  private exprFrom(first: Int | null, top: number): Int {
    const ops = this.eOps, at = this.eAt, vals = this.eVals;
    const base = ops.length;
    let depth = 0;
    let operand = first === null;
    if (first !== null) vals.push(first);
    for (;;) {
      if (operand) {
        // prefix operators and '(' until a term
        if (this.kind === T_PUNCT) {
          const p = this.punct;
          if (p === 45 || p === 126 || p === 33 || p === 40) {
            ops.push(p === 40 ? OP_PAREN : p === 45 ? OP_NEG : p === 126 ? OP_NOT : OP_LNOT);
            at.push(this.tokLine * 0x100000 + this.tokCol);
            if (p === 40) depth++;
            this.next();
            continue;
          }
          if (p === 43) { this.next(); continue; }
        }
        vals.push(this.term());
        this.applyPrefixes(base);
        operand = false;
        continue;
      }
      if (this.kind === T_PUNCT) {
        const p = this.punct;
        const lv = p < 128 ? LEVEL[p]! : p === P_SHL || p === P_SHR ? 3 : -1;
        if (lv >= 0 && (depth > 0 || lv >= top)) {
          while (ops.length > base && ops[ops.length - 1]! < OP_PAREN && levelOf(ops[ops.length - 1]!) >= lv) this.applyBinary();
          ops.push(p);
          at.push(this.tokLine * 0x100000 + this.tokCol);
          this.next();
          operand = true;
          continue;
        }
        if (p === 41 && depth > 0) {
          while (ops[ops.length - 1] !== OP_PAREN) this.applyBinary();
          ops.pop();
          at.pop();
          depth--;
          this.next();
          this.applyPrefixes(base);
          continue;
        }
      }
      if (depth > 0) this.expected("')'");
      while (ops.length > base) this.applyBinary();
      return vals.pop()!;
    }
  }

  /** Apply the prefix operators waiting on top of the stack to the value just read. */
  private applyPrefixes(base: number): void {
    const ops = this.eOps, vals = this.eVals;
    while (ops.length > base) {
      const op = ops[ops.length - 1]!;
      if (op < OP_NEG) return;
      ops.pop();
      this.eAt.pop();
      const v = vals[vals.length - 1]!;
      vals[vals.length - 1] = op === OP_NEG ? neg(v) : op === OP_NOT ? not(v) : v === 0 ? 1 : 0;
    }
  }

  /** Pop a binary operator and its two operands, push the result; an arithmetic error points at the operator. */
  private applyBinary(): void {
    const ops = this.eOps, vals = this.eVals;
    const p = ops.pop()!;
    const pos = this.eAt.pop()!;
    const r = vals.pop()!, l = vals.pop()!;
    try {
      vals.push(binop(p, l, r));
    } catch (e) {
      if (e instanceof JitError) this.fail(e.code, e.message, Math.floor(pos / 0x100000), pos % 0x100000);
      throw e;
    }
  }

  /** One term of an expression: a number, an interpolated number or a constant's name. */
  private term(): Int {
    if (this.kind === T_NUM) {
      if (this.hasFloat) this.fail("ESYNTAX", `floating-point number ${clip(this.src.slice(this.tokStart, this.pos))} where an integer is expected (only .float and .double take them)`);
      const v = this.num;
      this.next();
      return v;
    }
    if (this.kind === T_VALUE && (typeof this.value === "number" || typeof this.value === "bigint")) {
      let v: Int;
      try {
        v = toInt64(this.value);
      } catch (e) {
        if (e instanceof JitError) this.fail(e.code, `interpolated ${e.message}`);
        throw e;
      }
      this.next();
      return v;
    }
    if (this.kind === T_IDENT) {
      const c = this.constants.get(this.text);
      if (c !== undefined) { this.next(); return c; }
      if (this.word.reg !== undefined) this.fail("ESYNTAX", `register ${this.text} cannot appear in a constant expression`);
      this.fail("ESYNTAX", `unknown symbol "${clip(this.text)}" in a constant expression (labels have no value until layout)`);
    }
    this.expected("a number");
  }

  /** A single term with its prefix operators (`-8`, `~(1 << 4)`). */
  private unary(): Int {
    return this.expr(6);
  }
}

// expression operator codes on the stack: binary operators are their punctuation code (< OP_PAREN)
const OP_PAREN = 1000, OP_NEG = 1001, OP_NOT = 1002, OP_LNOT = 1003;
/** Precedence of the one-character binary operators by char code (-1: not one); << >> are 3. */
const LEVEL = new Int8Array(128).fill(-1);
LEVEL[124] = 0; // |
LEVEL[94] = 1; // ^
LEVEL[38] = 2; // &
LEVEL[43] = 4; LEVEL[45] = 4; // + -
LEVEL[42] = 5; LEVEL[47] = 5; LEVEL[37] = 5; // * / %
function levelOf(p: number): number {
  return p < 128 ? LEVEL[p]! : 3;
}
function binop(p: number, l: Int, r: Int): Int {
  switch (p) {
    case 124: return or(l, r);
    case 94: return xor(l, r);
    case 38: return and(l, r);
    case P_SHL: return shl(l, r);
    case P_SHR: return shr(l, r);
    case 43: return add(l, r);
    case 45: return sub(l, r);
    case 42: return mul(l, r);
    default: return divmod(l, r, p === 47);
  }
}

/** Source text for a message, shortened when it is long. */
function clip(t: string): string {
  return t.length > 60 ? `${t.slice(0, 40)}...(${t.length} characters)` : t;
}

/** Scratch for the bytes of a string being scanned (grown by doubling, shared by every parse). */
let strBuf = new Uint8Array(256);

/** Errors that already carry the source position (Bun's own Error.line/column must not be mistaken for it). */
const positioned = new WeakSet<JitError>();


function describeValue(v: unknown): string {
  if (v instanceof Reg) return `register ${v.name}`;
  if (v instanceof Mem) return `memory ${String(v)}`;
  if (v instanceof Label) return `label ${v.name}`;
  if (v === null) return "null";
  return `${typeof v} ${String(v)}`;
}

// ---- public API -----------------------------------------------------------------------

/**
 * Parse Intel-syntax `source` and emit it into an existing assembler (the
 * function builder uses this to mix text with builder calls). Labels are
 * created on `assembler` by name (`options.labels` shares them between calls);
 * a label used but not defined is reported in `undefinedLabels`, and
 * `assembler.finish()` will throw ELABEL for it unless you bind it later.
 *
 * @example
 * const a = new Assembler();
 * parseInto(a, "mov rax, rdi\nadd rax, 1");
 * a.ret();
 * @throws JitError ESYNTAX (unreadable text), and the encoder's EMNEMONIC, EOPERAND, ERANGE, ELABEL
 *   re-thrown with `line` and `column` set and the message prefixed `line L, column C:`.
 */
export function parseInto(assembler: Assembler, source: string, options: ParseOptions = {}): ParseResult {
  const p = new Parser(source, assembler, options);
  p.run(null);
  return { labels: p.labels, constants: p.constants as Map<string, number | bigint>, undefinedLabels: p.undefinedLabels(), lonePrefix: p.lonePrefix };
}

/**
 * Assemble Intel-syntax source text to machine code.
 *
 * Accepts the GNU as `.intel_syntax noprefix` / llvm-mc Intel dialect:
 * instructions (`mov rax, qword ptr [rbx + 4*rcx - 8]`), labels (`loop:`,
 * `.Lx:`, numeric `1:` with `1b`/`1f`), prefixes (`lock`, `rep`, `repne`),
 * comments (`#`, `//`, `/* *\/`), statements separated by newlines or `;`, and
 * the directives `.byte .word .short .long .int .quad .float .double .ascii
 * .asciz .align .balign .p2align .zero .equ .set .intel_syntax`.
 *
 * @example
 * assemble("mov rax, qword ptr [rdi + 8*rsi + 16]\nret"); // Uint8Array [0x48, 0x8b, 0x44, 0xf7, 0x10, 0xc3]
 * @throws JitError ESYNTAX, EMNEMONIC, EOPERAND, ERANGE, ELABEL — each with `line`/`column`.
 */
export function assemble(source: string, options: AssembleOptions = {}): Uint8Array {
  const a = new Assembler(options);
  const r = parseInto(a, source);
  checkComplete(r);
  return a.finish();
}

/** What a whole program must not leave behind: a label never defined, a prefix with no instruction after it. */
function checkComplete(r: ParseResult): void {
  const u = r.undefinedLabels[0];
  if (u !== undefined) throw new JitError("ELABEL", `line ${u.line}, column ${u.column}: label "${u.name}" is never defined`, { line: u.line, column: u.column });
  const p = r.lonePrefix;
  if (p) throw new JitError("ESYNTAX", `line ${p.line}, column ${p.column}: ${p.prefix} prefix with no instruction after it`, { line: p.line, column: p.column });
}

/** Join a template's strings, splicing string values as text and marking other values with placeholders. */
function joinTemplate(strings: TemplateStringsArray, values: readonly AsmValue[]): { source: string; values: Map<number, unknown> } {
  let source = strings[0] ?? "";
  const map = new Map<number, unknown>();
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v === "string") source += v;
    else {
      map.set(source.length, v);
      source += "\u0001";
    }
    source += strings[i + 1] ?? "";
  }
  return { source, values: map };
}

/**
 * Tagged template: assemble Intel syntax with interpolated registers, memory
 * operands, numbers, labels and rounding modes (strings are spliced in as text).
 *
 * @example
 * const n = 42;
 * asm`mov ${rax}, ${n}; add rax, ${qword(rdi, 8)}; ret`;
 * @throws JitError ESYNTAX, EMNEMONIC, EOPERAND, ERANGE, ELABEL (with line/column)
 */
export function asm(strings: TemplateStringsArray, ...values: AsmValue[]): Uint8Array {
  const { source, values: map } = joinTemplate(strings, values);
  const a = new Assembler();
  const r = parseInto(a, source, { values: map });
  checkComplete(r);
  return a.finish();
}

/**
 * The `asm` template bound to an existing assembler: emits into it and
 * returns it. Interpolated Labels must belong to that assembler.
 *
 * @example
 * const a = new Assembler(); const done = a.newLabel("done");
 * asmInto(a)`test rdi, rdi; jz ${done}; mov rax, rdi; ${done}: ret`;
 * @throws JitError ESYNTAX, EMNEMONIC, EOPERAND, ERANGE, ELABEL (with line/column)
 */
export function asmInto(assembler: Assembler, options: ParseOptions = {}): (strings: TemplateStringsArray, ...values: AsmValue[]) => Assembler {
  return (strings, ...values) => {
    const { source, values: map } = joinTemplate(strings, values);
    parseInto(assembler, source, { ...options, values: map });
    return assembler;
  };
}

/**
 * Parse Intel-syntax text into instructions without encoding them (labels
 * become detached Label objects). Used by the formatter's round-trip tests
 * and tools that inspect text.
 *
 * @example
 * parseInstructions("vaddpd zmm0 {k1} {z}, zmm1, qword ptr [rax]{1to8}")[0].operands.length; // 3
 * @throws JitError ESYNTAX
 */
export function parseInstructions(source: string): ParsedInstruction[] {
  const out: ParsedInstruction[] = [];
  new Parser(source, null, {}).run(out);
  return out;
}
