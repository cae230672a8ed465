/**
 * decoder.ts — reads one x86-64 instruction from bytes and names its table
 * form and builder operands. The byte-level rules (which bytes are prefixes,
 * when F2/F3 is a mandatory prefix or a repeat, what REX/VEX/EVEX fields
 * mean, ModRM/SIB/displacement, disp8*N) follow the Intel SDM and, where the
 * manual leaves room, what llvm-mc's disassembler does, because llvm-mc is
 * the judge (`llvm-mc-22 -disassemble`): the same instruction boundaries, the
 * same refusals. The choice of form is data: the entries of tables.ts for the
 * opcode, filtered by the fields the bytes carry and ranked by how exactly
 * their prefixes fit. It prints nothing (format.ts does) and throws nothing:
 * an undecodable encoding is reported with the bytes llvm-mc would skip.
 */
import { Mem, rdSae, rnSae, Rounding, ruSae, rzSae, sae } from "../operands.ts";
import {
  C_AL, C_AX, C_CL, C_DX, C_EAX, C_K, C_R16, C_R32, C_R64, C_R8, C_R8H, C_RAX, C_SEG, C_XMM, C_XMM0, C_XMMX, C_YMM, C_YMMX, C_ZMM,
  gp16, gp32, gp64, gp8, kreg, Reg, registerByName, RT_GP, RT_RIP, xmm, ymm, zmm,
} from "../registers.ts";
import { ROLE_D, ROLE_I, ROLE_IMPLICIT, ROLE_L, ROLE_M, ROLE_O, ROLE_R, ROLE_V, type Form, type OpSpec } from "../table/schema.ts";
import { disp8Scale, IMM_16, IMM_32, IMM_32S, IMM_64, IMM_8, IMM_8S, IMM_ONE } from "../table/vocabulary.ts";
import { B16, B32, B64, VSIB_X, VSIB_Y, VSIB_Z } from "../operands.ts";
import {
  decodeTables, type DecodeEntry, groupKey, MAP_0F, MAP_0F38, MAP_0F3A, MAP_1BYTE, MOD_MEM, MOD_REG, PFX_66, PFX_F2, PFX_F3, PFX_NONE, SP_EVEX, SP_LEGACY, SP_VEX, SP_XOP,
} from "./tables.ts";

/** A relative branch target: the displacement as llvm-mc prints it, and the absolute address it reaches. */
export class BranchTarget {
  constructor(
    /** Signed displacement from the end of the instruction. */
    readonly displacement: number,
    /** Absolute target address (the decode address + length + displacement). */
    readonly target: number,
    /** Print the absolute address (`0x401007`, as llvm-objdump does) instead of the displacement (llvm-mc). */
    readonly absolute: boolean,
  ) {}
  toString(): string {
    return this.absolute ? `0x${this.target.toString(16)}` : String(this.displacement);
  }
}

/** A decoded operand: a builder operand, or a branch target. */
export type DecodedOperand = Reg | Mem | number | bigint | BranchTarget;

/** The raw result of decoding one instruction (decode.ts wraps it for the public API). */
export interface RawInstruction {
  /** Bytes the instruction takes; for an invalid encoding, the bytes llvm-mc skips. */
  length: number;
  /** The table form; null for an invalid encoding and for a prefix llvm prints on its own (`lock`, `xacquire`). */
  form: Form | null;
  /** Mnemonic of a lone prefix (form null, valid), else "". */
  prefixOnly: string;
  valid: boolean;
  operands: DecodedOperand[];
  rounding: Rounding | null;
  /** Prefix words llvm prints before the mnemonic ("lock", "rep", "repne", "addr32"), space-separated, or "". */
  prefix: string;
  /** Address-size prefix seen (string instructions print edi/esi). */
  addr32: boolean;
  /** Last segment override prefix (0 es … 5 gs), or -1. */
  seg: number;
  /** A mnemonic llvm prints instead of the form's, or "" (a moffs form with a 32-bit address is `mov`, not `movabs`). */
  mnemonic: string;
}

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

function isRex(b: number): boolean {
  return (b & 0xf0) === 0x40;
}

