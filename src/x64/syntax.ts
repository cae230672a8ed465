/**
 * syntax.ts — the x86-64 Intel operand syntax, plugged into the shared text
 * front end (src/text/): what names mean (registers, size keywords, prefixes,
 * shifts), instruction statements (`lock`/`rep` prefixes, operands, `{er}`),
 * registers with `{k1}` `{z}`, immediates, jump targets, and the written-out
 * operands of string instructions. Memory operands are read by address.ts.
 * Operands become the builder's objects (registers.ts / operands.ts) and go to
 * `Assembler.emit`, so the encoder alone decides forms and bytes.
 *
 * Knows no encodings; knows nothing of the statement loop, labels,
 * expressions or data directives (the shared front end's).
 */
import { JitError } from "../core/errors.ts";
import { Label } from "../core/label.ts";
import { alignment, type Directive, gnuDirectives, integers, nothing } from "../text/directives.ts";
import type { Int } from "../text/int64.ts";
import { clip, type LexSyntax, T_NAME, T_NUM, T_VALUE } from "../text/lexer.ts";
import { Names, type Word } from "../text/names.ts";
import { type TextOptions, TextParser } from "../text/program.ts";
import { readAddress, decorateMemory } from "./address.ts";
import type { Assembler } from "./assembler.ts";
import type { Operand } from "./encode/encoder.ts";
import { Mem, Rounding, rdSae, rnSae, ruSae, rzSae, sae } from "./operands.ts";
import { cs, ds, es, fs, gs, Reg, registerByName, RT_K, RT_RIP, RT_SEG, RT_XMM, RT_YMM, RT_ZMM, ss } from "./registers.ts";

/** What a name means in x86 Intel syntax, worked out once per distinct name. */
export interface X64Meaning {
  /** The register it names (registerByName). */
  readonly reg: Reg | undefined;
  /** Operand size in bits of a size keyword (`qword` 64), 0 otherwise. */
  readonly size: number;
  /** 0 lock, 1 rep/repe/repz, 2 repne/repnz; -1 when not a prefix. */
  readonly prefix: number;
  /** The byte a prefix written alone on its line stands for (lock f0, fs 64, addr32 67…), -1 otherwise. */
  readonly prefixByte: number;
  /** A shift or rotate mnemonic (`shl rax` means by one). */
  readonly shift: boolean;
}

const SIZE_BITS = new Map<string, number>([["byte", 8], ["word", 16], ["dword", 32], ["qword", 64], ["tbyte", 80], ["tword", 80], ["xmmword", 128], ["ymmword", 256], ["zmmword", 512]]);
const PREFIXES = new Map<string, number>([["lock", 0], ["rep", 1], ["repe", 1], ["repz", 1], ["repne", 2], ["repnz", 2]]);
const PREFIX_NAMES = ["lock", "rep", "repne"];
/** Prefixes llvm-mc-22 takes as a statement of their own, emitting just the byte. */
const PREFIX_BYTES = new Map<string, number>([
  ["lock", 0xf0], ["rep", 0xf3], ["repe", 0xf3], ["repz", 0xf3], ["repne", 0xf2], ["repnz", 0xf2], ["xacquire", 0xf2], ["xrelease", 0xf3],
  ["es", 0x26], ["cs", 0x2e], ["ss", 0x36], ["ds", 0x3e], ["fs", 0x64], ["gs", 0x65], ["data16", 0x66], ["addr32", 0x67], ["rex64", 0x48],
]);
const SHIFTS = new Set(["rol", "ror", "rcl", "rcr", "shl", "sal", "shr", "sar"]);
const STRING_SIZE: Record<string, number> = { b: 8, w: 16, d: 32, q: 64 };
const SEG_NAMES = ["es", "cs", "ss", "ds", "fs", "gs"];
const SEGS = [es, cs, ss, ds, fs, gs];

/** The x86 name table, shared by every parse. */
export const x64Names = new Names<X64Meaning>((lower) => ({
  reg: registerByName(lower),
  size: SIZE_BITS.get(lower) ?? 0,
  prefix: PREFIXES.get(lower) ?? -1,
  prefixByte: PREFIX_BYTES.get(lower) ?? -1,
  shift: SHIFTS.has(lower),
}));

/** GNU as / llvm-mc x86: `#` is a comment anywhere; `0FFh` is hex; operand expressions with C precedence (llvm-mc's Intel parser). */
const X64_LEX: LexSyntax = { hashComment: "anywhere", hexSuffix: true, operandPrecedence: "c" };

