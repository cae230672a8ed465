/**
 * emit.ts — writes the allocated instruction list into the function
 * builder: every virtual register replaced by the register its interval
 * holds at that position, the allocator's moves (splits, spills, reloads,
 * edge moves, stubs for taken branches that need moves) in their places,
 * calls through f.call and returns through f.ret. Typed builder calls for
 * the moves; recorded instructions replay through their selection entry.
 *
 * It decides nothing: locations come from allocate.ts, moves from resolve.ts.
 */
import { FFIType } from "bun:ffi";
import { JitError } from "../core/errors.ts";
import type { Label } from "../core/label.ts";
import type { CallArg, CallOptions, FunctionBuilder } from "../abi/function-builder.ts";
import type { CallTarget } from "../abi/target.ts";
import type { Signature } from "../ffi/signature.ts";
import type { Operand } from "../x64/operands.ts";
import { Mem, type Mem128, type Mem256, type Mem512, type Mem64 } from "../x64/operands.ts";
import { gp64, kreg, Reg, rbp, xmm, ymm, zmm, type KReg } from "../x64/registers.ts";
import { KIND_BRANCH, KIND_JUMP } from "../x64/table/facts.ts";
import { type Insn, OP_ALIGN, OP_BIND, OP_CALL, OP_COPY, OP_INSN, OP_RET, physNumber, physReg, VAR_VIRTUAL } from "./ir.ts";
import { defPos, type Interval, movePos, STACK, usePos } from "./intervals.ts";
import type { Block } from "./liveness.ts";
import { type Move, type MovePlan, sequence, type Step } from "./resolve.ts";
import { CLASS_GP, CLASS_K, CLASS_VEC, K_ID_BASE, VReg, type VRegValue } from "./vreg.ts";

/** What emission reads. */
export interface EmitInput {
  readonly f: FunctionBuilder<Signature>;
  readonly insns: readonly Insn[];
  readonly blocks: readonly Block[];
  readonly reachable: Uint8Array;
  readonly intervals: readonly (Interval | undefined)[];
  readonly values: readonly VRegValue[];
  readonly plan: MovePlan;
  /** VEX moves for vectors (the code uses VEX/EVEX forms). */
  readonly vex: boolean;
  /** kmovq (AVX512BW) rather than kmovw. */
  readonly kmovq: boolean;
  readonly maxFrame: number;
  /** Write listing notes (virtual names beside their registers, what each move is). */
  readonly notes: boolean;
}

/** Emit everything into `in.f.a`. @throws JitError ELIMIT (frame too large), and the assembler's / f.call's errors */
export function emitAll(inp: EmitInput): void {
  new Emitter(inp).run();
}

class Emitter {
  private readonly a;
  private readonly slots = new Map<number, Mem>();
  private frameBytes = 0;
  private scratch: Mem | null = null;

  constructor(private readonly inp: EmitInput) {
    this.a = inp.f.a;
  }

  // ---- locations ------------------------------------------------------------------

  private valueOf(v: number): VRegValue {
    return this.inp.values[v - VAR_VIRTUAL]!;
  }

  /** The location (register number or STACK) of virtual variable v at pos. */
  private loc(v: number, pos: number, what: string): number {
    // most lookups hit the piece found last time for this variable (emission walks forward)
    const last = this.lastPiece[v];
    if (last !== undefined && last.covers(pos)) return last.loc;
    const p = this.inp.intervals[v]?.pieceAt(pos);
    if (p === null || p === undefined) throw new JitError("ESTATE", `${what}: ${this.valueOf(v).name} has no location here (a compiler bug; please report it with the body)`);
    this.lastPiece[v] = p;
    return p.loc;
  }
  private readonly lastPiece: (Interval | undefined)[] = [];

