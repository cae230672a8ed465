/**
 * kinds-name.ts — operand kinds for named operands: conditions (and the
 * inverted condition of cset/cinc/...), barrier options, the isb option,
 * prefetch operations, system registers for mrs/msr (EL0-accessible ones by
 * name, any as `s<op0>_<op1>_c<n>_c<m>_<op2>`) and the dc / ic operations.
 * Each also accepts its numeric form where llvm-mc does (`dmb #11`,
 * `prfm #5, [x0]`).
 */
import { condCode, CONDITIONS } from "../operands.ts";
import { place } from "./fields.ts";
import { intOf } from "./kinds-imm.ts";
import { MISMATCH, OK, RANGE, type OperandKind } from "./kind.ts";

/** `<cond>` (p = 0) and `<invcond>` (p = 1: written inverted; al and nv refused, as llvm-mc does for cset/cinc/...). */
export const cond: OperandKind = {
  name: "cond",
  fields: () => ["cond"],
  accept(o, s) {
    if (typeof o !== "string") return MISMATCH;
    const c = condCode(o);
    if (c < 0) return MISMATCH;
    return s.p === 1 && c >= 14 ? RANGE : OK;
  },
  encode: (o, s) => place(s.locs[0]!, s.p === 1 ? condCode(o as string) ^ 1 : condCode(o as string)),
  expect: (s) => `a condition (${CONDITIONS.slice(0, s.p === 1 ? 14 : 16).join(" ")}, hs, lo)`,
  ts: (s) => (s.p === 1 ? `Exclude<Cond, "al" | "nv">` : "Cond"),
};

/** A table of names → values, plus an optional numeric form 0..max. */
function named(name: string, field: string, table: Readonly<Record<string, number>>, max: number, tsName: string, what: string, absentValue = -1): OperandKind {
  return {
    name,
    fields: () => [field],
    accept(o) {
      if (typeof o === "string") return Object.hasOwn(table, o.toLowerCase()) ? OK : MISMATCH;
      if (max >= 0 && (typeof o === "number" || typeof o === "bigint")) {
        const v = intOf(o);
        return v !== null && v >= 0 && v <= max ? OK : RANGE;
      }
      return MISMATCH;
    },
    encode: (o, s) => place(s.locs[0]!, typeof o === "string" ? table[o.toLowerCase()]! : intOf(o)!),
    absent: absentValue < 0 ? undefined : (s) => place(s.locs[0]!, absentValue),
    expect: () => `${what} (${Object.keys(table).join(" ")}${max >= 0 ? ` or #0–${max}` : ""})`,
    ts: () => (max >= 0 ? `${tsName} | number` : tsName),
  };
}

/** Barrier options of dmb / dsb (CRm). */
export const BARRIERS = {
  oshld: 1, oshst: 2, osh: 3, nshld: 5, nshst: 6, nsh: 7, ishld: 9, ishst: 10, ish: 11, ld: 13, st: 14, sy: 15,
} as const satisfies Record<string, number>;
/** A barrier option of dmb / dsb. */
export type Barrier = keyof typeof BARRIERS;
export const barrier = named("barrier", "CRm", BARRIERS, 15, "Barrier", "a barrier option");
/** isb's only named option. */
export const isbOpt = named("isbOpt", "CRm", { sy: 15 }, 15, `"sy"`, "sy", 15);

/** Prefetch operations: pld/pli/pst (type << 3) × l1/l2/l3 (target << 1) × keep/strm (Rt). */
export type PrefetchOp = `${"pld" | "pli" | "pst"}${"l1" | "l2" | "l3"}${"keep" | "strm"}`;
export const PRFOPS: Readonly<Record<PrefetchOp, number>> = {
  pldl1keep: 0, pldl1strm: 1, pldl2keep: 2, pldl2strm: 3, pldl3keep: 4, pldl3strm: 5,
  plil1keep: 8, plil1strm: 9, plil2keep: 10, plil2strm: 11, plil3keep: 12, plil3strm: 13,
  pstl1keep: 16, pstl1strm: 17, pstl2keep: 18, pstl2strm: 19, pstl3keep: 20, pstl3strm: 21,
};
export const prfop = named("prfop", "Rt", PRFOPS, 31, "PrefetchOp", "a prefetch operation");

