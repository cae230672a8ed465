/**
 * names.test.ts — the `name` option (fromBytes, toFunction, compile,
 * jit.function) and info(): name, first-instruction address, entry, size and
 * a copy of the bytes; validation of names (EARGS) and of C symbol names with
 * NUL in f.call (EARGS, not a call to the prefix).
 */
import { expect, test } from "bun:test";
import { jit } from "../../src/abi/jit.ts";
import { compile } from "../../src/compile.ts";
import { JitError } from "../../src/core/errors.ts";
import { dispose, fromBytes, info, toFunction } from "../../src/ffi/callable.ts";
import { CodeAllocator } from "../../src/memory/allocator.ts";
import { eax, edi } from "../../src/x64/registers.ts";

const ADD4 = [0x48, 0x89, 0xf8, 0x48, 0x83, 0xc0, 0x04, 0xc3];
const I64 = { args: ["i64"], returns: "i64" } as const;

function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof JitError) return e.code;
    throw e;
  }
  return "no error";
}

test("fromBytes: a generated name by default, the given one otherwise", () => {
  using a = fromBytes(ADD4, I64);
  using b = fromBytes(ADD4, I64, { name: "add4" });
  expect(info(a).name).toMatch(/^bunjit_\d+$/);
  expect(info(b).name).toBe("add4");
  using c = fromBytes(ADD4, I64);
  expect(info(c).name).not.toBe(info(a).name);
});

test("info: bytes are a copy of the code, entry is the 16-byte pad in front of it", () => {
  using f = fromBytes(ADD4, I64, { align: 64, name: "add4" });
  const i = info(f);
  expect([...i.bytes]).toEqual(ADD4);
  expect(i.size).toBe(8);
  expect(i.address % 64).toBe(0);
  expect(i.entry).toBe(i.address - 16);
  i.bytes[0] = 0; // a copy: the code is untouched
  expect(f(1n)).toBe(5n);
  expect(info(f).bytes[0]).toBe(0x48);
});

test("info after dispose: the closure shape's memory is freed (empty bytes), direct keeps it until collected", () => {
  const c = fromBytes(ADD4, I64, { direct: false });
  dispose(c);
  expect(info(c).freed).toBe(true);
  expect(info(c).bytes.length).toBe(0);
  const d = fromBytes(ADD4, I64);
  dispose(d);
  expect(info(d).freed).toBe(false);
  expect([...info(d).bytes]).toEqual(ADD4); // the code is intact: only the entry pad refuses calls
});

test("toFunction: names for a block and for a raw address; a raw address's entry is itself", () => {
  const allocator = new CodeAllocator();
  const block = allocator.alloc(8).write(ADD4);
  const f = toFunction(block, I64, { name: "blk", direct: false });
  expect(info(f).name).toBe("blk");
  expect(info(f).address).toBe(block.address);
  expect(info(f).entry).not.toBe(block.address); // a separate entry that can refuse calls
  expect(f(2n)).toBe(6n);
  const g = toFunction(block.address, I64, { name: "raw" });
  expect(info(g).name).toBe("raw");
  expect(info(g).entry).toBe(block.address);
  expect(info(g).bytes.length).toBe(0);
  dispose(f);
  expect(codeOf(() => f(1n))).toBe("EDISPOSED");
  expect(block.freed).toBe(false); // g wraps an address inside the block: it holds the memory
  dispose(g);
  expect(block.freed).toBe(true);
  allocator.trim();
});

test("compile and jit.function take a name; jit.function defaults to the body's own name", () => {
  using c = compile({ args: ["i32"], returns: "i32" }, (a) => {
    a.mov(eax, edi);
    a.add(eax, 4);
    a.ret();
  }, { name: "compiled" });
  expect(info(c).name).toBe("compiled");
  expect(c(1)).toBe(5);
  using j = jit.function({ args: ["i32"], returns: "i32" }, function addOne(f, [x]) {
    f.a.mov(eax, x);
    f.a.add(eax, 1);
    f.ret(eax);
  });
  expect(info(j).name).toBe("addOne");
  expect(j(1)).toBe(2);
  using k = jit.function({ returns: "void" }, (f) => f.ret(), { name: "named" });
  expect(info(k).name).toBe("named");
  using anon = jit.function({ returns: "void" }, (f) => f.ret());
  expect(info(anon).name).toMatch(/^bunjit_\d+$/);
});

test("bad names are EARGS before any memory is touched", () => {
  const allocator = new CodeAllocator();
  for (const bad of ["", "a\0b", "line\nbreak", "x".repeat(257), 5, null, Symbol("s")]) {
    expect(codeOf(() => fromBytes(ADD4, I64, { allocator, name: bad as string }))).toBe("EARGS");
    expect(codeOf(() => jit.function({ returns: "void" }, (f) => f.ret(), { allocator, name: bad as string }))).toBe("EARGS");
  }
  expect(allocator.stats().blocks).toBe(0);
});

test("f.call of a C symbol name with NUL is EARGS, not a call to the part before it", () => {
  expect(codeOf(() => jit.function({ returns: "void" }, (f) => void f.call("puts\0evil", [f.cstring("x")])))).toBe("EARGS");
  expect(codeOf(() => jit.native("abs\0x"))).toBe("EARGS");
});
