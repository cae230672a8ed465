/**
 * avx.ts — AVX instruction forms (the table's rows). Row notation: README.md
 * in this folder. Within a mnemonic, row order is preference order.
 */
export const avxRows = String.raw`
`;
