/**
 * kinds-imm.ts — operand kinds for immediates and modifiers: plain unsigned
 * fields, arithmetic immediates (with llvm-mc's automatic `lsl #12` and its
 * negated `add #-4` → `sub #4` rows), logical (bitmask) immediates, wide
 * moves, bitfield aliases (lsl/ubfx/bfi compute immr:imms), fixed-point
 * fbits, floating-point and SIMD modified immediates, vector shift amounts
 * (immh:immb), and the shift / extend modifiers (`lsl #3`, `uxtw #2`,
 * `msl #8`). Each kind states the fields it writes; the row places them.
 */
import { encodeByteMask, encodeFp8, encodeLogical, encodeMovn, encodeMovz, toUnsigned } from "../immediates.ts";
import { EXTEND_NAMES, Extend, SHIFT_NAMES, Shift } from "../operands.ts";
import { place } from "./fields.ts";
import { MISMATCH, OK, RANGE, type Ctx, type OpSpec, type OperandKind } from "./kind.ts";

/** An integer operand as a number, or null (not a number/bigint, not an integer, beyond 2^53). */
export function intOf(o: unknown): number | null {
  if (typeof o === "number") return Number.isSafeInteger(o) ? o : null;
  if (typeof o === "bigint") return o >= -(2n ** 53n) && o <= 2n ** 53n ? Number(o) : null;
  return null;
}
const isImm = (o: unknown) => typeof o === "number" || typeof o === "bigint";

/** `#<imm12>`, `#<nzcv>`, `#<immr>` ...: 0..max into one field; p = max (-1: datasize - 1). */
export const uimm: OperandKind = {
  name: "uimm",
  fields: (t) => [t.field],
  accept(o, s, c) {
    if (!isImm(o)) return MISMATCH;
    const v = intOf(o);
    const max = s.p < 0 ? c.datasize - 1 : s.p;
    return v !== null && v >= 0 && v <= max ? OK : RANGE;
  },
  encode: (o, s) => place(s.locs[0]!, intOf(o)!),
  expect: (s, _v, ds) => `an immediate 0–${s.p < 0 ? ds - 1 : s.p}`,
  ts: () => "number",
};

/** `#<aimm>`: 0–4095, or a multiple of 4096 up to 4095 << 12 (encoded with lsl #12, as llvm-mc does). p = 1: negated (add #-n is sub #n). */
export const aimm: OperandKind = {
  name: "aimm",
  fields: () => ["imm12", "sh"],
  accept(o, s) {
    if (!isImm(o)) return MISMATCH;
    let v = intOf(o);
    if (v === null) return RANGE;
    if (s.p === 1) {
      if (v >= 0) return RANGE;
      v = -v;
    }
    return v <= 4095 && v >= 0 ? OK : (v & 0xfff) === 0 && v >> 12 <= 4095 && v > 0 ? OK : RANGE;
  },
  encode(o, s) {
    let v = intOf(o)!;
    if (s.p === 1) v = -v;
    return v <= 4095 ? place(s.locs[0]!, v) : place(s.locs[0]!, v >> 12) | place(s.locs[1]!, 1);
  },
  expect: (s) => (s.p === 1 ? "a negative immediate -1 to -4095 (or a multiple of 4096)" : "an immediate 0–4095, or a multiple of 4096 up to 0xfff000"),
  ts: () => "number",
};

/** `#<limm>` (p = 0) / `#<nlimm>` (p = 1, the complement: bic/orn immediates): a bitmask immediate of the row's width. */
export const limm: OperandKind = {
  name: "limm",
  fields: () => ["N:immr:imms"],
  accept(o, s, c) {
    if (!isImm(o)) return MISMATCH;
    const bits = c.datasize as 32 | 64;
    const u = toUnsigned(o as number | bigint, bits);
    if (u === null) return RANGE;
    const v = s.p === 1 ? ~u & (bits === 64 ? 0xffffffffffffffffn : 0xffffffffn) : u;
    return encodeLogical(v, bits) >= 0 ? OK : RANGE;
  },
  encode(o, s, c) {
    const bits = c.datasize as 32 | 64;
    const u = toUnsigned(o as number | bigint, bits)!;
    const v = s.p === 1 ? ~u & (bits === 64 ? 0xffffffffffffffffn : 0xffffffffn) : u;
    return place(s.locs[0]!, encodeLogical(v, bits));
  },
  expect: (s, _v, ds) => `a ${ds}-bit logical immediate (a repeated, rotated run of ones${s.p === 1 ? ", complemented" : ""})`,
  ts: () => "number | bigint",
};

