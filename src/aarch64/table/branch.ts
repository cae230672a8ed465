/**
 * branch.ts — AArch64 rows: branches (b, bl, b.cond, cbz/cbnz, tbz/tbnz,
 * br/blr/ret) and system instructions (hints, barriers, clrex, mrs/msr of
 * user registers, dc/ic, exception generation, udf). Format:
 * table/README.md. `relax=` marks the branches whose reach the assembler
 * extends by inverting the condition around a `b`.
 */

const branches = [
  "b <label26> | 000101 imm26",
  "bl <label26> | 100101 imm26",
  "b.<cond> <label19> | 01010100 imm19 0 cond | relax=b19",
  "cbz <Wt>, <label19> | 0 011010 0 imm19 Rt | relax=b19",
  "cbz <Xt>, <label19> | 1 011010 0 imm19 Rt | relax=b19",
  "cbnz <Wt>, <label19> | 0 011010 1 imm19 Rt | relax=b19",
  "cbnz <Xt>, <label19> | 1 011010 1 imm19 Rt | relax=b19",
  "tbz <Wt>, #<tbitw>, <label14> | 0 011011 0 b40 imm14 Rt | relax=b14",
  "tbz <Xt>, #<tbitx>, <label14> | b5 011011 0 b40 imm14 Rt | relax=b14",
  "tbnz <Wt>, #<tbitw>, <label14> | 0 011011 1 b40 imm14 Rt | relax=b14",
  "tbnz <Xt>, #<tbitx>, <label14> | b5 011011 1 b40 imm14 Rt | relax=b14",
  "br <Xn> | 1101011 0000 11111 000000 Rn 00000",
  "blr <Xn> | 1101011 0001 11111 000000 Rn 00000",
  "ret | 1101011 0010 11111 000000 11110 00000",
  "ret <Xn> | 1101011 0010 11111 000000 Rn 00000",
];

const HINTS = [["nop", 0], ["yield", 1], ["wfe", 2], ["wfi", 3], ["sev", 4], ["sevl", 5]] as const;
const system = [
  ...HINTS.map(([m, v]) => `${m} | 1101010100 0 00 011 0010 hint=${v.toString(2).padStart(7, "0")} 11111`),
  "hint #<hint> | 1101010100 0 00 011 0010 hint 11111",
  "clrex | 1101010100 0 00 011 0011 1111 010 11111",
  "clrex #<crm> | 1101010100 0 00 011 0011 CRm 010 11111",
  "dsb <barrier> | 1101010100 0 00 011 0011 CRm 100 11111",
  "dmb <barrier> | 1101010100 0 00 011 0011 CRm 101 11111",
  "isb {, <isbopt>} | 1101010100 0 00 011 0011 CRm 110 11111",
  "mrs <Xt>, <sysreg_r> | 1101010100 1 1 sysreg Rt",
  "msr <sysreg_w>, <Xt> | 1101010100 0 1 sysreg Rt",
  "dc <dcop>, <Xt> | 1101010100 0 01 sysop Rt",
  "ic <icop>, <Xt> | 1101010100 0 01 sysop Rt",
  "ic <icopn> | 1101010100 0 01 sysop 11111",
  "svc #<imm16> | 11010100 000 imm16 000 01",
  "hvc #<imm16> | 11010100 000 imm16 000 10",
  "brk #<imm16> | 11010100 001 imm16 000 00",
  "hlt #<imm16> | 11010100 010 imm16 000 00",
  "udf #<imm16> | 0000000000000000 imm16",
];

/** Branch and system rows. */
export const BRANCH_ROWS: readonly string[] = [...branches, ...system];
