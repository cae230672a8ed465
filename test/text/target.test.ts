/**
 * target.test.ts — the shared text front end (src/text/) serves a target
 * that is not x86: a toy target with AArch64's lexical rules (`//` and
 * line-start `#` comments, `#` as the immediate prefix, `v0.4s` names,
 * `[x0, #16]!`, `{v0.4s, v1.4s}[1]`, `ldr x0, =label`), its own directive
 * table (`.word` of 4 bytes, `.align` as a power of two, `.inst`), labels and
 * numeric labels from the shared statement loop, and expressions. It
 * records what its `instruction()` reads instead of encoding: the test is
 * about the interface a target plugs into, not about ARM encodings.
 */
import { describe, expect, test } from "bun:test";
import { JitError } from "../../src/core/errors.ts";
import { Label, markBound } from "../../src/core/label.ts";
import { alignment, type Directive, gnuDirectives, integers } from "../../src/text/directives.ts";
import type { Int } from "../../src/text/int64.ts";
import { type LexSyntax, T_NAME, T_NUM } from "../../src/text/lexer.ts";
import { Names } from "../../src/text/names.ts";
import { type TextSink, TextParser } from "../../src/text/program.ts";

/** What a name means to the toy target. */
interface ToyMeaning { reg: string | null }
const toyNames = new Names<ToyMeaning>((lower) => ({ reg: /^([xw]([0-9]|[12][0-9]|30)|sp|v([0-9]|[12][0-9]|3[01])(\.(16b|8b|8h|4h|4s|2s|2d|1d|b|h|s|d))?)$/.test(lower) ? lower : null }));
const TOY_LEX: LexSyntax = { hashComment: "line-start", hexSuffix: false, operandPrecedence: "gnu" };

type Op = { reg: string; lane?: number } | { imm: Int } | { mem: string; pre: boolean } | { list: string[]; lane?: number } | { label: Label } | { literal: Int | Label };

const TOY_DIRECTIVES: ReadonlyMap<string, Directive> = (() => {
  const d = gnuDirectives();
  d.set(".word", integers(4));
  d.set(".align", alignment(true));
  d.set(".inst", integers(4));
  return d;
})();

/** A sink that lays bytes out with no instructions: enough for labels, data and alignment. */
class ByteSink implements TextSink {
  readonly bytes: number[] = [];
  readonly offsets = new Map<Label, number>();
  private n = 0;
  newLabel(name: string): Label { return new Label(this.n++, this, name); }
  bind(label: Label): void { this.offsets.set(label, this.bytes.length); markBound(label); }
  db(b: Uint8Array): void { for (const x of b) this.bytes.push(x); }
  fill(count: number, byte: number): void { for (let i = 0; i < count; i++) this.bytes.push(byte); }
  align(n: number, fill: number): void { while (this.bytes.length % n !== 0) this.bytes.push(fill < 0 ? 0xee : fill); }
}

class ToyParser extends TextParser<ToyMeaning> {
  readonly seen: { mnemonic: string; ops: Op[]; line: number }[] = [];
  constructor(src: string, readonly toySink: ByteSink) {
    super(src, toyNames, TOY_LEX, toySink, TOY_DIRECTIVES, {});
  }
  protected instruction(): void {
    const mnemonic = this.word.lower, line = this.tokLine;
    this.next();
    const ops: Op[] = [];
    if (!this.atEnd()) for (;;) { ops.push(this.operand()); if (!this.eat(44)) break; }
    this.seen.push({ mnemonic, ops, line });
    this.toySink.db(new Uint8Array(4)); // every toy instruction is 4 bytes
    this.endStatement("',' or end of statement");
  }
  private lane(): number | undefined {
    if (!this.eat(91)) return undefined;
    const v = Number(this.expr());
    this.expect(93, "']'");
    return v;
  }
  private operand(): Op {
    if (this.eat(35 /* # */)) return { imm: this.expr() };
    if (this.eat(61 /* = */)) {
      if (this.kind === T_NAME && this.word.m.reg === null && !this.constants.has(this.word.text)) { const L = this.labelRef(this.word, this.tokLine, this.tokCol); this.next(); return { literal: L }; }
      return { literal: this.expr() };
    }
    if (this.eat(123 /* { */)) {
      const list: string[] = [];
      for (;;) { if (this.kind !== T_NAME || this.word.m.reg === null) this.expected("a vector register"); list.push(this.word.m.reg); this.next(); if (!this.eat(44)) break; }
      this.expect(125, "'}'");
      return { list, lane: this.lane() };
    }
    if (this.eat(91 /* [ */)) {
      let text = "";
      for (;;) {
        if (this.kind === T_NAME && this.word.m.reg !== null) { text += this.word.m.reg; this.next(); }
        else if (this.eat(35)) text += `#${this.expr()}`;
        else this.expected("a register or #imm in the address");
        if (!this.eat(44)) break;
        text += ",";
      }
      this.expect(93, "']'");
      return { mem: text, pre: this.eat(33 /* ! */) };
    }
    if (this.kind === T_NAME && this.word.m.reg !== null) { const reg = this.word.m.reg; this.next(); return { reg, lane: this.lane() }; }
    if (this.kind === T_NAME) { const L = this.labelRef(this.word, this.tokLine, this.tokCol); this.next(); return { label: L }; }
    if (this.kind === T_NUM) return { imm: this.expr() }; // llvm-mc also takes a bare immediate
    this.expected("an operand");
  }
}

