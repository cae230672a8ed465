/**
 * callable.test.ts — fromBytes / toFunction: add4 in every memory mode, `using`,
 * dispose semantics (EDISPOSED, idempotent), info, pointer validation (EPOINTER),
 * byte validation, CFunction reuse, and the FinalizationRegistry.
 */
import { expect, test } from "bun:test";
import { codeInfo, dispose, fromBytes, info, isJitFunction, toFunction } from "../../src/ffi/callable.ts";
import { CodeAllocator } from "../../src/memory/allocator.ts";
import { JitError } from "../../src/core/errors.ts";
import { mappingOf, writableAndExecutable } from "../memory/maps.ts";

const ADD4 = [0x48, 0x89, 0xf8, 0x48, 0x83, 0xc0, 0x04, 0xc3]; // mov rax, rdi; add rax, 4; ret
const ADD_I32 = [0x8d, 0x04, 0x37, 0xc3]; // lea eax, [rdi+rsi]; ret
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

test("the issue's example: using add4 = fromBytes(...)", () => {
  let saved: ((x: number | bigint) => bigint) | undefined;
  {
    using add4 = fromBytes(ADD4, { args: ["i64"], returns: "i64" });
    expect(add4(2)).toBe(6n);
    expect(add4(-10n)).toBe(-6n);
    saved = add4;
  }
  expect(codeOf(() => saved!(1))).toBe("EDISPOSED");
});

const MODES = ["wx", "dual", "flip", "rwx"] as const;
test.each(MODES.flatMap((m) => [[m, true], [m, false]] as const))("add4 in mode %s, direct %p", (mode, direct) => {
  const allocator = new CodeAllocator({ mode });
  const f = fromBytes(ADD4, I64, { allocator, direct });
  expect(f(38n)).toBe(42n);
  const i = info(f);
  expect(i.size).toBe(8);
  expect(i.direct).toBe(direct);
  expect(mappingOf(i.address)!.perms.slice(0, 3)).toBe(mode === "rwx" ? "rwx" : "r-x");
  dispose(f);
  expect(codeOf(() => f(1n))).toBe("EDISPOSED");
  // the closure shape frees at once; direct keeps the (patched) block until the CFunction is collected
  expect(allocator.stats().blocks).toBe(direct ? 1 : 0);
});

test("the default never makes a writable+executable mapping", () => {
  const before = writableAndExecutable().length;
  const fs = Array.from({ length: 100 }, () => fromBytes(ADD_I32, { args: ["i32", "i32"], returns: "i32" }));
  expect(fs[99]!(40, 2)).toBe(42);
  expect(writableAndExecutable().length).toBe(before);
  fs.forEach(dispose);
});

test("i64_fast returns a number when it fits, a bigint otherwise", () => {
  using f = fromBytes(ADD4, { args: ["i64_fast"], returns: "i64_fast" });
  expect(f(2)).toBe(6);
  expect(f(2n ** 60n)).toBe(2n ** 60n + 4n);
});

test("dispose (closure shape): EDISPOSED afterwards, twice is harmless, Symbol.dispose works, memory freed at once", () => {
  const allocator = new CodeAllocator();
  const f = fromBytes(ADD_I32, { args: ["i32", "i32"], returns: "i32" }, { allocator, direct: false });
  expect(f(1, 2)).toBe(3);
  expect(isJitFunction(f)).toBe(true);
  dispose(f);
  dispose(f);
  f[Symbol.dispose]();
  expect(info(f).disposed).toBe(true);
  expect(codeOf(() => f(1, 2))).toBe("EDISPOSED");
  expect(() => f(1, 2)).toThrow(/disposed/);
  expect(allocator.stats().blocks).toBe(0);
  allocator.trim();
});

