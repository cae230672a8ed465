/**
 * address.ts — x86 memory operands in Intel syntax, for the text front end:
 * `[seg:] [base + index*scale + disp]` in any order of terms (`[rcx*4 + rbx]`,
 * `[8*rcx + rdi - 8]`, `[rip + label + 8]`), `fs:0x28`, and the `{1toN}` /
 * `{k1}` decorations after it (at most one of each). The parser (syntax.ts)
 * has read the size keyword; this reads the rest and builds the operand with
 * `memOf`, which validates it. Knows no encodings.
 */
import { JitError } from "../core/errors.ts";
import { Label } from "../core/label.ts";
import { EXPR_TERM } from "../text/expr.ts";
import { add, divmod, type Int, mul, sub } from "../text/int64.ts";
import { clip, T_NAME, T_VALUE } from "../text/lexer.ts";
import { Mem, memOf } from "./operands.ts";
import { Reg, registerByName, RT_K, RT_RIP, RT_SEG, RT_XMM, RT_YMM, RT_ZMM } from "./registers.ts";
import type { X64Parser } from "./syntax.ts";

// the address being read (addresses do not nest)
let mBase: Reg | null = null;
let mIndex: Reg | null = null;
let mScale = 1;
let mSign = 1;
let mIndexExplicit = false;

/**
 * The memory operand at the current token (after its size keyword and
 * `ptr`): `[seg:] '[' [seg:] term (('+'|'-') term)* ']'` or `seg: expr`, then
 * its decorations. `bits` is the operand size, 0 when unsized.
 */
export function readAddress(p: X64Parser, bits: number): Mem {
  const line = p.tokLine, col = p.tokCol;
  let seg = segmentPrefix(p);
  if (seg >= 0 && !p.isPunct(91)) {
    // fs:0x28 — an absolute address without brackets
    const d = p.expr();
    try {
      return decorateMemory(p, memOf(bits, { base: null, index: null, scale: 1, disp: d, seg, label: null }));
    } catch (e) {
      throw p.wrap(e, line, col);
    }
  }
  p.expect(91, "'['");
  const seg2 = segmentPrefix(p);
  if (seg2 >= 0) seg = seg2;
  mBase = null;
  mIndex = null;
  mScale = 1;
  mSign = 1;
  mIndexExplicit = false;
  let disp: Int = 0;
  let label: Label | null = null;
  let first = true;
  for (;;) {
    if (!first || p.isPunct(45) || p.isPunct(43)) {
      if (p.eat(43)) mSign = 1;
      else if (p.eat(45)) mSign = -1;
      else if (!first) break;
    }
    first = false;
    const at = p.tokCol;
    const r = regHere(p);
    if (r !== null) {
      p.next();
      if (p.eat(42)) addReg(p, r, Number(p.expr(EXPR_TERM)), line, at, true);
      else addReg(p, r, 1, line, at, false);
      continue;
    }
    if (p.kind === T_NAME && !p.constants.has(p.word.text)) {
      if (label !== null) p.fail("EOPERAND", `two labels in one address`, line, at);
      if (mSign < 0) p.fail("EOPERAND", `a label cannot be subtracted in an address`, line, at);
      label = p.labelRef(p.word, p.tokLine, at);
      p.next();
      continue;
    }
    if (p.kind === T_VALUE && p.value instanceof Label) {
      if (label !== null) p.fail("EOPERAND", `two labels in one address`, line, at);
      label = p.value;
      p.next();
      continue;
    }
    // a constant term, possibly `const * reg`
    let c = p.expr(EXPR_TERM);
    for (;;) {
      if (p.isPunct(42)) {
        p.next();
        const r2 = regHere(p);
        if (r2 !== null) {
          p.next();
          addReg(p, r2, Number(c), line, at, true);
          c = 0;
          break;
        }
        c = mul(c, p.expr(EXPR_TERM));
      } else if (p.isPunct(47) || p.isPunct(37)) {
        const op = p.punct, opLine = p.tokLine, opCol = p.tokCol;
        p.next();
        const rhs = p.expr(EXPR_TERM);
        try {
          c = divmod(c, rhs, op === 47);
        } catch (e) {
          if (e instanceof JitError) p.fail(e.code, e.message, opLine, opCol);
          throw e;
        }
      } else break;
    }
    disp = mSign < 0 ? sub(disp, c) : add(disp, c);
  }
  if (!p.isPunct(93)) p.expected("'+', '-', '*' or ']' in the address");
  p.next();
  // (read through a cast: the assignments happen in addReg, which control-flow analysis does not follow)
  let base = mBase as Reg | null, index = mIndex as Reg | null;
  // [rax + rsp]: rsp cannot be an index, so it becomes the base (llvm-mc does the same)
  const bi = base, ix = index;
  if (ix !== null && bi !== null && !(mIndexExplicit as boolean) && ix.id === 4 && ix.type === bi.type && bi.id !== 4 && (ix.bits === 64 || ix.bits === 32)) { base = ix; index = bi; }
  if (label !== null && base === null && index === null) p.fail("EOPERAND", `[${clip(label.name)}] is an absolute address, which needs a relocation; write [rip + ${clip(label.name)}]`, line, col);
  if (label !== null && (base === null || base.type !== RT_RIP)) p.fail("EOPERAND", `a label in an address must be rip-relative: [rip + ${clip(label.name)}]`, line, col);
  if (base !== null && base.type === RT_RIP && index !== null) p.fail("EOPERAND", `rip-relative addresses cannot have an index register`, line, col);
  let m: Mem;
  try {
    m = memOf(bits, { base, index, scale: mScale, disp, seg, label });
  } catch (e) {
    throw p.wrap(e, line, col);
  }
  return decorateMemory(p, m);
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

/**
 * One register of an address into base/index/scale: a register written with
 * a scale (even *1) is the index, as in llvm-mc; others fill base, then index.
 */
function addReg(p: X64Parser, r: Reg, sc: number, line: number, at: number, explicit: boolean): void {
  if (mSign < 0) p.fail("EOPERAND", `a register cannot be subtracted in an address (-${r.name})`, line, at);
  if (r.type === RT_XMM || r.type === RT_YMM || r.type === RT_ZMM) {
    if (mIndex !== null) p.fail("EOPERAND", `two index registers in one address`, line, at);
    mIndex = r; mScale = sc; mIndexExplicit = true;
    return;
  }
  if (explicit) {
    if (mIndex === null) { mIndex = r; mScale = sc; mIndexExplicit = true; return; }
    if (sc === 1 && mBase === null) { mBase = r; return; }
  } else {
    if (mBase === null) { mBase = r; return; }
    if (mIndex === null) { mIndex = r; mScale = 1; return; }
  }
  p.fail("EOPERAND", `too many registers in the address (at most a base and an index)`, line, at);
}

/** The register at the current token (a name or an interpolated Reg), null otherwise; segment registers are not. */
function regHere(p: X64Parser): Reg | null {
  if (p.kind === T_NAME) {
    const r = p.word.m.reg;
    if (r !== undefined && r.type !== RT_SEG) return r;
    return null;
  }
  if (p.kind === T_VALUE && p.value instanceof Reg) return p.value;
  return null;
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
