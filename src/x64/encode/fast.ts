/**
 * fast.ts — specialised encoders for the common legacy (non-VEX) shapes, the
 * builder's hot path. `fastEncoderOf(form, lo words)` is called once per
 * memoised class vector (encode/match.ts) and returns a closure over the
 * form's constants (prefix and opcode bytes, REX.W, ModRM digit, which
 * operand goes where, immediate widths) that writes one instruction with
 * local variables and no per-call allocation; or null where only the generic
 * encoder (encoder.ts) will do. The class vector also says whether the r/m
 * operand is a register or memory, so each closure handles one of the shapes
 *   RR   ModRM with a register r/m          (add rax, rcx; shl r12, 3; inc r14)
 *   RMEM ModRM with a memory r/m            (mov rdx, [rdi+16]; add dword [rbx+rcx*4], 1)
 *   O    register in the opcode's low bits  (push rbx; mov r13, imm; bswap)
 *   Z    no ModRM: implicit operands and immediates only (ret; cqo; add eax, imm32)
 *
 * Contract: a fast encoder returns true after writing exactly the bytes the
 * generic encoder writes, or returns false — having possibly written some
 * bytes, which the caller discards — when the operands need something it does
 * not do (ah..bh with REX, an absolute or 32-bit address, a segment override,
 * a bigint immediate): the caller then runs the generic path, which produces
 * the same bytes or the same error. So it never throws and never needs
 * `encodeResult` (label operands never reach it). The caller guarantees 32
 * bytes of room, no pending lock/rep prefix and no listing.
 *
 * Measured on the integer benchmark stream: the generic `encode` (~50 ns per
 * instruction under load, mostly role dispatch and megamorphic operand reads)
 * becomes ~10 ns here; the golden tests compare both paths' bytes indirectly
 * (every golden line after the first of its class vector takes this path).
 */
import type { CodeBuffer } from "../../core/code-buffer.ts";
import type { Mem } from "../operands.ts";
import { C_DECO, C_R8H, RT_GP, RT_RIP, type Reg } from "../registers.ts";
import { ENC_LEGACY, ENC_VEX, type Form, ROLE_I, ROLE_IMPLICIT, ROLE_M, ROLE_O, ROLE_R, ROLE_V } from "../table/schema.ts";
import type { Operand } from "./encoder.ts";

/** Writes one instruction at `b.pos`; false: not handled (the caller resets `b.pos` and takes the generic path). */
export type FastEncoder = (b: CodeBuffer, o0: Operand | undefined, o1: Operand | undefined, o2: Operand | undefined, o3: Operand | undefined) => boolean;

/** Fast encoders by form and r/m kind (index 0: register r/m or none, 1: memory r/m), shared by every class vector that selects them. */
const cache = new Map<Form, (FastEncoder | null | undefined)[]>();

/**
 * The fast encoder for form `f` with operands of these lo class words, or null.
 * @param l0 the operands' lo words as matched (register bits, 0 for memory and immediates)
 */
export function fastEncoderOf(f: Form, l0: number, l1: number, l2: number, l3: number): FastEncoder | null {
  if (f.enc !== ENC_LEGACY && f.enc !== ENC_VEX) return null;
  let regIdx = -1, rmIdx = -1, oIdx = -1, vIdx = -1, i0 = -1, b0 = 0, i1 = -1, b1 = 0;
  const ops = f.ops;
  for (let i = 0; i < ops.length; i++) {
    const role = ops[i]!.role;
    if (role === ROLE_R) regIdx = i;
    else if (role === ROLE_M) rmIdx = i;
    else if (role === ROLE_O) oIdx = i;
    else if (role === ROLE_V) vIdx = i;
    else if (role === ROLE_I) {
      if (i0 < 0) { i0 = i; b0 = ops[i]!.immBytes; } else { i1 = i; b1 = ops[i]!.immBytes; }
    } else if (role !== ROLE_IMPLICIT) return null; // rel targets (labels), VEX-only roles
  }
  // ModRM exactly when there is an r/m operand (moffs forms have M without ModRM), and no mix with O
  if ((rmIdx >= 0) !== (f.digit !== -2) || (regIdx >= 0 && rmIdx < 0) || (oIdx >= 0 && rmIdx >= 0)) return null;
  if (f.enc === ENC_VEX ? oIdx >= 0 : vIdx >= 0) return null;
  const lo = [l0, l1, l2, l3];
  const rmIsMem = rmIdx >= 0 && (lo[rmIdx]! & ~C_DECO) === 0;
  let per = cache.get(f);
  if (per === undefined) cache.set(f, (per = [undefined, undefined]));
  const k = rmIsMem ? 1 : 0;
  let enc = per[k];
  if (enc === undefined) {
    enc = f.enc === ENC_VEX ? buildVex(f, regIdx, rmIdx, vIdx, rmIsMem, i0, b0, i1, b1) : build(f, regIdx, rmIdx, oIdx, rmIsMem, i0, b0, i1, b1);
    per[k] = enc;
  }
  return enc;
}

