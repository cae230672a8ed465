/**
 * base.ts — AArch64 rows: integer data processing (add/sub with immediate,
 * shifted and extended register; logical immediate and register; wide
 * moves and the `mov` aliases; bitfield and its aliases; extract;
 * conditional select and compare; 1-, 2- and 3-source operations).
 * Format: table/README.md. Within a mnemonic the first row that accepts the
 * operands wins, so rows are in llvm-mc's order of preference.
 */

/** 32-bit (W, sf = 0) and 64-bit (X, sf = 1) copies of a row written with `R` for the register letter and `sf`. */
function wx(row: string): string[] {
  return [row.replaceAll("<R", "<W").replaceAll("|RSP>", "|WSP>").replace(/\bsf\b/, "0").replace(/\bNsf\b/, "0"),
    row.replaceAll("<R", "<X").replaceAll("|RSP>", "|SP>").replace(/\bsf\b/, "1").replace(/\bNsf\b/, "1")];
}

const addsub: string[] = [];
for (const [m, op, S] of [["add", 0, 0], ["adds", 0, 1], ["sub", 1, 0], ["subs", 1, 1]] as const) {
  const neg = op === 0 ? 1 : 0;
  const d = S === 1 ? "<Rd>" : "<Rd|RSP>";
  addsub.push(
    ...wx(`${m} ${d}, <Rn|RSP>, #<aimm> | sf ${op} ${S} 100010 sh imm12 Rn Rd`),
    ...wx(`${m} ${d}, <Rn|RSP>, #<imm12>, <lsl12> | sf ${op} ${S} 100010 sh imm12 Rn Rd`),
    ...wx(`${m} ${d}, <Rn|RSP>, #<naimm> | sf ${neg} ${S} 100010 sh imm12 Rn Rd`),
    ...wx(`${m} <Rd>, <Rn>, <Rm>{, <shift>} | sf ${op} ${S} 01011 shift 0 Rm imm6 Rn Rd`),
    `${m} ${d.replace("R", "X").replace("RSP", "SP")}, <Xn|SP>, <Xm>{, <extx>} | 1 ${op} ${S} 01011 00 1 Rm option imm3 Rn Rd`,
    `${m} ${d.replace("R", "X").replace("RSP", "SP")}, <Xn|SP>, <Wm>, <extw> | 1 ${op} ${S} 01011 00 1 Rm option imm3 Rn Rd`,
    `${m} ${d.replace("R", "W").replace("RSP", "WSP")}, <Wn|WSP>, <Wm>{, <ext32>} | 0 ${op} ${S} 01011 00 1 Rm option imm3 Rn Rd`,
  );
}
// compare aliases (subs/adds into the zero register) and negation aliases
for (const [m, op, nop] of [["cmp", 1, 0], ["cmn", 0, 1]] as const) {
  addsub.push(
    ...wx(`${m} <Rn|RSP>, #<aimm> | sf ${op} 1 100010 sh imm12 Rn Rd=11111`),
    ...wx(`${m} <Rn|RSP>, #<imm12>, <lsl12> | sf ${op} 1 100010 sh imm12 Rn Rd=11111`),
    ...wx(`${m} <Rn|RSP>, #<naimm> | sf ${nop} 1 100010 sh imm12 Rn Rd=11111`),
    ...wx(`${m} <Rn>, <Rm>{, <shift>} | sf ${op} 1 01011 shift 0 Rm imm6 Rn Rd=11111`),
    `${m} <Xn|SP>, <Xm>{, <extx>} | 1 ${op} 1 01011 00 1 Rm option imm3 Rn Rd=11111`,
    `${m} <Xn|SP>, <Wm>, <extw> | 1 ${op} 1 01011 00 1 Rm option imm3 Rn Rd=11111`,
    `${m} <Wn|WSP>, <Wm>{, <ext32>} | 0 ${op} 1 01011 00 1 Rm option imm3 Rn Rd=11111`,
  );
}
addsub.push(
  ...wx("neg <Rd>, <Rm>{, <shift>} | sf 1 0 01011 shift 0 Rm imm6 Rn=11111 Rd"),
  ...wx("negs <Rd>, <Rm>{, <shift>} | sf 1 1 01011 shift 0 Rm imm6 Rn=11111 Rd"),
);

