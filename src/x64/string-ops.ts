/**
 * string-ops.ts — string instructions written with their implicit operands,
 * as llvm-mc prints them and reads them (`movsb byte ptr es:[rdi], byte ptr
 * [rsi]`, generic `movs`, `lods al, byte ptr [rsi]`, 32-bit registers,
 * `xlat byte ptr [rbx]`): which operand-less form they are. The parser
 * (syntax.ts) checks the segments and emits. Knows no encodings.
 */
import { Mem, type Operand } from "./operands.ts";
import { Reg, RT_GP } from "./registers.ts";
import { STRING_SUFFIX_BITS } from "./table/vocabulary.ts";

export const STRING_OPS = new Set(["movs", "stos", "lods", "scas", "cmps"]);
const SUFFIX: Record<number, string> = Object.fromEntries(Object.entries(STRING_SUFFIX_BITS).map(([s, b]) => [b, s]));

/**
 * When `ops` are the implicit operands of a string instruction written out
 * (movsb byte ptr es:[rdi], byte ptr [rsi]; stos: es:[rdi], acc; lods: acc,
 * [rsi]; scas: acc, es:[rdi]; cmps: [rsi], es:[rdi]; xlat: [rbx]; stos, lods
 * and scas also with the memory operand alone; with 32-bit registers the same), the sized mnemonic, the positions of the
 * source ([rsi] or [rbx]) and [rdi] operands (-1 none) and whether the
 * registers are 32-bit; null when they are not. Segments are the caller's.
 */
export function stringOperands(m: string, ops: readonly Operand[]): { name: string; src: number; rdi: number; addr32: boolean } | null {
  if (m === "xlat") {
    const o = ops[0];
    if (ops.length !== 1 || !(o instanceof Mem) || (o.bits !== 8 && o.bits !== 0) || !plain(o) || (o.base!.name !== "rbx" && o.base!.name !== "ebx")) return null;
    return { name: "xlatb", src: 0, rdi: -1, addr32: o.base!.bits === 32 };
  }
  if (ops.length !== 2 && ops.length !== 1) return null;
  let stem: string, bits = 0;
  if (m.length === 5 && STRING_OPS.has(m.slice(0, 4))) {
    const b = STRING_SUFFIX_BITS[m[4]!];
    if (b === undefined) return null;
    stem = m.slice(0, 4);
    bits = b;
  } else if (STRING_OPS.has(m)) stem = m;
  else return null;
  // the size: the suffix's, else the operands' (every sized operand must agree)
  for (const o of ops) {
    const b = o instanceof Mem ? o.bits : o instanceof Reg ? o.bits : 0;
    if (b === 0) continue;
    if (bits === 0) bits = b;
    else if (b !== bits) return null;
  }
  if (SUFFIX[bits] === undefined) return null;
  let width = 0;
  const at = (o: Operand | undefined, reg: string): boolean => {
    if (!(o instanceof Mem) || !plain(o)) return false;
    const r = o.base!;
    if (r.name !== reg && r.name !== `e${reg.slice(1)}`) return false;
    if (width !== 0 && width !== r.bits) return false;
    width = r.bits;
    return true;
  };
  const acc = (o: Operand | undefined): boolean => o instanceof Reg && o.type === RT_GP && o.id === 0 && o.bits === bits && !o.isHigh8;
  const [a, b] = ops;
  let src = -1, rdi = -1;
  if (ops.length === 1) {
    // the memory operand alone (llvm-mc): stosb byte ptr es:[rdi], lodsb byte ptr [rsi], scasb byte ptr [rdi]
    if (stem === "lods" ? !at(a, "rsi") : stem === "stos" || stem === "scas" ? !at(a, "rdi") : true) return null;
    if (stem === "lods") src = 0; else rdi = 0;
    return { name: stem + SUFFIX[bits], src, rdi, addr32: width === 32 };
  }
  switch (stem) {
    case "movs": if (!at(a, "rdi") || !at(b, "rsi")) return null; rdi = 0; src = 1; break;
    case "stos": if (!at(a, "rdi") || !acc(b)) return null; rdi = 0; break;
    case "lods": if (!acc(a) || !at(b, "rsi")) return null; src = 1; break;
    case "scas": if (!acc(a) || !at(b, "rdi")) return null; rdi = 1; break;
    case "cmps": if (!at(a, "rsi") || !at(b, "rdi")) return null; src = 0; rdi = 1; break;
  }
  return { name: stem + SUFFIX[bits], src, rdi, addr32: width === 32 };
}

/** [reg] alone: a base, no index, no displacement, no label, no decoration. */
function plain(o: Mem): boolean {
  return o.base !== null && o.base.type === RT_GP && o.index === null && o.disp === 0 && o.label === null && !o.broadcast && o.mask === 0;
}
