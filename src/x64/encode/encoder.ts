/**
 * encoder.ts — turns one matched table form plus its operands into bytes:
 * legacy prefixes, REX, VEX (2/3-byte), EVEX, ModRM, SIB, displacement
 * (with EVEX disp8*N compression) and immediates. It switches on the form's
 * encoding and operand roles, never on mnemonics. Label references are not
 * resolved here: the encoder leaves a placeholder and hands its sink a fixup
 * (where, measured from where, to which label), patched after layout.
 */
import type { CodeBuffer } from "../../core/code-buffer.ts";
import type { Label } from "../../core/label.ts";
import type { FixupKind } from "../../core/layout.ts";
import { REL32, REL8 } from "../layout-kinds.ts";
import { Mem, type Operand, type Rounding } from "../operands.ts";
import { C_R8, C_R8H, Reg, RT_GP, RT_RIP } from "../registers.ts";
import { ENC_EVEX, ENC_LEGACY, ENC_VEX, type Form, ROLE_D, ROLE_I, ROLE_L, ROLE_M, ROLE_O, ROLE_R, ROLE_V } from "../table/schema.ts";
import { disp8Scale } from "../table/vocabulary.ts";
import { immLow32 } from "./immediate.ts";


/** Where the encoder writes: a code buffer, and a receiver of label references (core/layout.ts `Layout` is one). */
export interface EncodeSink {
  readonly code: CodeBuffer;
  /** A reference to `label` in the field at `at`, measured from `origin` (the instruction's end), plus `addend`. */
  fixup(kind: FixupKind, at: number, origin: number, label: Label, addend: number, what: string): void;
}

/** Segment override prefix bytes by segment register number: es cs ss ds fs gs. */
export const SEG_PREFIX: readonly number[] = [0x26, 0x2e, 0x36, 0x3e, 0x64, 0x65];

/** A comparison predicate whose operands commute: eq, unord, neq, ord (and their _uq/_s/... variants). */
export function symmetricPredicate(imm: number | bigint): boolean {
  const p = typeof imm === "number" ? imm & 7 : Number(imm & 7n);
  return p === 0 || p === 3 || p === 4 || p === 7;
}

/**
 * Write ModRM, SIB and displacement for a memory operand.
 * @param reg the 3-bit ModRM.reg field
 * @param n the EVEX disp8 scale (1 for legacy/VEX)
 */
/** @returns the position of a rip-relative disp32 that refers to a label, else -1 */
function emitMem(b: CodeBuffer, reg: number, m: Mem, n: number): number {
  const base = m.base, index = m.index;
  const disp = m.disp as number; // an int32 except for an absolute address beyond it (checked below)
  if (base !== null && base.type === RT_RIP) {
    b.u8((reg << 3) | 5);
    const at = m.label !== null ? b.pos : -1;
    b.u32(disp);
    return at;
  }
  if (base === null) {
    // [disp32] or [index*scale + disp32]: SIB with no base. The CPU sign-extends disp32, so an
    // address outside int32 cannot be written here (only movabs's moffs forms take 64 bits).
    b.u8((reg << 3) | 4);
    const ss = m.scale === 8 ? 3 : m.scale === 4 ? 2 : m.scale === 2 ? 1 : 0;
    b.u8((ss << 6) | ((index === null ? 4 : index.id & 7) << 3) | 5);
    b.u32(disp);
    return -1;
  }
  const baseId = base.id & 7;
  let mod: number;
  let d8 = 0;
  if (disp === 0 && baseId !== 5) mod = 0;
  else {
    if (n === 1) {
      if (disp >= -128 && disp <= 127) { mod = 1; d8 = disp; } else mod = 2;
    } else if (disp % n === 0 && disp / n >= -128 && disp / n <= 127) { mod = 1; d8 = disp / n; } else mod = 2;
  }
  if (index === null && baseId !== 4) {
    b.u8((mod << 6) | (reg << 3) | baseId);
  } else {
    b.u8((mod << 6) | (reg << 3) | 4);
    const ss = m.scale === 8 ? 3 : m.scale === 4 ? 2 : m.scale === 2 ? 1 : 0;
    b.u8((ss << 6) | ((index === null ? 4 : index.id & 7) << 3) | baseId);
  }
  if (mod === 1) b.u8(d8 & 0xff);
  else if (mod === 2) b.u32(disp);
  return -1;
}

