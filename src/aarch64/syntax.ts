/**
 * syntax.ts — the AArch64 operand syntax of the text front end (GNU as /
 * llvm-mc): registers (`x0`, `wzr`, `sp`, `v0.4s`, `v0.s[1]`), immediates
 * (`#4`, `#-8`, `#(1 << 4)`, `#1.5`, a bare `4`), memory (`[x0]`,
 * `[x0, #16]`, `[x0, #16]!`, `[x0], #16`, `[x0], x2`, `[x0, x1, lsl #3]`,
 * `[x0, w1, sxtw #2]`), shifts and extends (`lsl #12`, `uxtw`), register
 * lists (`{ v0.4s, v1.4s }`, `{ v0.4s-v3.4s }`, `{ v0.s, v1.s }[1]`), named
 * operands (conditions, barrier options, prefetch operations, system
 * registers, dc/ic operations), labels and numeric labels, and `ldr x0, =imm`.
 * The statement loop, labels, expressions and directives are the shared
 * front end's (src/text/); this file reads operands and emits them through
 * the Assembler, so every encoding decision stays in the table.
 */
import { JitError } from "../core/errors.ts";
import { Label } from "../core/label.ts";
import { alignment, type Directive, gnuDirectives, integers } from "../text/directives.ts";
import type { Int } from "../text/int64.ts";
import { clip, type LexSyntax, T_NAME, T_NUM, T_VALUE } from "../text/lexer.ts";
import type { Word } from "../text/names.ts";
import { Names } from "../text/names.ts";
import { type TextOptions, TextParser } from "../text/program.ts";
import type { Assembler } from "./assembler.ts";
import { condCode, EXT_LSL, Extend, EXTEND_NAMES, Mem, MODE_OFF, MODE_POST, MODE_POSTREG, MODE_PRE, MODE_REG, Shift, SHIFT_NAMES } from "./operands.ts";
import { K_SP, K_X, lookupRegister, Reg, vregs } from "./registers.ts";
import { BARRIERS, DC_OPS, IC_OPS, IC_OPS_REG, PRFOPS, SYSREGS_RO, SYSREGS_RW } from "./table/kinds-name.ts";

/** What a name means in AArch64 syntax, worked out once per distinct name. */
export interface A64Meaning {
  /** The register it names. */
  readonly reg: Reg | undefined;
  /** `v3.s`: a vector register's element of this size (index in ELEM order b h s d), waiting for `[lane]`; else -1. */
  readonly elemSize: number;
  readonly elemReg: number;
  /** A shift (SHIFT_NAMES index) or extend (EXTEND_NAMES index + 8): -1 otherwise. */
  readonly shift: number;
  readonly extend: number;
  /** A named operand (condition, barrier option, prefetch operation, system register, dc/ic operation). */
  readonly named: boolean;
}

const NAMED = new Set<string>(["hs", "lo", "sy", ...Object.keys(BARRIERS), ...Object.keys(PRFOPS), ...Object.keys(SYSREGS_RW), ...Object.keys(SYSREGS_RO), ...Object.keys(DC_OPS), ...Object.keys(IC_OPS), ...Object.keys(IC_OPS_REG)]);
const SYSREG_GENERIC = /^s[23]_[0-7]_c(\d|1[0-5])_c(\d|1[0-5])_[0-7]$/;

/** The AArch64 name table, shared by every parse. */
export const a64Names = new Names<A64Meaning>((lower) => {
  const e = /^v(\d{1,2})\.([bhsd])$/.exec(lower);
  const ei = e !== null && Number(e[1]) < 32 ? "bhsd".indexOf(e[2]!) : -1;
  return {
    reg: lookupRegister(lower),
    elemSize: ei,
    elemReg: ei < 0 ? -1 : Number(e![1]),
    shift: (SHIFT_NAMES as readonly string[]).indexOf(lower),
    extend: (EXTEND_NAMES as readonly string[]).indexOf(lower),
    named: condCode(lower) >= 0 || NAMED.has(lower) || SYSREG_GENERIC.test(lower),
  };
});

/** GNU as / llvm-mc AArch64: `#` is a comment only first on a line, elsewhere the immediate prefix. */
const A64_LEX: LexSyntax = { hashComment: "line-start", hexSuffix: false };

/** The AArch64 directive table: the GNU set, `.word` of 4 bytes, `.align` as a power of two, `.inst`, `.xword`, `.ltorg`. */
function directives(): Map<string, Directive> {
  const d = gnuDirectives();
  d.set(".word", integers(4));
  d.set(".xword", integers(8));
  d.set(".dword", integers(8));
  d.set(".align", alignment(true));
  d.set(".inst", integers(4));
  return d;
}
const A64_DIRECTIVES: ReadonlyMap<string, Directive> = directives();

