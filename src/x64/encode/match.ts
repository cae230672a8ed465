/**
 * match.ts — chooses the form of an instruction that fits its operands: the
 * first row, in table order, whose every operand token accepts the operand.
 * Also explains a failed match in words ("operand 2 of add: expected ...").
 */
import { JitError } from "../../core/errors.ts";
import { Label } from "../../core/label.ts";
import { MANY, Mem, Rounding } from "../operands.ts";
import { Reg } from "../registers.ts";
import { IMM_NONE, type Form, type OpSpec } from "../table/schema.ts";
import { immFits } from "./immediate.ts";
import type { Operand } from "./encoder.ts";

/** Does operand `o` fit token `s` of form `f`? */
export function accepts(f: Form, s: OpSpec, o: Operand): boolean {
  if (o instanceof Reg) {
    if ((o.cls & s.rcls) === 0) return false;
    if (o.mask !== 0 && !s.maskOk) return false;
    if (o.zero && !s.zeroOk) return false;
    return true;
  }
  if (o instanceof Mem) return (o.mcls & s.mcls) !== 0;
  if (typeof o === "number" || typeof o === "bigint") return s.imm !== IMM_NONE && immFits(s.imm, o, f.opSize);
  if (o instanceof Label) return s.rel !== 0;
  return false;
}

/**
 * The first form of `forms` that accepts `ops[0..n)`, or throws a JitError.
 * `rc` is a trailing rounding operand, already split off by the caller.
 * @throws JitError EOPERAND (no form fits, or an unsized memory operand is ambiguous), ERANGE (an immediate fits no form's range)
 */
export function selectForm(mnemonic: string, forms: readonly Form[], ops: readonly Operand[], n: number, rc: Rounding | null): Form {
  let found: Form | null = null;
  let unsizedAt = -1;
  for (let fi = 0; fi < forms.length; fi++) {
    const f = forms[fi]!;
    const specs = f.ops;
    if (specs.length !== n) continue;
    let ok = true;
    for (let i = 0; i < n; i++) {
      if (!accepts(f, specs[i]!, ops[i]!)) { ok = false; break; }
    }
    if (!ok) continue;
    if (rc !== null && !(rc.mode >= 0 ? f.er : f.sae || f.er)) continue;
    if (found === null) {
      found = f;
      // an unsized memory operand: look on for a form of another size
      for (let i = 0; i < n; i++) {
        const o = ops[i];
        if (o instanceof Mem && (o.mcls & MANY) !== 0 && (specs[i]!.mcls & MANY) === 0) { unsizedAt = i; break; }
      }
      if (unsizedAt < 0) return f;
    } else if (f.ops[unsizedAt]!.bits !== found.ops[unsizedAt]!.bits) {
      throw new JitError("EOPERAND", `ambiguous operand size for ${mnemonic}: operand ${unsizedAt + 1} could be ${sizeWord(found.ops[unsizedAt]!.bits)} or ${sizeWord(f.ops[unsizedAt]!.bits)}; write e.g. ${sizeWord(found.ops[unsizedAt]!.bits)} ptr [...]`, { instruction: mnemonic, operand: unsizedAt + 1 });
    }
  }
  if (found !== null) return found;
  throw explain(mnemonic, forms, ops, n, rc);
}

function sizeWord(bits: number): string {
  return ({ 8: "byte", 16: "word", 32: "dword", 64: "qword", 80: "tbyte", 128: "xmmword", 256: "ymmword", 512: "zmmword" } as Record<number, string>)[bits] ?? `${bits}-bit`;
}

/** Describe an operand for an error message. */
export function describe(o: unknown): string {
  if (o instanceof Reg || o instanceof Mem || o instanceof Label || o instanceof Rounding) return String(o);
  if (typeof o === "number" || typeof o === "bigint") return `immediate ${String(o)}`;
  if (o === undefined) return "nothing";
  return `${typeof o} ${String(o)}`;
}

function explain(mnemonic: string, forms: readonly Form[], ops: readonly Operand[], n: number, rc: Rounding | null): JitError {
  const arities = [...new Set(forms.map((f) => f.ops.length))].sort();
  const sameArity = forms.filter((f) => f.ops.length === n);
  const shown = ops.slice(0, n).map(describe).join(", ") + (rc ? `, ${rc}` : "");
  if (sameArity.length === 0) {
    return new JitError("EOPERAND", `${mnemonic} takes ${arities.join(" or ")} operand${arities.length === 1 && arities[0] === 1 ? "" : "s"}, got ${n}${n ? ` (${shown})` : ""}; forms: ${forms.map((f) => f.text).join("; ")}`, { instruction: mnemonic });
  }
  // find the operand position where the candidates give out
  let cands = sameArity;
  for (let i = 0; i < n; i++) {
    const o = ops[i]!;
    const next = cands.filter((f) => accepts(f, f.ops[i]!, o));
    if (next.length === 0) {
      const expected = [...new Set(cands.map((f) => f.ops[i]!.text.replace(/\{[kz]\}/g, "")))];
      const isImm = typeof o === "number" || typeof o === "bigint";
      const immShape = cands.some((f) => f.ops[i]!.imm !== IMM_NONE);
      if (isImm && immShape && (typeof o === "bigint" || Number.isInteger(o))) {
        const immTokens = [...new Set(cands.filter((f) => f.ops[i]!.imm !== IMM_NONE).map((f) => f.ops[i]!.text))];
        return new JitError("ERANGE", `operand ${i + 1} of ${mnemonic}: ${String(o)} does not fit ${immTokens.join(" or ")}`, { instruction: mnemonic, operand: i + 1 });
      }
      let extra = "";
      if (o instanceof Reg && (o.mask !== 0 || o.zero) && cands.some((f) => (f.ops[i]!.rcls & o.cls) !== 0)) extra = " (this form takes no {k}/{z} mask)";
      return new JitError("EOPERAND", `operand ${i + 1} of ${mnemonic}: expected ${expected.join(", ")}; got ${describe(o)}${extra}`, { instruction: mnemonic, operand: i + 1 });
    }
    cands = next;
  }
  if (rc !== null) return new JitError("EOPERAND", `${mnemonic} ${shown}: ${rc} is not allowed for this form (only register forms of instructions with {er}/{sae})`, { instruction: mnemonic, operand: n + 1 });
  return new JitError("EOPERAND", `${mnemonic} ${shown}: no form accepts this combination; forms: ${sameArity.map((f) => f.text).join("; ")}`, { instruction: mnemonic });
}
