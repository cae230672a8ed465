/**
 * gen-types.ts — generates src/x64/assembler-methods.generated.ts: the
 * `AssemblerMethods` interface with one method per mnemonic of the
 * instruction table, whose parameters are a union of tuples (one per
 * distinct form shape). It reads the parsed table (src/x64/table) and knows
 * only how operand tokens map to the type brands of registers.ts/operands.ts.
 *
 *   bun run scripts/gen-types.ts           # write the file
 *   bun run scripts/gen-types.ts --check   # regenerate in memory, exit 1 on any difference
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { formsByMnemonic } from "../src/x64/table/index.ts";
import type { Form, OpSpec } from "../src/x64/table/schema.ts";

const OUT = new URL("../src/x64/assembler-methods.generated.ts", import.meta.url).pathname;
const ASSEMBLER_SRC = new URL("../src/x64/assembler.ts", import.meta.url).pathname;

/** Type of one alternative of an operand token (`r/m64` is split into `r64`, `m64` first). */
export function altType(alt: string): string {
  const base = alt.replace(/^(xmm|ymm|zmm|k)\d+$/, (_, p: string) => (alt === "xmm0" ? "xmm0" : p)).replace(/^(r(?:8|16|32|64))[ab]$/, "$1");
  switch (base) {
    case "r8": return "Gp8";
    case "r16": return "Gp16";
    case "r32": return "Gp32";
    case "r64": return "Gp64";
    case "al": return "Al";
    case "ax": return "Ax";
    case "eax": return "Eax";
    case "rax": return "Rax";
    case "cl": return "Cl";
    case "dx": return "Dx";
    case "xmm0": return "Xmm0";
    case "xmm": return "Xmm";
    case "ymm": return "Ymm";
    case "zmm": return "Zmm";
    case "k": return "KReg";
    case "sreg": return "SegReg";
    case "m": return "MemBase";
    case "m8": return "Mem8";
    case "m16": return "Mem16";
    case "m32": return "Mem32";
    case "m64": return "Mem64";
    case "m80": return "Mem80";
    case "m128": return "Mem128";
    case "m256": return "Mem256";
    case "m512": return "Mem512";
    case "m16bcst": return "Bcst16";
    case "m32bcst": return "Bcst32";
    case "m64bcst": return "Bcst64";
    case "vm32x": case "vm64x": return "VsibX";
    case "vm32y": case "vm64y": return "VsibY";
    case "vm32z": case "vm64z": return "VsibZ";
    case "imm8": case "imm8s": case "imm16": case "imm32": case "imm32s": return "number";
    case "imm64": return "number | bigint";
    case "1": return "1";
    case "rel8": case "rel32": return "Label";
  }
  throw new Error(`gen-types: no type for operand token "${alt}"`);
}

const MEMORY_TYPES = new Set(["MemBase", "Mem8", "Mem16", "Mem32", "Mem64", "Mem80", "Mem128", "Mem256", "Mem512", "Bcst16", "Bcst32", "Bcst64", "VsibX", "VsibY", "VsibZ"]);

/** The types an operand position accepts, in token order. */
export function opTypes(s: OpSpec): string[] {
  const tok = s.text.replace(/\s*\{[a-z0-9]+\}/g, "").trim();
  let alts: string[];
  if (tok.startsWith("r/m")) {
    const rest = tok.slice(3).split("/");
    alts = ["r" + rest[0], "m" + rest[0], ...rest.slice(1)];
  } else alts = tok.split("/");
  const out: string[] = [];
  for (const a of alts) for (const t of altType(a.trim()).split(" | ")) if (!out.includes(t)) out.push(t);
  return out;
}

/** A tuple shape: the accepted types of each operand position. */
export type Shape = string[][];

/** The shapes of one form: its plain shape, plus a register-only shape with a trailing Rounding for {er}/{sae} rows. */
export function formShapes(f: Form): Shape[] {
  const types = f.ops.map(opTypes);
  const shapes: Shape[] = [types];
  if (f.er || f.sae) {
    const regOnly = types.map((t) => t.filter((x) => !MEMORY_TYPES.has(x)));
    if (regOnly.every((t) => t.length > 0)) shapes.push([...regOnly, ["Rounding"]]);
  }
  return shapes;
}

