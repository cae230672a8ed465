/** placeholder until scripts/aarch64/gen-types.ts runs */
export interface AssemblerMethods {}
