/**
 * schema.ts — parses instruction-table rows (see README.md beside this file)
 * into `Form` objects the encoder and the matcher read. It knows the row
 * notation and nothing about particular instructions; the rows themselves
 * live in gp.ts, sse.ts, avx.ts, avx512.ts.
 */
import {
  C_AL, C_AX, C_EAX, C_R16, C_R32, C_R64, C_R8, C_RAX, C_XMMX, C_YMMX,
  H_IMM16, H_IMM32, H_IMM32S, H_IMM64, H_IMM8, H_IMM8S16, H_IMM8S32, H_IMM8S64, H_LABEL, H_ONE, M128, M256, M512, VSIB_X, VSIB_Y, VSIB_Z,
} from "../classes.ts";
import { type CpuFeature, cpuFeatureOf } from "../cpu-features.ts";
import {
  CONDITIONS, IMM_16, IMM_32, IMM_32S, IMM_64, IMM_8, IMM_8S, IMM_NONE, IMM_ONE, TOKENS, tokenName, TT_NONE, TT_T1S, TUPLE_NAMES,
} from "./vocabulary.ts";

export const ENC_LEGACY = 0;
export const ENC_VEX = 1;
export const ENC_EVEX = 2;

// operand roles (Op/En letters)
export const ROLE_IMPLICIT = 0;
export const ROLE_R = 1;
export const ROLE_M = 2;
export const ROLE_V = 3;
export const ROLE_O = 4;
export const ROLE_I = 5;
export const ROLE_D = 6;
export const ROLE_L = 7;

// immediate kinds and EVEX tuple types: the vocabulary's (re-exported for the table's readers)
export {
  IMM_NONE, IMM_8, IMM_16, IMM_32, IMM_64, IMM_8S, IMM_32S, IMM_ONE,
  TT_NONE, TT_FV, TT_HV, TT_FVM, TT_HVM, TT_QVM, TT_OVM, TT_T1S, TT_T1F, TT_T2, TT_T4, TT_T8, TT_M128, TT_DUP, conditionCodes,
} from "./vocabulary.ts";

/** One operand position of a form. */
export interface OpSpec {
  /** The token text, e.g. "r/m64", "xmm/m128". */
  readonly text: string;
  /** Register class bits accepted. */
  readonly rcls: number;
  /** Memory class bits accepted. */
  readonly mcls: number;
  /** High class bits accepted: memory, immediate categories and labels (operands.ts H_*). */
  readonly hcls: number;
  /** Immediate kind accepted (IMM_*), or IMM_NONE. */
  readonly imm: number;
  /** Relative target width in bits (8 or 32), or 0. */
  readonly rel: number;
  /** Where it is encoded (ROLE_*). */
  readonly role: number;
  /** Bytes of the immediate when role is ROLE_I or ROLE_D. */
  readonly immBytes: number;
  /** `{k}` allowed on this operand. */
  readonly maskOk: boolean;
  /** `{z}` allowed on this operand. */
  readonly zeroOk: boolean;
  /** Memory element size in bits for broadcasts / VSIB / T1S, else 0. */
  readonly elemBits: number;
  /** Operand width in bits for registers/memory (0 if not applicable): the first alternative's (`xmm/m32` → 128). */
  readonly bits: number;
  /** Width in bits of the token's sized memory alternative (`xmm/m32` → 32, `r/m64` → 64), 0 if none: an unsized memory operand has this size. */
  readonly memBits: number;
}

