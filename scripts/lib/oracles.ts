/**
 * oracles.ts — the independent judges of bunjit's bytes, run in batches:
 * llvm-mc (primary; `llvm-mc-22`) and GNU as (second opinion; `as -msyntax=intel
 * -mnaked-reg` with a listing). Each takes many one-line statements per process
 * and returns, per line, the bytes the judge made, or its refusal.
 *
 * llvm-mc: every line is followed by a marker label (`.Lbjm<i>:`), which llvm-mc
 * echoes in its asm output, so the encodings between two markers belong to one
 * line however many statements it holds (`nop; nop`), and data directives or
 * fixups cannot shift the alignment. Errors are matched to lines by number.
 * GNU as: the listing (`-aln`) gives each source line's bytes; errors come by
 * line number. Used by scripts/gen-golden.ts and scripts/fuzz/.
 * It knows nothing about instructions and never reads bunjit's encoder.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** One judged line: bytes (lower-case hex, space separated), or why there are none. */
export type Verdict =
  | { kind: "bytes"; hex: string }
  /** The judge refused the line (its first error message). */
  | { kind: "error"; message: string }
  /** The encoding needs a relocation / fixup (a symbol): not comparable. */
  | { kind: "symbolic" }
  /** Accepted, but produced no instruction bytes (a label, a directive in asm mode). */
  | { kind: "empty" };

export const LLVM_MC_ARGS = ["-triple=x86_64", "-x86-asm-syntax=intel", "-output-asm-variant=1", "-show-encoding"];

/** The llvm-mc binary to use: $LLVM_MC, else llvm-mc-22, else null. */
export function findLlvmMc(preferred = process.env.LLVM_MC ?? "llvm-mc-22"): string | null {
  return toolVersion(preferred) !== null ? preferred : null;
}

/** `LLVM version X.Y.Z` of an llvm tool, or null when it cannot run. */
export function toolVersion(bin: string): string | null {
  try {
    const r = Bun.spawnSync([bin, "--version"]);
    if (r.exitCode !== 0) return null;
    const m = /LLVM version (\d+\.\d+\.\d+)/.exec(r.stdout.toString());
    return m ? m[1]! : null;
  } catch {
    return null;
  }
}

/** GNU as version string ("2.40"), or null when `as` is missing. */
export function gasVersion(bin = process.env.GNU_AS ?? "as"): string | null {
  try {
    const r = Bun.spawnSync([bin, "--version"]);
    if (r.exitCode !== 0) return null;
    const m = /GNU assembler .*? (\d+\.\d+(?:\.\d+)?)/.exec(r.stdout.toString());
    return m ? m[1]! : null;
  } catch {
    return null;
  }
}

const MARK = ".Lbjm";

/** Lines must be single statements lines: no newline; a line that is itself a marker is not allowed. */
function checkLine(l: string): string {
  // a stray newline or carriage return would shift every later line
  return l.replace(/[\r\n]/g, " ");
}

/**
 * Parse llvm-mc's asm output (stdout) and diagnostics (stderr) for `n` marked lines.
 * A line whose bytes cannot be told apart from its neighbour's (its marker is missing:
 * an unterminated literal swallowed it) comes back undefined.
 */
export function parseLlvmMc(n: number, stdout: string, stderr: string, lineOfCase: (i: number) => number): (Verdict | undefined)[] {
  const errs = new Map<number, string>();
  for (const m of stderr.matchAll(/^<stdin>:(\d+):\d+: error: (.*)$/gm)) {
    const ln = Number(m[1]);
    if (!errs.has(ln)) errs.set(ln, m[2]!);
  }
  const out: (Verdict | undefined)[] = new Array(n);
  let cur: string[] = [];
  let symbolic = false;
  let last = -1;
  for (const line of stdout.split("\n")) {
    if (line.startsWith(MARK)) {
      const i = Number(line.slice(MARK.length, line.indexOf(":")));
      if (i === last + 1) {
        const e = errs.get(lineOfCase(i));
        if (e !== undefined) out[i] = { kind: "error", message: e };
        else if (symbolic) out[i] = { kind: "symbolic" };
        else if (cur.length === 0) out[i] = { kind: "empty" };
        else out[i] = { kind: "bytes", hex: cur.join(" ") };
      }
      // a gap (i > last + 1): lines last+1 .. i share one segment and stay undefined
      if (i > last) last = i;
      cur = [];
      symbolic = false;
      continue;
    }
    const enc = line.indexOf("# encoding: [");
    if (enc >= 0) {
      const body = line.slice(enc + 13, line.indexOf("]", enc));
      for (const b of body.split(",")) {
        if (b === "") continue;
        if (b.length > 2 && b[0] === "0" && b[1] === "x") cur.push(b.length === 3 ? "0" + b[2] : b.slice(2, 4));
        else symbolic = true; // "A", "B", ... fixup placeholders
      }
    }
  }
  return out;
}

