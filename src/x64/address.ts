/**
 * address.ts — x86 memory operands in Intel syntax, for the text front end.
 * An address is read as a linear form — registers with their scales, a
 * displacement, at most one label — from any of the spellings llvm-mc and
 * GNU as accept: `[base + index*scale + disp]` in any order of terms,
 * parenthesised parts (`[(rax) + 8]`, `[rbx + (rcx*4)]`), MASM's juxtaposed
 * brackets and leading displacements (`[eax][4*ebx]`, `16[rax]`,
 * `fs:20[rbx]`), GCC's `.LC0[rip]` / `foo+8[rip]`, and `fs:0x28`. Then the
 * `{1toN}` / `{k1}` decorations (at most one of each). The parser (syntax.ts)
 * has read the size keyword; this builds the operand with `memOf`, which
 * validates it. Evaluated iteratively with pooled values: no recursion, no
 * allocation per term. Knows no encodings.
 */
import { JitError } from "../core/errors.ts";
import { Label } from "../core/label.ts";
import { add, and, divmod, type Int, mul, neg, not, or, shl, shr, sub, xor } from "../text/int64.ts";
import { clip, P_SHL, P_SHR, T_NAME, T_NUM, T_PUNCT, T_VALUE } from "../text/lexer.ts";
import { Mem, memOf } from "./operands.ts";
import { Reg, registerByName, RT_K, RT_RIP, RT_SEG, RT_XMM, RT_YMM, RT_ZMM } from "./registers.ts";
import type { X64Parser } from "./syntax.ts";

/** A linear form: c + r0·s0 + r1·s1 (+ label). A register with `x` was written with a scale (even ·1). */
class Lin {
  c: Int = 0;
  n = 0;
  r0: Reg | null = null;
  s0 = 1;
  x0 = false;
  col0 = 0;
  r1: Reg | null = null;
  s1 = 1;
  x1 = false;
  col1 = 0;
  lab: Label | null = null;
  labCol = 0;
  /** A single token (a register, a number, a constant): what `*` may combine into a scale. */
  bare = false;
}

// pooled values and the evaluator's stacks (addresses do not nest)
const pool: Lin[] = [];
let used = 0;
const vals: Lin[] = [];
const ops: number[] = [];
const opCols: number[] = [];

function fresh(): Lin {
  let v = pool[used];
  if (v === undefined) pool[used] = v = new Lin();
  used++;
  v.c = 0; v.n = 0; v.r0 = null; v.s0 = 1; v.x0 = false; v.r1 = null; v.s1 = 1; v.x1 = false; v.lab = null; v.bare = false;
  return v;
}

const OP_PAREN = 1000, OP_NEG = 1001, OP_NOT = 1002, OP_LNOT = 1003;
/** C precedence, as llvm-mc's Intel parser (| ^ & << >> + - * / %). */
function levelOf(p: number): number {
  switch (p) {
    case 124: return 0;
    case 94: return 1;
    case 38: return 2;
    case P_SHL: case P_SHR: return 3;
    case 43: case 45: return 4;
    case 42: case 47: case 37: return 5;
  }
  return -1;
}

/**
 * The memory operand at the current token (after its size keyword and
 * `ptr`; `bits` is 0 when unsized), or the rest of one whose leading
 * displacement the caller read (`disp`, at the `[`).
 */
export function readAddress(p: X64Parser, bits: number, disp: Int = 0, startCol = p.tokCol): Mem {
  const line = p.tokLine, col = startCol;
  used = 0;
  vals.length = 0;
  ops.length = 0;
  opCols.length = 0;
  const acc = fresh();
  acc.c = disp;
  let seg = segmentPrefix(p);
  if (!p.isPunct(91)) leading(p, acc);
  let groups = 0;
  for (;;) {
    if (p.isPunct(91)) {
      // a target's h-suffix hex (hexSuffix) never applies inside brackets
      const hex = p.setHexSuffix(false);
      p.next();
      const v = bracket(p, line);
      p.setHexSuffix(hex);
      merge(p, acc, v, line);
      groups++;
    } else if (groups > 0 && (p.isPunct(43) || p.isPunct(45))) {
      // [rbx]-8, [rbx]+8 (GNU as; llvm-mc takes the minus)
      const minus = p.punct === 45;
      p.next();
      const v = p.expr(5);
      acc.c = minus ? sub(acc.c, v) : add(acc.c, v);
    } else break;
  }
  if (groups === 0) {
    if (acc.lab !== null) {
      const off = acc.c === 0 ? "" : typeof acc.c === "number" && acc.c < 0 ? ` - ${-acc.c}` : ` + ${acc.c}`;
      p.fail("ESYNTAX", `${clip(acc.lab.name)}${off.replace(/ /g, "")}: a jump target cannot carry an offset; put a label there, or write the address [rip + ${clip(acc.lab.name)}${off}]`, line, col);
    }
    if (seg < 0) p.expected("'['");
  }
  return decorateMemory(p, build(p, bits, acc, seg, line, col));
}

