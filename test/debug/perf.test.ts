/**
 * perf.test.ts — `perf report` names bunjit functions: with the default dual
 * mapping through the jitdump and `perf inject --jit` (perf record -k 1), with
 * an anonymous (flip) mapping through /tmp/perf-<pid>.map alone; and a frame
 * pointer call graph (-g) walks from a JIT function into its JIT caller.
 * Skipped, with the reason printed, only where perf is missing or the kernel
 * forbids it.
 */
import { afterAll, expect, test } from "bun:test";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { perfUnavailable, run } from "./tools.ts";

const why = perfUnavailable();
if (why !== null) console.log(`perf tests skipped: ${why}`);
const FIXTURE = join(import.meta.dir, "fixtures", "perf-spin.ts");
const dir = mkdtempSync(join(tmpdir(), "bunjit-perf-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test.skipIf(why !== null)("dual mapping: perf record -k 1, perf inject --jit, perf report names the JIT functions; -g walks into the JIT caller", () => {
  const data = join(dir, "perf.data"), jitted = join(dir, "perf.jit.data");
  const rec = run(["perf", "record", "-q", "-k", "1", "-e", "cpu-clock", "-g", "-o", data, "--", process.execPath, FIXTURE, "800"], { BUNJIT_PERF: "1", BUNJIT_PERF_DIR: dir });
  expect(rec.code).toBe(0);
  const inj = run(["perf", "inject", "--jit", "-i", data, "-o", jitted]);
  expect(inj.code).toBe(0);
  const rep = run(["perf", "report", "-i", jitted, "--stdio", "--no-children", "--percent-limit", "5"]);
  expect(rep.code).toBe(0);
  // the hottest symbol is our loop, in the object perf inject made for it
  expect(rep.out).toMatch(/\d+\.\d+%\s+\S+\s+jitted-\d+-\d+\.so\s+\[\.\] spin_loop/);
  // the frame-pointer call graph: spin_loop's caller is outer_loop
  // (perf draws it as "---spin_loop\n outer_loop" or with a branch: "---spin_loop\n |\n --38.66%--outer_loop")
  expect(rep.out).toMatch(/---spin_loop[\s|\-%.\d]*outer_loop/);
  expect(rep.out).not.toContain("memfd:bunjit");
}, 120_000);

test.skipIf(why !== null)("flip mapping (anonymous memory): perf reads the perf map by itself", () => {
  const data = join(dir, "perf-flip.data");
  const rec = run(["perf", "record", "-q", "-e", "cpu-clock", "-o", data, "--", process.execPath, FIXTURE, "600", "flip"], { BUNJIT_PERF: "1", BUNJIT_PERF_DIR: dir });
  expect(rec.code).toBe(0);
  const rep = run(["perf", "report", "-i", data, "--stdio", "--no-children", "--percent-limit", "5"]);
  expect(rep.out).toMatch(/\[JIT\] tid \d+\s+\[\.\] spin_loop/);
}, 120_000);
