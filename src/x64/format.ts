/**
 * format.ts — the Intel-syntax printer: one instruction (mnemonic + builder
 * operands) as llvm-mc prints it with `-x86-asm-syntax=intel
 * -output-asm-variant=1` (`qword ptr [rdi + 8*rcx + 16]`, decimal numbers,
 * `zmm0 {k1} {z}`, `{1to8}`, canonical condition names, the implicit operands
 * of string instructions, comparison-predicate aliases), and the listing line
 * (offset, bytes, text) in the style of AsmJit's Logger. It encodes nothing.
 * `formatForm` prints a form chosen elsewhere (the assembler's listing, the
 * disassembler); `formatInstruction` first asks the matcher which form the
 * operands select, so it can print what depends on the form (sizes of
 * unsized memory, `{1toN}`, movabs). The assembler's listing calls
 * `formatForm` with the form it chose.
 */
import { Label } from "../core/label.ts";
import type { Operand } from "./operands.ts";
import { symmetricPredicate } from "./encode/encoder.ts";
import { formSetOf, selectForm } from "./encode/select.ts";
import { Mem, Rounding } from "./operands.ts";
import { gp32, Reg, RT_GP, RT_XMM, RT_YMM, RT_ZMM, xmm0 } from "./registers.ts";
import { formsOf } from "./table/index.ts";
import { ENC_EVEX, ENC_VEX, ROLE_O, type Form } from "./table/schema.ts";
import {
  broadcastCount, CANONICAL_CONDITIONS, CMP_PREDICATES, conditionCodes, IMM_64, IMM_8, IMM_ONE, SEG_NAMES, SHIFT_MNEMONICS, sizeWord, STRING_SUFFIX_BITS, VPCMP_PREDICATES,
} from "./table/vocabulary.ts";

/** Instructions whose imm8 is data (printed as written); every other imm8 is printed unsigned (llvm's u8imm). */
const SIGNED_IMM8 = new Set(["add", "or", "adc", "sbb", "and", "sub", "xor", "cmp", "test", "mov", "enter"]);

const ACC = ["", "al", "ax", "", "eax", "", "", "", "rax"];

/** The form the encoder would choose, or null when the operands fit none (the formatter still prints them). */
function formOf(mnemonic: string, ops: readonly Operand[]): Form | null {
  const e = formSetOf(mnemonic);
  if (e === undefined) return null;
  let n = ops.length;
  let rc: Rounding | null = null;
  if (n > 0 && ops[n - 1] instanceof Rounding) { rc = ops[n - 1] as Rounding; n--; }
  if (n > 4) return null;
  try {
    return selectForm(e, ops[0], ops[1], ops[2], ops[3], n, rc);
  } catch {
    return null;
  }
}

/** A number as llvm prints it: decimal, 64-bit values as signed. */
function formatNumber(v: number | bigint): string {
  if (typeof v === "bigint") return String(v >= 1n << 63n ? BigInt.asIntN(64, v) : v);
  return String(v);
}

/**
 * One operand in Intel syntax. `form`/`index` (optional) let memory without a
 * size print the size of the form's operand and broadcasts print `{1toN}`.
 *
 * @example formatOperand(qword(rdi, rcx, 8, 16)) // "qword ptr [rdi + 8*rcx + 16]"
 */
export function formatOperand(o: Operand, form: Form | null = null, index = -1): string {
  if (o instanceof Reg) {
    let s = o.name;
    if (o.mask !== 0) s += ` {k${o.mask}}`;
    if (o.zero) s += o.mask === 0 ? " {k0} {z}" : " {z}"; // llvm names the absent mask of a decoded {z}
    return s;
  }
  if (o instanceof Mem) return formatMem(o, form, index);
  if (o instanceof Label) return o.name;
  if (o instanceof Rounding) return `{${o.name}}`;
  if (typeof o === "number" || typeof o === "bigint") return formatNumber(o);
  return String(o);
}