/**
 * A displacement written before the brackets: an expression (`16[rax]`,
 * `fs:0x28`) or a label with an offset (GCC's `.LC0[rip]`, `foo+8[rip]`).
 */
function leading(p: X64Parser, acc: Lin): void {
  if (p.kind === T_NAME && p.word.m.reg === undefined && !p.constants.has(p.word.text)) {
    acc.lab = p.labelRef(p.word, p.tokLine, p.tokCol);
    acc.labCol = p.tokCol;
    p.next();
    while (p.isPunct(43) || p.isPunct(45)) {
      const minus = p.punct === 45;
      p.next();
      const v = p.expr(5);
      acc.c = minus ? sub(acc.c, v) : add(acc.c, v);
    }
    return;
  }
  acc.c = add(acc.c, p.expr());
}

/** The linear form inside one `[...]` (the `[` read), up to and past its `]`. */
function bracket(p: X64Parser, line: number): Lin {
  const base = ops.length, vbase = vals.length;
  let depth = 0;
  let operand = true;
  for (;;) {
    if (operand) {
      if (p.kind === T_PUNCT) {
        const c = p.punct;
        if (c === 45 || c === 126 || c === 33 || c === 40) {
          ops.push(c === 40 ? OP_PAREN : c === 45 ? OP_NEG : c === 126 ? OP_NOT : OP_LNOT);
          opCols.push(p.tokCol);
          if (c === 40) depth++;
          p.next();
          continue;
        }
        if (c === 43) { p.next(); continue; }
      }
      vals.push(term(p, line));
      prefixes(p, base, line);
      operand = false;
      continue;
    }
    if (p.kind === T_PUNCT) {
      const c = p.punct;
      const lv = levelOf(c);
      if (lv >= 0) {
        while (ops.length > base && ops[ops.length - 1]! < OP_PAREN && levelOf(ops[ops.length - 1]!) >= lv) binary(p, line);
        ops.push(c);
        opCols.push(p.tokCol);
        p.next();
        operand = true;
        continue;
      }
      if (c === 41 && depth > 0) {
        while (ops[ops.length - 1] !== OP_PAREN) binary(p, line);
        ops.pop();
        opCols.pop();
        depth--;
        p.next();
        vals[vals.length - 1]!.bare = false;
        prefixes(p, base, line);
        continue;
      }
      if (c === 93 && depth === 0) {
        while (ops.length > base) binary(p, line);
        p.next();
        const v = vals.pop()!;
        vals.length = vbase;
        return v;
      }
    }
    ops.length = base;
    opCols.length = base;
    vals.length = vbase;
    p.expected(depth > 0 ? "')'" : "'+', '-', '*' or ']' in the address");
  }
}

/** One term of an address: a register, a number, a constant, a label, an interpolated value. */
function term(p: X64Parser, line: number): Lin {
  const v = fresh();
  const col = p.tokCol;
  if (p.kind === T_NAME) {
    const w = p.word;
    const r = w.m.reg;
    if (r !== undefined && r.type !== RT_SEG) {
      v.n = 1; v.r0 = r; v.col0 = col; v.bare = true;
      p.next();
      return v;
    }
    if (r !== undefined) p.fail("ESYNTAX", `a segment override goes before the bracket: ${r.name}:[...] (llvm-mc and GNU as refuse [${r.name}:...])`, line, col);
    if (p.constants.has(w.text)) { v.c = p.expr(6); v.bare = true; return v; }
    v.lab = p.labelRef(w, p.tokLine, col);
    v.labCol = col;
    p.next();
    return v;
  }
  if (p.kind === T_VALUE) {
    const x = p.value;
    if (x instanceof Reg && x.type !== RT_SEG) { v.n = 1; v.r0 = x; v.col0 = col; v.bare = true; p.next(); return v; }
    if (x instanceof Label) { v.lab = x; v.labCol = col; p.next(); return v; }
  }
  if (p.kind === T_NUM || p.kind === T_VALUE) { v.c = p.expr(6); v.bare = true; return v; }
  p.expected("a register, a number or a label in the address");
}