/** One encoding form: a parsed table row. */
export interface Form {
  readonly mnemonic: string;
  /** The row's form text with this mnemonic, e.g. "add r/m64, imm8s". */
  readonly text: string;
  readonly ops: readonly OpSpec[];
  readonly enc: number;
  /** Legacy prefix bytes written in the row (66, F2, F3), emitted before REX. */
  readonly prefixes: readonly number[];
  /** REX.W (legacy) or VEX/EVEX.W: 0, 1, or -1 for WIG. */
  readonly w: number;
  /** Opcode bytes after prefixes/REX (legacy: may include 0F, 0F 38 ...; VEX/EVEX: one byte). */
  readonly opcode: readonly number[];
  /** ModRM.reg digit (0–7), -1 for /r, -2 when there is no ModRM byte. */
  readonly digit: number;
  /** VEX/EVEX vector length: 0 (128), 1 (256), 2 (512), -1 LIG. */
  readonly l: number;
  /** VEX/EVEX pp: 0 none, 1 66, 2 F3, 3 F2. */
  readonly pp: number;
  /** VEX/EVEX map: 1 0F, 2 0F38, 3 0F3A. */
  readonly map: number;
  readonly tuple: number;
  /** CPU features the form needs, in cpu-features.ts's spelling (`avx512f`, `sse41`). */
  readonly features: readonly CpuFeature[];
  /** Operand size in bits for imm8s range checks (first GP/memory operand's width), 0 if none. */
  readonly opSize: number;
  readonly lock: boolean;
  readonly rep: boolean;
  readonly er: boolean;
  readonly sae: boolean;
  /** Store-form opcode used for reg-reg when only the r/m register is extended (llvm-mc's VEX2 swap), or -1. */
  readonly vex2rev: number;
  /** VEX pp for the swapped store form when it differs (`vex2rev=66.D6`: vmovq's load is F3 7E, its store 66 D6), or -1. */
  readonly vex2revPp: number;
  /** A genuine special case's name, or "". */
  readonly special: string;
  /** Fixed trailing imm8 value for forms like `cmpeqps` (imm = predicate), or -1. */
  readonly fixedImm: number;
  /** Flattened [rcls0, hcls0, rcls1, hcls1, ...] for the matcher's hot loop. */
  readonly cls: Int32Array;
  /** True when some operand accepts {k}/{z} decorations. */
  readonly decorated: boolean;
  /** The `{k}` mask is mandatory (EVEX gathers and scatters): row flag `kreq`. */
  readonly maskRequired: boolean;
  /** An implicit DS:[rSI] source whose segment a prefix may override (movs, lods, cmps): row flag `seg`. */
  readonly segOk: boolean;
  /**
   * The two sources commute (row flag `comm`, 1; `comm=cmp`, 2: only for the predicates (imm & 7) ∈ {0, 3, 4, 7}):
   * with registers, when only the r/m source needs VEX.B, they swap so a 2-byte VEX fits (llvm-mc ≥ 16). 0: never.
   */
  readonly commute: number;
  /** An unsized memory operand takes this form's size without ambiguity (row flag `defsize`: push/pop m64, as llvm-mc). */
  readonly defaultSize: boolean;
}

function immHigh(kind: number, opSize: number): number {
  switch (kind) {
    case IMM_8: return H_IMM8;
    case IMM_16: return H_IMM16;
    case IMM_32: return H_IMM32;
    case IMM_64: return H_IMM64;
    case IMM_32S: return H_IMM32S;
    case IMM_ONE: return H_ONE;
    case IMM_8S: return opSize === 16 ? H_IMM8S16 : opSize === 32 ? H_IMM8S32 : H_IMM8S64;
  }
  return 0;
}

class RowError extends Error {}

function gpBits(t: string): number {
  const m = /^(?:r|r\/m|m)(8|16|32|64)$/.exec(t);
  return m ? Number(m[1]) : 0;
}

interface TokenInfo { rcls: number; mcls: number; imm: number; rel: number; elemBits: number; bits: number; memBits: number; implicitOk: boolean }

function parseToken(tok: string): TokenInfo {
  const t: TokenInfo = { rcls: 0, mcls: 0, imm: IMM_NONE, rel: 0, elemBits: 0, bits: 0, memBits: 0, implicitOk: false };
  let alts: string[];
  if (tok.startsWith("r/m")) {
    const n = tok.slice(3).split("/")[0]!;
    alts = ["r" + n, "m" + n, ...tok.slice(3).split("/").slice(1)];
  } else alts = tok.split("/");
  for (const a of alts) {
    const m = TOKENS.get(tokenName(a.trim()));
    if (m === undefined) throw new RowError(`unknown operand token "${a.trim()}"`);
    t.rcls |= m.rcls;
    t.mcls |= m.mcls;
    if (m.imm !== IMM_NONE) t.imm = m.imm;
    if (m.rel !== 0) t.rel = m.rel;
    if (m.elemBits !== 0) t.elemBits = m.elemBits;
    if (m.implicit) { t.implicitOk = true; if (m.imm === IMM_NONE) t.bits = m.bits; }
    else t.bits ||= m.bits;
    if (m.memory) t.memBits ||= m.bits;
  }
  return t;
}

function hexByte(s: string): number {
  if (!/^[0-9A-Fa-f]{2}$/.test(s)) throw new RowError(`expected a hex byte, got "${s}"`);
  return parseInt(s, 16);
}

