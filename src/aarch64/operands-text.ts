/**
 * operands-text.ts — prints AArch64 operands and instructions in llvm-mc's
 * syntax for listings and error messages: `#4`, `[x1, #8]!`,
 * `{ v0.4s, v1.4s }`, `{ v0.s, v1.s }[1]`, `lsl #3`. It prints what it is
 * given (no alias selection, no re-encoding).
 */
import { Label } from "../core/label.ts";
import { Extend, Mem, Shift } from "./operands.ts";
import { ELEM_NAMES, Reg } from "./registers.ts";

/** One operand in llvm-mc syntax. @example formatOperand(4) // "#4" */
export function formatOperand(o: unknown): string {
  if (o instanceof Reg) return o.name;
  if (typeof o === "number") return `#${o}`;
  if (typeof o === "bigint") return `#0x${BigInt.asUintN(64, o).toString(16)}`;
  if (typeof o === "string") return o;
  if (o instanceof Mem || o instanceof Shift || o instanceof Extend) return o.toString();
  if (o instanceof Label) return o.name;
  if (Array.isArray(o)) {
    const first = o[0];
    if (first instanceof Reg && first.index >= 0) return `{ ${o.map((r: Reg) => `v${r.num}.${ELEM_NAMES[r.arr]}`).join(", ")} }[${first.index}]`;
    return `{ ${o.map(formatOperand).join(", ")} }`;
  }
  return String(o);
}

/** An instruction in llvm-mc syntax. @example formatInstruction("add", [x0, x1, 4]) // "add x0, x1, #4" */
export function formatInstruction(mnemonic: string, ops: readonly unknown[]): string {
  return ops.length === 0 ? mnemonic : `${mnemonic} ${ops.map(formatOperand).join(", ")}`;
}