/** Per-instruction decoding state, reused across calls (no allocation but the operands). */
class State {
  bytes: Uint8Array = new Uint8Array(0);
  start = 0;
  end = 0;
  pos = 0;
  // prefixes
  opsize = false; adsize = false; lock = false; rep = 0; mandatory = 0; seg = -1; rex = 0; xacq = false;
  // vector extension
  space = SP_LEGACY; map = 0; W = 0; R = 0; X = 0; B = 0; R2 = 0; X4 = 0; B4 = 0; V2 = 0; vvvv = 0; L = 0; pp = 0; aaa = 0; z = 0; bcst = 0; U = 1;
  rex2 = false;
  opcode = 0;
  // ModRM / SIB / displacement
  hasModrm = false; modrm = 0; mod = 0; regF = 0; rmF = 0;
  sib = -1; dispBytes = 0; disp = 0; rip = false;
  baseNum = -1; indexNum = -1; scale = 1;

  reset(bytes: Uint8Array, start: number, end: number): void {
    this.bytes = bytes; this.start = start; this.end = end; this.pos = start;
    this.opsize = false; this.adsize = false; this.lock = false; this.rep = 0; this.mandatory = 0; this.seg = -1; this.rex = 0; this.xacq = false;
    this.space = SP_LEGACY; this.map = MAP_1BYTE; this.W = 0; this.R = 0; this.X = 0; this.B = 0; this.R2 = 0; this.X4 = 0; this.B4 = 0; this.V2 = 0; this.vvvv = 0;
    this.rex2 = false;
    this.L = 0; this.pp = 0; this.aaa = 0; this.z = 0; this.bcst = 0; this.U = 1;
    this.hasModrm = false; this.sib = -1; this.dispBytes = 0; this.disp = 0; this.rip = false; this.baseNum = -1; this.indexNum = -1; this.scale = 1;
  }
}

const st = new State();
let tables: ReturnType<typeof decodeTables> | null = null;

function invalid(out: RawInstruction, length: number): RawInstruction {
  out.length = Math.max(1, length);
  out.valid = false;
  out.form = null;
  out.prefixOnly = "";
  out.operands = [];
  out.rounding = null;
  out.prefix = "";
  return out;
}

/**
 * Decode the instruction at `bytes[start]` (reading no further than `end`) into `out`.
 * Never throws; `out.valid` says whether the bytes are an instruction.
 */
