/**
 * report.ts — the fuzzer's tallies: counts per result, coverage gaps by
 * family, and the findings file (every mismatch, crash, builder/text
 * disagreement and accepted-but-refused line, a few examples per signature,
 * with bunjit's, llvm-mc's and GNU as's answers side by side).
 */
import type { Verdict } from "../lib/oracles.ts";
import type { Outcome } from "./builder.ts";
import type { Result } from "./judge.ts";

export interface Example {
  result: Result | "render";
  family: string;
  text: string;
  desc: string | null;
  ours: Outcome;
  builder: Outcome;
  llvm?: Verdict;
  gas?: Verdict;
  ext?: Verdict;
}

export function outcomeText(o: Outcome | Verdict | undefined): string {
  if (o === undefined) return "-";
  switch (o.kind) {
    case "bytes": return o.hex === "" ? "(no bytes)" : o.hex;
    case "jit": return `JitError ${o.code}: ${o.message}`;
    case "crash": return `CRASH ${o.message}`;
    case "na": return "n/a";
    case "error": return `error: ${o.message}`;
    case "symbolic": return "(needs a fixup)";
    case "empty": return "(accepted, no bytes)";
  }
}

const SEG_PREFIX = new Set(["26", "2e", "36", "3e", "64", "65"]);
const LEGACY_PREFIX = new Set([...SEG_PREFIX, "66", "67", "f0", "f2", "f3"]);

/** What differs between two encodings, coarsely (the findings file groups mismatches by it). */
export function diffSignature(ours: string, theirs: string): string {
  const a = ours.split(" "), b = theirs.split(" ");
  const pa: string[] = [], pb: string[] = [];
  while (a.length && LEGACY_PREFIX.has(a[0]!)) pa.push(a.shift()!);
  while (b.length && LEGACY_PREFIX.has(b[0]!)) pb.push(b.shift()!);
  const kind = (x: string[]) => (x[0] === "62" ? "EVEX" : x[0] === "c4" || x[0] === "c5" ? "VEX" : "legacy");
  const enc = kind(b.length ? b : a);
  const segA = pa.filter((x) => SEG_PREFIX.has(x)).join(","), segB = pb.filter((x) => SEG_PREFIX.has(x)).join(",");
  if (segA !== segB) return `${enc} segment prefix ${segA || "none"} (llvm-mc ${segB || "none"})`;
  if (pa.join() !== pb.join()) return `${enc} prefixes ${pa.join(",") || "none"} (llvm-mc ${pb.join(",") || "none"})`;
  if (a.length !== b.length) return `${enc} length ${a.length} (llvm-mc ${b.length})`;
  if (a[0] !== b[0]) return `${enc} escape ${a[0]} (llvm-mc ${b[0]})`;
  let first = 0;
  while (first < a.length && a[first] === b[first]) first++;
  let lastDiff = a.length - 1;
  while (lastDiff > 0 && a[lastDiff] === b[lastDiff]) lastDiff--;
  const where = lastDiff - first === 0 ? `byte ${first}` : `bytes ${first}-${lastDiff}`;
  return `${enc} ${where} of ${a.length}`;
}

const FINDING_KINDS: (Result | "render")[] = ["crash", "mismatch", "mismatch-gas", "accepted-refused", "render"];
const EXAMPLES_PER_SIGNATURE = 8;

export class Tally {
  readonly counts = new Map<string, number>();
  /** gap family → count, and one example each */
  readonly gaps = new Map<string, { n: number; code: string; ex: Example }>();
  readonly gasGaps = new Map<string, { n: number; ex: Example }>();
  readonly llvmGaps = new Map<string, { n: number; ex: Example }>();
  readonly findings = new Map<string, { n: number; ex: Example[] }>();
  total = 0;

