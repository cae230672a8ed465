/**
 * operands.ts — a chosen form's operands from the decoded fields, as builder
 * operands: registers by the token's class and the field's number, memory
 * from ModRM/SIB/displacement (VSIB, EVEX disp8*N and broadcast, rip, moffs,
 * the riz/eiz/eip llvm prints), immediates with the values llvm's
 * disassembler gives them, branch displacements, {k}/{z}/{er}; and the prefix
 * words llvm prints. It reads the immediates, so it decides where an
 * instruction ends.
 */
import { B16, B32, B64, Mem, rdSae, rnSae, Rounding, ruSae, rzSae, sae, VSIB_X, VSIB_Y, VSIB_Z } from "../operands.ts";
import {
  C_AL, C_AX, C_CL, C_DX, C_EAX, C_K, C_MMX, C_R16, C_R32, C_R64, C_R8, C_R8H, C_RAX, C_SEG, C_XMM, C_XMM0, C_XMMX, C_YMM, C_YMMX, C_ZMM,
  gp16, gp32, gp64, gp8, kreg, Reg, registerByName, RT_GP, RT_RIP, xmm, ymm, zmm,
} from "../registers.ts";
import { ROLE_D, ROLE_I, ROLE_IMPLICIT, ROLE_L, ROLE_M, ROLE_O, ROLE_R, ROLE_V, type Form, type OpSpec } from "../table/schema.ts";
import { disp8Scale, IMM_16, IMM_32, IMM_32S, IMM_64, IMM_8, IMM_8S, IMM_ONE } from "../table/vocabulary.ts";
import { BranchTarget, type DecodedOperand, invalid, type RawInstruction, type State } from "./state.ts";
import { MAP_1BYTE, SP_EVEX, SP_LEGACY, type DecodeEntry } from "./tables.ts";

// pseudo registers llvm prints but no builder operand can name: an absent SIB index made explicit, and eip
const riz = new Reg("riz", RT_GP, 4, 64, 0), eiz = new Reg("eiz", RT_GP, 4, 32, 0);
const eip = new Reg("eip", RT_RIP, 0, 32, 0);
const rip = registerByName("rip")!;
const ah = registerByName("ah")!, ch = registerByName("ch")!, dh = registerByName("dh")!, bh = registerByName("bh")!;
const HIGH8 = [ah, ch, dh, bh];
const SEGS = ["es", "cs", "ss", "ds", "fs", "gs"].map((n) => registerByName(n)!);
const ROUNDING = [rnSae, rdSae, ruSae, rzSae];

// decorated registers ({k1}, {z}) are made once: the decoder hands out the same object each time
const decoratedCache = new Map<Reg, Reg[]>();
function decorated(r: Reg, mask: number, zero: boolean): Reg {
  let list = decoratedCache.get(r);
  if (list === undefined) decoratedCache.set(r, (list = []));
  const i = mask * 2 + (zero ? 1 : 0);
  let d = list[i];
  if (d === undefined) {
    d = mask !== 0 ? r.k(kreg[mask]!) : r;
    if (zero) d = d.z();
    list[i] = d;
  }
  return d;
}

/** Memory size in bits of an operand token's memory alternative (0: unsized `m`). */
function memBits(sp: OpSpec): number {
  return sp.memBits;
}

/** The register a token names for encoding number `n`, or null when the number is out of the token's range. */
function regOf(s: State, sp: OpSpec, n: number, evex: boolean): Reg | null {
  const c = sp.rcls;
  if (c & (C_R8 | C_R8H | C_R16 | C_R32 | C_R64)) {
    // registers the set does not have yet (APX r16–r31) are refused; they decode once registers.ts has them
    const bits = sp.bits !== 0 && sp.bits <= 64 ? sp.bits : c & C_R64 ? 64 : c & C_R32 ? 32 : c & C_R16 ? 16 : 8;
    if (bits === 8) return s.rex === 0 && n >= 4 && n <= 7 ? HIGH8[n - 4]! : gp8[n] ?? null;
    return (bits === 16 ? gp16[n] : bits === 32 ? gp32[n] : gp64[n]) ?? null;
  }
  if (c & (C_XMM | C_XMMX)) return n < (evex ? 32 : 16) ? xmm[n]! : null;
  if (c & (C_YMM | C_YMMX)) return n < (evex ? 32 : 16) ? ymm[n]! : null;
  if (c & C_ZMM) return n < 32 ? zmm[n]! : null;
  if (c & C_K) return n < 8 ? kreg[n]! : null;
  if (c & C_SEG) return n < 6 ? SEGS[n]! : null;
  // mm0–mm7: REX.R/B do not extend them (llvm: the number modulo 8); decoded once registers.ts names them
  if (c & C_MMX) return registerByName(`mm${n & 7}`) ?? null;
  return null;
}

