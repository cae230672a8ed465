/**
 * layout-kinds.ts — what the architecture-neutral layout (core/layout.ts)
 * needs to know about AArch64: relaxable conditional branches (b.cond,
 * cbz/cbnz ±1 MiB, tbz/tbnz ±32 KiB) that grow from one instruction into
 * the inverted branch over a `b` (±128 MiB), the label fields patched after
 * layout (imm26, imm19, imm14, adr, adrp — all measured from the
 * instruction's own address), and code padding: zero bytes up to a word
 * boundary, then `nop`s, as llvm-mc pads. Encodes no instruction: the
 * branch's word comes from the table.
 */
import type { BranchKind, FixupKind, LayoutTarget } from "../core/layout.ts";
import { FIX_ADR, FIX_ADRP, FIX_B14, FIX_B19, FIX_B26 } from "./table/kinds-mem.ts";

const NOP = 0xd503201f;
const B = 0x14000000;

function readWord(b: Uint8Array, at: number): number {
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
}
function writeWord(b: Uint8Array, at: number, w: number): void {
  b[at] = w;
  b[at + 1] = w >>> 8;
  b[at + 2] = w >>> 16;
  b[at + 3] = w >>> 24;
}

/** Bytes each field reaches, forward (backward one word more): imm26, imm19, imm14, adr. */
const REACH = [1 << 27, 1 << 20, 1 << 15, 1 << 20];

/** Does a displacement of `d` bytes fit field `fix`? */
export function reaches(fix: number, d: number): boolean {
  const r = REACH[fix]!;
  return d >= -r && d < r && (fix === FIX_ADR || (d & 3) === 0);
}

/** `word` with displacement `d` (bytes; pages for adrp) written into field `fix`. */
export function patchWord(word: number, fix: number, d: number): number {
  switch (fix) {
    case FIX_B26:
      return ((word & 0xfc000000) | ((d >> 2) & 0x3ffffff)) >>> 0;
    case FIX_B19:
      return ((word & 0xff00001f) | (((d >> 2) & 0x7ffff) << 5)) >>> 0;
    case FIX_B14:
      return ((word & 0xfff8001f) | (((d >> 2) & 0x3fff) << 5)) >>> 0;
    default:
      return ((word & 0x9f00001f) | ((d & 3) << 29) | (((d >> 2) & 0x7ffff) << 5)) >>> 0;
  }
}

const isBcond = (w: number) => (w & 0xff000010) >>> 0 === 0x54000000;

/** The word with the opposite condition (b.cond: the condition's low bit; cbz ↔ cbnz, tbz ↔ tbnz: bit 24). */
export function invertBranch(word: number): number {
  return (isBcond(word) ? word ^ 1 : word ^ (1 << 24)) >>> 0;
}

/** A conditional branch of field `fix`: one word in reach, else the inverted branch over a `b`. `data` = the word. */
class CondBranch implements BranchKind {
  readonly sizes = [4, 8] as const;
  constructor(
    readonly fix: number,
    readonly reach: number,
  ) {}
  fits(v: number, at: number, target: number): boolean {
    return v === 0 ? reaches(this.fix, target - at) : reaches(FIX_B26, target - (at + 4));
  }
  write(out: Uint8Array, at: number, v: number, target: number, data: number): void {
    if (v === 0) {
      writeWord(out, at, patchWord(data, this.fix, target - at));
      return;
    }
    if (isBcond(data) && (data & 0xe) === 0xe) {
      // b.al / b.nv have no opposite condition: b, then a nop keeps the size
      writeWord(out, at, patchWord(B, FIX_B26, target - at));
      writeWord(out, at + 4, NOP);
      return;
    }
    writeWord(out, at, patchWord(invertBranch(data), this.fix, 8));
    writeWord(out, at + 4, patchWord(B, FIX_B26, target - (at + 4)));
  }
}
/** b.cond, cbz, cbnz. */
export const BRANCH19: BranchKind = new CondBranch(FIX_B19, 1 << 20);
/** tbz, tbnz. */
export const BRANCH14: BranchKind = new CondBranch(FIX_B14, 1 << 15);

const FIX_NAMES = ["imm26 displacement (±128 MiB)", "imm19 displacement (±1 MiB)", "imm14 displacement (±32 KiB)", "adr displacement (±1 MiB)"];
function fieldKind(fix: number): FixupKind {
  return {
    name: FIX_NAMES[fix]!,
    patch(out, at, origin, target, addend) {
      const d = target + addend - origin;
      if (!reaches(fix, d)) return false;
      writeWord(out, at, patchWord(readWord(out, at), fix, d));
      return true;
    },
  };
}
/** Label fields by fixup kind (FIX_B26 … FIX_ADR); adrp: `adrpKind`. */
export const FIELD_KINDS: readonly FixupKind[] = [FIX_B26, FIX_B19, FIX_B14, FIX_ADR].map(fieldKind);

const adrpKinds = new Map<number, FixupKind>();
/** adrp: the 4 KiB page of the target relative to the instruction's page, for code placed `pageOffset` bytes into a page. */
export function adrpKind(pageOffset: number): FixupKind {
  let k = adrpKinds.get(pageOffset);
  if (k === undefined) {
    k = {
      name: "adrp page displacement (±4 GiB)",
      patch(out, at, origin, target, addend) {
        const pages = Math.floor((pageOffset + target + addend) / 4096) - Math.floor((pageOffset + origin) / 4096);
        if (pages < -(1 << 20) || pages >= 1 << 20) return false;
        writeWord(out, at, patchWord(readWord(out, at), FIX_ADRP, pages));
        return true;
      },
    };
    adrpKinds.set(pageOffset, k);
  }
  return k;
}

/** Code padding: zero bytes up to a 4-byte boundary, then nop words, then zero bytes (llvm-mc's fill). */
export const AARCH64_TARGET: LayoutTarget = {
  padCode(out, at, n) {
    let p = at;
    const end = at + n;
    while (p < end && (p & 3) !== 0) out[p++] = 0;
    for (; p + 4 <= end; p += 4) writeWord(out, p, NOP);
    while (p < end) out[p++] = 0;
  },
};