/** Apply the prefix operators waiting on top of the stack to the value just read. */
function prefixes(p: X64Parser, base: number, line: number): void {
  while (ops.length > base) {
    const op = ops[ops.length - 1]!;
    if (op < OP_NEG) return;
    ops.pop();
    const col = opCols.pop()!;
    const v = vals[vals.length - 1]!;
    if (v.n !== 0 || v.lab !== null) {
      if (op === OP_NEG) p.fail("EOPERAND", v.n !== 0 ? `a register cannot be subtracted in an address (-${v.r0!.name})` : `a label cannot be subtracted in an address`, line, v.n !== 0 ? v.col0 : v.labCol);
      p.fail("EOPERAND", `registers and labels only add, subtract and scale in an address`, line, col);
    }
    v.c = op === OP_NEG ? neg(v.c) : op === OP_NOT ? not(v.c) : v.c === 0 ? 1 : 0;
    v.bare = false;
  }
}

/** Pop a binary operator and its operands, push the combination. */
function binary(p: X64Parser, line: number): void {
  const op = ops.pop()!;
  const col = opCols.pop()!;
  const r = vals.pop()!, l = vals[vals.length - 1]!;
  const lPure = l.n === 0 && l.lab === null, rPure = r.n === 0 && r.lab === null;
  try {
    if (op === 43) { merge(p, l, r, line); return; }
    if (op === 45) {
      if (!rPure) p.fail("EOPERAND", r.n !== 0 ? `a register cannot be subtracted in an address (-${r.r0!.name})` : `a label cannot be subtracted in an address`, line, r.n !== 0 ? r.col0 : r.labCol);
      l.c = sub(l.c, r.c);
      return;
    }
    if (op === 42) {
      if (lPure && rPure) { l.c = mul(l.c, r.c); l.bare = false; return; }
      // a scale is written reg*N or N*reg, once, with the register and the number as they are: llvm-mc
      // drops or garbles the others ([rcx*4*2] is [rcx*4] there, [4*(rbx)] is [rbx]; GNU as multiplies out)
      const reg = lPure ? r : rPure ? l : null, k = lPure ? l : r;
      if (reg === null || reg.n !== 1 || reg.lab !== null || reg.x0 || !reg.bare || !k.bare || typeof k.c !== "number") p.fail("EOPERAND", `write a scale as register*N or N*register (rcx*4), once`, line, col);
      reg.s0 = k.c;
      reg.x0 = true;
      reg.bare = false;
      if (reg !== l) copy(l, reg);
      return;
    }
    if (!lPure || !rPure) p.fail("EOPERAND", `registers and labels only add, subtract and scale in an address`, line, col);
    switch (op) {
      case 124: l.c = or(l.c, r.c); break;
      case 94: l.c = xor(l.c, r.c); break;
      case 38: l.c = and(l.c, r.c); break;
      case P_SHL: l.c = shl(l.c, r.c); break;
      case P_SHR: l.c = shr(l.c, r.c); break;
      default: l.c = divmod(l.c, r.c, op === 47);
    }
  } catch (e) {
    if (e instanceof JitError && e.line === undefined) p.fail(e.code, e.message, line, col);
    throw e;
  }
}

function copy(to: Lin, from: Lin): void {
  to.c = from.c; to.n = from.n; to.r0 = from.r0; to.s0 = from.s0; to.x0 = from.x0; to.col0 = from.col0;
  to.r1 = from.r1; to.s1 = from.s1; to.x1 = from.x1; to.col1 = from.col1; to.lab = from.lab; to.labCol = from.labCol; to.bare = from.bare;
}

/** l += r: displacements add, registers join (two at most), one label at most. */
function merge(p: X64Parser, l: Lin, r: Lin, line: number): void {
  l.c = add(l.c, r.c);
  l.bare = false;
  if (r.lab !== null) {
    if (l.lab !== null) p.fail("EOPERAND", `two labels in one address`, line, r.labCol);
    l.lab = r.lab;
    l.labCol = r.labCol;
  }
  for (let i = 0; i < r.n; i++) {
    const reg = i === 0 ? r.r0! : r.r1!, s = i === 0 ? r.s0 : r.s1, x = i === 0 ? r.x0 : r.x1, c = i === 0 ? r.col0 : r.col1;
    if (l.n === 0) { l.r0 = reg; l.s0 = s; l.x0 = x; l.col0 = c; l.n = 1; }
    else if (l.n === 1) { l.r1 = reg; l.s1 = s; l.x1 = x; l.col1 = c; l.n = 2; }
    else p.fail("EOPERAND", `too many registers in the address (at most a base and an index)`, line, c);
  }
}

