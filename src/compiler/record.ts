/**
 * record.ts — turns one `c.<mnemonic>(...)` call into instruction records:
 * chooses the form (with virtual registers standing for registers of their
 * class), reads its facts, and lists the variables it reads and writes.
 * Fixed registers become copies around the instruction:
 *
 * - a virtual register where the form takes a fixed register (`c.shl(x, n)`
 *   → `shl r/m32, cl`: copy n into cl, then shift);
 * - implicit registers given as leading operands, AsmJit-style
 *   (`c.div(hi, lo, d)` → copy hi→edx, lo→eax; div d; copy edx→hi, eax→lo;
 *   `c.cpuid(a, b, c, d)`, `c.rep().movsb(dst, src, count)`).
 *
 * The allocator usually gives the virtual register that fixed register, and
 * the copies vanish. It knows no allocation and writes no bytes.
 */
import { JitError } from "../core/errors.ts";
import { Label } from "../core/label.ts";
import type { Operand } from "../x64/operands.ts";
import { type FormSet, selectForm } from "../x64/encode/select.ts";
import { Mem, Rounding, VSIB_X, VSIB_Y, VSIB_Z } from "../x64/operands.ts";
import {
  C_AL, C_AX, C_CL, C_DX, C_EAX, C_K, C_R16, C_R32, C_R64, C_R8, C_RAX, C_XMM, C_XMM0, C_XMMX, C_YMM, C_YMMX, C_ZMM,
  gp16, gp32, gp64, gp8, Reg, RT_GP, RT_K, RT_RIP, xmm,
} from "../x64/registers.ts";
import { ACC_R, ACC_RW, ACC_W, factsOf, KIND_BRANCH, KIND_CALL, KIND_JUMP, KIND_RET, operandAccess, regNumber, T_STATE, type InstructionFacts } from "../x64/table/facts.ts";
import type { Form } from "../x64/table/schema.ts";
import { ZERO_IDIOMS } from "./record-fast.ts";
import { type Insn, insn, OP_COPY, OP_INSN, physVar, VAR_K, VAR_VEC, VAR_VIRTUAL } from "./ir.ts";
import { CLASS_GP, CLASS_K, CLASS_VEC, K_ID_BASE, VReg, type VRegValue } from "./vreg.ts";

/** What recording needs from the compiler. */
export interface RecordContext {
  readonly owner: object;
  readonly values: readonly VRegValue[];
  readonly insns: Insn[];
  readonly labels: ReadonlySet<Label>;
  /** Values used where only vector registers 0–15 are encodable (legacy SSE, VEX). */
  readonly lowVec: Set<number>;
  /** Called when a VEX/EVEX form is recorded. */
  readonly onVex: () => void;
}

const VSIB_BITS = VSIB_X | VSIB_Y | VSIB_Z;

const GENERIC = C_R8 | C_R16 | C_R32 | C_R64 | C_XMM | C_XMMX | C_YMM | C_YMMX | C_ZMM | C_K;

/** The variable a register operand names (virtual or physical); -1 for rsp/rbp/rip. */
export function varOf(ctx: RecordContext, r: Reg, what: string): number {
  if (r instanceof VReg) {
    if (r.value.owner !== ctx.owner) throw new JitError("ESTATE", `${what}: ${r.value.name} belongs to another function's compiler`, { instruction: what });
    return VAR_VIRTUAL + r.value.index;
  }
  return physVar(r);
}

/** The variable of a mask number on a memory operand or a physical register (virtual k registers have numbers ≥ K_ID_BASE). */
function maskVar(ctx: RecordContext, mask: number, what: string): number {
  if (mask >= K_ID_BASE) {
    const v = ctx.values[mask - K_ID_BASE];
    if (v === undefined) throw new JitError("ESTATE", `${what}: a mask register from another function's compiler`, { instruction: what });
    return VAR_VIRTUAL + v.index;
  }
  return VAR_K + mask;
}

