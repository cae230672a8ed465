/**
 * facts-probe.ts — the CPU as the judge of src/x64/table/facts*.ts. For one
 * form it picks random operands, wraps the instruction in a harness that
 * loads every general-purpose, vector and opmask register and the flags from
 * a state block, runs it, and stores them all back; then it compares what
 * changed with what the facts claim:
 *   - a register, flag or memory byte the facts do not write is unchanged;
 *   - run twice, with every input the facts do not READ re-randomised in the
 *     second run, everything the instruction writes comes out the same (a
 *     missing read — an implicit register, a flag, merged bits — shows here);
 *   - a 32-bit GP write clears bits 63:32, an 8/16-bit write keeps them; a
 *     legacy SSE write keeps bits 511:128, a VEX/EVEX write zeroes the bits
 *     above its width; rsp moves by the stack effect; a conditional branch
 *     is observable (the fall-through path moves rsp) and depends only on
 *     what it reads.
 * Used by facts-exec-run.ts (a child process: a fault in a probe cannot pass
 * as a verdict). Not a test itself; not library code.
 */
import { ptr } from "bun:ffi";
import { fromBytes } from "../../src/ffi/callable.ts";
import { Assembler } from "../../src/x64/assembler.ts";
import type { Label } from "../../src/core/label.ts";
import type { Operand } from "../../src/x64/operands.ts";
import { formSetOf, selectForm } from "../../src/x64/encode/select.ts";
import { B16, B32, B64, M128, M16, M256, M32, M512, M64, M8, M80, MANY, Mem, mem, qword, dword, VSIB_X, VSIB_Y, VSIB_Z, zmmword } from "../../src/x64/operands.ts";
import {
  C_AL, C_AX, C_CL, C_DX, C_EAX, C_K, C_R16, C_R32, C_R64, C_R8, C_RAX, C_SEG, C_XMM, C_XMM0, C_XMMX, C_YMM, C_YMMX, C_ZMM,
  gp16, gp32, gp64, gp8, kreg, r12, r13, r14, r15, rax, rbp, rbx, Reg, RT_GP, RT_K, rsp, xmm, ymm, zmm,
} from "../../src/x64/registers.ts";
import {
  ACC_R, ACC_RW, ACC_W, factsOf, F_DF, regNumber, F_STATUS, KIND_BRANCH, KIND_CALL, KIND_JUMP, KIND_RET, KIND_TRAP, operandAccess,
  T_BITBASE, T_NONDET, T_NOZEXT, T_PRIV, T_SEGBASE, T_STATE, T_SYSCALL, type InstructionFacts,
} from "../../src/x64/table/facts.ts";
import { ENC_LEGACY, IMM_16, IMM_32, IMM_32S, IMM_64, IMM_8, IMM_8S, IMM_NONE, IMM_ONE, type Form, type OpSpec } from "../../src/x64/table/schema.ts";
import { formsOf } from "../../src/x64/table/index.ts";

// ---- the state block ---------------------------------------------------------------
const S_GP = 0, S_FLAGS = 128, S_RSP = 136, S_SAVEDRSP = 144, S_MXCSR = 152, S_STACKTOP = 160, S_MXCSR_IN = 168, S_K = 192, S_ZMM = 256;
const STATE = 2560;
const IN = 0, OUT = STATE, SCRATCH = 8192, SCRATCH_SIZE = 8192, STACKSCR = SCRATCH + SCRATCH_SIZE, STACKSCR_SIZE = 8192;
/** Offsets in the scratch area: the memory operand (room for xsave's ~2.7 KB), rsi, rdi (string ops, 64 bytes either way), rbx (xlat). */
const MEM_AT = 1024, RSI_AT = 4608, RDI_AT = 6144, RBX_AT = 7424;
const STACK_FILL = Uint8Array.from({ length: STACKSCR_SIZE }, (_, i) => (i * 7) & 0xff);
const TOTAL = STACKSCR + STACKSCR_SIZE;

const raw = new Uint8Array(TOTAL + 64);
const rawAddr = ptr(raw);
const pad = (64 - (rawAddr % 64)) % 64;
/** The aligned block: state in, state out, scratch memory, a scratch stack. */
export const block = raw.subarray(pad, pad + TOTAL);
const BASE = rawAddr + pad;
const dv = new DataView(block.buffer, block.byteOffset, block.byteLength);

/** Widest vector the harness saves: 64 (AVX-512), 32 (AVX) or 16 bytes. */
export interface ProbeCpu {
  readonly vecBytes: 16 | 32 | 64;
  readonly has: (feature: string) => boolean;
}

/** A random source: floats in [0, 1). */
export type Rng = () => number;

/** What one probe of one form found. */
export interface ProbeResult {
  readonly status: "ok" | "skip" | "fail";
  /** Why it was skipped, or what differed from the facts (one line each). */
  readonly notes: readonly string[];
  /** The instances (operand choices) that ran. */
  readonly instances: number;
}

// ---- operands --------------------------------------------------------------------------

interface Inst {
  ops: Operand[];
  /** The memory operand's index, or -1. */
  memAt: number;
  memBytes: number; // 0: unsized / vsib (no byte compare)
  base: Reg | null;
  vsibIndex: Reg | null;
  vsibElem: number;
  mask: Reg | null;
  merging: boolean;
  rep: boolean;
  text: string;
}

const int = (rng: Rng, n: number) => Math.floor(rng() * n);
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[int(rng, xs.length)]!;

