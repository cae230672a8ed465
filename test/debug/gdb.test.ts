/**
 * gdb.test.ts — gdb names JIT functions in `bt` through the GDB JIT interface
 * (BUNJIT_GDB=1) and unwinds from one JIT frame into its JIT caller with the
 * `.eh_frame` in the registered objects; in process: every live function is
 * in the descriptor's list, and leaves it when its memory is freed.
 */
import { afterAll, expect, test } from "bun:test";
import { join } from "node:path";
import { jit } from "../../src/abi/jit.ts";
import { dispose, fromBytes, recordOf } from "../../src/ffi/callable.ts";
import { disableGdb, enableGdb, gdbRegistered } from "../../src/debug/gdb.ts";
import { loadGdbInterface, nativeView } from "../../src/debug/gdb-descriptor.ts";
import { run, which } from "./tools.ts";

const gdb = which("gdb");
if (gdb === null) console.log("gdb test skipped: gdb is not installed (Debian: apt-get install gdb)");
afterAll(() => disableGdb());

test.skipIf(gdb === null)("gdb -batch: bt names the JIT function that trapped and its JIT caller, in order", () => {
  const fixture = join(import.meta.dir, "fixtures", "gdb-trap.ts");
  const r = run([
    "gdb", "-batch", "-nx",
    "-ex", "handle SIGUSR1 SIGUSR2 SIGPWR SIGXCPU SIG32 SIG33 SIG34 SIG35 nostop noprint pass",
    "-ex", "run", "-ex", "bt 4",
    "--args", process.execPath, fixture,
  ], { BUNJIT_GDB: "1" }, 180_000);
  const bt = r.out.split("\n").filter((l) => /^#\d/.test(l));
  expect(r.out).toContain("SIGTRAP");
  expect(bt[0]).toMatch(/^#0\s+0x[0-9a-f]+ in trap_here \(\)/);
  expect(bt[1]).toMatch(/^#1\s+0x[0-9a-f]+ in outer_fn \(\)/);
}, 200_000);

function listLength(): number {
  const d = nativeView(loadGdbInterface().descriptor, 24);
  let n = 0;
  for (let e = Number(d.getBigUint64(16, true)); e !== 0; e = Number(nativeView(e, 32).getBigUint64(0, true))) n++;
  return n;
}

test("every live function is in the descriptor's list; freed ones leave it", () => {
  enableGdb();
  const before = gdbRegistered();
  expect(listLength()).toBe(before);
  const a = fromBytes([0xc3], {}, { direct: false, name: "gdb_a" });
  const b = jit.function({ returns: "void" }, (f) => f.ret(), { direct: false, name: "gdb_b" });
  expect(gdbRegistered()).toBe(before + 2);
  expect(listLength()).toBe(before + 2);
  const d = nativeView(loadGdbInterface().descriptor, 24);
  expect(d.getUint32(0, true)).toBe(1); // version
  expect(d.getUint32(4, true)).toBe(0); // no action pending
  dispose(a);
  expect(recordOf(a)!.freed).toBe(true);
  expect(gdbRegistered()).toBe(before + 1);
  expect(listLength()).toBe(before + 1);
  dispose(b);
  expect(listLength()).toBe(before);
});
