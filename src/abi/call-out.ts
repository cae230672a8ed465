/**
 * call-out.ts — the call sequence for a call from JIT code: save the
 * registers the caller asked to keep, reserve the outgoing argument area with
 * rsp 16-byte aligned at the call, store stack arguments, move register
 * arguments as one parallel move (sources are read before any of them is
 * overwritten; cycles are broken through a free caller-saved register), set
 * al for variadic System V calls, call, and undo it all.
 *
 * Targets are resolved before this point (target.ts); this file only knows
 * values, kinds and the calling convention's data.
 */
import type { FFIType } from "bun:ffi";
import { JitError } from "../core/errors.ts";
import { Mem } from "../x64/operands.ts";
import { gp32, gp64, Reg, RT_GP, RT_XMM, rsp, xmm, type Gp64, type Xmm } from "../x64/registers.ts";
import { assignArguments, type ValueKind } from "./assign.ts";
import type { BodyAssembler } from "./body-assembler.ts";
import type { CallingConvention } from "./calling-convention.ts";
import { moveToGp, moveToXmm, readsOf, resize, substituteGp, type Value } from "./moves.ts";

/** One argument of a call: its value and the ABI type it travels as. */
export interface OutArg {
  value: Value;
  type: FFIType;
  kind: ValueKind;
}

/** Where the call goes: a fixed address, or a register / memory operand holding one. */
export type CallDestination = { address: number } | { operand: Gp64 | Mem };

/** What emitCall needs beyond the arguments. */
export interface CallPlan {
  destination: CallDestination;
  /** Set al (System V) / duplicate floats into GP registers (Win64) for a variadic callee. */
  variadic: boolean;
  /** Registers to preserve across the call (caller-saved ones the body still needs). */
  keep: readonly Reg[];
}

const bit = (id: number) => 1 << id;

interface PMove {
  dst: number;
  value: Value;
  kind: ValueKind;
}

/**
 * Emit the whole call sequence into `a`.
 * @throws JitError EABI when no scratch register is free or keep names the result register, EARGS for values that cannot be passed
 */
