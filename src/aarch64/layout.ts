/**
 * layout.ts — AArch64 code layout: places the instruction words, grows
 * conditional branches whose label is out of reach (b.cond / cbz / cbnz
 * ±1 MiB, tbz / tbnz ±32 KiB) into an inverted branch over a `b` (±128 MiB),
 * pads alignment with zero bytes up to a word boundary and then `nop`s, and
 * patches label references (imm26, imm19, imm14, adr, adrp) once every
 * position is final. Relaxation iterates to a fixed point; a branch only
 * ever grows, so each ends in the shortest form that reaches.
 *
 * Stand-in for the architecture-neutral layout of src/core/ (issue 10),
 * which the x64core helper is extracting: this file is the only AArch64
 * module that knows item positions, so switching to the shared engine
 * replaces it alone. It knows fixup kinds and the branch-inversion rule,
 * not instructions.
 */
import { JitError } from "../core/errors.ts";
import type { Label } from "../core/label.ts";
import { FIX_ADR, FIX_ADRP, FIX_B14, FIX_B19, FIX_B26 } from "./table/kinds-mem.ts";

/** A variable-size item between fixed bytes. */
export interface Item {
  /** Position in the raw (unrelaxed) byte stream. */
  rawPos: number;
  /** Current size in bytes. */
  size: number;
  /** "branch": a relaxable conditional branch; "align": padding. */
  kind: "branch" | "align";
  // branch
  word: number;
  fix: number;
  label: Label | null;
  /** true once grown to the inverted form over a `b`. */
  long: boolean;
  // align
  align: number;
  fill: number;
}

/** A label reference inside fixed bytes. */
export interface Fixup {
  rawPos: number;
  /** Number of items before it (their size shifts it). */
  items: number;
  label: Label;
  fix: number;
  /** Byte offset added to the label's position. */
  addend: number;
  mnemonic: string;
}

const NOP = 0xd503201f;
const REACH: Record<number, number> = { [FIX_B26]: 1 << 27, [FIX_B19]: 1 << 20, [FIX_B14]: 1 << 15, [FIX_ADR]: 1 << 20 };
const FIX_NAMES = ["imm26 (±128 MiB)", "imm19 (±1 MiB)", "imm14 (±32 KiB)", "adr (±1 MiB)", "adrp (±4 GiB)"];

/** The word of an instruction whose condition (b.cond) or sense (cbz/cbnz, tbz/tbnz: bit 24) is inverted. */
export function invertBranch(word: number): number {
  if ((word & 0xff000010) >>> 0 === 0x54000000) return (word ^ 1) >>> 0; // b.cond: flip the condition's low bit
  return (word ^ (1 << 24)) >>> 0;
}

function inRange(d: number, fix: number): boolean {
  const r = REACH[fix]!;
  return d >= -r && d < r && (fix === FIX_ADR || (d & 3) === 0);
}

/** Write displacement `d` (bytes) of kind `fix` into `word`. */
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

function readWord(b: Uint8Array, at: number): number {
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
}
function writeWord(b: Uint8Array, at: number, w: number): void {
  b[at] = w;
  b[at + 1] = w >>> 8;
  b[at + 2] = w >>> 16;
  b[at + 3] = w >>> 24;
}

/** Where the items end up. */
export interface Placement {
  out: Uint8Array;
  /** prefix[k] = bytes added by the items before item k. */
  prefix: Int32Array;
}

/**
 * Lay out `raw` (length rawLen) with its items, then patch the fixups.
 * `labelPos` maps a label to its raw position and the item count before it.
 * `base` is the address the code will run at modulo 4 KiB (adrp).
 * @throws JitError ELABEL for an unbound label or a reference out of reach
 */
export function layout(raw: Uint8Array, rawLen: number, items: Item[], fixups: readonly Fixup[], labelItems: readonly number[], base: number): Placement {
  const n = items.length;
  const prefix = new Int32Array(n + 1);
  const posOf = (l: Label) => l.offset + prefix[labelItems[l.id]!]!;
  for (let iter = 0; ; iter++) {
    let sum = 0;
    for (let k = 0; k < n; k++) {
      prefix[k] = sum;
      const it = items[k]!;
      if (it.kind === "align") {
        const pos = it.rawPos + sum;
        it.size = (it.align - (pos & (it.align - 1))) & (it.align - 1);
      }
      sum += it.size;
    }
    prefix[n] = sum;
    let changed = false;
    for (let k = 0; k < n; k++) {
      const it = items[k]!;
      if (it.kind !== "branch" || it.long) continue;
      const d = posOf(it.label!) - (it.rawPos + prefix[k]!);
      if (!inRange(d, it.fix)) {
        it.long = true;
        it.size = 8;
        changed = true;
      }
    }
    if (!changed) break;
    if (iter > n + 2) throw new JitError("ELABEL", "branch relaxation did not converge");
  }
  const out = new Uint8Array(rawLen + prefix[n]!);
  let src = 0;
  for (let k = 0; k < n; k++) {
    const it = items[k]!;
    const shift = prefix[k]!;
    out.set(raw.subarray(src, it.rawPos), src + shift);
    src = it.rawPos;
    const at = it.rawPos + shift;
    if (it.kind === "align") {
      let p = at;
      const end = at + it.size;
      if (it.fill >= 0) out.fill(it.fill, p, end);
      else {
        while (p < end && (p & 3) !== 0) out[p++] = 0;
        for (; p + 4 <= end; p += 4) writeWord(out, p, NOP);
        while (p < end) out[p++] = 0;
      }
      continue;
    }
    const target = posOf(it.label!);
    if (!it.long) writeWord(out, at, patchWord(it.word, it.fix, target - at));
    else if (((it.word & 0xff000010) >>> 0) === 0x54000000 && (it.word & 0xe) === 0xe) {
      // b.al / b.nv: no inverse condition; an unconditional b plus a nop keeps the size
      writeWord(out, at, patchWord(0x14000000, FIX_B26, target - at));
      writeWord(out, at + 4, NOP);
    } else {
      writeWord(out, at, patchWord(invertBranch(it.word), it.fix, 8));
      const d = target - (at + 4);
      if (!inRange(d, FIX_B26)) throw new JitError("ELABEL", `branch to ${it.label!.name} is ${d} bytes away, beyond b's ±128 MiB`);
      writeWord(out, at + 4, patchWord(0x14000000, FIX_B26, d));
    }
  }
  out.set(raw.subarray(src, rawLen), src + prefix[n]!);
  for (const f of fixups) {
    const at = f.rawPos + prefix[f.items]!;
    const target = posOf(f.label) + f.addend;
    const w = readWord(out, at);
    let d = target - at;
    if (f.fix === FIX_ADRP) {
      d = Math.floor((base + target) / 4096) - Math.floor((base + at) / 4096);
      if (d < -(1 << 20) || d >= 1 << 20) throw new JitError("ELABEL", `${f.mnemonic}: label ${f.label.name} is beyond adrp's ±4 GiB`, { instruction: f.mnemonic });
    } else if (!inRange(d, f.fix)) {
      throw new JitError("ELABEL", `${f.mnemonic}: label ${f.label.name} is ${d} bytes away, out of reach of its ${FIX_NAMES[f.fix]} displacement`, { instruction: f.mnemonic });
    }
    writeWord(out, at, patchWord(w, f.fix, d));
  }
  return { out, prefix };
}