function immFor(rng: Rng, f: Form, s: OpSpec, i: number): number | bigint {
  const mn = f.mnemonic;
  if (mn === "enter") return i === 0 ? int(rng, 256) : 0;
  if (/^(cmp(eq|lt|le|unord|neq|nlt|nle|ord)?(ps|pd|ss|sd))$/.test(mn)) return int(rng, 8);
  if (/^(round|pclmul)/.test(mn)) return int(rng, 16);
  switch (s.imm) {
    case IMM_ONE: return 1;
    case IMM_8: return int(rng, 256);
    case IMM_8S: return int(rng, 256) - 128;
    case IMM_16: return rng() < 0.3 ? int(rng, 256) - 128 : int(rng, 65536);
    case IMM_32: return rng() < 0.2 ? int(rng, 256) - 128 : int(rng, 2 ** 32);
    case IMM_32S: return rng() < 0.2 ? int(rng, 256) - 128 : int(rng, 2 ** 32) - 2 ** 31;
    case IMM_64: return rng() < 0.2 ? BigInt(int(rng, 2 ** 31)) : (BigInt(int(rng, 2 ** 32)) << 32n) | BigInt(int(rng, 2 ** 32));
  }
  return 0;
}

function memSize(mcls: number): number {
  return mcls & M8 ? 8 : mcls & M16 ? 16 : mcls & M32 ? 32 : mcls & M64 ? 64 : mcls & M80 ? 80 : mcls & M128 ? 128 : mcls & M256 ? 256 : mcls & M512 ? 512 : 0;
}

/** Registers of a token's class, each a candidate (never rsp/spl, never the high bytes). */
function regChoices(rcls: number): Reg[][] {
  const out: Reg[][] = [];
  const gp = (arr: readonly Reg[]) => arr.filter((r) => r.id !== 4);
  if (rcls & C_R8) out.push(gp(gp8));
  if (rcls & C_R16) out.push(gp(gp16));
  if (rcls & C_R32) out.push(gp(gp32));
  if (rcls & C_R64) out.push(gp(gp64));
  if (rcls & (C_XMM | C_XMMX)) out.push(xmm.slice(0, rcls & C_XMMX ? 32 : 16));
  if (rcls & (C_YMM | C_YMMX)) out.push(ymm.slice(0, rcls & C_YMMX ? 32 : 16));
  if (rcls & C_ZMM) out.push([...zmm]);
  if (rcls & C_K) out.push([...kreg]);
  return out;
}

function fixedReg(rcls: number): Reg | null {
  if (rcls & C_AL) return gp8[0]!;
  if (rcls & C_CL) return gp8[1]!;
  if (rcls & C_AX) return gp16[0]!;
  if (rcls & C_DX) return gp16[2]!;
  if (rcls & C_EAX) return gp32[0]!;
  if (rcls & C_RAX) return gp64[0]!;
  if (rcls & C_XMM0) return xmm[0]!;
  return null;
}

const slot = (r: Reg) => (r.type === RT_GP ? regNumber(r) : r.type === RT_K ? 100 + r.id : 200 + r.id);

