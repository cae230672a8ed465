/**
 * simd2.ts — AArch64 rows: Advanced SIMD copies (dup, ins, umov, smov and
 * their mov aliases), modified immediates (movi, mvni, orr, bic, fmov),
 * shifts by immediate (incl. narrowing, lengthening and fixed-point
 * conversions), operations by element, permutes (zip, uzp, trn), ext and
 * table lookups, and the scalar forms of these groups. Format:
 * table/README.md; schemes: schemes.ts.
 */

const rows: string[] = [];

// ---- copies
rows.push(
  "dup <Vd>.<T>, <Vn>.<Ts>[<imm5>] | 0 Q 0 01110000 imm5 0 0000 1 Rn Rd | T=DUP",
  "dup <Vd>.<T>, <Wn> | 0 Q 0 01110000 00001 0 0001 1 Rn Rd | T=b",
  "dup <Vd>.<T>, <Wn> | 0 Q 0 01110000 00010 0 0001 1 Rn Rd | T=h",
  "dup <Vd>.<T>, <Wn> | 0 Q 0 01110000 00100 0 0001 1 Rn Rd | T=s",
  "dup <Vd>.2D, <Xn> | 0 1 0 01110000 01000 0 0001 1 Rn Rd",
  "dup <V><d>, <Vn>.<Ts>[<imm5>] | 01 0 11110000 imm5 0 0000 1 Rn Rd | T=DUPS",
  "mov <V><d>, <Vn>.<Ts>[<imm5>] | 01 0 11110000 imm5 0 0000 1 Rn Rd | T=DUPS",
);
for (const m of ["ins", "mov"]) {
  rows.push(
    `${m} <Vd>.B[<imm5>], <Wn> | 0 1 0 01110000 imm5 0 0011 1 Rn Rd`,
    `${m} <Vd>.H[<imm5>], <Wn> | 0 1 0 01110000 imm5 0 0011 1 Rn Rd`,
    `${m} <Vd>.S[<imm5>], <Wn> | 0 1 0 01110000 imm5 0 0011 1 Rn Rd`,
    `${m} <Vd>.D[<imm5>], <Xn> | 0 1 0 01110000 imm5 0 0011 1 Rn Rd`,
    `${m} <Vd>.<Ts>[<imm5>], <Vn>.<Ts>[<imm4>] | 0 1 1 01110000 imm5 0 imm4 1 Rn Rd | T=INS`,
  );
}
rows.push(
  "umov <Wd>, <Vn>.B[<imm5>] | 0 0 0 01110000 imm5 0 0111 1 Rn Rd",
  "umov <Wd>, <Vn>.H[<imm5>] | 0 0 0 01110000 imm5 0 0111 1 Rn Rd",
  "umov <Wd>, <Vn>.S[<imm5>] | 0 0 0 01110000 imm5 0 0111 1 Rn Rd",
  "umov <Xd>, <Vn>.D[<imm5>] | 0 1 0 01110000 imm5 0 0111 1 Rn Rd",
  "mov <Wd>, <Vn>.S[<imm5>] | 0 0 0 01110000 imm5 0 0111 1 Rn Rd",
  "mov <Xd>, <Vn>.D[<imm5>] | 0 1 0 01110000 imm5 0 0111 1 Rn Rd",
  "smov <Wd>, <Vn>.B[<imm5>] | 0 0 0 01110000 imm5 0 0101 1 Rn Rd",
  "smov <Wd>, <Vn>.H[<imm5>] | 0 0 0 01110000 imm5 0 0101 1 Rn Rd",
  "smov <Xd>, <Vn>.B[<imm5>] | 0 1 0 01110000 imm5 0 0101 1 Rn Rd",
  "smov <Xd>, <Vn>.H[<imm5>] | 0 1 0 01110000 imm5 0 0101 1 Rn Rd",
  "smov <Xd>, <Vn>.S[<imm5>] | 0 1 0 01110000 imm5 0 0101 1 Rn Rd",
);