/** The base, index and scale of a linear form, as llvm-mc assigns them; then memOf. */
function build(p: X64Parser, bits: number, v: Lin, seg: number, line: number, col: number): Mem {
  let base: Reg | null = null, index: Reg | null = null, scale = 1, explicitIndex = false;
  for (let i = 0; i < v.n; i++) {
    const r = i === 0 ? v.r0! : v.r1!, s = i === 0 ? v.s0 : v.s1, x = i === 0 ? v.x0 : v.x1, c = i === 0 ? v.col0 : v.col1;
    // a register written with a scale (even *1) is the index, as in llvm-mc; others fill base, then index
    if (r.type === RT_XMM || r.type === RT_YMM || r.type === RT_ZMM) {
      if (index !== null) p.fail("EOPERAND", `two index registers in one address`, line, c);
      index = r; scale = s; explicitIndex = true;
    } else if (x) {
      if (index === null) { index = r; scale = s; explicitIndex = true; }
      else if (s === 1 && base === null) base = r;
      else p.fail("EOPERAND", `too many registers in the address (at most a base and an index)`, line, c);
    } else if (base === null) base = r;
    else if (index === null) { index = r; scale = 1; }
    else p.fail("EOPERAND", `too many registers in the address (at most a base and an index)`, line, c);
  }
  // [rax + rsp]: rsp cannot be an index, so it becomes the base (llvm-mc does the same)
  if (index !== null && base !== null && !explicitIndex && index.id === 4 && index.type === base.type && base.id !== 4 && (index.bits === 64 || index.bits === 32)) { const t = base; base = index; index = t; }
  const label = v.lab;
  if (label !== null && base === null && index === null) p.fail("EOPERAND", `[${clip(label.name)}] is an absolute address, which needs a relocation; write [rip + ${clip(label.name)}]`, line, col);
  if (label !== null && (base === null || base.type !== RT_RIP)) p.fail("EOPERAND", `a label in an address must be rip-relative: [rip + ${clip(label.name)}]`, line, col);
  if (base !== null && base.type === RT_RIP && index !== null) p.fail("EOPERAND", `rip-relative addresses cannot have an index register`, line, col);
  try {
    return memOf(bits, { base, index, scale, disp: v.c, seg, label });
  } catch (e) {
    throw p.wrap(e, line, col);
  }
}

/** `seg:` before or inside an address: the segment register's id, -1 when there is none. */
function segmentPrefix(p: X64Parser): number {
  if (p.kind === T_NAME) {
    const r = p.word.m.reg;
    if (r !== undefined && r.type === RT_SEG) {
      p.next();
      p.expect(58, "':' after the segment register");
      return r.id;
    }
  }
  return -1;
}

/** The `{1toN}` and `{k1}` after a memory operand: at most one of each. */
export function decorateMemory(p: X64Parser, m: Mem): Mem {
  while (p.isPunct(123)) {
    const line = p.tokLine, col = p.tokCol;
    const d = p.braced();
    const mm = /^1to(\d+)$/.exec(d);
    if (mm === null) {
      const k = registerByName(d);
      if (k !== undefined && k.type === RT_K) {
        if (m.mask !== 0) p.fail("ESYNTAX", `a second opmask {${d}} on a memory operand that has {k${m.mask}} already`, line, col);
        try {
          m = m.k(k as never);
        } catch (e) {
          throw p.wrap(e, line, col);
        }
        continue;
      }
      if (d === "z") p.fail("EOPERAND", `a memory destination cannot take {z} (zeroing applies to registers)`, line, col);
      p.fail("ESYNTAX", `expected {1toN} or {k1}..{k7} after the memory operand, got {${clip(d)}}`, line, col);
    }
    if (m.broadcast) p.fail("ESYNTAX", `a second broadcast {${d}} on one memory operand`, line, col);
    const n = Number(mm[1]);
    if (n !== 2 && n !== 4 && n !== 8 && n !== 16 && n !== 32) p.fail("ESYNTAX", `{1to${clip(mm[1]!)}}: N must be 2, 4, 8, 16 or 32`, line, col);
    if (m.bits === 0) p.fail("EOPERAND", `a broadcast needs the element size: write dword ptr [...]{1to${n}} or qword ptr [...]{1to${n}}`, line, col);
    try {
      m = m.bcst(n as 2 | 4 | 8 | 16 | 32) as unknown as Mem;
    } catch (e) {
      throw p.wrap(e, line, col);
    }
  }
  return m;
}
