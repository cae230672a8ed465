/**
 * simd.ts — AArch64 rows: Advanced SIMD (NEON) vector arithmetic with an
 * arrangement scheme (`T=bhsd` ...): three registers of the same
 * arrangement (integer and floating point, logical), three registers of
 * different widths (long, wide, narrow), two-register miscellaneous
 * operations (incl. compares against zero, narrowing, conversions) and
 * reductions across lanes. Format: table/README.md; schemes: schemes.ts.
 */

const rows: string[] = [];
const V3 = "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>";
const V2 = "<Vd>.<T>, <Vn>.<T>";

// ---- three same (integer): mnemonic, U, opcode, scheme
const SAME: readonly (readonly [string, number, string, string])[] = [
  ["shadd", 0, "00000", "bhs"], ["uhadd", 1, "00000", "bhs"], ["sqadd", 0, "00001", "bhsd"], ["uqadd", 1, "00001", "bhsd"],
  ["srhadd", 0, "00010", "bhs"], ["urhadd", 1, "00010", "bhs"], ["shsub", 0, "00100", "bhs"], ["uhsub", 1, "00100", "bhs"],
  ["sqsub", 0, "00101", "bhsd"], ["uqsub", 1, "00101", "bhsd"], ["cmgt", 0, "00110", "bhsd"], ["cmhi", 1, "00110", "bhsd"],
  ["cmge", 0, "00111", "bhsd"], ["cmhs", 1, "00111", "bhsd"], ["sshl", 0, "01000", "bhsd"], ["ushl", 1, "01000", "bhsd"],
  ["sqshl", 0, "01001", "bhsd"], ["uqshl", 1, "01001", "bhsd"], ["srshl", 0, "01010", "bhsd"], ["urshl", 1, "01010", "bhsd"],
  ["sqrshl", 0, "01011", "bhsd"], ["uqrshl", 1, "01011", "bhsd"], ["smax", 0, "01100", "bhs"], ["umax", 1, "01100", "bhs"],
  ["smin", 0, "01101", "bhs"], ["umin", 1, "01101", "bhs"], ["sabd", 0, "01110", "bhs"], ["uabd", 1, "01110", "bhs"],
  ["saba", 0, "01111", "bhs"], ["uaba", 1, "01111", "bhs"], ["add", 0, "10000", "bhsd"], ["sub", 1, "10000", "bhsd"],
  ["cmtst", 0, "10001", "bhsd"], ["cmeq", 1, "10001", "bhsd"], ["mla", 0, "10010", "bhs"], ["mls", 1, "10010", "bhs"],
  ["mul", 0, "10011", "bhs"], ["pmul", 1, "10011", "b"], ["smaxp", 0, "10100", "bhs"], ["umaxp", 1, "10100", "bhs"],
  ["sminp", 0, "10101", "bhs"], ["uminp", 1, "10101", "bhs"], ["sqdmulh", 0, "10110", "hs"], ["sqrdmulh", 1, "10110", "hs"],
  ["addp", 0, "10111", "bhsd"],
];
for (const [m, u, op, t] of SAME) {
  const size = t === "b" ? "00" : "size";
  rows.push(`${m} ${V3} | 0 Q ${u} 01110 ${size} 1 Rm ${op} 1 Rn Rd | T=${t}`);
}
// compare aliases with swapped operands (cmle = cmge with Vn/Vm exchanged, ...)
for (const [m, u, op] of [["cmle", 0, "00111"], ["cmlt", 0, "00110"], ["cmls", 1, "00111"], ["cmlo", 1, "00110"]] as const) {
  rows.push(`${m} <Vd>.<T>, <Vm>.<T>, <Vn>.<T> | 0 Q ${u} 01110 size 1 Rm ${op} 1 Rn Rd | T=bhsd`);
}
// logical (size selects the operation)
for (const [m, u, size] of [["and", 0, "00"], ["bic", 0, "01"], ["orr", 0, "10"], ["orn", 0, "11"], ["eor", 1, "00"], ["bsl", 1, "01"], ["bit", 1, "10"], ["bif", 1, "11"]] as const) {
  rows.push(`${m} ${V3} | 0 Q ${u} 01110 ${size} 1 Rm 00011 1 Rn Rd | T=b`);
}
rows.push(`mov ${V2} | 0 Q 0 01110 10 1 Rn 00011 1 Rn Rd | T=b`);