function formatMem(m: Mem, form: Form | null, index: number): string {
  const spec = form !== null && index >= 0 ? form.ops[index] : undefined;
  let bits = m.bits;
  if (bits === 0 && spec !== undefined && spec.text !== "m" && !spec.text.startsWith("m/") && !spec.text.endsWith("/m")) bits = m.broadcast ? spec.elemBits : spec.memBits || spec.bits;
  const word = sizeWord(bits);
  let s = word !== "" ? `${word} ptr ` : "";
  if (m.seg >= 0) s += `${SEG_NAMES[m.seg] ?? "?"}:`;
  s += "[";
  let need = false;
  if (m.base !== null) { s += m.base.name; need = true; }
  if (m.index !== null) {
    if (need) s += " + ";
    s += m.scale !== 1 || m.base === null ? `${m.scale}*${m.index.name}` : m.index.name; // llvm: [1*rcx + 16] with no base
    need = true;
  }
  if (m.label !== null) {
    s += `${need ? " + " : ""}${m.label.name}`;
    if (m.disp !== 0) s += m.disp > 0 ? `+${m.disp}` : `${m.disp}`;
  } else if (m.disp !== 0 || !need) {
    if (!need) s += formatNumber(m.disp);
    else s += m.disp < 0 ? ` - ${-m.disp}` : ` + ${m.disp}`;
  }
  s += "]";
  if (m.broadcast) {
    let n: number | undefined = m.bcstCount || undefined;
    if (n === undefined && form !== null && spec !== undefined && spec.elemBits !== 0) n = broadcastCount(form, spec.elemBits);
    s += `{1to${n ?? "N"}}`;
  }
  if (m.mask !== 0) s += ` {k${m.mask}}`;
  return s;
}

function accFor(bits: number): string {
  return ACC[bits / 8] ?? "";
}

/** Implicit operands llvm prints for string instructions written bare (`movsb` → `movsb byte ptr es:[rdi], byte ptr [rsi]`). */
function stringOperands(m: string, extras: PrintExtras | undefined): string | null {
  if (m.length !== 5) return null;
  const stem = m.slice(0, 4);
  const bits = STRING_SUFFIX_BITS[m[4]!];
  if (bits === undefined) return null;
  const sz = `${sizeWord(bits)} ptr`, acc = accFor(bits);
  const di = extras?.addr32 ? "edi" : "rdi", si = extras?.addr32 ? "esi" : "rsi";
  const seg = extras?.seg !== undefined && extras.seg >= 0 ? `${SEG_NAMES[extras.seg] ?? "?"}:` : "";
  switch (stem) {
    case "movs": return `${sz} es:[${di}], ${sz} ${seg}[${si}]`;
    case "stos": return `${sz} es:[${di}], ${acc}`;
    case "lods": return `${acc}, ${sz} ${seg}[${si}]`;
    case "scas": return `${acc}, ${sz} es:[${di}]`;
    case "cmps": return `${sz} ${seg}[${si}], ${sz} es:[${di}]`;
  }
  return null;
}

function isAcc(o: unknown): boolean {
  return o instanceof Reg && o.type === RT_GP && o.id === 0 && o.bits >= 16;
}

/** Extra facts a decoder knows that builder operands do not carry (see `formatForm`). */
export interface PrintExtras {
  /** The instruction had an address-size (67) prefix: implicit string operands use edi/esi. */
  addr32?: boolean;
  /** Segment override register number (0 es … 5 gs) on the implicit source of a string instruction. */
  seg?: number;
  /** The operands were read from bytes: print them in that order (no commutable-source swap as the encoder makes). */
  decoded?: boolean;
  /** Print this mnemonic instead of the form's (a decoded `movabs` moffs form with a 32-bit address prints as `mov`). */
  mnemonic?: string;
}

/**
 * An instruction in Intel syntax from its chosen form, as llvm-mc prints it
 * (tabs as single spaces): the printer entry of the assembler's listing and of
 * the disassembler. `operands[0..n)` are in Intel order (the form's operand
 * order); `rc` is a trailing `{er}`/`{sae}`; `prefix` is "lock", "rep",
 * "repne", another prefix word, or a prefix byte (0xf0, 0xf3, 0xf2).
 *
 * @example formatForm(formsOf("add")![17]!, [rax, rbx], 2) // "add rax, rbx"
 * Throws nothing.
 */
export function formatForm(form: Form, operands: ArrayLike<PrintOperand>, n: number, rc: Rounding | null = null, prefix: string | number = "", extras?: PrintExtras): string {
  const ops: PrintOperand[] = [];
  for (let i = 0; i < n; i++) ops.push(operands[i]!);
  return print(form, extras?.mnemonic ?? form.mnemonic, ops, rc, prefix, extras);
}

/**
 * An instruction in Intel syntax, as llvm-mc prints it (tabs as single spaces).
 * `operands` are builder operands in Intel order; a `Rounding` may be anywhere
 * (it is printed before trailing immediates, as llvm does). `prefix` is "lock",
 * "rep", "repne" or a prefix byte (0xf0, 0xf3, 0xf2). The form is the one the
 * encoder would choose; operands no form accepts are printed as given.
 *
 * @example formatInstruction("add", [rax, qword(rdi, rcx, 8, 16)]) // "add rax, qword ptr [rdi + 8*rcx + 16]"
 * @example formatInstruction("vaddpd", [zmm0.k(k1).z(), zmm1, qword(rax).bcst()]) // "vaddpd zmm0 {k1} {z}, zmm1, qword ptr [rax]{1to8}"
 * Throws nothing.
 */