/** Random operands for the form; `wantMem` picks the memory alternative of an r/m operand. */
function makeInst(rng: Rng, f: Form, facts: InstructionFacts, wantMem: boolean, maskMode: number, rep: boolean): Inst | string {
  const taken = new Set<number>([4]);
  for (const im of facts.implicit) taken.add(slot(im.reg));
  for (const m of facts.memory) taken.add(slot(m.base));
  if (rep && facts.rep !== null) for (const r of facts.rep) taken.add(slot(r.reg));
  const fixed: Reg[] = [];
  for (const s of f.ops) {
    const fr = s.rcls !== 0 && s.mcls === 0 ? fixedReg(s.rcls) : null;
    if (fr !== null && regChoices(s.rcls & ~(C_AL | C_CL | C_AX | C_DX | C_EAX | C_RAX | C_XMM0)).length === 0) {
      fixed.push(fr);
      taken.add(slot(fr));
    }
  }
  const inst: Inst = { ops: [], memAt: -1, memBytes: 0, base: null, vsibIndex: null, vsibElem: 0, mask: null, merging: false, rep, text: "" };
  const freeGp64 = () => gp64.filter((r) => !taken.has(slot(r)));
  let memDone = false;
  for (let i = 0; i < f.ops.length; i++) {
    const s = f.ops[i]!;
    if (s.rcls & C_SEG) return "a segment-register operand";
    if (s.imm !== IMM_NONE) {
      inst.ops.push(immFor(rng, f, s, i));
      continue;
    }
    if (s.rel !== 0) {
      inst.ops.push(null as unknown as Operand); // the label, filled in by the harness
      continue;
    }
    const fr = s.mcls === 0 ? fixedReg(s.rcls) : null;
    const choices = regChoices(s.rcls & ~(C_AL | C_CL | C_AX | C_DX | C_EAX | C_RAX | C_XMM0));
    const useMem = s.mcls !== 0 && !memDone && (choices.length === 0 || wantMem);
    if (useMem && f.enc === ENC_LEGACY && f.digit === -2) {
      // a moffs form (movabs al, [addr]): an absolute 64-bit address, no base
      memDone = true;
      inst.memAt = i;
      const bits = memSize(s.mcls);
      inst.memBytes = bits / 8;
      inst.ops.push(new Mem(null, null, 1, BASE + SCRATCH + MEM_AT, bits));
      continue;
    }
    if (useMem) {
      memDone = true;
      const bases = freeGp64();
      const base = pick(rng, bases);
      taken.add(slot(base));
      inst.base = base;
      inst.memAt = i;
      let m: Mem;
      if (s.mcls & (VSIB_X | VSIB_Y | VSIB_Z)) {
        const vt = s.mcls & VSIB_X ? xmm : s.mcls & VSIB_Y ? ymm : zmm;
        const idx = pick(rng, vt.slice(0, f.enc === 2 ? 32 : 16).filter((r) => !taken.has(slot(r))));
        taken.add(slot(idx));
        inst.vsibIndex = idx;
        inst.vsibElem = /vm64/.test(s.text) ? 64 : 32; // the index width (vm32*: dword indices, vm64*: qword)
        m = new Mem(base, idx, 8, 0, s.bits, -1, null, false);
      } else if ((s.mcls & MANY) === 0 && (s.mcls & (M8 | M16 | M32 | M64 | M80 | M128 | M256 | M512)) !== 0) {
        const bits = memSize(s.mcls);
        m = new Mem(base, null, 1, 0, bits);
        inst.memBytes = bits / 8;
      } else if (s.mcls & MANY) {
        m = mem(base);
      } else if (s.mcls & (B16 | B32 | B64)) {
        const bits = s.mcls & B16 ? 16 : s.mcls & B32 ? 32 : 64;
        m = new Mem(base, null, 1, 0, bits).bcst() as unknown as Mem;
        inst.memBytes = bits / 8;
      } else return `no memory shape for ${s.text}`;
      inst.ops.push(m);
      continue;
    }
    if (fr !== null && choices.length === 0) {
      inst.ops.push(fr);
      continue;
    }
    if (choices.length === 0) return `no register for ${s.text}`;
    const cls = pick(rng, choices);
    const free = cls.filter((r) => !taken.has(slot(r)));
    if (free.length === 0) return `no free register for ${s.text}`;
    const r = pick(rng, free);
    taken.add(slot(r));
    inst.ops.push(r);
  }
  // masking
  const o0 = f.ops[0];
  if (o0 !== undefined && o0.maskOk && (maskMode > 0 || f.maskRequired)) {
    const ks = kreg.slice(1).filter((k) => !taken.has(slot(k)));
    const k = pick(rng, ks);
    taken.add(slot(k));
    inst.mask = k;
    const zero = maskMode === 2 && o0.zeroOk && inst.ops[0] instanceof Reg;
    inst.merging = !zero;
    const first = inst.ops[0]!;
    inst.ops[0] = first instanceof Reg ? (zero ? first.k(k as never).z() : first.k(k as never)) : (first as Mem).k(k as never);
  }
  return inst;
}

// ---- the harness ----------------------------------------------------------------------

function harness(f: Form, facts: InstructionFacts, inst: Inst, cpu: ProbeCpu): Uint8Array {
  const a = new Assembler();
  a.push(rbx); a.push(rbp); a.push(r12); a.push(r13); a.push(r14); a.push(r15);
  a.sub(rsp, 64);
  a.mov(rax, BASE);
  a.mov(qword(rax, S_SAVEDRSP), rsp);
  a.stmxcsr(dword(rax, S_MXCSR));
  a.ldmxcsr(dword(rax, IN + S_MXCSR_IN));
  const nv = cpu.vecBytes === 64 ? 32 : 16;
  for (let i = 0; i < nv; i++) {
    const at = IN + S_ZMM + 64 * i;
    if (cpu.vecBytes === 64) a.vmovdqu64(zmm[i]!, zmmword(rax, at));
    else if (cpu.vecBytes === 32) a.vmovdqu(ymm[i]!, new Mem(rax, null, 1, at, 256) as never);
    else a.movdqu(xmm[i]!, new Mem(rax, null, 1, at, 128) as never);
  }
  if (cpu.vecBytes === 64) for (let i = 0; i < 8; i++) a.kmovq(kreg[i]!, qword(rax, IN + S_K + 8 * i));
  a.mov(rbx, qword(rax, IN + S_STACKTOP));
  a.mov(qword(rsp), rbx);
  a.push(qword(rax, IN + S_FLAGS));
  a.popfq();
  for (let i = 1; i < 16; i++) if (i !== 4) a.mov(gp64[i]!, qword(rax, IN + S_GP + 8 * i));
  a.mov(rax, qword(rax, IN + S_GP));
  // the instruction
  let target: Label | null = null;
  const ops = inst.ops.slice();
  const li = f.ops.findIndex((s) => s.rel !== 0);
  if (li >= 0) {
    target = a.newLabel("target");
    ops[li] = target;
  }
  if (inst.rep) a.rep();
  a.emit(f.mnemonic, ...ops);
  if (target !== null) {
    if (facts.kind === KIND_BRANCH || facts.kind === KIND_JUMP) a.lea(rsp, mem(rsp, -16)); // the fall-through path
    if (f.ops[li]!.rel === 32) for (let i = 0; i < 140; i++) a.nop();
    a.bind(target);
  }
  // store everything
  a.movabs(qword(BASE + OUT + S_GP), rax);
  a.mov(rax, BASE);
  a.pushfq();
  a.pop(qword(rax, OUT + S_FLAGS));
  a.mov(qword(rax, OUT + S_RSP), rsp);
  for (let i = 1; i < 16; i++) if (i !== 4) a.mov(qword(rax, OUT + S_GP + 8 * i), gp64[i]!);
  for (let i = 0; i < nv; i++) {
    const at = OUT + S_ZMM + 64 * i;
    if (cpu.vecBytes === 64) a.vmovdqu64(zmmword(rax, at), zmm[i]!);
    else if (cpu.vecBytes === 32) a.vmovdqu(new Mem(rax, null, 1, at, 256) as never, ymm[i]!);
    else a.movdqu(new Mem(rax, null, 1, at, 128) as never, xmm[i]!);
  }
  if (cpu.vecBytes === 64) for (let i = 0; i < 8; i++) a.kmovq(qword(rax, OUT + S_K + 8 * i), kreg[i]!);
  a.cld();
  a.mov(rsp, qword(rax, S_SAVEDRSP));
  a.ldmxcsr(dword(rax, S_MXCSR));
  if (cpu.vecBytes > 16) a.vzeroupper();
  a.add(rsp, 64);
  a.pop(r15); a.pop(r14); a.pop(r13); a.pop(r12); a.pop(rbp); a.pop(rbx);
  a.ret();
  return a.finish();
}

