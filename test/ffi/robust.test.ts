/**
 * robust.test.ts — bad input to the memory, FFI, libc and function-builder APIs
 * is a JitError, never a TypeError/RangeError or a crash: every argument
 * position of every public entry point gets every value of a junk list (and
 * seeded random pairs of them). Values that could name real memory (plausible
 * addresses, descriptors 0–2) are kept out of the raw libc calls, which would
 * act on them as C does.
 */
import { expect, test } from "bun:test";
import { JitError } from "../../src/core/errors.ts";
import { codeInfo, dispose, fromBytes, info, isJitFunction, toFunction } from "../../src/ffi/callable.ts";
import { formatSignature, normalizeSignature, typeName } from "../../src/ffi/signature.ts";
import { CodeAllocator } from "../../src/memory/allocator.ts";
import { libc, resolveSymbol } from "../../src/os/libc.ts";
import { resolvePlatform } from "../../src/os/platform.ts";
import { jit } from "../../src/abi/jit.ts";
import { mulberry32 } from "../../scripts/lib/mulberry32.ts";

const JUNK: unknown[] = [
  undefined, null, NaN, Infinity, -Infinity, -1, -0, 1.5, 2 ** 53, 2 ** 64, true, false,
  "", "x", "i32", "a\0b", Symbol("s"), 0n, -1n, 2n ** 64n, {}, [], [1.5], ["i32"], [null], [Symbol("t")],
  Object.create(null), () => 1, new Uint8Array(0), { length: 3 }, { length: -1 }, { length: 2 ** 40 },
  { args: "i32" }, { args: [undefined] }, { returns: {} }, { name: 5 }, { name: "a\nb" }, { direct: "yes" },
  { allocator: {} }, { align: 3 }, { calls: [1] }, { mode: "r" }, { chunkSize: -1 }, new Date(0), /x/,
];
/** Junk that cannot name mapped memory or a standard descriptor (for raw libc calls). */
const SAFE_NUMBERS = JUNK.filter((v) => typeof v !== "number" || !Number.isFinite(v) || !Number.isInteger(v) || v < 0 || v >= 2 ** 47);
const NON_NUMBERS = JUNK.filter((v) => typeof v !== "number");

const failures: string[] = [];
let calls = 0;
function probe(name: string, f: () => unknown, args: unknown[]): void {
  calls++;
  try {
    const r = f();
    if (typeof r === "function" && isJitFunction(r)) dispose(r);
  } catch (e) {
    if (!(e instanceof JitError)) failures.push(`${name}(${args.map(show).join(", ")}): ${(e as Error)?.constructor?.name}: ${(e as Error)?.message ?? String(e)}`);
  }
}
function show(v: unknown): string {
  if (typeof v === "symbol") return "Symbol";
  if (typeof v === "bigint") return `${v}n`;
  if (typeof v === "function") return "fn";
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return Object.prototype.toString.call(v);
  }
}

type Api = [name: string, arity: number, call: (...a: unknown[]) => unknown, pool?: unknown[]];
const allocator = new CodeAllocator();
const block = () => allocator.alloc(32);
const body = (use: (f: Parameters<Parameters<typeof jit.function>[1]>[0]) => void) =>
  jit.function({ args: ["i64", "f64"], returns: "i64" }, (f) => use(f));
