/**
 * parse.ts — the public entry points of the AArch64 text front end:
 * `assemble(source)`, the `asm` tagged template, `asmInto`, `parseInto`
 * (text into an existing Assembler) and `parseInstructions` (operands
 * without encoding). The dialect is GNU as / llvm-mc AArch64 (docs/aarch64.md).
 * The work is done by the shared front end (src/text/) with the AArch64
 * operand syntax (syntax.ts); this file only wires them to the Assembler.
 */
import { JitError } from "../core/errors.ts";
import type { Label } from "../core/label.ts";
import { PLACEHOLDER } from "../text/lexer.ts";
import { Assembler, type AssemblerOptions } from "./assembler.ts";
import type { Extend, Mem, Shift } from "./operands.ts";
import type { Reg } from "./registers.ts";
import { A64Parser, type ParsedInstruction } from "./syntax.ts";

export type { ParsedInstruction } from "./syntax.ts";

/** A value that may be interpolated into the `asm` template. Strings are spliced in as source text. */
export type AsmValue = Reg | Mem | Label | Shift | Extend | readonly Reg[] | number | bigint | string;

/** Options for `parseInto`. */
export interface ParseOptions {
  /** Labels by name, shared between `parseInto` calls on one assembler; new names are added. */
  labels?: Map<string, Label>;
  /** Constants defined with `.equ`/`.set`/`name = expr`, shared the same way. */
  constants?: Map<string, number | bigint>;
  /** @internal values of template placeholders, by their source offset. */
  values?: ReadonlyMap<number, unknown>;
}

/** Options for `assemble`. */
export interface AssembleOptions extends AssemblerOptions {}

/** What `parseInto` leaves behind: the label and constant tables it used. */
export interface ParseResult {
  readonly labels: Map<string, Label>;
  readonly constants: Map<string, number | bigint>;
  /** Labels referred to but not (yet) defined, each with the place of its first use. */
  readonly undefinedLabels: readonly { name: string; line: number; column: number }[];
}

/**
 * Parse AArch64 `source` and emit it into an existing assembler (the function
 * builder mixes text with builder calls this way).
 *
 * @example
 * const a = new Assembler();
 * parseInto(a, "add x0, x0, #4");
 * a.ret();
 * @throws JitError ESYNTAX (unreadable text), and the encoder's EMNEMONIC, EOPERAND, ERANGE, ELABEL
 *   re-thrown with `line` and `column` set and the message prefixed `line L, column C:`.
 */
export function parseInto(assembler: Assembler, source: string, options: ParseOptions = {}): ParseResult {
  if (typeof source !== "string") throw new JitError("ESYNTAX", `expected assembly text (a string), got ${typeof source}`);
  const p = new A64Parser(source, assembler, options);
  p.run();
  return { labels: p.labels, constants: p.constants, undefinedLabels: p.undefinedLabels() };
}

function checkComplete(r: ParseResult): void {
  const u = r.undefinedLabels[0];
  if (u !== undefined) throw new JitError("ELABEL", `line ${u.line}, column ${u.column}: label "${u.name}" is never defined`, { line: u.line, column: u.column });
}

/**
 * Assemble AArch64 source text (GNU as / llvm-mc syntax) to machine code:
 * instructions, labels (`loop:`, numeric `1:` with `1b`/`1f`), comments
 * (`//`, `/* *\/`, `#` first on a line), statements separated by newlines or
 * `;`, `ldr x0, =imm` (movz or the literal pool), and the directives `.byte
 * .hword .short .word .long .xword .quad .float .double .ascii .asciz .zero
 * .align (2^n) .p2align .balign .inst .ltorg .pool .equ .set`.
 *
 * @example
 * assemble("add x0, x0, #4\nret"); // Uint8Array [0x00, 0x10, 0x00, 0x91, 0xc0, 0x03, 0x5f, 0xd6]
 * @throws JitError ESYNTAX, EMNEMONIC, EOPERAND, ERANGE, ELABEL — each with `line`/`column`.
 */
export function assemble(source: string, options: AssembleOptions = {}): Uint8Array {
  const a = new Assembler(options);
  checkComplete(parseInto(a, source));
  return a.finish();
}

function joinTemplate(strings: TemplateStringsArray, values: readonly AsmValue[]): { source: string; values: Map<number, unknown> } {
  let source = strings[0] ?? "";
  const map = new Map<number, unknown>();
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v === "string") source += v;
    else {
      map.set(source.length, v);
      source += PLACEHOLDER;
    }
    source += strings[i + 1] ?? "";
  }
  return { source, values: map };
}

/**
 * Tagged template: assemble AArch64 text with interpolated registers, memory
 * operands, numbers, labels, shifts and register lists (strings are spliced in as text).
 *
 * @example
 * asm`add ${x0}, ${x0}, #${4}; ret`;
 * @throws JitError ESYNTAX, EMNEMONIC, EOPERAND, ERANGE, ELABEL (with line/column)
 */
export function asm(strings: TemplateStringsArray, ...values: AsmValue[]): Uint8Array {
  const { source, values: map } = joinTemplate(strings, values);
  const a = new Assembler();
  checkComplete(parseInto(a, source, { values: map }));
  return a.finish();
}

/**
 * The `asm` template bound to an existing assembler: emits into it and returns it.
 *
 * @example
 * const a = new Assembler(); const done = a.newLabel("done");
 * asmInto(a)`cbz x0, ${done}; add x0, x0, #1; ${done}: ret`;
 * @throws JitError ESYNTAX, EMNEMONIC, EOPERAND, ERANGE, ELABEL (with line/column)
 */
export function asmInto(assembler: Assembler, options: ParseOptions = {}): (strings: TemplateStringsArray, ...values: AsmValue[]) => Assembler {
  return (strings, ...values) => {
    const { source, values: map } = joinTemplate(strings, values);
    parseInto(assembler, source, { ...options, values: map });
    return assembler;
  };
}

/**
 * Parse AArch64 text into instructions without encoding them (labels become detached Label objects).
 * @example parseInstructions("ldr x0, [x1, #8]!")[0].operands.length // 2
 * @throws JitError ESYNTAX
 */
export function parseInstructions(source: string): ParsedInstruction[] {
  if (typeof source !== "string") throw new JitError("ESYNTAX", `expected assembly text (a string), got ${typeof source}`);
  const out: ParsedInstruction[] = [];
  new A64Parser(source, null, {}, out).run();
  return out;
}