function parse(src: string): ToyParser {
  const p = new ToyParser(src, new ByteSink());
  p.run();
  return p;
}

describe("a non-x86 target on the shared front end", () => {
  test("AArch64 comments: //, /* */, and # first on a line; elsewhere # is the immediate prefix", () => {
    const p = parse("# a comment line\n  # indented too\nadd x0, x0, #4 // trailing\nadd x1, x1, #(1 + 2) * 3 /* block */ ; sub x2, x2, #-1\nadd x3, x3, #1 + 1 << 1");
    expect(p.seen.map((s) => [s.mnemonic, s.ops])).toEqual([
      ["add", [{ reg: "x0" }, { reg: "x0" }, { imm: 4 }]],
      ["add", [{ reg: "x1" }, { reg: "x1" }, { imm: 9 }]],
      ["sub", [{ reg: "x2" }, { reg: "x2" }, { imm: -1 }]],
      ["add", [{ reg: "x3" }, { reg: "x3" }, { imm: 3 }]], // GNU precedence in AArch64 operands (llvm-mc: #3)
    ]);
    expect(p.seen.map((s) => s.line)).toEqual([3, 4, 4, 5]);
  });
  test("addresses with writeback, register lists with a lane, arrangements in names", () => {
    const p = parse("ldr x0, [x1, #16]!\nld1 {v0.4s, v1.4s}, [x0]\nmov v0.s[1], w0\nst1 {v2.16b}[3], [sp]");
    expect(p.seen.map((s) => s.ops)).toEqual([
      [{ reg: "x0" }, { mem: "x1,#16", pre: true }],
      [{ list: ["v0.4s", "v1.4s"] }, { mem: "x0", pre: false }],
      [{ reg: "v0.s", lane: 1 }, { reg: "w0" }],
      [{ list: ["v2.16b"], lane: 3 }, { mem: "sp", pre: false }],
    ]);
  });
  test("ldr x0, =imm and =label (the literal pool is the target's)", () => {
    const p = parse("ldr x0, =0x1122334455667788\nldr x1, =data\ndata: .quad 1");
    expect(p.seen[0]!.ops[1]).toEqual({ literal: 0x1122334455667788n });
    const L = (p.seen[1]!.ops[1] as { literal: Label }).literal;
    expect(L.name).toBe("data");
    expect(p.toySink.offsets.get(L)).toBe(8);
  });
  test("the target's directives: .word is 4 bytes, .align a power of two, .inst a 32-bit word", () => {
    const p = parse(".byte 1\n.align 2\n.word 0x11223344\n.inst 0xd503201f\n.hword 0x5566\n.zero 2, 0xab");
    expect(Buffer.from(p.toySink.bytes).toString("hex")).toBe("01eeeeee443322111f2003d56655abab");
  });
  test("labels and numeric labels come from the shared statement loop", () => {
    const p = parse("1: b 1f\nb 1b\n1: b top\ntop: nop");
    const L = p.seen.map((s) => (s.ops[0] as { label?: Label })?.label);
    const at = (l: Label | undefined) => p.toySink.offsets.get(l!);
    expect(at(L[0])).toBe(8);
    expect(at(L[1])).toBe(0);
    expect(at(L[2])).toBe(12);
    expect(p.undefinedLabels()).toEqual([]);
  });
  test("MASM hex is not read, # is not a comment mid-line", () => {
    expect(() => parse("add x0, x0, #0FFh")).toThrow(JitError);
    expect(() => parse("add x0, x0 # not a comment")).toThrow(/expected a register or #imm|expected ',' or end of statement/);
  });
  test("errors carry line and column", () => {
    try {
      parse("nop\nadd x0, x0, #1 << 64");
      throw new Error("no error");
    } catch (e) {
      expect(e).toBeInstanceOf(JitError);
      expect((e as JitError).code).toBe("ERANGE");
      expect((e as JitError).line).toBe(2);
      expect((e as JitError).column).toBe(16);
    }
  });
});
