/**
 * schemes.ts — arrangement schemes: how a SIMD row's `<T>`, `<Ta>`/`<Tb>`,
 * `<Ts>` and `<V>` placeholders map to encoding fields, as in the Arm ARM's
 * "assembler symbols" tables (`<T>` is 8B when size = 00 and Q = 0, ...).
 * A row names its scheme with the flag `T=<name>`; each variant of the
 * scheme is one concrete instruction shape.
 *
 * Scheme text: `vars | fields | variant variant ...`, each variant
 * `values=fieldvalues` with values and field values joined by `/` and `:`
 * in the order of the header. Vars: T, Ta, Tb (arrangements 8b…1q), Ts
 * (element size b h s d), V, Va, Vb (scalar register b h s d q). The element
 * size of a variant (shift immediates, lane indices) is that of the var named
 * by `e=` or else of the first var.
 */
import { ARR_ESIZE, ARRANGEMENTS } from "../registers.ts";

export type VarName = "T" | "Ta" | "Tb" | "Ts" | "V" | "Va" | "Vb";
const VARS: readonly VarName[] = ["T", "Ta", "Tb", "Ts", "V", "Va", "Vb"];
const SCALARS = ["b", "h", "s", "d", "q"];
const SCALAR_BITS = [8, 16, 32, 64, 128];

/** One concrete shape of a scheme. */
export interface Variant {
  /** e.g. "4s" or "8h/8b". */
  readonly name: string;
  /** Value of each var: arrangement index (T/Ta/Tb), element size index (Ts), scalar index (V/Va/Vb); -1 when absent. */
  readonly T: number;
  readonly Ta: number;
  readonly Tb: number;
  readonly Ts: number;
  readonly V: number;
  readonly Va: number;
  readonly Vb: number;
  /** Element size in bits. */
  readonly esize: number;
  /** Field values of this variant, by field name. */
  readonly fields: readonly (readonly [name: string, value: number])[];
}

export interface Scheme {
  readonly name: string;
  readonly vars: readonly VarName[];
  readonly variants: readonly Variant[];
}

const DEFS: Record<string, string> = {
  bhsd: "T | size:Q | 8b=0:0 16b=0:1 4h=1:0 8h=1:1 2s=2:0 4s=2:1 2d=3:1",
  bhs: "T | size:Q | 8b=0:0 16b=0:1 4h=1:0 8h=1:1 2s=2:0 4s=2:1",
  hs: "T | size:Q | 4h=1:0 8h=1:1 2s=2:0 4s=2:1",
  bh: "T | size:Q | 8b=0:0 16b=0:1 4h=1:0 8h=1:1",
  b: "T | Q | 8b=0 16b=1",
  h: "T | Q | 4h=0 8h=1",
  s: "T | Q | 2s=0 4s=1",
  sd: "T | sz:Q | 2s=0:0 4s=0:1 2d=1:1",
  bhsd1: "T | size:Q | 8b=0:0 16b=0:1 4h=1:0 8h=1:1 2s=2:0 4s=2:1 1d=3:0 2d=3:1",
  // widening / narrowing (the "2" mnemonics write Q = 1 in their rows)
  L: "Ta/Tb | size | 8h/8b=0 4s/4h=1 2d/2s=2 | e=Tb",
  L2: "Ta/Tb | size | 8h/16b=0 4s/8h=1 2d/4s=2 | e=Tb",
  Lhs: "Ta/Tb | size | 4s/4h=1 2d/2s=2",
  L2hs: "Ta/Tb | size | 4s/8h=1 2d/4s=2",
  N: "Tb/Ta | size | 8b/8h=0 4h/4s=1 2s/2d=2",
  N2: "Tb/Ta | size | 16b/8h=0 8h/4s=1 4s/2d=2",
  P: "Ta/Tb | size:Q | 4h/8b=0:0 8h/16b=0:1 2s/4h=1:0 4s/8h=1:1 1d/2s=2:0 2d/4s=2:1",
  // across lanes
  ACR: "V/T | size:Q | b/8b=0:0 b/16b=0:1 h/4h=1:0 h/8h=1:1 s/4s=2:1 | e=T",
  ACRL: "V/T | size:Q | h/8b=0:0 h/16b=0:1 s/4h=1:0 s/8h=1:1 d/4s=2:1 | e=T",
  FACR: "V/T | sz:Q | s/4s=0:1",
  FP2: "V/T | sz | s/2s=0 d/2d=1",
  // scalar
  SC: "V | size | b=0 h=1 s=2 d=3",
  SChs: "V | size | h=1 s=2",
  SCsd: "V | sz | s=0 d=1",
  SCN: "Vb/Va | size | b/h=0 h/s=1 s/d=2",
  SCL: "Va/Vb | size | s/h=1 d/s=2",
  // by element
  E_hs: "T/Ts | size:Q | 4h/h=1:0 8h/h=1:1 2s/s=2:0 4s/s=2:1",
  E_s: "T/Ts | Q | 2s/s=0 4s/s=1",
  E_sd: "T/Ts | sz:Q | 2s/s=0:0 4s/s=0:1 2d/d=1:1",
  EL: "Ta/Tb/Ts | size | 4s/4h/h=1 2d/2s/s=2",
  EL2: "Ta/Tb/Ts | size | 4s/8h/h=1 2d/4s/s=2",
  ESC_hs: "V/Ts | size | h/h=1 s/s=2",
  ESC_sd: "V/Ts | sz | s/s=0 d/d=1",
  ESCL: "Va/Vb/Ts | size | s/h/h=1 d/s/s=2",
  // copies (the element's imm5 carries the size)
  DUP: "T/Ts | Q | 8b/b=0 16b/b=1 4h/h=0 8h/h=1 2s/s=0 4s/s=1 2d/d=1 | e=Ts",
  DUPS: "V/Ts | - | b/b h/h s/s d/d | e=Ts",
  INS: "Ts | - | b h s d",
  // shift by immediate (immh:immb carries the element size)
  SH: "T | Q | 8b=0 16b=1 4h=0 8h=1 2s=0 4s=1 2d=1",
  SHsd: "T | Q | 2s=0 4s=1 2d=1",
  SHN: "Tb/Ta | - | 8b/8h 4h/4s 2s/2d | e=Tb",
  SHN2: "Tb/Ta | - | 16b/8h 8h/4s 4s/2d | e=Tb",
  SHL: "Ta/Tb | - | 8h/8b 4s/4h 2d/2s | e=Tb",
  SHL2: "Ta/Tb | - | 8h/16b 4s/8h 2d/4s | e=Tb",
  SSH: "V | - | b h s d",
  SSHd: "V | - | d",
  SXTL: "Ta/Tb | immh | 8h/8b=1 4s/4h=2 2d/2s=4 | e=Tb",
  SXTL2: "Ta/Tb | immh | 8h/16b=1 4s/8h=2 2d/4s=4 | e=Tb",
  SSHsd: "V | - | s d",
  SSHN: "Vb/Va | - | b/h h/s s/d | e=Vb",
  // floating-point conversions between widths
  FCVTL: "Ta/Tb | sz | 4s/4h=0 2d/2s=1",
  FCVTL2: "Ta/Tb | sz | 4s/8h=0 2d/4s=1",
  FCVTN: "Tb/Ta | sz | 4h/4s=0 2s/2d=1",
  FCVTN2: "Tb/Ta | sz | 8h/4s=0 4s/2d=1",
  FCVTXN: "Tb/Ta | - | 2s/2d",
  FCVTXN2: "Tb/Ta | - | 4s/2d",
};

