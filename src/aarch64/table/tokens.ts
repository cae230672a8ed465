/**
 * tokens.ts — the operand-token vocabulary of the AArch64 rows: each token
 * written in a row's form (`<Xd|SP>`, `<Vm>.<Ts>[<hlm>]`, `#<aimm>`,
 * `[<Xn|SP>, #<simm9>]!`, `<label19>` ...) is turned into its operand kind
 * and parameters. This is the single place that knows the token spellings;
 * table/README.md documents them. Field locations are resolved per row by
 * schema.ts.
 */
import { ARRANGEMENTS, K_SP, K_W, K_WSP, K_WZR, K_X, K_XZR } from "../registers.ts";
import type { OperandKind, TokenInfo } from "./kind.ts";
import { aimm, bitfield, cmodeMod, extendMod, extIndex, fbits, fpimm, limm, literal, lslMod, mask64, movImm, shiftMod, uimm, vshift } from "./kinds-imm.ts";
import { FIX_ADR, FIX_ADRP, FIX_B14, FIX_B19, FIX_B26, label, memOff, memPost, memPostReg, memPre, memReg, OFF_LIST, OFF_LISTR, OFF_NONE, OFF_PIMM, OFF_SIMM7, OFF_SIMM9 } from "./kinds-mem.ts";
import { barrier, cond, dcop, icopNone, icopReg, isbOpt, prfop, sysreg } from "./kinds-name.ts";
import { elem, fpScalar, fpScalarVar, gp, gpPair, IDX_FIXED1, IDX_HLM, IDX_IMM4, IDX_IMM5, info, lanelist, vec, vlist } from "./kinds-reg.ts";
import type { VarName } from "./schemes.ts";

const REG_FIELD: Record<string, string> = { d: "Rd", n: "Rn", m: "Rm", a: "Ra", t: "Rt", t2: "Rt2", s: "Rs" };
const SCALAR = "BHSDQ";
const ARR_UP = ARRANGEMENTS.map((a) => a.toUpperCase());

/** `#<name>` immediates: kind, field, p, p2. */
const IMMEDIATES: Record<string, [OperandKind, string, number, number?]> = {
  imm12: [uimm, "imm12", 4095],
  aimm: [aimm, "", 0],
  naimm: [aimm, "", 1],
  limm: [limm, "", 0],
  nlimm: [limm, "", 1],
  movz: [movImm, "", 0],
  movn: [movImm, "", 1],
  imm16: [uimm, "imm16", 65535],
  immr: [uimm, "immr", -1],
  imms: [uimm, "imms", -1],
  shr: [uimm, "immr", -1],
  extrlsb: [uimm, "imms", -1],
  lslgp: [bitfield, "", 0],
  lsbx: [bitfield, "", 1],
  widthx: [bitfield, "", 2],
  lsbz: [bitfield, "", 3],
  widthz: [bitfield, "", 4],
  nzcv: [uimm, "nzcv", 15],
  uimm5: [uimm, "imm5", 31],
  tbitw: [uimm, "b40", 31],
  tbitx: [uimm, "b5:b40", 63],
  hint: [uimm, "hint", 127],
  crm: [uimm, "CRm", 15],
  fbits: [fbits, "", 0],
  fpimm: [fpimm, "imm8", 0],
  fpimmv: [fpimm, "abc:defgh", 0],
  imm8v: [uimm, "abc:defgh", 255],
  mask64: [mask64, "", 0],
  shrv: [vshift, "", 0],
  shlv: [vshift, "", 1],
  esize: [literal, "", -1],
  extidx: [extIndex, "", 0],
};

/** Named modifier and operand tokens `<name>`. */
const NAMED: Record<string, [OperandKind, string, number, number?]> = {
  shift: [shiftMod, "", 0b111],
  lshift: [shiftMod, "", 0b1111],
  lsl12: [lslMod, "", 0],
  hw: [lslMod, "", 1],
  extw: [extendMod, "", 0x77, 0],
  extx: [extendMod, "", (1 << 3) | (1 << 7) | 256, 3],
  ext32: [extendMod, "", 0xff | 256, 2],
  lslh: [cmodeMod, "", 0b1000, 0],
  lsls: [cmodeMod, "", 0, 1],
  lslh1: [cmodeMod, "", 0b1001, 0],
  lsls1: [cmodeMod, "", 0b0001, 1],
  msl: [cmodeMod, "", 0b1100, 2],
  cond: [cond, "", 0],
  invcond: [cond, "", 1],
  barrier: [barrier, "", 0],
  isbopt: [isbOpt, "", 0],
  prfop: [prfop, "", 0],
  sysreg_r: [sysreg, "", 0],
  sysreg_w: [sysreg, "", 1],
  dcop: [dcop, "", 0],
  icop: [icopReg, "", 0],
  icopn: [icopNone, "", 0],
  label26: [label, "", FIX_B26],
  label19: [label, "", FIX_B19],
  label14: [label, "", FIX_B14],
  label21: [label, "", FIX_ADR],
  page21: [label, "", FIX_ADRP],
};

function offsetOf(spec: string, where: string): [number, number] {
  if (spec === "" || spec === "#0") return [OFF_NONE, 1];
  let m = /^#<pimm(\d+)>$/.exec(spec);
  if (m) return [OFF_PIMM, Number(m[1])];
  if (spec === "#<simm9>") return [OFF_SIMM9, 1];
  m = /^#<simm7x(\d+)>$/.exec(spec);
  if (m) return [OFF_SIMM7, Number(m[1])];
  if (spec === "#<list>") return [OFF_LIST, 1];
  if (spec === "#<listr>") return [OFF_LISTR, 1];
  throw new Error(`${where}: unknown memory offset "${spec}"`);
}

