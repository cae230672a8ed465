/**
 * tables.ts — the decoder's view of the instruction table: every form turned
 * into a decode entry (encoding space, opcode map and byte, the prefixes, W,
 * L, ModRM digit and mod it needs) and grouped by (space, map, opcode byte),
 * built on the first decode. It reads only the parsed forms (schema.ts); no
 * instruction is named here, so rows added to the table are decoded with no
 * code change. Reading bytes and choosing among the entries of a group is
 * decoder.ts's job.
 */
import { B16, B32, B64, VSIB_X, VSIB_Y, VSIB_Z } from "../operands.ts";
import { C_EAX, C_R16, C_R32, C_R64, C_R8, C_R8H } from "../registers.ts";
import { avxRows } from "../table/avx.ts";
import { avx512Rows } from "../table/avx512.ts";
import { extAvx512Rows } from "../table/ext-avx512.ts";
import { extCryptoRows } from "../table/ext-crypto.ts";
import { extVexRows } from "../table/ext-vex.ts";
import { gpRows } from "../table/gp.ts";
import { formsOf, mnemonics } from "../table/index.ts";
import { ENC_EVEX, ENC_LEGACY, ENC_VEX, IMM_16, IMM_32, IMM_32S, IMM_8S, indexRows, ROLE_M, ROLE_O, ROLE_R, type Form, type RowRef } from "../table/schema.ts";
import { sseRows } from "../table/sse.ts";

/** Encoding spaces (legacy also covers REX2; XOP rows, when the schema has them, go to SP_XOP). */
export const SP_LEGACY = 0, SP_VEX = 1, SP_EVEX = 2, SP_XOP = 3;
/** Legacy opcode maps (VEX/EVEX use the map field's number, which agrees for 1–3). */
export const MAP_1BYTE = 0, MAP_0F = 1, MAP_0F38 = 2, MAP_0F3A = 3;
/** SIMD prefix classes (VEX/EVEX pp numbering): none, 66, F3, F2. */
export const PFX_NONE = 0, PFX_66 = 1, PFX_F3 = 2, PFX_F2 = 3;
/** ModRM mod constraint. */
export const MOD_ANY = 0, MOD_REG = 1, MOD_MEM = 2;

/** One way to decode bytes into a form. */
export interface DecodeEntry {
  readonly form: Form;
  readonly space: number;
  readonly map: number;
  /** Opcode byte; for `+r` forms the byte with register 0. */
  readonly opcode: number;
  /** The opcode's low three bits name a register (`+rb/+rw/+rd/+ro`). */
  readonly plusR: boolean;
  /** SIMD prefix the form needs (PFX_*): a legacy mandatory 66/F2/F3, or VEX/EVEX pp. */
  readonly pfx: number;
  /** Legacy: 66 is this form's operand-size prefix (16-bit operands), needed and not a SIMD prefix. */
  readonly opsize: boolean;
  /** Legacy: the row writes the address-size prefix 67 as part of the opcode (`jecxz`). */
  readonly adsize: boolean;
  /** W: 0, 1, or -1 when ignored. Legacy 0 means "no REX.W" (a REX.W form of the same bytes is preferred when present). */
  readonly w: number;
  /** Legacy: REX.W would widen an operand of this form (a 16/32-bit general-purpose token with no 64-bit alternative). */
  readonly wSensitive: boolean;
  /**
   * Legacy: an operand-size prefix the row does not name could change this form (a 32-bit general-purpose
   * token, an immediate or branch displacement sized by the operand size, or no operands to tell).
   */
  readonly osSensitive: boolean;
  /** VEX/EVEX L: -1 ignored, 0, 1, 2. */
  readonly l: number;
  /** ModRM.reg digit 0–7, -1 for /r, -2 when there is no ModRM byte. */
  readonly digit: number;
  /** A ModRM byte written as part of the opcode (`0F AE E8`), or -1. */
  readonly modrm: number;
  /** MOD_ANY, MOD_REG (the r/m operand is a register only) or MOD_MEM. */
  readonly mod: number;
  /** A memory operand with no ModRM: a moffs address after the opcode (`movabs al, m8`). */
  readonly moffs: boolean;
  /** The reg-reg store form of a load row (`vex2rev`): ModRM.reg and r/m hold the operands the other way round. */
  readonly swap: boolean;
  /** EVEX: the first operand takes a `{k}` mask / `{z}`; the r/m operand takes a `{1toN}` broadcast; a mask is required. */
  readonly mask: boolean;
  readonly zero: boolean;
  readonly bcst: boolean;
  readonly maskRequired: boolean;
  /** The r/m operand is VSIB memory (EVEX.V' extends its index, not vvvv). */
  readonly vsib: boolean;
  /** Position in table order (lower is preferred among equals). */
  readonly order: number;
}