/** The fixed register of an implicit token. */
function implicitReg(sp: OpSpec): Reg | null {
  const c = sp.rcls;
  if (c & C_AL) return gp8[0]!;
  if (c & C_CL) return gp8[1]!;
  if (c & C_AX) return gp16[0]!;
  if (c & C_DX) return gp16[2]!;
  if (c & C_EAX) return gp32[0]!;
  if (c & C_RAX) return gp64[0]!;
  if (c & C_XMM0) return xmm[0]!;
  return null;
}

function readImm(s: State, n: number): number | bigint | null {
  if (s.pos + n > s.end) { s.pos = s.end; return null; }
  const b = s.bytes, p = s.pos;
  s.pos += n;
  if (n === 1) return b[p]!;
  if (n === 2) return b[p]! | (b[p + 1]! << 8);
  if (n === 4) return (b[p]! | (b[p + 1]! << 8) | (b[p + 2]! << 16) | (b[p + 3]! << 24)) >>> 0;
  let v = 0n;
  for (let i = 7; i >= 0; i--) v = (v << 8n) | BigInt(b[p + i]!);
  return v;
}

/** An immediate's value as llvm's disassembler gives it: sign-extended from its width, unsigned where it has the operand's own width. */
function immValue(f: Form, sp: OpSpec, raw: number | bigint, bytes: number): number | bigint {
  if (typeof raw === "bigint") {
    const v = BigInt.asIntN(64, raw);
    return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
  }
  const signed = bytes === 1 ? (raw << 24) >> 24 : bytes === 2 ? (raw << 16) >> 16 : raw | 0;
  switch (sp.imm) {
    case IMM_16: return f.opSize === 16 ? raw : signed;
    case IMM_32: return f.opSize === 32 ? raw : signed;
    case IMM_8: case IMM_8S: case IMM_32S: return signed;
    case IMM_64: return signed;
  }
  return signed;
}

export function operands(s: State, e: DecodeEntry, out: RawInstruction): RawInstruction {
  const f = e.form;
  const evex = s.space === SP_EVEX;
  const ops: DecodedOperand[] = [];
  let usedV = false, masked = false, rounding: Rounding | null = null;
  const regNum = s.regF | (s.R << 3) | (s.R2 << 4);
  const rmNum = s.rmF | (s.B << 3) | (s.B4 << 4);
  for (let i = 0; i < f.ops.length; i++) {
    const sp = f.ops[i]!;
    let role = sp.role;
    if (e.swap) role = role === ROLE_R ? ROLE_M : role === ROLE_M ? ROLE_R : role;
    let o: DecodedOperand | null = null;
    switch (role) {
      case ROLE_IMPLICIT:
        o = sp.imm === IMM_ONE ? 1 : implicitReg(sp);
        break;
      case ROLE_R: {
        let n = regNum;
        if (sp.rcls & C_K) n &= 15; // EVEX.R' is not part of a k register number
        o = regOf(s, sp, n, evex);
        break;
      }
      case ROLE_M:
        if (e.moffs) {
          const raw = readImm(s, s.adsize ? 4 : 8);
          if (raw === null) return invalid(out, s.pos - s.start);
          // a 64-bit absolute address, signed as llvm prints it (a bigint beyond 2^53)
          let disp: number | bigint = raw;
          if (typeof raw === "bigint") {
            const v = BigInt.asIntN(64, raw);
            disp = v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
          }
          o = new Mem(null, null, 1, disp, memBits(sp), s.seg);
          if (s.adsize) out.mnemonic = "mov";
          break;
        }
        if (s.mod === 3) {
          let n = rmNum;
          const vec = (sp.rcls & (C_XMM | C_XMMX | C_YMM | C_YMMX | C_ZMM)) !== 0;
          if (evex && vec) n += s.X << 4;
          if (sp.rcls & C_K) n &= 15;
          o = regOf(s, sp, n, evex);
          if (evex && s.bcst) {
            if (f.er) rounding = ROUNDING[s.L]!;
            else if (f.sae) rounding = sae;
            else return invalid(out, s.pos - s.start);
          }
        } else {
          o = memOperand(s, e, sp);
          if (o === null) return invalid(out, s.pos - s.start);
        }
        break;
      case ROLE_V: {
        usedV = true;
        const n = s.vvvv | (evex ? s.V2 << 4 : 0);
        o = regOf(s, sp, n, evex);
        break;
      }
      case ROLE_O: {
        const n = (s.opcode & 7) | (s.B << 3) | (s.B4 << 4);
        o = regOf(s, sp, n, false);
        break;
      }
      case ROLE_I: {
        const raw = readImm(s, sp.immBytes);
        if (raw === null) return invalid(out, s.pos - s.start);
        o = immValue(f, sp, raw, sp.immBytes);
        break;
      }
      case ROLE_L: {
        const raw = readImm(s, 1);
        if (raw === null) return invalid(out, s.pos - s.start);
        o = regOf(s, sp, ((raw as number) >> 4) & 15, false);
        break;
      }
      case ROLE_D: {
        const raw = readImm(s, sp.immBytes);
        if (raw === null) return invalid(out, s.pos - s.start);
        const d = sp.immBytes === 1 ? ((raw as number) << 24) >> 24 : (raw as number) | 0;
        o = new BranchTarget(d, 0, false); // the target is set by decode.ts, which knows the address
        break;
      }
    }
    if (o === null) return invalid(out, s.pos - s.start);
    // {k}{z} on the first operand that takes them
    if (evex && (sp.maskOk || sp.zeroOk) && !masked && i === 0) {
      masked = true;
      if (o instanceof Reg) {
        if (s.aaa !== 0 && !sp.maskOk) return invalid(out, s.pos - s.start);
        if (s.z && !sp.zeroOk) return invalid(out, s.pos - s.start);
        if (s.aaa !== 0 || s.z) o = decorated(o, s.aaa, s.z !== 0);
      } else if (o instanceof Mem) {
        if (s.z) return invalid(out, s.pos - s.start);
        if (s.aaa !== 0) o = new Mem(o.base, o.index, o.scale, o.disp, o.bits, o.seg, null, o.broadcast, s.aaa, 0);
      }
    }
    ops.push(o);
  }
  // fields no operand used must be empty, as llvm requires
  if (s.space !== SP_LEGACY) {
    if (!usedV && (s.vvvv !== 0 || (evex && s.V2 && !e.vsib))) return invalid(out, s.pos - s.start);
  }
  if (evex && !masked && (s.aaa !== 0 || s.z)) return invalid(out, s.pos - s.start);
  out.length = s.pos - s.start;
  out.valid = true;
  out.form = f;
  out.prefixOnly = "";
  out.operands = ops;
  out.rounding = rounding;
  out.prefix = prefixWords(s, ops);
  return out;
}

