/**
 * debug.bench.ts — what the debug integrations cost per function: a small
 * jit.function made and disposed (closure shape: the memory is freed at once,
 * so the free path is measured too) with nothing on, with libgcc unwind
 * registration (BUNJIT_UNWIND), with the GDB JIT interface (BUNJIT_GDB, no gdb
 * attached) and with perf output (BUNJIT_PERF: jitdump + perf map, into a
 * temporary directory). Each case turns its integration on before its samples
 * and off after them (docs/debugging.md).
 *
 * Run alone: bun run bench/debug.bench.ts
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { jit } from "../src/abi/jit.ts";
import { disableGdb, disablePerf, disableUnwind, enableGdb, enablePerf, enableUnwind } from "../src/debug/index.ts";
import { dispose } from "../src/ffi/callable.ts";
import { bench, check, finish, group, suite } from "./lib/harness.ts";

suite("debug");

const dir = mkdtempSync(join(tmpdir(), "bunjit-debug-bench-"));
const N = 20;
function cycle(): void {
  for (let i = 0; i < N; i++) {
    dispose(jit.function({ args: ["i32"], returns: "i32" }, (f, [x]) => f.ret(x), { direct: false, frame: true }));
  }
}
check("jit.function identity", jit.function({ args: ["i32"], returns: "i32" }, (f, [x]) => f.ret(x))(7), 7);

/** A case that turns `on` before its samples and `off` after them. */
function withMode(on: () => unknown, off: () => void) {
  return function* () {
    on();
    yield cycle;
    off();
  };
}

group("jit.function create + dispose", () => {
  bench("off", cycle, { variant: "off", baseline: true, calls: N });
  bench("unwind (__register_frame)", withMode(enableUnwind, disableUnwind), { variant: "unwind", calls: N });
  bench("gdb (JIT interface, not attached)", withMode(enableGdb, disableGdb), { variant: "gdb", calls: N });
  bench("perf (jitdump + map)", withMode(() => enablePerf({ dir }), disablePerf), { variant: "perf", calls: N });
});

await finish();
rmSync(dir, { recursive: true, force: true });
