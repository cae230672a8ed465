/**
 * record-fast.ts — the common case of recording an instruction, without
 * allocations beyond the record itself: no prefix, no rounding, no masks,
 * registers (virtual or physical, not rsp/rbp), immediates, this compiler's
 * labels and plain memory operands, and a form the operands select as
 * written. What a form means for allocation (access per operand, implicit
 * registers as variables, control transfer …) is worked out once per form
 * (`FormPlan`). Anything else returns false and takes record.ts's path,
 * which also produces every error.
 */
import { Label } from "../core/label.ts";
import type { Operand } from "../x64/operands.ts";
import { type FormSet, selectForm } from "../x64/encode/select.ts";
import { Mem, VSIB_X, VSIB_Y, VSIB_Z } from "../x64/operands.ts";
import { C_XMMX, C_YMMX, C_ZMM, Reg, RT_GP, RT_RIP } from "../x64/registers.ts";
import { ACC_R, ACC_RW, ACC_W, factsOf, KIND_BRANCH, KIND_CALL, KIND_JUMP, KIND_RET, regNumber } from "../x64/table/facts.ts";
import type { Form } from "../x64/table/schema.ts";
import { type Insn, insn, OP_INSN, physVar, VAR_VIRTUAL } from "./ir.ts";
import type { RecordContext } from "./record.ts";
import { CLASS_VEC, VReg } from "./vreg.ts";

/** What a form means for allocation, computed once. */
interface FormPlan {
  /** False: the form needs the general path (calls, returns, indirect jumps, rsp/rbp, rep, state loads). */
  readonly fast: boolean;
  /** Access per operand (ACC_*), for a register of the token's own width. */
  readonly acc: Uint8Array;
  /** movss/movsd xmm, xmm/m: operand 0 is read only when operand 1 is a register. */
  readonly mergeIfReg: boolean;
  /** Bit i: a vector register at operand i must be 0–15 (legacy/VEX). */
  readonly low: number;
  readonly impUses: readonly number[];
  readonly impDefs: readonly number[];
  readonly kind: number;
  /** Index of the label operand, or -1. */
  readonly labelAt: number;
  readonly zeroIdiom: boolean;
  readonly vex: boolean;
}

const plans = new Map<Form, FormPlan>();
const VSIB = VSIB_X | VSIB_Y | VSIB_Z;

/** Instructions whose result is a constant when both sources are the same register (they do not read it). */
export const ZERO_IDIOMS: ReadonlySet<string> = new Set([
  "xor", "sub", "pxor", "xorps", "xorpd", "psubb", "psubw", "psubd", "psubq", "pcmpeqb", "pcmpeqw", "pcmpeqd", "pcmpeqq",
  "vpxor", "vxorps", "vxorpd", "vpxord", "vpxorq", "vpsubb", "vpsubw", "vpsubd", "vpsubq", "vpcmpeqb", "vpcmpeqw", "vpcmpeqd", "vpcmpeqq",
  "kxorb", "kxorw", "kxord", "kxorq",
]);

function planOf(f: Form): FormPlan {
  let p = plans.get(f);
  if (p !== undefined) return p;
  const facts = factsOf(f);
  const n = f.ops.length;
  const acc = new Uint8Array(n);
  let low = 0, labelAt = -1;
  for (let i = 0; i < n; i++) {
    const s = f.ops[i]!;
    acc[i] = facts?.access[i] ?? 0;
    if ((s.rcls & (C_XMMX | C_YMMX | C_ZMM)) === 0) low |= 1 << i;
    if (s.rel !== 0) labelAt = i;
    if (s.mcls & VSIB) low |= 0; // gathers take the general path (early defs)
  }
  const impUses: number[] = [], impDefs: number[] = [];
  let fast = facts !== undefined && facts.kind !== KIND_CALL && facts.kind !== KIND_RET && facts.rep === null && (facts.traits & 8 /* T_STATE */) === 0;
  if (facts !== undefined && (facts.kind === KIND_JUMP || facts.kind === KIND_BRANCH) && labelAt < 0) fast = false;
  if (f.ops.some((s) => s.mcls & VSIB) || (facts?.traits ?? 0) & 1 /* T_MASKW */) fast = false;
  if (facts !== undefined) {
    for (const im of facts.implicit) {
      const v = physVar(im.reg);
      if (v < 0) {
        fast = false; // rsp/rbp: the general path refuses or handles it
        continue;
      }
      let a = im.access;
      if (a & ACC_W && im.reg.type === RT_GP && im.reg.bits < 32) a = ACC_RW;
      if (a & ACC_R && !impUses.includes(v)) impUses.push(v);
      if (a & ACC_W && !impDefs.includes(v)) impDefs.push(v);
      if (im.reg.isHigh8 && regNumber(im.reg) < 0) fast = false;
    }
  }
  p = { fast, acc, mergeIfReg: facts?.mergeIfReg ?? false, low, impUses, impDefs, kind: facts?.kind ?? 0, labelAt, zeroIdiom: ZERO_IDIOMS.has(f.mnemonic), vex: f.enc !== 0 };
  plans.set(f, p);
  return p;
}

/** The variable of a register operand on the fast path, or -1 to leave it to the general path. */
function regVar(ctx: RecordContext, o: Reg): number {
  if (o.mask !== 0 || o.zero) return -1;
  if (o instanceof VReg) return o.value.owner === ctx.owner ? VAR_VIRTUAL + o.value.index : -1;
  return physVar(o);
}

