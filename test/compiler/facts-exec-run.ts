/**
 * facts-exec-run.ts — runs the facts probe (facts-probe.ts) over every form
 * of the table, or those whose text matches a filter, in THIS process, and
 * prints one JSON verdict on stdout. Progress (the form being probed) goes to
 * stderr, so a fault in a probe names its form. facts-exec.test.ts spawns it.
 *
 *   bun test/compiler/facts-exec-run.ts [--seed N] [--filter regex] [--trials N] [--mutants]
 *
 * --mutants probes deliberately wrong facts instead (a read dropped, a write
 * dropped, w for rw, a flag forgotten, a wrong stack effect) and reports
 * which of them the probe caught: every one must be.
 */
import { cpuFeatureOf } from "../../src/x64/cpu-features.ts";
import { readCpuid, cpuFeatures } from "../../src/host-cpu.ts";
import { allForms, formsOf } from "../../src/x64/table/index.ts";
import { ACC_R, ACC_W, factsOf, F_CF, F_ZF, type InstructionFacts } from "../../src/x64/table/facts.ts";
import { mulberry32 } from "../../scripts/lib/mulberry32.ts";
import { readFileSync } from "node:fs";
import { probeForm, type ProbeCpu } from "./facts-probe.ts";

const argv = process.argv.slice(2);
const arg = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const seed = Number(arg("--seed") ?? Date.now() % 2 ** 31) >>> 0;
const filter = arg("--filter");
const trials = Number(arg("--trials") ?? 3);

/** CPUID bits for the table's feature names (leaf, register index, bit). */
function probeCpu(): ProbeCpu {
  const raw = readCpuid();
  const feats = cpuFeatures();
  const bit = (regs: readonly number[], r: number, b: number) => ((regs[r]! >>> b) & 1) === 1;
  const l1 = raw.leaf1, l7 = raw.leaf7, e1 = raw.ext1;
  let hwcap2 = 0n;
  try {
    const aux = readFileSync("/proc/self/auxv");
    const v = new DataView(aux.buffer, aux.byteOffset, aux.byteLength);
    for (let i = 0; i + 16 <= aux.length; i += 16) if (v.getBigUint64(i, true) === 26n) hwcap2 = v.getBigUint64(i + 8, true);
  } catch {
    // no auxv: FSGSBASE counts as absent
  }
  const os = (f: keyof typeof feats) => feats[f] === true;
  const table: Record<string, boolean> = {
    CMOV: bit(l1, 3, 15), CLFSH: bit(l1, 3, 19), FXSR: bit(l1, 3, 24), SSE: bit(l1, 3, 25), SSE2: bit(l1, 3, 26),
    SSE3: bit(l1, 2, 0), PCLMULQDQ: bit(l1, 2, 1), SSSE3: bit(l1, 2, 9), FMA: os("fma"), CX16: bit(l1, 2, 13), SSE4_1: bit(l1, 2, 19),
    SSE4_2: bit(l1, 2, 20), MOVBE: bit(l1, 2, 22), POPCNT: bit(l1, 2, 23), AES: bit(l1, 2, 25), XSAVE: bit(l1, 2, 26) && bit(l1, 2, 27),
    AVX: os("avx"), F16C: os("f16c"), RDRAND: bit(l1, 2, 30),
    FSGSBASE: bit(l7, 1, 0) && (hwcap2 & 2n) !== 0n, BMI1: bit(l7, 1, 3), AVX2: os("avx2"), BMI2: bit(l7, 1, 8), RDSEED: bit(l7, 1, 18), ADX: bit(l7, 1, 19),
    CLFLUSHOPT: bit(l7, 1, 23), CLWB: bit(l7, 1, 24), RDPID: bit(l7, 2, 22), SERIALIZE: bit(l7, 3, 14), CET: true,
    AVX512F: os("avx512f"), AVX512DQ: os("avx512dq"), AVX512BW: os("avx512bw"), AVX512VL: os("avx512vl"), AVX512CD: os("avx512cd"),
    AVX512_VNNI: os("avx512vnni"), AVX512_VPOPCNTDQ: os("avx512vpopcntdq"),
    LAHF: bit(e1, 2, 0), LZCNT: bit(e1, 2, 5), PRFCHW: bit(e1, 2, 8), RDTSCP: bit(e1, 3, 27),
  };
  // the table's features are in cpu-features.ts's spelling (avx512f, sse41, cetibt): key this table the same way
  const spelled: Record<string, boolean> = {};
  for (const [k, v] of Object.entries(table)) spelled[k === "CET" ? "cetibt" : (cpuFeatureOf(k) ?? k)] = v;
  return { vecBytes: os("avx512f") ? 64 : os("avx") ? 32 : 16, has: (f) => spelled[f] === true };
}

const cpu = probeCpu();
const rng = mulberry32(seed);