export function decodeRaw(bytes: Uint8Array, start: number, end: number, out: RawInstruction): RawInstruction {
  const s = st;
  s.reset(bytes, start, end);
  out.mnemonic = "";
  out.addr32 = false;
  out.seg = -1;
  // ---- legacy prefixes (llvm's order of checks: a leading F0, F2/F3 before a lock/xchg/mov, mandatory F2/F3/66) ----
  let b = -1;
  let prefixByte = true;
  while (prefixByte) {
    if (s.pos >= end) { b = -1; break; }
    b = bytes[s.pos++]!;
    if (s.pos - 1 === start && b === 0xf0) break; // a leading lock is an instruction of its own
    const next = s.pos < end ? bytes[s.pos]! : -1;
    if ((b === 0xf2 || b === 0xf3) && next >= 0) {
      if (next === 0xf0 || (next & 0xfe) === 0x86 || (next & 0xf8) === 0x90) {
        s.xacq = true;
        if (!(b === 0xf3 && next === 0x90)) break; // xacquire / xrelease on its own
      }
      if (b === 0xf3 && (next === 0x88 || next === 0x89 || next === 0xc6 || next === 0xc7)) { s.xacq = true; break; }
      if (isRex(next) && s.pos + 1 >= end) return invalid(out, s.pos + 1 - start);
    }
    switch (b) {
      case 0xf0: s.lock = true; break;
      case 0xf2: case 0xf3:
        if (next < 0) break;
        if (isRex(next) || next === 0xd5 || next === 0x0f || next === 0x66) s.mandatory = b;
        s.rep = b;
        break;
      case 0x26: s.seg = 0; break;
      case 0x2e: s.seg = 1; break;
      case 0x36: s.seg = 2; break;
      case 0x3e: s.seg = 3; break;
      case 0x64: s.seg = 4; break;
      case 0x65: s.seg = 5; break;
      case 0x66:
        s.opsize = true;
        if (next >= 0 && s.mandatory === 0 && (next === 0x0f || isRex(next))) s.mandatory = 0x66;
        break;
      case 0x67: s.adsize = true; break;
      default: prefixByte = false;
    }
    if (isRex(b)) { s.rex = b; prefixByte = true; } else if (prefixByte) s.rex = 0;
  }
  out.addr32 = s.adsize;
  out.seg = s.seg;
  if (b < 0) return invalid(out, s.pos - start);
  // ---- VEX / EVEX ----
  if (b === 0x8f && s.pos < end && (bytes[s.pos]! & 0x38) !== 0) {
    // XOP (AMD): a three-byte prefix laid out like VEX's, maps 8–10 (8F with ModRM.reg 0 is pop)
    if (s.pos + 2 > end) return invalid(out, end - start);
    const p0 = bytes[s.pos]!, p1 = bytes[s.pos + 1]!;
    s.space = SP_XOP; s.map = p0 & 31;
    s.R = (~p0 >> 7) & 1; s.X = (~p0 >> 6) & 1; s.B = (~p0 >> 5) & 1;
    s.W = p1 >> 7; s.vvvv = (~p1 >> 3) & 15; s.L = (p1 >> 2) & 1; s.pp = p1 & 3;
    s.pos += 2;
    s.rex = 0x40;
    if (s.map < 8 || s.map > 10 || s.pos >= end) return invalid(out, s.pos - start);
    s.opcode = bytes[s.pos++]!;
  } else if (b === 0x62 || b === 0xc4 || b === 0xc5) {
    const need = b === 0x62 ? 3 : b === 0xc4 ? 2 : 1;
    if (s.pos + need > end) return invalid(out, end - start);
    const p0 = bytes[s.pos]!;
    if (b === 0xc5) {
      s.space = SP_VEX; s.map = MAP_0F;
      s.R = (~p0 >> 7) & 1; s.vvvv = (~p0 >> 3) & 15; s.L = (p0 >> 2) & 1; s.pp = p0 & 3;
      s.pos += 1;
    } else if (b === 0xc4) {
      const p1 = bytes[s.pos + 1]!;
      s.space = SP_VEX; s.map = p0 & 31;
      s.R = (~p0 >> 7) & 1; s.X = (~p0 >> 6) & 1; s.B = (~p0 >> 5) & 1;
      s.W = p1 >> 7; s.vvvv = (~p1 >> 3) & 15; s.L = (p1 >> 2) & 1; s.pp = p1 & 3;
      s.pos += 2;
    } else {
      const p1 = bytes[s.pos + 1]!, p2 = bytes[s.pos + 2]!;
      s.space = SP_EVEX; s.map = p0 & 7;
      s.R = (~p0 >> 7) & 1; s.X = (~p0 >> 6) & 1; s.B = (~p0 >> 5) & 1; s.R2 = (~p0 >> 4) & 1; s.B4 = (p0 >> 3) & 1;
      s.W = p1 >> 7; s.vvvv = (~p1 >> 3) & 15; s.U = (p1 >> 2) & 1; s.X4 = s.U ^ 1; s.pp = p1 & 3;
      s.z = p2 >> 7; s.L = (p2 >> 5) & 3; s.bcst = (p2 >> 4) & 1; s.V2 = (~p2 >> 3) & 1; s.aaa = p2 & 7;
      s.pos += 3;
    }
    s.rex = 0x40; // llvm simulates a REX prefix: spl..dil, never ah..bh
    // maps llvm does not know end the instruction before its opcode byte (VEX 0F..0F3A and 5–7, EVEX 1–7)
    if (s.space === SP_VEX ? s.map === 0 || s.map === 4 || s.map > 7 : s.map === 0) return invalid(out, s.pos - start);
    if (s.pos >= end) return invalid(out, s.pos - start);
    s.opcode = bytes[s.pos++]!;
  } else {
    if (b === 0xd5) {
      // REX2 (APX): REX's four bits plus a fourth register bit each and a map bit (map 1 without the 0F byte)
      if (s.pos >= end) return invalid(out, s.pos - start);
      const p = bytes[s.pos++]!;
      s.rex2 = true;
      s.rex = 0x40 | (p & 15);
      s.R2 = (p >> 6) & 1; s.X4 = (p >> 5) & 1; s.B4 = (p >> 4) & 1;
      if (s.pos >= end) return invalid(out, s.pos - start);
      b = bytes[s.pos++]!;
      if (p >> 7) {
        s.W = (p >> 3) & 1; s.R = (p >> 2) & 1; s.X = (p >> 1) & 1; s.B = p & 1;
        s.map = MAP_0F;
        s.opcode = b;
        b = -2; // no escape bytes follow a REX2 map bit
      }
    }
    if (s.rex !== 0) { s.W = (s.rex >> 3) & 1; s.R = (s.rex >> 2) & 1; s.X = (s.rex >> 1) & 1; s.B = s.rex & 1; }
    if (b !== -2) s.opcode = b;
    if (b === 0x0f) {
      if (s.pos >= end) return invalid(out, s.pos - start);
      const c = bytes[s.pos++]!;
      if (c === 0x38 || c === 0x3a) {
        if (s.pos >= end) return invalid(out, s.pos - start);
        s.map = c === 0x38 ? MAP_0F38 : MAP_0F3A;
        s.opcode = bytes[s.pos++]!;
      } else if (c === 0x0f) {
        // 3DNow!: ModRM, SIB and displacement come before the opcode byte; no rows in the table yet
        if (!readModrm(s) || s.pos >= end) return invalid(out, s.pos - start);
        s.pos++;
        return invalid(out, s.pos - start);
      } else {
        s.map = MAP_0F;
        s.opcode = c;
      }
    } else if (b !== -2 && s.mandatory !== 0) s.mandatory = 0; // a mandatory prefix needs an escaped opcode; it was a repeat prefix
  }
  // ---- a lock, xacquire or xrelease byte decoded on its own ----
  if (s.space === SP_LEGACY && s.map === MAP_1BYTE && (b === 0xf0 || ((b === 0xf2 || b === 0xf3) && s.xacq))) {
    out.length = s.pos - start;
    out.valid = true;
    out.form = null;
    out.prefixOnly = b === 0xf0 ? "lock" : b === 0xf2 ? "xacquire" : "xrelease";
    out.operands = [];
    out.rounding = null;
    out.prefix = prefixWords(s, out.operands);
    return out;
  }
  const groups = (tables ??= decodeTables()).byKey;
  const group = groups[groupKey(s.space, s.map, s.opcode)];
  const plusGroup = s.space === SP_LEGACY ? groups[groupKey(SP_LEGACY, s.map, s.opcode & 0xf8)] : undefined;
  if (group === undefined && plusGroup === undefined) return invalid(out, s.pos - start);
  // ---- ModRM, SIB, displacement (read when any candidate has a ModRM byte) ----
  let needModrm = false;
  if (group !== undefined) {
    const ctx = s.space === SP_LEGACY ? legacyContext(s) : 0;
    for (const e of group) if ((e.digit !== -2 || e.modrm >= 0) && fits(s, e, ctx, true, false) >= 0) { needModrm = true; break; }
  }
  if (needModrm && !readModrm(s)) return invalid(out, s.pos - start);
  // ---- choose the entry ----
  const e = choose(s, group, plusGroup);
  if (e === null) return invalid(out, s.pos - start);
  return operands(s, e, out);
}

