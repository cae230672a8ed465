/**
 * schema.ts — parses the AArch64 row files into `Form`s: the form's
 * mnemonic and operand tokens (tokens.ts), its encoding diagram (fields.ts),
 * its arrangement scheme (schemes.ts) and flags. Every operand kind's fields
 * are resolved against the row's diagram here, once, so the encoder only
 * ORs precomputed bit positions. A malformed row throws a plain Error when
 * the table loads (a table bug, caught by the tests).
 *
 * Row: `form | encoding | flags`. Flags (space separated): `T=<scheme>`,
 * `feat=<name>`, `check=<wb|rt2|stx>` (llvm-mc's "unpredictable" refusals),
 * `relax=<b19|b14>` (a label branch that the assembler may invert and
 * extend when its target is out of reach).
 */
import { K_W, K_WSP, K_WZR } from "../registers.ts";
import { CONDITIONS } from "../operands.ts";
import { joinFields, parseDiagram, place, type Diagram, type FieldLoc } from "./fields.ts";
import type { OpSpec, TokenInfo } from "./kind.ts";
import { gp } from "./kinds-reg.ts";
import { schemeByName, type Variant } from "./schemes.ts";
import { parseToken } from "./tokens.ts";

/** One encoding form of one mnemonic. */
export interface Form {
  readonly mnemonic: string;
  /** The row's form text with the mnemonic (e.g. `add <Xd|SP>, <Xn|SP>, #<aimm>`). */
  readonly text: string;
  /** Row file (family) the form comes from. */
  readonly family: string;
  readonly ops: readonly OpSpec[];
  /** Operands that must be present (trailing optional ones may be left out). */
  readonly minOps: number;
  /** Fixed bits of the instruction word. */
  readonly base: number;
  /** Arrangement variants, or null for rows without a scheme. */
  readonly variants: readonly Variant[] | null;
  /** The variant's field bits, per variant (same order as variants). */
  readonly variantBits: readonly number[];
  /** 32 or 64: width of the first general-purpose operand (64 when none). */
  readonly datasize: number;
  /** llvm-mc's unpredictable-combination checks (`wb`, `rt2`, `stx`). */
  readonly checks: readonly string[];
  /** Relaxable label branch: "" or "b19" / "b14". */
  readonly relax: string;
  /** Required architecture features beyond the base set (e.g. "lse"). */
  readonly features: readonly string[];
}

/** Split a form's operand text at top-level commas; `{, x}` marks an optional operand, `[..], #imm` is one operand. */
export function splitOperands(text: string): { tok: string; optional: boolean }[] {
  const out: { tok: string; optional: boolean }[] = [];
  let depth = 0, cur = "", optional = false;
  const push = () => {
    const t = cur.trim();
    if (t !== "") out.push({ tok: t, optional });
    cur = "";
    optional = false;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (depth === 0 && ch === "{" && text[i + 1] === ",") {
      push();
      optional = true;
      depth = 1;
      i++; // skip the comma
      continue;
    }
    if (ch === "[" || ch === "{") depth++;
    if (ch === "]" || ch === "}") {
      depth--;
      if (depth === 0 && optional && ch === "}") {
        const t = cur.trim();
        out.push({ tok: t, optional: true });
        cur = "";
        optional = false;
        continue;
      }
    }
    if (ch === "," && depth === 0) {
      push();
      continue;
    }
    cur += ch;
  }
  push();
  // "[<Xn|SP>]" followed by "#<simm9>" or "<Xm>" is one post-indexed operand
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i]!, b = out[i + 1]!;
    if (a.tok.endsWith("]") && a.tok.startsWith("[") && (b.tok.startsWith("#") || b.tok === "<Xm>")) {
      out.splice(i, 2, { tok: `${a.tok}, ${b.tok}`, optional: false });
    }
  }
  return out;
}