/** The x86 directive table: the GNU set, `.word` of 2 bytes, `.align` in bytes, the syntax switches. */
const X64_DIRECTIVES: ReadonlyMap<string, Directive> = (() => {
  const d = gnuDirectives();
  d.set(".word", integers(2));
  d.set(".align", alignment(false));
  d.set(".code64", nothing);
  d.set(".intel_syntax", (p, _name, line, col) => {
    if (p.kind === T_NAME && p.word.lower === "noprefix") p.next();
    else if (p.kind === T_NAME && p.word.lower === "prefix") p.fail("ESYNTAX", ".intel_syntax prefix (registers written %rax) is not supported; use noprefix", line, col);
  });
  d.set(".att_syntax", (p, _name, line, col) => {
    p.fail("ESYNTAX", "AT&T syntax is not supported: bunjit reads Intel syntax (.intel_syntax noprefix)", line, col);
  });
  return d;
})();

/** One parsed instruction statement, before it is emitted. */
export interface ParsedInstruction {
  /** Lower-case mnemonic ("" for a prefix alone on its line). */
  mnemonic: string;
  /** Operands in Intel order; a rounding operand (`{rn-sae}`) is moved last, where the builder takes it. */
  operands: Operand[];
  /** `lock`, `rep`, `repne` or "" (repe/repz are rep, repnz is repne). */
  prefix: string;
  /** A string instruction's source segment override (1 cs, 4 fs …; `movsb byte ptr es:[rdi], byte ptr fs:[rsi]`), when written. */
  seg?: number;
}

/** The Intel-syntax parser: the shared statement loop with x86 instructions and operands. */
export class X64Parser extends TextParser<X64Meaning> {
  private readonly ops: Operand[] = [];
  private readonly cols: number[] = [];

  constructor(
    src: string,
    private readonly a: Assembler | null,
    opts: TextOptions,
    /** Collects the instructions instead of emitting them (a must be null). */
    private readonly out: ParsedInstruction[] | null = null,
  ) {
    super(src, x64Names, X64_LEX, a, X64_DIRECTIVES, opts);
  }

