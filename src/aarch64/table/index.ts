/**
 * index.ts — the AArch64 instruction table: every row file, indexed by
 * mnemonic. Rows are parsed on first use of their mnemonic (importing the
 * table costs a split per row, not a parse), so a program that uses ten
 * instructions parses ten mnemonics' rows. Row order is preference order.
 */
import { CONDITIONS } from "../operands.ts";
import { BASE_ROWS } from "./base.ts";
import { BRANCH_ROWS } from "./branch.ts";
import { FP_ROWS } from "./fp.ts";
import { LOADSTORE_ROWS } from "./loadstore.ts";
import { parseRow, type Form } from "./schema.ts";
import { SIMD_ROWS } from "./simd.ts";
import { SIMD2_ROWS } from "./simd2.ts";
import { SIMDLS_ROWS } from "./simd-ls.ts";

/** The row files by family name (the golden generator writes one vector file per family). */
export const ROW_FILES: Readonly<Record<string, readonly string[]>> = {
  base: BASE_ROWS,
  loadstore: LOADSTORE_ROWS,
  branch: BRANCH_ROWS,
  fp: FP_ROWS,
  simd: SIMD_ROWS,
  simd2: SIMD2_ROWS,
  simdls: SIMDLS_ROWS,
};

const rowsOf = new Map<string, { line: string; family: string }[]>();
for (const [family, rows] of Object.entries(ROW_FILES)) {
  for (const r of rows) {
    const line = r.trim();
    if (line === "" || line.startsWith("#")) continue;
    const m = /^\S+/.exec(line)![0];
    const names = m.includes("<cond>") ? [...CONDITIONS, "hs", "lo"].map((c) => m.replace("<cond>", c)) : [m];
    for (const n of names) {
      let list = rowsOf.get(n);
      if (list === undefined) rowsOf.set(n, (list = []));
      list.push({ line, family });
    }
  }
}

const cache = new Map<string, readonly Form[]>();

/** The forms of a mnemonic in preference order, or undefined for an unknown mnemonic. @example formsOf("add")!.length */
export function formsOf(mnemonic: string): readonly Form[] | undefined {
  let f = cache.get(mnemonic);
  if (f !== undefined) return f;
  const rows = rowsOf.get(mnemonic);
  if (rows === undefined) return undefined;
  f = rows.flatMap(({ line, family }) => parseRow(line, family).filter((x) => x.mnemonic === mnemonic));
  cache.set(mnemonic, f);
  return f;
}

/** Every mnemonic of the table (b.eq, b.ne ... included). */
export const mnemonics: readonly string[] = [...rowsOf.keys()];

/** Every form of the table (parses all rows). @example allForms().length */
export function allForms(): Form[] {
  return mnemonics.flatMap((m) => formsOf(m)!);
}

export type { Form };