  /** The stack slot of virtual variable v (allocated on first use). */
  private slot(v: number): Mem {
    let m = this.slots.get(v);
    if (m === undefined) {
      const val = this.valueOf(v);
      const bytes = val.cls === CLASS_VEC ? val.bits / 8 : 8;
      this.frameBytes += bytes;
      if (this.frameBytes > this.inp.maxFrame) {
        throw new JitError("ELIMIT", `too many live values: the spill area passed ${this.inp.maxFrame} bytes (maxFrame); keep fewer values alive at once`);
      }
      const local = this.inp.f.local(bytes, Math.min(16, bytes));
      m = new Mem(rbp, null, 1, local.disp, val.cls === CLASS_VEC ? val.bits : 64);
      this.slots.set(v, m);
    }
    return m;
  }

  private scratchSlot(): Mem {
    if (this.scratch === null) {
      this.frameBytes += 64;
      const local = this.inp.f.local(64, 16);
      this.scratch = new Mem(rbp, null, 1, local.disp, 512);
    }
    return this.scratch;
  }

  /** The physical register for a virtual operand (its view width, decorations) at pos. */
  private reg(o: VReg, pos: number, what: string): Reg {
    const v = VAR_VIRTUAL + o.value.index;
    const n = this.loc(v, pos, what);
    if (n < 0) throw new JitError("ESTATE", `${what}: ${o.value.name} is not in a register where the instruction needs it (a compiler bug; please report it)`);
    let r = physReg(o.value.cls, n, o.bits, o.type);
    const at = (pos & ~3) + 2; // masks are read with the inputs
    if (o.maskReg !== null) r = r.k(this.maskOf(o.maskReg, at, what));
    else if (o.mask !== 0) r = r.k(this.maskNumber(o.mask, at, what));
    if (o.zero) r = r.z();
    return r;
  }

  private maskOf(m: Reg, pos: number, what: string): KReg {
    if (m instanceof VReg) return this.reg(m, pos, what) as KReg;
    return m as KReg;
  }

  private maskNumber(mask: number, pos: number, what: string): KReg {
    if (mask >= K_ID_BASE) {
      const n = this.loc(VAR_VIRTUAL + mask - K_ID_BASE, pos, what);
      if (n < 0) throw new JitError("ESTATE", `${what}: a mask register is not in a register (a compiler bug; please report it)`);
      return kreg[n]!;
    }
    return kreg[mask]!;
  }

  /** Rewrite an operand of instruction i (read at usePos, written at defPos). */
  private operand(o: Operand, i: number, reads: readonly number[], what: string): Operand {
    const pos = usePos(i);
    if (o instanceof VReg) return this.reg(o, reads.indexOf(VAR_VIRTUAL + o.value.index) >= 0 ? pos : defPos(i), what);
    if (o instanceof Reg) {
      if (o.mask >= K_ID_BASE) {
        let r = new Reg(o.name, o.type, o.id, o.bits, o.cls);
        r = r.k(this.maskNumber(o.mask, pos, what));
        return o.zero ? r.z() : r;
      }
      return o;
    }
    if (o instanceof Mem) {
      const b = o.base instanceof VReg ? this.reg(o.base, pos, what) : o.base;
      const x = o.index instanceof VReg ? this.reg(o.index, pos, what) : o.index;
      const mask = o.mask >= K_ID_BASE ? this.maskNumber(o.mask, pos, what).id : o.mask;
      if (b === o.base && x === o.index && mask === o.mask) return o;
      return new Mem(b, x, o.scale, o.disp, o.bits, o.seg, o.label, o.broadcast, mask, o.bcstCount);
    }
    return o;
  }

  /** A virtual value as a call argument or return value of instruction i: its register or its slot (sized by the view). */
  private value(o: Operand, i: number, what: string, memBits?: number): Operand {
    const pos = usePos(i);
    if (o instanceof VReg) {
      const v = VAR_VIRTUAL + o.value.index;
      const n = this.loc(v, pos, what);
      if (n >= 0) return physReg(o.value.cls, n, o.bits, o.type);
      const s = this.slot(v);
      const bits = memBits ?? (o.value.cls === CLASS_GP ? o.bits : 64);
      return new Mem(s.base, null, 1, s.disp, bits);
    }
    return this.operand(o, i, [], what);
  }

