/**
 * kinds-mem.ts — operand kinds for memory operands and label references.
 *
 * Memory kinds check the addressing mode (offset, pre-, post-index, register
 * offset), the base (x0–x30 or sp) and the offset's range and scale; label
 * kinds record the label and its fixup kind in the context (the assembler
 * patches the displacement after layout). No layout logic lives here.
 */
import { Label } from "../../core/label.ts";
import { EXT_LSL, Mem, MODE_OFF, MODE_POST, MODE_POSTREG, MODE_PRE, MODE_REG } from "../operands.ts";
import { K_SP, K_W, K_WZR, K_X, K_XZR } from "../registers.ts";
import { place } from "./fields.ts";
import { MISMATCH, OK, RANGE, type Ctx, type OpSpec, type OperandKind } from "./kind.ts";

/** Offset encodings of memory tokens (TokenInfo.p): none (#0 only), scaled unsigned imm12, signed imm9, scaled signed imm7, the list size. */
export const OFF_NONE = 0;
export const OFF_PIMM = 1;
export const OFF_SIMM9 = 2;
export const OFF_SIMM7 = 3;
export const OFF_LIST = 4;
export const OFF_LISTR = 5; // ld1r..ld4r: count × element size

const MODE_OF_KIND: Record<string, number> = { memOff: MODE_OFF, memPre: MODE_PRE, memPost: MODE_POST };
const TS_OF_MODE = ["MemOff", "MemPre", "MemPost", "MemPostReg", "MemIdx"];

function offsetOk(off: number, s: OpSpec, c: Ctx): boolean {
  const scale = s.p2;
  switch (s.p) {
    case OFF_NONE:
      return off === 0;
    case OFF_PIMM:
      return off >= 0 && off % scale === 0 && off / scale <= 4095;
    case OFF_SIMM9:
      return off >= -256 && off <= 255;
    case OFF_SIMM7:
      return off % scale === 0 && off / scale >= -64 && off / scale <= 63;
    case OFF_LIST:
      return off === c.listBytes;
    default:
      return off === (c.listCount * c.variant!.esize) / 8;
  }
}
function offsetText(s: OpSpec): string {
  const scale = s.p2;
  switch (s.p) {
    case OFF_NONE:
      return "no offset";
    case OFF_PIMM:
      return `offset 0–${4095 * scale}${scale > 1 ? `, a multiple of ${scale}` : ""}`;
    case OFF_SIMM9:
      return "offset -256–255";
    case OFF_SIMM7:
      return `offset ${-64 * scale}–${63 * scale}, a multiple of ${scale}`;
    default:
      return "post-increment equal to the bytes transferred";
  }
}
function offsetField(s: OpSpec, off: number): number {
  switch (s.p) {
    case OFF_PIMM:
    case OFF_SIMM7:
      return place(s.locs[1]!, off / s.p2);
    case OFF_SIMM9:
      return place(s.locs[1]!, off);
    default:
      return 0;
  }
}

function memKind(name: "memOff" | "memPre" | "memPost"): OperandKind {
  const mode = MODE_OF_KIND[name]!;
  return {
    name,
    fields: (t) => (t.p === OFF_NONE || t.p >= OFF_LIST ? ["Rn"] : ["Rn", t.p === OFF_PIMM ? "imm12" : t.p === OFF_SIMM9 ? "imm9" : "imm7"]),
    accept(o, s, c) {
      if (!(o instanceof Mem) || o.mode !== mode) return MISMATCH;
      if ((o.base.cls & (K_X | K_SP)) === 0) return MISMATCH;
      return offsetOk(o.offset, s, c) ? OK : RANGE;
    },
    encode: (o, s) => place(s.locs[0]!, (o as Mem).base.num) | offsetField(s, (o as Mem).offset),
    expect: (s) => `a memory operand ${mode === MODE_OFF ? "[xn|sp{, #imm}]" : mode === MODE_PRE ? "[xn|sp, #imm]!" : "[xn|sp], #imm"} with ${offsetText(s)}`,
    ts: () => TS_OF_MODE[mode]!,
  };
}
/** `[<Xn|SP>{, #<off>}]` */ export const memOff = memKind("memOff");
/** `[<Xn|SP>, #<off>]!` */ export const memPre = memKind("memPre");
/** `[<Xn|SP>], #<off>` */ export const memPost = memKind("memPost");