test("closure shape: a disposed function's address may be reused by a new one; the old one still refuses calls", () => {
  const a = fromBytes(ADD_I32, { args: ["i32", "i32"], returns: "i32" }, { direct: false });
  const addr = info(a).address;
  dispose(a);
  // mov eax, edi; sub eax, esi
  const sub = fromBytes([0x89, 0xf8, 0x29, 0xf0, 0xc3], { args: ["i32", "i32"], returns: "i32" }, { direct: false });
  expect(info(sub).address).toBe(addr);
  expect(sub(10, 3)).toBe(7);
  expect(codeOf(() => a(10, 3))).toBe("EDISPOSED");
  dispose(sub);
});

test("info / codeInfo report address, size and signature", () => {
  using f = fromBytes(ADD4, I64, { align: 64 });
  const i = codeInfo(f);
  expect(i.address % 64).toBe(0);
  expect(i.size).toBe(8);
  expect(i.signatureText).toBe("(i64) -> i64");
  expect(i.owned).toBe(true);
  expect(i.keepAlive).toBe(false);
  expect(codeOf(() => info((() => 1) as Function))).toBe("EARGS");
  expect(codeOf(() => dispose((() => 1) as Function))).toBe("EARGS");
  expect(isJitFunction(() => 1)).toBe(false);
});

test("toFunction wraps a sealed block (sealing it if needed) or a raw address", () => {
  const allocator = new CodeAllocator();
  const block = allocator.alloc(8).write(ADD4);
  const f = toFunction(block, I64, { direct: false });
  expect(block.sealed).toBe(true);
  expect(f(1n)).toBe(5n);
  expect(codeOf(() => toFunction(block, I64))).toBe("ESTATE"); // one owner per block
  // a raw address is not owned: dispose disables the wrapper only
  const g = toFunction(block.address, I64);
  expect(info(g).owned).toBe(false);
  expect(g(2)).toBe(6n);
  dispose(g);
  expect(codeOf(() => g(2))).toBe("EDISPOSED");
  expect(f(3n)).toBe(7n);
  const h = toFunction(BigInt(block.address), I64);
  expect(h(0n)).toBe(4n);
  dispose(f);
  expect(block.freed).toBe(false); // h, a wrapper of an address inside the block, still holds it
  dispose(h);
  expect(block.freed).toBe(true);
  expect(codeOf(() => toFunction(block, I64))).toBe("EFREED");
  allocator.trim();
});

test("EPOINTER: addresses that cannot be code are refused before CFunction sees them", () => {
  for (const bad of [0, -1, 1.5, NaN, Infinity, 2 ** 47, 2 ** 60, 2n ** 64n, -5n]) {
    expect(codeOf(() => toFunction(bad, I64))).toBe("EPOINTER");
  }
  expect(codeOf(() => toFunction("4096" as unknown as number, I64))).toBe("EPOINTER");
});

test("bad code bytes: ERANGE for values outside 0..255, EALLOC for no bytes", () => {
  expect(codeOf(() => fromBytes([0x90, 256, 0xc3], {}))).toBe("ERANGE");
  expect(codeOf(() => fromBytes([0x90, -1], {}))).toBe("ERANGE");
  expect(codeOf(() => fromBytes([0x90, 1.5], {}))).toBe("ERANGE");
  expect(codeOf(() => fromBytes([], {}))).toBe("EALLOC");
  expect(codeOf(() => fromBytes(new Uint8Array(0), {}))).toBe("EALLOC");
  using f = fromBytes(new Uint8Array([0xc3]), {});
  expect(f()).toBeUndefined();
});

test("arity 0..32 wrappers pass every argument through", () => {
  // mov eax, edi; ret — returns the first argument
  for (const n of [1, 2, 6, 7, 13, 32]) {
    using f = fromBytes([0x89, 0xf8, 0xc3], { args: Array(n).fill("i32"), returns: "i32" });
    expect(f.length).toBe(n);
    expect((f as (...a: number[]) => number)(...Array.from({ length: n }, (_, i) => 100 + i))).toBe(100);
  }
});

