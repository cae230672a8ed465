/**
 * use-after-free.test.ts — no public path runs freed or reused code (issue 9
 * item 6): a function disposed from a JS callback it calls keeps running to
 * its end (closure and direct shapes, also when a loop label or a return
 * address sits in its first bytes), re-entrant calls, an exception through the
 * frame; a JIT function that calls a bunjit function keeps the callee's memory
 * when the callee is disposed (the call then refuses with EDISPOSED) or
 * collected, also when the caller's own JS object is gone (keepAlive). Each
 * scenario runs in a child process (fixtures/uaf.ts): a regression there is a
 * SIGTRAP/SIGSEGV, which must fail one test, not kill the runner.
 */
import { describe, expect, setDefaultTimeout, test } from "bun:test";
import { join } from "node:path";
import { JitError } from "../../src/core/errors.ts";
import { dispose, fromBytes, info, toFunction } from "../../src/ffi/callable.ts";
import { CodeAllocator } from "../../src/memory/allocator.ts";

const FIXTURE = join(import.meta.dir, "fixtures", "uaf.ts");

function run(scenario: string, shape: "direct" | "closure"): string {
  const p = Bun.spawnSync([process.execPath, FIXTURE, scenario, shape], { stdout: "pipe", stderr: "pipe" });
  const out = p.stdout.toString().trim();
  if (p.exitCode !== 0 || !out.startsWith("ok")) {
    throw new Error(`${scenario} (${shape}) exited with ${p.exitCode} / signal ${p.signalCode}:\n${out}\n${p.stderr.toString().slice(0, 2000)}`);
  }
  return out;
}

// each scenario is a child process: seconds on a loaded machine
setDefaultTimeout(60_000);

describe.each(["direct", "closure"] as const)("%s shape", (shape) => {
  test("disposed from a JS callback it calls: the running frame finishes, later calls are EDISPOSED", () => {
    expect(run("self-dispose", shape)).toBe(shape === "direct" ? "ok 42 EDISPOSED direct" : "ok 42 EDISPOSED freed=true");
  });
  test("a loop label inside the first 12 bytes keeps working after dispose (the entry pad is patched, not the code)", () => {
    expect(run("loop-label-in-entry", shape)).toBe("ok 5 EDISPOSED");
  });
  test("a return address inside the first bytes keeps working after dispose", () => {
    expect(run("return-into-entry", shape)).toBe("ok 12 EDISPOSED");
  });
  test("re-entrant: JS -> f -> JS -> f -> JS disposes f; both frames finish", () => {
    expect(run("nested", shape)).toBe("ok 24 EDISPOSED");
  });
  test("an exception from a callback still ends the call (the block is freed by dispose)", () => {
    expect(run("callback-throws", shape)).toBe("ok boom true 1");
  });
  test("a disposed callee's memory is not reused while a JIT caller lives; the call refuses with EDISPOSED", () => {
    expect(run("callee-disposed", shape)).toBe(shape === "direct" ? "ok 102 EDISPOSED true direct 64" : "ok 102 EDISPOSED true true 64");
  });
  test("a collected callee keeps working for its JIT caller", () => {
    expect(run("callee-collected", shape)).toBe("ok 42");
  });
  test("toFunction(address) of a bunjit function's entry holds its memory until the wrapper is disposed", () => {
    expect(run("raw-wrapper", shape)).toBe(shape === "direct" ? "ok 2 EDISPOSED true direct" : "ok 2 EDISPOSED true true");
  });
  test("a keepAlive caller whose JS object is gone still holds its (disposed) callee", () => {
    expect(run("caller-kept-alive", shape)).toBe("ok EDISPOSED");
  });
});

function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof JitError) return e.code;
    throw e;
  }
  return "no error";
}

/** sub rsp, 8; mov rax, <entry>; call rax; add rsp, 8; ret */
function callThrough(entry: number): number[] {
  const b = [0x48, 0x83, 0xec, 0x08, 0x48, 0xb8];
  for (let i = 0; i < 8; i++) b.push(Number((BigInt(entry) >> BigInt(8 * i)) & 0xffn));
  b.push(0xff, 0xd0, 0x48, 0x83, 0xc4, 0x08, 0xc3);
  return b;
}

test("a chain of 20,000 callers is released without growing the stack, each block once", () => {
  const allocator = new CodeAllocator();
  const sig = { args: ["i32"], returns: "i32" } as const;
  const first = fromBytes([0x8d, 0x47, 0x01, 0xc3], sig, { allocator, direct: false });
  let last = first;
  const all = [first];
  for (let i = 0; i < 20_000; i++) {
    last = fromBytes(callThrough(info(last).entry), sig, { allocator, direct: false, calls: [last] });
    all.push(last);
  }
  expect(last(1)).toBe(2);
  for (let i = 0; i < all.length - 1; i++) dispose(all[i]!); // each is held by its caller
  expect(allocator.stats().blocks).toBe(all.length);
  dispose(last); // frees the whole chain
  expect(allocator.stats().blocks).toBe(0);
  expect(all.every((f) => info(f).freed)).toBe(true);
  allocator.trim();
}, 120_000); // 20,001 fromBytes calls: seconds on a loaded shared machine

test("calls: validated before memory is touched (EARGS), a freed callee is EDISPOSED", () => {
  const allocator = new CodeAllocator();
  const sig = { returns: "void" } as const;
  for (const bad of [5, "x", {}, [1], [() => 1], [null]]) {
    expect(codeOf(() => fromBytes([0xc3], sig, { allocator, calls: bad as never }))).toBe("EARGS");
  }
  const g = fromBytes([0xc3], sig, { allocator, direct: false });
  dispose(g);
  expect(codeOf(() => fromBytes([0xc3], sig, { allocator, calls: [g] }))).toBe("EDISPOSED");
  expect(allocator.stats().blocks).toBe(0);
  // a function listing itself, a raw-address function: accepted (nothing to hold / nothing owned)
  const raw = fromBytes([0xc3], sig, { allocator, calls: [] });
  expect(allocator.stats().blocks).toBe(1);
  dispose(raw);
});

test("allocator.free of a block a function owns is ESTATE: only the function's lifetime frees it", () => {
  const allocator = new CodeAllocator();
  const block = allocator.alloc(8).write([0x48, 0x89, 0xf8, 0x48, 0x83, 0xc0, 0x04, 0xc3]);
  const f = toFunction(block, { args: ["i64"], returns: "i64" }, { direct: false });
  expect(codeOf(() => allocator.free(block))).toBe("ESTATE");
  expect(f(1n)).toBe(5n);
  dispose(f);
  expect(block.freed).toBe(true);
  // a toFunction that fails leaves the caller's block to the caller
  const mine = allocator.alloc(8).write([0xc3]);
  expect(codeOf(() => toFunction(mine, {}, { direct: true, checkArgs: true }))).toBe("ESTATE");
  expect(mine.freed).toBe(false);
  allocator.free(mine);
  expect(allocator.stats().blocks).toBe(0);
  allocator.trim();
});