interface Parsed {
  enc: number; prefixes: number[]; w: number; opcode: number[]; digit: number; plus: string; immBytes: number[]; l: number; pp: number; map: number; is4: boolean;
}

function parseOpcode(text: string): Parsed {
  const p: Parsed = { enc: ENC_LEGACY, prefixes: [], w: 0, opcode: [], digit: -2, plus: "", immBytes: [], l: -1, pp: 0, map: 0, is4: false };
  const words = text.trim().split(/\s+/);
  let i = 0;
  const first = words[0] ?? "";
  if (first.startsWith("VEX.") || first.startsWith("EVEX.")) {
    p.enc = first.startsWith("VEX.") ? ENC_VEX : ENC_EVEX;
    p.w = -1;
    for (const f of first.split(".").slice(1)) {
      if (f === "NDS" || f === "NDD" || f === "DDS") continue;
      if (f === "128" || f === "L0" || f === "LZ") p.l = 0;
      else if (f === "256" || f === "L1") p.l = 1;
      else if (f === "512") p.l = 2;
      else if (f === "LIG") p.l = -1;
      else if (f === "66") p.pp = 1;
      else if (f === "F3") p.pp = 2;
      else if (f === "F2") p.pp = 3;
      else if (f === "0F") p.map = 1;
      else if (f === "0F38") p.map = 2;
      else if (f === "0F3A") p.map = 3;
      else if (f === "W0") p.w = 0;
      else if (f === "W1") p.w = 1;
      else if (f === "WIG") p.w = -1;
      else throw new RowError(`unknown ${p.enc === ENC_VEX ? "VEX" : "EVEX"} field "${f}"`);
    }
    if (p.map === 0) throw new RowError(`VEX/EVEX opcode needs a map (0F, 0F38, 0F3A)`);
    i = 1;
  }
  for (; i < words.length; i++) {
    const wd = words[i]!;
    if (wd === "REX.W") { p.w = 1; continue; }
    if (wd === "NP") continue;
    if (/^\/[0-7]$/.test(wd)) { p.digit = Number(wd[1]); continue; }
    if (wd === "/r") { p.digit = -1; continue; }
    if (wd === "/is4") { p.is4 = true; p.immBytes.push(1); continue; }
    if (wd === "ib" || wd === "cb") { p.immBytes.push(1); continue; }
    if (wd === "iw" || wd === "cw") { p.immBytes.push(2); continue; }
    if (wd === "id" || wd === "cd") { p.immBytes.push(4); continue; }
    if (wd === "io") { p.immBytes.push(8); continue; }
    const plus = /^([0-9A-Fa-f]{2})\+(rb|rw|rd|ro|cc|i)$/.exec(wd);
    if (plus) { p.opcode.push(hexByte(plus[1]!)); p.plus = plus[2]!; continue; }
    const b = hexByte(wd);
    if (p.enc === ENC_LEGACY && p.opcode.length === 0 && (b === 0x66 || b === 0xf2 || b === 0xf3) && !(words[i + 1] === undefined)) {
      // a prefix byte if more opcode follows it
      p.prefixes.push(b);
      continue;
    }
    p.opcode.push(b);
  }
  if (p.opcode.length === 0) throw new RowError(`no opcode byte in "${text}"`);
  return p;
}

function expandMnemonics(m: string): { name: string; cc: number }[] {
  const out: { name: string; cc: number }[] = [];
  for (const alt of m.split("/")) {
    if (alt.includes("cc")) {
      CONDITIONS.forEach((names, n) => { for (const s of names) out.push({ name: alt.replace("cc", s), cc: n }); });
    } else out.push({ name: alt, cc: -1 });
  }
  return out;
}

/**
 * Parse table rows into forms.
 * @param source rows in the README's notation, one per line
 * @param file name for error messages
 */
export function parseRows(source: string, file: string): Form[] {
  const forms: Form[] = [];
  const lines = source.split("\n");
  for (let ln = 0; ln < lines.length; ln++) {
    const line = lines[ln]!.trim();
    if (line === "" || line.startsWith("#")) continue;
    try {
      forms.push(...parseRow(line));
    } catch (e) {
      if (e instanceof RowError) throw new Error(`${file}:${ln + 1}: ${e.message}\n  ${line}`);
      throw e;
    }
  }
  return forms;
}

/** A table row not yet parsed: where it is, and the mnemonics it defines. */
export interface RowRef {
  readonly file: string;
  /** 1-based line number in its row file. */
  readonly line: number;
  readonly text: string;
}