  // ---- moves ----------------------------------------------------------------------

  private moves(list: readonly Move[] | undefined): void {
    if (list === undefined || list.length === 0) return;
    for (const cls of [CLASS_GP, CLASS_VEC, CLASS_K]) {
      const mine = list.filter((m) => this.valueOf(m.v).cls === cls);
      if (mine.length === 0) continue;
      for (const s of sequence(mine, () => cls === CLASS_GP)) this.step(s);
    }
  }

  private step(s: Step): void {
    const val = this.valueOf(s.v);
    switch (s.kind) {
      case "move": this.move(s.v, val, s.from, s.to); break;
      case "swap":
        if (this.inp.notes) this.a.note(`swap (${val.name} …)`);
        this.a.xchg(gp64[s.a]!, gp64[s.b]!);
        break;
      case "save": this.store(val, this.scratchSlot(), s.from); break;
      case "restore": this.load(val, s.to, this.scratchSlot()); break;
    }
  }

  private move(v: number, val: VRegValue, from: number, to: number): void {
    if (from === to) return;
    if (this.inp.notes) this.a.note(from === STACK ? `reload ${val.name}` : to === STACK ? `spill ${val.name}` : `move ${val.name}`);
    if (from === STACK) this.load(val, to, this.slot(v));
    else if (to === STACK) this.store(val, this.slot(v), from);
    else this.regMove(val.cls, val.bits, to, from);
  }

  /** dst ← src between registers of a class. */
  private regMove(cls: number, bits: number, dst: number, src: number): void {
    const a = this.a;
    if (dst === src) return;
    if (cls === CLASS_GP) a.mov(gp64[dst]!, gp64[src]!);
    else if (cls === CLASS_K) {
      if (this.inp.kmovq) a.kmovq(kreg[dst]!, kreg[src]!);
      else a.kmovw(kreg[dst]!, kreg[src]!);
    } else if (bits === 512) a.vmovaps(zmm[dst]!, zmm[src]!);
    else if (bits === 256) a.vmovaps(ymm[dst]!, ymm[src]!);
    else if (this.inp.vex || dst >= 16 || src >= 16) a.vmovaps(xmm[dst]!, xmm[src]!);
    else a.movaps(xmm[dst]!, xmm[src]!);
  }

  private load(val: VRegValue, dst: number, m: Mem): void {
    const a = this.a;
    if (val.cls === CLASS_GP) a.mov(gp64[dst]!, resized(m, 64) as Mem64);
    else if (val.cls === CLASS_K) {
      if (this.inp.kmovq) a.kmovq(kreg[dst]!, resized(m, 64) as Mem64);
      else a.kmovw(kreg[dst]!, resized(m, 16) as never);
    } else if (val.bits === 512) a.vmovups(zmm[dst]!, resized(m, 512) as Mem512);
    else if (val.bits === 256) a.vmovups(ymm[dst]!, resized(m, 256) as Mem256);
    else if (this.inp.vex || dst >= 16) a.vmovups(xmm[dst]!, resized(m, 128) as Mem128);
    else a.movups(xmm[dst]!, resized(m, 128) as Mem128);
  }

  private store(val: VRegValue, m: Mem, src: number): void {
    const a = this.a;
    if (val.cls === CLASS_GP) a.mov(resized(m, 64) as Mem64, gp64[src]!);
    else if (val.cls === CLASS_K) {
      if (this.inp.kmovq) a.kmovq(resized(m, 64) as Mem64, kreg[src]!);
      else a.kmovw(resized(m, 16) as never, kreg[src]!);
    } else if (val.bits === 512) a.vmovups(resized(m, 512) as Mem512, zmm[src]!);
    else if (val.bits === 256) a.vmovups(resized(m, 256) as Mem256, ymm[src]!);
    else if (this.inp.vex || src >= 16) a.vmovups(resized(m, 128) as Mem128, xmm[src]!);
    else a.movups(resized(m, 128) as Mem128, xmm[src]!);
  }

