/**
 * scripts/fuzz — the differential fuzzer: random cases from the instruction
 * table (gen.ts), hand-written syntax shapes (syntax.ts), mutants and token
 * soup (soup.ts), each run through bunjit as Intel text and (structured
 * cases) as builder calls, and judged by llvm-mc 22, with GNU as where llvm-mc
 * refuses or disagrees. Seeded; prints its seed; writes its findings to a file.
 *
 *   bun run fuzz [--seed N] [--cases N] [--programs N] [--time SECONDS] [--batch N] [--out FILE] [--no-gas] [--quiet]
 *
 * --programs N adds N multi-line programs (labels, jumps, alignment: programs.ts), judged as whole
 * object files by llvm-mc-22.
 *
 * Exit status 1 when any case is a mismatch, a crash (non-JitError), a
 * builder/text disagreement, or accepted although both judges refuse it;
 * coverage gaps are reported, not failed. Batches are pipelined: bunjit works on
 * batch i+1 while llvm-mc and GNU as judge batch i (one process each per batch).
 */
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeFileSync } from "node:fs";
import { findLlvmMc, gasVersion, judgeGas, judgeLlvmMc, toolVersion, type Verdict } from "../lib/oracles.ts";
import { runBuilder, runText, type Outcome } from "./builder.ts";
import { extensionRewrite } from "./extensions.ts";
import { loadForms, randomFormCase, unknownTokens, type FormPool } from "./gen.ts";
import { bad, judge, needsGas, type Result } from "./judge.ts";
import { type Case, caseDesc, caseText, PLAIN } from "./model.ts";
import { Tally } from "./report.ts";
import { Rng, seedOf } from "./rng.ts";
import { mutate, oracleSafe, soup } from "./soup.ts";
import { stringCase } from "./syntax.ts";
import { judgePrograms, randomProgram, runProgram } from "./programs.ts";

// JitErrors are thrown by the thousand here: their stack traces are not needed
Error.stackTraceLimit = 0;

// ---- arguments ----------------------------------------------------------------------
const argv = process.argv.slice(2);
function arg(name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}
const SEED = arg("--seed") !== undefined ? Number(arg("--seed")) >>> 0 : (Date.now() ^ (process.pid << 16)) >>> 0;
const CASES = Number(arg("--cases") ?? 100_000);
const TIME = Number(arg("--time") ?? Infinity);
const BATCH = Number(arg("--batch") ?? 10000);
const OUT = arg("--out") ?? join(tmpdir(), `bunjit-fuzz-${SEED.toString(16)}.txt`);
const USE_GAS = !argv.includes("--no-gas");
const PROGRAMS = Number(arg("--programs") ?? 0);
const QUIET = argv.includes("--quiet");

const LLVM = findLlvmMc();
if (LLVM === null) {
  console.log("fuzz: llvm-mc-22 not found (set LLVM_MC): nothing to judge against");
  process.exit(2);
}
const GAS = USE_GAS ? gasVersion() : null;
console.log(`fuzz: seed 0x${SEED.toString(16)} (--seed ${SEED}), up to ${CASES} cases${Number.isFinite(TIME) ? ` or ${TIME} s` : ""}; ${LLVM} ${toolVersion(LLVM)}${GAS ? `, GNU as ${GAS}` : ", no GNU as"}`);

// ---- one batch -------------------------------------------------------------------------
interface Item {
  c: Case;
  text: string;
  desc: string | null;
  ours: Outcome;
  builder: Outcome;
  safe: boolean;
}

function makeCase(r: Rng, pool: FormPool): Case {
  const x = r.float();
  if (x < 0.8) return randomFormCase(r, pool);
  if (x < 0.82) return stringCase(r);
  if (x < 0.93) {
    const base = randomFormCase(r, pool);
    const raw = mutate(r, caseText(base), pool.mnemonics);
    return { prefixes: [], mnemonic: "", ops: [], style: PLAIN, family: `mutant:${(raw.trim().split(/\s+/)[0] ?? "").toLowerCase()}`, raw };
  }
  const raw = soup(r, pool.mnemonics, true);
  return { prefixes: [], mnemonic: "", ops: [], style: PLAIN, family: `soup:${(raw.trim().split(/\s+/)[0] ?? "").toLowerCase()}`, raw };
}

