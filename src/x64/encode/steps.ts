/**
 * steps.ts — the ONE description of x86-64 encodings: legacy prefixes and
 * REX, VEX (2/3-byte, with llvm-mc's vex2rev and commuted-source choices),
 * EVEX (P0–P2, masks, broadcast, embedded rounding, disp8×N), ModRM / SIB /
 * displacement, is4, relative targets and immediates — written once, as a
 * generator of JavaScript source. Every encoder is derived from it:
 *
 *   full, generic      the general path (encoder.ts): every case, plan fields
 *                      read at run time, label fixups reported to a sink;
 *   fast, generic      the cold fast tier (fast.ts): a plain instruction of a
 *                      memoised class vector; returns false (and the caller
 *                      takes the general path) on what it does not do:
 *                      absolute / 32-bit / segment-prefixed / VSIB addresses,
 *                      ah..bh with REX, bigint immediates, moffs;
 *   fast, specialised  the hot tier: the same steps with the plan's fields
 *                      folded into literals, so only operand-dependent
 *                      branches remain.
 *
 * So an encoding rule changes in one place, and the three tiers cannot
 * disagree (test/encode/golden.test.ts builds every golden line through all
 * three). REX is computed as extension bits per operand role (reg → R, index
 * → X, base or r/m → B) so REX2 (APX: a 4th bit per role) is one more step.
 * It knows encodings, not instructions: forms reach it as plans (plan.ts).
 */
import type { CodeBuffer } from "../../core/code-buffer.ts";
import { REL32, REL8 } from "../layout-kinds.ts";
import { Mem, type Operand, type Rounding } from "../operands.ts";
import { C_R8H, Reg, RT_GP, RT_RIP } from "../registers.ts";
import { immLow32 } from "./immediate.ts";
import type { EncodeSink } from "./encoder.ts";
import { K_EM, K_ER, K_LM, K_LR, K_LZ, K_VM, K_VR, K_VZ, type Plan } from "./plan.ts";

/** Segment override prefix bytes by segment register number: es cs ss ds fs gs. */
export const SEG_PREFIX: readonly number[] = [0x26, 0x2e, 0x36, 0x3e, 0x64, 0x65];

/** A comparison predicate whose operands commute: eq, unord, neq, ord (and their _uq/_s/... variants). */
export function symmetricPredicate(imm: number | bigint): boolean {
  const p = typeof imm === "number" ? imm & 7 : Number(imm & 7n);
  return p === 0 || p === 3 || p === 4 || p === 7;
}

/** The general path's encoder of one plan kind. */
export type FullEncoder = (pl: Plan, sink: EncodeSink, o0: Operand | undefined, o1: Operand | undefined, o2: Operand | undefined, o3: Operand | undefined, prefix: number, rc: Rounding | null) => void;
/** The cold fast tier's encoder of one plan kind: true after writing, false when the operands need the general path. */
export type FastEncoder = (pl: Plan, b: CodeBuffer, o0: Operand | undefined, o1: Operand | undefined, o2: Operand | undefined, o3: Operand | undefined) => boolean;
/** A plan's own encoder (hot tier): the fast encoder with the plan folded in. */
export type SpecEncoder = (b: CodeBuffer, o0: Operand | undefined, o1: Operand | undefined, o2: Operand | undefined, o3: Operand | undefined) => boolean;

/**
 * The source of an encoder for plan kind `kind`: with `p`, that plan's fields
 * are literals (hot tier); without, they are read from `pl`. `full` selects
 * the general path (every case, fixups) over the fast tier (bails out).
 */
