/**
 * index.ts — the whole instruction table: every row file parsed once, grouped
 * by mnemonic in preference order. Consumers: the encoder/assembler, the
 * Intel-syntax parser, the type generator and the golden-vector generator.
 */
import { avxRows } from "./avx.ts";
import { avx512Rows } from "./avx512.ts";
import { gpRows } from "./gp.ts";
import { type Form, parseRows } from "./schema.ts";
import { sseRows } from "./sse.ts";

/** Every form, in table order. */
export const allForms: readonly Form[] = [
  ...parseRows(gpRows, "gp.ts"),
  ...parseRows(sseRows, "sse.ts"),
  ...parseRows(avxRows, "avx.ts"),
  ...parseRows(avx512Rows, "avx512.ts"),
];

/** Forms grouped by mnemonic, each group in preference order. */
export const formsByMnemonic: ReadonlyMap<string, readonly Form[]> = (() => {
  const m = new Map<string, Form[]>();
  for (const f of allForms) {
    let g = m.get(f.mnemonic);
    if (!g) m.set(f.mnemonic, (g = []));
    g.push(f);
  }
  return m;
})();

export type { Form, OpSpec } from "./schema.ts";