  add(key: string, n = 1): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + n);
  }
  get(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  record(e: Example): void {
    if (e.result === "gap") {
      const code = e.ours.kind === "jit" ? e.ours.code : "?";
      const key = `${e.family}`;
      const g = this.gaps.get(key);
      if (g) g.n++;
      else this.gaps.set(key, { n: 1, code, ex: e });
    } else if (e.result === "gap-llvm") {
      const g = this.llvmGaps.get(e.family);
      if (g) g.n++;
      else this.llvmGaps.set(e.family, { n: 1, ex: e });
    } else if (e.result === "gap-gas") {
      const g = this.gasGaps.get(e.family);
      if (g) g.n++;
      else this.gasGaps.set(e.family, { n: 1, ex: e });
    } else if (FINDING_KINDS.includes(e.result)) {
      let key: string;
      if (e.result === "render") key = `render (text ${e.ours.kind === "jit" ? e.ours.code : e.ours.kind}, builder ${e.builder.kind === "jit" ? e.builder.code : e.builder.kind})${e.ours.kind === "bytes" && e.builder.kind === "bytes" ? ": " + diffSignature(e.builder.hex, e.ours.hex) : ""}`;
      else if (e.result === "mismatch" && e.llvm?.kind === "bytes" && e.ours.kind === "bytes") key = `mismatch: ${diffSignature(e.ours.hex, e.llvm.hex)}`;
      else if (e.result === "mismatch" && e.ext?.kind === "bytes" && e.ours.kind === "bytes") key = `mismatch (extension rewrite): ${diffSignature(e.ours.hex, e.ext.hex)}`;
      else if (e.result === "mismatch-gas" && e.gas?.kind === "bytes" && e.ours.kind === "bytes") key = `mismatch-gas: ${diffSignature(e.ours.hex, e.gas.hex)}`;
      else key = `${e.result} ${e.family.startsWith("syntax:") || e.family.startsWith("soup") || e.family.startsWith("mutant") ? e.family.split(":")[0] : "table"}`;
      const f = this.findings.get(key);
      if (f) {
        f.n++;
        // examples of different mnemonics where possible
        const room = e.result === "accepted-refused" || e.result === "crash" ? 4 * EXAMPLES_PER_SIGNATURE : EXAMPLES_PER_SIGNATURE;
        if (f.ex.length < room && !f.ex.some((x) => x.family === e.family)) f.ex.push(e);
      } else this.findings.set(key, { n: 1, ex: [e] });
    }
  }

  /** The findings file: one block per signature. */
  findingsText(header: string): string {
    const out = [header, ""];
    const keys = [...this.findings.keys()].sort((a, b) => this.findings.get(b)!.n - this.findings.get(a)!.n);
    for (const k of keys) {
      const f = this.findings.get(k)!;
      out.push(`## ${k} (${f.n} case${f.n === 1 ? "" : "s"})`);
      for (const e of f.ex) {
        out.push(`  ${e.text}`);
        if (e.desc !== null) out.push(`    builder   ${e.desc}`);
        out.push(`    bunjit    ${outcomeText(e.ours)}`);
        if (e.builder.kind !== "na") out.push(`    builder → ${outcomeText(e.builder)}`);
        out.push(`    llvm-mc   ${outcomeText(e.llvm)}`);
        if (e.ext !== undefined) out.push(`    llvm-mc (extension rewrite) ${outcomeText(e.ext)}`);
        out.push(`    GNU as    ${outcomeText(e.gas)}`);
      }
      out.push("");
    }
    if (this.gaps.size) {
      out.push("## coverage gaps (bunjit refuses, llvm-mc and GNU as accept), by family");
      for (const [fam, g] of [...this.gaps].sort((a, b) => b[1].n - a[1].n)) out.push(`  ${String(g.n).padStart(7)}  ${fam.padEnd(22)} ${g.code.padEnd(10)} ${g.ex.text}   → llvm-mc ${outcomeText(g.ex.llvm)}`);
      out.push("");
    }
    if (this.llvmGaps.size) {
      out.push("## refused by bunjit and GNU as, accepted by llvm-mc (llvm-mc's laxness: lock/rep anywhere, {z} ignored, truncated values; or newer ISA), by family");
      for (const [fam, g] of [...this.llvmGaps].sort((a, b) => b[1].n - a[1].n)) out.push(`  ${String(g.n).padStart(7)}  ${fam.padEnd(22)} ${g.ex.text}   → llvm-mc ${outcomeText(g.ex.llvm)}; GNU as ${outcomeText(g.ex.gas)}`);
      out.push("");
    }
    if (this.gasGaps.size) {
      out.push("## coverage gaps only GNU as fills (bunjit and llvm-mc refuse), by family");
      for (const [fam, g] of [...this.gasGaps].sort((a, b) => b[1].n - a[1].n)) out.push(`  ${String(g.n).padStart(7)}  ${fam.padEnd(22)} ${g.ex.text}   → GNU as ${outcomeText(g.ex.gas)}`);
    }
    return out.join("\n") + "\n";
  }
}