/** One parsed instruction, before it is emitted. */
export interface ParsedInstruction {
  mnemonic: string;
  operands: unknown[];
}

/** `ldr xN, =value`: the literal operand until the emitter turns it into movz or a pool load. */
class Literal {
  constructor(readonly value: Int) {}
}

/** The AArch64 parser: the shared statement loop with AArch64 instructions and operands. */
export class A64Parser extends TextParser<A64Meaning> {
  private readonly ops: unknown[] = [];
  private readonly cols: number[] = [];

  constructor(
    src: string,
    private readonly a: Assembler | null,
    opts: TextOptions,
    /** Collects the instructions instead of emitting them (a must be null). */
    private readonly out: ParsedInstruction[] | null = null,
  ) {
    super(src, a64Names, A64_LEX, a, a === null ? A64_DIRECTIVES : withPool(a), opts);
  }

  protected override nameInExpression(w: Word<A64Meaning>): string {
    if (w.m.reg !== undefined) return `register ${w.text} cannot appear in a constant expression`;
    return super.nameInExpression(w);
  }

  override describeValue(v: unknown): string {
    if (v instanceof Reg) return `register ${v.name}`;
    if (v instanceof Mem) return `memory ${String(v)}`;
    if (v instanceof Label) return `label ${v.name}`;
    return super.describeValue(v);
  }

  // ---- instructions ------------------------------------------------------------------
  protected instruction(): void {
    const mw = this.word;
    const line = this.tokLine, mCol = this.tokCol;
    const mnemonic = mw.lower;
    this.next();
    const ops = this.ops, cols = this.cols;
    ops.length = 0;
    cols.length = 0;
    if (!this.atEnd()) {
      for (;;) {
        const col = this.tokCol;
        ops.push(this.operand(ops.length > 0 && ops[ops.length - 1] instanceof Mem));
        cols.push(col);
        if (!this.eat(44)) break;
      }
      if (!this.atEnd()) this.expected("',' or end of statement");
    }
    if (this.out !== null) {
      this.out.push({ mnemonic, operands: ops.slice() });
      this.endStatement("");
      return;
    }
    const a = this.a!;
    try {
      const lit = ops[1];
      if (lit instanceof Literal) {
        if (mnemonic !== "ldr" || ops.length !== 2) throw new JitError("EOPERAND", `${mnemonic}: a literal =value is only an operand of ldr`, { instruction: mnemonic, operand: 2 });
        a.ldrImm(ops[0] as never, lit.value);
      } else a.emit(mnemonic, ...ops);
    } catch (e) {
      if (e instanceof JitError && e.operand !== undefined && e.operand >= 1 && e.operand <= cols.length) throw this.wrap(e, line, cols[e.operand - 1]!);
      throw this.wrap(e, line, mCol);
    }
    this.endStatement("");
  }

  // ---- operands ------------------------------------------------------------------------
  /** One operand; `afterMem`: the previous operand was memory, so `#imm` / `xN` here is its post-index. */
  private operand(afterMem: boolean): unknown {
    if (afterMem) return this.postIndex();
    if (this.eat(35 /* # */)) return this.immediate();
    if (this.eat(61 /* = */)) return this.literal();
    if (this.isPunct(91)) return this.memory();
    if (this.isPunct(123)) return this.list();
    if (this.kind === T_NAME) {
      const w = this.word, m = w.m;
      if (m.reg !== undefined) {
        this.next();
        return m.reg;
      }
      if (m.elemSize >= 0) {
        this.next();
        return this.lane(m.elemReg, m.elemSize);
      }
      if (m.shift >= 0 || m.extend >= 0) return this.modifier();
      if (m.named) {
        this.next();
        return w.lower;
      }
      if (this.constants.has(w.text)) return this.expr();
      const line = this.tokLine, col = this.tokCol;
      this.next();
      const L = this.labelRef(w, line, col);
      if (this.isPunct(43) || this.isPunct(45)) this.fail("ESYNTAX", `a branch or literal target cannot carry an offset (${clip(w.text)}${String.fromCharCode(this.punct)}...); put a label there`);
      return L;
    }
    if (this.kind === T_VALUE) {
      const v = this.value;
      this.next();
      if (typeof v === "number" || typeof v === "bigint") return v;
      if (v instanceof Reg || v instanceof Mem || v instanceof Label || v instanceof Shift || v instanceof Extend || Array.isArray(v)) return v;
      this.fail("ESYNTAX", `cannot use ${this.describeValue(v)} as an operand`);
    }
    // llvm-mc also reads an immediate without '#'
    if (this.kind === T_NUM || this.isPunct(45) || this.isPunct(40) || this.isPunct(126) || this.isPunct(43)) return this.immediate();
    this.expected("an operand (register, #immediate, [memory], {list}, shift, condition or label)");
  }