function makeBatch(index: number, n: number, pool: FormPool): Item[] {
  const r = new Rng(seedOf(SEED, index));
  const items: Item[] = [];
  for (let i = 0; i < n; i++) {
    const c = makeCase(r, pool);
    const text = caseText(c);
    const safe = oracleSafe(text);
    if (!safe) continue; // the robustness test's inputs (test/fuzz), not the differential's
    const ours = runText(text);
    const builder = runBuilder(c, r.chance(0.5));
    items.push({ c, text, desc: caseDesc(c), ours, builder, safe });
  }
  return items;
}

async function judgeBatch(items: Item[], tally: Tally): Promise<void> {
  const tj = performance.now();
  const llvm = await judgeLlvmMc(LLVM!, items.map((it) => it.text));
  // llvm-mc matches a few aliases case-sensitively (`REPNZ MOVSW` is refused, `repnz movsw` is not):
  // a refused line with capitals is asked again in lower case
  const upper = items.map((_, i) => i).filter((i) => llvm[i]!.kind === "error" && /[A-Z]/.test(items[i]!.text));
  if (upper.length) {
    const again = await judgeLlvmMc(LLVM!, upper.map((i) => items[i]!.text.toLowerCase()));
    upper.forEach((i, k) => {
      if (again[k]!.kind !== "error") llvm[i] = again[k]!;
    });
  }
  if (process.env.FUZZ_DEBUG) console.log(`  judge: llvm-mc ${(performance.now() - tj).toFixed(0)} ms`);
  const gasIdx: number[] = [];
  const extIdx: number[] = [];
  const extLines: string[] = [];
  items.forEach((it, i) => {
    if (GAS && needsGas(it.ours, llvm[i])) gasIdx.push(i);
    if (it.ours.kind === "bytes" && llvm[i]?.kind === "error") {
      const rw = extensionRewrite(it.text);
      if (rw !== null) {
        extIdx.push(i);
        extLines.push(rw);
      }
    }
  });
  const [gasV, extV] = await Promise.all([
    gasIdx.length ? judgeGas(gasIdx.map((i) => items[i]!.text)) : Promise.resolve([] as Verdict[]),
    extLines.length ? judgeLlvmMc(LLVM!, extLines) : Promise.resolve([] as Verdict[]),
  ]);
  const gas = new Map<number, Verdict>();
  gasIdx.forEach((i, k) => gas.set(i, gasV[k]!));
  const ext = new Map<number, Verdict>();
  extIdx.forEach((i, k) => ext.set(i, extV[k]!));
  items.forEach((it, i) => {
    const j = judge(it.text, it.ours, it.builder, llvm[i], gas.get(i), ext.get(i));
    tally.total++;
    tally.add(j.result);
    if (it.c.raw !== undefined) tally.add(`${j.result}:${it.c.family.startsWith("soup") ? "soup" : it.c.family.startsWith("mutant") ? "mutant" : "syntax"}`);
    if (it.builder.kind !== "na") tally.add("builder-rendered");
    const e = { result: j.result as Result | "render", family: it.c.family, text: it.text, desc: it.desc, ours: it.ours, builder: it.builder, llvm: llvm[i], gas: gas.get(i), ext: ext.get(i) };
    tally.record(e);
    if (j.render) {
      tally.add("render");
      tally.record({ ...e, result: "render" });
    }
  });
}

// ---- main loop: bunjit on batch i+1 while the judges work on batch i ----------------------
const pool = loadForms();
const tally = new Tally();
const t0 = performance.now();
let made = 0;
let pending: Promise<void> | null = null;
let lastReport = t0;
for (let b = 0; made < CASES && (performance.now() - t0) / 1000 < TIME; b++) {
  const n = Math.min(BATCH, CASES - made);
  const tb = performance.now();
  const items = makeBatch(b, n, pool);
  if (process.env.FUZZ_DEBUG) console.log(`  batch ${b}: bunjit ${(performance.now() - tb).toFixed(0)} ms`);
  made += n;
  if (pending) await pending;
  pending = judgeBatch(items, tally);
  const now = performance.now();
  if (!QUIET && now - lastReport > 10_000) {
    lastReport = now;
    console.log(`  ... ${tally.total} judged, ${((now - t0) / 1000).toFixed(0)} s, mismatches ${tally.get("mismatch")}, crashes ${tally.get("crash")}, gaps ${tally.get("gap")}`);
  }
}
if (pending) await pending;

