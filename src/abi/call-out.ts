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
import { dword, mem, Mem, qword, xmmword, type Mem64 } from "../x64/operands.ts";
import { eax, gp32, gp64, Reg, RT_GP, RT_XMM, rsp, xmm, type Gp64, type Xmm } from "../x64/registers.ts";
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
const RSP = 4;

interface PMove {
  dst: number;
  value: Value;
  kind: ValueKind;
  /** The value names register `from` as a memory base/index, whose old value now sits in `slot`: reload it into dst first. */
  reload?: { from: number; slot: Mem64 };
}

const isRspMem = (v: Value): v is Mem => v instanceof Mem && v.base !== null && v.base.type === RT_GP && v.base.id === RSP;

/**
 * Emit the whole call sequence into `a`.
 * @throws JitError EABI when keep names the result register or no register is left for a float cycle, EARGS for values that cannot be passed
 */
export function emitCall(a: BodyAssembler, cc: CallingConvention, args: readonly OutArg[], plan: CallPlan, resultReg: Reg | null): void {
  // 1. registers to keep
  const keepGp: Gp64[] = [], keepXmm: Xmm[] = [];
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
  for (const r of keepGp) a.push(r);
  for (const r of keepXmm) {
    a.sub(rsp, 16);
    a.movdqu(xmmword(rsp), r);
  }

  // 2. what the moves read and write
  const asg = assignArguments(cc, args.map((x) => x.type));
  const intMoves: PMove[] = [], fltMoves: PMove[] = [];
  let readGp = 0, readXmm = 0, dstGp = 0, dstXmm = 0;
  const stack: { offset: number; value: Value; kind: ValueKind }[] = [];
  const dupes: { gp: Gp64; x: Xmm }[] = [];
  for (let i = 0; i < args.length; i++) {
    const loc = asg.locations[i]!;
    const arg = args[i]!;
    const [g, x] = readsOf(arg.value);
    readGp |= g;
    readXmm |= x;
    if (loc.kind === "stack") {
      stack.push({ offset: loc.offset, value: arg.value, kind: arg.kind });
    } else if (loc.reg.type === RT_GP) {
      intMoves.push({ dst: loc.reg.id, value: arg.value, kind: arg.kind });
      dstGp |= bit(loc.reg.id);
    } else {
      fltMoves.push({ dst: loc.reg.id, value: arg.value, kind: arg.kind });
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
  let dest: CallDestination = plan.destination;
  let targetTemp: Gp64 | null = null, targetSlot = -1;
  if ("operand" in dest) {
    const [g] = readsOf(dest.operand);
    readGp |= g;
    if ((g & clobbered) !== 0) {
      // an argument overwrites the pointer's register: move it to a free register, or park it in the outgoing area
      const free = cc.callerSavedGp.find((r) => r.id !== RSP && (bit(r.id) & (clobbered | readGp)) === 0);
      if (free !== undefined) targetTemp = free;
      else targetSlot = asg.stackBytes;
    }
  }

  // 3. outgoing area (+ a slot for a parked call target), rsp aligned at the call
  const depth1 = a.rspDepth;
  let area = asg.stackBytes + (targetSlot >= 0 ? 8 : 0);
  const misalign = (((depth1 + area) % cc.stackAlign) + cc.stackAlign) % cc.stackAlign;
  if (misalign !== 0) area += cc.stackAlign - misalign;
  if (area > 0) a.sub(rsp, area);
  const shift = a.rspDepth - depth0; // rsp-relative sources moved by this much
  const fix = (v: Value): Value => (isRspMem(v) && shift !== 0 ? v.offset(shift) : v);
  for (const m of intMoves) m.value = fix(m.value);
  for (const m of fltMoves) m.value = fix(m.value);
  for (const st of stack) st.value = fix(st.value);
  if ("operand" in dest) dest = { operand: fix(dest.operand) as Gp64 | Mem };
  if (targetTemp !== null && "operand" in dest) {
    intMoves.push({ dst: targetTemp.id, value: dest.operand instanceof Mem ? resize(dest.operand, 64) : dest.operand, kind: I64 });
    dest = { operand: targetTemp };
  }

  // 4. stack arguments (they write memory only); a parked target first
  const freeGpNow = (avoid: number) => cc.callerSavedGp.find((r) => r.id !== RSP && (bit(r.id) & avoid) === 0) as Gp64 | undefined;
  const freeXmm = cc.callerSavedXmm.filter((r) => (bit(r.id) & (dstXmm | readXmm)) === 0) as Xmm[];
  const prefer = <R extends Reg>(list: readonly R[], pool: R[]): R[] => [...list.filter((r) => pool.includes(r)), ...pool.filter((r) => !list.includes(r))];
  const xmmPool = prefer(cc.scratchXmm, freeXmm);
  if (targetSlot >= 0 && "operand" in dest) {
    const op = dest.operand;
    withGp(a, freeGpNow(readGp), (t, d) => {
      moveToGp(a, t, fixBy(op, d), I64, "call target");
      a.mov(qword(rsp, targetSlot + d), t);
    });
    dest = { operand: qword(rsp, targetSlot) };
  }
  if (stack.length > 0) {
    // a stack store may clobber a destination register nobody reads yet; never a source
    const s = cc.scratchGp.find((r) => (bit(r.id) & readGp) === 0) ?? freeGpNow(readGp);
    for (const st of stack) withGp(a, s, (t, d) => storeStackArg(a, st.offset + d, fixBy(st.value, d), st.kind, t, xmmPool));
  }
  // 5. float registers (read GP and xmm, write xmm only)
  parallel(
    fltMoves, (m) => readsOf(m.value)[1],
    (pending) => {
      const r = xmmPool.shift();
      if (r === undefined) throw new JitError("EABI", "call: no free xmm register to break a cycle of float arguments");
      const d = pending[0]!.dst;
      a.movaps(r, xmm[d]!);
      for (const m of pending) if (m.value instanceof Reg && m.value.type === RT_XMM && m.value.id === d) m.value = r;
    },
    (m) => moveToXmm(a, xmm[m.dst]!, m.value, m.kind, "call argument"),
  );
  // 6. integer registers
  const allIntDst = intMoves.reduce((acc, m) => acc | bit(m.dst), 0);
  let parked = 0;
  parallel(
    intMoves, (m) => readsOf(m.value)[0] & ~(m.reload ? bit(m.reload.from) : 0),
    (pending) => {
      const d = pending[0]!.dst;
      const busy = pending.reduce((acc, m) => acc | readsOf(m.value)[0], allIntDst | clobbered | bit(RSP));
      const t = cc.scratchGp.find((r) => (bit(r.id) & busy) === 0) ?? freeGpNow(busy);
      if (t !== undefined) {
        a.mov(t, gp64[d]!);
        for (const m of pending) m.value = substituteGp(m.value, d, t.id);
        return;
      }
      // no free register: park d's value on the stack (popped before the call)
      a.push(gp64[d]!);
      const slot = qword(rsp);
      for (const m of pending) {
        if (isRspMem(m.value)) m.value = m.value.offset(8);
        if (m.reload) m.reload.slot = m.reload.slot.offset(8);
        const v = m.value;
        if (v instanceof Reg && v.type === RT_GP && v.id === d) m.value = resize(slot, v.bits);
        else if ((readsOf(v)[0] & bit(d)) !== 0) {
          if (m.reload) throw new JitError("EABI", "call: argument addresses need more free registers than are left; load them before the call");
          m.reload = { from: d, slot };
        }
      }
      parked++;
    },
    (m) => {
      if (m.reload) {
        const [g] = readsOf(m.value);
        if ((g & bit(m.dst)) !== 0 && m.dst !== m.reload.from) throw new JitError("EABI", "call: argument addresses need more free registers than are left; load them before the call");
        a.mov(gp64[m.dst]!, m.reload.slot);
        m.value = substituteGp(m.value, m.reload.from, m.dst);
      }
      moveToGp(a, gp64[m.dst]!, m.value, m.kind, "call argument");
    },
  );
  if (parked > 0) a.lea(rsp, mem(rsp, 8 * parked));
  for (const d of dupes) a.movq(d.gp, d.x);
  // 7. al = vector registers used (upper bound) for a variadic System V callee
  if (setsAl) {
    const n = asg.floatRegs;
    if (n === 0) a.xor(eax, eax);
    else a.mov(eax, n);
  }
  // 8. the call
  if ("address" in dest) a.call(a.i64(dest.address));
  else if (dest.operand instanceof Mem) a.call(resize(dest.operand, 64)); // qword or unsized (target.ts): the same bytes
  else a.call(dest.operand);
  // 9. undo
  if (area > 0) a.add(rsp, area);
  for (let i = keepXmm.length - 1; i >= 0; i--) {
    a.movdqu(keepXmm[i]!, xmmword(rsp));
    a.add(rsp, 16);
  }
  for (let i = keepGp.length - 1; i >= 0; i--) a.pop(keepGp[i]!);
}

const I64: ValueKind = Object.freeze({ cls: "int", bytes: 8, signed: true, bool: false });

/** rsp-relative operands while `d` extra bytes are pushed. */
function fixBy<V extends Value>(v: V, d: number): V {
  return d !== 0 && isRspMem(v) ? (v.offset(d) as V) : v;
}

/**
 * Run `body` with a general-purpose temporary: `t` when one is free, else
 * rax borrowed with push/pop (then rsp-relative operands are 8 bytes further: `d`).
 */
function withGp(a: BodyAssembler, t: Gp64 | undefined, body: (t: Gp64, d: number) => void): void {
  if (t !== undefined) return body(t, 0);
  const r = gp64[0]!;
  a.push(r);
  body(r, 8);
  a.pop(r);
}

/**
 * Order moves so that no source is overwritten before it is read. When every
 * pending destination is still needed (a cycle), `breakCycle` frees one
 * (copies it to a free register or parks it on the stack, rewriting the
 * pending moves that read it).
 */
function parallel(moves: PMove[], reads: (m: PMove) => number, breakCycle: (pending: PMove[]) => void, emit: (m: PMove) => void): void {
  const pending = moves.slice();
  while (pending.length > 0) {
    let idx = -1;
    for (let i = 0; i < pending.length && idx < 0; i++) {
      const m = pending[i]!;
      let blocked = false;
      for (let j = 0; j < pending.length; j++) {
        if (j !== i && (reads(pending[j]!) & bit(m.dst)) !== 0) {
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
    breakCycle(pending);
  }
}

function storeStackArg(a: BodyAssembler, offset: number, value: Value, k: ValueKind, s: Gp64, xmmPool: Xmm[]): void {
  const slot64 = qword(rsp, offset);
  const slot32 = dword(rsp, offset);
  const s32 = gp32[s.id]!;
  if (k.cls === "int") {
    if (value instanceof Reg && value.type === RT_GP && k.bytes === 8 && value.bits === 64) return void a.mov(slot64, gp64[value.id]!);
    if (value instanceof Reg && value.type === RT_GP && k.bytes === 4 && !k.bool && value.bits >= 32) return void a.mov(slot32, gp32[value.id]!);
    if (typeof value === "number" && Number.isInteger(value) && k.bytes === 8 && value >= -(2 ** 31) && value < 2 ** 31) return void a.mov(slot64, value);
    moveToGp(a, s, value, k, "stack argument");
    a.mov(slot64, s);
    return;
  }
  const f64 = k.bytes === 8;
  const storeX = (x: Xmm) => void (f64 ? a.movsd(slot64, x) : a.movss(slot32, x));
  if (value instanceof Reg && value.type === RT_XMM) return storeX(xmm[value.id]!);
  if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
    const v = Number(value);
    const dv = new DataView(new ArrayBuffer(8));
    if (f64) {
      dv.setFloat64(0, v, true);
      moveToGp(a, s, dv.getBigInt64(0, true), I64, "stack argument");
      a.mov(slot64, s);
    } else {
      dv.setFloat32(0, v, true);
      a.mov(slot32, dv.getUint32(0, true));
    }
    return;
  }
  if (value instanceof Mem && (value.bits === (f64 ? 64 : 32) || value.bits === 0)) {
    if (f64) a.mov(s, resize(value, 64)).mov(slot64, s);
    else a.mov(s32, resize(value, 32)).mov(slot32, s32);
    return;
  }
  // conversions go through an xmm scratch
  const x = xmmPool[0];
  if (x === undefined) throw new JitError("EABI", "call: no free xmm register to convert a stack argument");
  moveToXmm(a, x, value, k, "stack argument");
  storeX(x);
}