function push(list: number[], v: number): void {
  if (v >= 0 && list.indexOf(v) < 0) list.push(v);
}

/** The variable of a plain operand, -1 for none (immediate, label, memory), -2: not plain (the general path). */
function varOfPlain(ctx: RecordContext, o: Operand | undefined): number {
  if (o instanceof VReg) return o.value.owner === ctx.owner && o.mask === 0 && !o.zero ? VAR_VIRTUAL + o.value.index : -2;
  if (typeof o === "number" || typeof o === "bigint") return -1;
  if (o instanceof Reg) {
    if (o.mask !== 0 || o.zero) return -2;
    const v = physVar(o);
    return v >= 0 ? v : -2;
  }
  if (o instanceof Mem) {
    if (o.mask !== 0 || (o.mcls & VSIB) !== 0) return -2;
    const b = o.base, x = o.index;
    if (b instanceof VReg && b.value.owner !== ctx.owner) return -2;
    if (x instanceof VReg && x.value.owner !== ctx.owner) return -2;
    return -1;
  }
  if (o instanceof Label) return ctx.labels.has(o) ? -1 : -2;
  return -2;
}

function memUses(uses: number[], m: Mem): void {
  const b = m.base, x = m.index;
  if (b !== null && b.type !== RT_RIP) push(uses, b instanceof VReg ? VAR_VIRTUAL + b.value.index : physVar(b));
  if (x !== null) push(uses, x instanceof VReg ? VAR_VIRTUAL + x.value.index : physVar(x));
}

/** Account for operand i (variable v ≥ 0, or -1): its access, narrow writes, vector register limits, memory parts. */
function operand(ctx: RecordContext, p: FormPlan, ins: Insn, o: Operand, i: number, v: number, nextIsReg: boolean): void {
  if (v < 0) {
    if (o instanceof Mem) memUses(ins.uses, o);
    return;
  }
  let a = p.acc[i]!;
  if (i === 0 && p.mergeIfReg && !nextIsReg) a = ACC_W;
  const r = o as Reg;
  if (a === ACC_W && r.type === RT_GP && r.bits < 32) {
    a = ACC_RW;
    if (ins.uses.indexOf(v) < 0) {
      const w = ins.weak.length === 0 ? [] : ins.weak;
      push(w, v);
      ins.weak = w;
    }
  }
  if (a & ACC_R) push(ins.uses, v);
  if (a & ACC_W) push(ins.defs, v);
  if (p.low & (1 << i) && r instanceof VReg && r.value.cls === CLASS_VEC) ctx.lowVec.add(r.value.index);
}

/**
 * Record `entry o0..o3` if it is a plain instruction; false to take the general path.
 */
export function recordFast(ctx: RecordContext, entry: FormSet, o0: Operand | undefined, o1: Operand | undefined, o2: Operand | undefined, o3: Operand | undefined): boolean {
  const n = o3 !== undefined ? 4 : o2 !== undefined ? 3 : o1 !== undefined ? 2 : o0 !== undefined ? 1 : 0;
  const v0 = n > 0 ? varOfPlain(ctx, o0) : -1, v1 = n > 1 ? varOfPlain(ctx, o1) : -1;
  const v2 = n > 2 ? varOfPlain(ctx, o2) : -1, v3 = n > 3 ? varOfPlain(ctx, o3) : -1;
  if (v0 === -2 || v1 === -2 || v2 === -2 || v3 === -2) return false;
  if ((n > 1 && o0 === undefined) || (n > 2 && o1 === undefined) || (n > 3 && o2 === undefined)) return false;
  let form: Form;
  try {
    form = selectForm(entry, o0, o1, o2, o3, n, null);
  } catch {
    return false; // the general path substitutes fixed registers or explains
  }
  const p = planOf(form);
  if (!p.fast) return false;
  const ins = insn(OP_INSN, entry.name);
  ins.entry = entry;
  ins.form = form;
  ins.kind = p.kind;
  ins.ops = n === 0 ? [] : n === 1 ? [o0!] : n === 2 ? [o0!, o1!] : n === 3 ? [o0!, o1!, o2!] : [o0!, o1!, o2!, o3!];
  if (p.labelAt >= 0) ins.label = ins.ops[p.labelAt] as Label;
  if (p.vex) ctx.onVex();
  if (n > 0) operand(ctx, p, ins, o0!, 0, v0, v1 >= 0);
  if (n > 1) operand(ctx, p, ins, o1!, 1, v1, v2 >= 0);
  if (n > 2) operand(ctx, p, ins, o2!, 2, v2, v3 >= 0);
  if (n > 3) operand(ctx, p, ins, o3!, 3, v3, false);
  if (p.zeroIdiom && n >= 2) {
    const a = n === 2 ? v0 : v1, b = n === 2 ? v1 : v2;
    const ra = (n === 2 ? o0 : o1) as Reg, rb = (n === 2 ? o1 : o2) as Reg;
    if (a >= 0 && a === b && ra.bits === rb.bits && (ra.type !== RT_GP || ra.bits >= 32)) {
      const k = ins.uses.indexOf(a);
      if (k >= 0) ins.uses.splice(k, 1);
      ins.idiom = true;
    }
  }
  const iu = p.impUses, id = p.impDefs;
  for (let k = 0; k < iu.length; k++) push(ins.uses, iu[k]!);
  for (let k = 0; k < id.length; k++) push(ins.defs, id[k]!);
  ctx.insns.push(ins);
  return true;
}
