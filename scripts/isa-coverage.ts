/**
 * isa-coverage.ts — how much of what llvm-mc-22 knows bunjit's table covers,
 * measured over the opcode space rather than over our own rows.
 *
 * It walks the x86-64 opcode space (legacy 1-byte/0F/0F38/0F3A with the
 * mandatory-prefix and REX.W variants and every ModRM shape, 3DNow!'s imm8
 * opcodes, VEX maps 1–3 and 7, XOP maps 8–10, EVEX maps 1–7), asks llvm-mc-22
 * to disassemble each byte string (atomic blocks, one process per ~60,000
 * cases), reduces the texts to operand shapes (`vpermb zmm {k}, zmm, zmmword
 * ptr [m]`), and for one text of each shape compares bunjit's `assemble()`
 * with llvm-mc-22's own assembly of that text: agreed, bunjit refuses (a gap),
 * or the bytes differ (a bug). Shapes llvm cannot reassemble from its own
 * text are counted apart. Nothing here knows an encoding: llvm decides.
 *
 *   bun run scripts/isa-coverage.ts [--out report.txt] [--only legacy|vex|xop|evex] [--cache DIR]
 *
 * The disassembly is cached in --cache (default /tmp/bunjit-isa-coverage), keyed by space, so a
 * second run after a table change only re-judges. Prints a table per space and per missing mnemonic.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { assemble } from "../src/x64/parse.ts";
import { isJitError } from "../src/core/errors.ts";

const LLVM = "llvm-mc-22";
const argv = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const OUT = opt("--out");
const ONLY = opt("--only");
const CACHE = opt("--cache") ?? "/tmp/bunjit-isa-coverage";
const MARK = "0x0f 0xb9 0x80 0x78 0x56 0x34 0x12"; // ud1 eax, dword ptr [rax + 0x12345678]: never one of the cases
const MARK_TEXT = "ud1\teax, dword ptr [rax + 305419896]";
const FILL = [0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11]; // immediates and displacements read from here

// ---- the opcode space ------------------------------------------------------------------
type Case = number[];

function legacyCases(): Case[] {
  const out: Case[] = [];
  const pfx = [[], [0x66], [0xf2], [0xf3], [0x48], [0x66, 0x48], [0xf3, 0x48], [0xf2, 0x48], [0x66, 0xf2], [0x66, 0xf3]];
  const esc = [[], [0x0f], [0x0f, 0x38], [0x0f, 0x3a]];
  // prefix bytes as opcodes of the 1-byte map would only print "prefix + something else"
  const PREFIX_OPS = new Set([0x26, 0x2e, 0x36, 0x3e, 0x64, 0x65, 0x66, 0x67, 0xf0, 0xf2, 0xf3, ...Array.from({ length: 16 }, (_, i) => 0x40 + i)]);
  // F2/F3 on the 1-byte map are rep/repne: meaningful only on string instructions, pause and ret
  const REP_OPS = new Set([0x6c, 0x6d, 0x6e, 0x6f, 0x90, 0xc3, ...Array.from({ length: 12 }, (_, i) => 0xa4 + i)]);
  for (const p of pfx) for (const e of esc) for (let op = 0; op < 256; op++) {
    if (e.length === 0 && (PREFIX_OPS.has(op) || (p.some((b) => b === 0xf2 || b === 0xf3) && !REP_OPS.has(op)))) continue;
    const all = e.length <= 1; // 1-byte and 0F maps: every ModRM (fixed-ModRM instructions: 0F 01 CA, D9 E8, ...)
    const modrms: number[] = [];
    if (all) for (let m = 0xc0; m < 0x100; m++) modrms.push(m);
    else for (let r = 0; r < 8; r++) modrms.push(0xc1 | (r << 3));
    for (let r = 0; r < 8; r++) modrms.push(r << 3); // [rax] with each /digit
    for (const m of modrms) out.push([...p, ...e, op, m]);
  }
  // 3DNow!: 0F 0F /r ib, the imm8 is the opcode
  for (let i = 0; i < 256; i++) out.push([0x0f, 0x0f, 0xc1, i], [0x0f, 0x0f, 0x01, i]);
  return out;
}

/** VEX3 (0xC4) or XOP (0x8F): maps, W, vvvv (none / xmm2), L, pp, every opcode, 16 ModRM shapes. */
function vexCases(lead: number, maps: number[], pps: number[]): Case[] {
  const out: Case[] = [];
  const modrms: number[] = [];
  for (let r = 0; r < 8; r++) modrms.push(0xc1 | (r << 3), r << 3);
  for (const map of maps) for (const w of [0, 1]) for (const vvvv of [0b1111, 0b1101]) for (const l of [0, 1]) for (const pp of pps) {
    for (let op = 0; op < 256; op++) for (const m of modrms) {
      out.push([lead, 0xe0 | map, (w << 7) | (vvvv << 3) | (l << 2) | pp, op, m]);
    }
  }
  return out;
}

