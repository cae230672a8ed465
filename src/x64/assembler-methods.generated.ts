/**
 * assembler-methods.generated.ts — placeholder until scripts/gen-types.ts
 * generates the typed per-mnemonic overloads from the instruction table.
 */
import type { Operand } from "./encode/encoder.ts";
export interface AssemblerMethods {
  [mnemonic: string]: unknown;
}
export type { Operand };