// ---- modified immediates
const MI = "0111100000 abc";
rows.push(
  `movi <Vd>.<T>, #<imm8v> | 0 Q 0 ${MI} 1110 0 1 defgh Rd | T=b`,
  `movi <Vd>.<T>, #<imm8v>{, <lslh>} | 0 Q 0 ${MI} cmode 0 1 defgh Rd | T=h`,
  `movi <Vd>.<T>, #<imm8v>{, <lsls>} | 0 Q 0 ${MI} cmode 0 1 defgh Rd | T=s`,
  `movi <Vd>.<T>, #<imm8v>, <msl> | 0 Q 0 ${MI} cmode 0 1 defgh Rd | T=s`,
  `movi <Vd>.2D, #<mask64> | 0 1 1 ${MI} 1110 0 1 defgh Rd`,
  `movi <Dd>, #<mask64> | 0 0 1 ${MI} 1110 0 1 defgh Rd`,
  `mvni <Vd>.<T>, #<imm8v>{, <lslh>} | 0 Q 1 ${MI} cmode 0 1 defgh Rd | T=h`,
  `mvni <Vd>.<T>, #<imm8v>{, <lsls>} | 0 Q 1 ${MI} cmode 0 1 defgh Rd | T=s`,
  `mvni <Vd>.<T>, #<imm8v>, <msl> | 0 Q 1 ${MI} cmode 0 1 defgh Rd | T=s`,
  `orr <Vd>.<T>, #<imm8v>{, <lslh1>} | 0 Q 0 ${MI} cmode 0 1 defgh Rd | T=h`,
  `orr <Vd>.<T>, #<imm8v>{, <lsls1>} | 0 Q 0 ${MI} cmode 0 1 defgh Rd | T=s`,
  `bic <Vd>.<T>, #<imm8v>{, <lslh1>} | 0 Q 1 ${MI} cmode 0 1 defgh Rd | T=h`,
  `bic <Vd>.<T>, #<imm8v>{, <lsls1>} | 0 Q 1 ${MI} cmode 0 1 defgh Rd | T=s`,
  `fmov <Vd>.<T>, #<fpimmv> | 0 Q 0 ${MI} 1111 0 1 defgh Rd | T=s`,
  `fmov <Vd>.2D, #<fpimmv> | 0 1 1 ${MI} 1111 0 1 defgh Rd`,
);