/** `#<movz>` (p = 0) / `#<movn>` (p = 1): a value one movz/movn writes (mov alias). */
export const movImm: OperandKind = {
  name: "movImm",
  fields: () => ["hw:imm16"],
  accept(o, s, c) {
    if (!isImm(o)) return MISMATCH;
    const bits = c.datasize as 32 | 64;
    const u = toUnsigned(o as number | bigint, bits);
    if (u === null) return RANGE;
    return (s.p === 0 ? encodeMovz(u, bits) : encodeMovn(u, bits)) >= 0 ? OK : RANGE;
  },
  encode(o, s, c) {
    const bits = c.datasize as 32 | 64;
    const u = toUnsigned(o as number | bigint, bits)!;
    return place(s.locs[0]!, s.p === 0 ? encodeMovz(u, bits) : encodeMovn(u, bits));
  },
  expect: (s, _v, ds) => `a ${ds}-bit value a single ${s.p === 0 ? "movz" : "movn"} can write`,
  ts: () => "number | bigint",
};

/** Bitfield alias immediates: p = 0 lsl (immr, imms), 1 bfx lsb, 2 bfx width, 3 bfiz lsb, 4 bfiz width. */
export const bitfield: OperandKind = {
  name: "bitfield",
  fields: (t) => (t.p === 0 ? ["immr", "imms"] : t.p === 1 || t.p === 3 ? ["immr"] : ["imms"]),
  accept(o, s, c) {
    if (!isImm(o)) return MISMATCH;
    const v = intOf(o), ds = c.datasize;
    if (v === null) return RANGE;
    switch (s.p) {
      case 0:
        return v >= 0 && v < ds ? OK : RANGE;
      case 1:
      case 3:
        if (v < 0 || v >= ds) return RANGE;
        c.lsb = v;
        return OK;
      default:
        return v >= 1 && v <= ds - c.lsb ? OK : RANGE;
    }
  },
  encode(o, s, c) {
    const v = intOf(o)!, ds = c.datasize, L = s.locs;
    switch (s.p) {
      case 0:
        return place(L[0]!, (ds - v) % ds) | place(L[1]!, ds - 1 - v);
      case 1:
        return place(L[0]!, v);
      case 2:
        return place(L[0]!, c.lsb + v - 1);
      case 3:
        return place(L[0]!, (ds - v) % ds);
      default:
        return place(L[0]!, v - 1);
    }
  },
  expect: (s, _v, ds) => (s.p === 2 || s.p === 4 ? `a width 1–(${ds} - lsb)` : `an immediate 0–${ds - 1}`),
  ts: () => "number",
};

/** `#<fbits>`: fixed-point fraction bits 1..datasize, written as scale = 64 - fbits. */
export const fbits: OperandKind = {
  name: "fbits",
  fields: () => ["scale"],
  accept(o, _s, c) {
    if (!isImm(o)) return MISMATCH;
    const v = intOf(o);
    return v !== null && v >= 1 && v <= c.datasize ? OK : RANGE;
  },
  encode: (o, s) => place(s.locs[0]!, 64 - intOf(o)!),
  expect: (_s, _v, ds) => `fraction bits 1–${ds}`,
  ts: () => "number",
};

/** `#<fpimm>` (scalar fmov: imm8) and `#<fpimmv>` (vector fmov: abc:defgh): ±(1 + m/16)·2^e, m 0–15, e −3–4. */
export const fpimm: OperandKind = {
  name: "fpimm",
  fields: (t) => [t.field],
  accept: (o) => (typeof o !== "number" ? MISMATCH : encodeFp8(o) >= 0 ? OK : RANGE),
  encode: (o, s) => place(s.locs[0]!, encodeFp8(o as number)),
  expect: () => "a floating-point immediate ±(1 + m/16)·2^e with m 0–15 and e −3–4 (0.125 … 31)",
  ts: () => "number",
};

