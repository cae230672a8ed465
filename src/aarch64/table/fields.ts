/**
 * fields.ts — the encoding column of an AArch64 row: a 32-bit diagram written
 * most significant bit first, as the Arm ARM draws it, e.g.
 *
 *   sf 0 0 100010 sh imm12 Rn Rd          (add, immediate)
 *   0 Q 0 01110 size 1 Rm 10000 1 Rn Rd   (add, vector)
 *
 * Tokens are binary literals (`100010`), named fields with their standard
 * width (`Rn`, `imm12`, `size`), named fields with an explicit width
 * (`imm:3`), or a field with a fixed value (`Rn=11111`, documentation only).
 * A name written twice (`Rn ... Rn` in `ror` = `extr Xd, Xn, Xn`) receives
 * the same value in both places. Knows nothing of operands.
 */

/** Standard widths of the Arm ARM's field names. */
export const FIELD_WIDTHS: Readonly<Record<string, number>> = {
  Rd: 5, Rn: 5, Rm: 5, Ra: 5, Rt: 5, Rt2: 5, Rs: 5,
  sf: 1, sh: 1, N: 1, Q: 1, U: 1, S: 1, L: 1, M: 1, H: 1, o0: 1, op: 1, sz: 1, b5: 1, a: 1,
  size: 2, hw: 2, shift: 2, opc: 2, type: 2, rmode: 2, immlo: 2,
  imm3: 3, option: 3, immb: 3, abc: 3, op1: 3, op2: 3,
  cond: 4, nzcv: 4, cmode: 4, immh: 4, CRm: 4, CRn: 4, imm4: 4,
  imm5: 5, b40: 5, defgh: 5,
  immr: 6, imms: 6, imm6: 6, scale: 6,
  imm7: 7, hint: 7,
  imm8: 8, imm9: 9, imm12: 12, imm14: 14, sysop: 14, sysreg: 15, imm16: 16, imm19: 19, immhi: 19, imm26: 26,
};

/** Where one named field lives: parts [lsb, width] from its most to its least significant part. */
export interface FieldLoc {
  readonly name: string;
  readonly width: number;
  readonly parts: readonly (readonly [lsb: number, width: number])[];
  /** Another location that receives the same value (a name written twice in the diagram). */
  readonly also?: FieldLoc;
}

/** A parsed encoding diagram. */
export interface Diagram {
  /** The fixed bits (literals and `name=bits` fields). */
  readonly base: number;
  /** Mask of the fixed bits. */
  readonly fixedMask: number;
  /** Named fields (a name written several times has several locations, all receiving the value). */
  readonly fields: ReadonlyMap<string, FieldLoc[]>;
}

/**
 * Parse an encoding diagram. Throws a plain Error (a table bug, found when the table loads).
 * @example parseDiagram("sf 0 0 100010 sh imm12 Rn Rd").fields.get("imm12")
 */
export function parseDiagram(text: string, where: string): Diagram {
  let pos = 32;
  let base = 0, fixedMask = 0;
  const fields = new Map<string, FieldLoc[]>();
  for (const tok of text.trim().split(/\s+/)) {
    if (/^[01]+$/.test(tok)) {
      pos -= tok.length;
      for (let i = 0; i < tok.length; i++) {
        const bit = pos + tok.length - 1 - i;
        fixedMask |= 1 << bit;
        if (tok[i] === "1") base |= 1 << bit;
      }
      continue;
    }
    const m = /^([A-Za-z][A-Za-z0-9]*)(?::(\d+))?(?:=([01]+))?$/.exec(tok);
    if (m === null) throw new Error(`${where}: bad encoding token "${tok}"`);
    const name = m[1]!;
    const width = m[2] !== undefined ? Number(m[2]) : m[3] !== undefined ? m[3].length : FIELD_WIDTHS[name];
    if (width === undefined) throw new Error(`${where}: field "${name}" needs a width (${name}:n)`);
    pos -= width;
    if (m[3] !== undefined) {
      if (m[3].length !== width) throw new Error(`${where}: "${tok}" value width differs from the field's`);
      for (let i = 0; i < width; i++) {
        const bit = pos + width - 1 - i;
        fixedMask |= 1 << bit;
        if (m[3][i] === "1") base |= 1 << bit;
      }
      continue;
    }
    let list = fields.get(name);
    if (list === undefined) fields.set(name, (list = []));
    list.push({ name, width, parts: [[pos, width]] });
  }
  if (pos !== 0) throw new Error(`${where}: the encoding has ${32 - pos} bits, expected 32`);
  return { base: base >>> 0, fixedMask: fixedMask >>> 0, fields };
}

/**
 * Join several fields into one logical field, most significant first (e.g. `immhi:immlo`,
 * `b5:b40`, `H:L:M`); each name must exist once in the diagram.
 */
export function joinFields(d: Diagram, names: readonly string[], where: string): FieldLoc {
  const parts: [number, number][] = [];
  let width = 0;
  for (const n of names) {
    const locs = d.fields.get(n);
    if (locs === undefined) throw new Error(`${where}: the encoding has no field "${n}"`);
    if (locs.length !== 1) throw new Error(`${where}: field "${n}" appears ${locs.length} times; cannot join it`);
    for (const p of locs[0]!.parts) parts.push([p[0], p[1]]);
    width += locs[0]!.width;
  }
  return { name: names.join(":"), width, parts };
}

/** The bits of value `v` placed into field `f` (a negative v as its two's complement; taken modulo 2^width). */
export function place(f: FieldLoc, v: number): number {
  if (v < 0) v += 2 ** f.width; // two's complement of a signed field
  const v0 = v;
  let out = 0;
  const parts = f.parts;
  for (let i = parts.length - 1; i >= 0; i--) {
    const p = parts[i]!;
    const w = p[1];
    out |= (v & ((1 << w) - 1)) << p[0];
    v = Math.floor(v / (1 << w));
  }
  if (f.also !== undefined) out |= place(f.also, v0);
  return out >>> 0;
}

/** Read field `f` out of an instruction word. */
export function extract(f: FieldLoc, word: number): number {
  let v = 0;
  for (const [lsb, w] of f.parts) v = v * (1 << w) + ((word >>> lsb) & ((1 << w) - 1));
  return v;
}
