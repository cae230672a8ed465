/**
 * names.ts — the intern table of names (mnemonics, registers, keywords,
 * directives, labels) a target's text front end reads. Each distinct name is
 * looked up once: its lower-case spelling and what it means to the target
 * (`classify`, e.g. "register rax" or "size keyword qword") are kept with it,
 * so a name seen before costs a hash over its characters and one string
 * comparison, no slice, toLowerCase or Map lookup. Knows no target: the
 * meaning type M is the target's.
 */

/** A name as written, with its lower-case spelling and what it means to the target. */
export interface Word<M> {
  /** The name as written (labels and constants are case-sensitive). */
  readonly text: string;
  /** Lower case (mnemonics, registers, keywords and directives are not). */
  readonly lower: string;
  /** The target's meaning of `lower` (`classify(lower)`), computed once per name. */
  readonly m: M;
  /** A numeric label reference such as `1b` or `2f`. */
  readonly numRef: boolean;
}

/** 1 where a name may start: letters, `_`, `.`. */
export const NAME_START = new Uint8Array(128);
/** 1 inside a name: also digits, `$`, `@`. */
export const NAME_PART = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const alpha = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46;
  NAME_START[c] = alpha ? 1 : 0;
  NAME_PART[c] = alpha || (c >= 48 && c <= 57) || c === 36 || c === 64 ? 1 : 0;
}

/** Where the name read by the last `readName` ends. */
export let readEnd = 0;

/**
 * The Word of the name starting at s[p] (a NAME_START character) in
 * `names`; its end in `readEnd`. The scanner has its own copy of this loop
 * inline (a call there costs ~10% of a parse); target fast paths use this one.
 */
export function readName<M>(names: Names<M>, s: string, p: number): Word<M> {
  const n = s.length;
  const c = s.charCodeAt(p);
  let q = p + 1, h = Math.imul(HASH_SEED ^ c, HASH_MUL), k1 = c, k2 = 0, k3 = 0;
  while (q < n) {
    const d = s.charCodeAt(q);
    if (d >= 128 || NAME_PART[d] !== 1) break;
    h = Math.imul(h ^ d, HASH_MUL);
    const i = q - p;
    if (i < 4) k1 = (k1 << 7) | d;
    else if (i < 8) k2 = (k2 << 7) | d;
    else if (i < 12) k3 = (k3 << 7) | d;
    q++;
  }
  readEnd = q;
  return names.at(s, p, q, h ^ (q - p), k1, k2, k3);
}

const SLOTS = 1 << 14; // open addressing, at most half full; beyond that, names are not interned
const CAP = SLOTS >> 1;

/**
 * A target's name table. One per target (shared by every parse with that
 * target): it only grows, up to 8,192 names; later names get a fresh Word
 * each time (correct, just slower). A lookup compares small integers: the
 * hash, the length and the first 12 characters packed 7 bits each, 4 to an
 * int (names are ASCII); only the rest of a longer name is compared by
 * characters. (String comparisons — startsWith, or charCodeAt on both sides —
 * cost 20 ns and more a lookup in JSC; this costs a few.)
 */
export class Names<M> {
  /** Per slot, 8 ints (one cache line for every key of a probe): hash, length, k1, k2, k3. */
  private readonly keys = new Int32Array(SLOTS * 8);
  private readonly words: (Word<M> | undefined)[] = [];
  private count = 0;

  constructor(private readonly classify: (lower: string) => M) {
    for (let i = 0; i < SLOTS; i++) this.words.push(undefined); // pushed, so the engine keeps a plain dense array
  }

  /**
   * The Word for `s[p, q)`, whose characters all went into the hash `h` and
   * whose characters 0..3, 4..7 and 8..11 are packed in k1, k2, k3 (see `keysOf`).
   */
  at(s: string, p: number, q: number, h: number, k1: number, k2: number, k3: number): Word<M> {
    const len = q - p;
    let i = (Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 18) & (SLOTS - 1);
    for (;;) {
      const w = this.words[i];
      if (w === undefined) break;
      const b = i << 3, keys = this.keys;
      if (keys[b] === h && keys[b + 2] === k1 && keys[b + 3] === k2 && keys[b + 4] === k3 && keys[b + 1] === len && (len <= 12 || tailEquals(w.text, s, p, len))) return w;
      i = (i + 1) & (SLOTS - 1);
    }
    const text = s.slice(p, q);
    if (this.count >= CAP) return this.make(text, false);
    // a copy, so the table does not keep the whole source text alive
    const w = this.make([...text].join(""), false);
    this.count++;
    this.words[i] = w;
    const b = i << 3;
    this.keys[b] = h;
    this.keys[b + 1] = len;
    this.keys[b + 2] = k1;
    this.keys[b + 3] = k2;
    this.keys[b + 4] = k3;
    return w;
  }

  /** A Word outside the table (numeric label references, names beyond the table's capacity). */
  make(text: string, numRef: boolean): Word<M> {
    const lower = text.toLowerCase();
    return { text, lower, m: this.classify(lower), numRef };
  }

  /** The Word of a name given as a string (ASCII name characters only). */
  of(name: string): Word<M> {
    let h = HASH_SEED, k1 = 0, k2 = 0, k3 = 0;
    for (let i = 0; i < name.length; i++) {
      const c = name.charCodeAt(i);
      h = Math.imul(h ^ c, HASH_MUL);
      if (i < 4) k1 = (k1 << 7) | c; else if (i < 8) k2 = (k2 << 7) | c; else if (i < 12) k3 = (k3 << 7) | c;
    }
    return this.at(name, 0, name.length, h ^ name.length, k1, k2, k3);
  }
}

/** Characters 12.. of a name equal s[p + 12, p + len). */
function tailEquals(t: string, s: string, p: number, len: number): boolean {
  for (let k = 12; k < len; k++) if (t.charCodeAt(k) !== s.charCodeAt(p + k)) return false;
  return true;
}

/**
 * The scanner's keys of a name: FNV-1a over its char codes (start with
 * HASH_SEED, `h = Math.imul(h ^ c, HASH_MUL)` per character, then `h ^
 * length`), and characters 0..3, 4..7, 8..11 packed 7 bits each into k1, k2, k3
 * (`k = (k << 7) | c`).
 */
export const HASH_SEED = 0x811c9dc5 | 0;
export const HASH_MUL = 0x01000193;
