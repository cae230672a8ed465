/**
 * cfi.ts — how a function's frame looks at each point of its code, as the
 * function builder knows it: rows of call-frame information (where the
 * canonical frame address is, and which callee-saved registers sit where
 * relative to it), and their encoding as a DWARF `.eh_frame` (one CIE, one
 * FDE, absolute 8-byte addresses, a zero terminator) that libgcc's
 * `__register_frame`, gdb and perf read. x86-64 System V register numbering.
 * No memory, no registration (unwind.ts, gdb.ts, perf.ts do that).
 */

/** DWARF register numbers of x86-64 (rax 0, rdx 1, rcx 2, rbx 3, rsi 4, rdi 5, rbp 6, rsp 7, r8–r15 8–15; 16 = return address). */
export const DWARF_RSP = 7;
export const DWARF_RBP = 6;
export const DWARF_RA = 16;

/** DWARF number of general-purpose register `id` in the encoder's numbering (rax 0, rcx 1, rdx 2, rbx 3, rsp 4, rbp 5, rsi 6, rdi 7, r8–r15). */
export function dwarfGp(id: number): number {
  return [0, 2, 1, 3, 7, 6, 4, 5][id] ?? id;
}

/** The frame from `at` (bytes into the code) until the next row. */
export interface CfiRow {
  at: number;
  /** DWARF register the CFA is computed from (rsp or rbp). */
  cfaReg: number;
  /** CFA = cfaReg + cfaOffset. */
  cfaOffset: number;
  /** Saved registers: [DWARF register, offset from the CFA (negative)]. */
  saved: readonly (readonly [number, number])[];
}

/** A function's frame rows, in order of `at`, the first at 0; `end` = bytes of instructions (what follows is data: the constant pool). */
export interface FrameInfo {
  rows: readonly CfiRow[];
  end: number;
}

const DW_CFA_advance_loc = 0x40, DW_CFA_offset = 0x80, DW_CFA_restore = 0xc0;
const DW_CFA_advance_loc1 = 0x02, DW_CFA_advance_loc2 = 0x03, DW_CFA_advance_loc4 = 0x04;
const DW_CFA_def_cfa = 0x0c, DW_CFA_def_cfa_register = 0x0d, DW_CFA_def_cfa_offset = 0x0e, DW_CFA_nop = 0x00;
const DW_CFA_offset_extended_sf = 0x11;

function uleb(out: number[], v: number): void {
  do {
    let b = v & 0x7f;
    v = Math.floor(v / 128);
    if (v !== 0) b |= 0x80;
    out.push(b);
  } while (v !== 0);
}

function sleb(out: number[], v: number): void {
  for (;;) {
    const b = v & 0x7f;
    v = Math.floor(v / 128);
    if ((v === 0 && (b & 0x40) === 0) || (v === -1 && (b & 0x40) !== 0)) {
      out.push(b);
      return;
    }
    out.push(b | 0x80);
  }
}

function u32(out: number[], v: number): void {
  out.push(v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff);
}

function u64(out: number[], v: number): void {
  u32(out, v >>> 0);
  u32(out, Math.floor(v / 2 ** 32));
}

const DW_EH_PE_absptr = 0x00, DW_EH_PE_pcrel_sdata4 = 0x1b, DW_EH_PE_udata4 = 0x03, DW_EH_PE_datarel_sdata4 = 0x3b;

const cies = new Map<number, number[]>();
/** The CIE (made once per pointer encoding): version 1, augmentation "zR", code alignment 1, data alignment -8, RA = r16 at CFA-8, CFA = rsp+8. */
function cie(pointers: number): number[] {
  let c = cies.get(pointers);
  if (c === undefined) cies.set(pointers, (c = makeCie(pointers)));
  return c;
}

function makeCie(pointers: number): number[] {
  const body: number[] = [];
  u32(body, 0); // CIE id
  body.push(1); // version
  body.push(0x7a, 0x52, 0x00); // "zR"
  uleb(body, 1); // code alignment
  sleb(body, -8); // data alignment
  body.push(DWARF_RA); // return address register (version 1: one byte)
  uleb(body, 1); // augmentation data length
  body.push(pointers); // FDE pointer encoding
  body.push(DW_CFA_def_cfa);
  uleb(body, DWARF_RSP);
  uleb(body, 8);
  body.push(DW_CFA_offset | DWARF_RA);
  uleb(body, 1);
  return entry(body);
}

/** length-prefixed, padded to 8 bytes with DW_CFA_nop */
function entry(body: number[]): number[] {
  while ((body.length + 4) % 8 !== 0) body.push(DW_CFA_nop);
  const out: number[] = [];
  u32(out, body.length);
  for (const b of body) out.push(b);
  return out;
}