// ---- shifts by immediate: mnemonic, U, opcode, left shift?
const SHIFT: readonly (readonly [string, number, string, boolean])[] = [
  ["sshr", 0, "00000", false], ["ushr", 1, "00000", false], ["ssra", 0, "00010", false], ["usra", 1, "00010", false],
  ["srshr", 0, "00100", false], ["urshr", 1, "00100", false], ["srsra", 0, "00110", false], ["ursra", 1, "00110", false],
  ["sri", 1, "01000", false], ["shl", 0, "01010", true], ["sli", 1, "01010", true], ["sqshlu", 1, "01100", true],
  ["sqshl", 0, "01110", true], ["uqshl", 1, "01110", true],
];
for (const [m, u, op, left] of SHIFT) {
  const imm = left ? "#<shlv>" : "#<shrv>";
  rows.push(`${m} <Vd>.<T>, <Vn>.<T>, ${imm} | 0 Q ${u} 011110 immh immb ${op} 1 Rn Rd | T=SH`);
  const all = m.startsWith("sq") || m.startsWith("uq");
  rows.push(`${m} <V><d>, <V><n>, ${imm} | 01 ${u} 111110 immh immb ${op} 1 Rn Rd | T=${all ? "SSH" : "SSHd"}`);
}
for (const [m, u, op] of [["shrn", 0, "10000"], ["rshrn", 0, "10001"], ["sqshrn", 0, "10010"], ["sqrshrn", 0, "10011"], ["sqshrun", 1, "10000"], ["sqrshrun", 1, "10001"], ["uqshrn", 1, "10010"], ["uqrshrn", 1, "10011"]] as const) {
  rows.push(`${m} <Vd>.<Tb>, <Vn>.<Ta>, #<shrv> | 0 0 ${u} 011110 immh immb ${op} 1 Rn Rd | T=SHN`, `${m}2 <Vd>.<Tb>, <Vn>.<Ta>, #<shrv> | 0 1 ${u} 011110 immh immb ${op} 1 Rn Rd | T=SHN2`);
  if (m.startsWith("sq") || m.startsWith("uq")) rows.push(`${m} <Vb><d>, <Va><n>, #<shrv> | 01 ${u} 111110 immh immb ${op} 1 Rn Rd | T=SSHN`);
}
for (const [m, u, x] of [["sshll", 0, "sxtl"], ["ushll", 1, "uxtl"]] as const) {
  rows.push(
    `${m} <Vd>.<Ta>, <Vn>.<Tb>, #<shlv> | 0 0 ${u} 011110 immh immb 10100 1 Rn Rd | T=SHL`,
    `${m}2 <Vd>.<Ta>, <Vn>.<Tb>, #<shlv> | 0 1 ${u} 011110 immh immb 10100 1 Rn Rd | T=SHL2`,
    `${x} <Vd>.<Ta>, <Vn>.<Tb> | 0 0 ${u} 011110 immh 000 10100 1 Rn Rd | T=SXTL`,
    `${x}2 <Vd>.<Ta>, <Vn>.<Tb> | 0 1 ${u} 011110 immh 000 10100 1 Rn Rd | T=SXTL2`,
  );
}
for (const [m, u, op] of [["scvtf", 0, "11100"], ["ucvtf", 1, "11100"], ["fcvtzs", 0, "11111"], ["fcvtzu", 1, "11111"]] as const) {
  rows.push(`${m} <Vd>.<T>, <Vn>.<T>, #<shrv> | 0 Q ${u} 011110 immh immb ${op} 1 Rn Rd | T=SHsd`, `${m} <V><d>, <V><n>, #<shrv> | 01 ${u} 111110 immh immb ${op} 1 Rn Rd | T=SSHsd`);
}

// ---- by element
const ELEM = "<Vm>.<Ts>[<hlm>]";
for (const [m, u, op] of [["mul", 0, "1000"], ["mla", 1, "0000"], ["mls", 1, "0100"], ["sqdmulh", 0, "1100"], ["sqrdmulh", 0, "1101"]] as const) {
  rows.push(`${m} <Vd>.<T>, <Vn>.<T>, ${ELEM} | 0 Q ${u} 01111 size L M Rm:4 ${op} H 0 Rn Rd | T=E_hs`);
  if (m.startsWith("sq")) rows.push(`${m} <V><d>, <V><n>, ${ELEM} | 01 ${u} 11111 size L M Rm:4 ${op} H 0 Rn Rd | T=ESC_hs`);
}
for (const [m, u, op] of [["fmla", 0, "0001"], ["fmls", 0, "0101"], ["fmul", 0, "1001"], ["fmulx", 1, "1001"]] as const) {
  rows.push(`${m} <Vd>.<T>, <Vn>.<T>, ${ELEM} | 0 Q ${u} 01111 1 sz L M Rm:4 ${op} H 0 Rn Rd | T=E_sd`, `${m} <V><d>, <V><n>, ${ELEM} | 01 ${u} 11111 1 sz L M Rm:4 ${op} H 0 Rn Rd | T=ESC_sd`);
}
const LONG_ELEM: readonly (readonly [string, number, string])[] = [
  ["smlal", 0, "0010"], ["umlal", 1, "0010"], ["smlsl", 0, "0110"], ["umlsl", 1, "0110"], ["smull", 0, "1010"], ["umull", 1, "1010"],
  ["sqdmlal", 0, "0011"], ["sqdmlsl", 0, "0111"], ["sqdmull", 0, "1011"],
];
for (const [m, u, op] of LONG_ELEM) {
  rows.push(`${m} <Vd>.<Ta>, <Vn>.<Tb>, ${ELEM} | 0 0 ${u} 01111 size L M Rm:4 ${op} H 0 Rn Rd | T=EL`, `${m}2 <Vd>.<Ta>, <Vn>.<Tb>, ${ELEM} | 0 1 ${u} 01111 size L M Rm:4 ${op} H 0 Rn Rd | T=EL2`);
  if (m.startsWith("sqd")) rows.push(`${m} <Va><d>, <Vb><n>, ${ELEM} | 01 ${u} 11111 size L M Rm:4 ${op} H 0 Rn Rd | T=ESCL`);
}