const carry: string[] = [];
for (const [m, op, S] of [["adc", 0, 0], ["adcs", 0, 1], ["sbc", 1, 0], ["sbcs", 1, 1]] as const) carry.push(...wx(`${m} <Rd>, <Rn>, <Rm> | sf ${op} ${S} 11010000 Rm 000000 Rn Rd`));
carry.push(...wx("ngc <Rd>, <Rm> | sf 1 0 11010000 Rm 000000 Rn=11111 Rd"), ...wx("ngcs <Rd>, <Rm> | sf 1 1 11010000 Rm 000000 Rn=11111 Rd"));

const logical: string[] = [];
for (const [m, opc, nm] of [["and", "00", "bic"], ["orr", "01", "orn"], ["eor", "10", "eon"], ["ands", "11", "bics"]] as const) {
  const d = m === "ands" ? "<Rd>" : "<Rd|RSP>";
  logical.push(
    ...wx(`${m} ${d}, <Rn>, #<limm> | sf ${opc} 100100 N immr imms Rn Rd`),
    ...wx(`${nm} ${d}, <Rn>, #<nlimm> | sf ${opc} 100100 N immr imms Rn Rd`),
    ...wx(`${m} <Rd>, <Rn>, <Rm>{, <lshift>} | sf ${opc} 01010 shift 0 Rm imm6 Rn Rd`),
    ...wx(`${nm} <Rd>, <Rn>, <Rm>{, <lshift>} | sf ${opc} 01010 shift 1 Rm imm6 Rn Rd`),
  );
}
logical.push(
  ...wx("tst <Rn>, #<limm> | sf 11 100100 N immr imms Rn Rd=11111"),
  ...wx("tst <Rn>, <Rm>{, <lshift>} | sf 11 01010 shift 0 Rm imm6 Rn Rd=11111"),
  ...wx("mvn <Rd>, <Rm>{, <lshift>} | sf 01 01010 shift 1 Rm imm6 Rn=11111 Rd"),
);

// mov: register (orr), to/from sp (add #0), then immediates as llvm-mc prefers them: movz, movn, orr
const moves: string[] = [
  ...wx("mov <Rd>, <Rm> | sf 01 01010 00 0 Rm 000000 Rn=11111 Rd"),
  ...wx("mov <Rd|RSP>, <Rn|RSP> | sf 0 0 100010 0 000000000000 Rn Rd"),
  ...wx("mov <Rd>, #<movz> | sf 10 100101 hw imm16 Rd"),
  ...wx("mov <Rd>, #<movn> | sf 00 100101 hw imm16 Rd"),
  ...wx("mov <Rd|RSP>, #<limm> | sf 01 100100 N immr imms Rn=11111 Rd"),
];
for (const [m, opc] of [["movn", "00"], ["movz", "10"], ["movk", "11"]] as const) moves.push(...wx(`${m} <Rd>, #<imm16>{, <hw>} | sf ${opc} 100101 hw imm16 Rd`));

