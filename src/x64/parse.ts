/**
 * parse.ts — the public entry points of the x86-64 text front end:
 * `assemble(source)`, the `asm` tagged template, `asmInto`, `parseInto`
 * (text into an existing Assembler) and `parseInstructions` (operands
 * without encoding). The dialect is GNU as `.intel_syntax noprefix` / llvm-mc
 * `-x86-asm-syntax=intel` (docs/intel-syntax.md). The work is done by the
 * shared front end (src/text/: scanner, expressions, statements, labels,
 * directives) with the x86 operand syntax (syntax.ts, address.ts); this file
 * only wires them to the Assembler. Holds no encoding knowledge.
 */
import { JitError } from "../core/errors.ts";
import type { Label } from "../core/label.ts";
import { PLACEHOLDER } from "../text/lexer.ts";
import { Assembler, type AssemblerOptions } from "./assembler.ts";
import type { Mem, Rounding } from "./operands.ts";
import type { Reg } from "./registers.ts";
import { type ParsedInstruction, X64Parser } from "./syntax.ts";

export type { ParsedInstruction } from "./syntax.ts";

/** A value that may be interpolated into the `asm` template. Strings are spliced in as source text. */
export type AsmValue = Reg | Mem | Label | Rounding | number | bigint | string;

/** Options for `parseInto`. */
export interface ParseOptions {
  /**
   * Labels by name. Pass the same map to several `parseInto` calls on one
   * assembler to let them refer to each other's labels; new names are added.
   */
  labels?: Map<string, Label>;
  /** Constants defined with `.equ`/`.set`/`name = expr`, shared the same way. */
  constants?: Map<string, number | bigint>;
  /** @internal values of template placeholders, by their source offset. */
  values?: ReadonlyMap<number, unknown>;
  /** @internal false to read every line through the general path (tests compare the two). */
  fastPath?: boolean;
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
 * Parse Intel-syntax `source` and emit it into an existing assembler (the
 * function builder uses this to mix text with builder calls). Labels are
 * created on `assembler` by name (`options.labels` shares them between calls);
 * a label used but not defined is reported in `undefinedLabels`, and
 * `assembler.finish()` will throw ELABEL for it unless you bind it later.
 *
 * @example
 * const a = new Assembler();
 * parseInto(a, "mov rax, rdi\nadd rax, 1");
 * a.ret();
 * @throws JitError ESYNTAX (unreadable text), and the encoder's EMNEMONIC, EOPERAND, ERANGE, ELABEL
 *   re-thrown with `line` and `column` set and the message prefixed `line L, column C:`; EARGS for a
 *   source that is not a string, an assembler that is not an Assembler, options whose tables are not Maps.
 */
export function parseInto(assembler: Assembler, source: string, options: ParseOptions = {}): ParseResult {
  checkArgs(assembler ?? 0, source, options);
  const p = new X64Parser(source, assembler, options);
  p.run();
  return { labels: p.labels, constants: p.constants, undefinedLabels: p.undefinedLabels() };
}

/**
 * Assemble Intel-syntax source text to machine code.
 *
 * Accepts the GNU as `.intel_syntax noprefix` / llvm-mc Intel dialect:
 * instructions (`mov rax, qword ptr [rbx + 4*rcx - 8]`), labels (`loop:`,
 * `.Lx:`, numeric `1:` with `1b`/`1f`), prefixes (`lock`, `rep`, `repne`),
 * comments (`#`, `//`, `/* *\/`), statements separated by newlines or `;`, and
 * the directives `.byte .word .short .long .int .quad .float .double .ascii
 * .asciz .align .balign .p2align .zero .equ .set .intel_syntax`.
 *
 * @example
 * assemble("mov rax, qword ptr [rdi + 8*rsi + 16]\nret"); // Uint8Array [0x48, 0x8b, 0x44, 0xf7, 0x10, 0xc3]
 * @throws JitError ESYNTAX, EMNEMONIC, EOPERAND, ERANGE, ELABEL — each with `line`/`column`; EARGS (not a string).
 */
export function assemble(source: string, options: AssembleOptions = {}): Uint8Array {
  checkArgs(null, source, options);
  const a = new Assembler(options);
  const r = parseInto(a, source);
  checkComplete(r);
  return a.finish();
}

/** What a whole program must not leave behind: a label never defined. */
function checkComplete(r: ParseResult): void {
  const u = r.undefinedLabels[0];
  if (u !== undefined) throw new JitError("ELABEL", `line ${u.line}, column ${u.column}: label "${u.name}" is never defined`, { line: u.line, column: u.column });
}

/**
 * The arguments of the entry points, checked: anything but a string source,
 * an Assembler and Map options is EARGS (never a TypeError).
 */
function checkArgs(assembler: unknown, source: unknown, options: unknown): void {
  if (assembler !== null && !(assembler instanceof Assembler)) throw new JitError("EARGS", `expected an Assembler to emit into, got ${describe(assembler)}`);
  if (typeof source !== "string") throw new JitError("EARGS", `expected the source text as a string, got ${describe(source)}`);
  if (options === undefined) return;
  if (options === null || typeof options !== "object") throw new JitError("EARGS", `expected an options object, got ${describe(options)}`);
  const o = options as { labels?: unknown; constants?: unknown };
  if (o.labels !== undefined && !(o.labels instanceof Map)) throw new JitError("EARGS", `options.labels must be a Map, got ${describe(o.labels)}`);
  if (o.constants !== undefined && !(o.constants instanceof Map)) throw new JitError("EARGS", `options.constants must be a Map, got ${describe(o.constants)}`);
}

function describe(v: unknown): string {
  if (v === null) return "null";
  if (typeof v === "symbol") return "a symbol";
  if (typeof v === "object") return `an object (${Object.prototype.toString.call(v)})`;
  return `${typeof v} ${String(v).slice(0, 40)}`;
}

/** Join a template's strings, splicing string values as text and marking other values with placeholders. */
function joinTemplate(strings: TemplateStringsArray, values: readonly AsmValue[]): { source: string; values: Map<number, unknown> } {
  if (!Array.isArray(strings) || strings.some((t) => typeof t !== "string")) throw new JitError("EARGS", `asm is a tagged template: asm\`...\`, got ${describe(strings)}`);
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
 * Tagged template: assemble Intel syntax with interpolated registers, memory
 * operands, numbers, labels and rounding modes (strings are spliced in as text).
 *
 * @example
 * const n = 42;
 * asm`mov ${rax}, ${n}; add rax, ${qword(rdi, 8)}; ret`;
 * @throws JitError ESYNTAX, EMNEMONIC, EOPERAND, ERANGE, ELABEL (with line/column)
 */
export function asm(strings: TemplateStringsArray, ...values: AsmValue[]): Uint8Array {
  const { source, values: map } = joinTemplate(strings, values);
  const a = new Assembler();
  const r = parseInto(a, source, { values: map });
  checkComplete(r);
  return a.finish();
}

/**
 * The `asm` template bound to an existing assembler: emits into it and
 * returns it. Interpolated Labels must belong to that assembler.
 *
 * @example
 * const a = new Assembler(); const done = a.newLabel("done");
 * asmInto(a)`test rdi, rdi; jz ${done}; mov rax, rdi; ${done}: ret`;
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
 * Parse Intel-syntax text into instructions without encoding them (labels
 * become detached Label objects). Used by the formatter's round-trip tests
 * and tools that inspect text.
 *
 * @example
 * parseInstructions("vaddpd zmm0 {k1} {z}, zmm1, qword ptr [rax]{1to8}")[0].operands.length; // 3
 * @throws JitError ESYNTAX
 */
export function parseInstructions(source: string): ParsedInstruction[] {
  checkArgs(null, source, undefined);
  const out: ParsedInstruction[] = [];
  new X64Parser(source, null, {}, out).run();
  return out;
}