export function encoderSource(kind: number, p: Plan | null, full: boolean): string {
  const L: string[] = [];
  const out = (...s: string[]) => { L.push(...s); };
  const hex = (n: number) => (n < 0 ? String(n) : "0x" + n.toString(16));
  /** A plan field: its literal, or a read of `pl`. */
  const v = (k: keyof Plan) => (p !== null ? (typeof p[k] === "number" ? hex(p[k] as number) : String(p[k])) : `pl.${String(k)}`);
  /** A test on plan fields: decided now with a plan, emitted as code without one. */
  const test = (now: (p: Plan) => boolean, code: string): boolean | string => (p !== null ? now(p) : code);
  const when = (t: boolean | string, then: () => void, otherwise?: () => void) => {
    if (t === true) then();
    else if (t === false) otherwise?.();
    else {
      out(`if (${t}) {`);
      then();
      if (otherwise !== undefined) {
        out(`} else {`);
        otherwise();
      }
      out(`}`);
    }
  };
  /** Bind operand `name` from role field `f`; returns the presence test. */
  const operand = (name: string, f: "regIdx" | "rmIdx" | "vIdx" | "oIdx" | "lIdx" | "relIdx" | "i0" | "i1", mutable = false): boolean | string => {
    const decl = mutable ? "let" : "const";
    if (p !== null) {
      if (p[f] >= 0) out(`${decl} ${name} = o${p[f]};`);
      return p[f] >= 0;
    }
    out(`${decl} ${name} = pl.${f} >= 0 ? pick(pl.${f}, o0, o1, o2, o3) : null;`);
    return `${name} !== null`;
  };
  const legacy = kind === K_LZ || kind === K_LR || kind === K_LM;
  const vex = kind === K_VZ || kind === K_VR || kind === K_VM;
  const rmReg = kind === K_LR || kind === K_VR || kind === K_ER;
  const rmMem = kind === K_LM || kind === K_VM || kind === K_EM;

  if (full) out(`const b = sink.code; b.ensure(32); let relAt = -1, ripAt = -1;`);
  out(`const buf = b.buf; let p = b.pos;`);

  // ---- operands by role; memory: segment and address-size prefixes come first --------------------------
  const hasR = operand("r", "regIdx", vex);
  const hasV = kind === K_LZ || kind === K_LR || kind === K_LM ? false : operand("v", "vIdx", vex);
  if (rmReg) out(`${vex ? "let" : "const"} rm = ${p !== null ? `o${p.rmIdx}` : `pick(pl.rmIdx, o0, o1, o2, o3)`};`);
  let hasMoffs: boolean | string = false;
  if (rmMem) {
    out(`const m = ${p !== null ? `o${p.rmIdx}` : `pick(pl.rmIdx, o0, o1, o2, o3)`}, base = m.base, index = m.index;`);
    if (full) out(`if (m.seg >= 0) buf[p++] = SEG[m.seg];`, `if (base !== null ? base.bits === 32 : index !== null && index.bits === 32) buf[p++] = 0x67;`);
    // (VSIB, a vector index: its checks need the general path — check.ts's index and size rules are not in the class words)
    else out(`if (base === null || m.seg >= 0 || base.bits === 32${legacy ? "" : " || (index !== null && index.type !== RT_GP)"}) return false;`);
  } else if (kind === K_LZ) {
    // a memory operand without ModRM: movabs's 64-bit absolute address (moffs)
    hasMoffs = operand("m", "rmIdx");
    when(hasMoffs, () => (full ? out(`if (m.seg >= 0) buf[p++] = SEG[m.seg];`) : out(`return false;`)));
  }
  const hasO = kind === K_LZ ? operand("o", "oIdx") : false;

  if (legacy) {
    // ---- legacy: REX from the operands' extension bits; byte registers that need or forbid REX ----------
    out(`let rex = ${v("rexW")}, x8 = 0;`);
    when(hasR, () => out(`rex |= (r.id & 8) >> 1;`, `if (r.bits === 8) x8 |= byteRex(r);`));
    if (rmReg) out(`rex |= (rm.id & 8) >> 3;`, `if (rm.bits === 8) x8 |= byteRex(rm);`);
    if (rmMem) out(`if (base !== null && base.type === RT_GP) rex |= (base.id & 8) >> 3;`, `if (index !== null) rex |= (index.id & 8) >> 2;`);
    when(hasO, () => out(`rex |= (o.id & 8) >> 3;`, `if (o.bits === 8) x8 |= byteRex(o);`));
    if (!full) out(`if (x8 === 3 || (x8 === 2 && rex !== 0)) return false;`); // ah..bh with REX: the general path's error
    if (full) {
      out(`const rep = prefix & 0xff;`, `if (rep === 0xf3 || rep === 0xf2) buf[p++] = rep;`);
      out(`if (prefix > 0xff) buf[p++] = prefix >>> 8;`); // a string op's segment: after rep, before 66 (llvm-mc: f3 36 66 a7)
    }
    // the form's 66/F2/F3 bytes: stored whole and advanced by their count (branch-free; 32 bytes of room)
    if (p !== null) for (let i = 0; i < p.npf; i++) out(`buf[p++] = ${hex(Math.floor(p.pfWord / 256 ** i) & 0xff)};`);
    else out(`{ const w = pl.pfWord; buf[p] = w; buf[p + 1] = w >>> 8; buf[p + 2] = w >>> 16; p += pl.npf; }`);
    if (full) out(`if (rep === 0xf0) buf[p++] = 0xf0;`);
    if (p !== null && p.rexW !== 0) out(`buf[p++] = 0x40 | rex;`);
    else out(`buf[p] = 0x40 | rex; p += (rex | (x8 & 1)) !== 0 ? 1 : 0;`);
    if (p !== null) for (let i = 0; i < p.nop; i++) out(`buf[p++] = ${hex(Math.floor(p.opWord / 256 ** i) & 0xff)};`);
    else out(`{ const w = pl.opWord; buf[p] = w; buf[p + 1] = w >>> 8; buf[p + 2] = w >>> 16; p += pl.nop; }`);
    when(hasO, () => out(`buf[p++] = ${v("opLast")} + (o.id & 7);`), () => out(`buf[p++] = ${v("opLast")};`));
  } else if (vex) {
    // ---- VEX: llvm-mc's swaps so a 2-byte VEX fits, then C5 or C4 ----------------------------------------
    out(`let op = ${v("opLast")}, lpp = ${p !== null ? hex(p.vexL | p.pp) : "pl.vexL | pl.pp"};`);
    if (rmReg) {
      when(test((q) => q.vex2rev >= 0 && q.regIdx >= 0, "pl.vex2rev >= 0 && r !== null"), () => {
        out(`if ((rm.id & 8) !== 0 && (r.id & 8) === 0) { const t = r; r = rm; rm = t; op = ${v("vex2rev")};`);
        when(test((q) => q.vex2revPp >= 0, "pl.vex2revPp >= 0"), () => out(`lpp = (lpp & 4) | ${v("vex2revPp")};`));
        out(`}`);
      });
      when(test((q) => q.commute !== 0 && q.vIdx >= 0, "pl.commute !== 0 && v !== null"), () => {
        let sym: string;
        if (p !== null) sym = p.commute === 1 ? "true" : p.fixedImm >= 0 ? String(symmetricPredicate(p.fixedImm)) : `sym(o${p.i0})`;
        else sym = `(pl.commute === 1 || sym(pl.fixedImm >= 0 ? pl.fixedImm : pick(pl.i0, o0, o1, o2, o3)))`;
        out(`if ((rm.id & 8) !== 0 && (v.id & 8) === 0 && ${sym}) { const t = v; v = rm; rm = t; }`);
      });
    }
    out(`const R = ${hasR === false ? "0" : hasR === true ? "r.id & 8" : "r !== null ? r.id & 8 : 0"};`);
    if (rmReg) out(`const X = 0, B = rm.id & 8;`);
    else if (rmMem) out(`const X = index !== null ? index.id & 8 : 0, B = base !== null && base.type === RT_GP ? base.id & 8 : 0;`);
    else out(`const X = 0, B = 0;`);
    out(`const vvvv = ${hasV === false ? "0" : hasV === true ? "v.id & 15" : "v !== null ? v.id & 15 : 0"};`);
    const c4 = `buf[p] = 0xc4; buf[p + 1] = (R !== 0 ? 0 : 0x80) | (X !== 0 ? 0 : 0x40) | (B !== 0 ? 0 : 0x20) | ${v("map")}; buf[p + 2] = ${v("vexW")} | ((~vvvv & 15) << 3) | lpp; p += 3;`;
    const c5 = `buf[p] = 0xc5; buf[p + 1] = (R !== 0 ? 0 : 0x80) | ((~vvvv & 15) << 3) | lpp; p += 2;`;
    when(v("c5ok"), () => out(`if (X === 0 && B === 0) { ${c5} } else { ${c4} }`), () => out(c4));
    out(`buf[p++] = op;`);
  } else {
    // ---- EVEX: P0 (R X B R' map), P1 (W vvvv 1 pp), P2 (z L'L b V' aaa) ------------------------------------
    out(`const rid = ${hasR === true ? "r.id" : hasR === false ? "0" : "r !== null ? r.id : 0"};`);
    if (rmReg) out(`const B = (rm.id >> 3) & 1, X = (rm.id >> 4) & 1;`);
    else out(`const B = base !== null && base.type === RT_GP ? (base.id >> 3) & 1 : 0, X = index !== null ? (index.id >> 3) & 1 : 0;`);
    out(`const vid = ${hasV === true ? "v.id" : hasV === false ? "0" : "v !== null ? v.id : 0"};`);
    if (rmMem) out(`const Vp = index !== null && index.type !== RT_GP ? (index.id >> 4) & 1 : (vid >> 4) & 1;`); // VSIB: V' extends the index
    else out(`const Vp = (vid >> 4) & 1;`);
    if (full) {
      // {er}/{sae}: b set, L'L is the rounding mode ({sae}: 00, as llvm-mc and GNU as write); masks and {z} on operand 0
      out(`const bb = rc !== null ? 1 : ${rmMem ? "m.broadcast ? 1 : 0" : "0"}, ll = rc !== null ? (rc.mode >= 0 ? rc.mode : 0) : ${v("vexL")};`);
      out(`const aaa = o0 instanceof Reg || o0 instanceof Mem ? o0.mask : 0, z = o0 instanceof Reg && o0.zero ? 0x80 : 0;`);
    } else {
      // the fast tier sees no decorations ({k}, {z}: not memoised) and no rounding operand
      out(`const bb = ${rmMem ? "m.broadcast ? 1 : 0" : "0"}, ll = ${v("vexL")}, aaa = 0, z = 0;`);
    }
    out(`buf[p] = 0x62;`);
    out(`buf[p + 1] = ((~(rid >> 3) & 1) << 7) | ((~X & 1) << 6) | ((~B & 1) << 5) | ((~(rid >> 4) & 1) << 4) | ${v("map")};`);
    out(`buf[p + 2] = ${v("vexW")} | ((~vid & 15) << 3) | 4 | ${v("pp")};`);
    out(`buf[p + 3] = z | (ll << 5) | (bb << 4) | ((~Vp & 1) << 3) | aaa;`);
    out(`buf[p + 4] = ${v("opLast")}; p += 5;`);
  }

  // ---- ModRM / SIB / displacement -----------------------------------------------------------------------------
  const regField = p !== null ? (p.regFromOp ? "(r.id & 7)" : String(p.digit)) : "(pl.regFromOp ? r.id & 7 : pl.digit)";
  if (rmReg) out(`buf[p++] = 0xc0 | (${regField} << 3) | (rm.id & 7);`);
  else if (rmMem) {
    const scale = kind === K_EM ? (p !== null ? `(m.broadcast ? ${p.nBcst} : ${p.nFull})` : `(m.broadcast ? pl.nBcst : pl.nFull)`) : "1";
    out(`const rf = ${regField}, disp = m.disp;`);
    out(`if (base !== null && base.type === RT_RIP) {`, `buf[p++] = (rf << 3) | 5;`);
    if (full) out(`if (m.label !== null) ripAt = p;`);
    out(`p = put32(buf, p, disp);`);
    if (full) {
      // [disp32] or [index*scale + disp32]: a SIB with no base (the CPU sign-extends disp32; checked: it fits)
      out(`} else if (base === null) {`, `buf[p] = (rf << 3) | 4; buf[p + 1] = ((31 - Math.clz32(m.scale)) << 6) | ((index === null ? 4 : index.id & 7) << 3) | 5;`, `p = put32(buf, p + 2, disp);`);
    }
    out(`} else {`, `const baseId = base.id & 7;`);
    if (scale === "1") out(`let mod = disp === 0 && baseId !== 5 ? 0 : disp >= -128 && disp <= 127 ? 1 : 2, d8 = disp;`);
    else out(`const N = ${scale};`, `let mod = 2, d8 = 0;`, `if (disp === 0 && baseId !== 5) mod = 0; else if (disp % N === 0 && disp / N >= -128 && disp / N <= 127) { mod = 1; d8 = disp / N; }`);
    out(`if (index === null && baseId !== 4) buf[p++] = (mod << 6) | (rf << 3) | baseId;`);
    out(`else { buf[p] = (mod << 6) | (rf << 3) | 4; buf[p + 1] = ((31 - Math.clz32(m.scale)) << 6) | ((index === null ? 4 : index.id & 7) << 3) | baseId; p += 2; }`);
    out(`if (mod === 1) buf[p++] = d8; else if (mod === 2) p = put32(buf, p, disp);`, `}`);
  } else if (full) when(hasMoffs, () => out(`p = put64(buf, p, m.disp);`));

  // ---- relative target, is4 register, immediates ---------------------------------------------------------------
  if (full && kind === K_LZ) {
    const hasRel = operand("rel", "relIdx");
    when(hasRel, () => out(`relAt = p; buf[p] = 0; buf[p + 1] = 0; buf[p + 2] = 0; buf[p + 3] = 0; p += ${v("relBytes")};`));
  }
  if (vex) {
    const hasL = operand("is4", "lIdx");
    when(hasL, () => out(`buf[p++] = (is4.id & 15) << 4;`));
  }
  for (const [name, idx, bytes] of [["v0", "i0", "b0"], ["v1", "i1", "b1"]] as const) {
    const has = operand(name, idx);
    when(has, () => {
      if (full) out(`p = typeof ${name} === "number" ? putImm(buf, p, ${name}, ${v(bytes)}) : putBig(buf, p, ${name}, ${v(bytes)});`);
      else {
        out(`if (typeof ${name} !== "number") return false;`);
        const n = p !== null ? p[bytes] : 0;
        if (n === 1) out(`buf[p++] = ${name};`);
        else if (n === 2) out(`buf[p] = ${name}; buf[p + 1] = ${name} >>> 8; p += 2;`);
        else if (n === 4) out(`buf[p] = ${name}; buf[p + 1] = ${name} >>> 8; buf[p + 2] = ${name} >>> 16; buf[p + 3] = ${name} >>> 24; p += 4;`);
        else out(`p = putImm(buf, p, ${name}, ${v(bytes)});`);
      }
    });
  }
  when(test((q) => q.fixedImm >= 0, "pl.fixedImm >= 0"), () => out(`buf[p++] = ${v("fixedImm")};`));
  out(`b.pos = p;`);
  if (full) {
    // label references last: nothing throws after them (encoding is transactional)
    if (kind === K_LZ) out(`if (relAt >= 0) sink.fixup(pl.relBytes === 1 ? REL8 : REL32, relAt, p, rel, 0, pl.form.mnemonic);`);
    if (rmMem) out(`if (ripAt >= 0) sink.fixup(REL32, ripAt, p, m.label, disp, pl.form.mnemonic);`);
  } else out(`return true;`);
  return L.join("\n  ");
}