function readModrm(s: State): boolean {
  const bytes = s.bytes;
  if (s.pos >= s.end) return false;
  const m = bytes[s.pos++]!;
  s.hasModrm = true;
  s.modrm = m;
  s.mod = m >> 6;
  s.regF = (m >> 3) & 7;
  s.rmF = m & 7;
  if (s.mod === 3) return true;
  if (s.rmF === 4) {
    if (s.pos >= s.end) return false;
    const sib = bytes[s.pos++]!;
    s.sib = sib;
    s.scale = 1 << (sib >> 6);
    const idx = ((sib >> 3) & 7) | (s.X << 3);
    s.indexNum = idx === 4 ? -1 : idx;
    const base = sib & 7;
    if (base === 5 && s.mod === 0) { s.baseNum = -1; s.dispBytes = 4; }
    else { s.baseNum = base | (s.B << 3); s.dispBytes = s.mod === 1 ? 1 : s.mod === 2 ? 4 : 0; }
  } else if (s.rmF === 5 && s.mod === 0) {
    s.rip = true;
    s.dispBytes = 4;
  } else {
    s.baseNum = s.rmF | (s.B << 3);
    s.dispBytes = s.mod === 1 ? 1 : s.mod === 2 ? 4 : 0;
  }
  if (s.pos + s.dispBytes > s.end) { s.pos = s.end; return false; }
  if (s.dispBytes === 1) s.disp = (bytes[s.pos]! << 24) >> 24;
  else if (s.dispBytes === 4) s.disp = bytes[s.pos]! | (bytes[s.pos + 1]! << 8) | (bytes[s.pos + 2]! << 16) | (bytes[s.pos + 3]! << 24);
  s.pos += s.dispBytes;
  return true;
}

