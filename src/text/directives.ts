/**
 * directives.ts — the GNU assembler directives every target shares, as
 * handlers a target puts in its directive table: integer data (range-checked,
 * little-endian), `.float`/`.double` literals (float.ts), strings, fill,
 * alignment (in bytes or as a power of two), constants, and the object-file
 * bookkeeping that means nothing for code made at run time. `gnuDirectives()`
 * is the common table; a target adds or replaces entries where its
 * assembler differs (x86 `.word` is 2 bytes and `.align` counts bytes;
 * AArch64 `.word` is 4 bytes and `.align` is a power of two).
 * Knows no instructions.
 */
import { float32Bits, float64Bits } from "./float.ts";
import type { Int } from "./int64.ts";
import { T_NAME, T_STR } from "./lexer.ts";
import type { TextParser } from "./program.ts";

/** A directive: reads its arguments after the directive's name (the statement end is the caller's). */
export type Directive = (p: TextParser<unknown>, name: string, line: number, col: number) => void;

const LIMIT: Record<number, [number, number]> = { 1: [-0x80, 0xff], 2: [-0x8000, 0xffff], 4: [-0x80000000, 0xffffffff] };

/** Integers of `size` bytes each, comma separated: each in [-2^(8·size-1), 2^(8·size)) (every int64 for 8). */
export function integers(size: 1 | 2 | 4 | 8): Directive {
  return (p, name, line, col) => {
    if (p.atEnd()) return; // no values, no bytes (llvm-mc, GNU as)
    const vals: Int[] = [];
    for (;;) {
      const v = p.expr();
      if (size < 8) {
        const [lo, hi] = LIMIT[size]!;
        if (typeof v !== "number" || v < lo || v > hi) p.argError("ERANGE", `${name}: ${v} does not fit in ${size * 8} bits`, line, col);
      }
      vals.push(v);
      if (!p.eat(44)) break;
    }
    const out = new Uint8Array(vals.length * size);
    const dv = new DataView(out.buffer);
    for (let i = 0; i < vals.length; i++) {
      const v = vals[i]!;
      if (size === 1) out[i] = v as number;
      else if (size === 2) dv.setUint16(i * 2, v as number, true);
      else if (size === 4) dv.setUint32(i * 4, (v as number) >>> 0, true);
      else dv.setBigUint64(i * 8, BigInt.asUintN(64, BigInt(v)), true);
    }
    p.emitBytes(out, line, col);
  };
}

/** `.float` (single) or `.double`: `[+|-] literal` each, as llvm-mc reads them (no expressions), as IEEE bits. */
export function floats(double: boolean): Directive {
  return (p, _name, line, col) => {
    if (p.atEnd()) return;
    const bits: (number | bigint)[] = [];
    for (;;) {
      let neg = false;
      if (p.isPunct(45) || p.isPunct(43)) { neg = p.punct === 45; p.next(); }
      const text = p.floatLiteral();
      bits.push(double ? float64Bits(text, neg) : float32Bits(text, neg));
      if (!p.eat(44)) break;
    }
    const size = double ? 8 : 4;
    const out = new Uint8Array(bits.length * size);
    const dv = new DataView(out.buffer);
    for (let i = 0; i < bits.length; i++) {
      if (double) dv.setBigUint64(i * 8, bits[i] as bigint, true);
      else dv.setUint32(i * 4, bits[i] as number, true);
    }
    p.emitBytes(out, line, col);
  };
}

/** `.ascii` (zero false) or `.asciz`/`.string` (each string followed by a zero byte). */
export function strings(zero: boolean): Directive {
  return (p, _name, line, col) => {
    if (p.atEnd()) return;
    let n = 0;
    const parts: Uint8Array[] = [];
    for (;;) {
      if (p.kind !== T_STR) p.expected("a string");
      parts.push(p.str);
      n += p.str.length + (zero ? 1 : 0);
      p.next();
      if (!p.eat(44)) break;
    }
    const out = new Uint8Array(n);
    let k = 0;
    for (const t of parts) {
      out.set(t, k);
      k += t.length + (zero ? 1 : 0);
    }
    p.emitBytes(out, line, col);
  };
}

