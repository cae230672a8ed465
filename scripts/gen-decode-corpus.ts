/**
 * gen-decode-corpus.ts — writes the disassembler's judge corpus
 * (test/decode/corpus/*.txt) from llvm-mc-22 -disassemble, so `bun test`
 * compares bunjit's decoder with llvm without running llvm:
 *
 * - first-N.txt: random 16-byte strings (uniform, and structured over the
 *   opcode space: legacy prefixes/REX/escapes, VEX, EVEX) and what llvm makes
 *   of the first instruction: its length and text, or "invalid".
 * - stream.txt: random 48-byte streams and llvm's whole disassembly of each:
 *   the instruction texts in order and the byte offsets it warned at.
 * - golden-text-N.txt: every second golden vector (test/encode/golden) and
 *   llvm's disassembly of it, so every form's printing is judged.
 *
 * The length of the first instruction is found by probing: each prefix of the
 * string is given to llvm as its own atomic block `[0x.. 0x..]`; the shortest
 * one that decodes to the same text as the whole string is the instruction
 * (see firstInstructions). Blocks are separated by a marker
 * instruction so the output can be split. The cases do not depend on bunjit's
 * instruction table (only on the seed), so adding rows never changes the corpus.
 *
 *   bun run scripts/gen-decode-corpus.ts [--check] [--golden-only] [--seed 0x...] [--cases N] [--streams N]
 *
 * After regenerating the golden vectors, `--golden-only` rewrites golden-text-*.txt alone (seconds).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { mulberry32 } from "./lib/mulberry32.ts";

const root = new URL("..", import.meta.url).pathname;
const dir = `${root}test/decode/corpus/`;
const LLVM = "llvm-mc-22";
const arg = (name: string, dflt: number): number => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const SEED = arg("--seed", 0xdec0de22);
const CASES = arg("--cases", 24000);
const STREAMS = arg("--streams", 1500);
const PER_FILE = 8000;
const check = process.argv.includes("--check");
/** Re-judge only the golden-vector texts (after the goldens were regenerated); the random cases stay as they are. */
const goldenOnly = process.argv.includes("--golden-only");

const rnd = mulberry32(SEED);
const int = (n: number): number => Math.floor(rnd() * n);
const byte = (): number => int(256);
const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;

// ---- cases ------------------------------------------------------------------------
const LEGACY_PREFIXES = [0x66, 0x66, 0x66, 0xf2, 0xf2, 0xf3, 0xf3, 0x67, 0xf0, 0x2e, 0x36, 0x3e, 0x26, 0x64, 0x65];

/** ModRM plus what it implies (SIB, displacement), with a mod distribution that favours registers and short forms. */
function modrmBytes(out: number[]): void {
  const mod = pick([3, 3, 3, 0, 0, 1, 2]);
  const rm = int(8);
  out.push((mod << 6) | (int(8) << 3) | rm);
}

function legacyCase(): number[] {
  const b: number[] = [];
  const np = pick([0, 0, 0, 1, 1, 2, 3]);
  for (let i = 0; i < np; i++) b.push(pick(LEGACY_PREFIXES));
  if (rnd() < 0.5) b.push(0x40 | int(16));
  const esc = rnd();
  if (esc < 0.3) { /* one-byte map */ } else if (esc < 0.65) b.push(0x0f);
  else if (esc < 0.8) b.push(0x0f, 0x38);
  else if (esc < 0.95) b.push(0x0f, 0x3a);
  else b.push(0x0f, 0x0f);
  b.push(byte());
  modrmBytes(b);
  return b;
}

function vexCase(): number[] {
  const b: number[] = [];
  if (rnd() < 0.15) b.push(pick(LEGACY_PREFIXES));
  const map = rnd() < 0.92 ? 1 + int(3) : int(32);
  if (map === 1 && rnd() < 0.5) b.push(0xc5, byte());
  else b.push(0xc4, (byte() & 0xe0) | map, byte());
  b.push(byte());
  modrmBytes(b);
  return b;
}

function evexCase(): number[] {
  const b: number[] = [];
  if (rnd() < 0.1) b.push(pick(LEGACY_PREFIXES));
  const map = rnd() < 0.9 ? 1 + int(3) : int(8);
  const p0 = (byte() & 0xf0) | (rnd() < 0.9 ? 0 : 8) | map;
  const p1 = (byte() & 0xfb) | (rnd() < 0.9 ? 4 : 0);
  let p2 = byte();
  if (rnd() < 0.6) p2 &= 0x7f; // z mostly clear
  if (rnd() < 0.6) p2 &= 0xf8; // no mask mostly
  if (rnd() < 0.6) p2 &= 0xef; // no broadcast/rounding mostly
  if (rnd() < 0.8) p2 |= 0x08; // V' = 1 (v16-31 not used) mostly
  if (rnd() < 0.8) p2 &= 0x9f | (int(3) << 5); // L'L = 11 rarely
  b.push(0x62, p0, p1, p2, byte());
  modrmBytes(b);
  return b;
}