  /** After '#' (or a bare number): an integer expression or a floating-point literal. */
  private immediate(): number | bigint {
    if (this.kind === T_NUM && this.isFloat) return Number(this.floatLiteral());
    if (this.isPunct(45) || this.isPunct(43)) {
      const st = this.save();
      const neg = this.isPunct(45);
      this.next();
      if (this.kind === T_NUM && this.isFloat) {
        const v = Number(this.floatLiteral());
        return neg ? -v : v;
      }
      this.restore(st);
    }
    if (this.kind === T_VALUE && (typeof this.value === "number" || typeof this.value === "bigint")) {
      const v = this.value;
      if (typeof v === "number" && !Number.isInteger(v)) {
        this.next();
        return v;
      }
    }
    return this.expr();
  }

  private literal(): Literal {
    if (this.kind === T_NAME && this.word.m.reg === undefined && !this.constants.has(this.word.text)) {
      this.fail("EOPERAND", "ldr =label (a label's absolute address) needs a relocation; use adr or adrp + add");
    }
    return new Literal(this.expr());
  }

  /** `lsl #3`, `uxtw`, `sxtw #2`, `msl #8`. */
  private modifier(): Shift | Extend {
    const m = this.word.m;
    const line = this.tokLine, col = this.tokCol;
    this.next();
    let amount = -1;
    if (this.eat(35)) {
      const v = this.expr();
      if (typeof v !== "number" || v < 0 || v > 63) this.fail("ERANGE", `the shift amount must be 0–63, got ${String(v)}`, line, col);
      amount = v;
    } else if (this.kind === T_NUM) amount = Number(this.expr());
    if (m.shift >= 0 && m.extend < 0) {
      if (amount < 0) this.fail("ESYNTAX", `${SHIFT_NAMES[m.shift]} needs an amount: ${SHIFT_NAMES[m.shift]} #n`, line, col);
      return new Shift(m.shift, amount);
    }
    if (m.extend === EXT_LSL) {
      if (amount < 0) this.fail("ESYNTAX", "lsl needs an amount: lsl #n", line, col);
      return new Shift(0, amount);
    }
    if (amount > 4) this.fail("ERANGE", `${EXTEND_NAMES[m.extend]}: the shift amount must be 0–4, got ${amount}`, line, col);
    return new Extend(m.extend, amount);
  }

  /** `v3.s` then `[lane]`. */
  private lane(reg: number, size: number): Reg {
    this.expect(91, "'[' and a lane index after the element");
    const line = this.tokLine, col = this.tokCol;
    const i = this.expr();
    this.expect(93, "']'");
    const lanes: readonly Reg[] = vregs[reg]![(["b", "h", "s", "d"] as const)[size]!];
    const r = typeof i === "number" ? lanes[i] : undefined;
    if (r === undefined) this.fail("ERANGE", `lane ${String(i)} of v${reg}.${"bhsd"[size]}: expected 0–${lanes.length - 1}`, line, col);
    return r;
  }

