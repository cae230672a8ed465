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
import { clip, type LexSyntax, NAME_START, T_EOS, T_NAME, T_NUM, T_VALUE } from "../text/lexer.ts";
import { Names, type Word } from "../text/names.ts";
import { type TextOptions, TextParser } from "../text/program.ts";
import { readAddress, decorateMemory } from "./address.ts";
import { fastAddress, fastEnd, fastNumber } from "./fast-operands.ts";
import { STRING_OPS, stringOperands } from "./string-ops.ts";
import type { Assembler } from "./assembler.ts";
import { type FormSet, formSetOf } from "./encode/select.ts";
import type { Operand } from "./operands.ts";
import { SEG_NAMES, SHIFT_MNEMONICS, SIZE_BITS, STRING_SUFFIX_BITS } from "./table/vocabulary.ts";
import { Mem, memOf, Rounding, rdSae, rnSae, ruSae, rzSae, sae } from "./operands.ts";
import { cl, cs, ds, es, fs, gs, Reg, registerByName, RT_GP, RT_K, RT_RIP, RT_SEG, RT_XMM, RT_YMM, RT_ZMM, ss } from "./registers.ts";

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
  /** A spelling llvm-mc reads beyond the forms: ALIAS_ACC (div al, bl), ALIAS_CL (shld ax, bx), ALIAS_IMUL (imul bx, 123); 0 none. */
  readonly alias: number;
  /** Neither a prefix nor a string operation: the fast path may take its lines. */
  readonly plain: boolean;
  /** Its forms (formSetOf), looked up on first use by the fast path; null when it is no mnemonic. */
  set: FormSet | null | undefined;
}

/** `div al, bl`, `idiv rax, qword ptr [rcx]`: the accumulator written out (dropped; it sizes unsized memory). */
const ALIAS_ACC = 1;
/** `shld ax, bx`: the count in cl, implicit. */
const ALIAS_CL = 2;
/** `imul bx, 123`: `imul bx, bx, 123`. */
const ALIAS_IMUL = 3;
const ALIASES = new Map<string, number>([["div", ALIAS_ACC], ["idiv", ALIAS_ACC], ["shld", ALIAS_CL], ["shrd", ALIAS_CL], ["imul", ALIAS_IMUL]]);

const PREFIXES = new Map<string, number>([["lock", 0], ["rep", 1], ["repe", 1], ["repz", 1], ["repne", 2], ["repnz", 2]]);
const PREFIX_NAMES = ["lock", "rep", "repne"];
/** Prefixes llvm-mc-22 takes as a statement of their own, emitting just the byte. */
const PREFIX_BYTES = new Map<string, number>([
  ["lock", 0xf0], ["rep", 0xf3], ["repe", 0xf3], ["repz", 0xf3], ["repne", 0xf2], ["repnz", 0xf2], ["xacquire", 0xf2], ["xrelease", 0xf3],
  ["es", 0x26], ["cs", 0x2e], ["ss", 0x36], ["ds", 0x3e], ["fs", 0x64], ["gs", 0x65], ["data16", 0x66], ["addr32", 0x67], ["rex64", 0x48],
]);
const SEGS = [es, cs, ss, ds, fs, gs];

/** The x86 name table, shared by every parse. */
export const x64Names = new Names<X64Meaning>((lower) => ({
  reg: registerByName(lower),
  size: SIZE_BITS.get(lower) ?? 0,
  prefix: PREFIXES.get(lower) ?? -1,
  prefixByte: PREFIX_BYTES.get(lower) ?? -1,
  shift: SHIFT_MNEMONICS.has(lower),
  alias: ALIASES.get(lower) ?? 0,
  plain: !PREFIXES.has(lower) && !PREFIX_BYTES.has(lower) && !isStringMnemonic(lower),
  set: undefined,
}));

/** movs…/cmps…/lods…/stos…/scas… (generic or sized) and xlat: their written-out operands are rewritten. */
function isStringMnemonic(m: string): boolean {
  return m === "xlat" || STRING_OPS.has(m) || (m.length === 5 && STRING_OPS.has(m.slice(0, 4)));
}

/**
 * GNU as / llvm-mc x86: `#` is a comment anywhere; operand expressions with C
 * precedence (llvm-mc's Intel parser). No MASM `0FFh`: llvm-mc-22 and GNU as
 * 2.40 both refuse it (GNU reads `0f` as a label reference).
 */