/**
 * Run llvm-mc on `lines` (one statement line each) in one process.
 * Lines whose bytes could not be attributed come back undefined: judge them alone.
 * `died`: llvm-mc crashed (it aborts on a few inputs); `last` is the last line it finished.
 */
export async function runLlvmMc(bin: string, lines: readonly string[]): Promise<{ v: (Verdict | undefined)[]; died: boolean; last: number }> {
  if (lines.length === 0) return { v: [], died: false, last: -1 };
  const parts: string[] = [];
  for (let i = 0; i < lines.length; i++) parts.push(checkLine(lines[i]!), `${MARK}${i}:`);
  const p = Bun.spawn([bin, ...LLVM_MC_ARGS], { stdin: "pipe", stdout: "pipe", stderr: "pipe" });
  p.stdin.write(parts.join("\n") + "\n");
  await p.stdin.end();
  const [stdout, stderr] = await Promise.all([new Response(p.stdout).text(), new Response(p.stderr).text()]);
  await p.exited;
  const v = parseLlvmMc(lines.length, stdout, stderr, (i) => 2 * i + 1);
  let last = -1;
  for (const m of stdout.matchAll(/^\.Lbjm(\d+):/gm)) last = Math.max(last, Number(m[1]));
  return { v, died: p.signalCode !== null || (p.exitCode !== 0 && p.exitCode !== 1), last };
}

/**
 * llvm-mc on every line: one process for the batch. When llvm-mc dies (it aborts on a few
 * inputs), the lines after the last one it reported are halved until the one that kills it is
 * found (an error verdict); lines it could not attribute (an unterminated literal swallowed a
 * marker) are judged one process each.
 */
export async function judgeLlvmMc(bin: string, lines: readonly string[]): Promise<Verdict[]> {
  const out: Verdict[] = new Array(lines.length);
  const { v, died, last } = await runLlvmMc(bin, lines);
  const done = died ? last + 1 : lines.length;
  const lost: number[] = [];
  for (let i = 0; i < done; i++) {
    if (v[i] !== undefined) out[i] = v[i]!;
    else lost.push(i);
  }
  if (lost.length > 8) {
    // something swallowed many markers (a construct spanning lines): judge the first lost line alone
    // (most likely the culprit) and the others again as a batch
    out[lost[0]!] = await judgeAlone(bin, lines[lost[0]!]!);
    const rest = lost.slice(1);
    const w = await judgeLlvmMc(bin, rest.map((i) => lines[i]!));
    rest.forEach((i, k) => (out[i] = w[k]!));
  } else {
    for (const i of lost) out[i] = await judgeAlone(bin, lines[i]!);
  }
  if (died) {
    extraRuns.bisect++;
    const rest = lines.slice(done);
    let w: Verdict[];
    if (rest.length === 1) w = [await judgeAlone(bin, rest[0]!)];
    else {
      const mid = rest.length >> 1;
      w = [...(await judgeLlvmMc(bin, rest.slice(0, mid))), ...(await judgeLlvmMc(bin, rest.slice(mid)))];
    }
    w.forEach((x, k) => (out[done + k] = x));
  }
  return out;
}

/** How many extra llvm-mc processes were needed (lines judged alone, crash bisections): for the fuzzer's report. */
export const extraRuns = { alone: 0, bisect: 0, crashes: [] as string[] };