  /** `{ v0.4s, v1.4s }`, `{ v0.4s-v3.4s }`, `{ v0.s, v1.s }[1]`. */
  private list(): Reg[] {
    this.next(); // {
    const regs: Reg[] = [];
    const elems: [number, number][] = [];
    for (;;) {
      if (this.kind === T_VALUE && this.value instanceof Reg) {
        regs.push(this.value);
        this.next();
      } else if (this.kind === T_NAME && this.word.m.reg !== undefined && this.word.m.reg.arr >= 0 && this.word.m.reg.index < 0) {
        regs.push(this.word.m.reg);
        this.next();
      } else if (this.kind === T_NAME && this.word.m.elemSize >= 0) {
        elems.push([this.word.m.elemReg, this.word.m.elemSize]);
        this.next();
      } else this.expected("a vector register (v0.4s) or element (v0.s) in the list");
      if (this.eat(45 /* - */)) {
        // a range v0.4s-v3.4s
        const first = regs[regs.length - 1];
        if (first === undefined || this.kind !== T_NAME || this.word.m.reg === undefined || this.word.m.reg.cls !== first.cls) this.expected("the last register of the range, with the same arrangement");
        const last = this.word.m.reg;
        this.next();
        const n = (last.num - first.num + 32) % 32;
        if (n < 1 || n > 3) this.fail("ESYNTAX", `a register range covers 2 to 4 registers, got ${first.name}-${last.name}`);
        for (let k = 1; k <= n; k++) regs.push(vregs[(first.num + k) % 32]!.arrangement(first.name.slice(first.name.indexOf(".") + 1)));
      }
      if (!this.eat(44)) break;
    }
    this.expect(125, "'}'");
    if (elems.length > 0) {
      if (regs.length > 0) this.fail("ESYNTAX", "a list holds vector registers or elements, not both");
      this.expect(91, "'[' and the lane index after a list of elements");
      const line = this.tokLine, col = this.tokCol;
      const i = this.expr();
      this.expect(93, "']'");
      return elems.map(([r, s]) => {
        const lanes: readonly Reg[] = vregs[r]![(["b", "h", "s", "d"] as const)[s]!];
        const e = typeof i === "number" ? lanes[i] : undefined;
        if (e === undefined) this.fail("ERANGE", `lane ${String(i)} of v${r}.${"bhsd"[s]}: expected 0–${lanes.length - 1}`, line, col);
        return e;
      });
    }
    return regs;
  }

  private register(what: string): Reg {
    if (this.kind === T_VALUE && this.value instanceof Reg) {
      const r = this.value;
      this.next();
      return r;
    }
    if (this.kind !== T_NAME || this.word.m.reg === undefined) this.expected(what);
    const r = this.word.m.reg;
    this.next();
    return r;
  }

  /** `[base]`, `[base, #imm]`, `[base, #imm]!`, `[base, index{, extend {#n}}]`. */
  private memory(): Mem {
    this.next(); // [
    const line = this.tokLine, col = this.tokCol;
    const base = this.register("a base register (x0–x30 or sp)");
    if ((base.cls & (K_X | K_SP)) === 0) this.fail("EOPERAND", `the base register must be x0–x30 or sp, got ${base.name}`, line, col);
    if (this.eat(93)) return new Mem(MODE_OFF, base, 0, null, -1, -1);
    this.expect(44, "',' or ']'");
    let m: Mem;
    if (this.eat(35) || this.kind === T_NUM || this.isPunct(45)) {
      const v = this.expr();
      if (typeof v !== "number") this.fail("ERANGE", `offset ${String(v)} is out of range`);
      this.expect(93, "']'");
      m = new Mem(this.eat(33 /* ! */) ? MODE_PRE : MODE_OFF, base, v, null, -1, -1);
      return m;
    }
    const index = this.register("an offset (#imm) or an index register");
    let ext = -1, amount = -1;
    if (this.eat(44)) {
      const mod = this.modifier2();
      ext = mod.kind;
      amount = mod.amount;
    }
    this.expect(93, "']'");
    return new Mem(MODE_REG, base, 0, index, ext, amount);
  }

  private modifier2(): { kind: number; amount: number } {
    if (this.kind !== T_NAME || (this.word.m.shift !== 0 && this.word.m.extend < 0)) this.expected("lsl, uxtw, sxtw or sxtx");
    const mod = this.modifier();
    return mod instanceof Shift ? { kind: EXT_LSL, amount: mod.amount } : { kind: mod.kind, amount: mod.amount };
  }

  /** After a memory operand: `#imm` or `xN` makes it post-indexed. */
  private postIndex(): unknown {
    const prev = this.ops.pop() as Mem;
    this.cols.pop();
    if (prev.mode !== MODE_OFF || prev.offset !== 0 || prev.index !== null) this.fail("ESYNTAX", "only [base] can be post-indexed: [x0], #16");
    if (this.eat(35) || this.kind === T_NUM || this.isPunct(45)) {
      const v = this.expr();
      if (typeof v !== "number") this.fail("ERANGE", `post-index ${String(v)} is out of range`);
      return new Mem(MODE_POST, prev.base, v, null, -1, -1);
    }
    const r = this.register("#imm or a register after the post-indexed address");
    return new Mem(MODE_POSTREG, prev.base, 0, r, -1, -1);
  }
}

/** The directive table with `.ltorg` / `.pool` placing the assembler's literal pool. */
function withPool(a: Assembler): ReadonlyMap<string, Directive> {
  const d = new Map(A64_DIRECTIVES);
  const pool: Directive = (p, _name, line, col) => {
    try {
      a.pool();
    } catch (e) {
      throw p.wrap(e, line, col);
    }
  };
  d.set(".ltorg", pool);
  d.set(".pool", pool);
  return d;
}
