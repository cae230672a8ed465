/**
 * index.ts — the whole instruction table, grouped by mnemonic in preference
 * order. Rows are indexed by mnemonic at load (a cheap scan) and parsed the
 * first time a mnemonic is used, so importing bunjit does not pay for parsing
 * ~3,700 rows. Consumers: the assembler, the Intel-syntax parser and
 * formatter, the type generator and the golden-vector generator.
 */
import { avxRows } from "./avx.ts";
import { avx512Rows } from "./avx512.ts";
import { extAvx512Rows } from "./ext-avx512.ts";
import { extCryptoRows } from "./ext-crypto.ts";
import { extVexRows } from "./ext-vex.ts";
import { gpRows } from "./gp.ts";
import { type Form, indexRows, parseMnemonic, type RowRef } from "./schema.ts";
import { sseRows } from "./sse.ts";

const rowIndex = new Map<string, RowRef[]>();
indexRows(gpRows, "gp.ts", rowIndex);
indexRows(sseRows, "sse.ts", rowIndex);
indexRows(avxRows, "avx.ts", rowIndex);
indexRows(avx512Rows, "avx512.ts", rowIndex);
indexRows(extAvx512Rows, "ext-avx512.ts", rowIndex);
indexRows(extCryptoRows, "ext-crypto.ts", rowIndex);
indexRows(extVexRows, "ext-vex.ts", rowIndex);

const parsed = new Map<string, readonly Form[]>();

/** The forms of one mnemonic in preference order, parsed on first use; undefined for an unknown mnemonic. */
export function formsOf(mnemonic: string): readonly Form[] | undefined {
  let f = parsed.get(mnemonic);
  if (f === undefined) {
    const rows = rowIndex.get(mnemonic);
    if (rows === undefined) return undefined;
    f = parseMnemonic(mnemonic, rows);
    parsed.set(mnemonic, f);
  }
  return f;
}

/** Every mnemonic of the table (no parsing). */
export const mnemonics: readonly string[] = [...rowIndex.keys()];

/** Forms grouped by mnemonic, each group in preference order (a read-only map that parses on demand). */
export const formsByMnemonic: ReadonlyMap<string, readonly Form[]> = new (class implements ReadonlyMap<string, readonly Form[]> {
  get size(): number {
    return rowIndex.size;
  }
  get(m: string): readonly Form[] | undefined {
    return formsOf(m);
  }
  has(m: string): boolean {
    return rowIndex.has(m);
  }
  *keys(): MapIterator<string> {
    yield* rowIndex.keys();
  }
  *values(): MapIterator<readonly Form[]> {
    for (const m of rowIndex.keys()) yield formsOf(m)!;
  }
  *entries(): MapIterator<[string, readonly Form[]]> {
    for (const m of rowIndex.keys()) yield [m, formsOf(m)!];
  }
  [Symbol.iterator](): MapIterator<[string, readonly Form[]]> {
    return this.entries();
  }
  forEach(cb: (value: readonly Form[], key: string, map: ReadonlyMap<string, readonly Form[]>) => void): void {
    for (const [k, v] of this.entries()) cb(v, k, this);
  }
})();

/** Every form, in table order of mnemonics (parses the whole table). */
export function allForms(): readonly Form[] {
  const out: Form[] = [];
  for (const forms of formsByMnemonic.values()) out.push(...forms);
  return out;
}

export type { Form, OpSpec } from "./schema.ts";