const X64_LEX: LexSyntax = { hashComment: "anywhere", hexSuffix: false, operandPrecedence: "c" };

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
    opts: TextOptions & { fastPath?: boolean },
    /** Collects the instructions instead of emitting them (a must be null). */
    private readonly out: ParsedInstruction[] | null = null,
  ) {
    super(src, x64Names, X64_LEX, a, X64_DIRECTIVES, opts);
    this.fast = a !== null && out === null && opts.fastPath !== false;
  }
  /** The fast path is on (emitting, not collecting; tests turn it off to compare). */
  private readonly fast: boolean;

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
    if (this.fast && this.word.m.plain && this.fastLine()) return;
    // prefixes: byte prefixes (xacquire xrelease es..gs data16 addr32 rex64) first, then at most one of lock/rep/repne
    let mw = this.word;
    let mLine = this.tokLine, mCol = this.tokCol;
    let state = -1, stateByte = 0;
    let raw: number[] | null = null, rawLine = 0, rawCol = 0;
    while (mw.m.prefixByte >= 0) {
      if (mw.m.prefix >= 0) {
        if (state >= 0) this.fail("ESYNTAX", `one of lock, rep and repne per instruction (llvm-mc reorders or drops the others)`);
        state = mw.m.prefix;
        stateByte = mw.m.prefixByte;
      } else {
        if (state >= 0) this.fail("ESYNTAX", `${mw.lower} goes before ${PREFIX_NAMES[state]} (llvm-mc refuses it after)`);
        if (raw === null) { raw = []; rawLine = this.tokLine; rawCol = this.tokCol; }
        raw.push(mw.m.prefixByte);
      }
      if (this.out !== null) this.out.push({ mnemonic: "", operands: [], prefix: mw.lower });
      this.next();
      if (this.atEnd()) {
        // prefixes alone on their line: their bytes, as llvm-mc emits them (`rep` then `ret` on the next line is f3 c3)
        if (this.out === null) {
          if (state >= 0) (raw ??= []).push(stateByte);
          this.emitBytes(new Uint8Array(raw!), mLine, mCol);
        }
        this.endStatement("");
        return;
      }
      if (this.kind !== T_NAME) this.expected(`an instruction after ${mw.lower}`);
      mw = this.word;
      mLine = this.tokLine;
      mCol = this.tokCol;
    }
    if (this.out !== null && state >= 0) this.out.pop(); // the instruction itself carries lock/rep/repne
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
    let name = mnemonic;
    if (ops.length === 1 && mw.m.shift) { ops.push(1); cols.push(mCol); }
    else if (ops.length === 2 && mw.m.alias !== 0) this.alias(mw.m.alias, ops, cols, mLine);
    else if (ops.length >= 1 && ops.length <= 2 && (ops[0] instanceof Mem || ops[1] instanceof Mem)) {
      const so = this.stringOp(mnemonic, ops, cols, mLine);
      if (so !== null) {
        name = so.name;
        srcSeg = so.seg;
        if (so.addr32) {
          // llvm-mc's order: rep, then the address-size prefix, then the segment, then the opcode
          if (state > 0) { (raw ??= []).push(stateByte); state = -1; }
          (raw ??= []).push(0x67);
        }
      }
    }
    const prefix = state;
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
      const pi: ParsedInstruction = { mnemonic: name, operands: ops.slice(), prefix: prefix < 0 ? "" : PREFIX_NAMES[prefix]! };
      if (srcSeg >= 0) pi.seg = srcSeg;
      this.out.push(pi);
      this.endStatement("");
      return;
    }
    const a = this.a!;
    if (raw !== null) this.emitBytes(new Uint8Array(raw), rawLine, rawCol);
    try {
      if (prefix >= 0) this.applyPrefix(prefix, mLine, mCol);
      if (srcSeg >= 0) a.seg(SEGS[srcSeg]!);
      switch (ops.length) {
        case 0: a.emit(name); break;
        case 1: a.emit(name, ops[0]!); break;
        case 2: a.emit(name, ops[0]!, ops[1]!); break;
        case 3: a.emit(name, ops[0]!, ops[1]!, ops[2]!); break;
        case 4: a.emit(name, ops[0]!, ops[1]!, ops[2]!, ops[3]!); break;
        default: a.emit(name, ...ops);
      }
    } catch (e) {
      if (e instanceof JitError && e.operand !== undefined && e.operand >= 1 && e.operand <= cols.length) throw this.wrap(e, mLine, cols[e.operand - 1]!);
      throw this.wrap(e, mLine, mCol);
    }
    this.endStatement("");
  }

  // ---- the fast path -------------------------------------------------------------------
  // The lines a code generator writes most — `mnemonic reg, reg`, `..., imm`, `..., size ptr [base +
  // index*scale + disp]` — read straight from the characters, without tokens, and handed to the
  // mnemonic's forms directly. Anything else (labels, decorations, expressions, prefixes, comments
  // other than '#', errors of any kind) makes it give up before it has changed anything; the general
  // path then reads the line from the start and decides, so both agree by construction.

  /**
   * Read and emit the current line if it is one of the plain shapes, and the
   * plain lines after it; false (nothing consumed) when the first is not.
   * The lines it takes never reach the token scanner: it keeps the line count
   * itself and hands the scanner the first line it does not take.
   */
  private fastLine(): boolean {
    const s = this.src, n = this.len;
    let end = this.fastOne(this.word, this.pos);
    if (end < 0) return false;
    for (;;) {
      let c = end < n ? s.charCodeAt(end) : -1;
      if (c === 35) { // '#' comment: to the end of the line
        end = s.indexOf("\n", end);
        if (end < 0) end = n;
        c = end < n ? 10 : -1;
      }
      if (c !== 10) break; // end of input or ';': the scanner takes it from here
      this.line++;
      this.lineStart = end + 1;
      let p = end + 1;
      c = p < n ? s.charCodeAt(p) : -1;
      while (c === 32 || c === 9) c = ++p < n ? s.charCodeAt(p) : -1;
      if (!(c >= 0 && c < 128 && NAME_START[c] === 1)) { end = end + 1; break; }
      const w = this.nameAt(p);
      if (!w.m.plain) { end = end + 1; break; }
      let q = this.nameEnd, d = q < n ? s.charCodeAt(q) : -1;
      while (d === 32 || d === 9) d = ++q < n ? s.charCodeAt(q) : -1;
      if (d === 58 || d === 61) { end = end + 1; break; } // a label or an assignment
      const e = this.fastOne(w, this.nameEnd);
      if (e < 0) { end = end + 1; break; }
      end = e;
    }
    // the scanner resumes at `end`: the start of a line it reads, or a ';', or the end of input
    this.resumeFresh(end);
    if (this.kind === T_EOS) this.next();
    return true;
  }

  /**
   * One plain line: its operands after the mnemonic `mw` (which ends at p),
   * emitted; the offset of the line's terminator (newline, ';', '#', end of
   * input), or -1 when the line is not plain (nothing emitted).
   */
  private fastOne(mw: Word<X64Meaning>, p: number): number {
    const m = mw.m;
    const s = this.src, n = this.len;
    let o0: Operand | undefined, o1: Operand | undefined, o2: Operand | undefined, o3: Operand | undefined;
    let k = 0;
    let c = p < n ? s.charCodeAt(p) : 10;
    while (c === 32 || c === 9) c = ++p < n ? s.charCodeAt(p) : 10;
    if (c !== 10 && c !== 59 && c !== 35) {
      for (;;) {
        let o: Operand;
        if (c < 128 && NAME_START[c] === 1) {
          const w = this.nameAt(p);
          const r = w.m.reg;
          if (r !== undefined) {
            if (r.type === RT_SEG || r.type === RT_RIP) return -1;
            o = r;
            p = this.nameEnd;
          } else if (w.m.size !== 0) {
            p = this.nameEnd;
            c = s.charCodeAt(p);
            if (c !== 32) return -1;
            while (c === 32) c = s.charCodeAt(++p);
            if (!(c < 128 && NAME_START[c] === 1) || this.nameAt(p).lower !== "ptr") return -1;
            p = this.nameEnd;
            c = s.charCodeAt(p);
            while (c === 32) c = s.charCodeAt(++p);
            if (c !== 91) return -1;
            const mem = fastAddress(s, p, w.m.size);
            if (mem === null) return -1;
            o = mem;
            p = fastEnd;
          } else {
            // a jump/call target: a label name alone (not a constant, not followed by an address)
            if (k !== 0 || this.constants.has(w.text) || w.lower === "offset") return -1;
            const q = this.nameEnd;
            let e = q < n ? s.charCodeAt(q) : 10;
            let r2 = q;
            while (e === 32 || e === 9) e = ++r2 < n ? s.charCodeAt(r2) : 10;
            if (e !== 10 && e !== 59 && e !== 35) return -1;
            o = this.labelRef(w, this.line, p - this.lineStart + 1);
            p = q;
          }
        } else if (c === 91) {
          const mem = fastAddress(s, p, 0);
          if (mem === null) return -1;
          o = mem;
          p = fastEnd;
        } else {
          const v = fastNumber(s, p);
          if (v === null) return -1;
          o = v;
          p = fastEnd;
        }
        if (k === 0) o0 = o; else if (k === 1) o1 = o; else if (k === 2) o2 = o; else if (k === 3) o3 = o; else return -1;
        k++;
        c = p < n ? s.charCodeAt(p) : 10;
        while (c === 32 || c === 9) c = ++p < n ? s.charCodeAt(p) : 10;
        if (c === 44) {
          c = ++p < n ? s.charCodeAt(p) : 10;
          while (c === 32 || c === 9) c = ++p < n ? s.charCodeAt(p) : 10;
          continue;
        }
        if (c === 10 || c === 59 || c === 35) break;
        return -1;
      }
    }
    // a shift by one (`shl rax`) and the alias spellings (`div al, bl`, `imul bx, 123`) are the general path's
    if ((k === 1 && m.shift) || (k === 2 && m.alias !== 0)) return -1;
    let set = m.set;
    if (set === undefined) set = m.set = formSetOf(mw.lower) ?? null;
    if (set === null) return -1;
    try {
      this.a!.emitForms(set, o0, o1, o2, o3, undefined);
    } catch {
      return -1; // the general path reads the line again and reports the error where it belongs
    }
    return p;
  }

  /**
   * The spellings llvm-mc-22 reads beyond the forms, rewritten to a form:
   * `div al, bl` → `div bl` (an unsized memory source takes the accumulator's
   * size: `div al, [rax]` is byte), `shld ax, bx` → `shld ax, bx, cl`,
   * `imul bx, 123` → `imul bx, bx, 123`.
   */
  private alias(kind: number, ops: Operand[], cols: number[], line: number): void {
    const a = ops[0], b = ops[1];
    if (kind === ALIAS_ACC) {
      if (!(a instanceof Reg) || a.type !== RT_GP || a.id !== 0 || a.isHigh8) return;
      if (b instanceof Reg && (b.type !== RT_GP || b.bits !== a.bits)) return;
      if (b instanceof Mem && b.bits !== 0 && b.bits !== a.bits) return;
      if (!(b instanceof Reg) && !(b instanceof Mem)) return;
      let src: Operand = b;
      if (b instanceof Mem && b.bits === 0) {
        try {
          src = memOf(a.bits, { base: b.base, index: b.index, scale: b.scale, disp: b.disp, seg: b.seg, label: b.label });
        } catch (e) {
          throw this.wrap(e, line, cols[1]!);
        }
      }
      ops.length = 0;
      ops.push(src);
      cols.shift();
    } else if (kind === ALIAS_CL) {
      ops.push(cl);
      cols.push(cols[1]!);
    } else if (a instanceof Reg && a.type === RT_GP && (typeof b === "number" || typeof b === "bigint")) {
      ops.length = 0;
      ops.push(a, a, b);
      cols.push(cols[1]!);
      cols[1] = cols[0]!;
    }
  }

  /**
   * A string instruction with its implicit operands written out (as llvm-mc
   * prints them, or the generic `movs`/`lods`… and `xlat` spellings, with
   * 64- or 32-bit registers) becomes its operand-less form: the sized
   * mnemonic, the [rsi] source's segment override (-1: none, or the default
   * ds:, which adds no byte) and whether it takes the address-size prefix
   * (`[esi]`/`[edi]`). The [rdi] operand is always es:. Null when `ops` are
   * not such operands.
   */
  private stringOp(mnemonic: string, ops: Operand[], cols: number[], line: number): { name: string; seg: number; addr32: boolean } | null {
    const s = stringOperands(mnemonic, ops);
    if (s === null) return null;
    let seg = -1;
    for (let i = 0; i < ops.length; i++) {
      const o = ops[i];
      if (!(o instanceof Mem) || o.seg < 0) continue;
      if (i === s.rdi && o.seg !== 0) this.fail("EOPERAND", `${mnemonic}: the [rdi] operand is always es:, it cannot take ${SEG_NAMES[o.seg]}:`, line, cols[i]!);
      if (i === s.src && o.seg !== 3) {
        if (s.name === "xlatb") this.fail("EOPERAND", `xlat: llvm-mc drops a segment override here and GNU as emits it; write the prefix: ${SEG_NAMES[o.seg]} xlatb`, line, cols[i]!);
        seg = o.seg;
      }
    }
    if (s.name === "xlatb" && s.addr32) this.fail("EOPERAND", `xlat: llvm-mc reads [ebx] as [rbx] (the operand only sizes it) and GNU as adds 67; write the prefix: addr32 xlatb`, line, cols[0]!);
    ops.length = 0;
    cols.length = 0;
    return { name: s.name, seg, addr32: s.addr32 };
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
