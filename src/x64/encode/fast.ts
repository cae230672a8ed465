/**
 * fast.ts — the builder's hot path: a plain instruction (no prefix, no
 * decorations, no labels) whose class vector the selector has memoised is
 * encoded straight from its form's plan (plan.ts), without selection or
 * checks. Two tiers, both derived from the one description of encodings
 * (steps.ts), for every encoding class — legacy, VEX and EVEX:
 *
 *   cold  one shared encoder per plan kind reads the plan (one data shape,
 *         monomorphic call sites, warm after a few calls for every form);
 *   hot   a plan used `specializeAfter` (1,000) times gets its own function
 *         with every plan field folded into a literal, leaving only the
 *         operand-dependent branches.
 *
 * Contract: `fastEncode` returns true after writing exactly the bytes the
 * general path writes, or returns false — having possibly written some
 * bytes, which the caller discards — when the operands need what the fast
 * steps do not do (ah..bh with REX, an absolute, 32-bit, segment-prefixed or
 * VSIB address, a bigint immediate — the general path's checks see them): the caller then takes the general path,
 * which produces the same bytes or the error. It never throws and never
 * reports fixups (label operands never reach it). The caller guarantees 32
 * bytes of room, no pending lock/rep prefix and no listing.
 *
 * Checked by test/encode/golden.test.ts: every golden line is built twice (the
 * repeat takes this path), once with plans only and once with every plan
 * specialised.
 */
import type { CodeBuffer } from "../../core/code-buffer.ts";
import { C_DECO } from "../classes.ts";
import type { Operand } from "../operands.ts";
import type { Form } from "../table/schema.ts";
import { K_LZ, type Plan, planOf } from "./plan.ts";
import { fastEncoder, type SpecEncoder, specialEncoder } from "./steps.ts";

/** A form's plan, as the fast tier uses it. */
export type FastPlan = Plan;
export type { SpecEncoder };

/**
 * Uses of a plan before it is compiled to straight-line code. The shared
 * plan-reading encoders warm up fast (one JIT'd body for every form of a
 * kind) but branch on per-form data; a hot plan gets its own function with
 * every constant folded in. Tests set 0 (always) and Infinity (never) to check both.
 */
let specializeAfter = 1000;
/** @internal for tests: the hot-plan threshold (0: specialise on first use, Infinity: never). */
export function setSpecializeAfter(n: number): void {
  specializeAfter = n;
}

/**
 * The fast plan for form `f` with operands of these lo class words, or null
 * when the fast steps cannot encode the form at all (relative targets: jumps
 * are layout items; moffs: a 64-bit absolute address).
 * @param l0 the operands' lo words as matched (register bits, 0 for memory and immediates)
 */
export function fastPlanOf(f: Form, l0: number, l1: number, l2: number, l3: number): FastPlan | null {
  let rmIdx = -1;
  for (let i = 0; i < f.ops.length; i++) if (f.ops[i]!.role === 2 /* ROLE_M */) rmIdx = i;
  const lo = rmIdx === 0 ? l0 : rmIdx === 1 ? l1 : rmIdx === 2 ? l2 : l3;
  const pl = planOf(f, rmIdx >= 0 && (lo & ~C_DECO) === 0);
  return pl.relIdx >= 0 || (pl.kind === K_LZ && pl.rmIdx >= 0) ? null : pl;
}

/**
 * Write one instruction at `b.pos` by plan `p`; false: not handled (the caller
 * resets `b.pos` and takes the general path). See the contract above.
 */
export function fastEncode(p: FastPlan, b: CodeBuffer, o0: Operand | undefined, o1: Operand | undefined, o2: Operand | undefined, o3: Operand | undefined): boolean {
  const spec = p.spec;
  if (spec !== null) return spec(b, o0, o1, o2, o3);
  if (++p.uses > specializeAfter) {
    const s = (p.spec = specialEncoder(p));
    return s(b, o0, o1, o2, o3);
  }
  return fastEncoder(p.kind)(p, b, o0, o1, o2, o3);
}