// ---- three same (floating point): mnemonic, U, a, opcode
const FSAME: readonly (readonly [string, number, number, string])[] = [
  ["fmaxnm", 0, 0, "11000"], ["fmla", 0, 0, "11001"], ["fadd", 0, 0, "11010"], ["fmulx", 0, 0, "11011"], ["fcmeq", 0, 0, "11100"],
  ["fmax", 0, 0, "11110"], ["frecps", 0, 0, "11111"], ["fminnm", 0, 1, "11000"], ["fmls", 0, 1, "11001"], ["fsub", 0, 1, "11010"],
  ["fmin", 0, 1, "11110"], ["frsqrts", 0, 1, "11111"], ["fmaxnmp", 1, 0, "11000"], ["faddp", 1, 0, "11010"], ["fmul", 1, 0, "11011"],
  ["fcmge", 1, 0, "11100"], ["facge", 1, 0, "11101"], ["fmaxp", 1, 0, "11110"], ["fdiv", 1, 0, "11111"], ["fminnmp", 1, 1, "11000"],
  ["fabd", 1, 1, "11010"], ["fcmgt", 1, 1, "11100"], ["facgt", 1, 1, "11101"], ["fminp", 1, 1, "11110"],
];
for (const [m, u, a, op] of FSAME) rows.push(`${m} ${V3} | 0 Q ${u} 01110 ${a} sz 1 Rm ${op} 1 Rn Rd | T=sd`);
for (const [m, u, a, op] of [["fcmle", 1, 0, "11100"], ["fcmlt", 1, 1, "11100"], ["facle", 1, 0, "11101"], ["faclt", 1, 1, "11101"]] as const) {
  rows.push(`${m} <Vd>.<T>, <Vm>.<T>, <Vn>.<T> | 0 Q ${u} 01110 ${a} sz 1 Rm ${op} 1 Rn Rd | T=sd`);
}

// ---- three different: mnemonic, U, opcode, form (L: long, W: wide, N: narrow)
const DIFF: readonly (readonly [string, number, string, "L" | "W" | "N"])[] = [
  ["saddl", 0, "0000", "L"], ["uaddl", 1, "0000", "L"], ["saddw", 0, "0001", "W"], ["uaddw", 1, "0001", "W"],
  ["ssubl", 0, "0010", "L"], ["usubl", 1, "0010", "L"], ["ssubw", 0, "0011", "W"], ["usubw", 1, "0011", "W"],
  ["addhn", 0, "0100", "N"], ["raddhn", 1, "0100", "N"], ["sabal", 0, "0101", "L"], ["uabal", 1, "0101", "L"],
  ["subhn", 0, "0110", "N"], ["rsubhn", 1, "0110", "N"], ["sabdl", 0, "0111", "L"], ["uabdl", 1, "0111", "L"],
  ["smlal", 0, "1000", "L"], ["umlal", 1, "1000", "L"], ["smlsl", 0, "1010", "L"], ["umlsl", 1, "1010", "L"],
  ["smull", 0, "1100", "L"], ["umull", 1, "1100", "L"],
];
for (const [m, u, op, kind] of DIFF) {
  for (const [q, two] of [[0, ""], [1, "2"]] as const) {
    const ops = kind === "L" ? "<Vd>.<Ta>, <Vn>.<Tb>, <Vm>.<Tb>" : kind === "W" ? "<Vd>.<Ta>, <Vn>.<Ta>, <Vm>.<Tb>" : "<Vd>.<Tb>, <Vn>.<Ta>, <Vm>.<Ta>";
    const scheme = kind === "N" ? `N${two}` : `L${two}`;
    rows.push(`${m}${two} ${ops} | 0 ${q} ${u} 01110 size 1 Rm ${op} 00 Rn Rd | T=${scheme}`);
  }
}
for (const [m, op] of [["sqdmlal", "1001"], ["sqdmlsl", "1011"], ["sqdmull", "1101"]] as const) {
  rows.push(`${m} <Vd>.<Ta>, <Vn>.<Tb>, <Vm>.<Tb> | 0 0 0 01110 size 1 Rm ${op} 00 Rn Rd | T=Lhs`);
  rows.push(`${m}2 <Vd>.<Ta>, <Vn>.<Tb>, <Vm>.<Tb> | 0 1 0 01110 size 1 Rm ${op} 00 Rn Rd | T=L2hs`);
}
rows.push("pmull <Vd>.8H, <Vn>.8B, <Vm>.8B | 0 0 0 01110 00 1 Rm 1110 00 Rn Rd", "pmull2 <Vd>.8H, <Vn>.16B, <Vm>.16B | 0 1 0 01110 00 1 Rm 1110 00 Rn Rd");