type TailWriter = (buf: Uint8Array, p: number, o0: Operand | undefined, o1: Operand | undefined, o2: Operand | undefined, o3: Operand | undefined) => number;

/** Immediates and the fixed trailing byte, after ModRM: returns the new position, or -1 for a bigint immediate. */
function tailWriter(i0: number, b0: number, i1: number, b1: number, fixedImm: number): TailWriter {
  return (buf, p, o0, o1, o2, o3) => {
    if (i0 >= 0) {
      const v = pick(i0, o0, o1, o2, o3);
      if (typeof v !== "number") return -1;
      p = putImm(buf, p, v, b0);
      if (i1 >= 0) {
        const v1 = pick(i1, o0, o1, o2, o3);
        if (typeof v1 !== "number") return -1;
        p = putImm(buf, p, v1, b1);
      }
    }
    if (fixedImm >= 0) buf[p++] = fixedImm;
    return p;
  };
}

/**
 * VEX forms (AVX/AVX2/FMA, BMI1/2): the 2- or 3-byte VEX prefix, opcode, ModRM.
 * The reg-reg store-form swap (`vex2rev`, llvm-mc's choice when only the r/m
 * register is extended) stays with the generic encoder.
 */
function buildVex(f: Form, regIdx: number, rmIdx: number, vIdx: number, rmIsMem: boolean, i0: number, b0: number, i1: number, b1: number): FastEncoder | null {
  if (f.opcode.length !== 1 || (f.vex2rev >= 0 && !rmIsMem)) return null;
  const tail = tailWriter(i0, b0, i1, b1, f.fixedImm);
  const opByte = f.opcode[0]!, map = f.map, W = f.w === 1, LPP = (f.l === 1 ? 4 : 0) | f.pp;
  // the 2-byte form C5 needs map 0F, W0 and no X/B
  const c5ok = map === 1 && !W;
  const digit = f.digit >= 0 ? f.digit : 0, regFromOp = f.digit < 0, hasModrm = f.digit !== -2;
  return (b, o0, o1, o2, o3) => {
    let R = 0, X = 0, B = 0, regField = digit, rmReg: Reg | null = null, m: Mem | null = null;
    if (regIdx >= 0) {
      const r = pick(regIdx, o0, o1, o2, o3) as Reg;
      R = r.id & 8;
      if (regFromOp) regField = r.id & 7;
    }
    if (rmIsMem) {
      m = pick(rmIdx, o0, o1, o2, o3) as Mem;
      const base = m.base;
      if (base === null || m.seg >= 0 || base.bits === 32) return false; // absolute, segment, 67: generic path
      if (base.type === RT_GP) B = base.id & 8;
      if (m.index !== null) X = m.index.id & 8;
    } else if (rmIdx >= 0) {
      rmReg = pick(rmIdx, o0, o1, o2, o3) as Reg;
      B = rmReg.id & 8;
    }
    const vvvv = vIdx >= 0 ? (pick(vIdx, o0, o1, o2, o3) as Reg).id & 15 : 0;
    const buf = b.buf;
    let p = b.pos;
    if (c5ok && X === 0 && B === 0) {
      buf[p] = 0xc5;
      buf[p + 1] = (R !== 0 ? 0 : 0x80) | ((~vvvv & 15) << 3) | LPP;
      p += 2;
    } else {
      buf[p] = 0xc4;
      buf[p + 1] = (R !== 0 ? 0 : 0x80) | (X !== 0 ? 0 : 0x40) | (B !== 0 ? 0 : 0x20) | map;
      buf[p + 2] = (W ? 0x80 : 0) | ((~vvvv & 15) << 3) | LPP;
      p += 3;
    }
    buf[p++] = opByte;
    if (m !== null) p = putMem(buf, p, regField, m);
    else if (hasModrm) buf[p++] = 0xc0 | (regField << 3) | (rmReg !== null ? rmReg.id & 7 : 0);
    p = tail(buf, p, o0, o1, o2, o3);
    if (p < 0) return false;
    b.pos = p;
    return true;
  };
}