/** `#<mask64>`: a 64-bit value whose bytes are each 0x00 or 0xff (movi .2d / d). */
export const mask64: OperandKind = {
  name: "mask64",
  fields: () => ["abc:defgh"],
  accept(o) {
    if (!isImm(o)) return MISMATCH;
    const u = toUnsigned(o as number | bigint, 64);
    return u !== null && encodeByteMask(u) >= 0 ? OK : RANGE;
  },
  encode: (o, s) => place(s.locs[0]!, encodeByteMask(toUnsigned(o as number | bigint, 64)!)),
  expect: () => "a 64-bit byte mask (each byte 0x00 or 0xff)",
  ts: () => "number | bigint",
};

/** Vector shift amounts in immh:immb: p = 0 right shift 1..esize (2·esize − n), 1 left shift 0..esize−1 (esize + n). */
export const vshift: OperandKind = {
  name: "vshift",
  fields: () => ["immh:immb"],
  accept(o, s, c) {
    if (!isImm(o)) return MISMATCH;
    const v = intOf(o), e = c.variant!.esize;
    if (v === null) return RANGE;
    return (s.p === 0 ? v >= 1 && v <= e : v >= 0 && v < e) ? OK : RANGE;
  },
  encode(o, s, c) {
    const v = intOf(o)!, e = c.variant!.esize;
    return place(s.locs[0]!, s.p === 0 ? 2 * e - v : e + v);
  },
  expect: (s, v) => {
    const e = v?.esize ?? 64;
    return s.p === 0 ? `a shift 1–${e}` : `a shift 0–${e - 1}`;
  },
  ts: () => "number",
};

/** A literal immediate: `#0` (p = 0), `#0.0`, or `#<esize>` (p = -1: shll's shift equals the element size). No fields. */
export const literal: OperandKind = {
  name: "literal",
  fields: () => [],
  accept(o, s, c) {
    if (!isImm(o)) return MISMATCH;
    const want = s.p < 0 ? c.variant!.esize : s.p;
    return intOf(o) === want ? OK : RANGE;
  },
  encode: () => 0,
  expect: (s, v) => `#${s.p < 0 ? (v?.esize ?? "esize") : s.p}`,
  ts: (s, v) => (s.p < 0 ? String(v?.esize ?? "number") : String(s.p)),
};

/** `#<extidx>` (ext): a byte index 0–7 for .8b, 0–15 for .16b. */
export const extIndex: OperandKind = {
  name: "extIndex",
  fields: () => ["imm4"],
  accept(o, _s, c) {
    if (!isImm(o)) return MISMATCH;
    const v = intOf(o), max = c.variant!.T === 0 ? 7 : 15;
    return v !== null && v >= 0 && v <= max ? OK : RANGE;
  },
  encode: (o, s) => place(s.locs[0]!, intOf(o)!),
  expect: (_s, v) => `a byte index 0–${v?.T === 0 ? 7 : 15}`,
  ts: () => "number",
};

// ---- modifiers ------------------------------------------------------------------------------
const SHIFT_BIT = (k: number) => 1 << k;
const shiftTs = (mask: number) => `Shift<${SHIFT_NAMES.filter((_, k) => (mask & SHIFT_BIT(k)) !== 0).map((n) => `"${n}"`).join(" | ")}>`;

/** `<shift>` / `<lshift>`: shift kinds (p = mask of SHIFT_NAMES) and amount < datasize → shift, imm6. */
export const shiftMod: OperandKind = {
  name: "shift",
  fields: () => ["shift", "imm6"],
  accept(o, s, c) {
    if (!(o instanceof Shift) || (s.p & SHIFT_BIT(o.kind)) === 0) return MISMATCH;
    return o.amount < c.datasize ? OK : RANGE;
  },
  encode: (o, s) => place(s.locs[0]!, (o as Shift).kind) | place(s.locs[1]!, (o as Shift).amount),
  expect: (s, _v, ds) => `${SHIFT_NAMES.filter((_, k) => (s.p & SHIFT_BIT(k)) !== 0).join("/")} #0–${ds - 1}`,
  ts: (s) => shiftTs(s.p),
};