function randomCase(): number[] {
  const r = rnd();
  const head = r < 0.15 ? [] : r < 0.55 ? legacyCase() : r < 0.75 ? vexCase() : evexCase();
  while (head.length < 16) head.push(byte());
  return head.slice(0, 16);
}

// ---- llvm-mc ------------------------------------------------------------------------
const MARKER = [0x48, 0xb8, 0x88, 0x77, 0x66, 0x55, 0x44, 0x33, 0x22, 0x11];
const MARKER_TEXT = "movabs rax, 1234605616436508552";

interface BlockResult {
  /** Instruction texts in order. */
  texts: string[];
  /** Byte offsets within the block where llvm warned "invalid instruction encoding". */
  invalid: number[];
  /** Byte offsets of "potentially undefined instruction encoding" warnings. */
  soft: number[];
}

function blockLine(bytes: readonly number[], atomic: boolean): string {
  const body = bytes.map((x) => `0x${x.toString(16).padStart(2, "0")}`).join(" ");
  return atomic ? `[${body}]` : body;
}

/** Normalise llvm's printing: comments dropped, tabs and runs of spaces as one space. */
function norm(line: string): string {
  return line.replace(/\s#.*$/, "").replace(/\s+/g, " ").trim();
}

/** Disassemble many blocks in one llvm-mc process; each result is that block's output. */
function runBlocks(blocks: { bytes: readonly number[]; atomic: boolean }[]): BlockResult[] {
  const lines: string[] = [];
  for (const b of blocks) {
    lines.push(blockLine(b.bytes, b.atomic));
    lines.push(blockLine(MARKER, true));
  }
  const proc = Bun.spawnSync([LLVM, "-disassemble", "-triple=x86_64", "-output-asm-variant=1"], { stdin: new TextEncoder().encode(lines.join("\n") + "\n") });
  const results: BlockResult[] = blocks.map(() => ({ texts: [], invalid: [], soft: [] }));
  let bi = 0;
  for (const raw of proc.stdout.toString().split("\n")) {
    const t = norm(raw);
    if (t === "" || t.startsWith(".text")) continue;
    if (t === MARKER_TEXT) { bi++; continue; }
    if (bi >= results.length) throw new Error(`llvm-mc printed more than expected: ${t}`);
    results[bi]!.texts.push(t);
  }
  if (bi !== blocks.length) throw new Error(`llvm-mc printed ${bi} markers for ${blocks.length} blocks:\n${proc.stderr.toString().slice(0, 2000)}`);
  for (const m of proc.stderr.toString().matchAll(/^<stdin>:(\d+):(\d+): warning: (invalid|potentially undefined) instruction encoding/gm)) {
    const line = Number(m[1]), col = Number(m[2]);
    if (line % 2 === 0) throw new Error(`llvm-mc warned on a marker line ${line}`);
    const b = blocks[(line - 1) / 2]!;
    const at = (col - (b.atomic ? 2 : 1)) / 5;
    (m[3] === "invalid" ? results[(line - 1) / 2]!.invalid : results[(line - 1) / 2]!.soft).push(at);
  }
  return results;
}

/**
 * llvm's verdict on the first instruction of each case: [length, text, soft], null for invalid, or
 * undefined when its length could not be settled (the case is dropped).
 * The whole case as an atomic block gives the first instruction's text (llvm stops at the first
 * failure in such a block); its length is the shortest prefix of the case that decodes, alone, to
 * the same text. A lone prefix llvm prints as an instruction depends on the byte after it (`f2 f0`
 * is `xacquire`, `f2` alone is `repne`): its length is where llvm's prefix scan stops. Every length
 * is then checked: the rest of the case, decoded alone, must give the rest of the whole decode.
 */
function firstInstructions(cases: number[][]): ([number, string, boolean] | null | undefined)[] {
  const blocks: { bytes: number[]; atomic: boolean }[] = [];
  for (const c of cases) {
    blocks.push({ bytes: c, atomic: true });
    for (let k = 1; k <= c.length; k++) blocks.push({ bytes: c.slice(0, k), atomic: true });
  }
  const res = runBlocks(blocks);
  const out: ([number, string, boolean] | null | undefined)[] = [];
  const fulls: BlockResult[] = [];
  let r = 0;
  for (const c of cases) {
    const full = res[r++]!;
    fulls.push(full);
    let found: [number, string, boolean] | undefined;
    const text = full.invalid.includes(0) ? null : full.texts[0]!;
    for (let k = 1; k <= c.length; k++, r++) {
      const x = res[r]!;
      if (found !== undefined || text === null) continue;
      if (x.texts.length === 1 && x.invalid.length === 0 && x.texts[0] === text) found = [k, text, x.soft.includes(0)];
    }
    if (text !== null && found === undefined && /^(lock )?(xacquire|xrelease|lock)$/.test(text)) found = [lonePrefixLength(c), text, false];
    out.push(text === null ? null : found);
  }
  // check each length against the rest of the whole decode
  const tails: { bytes: number[]; atomic: boolean }[] = [];
  const idx: number[] = [];
  out.forEach((v, i) => {
    if (v) { tails.push({ bytes: cases[i]!.slice(v[0]), atomic: true }); idx.push(i); }
  });
  const tr = runBlocks(tails.map((t) => (t.bytes.length > 0 ? t : { bytes: [0x90], atomic: true })));
  idx.forEach((i, j) => {
    const L = out[i]![0], full = fulls[i]!, tail = tr[j]!;
    if (cases[i]!.length === L) return;
    const same = tail.texts.join("\n") === full.texts.slice(1).join("\n") && tail.invalid.join() === full.invalid.map((q) => q - L).join();
    if (!same) out[i] = undefined;
  });
  return out;
}

/**
 * How many bytes llvm skips after refusing the first instruction of each case (given as invalid), or 0
 * when that cannot be settled. Cut to its first k bytes, a case prints exactly one warning and nothing
 * else when k is the skip (llvm fails having read the same bytes), and at least one more event for any
 * larger k (the bytes after the skip are decoded again): the skip is the largest such k.
 */
function skips(cases: number[][]): number[] {
  const blocks: { bytes: number[]; atomic: boolean }[] = [];
  for (const c of cases) for (let k = 1; k <= c.length; k++) blocks.push({ bytes: c.slice(0, k), atomic: false });
  const res = runBlocks(blocks);
  const out: number[] = [];
  let r = 0;
  for (const c of cases) {
    let found = 0;
    for (let k = 1; k <= c.length; k++, r++) {
      const x = res[r]!;
      if (x.texts.length === 0 && x.soft.length === 0 && x.invalid.length === 1 && x.invalid[0] === 0) found = k;
    }
    out.push(found === c.length ? 0 : found); // a skip as long as the case may be longer: unsettled
  }
  return out;
}

/** Where llvm's prefix scan stops for a lone prefix: a leading F0, or an F2/F3 before F0/86/87/90–97 (F3 also before 88/89/C6/C7). */
function lonePrefixLength(c: readonly number[]): number {
  if (c[0] === 0xf0) return 1;
  for (let i = 0; i + 1 < c.length; i++) {
    const b = c[i]!, n = c[i + 1]!;
    if (b === 0xf2 || b === 0xf3) {
      if ((n === 0xf0 || (n & 0xfe) === 0x86 || (n & 0xf8) === 0x90) && !(b === 0xf3 && n === 0x90)) return i + 1;
      if (b === 0xf3 && (n === 0x88 || n === 0x89 || n === 0xc6 || n === 0xc7)) return i + 1;
    }
  }
  return 0;
}

// ---- main ------------------------------------------------------------------------------
const version = Bun.spawnSync([LLVM, "--version"]).stdout.toString().match(/LLVM version ([\d.]+)/)?.[1] ?? "?";
const hex = (bs: readonly number[]): string => bs.map((x) => x.toString(16).padStart(2, "0")).join(" ");
const files = new Map<string, string>();
const header = (what: string): string =>
  `# generated by scripts/gen-decode-corpus.ts from llvm-mc ${version} -disassemble (seed 0x${SEED.toString(16)}) — do not edit\n# ${what}\n`;

const cases: number[][] = [];
for (let i = 0; i < (goldenOnly ? 0 : CASES); i++) cases.push(randomCase());
const streams: number[][] = [];
for (let i = 0; i < (goldenOnly ? 0 : STREAMS); i++) {
  const s: number[] = [];
  if (rnd() < 0.3) while (s.length < 48) s.push(byte());
  else while (s.length < 48) s.push(...randomCase().slice(0, 4 + int(10)));
  streams.push(s.slice(0, 48));
}

const firstLines: string[] = [];
const CHUNK = 2000;
let dropped = 0;
for (let i = 0; i < cases.length; i += CHUNK) {
  const part = cases.slice(i, i + CHUNK);
  const verdicts = firstInstructions(part);
  const bad = part.filter((_, j) => verdicts[j] === null);
  const sk = skips(bad);
  let b = 0;
  part.forEach((c, j) => {
    const v = verdicts[j];
    if (v === undefined) { dropped++; return; }
    if (v === null) {
      const s = sk[b++]!;
      firstLines.push(`${hex(c)} | -${s > 0 ? s : ""} |`);
    } else firstLines.push(`${hex(c)} | ${v[0]}${v[2] ? "?" : ""} | ${v[1]}`);
  });
}
for (let i = 0, n = 1; !goldenOnly && i < firstLines.length; i += PER_FILE, n++) {
  files.set(`first-${n}.txt`, header("<16 random bytes> | <length of llvm's first instruction, ? if llvm warned it may be undefined; -N if invalid and llvm skips N bytes, - if that is unsettled> | <llvm's text>") +
    firstLines.slice(i, i + PER_FILE).join("\n") + "\n");
}
const streamRes = runBlocks(streams.map((s) => ({ bytes: s, atomic: false })));
if (!goldenOnly) files.set("stream.txt", header("<48 random bytes> | <llvm's instruction texts, ' ; '-separated> | <offsets llvm warned invalid at, ','-separated>") +
  streams.map((s, i) => `${hex(s)} | ${streamRes[i]!.texts.join(" ; ")} | ${streamRes[i]!.invalid.join(",")}`).join("\n") + "\n");

// every second golden vector (test/encode/golden: every form of the table, several times each) and llvm's text for it
const goldenDir = `${root}test/encode/golden/`;
const goldenHex: string[] = [];
const seen = new Set<string>();
for (const f of readdirSync(goldenDir).filter((x) => x.endsWith(".txt") && x !== "invalid.txt").sort()) {
  let k = 0;
  for (const line of readFileSync(goldenDir + f, "utf8").split("\n")) {
    if (line === "" || line.startsWith("#")) continue;
    const h = line.split(" | ")[0]!;
    if (k++ % 2 === 0 && !seen.has(h)) { seen.add(h); goldenHex.push(h); }
  }
}
const goldenRes = runBlocks(goldenHex.map((h) => ({ bytes: h.split(" ").map((x) => parseInt(x, 16)), atomic: true })));
const goldenLines: string[] = [];
goldenHex.forEach((h, i) => {
  const r = goldenRes[i]!;
  if (r.invalid.length > 0 || r.texts.length === 0) throw new Error(`llvm-mc refuses the golden vector ${h}`);
  goldenLines.push(`${h} | ${r.texts.join(" ; ")}`);
});
for (let i = 0, n = 1; i < goldenLines.length; i += PER_FILE * 1.5, n++) {
  files.set(`golden-text-${n}.txt`, header("<golden vector bytes> | <llvm-mc-22's disassembly, ' ; '-separated where it prints several lines>") +
    goldenLines.slice(i, i + PER_FILE * 1.5).join("\n") + "\n");
}

if (check) {
  const stale: string[] = [];
  const present = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".txt")) : [];
  for (const [name, text] of files) if (!existsSync(dir + name) || readFileSync(dir + name, "utf8") !== text) stale.push(name);
  for (const f of present) if (!files.has(f) && !(goldenOnly && !f.startsWith("golden-text-"))) stale.push(f);
  if (stale.length > 0) {
    console.error(`gen-decode-corpus: stale corpus files (run bun run scripts/gen-decode-corpus.ts): ${stale.join(", ")}`);
    process.exit(1);
  }
  console.log(`gen-decode-corpus: ${files.size} corpus files are fresh`);
} else {
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".txt"))) if (!files.has(f) && !(goldenOnly && !f.startsWith("golden-text-"))) rmSync(dir + f);
  for (const [name, text] of files) writeFileSync(dir + name, text);
  const valid = firstLines.filter((l) => !l.includes("| -")).length;
  console.log(`gen-decode-corpus: ${firstLines.length} cases (${valid} valid for llvm; ${dropped} dropped: length not settled), ${streams.length} streams, ${goldenLines.length} golden vectors → ${dir}`);
}