export function formatInstruction(mnemonic: string, operands: readonly Operand[], prefix: string | number = ""): string {
  const form = formOf(mnemonic, operands);
  const ops = operands.slice();
  // rounding goes after the register operands, before trailing immediates
  let rc: Rounding | null = null;
  const ri = ops.findIndex((o) => o instanceof Rounding);
  if (ri >= 0) { rc = ops[ri] as Rounding; ops.splice(ri, 1); }
  return print(form, mnemonic, ops, rc, prefix, undefined);
}

/** An operand the printer accepts: a builder operand, or anything with its own text (a decoded branch target). */
export type PrintOperand = Operand | { toString(): string };

/** Mnemonics with both VEX and EVEX forms (computed once per mnemonic). */
const bothEncodings = new Map<string, boolean>();

/**
 * llvm's `{vex}`: a VEX form the plain text would not select — the same
 * operands written without the pseudo-prefix pick an EVEX form (AVX-VNNI and
 * AVX-IFMA, whose EVEX forms llvm prefers). The table's preference order is
 * llvm's, so this is the table's own answer.
 */
function needsVexPrefix(form: Form, ops: readonly PrintOperand[], rc: Rounding | null): boolean {
  if (form.enc !== ENC_VEX) return false;
  let both = bothEncodings.get(form.mnemonic);
  if (both === undefined) {
    const forms = formsOf(form.mnemonic) ?? [];
    both = forms.some((f) => f.enc === ENC_EVEX) && forms.some((f) => f.enc === ENC_VEX);
    bothEncodings.set(form.mnemonic, both);
  }
  if (!both) return false;
  const plain = formOf(form.mnemonic, rc === null ? (ops as Operand[]) : [...(ops as Operand[]), rc]);
  return plain !== null && plain !== form && plain.enc === ENC_EVEX;
}

