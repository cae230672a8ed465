/**
 * kind.ts — the contract between an operand token of a row and the encoder:
 * an `OperandKind` says which operands it accepts (class bits, then a
 * precise check of values and arrangements), which fields it writes and how,
 * how to describe what it expects (errors) and its TypeScript type (the
 * generated builder overloads). The kinds themselves live in kinds-*.ts; the
 * token grammar that picks a kind is in tokens.ts.
 */
import type { FieldLoc } from "./fields.ts";
import type { Variant, VarName } from "./schemes.ts";

/** accept() results. */
export const OK = 0;
/** The operand is of another kind (register where an immediate is expected, wrong arrangement, ...). */
export const MISMATCH = 1;
/** Right kind, but a value out of range or not encodable: reported as ERANGE when no form fits. */
export const RANGE = 2;

/** Per-instruction scratch state shared by the kinds of one form while it is matched and encoded. */
export interface Ctx {
  /** The variant being tried (null for rows without a scheme). */
  variant: Variant | null;
  /** 32 or 64: the width of the row's first general-purpose operand (64 when it has none). */
  datasize: number;
  /** All operands of the instruction. */
  ops: readonly unknown[];
  /** Index of the operand being checked / encoded. */
  i: number;
  /** lsb of a bitfield alias (written by the lsb kind, read by the width kind). */
  lsb: number;
  /** Bytes transferred by a register list (structure loads/stores), for the post-index immediate. */
  listBytes: number;
  /** Registers in that list (ld1r's post-index is count × element size). */
  listCount: number;
  /** A label operand met while encoding, with its fixup kind (set by label kinds). */
  label: object | null;
  labelKind: number;
  /** Offset inside a literal pool entry... reserved: the label's addend. */
  addend: number;
}

/** A parsed operand token of one row, with its fields resolved in that row's encoding. */
export interface OpSpec {
  /** The token as written in the row, e.g. `<Xd|SP>`, `#<aimm>`, `[<Xn|SP>{, #<pimm8>}]`. */
  readonly token: string;
  readonly kind: OperandKind;
  /** The kind's fields, located in the row's encoding (kind.fields order). */
  readonly locs: readonly FieldLoc[];
  /** Arrangement / scalar var (`<Vd>.<T>` → "T"), or null. */
  readonly v: VarName | null;
  /** Kind parameters (fixed arrangement, scale, list length, accepted class bits, ...). */
  readonly p: number;
  readonly p2: number;
  /** True for a trailing `{, ...}` operand that may be left out. */
  readonly optional: boolean;
}

/** How one operand token is checked and encoded. */
export interface OperandKind {
  /** Name (also used by the golden generator and the fuzzer to pick sample operands). */
  readonly name: string;
  /** Field names written, resolved per row into OpSpec.locs (a name may be a join: `immhi:immlo`). */
  fields(spec: TokenInfo): readonly string[];
  /** OK, MISMATCH or RANGE. */
  accept(o: unknown, s: OpSpec, c: Ctx): number;
  /** The bits this operand contributes (called only after accept() returned OK). */
  encode(o: unknown, s: OpSpec, c: Ctx): number;
  /** The bits an optional operand contributes when it is left out (default 0): `add x0, sp, x1` is uxtx. */
  absent?(s: OpSpec, c: Ctx): number;
  /** What is expected, for an error message ("x0–x30 or xzr", "an immediate 0–4095"). */
  expect(s: OpSpec, v: Variant | null, datasize: number): string;
  /** The TypeScript type of the operand for the generated overloads. */
  ts(s: OpSpec, v: Variant | null, datasize: number): string;
}

/** What the token parser finds before the fields are resolved. */
export interface TokenInfo {
  readonly kind: OperandKind;
  /** Register field for register tokens (`Rd`, `Rn`, ...), if any. */
  readonly field: string;
  readonly v: VarName | null;
  readonly p: number;
  readonly p2: number;
}