/** Brand subtyping the generator knows (child → parent), to drop tuples another tuple already covers. */
const PARENT: Record<string, string> = {
  Al: "Gp8", Cl: "Gp8", Ax: "Gp16", Dx: "Gp16", Eax: "Gp32", Rax: "Gp64", Xmm0: "Xmm", "1": "number",
  Mem8: "MemBase", Mem16: "MemBase", Mem32: "MemBase", Mem64: "MemBase", Mem80: "MemBase", Mem128: "MemBase", Mem256: "MemBase", Mem512: "MemBase",
  Bcst16: "MemBase", Bcst32: "MemBase", Bcst64: "MemBase", VsibX: "MemBase", VsibY: "MemBase", VsibZ: "MemBase",
};
function covered(t: string, by: readonly string[]): boolean {
  for (let x: string | undefined = t; x !== undefined; x = PARENT[x]) if (by.includes(x)) return true;
  return false;
}
/** True when every call `a` accepts, `b` accepts too. */
export function subsumes(b: Shape, a: Shape): boolean {
  return a.length === b.length && a.every((ts, i) => ts.every((t) => covered(t, b[i]!)));
}
/** Distinct shapes in table order, without those another shape covers. */
function shapesOf(forms: readonly Form[]): Shape[] {
  const all: Shape[] = [];
  for (const f of forms) all.push(...formShapes(f));
  const out: Shape[] = [];
  for (let i = 0; i < all.length; i++) {
    const s = all[i]!;
    let drop = false;
    for (let j = 0; j < all.length && !drop; j++) {
      if (j === i) continue;
      const o = all[j]!;
      // identical shapes: keep the first; strictly covered: drop
      if (subsumes(o, s) && (!subsumes(s, o) || j < i)) drop = true;
    }
    if (!drop) out.push(s);
  }
  return out;
}
export const shapeText = (s: Shape): string => `[${s.map((t) => t.join(" | ")).join(", ")}]`;

/** Names the Assembler class declares itself (methods, fields, getters): a mnemonic must not collide with them. */
function classMembers(src: string): Set<string> {
  const out = new Set<string>();
  const start = src.indexOf("export class Assembler");
  if (start < 0) return out;
  let depth = 0;
  let i = src.indexOf("{", start);
  const body: string[] = [];
  let line = "";
  for (; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === "{") depth++;
    else if (ch === "}") { depth--; if (depth === 0) break; }
    if (ch === "\n") { body.push(line); line = ""; } else if (depth === 1) line += ch;
  }
  for (const l of body) {
    const m = /^\s*(?:(?:private|public|protected|readonly|static|get|set|async|override)\s+)*([A-Za-z_$][\w$]*)\s*[(<:=?!]/.exec(l);
    if (m) out.add(m[1]!);
  }
  return out;
}

/** The generated file's text. */
export function generate(): string {
  const members = classMembers(readFileSync(ASSEMBLER_SRC, "utf8"));
  const lines: string[] = [];
  lines.push(
    "/**",
    " * assembler-methods.generated.ts — generated by scripts/gen-types.ts from the instruction table — do not edit.",
    " * One method per mnemonic; each method's parameters are the union of its forms' operand tuples,",
    " * so an invalid combination (`add(eax, rbx)`, `mov(qword(rax), qword(rbx))`) fails to type-check",
    " * and the error lists every legal form. Regenerate: `bun run scripts/gen-types.ts`.",
    " */",
    'import type { Label } from "../core/label.ts";',
    'import type { Bcst16, Bcst32, Bcst64, Mem128, Mem16, Mem256, Mem32, Mem512, Mem64, Mem8, Mem80, MemBase, Rounding, VsibX, VsibY, VsibZ } from "./operands.ts";',
    'import type { Al, Ax, Cl, Dx, Eax, Gp16, Gp32, Gp64, Gp8, KReg, Rax, SegReg, Xmm, Xmm0, Ymm, Zmm } from "./registers.ts";',
    "",
    "/** The typed instruction methods of `Assembler` (merged into the class by declaration merging). */",
    "export interface AssemblerMethods {",
  );
  const names = [...formsByMnemonic.keys()].sort();
  let count = 0, tupleCount = 0;
  const skipped: string[] = [];
  for (const m of names) {
    if (members.has(m) || !/^[a-z_][a-z0-9_]*$/.test(m)) { skipped.push(m); continue; }
    const forms = formsByMnemonic.get(m)!;
    const tuples = shapesOf(forms).map(shapeText);
    const formTexts = [...new Set(forms.map((f) => f.text + (f.er ? " {er}" : f.sae ? " {sae}" : "")))];
    lines.push(`  /** ${formTexts.map((t) => "`" + t + "`").join(" · ")} */`);
    lines.push(`  ${m}(...args: ${tuples.join(" | ")}): this;`);
    count++;
    tupleCount += tuples.length;
  }
  lines.push("}", "");
  if (skipped.length) lines.splice(lines.length - 2, 0, `  // not generated (collide with Assembler members, use emit()): ${skipped.join(", ")}`);
  lines.splice(5, 0, ` * ${count} mnemonics, ${tupleCount} operand tuples.`);
  return lines.join("\n");
}

if (import.meta.main) {
  // the compiler's methods come from the same shapes (scripts/gen-compiler-types.ts)
  const { writeCompilerMethods } = await import("./gen-compiler-types.ts");
  writeCompilerMethods(process.argv.includes("--check"));
  const text = generate();
  if (process.argv.includes("--check")) {
    const old = existsSync(OUT) ? readFileSync(OUT, "utf8") : "";
    if (old !== text) {
      console.error(`gen-types: ${OUT} is stale; run \`bun run scripts/gen-types.ts\` and commit the result`);
      process.exit(1);
    }
    console.log("gen-types: assembler-methods.generated.ts is up to date");
  } else {
    writeFileSync(OUT, text);
    console.log(`gen-types: wrote ${OUT}`);
  }
}