/** Wrong facts the probe must catch: [form text, what is wrong, the mutation]. */
const MUTANTS: [string, string, (f: InstructionFacts) => InstructionFacts][] = [
  // (a div whose dividend high half is re-randomised would fault: its mutants drop a write only)
  ["div r/m64", "rdx not written", (f) => ({ ...f, implicit: f.implicit.map((i) => (i.reg.name === "rdx" ? { ...i, access: ACC_R } : i)) })],
  ["mul r/m32", "edx not written", (f) => ({ ...f, implicit: f.implicit.filter((i) => i.reg.name !== "edx") })],
  ["mul r/m64", "rax not read", (f) => ({ ...f, implicit: f.implicit.map((i) => (i.reg.name === "rax" ? { ...i, access: ACC_W } : i)) })],
  ["cqo", "rax not read", (f) => ({ ...f, implicit: f.implicit.filter((i) => i.reg.name !== "rax") })],
  ["adc r/m32, r32", "CF not read", (f) => ({ ...f, flagsRead: 0 })],
  ["inc r/m64", "ZF not written", (f) => ({ ...f, flagsWritten: f.flagsWritten & ~F_ZF })],
  ["clc", "CF not written", (f) => ({ ...f, flagsWritten: 0 })],
  ["cmove r32, r/m32", "destination written only", (f) => ({ ...f, access: [ACC_W, ACC_R] })],
  ["bsf r64, r/m64", "destination written only", (f) => ({ ...f, access: [ACC_W, ACC_R] })],
  ["vfmadd231pd xmm, xmm, xmm/m128", "destination written only", (f) => ({ ...f, access: [ACC_W, ACC_R, ACC_R] })],
  ["addsd xmm, xmm/m64", "destination written only", (f) => ({ ...f, access: [ACC_W, ACC_R] })],
  ["cmp r/m64, r64", "first operand written", (f) => ({ ...f, access: [ACC_W, ACC_R] })],
  ["shl r/m32, cl", "flags always written", (f) => ({ ...f, flagsRead: 0 })],
  ["cpuid", "ebx not written", (f) => ({ ...f, implicit: f.implicit.filter((i) => i.reg.name !== "ebx") })],
  ["push r64", "stack effect -16", (f) => ({ ...f, stack: -16 })],
  ["stosq", "rdi not written", (f) => ({ ...f, implicit: f.implicit.map((i) => (i.reg.name === "rdi" ? { ...i, access: ACC_R } : i)) })],
  ["mov r/m64, r64", "no memory written", (f) => ({ ...f, access: [ACC_R, ACC_R] })],
  ["vaddps zmm{k}{z}, zmm, zmm/m512/m32bcst", "destination not written", (f) => ({ ...f, access: [ACC_R, ACC_R, ACC_R] })],
  ["jc rel8", "CF not read", (f) => ({ ...f, flagsRead: f.flagsRead & ~F_CF })],
  ["xlatb", "al not written", (f) => ({ ...f, implicit: f.implicit.map((i) => (i.reg.name === "al" ? { ...i, access: ACC_R } : i)) })],
  ["movss xmm, xmm/m32", "a register source does not merge", (f) => ({ ...f, mergeIfReg: false, access: [ACC_W, ACC_R] })],
  ["mov r/m8, r8", "(width rule) — byte write claimed as rw: fine; claimed as none", (f) => ({ ...f, access: [ACC_R, ACC_R] })],
  ["sahf", "ah not read", (f) => ({ ...f, implicit: [] })],
];

if (argv.includes("--mutants")) {
  const res = { seed, caught: [] as string[], missed: [] as string[] };
  for (const [text, what, mutate] of MUTANTS) {
    const form = formsOf(text.split(" ")[0]!)?.find((f) => f.text === text);
    if (form === undefined) { res.missed.push(`${text}: no such form`); continue; }
    process.stderr.write(`mutant ${text}: ${what}\n`);
    const r = probeForm(form, cpu, rng, 10, mutate(factsOf(form)!));
    (r.status === "fail" ? res.caught : res.missed).push(`${text}: ${what}${r.status === "fail" ? ` — ${r.notes[0]}` : ` (${r.status})`}`);
  }
  process.stdout.write(JSON.stringify(res) + "\n");
  process.exit(0);
}
const re = filter === undefined ? null : new RegExp(filter);
const out = { seed, trials, vecBytes: cpu.vecBytes, ok: 0, skipped: [] as { form: string; why: string }[], failed: [] as { form: string; notes: readonly string[] }[], unreachable: [] as { form: string; notes: readonly string[] }[], instances: 0 };
for (const f of allForms()) {
  if (re !== null && !re.test(f.text)) continue;
  process.stderr.write(`probe ${f.text}\n`);
  const r = probeForm(f, cpu, rng, trials);
  out.instances += r.instances;
  if (r.status === "ok") {
    out.ok++;
    if (r.notes.length > 0) out.unreachable.push({ form: f.text, notes: r.notes });
  } else if (r.status === "skip") {
    if (r.instances === 0 && r.notes.some((n) => n.startsWith("not reachable"))) out.unreachable.push({ form: f.text, notes: r.notes });
    else out.skipped.push({ form: f.text, why: r.notes.join("; ") });
  } else out.failed.push({ form: f.text, notes: r.notes });
}
process.stdout.write(JSON.stringify(out) + "\n");