/** System registers by name → o0:op1:CRn:CRm:op2 (op0 = 2 + o0). */
function sr(op0: number, op1: number, crn: number, crm: number, op2: number): number {
  return ((op0 - 2) << 14) | (op1 << 11) | (crn << 7) | (crm << 3) | op2;
}
/** Registers an EL0 program reads or writes (on Linux the ID registers are emulated for EL0). */
export const SYSREGS_RW = {
  nzcv: sr(3, 3, 4, 2, 0), daif: sr(3, 3, 4, 2, 1), fpcr: sr(3, 3, 4, 4, 0), fpsr: sr(3, 3, 4, 4, 1),
  tpidr_el0: sr(3, 3, 13, 0, 2), tpidrro_el0: sr(3, 3, 13, 0, 3), dit: sr(3, 3, 4, 2, 5),
} as const satisfies Record<string, number>;
export const SYSREGS_RO = {
  ctr_el0: sr(3, 3, 0, 0, 1), dczid_el0: sr(3, 3, 0, 0, 7), cntfrq_el0: sr(3, 3, 14, 0, 0), cntpct_el0: sr(3, 3, 14, 0, 1),
  cntvct_el0: sr(3, 3, 14, 0, 2), midr_el1: sr(3, 0, 0, 0, 0), mpidr_el1: sr(3, 0, 0, 0, 5), revidr_el1: sr(3, 0, 0, 0, 6),
  id_aa64pfr0_el1: sr(3, 0, 0, 4, 0), id_aa64pfr1_el1: sr(3, 0, 0, 4, 1), id_aa64isar0_el1: sr(3, 0, 0, 6, 0),
  id_aa64isar1_el1: sr(3, 0, 0, 6, 1), id_aa64mmfr0_el1: sr(3, 0, 0, 7, 0), id_aa64mmfr1_el1: sr(3, 0, 0, 7, 1),
  id_aa64dfr0_el1: sr(3, 0, 0, 5, 0),
} as const satisfies Record<string, number>;
/** Any system register written as `s<op0>_<op1>_c<n>_c<m>_<op2>`. */
export type SysRegGeneric = `s${2 | 3}_${number}_c${number}_c${number}_${number}`;
/** A system register mrs can read. */
export type SysRegRead = keyof typeof SYSREGS_RW | keyof typeof SYSREGS_RO | SysRegGeneric;
/** A system register msr can write. */
export type SysRegWrite = keyof typeof SYSREGS_RW | SysRegGeneric;
const GENERIC_SYSREG = /^s([23])_([0-7])_c(\d|1[0-5])_c(\d|1[0-5])_([0-7])$/;

/** `<sysreg_r>` (p = 0, mrs: readable registers) and `<sysreg_w>` (p = 1, msr: writable registers); field sysreg. */
export const sysreg: OperandKind = {
  name: "sysreg",
  fields: () => ["sysreg"],
  accept(o, s) {
    if (typeof o !== "string") return MISMATCH;
    const n = o.toLowerCase();
    if (Object.hasOwn(SYSREGS_RW, n) || GENERIC_SYSREG.test(n)) return OK;
    return s.p === 0 && Object.hasOwn(SYSREGS_RO, n) ? OK : MISMATCH;
  },
  encode(o, s) {
    const n = (o as string).toLowerCase();
    const m = GENERIC_SYSREG.exec(n);
    const table: Readonly<Record<string, number>> = Object.hasOwn(SYSREGS_RW, n) ? SYSREGS_RW : SYSREGS_RO;
    const v = m !== null ? sr(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])) : table[n]!;
    return place(s.locs[0]!, v);
  },
  expect: (s) => `a system register (${Object.keys(SYSREGS_RW).join(" ")}${s.p === 0 ? ` ${Object.keys(SYSREGS_RO).join(" ")}` : ""} or s<op0>_<op1>_c<n>_c<m>_<op2>)`,
  ts: (s) => (s.p === 0 ? "SysRegRead" : "SysRegWrite"),
};

/** sys operations: op1:CRn:CRm:op2. */
const sysop = (op1: number, crn: number, crm: number, op2: number) => (op1 << 11) | (crn << 7) | (crm << 3) | op2;
export const DC_OPS = {
  zva: sysop(3, 7, 4, 1), cvac: sysop(3, 7, 10, 1), cvau: sysop(3, 7, 11, 1), civac: sysop(3, 7, 14, 1),
  ivac: sysop(0, 7, 6, 1), isw: sysop(0, 7, 6, 2), csw: sysop(0, 7, 10, 2), cisw: sysop(0, 7, 14, 2),
} as const satisfies Record<string, number>;
/** A dc operation. */
export type DcOp = keyof typeof DC_OPS;
export const IC_OPS_REG: Readonly<Record<string, number>> = { ivau: sysop(3, 7, 5, 1) };
export const IC_OPS: Readonly<Record<string, number>> = { ialluis: sysop(0, 7, 1, 0), iallu: sysop(0, 7, 5, 0) };
export const dcop = named("dcop", "sysop", DC_OPS, -1, "DcOp", "a dc operation");
export const icopReg = named("icop", "sysop", IC_OPS_REG, -1, `"ivau"`, "an ic operation with a register");
export const icopNone = named("icopNone", "sysop", IC_OPS, -1, `"ialluis" | "iallu"`, "an ic operation without a register");