/** Check one operand before selection: ownership, no rsp/rbp as a register. */
function checkOperand(ctx: RecordContext, o: Operand | undefined, i: number, what: string): void {
  if (o instanceof VReg) {
    varOf(ctx, o, what);
    if (o.maskReg instanceof VReg) varOf(ctx, o.maskReg, what);
  } else if (o instanceof Reg) {
    if (o.type === RT_GP && physVar(o) < 0) {
      throw new JitError("EOPERAND", `operand ${i + 1} of ${what}: ${o.name} belongs to the frame in compiled code (rsp and rbp are not allocatable); use a virtual register or c.local()`, { instruction: what, operand: i + 1 });
    }
  } else if (o instanceof Mem) {
    if (o.base instanceof VReg) varOf(ctx, o.base, what);
    if (o.index instanceof VReg) varOf(ctx, o.index, what);
  } else if (o instanceof Label) {
    if (!ctx.labels.has(o)) throw new JitError("ELABEL", `${what}: label ${o.name} was not made by this compiler's c.label()`, { instruction: what });
  }
}

/** The fixed register a virtual register could stand in for, by token class. */
function fixedFor(v: VReg, tokenRcls: number): Reg | null {
  if (v.type === RT_GP) {
    if (v.bits === 8) return tokenRcls & C_CL ? gp8[1]! : tokenRcls & C_AL ? gp8[0]! : null;
    if (v.bits === 16) return tokenRcls & C_DX ? gp16[2]! : tokenRcls & C_AX ? gp16[0]! : null;
    if (v.bits === 32) return tokenRcls & C_EAX ? gp32[0]! : null;
    return tokenRcls & C_RAX ? gp64[0]! : null;
  }
  if (v.bits === 128 && tokenRcls & C_XMM0) return xmm[0]!;
  return null;
}

interface Selection {
  form: Form;
  /** Operands as encoded (fixed registers substituted for the virtual ones they stand for). */
  ops: Operand[];
  /** Substitutions: position → the virtual register it replaced. */
  subst: Map<number, VReg>;
  /** Leading implicit-register operands (virtual or physical), in facts order. */
  lead: Reg[];
}

function trySelect(entry: FormSet, ops: readonly Operand[], rc: Rounding | null): Form | null {
  try {
    return selectForm(entry, ops[0], ops[1], ops[2], ops[3], ops.length, rc);
  } catch (e) {
    if (e instanceof JitError && (e.code === "EOPERAND" || e.code === "ERANGE")) return null;
    throw e;
  }
}

/** Forms whose token at position i is a fixed register; the substitutions that could select one. */
function substitute(entry: FormSet, ops: readonly Operand[], rc: Rounding | null): Selection | null {
  const cand: { i: number; v: VReg; regs: Reg[] }[] = [];
  for (let i = 0; i < ops.length; i++) {
    const o = ops[i];
    if (!(o instanceof VReg) || o.mask !== 0 || o.zero) continue;
    const regs: Reg[] = [];
    for (const f of entry.forms) {
      if (f.ops.length !== ops.length) continue;
      const s = f.ops[i]!;
      if ((s.rcls & GENERIC) !== 0 || s.mcls !== 0) continue;
      const r = fixedFor(o, s.rcls);
      if (r !== null && !regs.includes(r)) regs.push(r);
    }
    if (regs.length > 0) cand.push({ i, v: o, regs });
  }
  if (cand.length === 0) return null;
  // fewest substitutions first
  const n = cand.length;
  const combos: number[][] = [];
  const walk = (k: number, pick: number[]) => {
    if (k === n) {
      combos.push(pick.slice());
      return;
    }
    pick.push(-1);
    walk(k + 1, pick);
    pick.pop();
    for (let j = 0; j < cand[k]!.regs.length; j++) {
      pick.push(j);
      walk(k + 1, pick);
      pick.pop();
    }
  };
  walk(0, []);
  combos.sort((a, b) => a.filter((x) => x >= 0).length - b.filter((x) => x >= 0).length);
  for (const c of combos) {
    if (c.every((x) => x < 0)) continue;
    const o2 = ops.slice();
    const subst = new Map<number, VReg>();
    c.forEach((j, k) => {
      if (j < 0) return;
      o2[cand[k]!.i] = cand[k]!.regs[j]!;
      subst.set(cand[k]!.i, cand[k]!.v);
    });
    const f = trySelect(entry, o2, rc);
    if (f !== null && [...subst.keys()].every((i) => (f.ops[i]!.rcls & GENERIC) === 0)) return { form: f, ops: o2, subst, lead: [] };
  }
  return null;
}