  /** A copy between a virtual variable and a physical register (either direction). */
  private copy(ins: Insn, i: number): void {
    const dv = ins.dst, sv = ins.src;
    const cls = ins.cls;
    const dIsV = dv >= VAR_VIRTUAL, sIsV = sv >= VAR_VIRTUAL;
    const dLoc = dIsV ? this.loc(dv, defPos(i), ins.what) : physNumber(dv);
    const sLoc = sIsV ? this.loc(sv, usePos(i), ins.what) : physNumber(sv);
    const val: VRegValue = dIsV ? this.valueOf(dv) : sIsV ? this.valueOf(sv) : { index: -1, owner: this, cls, bits: ins.bits, name: "" };
    if (this.inp.notes && (dLoc !== sLoc || dIsV !== sIsV)) this.a.note(`${ins.what}: ${val.name}`);
    if (dLoc >= 0 && sLoc >= 0) this.regMove(cls, Math.max(ins.bits, cls === CLASS_VEC ? 128 : 64), dLoc, sLoc);
    else if (sLoc === STACK) this.load(val, dLoc, this.slot(sv));
    else if (dLoc === STACK) this.store(val, this.slot(dv), sLoc);
  }

  // ---- instructions ---------------------------------------------------------------

  private insn(ins: Insn, i: number, label: Label | null): void {
    const a = this.a;
    const what = ins.what;
    switch (ins.op) {
      case OP_BIND:
        a.bind(ins.label!);
        return;
      case OP_ALIGN:
        a.align(ins.target as number);
        return;
      case OP_COPY:
        this.copy(ins, i);
        return;
      case OP_RET: {
        if (ins.ops.length === 0) {
          this.inp.f.ret();
          return;
        }
        const rt = this.inp.f.signature.returns;
        const floatBits = rt === FFIType.float ? 32 : 64;
        this.inp.f.ret(this.value(ins.ops[0]!, i, what, ins.ops[0] instanceof VReg && ins.ops[0].value.cls === CLASS_VEC ? floatBits : undefined) as never);
        return;
      }
      case OP_CALL: {
        const args = ins.ops.map((o) => (o instanceof Reg || o instanceof Mem ? this.value(o, i, what, o instanceof VReg && o.value.cls === CLASS_VEC ? 64 : undefined) : o)) as CallArg[];
        const target = ins.target instanceof Reg || ins.target instanceof Mem ? this.operand(ins.target as Operand, i, ins.uses, what) : ins.target;
        this.inp.f.call(target as CallTarget, args, ins.options as CallOptions);
        return;
      }
      case OP_INSN: {
        const src = ins.ops, n = src.length;
        const ops: Operand[] = new Array<Operand>(n);
        for (let k = 0; k < n; k++) {
          const o = src[k]!;
          if (k > 0 && n === 3 && ins.idiom) continue; // a zero idiom's sources: set below
          ops[k] = label !== null && o === ins.label ? label : typeof o === "object" ? this.operand(o, i, ins.uses, what) : o;
        }
        if (ins.idiom && n === 3) {
          // the sources are not read (a zero idiom): name the destination's register, which holds a value of the same class
          const d = ops[0] as Reg;
          const base = physReg(d.type === 0 ? 0 : d.type === 4 ? 2 : 1, d.id, d.bits, d.type);
          ops[1] = ops[2] = base;
        }
        if (this.inp.notes) {
          const names = new Set<string>();
          const add = (o: unknown) => {
            if (o instanceof VReg) names.add(o.value.name);
          };
          for (const o of ins.ops) {
            add(o);
            if (o instanceof Mem) (add(o.base), add(o.index));
          }
          if (names.size > 0) {
            const mapped: string[] = [];
            for (const o of ins.ops) for (const x of o instanceof Mem ? [o.base, o.index] : [o]) {
              if (!(x instanceof VReg) || !names.has(x.value.name)) continue;
              names.delete(x.value.name);
              const r = this.operand(x, i, ins.uses, what) as Reg;
              mapped.push(`${x.value.name}=${physReg(x.value.cls, r.id, x.value.cls === CLASS_GP ? 64 : x.bits, x.type).name}`);
            }
            a.note(mapped.join(" "));
          }
        }
        if (ins.rc !== null) ops.push(ins.rc);
        if (ops.length === 2 && NO_OP_MOVES.has(what) && sameReg(ops[0], ops[1])) return; // coalesced: mov rax, rax
        if (ins.prefix === 0xf0) a.lock();
        else if (ins.prefix === 0xf3) a.rep();
        else if (ins.prefix === 0xf2) a.repne();
        a.emitForms(ins.entry!, ops[0], ops[1], ops[2], ops[3], ops[4]);
        return;
      }
    }
  }