// ---- permutes, ext, table lookups
for (const [m, op] of [["uzp1", "001"], ["trn1", "010"], ["zip1", "011"], ["uzp2", "101"], ["trn2", "110"], ["zip2", "111"]] as const) {
  rows.push(`${m} <Vd>.<T>, <Vn>.<T>, <Vm>.<T> | 0 Q 001110 size 0 Rm 0 ${op} 10 Rn Rd | T=bhsd`);
}
rows.push("ext <Vd>.<T>, <Vn>.<T>, <Vm>.<T>, #<extidx> | 0 Q 101110 000 Rm 0 imm4 0 Rn Rd | T=b");
const LISTS = ["{ <Vn>.16B }", "{ <Vn>.16B, <Vn+1>.16B }", "{ <Vn>.16B, <Vn+1>.16B, <Vn+2>.16B }", "{ <Vn>.16B, <Vn+1>.16B, <Vn+2>.16B, <Vn+3>.16B }"];
for (const [m, op] of [["tbl", 0], ["tbx", 1]] as const) {
  LISTS.forEach((list, i) => rows.push(`${m} <Vd>.<T>, ${list}, <Vm>.<T> | 0 Q 001110 000 Rm 0 ${i.toString(2).padStart(2, "0")} ${op} 00 Rn Rd | T=b`));
}

