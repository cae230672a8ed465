/**
 * layout-kinds.ts — what the architecture-neutral layout (core/layout.ts)
 * needs to know about x86-64: relaxable jumps (rel8 ↔ rel32, measured from
 * the end of the instruction), the reference fields patched after layout
 * (rel8, rel32, RIP-relative disp32) and code padding with llvm-mc-22's
 * multi-byte NOPs (up to 15 bytes). It encodes no instruction itself: a jump's opcode bytes
 * come from its two table forms.
 */
import type { BranchKind, FixupKind, LayoutTarget } from "../core/layout.ts";
import type { Form } from "./table/schema.ts";

function writeI32(out: Uint8Array, at: number, v: number): void {
  out[at] = v;
  out[at + 1] = v >>> 8;
  out[at + 2] = v >>> 16;
  out[at + 3] = v >>> 24;
}

/** A jump with a rel8 form and a rel32 form (jmp, jcc): each distinct pair of opcode byte strings is one kind. */
export class JumpKind implements BranchKind {
  readonly sizes: readonly number[];
  readonly reach = 130; // a rel8 jump is at most 2–5 bytes: 127 + its size
  constructor(
    /** prefix and opcode bytes of the rel8 form, then of the rel32 form */
    readonly shortOp: readonly number[],
    readonly longOp: readonly number[],
  ) {
    this.sizes = [shortOp.length + 1, longOp.length + 4];
  }
  fits(v: number, at: number, target: number): boolean {
    const d = target - (at + this.sizes[v]!);
    return v === 0 ? d >= -128 && d <= 127 : d >= -0x80000000 && d <= 0x7fffffff;
  }
  write(out: Uint8Array, at: number, v: number, target: number): void {
    const op = v === 0 ? this.shortOp : this.longOp;
    for (let q = 0; q < op.length; q++) out[at + q] = op[q]!;
    const d = target - (at + this.sizes[v]!);
    if (v === 0) out[at + op.length] = d & 0xff;
    else writeI32(out, at + op.length, d);
  }
}

/** rel8 form → its jump kind (null if it has no rel32 sibling), computed once per form. */
const jumpKinds = new Map<Form, JumpKind | null>();
/** The relaxable jump kind of a rel8 form, or null (loop, jrcxz: rel8 only, and every non-jump form). */
export function jumpKindOf(f: Form, forms: readonly Form[]): JumpKind | null {
  let k = jumpKinds.get(f);
  if (k === undefined) {
    const long = f.ops.length === 1 && f.ops[0]!.rel === 8 ? (forms.find((x) => x.ops.length === 1 && x.ops[0]!.rel === 32) ?? null) : null;
    k = long === null ? null : new JumpKind([...f.prefixes, ...f.opcode], [...long.prefixes, ...long.opcode]);
    jumpKinds.set(f, k);
  }
  return k;
}

/** A displacement field of `bytes` bytes measured from the instruction's end (plus the displacement written). */
function relField(bytes: 1 | 4, name: string): FixupKind {
  const lo = bytes === 1 ? -128 : -0x80000000, hi = bytes === 1 ? 127 : 0x7fffffff;
  return {
    name,
    patch(out, at, origin, target, addend) {
      const d = target - origin + addend;
      if (d < lo || d > hi) return false;
      if (bytes === 1) out[at] = d & 0xff;
      else writeI32(out, at, d);
      return true;
    },
  };
}
/** A rel8 field (loop, jrcxz, and jumps written with a rel8 form explicitly). */
export const REL8: FixupKind = relField(1, "rel8 displacement (-128..127)");
/** A rel32 or RIP-relative disp32 field. */
export const REL32: FixupKind = relField(4, "32-bit displacement");

/**
 * llvm-mc's multi-byte NOPs (1–10 bytes). llvm-mc 22 (generic x86-64: 15-byte NOPs are fast) pads in
 * chunks of at most 15 bytes; a chunk of 11–15 bytes is 0x66 prefixes on the 10-byte NOP.
 */
const NOPS: readonly (readonly number[])[] = [
  [],
  [0x90],
  [0x66, 0x90],
  [0x0f, 0x1f, 0x00],
  [0x0f, 0x1f, 0x40, 0x00],
  [0x0f, 0x1f, 0x44, 0x00, 0x00],
  [0x66, 0x0f, 0x1f, 0x44, 0x00, 0x00],
  [0x0f, 0x1f, 0x80, 0x00, 0x00, 0x00, 0x00],
  [0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00],
  [0x66, 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00],
  [0x66, 0x2e, 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00],
];

/** x86-64 as a layout target: code padding is multi-byte NOPs. */
export const X64_LAYOUT: LayoutTarget = {
  padCode(out, at, n) {
    while (n > 0) {
      const k = n > 15 ? 15 : n;
      if (k > 10) {
        out.fill(0x66, at, at + k - 10);
        out.set(NOPS[10]!, at + k - 10);
      } else out.set(NOPS[k]!, at);
      at += k;
      n -= k;
    }
  },
};