/**
 * Index rows by mnemonic without parsing them (a cheap scan of each row's
 * first word, with `cc` and `a/b` expanded), in table order.
 */
export function indexRows(source: string, file: string, into: Map<string, RowRef[]>): void {
  const lines = source.split("\n");
  for (let ln = 0; ln < lines.length; ln++) {
    const text = lines[ln]!.trim();
    if (text === "" || text.charCodeAt(0) === 35 /* # */) continue;
    let end = 0;
    while (end < text.length && text[end] !== " " && text[end] !== "\t" && text[end] !== "|") end++;
    const ref: RowRef = { file, line: ln + 1, text };
    for (const { name } of expandMnemonics(text.slice(0, end).toLowerCase())) {
      let list = into.get(name);
      if (list === undefined) into.set(name, (list = []));
      if (list[list.length - 1] !== ref) list.push(ref);
    }
  }
}

/** Parse the rows of one mnemonic (from `indexRows`) into its forms, in order. */
export function parseMnemonic(mnemonic: string, rows: readonly RowRef[]): Form[] {
  const out: Form[] = [];
  for (const r of rows) {
    try {
      for (const f of parseRow(r.text)) if (f.mnemonic === mnemonic) out.push(f);
    } catch (e) {
      if (e instanceof RowError) throw new Error(`${r.file}:${r.line}: ${e.message}\n  ${r.text}`);
      throw e;
    }
  }
  return out;
}