/**
 * The implicit registers of a form that leading operands may stand for: GP
 * (not rsp/rbp) and vector, one per register (its widest view), in facts
 * order; with a rep prefix, rcx last.
 */
export function implicitOperands(facts: InstructionFacts, prefixed = false): Reg[] {
  const out: Reg[] = [];
  for (const im of prefixed && facts.rep !== null ? [...facts.implicit, ...facts.rep] : facts.implicit) {
    const r = im.reg;
    if (physVar(r) < 0) continue;
    const k = out.findIndex((x) => x.type === r.type && regNumber(x) === regNumber(r) || (x.type !== RT_GP && r.type !== RT_GP && x.id === r.id));
    if (k < 0) out.push(r);
    else if (r.bits > out[k]!.bits) out[k] = r;
  }
  return out.filter((r) => !r.isHigh8);
}

/** Choose the form: as written, with fixed-register substitutions, or with leading implicit operands. */
function choose(entry: FormSet, ops: Operand[], rc: Rounding | null, prefixed: boolean): Selection {
  const direct = trySelect(entry, ops, rc);
  if (direct !== null) return { form: direct, ops, subst: new Map(), lead: [] };
  const sub = substitute(entry, ops, rc);
  if (sub !== null) return sub;
  for (let k = 1; k <= ops.length; k++) {
    const rest = ops.slice(k);
    const sel = (() => {
      const f = trySelect(entry, rest, rc);
      return f !== null ? { form: f, ops: rest, subst: new Map<number, VReg>(), lead: [] as Reg[] } : substitute(entry, rest, rc);
    })();
    if (sel === null) continue;
    const implicit = implicitOperands(factsOf(sel.form)!, prefixed);
    const lead = ops.slice(0, k);
    if (implicit.length !== k) continue;
    if (!lead.every((o, j) => o instanceof Reg && o.mask === 0 && !o.zero && ((o.type === RT_GP) === (implicit[j]!.type === RT_GP)))) continue;
    sel.lead = lead as Reg[];
    return sel;
  }
  // no interpretation: the matcher's own explanation
  selectForm(entry, ops[0], ops[1], ops[2], ops[3], ops.length, rc);
  throw new JitError("EOPERAND", `${entry.name}: no form accepts these operands`, { instruction: entry.name });
}

function addVar(list: number[], v: number): void {
  if (v >= 0 && !list.includes(v)) list.push(v);
}

function copy(ctx: RecordContext, dst: number, src: number, cls: number, bits: number, what: string): void {
  if (dst === src) return;
  const c = insn(OP_COPY, what);
  c.dst = dst;
  c.src = src;
  c.cls = cls;
  c.bits = bits;
  c.uses.push(src);
  c.defs.push(dst);
  c.memOk = true;
  ctx.insns.push(c);
}

function classOfReg(r: Reg): number {
  return r.type === RT_GP ? CLASS_GP : r.type === RT_K ? CLASS_K : CLASS_VEC;
}

/** Width of the copy for a register operand: the value's width (virtual) or the register's (physical, GP at least 32). */
function copyBits(r: Reg): number {
  if (r instanceof VReg) return r.value.bits;
  return r.type === RT_GP ? Math.max(32, r.bits === 64 ? 64 : 32) : r.bits;
}

/**
 * Record one instruction (and its copies) into ctx.insns.
 * @throws JitError EOPERAND / ERANGE (no form), ESTATE (another compiler's register), ELABEL (foreign label)
 */