/** One operand by index (indices are the form's constants, so these branches predict well). */
function pick(i: number, o0: Operand | undefined, o1: Operand | undefined, o2: Operand | undefined, o3: Operand | undefined): Operand | undefined {
  return i === 0 ? o0 : i === 1 ? o1 : i === 2 ? o2 : o3;
}

function build(f: Form, regIdx: number, rmIdx: number, oIdx: number, rmIsMem: boolean, i0: number, b0: number, i1: number, b1: number): FastEncoder | null {
  const W = f.w === 1 ? 8 : 0;
  // prefix bytes (66/F2/F3) and opcode bytes packed little-endian into one word each
  // (a row has at most 2 prefix bytes and at most 3 opcode bytes): no array walks per call
  const pf = f.prefixes, op = f.opcode;
  if (pf.length > 3 || op.length > 3) return null;
  let pfWord = 0, opWord = 0;
  for (let i = pf.length - 1; i >= 0; i--) pfWord = (pfWord << 8) | pf[i]!;
  for (let i = op.length - 2; i >= 0; i--) opWord = (opWord << 8) | op[i]!;
  const npf = pf.length, nop = op.length - 1, opLast = op[op.length - 1]!;
  const fixedImm = f.fixedImm;
  // ModRM.reg: the digit of /0../7, else the R operand's number (encoder.ts gives the digit precedence)
  const digit = f.digit >= 0 ? f.digit : 0, regFromOp = f.digit < 0;

  const tail = tailWriter(i0, b0, i1, b1, f.fixedImm);

  if (rmIdx >= 0 && !rmIsMem) {
    // RR: ModRM mod=11
    return (b, o0, o1, o2, o3) => {
      const rm = pick(rmIdx, o0, o1, o2, o3) as Reg;
      let rex = W | ((rm.id & 8) >> 3), x8 = rm.bits === 8 ? byteRegRex(rm) : 0;
      let regField = digit;
      if (regIdx >= 0) {
        const r = pick(regIdx, o0, o1, o2, o3) as Reg;
        rex |= (r.id & 8) >> 1;
        if (r.bits === 8) x8 |= byteRegRex(r);
        if (regFromOp) regField = r.id & 7;
      }
      if (x8 === X8_HIGH_AND_REX || (x8 === X8_HIGH && rex !== 0)) return false; // ah..bh with REX: the generic path's error
      const buf = b.buf;
      let p = b.pos;
      p = putHead(buf, p, npf, pfWord, rex, x8, nop, opWord);
      buf[p] = opLast;
      buf[p + 1] = 0xc0 | (regField << 3) | (rm.id & 7);
      p = tail(buf, p + 2, o0, o1, o2, o3);
      if (p < 0) return false;
      b.pos = p;
      return true;
    };
  }
  if (rmIsMem) {
    // RMEM: ModRM (+SIB, disp) for a memory operand
    return (b, o0, o1, o2, o3) => {
      const m = pick(rmIdx, o0, o1, o2, o3) as Mem;
      const base = m.base, index = m.index;
      // absolute addresses (range check), 32-bit addresses (67) and segment overrides: generic path
      if (base === null || m.seg >= 0 || base.bits === 32) return false;
      let rex = W, x8 = 0;
      if (base.type === RT_GP) rex |= (base.id & 8) >> 3;
      if (index !== null) rex |= (index.id & 8) >> 2;
      let regField = digit;
      if (regIdx >= 0) {
        const r = pick(regIdx, o0, o1, o2, o3) as Reg;
        rex |= (r.id & 8) >> 1;
        if (r.bits === 8) x8 = byteRegRex(r);
        if (regFromOp) regField = r.id & 7;
      }
      if (x8 === X8_HIGH && rex !== 0) return false;
      const buf = b.buf;
      let p = b.pos;
      p = putHead(buf, p, npf, pfWord, rex, x8, nop, opWord);
      buf[p++] = opLast;
      p = putMem(buf, p, regField, m);
      p = tail(buf, p, o0, o1, o2, o3);
      if (p < 0) return false;
      b.pos = p;
      return true;
    };
  }
  if (oIdx >= 0) {
    // O: register number in the opcode's low 3 bits, REX.B for r8–r15
    return (b, o0, o1, o2, o3) => {
      const r = pick(oIdx, o0, o1, o2, o3) as Reg;
      const rex = W | ((r.id & 8) >> 3), x8 = r.bits === 8 ? byteRegRex(r) : 0;
      if (x8 === X8_HIGH && rex !== 0) return false;
      const buf = b.buf;
      let p = b.pos;
      p = putHead(buf, p, npf, pfWord, rex, x8, nop, opWord);
      buf[p] = opLast + (r.id & 7);
      p = tail(buf, p + 1, o0, o1, o2, o3);
      if (p < 0) return false;
      b.pos = p;
      return true;
    };
  }
  // Z: opcode, then immediates (implicit register operands are not encoded)
  return (b, o0, o1, o2, o3) => {
    const buf = b.buf;
    let p = b.pos;
    p = putHead(buf, p, npf, pfWord, W, 0, nop, opWord);
    buf[p] = opLast;
    p = tail(buf, p + 1, o0, o1, o2, o3);
    if (p < 0) return false;
    b.pos = p;
    return true;
  };
}