function writeImm(b: CodeBuffer, v: number | bigint, bytes: number): void {
  if (bytes === 1) b.u8(immLow32(v) & 0xff);
  else if (bytes === 2) b.u16(immLow32(v) & 0xffff);
  else if (bytes === 4) b.u32(immLow32(v));
  else b.u64(v);
}

/**
 * Encode `ops[0..n)` with form `f` into `b`. `prefix` is a pending lock/rep
 * byte (0 for none) in its low byte and a pending segment prefix byte for an
 * implicit [rsi] source (movs/lods/cmps, form flag `seg`) in bits 8–15; `rc`
 * an optional rounding operand.
 * The operands are checked (check.ts: nothing here throws but a full buffer's ELIMIT).
 */
export function encode(sink: EncodeSink, f: Form, o0: Operand | undefined, o1: Operand | undefined, o2: Operand | undefined, o3: Operand | undefined, n: number, prefix: number, rc: Rounding | null): void {
  const b = sink.code;
  b.ensure(32);
  let ripAt = -1, relAt = -1;
  let regOp: Reg | null = null, rmReg: Reg | null = null, rmMem: Mem | null = null, vOp: Reg | null = null, oOp: Reg | null = null, lOp: Reg | null = null;
  let imm0: number | bigint = 0, imm1: number | bigint = 0, immCount = 0, immB0 = 0, immB1 = 0;
  let relLabel: Label | null = null, relBytes = 0;
  let memSpecElem = 0, memSpecBits = 0;
  let dest: Reg | null = null;
  const specs = f.ops;
  for (let i = 0; i < n; i++) {
    const o = (i === 0 ? o0 : i === 1 ? o1 : i === 2 ? o2 : o3)!;
    const s = specs[i]!;
    switch (s.role) {
      case ROLE_R: regOp = o as Reg; break;
      case ROLE_M:
        if (o instanceof Mem) { rmMem = o; memSpecElem = s.elemBits; memSpecBits = o.bits !== 0 ? o.bits : s.memBits; /* the memory's size: written, or the token's memory alternative (xmm/m32 → 32) */ } else rmReg = o as Reg;
        break;
      case ROLE_V: vOp = o as Reg; break;
      case ROLE_O: oOp = o as Reg; break;
      case ROLE_L: lOp = o as Reg; break;
      case ROLE_I:
        if (immCount === 0) { imm0 = o as number; immB0 = s.immBytes; } else { imm1 = o as number; immB1 = s.immBytes; }
        immCount++;
        break;
      case ROLE_D: relLabel = o as Label; relBytes = s.immBytes; break;
    }
    if (i === 0 && o instanceof Reg) dest = o;
  }

  if (f.enc === ENC_LEGACY) {
    let rex = f.w === 1 ? 8 : 0;
    let needRex = false;
    if (regOp !== null) {
      if (regOp.id & 8) rex |= 4;
      if (regOp.bits === 8 && regOp.type === RT_GP && (regOp.cls & C_R8H) === 0 && regOp.id >= 4) needRex = true;
    }
    const rmR = rmReg ?? oOp;
    if (rmR !== null) {
      if (rmR.id & 8) rex |= 1;
      if (rmR.bits === 8 && rmR.type === RT_GP && (rmR.cls & C_R8H) === 0 && rmR.id >= 4) needRex = true;
    }
    if (rmMem !== null) {
      if (rmMem.base !== null && rmMem.base.id & 8 && rmMem.base.type === RT_GP) rex |= 1;
      if (rmMem.index !== null && rmMem.index.id & 8) rex |= 2;
    }
    if (rmMem !== null) {
      if (rmMem.seg >= 0) b.u8(SEG_PREFIX[rmMem.seg]!);
      if (rmMem.base !== null ? rmMem.base.bits === 32 : rmMem.index !== null && rmMem.index.bits === 32) b.u8(0x67);
    }
    const rep = prefix & 0xff;
    if (rep === 0xf3 || rep === 0xf2) b.u8(rep);
    if (prefix > 0xff) b.u8(prefix >>> 8); // after rep, before 66 (llvm-mc: rep cmpsw ss: → f3 36 66 a7)
    const pf = f.prefixes;
    for (let i = 0; i < pf.length; i++) b.u8(pf[i]!);
    if (rep === 0xf0) b.u8(rep);
    if (rex !== 0 || needRex) b.u8(0x40 | rex);
    const op = f.opcode;
    const last = op.length - 1;
    for (let i = 0; i < last; i++) b.u8(op[i]!);
    b.u8(oOp !== null ? op[last]! + (oOp.id & 7) : op[last]!);
  } else if (f.enc === ENC_VEX) {
    if (rmMem !== null) {
      if (rmMem.seg >= 0) b.u8(SEG_PREFIX[rmMem.seg]!);
      if (rmMem.base !== null ? rmMem.base.bits === 32 : rmMem.index !== null && rmMem.index.bits === 32) b.u8(0x67);
    }
    // llvm-mc's VEX2 swap for reg-reg moves: use the store opcode when only r/m needs VEX.B
    let opByte = f.opcode[0]!;
    let pp = f.pp;
    if (f.vex2rev >= 0 && rmReg !== null && regOp !== null && (rmReg.id & 8) !== 0 && (regOp.id & 8) === 0) {
      const t = regOp; regOp = rmReg; rmReg = t;
      opByte = f.vex2rev;
      if (f.vex2revPp >= 0) pp = f.vex2revPp; // vmovq: F3 7E -> 66 D6
    }
    // commutable sources (row flag comm): when only the r/m source needs VEX.B, swap it with vvvv so a
    // 2-byte VEX fits (llvm-mc ≥ 16); vcmpps/pd only for the symmetric predicates
    if (f.commute !== 0 && rmReg !== null && vOp !== null && (rmReg.id & 8) !== 0 && (vOp.id & 8) === 0 &&
      (f.commute === 1 || symmetricPredicate(f.fixedImm >= 0 ? f.fixedImm : imm0))) {
      const t = vOp; vOp = rmReg; rmReg = t;
    }
    const R = regOp !== null && (regOp.id & 8) !== 0;
    const X = rmMem !== null && rmMem.index !== null && (rmMem.index.id & 8) !== 0;
    const B = rmReg !== null ? (rmReg.id & 8) !== 0 : rmMem !== null && rmMem.base !== null && rmMem.base.type === RT_GP && (rmMem.base.id & 8) !== 0;
    const vvvv = vOp !== null ? vOp.id & 15 : 0;
    const L = f.l === 1 ? 4 : 0;
    const W = f.w === 1;
    if (f.map === 1 && !W && !X && !B) {
      b.u8(0xc5);
      b.u8((R ? 0 : 0x80) | ((~vvvv & 15) << 3) | L | pp);
    } else {
      b.u8(0xc4);
      b.u8((R ? 0 : 0x80) | (X ? 0 : 0x40) | (B ? 0 : 0x20) | f.map);
      b.u8((W ? 0x80 : 0) | ((~vvvv & 15) << 3) | L | pp);
    }
    b.u8(opByte);
  } else {
    // EVEX
    if (rmMem !== null) {
      if (rmMem.seg >= 0) b.u8(SEG_PREFIX[rmMem.seg]!);
      if (rmMem.base !== null ? rmMem.base.bits === 32 : rmMem.index !== null && rmMem.index.bits === 32) b.u8(0x67);
    }
    const rid = regOp !== null ? regOp.id : 0;
    let X: number, B: number, Vp: number;
    if (rmReg !== null) {
      B = (rmReg.id >> 3) & 1;
      X = (rmReg.id >> 4) & 1;
    } else if (rmMem !== null) {
      B = rmMem.base !== null && rmMem.base.type === RT_GP ? (rmMem.base.id >> 3) & 1 : 0;
      X = rmMem.index !== null ? (rmMem.index.id >> 3) & 1 : 0;
    } else {
      B = 0; X = 0;
    }
    const vid = vOp !== null ? vOp.id : 0;
    Vp = (vid >> 4) & 1;
    if (rmMem !== null && rmMem.index !== null && rmMem.index.type !== RT_GP) Vp = (rmMem.index.id >> 4) & 1; // VSIB: V' extends the index
    const p0 = ((~(rid >> 3) & 1) << 7) | ((~X & 1) << 6) | ((~B & 1) << 5) | ((~(rid >> 4) & 1) << 4) | f.map;
    const p1 = ((f.w === 1 ? 1 : 0) << 7) | ((~vid & 15) << 3) | 4 | f.pp;
    let ll = f.l < 0 ? 0 : f.l;
    let bbit = 0;
    if (rc !== null) {
      bbit = 1;
      ll = rc.mode >= 0 ? rc.mode : 0; // {sae}: L'L is ignored; llvm-mc (and GNU as) write 00
    } else if (rmMem !== null && rmMem.broadcast) bbit = 1;
    const maskReg = dest;
    const aaa = maskReg !== null ? maskReg.mask : o0 instanceof Mem ? o0.mask : 0;
    const z = maskReg !== null && maskReg.zero ? 1 : 0;
    const p2 = (z << 7) | (ll << 5) | (bbit << 4) | ((~Vp & 1) << 3) | aaa;
    b.u8(0x62); b.u8(p0); b.u8(p1); b.u8(p2);
    b.u8(f.opcode[0]!);
  }

  // ModRM / SIB / displacement
  if (f.digit !== -2) {
    const regField = f.digit >= 0 ? f.digit : regOp !== null ? regOp.id & 7 : 0;
    if (rmMem !== null) {
      ripAt = emitMem(b, regField, rmMem, f.enc === ENC_EVEX ? disp8Scale(f, rmMem.broadcast, memSpecElem, memSpecBits) : 1);
    } else {
      b.u8(0xc0 | (regField << 3) | (rmReg !== null ? rmReg.id & 7 : 0));
    }
  } else if (rmMem !== null) {
    // a memory operand without ModRM is a moffs: the 64-bit absolute address follows the opcode (movabs; checked: no base, no index)
    b.u64(BigInt.asUintN(64, BigInt(rmMem.disp)));
  }
  // immediates / relative targets
  if (relLabel !== null) {
    relAt = b.pos;
    if (relBytes === 1) b.u8(0); else b.u32(0);
  }
  if (lOp !== null) b.u8((lOp.id & 15) << 4);
  if (immCount > 0) writeImm(b, imm0, immB0);
  if (immCount > 1) writeImm(b, imm1, immB1);
  if (f.fixedImm >= 0) b.u8(f.fixedImm);
  // label references last: nothing throws after them (encoding is transactional)
  if (relAt >= 0) sink.fixup(relBytes === 1 ? REL8 : REL32, relAt, b.pos, relLabel!, 0, f.mnemonic);
  if (ripAt >= 0) sink.fixup(REL32, ripAt, b.pos, rmMem!.label!, rmMem!.disp as number, f.mnemonic);
}

export { ENC_EVEX, ENC_LEGACY, ENC_VEX };