/** `[<Xn|SP>], <Xm>`: post-increment by a register (structure loads/stores). */
export const memPostReg: OperandKind = {
  name: "memPostReg",
  fields: () => ["Rn", "Rm"],
  accept: (o) => (o instanceof Mem && o.mode === MODE_POSTREG && (o.base.cls & (K_X | K_SP)) !== 0 && (o.index!.cls & K_X) !== 0 ? OK : MISMATCH),
  encode: (o, s) => place(s.locs[0]!, (o as Mem).base.num) | place(s.locs[1]!, (o as Mem).index!.num),
  expect: () => "a memory operand [xn|sp], xm",
  ts: () => "MemPostReg",
};

/**
 * `[<Xn|SP>, <Rm>{, <ext:S>}]`: register offset; p2 = log2 of the access size (the only non-zero amount).
 * Index x/xzr with no extend, lsl or sxtx; w/wzr with uxtw or sxtw. S = 1 when the amount is written and
 * equals log2(size) (for byte accesses: whenever an amount #0 is written), as llvm-mc encodes it.
 */
export const memReg: OperandKind = {
  name: "memReg",
  fields: () => ["Rn", "Rm", "option", "S"],
  accept(o, s) {
    if (!(o instanceof Mem) || o.mode !== MODE_REG || (o.base.cls & (K_X | K_SP)) === 0) return MISMATCH;
    const ix = o.index!, e = o.extend;
    if ((ix.cls & (K_X | K_XZR)) !== 0) {
      if (e !== -1 && e !== EXT_LSL && e !== 7) return MISMATCH;
      if (e === EXT_LSL && o.amount < 0) return MISMATCH;
    } else if ((ix.cls & (K_W | K_WZR)) !== 0) {
      if (e !== 2 && e !== 6) return MISMATCH;
    } else return MISMATCH;
    const a = o.amount;
    return a < 0 || a === 0 || a === s.p2 ? OK : RANGE;
  },
  encode(o, s) {
    const m = o as Mem;
    const e = m.extend;
    const option = e === -1 || e === EXT_LSL ? 3 : e;
    const S = m.amount < 0 ? 0 : s.p2 === 0 ? 1 : m.amount === s.p2 ? 1 : 0;
    const L = s.locs;
    return place(L[0]!, m.base.num) | place(L[1]!, m.index!.num) | place(L[2]!, option) | place(L[3]!, S);
  },
  expect: (s) => `a memory operand [xn|sp, xm{, lsl|sxtx #${s.p2}}] or [xn|sp, wm, uxtw|sxtw {#${s.p2}}]`,
  ts: () => "MemIdx",
};

/** Fixup kinds of label references (TokenInfo.p), shared with the assembler. */
export const FIX_B26 = 0; // b, bl: imm26 × 4, ±128 MiB
export const FIX_B19 = 1; // b.cond, cbz, cbnz, ldr literal: imm19 × 4, ±1 MiB
export const FIX_B14 = 2; // tbz, tbnz: imm14 × 4, ±32 KiB
export const FIX_ADR = 3; // adr: immhi:immlo, ±1 MiB in bytes
export const FIX_ADRP = 4; // adrp: immhi:immlo pages of 4 KiB, ±4 GiB

/** `<label26>`, `<label19>`, `<label14>`, `<label21>`, `<page21>`: a Label; the displacement is patched after layout. */
export const label: OperandKind = {
  name: "label",
  fields: () => [],
  accept: (o) => (o instanceof Label ? OK : MISMATCH),
  encode(o, s, c) {
    c.label = o as Label;
    c.labelKind = s.p;
    return 0;
  },
  expect: (s) => `a label (${["±128 MiB", "±1 MiB", "±32 KiB", "±1 MiB", "±4 GiB"][s.p]})`,
  ts: () => "Label",
};

export type { Ctx };