// ---- two-register miscellaneous (integer): mnemonic, U, opcode, scheme, operands
const MISC: readonly (readonly [string, number, string, string, string?])[] = [
  ["rev64", 0, "00000", "bhs"], ["rev16", 0, "00001", "b"], ["rev32", 1, "00000", "bh"], ["saddlp", 0, "00010", "P", "<Vd>.<Ta>, <Vn>.<Tb>"],
  ["uaddlp", 1, "00010", "P", "<Vd>.<Ta>, <Vn>.<Tb>"], ["suqadd", 0, "00011", "bhsd"], ["usqadd", 1, "00011", "bhsd"], ["cls", 0, "00100", "bhs"],
  ["clz", 1, "00100", "bhs"], ["cnt", 0, "00101", "b"], ["sadalp", 0, "00110", "P", "<Vd>.<Ta>, <Vn>.<Tb>"], ["uadalp", 1, "00110", "P", "<Vd>.<Ta>, <Vn>.<Tb>"],
  ["sqabs", 0, "00111", "bhsd"], ["sqneg", 1, "00111", "bhsd"], ["abs", 0, "01011", "bhsd"], ["neg", 1, "01011", "bhsd"],
  ["cmgt", 0, "01000", "bhsd", `${V2}, #0`], ["cmge", 1, "01000", "bhsd", `${V2}, #0`], ["cmeq", 0, "01001", "bhsd", `${V2}, #0`],
  ["cmle", 1, "01001", "bhsd", `${V2}, #0`], ["cmlt", 0, "01010", "bhsd", `${V2}, #0`],
];
for (const [m, u, op, t, ops = V2] of MISC) {
  const size = t === "b" ? "00" : "size";
  rows.push(`${m} ${ops} | 0 Q ${u} 01110 ${size} 10000 ${op} 10 Rn Rd | T=${t}`);
}
rows.push(
  "not <Vd>.<T>, <Vn>.<T> | 0 Q 1 01110 00 10000 00101 10 Rn Rd | T=b",
  "mvn <Vd>.<T>, <Vn>.<T> | 0 Q 1 01110 00 10000 00101 10 Rn Rd | T=b",
  "rbit <Vd>.<T>, <Vn>.<T> | 0 Q 1 01110 01 10000 00101 10 Rn Rd | T=b",
);
for (const [m, u, op] of [["xtn", 0, "10010"], ["sqxtn", 0, "10100"], ["sqxtun", 1, "10010"], ["uqxtn", 1, "10100"]] as const) {
  rows.push(`${m} <Vd>.<Tb>, <Vn>.<Ta> | 0 0 ${u} 01110 size 10000 ${op} 10 Rn Rd | T=N`, `${m}2 <Vd>.<Tb>, <Vn>.<Ta> | 0 1 ${u} 01110 size 10000 ${op} 10 Rn Rd | T=N2`);
}
rows.push(
  "shll <Vd>.<Ta>, <Vn>.<Tb>, #<esize> | 0 0 1 01110 size 10000 10011 10 Rn Rd | T=L",
  "shll2 <Vd>.<Ta>, <Vn>.<Tb>, #<esize> | 0 1 1 01110 size 10000 10011 10 Rn Rd | T=L2",
);

