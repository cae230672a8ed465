/** simd.ts — placeholder. */
export const SIMD_ROWS: readonly string[] = [];
