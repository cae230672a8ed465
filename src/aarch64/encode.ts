/**
 * encode.ts — chooses the form of an AArch64 instruction and builds its
 * 32-bit word. The forms of a mnemonic are tried in table order (the first
 * that accepts every operand wins, which is how the table reproduces
 * llvm-mc's choices: `ldr x0, [x1, #-8]` falls through to the ldur row,
 * `mov x0, #-1` reaches movn before orr); within a form with a scheme each
 * arrangement variant is tried. Encoding switches on operand kinds, never on
 * mnemonics. A label operand is reported back through the Ctx (the
 * assembler records the fixup); this module keeps no state between calls.
 */
import { JitError } from "../core/errors.ts";
import { Mem } from "./operands.ts";
import { describeOperand } from "./operands.ts";
import { K_SP, K_WSP, Reg, isGp } from "./registers.ts";
import { MISMATCH, OK, RANGE, type Ctx } from "./table/kind.ts";
import type { Form } from "./table/schema.ts";

/** A fresh scratch context (one per assembler). */
export function newCtx(): Ctx {
  return { variant: null, datasize: 64, ops: [], i: 0, lsb: 0, listBytes: 0, listCount: 0, label: null, labelKind: 0, addend: 0 };
}

/** The result of a successful match: the form, its variant index and the word. */
export interface Match {
  form: Form;
  variant: number;
  word: number;
}

function tryForm(f: Form, vi: number, ops: readonly unknown[], n: number, c: Ctx, fail: Failure): boolean {
  c.variant = f.variants === null ? null : f.variants[vi]!;
  c.datasize = f.datasize;
  c.ops = ops;
  c.lsb = 0;
  c.listBytes = 0;
  c.listCount = 0;
  c.label = null;
  for (let i = 0; i < n; i++) {
    const s = f.ops[i]!;
    c.i = i;
    const r = s.kind.accept(ops[i], s, c);
    if (r !== OK) {
      fail.note(f, vi, i, r);
      return false;
    }
  }
  return true;
}

/** Collects the deepest failure over all forms, for the error message. */
class Failure {
  depth = -1;
  range = false;
  expects: string[] = [];
  note(f: Form, vi: number, i: number, r: number): void {
    const isRange = r === RANGE;
    if (i < this.depth || (i === this.depth && this.range && !isRange)) return;
    if (i > this.depth || (isRange && !this.range)) {
      this.depth = i;
      this.range = isRange;
      this.expects = [];
    }
    const s = f.ops[i]!;
    const e = s.kind.expect(s, f.variants === null ? null : f.variants[vi]!, f.datasize);
    if (!this.expects.includes(e)) this.expects.push(e);
  }
}

/**
 * Choose the form for `ops` among `forms` and encode it.
 * @throws JitError EOPERAND (no form accepts the operands; the message lists what was expected at the first
 *   operand that fails), ERANGE (the right kinds, a value out of range)
 */
export function encodeInstruction(name: string, forms: readonly Form[], ops: readonly unknown[], c: Ctx): Match {
  const n = ops.length;
  const fail = new Failure();
  let counts = false;
  for (let k = 0; k < forms.length; k++) {
    const f = forms[k]!;
    if (n < f.minOps || n > f.ops.length) continue;
    counts = true;
    const nv = f.variants === null ? 1 : f.variants.length;
    for (let vi = 0; vi < nv; vi++) {
      if (!tryForm(f, vi, ops, n, c, fail)) continue;
      if (f.checks.length > 0) check(f, ops, name);
      let w = f.base | (f.variants === null ? 0 : f.variantBits[vi]!);
      for (let i = 0; i < n; i++) {
        const s = f.ops[i]!;
        c.i = i;
        w |= s.kind.encode(ops[i], s, c);
      }
      for (let i = n; i < f.ops.length; i++) {
        const s = f.ops[i]!;
        if (s.kind.absent !== undefined) w |= s.kind.absent(s, c);
      }
      return { form: f, variant: vi, word: w >>> 0 };
    }
  }
  if (!counts) {
    const lens = [...new Set(forms.map((f) => (f.minOps === f.ops.length ? `${f.minOps}` : `${f.minOps}–${f.ops.length}`)))];
    throw new JitError("EOPERAND", `${name} takes ${lens.join(" or ")} operand(s), got ${n}`, { instruction: name });
  }
  const i = fail.depth;
  const got = describeOperand(ops[i]);
  const ex = fail.expects.length > 6 ? `${fail.expects.slice(0, 6).join("; or ")}; or … (${fail.expects.length - 6} more)` : fail.expects.join("; or ");
  throw new JitError(fail.range ? "ERANGE" : "EOPERAND", `operand ${i + 1} of ${name}: expected ${ex}; got ${got}`, {
    instruction: name,
    operand: i + 1,
  });
}

/** Identity of a GP register for overlap checks: w5 and x5 are one register; zr and sp are two. */
function regId(r: Reg): number {
  return r.num === 31 && (r.cls & (K_SP | K_WSP)) !== 0 ? 32 : r.num;
}

/** llvm-mc's refusals of unpredictable register combinations (the row's `check=` flags). */
function check(f: Form, ops: readonly unknown[], name: string): void {
  const m = ops.find((o): o is Mem => o instanceof Mem);
  for (const c of f.checks) {
    if (c === "wb" && m !== undefined) {
      const b = regId(m.base);
      for (const o of ops) {
        if (o instanceof Reg && isGp(o) && regId(o) === b) throw new JitError("EOPERAND", `${name}: unpredictable: the writeback base ${m.base.name} is also a transfer register`, { instruction: name });
      }
    } else if (c === "rt2") {
      const [a, b] = ops;
      if (a instanceof Reg && b instanceof Reg && (isGp(a) ? regId(a) === regId(b) : a.num === b.num)) {
        throw new JitError("EOPERAND", `${name}: unpredictable: both transfer registers are ${a.name}`, { instruction: name });
      }
    } else if (c === "stx") {
      const st = regId(ops[0] as Reg);
      for (let k = 1; k < ops.length; k++) {
        const o = ops[k];
        const r = o instanceof Mem ? o.base : o;
        if (r instanceof Reg && isGp(r) && regId(r) === st) throw new JitError("EOPERAND", `${name}: unpredictable: the status register ${(ops[0] as Reg).name} is also a source`, { instruction: name });
      }
    }
  }
}