// ---- two-register miscellaneous (floating point): mnemonic, U, a, opcode, operands
const FMISC: readonly (readonly [string, number, number, string, string?])[] = [
  ["frintn", 0, 0, "11000"], ["frintm", 0, 0, "11001"], ["fcvtns", 0, 0, "11010"], ["fcvtms", 0, 0, "11011"], ["fcvtas", 0, 0, "11100"],
  ["scvtf", 0, 0, "11101"], ["fcmgt", 0, 1, "01100", `${V2}, #0.0`], ["fcmeq", 0, 1, "01101", `${V2}, #0.0`], ["fcmlt", 0, 1, "01110", `${V2}, #0.0`],
  ["fabs", 0, 1, "01111"], ["frintp", 0, 1, "11000"], ["frintz", 0, 1, "11001"], ["fcvtps", 0, 1, "11010"], ["fcvtzs", 0, 1, "11011"],
  ["frecpe", 0, 1, "11101"], ["frinta", 1, 0, "11000"], ["frintx", 1, 0, "11001"], ["fcvtnu", 1, 0, "11010"], ["fcvtmu", 1, 0, "11011"],
  ["fcvtau", 1, 0, "11100"], ["ucvtf", 1, 0, "11101"], ["fcmge", 1, 1, "01100", `${V2}, #0.0`], ["fcmle", 1, 1, "01101", `${V2}, #0.0`],
  ["fneg", 1, 1, "01111"], ["frinti", 1, 1, "11001"], ["fcvtpu", 1, 1, "11010"], ["fcvtzu", 1, 1, "11011"], ["frsqrte", 1, 1, "11101"],
  ["fsqrt", 1, 1, "11111"],
];
for (const [m, u, a, op, ops = V2] of FMISC) rows.push(`${m} ${ops} | 0 Q ${u} 01110 ${a} sz 10000 ${op} 10 Rn Rd | T=sd`);
rows.push(
  "urecpe <Vd>.<T>, <Vn>.<T> | 0 Q 0 01110 1 0 10000 11100 10 Rn Rd | T=s",
  "ursqrte <Vd>.<T>, <Vn>.<T> | 0 Q 1 01110 1 0 10000 11100 10 Rn Rd | T=s",
  "fcvtl <Vd>.<Ta>, <Vn>.<Tb> | 0 0 0 01110 0 sz 10000 10111 10 Rn Rd | T=FCVTL",
  "fcvtl2 <Vd>.<Ta>, <Vn>.<Tb> | 0 1 0 01110 0 sz 10000 10111 10 Rn Rd | T=FCVTL2",
  "fcvtn <Vd>.<Tb>, <Vn>.<Ta> | 0 0 0 01110 0 sz 10000 10110 10 Rn Rd | T=FCVTN",
  "fcvtn2 <Vd>.<Tb>, <Vn>.<Ta> | 0 1 0 01110 0 sz 10000 10110 10 Rn Rd | T=FCVTN2",
  "fcvtxn <Vd>.<Tb>, <Vn>.<Ta> | 0 0 1 01110 0 1 10000 10110 10 Rn Rd | T=FCVTXN",
  "fcvtxn2 <Vd>.<Tb>, <Vn>.<Ta> | 0 1 1 01110 0 1 10000 10110 10 Rn Rd | T=FCVTXN2",
);

// ---- across lanes
for (const [m, u, op] of [["smaxv", 0, "01010"], ["umaxv", 1, "01010"], ["sminv", 0, "11010"], ["uminv", 1, "11010"], ["addv", 0, "11011"]] as const) {
  rows.push(`${m} <V><d>, <Vn>.<T> | 0 Q ${u} 01110 size 11000 ${op} 10 Rn Rd | T=ACR`);
}
for (const [m, u] of [["saddlv", 0], ["uaddlv", 1]] as const) rows.push(`${m} <V><d>, <Vn>.<T> | 0 Q ${u} 01110 size 11000 00011 10 Rn Rd | T=ACRL`);
for (const [m, a, op] of [["fmaxnmv", 0, "01100"], ["fmaxv", 0, "01111"], ["fminnmv", 1, "01100"], ["fminv", 1, "01111"]] as const) {
  rows.push(`${m} <V><d>, <Vn>.<T> | 0 Q 1 01110 ${a} sz 11000 ${op} 10 Rn Rd | T=FACR`);
}

/** Advanced SIMD vector arithmetic rows. */
export const SIMD_ROWS: readonly string[] = rows;