/** Entries grouped by `groupKey(space, map, opcode)`. */
export interface DecodeTables {
  readonly groups: Map<number, DecodeEntry[]>;
  /** The same groups in an array indexed by key (the decoder's lookup). */
  readonly byKey: (DecodeEntry[] | undefined)[];
  /** Number of forms that produced entries. */
  readonly forms: number;
}

/** The group key of an opcode (maps 0–31). */
export function groupKey(space: number, map: number, opcode: number): number {
  return (space << 13) | (map << 8) | opcode;
}

let tables: DecodeTables | null = null;

/** The decode tables, built from the whole instruction table on first use. */
export function decodeTables(): DecodeTables {
  if (tables === null) tables = build(formsInRowOrder());
  return tables;
}

/**
 * Every form — the same objects the assembler uses (`formsOf`) — in the order
 * of the row files, which settles ties between rows with the same bytes
 * (`movq xmm, r64` before its alias `movd xmm, r64`). The order comes from a
 * scan of the row files known here (gp, sse, avx, avx512); forms from row
 * files added later (issue 14) follow them in table order, so they decode
 * with no change here (only their ties with each other go by table order).
 */
function formsInRowOrder(): Form[] {
  const sources: [string, string][] = [[gpRows, "gp.ts"], [sseRows, "sse.ts"], [avxRows, "avx.ts"], [avx512Rows, "avx512.ts"], [extAvx512Rows, "ext-avx512.ts"], [extCryptoRows, "ext-crypto.ts"], [extVexRows, "ext-vex.ts"]];
  const refs = new Map<string, RowRef[]>();
  for (const [src, file] of sources) indexRows(src, file, refs);
  const fileRank = new Map(sources.map(([, file], i) => [file, i]));
  const keyed: { form: Form; key: number; tie: number }[] = [];
  mnemonics.forEach((m, tie) => {
    const rows = refs.get(m) ?? [];
    (formsOf(m) ?? []).forEach((form, k) => {
      const r = rows[k];
      keyed.push({ form, key: r !== undefined ? fileRank.get(r.file)! * 1e7 + r.line : sources.length * 1e7 + k, tie });
    });
  });
  keyed.sort((x, y) => x.key - y.key || x.tie - y.tie);
  return keyed.map((x) => x.form);
}

const GP_CLS = C_R8 | C_R8H | C_R16 | C_R32 | C_R64;