// ---- the helpers the generated code calls ------------------------------------------------------------------

/** One operand by index. */
function pick(i: number, o0: Operand | undefined, o1: Operand | undefined, o2: Operand | undefined, o3: Operand | undefined): Operand | undefined {
  return i === 0 ? o0 : i === 1 ? o1 : i === 2 ? o2 : o3;
}
/** REX needs of an 8-bit register: 1 spl/bpl/sil/dil/r8b.. need one, 2 ah/ch/dh/bh forbid one. */
function byteRex(r: Reg): number {
  return (r.cls & C_R8H) !== 0 ? 2 : r.id >= 4 ? 1 : 0;
}
function put32(buf: Uint8Array, p: number, v: number): number {
  buf[p] = v;
  buf[p + 1] = v >>> 8;
  buf[p + 2] = v >>> 16;
  buf[p + 3] = v >>> 24;
  return p + 4;
}
/** An immediate of 1, 2, 4 or 8 bytes from a number (stores reduce modulo 2^8, >>> modulo 2^32: exact for every integer-valued double). */
function putImm(buf: Uint8Array, p: number, v: number, bytes: number): number {
  // 1, 2 and 4 bytes: four stores and an advance (branch-free; the caller has 32 bytes of room)
  buf[p] = v;
  buf[p + 1] = v >>> 8;
  buf[p + 2] = v >>> 16;
  buf[p + 3] = v >>> 24;
  if (bytes !== 8) return p + bytes;
  return put32(buf, p + 4, Math.floor(v / 4294967296) >>> 0);
}
/** An immediate from a bigint (two's complement). */
function putBig(buf: Uint8Array, p: number, v: bigint, bytes: number): number {
  if (bytes !== 8) return putImm(buf, p, immLow32(v), bytes);
  const u = BigInt.asUintN(64, v);
  put32(buf, p, Number(u & 0xffffffffn));
  return put32(buf, p + 4, Number(u >> 32n));
}
/** A 64-bit absolute address (moffs). */
function put64(buf: Uint8Array, p: number, v: number | bigint): number {
  return putBig(buf, p, BigInt(v), 8);
}

