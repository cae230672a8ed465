/**
 * decoder.ts — reads one x86-64 instruction from bytes: legacy prefixes,
 * REX/REX2, VEX/EVEX/XOP, the opcode and its map, ModRM/SIB/displacement.
 * The byte-level rules follow the Intel SDM and, where the manual leaves room,
 * what llvm-mc's disassembler does, because llvm-mc is the judge
 * (`llvm-mc-22 -disassemble`): the same instruction boundaries, the same
 * refusals. Which form the bytes are is choose.ts's decision (data: the
 * entries of tables.ts for the opcode); operands.ts builds the operands. It
 * prints nothing (format.ts does) and throws nothing: an undecodable encoding
 * is reported with the bytes llvm-mc would skip.
 */
import { choose, fits, legacyContext } from "./choose.ts";
import { operands, prefixWords } from "./operands.ts";
import { invalid, isRex, type RawInstruction, State } from "./state.ts";
import { decodeTables, groupKey, MAP_0F, MAP_0F38, MAP_0F3A, MAP_1BYTE, SP_EVEX, SP_LEGACY, SP_VEX, SP_XOP } from "./tables.ts";

export { BranchTarget } from "./state.ts";
export type { DecodedOperand, RawInstruction } from "./state.ts";

const st = new State();
let tables: ReturnType<typeof decodeTables> | null = null;

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
