/** simd2.ts — placeholder. */
export const SIMD2_ROWS: readonly string[] = [];
