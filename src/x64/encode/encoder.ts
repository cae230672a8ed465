/**
 * encoder.ts — the general path's encoding: one selected and checked form
 * plus its operands into bytes, by the form's plan (plan.ts) and the general
 * encoder of its kind, derived from the one description of encodings
 * (steps.ts). It switches on encoding classes, never on mnemonics. Label
 * references are not resolved here: the encoder leaves a placeholder and
 * hands its sink a fixup (where, measured from where, to which label),
 * patched after layout.
 */
import type { CodeBuffer } from "../../core/code-buffer.ts";
import type { Label } from "../../core/label.ts";
import type { FixupKind } from "../../core/layout.ts";
import { Mem, type Operand, type Rounding } from "../operands.ts";
import { type Form, ROLE_M } from "../table/schema.ts";
import { planOf } from "./plan.ts";
import { fullEncoder } from "./steps.ts";

export { SEG_PREFIX, symmetricPredicate } from "./steps.ts";

/** Where the encoder writes: a code buffer, and a receiver of label references (core/layout.ts `Layout` is one). */
export interface EncodeSink {
  readonly code: CodeBuffer;
  /** A reference to `label` in the field at `at`, measured from `origin` (the instruction's end), plus `addend`. */
  fixup(kind: FixupKind, at: number, origin: number, label: Label, addend: number, what: string): void;
}

/**
 * Encode `ops[0..n)` with form `f` into the sink. `prefix` is a pending
 * lock/rep byte (0 for none) in its low byte and a pending segment prefix byte
 * for an implicit [rsi] source (movs/lods/cmps, form flag `seg`) in bits 8–15;
 * `rc` an optional rounding operand. The operands are checked (check.ts):
 * nothing here throws but a full buffer's ELIMIT.
 */
export function encode(sink: EncodeSink, f: Form, o0: Operand | undefined, o1: Operand | undefined, o2: Operand | undefined, o3: Operand | undefined, n: number, prefix: number, rc: Rounding | null): void {
  let mem = false;
  for (let i = 0; i < n; i++) {
    if (f.ops[i]!.role === ROLE_M) mem = (i === 0 ? o0 : i === 1 ? o1 : i === 2 ? o2 : o3) instanceof Mem;
  }
  const pl = planOf(f, mem);
  fullEncoder(pl.kind)(pl, sink, o0, o1, o2, o3, prefix, rc);
}