async function judgeAlone(bin: string, line: string): Promise<Verdict> {
  extraRuns.alone++;
  if (process.env.FUZZ_DEBUG) console.log(`  llvm-mc alone: ${JSON.stringify(line)}`);
  const p = Bun.spawn([bin, ...LLVM_MC_ARGS], { stdin: "pipe", stdout: "pipe", stderr: "pipe" });
  p.stdin.write(checkLine(line) + "\n");
  await p.stdin.end();
  const [stdout, stderr] = await Promise.all([new Response(p.stdout).text(), new Response(p.stderr).text()]);
  await p.exited;
  if (p.signalCode !== null) {
    extraRuns.crashes.push(line);
    return { kind: "error", message: `llvm-mc died (${p.signalCode})` };
  }
  const e = /^<stdin>:\d+:\d+: error: (.*)$/m.exec(stderr);
  if (e) return { kind: "error", message: e[1]! };
  const v = parseLlvmMc(1, stdout + `\n${MARK}0:\n`, "", () => 1)[0];
  return v ?? { kind: "empty" };
}

/**
 * Run GNU as (Intel syntax, naked registers) on `lines`; bytes per line from its listing.
 * When as dies on the batch (it runs out of memory on some directives), the batch is
 * halved until the line that kills it is judged alone (an error verdict).
 */
export async function judgeGas(lines: readonly string[], bin = process.env.GNU_AS ?? "as"): Promise<Verdict[]> {
  if (lines.length === 0) return [];
  const v = await gasOnce(lines, bin);
  if (v !== null) return v;
  if (lines.length === 1) return [{ kind: "error", message: "GNU as failed on this line (fatal error)" }];
  const mid = lines.length >> 1;
  return [...(await judgeGas(lines.slice(0, mid), bin)), ...(await judgeGas(lines.slice(mid), bin))];
}

async function gasOnce(lines: readonly string[], bin: string): Promise<Verdict[] | null> {
  const dir = mkdtempSync(join(tmpdir(), "bunjit-gas-"));
  try {
    const src = join(dir, "c.s"), lst = join(dir, "c.lst");
    writeFileSync(src, ".intel_syntax noprefix\n" + lines.map(checkLine).join("\n") + "\n");
    const p = Bun.spawn([bin, "-msyntax=intel", "-mnaked-reg", "--64", "-o", join(dir, "c.o"), `-aln=${lst}`, "--listing-lhs-width=4", "--listing-cont-lines=8", src], { stdout: "pipe", stderr: "pipe" });
    const stderr = await new Response(p.stderr).text();
    await p.exited;
    if (p.signalCode !== null || /out of memory|internal error|Fatal error/i.test(stderr)) return null;
    const errs = new Map<number, string>();
    for (const m of stderr.matchAll(/^[^:\n]*:(\d+): (Error|Warning): (.*)$/gm)) {
      const ln = Number(m[1]);
      // a value GNU as had to cut to fit ("0x1ff shortened to 0xff") is its refusal in all but name
      if (m[2] === "Warning" && !/shortened|truncated|out of range|overflow/i.test(m[3]!)) continue;
      if (!errs.has(ln)) errs.set(ln, m[2] === "Warning" ? `(warning) ${m[3]!}` : m[3]!);
    }
    const bytes = new Map<number, string[]>();
    let listing = "";
    try {
      listing = readFileSync(lst, "latin1");
    } catch {
      return null;
    }
    for (const l of listing.split("\n")) {
      // "  12 0000 62F17449 58807856 3412      \tsource" or a continuation "  12      5880 ..."
      // (the address grows past 4 hex digits after 64 KiB of code)
      const m = /^\s*(\d+) (?:[0-9a-f?]{4,8} | {5})([0-9A-F ]*)/.exec(l);
      if (!m) continue;
      const hex = m[2]!.replace(/\s+/g, "");
      if (hex === "") continue;
      const ln = Number(m[1]);
      let list = bytes.get(ln);
      if (list === undefined) bytes.set(ln, (list = []));
      for (let i = 0; i < hex.length; i += 2) list.push(hex.slice(i, i + 2).toLowerCase());
    }
    return lines.map((_, i) => {
      const ln = i + 2;
      const e = errs.get(ln);
      if (e !== undefined) return { kind: "error", message: e };
      const b = bytes.get(ln);
      return b === undefined ? { kind: "empty" } : { kind: "bytes", hex: b.join(" ") };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