function evexCases(): Case[] {
  const out: Case[] = [];
  const modrms: number[] = [0xca];
  for (let r = 0; r < 8; r++) modrms.push(0xc1 | (r << 3), r << 3);
  for (let map = 1; map <= 7; map++) for (const w of [0, 1]) for (const vvvv of [0b1111, 0b1101]) for (const l of [0, 1, 2]) for (let pp = 0; pp < 4; pp++) {
    for (let op = 0; op < 256; op++) for (const m of modrms) {
      // P0: R X B R' = 1111 (not extended), 0, mmm; P1: W vvvv 1 pp; P2: z=0 L'L b=0 V'=1 aaa=0
      out.push([0x62, 0xf0 | map, (w << 7) | (vvvv << 3) | 4 | pp, (l << 5) | 0x08, op, m]);
    }
  }
  return out;
}

const SPACES: Record<string, () => Case[]> = {
  legacy: legacyCases,
  vex: () => vexCases(0xc4, [1, 2, 3, 7], [0, 1, 2, 3]),
  xop: () => vexCases(0x8f, [8, 9, 10], [0]),
  evex: evexCases,
};

// ---- llvm-mc ---------------------------------------------------------------------------
const hex = (b: number) => "0x" + b.toString(16).padStart(2, "0");

/** Disassemble cases with llvm-mc-22: the first instruction's text, or null when llvm refuses the bytes. */
async function disassemble(cases: Case[]): Promise<(string | null)[]> {
  const CHUNK = 60000;
  const chunks: Case[][] = [];
  for (let i = 0; i < cases.length; i += CHUNK) chunks.push(cases.slice(i, i + CHUNK));
  const results: (string | null)[][] = new Array(chunks.length);
  let next = 0;
  const worker = async () => {
    while (next < chunks.length) {
      const k = next++;
      results[k] = await disassembleChunk(chunks[k]!);
      process.stderr.write(".");
    }
  };
  await Promise.all([worker(), worker()]);
  process.stderr.write("\n");
  return results.flat();
}

