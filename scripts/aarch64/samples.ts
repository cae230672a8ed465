/**
 * samples.ts — representative operands for every AArch64 operand kind, each
 * rendered twice: as llvm-mc text (`[x1, #8]!`) and as a builder
 * description token (`[x1,#8]!`, read by test/aarch64/golden-format.ts).
 * Shared by the golden generator and the differential fuzzer. Boundary
 * values first (register 0 / 30 / 31 as zr or sp, immediate minima and
 * maxima, every shift and extend), then seeded random picks.
 */
import { ARRANGEMENTS, ELEM_NAMES, K_SP, K_W, K_WSP, K_WZR, K_X, K_XZR } from "../../src/aarch64/registers.ts";
import { CONDITIONS, EXTEND_NAMES, SHIFT_NAMES } from "../../src/aarch64/operands.ts";
import { decodeLogical, expandFp8 } from "../../src/aarch64/immediates.ts";
import type { OpSpec } from "../../src/aarch64/table/kind.ts";
import { OFF_LIST, OFF_LISTR, OFF_NONE, OFF_PIMM, OFF_SIMM7, OFF_SIMM9 } from "../../src/aarch64/table/kinds-mem.ts";
import { BARRIERS, DC_OPS, IC_OPS, IC_OPS_REG, PRFOPS, SYSREGS_RO, SYSREGS_RW } from "../../src/aarch64/table/kinds-name.ts";
import { IDX_FIXED1, IDX_HLM } from "../../src/aarch64/table/kinds-reg.ts";
import type { Variant } from "../../src/aarch64/table/schemes.ts";

/** One operand in both renderings. */
export interface Sample {
  text: string;
  desc: string;
}
/** State shared by the operands of one instruction while they are picked. */
export interface PickState {
  variant: Variant | null;
  datasize: number;
  lsb: number;
  listBytes: number;
  listCount: number;
  /** Register numbers picked so far (for pairs). */
  prevNum: number;
  /** Force the next GP register to be even (the first of a casp pair). */
  even: boolean;
}

const same = (s: string): Sample => ({ text: s, desc: s });
const imm = (v: number | bigint, text = String(v)): Sample => ({ text: `#${text}`, desc: `$${typeof v === "bigint" ? `${v}n` : String(v)}` });
const hex = (v: bigint) => `0x${v.toString(16)}`;

function gpName(cls: number, num: number): string {
  if (num === 31) {
    if ((cls & K_XZR) !== 0) return "xzr";
    if ((cls & K_SP) !== 0) return "sp";
    if ((cls & K_WZR) !== 0) return "wzr";
    if ((cls & K_WSP) !== 0) return "wsp";
  }
  return `${(cls & (K_X | K_XZR | K_SP)) !== 0 ? "x" : "w"}${num}`;
}
function scalarIndex(spec: OpSpec, v: Variant | null): number {
  return spec.v === null ? spec.p : v![spec.v];
}
function arrOf(spec: OpSpec, v: Variant | null): number {
  return spec.v === null ? spec.p : v![spec.v];
}

/**
 * The k-th sample of an operand (k ≥ the boundary list length: a random pick from `r`).
 * Returns null when the kind cannot be sampled on its own (labels).
 */