function parseRow(line: string): Form[] {
  const cols = line.split("|").map((c) => c.trim());
  const [formText = "", openText = "", opcodeText = "", tupleText = "", featText = "", flagText = ""] = cols;
  const sp = formText.search(/\s/);
  const mnemonics = sp < 0 ? formText : formText.slice(0, sp);
  let opsText = sp < 0 ? "" : formText.slice(sp + 1).trim();
  // row flags from decorations
  let er = false, sae = false;
  if (/\{er\}/.test(opsText)) { er = true; opsText = opsText.replace(/\s*\{er\}/g, ""); }
  if (/\{sae\}/.test(opsText)) { sae = true; opsText = opsText.replace(/\s*,?\s*\{sae\}/g, ""); }
  const tokTexts = opsText === "" ? [] : opsText.split(",").map((s) => s.trim());
  const op = parseOpcode(opcodeText);
  const roles = openText === "ZO" || openText === "" ? [] : openText.split("");
  const flags = flagText.split(/\s+/).filter(Boolean);
  let vex2rev = -1, vex2revPp = -1, special = "", fixedImm = -1;
  let lock = false, rep = false, maskRequired = false, segOk = false, commute = 0, defaultSize = false;
  for (const f of flags) {
    if (f === "lock") lock = true;
    else if (f === "rep" || f === "repne") rep = true;
    else if (f.startsWith("vex2rev=")) {
      const v = f.slice(8).split(".");
      if (v.length === 2) vex2revPp = ({ "66": 1, F3: 2, F2: 3 } as Record<string, number>)[v[0]!] ?? -1;
      vex2rev = hexByte(v[v.length - 1]!);
    }
    else if (f.startsWith("special=")) special = f.slice(8);
    else if (f.startsWith("imm=")) fixedImm = Number(f.slice(4));
    else if (f === "nopref") { /* documented marker */ }
    else if (f === "kreq") maskRequired = true;
    else if (f === "seg") segOk = true;
    else if (f === "defsize") defaultSize = true;
    else if (f === "comm") commute = 1;
    else if (f === "comm=cmp") commute = 2;
    else throw new RowError(`unknown flag "${f}"`);
  }
  const evex = op.enc === ENC_EVEX;
  const ops: OpSpec[] = [];
  let roleIdx = 0;
  let immIdx = 0;
  let opSize = 0;
  for (let i = 0; i < tokTexts.length; i++) {
    let tt = tokTexts[i]!;
    let maskOk = false, zeroOk = false;
    if (tt.includes("{k}") || /\{k\d\}/.test(tt)) { maskOk = true; tt = tt.replace(/\s*\{k\d?\}/g, ""); }
    if (tt.includes("{z}")) { zeroOk = true; tt = tt.replace(/\s*\{z\}/g, ""); }
    const info = parseToken(tt);
    let rcls = info.rcls;
    // legacy and VEX forms cannot reach xmm16-31 / ymm16-31
    if (!evex) rcls &= ~(C_XMMX | C_YMMX);
    let role: number;
    const explicitCount = roles.length;
    const implicitsLeft = tokTexts.length - i;
    if (info.implicitOk && (roleIdx >= explicitCount || implicitsLeft > explicitCount - roleIdx)) {
      role = ROLE_IMPLICIT;
    } else {
      const letter = roles[roleIdx++];
      role = letter === "R" ? ROLE_R : letter === "M" ? ROLE_M : letter === "V" ? ROLE_V : letter === "O" ? ROLE_O : letter === "I" ? ROLE_I : letter === "D" ? ROLE_D : letter === "L" ? ROLE_L : -1;
      if (role < 0) throw new RowError(`op/en "${openText}" has no letter for operand ${i + 1} (${tt})`);
    }
    let immBytes = 0;
    if (role === ROLE_I || role === ROLE_D) {
      immBytes = op.immBytes[immIdx++] ?? 0;
      if (immBytes === 0) throw new RowError(`operand ${i + 1} is an immediate but the opcode has no ib/iw/id/io/cb/cd for it`);
    }
    if (role === ROLE_L) immIdx++;
    if (role === ROLE_IMPLICIT && info.imm === IMM_NONE && info.rcls === 0) throw new RowError(`operand ${i + 1} (${tt}) is not encoded by op/en "${openText}"`);
    if (opSize === 0 && (info.rcls & (C_R8 | C_R16 | C_R32 | C_R64 | C_AL | C_AX | C_EAX | C_RAX) || gpBits(tt))) opSize = info.bits;
    ops.push({ text: tokTexts[i]!, rcls, mcls: info.mcls, hcls: info.mcls | (info.rel ? H_LABEL : 0), imm: info.imm, rel: info.rel, role, immBytes, maskOk, zeroOk, elemBits: info.elemBits, bits: info.bits, memBits: info.memBits });
  }
  if (roleIdx !== roles.length) throw new RowError(`op/en "${openText}" names ${roles.length} operands but the form has ${roleIdx} explicit ones`);
  const tuple = tupleText === "" ? TT_NONE : TUPLE_NAMES.get(tupleText);
  if (tuple === undefined) throw new RowError(`unknown tuple type "${tupleText}"`);
  if (evex && tuple === TT_NONE && ops.some((o) => o.mcls !== 0)) throw new RowError(`EVEX row with a memory operand needs a tuple type`);
  // T1S on a VSIB or full-vector memory token (gathers/scatters, compress/expand):
  // the disp8 scale is the element size, given by W (W1: 64 bits, else 32).
  if (tuple === TT_T1S) {
    for (let i = 0; i < ops.length; i++) {
      const o = ops[i]!;
      if (o.mcls & (VSIB_X | VSIB_Y | VSIB_Z | M128 | M256 | M512)) ops[i] = { ...o, elemBits: op.w === 1 ? 64 : 32 };
    }
  }
  const features: CpuFeature[] = [];
  for (const name of featText.split(/\s+/).filter(Boolean)) {
    const c = cpuFeatureOf(name); // the one spelling: AVX512F → avx512f, SSE4_1 → sse41
    if (c === undefined) throw new RowError(`unknown CPU feature "${name}" (cpu-features.ts lists them)`);
    features.push(c);
  }
  const cls = new Int32Array(ops.length * 2);
  for (let i = 0; i < ops.length; i++) {
    const o = ops[i]!;
    (o as { hcls: number }).hcls |= immHigh(o.imm, opSize);
    cls[2 * i] = o.rcls;
    cls[2 * i + 1] = o.hcls;
  }
  const decorated = ops.some((o) => o.maskOk || o.zeroOk);
  const out: Form[] = [];
  for (const { name, cc } of expandMnemonics(mnemonics.toLowerCase())) {
    const opcode = op.opcode.slice();
    if (op.plus === "cc") opcode[opcode.length - 1]! += cc;
    out.push({
      mnemonic: name, text: `${name}${opsText ? " " + opsText : ""}`, ops, enc: op.enc, prefixes: op.prefixes, w: op.w, opcode,
      digit: op.digit, l: op.l, pp: op.pp, map: op.map, tuple, features, opSize, lock, rep, er, sae, vex2rev, vex2revPp, special, fixedImm, maskRequired, segOk, commute, defaultSize, cls, decorated,
    });
    if (op.plus !== "cc" && cc >= 0) throw new RowError(`mnemonic with cc needs an opcode with +cc`);
  }
  return out;
}