const bitfield: string[] = [];
for (const [m, opc] of [["sbfm", "00"], ["bfm", "01"], ["ubfm", "10"]] as const) bitfield.push(...wx(`${m} <Rd>, <Rn>, #<immr>, #<imms> | sf ${opc} 100110 Nsf immr imms Rn Rd`));
bitfield.push(
  "asr <Wd>, <Wn>, #<shr> | 0 00 100110 0 immr 011111 Rn Rd",
  "asr <Xd>, <Xn>, #<shr> | 1 00 100110 1 immr 111111 Rn Rd",
  "lsr <Wd>, <Wn>, #<shr> | 0 10 100110 0 immr 011111 Rn Rd",
  "lsr <Xd>, <Xn>, #<shr> | 1 10 100110 1 immr 111111 Rn Rd",
  ...wx("lsl <Rd>, <Rn>, #<lslgp> | sf 10 100110 Nsf immr imms Rn Rd"),
  ...wx("sbfiz <Rd>, <Rn>, #<lsbz>, #<widthz> | sf 00 100110 Nsf immr imms Rn Rd"),
  ...wx("sbfx <Rd>, <Rn>, #<lsbx>, #<widthx> | sf 00 100110 Nsf immr imms Rn Rd"),
  ...wx("bfi <Rd>, <Rn>, #<lsbz>, #<widthz> | sf 01 100110 Nsf immr imms Rn Rd"),
  ...wx("bfc <Rd>, #<lsbz>, #<widthz> | sf 01 100110 Nsf immr imms Rn=11111 Rd"),
  ...wx("bfxil <Rd>, <Rn>, #<lsbx>, #<widthx> | sf 01 100110 Nsf immr imms Rn Rd"),
  ...wx("ubfiz <Rd>, <Rn>, #<lsbz>, #<widthz> | sf 10 100110 Nsf immr imms Rn Rd"),
  ...wx("ubfx <Rd>, <Rn>, #<lsbx>, #<widthx> | sf 10 100110 Nsf immr imms Rn Rd"),
  "sxtb <Wd>, <Wn> | 0 00 100110 0 000000 000111 Rn Rd",
  "sxtb <Xd>, <Wn> | 1 00 100110 1 000000 000111 Rn Rd",
  "sxth <Wd>, <Wn> | 0 00 100110 0 000000 001111 Rn Rd",
  "sxth <Xd>, <Wn> | 1 00 100110 1 000000 001111 Rn Rd",
  "sxtw <Xd>, <Wn> | 1 00 100110 1 000000 011111 Rn Rd",
  "uxtb <Wd>, <Wn> | 0 10 100110 0 000000 000111 Rn Rd",
  "uxth <Wd>, <Wn> | 0 10 100110 0 000000 001111 Rn Rd",
  ...wx("extr <Rd>, <Rn>, <Rm>, #<extrlsb> | sf 00 100111 Nsf 0 Rm imms Rn Rd"),
  ...wx("ror <Rd>, <Rn>, #<extrlsb> | sf 00 100111 Nsf 0 Rn imms Rn Rd"),
);

const conditional: string[] = [];
for (const [m, op] of [["ccmn", 0], ["ccmp", 1]] as const) {
  conditional.push(
    ...wx(`${m} <Rn>, #<uimm5>, #<nzcv>, <cond> | sf ${op} 1 11010010 imm5 cond 1 0 Rn 0 nzcv`),
    ...wx(`${m} <Rn>, <Rm>, #<nzcv>, <cond> | sf ${op} 1 11010010 Rm cond 0 0 Rn 0 nzcv`),
  );
}
for (const [m, op, o2, al] of [["csel", 0, "00", ""], ["csinc", 0, "01", "cinc"], ["csinv", 1, "00", "cinv"], ["csneg", 1, "01", "cneg"]] as const) {
  conditional.push(...wx(`${m} <Rd>, <Rn>, <Rm>, <cond> | sf ${op} 0 11010100 Rm cond ${o2} Rn Rd`));
  if (al !== "") conditional.push(...wx(`${al} <Rd>, <Rn>, <invcond> | sf ${op} 0 11010100 Rn cond ${o2} Rn Rd`));
}
conditional.push(
  ...wx("cset <Rd>, <invcond> | sf 0 0 11010100 11111 cond 01 11111 Rd"),
  ...wx("csetm <Rd>, <invcond> | sf 1 0 11010100 11111 cond 00 11111 Rd"),
);

