/**
 * avx512.ts — AVX512 instruction forms (the table's rows). Row notation: README.md
 * in this folder. Within a mnemonic, row order is preference order.
 */
export const avx512Rows = String.raw`
`;
