/**
 * expr.ts — constant expressions of the text front end, shared by every
 * target: C operators `| ^ & << >> + - * / %` with C precedence, unary
 * `- ~ + !`, parentheses, numbers, interpolated numbers and named constants
 * (`.equ`, `.set`, `name = expr`), with C's precedence in x86 Intel operands
 * and GNU's everywhere else, as the judges do. Values are 64-bit as llvm-mc computes them
 * (int64.ts). Evaluated iteratively with an operator and a value stack, so no
 * nesting depth can overflow the JS stack and a lone number costs one token.
 *
 * Knows no registers or labels: a name that is not a constant is an error
 * worded by the target (`nameInExpression`).
 */
import { JitError } from "../core/errors.ts";
import { add, and, divmod, type Int, mul, neg, not, or, shl, shr, sub, toInt64, xor } from "./int64.ts";
import { clip, Lexer, type LexSyntax, P_SHL, P_SHR, T_NAME, T_NUM, T_PUNCT, T_VALUE } from "./lexer.ts";
import type { Names, Word } from "./names.ts";

// operator codes on the stack: a binary operator is its punctuation code (< OP_PAREN)
const OP_PAREN = 1000, OP_NEG = 1001, OP_NOT = 1002, OP_LNOT = 1003;
/**
 * Operator precedence by char code (-1: not a binary operator; P_SHL / P_SHR
 * at index 0), higher binds tighter. Two tables, because the judges use two:
 * C's (llvm-mc's Intel operand expressions: | < ^ < & < << >> < + - < * / %)
 * and GNU's (directives everywhere, and AArch64 operands: + - < | & ^ < * / % << >>,
 * left-associative within a level — `.quad 1 + 1 << 1` is 3, `.quad 6 | 3 & 1` is 1).
 */
function table(levels: Record<string, number>): Int8Array {
  const t = new Int8Array(128).fill(-1);
  for (const [ops, lv] of Object.entries(levels)) for (const ch of ops.split(" ")) t[ch === "<<" ? 0 : ch.charCodeAt(0)] = lv;
  return t;
}
/** C precedence (llvm-mc's Intel operands). */
export const PREC_C = table({ "|": 0, "^": 1, "&": 2, "<<": 3, "+ -": 4, "* / %": 5 });
/** GNU as precedence (directives on every target; AArch64 operands). */
export const PREC_GNU = table({ "+ -": 1, "| & ^": 2, "* / % <<": 3 });
function levelOf(prec: Int8Array, p: number): number {
  return p < 128 ? (p === 0 ? -1 : prec[p]!) : p === P_SHL || p === P_SHR ? prec[0]! : -1;
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

/** Tightest level: `expr(EXPR_TERM)` reads one term with its prefix operators and no binary operator outside parentheses. */
export const EXPR_TERM = 6;

/** The lexer plus constants and the expression evaluator. */
export class ExprParser<M> extends Lexer<M> {
  /** Named constants: `.equ`, `.set`, `name = expr`. */
  readonly constants: Map<string, Int>;
  /** The precedence in force: the target's for operands, GNU's in directives and assignments (PREC_C / PREC_GNU). */
  protected prec: Int8Array;
  /** The target's precedence for instruction operands. */
  protected readonly operandPrec: Int8Array;

  private readonly eOps: number[] = [];
  private readonly eAt: number[] = [];
  private readonly eVals: Int[] = [];

  constructor(src: string, names: Names<M>, syntax: LexSyntax, values: ReadonlyMap<number, unknown> | undefined, constants: Map<string, Int> | undefined) {
    super(src, names, syntax, values);
    this.constants = constants ?? new Map();
    this.operandPrec = syntax.operandPrecedence === "c" ? PREC_C : PREC_GNU;
    this.prec = this.operandPrec;
  }

  /**
   * A constant expression. `top` is the loosest precedence level allowed
   * outside parentheses: 0 allows every operator, EXPR_TERM (6) none.
   */
  expr(top = 0): Int {
    // the common case: a lone number (most immediates), no operator after it
    if (this.kind === T_NUM && !this.isFloat) {
      const v = this.num;
      this.next();
      const k: number = this.kind;
      if (k !== T_PUNCT || top === EXPR_TERM) return v;
      return this.evaluate(v, top);
    }
    return this.evaluate(null, top);
  }

  /** The evaluator behind `expr`, started with its first operand read when `first` is not null. */
  private evaluate(first: Int | null, top: number): Int {
    const ops = this.eOps, at = this.eAt, vals = this.eVals;
    const prec = this.prec;
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
        const lv = levelOf(prec, p);
        if (lv >= 0 && (depth > 0 || lv >= top)) {
          while (ops.length > base && ops[ops.length - 1]! < OP_PAREN && levelOf(prec, ops[ops.length - 1]!) >= lv) this.applyBinary();
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
      if (depth > 0) {
        this.reset(base);
        this.expected("')'");
      }
      while (ops.length > base) this.applyBinary();
      return vals.pop()!;
    }
  }

  /** Drop what an abandoned evaluation left on the stacks (an error unwinds through it). */
  private reset(base: number): void {
    this.eOps.length = base;
    this.eAt.length = base;
    this.eVals.length = 0;
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
    const vals = this.eVals;
    const p = this.eOps.pop()!;
    const pos = this.eAt.pop()!;
    const r = vals.pop()!, l = vals.pop()!;
    try {
      vals.push(binop(p, l, r));
    } catch (e) {
      this.eOps.length = 0;
      this.eAt.length = 0;
      this.eVals.length = 0;
      if (e instanceof JitError) this.fail(e.code, e.message, Math.floor(pos / 0x100000), pos % 0x100000);
      throw e;
    }
  }

  /** One term: a number, an interpolated number or a constant's name. */
  private term(): Int {
    if (this.kind === T_NUM) {
      if (this.isFloat) this.fail("ESYNTAX", `floating-point number ${clip(this.tokenText())} where an integer is expected`);
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
    if (this.kind === T_NAME) {
      let c = this.constants.get(this.word.text);
      if (c !== undefined) {
        // a constant from a shared map may have been set by other code: check it is an int64
        if (typeof c !== "number" || !Number.isSafeInteger(c)) {
          try {
            c = toInt64(c);
          } catch (e) {
            if (e instanceof JitError) this.fail(e.code, `constant ${clip(this.word.text)}: ${e.message}`);
            throw e;
          }
        }
        this.next();
        return c;
      }
      this.fail("ESYNTAX", this.nameInExpression(this.word));
    }
    this.eOps.length = 0;
    this.eAt.length = 0;
    this.eVals.length = 0;
    this.expected("a number");
  }

  /** The message for a name that is not a constant inside an expression (targets name their registers). */
  protected nameInExpression(w: Word<M>): string {
    return `unknown symbol "${clip(w.text)}" in a constant expression (labels have no value until layout)`;
  }
}