// llvm's instruction context: which prefixes select the instruction
const X_OPSIZE = 1, X_XS = 2, X_XD = 4, X_REXW = 8, X_ADSIZE = 16;

/** The context bits of a legacy instruction, as llvm's decoder forms them from the prefixes. */
function legacyContext(s: State): number {
  let c = 0;
  if (s.mandatory === 0) {
    if (s.opsize) c |= X_OPSIZE;
    if (s.adsize) c |= X_ADSIZE;
    if (s.map === MAP_1BYTE) { if (s.rep === 0xf3 && s.opcode === 0x90) c |= X_XS; }
    else if (s.rep === 0xf2) c |= X_XD;
    else if (s.rep === 0xf3) c |= X_XS;
  } else if (s.mandatory === 0xf2) c |= X_XD;
  else if (s.mandatory === 0xf3) c |= X_XS;
  else {
    c |= X_OPSIZE;
    if (s.adsize) c |= X_ADSIZE;
  }
  if (s.W) c = (c | X_REXW) & ~X_ADSIZE;
  return c;
}

/** The context bits an entry needs. */
function needs(e: DecodeEntry): number {
  let n = 0;
  if (e.pfx === PFX_66 || e.opsize) n |= X_OPSIZE;
  if (e.pfx === PFX_F3) n |= X_XS;
  if (e.pfx === PFX_F2) n |= X_XD;
  if (e.w === 1) n |= X_REXW;
  if (e.adsize) n |= X_ADSIZE;
  return n;
}

function bitCount(x: number): number {
  let n = 0;
  for (; x !== 0; x &= x - 1) n++;
  return n;
}

/**
 * How well an entry fits; -1 when it does not. `anyOs`: accept a form whatever an unnamed 66 would do to it
 * (nop). `narrowing`: looking for the 16-bit form of an instruction chosen under a mandatory F2/F3.
 */
function score(s: State, e: DecodeEntry, ctx: number, anyOs = false, narrowing = false): number {
  if (e.modrm >= 0) { if (!s.hasModrm || s.modrm !== e.modrm) return -1; }
  else if (e.digit >= 0 && s.regF !== e.digit) return -1;
  if (e.mod === MOD_REG && s.hasModrm && s.mod !== 3) return -1;
  if (e.mod === MOD_MEM && s.hasModrm && s.mod === 3) return -1;
  if (s.space === SP_EVEX && s.bcst && s.hasModrm) {
    // EVEX.b: rounding / {sae} on a register form (L'L is the rounding mode, the length 512), broadcast on memory
    if (s.mod === 3) {
      if (s.U === 0) return -1; // AVX10.2 rounding on 256-bit forms: not in the table
      if (!e.form.er && !e.form.sae) return -1;
      if (e.l >= 0 && e.l !== 2) return -1;
    } else {
      if (!e.bcst) return -1;
      if (e.l >= 0 && e.l !== s.L) return -1; // fits() could not check it before the ModRM byte
    }
  }
  return fits(s, e, ctx, anyOs, narrowing);
}

/**
 * Whether an entry fits what is known before the ModRM byte (the prefixes, VEX/EVEX fields): llvm
 * reads the ModRM byte only when some instruction fits, which decides how many bytes a refusal skips.
 */
function fits(s: State, e: DecodeEntry, ctx: number, anyOs: boolean, narrowing: boolean): number {
  if (s.space !== SP_LEGACY) {
    if (e.pfx !== s.pp) return -1;
    if (e.w >= 0 && e.w !== s.W) return -1;
    if (s.space === SP_EVEX) {
      if (s.aaa !== 0 && !e.mask) return -1;
      if (s.z && !e.zero) return -1;
      if (s.bcst && !e.bcst && !e.form.er && !e.form.sae) return -1;
      if (e.maskRequired && s.aaa === 0) return -1;
      if (s.bcst && (e.form.er || e.form.sae)) return 1; // L'L may be a rounding mode: the ModRM byte decides (see score)
    }
    if (e.l >= 0 && e.l !== s.L) return -1;
    if (s.space === SP_EVEX && e.l < 0 && s.L === 3 && !s.bcst) return -1;
    return 1;
  }
  const n = needs(e);
  if ((n & ctx) !== n) return -1;
  if (ctx & X_REXW) {
    if (!(n & X_REXW)) {
      // REX.W wins over an operand-size 66; a SIMD 66 survives it only as the mandatory prefix
      if (n & X_OPSIZE && !(e.pfx === PFX_66 && s.mandatory === 0x66)) return -1;
      // a 16/32-bit operand REX.W would widen: the 64-bit form is not in the table, so do not guess
      if (e.wSensitive) return -1;
      // a mandatory 66 survives REX.W for forms with no REX.W variant (llvm: jcc rel16): not in the table
      if (!(n & X_OPSIZE) && s.mandatory === 0x66 && e.osSensitive && !anyOs) return -1;
    }
  } else if (ctx & X_OPSIZE) {
    // 66 with a repeat prefix that is no mandatory prefix: llvm knows only the forms that name both
    if (!narrowing && ctx & (X_XS | X_XD) && (!(n & X_OPSIZE) || !(n & (X_XS | X_XD)))) return -1;
    // an operand-size 66 the form does not name: the 16-bit form is not in the table, so do not guess
    if (!anyOs && !(n & X_OPSIZE) && e.osSensitive) return -1;
  }
  return 1 + bitCount(n);
}