function advance(out: number[], delta: number): void {
  if (delta === 0) return;
  if (delta < 64) out.push(DW_CFA_advance_loc | delta);
  else if (delta < 256) out.push(DW_CFA_advance_loc1, delta);
  else if (delta < 65536) out.push(DW_CFA_advance_loc2, delta & 0xff, delta >> 8);
  else {
    out.push(DW_CFA_advance_loc4);
    u32(out, delta);
  }
}

function savedRule(out: number[], reg: number, offset: number): void {
  if (offset % 8 === 0 && offset <= 0 && reg < 64) {
    out.push(DW_CFA_offset | reg);
    uleb(out, -offset / 8);
  } else {
    out.push(DW_CFA_offset_extended_sf);
    uleb(out, reg);
    sleb(out, offset / -8);
  }
}

/** The CFA instructions taking the CIE's initial state (CFA = rsp+8) through `rows`, shifted by `shift` bytes. */
function instructions(rows: readonly CfiRow[], shift: number): number[] {
  const out: number[] = [];
  let reg = DWARF_RSP, off = 8, at = 0;
  let saved = new Map<number, number>();
  for (const row of rows) {
    const pos = row.at === 0 ? 0 : row.at + shift; // the first row also covers the entry pad
    advance(out, pos - at);
    at = pos;
    if (row.cfaReg !== reg && row.cfaOffset !== off) {
      out.push(DW_CFA_def_cfa);
      uleb(out, row.cfaReg);
      uleb(out, row.cfaOffset);
    } else if (row.cfaReg !== reg) {
      out.push(DW_CFA_def_cfa_register);
      uleb(out, row.cfaReg);
    } else if (row.cfaOffset !== off) {
      out.push(DW_CFA_def_cfa_offset);
      uleb(out, row.cfaOffset);
    }
    reg = row.cfaReg;
    off = row.cfaOffset;
    const next = new Map(row.saved.map(([r, o]) => [r, o] as [number, number]));
    for (const [r] of saved) if (!next.has(r)) out.push(DW_CFA_restore | r);
    for (const [r, o] of next) if (saved.get(r) !== o) savedRule(out, r, o);
    saved = next;
  }
  return out;
}

/**
 * `.eh_frame` bytes for one function at `start`, `size` bytes long, whose code proper begins
 * `shift` bytes in (the entry pad): a CIE, one FDE, a zero terminator. Without `at`, addresses
 * are absolute 8-byte values (libgcc's `__register_frame`, gdb); with `at` — the address the
 * `.eh_frame` itself will have — they are 4-byte pc-relative (perf's generated objects).
 * @example ehFrame(info.rows, entry, 16 + size, 16)
 */
export function ehFrame(rows: readonly CfiRow[], start: number, size: number, shift: number, at?: number): Uint8Array {
  const c = cie(at === undefined ? DW_EH_PE_absptr : DW_EH_PE_pcrel_sdata4);
  const body: number[] = [];
  u32(body, c.length + 4); // CIE pointer: from this field back to the CIE
  if (at === undefined) {
    u64(body, start); // pc_begin
    u64(body, size); // pc_range
  } else {
    u32(body, (start - (at + c.length + 8)) | 0); // pc_begin, relative to its own field
    u32(body, size);
  }
  uleb(body, 0); // augmentation data length
  for (const b of instructions(rows, shift)) body.push(b);
  const fde = entry(body);
  const out = new Uint8Array(c.length + fde.length + 4);
  out.set(c);
  out.set(fde, c.length);
  return out; // the last 4 bytes stay 0: the terminator
}

/**
 * `.eh_frame_hdr` for an `.eh_frame` at `ehFrameAt` holding one FDE (as ehFrame makes it: the FDE
 * follows the CIE, at `fdeOffset`) for code at `start`, the header itself at `at`.
 * @example ehFrameHdr(hdrAt, ehAt, fdeOffset, codeStart)
 */
export function ehFrameHdr(at: number, ehFrameAt: number, fdeOffset: number, start: number): Uint8Array {
  const out: number[] = [1, DW_EH_PE_pcrel_sdata4, DW_EH_PE_udata4, DW_EH_PE_datarel_sdata4];
  u32(out, (ehFrameAt - (at + 4)) | 0); // eh_frame_ptr
  u32(out, 1); // fde_count
  u32(out, (start - at) | 0); // initial location
  u32(out, (ehFrameAt + fdeOffset - at) | 0); // FDE address
  return new Uint8Array(out);
}

/** Offset of the FDE in what ehFrame returns (the CIE's size). */
export function fdeOffset(eh: Uint8Array): number {
  return 4 + (eh[0]! | (eh[1]! << 8) | (eh[2]! << 16) | (eh[3]! << 24));
}
