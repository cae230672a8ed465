/**
 * label.ts — a position in code that jumps, calls and RIP-relative operands
 * can name before it is known. Labels belong to one assembler; binding and
 * fix-up resolution live in the assembler, which knows the encoding.
 */

/** A code label created by `Assembler.newLabel()`. Bind it with `a.bind(label)`. */
export class Label {
  /** Offset in the code once bound, -1 before. */
  offset = -1;
  /** Operand class words read by the x64 matcher (hi = its "label" bit, 1 << 24). */
  readonly lo: number = 0;
  readonly hi: number = 1 << 24;
  constructor(
    /** Index within the owning assembler. */
    readonly id: number,
    /** The owning assembler (opaque here). */
    readonly owner: object,
    /** Optional name, used in listings and errors. */
    readonly name: string,
  ) {}
  /** True once the label has been bound to an offset. */
  get bound(): boolean {
    return this.offset >= 0;
  }
  toString(): string {
    return this.name;
  }
}