/** A fill byte: an expression in -128..255, as a byte (-1 is 0xff). */
function fillByte(p: TextParser<unknown>, name: string, line: number, col: number): number {
  const v = p.expr();
  if (typeof v !== "number" || v < -128 || v > 255) p.argError("ERANGE", `${name}: fill value ${v} does not fit in a byte (-128..255)`, line, col);
  return v & 0xff;
}

/** The largest `.zero`/`.align` count the front end accepts (16 MiB). */
export const MAX_FILL = 1 << 24;

/** `.zero n[, fill]`, `.skip`, `.space`: n bytes of fill (0). */
export const zeros: Directive = (p, name, line, col) => {
  const v = p.expr();
  const fill = p.eat(44) ? fillByte(p, name, line, col) : 0;
  const n = typeof v === "number" && v >= 0 && v <= MAX_FILL ? v : -1;
  if (n < 0) p.argError("ERANGE", `${name} ${v}: expected a size between 0 and 16M`, line, col);
  p.emitFill(n, fill, line, col);
};

/**
 * `.balign n[, fill[, max]]` (pow2 false: n bytes) or `.p2align k[, fill[, max]]`
 * (pow2 true: 2^k bytes), k ≤ 12. Without a fill the target pads with its
 * no-op; with a max, no padding at all where more than max bytes would be
 * needed (llvm-mc and GNU as; a max of 0 can never be satisfied: the sink's ERANGE).
 */
export function alignment(pow2: boolean): Directive {
  return (p, name, line, col) => {
    if (pow2 && p.atEnd()) return; // .p2align alone: 2^0, nothing (llvm-mc)
    const v = p.expr();
    if (pow2 && (typeof v !== "number" || v < 0 || v > 12)) p.argError("ERANGE", `${name} ${v}: expected 0..12`, line, col);
    const n = pow2 ? 2 ** (v as number) : Number(v);
    let fill = -1;
    let max: number | undefined;
    if (p.eat(44)) {
      if (!p.isPunct(44) && !p.atEnd()) fill = fillByte(p, name, line, col);
      if (p.eat(44)) {
        const mline = p.tokLine, mcol = p.tokCol;
        const m = p.expr();
        if (typeof m !== "number" || m < 0) p.argError("ERANGE", `${name}: maximum skip ${m}: expected a count of bytes`, mline, mcol);
        max = Math.min(m as number, Math.max(n - 1, 0)); // a max beyond n - 1 never bites (llvm-mc warns)
      }
    }
    p.emitAlign(n, fill, max, line, col);
  };
}

/** `.equ name, expr` / `.set name, expr`. */
export const equ: Directive = (p) => {
  if (p.kind !== T_NAME) p.expected("a constant name");
  const cname = p.word.text;
  p.next();
  p.expect(44, "','");
  p.constants.set(cname, p.expr());
};

/** Object-file bookkeeping (symbols, sections, CFI): accepted, its arguments skipped. */
export const ignored: Directive = (p) => {
  p.skipStatement();
};

/** A directive with no arguments that changes nothing here (`.text`). */
export const nothing: Directive = () => {};

/** The directives GNU as has on every target, with the same meaning everywhere. */
export function gnuDirectives(): Map<string, Directive> {
  const d = new Map<string, Directive>();
  const put = (names: string, f: Directive) => { for (const n of names.split(" ")) d.set(n, f); };
  put(".byte", integers(1));
  put(".short .2byte .value .hword", integers(2));
  put(".long .int .4byte", integers(4));
  put(".quad .8byte", integers(8));
  put(".float .single", floats(false));
  put(".double", floats(true));
  put(".ascii", strings(false));
  put(".asciz .string", strings(true));
  put(".zero .skip .space", zeros);
  put(".balign", alignment(false));
  put(".p2align", alignment(true));
  put(".equ .set", equ);
  put(".text", nothing);
  put(".globl .global .local .type .size .section .file .ident .cfi_startproc .cfi_endproc", ignored);
  return d;
}