export function sample(spec: OpSpec, st: PickState, k: number, r: () => number): Sample | null {
  const ri = (n: number) => Math.floor(r() * n);
  const pick = <T>(list: readonly T[]): T => (k < list.length ? list[k]! : list[ri(list.length)]!);
  const ds = st.datasize;
  const v = st.variant;
  switch (spec.kind.name) {
    case "gp": {
      let n = pick([0, 30, 31, 1 + ri(29), ri(31)]);
      if (st.even) n = (n & ~1) % 30;
      if (n === 31 && (spec.p & (K_XZR | K_SP | K_WZR | K_WSP)) === 0) n = 0;
      st.prevNum = n;
      return same(gpName(spec.p, n));
    }
    case "gpPair":
      return same(gpName(spec.p, st.prevNum + 1));
    case "fpScalar":
    case "fpScalarVar":
      return same(`${ELEM_NAMES[scalarIndex(spec, v)]}${pick([0, 31, ri(32)])}`);
    case "vec":
      return same(`v${pick([0, 31, ri(32)])}.${ARRANGEMENTS[arrOf(spec, v)]}`);
    case "elem": {
      const size = scalarIndex(spec, v);
      const lanes = 16 >> size;
      const maxReg = spec.p2 === IDX_HLM && size === 1 ? 16 : 32;
      const reg = pick([0, maxReg - 1, ri(maxReg)]);
      const idx = spec.p2 === IDX_FIXED1 ? 1 : pick([lanes - 1, 0, ri(lanes)]);
      return same(`v${reg}.${ELEM_NAMES[size]}[${idx}]`);
    }
    case "vlist": {
      const arr = arrOf(spec, v), n = spec.p2;
      const first = pick([0, 31, ri(32)]);
      const regs = Array.from({ length: n }, (_, i) => `v${(first + i) % 32}.${ARRANGEMENTS[arr]}`);
      st.listCount = n;
      st.listBytes = n * (arr % 2 === 1 || arr === 8 ? 16 : 8);
      return { text: `{ ${regs.join(", ")} }`, desc: `{${regs.join(",")}}` };
    }
    case "lanelist": {
      const size = spec.p, n = spec.p2, lanes = 16 >> size;
      const first = pick([0, 31, ri(32)]);
      const idx = pick([lanes - 1, 0, ri(lanes)]);
      const names = Array.from({ length: n }, (_, i) => `v${(first + i) % 32}.${ELEM_NAMES[size]}`);
      st.listCount = n;
      st.listBytes = n << size;
      return { text: `{ ${names.join(", ")} }[${idx}]`, desc: `{${names.map((s) => `${s}[${idx}]`).join(",")}}` };
    }
    case "uimm": {
      const max = spec.p < 0 ? ds - 1 : spec.p;
      return imm(pick([0, max, 1, ri(max + 1)]));
    }
    case "aimm":
      if (spec.p === 1) return imm(-pick([1, 4095, 4096, 4095 * 4096, 1 + ri(4095), 4096 * (1 + ri(4095))]));
      return imm(pick([0, 4095, 4096, 4095 * 4096, ri(4096), 4096 * ri(4096)]));
    case "limm": {
      const bits = ds as 32 | 64;
      for (;;) {
        const enc = k === 0 ? (bits === 64 ? 0x1000 : 0) : ri(1 << 13) & (bits === 64 ? 0x1fff : 0xfff);
        const val = decodeLogical(enc, bits);
        if (val === null) continue;
        const out = spec.p === 1 ? ~val & (bits === 64 ? 0xffffffffffffffffn : 0xffffffffn) : val;
        return { text: `#${hex(out)}`, desc: `$${out}n` };
      }
    }
    case "movImm": {
      const bits = ds as 32 | 64;
      const hw = ri(bits / 16);
      let val = BigInt(pick([0, 0xffff, 1 + ri(0xffff)])) << BigInt(k < 3 ? 0 : hw * 16);
      if (k === 3) val = 0xffffn << BigInt(bits - 16);
      if (spec.p === 1) val = ~val & (bits === 64 ? 0xffffffffffffffffn : 0xffffffffn);
      return { text: `#${hex(val)}`, desc: `$${val}n` };
    }
    case "bitfield": {
      switch (spec.p) {
        case 0:
          return imm(pick([0, ds - 1, 1, ri(ds)]));
        case 1:
        case 3:
          return imm((st.lsb = pick([0, ds - 1, ri(ds)])));
        default:
          return imm(pick([1, ds - st.lsb, 1 + ri(ds - st.lsb)]));
      }
    }
    case "fbits":
      return imm(pick([1, ds, 1 + ri(ds)]));
    case "fpimm": {
      const enc = pick([0x70, 0x78, 0xc0, 0x3f, 0x40, ri(256)]);
      const x = expandFp8(enc);
      return { text: `#${Number.isInteger(x) ? x.toFixed(1) : String(x)}`, desc: `$${x}` };
    }
    case "mask64": {
      let val = 0n;
      const m = pick([0, 0xff, 0xaa, ri(256)]);
      for (let i = 0; i < 8; i++) if ((m >> i) & 1) val |= 0xffn << BigInt(8 * i);
      return { text: `#${hex(val)}`, desc: `$${val}n` };
    }
    case "vshift": {
      const e = v!.esize;
      return imm(spec.p === 0 ? pick([1, e, 1 + ri(e)]) : pick([0, e - 1, ri(e)]));
    }
    case "literal": {
      const val = spec.p < 0 ? v!.esize : spec.p;
      return spec.token.endsWith(".0") ? { text: "#0.0", desc: "$0" } : imm(val);
    }
    case "extIndex":
      return imm(pick([0, v!.T === 0 ? 7 : 15, ri(v!.T === 0 ? 8 : 16)]));
    case "shift": {
      const kinds = SHIFT_NAMES.filter((_, i) => (spec.p & (1 << i)) !== 0);
      const kind = kinds[k % kinds.length]!;
      const amt = pick([0, ds - 1, ri(ds)]);
      return { text: `${kind} #${amt}`, desc: `${kind}#${amt}` };
    }
    case "lsl": {
      const amt = spec.p === 0 ? pick([0, 12]) : 16 * ri(ds / 16);
      return { text: `lsl #${amt}`, desc: `lsl#${amt}` };
    }
    case "extend": {
      const kinds: string[] = EXTEND_NAMES.filter((_, i) => i < 8 && (spec.p & (1 << i)) !== 0);
      if ((spec.p & 256) !== 0) kinds.push("lsl");
      const kind = kinds[k % kinds.length]!;
      const amt = kind === "lsl" ? ri(5) : pick([-1, 0, 4, ri(5)]);
      return amt < 0 ? same(kind) : { text: `${kind} #${amt}`, desc: `${kind}#${amt}` };
    }
    case "cmode": {
      const kind = spec.p2 === 2 ? "msl" : "lsl";
      const amt = spec.p2 === 0 ? pick([0, 8]) : spec.p2 === 1 ? pick([0, 8, 16, 24]) : pick([8, 16]);
      return { text: `${kind} #${amt}`, desc: `${kind}#${amt}` };
    }
    case "cond": {
      const names = [...CONDITIONS.slice(0, spec.p === 1 ? 14 : 16), "hs", "lo"];
      const c = pick(names);
      return { text: c, desc: `@${c}` };
    }
    case "barrier":
    case "isbOpt":
    case "prfop":
    case "dcop":
    case "icop":
    case "icopNone":
    case "sysreg": {
      const table = spec.kind.name === "barrier" ? BARRIERS : spec.kind.name === "isbOpt" ? { sy: 15 } : spec.kind.name === "prfop" ? PRFOPS
        : spec.kind.name === "dcop" ? DC_OPS : spec.kind.name === "icop" ? IC_OPS_REG : spec.kind.name === "icopNone" ? IC_OPS
          : spec.p === 0 ? { ...SYSREGS_RW, ...SYSREGS_RO } : SYSREGS_RW;
      const names = Object.keys(table);
      const numeric = spec.kind.name === "barrier" || spec.kind.name === "isbOpt" ? 15 : spec.kind.name === "prfop" ? 31 : -1;
      if (numeric >= 0 && k >= names.length && r() < 0.5) return imm(ri(numeric + 1));
      const n = pick(names);
      return { text: n, desc: `@${n}` };
    }
    case "memOff":
    case "memPre":
    case "memPost": {
      const base = gpName(K_X | K_SP, pick([0, 31, 30, ri(31)]));
      let off = 0;
      const scale = spec.p2;
      switch (spec.p) {
        case OFF_NONE: off = 0; break;
        case OFF_PIMM: off = scale * pick([0, 1, 4095, ri(4096)]); break;
        case OFF_SIMM9: off = pick([-256, 255, 0, -1, ri(512) - 256]); break;
        case OFF_SIMM7: off = scale * pick([-64, 63, 0, ri(128) - 64]); break;
        case OFF_LIST: off = st.listBytes; break;
        case OFF_LISTR: off = (st.listCount * v!.esize) / 8; break;
      }
      if (spec.kind.name === "memOff") {
        const noOff = off === 0 && (spec.p === OFF_NONE || k % 2 === 0);
        return noOff ? { text: `[${base}]`, desc: `[${base}]` } : { text: `[${base}, #${off}]`, desc: `[${base},#${off}]` };
      }
      if (spec.kind.name === "memPre") return { text: `[${base}, #${off}]!`, desc: `[${base},#${off}]!` };
      return { text: `[${base}], #${off}`, desc: `[${base}],#${off}` };
    }
    case "memPostReg": {
      const base = gpName(K_X | K_SP, pick([0, 31, ri(31)]));
      const ix = `x${pick([0, 30, ri(31)])}`;
      return { text: `[${base}], ${ix}`, desc: `[${base}],${ix}` };
    }
    case "memReg": {
      const base = gpName(K_X | K_SP, pick([0, 31, ri(31)]));
      const w = k % 2 === 1;
      const ixn = pick([0, 31, 30, ri(31)]);
      const ix = w ? gpName(K_W | K_WZR, ixn) : gpName(K_X | K_XZR, ixn);
      const exts = w ? ["uxtw", "sxtw"] : ["", "lsl", "sxtx"];
      const ext = exts[ri(exts.length)]!;
      const amts = ext === "lsl" ? [0, spec.p2] : [-1, 0, spec.p2];
      const amt = amts[ri(amts.length)]!;
      const tail = ext === "" ? "" : amt < 0 ? `, ${ext}` : `, ${ext} #${amt}`;
      return { text: `[${base}, ${ix}${tail}]`, desc: `[${base},${ix}${tail.replaceAll(" ", "")}]` };
    }
    default:
      return null;
  }
}

/** Picking state for a form's variant. */
export function newPickState(variant: Variant | null, datasize: number): PickState {
  return { variant, datasize, lsb: 0, listBytes: 0, listCount: 0, prevNum: 0, even: false };
}