export function emitCall(a: BodyAssembler, cc: CallingConvention, args: readonly OutArg[], plan: CallPlan, resultReg: Reg | null): void {
  // 1. registers to keep
  const keepGp: Reg[] = [], keepXmm: Reg[] = [];
  for (const r of plan.keep) {
    if (!(r instanceof Reg)) throw new JitError("EABI", `keep: ${String(r)} is not a register`);
    if (resultReg !== null && r.type === resultReg.type && r.id === resultReg.id) {
      throw new JitError("EABI", `keep: ${r.name} receives the call's result; copy the result elsewhere instead`);
    }
    if (r.type === RT_GP) keepGp.push(gp64[r.id]!);
    else if (r.type === RT_XMM) keepXmm.push(xmm[r.id]!);
    else throw new JitError("EABI", `keep: ${r.name} cannot be kept (general-purpose and xmm registers only)`);
  }
  const depth0 = a.rspDepth;
  for (const r of keepGp) a.emit("push", r);
  for (const r of keepXmm) {
    a.emit("sub", rsp, 16);
    a.emit("movdqu", new Mem(rsp, null, 1, 0, 128), r);
  }
  // 2. outgoing area, aligned
  const asg = assignArguments(cc, args.map((x) => x.type));
  const depth1 = a.rspDepth;
  let area = asg.stackBytes;
  const misalign = (((depth1 + area) % cc.stackAlign) + cc.stackAlign) % cc.stackAlign;
  if (misalign !== 0) area += cc.stackAlign - misalign;
  if (area > 0) a.emit("sub", rsp, area);
  const shift = a.rspDepth - depth0; // rsp-relative sources moved by this much
  const fix = (v: Value): Value => (v instanceof Mem && v.base !== null && v.base.type === RT_GP && v.base.id === 4 && shift !== 0 ? v.offset(shift) : v);

  // collect register moves and everything they read
  const intMoves: PMove[] = [], fltMoves: PMove[] = [];
  let readGp = 0, readXmm = 0, dstGp = 0, dstXmm = 0;
  const stack: { offset: number; value: Value; kind: ValueKind }[] = [];
  const dupes: { gp: Gp64; x: Xmm }[] = [];
  for (let i = 0; i < args.length; i++) {
    const loc = asg.locations[i]!;
    const arg = args[i]!;
    const value = fix(arg.value);
    const [g, x] = readsOf(value);
    readGp |= g;
    readXmm |= x;
    if (loc.kind === "stack") {
      stack.push({ offset: loc.offset, value, kind: arg.kind });
      continue;
    }
    if (loc.reg.type === RT_GP) {
      intMoves.push({ dst: loc.reg.id, value, kind: arg.kind });
      dstGp |= bit(loc.reg.id);
    } else {
      fltMoves.push({ dst: loc.reg.id, value, kind: arg.kind });
      dstXmm |= bit(loc.reg.id);
      if (plan.variadic && cc.variadicFloatsInGp && cc.sharedSlots) {
        const gp = cc.intArgs[i];
        if (gp !== undefined) {
          dupes.push({ gp, x: loc.reg as Xmm });
          dstGp |= bit(gp.id);
        }
      }
    }
  }
  const setsAl = plan.variadic && cc.variadicAl;
  const clobbered = dstGp | (setsAl ? bit(0) : 0);
  // the destination: a register / memory operand whose registers get overwritten moves to a scratch register
  let dest: CallDestination = plan.destination;
  if ("operand" in dest) {
    const op = fix(dest.operand) as Gp64 | Mem;
    const [g] = readsOf(op);
    readGp |= g;
    dest = { operand: op };
  }
  // free caller-saved registers: not an argument destination, not read by anything
  const freeGp = cc.callerSavedGp.filter((r) => (bit(r.id) & (clobbered | readGp)) === 0 && r.id !== 4);
  const freeXmm = cc.callerSavedXmm.filter((r) => (bit(r.id) & (dstXmm | readXmm)) === 0);
  const prefer = (list: readonly Reg[], pool: Reg[]): Reg[] => [...list.filter((r) => pool.includes(r)), ...pool.filter((r) => !list.includes(r))];
  const gpPool = prefer(cc.scratchGp, freeGp) as Gp64[];
  const xmmPool = prefer(cc.scratchXmm, freeXmm) as Xmm[];
  const takeGp = (why: string): Gp64 => {
    const r = gpPool.shift();
    if (r === undefined) throw new JitError("EABI", `call: no free caller-saved register left for ${why}; pass fewer registers or keep values in callee-saved registers`);
    return r;
  };
  if ("operand" in dest) {
    const [g] = readsOf(dest.operand);
    if ((g & clobbered) !== 0) {
      const t = takeGp("the call target");
      intMoves.push({ dst: t.id, value: dest.operand instanceof Mem ? resize(dest.operand, 64) : dest.operand, kind: I64 });
      dest = { operand: t };
    }
  }

  // 3. stack arguments (they write memory only)
  if (stack.length > 0) {
    const s = gpPool[0] ?? takeGp("stack arguments");
    for (const st of stack) storeStackArg(a, st.offset, st.value, st.kind, s, xmmPool);
  }
  // 4. float registers (read GP and xmm, write xmm only)
  parallel(fltMoves, (v) => readsOf(v)[1], (v, from, to) => (v instanceof Reg && v.type === RT_XMM && v.id === from ? xmm[to]! : v), () => {
    const r = xmmPool.shift();
    if (r === undefined) throw new JitError("EABI", "call: no free xmm register to break a cycle of float arguments");
    return r.id;
  }, (from, to) => a.emit("movaps", xmm[to]!, xmm[from]!), (m) => moveToXmm(a, xmm[m.dst]!, m.value, m.kind, "call argument"));
  // 5. integer registers
  parallel(intMoves, (v) => readsOf(v)[0], substituteGp, () => takeGp("a cycle of integer arguments").id, (from, to) => a.emit("mov", gp64[to]!, gp64[from]!), (m) =>
    moveToGp(a, gp64[m.dst]!, m.value, m.kind, "call argument"),
  );
  for (const d of dupes) a.emit("movq", d.gp, d.x);
  // 6. al = vector registers used (upper bound) for a variadic System V callee
  if (setsAl) {
    const n = asg.floatRegs;
    if (n === 0) a.emit("xor", gp32[0]!, gp32[0]!);
    else a.emit("mov", gp32[0]!, n);
  }
  // 7. the call
  if ("address" in dest) a.emit("call", a.i64(dest.address));
  else a.emit("call", dest.operand);
  // 8. undo
  if (area > 0) a.emit("add", rsp, area);
  for (let i = keepXmm.length - 1; i >= 0; i--) {
    a.emit("movdqu", keepXmm[i]!, new Mem(rsp, null, 1, 0, 128));
    a.emit("add", rsp, 16);
  }
  for (let i = keepGp.length - 1; i >= 0; i--) a.emit("pop", keepGp[i]!);
}

