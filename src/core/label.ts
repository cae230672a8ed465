/**
 * label.ts — a position in code that branches, calls and PC-relative operands
 * can name before it is known. A label belongs to one layout (core/layout.ts),
 * which alone records where it is bound: the object carries its identity,
 * name and whether it is bound, never a position a caller could change. It
 * knows no instruction set and no operand classes.
 */

/** Marks a label bound (or unbound again when a failed finish() is rolled back); core only. */
let setBound: (l: Label, bound: boolean) => void;

/** A code label created by `newLabel()`. Bind it with `a.bind(label)`; read its final offset with `a.labelOffset(label)`. */
export class Label {
  #bound = false;
  static {
    setBound = (l, b) => {
      l.#bound = b;
    };
  }
  constructor(
    /** Index within the owning layout. */
    readonly id: number,
    /** The owning layout (opaque here); a layout accepts only the label objects it created. */
    readonly owner: object,
    /** Name, used in listings and errors. */
    readonly name: string,
  ) {}
  /** True once the label has been bound. */
  get bound(): boolean {
    return this.#bound;
  }
  toString(): string {
    return this.name;
  }
}

/**
 * @internal Record that `label` is bound (layouts, and parsers that only
 * collect instructions without a layout). Positions live in the layout.
 */
export function markBound(label: Label, bound = true): void {
  setBound(label, bound);
}