test("unreachable functions are freed by the FinalizationRegistry; keepAlive ones are not", async () => {
  const allocator = new CodeAllocator();
  const kept = (() => {
    for (let i = 0; i < 200; i++) fromBytes(ADD4, I64, { allocator })(1n);
    return Array.from({ length: 10 }, () => info(fromBytes(ADD4, I64, { allocator, keepAlive: true })).address);
  })();
  expect(kept.length).toBe(10);
  for (let i = 0; i < 50 && allocator.stats().blocks > 10; i++) {
    Bun.gc(true);
    await Bun.sleep(10);
  }
  // the 10 keepAlive blocks stay; the 200 dropped ones go (a conservative stack scan may pin a few)
  expect(allocator.stats().blocks).toBeGreaterThanOrEqual(10);
  expect(allocator.stats().blocks).toBeLessThanOrEqual(15);
}, 60_000);

test.each(["dual", "flip"] as const)("direct: the CFunction itself, EDISPOSED via the patched code, freed by GC (%s)", async (mode) => {
  const allocator = new CodeAllocator({ mode });
  const addresses = (() => {
    const f = fromBytes(ADD_I32, { args: ["i32", "i32"], returns: "i32" }, { allocator, direct: true });
    let s = 0;
    for (let i = 0; i < 100_000; i++) s = f(s, 1); // hot: reaches the optimizing tiers
    expect(s).toBe(100_000);
    expect(info(f).direct).toBe(true);
    const before = writableAndExecutable().length;
    dispose(f);
    expect(writableAndExecutable().length).toBe(before);
    for (let k = 0; k < 3; k++) expect(codeOf(() => f(1, 2))).toBe("EDISPOSED");
    dispose(f); // twice is harmless
    expect(allocator.stats().blocks).toBe(1); // still referenced by the CFunction
    return info(f).address;
  })();
  expect(addresses).toBeGreaterThan(0);
  for (let i = 0; i < 50 && allocator.stats().blocks > 0; i++) {
    Bun.gc(true);
    await Bun.sleep(10);
  }
  expect(allocator.stats().blocks).toBeLessThanOrEqual(1); // freed unless pinned by a conservative scan
}, 60_000);

test("direct needs owned code: a raw address is ESTATE", () => {
  using f = fromBytes(ADD4, I64);
  expect(codeOf(() => toFunction(info(f).address, I64, { direct: true }))).toBe("ESTATE");
});

test("toFunction(block) is direct by default; dispose patches instead of freeing", () => {
  const allocator = new CodeAllocator();
  const block = allocator.alloc(8).write(ADD4);
  const f = toFunction(block, I64);
  expect(info(f).direct).toBe(true);
  expect(f(1n)).toBe(5n);
  f[Symbol.dispose]();
  expect(codeOf(() => f(1n))).toBe("EDISPOSED");
  expect(block.freed).toBe(false);
  expect(toFunction(block.address, I64).length).toBe(1); // a raw address gets the closure shape
});

test("checkArgs: a call with the wrong number of arguments is EARGS (opt-in wrapper)", () => {
  // lea rax, [rdi + rsi]; ret
  const add = fromBytes([0x48, 0x8d, 0x04, 0x37, 0xc3], { args: ["i64_fast", "i64_fast"], returns: "i64_fast" }, { checkArgs: true });
  expect(add(40, 2)).toBe(42);
  const loose = add as unknown as (...a: number[]) => number;
  expect(codeOf(() => loose(1))).toBe("EARGS");
  expect(codeOf(() => loose(1, 2, 3))).toBe("EARGS");
  expect(info(add).direct).toBe(false);
  expect(codeOf(() => fromBytes([0xc3], { args: [], returns: "void" }, { checkArgs: true, direct: true }))).toBe("ESTATE");
  dispose(add);
  expect(codeOf(() => add(1, 2))).toBe("EDISPOSED");
});