  protected override nameInExpression(w: Word<X64Meaning>): string {
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
    let prefix = -1;
    let mw = this.word;
    let mLine = this.tokLine, mCol = this.tokCol;
    if (mw.m.prefixByte >= 0 && this.lonePrefix(mw, mLine, mCol)) return;
    if (mw.m.prefix >= 0) {
      prefix = mw.m.prefix;
      this.next();
      if (this.kind !== T_NAME) this.expected(`an instruction after ${PREFIX_NAMES[prefix]}`);
      mw = this.word;
      mLine = this.tokLine;
      mCol = this.tokCol;
    }
    const mnemonic = mw.lower;
    this.next();
    // scratch arrays reused statement to statement (copied when an instruction is kept in `out`)
    const ops = this.ops, cols = this.cols;
    ops.length = 0;
    cols.length = 0;
    let rc: Rounding | null = null, rcAt = 0, rcCol = 0, srcSeg = -1;
    if (!this.atEnd()) {
      for (;;) {
        const col = this.tokCol;
        const o = this.operand();
        if (o instanceof Rounding) {
          if (rc !== null) this.fail("ESYNTAX", "only one rounding/sae operand is allowed", this.tokLine, col);
          rc = o;
          rcAt = ops.length;
          rcCol = col;
        } else {
          ops.push(o);
          cols.push(col);
        }
        if (!this.eat(44)) break;
      }
      if (!this.atEnd()) this.expected("',' or end of statement");
    }
    // forms llvm-mc prints and reads: `shl rax` (by one), `movsb byte ptr es:[rdi], byte ptr [rsi]` (implicit operands written out)
    if (ops.length === 1 && mw.m.shift) { ops.push(1); cols.push(mCol); }
    else if (ops.length === 2 && (ops[0] instanceof Mem || ops[1] instanceof Mem)) srcSeg = this.stringOp(mnemonic, ops, cols, mLine);
    if (rc !== null) {
      // llvm-mc's place for {er}/{sae}: right after the last vector register (before a GP source or an immediate)
      const before = ops[rcAt - 1];
      let ok = before instanceof Reg && (before.type === RT_XMM || before.type === RT_YMM || before.type === RT_ZMM);
      for (let i = rcAt; ok && i < ops.length; i++) {
        const o = ops[i];
        if (o instanceof Reg && (o.type === RT_XMM || o.type === RT_YMM || o.type === RT_ZMM)) ok = false;
      }
      if (!ok) this.fail("EOPERAND", `${mnemonic}: a rounding/sae operand goes right after the last vector register operand`, mLine, rcCol);
      ops.push(rc);
      cols.push(rcCol);
    }
    if (this.out !== null) {
      const pi: ParsedInstruction = { mnemonic, operands: ops.slice(), prefix: prefix < 0 ? "" : PREFIX_NAMES[prefix]! };
      if (srcSeg >= 0) pi.seg = srcSeg;
      this.out.push(pi);
      this.endStatement("");
      return;
    }
    const a = this.a!;
    try {
      if (prefix >= 0) this.applyPrefix(prefix, mLine, mCol);
      if (srcSeg >= 0) a.seg(SEGS[srcSeg]!);
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
   * A prefix alone on its line (`lock`, `rep`, `fs`, `addr32`…) is its byte,
   * as llvm-mc emits it, whatever follows on the next line (`rep` / `ret` is
   * f3 c3). False when something follows on the same line.
   */
  private lonePrefix(w: Word<X64Meaning>, line: number, col: number): boolean {
    const mark = this.save();
    this.next();
    if (!this.atEnd()) {
      this.restore(mark);
      return false;
    }
    if (this.out !== null) this.out.push({ mnemonic: "", operands: [], prefix: w.lower });
    else this.emitBytes(new Uint8Array([w.m.prefixByte]), line, col);
    this.endStatement("");
    return true;
  }

  /**
   * A string instruction with its implicit operands written out becomes the
   * operand-less form; returns the segment override of its [rsi] source (-1:
   * none, or the default ds:, which adds no byte). The [rdi] operand is
   * always es: (written or not).
   */
  private stringOp(mnemonic: string, ops: Operand[], cols: number[], line: number): number {
    const src = stringOperands(mnemonic, ops);
    if (src < 0) return -1;
    let seg = -1;
    for (let i = 0; i < 2; i++) {
      const o = ops[i];
      if (!(o instanceof Mem) || o.seg < 0) continue;
      if (i !== src && o.seg !== 0) this.fail("EOPERAND", `${mnemonic}: the [rdi] operand is always es:, it cannot take ${SEG_NAMES[o.seg]}:`, line, cols[i]!);
      if (i === src && o.seg !== 3) seg = o.seg;
    }
    ops.length = 0;
    cols.length = 0;
    return seg;
  }

  private applyPrefix(prefix: number, line: number, col: number): void {
    const a = this.a;
    if (a === null) return;
    try {
      if (prefix === 0) a.lock(); else if (prefix === 1) a.rep(); else a.repne();
    } catch (e) {
      throw this.wrap(e, line, col);
    }
  }

  // ---- operands ------------------------------------------------------------------------
  private operand(): Operand {
    if (this.kind === T_NAME) {
      const w = this.word;
      const size = w.m.size;
      if (size !== 0) {
        this.next();
        if (this.kind === T_NAME && this.word.lower === "ptr") this.next();
        else this.expected(`'ptr' after ${w.lower} (${w.lower} ptr [...])`);
        return readAddress(this, size);
      }
      const r = w.m.reg;
      if (r !== undefined) {
        if (r.type === RT_SEG && this.peekChar() === 58) return readAddress(this, 0);
        if (r.type === RT_RIP) this.fail("EOPERAND", "rip can only be a memory base: [rip + label]");
        const col = this.tokCol;
        this.next();
        return this.decorate(r, col);
      }
      if (this.constants.has(w.text)) return this.immediate();
      if (w.lower === "offset") this.fail("ESYNTAX", "'offset label' (an absolute address) needs a relocation; use lea reg, [rip + label]");
      // GCC's `.LC0[rip]`, `foo+8[rip]`: an address with the label in front
      const after = this.peekChar();
      if (after === 91 || after === 43 || after === 45) return readAddress(this, 0);
      // a label (jump/call target)
      const line = this.tokLine, col = this.tokCol;
      this.next();
      return this.labelRef(w, line, col);
    }
    if (this.isPunct(91)) return readAddress(this, 0);
    if (this.isPunct(123)) return this.rounding();
    if (this.kind === T_VALUE) {
      const v = this.value;
      if (v instanceof Reg) { const col = this.tokCol; this.next(); return this.decorate(v, col); }
      if (v instanceof Mem) { this.next(); return decorateMemory(this, v); }
      if (v instanceof Label) { this.next(); return v; }
      if (v instanceof Rounding) { this.next(); return v; }
      if (typeof v === "number" || typeof v === "bigint") return this.immediate();
      this.fail("ESYNTAX", `cannot use ${this.describeValue(v)} as an operand`);
    }
    if (this.kind === T_NUM || this.isPunct(45) || this.isPunct(40) || this.isPunct(126) || this.isPunct(43) || this.isPunct(33)) return this.immediate();
    this.expected("an operand (register, memory, immediate or label)");
  }

  /** An immediate, or the displacement in front of an address (MASM's `16[rax]`). */
  private immediate(): Int | Mem {
    const col = this.tokCol;
    const v = this.expr();
    if (this.isPunct(91)) return readAddress(this, 0, v, col);
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
    this.fail("ESYNTAX", `expected {rn-sae}, {rd-sae}, {ru-sae}, {rz-sae} or {sae}, got {${clip(d)}}`, line, col);
  }
}

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