export function recordInsn(ctx: RecordContext, entry: FormSet, raw: (Operand | undefined)[], prefix: number): void {
  const what = entry.name;
  let n = raw.length;
  while (n > 0 && raw[n - 1] === undefined) n--;
  let rc: Rounding | null = null;
  if (n > 0 && raw[n - 1] instanceof Rounding) {
    rc = raw[n - 1] as Rounding;
    n--;
  }
  const ops: Operand[] = [];
  for (let i = 0; i < n; i++) {
    const o = raw[i];
    if (o === undefined) throw new JitError("EOPERAND", `operand ${i + 1} of ${what} is undefined`, { instruction: what, operand: i + 1 });
    checkOperand(ctx, o, i, what);
    ops.push(o);
  }
  const sel = choose(entry, ops, rc, prefix === 0xf3 || prefix === 0xf2);
  const form = sel.form, facts = factsOf(form);
  if (facts === undefined) throw new JitError("EOPERAND", `${form.text}: this form has no instruction facts; the compiler cannot allocate around it`, { instruction: what });
  if (facts.kind === KIND_CALL) throw new JitError("EOPERAND", `${what}: call through c.call(target, args) in compiled code (it saves live values and aligns the stack)`, { instruction: what });
  if (facts.kind === KIND_RET) throw new JitError("EOPERAND", `${what}: return with c.ret(value) in compiled code`, { instruction: what });
  const label = sel.ops.find((o): o is Label => o instanceof Label) ?? null;
  if ((facts.kind === KIND_JUMP || facts.kind === KIND_BRANCH) && label === null) {
    throw new JitError("EOPERAND", `${what}: compiled code jumps to labels only (the allocator must see every edge); an indirect jump is not supported`, { instruction: what });
  }
  for (const im of facts.implicit) {
    if (im.reg.type === RT_GP && (regNumber(im.reg) === 4 || regNumber(im.reg) === 5) && !(facts.stack !== 0 && regNumber(im.reg) === 4)) {
      throw new JitError("EOPERAND", `${what}: it uses ${im.reg.name}, which the compiled function's frame owns`, { instruction: what });
    }
  }
  const ins = insn(OP_INSN, what);
  ins.entry = entry;
  ins.form = form;
  ins.ops = sel.ops;
  ins.rc = rc;
  ins.kind = facts.kind;
  ins.label = label;
  ins.prefix = prefix;
  const uses = ins.uses, defs = ins.defs;
  if (form.enc !== 0) ctx.onVex();
  // explicit operands
  for (let i = 0; i < sel.ops.length; i++) {
    const o = sel.ops[i]!;
    if (o instanceof VReg && o.value.cls === CLASS_VEC && (form.ops[i]!.rcls & (C_XMMX | C_YMMX | C_ZMM)) === 0) ctx.lowVec.add(o.value.index);
    if (o instanceof Mem && o.index instanceof VReg && o.index.value.cls === CLASS_VEC && form.enc !== 2) ctx.lowVec.add(o.index.value.index);
    if (o instanceof Reg) {
      const v = varOf(ctx, o, what);
      const merging = o.mask !== 0 && !o.zero;
      const acc = operandAccess(facts, form, i, { isReg: true, bits: o.bits, type: o.type, merging, nextIsReg: sel.ops[i + 1] instanceof Reg });
      if (acc & ACC_R && (facts.access[i]! & ACC_R) === 0 && !uses.includes(v)) {
        if (ins.weak.length === 0) ins.weak = [];
        addVar(ins.weak, v);
      }
      if (acc & ACC_R) addVar(uses, v);
      if (acc & ACC_W) addVar(defs, v);
      if (o.mask !== 0) addVar(uses, o instanceof VReg && o.maskReg !== null ? varOf(ctx, o.maskReg, what) : maskVar(ctx, o.mask, what));
      if (o.mask !== 0 && facts.traits & 1 /* T_MASKW */) addVar(defs, o instanceof VReg && o.maskReg !== null ? varOf(ctx, o.maskReg, what) : maskVar(ctx, o.mask, what));
    } else if (o instanceof Mem) {
      if (o.base !== null && o.base.type !== RT_RIP) addVar(uses, varOf(ctx, o.base, what));
      if (o.index !== null) addVar(uses, varOf(ctx, o.index, what));
      if (o.mask !== 0) {
        const mv = maskVar(ctx, o.mask, what);
        addVar(uses, mv);
        if (facts.traits & 1) addVar(defs, mv);
      }
      if ((o.mcls & VSIB_BITS) !== 0 && sel.ops[0] instanceof Reg) ins.early = true;
    }
  }
  // a zero idiom (`xor v, v`, `vpxor x, y, y`, `pcmpeqd x, x`) does not read its register: the result is a constant
  if (ZERO_IDIOMS.has(what)) {
    const srcs = sel.ops.length === 2 ? [sel.ops[0], sel.ops[1]] : sel.ops.length === 3 ? [sel.ops[1], sel.ops[2]] : [];
    const [p, q] = srcs;
    if (p instanceof Reg && q instanceof Reg && p.mask === 0 && q.mask === 0 && varOf(ctx, p, what) === varOf(ctx, q, what) && p.bits === q.bits) {
      const v = varOf(ctx, p, what);
      const k = uses.indexOf(v);
      if (k >= 0 && (p.type !== RT_GP || p.bits >= 32)) {
        uses.splice(k, 1);
        ins.idiom = true;
      }
    }
  }
  // implicit registers (the width rule: an 8/16-bit write keeps the rest: read too)
  for (const im of facts.implicit) {
    const v = physVar(im.reg);
    if (v < 0) continue;
    let acc = im.access;
    if (acc & ACC_W && im.reg.type === RT_GP && im.reg.bits < 32) acc = ACC_RW;
    if (acc & ACC_R) addVar(uses, v);
    if (acc & ACC_W) addVar(defs, v);
  }
  if (prefix === 0xf3 || prefix === 0xf2) {
    if (facts.rep === null) throw new JitError("EOPERAND", `${prefix === 0xf3 ? "rep" : "repne"} prefix is not allowed on ${form.text}`, { instruction: what });
    for (const r of facts.rep) {
      addVar(uses, physVar(r.reg));
      addVar(defs, physVar(r.reg));
    }
    // zero iterations leave what it writes as it was
    for (const d of defs) addVar(uses, d);
  }
  if (facts.traits & T_STATE && facts.access[0] === ACC_R) for (let i = 0; i < 32; i++) addVar(defs, VAR_VEC + i);
  // copies into fixed registers before, out of them after
  const before: [Reg, Reg, number][] = [], after: [Reg, Reg][] = [];
  for (const [i, v] of sel.subst) {
    const phys = sel.ops[i] as Reg;
    const acc = operandAccess(facts, form, i, { isReg: true, bits: phys.bits, type: phys.type });
    if (acc & ACC_R) before.push([phys, v, acc]);
    if (acc & ACC_W) after.push([v, phys]);
  }
  if (sel.lead.length > 0) {
    const prefixed = prefix === 0xf3 || prefix === 0xf2;
    const implicit = implicitOperands(facts, prefixed);
    sel.lead.forEach((user, j) => {
      const phys = implicit[j]!;
      let acc = 0;
      for (const im of facts.implicit) if (im.reg.type === phys.type && (phys.type === RT_GP ? regNumber(im.reg) === regNumber(phys) : im.reg.id === phys.id)) acc |= im.access;
      if (prefixed && facts.rep?.some((r) => r.reg.id === phys.id)) acc = ACC_RW;
      if (prefixed && acc & ACC_W) acc = ACC_RW; // zero iterations keep the old value
      if (acc & ACC_R) before.push([phys, user, acc]);
      if (acc & ACC_W) after.push([user, phys]);
    });
  }
  for (const [phys, user] of before) {
    const pv = physVar(phys), uv = varOf(ctx, user, what);
    copy(ctx, pv, uv, classOfReg(phys), copyBits(user), what);
  }
  ctx.insns.push(ins);
  for (const [user, phys] of after) {
    const pv = physVar(phys), uv = varOf(ctx, user, what);
    copy(ctx, uv, pv, classOfReg(phys), copyBits(user), what);
  }
}