function choose(s: State, group: DecodeEntry[] | undefined, plusGroup: DecodeEntry[] | undefined): DecodeEntry | null {
  // REX2 changes two one-byte opcodes (APX): 50–5F with W are pushp/popp, A1 is jmpabs — not in the table yet
  if (s.rex2 && s.map === MAP_1BYTE && (((s.opcode & 0xf0) === 0x50 && s.W) || s.opcode === 0xa1)) return null;
  const ctx = s.space === SP_LEGACY ? legacyContext(s) : 0;
  let best = pick(s, group, plusGroup, ctx);
  // 66 beside a mandatory F2/F3 still makes the 16-bit form of the same instruction (popcnt ax, crc32 eax, ax)
  if (best !== null && s.space === SP_LEGACY && s.opsize && !(ctx & X_OPSIZE) && !(ctx & X_REXW)) {
    let narrow: DecodeEntry | null = null, narrowScore = -1;
    for (const list of [group, plusGroup]) {
      if (list === undefined) continue;
      for (const e of list) {
        if (!e.opsize || e.form.mnemonic !== best.form.mnemonic || e.plusR !== best.plusR) continue;
        const sc = score(s, e, ctx | X_OPSIZE, false, true);
        if (sc > narrowScore) { narrow = e; narrowScore = sc; }
      }
    }
    if (narrow !== null) best = narrow;
    else if (best.osSensitive) return null; // llvm takes a 16-bit form here that the table does not have
  }
  return best;
}

let bestEntry: DecodeEntry | null = null;
let bestScore = -1;

/** The best-scoring entry of `list` (with `plus`: only `+r` entries; `zeroOps`: only entries with no operands) into bestEntry. */
function consider(s: State, list: DecodeEntry[], plus: boolean, zeroOps: boolean, ctx: number): void {
  for (let i = 0; i < list.length; i++) {
    const e = list[i]!;
    if (e.plusR !== plus) continue;
    if (zeroOps && e.form.ops.length !== 0) continue;
    if (e.digit !== -2 && !s.hasModrm) continue;
    const sc = score(s, e, ctx, zeroOps);
    if (sc > bestScore || (sc === bestScore && bestEntry !== null && e.order < bestEntry.order)) { bestEntry = e; bestScore = sc; }
  }
}

function pick(s: State, group: DecodeEntry[] | undefined, plusGroup: DecodeEntry[] | undefined, ctx: number): DecodeEntry | null {
  bestEntry = null;
  bestScore = -1;
  if (s.space === SP_LEGACY && s.map === MAP_1BYTE && s.opcode === 0x90) {
    // opcode 90 without REX.B is nop (pause with F3), whatever else the prefixes say — unless F3 is a mandatory prefix;
    // with REX.B it is xchg with r8
    if (!s.B && s.mandatory !== 0xf3) {
      if (group !== undefined) consider(s, group, false, true, ctx);
      if (bestEntry !== null) return bestEntry;
    } else if (s.B && plusGroup !== undefined) {
      consider(s, plusGroup, true, false, ctx);
      return bestEntry;
    }
  }
  if (group !== undefined) consider(s, group, false, false, ctx);
  if (plusGroup !== undefined && s.space === SP_LEGACY) consider(s, plusGroup, true, false, ctx);
  return bestEntry;
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

function operands(s: State, e: DecodeEntry, out: RawInstruction): RawInstruction {
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
function prefixWords(s: State, ops: DecodedOperand[]): string {
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

export { PFX_F2, PFX_F3, PFX_66 };
