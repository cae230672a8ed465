/**
 * workers.test.ts — perf and gdb support with Workers: each thread turns it
 * on from the environment; their jitdump records share one file and stay
 * whole (one write per function, O_APPEND), and each thread registers its own
 * functions with gdb through its own interface object.
 */
import { expect, test } from "bun:test";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "./tools.ts";

test("main thread and a Worker: one jitdump with both threads' functions, whole records; gdb registration per thread", () => {
  const dir = mkdtempSync(join(tmpdir(), "bunjit-workers-test-"));
  try {
    const r = run([process.execPath, join(import.meta.dir, "fixtures", "workers.ts")], { BUNJIT_PERF: "1", BUNJIT_GDB: "1", BUNJIT_PERF_DIR: dir });
    expect(r.err).toBe("");
    const out = JSON.parse(r.out);
    expect(out).toEqual({ whole: true, loads: { main_fn: 100, worker_fn: 100 }, tids: 2, gdb: [100, 100], kept: 100 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