/** ModRM, SIB and displacement of a memory operand with a GP or rip base, as encoder.ts emitMem with disp8 scale 1. */
function putMem(buf: Uint8Array, p: number, regField: number, m: Mem): number {
  const base = m.base!, index = m.index, disp = m.disp;
  if (base.type === RT_RIP) {
    buf[p] = (regField << 3) | 5;
    return put32(buf, p + 1, disp);
  }
  const baseId = base.id & 7;
  const mod = disp === 0 && baseId !== 5 ? 0 : disp >= -128 && disp <= 127 ? 1 : 2;
  if (index === null && baseId !== 4) buf[p++] = (mod << 6) | (regField << 3) | baseId;
  else {
    buf[p] = (mod << 6) | (regField << 3) | 4;
    // scale 1/2/4/8 → ss 0/1/2/3 (31 - clz32)
    buf[p + 1] = ((31 - Math.clz32(m.scale)) << 6) | ((index === null ? 4 : index.id & 7) << 3) | baseId;
    p += 2;
  }
  if (mod === 1) buf[p++] = disp;
  else if (mod === 2) p = put32(buf, p, disp);
  return p;
}

/** byteRegRex results: spl/bpl/sil/dil/r8b.. need a REX prefix; ah/ch/dh/bh forbid one; both at once is an error. */
const X8_REX = 1, X8_HIGH = 2, X8_HIGH_AND_REX = 3;
/** REX needs of an 8-bit register (legacy forms only accept general-purpose ones). */
function byteRegRex(r: Reg): number {
  return (r.cls & C_R8H) !== 0 ? X8_HIGH : r.id >= 4 ? X8_REX : 0;
}

/** Form prefixes, REX (when any bit is set or a byte register needs it) and all opcode bytes but the last. */
function putHead(buf: Uint8Array, p: number, npf: number, pfWord: number, rex: number, x8: number, nop: number, opWord: number): number {
  if (npf !== 0) {
    buf[p++] = pfWord;
    if (npf > 1) { buf[p++] = pfWord >>> 8; if (npf > 2) buf[p++] = pfWord >>> 16; }
  }
  if (rex !== 0 || x8 === X8_REX) buf[p++] = 0x40 | rex;
  if (nop !== 0) {
    buf[p++] = opWord;
    if (nop > 1) buf[p++] = opWord >>> 8;
  }
  return p;
}

function put32(buf: Uint8Array, p: number, v: number): number {
  buf[p] = v;
  buf[p + 1] = v >>> 8;
  buf[p + 2] = v >>> 16;
  buf[p + 3] = v >>> 24;
  return p + 4;
}

/** An immediate of 1, 2, 4 or 8 bytes from a number (stores reduce modulo 2^8, >>> modulo 2^32: exact up to 2^53, as writeImm). */
function putImm(buf: Uint8Array, p: number, v: number, bytes: number): number {
  buf[p] = v;
  if (bytes === 1) return p + 1;
  buf[p + 1] = v >>> 8;
  if (bytes === 2) return p + 2;
  buf[p + 2] = v >>> 16;
  buf[p + 3] = v >>> 24;
  if (bytes === 4) return p + 4;
  return put32(buf, p + 4, Math.floor(v / 4294967296) >>> 0);
}