const NAMES = ["pick", "byteRex", "put32", "putImm", "putBig", "put64", "sym", "SEG", "RT_GP", "RT_RIP", "REL8", "REL32", "Reg", "Mem"];
const VALUES = [pick, byteRex, put32, putImm, putBig, put64, symmetricPredicate, SEG_PREFIX, RT_GP, RT_RIP, REL8, REL32, Reg, Mem];

function compile<T>(params: string, body: string, name: string): T {
  return new Function(...NAMES, `"use strict";\nreturn function ${name}(${params}) {\n  ${body}\n};`)(...VALUES) as T;
}

const fullEncoders: (FullEncoder | undefined)[] = [];
const fastEncoders: (FastEncoder | undefined)[] = [];

/** The general path's encoder of a plan kind (compiled on first use). */
export function fullEncoder(kind: number): FullEncoder {
  return (fullEncoders[kind] ??= compile<FullEncoder>("pl, sink, o0, o1, o2, o3, prefix, rc", encoderSource(kind, null, true), `full${kind}`));
}
/** The cold fast tier's encoder of a plan kind (compiled on first use). */
export function fastEncoder(kind: number): FastEncoder {
  return (fastEncoders[kind] ??= compile<FastEncoder>("pl, b, o0, o1, o2, o3", encoderSource(kind, null, false), `fast${kind}`));
}
/** A plan's own encoder: the fast steps with its fields as literals. */
export function specialEncoder(pl: Plan): SpecEncoder {
  return compile<SpecEncoder>("b, o0, o1, o2, o3", encoderSource(pl.kind, pl, false), `spec_${pl.form.mnemonic.replace(/\W/g, "_")}`);
}

export { K_EM, K_ER, K_LM, K_LR, K_LZ, K_VM, K_VR, K_VZ };