function print(form: Form | null, mnemonic: string, operands: PrintOperand[], rc: Rounding | null, prefix: string | number, extras: PrintExtras | undefined): string {
  const p = typeof prefix === "number" ? (prefix === 0xf0 ? "lock" : prefix === 0xf3 ? "rep" : prefix === 0xf2 ? "repne" : "") : prefix;
  let head = p !== "" ? `${p} ` : "";
  if (form !== null && needsVexPrefix(form, operands, rc)) head += "{vex} ";
  let m = mnemonic;
  let ops = operands;
  let n = ops.length; // operands printed: trailing ones llvm folds into the mnemonic are dropped
  let swapped = false; // the two operands of test/xchg are printed the other way round

  if (n === 0) {
    const so = stringOperands(m, extras);
    if (so !== null) return `${head}${m} ${so}`;
  }
  // canonical mnemonics
  if (m === "sal") m = "shl";
  else if (m === "loopz") m = "loope";
  else if (m === "loopnz") m = "loopne";
  else {
    const c0 = m.charCodeAt(0);
    const pre = c0 === 99 /* c */ && m.startsWith("cmov") ? "cmov" : c0 === 115 /* s */ && m.startsWith("set") ? "set" : c0 === 106 /* j */ && m !== "jmp" ? "j" : "";
    if (pre !== "") {
      const cc = conditionCodes.get(m.slice(pre.length));
      if (cc !== undefined) m = pre + CANONICAL_CONDITIONS[cc];
    }
  }
  if (m === "mov" && form !== null && form.ops.some((s) => s.imm === IMM_64)) m = "movabs";
  // shift by one: llvm prints the D0/D1 forms without the count
  if (n === 2 && ops[1] === 1 && SHIFT_MNEMONICS.has(mnemonic) && (form === null || form.ops[1]?.imm === IMM_ONE)) n = 1;
  // operand order llvm prints for test/xchg
  if (n === 2 && (m === "test" || m === "xchg")) {
    const a = ops[0], b = ops[1];
    // xchg: the accumulator first for the one-byte form (90+r); the ModRM form prints as encoded
    const oneByte = form === null ? a instanceof Reg && !isAcc(a) && isAcc(b) && (b as Reg).bits === a.bits : form.ops.some((s) => s.role === ROLE_O);
    if ((a instanceof Reg && b instanceof Mem) || (m === "xchg" && a instanceof Reg && isAcc(b) && !isAcc(a) && oneByte)) {
      ops = [b!, a!];
      swapped = true;
    }
  }
  // llvm-mc 22's spellings: movq for a 64-bit GPR (14 said movd), the 32-bit name of a mask/extract
  // destination (the instruction writes 32 bits whatever W says), and legacy blendv's implicit xmm0 written out
  if ((m === "movd" || m === "vmovd") && ops.some((o) => o instanceof Reg && o.type === RT_GP && o.bits === 64)) m = m.slice(0, -1) + "q";
  if (n >= 2 && /^v?(movmskp[sd]|pmovmskb|pextr[bw])$/.test(m) && ops[0] instanceof Reg && ops[0].type === RT_GP && ops[0].bits === 64) ops = [gp32[ops[0].id]!, ...ops.slice(1)];
  if (n === 2 && /^(p?blendv(b|ps|pd)|sha256rnds2)$/.test(m)) { ops = [...ops, xmm0]; n = 3; }
  // commutable VEX sources the encoder swapped so a 2-byte VEX fits (row flag comm): llvm-mc 22 prints them swapped
  if (form !== null && form.commute !== 0 && extras?.decoded !== true && n >= 3 && ops[1] instanceof Reg && ops[2] instanceof Reg && (ops[2].id & 8) !== 0 && (ops[1].id & 8) === 0) {
    const imm = form.fixedImm >= 0 ? form.fixedImm : ops[3];
    if (form.commute === 1 || ((typeof imm === "number" || typeof imm === "bigint") && symmetricPredicate(imm))) ops = [ops[0]!, ops[2], ops[1], ...ops.slice(3)];
  }
  // comparison predicates as aliases
  const last = ops[n - 1];
  if (typeof last === "number" && m.includes("cmp")) {
    let alias: string | null = null;
    const cm = /^(v?)cmp(ps|pd|ss|sd)$/.exec(m);
    if (cm !== null) {
      const max = cm[1] === "v" ? 31 : 7;
      if (last >= 0 && last <= max && (cm[1] === "v" ? n === 4 : n === 3)) alias = `${cm[1]}cmp${CMP_PREDICATES[last]}${cm[2]}`;
    }
    const pm = /^vpcmp(u?)([bwdq])$/.exec(m);
    if (pm !== null && n === 4 && VPCMP_PREDICATES[last] !== undefined) alias = `vpcmp${VPCMP_PREDICATES[last]}${pm[1]}${pm[2]}`;
    if (alias !== null) { m = alias; n--; }
  }
  // llvm prints {er}/{sae} right after the last vector register operand
  let rcAfter = -1;
  if (rc !== null) {
    rcAfter = n - 1;
    for (let i = n - 1; i >= 0; i--) {
      const o = ops[i];
      if ((o instanceof Reg && (o.type === RT_XMM || o.type === RT_YMM || o.type === RT_ZMM)) || o instanceof Mem) { rcAfter = i; break; }
    }
  }
  let out = head + m;
  let sep = " ";
  for (let i = 0; i < n; i++) {
    const o = ops[i]!;
    const at = swapped ? 1 - i : i; // the operand's position in the form
    if (i === rcAfter + 1 && rc !== null) { out += `${sep}{${rc.name}}`; sep = ", "; }
    let t: string;
    if (typeof o === "number" || typeof o === "bigint") {
      const spec = form?.ops[at];
      t = spec !== undefined && spec.imm === IMM_8 && typeof o === "number" && Number.isInteger(o) && !SIGNED_IMM8.has(mnemonic) ? String(o & 0xff) : formatNumber(o);
    } else t = formatOperand(o as Operand, form, at);
    out += sep + t;
    sep = ", ";
  }
  if (rc !== null && rcAfter === n - 1) out += `${sep}{${rc.name}}`;
  return out;
}

/** Options of `formatListingLine`. */
export interface ListingLineOptions {
  /** Hex digits of the offset (default 6). */
  offsetWidth?: number;
  /** Width the byte column is padded to (default 30 characters). */
  bytesWidth?: number;
}

/**
 * One listing line: offset, bytes in hex, Intel text (AsmJit Logger style).
 *
 * @example formatListingLine(0x10, [0x48, 0x01, 0xd8], "add rax, rbx") // "000010  48 01 d8                          add rax, rbx"
 */
export function formatListingLine(offset: number, bytes: ArrayLike<number>, text: string, options: ListingLineOptions = {}): string {
  let hex = "";
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    hex += (i > 0 ? " " : "") + (b < 16 ? "0" : "") + b.toString(16);
  }
  return `${offset.toString(16).padStart(options.offsetWidth ?? 6, "0")}  ${hex.padEnd(options.bytesWidth ?? 30)}  ${text}`;
}

/**
 * The Assembler's listing hook: `(mnemonic, operands, count, rounding, prefixByte) => text`.
 * Installed when this module loads; exported so tools can call it directly.
 */
export function listingText(mnemonic: string, ops: readonly Operand[], n: number, rc: Rounding | null, prefix: number): string {
  const list: Operand[] = [];
  for (let i = 0; i < n; i++) list.push(ops[i]!);
  if (rc !== null) list.push(rc);
  return formatInstruction(mnemonic, list, prefix);
}