/** Build decode entries for `forms` (exported for tests that feed their own rows). */
export function build(forms: readonly Form[]): DecodeTables {
  const groups = new Map<number, DecodeEntry[]>();
  let order = 0, count = 0;
  const add = (e: DecodeEntry): void => {
    const k = groupKey(e.space, e.map, e.opcode);
    let g = groups.get(k);
    if (g === undefined) groups.set(k, (g = []));
    g.push(e);
  };
  for (const f of forms) {
    order++;
    // `cmpeqps` and friends are `cmpps` with a fixed predicate: the generic form decodes them, the printer names them
    if (f.fixedImm >= 0) continue;
    let mod = MOD_ANY;
    let plusR = false;
    for (const s of f.ops) {
      if (s.role === ROLE_M) mod = s.mcls === 0 ? MOD_REG : s.rcls === 0 ? MOD_MEM : MOD_ANY;
      if (s.role === ROLE_O) plusR = true;
    }
    let space: number, map: number, opcode: number, modrm = -1, pfx = PFX_NONE, opsize = false, adsizeReq = false;
    if (f.enc === ENC_LEGACY) {
      space = SP_LEGACY;
      let op = f.opcode;
      const adsize = op[0] === 0x67 && op.length > 1;
      if (adsize) op = op.slice(1);
      let i = 0;
      map = MAP_1BYTE;
      if (op[0] === 0x0f && op.length > 1) {
        if (op[1] === 0x38 && op.length > 2) { map = MAP_0F38; i = 2; }
        else if (op[1] === 0x3a && op.length > 2) { map = MAP_0F3A; i = 2; }
        else { map = MAP_0F; i = 1; }
      }
      opcode = op[i]!;
      adsizeReq = adsize;
      if (op.length > i + 2) continue; // no row has two bytes after the opcode; refuse to guess
      if (op.length === i + 2) modrm = op[i + 1]!;
      const p = f.prefixes;
      const has66 = p.includes(0x66);
      if (p.includes(0xf3)) pfx = PFX_F3;
      else if (p.includes(0xf2)) pfx = PFX_F2;
      // 66 is the operand-size prefix in map 0, beside an F2/F3, and on forms with 16-bit general-purpose operands
      if (has66) {
        const gp16 = f.opSize === 16 && f.ops.some((s) => (s.rcls & GP_CLS) !== 0 || s.mcls !== 0);
        if (map === MAP_1BYTE || pfx !== PFX_NONE || gp16) opsize = true;
        else pfx = PFX_66;
      }
    } else if (f.enc === ENC_VEX || f.enc === ENC_EVEX) {
      space = f.enc === ENC_VEX ? SP_VEX : SP_EVEX;
      map = f.map;
      opcode = f.opcode[0]!;
      pfx = f.pp;
    } else continue;
    const moffs = f.enc === ENC_LEGACY && f.digit === -2 && modrm < 0 && f.ops.some((s) => s.role === ROLE_M);
    const e: DecodeEntry = {
      form: f, space, map, opcode: plusR ? opcode & 0xf8 : opcode, plusR, pfx, opsize, adsize: adsizeReq, w: f.w,
      wSensitive: f.ops.some((o) => (o.rcls & (C_R16 | C_R32)) !== 0 && (o.rcls & C_R64) === 0),
      osSensitive: f.ops.length === 0 || f.ops.some((o) => ((o.rcls & (C_R32 | C_EAX)) !== 0 && (o.rcls & C_R64) === 0) || o.rel === 32 ||
        o.imm === IMM_16 || o.imm === IMM_32 || o.imm === IMM_32S || o.imm === IMM_8S), l: f.l, digit: modrm >= 0 ? -2 : f.digit, modrm,
      mod: moffs ? MOD_ANY : mod, moffs, swap: false, order,
      mask: f.ops[0]?.maskOk === true, zero: f.ops[0]?.zeroOk === true, maskRequired: f.maskRequired,
      bcst: f.ops.some((o) => o.role === ROLE_M && (o.mcls & (B16 | B32 | B64)) !== 0),
      vsib: f.ops.some((o) => (o.mcls & (VSIB_X | VSIB_Y | VSIB_Z)) !== 0),
    };
    add(e);
    count++;
    // llvm-mc's VEX2 swap: the assembler writes some reg-reg loads with the store opcode (vex2rev)
    if (f.vex2rev >= 0 && f.ops.some((s) => s.role === ROLE_R) && mod !== MOD_MEM) {
      add({ ...e, opcode: f.vex2rev, pfx: f.vex2revPp >= 0 ? f.vex2revPp : f.pp, mod: MOD_REG, swap: true });
    }
  }
  const byKey = new Array<DecodeEntry[] | undefined>(4 << 13).fill(undefined);
  for (const [k, g] of groups) byKey[k] = g;
  return { groups, byKey, forms: count };
}