function listItem(s: string, where: string): { field: string; v: VarName | null; arr: number } {
  const m = /^<V([tn])(\d|\+\d)?>\.(?:<(T|Ta|Tb)>|(\w+))$/.exec(s);
  if (m === null) throw new Error(`${where}: bad list element "${s}"`);
  const arr = m[4] === undefined ? -1 : ARR_UP.indexOf(m[4]);
  if (m[4] !== undefined && arr < 0) throw new Error(`${where}: bad arrangement in "${s}"`);
  return { field: m[1] === "t" ? "Rt" : "Rn", v: (m[3] as VarName | undefined) ?? null, arr };
}

/**
 * The operand kind and parameters of one row token.
 * @throws Error for an unknown token (a table bug, found when the table loads)
 */
export function parseToken(tok: string, where: string): TokenInfo {
  let m: RegExpExecArray | null;
  // general-purpose registers
  if ((m = /^<([WX])(d|n|m|a|t|t2|s)(\|W?SP)?>$/.exec(tok))) {
    const x = m[1] === "X";
    const cls = x ? K_X | (m[3] ? K_SP : K_XZR) : K_W | (m[3] ? K_WSP : K_WZR);
    return info(gp, REG_FIELD[m[2]!]!, null, cls);
  }
  if ((m = /^<([WX])\((s|t)\+1\)>$/.exec(tok))) return info(gpPair, "", null, m[1] === "X" ? K_X | K_XZR : K_W | K_WZR);
  // scalar SIMD&FP
  if ((m = /^<([BHSDQ])(d|n|m|a|t|t2)>$/.exec(tok))) return info(fpScalar, REG_FIELD[m[2]!]!, null, SCALAR.indexOf(m[1]!));
  if ((m = /^<(V|Va|Vb)><(d|n|m|a|t)>$/.exec(tok))) return info(fpScalarVar, REG_FIELD[m[2]!]!, m[1] as VarName, 0);
  // vectors and elements
  if ((m = /^<V(d|n|m|t)>\.<(T|Ta|Tb)>$/.exec(tok))) return info(vec, REG_FIELD[m[1]!]!, m[2] as VarName, 0);
  if ((m = /^<V(d|n|m|t)>\.(\w+)$/.exec(tok)) && ARR_UP.includes(m[2]!)) return info(vec, REG_FIELD[m[1]!]!, null, ARR_UP.indexOf(m[2]!));
  if ((m = /^<V(d|n|m)>\.(?:<Ts>|([BHSD]))\[(?:<(hlm|imm5|imm4)>|(1))\]$/.exec(tok))) {
    const idx = m[4] === "1" ? IDX_FIXED1 : m[3] === "hlm" ? IDX_HLM : m[3] === "imm5" ? IDX_IMM5 : IDX_IMM4;
    return info(elem, REG_FIELD[m[1]!]!, m[2] === undefined ? "Ts" : null, m[2] === undefined ? 0 : SCALAR.indexOf(m[2]), idx);
  }
  // register lists and lane lists
  if ((m = /^\{ (.+) \}\[<index>\]$/.exec(tok))) {
    const items = m[1]!.split(", ");
    const e = /^<Vt\d?>\.([BHSD])$/.exec(items[0]!);
    if (e === null) throw new Error(`${where}: bad lane list "${tok}"`);
    return info(lanelist, "Rt", null, SCALAR.indexOf(e[1]!), items.length);
  }
  if ((m = /^\{ (.+) \}$/.exec(tok))) {
    const items = m[1]!.split(", ").map((s) => listItem(s, where));
    return info(vlist, items[0]!.field, items[0]!.v, items[0]!.arr, items.length);
  }
  // memory
  if ((m = /^\[<Xn\|SP>(?:\{, (#[^}]*)\})?\]$/.exec(tok))) {
    const [p, p2] = offsetOf(m[1] ?? "", where);
    return info(memOff, "", null, p, p2);
  }
  if ((m = /^\[<Xn\|SP>, (#<[^>]+>)\]!$/.exec(tok))) {
    const [p, p2] = offsetOf(m[1]!, where);
    return info(memPre, "", null, p, p2);
  }
  if ((m = /^\[<Xn\|SP>\], (#<[^>]+>)$/.exec(tok))) {
    const [p, p2] = offsetOf(m[1]!, where);
    return info(memPost, "", null, p, p2);
  }
  if (tok === "[<Xn|SP>], <Xm>") return info(memPostReg, "", null, 0);
  if ((m = /^\[<Xn\|SP>, <Rm>\{, <ext:(\d)>\}\]$/.exec(tok))) return info(memReg, "", null, 0, Number(m[1]));
  // immediates
  if ((m = /^#<(\w+)>$/.exec(tok))) {
    const d = IMMEDIATES[m[1]!];
    if (d === undefined) throw new Error(`${where}: unknown immediate token "${tok}"`);
    return info(d[0], d[1], null, d[2], d[3] ?? 0);
  }
  if ((m = /^#(\d+)(?:\.0)?$/.exec(tok))) return info(literal, "", null, Number(m[1]));
  if ((m = /^<(\w+)>$/.exec(tok))) {
    const d = NAMED[m[1]!];
    if (d !== undefined) return info(d[0], d[1], null, d[2], d[3] ?? 0);
  }
  throw new Error(`${where}: unknown operand token "${tok}"`);
}