// ---- programs: labels, relaxation, alignment -------------------------------------------------
for (let done = 0, b = 0; done < PROGRAMS && (performance.now() - t0) / 1000 < TIME; b++) {
  const n = Math.min(500, PROGRAMS - done);
  const r = new Rng(seedOf(SEED, "programs", b));
  const progs = Array.from({ length: n }, (_, i) => randomProgram(r, done + i));
  const ours = progs.map(runProgram);
  const theirs = await judgePrograms(LLVM, progs);
  progs.forEach((p, i) => {
    const o = ours[i]!, v = theirs[i]!;
    const llvm: Verdict = v.kind === "bytes" ? v : v.kind === "error" ? v : { kind: "symbolic" };
    const j = judge(p.text, o.text, o.builder, llvm, undefined);
    tally.add(`prog:${j.result}`);
    tally.add("programs");
    const e = { result: j.result as Result | "render", family: "program", text: p.text, desc: p.stmts.map((s) => s[1]).join("; "), ours: o.text, builder: o.builder, llvm };
    tally.record(e);
    if (j.render) {
      tally.add("prog:render");
      tally.record({ ...e, result: "render" });
    }
  });
  done += n;
}
const secs = (performance.now() - t0) / 1000;

// ---- summary -------------------------------------------------------------------------------
const row = (label: string, key: string) => console.log(`  ${label.padEnd(58)} ${String(tally.get(key)).padStart(9)}`);
console.log(`fuzz: seed 0x${SEED.toString(16)}: ${tally.total} cases judged in ${secs.toFixed(1)} s (${Math.round(tally.total / secs)} cases/s); ${tally.get("builder-rendered")} also as builder calls`);
row("accepted & agreed (llvm-mc's bytes)", "agreed");
row("accepted & agreed (llvm-mc refuses, GNU as's bytes)", "agreed-gas");
row("documented extensions (rewrite agrees with llvm-mc)", "extension");
row("refused by bunjit and both judges", "refused");
row("coverage gaps: llvm-mc and GNU as accept, bunjit refuses", "gap");
row("refused by bunjit and GNU as, llvm-mc accepts", "gap-llvm");
row("coverage gaps: only GNU as accepts", "gap-gas");
row("not comparable: needs a fixup / data directive", "symbolic");
row("MISMATCHES: bytes differ from llvm-mc", "mismatch");
row("MISMATCHES: llvm-mc refuses, GNU as's bytes differ", "mismatch-gas");
row("ACCEPTED although both judges refuse", "accepted-refused");
row("BUILDER ≠ TEXT", "render");
row("CRASHES (non-JitError)", "crash");
if (tally.get("data")) row("(accepted data directives, bytes not compared)", "data");
if (tally.get("programs")) {
  const pk = (k: string) => tally.get(`prog:${k}`);
  console.log(`  programs (labels, relaxation, alignment): ${tally.get("programs")} — ${pk("agreed")} agreed, ${pk("refused")} refused by both, ${pk("gap")} gaps, ` +
    `${pk("mismatch")} MISMATCHES, ${pk("accepted-refused")} ACCEPTED although llvm-mc refuses, ${pk("render")} BUILDER ≠ TEXT, ${pk("crash")} CRASHES, ${pk("symbolic")} not comparable`);
}
if (tally.gaps.size) {
  console.log(`coverage gaps by family (both judges accept; top 30 of ${tally.gaps.size}; all in the findings file):`);
  for (const [fam, g] of [...tally.gaps].sort((a, b) => b[1].n - a[1].n).slice(0, 30)) console.log(`  ${String(g.n).padStart(7)}  ${fam.padEnd(24)} ${g.code.padEnd(10)} e.g. ${g.ex.text}`);
}
if (unknownTokens.size) console.log(`operand tokens the generator does not know (extend scripts/fuzz/gen.ts): ${[...unknownTokens].slice(0, 20).join("; ")}`);
const failing = ["mismatch", "mismatch-gas", "accepted-refused", "crash", "render"].reduce((s, k) => s + tally.get(k) + tally.get(`prog:${k}`), 0);
writeFileSync(OUT, tally.findingsText(`# bunjit fuzz findings: seed 0x${SEED.toString(16)}, ${tally.total} cases, ${LLVM} ${toolVersion(LLVM)}${GAS ? `, GNU as ${GAS}` : ""}`));
console.log(`fuzz: findings written to ${OUT}`);
if (failing > 0) {
  console.log(`fuzz: FAIL — ${failing} case(s) to fix (see ${OUT})`);
  process.exit(1);
}
console.log("fuzz: OK — no mismatch, no crash, no builder/text disagreement");
void bad;