/** `<lsl12>` (sh: lsl #0 or #12), `<hw>` (hw: lsl #0/16/32/48 below the datasize). p = 0 lsl12, 1 hw. */
export const lslMod: OperandKind = {
  name: "lsl",
  fields: (t) => [t.p === 0 ? "sh" : "hw"],
  accept(o, s, c) {
    if (!(o instanceof Shift) || o.kind !== 0) return MISMATCH;
    const a = o.amount;
    return (s.p === 0 ? a === 0 || a === 12 : a % 16 === 0 && a < c.datasize) ? OK : RANGE;
  },
  encode: (o, s) => place(s.locs[0]!, s.p === 0 ? ((o as Shift).amount === 12 ? 1 : 0) : (o as Shift).amount / 16),
  expect: (s, _v, ds) => (s.p === 0 ? "lsl #0 or lsl #12" : `lsl #0–${ds - 16} in steps of 16`),
  ts: () => `Shift<"lsl">`,
};

/**
 * `<extw>` / `<extx>`: an extend (p = mask of EXTEND_NAMES accepted, bit 8 = lsl) with amount 0–4 → option, imm3;
 * lsl stands for option p2 (uxtx in 64-bit rows, uxtw in 32-bit rows), which is also the value when the operand is left out.
 */
export const extendMod: OperandKind = {
  name: "extend",
  fields: () => ["option", "imm3"],
  accept(o, s) {
    if (o instanceof Extend) return (s.p & (1 << o.kind)) !== 0 ? OK : MISMATCH;
    if (o instanceof Shift) return o.kind === 0 && (s.p & 256) !== 0 ? (o.amount <= 4 ? OK : RANGE) : MISMATCH;
    return MISMATCH;
  },
  encode(o, s) {
    if (o instanceof Shift) return place(s.locs[0]!, s.p2) | place(s.locs[1]!, o.amount);
    const e = o as Extend;
    return place(s.locs[0]!, e.kind) | place(s.locs[1]!, e.amount < 0 ? 0 : e.amount);
  },
  absent: (s) => place(s.locs[0]!, s.p2),
  expect: (s) => `${EXTEND_NAMES.filter((_, k) => (s.p & (1 << k)) !== 0).join("/")}${(s.p & 256) !== 0 ? "/lsl" : ""} {#0–4}`,
  ts(s) {
    const kinds = EXTEND_NAMES.filter((n, k) => k < 8 && (s.p & (1 << k)) !== 0).map((n) => `"${n}"`);
    return `Extend<${kinds.join(" | ")}>${(s.p & 256) !== 0 ? ` | Shift<"lsl">` : ""}`;
  },
};

/**
 * SIMD modified-immediate shifts into cmode: p = cmode base, p2 = 0 `lsl #0/8` (16-bit lanes: cmode bit 1),
 * 1 `lsl #0/8/16/24` (32-bit lanes: cmode bits 2:1), 2 `msl #8/16` (cmode bit 0). Left out: the base.
 */
export const cmodeMod: OperandKind = {
  name: "cmode",
  fields: () => ["cmode"],
  accept(o, s) {
    if (!(o instanceof Shift)) return MISMATCH;
    if (s.p2 === 2 ? o.kind !== 4 : o.kind !== 0) return MISMATCH;
    const a = o.amount;
    const ok = s.p2 === 0 ? a === 0 || a === 8 : s.p2 === 1 ? a % 8 === 0 && a <= 24 : a === 8 || a === 16;
    return ok ? OK : RANGE;
  },
  encode(o, s) {
    const a = (o as Shift).amount;
    const v = s.p2 === 2 ? s.p | (a === 16 ? 1 : 0) : s.p | ((a / 8) << 1);
    return place(s.locs[0]!, v);
  },
  absent: (s) => place(s.locs[0]!, s.p),
  expect: (s) => (s.p2 === 0 ? "lsl #0 or lsl #8" : s.p2 === 1 ? "lsl #0, #8, #16 or #24" : "msl #8 or msl #16"),
  ts: (s) => (s.p2 === 2 ? `Shift<"msl">` : `Shift<"lsl">`),
};

export type { Ctx, OpSpec };