// ---- which locations the facts say are read and written ---------------------------------

interface Sets {
  gpR: number; gpW: number; vecR: number; vecW: number; kR: number; kW: number;
  /** Registers read only because a narrow write keeps their upper bits: id → the width written (bits). */
  gpPartial: Map<number, number>; vecPartial: Map<number, number>;
  /** Written vector registers with the width written (bits), for the upper-bits rule. */
  vecWidth: Map<number, number>;
  gpWidth: Map<number, number>;
  flagsR: number; flagsW: number; flagsU: number;
  memR: boolean; memW: boolean;
  implicitMemW: boolean; implicitMemR: boolean; stackTopR: boolean;
}

function setsOf(f: Form, facts: InstructionFacts, inst: Inst): Sets {
  const s: Sets = { gpR: 0, gpW: 0, vecR: 0, vecW: 0, kR: 0, kW: 0, vecWidth: new Map(), gpWidth: new Map(), gpPartial: new Map(), vecPartial: new Map(), flagsR: facts.flagsRead, flagsW: facts.flagsWritten, flagsU: facts.flagsUndefined, memR: false, memW: false, implicitMemW: false, implicitMemR: false, stackTopR: false };
  const legacy = f.enc === ENC_LEGACY;
  const reg = (r: Reg, acc: number) => {
    const id = regNumber(r);
    const bit = 1 << id;
    if (r.type === RT_GP) {
      const rd = (acc & ACC_R) !== 0 || ((acc & ACC_W) !== 0 && r.bits < 32);
      if ((acc & ACC_R) === 0 && rd && !(s.gpR & bit) && !r.isHigh8) s.gpPartial.set(id, r.bits);
      if (acc & ACC_R) s.gpPartial.delete(id);
      if (rd) s.gpR |= bit;
      if (acc & ACC_W) { s.gpW |= bit; s.gpWidth.set(id, Math.max(s.gpWidth.get(id) ?? 0, r.isHigh8 ? 16 : r.bits)); }
    } else if (r.type === RT_K) {
      if (acc & ACC_R) s.kR |= bit;
      if (acc & ACC_W) s.kW |= bit;
    } else {
      const rd = (acc & ACC_R) !== 0 || ((acc & ACC_W) !== 0 && legacy && r.bits < 512);
      if ((acc & ACC_R) === 0 && rd && !(s.vecR & bit)) s.vecPartial.set(id, r.bits);
      if (acc & ACC_R) s.vecPartial.delete(id);
      if (rd) s.vecR |= bit;
      if (acc & ACC_W) { s.vecW |= bit; s.vecWidth.set(r.id, Math.max(s.vecWidth.get(r.id) ?? 0, r.bits)); }
    }
  };
  for (let i = 0; i < f.ops.length; i++) {
    const o = inst.ops[i];
    const nextIsReg = inst.ops[i + 1] instanceof Reg;
    const acc = operandAccess(facts, f, i, { isReg: o instanceof Reg, bits: o instanceof Reg ? o.bits : undefined, type: o instanceof Reg ? o.type : undefined, merging: inst.merging, nextIsReg });
    if (o instanceof Reg) reg(o, acc);
    else if (o instanceof Mem) {
      if (acc & ACC_R) s.memR = true;
      if (acc & ACC_W) s.memW = true;
    }
  }
  if (inst.base !== null) { s.gpR |= 1 << inst.base.id; s.gpPartial.delete(inst.base.id); }
  if (inst.vsibIndex !== null) { s.vecR |= 1 << inst.vsibIndex.id; s.vecPartial.delete(inst.vsibIndex.id); }
  if (inst.mask !== null) {
    s.kR |= 1 << inst.mask.id;
    if (facts.traits & 1) s.kW |= 1 << inst.mask.id; // T_MASKW
  }
  // with a rep prefix the instruction may run zero times: what it writes it may also keep
  for (const im of facts.implicit) reg(im.reg, inst.rep && im.access & ACC_W ? ACC_RW : im.access);
  if (inst.rep && facts.rep !== null) for (const r of facts.rep) reg(r.reg, r.access);
  if (inst.rep) s.flagsR |= s.flagsW | s.flagsU;
  for (const m of facts.memory) {
    if (m.base.id === 4 && m.base.type === RT_GP) {
      if (m.access & ACC_R) s.stackTopR = true;
      continue;
    }
    if (m.access & ACC_R) s.implicitMemR = true;
    if (m.access & ACC_W) s.implicitMemW = true;
    s.gpR |= 1 << m.base.id;
  }
  if (facts.memory.some((m) => m.base.id === 5) && f.mnemonic === "leave") s.gpR |= 1 << 5;
  return s;
}

