/**
 * fp.ts — AArch64 rows: scalar floating point (single and double; half
 * precision only where the base architecture has it: fcvt): moves and
 * immediates, arithmetic, fused multiply-add, compares, conditional compare
 * and select, rounding, conversions between precisions and to and from
 * integers (also fixed point). Format: table/README.md.
 */

/** Single (S, ftype 00) and double (D, ftype 01) copies of a row written with `<F..>` and `ft`. */
function sd(row: string): string[] {
  return [row.replaceAll("<F", "<S").replace(/\bft\b/, "00"), row.replaceAll("<F", "<D").replace(/\bft\b/, "01")];
}

const rows: string[] = [];

// moves: register, general-purpose ↔ FP, vector element ↔ GP, immediate
rows.push(
  ...sd("fmov <Fd>, <Fn> | 000 11110 ft 1 0000 00 10000 Rn Rd"),
  "fmov <Sd>, <Wn> | 0 00 11110 00 1 00 111 000000 Rn Rd",
  "fmov <Wd>, <Sn> | 0 00 11110 00 1 00 110 000000 Rn Rd",
  "fmov <Dd>, <Xn> | 1 00 11110 01 1 00 111 000000 Rn Rd",
  "fmov <Xd>, <Dn> | 1 00 11110 01 1 00 110 000000 Rn Rd",
  "fmov <Vd>.D[1], <Xn> | 1 00 11110 10 1 01 111 000000 Rn Rd",
  "fmov <Xd>, <Vn>.D[1] | 1 00 11110 10 1 01 110 000000 Rn Rd",
  ...sd("fmov <Fd>, #<fpimm> | 000 11110 ft 1 imm8 100 00000 Rd"),
  "fmov <Sd>, #0.0 | 0 00 11110 00 1 00 111 000000 11111 Rd",
  "fmov <Dd>, #0.0 | 1 00 11110 01 1 00 111 000000 11111 Rd",
);

// one source
for (const [m, op] of [["fabs", "000001"], ["fneg", "000010"], ["fsqrt", "000011"], ["frintn", "001000"], ["frintp", "001001"], ["frintm", "001010"], ["frintz", "001011"], ["frinta", "001100"], ["frintx", "001110"], ["frinti", "001111"]] as const) {
  rows.push(...sd(`${m} <Fd>, <Fn> | 000 11110 ft 1 ${op} 10000 Rn Rd`));
}
rows.push(
  "fcvt <Dd>, <Sn> | 000 11110 00 1 000101 10000 Rn Rd",
  "fcvt <Hd>, <Sn> | 000 11110 00 1 000111 10000 Rn Rd",
  "fcvt <Sd>, <Dn> | 000 11110 01 1 000100 10000 Rn Rd",
  "fcvt <Hd>, <Dn> | 000 11110 01 1 000111 10000 Rn Rd",
  "fcvt <Sd>, <Hn> | 000 11110 11 1 000100 10000 Rn Rd",
  "fcvt <Dd>, <Hn> | 000 11110 11 1 000101 10000 Rn Rd",
);

// two sources
for (const [m, op] of [["fmul", "0000"], ["fdiv", "0001"], ["fadd", "0010"], ["fsub", "0011"], ["fmax", "0100"], ["fmin", "0101"], ["fmaxnm", "0110"], ["fminnm", "0111"], ["fnmul", "1000"]] as const) {
  rows.push(...sd(`${m} <Fd>, <Fn>, <Fm> | 000 11110 ft 1 Rm ${op} 10 Rn Rd`));
}
// three sources
for (const [m, o1, o0] of [["fmadd", 0, 0], ["fmsub", 0, 1], ["fnmadd", 1, 0], ["fnmsub", 1, 1]] as const) {
  rows.push(...sd(`${m} <Fd>, <Fn>, <Fm>, <Fa> | 000 11111 ft ${o1} Rm ${o0} Ra Rn Rd`));
}
// compares, conditional compare, conditional select
for (const [m, e] of [["fcmp", 0], ["fcmpe", 1]] as const) {
  rows.push(...sd(`${m} <Fn>, <Fm> | 000 11110 ft 1 Rm 00 1000 Rn ${e}0000`), ...sd(`${m} <Fn>, #0.0 | 000 11110 ft 1 00000 00 1000 Rn ${e}1000`));
}
rows.push(
  ...sd("fccmp <Fn>, <Fm>, #<nzcv>, <cond> | 000 11110 ft 1 Rm cond 01 Rn 0 nzcv"),
  ...sd("fccmpe <Fn>, <Fm>, #<nzcv>, <cond> | 000 11110 ft 1 Rm cond 01 Rn 1 nzcv"),
  ...sd("fcsel <Fd>, <Fn>, <Fm>, <cond> | 000 11110 ft 1 Rm cond 11 Rn Rd"),
);

// conversions to and from integers: (mnemonic, rmode, opcode, to-integer?)
const CVT: readonly (readonly [string, string, string, boolean])[] = [
  ["fcvtns", "00", "000", true], ["fcvtnu", "00", "001", true], ["fcvtas", "00", "100", true], ["fcvtau", "00", "101", true],
  ["fcvtps", "01", "000", true], ["fcvtpu", "01", "001", true], ["fcvtms", "10", "000", true], ["fcvtmu", "10", "001", true],
  ["fcvtzs", "11", "000", true], ["fcvtzu", "11", "001", true], ["scvtf", "00", "010", false], ["ucvtf", "00", "011", false],
];
for (const [m, rmode, op, toInt] of CVT) {
  for (const [sf, g] of [["0", "W"], ["1", "X"]] as const) {
    for (const [ft, f] of [["00", "S"], ["01", "D"]] as const) {
      rows.push(toInt ? `${m} <${g}d>, <${f}n> | ${sf} 00 11110 ${ft} 1 ${rmode} ${op} 000000 Rn Rd` : `${m} <${f}d>, <${g}n> | ${sf} 00 11110 ${ft} 1 ${rmode} ${op} 000000 Rn Rd`);
      // fixed point: fcvtzs/fcvtzu/scvtf/ucvtf with #fbits
      if (m === "fcvtzs" || m === "fcvtzu") rows.push(`${m} <${g}d>, <${f}n>, #<fbits> | ${sf} 00 11110 ${ft} 0 ${rmode} ${op} scale Rn Rd`);
      if (m === "scvtf" || m === "ucvtf") rows.push(`${m} <${f}d>, <${g}n>, #<fbits> | ${sf} 00 11110 ${ft} 0 ${rmode} ${op} scale Rn Rd`);
    }
  }
}

/** Scalar floating-point rows. */
export const FP_ROWS: readonly string[] = rows;