function resolve(t: TokenInfo, d: Diagram, tok: string, optional: boolean, where: string): OpSpec {
  const locs: FieldLoc[] = [];
  for (const name of t.kind.fields(t)) {
    if (name.includes(":")) {
      locs.push(joinFields(d, name.split(":"), where));
      continue;
    }
    const list = d.fields.get(name);
    if (list === undefined) throw new Error(`${where}: operand ${tok} writes field "${name}", which the encoding lacks`);
    // a name written several times receives the same value everywhere
    let loc: FieldLoc = list[list.length - 1]!;
    for (let k = list.length - 2; k >= 0; k--) loc = { ...list[k]!, also: loc };
    locs.push(loc);
  }
  return { token: tok, kind: t.kind, locs, v: t.v, p: t.p, p2: t.p2, optional };
}

/** Parse one row into its forms (a `b.<cond>` row expands to every condition). */
export function parseRow(line: string, family: string): Form[] {
  const cols = line.split(/\s\|(?=\s|$)/).map((s) => s.trim());
  const where = `${family}: ${cols[0]}`;
  const formText = cols[0]!;
  const sp = formText.search(/\s/);
  const mnem = sp < 0 ? formText : formText.slice(0, sp);
  const rest = sp < 0 ? "" : formText.slice(sp + 1);
  const d = parseDiagram(cols[1] ?? "", where);
  const flags = (cols[2] ?? "").split(/\s+/).filter((f) => f !== "");
  let schemeName = "", relax = "";
  const checks: string[] = [], features: string[] = [];
  for (const f of flags) {
    const [k, v = ""] = f.split("=");
    if (k === "T") schemeName = v;
    else if (k === "feat") features.push(v);
    else if (k === "check") checks.push(v);
    else if (k === "relax") relax = v;
    else throw new Error(`${where}: unknown flag "${f}"`);
  }
  const toks = splitOperands(rest);
  const ops = toks.map(({ tok, optional }) => resolve(parseToken(tok, where), d, tok, optional, where));
  let minOps = ops.length;
  while (minOps > 0 && ops[minOps - 1]!.optional) minOps--;
  for (let k = 0; k < minOps; k++) if (ops[k]!.optional) throw new Error(`${where}: an optional operand before a required one`);
  const firstGp = ops.find((o) => o.kind === gp);
  const datasize = firstGp !== undefined && (firstGp.p & (K_W | K_WZR | K_WSP)) !== 0 ? 32 : 64;
  let variants: readonly Variant[] | null = null;
  let variantBits: number[] = [];
  if (schemeName !== "") {
    const sch = schemeByName(schemeName);
    if (sch === undefined) throw new Error(`${where}: unknown scheme "${schemeName}"`);
    variants = sch.variants;
    variantBits = sch.variants.map((v) => {
      let bits = 0;
      for (const [name, value] of v.fields) {
        const locs = d.fields.get(name);
        if (locs === undefined) throw new Error(`${where}: scheme ${schemeName} writes field "${name}", which the encoding lacks`);
        for (const l of locs) bits |= place(l, value);
      }
      return bits >>> 0;
    });
  }
  const make = (mnemonic: string, extra: number): Form => ({
    mnemonic, text: formText.replace(mnem, mnemonic), family, ops, minOps, base: (d.base | extra) >>> 0, variants, variantBits, datasize, checks, relax, features,
  });
  if (mnem.includes("<cond>")) {
    const loc = d.fields.get("cond");
    if (loc === undefined || loc.length !== 1) throw new Error(`${where}: a <cond> mnemonic needs one cond field`);
    const out: Form[] = [];
    const names: [string, number][] = CONDITIONS.map((c, i) => [c, i]);
    names.push(["hs", 2], ["lo", 3]);
    for (const [c, code] of names) out.push(make(mnem.replace("<cond>", c), place(loc[0]!, code)));
    return out;
  }
  return [make(mnem, 0)];
}

/** Parse a row file (one row per line; `#` comments and blank lines skipped). */
export function parseRows(rows: readonly string[], family: string): Form[] {
  const out: Form[] = [];
  for (const r of rows) {
    const line = r.trim();
    if (line === "" || line.startsWith("#")) continue;
    for (const f of parseRow(line, family)) out.push(f);
  }
  return out;
}
