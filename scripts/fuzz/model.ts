/**
 * model.ts — one fuzz case as data (prefixes, mnemonic, operands), and its
 * two text renderings: Intel syntax as llvm-mc and GNU as read it (with a few
 * spelling variations both accept), and the builder description of
 * test/encode/golden-format.ts (for regression vectors). The builder call
 * itself is made in builder.ts; the random choices in gen.ts.
 */

export type SegName = "es" | "cs" | "ss" | "ds" | "fs" | "gs";

export interface RegOp {
  k: "reg";
  name: string;
  /** Opmask 1–7, 0 none; -1 writes `{k0}` (invalid on purpose). */
  mask: number;
  zero: boolean;
}
export interface MemOp {
  k: "mem";
  /** Size keyword in bits, 0 for none. */
  bits: number;
  seg: SegName | "";
  base: string;
  index: string;
  scale: number;
  disp: bigint;
  /** {1toN} count, 0 none. */
  bcst: number;
  /** Opmask on a memory destination, 0 none. */
  mask: number;
}
export interface ImmOp {
  k: "imm";
  v: bigint;
}
export interface RcOp {
  k: "rc";
  /** "rn-sae" | "rd-sae" | "ru-sae" | "rz-sae" | "sae" */
  name: string;
}
export type Op = RegOp | MemOp | ImmOp | RcOp;

/** Spelling choices that must not change the bytes (both judges accept each). */
export interface Style {
  upper: boolean;
  /** Write the index before the base: `[4*rcx + rax]`. */
  indexFirst: boolean;
  /** `rcx*4` instead of `4*rcx`. */
  scaleAfter: boolean;
  /** Write `*1` for scale 1. */
  scaleOne: boolean;
  hexDisp: boolean;
  hexImm: boolean;
  tight: boolean;
}
export const PLAIN: Style = { upper: false, indexFirst: false, scaleAfter: false, scaleOne: false, hexDisp: false, hexImm: false, tight: false };

export interface Case {
  prefixes: string[];
  mnemonic: string;
  ops: Op[];
  /** Where the rounding operand goes in Intel text (index into ops before which it is written); builder: last. */
  style: Style;
  /** Family for the coverage table (the mnemonic, or "soup"/"mutant"/"syntax:<what>"). */
  family: string;
  /** The builder cannot express this case by design (e.g. an unsized broadcast): text only. */
  textOnly?: boolean;
  /** Raw text (mutated / soup cases): rendered as is, no builder. */
  raw?: string;
}

const SIZE_NAME: Record<number, string> = { 8: "byte", 16: "word", 32: "dword", 64: "qword", 80: "tbyte", 128: "xmmword", 256: "ymmword", 512: "zmmword" };
export function sizeKeyword(bits: number): string {
  return SIZE_NAME[bits] ?? "";
}

function num(v: bigint, hex: boolean): string {
  if (!hex) return v.toString();
  return v < 0n ? `-0x${(-v).toString(16)}` : `0x${v.toString(16)}`;
}

function addrText(m: MemOp, st: Style): string {
  const sp = st.tight ? "" : " ";
  const terms: string[] = [];
  // an index with no base keeps its `1*` (a bare register would be read as the base)
  // (and when it is written first: `[r9 + r11]` makes r9 the base)
  const idx = m.index === "" ? "" : m.scale === 1 && !st.scaleOne && m.base !== "" && !st.indexFirst ? m.index : st.scaleAfter ? `${m.index}*${m.scale}` : `${m.scale}*${m.index}`;
  if (st.indexFirst) {
    if (idx) terms.push(idx);
    if (m.base) terms.push(m.base);
  } else {
    if (m.base) terms.push(m.base);
    if (idx) terms.push(idx);
  }
  let s = terms.join(`${sp}+${sp}`);
  if (terms.length === 0) s = num(m.disp, st.hexDisp || m.disp > 0xffffn || m.disp < -0xffffn);
  else if (m.disp > 0n) s += `${sp}+${sp}${num(m.disp, st.hexDisp)}`;
  else if (m.disp < 0n) s += `${sp}-${sp}${num(-m.disp, st.hexDisp)}`;
  return `[${s}]`;
}

export function opText(o: Op, st: Style): string {
  switch (o.k) {
    case "reg":
      return o.name + (o.mask > 0 ? ` {k${o.mask}}` : o.mask < 0 ? " {k0}" : "") + (o.zero ? " {z}" : "");
    case "imm":
      return num(o.v, st.hexImm);
    case "rc":
      return `{${o.name}}`;
    case "mem": {
      const size = o.bits ? `${sizeKeyword(o.bits)} ptr ` : "";
      const seg = o.seg ? `${o.seg}:` : "";
      return `${size}${seg}${addrText(o, st)}${o.bcst ? `{1to${o.bcst}}` : ""}${o.mask ? ` {k${o.mask}}` : ""}`;
    }
  }
}

/**
 * The Intel text of a case. A rounding operand stays where the case put it
 * (gen.ts places it as llvm-mc expects: after the last vector register).
 */
export function caseText(c: Case): string {
  if (c.raw !== undefined) return c.raw;
  const ops = c.ops.map((o) => opText(o, c.style));
  const s = `${c.prefixes.length ? c.prefixes.join(" ") + " " : ""}${c.mnemonic}${ops.length ? " " + ops.join(", ") : ""}`;
  return c.style.upper ? s.toUpperCase().replace(/\{K(\d)\}/g, "{k$1}").replace(/\{Z\}/g, "{z}").replace(/\{1TO(\d+)\}/g, "{1to$1}").replace(/\{(R[NDUZ]-SAE|SAE)\}/g, (x) => x.toLowerCase()).replace(/0X/g, "0x") : s;
}

/** The builder description (test/encode/golden-format.ts grammar); null when the builder cannot express the case. */
export function caseDesc(c: Case): string | null {
  if (c.raw !== undefined || c.textOnly) return null;
  if (c.prefixes.length > 1) return null;
  const pre = c.prefixes[0] ?? "";
  if (pre !== "" && pre !== "lock" && pre !== "rep" && pre !== "repne") return null;
  const ops = [...c.ops.filter((o) => o.k !== "rc"), ...c.ops.filter((o) => o.k === "rc")];
  const out: string[] = [];
  for (const o of ops) {
    switch (o.k) {
      case "reg":
        if (o.mask < 0) return null;
        out.push(o.name + (o.mask ? `{k${o.mask}}` : "") + (o.zero ? "{z}" : ""));
        break;
      case "imm":
        out.push("$" + o.v.toString());
        break;
      case "rc":
        out.push(`{${o.name}}`);
        break;
      case "mem": {
        const swap = o.scale === 1 && o.base !== "" && (o.index === "rsp" || o.index === "esp") && !c.style.scaleOne && !c.style.indexFirst;
        const f = swap ? [o.index, o.base, "1", o.disp.toString()] : [o.base || "_", o.index || "_", String(o.scale), o.disp.toString()];
        if (o.seg) f.push(o.seg);
        if (o.bcst) f.push(`bcst${o.bcst}`);
        if (o.mask) f.push(`k${o.mask}`);
        out.push(`m${o.bits}(${f.join(",")})`);
        break;
      }
    }
  }
  return `${pre ? pre + " " : ""}${c.mnemonic}${out.length ? " " + out.join(" ") : ""}`;
}