const I64: ValueKind = Object.freeze({ cls: "int", bytes: 8, signed: true, bool: false });

/**
 * Order moves so that no source is overwritten before it is read; break
 * cycles by copying one destination to a free register and reading it from there.
 */
function parallel(
  moves: PMove[],
  reads: (v: Value) => number,
  substitute: (v: Value, from: number, to: number) => Value,
  scratch: () => number,
  copy: (from: number, to: number) => void,
  emit: (m: PMove) => void,
): void {
  const pending = moves.slice();
  while (pending.length > 0) {
    let idx = -1;
    for (let i = 0; i < pending.length && idx < 0; i++) {
      const m = pending[i]!;
      let blocked = false;
      for (let j = 0; j < pending.length; j++) {
        if (j !== i && (reads(pending[j]!.value) & bit(m.dst)) !== 0) {
          blocked = true;
          break;
        }
      }
      if (!blocked) idx = i;
    }
    if (idx >= 0) {
      emit(pending[idx]!);
      pending.splice(idx, 1);
      continue;
    }
    // every destination is still needed: park one of them
    const d = pending[0]!.dst;
    const t = scratch();
    copy(d, t);
    for (const m of pending) m.value = substitute(m.value, d, t);
  }
}

function storeStackArg(a: BodyAssembler, offset: number, value: Value, k: ValueKind, s: Gp64, xmmPool: Xmm[]): void {
  const slot64 = new Mem(rsp, null, 1, offset, 64);
  const slot32 = new Mem(rsp, null, 1, offset, 32);
  if (k.cls === "int") {
    if (value instanceof Reg && value.type === RT_GP && k.bytes === 8 && value.bits === 64) return void a.emit("mov", slot64, value);
    if (value instanceof Reg && value.type === RT_GP && k.bytes === 4 && !k.bool && value.bits >= 32) return void a.emit("mov", slot32, gp32[value.id]!);
    if (typeof value === "number" && Number.isInteger(value) && k.bytes === 8 && value >= -(2 ** 31) && value < 2 ** 31) return void a.emit("mov", slot64, value);
    moveToGp(a, s, value, k, "stack argument");
    a.emit("mov", slot64, s);
    return;
  }
  const f64 = k.bytes === 8;
  if (value instanceof Reg && value.type === RT_XMM) return void a.emit(f64 ? "movsd" : "movss", f64 ? slot64 : slot32, value);
  if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
    const v = Number(value);
    const dv = new DataView(new ArrayBuffer(8));
    if (f64) {
      dv.setFloat64(0, v, true);
      moveToGp(a, s, dv.getBigInt64(0, true), I64, "stack argument");
      a.emit("mov", slot64, s);
    } else {
      dv.setFloat32(0, v, true);
      a.emit("mov", slot32, dv.getUint32(0, true));
    }
    return;
  }
  if (value instanceof Mem && (value.bits === (f64 ? 64 : 32) || value.bits === 0)) {
    a.emit("mov", f64 ? s : gp32[s.id]!, resize(value, f64 ? 64 : 32));
    a.emit("mov", f64 ? slot64 : slot32, f64 ? s : gp32[s.id]!);
    return;
  }
  // conversions go through an xmm scratch
  const x = xmmPool[0];
  if (x === undefined) throw new JitError("EABI", "call: no free xmm register to convert a stack argument");
  moveToXmm(a, x, value, k, "stack argument");
  a.emit(f64 ? "movsd" : "movss", f64 ? slot64 : slot32, x);
}