const dp: string[] = [
  ...wx("rbit <Rd>, <Rn> | sf 1 0 11010110 00000 000000 Rn Rd"),
  ...wx("rev16 <Rd>, <Rn> | sf 1 0 11010110 00000 000001 Rn Rd"),
  "rev <Wd>, <Wn> | 0 1 0 11010110 00000 000010 Rn Rd",
  "rev32 <Xd>, <Xn> | 1 1 0 11010110 00000 000010 Rn Rd",
  "rev <Xd>, <Xn> | 1 1 0 11010110 00000 000011 Rn Rd",
  "rev64 <Xd>, <Xn> | 1 1 0 11010110 00000 000011 Rn Rd",
  ...wx("clz <Rd>, <Rn> | sf 1 0 11010110 00000 000100 Rn Rd"),
  ...wx("cls <Rd>, <Rn> | sf 1 0 11010110 00000 000101 Rn Rd"),
];
for (const [m, op] of [["udiv", "000010"], ["sdiv", "000011"], ["lslv", "001000"], ["lsrv", "001001"], ["asrv", "001010"], ["rorv", "001011"]] as const) {
  dp.push(...wx(`${m} <Rd>, <Rn>, <Rm> | sf 0 0 11010110 Rm ${op} Rn Rd`));
  if (m.endsWith("lv") || m.endsWith("rv")) dp.push(...wx(`${m.slice(0, -1)} <Rd>, <Rn>, <Rm> | sf 0 0 11010110 Rm ${op} Rn Rd`));
}
for (const [m, op] of [["crc32b", "010000"], ["crc32h", "010001"], ["crc32w", "010010"], ["crc32cb", "010100"], ["crc32ch", "010101"], ["crc32cw", "010110"]] as const) {
  dp.push(`${m} <Wd>, <Wn>, <Wm> | 0 0 0 11010110 Rm ${op} Rn Rd | feat=crc`);
}
dp.push("crc32x <Wd>, <Wn>, <Xm> | 1 0 0 11010110 Rm 010011 Rn Rd | feat=crc", "crc32cx <Wd>, <Wn>, <Xm> | 1 0 0 11010110 Rm 010111 Rn Rd | feat=crc");
dp.push(
  ...wx("madd <Rd>, <Rn>, <Rm>, <Ra> | sf 00 11011 000 Rm 0 Ra Rn Rd"),
  ...wx("msub <Rd>, <Rn>, <Rm>, <Ra> | sf 00 11011 000 Rm 1 Ra Rn Rd"),
  ...wx("mul <Rd>, <Rn>, <Rm> | sf 00 11011 000 Rm 0 11111 Rn Rd"),
  ...wx("mneg <Rd>, <Rn>, <Rm> | sf 00 11011 000 Rm 1 11111 Rn Rd"),
);
for (const [m, u] of [["s", 0], ["u", 1]] as const) {
  dp.push(
    `${m}maddl <Xd>, <Wn>, <Wm>, <Xa> | 1 00 11011 ${u}01 Rm 0 Ra Rn Rd`,
    `${m}msubl <Xd>, <Wn>, <Wm>, <Xa> | 1 00 11011 ${u}01 Rm 1 Ra Rn Rd`,
    `${m}mull <Xd>, <Wn>, <Wm> | 1 00 11011 ${u}01 Rm 0 11111 Rn Rd`,
    `${m}mnegl <Xd>, <Wn>, <Wm> | 1 00 11011 ${u}01 Rm 1 11111 Rn Rd`,
    `${m}mulh <Xd>, <Xn>, <Xm> | 1 00 11011 ${u}10 Rm 0 11111 Rn Rd`,
  );
}

const pcrel = ["adr <Xd>, <label21> | 0 immlo 10000 immhi Rd", "adrp <Xd>, <page21> | 1 immlo 10000 immhi Rd"];

/** Integer data-processing rows. */
export const BASE_ROWS: readonly string[] = [...addsub, ...carry, ...logical, ...moves, ...bitfield, ...conditional, ...dp, ...pcrel];
