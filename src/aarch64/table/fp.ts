/** fp.ts — placeholder. */
export const FP_ROWS: readonly string[] = [];
