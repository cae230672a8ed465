/**
 * kinds-reg.ts — operand kinds for registers: general-purpose (with zr or sp
 * for number 31), register pairs (casp), scalar SIMD&FP, vectors with an
 * arrangement from the row's scheme or fixed, vector elements with their
 * lane encodings (by-element H:L:M, imm5, imm4, fixed lane), register lists
 * and lane lists of structure loads/stores. No immediates or memory here.
 */
import {
  ARRANGEMENTS, ELEM_NAMES, K_1D, K_1Q, K_16B, K_2D, K_2S, K_4H, K_4S, K_8B, K_8H, K_B, K_D, K_ELEM, K_H, K_Q, K_S, K_SP,
  K_W, K_WSP, K_WZR, K_X, K_XZR, Reg, arrClass,
} from "../registers.ts";
import { place } from "./fields.ts";
import { MISMATCH, OK, RANGE, type Ctx, type OpSpec, type OperandKind, type TokenInfo } from "./kind.ts";
import type { Variant, VarName } from "./schemes.ts";

const SCALAR_CLS = [K_B, K_H, K_S, K_D, K_Q];
const SCALAR_TS = ["B", "H", "S", "D", "Q"];
const ARR_TS = ["V8B", "V16B", "V4H", "V8H", "V2S", "V4S", "V1D", "V2D", "V1Q"];
const ELEM_TS = ["ElemB", "ElemH", "ElemS", "ElemD"];
const LANES = [16, 8, 4, 2, 1];

/** Value of a var in a variant (-1 when absent). */
export function varValue(v: Variant | null, name: VarName | null): number {
  if (v === null || name === null) return -1;
  return v[name];
}

// ---- general-purpose ------------------------------------------------------------------
const GP_NAMES: [number, string, string][] = [
  [K_W, "W", "w0–w30"],
  [K_WZR, "WZR", "wzr"],
  [K_WSP, "WSP", "wsp"],
  [K_X, "X", "x0–x30"],
  [K_XZR, "XZR", "xzr"],
  [K_SP, "SP", "sp"],
];
/** TS type of a set of GP classes ("Xz", "Xs", "W | WZR" ...). */
export function gpTs(cls: number): string {
  if (cls === (K_X | K_XZR)) return "Xz";
  if (cls === (K_X | K_SP)) return "Xs";
  if (cls === (K_W | K_WZR)) return "Wz";
  if (cls === (K_W | K_WSP)) return "Ws";
  return GP_NAMES.filter(([c]) => (cls & c) !== 0).map(([, t]) => t).join(" | ");
}
export function gpExpect(cls: number): string {
  return GP_NAMES.filter(([c]) => (cls & c) !== 0).map(([, , e]) => e).join(" or ");
}

/** `<Xd>`, `<Wn|WSP>`...: p = accepted class bits. */
export const gp: OperandKind = {
  name: "gp",
  fields: (t) => [t.field],
  accept: (o, s) => (o instanceof Reg && (o.cls & s.p) !== 0 ? OK : MISMATCH),
  encode: (o, s) => place(s.locs[0]!, (o as Reg).num),
  expect: (s) => gpExpect(s.p),
  ts: (s) => gpTs(s.p),
};

/** `<X(s+1)>`: the odd register of an even/odd pair whose first register is the operand before it. */
export const gpPair: OperandKind = {
  name: "gpPair",
  fields: () => [],
  accept(o, s, c) {
    if (!(o instanceof Reg) || (o.cls & s.p) === 0) return MISMATCH;
    const first = c.ops[c.i - 1];
    return first instanceof Reg && (first.num & 1) === 0 && o.num === first.num + 1 ? OK : RANGE;
  },
  encode: () => 0,
  expect: (s) => `${gpExpect(s.p)}, the register after an even first register of a pair`,
  ts: (s) => gpTs(s.p),
};

// ---- scalar SIMD&FP -------------------------------------------------------------------------
/** `<Dd>`, `<Sn>`...: p = scalar index (b h s d q). */
export const fpScalar: OperandKind = {
  name: "fpScalar",
  fields: (t) => [t.field],
  accept: (o, s) => (o instanceof Reg && o.cls === SCALAR_CLS[s.p] ? OK : MISMATCH),
  encode: (o, s) => place(s.locs[0]!, (o as Reg).num),
  expect: (s) => `${ELEM_NAMES[s.p]}0–${ELEM_NAMES[s.p]}31`,
  ts: (s) => SCALAR_TS[s.p]!,
};