const APIS: Api[] = [
  ["fromBytes", 3, (a, b, c) => fromBytes(a as never, b as never, c as never)],
  ["fromBytes(code, sig, opts)", 1, (c) => fromBytes([0xc3], {}, c as never)],
  ["toFunction", 3, (a, b, c) => toFunction(a as never, b as never, c as never)],
  ["toFunction(block)", 2, (b, c) => toFunction(block(), b as never, c as never)],
  ["dispose", 1, (a) => dispose(a as never)],
  ["info", 1, (a) => info(a as never).bytes],
  ["codeInfo", 1, (a) => codeInfo(a as never)],
  ["isJitFunction", 1, (a) => isJitFunction(a)],
  ["normalizeSignature", 1, (a) => normalizeSignature(a as never)],
  ["formatSignature", 1, (a) => formatSignature(normalizeSignature(a as never))],
  ["typeName", 1, (a) => typeName(a as never)],
  ["new CodeAllocator", 1, (a) => new CodeAllocator(a as never)],
  ["alloc", 2, (a, b) => allocator.free(allocator.alloc(a as never, b as never))],
  ["free", 1, (a) => allocator.free(a as never)],
  ["write", 2, (a, b) => block().write(a as never, b as never)],
  ["patch", 1, (a) => block().seal().patch(a as never)],
  ["patchAt", 2, (a, b) => block().seal().patchAt(a as never, b as never)],
  ["libc.mmap", 6, (a, b, c, d, e, f) => libc.munmap(libc.mmap(a as never, b as never, c as never, d as never, e as never, f as never), 4096), SAFE_NUMBERS],
  ["libc.mprotect", 3, (a, b, c) => libc.mprotect(a as never, b as never, c as never), SAFE_NUMBERS],
  ["libc.munmap", 2, (a, b) => libc.munmap(a as never, b as never), SAFE_NUMBERS],
  ["libc.memcpy", 3, (a, b, c) => libc.memcpy(a as never, b as never, c as never), NON_NUMBERS],
  ["libc.ftruncate", 2, (a, b) => libc.ftruncate(a as never, b as never), NON_NUMBERS],
  ["libc.close", 1, (a) => libc.close(a as never), NON_NUMBERS],
  ["libc.strerror", 1, (a) => libc.strerror(a as never)],
  ["libc.symbol", 1, (a) => libc.symbol(a as never)],
  ["resolveSymbol", 2, (a, b) => resolveSymbol(a as never, b as never)],
  ["resolvePlatform", 3, (a, b, c) => resolvePlatform(a as never, b as never, c as never)],
  ["jit.function", 3, (a, b, c) => jit.function(a as never, b as never, c as never)],
  ["jit.function(sig, body, opts)", 1, (c) => jit.function({}, (f) => f.ret(), c as never)],
  ["jit.build", 3, (a, b, c) => jit.build(a as never, b as never, c as never)],
  ["jit.native", 3, (a, b, c) => jit.native(a as never, b as never, c as never)],
  ["jit.dispose", 1, (a) => jit.dispose(a as never)],
  ["jit.resources", 1, (a) => jit.resources(a as never)],
  ["f.call", 3, (a, b, c) => body((f) => f.call(a as never, b as never, c as never))],
  ["f.call(puts, args)", 1, (b) => body((f) => f.call("puts", b as never))],
  ["f.local", 2, (a, b) => body((f) => f.local(a as never, b as never))],
  ["f.ret", 1, (a) => body((f) => f.ret(a as never))],
  ["f.callback", 3, (a, b, c) => body((f) => f.callback(a as never, b as never, c as never))],
  ["f.cstring", 1, (a) => body((f) => f.cstring(a as never))],
  ["f.addr", 1, (a) => body((f) => f.addr(a as never))],
  ["f.label", 1, (a) => body((f) => f.label(a as never))],
  ["f.text", 1, (a) => body((f) => f.text(a as never))],
];

test("every argument position × every junk value: JitError or success", () => {
  for (const [name, arity, call, pool = JUNK] of APIS) {
    for (let pos = 0; pos < arity; pos++) {
      for (const v of pool) {
        const args: unknown[] = Array(arity).fill(undefined);
        args[pos] = v;
        probe(name, () => call(...args), args);
      }
    }
  }
  if (process.env.BUNJIT_ROBUST_DUMP) require("node:fs").writeFileSync(process.env.BUNJIT_ROBUST_DUMP, failures.join("\n"));
  expect(failures.slice(0, 40)).toEqual([]);
  expect(calls).toBeGreaterThan(1500);
}, 60_000);

test("seeded random junk combinations: JitError or success", () => {
  const seed = Number(process.env.BUNJIT_SEED ?? Date.now() % 2 ** 31);
  console.log(`robust.test.ts seed ${seed} (BUNJIT_SEED=${seed} to repeat)`);
  const rnd = mulberry32(seed);
  for (let i = 0; i < 10_000; i++) {
    const [name, arity, call, pool = JUNK] = APIS[Math.floor(rnd() * APIS.length)]!;
    const args = Array.from({ length: arity }, () => pool[Math.floor(rnd() * pool.length)]);
    probe(name, () => call(...args), args);
  }
  expect(failures.slice(0, 40)).toEqual([]);
}, 60_000);
