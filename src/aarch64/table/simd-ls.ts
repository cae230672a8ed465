/** simd-ls.ts — placeholder. */
export const SIMDLS_ROWS: readonly string[] = [];