/** `<V><d>`: a scalar whose size is the variant's V / Va / Vb. */
export const fpScalarVar: OperandKind = {
  name: "fpScalarVar",
  fields: (t) => [t.field],
  accept: (o, s, c) => (o instanceof Reg && o.cls === SCALAR_CLS[varValue(c.variant, s.v)] ? OK : MISMATCH),
  encode: (o, s) => place(s.locs[0]!, (o as Reg).num),
  expect: (s, v) => {
    const k = varValue(v, s.v);
    return k < 0 ? "a scalar SIMD&FP register" : `${ELEM_NAMES[k]}0–${ELEM_NAMES[k]}31`;
  },
  ts: (s, v) => SCALAR_TS[varValue(v, s.v)]!,
};

// ---- vectors ------------------------------------------------------------------------------------
/** `<Vd>.<T>` (arrangement from the variant) or `<Vd>.4S` (p = fixed arrangement index, v = null). */
export const vec: OperandKind = {
  name: "vec",
  fields: (t) => [t.field],
  accept(o, s, c) {
    if (!(o instanceof Reg)) return MISMATCH;
    const arr = s.v === null ? s.p : varValue(c.variant, s.v);
    return o.cls === arrClass(arr) ? OK : MISMATCH;
  },
  encode: (o, s) => place(s.locs[0]!, (o as Reg).num),
  expect: (s, v) => {
    const arr = s.v === null ? s.p : varValue(v, s.v);
    return arr < 0 ? "a vector register" : `a vector register v0–v31 .${ARRANGEMENTS[arr]}`;
  },
  ts: (s, v) => ARR_TS[s.v === null ? s.p : varValue(v, s.v)]!,
};

/** Element size index of an element token: the variant's Ts or a fixed size (p). */
function elemSize(s: OpSpec, v: Variant | null): number {
  return s.v === null ? s.p : varValue(v, s.v);
}

/** Lane index encodings of element tokens (TokenInfo.p2). */
export const IDX_HLM = 0; // by element: index in H:L:M (h), H:L (s), H (d); Rm limited to v0–v15 for h
export const IDX_IMM5 = 1; // imm5 = index:1:0…
export const IDX_IMM4 = 2; // imm4 = index:0…
export const IDX_FIXED1 = 3; // a fixed lane 1 (fmov Vd.D[1])
export const IDX_NONE = 4; // the lane is encoded elsewhere (the index lives in the size-specific scalar form: mov s0, v1.s[2] uses imm5 too)

/** `<Vm>.<Ts>[<hlm>]`, `<Vn>.<Ts>[<imm5>]`, `<Vn>.<Ts>[<imm4>]`, `<Vd>.D[1]`. */
export const elem: OperandKind = {
  name: "elem",
  fields: (t) => (t.p2 === IDX_HLM ? ["M", "Rm", "H", "L"] : t.p2 === IDX_IMM5 ? [t.field, "imm5"] : t.p2 === IDX_IMM4 ? [t.field, "imm4"] : [t.field]),
  accept(o, s, c) {
    if (!(o instanceof Reg) || o.cls !== K_ELEM) return MISMATCH;
    const size = elemSize(s, c.variant);
    if (o.arr !== size) return MISMATCH;
    if (s.p2 === IDX_FIXED1) return o.index === 1 ? OK : RANGE;
    if (s.p2 === IDX_HLM && size === 1 && o.num > 15) return RANGE;
    return OK;
  },
  encode(o, s, c) {
    const r = o as Reg;
    const size = elemSize(s, c.variant);
    const L = s.locs;
    switch (s.p2) {
      case IDX_HLM: {
        const i = r.index;
        if (size === 1) return place(L[0]!, i & 1) | place(L[1]!, r.num) | place(L[2]!, i >> 2) | place(L[3]!, (i >> 1) & 1);
        if (size === 2) return place(L[0]!, r.num >> 4) | place(L[1]!, r.num & 15) | place(L[2]!, i >> 1) | place(L[3]!, i & 1);
        return place(L[0]!, r.num >> 4) | place(L[1]!, r.num & 15) | place(L[2]!, i);
      }
      case IDX_IMM5:
        return place(L[0]!, r.num) | place(L[1]!, (r.index << (size + 1)) | (1 << size));
      case IDX_IMM4:
        return place(L[0]!, r.num) | place(L[1]!, r.index << size);
      default:
        return place(L[0]!, r.num);
    }
  },
  expect(s, v) {
    const size = elemSize(s, v);
    if (size < 0) return "a vector element";
    const n = ELEM_NAMES[size];
    if (s.p2 === IDX_FIXED1) return `a vector element v0–v31 .${n}[1]`;
    return `a vector element ${s.p2 === IDX_HLM && size === 1 ? "v0–v15" : "v0–v31"} .${n}[0–${LANES[size]! - 1}]`;
  },
  ts: (s, v) => ELEM_TS[elemSize(s, v)]!,
};

