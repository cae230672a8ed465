/**
 * unwind.test.ts — libgcc's unwinder walks through JIT frames once their
 * `.eh_frame` is registered: a C `backtrace()` called from JIT code returns
 * the JIT function, its JIT caller and the JS engine's frame beyond (without
 * registration it stops at the first JIT frame); registration follows the
 * code's lifetime; fromBytes code (no frame rows) is not registered; jit.compile
 * code gets its rows from the same function builder.
 */
import { afterAll, expect, test } from "bun:test";
import { join } from "node:path";
import { jit } from "../../src/abi/jit.ts";
import { disableUnwind, enableUnwind, unwindRegistered } from "../../src/debug/unwind.ts";
import { dispose, fromBytes } from "../../src/ffi/callable.ts";
import { run } from "./tools.ts";

afterAll(() => disableUnwind());
const FIXTURE = join(import.meta.dir, "fixtures", "backtrace.ts");

test("a C backtrace() called from JIT code walks past the JIT frames into their callers", () => {
  const on = run([process.execPath, FIXTURE, "on"]);
  expect(on.code).toBe(0);
  const r = JSON.parse(on.out);
  expect(r.frames.slice(0, 2)).toEqual(["bt_inner", "bt_outer"]);
  expect(r.n).toBeGreaterThanOrEqual(3); // beyond bt_outer: the engine's frame that called it
  const off = JSON.parse(run([process.execPath, FIXTURE, "off"]).out);
  expect(off).toEqual({ n: 1, frames: ["bt_inner"] }); // what registration adds
}, 60_000);

test("jit.compile functions (registers allocated, values kept across the call) unwind the same way", () => {
  const r = JSON.parse(run([process.execPath, FIXTURE, "on", "compile"]).out);
  expect(r.frames.slice(0, 2)).toEqual(["bt_inner", "bt_outer"]);
  expect(r.n).toBeGreaterThanOrEqual(3);
}, 60_000);

test("registration follows the code: jit.function registered, fromBytes not, freed code deregistered", () => {
  enableUnwind();
  const before = unwindRegistered();
  const f = jit.function({ returns: "void" }, (b) => b.ret(), { direct: false });
  const g = fromBytes([0xc3], {}, { direct: false });
  expect(unwindRegistered()).toBe(before + 1);
  dispose(f);
  dispose(g);
  expect(unwindRegistered()).toBe(before);
  disableUnwind();
  expect(unwindRegistered()).toBe(0);
});
