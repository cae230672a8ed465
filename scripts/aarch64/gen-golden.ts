/**
 * gen-golden.ts — the AArch64 golden vectors in test/aarch64/golden/,
 * generated from the instruction table with llvm-mc-22 as the judge.
 *
 *   bun run scripts/aarch64/gen-golden.ts            regenerate and write the files
 *   bun run scripts/aarch64/gen-golden.ts --check    regenerate in memory; exit 1 if a file differs
 *                                                    (exit 0 with a note when llvm-mc-22 is missing)
 *   bun run scripts/aarch64/gen-golden.ts --verbose  also list the lines llvm-mc rejects
 *
 * One generator, two renderers: every form of every row family × every
 * arrangement variant gets representative operands (scripts/aarch64/samples.ts:
 * register 0/30/31 as zr or sp, immediate and offset bounds, every shift and
 * extend, lane bounds ...), rendered as llvm-mc text and as a builder
 * description (test/aarch64/golden-format.ts). llvm-mc encodes the text:
 * accepted lines become `<word> | <text> | <description>` in <family>.txt;
 * lines it rejects go to invalid-<family>.txt with its message, and the tests
 * require bunjit to refuse them too. The bytes are llvm-mc's, never ours.
 * Label operands are covered by the programs (programs.json).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROW_FILES } from "../../src/aarch64/table/index.ts";
import { parseRows, type Form } from "../../src/aarch64/table/schema.ts";
import { mulberry32 } from "../lib/mulberry32.ts";
import { newPickState, sample } from "./samples.ts";
import { genPrograms } from "./golden-programs.ts";

const ROOT = join(import.meta.dir, "../..");
const OUT = join(ROOT, "test/aarch64/golden");
const SEED = 0xa64a64;
export const LLVM_MC = process.env.LLVM_MC ?? "llvm-mc-22";
export const BASE_ATTRS = ["+neon", "+fp-armv8", "+lse"];
const args = new Set(process.argv.slice(2));
const CHECK = args.has("--check");
const VERBOSE = args.has("--verbose");

function hash(s: string): number {
  let h = 0x811c9dc5 ^ SEED;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

interface Case {
  text: string;
  desc: string;
  attrs: string;
}

/** Representative cases of one form (every variant; optional operands present and absent). */
export function casesOf(f: Form, count = 6): Case[] {
  if (f.ops.some((o) => o.kind.name === "label")) return [];
  const out: Case[] = [];
  const attrs = [...BASE_ATTRS, ...f.features.map((x) => `+${x}`)].join(",");
  const variants = f.variants ?? [null];
  for (const v of variants) {
    const r = mulberry32(hash(`${f.text}|${f.base}|${v?.name ?? ""}`));
    for (let k = 0; k < count; k++) {
      const st = newPickState(v, f.datasize);
      const n = f.minOps === f.ops.length ? f.ops.length : f.minOps + (k % (f.ops.length - f.minOps + 1));
      const texts: string[] = [], descs: string[] = [];
      let ok = true;
      for (let i = 0; i < n; i++) {
        const spec = f.ops[i]!;
        st.even = f.ops[i + 1]?.kind.name === "gpPair";
        const s = sample(spec, st, k, r);
        if (s === null) {
          ok = false;
          break;
        }
        texts.push(s.text);
        descs.push(s.desc);
      }
      if (!ok) continue;
      out.push({ text: `${f.mnemonic}${texts.length ? " " + texts.join(", ") : ""}`, desc: [f.mnemonic, ...descs].join(" "), attrs });
    }
  }
  return out;
}

/** llvm-mc's version line (major version checked by --check). */
export function mcVersion(): string | null {
  try {
    const r = Bun.spawnSync([LLVM_MC, "--version"]);
    if (r.exitCode !== 0) return null;
    return /LLVM version (\S+)/.exec(r.stdout.toString())?.[1] ?? null;
  } catch {
    return null;
  }
}