// ---- register lists ------------------------------------------------------------------------------
/** `{ <Vt>.<T>, <Vt2>.<T> }`: p2 = count, arrangement from v or fixed p; consecutive registers (modulo 32). */
export const vlist: OperandKind = {
  name: "vlist",
  fields: (t) => [t.field],
  accept(o, s, c) {
    if (!Array.isArray(o)) return MISMATCH;
    const arr = s.v === null ? s.p : varValue(c.variant, s.v);
    const cls = arrClass(arr);
    if (o.length !== s.p2) return MISMATCH;
    const first = o[0];
    if (!(first instanceof Reg) || first.cls !== cls) return MISMATCH;
    for (let k = 1; k < o.length; k++) {
      const r = o[k];
      if (!(r instanceof Reg) || r.cls !== cls) return MISMATCH;
      if (r.num !== (first.num + k) % 32) return RANGE;
    }
    c.listCount = s.p2;
    c.listBytes = s.p2 * (arr === 1 || arr === 3 || arr === 5 || arr === 7 || arr === 8 ? 16 : 8);
    return OK;
  },
  encode: (o, s) => place(s.locs[0]!, ((o as Reg[])[0]!).num),
  expect(s, v) {
    const arr = s.v === null ? s.p : varValue(v, s.v);
    return `a list of ${s.p2} consecutive vector registers${arr < 0 ? "" : ` .${ARRANGEMENTS[arr]}`}`;
  },
  ts(s, v) {
    const t = ARR_TS[s.v === null ? s.p : varValue(v, s.v)]!;
    return `readonly [${Array(s.p2).fill(t).join(", ")}]`;
  },
};

/** `{ <Vt>.S, <Vt2>.S }[<index>]`: p = element size, p2 = count; writes Q:S:size from the lane. */
export const lanelist: OperandKind = {
  name: "lanelist",
  fields: (t) => [t.field, "Q", "S", "size"],
  accept(o, s, c) {
    if (!Array.isArray(o)) return MISMATCH;
    const first = o[0];
    if (!(first instanceof Reg) || first.cls !== K_ELEM || first.arr !== s.p || o.length !== s.p2) return MISMATCH;
    for (let k = 1; k < o.length; k++) {
      const r = o[k];
      if (!(r instanceof Reg) || r.cls !== K_ELEM || r.arr !== s.p) return MISMATCH;
      if (r.num !== (first.num + k) % 32 || r.index !== first.index) return RANGE;
    }
    c.listBytes = s.p2 * (1 << s.p);
    return OK;
  },
  encode(o, s) {
    const r = (o as Reg[])[0]!;
    const i = r.index, L = s.locs;
    let q: number, sb: number, size: number;
    switch (s.p) {
      case 0: q = i >> 3; sb = (i >> 2) & 1; size = i & 3; break;
      case 1: q = i >> 2; sb = (i >> 1) & 1; size = (i & 1) << 1; break;
      case 2: q = i >> 1; sb = i & 1; size = 0; break;
      default: q = i; sb = 0; size = 1; break;
    }
    return place(L[0]!, r.num) | place(L[1]!, q) | place(L[2]!, sb) | place(L[3]!, size);
  },
  expect: (s) => `a list of ${s.p2} consecutive vector elements .${ELEM_NAMES[s.p]} with one lane index`,
  ts: (s) => `readonly [${Array(s.p2).fill(ELEM_TS[s.p]).join(", ")}]`,
};

/** Class bits of the vector arrangements, for the token parser. */
export const ARR_BITS = [K_8B, K_16B, K_4H, K_8H, K_2S, K_4S, K_1D, K_2D, K_1Q];

/** Build a TokenInfo (shared by the token parser). */
export function info(kind: OperandKind, field: string, v: VarName | null, p: number, p2 = 0): TokenInfo {
  return { kind, field, v, p, p2 };
}
export type { Ctx };
