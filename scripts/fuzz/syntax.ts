/**
 * syntax.ts — fuzz shapes the instruction table does not describe but Intel
 * syntax has: string instructions with explicit operands (`movs byte ptr
 * es:[rdi], byte ptr fs:[rsi]`, cmps, lods, stos, scas, ins, outs, xlat) with
 * segment overrides on either side, 32-bit address registers and rep
 * prefixes. Text only: the builder writes these as `movsb` + a prefix.
 */
import type { Case, SegName } from "./model.ts";
import { PLAIN } from "./model.ts";
import type { Rng } from "./rng.ts";

const SEGS: (SegName | "")[] = ["", "", "", "es", "cs", "ss", "ds", "fs", "gs"];
const SUFFIX: Record<number, string> = { 8: "b", 16: "w", 32: "d", 64: "q" };
const SIZE: Record<number, string> = { 8: "byte", 16: "word", 32: "dword", 64: "qword" };
const ACC: Record<number, string> = { 8: "al", 16: "ax", 32: "eax", 64: "rax" };

function m(r: Rng, bits: number, reg: string, seg: SegName | "", addr32: boolean): string {
  const base = addr32 ? "e" + reg.slice(1) : reg;
  const size = r.chance(0.85) ? `${SIZE[bits]} ptr ` : "";
  return `${size}${seg ? seg + ":" : ""}[${base}]`;
}

/** A random string instruction with explicit operands. */
export function stringCase(r: Rng): Case {
  const bits = r.pick([8, 16, 32, 64]);
  const op = r.pick(["movs", "cmps", "lods", "stos", "scas", "ins", "outs", "xlat"]);
  const a32 = r.chance(0.15);
  const srcSeg = r.pick(SEGS);
  const dstSeg: SegName | "" = r.chance(0.85) ? (r.chance(0.7) ? "" : "es") : r.pick(SEGS);
  const suffixed = r.chance(0.4) && op !== "xlat";
  const name = suffixed ? op + SUFFIX[bits] : op;
  let ops: string[];
  const wrongReg = r.chance(0.03);
  const si = wrongReg ? "rbx" : "rsi", di = wrongReg ? "rax" : "rdi";
  switch (op) {
    case "movs": ops = [m(r, bits, di, dstSeg, a32), m(r, bits, si, srcSeg, a32)]; break;
    case "cmps": ops = [m(r, bits, si, srcSeg, a32), m(r, bits, di, dstSeg, a32)]; break;
    case "lods": ops = [ACC[bits]!, m(r, bits, si, srcSeg, a32)]; break;
    case "stos": ops = [m(r, bits, di, dstSeg, a32), ACC[bits]!]; break;
    case "scas": ops = [ACC[bits]!, m(r, bits, di, dstSeg, a32)]; break;
    case "ins": ops = [m(r, Math.min(bits, 32), di, dstSeg, a32), "dx"]; break;
    case "outs": ops = ["dx", m(r, Math.min(bits, 32), si, srcSeg, a32)]; break;
    default: ops = [m(r, 8, "rbx", srcSeg, a32)]; break;
  }
  if (r.chance(0.1) && ops.length > 1) ops = [ops[1]!];
  const pre = r.chance(0.3) ? r.pick(["rep", "repe", "repne", "lock"]) + " " : "";
  return { prefixes: [], mnemonic: name, ops: [], style: PLAIN, family: `syntax:${op}`, raw: `${pre}${name} ${ops.join(", ")}` };
}
