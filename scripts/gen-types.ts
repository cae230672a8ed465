/**
 * gen-types.ts — generates src/x64/assembler-methods.generated.ts: the
 * `AssemblerMethods` interface with one method per mnemonic of the
 * instruction table, whose parameters are a union of tuples (one per
 * distinct form shape; shapes that differ in one position only are merged
 * into one with the union there). It reads data only: the parsed table
 * (src/x64/table), each token's TypeScript type from the vocabulary
 * (table/vocabulary.ts), and the names the Assembler already has
 * (`ASSEMBLER_MEMBERS`). The shape helpers are exported for other generators.
 *
 *   bun run scripts/gen-types.ts           # write the file
 *   bun run scripts/gen-types.ts --check   # regenerate in memory, exit 1 on any difference
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { ASSEMBLER_MEMBERS } from "../src/x64/assembler.ts";
import { formsByMnemonic } from "../src/x64/table/index.ts";
import type { Form, OpSpec } from "../src/x64/table/schema.ts";
import { TOKENS, tokenAlternatives, tokenName } from "../src/x64/table/vocabulary.ts";

const OUT = new URL("../src/x64/assembler-methods.generated.ts", import.meta.url).pathname;

const MEMORY_TYPES = new Set(["MemBase", "Mem8", "Mem16", "Mem32", "Mem64", "Mem80", "Mem128", "Mem256", "Mem512", "Bcst16", "Bcst32", "Bcst64", "VsibX", "VsibY", "VsibZ"]);

/** The TypeScript type of one alternative of an operand token (`r64` → Gp64), from the vocabulary. */
export function altType(alt: string): string {
  const m = TOKENS.get(tokenName(alt.trim()));
  if (m === undefined) throw new Error(`gen-types: no type for operand token "${alt}"`);
  return m.tsType;
}

/** The types an operand position accepts, in token order. */
export function opTypes(s: OpSpec): string[] {
  const out: string[] = [];
  for (const a of tokenAlternatives(s.text)) {
    const m = TOKENS.get(a);
    if (m === undefined) throw new Error(`gen-types: no type for operand token "${a}"`);
    for (const t of m.tsType.split(" | ")) if (!out.includes(t)) out.push(t);
  }
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
/** Distinct shapes in table order, without those another shape covers, and merged where they differ in one position only. */
export function shapesOf(forms: readonly Form[]): Shape[] {
  const all: Shape[] = [];
  for (const f of forms) all.push(...formShapes(f));
  let out: Shape[] = [];
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
  // [Xmm, Gp32 | Mem32] | [Xmm, Gp64 | Mem64] accept exactly what [Xmm, Gp32 | Mem32 | Gp64 | Mem64] accepts, and
  // the merged tuple also takes a caller's union (a `Gp32 | Gp64` variable): merge until nothing merges
  for (let merged = true; merged; ) {
    merged = false;
    for (let i = 0; i < out.length && !merged; i++) {
      for (let j = i + 1; j < out.length && !merged; j++) {
        const a = out[i]!, b = out[j]!;
        if (a.length !== b.length) continue;
        let diff = -1, same = true;
        for (let k = 0; k < a.length && same; k++) {
          if (sameTypes(a[k]!, b[k]!)) continue;
          if (diff >= 0) same = false;
          else diff = k;
        }
        // only integer operands (general-purpose registers and their memory): merging vector positions breaks
        // callers that call a union of mnemonics (`a[m](...o)` intersects the merged parameters)
        if (!same || diff < 0 || ![...a[diff]!, ...b[diff]!].every((t) => INTEGER_TYPES.has(t))) continue;
        const u = [...a[diff]!];
        for (const t of b[diff]!) if (!u.includes(t)) u.push(t);
        out = [...out.slice(0, i), a.map((ts, k) => (k === diff ? u : ts)), ...out.slice(i + 1, j), ...out.slice(j + 1)];
        merged = true;
      }
    }
  }
  return out;
}
const INTEGER_TYPES = new Set(["Gp8", "Gp16", "Gp32", "Gp64", "Mem8", "Mem16", "Mem32", "Mem64"]);
function sameTypes(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((t) => b.includes(t));
}
export const shapeText = (s: Shape): string => `[${s.map((t) => t.join(" | ")).join(", ")}]`;

/** The generated file's text. */
export function generate(): string {
  const members = ASSEMBLER_MEMBERS;
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