function elemOf(v: VarName, value: number): number {
  if (v === "T" || v === "Ta" || v === "Tb") return ARR_ESIZE[value]!;
  return SCALAR_BITS[value]!;
}

function parseScheme(name: string, text: string): Scheme {
  const parts = text.split("|").map((s) => s.trim());
  const vars = parts[0]!.split("/") as VarName[];
  for (const v of vars) if (!VARS.includes(v)) throw new Error(`scheme ${name}: unknown var ${v}`);
  const fieldNames = parts[1] === "-" ? [] : parts[1]!.split(":");
  const eVar = parts[3]?.startsWith("e=") ? (parts[3].slice(2) as VarName) : vars[0]!;
  const variants: Variant[] = [];
  for (const item of parts[2]!.split(/\s+/)) {
    const [vals, fv] = item.split("=") as [string, string | undefined];
    const values = vals.split("/");
    if (values.length !== vars.length) throw new Error(`scheme ${name}: variant ${item} has ${values.length} values for ${vars.length} vars`);
    const rec: Record<VarName, number> = { T: -1, Ta: -1, Tb: -1, Ts: -1, V: -1, Va: -1, Vb: -1 };
    vars.forEach((v, i) => {
      const val = values[i]!;
      const idx = v === "T" || v === "Ta" || v === "Tb" ? (ARRANGEMENTS as readonly string[]).indexOf(val) : SCALARS.indexOf(val);
      if (idx < 0) throw new Error(`scheme ${name}: bad value ${val} for ${v}`);
      rec[v] = idx;
    });
    const fvals = fv === undefined ? [] : fv.split(":").map(Number);
    if (fvals.length !== fieldNames.length) throw new Error(`scheme ${name}: variant ${item} has ${fvals.length} field values for ${fieldNames.length} fields`);
    variants.push({
      name: vals,
      ...rec,
      esize: elemOf(eVar, rec[eVar]),
      fields: fieldNames.map((f, i) => [f, fvals[i]!] as const),
    });
  }
  return { name, vars, variants };
}

const schemes = new Map<string, Scheme>();
for (const [n, t] of Object.entries(DEFS)) schemes.set(n, parseScheme(n, t));

/** The scheme called `name`, or undefined. */
export function schemeByName(name: string): Scheme | undefined {
  return schemes.get(name);
}