function memOperand(s: State, e: DecodeEntry, sp: OpSpec): Mem | null {
  const evex = s.space === SP_EVEX;
  const vsibCls = sp.mcls & (VSIB_X | VSIB_Y | VSIB_Z);
  // a VSIB operand's size is the data element's (W0 dword, W1 qword), whatever the index width
  let bits = vsibCls !== 0 ? (e.form.w === 1 ? 64 : 32) : memBits(sp);
  let bcst = false;
  if (evex && s.bcst) {
    if ((sp.mcls & (B16 | B32 | B64)) === 0) return null;
    bcst = true;
    bits = sp.mcls & B16 ? 16 : sp.mcls & B32 ? 32 : 64;
  } else if (sp.mcls === 0 || (sp.mcls & ~(B16 | B32 | B64)) === 0) return null;
  const wide = s.adsize ? gp32 : gp64;
  let base: Reg | null = null, index: Reg | null = null;
  if (s.rip) base = s.adsize ? eip : rip;
  else if (s.baseNum >= 0) {
    const n = s.baseNum | (s.B4 << 4);
    const r = wide[n];
    if (r === undefined) return null; // APX r16–r31: not in the register set yet
    base = r;
  }
  if (vsibCls !== 0) {
    if (s.sib < 0) return null;
    let n = ((s.sib >> 3) & 7) | (s.X << 3);
    if (evex) n |= s.V2 << 4;
    index = vsibCls & VSIB_X ? xmm[n]! : vsibCls & VSIB_Y ? ymm[n]! : zmm[n]!;
  } else if (s.sib >= 0) {
    if (s.indexNum >= 0) {
      // APX: REX2.X4 and EVEX.X4 (the inverted U bit) make the index r16–r31
      const r = wide[s.indexNum | (s.X4 << 4)];
      if (r === undefined) return null;
      index = r;
    }
    else {
      // a SIB byte with no index: llvm names the absent index riz/eiz where the SIB was not needed
      const b = s.baseNum;
      if (s.scale !== 1 || (b >= 0 && b !== 4 && b !== 12)) index = s.adsize ? eiz : riz;
    }
  }
  let disp = s.disp;
  if (evex && s.dispBytes === 1) disp *= disp8Scale(e.form, bcst, sp.elemBits, memBits(sp));
  return new Mem(base, index, index === null ? 1 : s.scale, disp, bits, s.seg, null, bcst, 0, 0);
}

/** The prefix words llvm prints before the mnemonic. */
export function prefixWords(s: State, ops: DecodedOperand[]): string {
  let p = "";
  if (s.mandatory === 0) {
    if (s.lock) p = "lock";
    if (s.rep === 0xf2) p += p ? " repne" : "repne";
    else if (s.rep === 0xf3 && !(s.space === SP_LEGACY && s.map === MAP_1BYTE && s.opcode === 0x90)) p += p ? " rep" : "rep";
  }
  if (s.adsize && !ops.some((o) => o instanceof Mem) && !(s.space === SP_LEGACY && s.map === MAP_1BYTE && isStringOp(s.opcode))) p += p ? " addr32" : "addr32";
  return p;
}

function isStringOp(op: number): boolean {
  return (op >= 0xa4 && op <= 0xa7) || (op >= 0xaa && op <= 0xaf) || (op >= 0x6c && op <= 0x6f) || op === 0xe3;
}