/** Encode lines with llvm-mc: the 32-bit word per line, or the error message. */
export function runMc(lines: readonly string[], attrs: string): (number | string)[] {
  if (lines.length === 0) return [];
  const r = Bun.spawnSync([LLVM_MC, "-triple=aarch64", `-mattr=${attrs}`, "-show-encoding"], { stdin: new TextEncoder().encode(lines.join("\n") + "\n") });
  const errs = new Map<number, string>();
  for (const m of r.stderr.toString().matchAll(/^<stdin>:(\d+):\d+: error: (.*)$/gm)) if (!errs.has(Number(m[1]) - 1)) errs.set(Number(m[1]) - 1, m[2]!);
  const words: number[] = [];
  for (const m of r.stdout.toString().matchAll(/encoding: \[([^\]]*)\]/g)) {
    const b = m[1]!.split(",").map((x) => Number(x));
    words.push((b[0]! | (b[1]! << 8) | (b[2]! << 16) | (b[3]! << 24)) >>> 0);
  }
  if (words.length !== lines.length - errs.size || words.some((w) => Number.isNaN(w))) {
    if (lines.length === 1) return [errs.get(0) ?? "no single encoding"];
    const mid = lines.length >> 1;
    return [...runMc(lines.slice(0, mid), attrs), ...runMc(lines.slice(mid), attrs)];
  }
  const out: (number | string)[] = [];
  let k = 0;
  for (let i = 0; i < lines.length; i++) out.push(errs.has(i) ? errs.get(i)! : words[k++]!);
  return out;
}

const hex8 = (w: number) => w.toString(16).padStart(8, "0");

function generate(family: string, version: string): { golden: string; invalid: string; counts: [number, number] } {
  const forms = parseRows(ROW_FILES[family]!, family);
  const cases: Case[] = [];
  const seen = new Set<string>();
  for (const f of forms) for (const c of casesOf(f)) if (!seen.has(c.text)) { seen.add(c.text); cases.push(c); }
  const byAttrs = new Map<string, Case[]>();
  for (const c of cases) {
    let l = byAttrs.get(c.attrs);
    if (l === undefined) byAttrs.set(c.attrs, (l = []));
    l.push(c);
  }
  const good: string[] = [], bad: string[] = [];
  for (const [attrs, list] of byAttrs) {
    const res = runMc(list.map((c) => c.text), attrs);
    list.forEach((c, i) => {
      const r = res[i]!;
      if (typeof r === "number") good.push(`${hex8(r)} | ${c.text} | ${c.desc}`);
      else bad.push(`${c.text} | ${c.desc} | ${r}`);
    });
  }
  const head = (what: string) => `# generated by scripts/aarch64/gen-golden.ts from llvm-mc ${version} — do not edit (seed 0x${SEED.toString(16)})\n# ${what}\n`;
  return {
    golden: head("<word> | <llvm-mc text> | <builder description (test/aarch64/golden-format.ts)>") + good.join("\n") + "\n",
    invalid: head("<text> | <builder description> | llvm-mc's error: bunjit must refuse these too") + bad.join("\n") + "\n",
    counts: [good.length, bad.length],
  };
}

if (import.meta.main) {
  const version = mcVersion();
  if (version === null) {
    console.log(`${LLVM_MC} not found: golden vectors not ${CHECK ? "checked" : "generated"}`);
    process.exit(0);
  }
  if (!existsSync(OUT)) mkdirSync(OUT, { recursive: true });
  let stale = 0;
  const put = (name: string, text: string) => {
    const path = join(OUT, name);
    if (CHECK) {
      const old = existsSync(path) ? readFileSync(path, "utf8") : "";
      if (old !== text) {
        console.log(`stale: ${name}`);
        stale++;
      }
    } else writeFileSync(path, text);
  };
  for (const family of Object.keys(ROW_FILES)) {
    const { golden, invalid, counts } = generate(family, version);
    put(`${family}.txt`, golden);
    put(`invalid-${family}.txt`, invalid);
    console.log(`${family}: ${counts[0]} lines llvm-mc accepts, ${counts[1]} it rejects`);
    if (VERBOSE) for (const l of invalid.split("\n").slice(2)) if (l) console.log(`  rejected: ${l}`);
  }
  const progs = genPrograms(version);
  put("programs.json", progs);
  if (CHECK && stale > 0) {
    console.log(`${stale} golden file(s) are stale: run bun run scripts/aarch64/gen-golden.ts`);
    process.exit(1);
  }
}