async function disassembleChunk(cases: Case[]): Promise<(string | null)[]> {
  const lines: string[] = [];
  for (const c of cases) lines.push(`[${MARK}]`, `[${[...c, ...FILL].map(hex).join(" ")}]`);
  const p = Bun.spawn(["nice", "-n", "10", LLVM, "-disassemble", "-triple=x86_64", "-output-asm-variant=1"], { stdin: "pipe", stdout: "pipe", stderr: "pipe" });
  p.stdin.write(lines.join("\n") + "\n");
  p.stdin.end();
  const [out, err] = await Promise.all([new Response(p.stdout).text(), new Response(p.stderr).text()]);
  await p.exited;
  // a warning at column 2 of a case's line: llvm refused its first instruction
  const refused = new Set<number>();
  for (const m of err.matchAll(/^<stdin>:(\d+):(\d+): warning: invalid instruction encoding/gm)) {
    const line = Number(m[1]) - 1;
    if (line % 2 === 1 && m[2] === "2") refused.add((line - 1) / 2);
  }
  const texts: (string | null)[] = new Array(cases.length).fill(null);
  let k = -1, first = false;
  for (const raw of out.split("\n")) {
    const t = raw.trim();
    if (t === "" || t.startsWith("#") || t.startsWith(".text")) continue;
    if (t === MARK_TEXT) { k++; first = true; continue; }
    if (first && k >= 0 && k < cases.length && !refused.has(k)) texts[k] = t.replace(/\s+#.*$/, "").replace(/\t/g, " ");
    first = false;
  }
  if (k + 1 !== cases.length) throw new Error(`isa-coverage: lost alignment with llvm-mc's output (${k + 1} markers for ${cases.length} cases)`);
  return texts;
}

/** llvm-mc-22's bytes for each text (null: refused). */
function assembleWithLlvm(texts: string[]): (string | null)[] {
  const r = Bun.spawnSync([LLVM, "-triple=x86_64", "-x86-asm-syntax=intel", "-output-asm-variant=1", "-show-encoding"], { stdin: new TextEncoder().encode(texts.join("\n") + "\n") });
  const bad = new Set<number>();
  for (const m of r.stderr.toString().matchAll(/^<stdin>:(\d+):\d+: error:/gm)) bad.add(Number(m[1]) - 1);
  const encs = [...r.stdout.toString().matchAll(/# encoding: \[([^\]]*)\]/g)].map((m) => m[1]!.split(",").filter(Boolean).map((b) => b.replace(/^0x/, "").padStart(2, "0")).join(" "));
  if (encs.length !== texts.length - bad.size) {
    if (texts.length === 1) return [null];
    const mid = texts.length >> 1;
    return [...assembleWithLlvm(texts.slice(0, mid)), ...assembleWithLlvm(texts.slice(mid))];
  }
  let k = 0;
  return texts.map((_, i) => (bad.has(i) ? null : encs[k++]!));
}

// ---- shapes ----------------------------------------------------------------------------
const GP = String.raw`(?:r(?:[0-9]|[12][0-9]|3[01])[bwd]?|[re]?(?:ax|bx|cx|dx|si|di|sp|bp|ip)|[abcd][lh]|(?:si|di|sp|bp)l)`;
/** The operand shape of an instruction text: register classes, `[m]`, `imm`; the mnemonic and size words kept. */
export function shapeOf(text: string): string {
  const sp = text.indexOf(" ");
  let mn = sp < 0 ? text : text.slice(0, sp);
  let ops = sp < 0 ? "" : text.slice(sp + 1);
  // prefixes printed before the mnemonic (lock, rep, {vex}, notrack ...) stay part of the mnemonic
  while (/^(lock|rep|repne|repe|xacquire|xrelease|notrack|data16|data32|addr32|\{[a-z0-9]+\})$/.test(mn) && ops !== "") {
    const s2 = ops.indexOf(" ");
    mn += " " + (s2 < 0 ? ops : ops.slice(0, s2));
    ops = s2 < 0 ? "" : ops.slice(s2 + 1);
  }
  const shape = ops
    .replace(/\[[^\]]*\]/g, "[m]")
    .replace(/\b(?:cs|ds|es|fs|gs|ss):\[m\]/g, "[m]")
    .replace(/\{k[1-7]\}/g, "{k}")
    .replace(/\{r[nduz]-sae\}/g, "{er}")
    .replace(/\bst\(\d\)/g, "st")
    .replace(/\b(xmm|ymm|zmm|tmm|mm|k|cr|dr|bnd)\d+\b/g, "$1")
    .replace(new RegExp(String.raw`\b(?:r(?:[0-9]|[12][0-9]|3[01])|r[abcd]x|r[sd]i|r[sb]p)\b`, "g"), "r64")
    .replace(new RegExp(String.raw`\b(?:r(?:[0-9]|[12][0-9]|3[01])d|e[abcd]x|e[sd]i|e[sb]p)\b`, "g"), "r32")
    .replace(new RegExp(String.raw`\b(?:r(?:[0-9]|[12][0-9]|3[01])w|[abcd]x|[sd]i|[sb]p)\b`, "g"), "r16")
    .replace(new RegExp(String.raw`\b(?:r(?:[0-9]|[12][0-9]|3[01])b|[abcd]l|[sd]il|[sb]pl)\b`, "g"), "r8")
    .replace(/\b[abcd]h\b/g, "r8")
    .replace(/\b(?:cs|ds|es|fs|gs|ss)\b/g, "sreg")
    .replace(/(^|[ ,])-?(?:0x[0-9a-f]+|\d+)\b/g, "$1imm");
  void GP;
  return shape === "" ? mn : `${mn} ${shape}`;
}

// ---- main ------------------------------------------------------------------------------
interface Row { space: string; shape: string; text: string; verdict: "agree" | "refused" | "differ" | "llvm-cannot-reassemble"; ours: string; llvm: string }

async function spaceTexts(space: string): Promise<string[]> {
  mkdirSync(CACHE, { recursive: true });
  const file = join(CACHE, `${space}.txt`);
  if (existsSync(file)) return readFileSync(file, "utf8").split("\n").filter(Boolean);
  const cases = SPACES[space]!();
  console.error(`isa-coverage: ${space}: ${cases.length} byte strings to llvm-mc-22`);
  const texts = await disassemble(cases);
  const uniq = [...new Set(texts.filter((t): t is string => t !== null))];
  writeFileSync(file, uniq.join("\n") + "\n");
  return uniq;
}

const rows: Row[] = [];
for (const space of Object.keys(SPACES)) {
  if (ONLY && ONLY !== space) continue;
  const texts = await spaceTexts(space);
  const byShape = new Map<string, string>();
  for (const t of texts) {
    const s = shapeOf(t);
    if (!byShape.has(s)) byShape.set(s, t);
  }
  const shapes = [...byShape];
  const llvmBytes = assembleWithLlvm(shapes.map(([, t]) => t));
  shapes.forEach(([shape, text], i) => {
    const want = llvmBytes[i] ?? null;
    let ours = "";
    try {
      ours = Array.from(assemble(text), (b) => b.toString(16).padStart(2, "0")).join(" ");
    } catch (e) {
      if (!isJitError(e)) ours = `THREW ${String(e)}`;
      else ours = `${e.code}`;
    }
    const accepted = /^[0-9a-f]{2}( [0-9a-f]{2})*$/.test(ours);
    const verdict: Row["verdict"] = want === null ? "llvm-cannot-reassemble" : !accepted ? "refused" : ours === want ? "agree" : "differ";
    rows.push({ space, shape, text, verdict, ours, llvm: want ?? "" });
  });
}

// ---- report ----------------------------------------------------------------------------
const lines: string[] = [];
const count = (xs: Row[], v: Row["verdict"]) => xs.filter((r) => r.verdict === v).length;
lines.push("space    shapes  agree  refused  differ  llvm-cannot-reassemble");
for (const space of Object.keys(SPACES)) {
  const xs = rows.filter((r) => r.space === space);
  if (xs.length === 0) continue;
  lines.push(`${space.padEnd(8)} ${String(xs.length).padStart(6)} ${String(count(xs, "agree")).padStart(6)} ${String(count(xs, "refused")).padStart(8)} ${String(count(xs, "differ")).padStart(7)} ${String(count(xs, "llvm-cannot-reassemble")).padStart(8)}`);
}
const judged = rows.filter((r) => r.verdict !== "llvm-cannot-reassemble");
lines.push(`total    ${String(rows.length).padStart(6)} ${String(count(rows, "agree")).padStart(6)} ${String(count(rows, "refused")).padStart(8)} ${String(count(rows, "differ")).padStart(7)}   (${((100 * count(rows, "agree")) / Math.max(1, judged.length)).toFixed(1)}% of judged shapes agree)`);
const missing = new Map<string, number>();
for (const r of rows) if (r.verdict === "refused") {
  const mn = r.shape.split(" ")[0]!;
  missing.set(mn, (missing.get(mn) ?? 0) + 1);
}
lines.push("", `refused mnemonics (${missing.size}): shapes`);
lines.push([...missing].sort((a, b) => a[0].localeCompare(b[0])).map(([m, n]) => `${m}:${n}`).join(" "));
lines.push("", "differ (ours | llvm | text):");
for (const r of rows) if (r.verdict === "differ") lines.push(`  ${r.ours} | ${r.llvm} | ${r.text}`);
console.log(lines.join("\n"));
if (OUT) {
  writeFileSync(OUT, rows.map((r) => `${r.space}\t${r.verdict}\t${r.shape}\t${r.text}\t${r.ours}\t${r.llvm}`).join("\n") + "\n");
  console.log(`isa-coverage: every shape in ${OUT}`);
}