// ---- states ----------------------------------------------------------------------------

function randomize(rng: Rng, at: number, bytes: number): void {
  for (let i = 0; i < bytes; i += 4) dv.setUint32(at + i, (rng() * 2 ** 32) >>> 0, true);
}

function same(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function randomFlags(rng: Rng): number {
  return 0x2 | (int(rng, 0x10000) & F_STATUS) | (rng() < 0.3 ? F_DF : 0);
}

/** Fill the IN state; `keep` (a previous state's sets): re-randomise only what is not read. */
/** A GP value: often an edge (0, small, -1), else random. */
function gpValue(rng: Rng): bigint {
  const p = rng();
  if (p < 0.12) return 0n;
  if (p < 0.24) return BigInt(int(rng, 256));
  if (p < 0.3) return (1n << 64n) - 1n;
  return (BigInt((rng() * 2 ** 32) >>> 0) << 32n) | BigInt((rng() * 2 ** 32) >>> 0);
}

function fillState(rng: Rng, f: Form, facts: InstructionFacts, inst: Inst, sets: Sets, second: boolean, scratch0: Uint8Array | null = null): void {
  for (let i = 0; i < 16; i++) {
    if (!second || !(sets.gpR & (1 << i))) setGp(i, gpValue(rng));
    else if (sets.gpPartial.has(i)) {
      // read only for the bits a narrow write keeps: new low bits, same upper bits
      const w = BigInt(sets.gpPartial.get(i)!), mask = (1n << w) - 1n;
      setGp(i, (getGp(IN, i) & ~mask) | (gpValue(rng) & mask));
    }
  }
  for (let i = 0; i < 32; i++) {
    if (!second || !(sets.vecR & (1 << i))) {
      randomize(rng, IN + S_ZMM + 64 * i, 64);
      if (rng() < 0.1) block.fill(0, IN + S_ZMM + 64 * i, IN + S_ZMM + 64 * i + 16);
    } else if (sets.vecPartial.has(i)) randomize(rng, IN + S_ZMM + 64 * i, sets.vecPartial.get(i)! / 8);
  }
  for (let i = 0; i < 8; i++) if (!second || !(sets.kR & (1 << i))) randomize(rng, IN + S_K + 8 * i, 8);
  const old = dv.getUint32(IN + S_FLAGS, true);
  const nf = randomFlags(rng);
  dv.setBigUint64(IN + S_FLAGS, BigInt(second ? (old & sets.flagsR) | (nf & ~sets.flagsR) : nf), true);
  if (!second || !sets.stackTopR) {
    randomize(rng, IN + S_STACKTOP, 8);
    if (f.mnemonic === "popfq") dv.setBigUint64(IN + S_STACKTOP, BigInt(randomFlags(rng)), true);
  }
  dv.setUint32(IN + S_MXCSR_IN, 0x1f80, true);
  if (!second || !(sets.memR || sets.implicitMemR)) {
    randomize(rng, SCRATCH, SCRATCH_SIZE);
    if (rng() < 0.15) block.fill(0, SCRATCH + MEM_AT, SCRATCH + MEM_AT + 64);
  }
  else block.set(scratch0!, SCRATCH); // the first run's memory, as it was before that run
  block.set(STACK_FILL, STACKSCR);
  // inputs that must hold for the instruction not to fault; all of them are read, so the second run keeps them
  if (!second) constrain(rng, f, facts, inst);
}

function setGp(id: number, v: bigint): void {
  dv.setBigUint64(IN + S_GP + 8 * id, BigInt.asUintN(64, v), true);
}
function getGp(at: number, id: number): bigint {
  return dv.getBigUint64(at + S_GP + 8 * id, true);
}

/** Inputs that must hold for the instruction not to fault, identical in both runs (they are all read). */
function constrain(rng: Rng, f: Form, facts: InstructionFacts, inst: Inst): void {
  const scratch = BigInt(BASE + SCRATCH);
  if (inst.base !== null) setGp(inst.base.id, scratch + BigInt(MEM_AT));
  if (inst.vsibIndex !== null) {
    const at = IN + S_ZMM + 64 * inst.vsibIndex.id;
    for (let i = 0; i < 64; i += inst.vsibElem / 8) {
      if (inst.vsibElem === 32) dv.setUint32(at + i, int(rng, 32), true);
      else dv.setBigUint64(at + i, BigInt(int(rng, 32)), true);
    }
  }
  for (const m of facts.memory) {
    if (m.base.id === 6) setGp(6, scratch + BigInt(RSI_AT));
    if (m.base.id === 7) setGp(7, scratch + BigInt(RDI_AT));
    if (m.base.id === 3) setGp(3, scratch + BigInt(RBX_AT)); // xlat
  }
  if (inst.rep) setGp(1, BigInt(int(rng, 9)));
  const mn = f.mnemonic;
  if (mn === "leave") setGp(5, BigInt(BASE + STACKSCR + 4096));
  if (mn === "cpuid") { setGp(0, rng() < 0.5 ? 0n : 7n); setGp(1, BigInt(int(rng, 2))); }
  if (mn === "xgetbv") setGp(1, 0n);
  if (mn === "ldmxcsr" || mn === "vldmxcsr") dv.setUint32(SCRATCH + MEM_AT, 0x1f80 | (int(rng, 4) << 13) | int(rng, 64), true);
  if (mn === "div" || mn === "idiv") {
    const w = f.ops[0]!.bits;
    const o = inst.ops[0]!;
    const divisor = BigInt(int(rng, 2 ** Math.min(w - 1, 30)) | 1);
    if (o instanceof Reg) {
      const cur = getGp(IN, o.id);
      const mask = (1n << BigInt(w)) - 1n;
      setGp(o.id, (cur & ~mask) | divisor);
    } else for (let i = 0; i < w / 8; i++) block[SCRATCH + MEM_AT + i] = Number((divisor >> BigInt(8 * i)) & 0xffn);
    const lowMax = w === 8 ? 128 : 2 ** Math.min(w - 1, 30);
    const cur = getGp(IN, 0);
    if (w === 8) setGp(0, (cur & ~0xffffn) | BigInt(int(rng, lowMax)));
    else {
      const mask = (1n << BigInt(w)) - 1n;
      setGp(0, (cur & ~mask) | BigInt(int(rng, lowMax)));
      setGp(2, getGp(IN, 2) & ~mask);
    }
  }
  // a bit scan of 0 keeps its destination: make that common enough to be seen
  if ((mn === "bsf" || mn === "bsr") && rng() < 0.35) {
    const src = inst.ops[1];
    if (src instanceof Reg) setGp(src.id, 0n);
    else block.fill(0, SCRATCH + MEM_AT, SCRATCH + MEM_AT + 8);
  }
  // a shift or rotate by a count of 0 (mod 32/64) keeps the flags: make that common enough to be seen
  if (f.ops.some((o) => o.rcls === C_CL) && rng() < 0.3) setGp(1, getGp(IN, 1) & ~0xffn);
  if (/^bt[crs]?$/.test(mn) && inst.memAt === 0 && inst.ops[1] instanceof Reg) {
    const r = inst.ops[1];
    setGp(r.id, BigInt(int(rng, 128)));
  }
}

// ---- running and comparing ---------------------------------------------------------------

function snapshot(): { out: Uint8Array; inState: Uint8Array; scratch: Uint8Array } {
  return { out: block.slice(OUT, OUT + STATE), inState: block.slice(IN, IN + STATE), scratch: block.slice(SCRATCH, SCRATCH + SCRATCH_SIZE) };
}

const gpName = (id: number) => gp64[id]!.name;

function compareRun(f: Form, facts: InstructionFacts, inst: Inst, sets: Sets, before: Uint8Array, scratchBefore: Uint8Array, after: ReturnType<typeof snapshot>, cpu: ProbeCpu, notes: string[]): void {
  const inV = new DataView(before.buffer, before.byteOffset), outV = new DataView(after.out.buffer, after.out.byteOffset);
  const say = (m: string) => { if (notes.length < 12) notes.push(`${inst.text}: ${m}`); };
  for (let i = 0; i < 16; i++) {
    if (i === 4) continue;
    const a = inV.getBigUint64(S_GP + 8 * i, true), b = outV.getBigUint64(S_GP + 8 * i, true);
    if (!(sets.gpW & (1 << i))) {
      if (a !== b) say(`${gpName(i)} changed (${a.toString(16)} → ${b.toString(16)}) but the facts do not write it`);
      continue;
    }
    const w = sets.gpWidth.get(i) ?? 64;
    // (with rep and rcx = 0 nothing is written, so a 32-bit destination keeps bits 63:32)
    if (w === 32 && b >> 32n !== 0n && !(facts.traits & T_NOZEXT) && !inst.rep) say(`${gpName(i)} written as 32 bits but bits 63:32 are not zero (${b.toString(16)})`);
    if (w < 32 && a >> BigInt(w) !== b >> BigInt(w)) say(`${gpName(i)} written as ${w} bits but bits above changed (${a.toString(16)} → ${b.toString(16)})`);
  }
  const nv = cpu.vecBytes === 64 ? 32 : 16;
  for (let i = 0; i < nv; i++) {
    const a = before.subarray(S_ZMM + 64 * i, S_ZMM + 64 * i + cpu.vecBytes), b = after.out.subarray(S_ZMM + 64 * i, S_ZMM + 64 * i + cpu.vecBytes);
    if (!(sets.vecW & (1 << i))) {
      if (!same(a, b)) say(`vector register ${i} changed but the facts do not write it`);
      continue;
    }
    const w = (sets.vecWidth.get(i) ?? 512) / 8;
    if (w < cpu.vecBytes) {
      const up = b.subarray(w);
      if (f.enc === ENC_LEGACY) {
        if (!same(a.subarray(w), up)) say(`legacy write of ${w * 8}-bit vector register ${i} changed bits above it`);
      } else if (up.some((x) => x !== 0) && !facts.implicit.some((im) => im.reg.id === i && im.reg.bits > w * 8)) say(`VEX/EVEX write of ${w * 8}-bit vector register ${i} left bits above it non-zero`);
    }
  }
  if (cpu.vecBytes === 64) {
    for (let i = 0; i < 8; i++) {
      if (sets.kW & (1 << i)) continue;
      if (inV.getBigUint64(S_K + 8 * i, true) !== outV.getBigUint64(S_K + 8 * i, true)) say(`k${i} changed but the facts do not write it`);
    }
  }
  const fi = Number(inV.getBigUint64(S_FLAGS, true)), fo = Number(outV.getBigUint64(S_FLAGS, true));
  const keep = (F_STATUS | F_DF) & ~(sets.flagsW | sets.flagsU);
  if ((fi & keep) !== (fo & keep)) say(`flags ${flagNames((fi ^ fo) & keep)} changed but the facts do not write them`);
  if (!sets.memW && !sets.implicitMemW) {
    const s = after.scratch;
    for (let i = 0; i < SCRATCH_SIZE; i++) {
      if (s[i] !== scratchBefore[i]) { say(`memory at scratch+${i} changed but the facts write no memory`); break; }
    }
  } else if (sets.memW && inst.memBytes > 0 && !sets.implicitMemW && !(facts.traits & T_BITBASE)) {
    const s = after.scratch;
    for (let i = 0; i < SCRATCH_SIZE; i++) {
      if (i >= MEM_AT && i < MEM_AT + inst.memBytes) continue;
      if (s[i] !== scratchBefore[i]) { say(`memory at scratch+${i}, outside the ${inst.memBytes}-byte operand, changed`); break; }
    }
  }
}

function flagNames(bits: number): string {
  const n: string[] = [];
  if (bits & 0x800) n.push("OF"); if (bits & 0x80) n.push("SF"); if (bits & 0x40) n.push("ZF"); if (bits & 0x10) n.push("AF"); if (bits & 0x4) n.push("PF"); if (bits & 0x1) n.push("CF"); if (bits & 0x400) n.push("DF");
  return n.join(" ");
}

/** Compare what the two runs wrote: it must be the same (only read inputs were kept). */
function compareWrites(f: Form, facts: InstructionFacts, inst: Inst, sets: Sets, r0: ReturnType<typeof snapshot>, r1: ReturnType<typeof snapshot>, cpu: ProbeCpu, notes: string[]): void {
  const v0 = new DataView(r0.out.buffer, r0.out.byteOffset), v1 = new DataView(r1.out.buffer, r1.out.byteOffset);
  const i0 = new DataView(r0.inState.buffer, r0.inState.byteOffset), i1 = new DataView(r1.inState.buffer, r1.inState.byteOffset);
  const say = (m: string) => { if (notes.length < 12) notes.push(`${inst.text}: ${m}`); };
  const changedIn: string[] = [];
  for (let i = 0; i < 16; i++) if (i !== 4 && i0.getBigUint64(S_GP + 8 * i, true) !== i1.getBigUint64(S_GP + 8 * i, true)) changedIn.push(gpName(i));
  const ctx = () => `(inputs varied between the runs: ${changedIn.join(" ") || "no GP"}, flags ${flagNames(Number(i0.getBigUint64(S_FLAGS, true) ^ i1.getBigUint64(S_FLAGS, true)))}; the facts say the instruction does not read them)`;
  for (let i = 0; i < 16; i++) {
    if (i === 4 || !(sets.gpW & (1 << i))) continue;
    const a = v0.getBigUint64(S_GP + 8 * i, true), b = v1.getBigUint64(S_GP + 8 * i, true);
    if (a !== b) say(`${gpName(i)} came out different (${a.toString(16)} vs ${b.toString(16)}) ${ctx()}`);
  }
  const nv = cpu.vecBytes === 64 ? 32 : 16;
  for (let i = 0; i < nv; i++) {
    if (!(sets.vecW & (1 << i))) continue;
    const a = r0.out.subarray(S_ZMM + 64 * i, S_ZMM + 64 * i + cpu.vecBytes), b = r1.out.subarray(S_ZMM + 64 * i, S_ZMM + 64 * i + cpu.vecBytes);
    if (!same(a, b)) say(`vector register ${i} came out different ${ctx()}`);
  }
  if (cpu.vecBytes === 64) {
    for (let i = 0; i < 8; i++) {
      if (!(sets.kW & (1 << i))) continue;
      if (v0.getBigUint64(S_K + 8 * i, true) !== v1.getBigUint64(S_K + 8 * i, true)) say(`k${i} came out different ${ctx()}`);
    }
  }
  const fw = sets.flagsW & ~sets.flagsU;
  const fa = Number(v0.getBigUint64(S_FLAGS, true)) & fw, fb = Number(v1.getBigUint64(S_FLAGS, true)) & fw;
  if (fa !== fb) say(`flags ${flagNames(fa ^ fb)} came out different ${ctx()}`);
  if (sets.memW && inst.memBytes > 0 && !sets.implicitMemW) {
    const a = r0.scratch.subarray(MEM_AT, MEM_AT + inst.memBytes), b = r1.scratch.subarray(MEM_AT, MEM_AT + inst.memBytes);
    if (!same(a, b)) say(`the memory operand came out different ${ctx()}${sets.memR ? "" : " (memory is not read per the facts)"}`);
  }
  const ra = v0.getBigInt64(S_RSP, true), rb = v1.getBigInt64(S_RSP, true);
  if (ra !== rb) say(`rsp came out different (the branch went another way) ${ctx()}`);
}

function checkStack(facts: InstructionFacts, inst: Inst, r: ReturnType<typeof snapshot>, notes: string[]): void {
  if (facts.stack === null || facts.kind === KIND_BRANCH) return;
  const v = new DataView(r.out.buffer, r.out.byteOffset);
  const saved = dv.getBigInt64(IN + S_SAVEDRSP, true);
  const delta = Number(v.getBigInt64(S_RSP, true) - saved);
  if (delta !== facts.stack && notes.length < 12) notes.push(`${inst.text}: rsp moved by ${delta}, the facts say ${facts.stack}`);
}

function skipReason(f: Form, facts: InstructionFacts, cpu: ProbeCpu): string | null {
  if (facts.traits & T_PRIV) return "privileged (faults at user level)";
  if (facts.traits & T_SEGBASE) return "changes the fs/gs base of the running thread";
  if (facts.traits & T_SYSCALL) return "enters the kernel";
  if (facts.kind === KIND_TRAP) return "traps";
  if (facts.kind === KIND_RET) return "returns through a random stack slot";
  if ((facts.traits & T_STATE) && facts.access[0] === ACC_R) return "loads the whole register state from memory";
  if ((facts.kind === KIND_JUMP || facts.kind === KIND_CALL) && f.ops[0]!.rel === 0) return "an indirect branch to a random address";
  for (const feat of f.features) if (!cpu.has(feat)) return `this CPU lacks ${feat}`;
  if (f.ops.some((s) => s.rcls & C_SEG)) return "a segment-register operand";
  return null;
}

function selected(f: Form, ops: readonly Operand[]): Form | null {
  const e = formSetOf(f.mnemonic)!;
  try {
    return selectForm(e, ops[0], ops[1], ops[2], ops[3], ops.length, null);
  } catch {
    return null;
  }
}

function describeInst(f: Form, inst: Inst): string {
  return `${inst.rep ? "rep " : ""}${f.mnemonic} ${inst.ops.map((o) => (o === null ? "label" : typeof o === "bigint" ? `0x${o.toString(16)}` : String(o))).join(", ")}`;
}

/**
 * Probe one form: `trials` random states for each instance (register form,
 * memory form, masked forms, rep form), each run twice. Skips (with the
 * reason) what cannot run here.
 */
export function probeForm(f: Form, cpu: ProbeCpu, rng: Rng, trials = 3, override?: InstructionFacts): ProbeResult {
  const facts = override ?? factsOf(f);
  if (facts === undefined) return { status: "fail", notes: ["no facts"], instances: 0 };
  const why = skipReason(f, facts, cpu);
  if (why !== null) return { status: "skip", notes: [why], instances: 0 };
  const variants: { wantMem: boolean; mask: number; rep: boolean }[] = [];
  const hasRm = f.ops.some((s) => s.mcls !== 0 && regChoices(s.rcls).length > 0);
  const onlyMem = f.ops.some((s) => s.mcls !== 0) && !hasRm;
  for (const wantMem of hasRm ? [false, true] : [onlyMem]) {
    const masks = f.ops[0]?.maskOk ? (f.maskRequired ? [1] : [0, 1, 2]) : [0];
    for (const mask of masks) variants.push({ wantMem, mask, rep: false });
  }
  if (f.rep && facts.rep !== null) variants.push({ wantMem: false, mask: 0, rep: true });
  const notes: string[] = [];
  let instances = 0;
  for (const v of variants) {
    let inst: Inst | null = null;
    let last = "";
    for (let attempt = 0; attempt < 40 && inst === null; attempt++) {
      const made = makeInst(rng, f, facts, v.wantMem, v.mask, v.rep);
      if (typeof made === "string") { last = made; continue; }
      const ops = made.ops.map((o, i) => (f.ops[i]!.rel !== 0 ? (null as unknown as Operand) : o));
      if (f.ops.some((s) => s.rel !== 0)) { inst = made; break; }
      const got = selected(f, ops);
      if (got === f) inst = made;
      else last = `the builder picks ${got === null ? "no form" : `"${got.text}"`} for these operands`;
    }
    if (inst === null) {
      notes.push(`not reachable with ${v.wantMem ? "memory" : "registers"}${v.mask ? " and a mask" : ""}: ${last}`);
      continue;
    }
    inst.text = describeInst(f, inst);
    let code: Uint8Array;
    try {
      code = harness(f, facts, inst, cpu);
    } catch (e) {
      notes.push(`${inst.text}: the harness does not assemble: ${(e as Error).message}`);
      continue;
    }
    const fn = fromBytes(code, { args: [], returns: "void" });
    try {
      const sets = setsOf(f, facts, inst);
      for (let t = 0; t < trials; t++) {
        fillState(rng, f, facts, inst, sets, false);
        const in0 = block.slice(IN, IN + STATE), sc0 = block.slice(SCRATCH, SCRATCH + SCRATCH_SIZE);
        fn();
        const r0 = snapshot();
        compareRun(f, facts, inst, sets, in0, sc0, r0, cpu, notes);
        checkStack(facts, inst, r0, notes);
        if (facts.traits & T_NONDET) continue;
        fillState(rng, f, facts, inst, sets, true, sc0);
        const in1 = block.slice(IN, IN + STATE), sc1 = block.slice(SCRATCH, SCRATCH + SCRATCH_SIZE);
        fn();
        const r1 = snapshot();
        compareRun(f, facts, inst, sets, in1, sc1, r1, cpu, notes);
        compareWrites(f, facts, inst, sets, r0, r1, cpu, notes);
      }
      instances++;
    } finally {
      fn[Symbol.dispose]();
    }
  }
  const fails = notes.filter((n) => !n.startsWith("not reachable"));
  if (fails.length > 0) return { status: "fail", notes, instances };
  if (instances === 0) return { status: "skip", notes, instances };
  return { status: "ok", notes, instances };
}

