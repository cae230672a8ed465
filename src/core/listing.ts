/**
 * listing.ts — listing records: what was emitted where (raw position, length
 * or the variable item it describes) with its text, turned into lines of
 * final offset, bytes and text once the layout is known. The text of an
 * instruction is made by the target's printer when the line is needed. It
 * knows no instruction set.
 */

/** One listing entry. */
interface ListingRecord {
  /** Raw position (fixed bytes before it). */
  readonly raw: number;
  /** Number of layout items before it (its position shifts by their sizes). */
  readonly items: number;
  /** Length in fixed bytes (0 for labels and for item records). */
  readonly len: number;
  /** The item it describes (a branch or alignment), or -1. */
  readonly item: number;
  /** Text, or a function that makes it (the target's printer, run only when lines are made). */
  readonly text: string | (() => string);
  /** A label line (`name:`), printed without offset and bytes. */
  readonly label: boolean;
}

/** Final positions and sizes of a finished layout, as the listing reads them. */
export interface ListingLayout {
  readonly out: Uint8Array;
  /** prefix[k] = bytes of variable items before item k. */
  readonly prefix: Int32Array;
  readonly itemRaw: ArrayLike<number>;
  readonly itemSize: Int32Array;
}

/** The records of one assembler. */
export class Listing {
  private readonly records: ListingRecord[] = [];

  /** Record fixed bytes [raw, raw+len) emitted after `items` variable items. */
  bytes(raw: number, items: number, len: number, text: string | (() => string)): void {
    this.records.push({ raw, items, len, item: -1, text, label: false });
  }
  /** Record variable item `item` (its final size comes from the layout). */
  item(item: number, raw: number, text: string | (() => string)): void {
    this.records.push({ raw, items: item, len: 0, item, text, label: false });
  }
  /** Record a label definition. */
  label(raw: number, items: number, name: string): void {
    this.records.push({ raw, items, len: 0, item: -1, text: `${name}:`, label: true });
  }
  /** Number of records (a mark for `truncate`). */
  get length(): number {
    return this.records.length;
  }
  /** Drop the records after `length` (a rolled-back finish). */
  truncate(length: number): void {
    this.records.length = length;
  }

  /** One line per record: `offset  bytes  text` (labels as `name:`). */
  lines(l: ListingLayout): string[] {
    const lines: string[] = [];
    for (const r of this.records) {
      const text = typeof r.text === "string" ? r.text : r.text();
      if (r.label) {
        lines.push(text);
        continue;
      }
      let at: number, len: number;
      if (r.item >= 0) {
        at = l.itemRaw[r.item]! + l.prefix[r.item]!;
        len = l.itemSize[r.item]!;
      } else {
        at = r.raw + l.prefix[r.items]!;
        len = r.len;
      }
      lines.push(listingLine(at, l.out.subarray(at, at + len), text));
    }
    return lines;
  }
}

/** One listing line: `000010  48 89 f8  mov rax, rdi`. */
export function listingLine(at: number, bytes: Uint8Array, text: string): string {
  const hex = Array.from(bytes, (x) => x.toString(16).padStart(2, "0")).join(" ");
  return `${at.toString(16).padStart(6, "0")}  ${hex.padEnd(30)}  ${text}`;
}