// ---- scalar three same / two-register miscellaneous / pairwise
for (const [m, u, op] of [["sqadd", 0, "00001"], ["uqadd", 1, "00001"], ["sqsub", 0, "00101"], ["uqsub", 1, "00101"], ["sqshl", 0, "01001"], ["uqshl", 1, "01001"], ["sqrshl", 0, "01011"], ["uqrshl", 1, "01011"]] as const) {
  rows.push(`${m} <V><d>, <V><n>, <V><m> | 01 ${u} 11110 size 1 Rm ${op} 1 Rn Rd | T=SC`);
}
const D_SAME: readonly (readonly [string, number, string])[] = [
  ["add", 0, "10000"], ["sub", 1, "10000"], ["cmgt", 0, "00110"], ["cmhi", 1, "00110"], ["cmge", 0, "00111"], ["cmhs", 1, "00111"],
  ["cmtst", 0, "10001"], ["cmeq", 1, "10001"], ["sshl", 0, "01000"], ["ushl", 1, "01000"], ["srshl", 0, "01010"], ["urshl", 1, "01010"],
];
for (const [m, u, op] of D_SAME) rows.push(`${m} <Dd>, <Dn>, <Dm> | 01 ${u} 11110 11 1 Rm ${op} 1 Rn Rd`);
for (const [m, u, op] of [["sqdmulh", 0, "10110"], ["sqrdmulh", 1, "10110"]] as const) rows.push(`${m} <V><d>, <V><n>, <V><m> | 01 ${u} 11110 size 1 Rm ${op} 1 Rn Rd | T=SChs`);
const F_SAME: readonly (readonly [string, number, number, string])[] = [
  ["fmulx", 0, 0, "11011"], ["fcmeq", 0, 0, "11100"], ["frecps", 0, 0, "11111"], ["frsqrts", 0, 1, "11111"], ["fcmge", 1, 0, "11100"],
  ["facge", 1, 0, "11101"], ["fabd", 1, 1, "11010"], ["fcmgt", 1, 1, "11100"], ["facgt", 1, 1, "11101"],
];
for (const [m, u, a, op] of F_SAME) rows.push(`${m} <V><d>, <V><n>, <V><m> | 01 ${u} 11110 ${a} sz 1 Rm ${op} 1 Rn Rd | T=SCsd`);
for (const [m, u, op] of [["suqadd", 0, "00011"], ["usqadd", 1, "00011"], ["sqabs", 0, "00111"], ["sqneg", 1, "00111"]] as const) {
  rows.push(`${m} <V><d>, <V><n> | 01 ${u} 11110 size 10000 ${op} 10 Rn Rd | T=SC`);
}
for (const [m, u, op, zero] of [["abs", 0, "01011", false], ["neg", 1, "01011", false], ["cmgt", 0, "01000", true], ["cmge", 1, "01000", true], ["cmeq", 0, "01001", true], ["cmle", 1, "01001", true], ["cmlt", 0, "01010", true]] as const) {
  rows.push(`${m} <Dd>, <Dn>${zero ? ", #0" : ""} | 01 ${u} 11110 11 10000 ${op} 10 Rn Rd`);
}
for (const [m, u, op] of [["sqxtn", 0, "10100"], ["uqxtn", 1, "10100"], ["sqxtun", 1, "10010"]] as const) rows.push(`${m} <Vb><d>, <Va><n> | 01 ${u} 11110 size 10000 ${op} 10 Rn Rd | T=SCN`);
const F_MISC: readonly (readonly [string, number, number, string, boolean?])[] = [
  ["fcvtns", 0, 0, "11010"], ["fcvtms", 0, 0, "11011"], ["fcvtas", 0, 0, "11100"], ["scvtf", 0, 0, "11101"], ["fcmgt", 0, 1, "01100", true],
  ["fcmeq", 0, 1, "01101", true], ["fcmlt", 0, 1, "01110", true], ["fcvtps", 0, 1, "11010"], ["fcvtzs", 0, 1, "11011"], ["frecpe", 0, 1, "11101"],
  ["frecpx", 0, 1, "11111"], ["fcvtnu", 1, 0, "11010"], ["fcvtmu", 1, 0, "11011"], ["fcvtau", 1, 0, "11100"], ["ucvtf", 1, 0, "11101"],
  ["fcmge", 1, 1, "01100", true], ["fcmle", 1, 1, "01101", true], ["fcvtpu", 1, 1, "11010"], ["fcvtzu", 1, 1, "11011"], ["frsqrte", 1, 1, "11101"],
];
for (const [m, u, a, op, zero] of F_MISC) rows.push(`${m} <V><d>, <V><n>${zero ? ", #0.0" : ""} | 01 ${u} 11110 ${a} sz 10000 ${op} 10 Rn Rd | T=SCsd`);
rows.push("fcvtxn <Sd>, <Dn> | 01 1 11110 0 1 10000 10110 10 Rn Rd", "addp <Dd>, <Vn>.2D | 01 0 11110 11 11000 11011 10 Rn Rd");
for (const [m, a, op] of [["faddp", 0, "01101"], ["fmaxp", 0, "01111"], ["fminp", 1, "01111"], ["fmaxnmp", 0, "01100"], ["fminnmp", 1, "01100"]] as const) {
  rows.push(`${m} <V><d>, <Vn>.<T> | 01 1 11110 ${a} sz 11000 ${op} 10 Rn Rd | T=FP2`);
}
for (const [m, op] of [["sqdmlal", "1001"], ["sqdmlsl", "1011"], ["sqdmull", "1101"]] as const) rows.push(`${m} <Va><d>, <Vb><n>, <Vb><m> | 01 0 11110 size 1 Rm ${op} 00 Rn Rd | T=SCL`);

/** Advanced SIMD copy, immediate, shift, by-element, permute and scalar rows. */
export const SIMD2_ROWS: readonly string[] = rows;
