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
import { Insn, OP_INSN, physVar, VAR_VIRTUAL } from "./ir.ts";
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

/** Check an operand; false sends the instruction to the general path. */
function plain(ctx: RecordContext, o: Operand | undefined): boolean {
  if (o instanceof Reg) return regVar(ctx, o) >= 0;
  if (typeof o === "number" || typeof o === "bigint") return true;
  if (o instanceof Mem) {
    if (o.mask !== 0 || (o.mcls & VSIB) !== 0) return false;
    const b = o.base, x = o.index;
    if (b instanceof VReg && b.value.owner !== ctx.owner) return false;
    if (x instanceof VReg && x.value.owner !== ctx.owner) return false;
    return true;
  }
  if (o instanceof Label) return ctx.labels.has(o);
  return false;
}

function push(list: number[], v: number): void {
  if (v >= 0 && list.indexOf(v) < 0) list.push(v);
}

function memUses(uses: number[], m: Mem): void {
  const b = m.base, x = m.index;
  if (b !== null && b.type !== RT_RIP) push(uses, b instanceof VReg ? VAR_VIRTUAL + b.value.index : physVar(b));
  if (x !== null) push(uses, x instanceof VReg ? VAR_VIRTUAL + x.value.index : physVar(x));
}

/**
 * Record `entry o0..o3` if it is a plain instruction; false to take the general path.
 */
export function recordFast(ctx: RecordContext, entry: FormSet, o0: Operand | undefined, o1: Operand | undefined, o2: Operand | undefined, o3: Operand | undefined): boolean {
  const n = o3 !== undefined ? 4 : o2 !== undefined ? 3 : o1 !== undefined ? 2 : o0 !== undefined ? 1 : 0;
  if ((n > 0 && !plain(ctx, o0)) || (n > 1 && !plain(ctx, o1)) || (n > 2 && !plain(ctx, o2)) || (n > 3 && !plain(ctx, o3))) return false;
  if ((n > 1 && o0 === undefined) || (n > 2 && o1 === undefined) || (n > 3 && o2 === undefined)) return false;
  let form: Form;
  try {
    form = selectForm(entry, o0, o1, o2, o3, n, null);
  } catch {
    return false; // the general path substitutes fixed registers or explains
  }
  const p = planOf(form);
  if (!p.fast) return false;
  const ins = new Insn(OP_INSN, entry.name);
  ins.entry = entry;
  ins.form = form;
  ins.kind = p.kind;
  const ops: Operand[] = n === 0 ? [] : n === 1 ? [o0!] : n === 2 ? [o0!, o1!] : n === 3 ? [o0!, o1!, o2!] : [o0!, o1!, o2!, o3!];
  ins.ops = ops;
  if (p.labelAt >= 0) ins.label = ops[p.labelAt] as Label;
  if (p.vex) ctx.onVex();
  const uses = ins.uses, defs = ins.defs;
  for (let i = 0; i < n; i++) {
    const o = ops[i]!;
    if (o instanceof Reg) {
      const v = o instanceof VReg ? VAR_VIRTUAL + o.value.index : physVar(o);
      let a = p.acc[i]!;
      if (i === 0 && p.mergeIfReg && !(ops[1] instanceof Reg)) a = ACC_W;
      if (a === ACC_W && o.type === RT_GP && o.bits < 32) {
        a = ACC_RW;
        if (uses.indexOf(v) < 0) {
          if (ins.weak.length === 0) ins.weak = [];
          push(ins.weak, v);
        }
      }
      if (a & ACC_R) push(uses, v);
      if (a & ACC_W) push(defs, v);
      if (o instanceof VReg && o.value.cls === CLASS_VEC && p.low & (1 << i)) ctx.lowVec.add(o.value.index);
    } else if (o instanceof Mem) memUses(uses, o);
  }
  if (p.zeroIdiom && n >= 2) {
    const a = n === 2 ? o0 : o1, b = n === 2 ? o1 : o2;
    if (a instanceof Reg && b instanceof Reg && a.bits === b.bits && (a.type !== RT_GP || a.bits >= 32)) {
      const va = a instanceof VReg ? VAR_VIRTUAL + a.value.index : physVar(a), vb = b instanceof VReg ? VAR_VIRTUAL + b.value.index : physVar(b);
      if (va === vb) {
        const k = uses.indexOf(va);
        if (k >= 0) uses.splice(k, 1);
        ins.idiom = true;
      }
    }
  }
  for (const v of p.impUses) push(uses, v);
  for (const v of p.impDefs) push(defs, v);
  ctx.insns.push(ins);
  return true;
}