  run(): void {
    const { insns, blocks, plan, reachable } = this.inp;
    const splits = plan.at.size > 0;
    const stubs: { label: Label; target: Label; moves: Move[] }[] = [];
    for (const b of blocks) {
      if (!reachable[b.index]) {
        // unreachable code: only its labels (something may name them); no instructions, no moves
        for (let i = b.from; i < b.to; i++) if (insns[i]!.op === OP_BIND) this.a.bind(insns[i]!.label!);
        continue;
      }
      for (let i = b.from; i < b.to; i++) {
        const ins = insns[i]!;
        if (i > b.from && splits) this.moves(plan.at.get(movePos(i)));
        const last = i === b.to - 1;
        const jumps = ins.kind === KIND_JUMP || ins.kind === KIND_BRANCH;
        // the edge in (block start) before the edge out (block end): a one-jump block has both before its jump
        if (i === b.from && ins.op !== OP_BIND) this.moves(plan.blockStart.get(b.index));
        if (last && jumps) this.moves(plan.blockEnd.get(b.index));
        let label: Label | null = null;
        const taken = last ? plan.taken.get(b.index) : undefined;
        if (taken !== undefined && taken.length > 0) {
          label = this.inp.f.label(`${ins.label!.name}.edge`);
          stubs.push({ label, target: ins.label!, moves: taken });
        }
        this.insn(ins, i, label);
        if (i === b.from && ins.op === OP_BIND) this.moves(plan.blockStart.get(b.index));
        if (last) {
          this.moves(plan.fallThrough.get(b.index));
          if (!jumps) this.moves(plan.blockEnd.get(b.index));
        }
      }
    }
    for (const s of stubs) {
      this.a.bind(s.label);
      this.moves(s.moves);
      this.a.jmp(s.target);
    }
  }
}

/** Moves that do nothing when both operands are the same register (a 32-bit mov is not one: it clears bits 63:32). */
const NO_OP_MOVES = new Set(["mov", "movaps", "movapd", "movups", "movupd", "movdqa", "movdqu", "vmovaps", "vmovapd", "vmovups", "vmovupd", "vmovdqa", "vmovdqu", "vmovdqa32", "vmovdqa64", "vmovdqu8", "vmovdqu16", "vmovdqu32", "vmovdqu64", "kmovb", "kmovw", "kmovd", "kmovq"]);

function sameReg(a: unknown, b: unknown): boolean {
  return a instanceof Reg && b instanceof Reg && a.type === b.type && a.id === b.id && a.bits === b.bits && a.mask === 0 && !a.zero && b.mask === 0 && (a.type !== 0 || a.bits === 64);
}

function resized(m: Mem, bits: number): Mem {
  return m.bits === bits ? m : new Mem(m.base, m.index, m.scale, m.disp, bits, m.seg, m.label);
}

