/**
 * state.ts — the decoder's working state for one instruction (prefixes,
 * REX/REX2/VEX/EVEX/XOP fields, ModRM/SIB/displacement, reused across calls)
 * and its result types. Reading bytes is decoder.ts's job, choosing the form
 * choose.ts's, building operands operands.ts's.
 */
import type { Mem, Rounding } from "../operands.ts";
import type { Reg } from "../registers.ts";
import type { Form } from "../table/schema.ts";
import { MAP_1BYTE, SP_LEGACY } from "./tables.ts";

/** A relative branch target: the displacement as llvm-mc prints it, and the absolute address it reaches. */
export class BranchTarget {
  constructor(
    /** Signed displacement from the end of the instruction. */
    readonly displacement: number,
    /** Absolute target address (the decode address + length + displacement). */
    readonly target: number,
    /** Print the absolute address (`0x401007`, as llvm-objdump does) instead of the displacement (llvm-mc). */
    readonly absolute: boolean,
    /** The bunjit function the target is in, as llvm-objdump names symbols (`<dot+0x1d>`), or "". */
    readonly symbol: string = "",
  ) {}
  toString(): string {
    return this.absolute ? `0x${this.target.toString(16)}${this.symbol !== "" ? ` ${this.symbol}` : ""}` : String(this.displacement);
  }
}

/** A decoded operand: a builder operand, or a branch target. */
export type DecodedOperand = Reg | Mem | number | bigint | BranchTarget;

/** The raw result of decoding one instruction (decode.ts wraps it for the public API). */
export interface RawInstruction {
  /** Bytes the instruction takes; for an invalid encoding, the bytes llvm-mc skips. */
  length: number;
  /** The table form; null for an invalid encoding and for a prefix llvm prints on its own (`lock`, `xacquire`). */
  form: Form | null;
  /** Mnemonic of a lone prefix (form null, valid), else "". */
  prefixOnly: string;
  valid: boolean;
  operands: DecodedOperand[];
  rounding: Rounding | null;
  /** Prefix words llvm prints before the mnemonic ("lock", "rep", "repne", "addr32"), space-separated, or "". */
  prefix: string;
  /** Address-size prefix seen (string instructions print edi/esi). */
  addr32: boolean;
  /** Last segment override prefix (0 es … 5 gs), or -1. */
  seg: number;
  /** A mnemonic llvm prints instead of the form's, or "" (a moffs form with a 32-bit address is `mov`, not `movabs`). */
  mnemonic: string;
}

export function isRex(b: number): boolean {
  return (b & 0xf0) === 0x40;
}

/** Per-instruction decoding state, reused across calls (no allocation but the operands). */
export class State {
  bytes: Uint8Array = new Uint8Array(0);
  start = 0;
  end = 0;
  pos = 0;
  // prefixes
  opsize = false; adsize = false; lock = false; rep = 0; mandatory = 0; seg = -1; rex = 0; xacq = false;
  // vector extension
  space = SP_LEGACY; map = 0; W = 0; R = 0; X = 0; B = 0; R2 = 0; X4 = 0; B4 = 0; V2 = 0; vvvv = 0; L = 0; pp = 0; aaa = 0; z = 0; bcst = 0; U = 1;
  rex2 = false;
  opcode = 0;
  // ModRM / SIB / displacement
  hasModrm = false; modrm = 0; mod = 0; regF = 0; rmF = 0;
  sib = -1; dispBytes = 0; disp = 0; rip = false;
  baseNum = -1; indexNum = -1; scale = 1;

  reset(bytes: Uint8Array, start: number, end: number): void {
    this.bytes = bytes; this.start = start; this.end = end; this.pos = start;
    this.opsize = false; this.adsize = false; this.lock = false; this.rep = 0; this.mandatory = 0; this.seg = -1; this.rex = 0; this.xacq = false;
    this.space = SP_LEGACY; this.map = MAP_1BYTE; this.W = 0; this.R = 0; this.X = 0; this.B = 0; this.R2 = 0; this.X4 = 0; this.B4 = 0; this.V2 = 0; this.vvvv = 0;
    this.rex2 = false;
    this.L = 0; this.pp = 0; this.aaa = 0; this.z = 0; this.bcst = 0; this.U = 1;
    this.hasModrm = false; this.sib = -1; this.dispBytes = 0; this.disp = 0; this.rip = false; this.baseNum = -1; this.indexNum = -1; this.scale = 1;
  }
}

export function invalid(out: RawInstruction, length: number): RawInstruction {
  out.length = Math.max(1, length);
  out.valid = false;
  out.form = null;
  out.prefixOnly = "";
  out.operands = [];
  out.rounding = null;
  out.prefix = "";
  return out;
}
