/**
 * allocator.test.ts — the code allocator: sub-allocation, alignment, reuse,
 * unmapping empty chunks, W^X proven from /proc/self/maps, state errors.
 */
import { CFunction, type Pointer } from "bun:ffi";
import { describe, expect, test } from "bun:test";
import { CodeAllocator, CodeBlock, defaultAllocator } from "../../src/memory/allocator.ts";
import { JitError } from "../../src/core/errors.ts";
import { libc } from "../../src/os/libc.ts";
import { mappingOf, writableAndExecutable } from "./maps.ts";

const ADD4 = [0x48, 0x89, 0xf8, 0x48, 0x83, 0xc0, 0x04, 0xc3]; // mov rax, rdi; add rax, 4; ret
const addN = (n: number) => [0x48, 0x89, 0xf8, 0x48, 0x83, 0xc0, n, 0xc3];

function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof JitError) return e.code;
    throw e;
  }
  return "no error";
}

function call(b: CodeBlock, x: bigint): bigint {
  const f = CFunction({ ptr: b.address as Pointer, args: ["i64"], returns: "i64" });
  return f(x) as bigint;
}

describe.each(["dual", "flip", "rwx"] as const)("mode %s", (mode) => {
  test("add4 runs: alloc, write, seal, call", () => {
    const a = new CodeAllocator({ mode });
    expect(a.mode).toBe(mode);
    const b = a.alloc(ADD4.length).write(ADD4).seal();
    expect(call(b, 2n)).toBe(6n);
    expect(b.sealed).toBe(true);
    a.free(b);
    a.trim();
    expect(a.stats().chunks).toBe(0);
  });

  test("many functions share a chunk and each still runs, interleaving writes and calls", () => {
    const a = new CodeAllocator({ mode });
    const blocks: CodeBlock[] = [];
    for (let i = 0; i < 300; i++) {
      const b = a.alloc(8);
      b.write(addN(i % 100));
      // call an earlier function between a write and the seal of the next one
      if (blocks.length > 0) expect(call(blocks[blocks.length - 1]!, 1n)).toBe(1n + BigInt((i - 1) % 100));
      b.seal();
      blocks.push(b);
    }
    expect(a.stats().chunks).toBe(1); // 300 × 16 bytes < 64 KiB
    blocks.forEach((b, i) => expect(call(b, 10n)).toBe(10n + BigInt(i % 100)));
    for (const b of blocks) a.free(b);
    a.trim();
  });
});

test("the default mode is W^X dual mapping, never a writable+executable mapping; sealed code is r-x", () => {
  const before = writableAndExecutable().length;
  const a = new CodeAllocator();
  expect(a.mode).toBe("dual");
  const blocks = Array.from({ length: 50 }, () => a.alloc(8).write(ADD4).seal());
  expect(writableAndExecutable().length).toBe(before);
  const m = mappingOf(blocks[0]!.address)!;
  expect(m.perms.slice(0, 3)).toBe("r-x");
  expect(mappingOf(blocks[0]!.writeAddress)!.perms.slice(0, 3)).toBe("rw-");
  expect(blocks[0]!.writeAddress).not.toBe(blocks[0]!.address);
  expect(call(blocks[49]!, 1n)).toBe(5n);
  for (const b of blocks) a.free(b);
  a.trim();
});

test("flip mode: sealed pages are r-x, open pages rw-, never both", () => {
  const before = writableAndExecutable().length;
  const a = new CodeAllocator({ mode: "flip", chunkSize: 4 * libc.pageSize });
  const b1 = a.alloc(8).write(ADD4);
  expect(mappingOf(b1.address)!.perms.slice(0, 3)).toBe("rw-");
  b1.seal();
  expect(mappingOf(b1.address)!.perms.slice(0, 3)).toBe("r-x");
  const b2 = a.alloc(8); // same page as b1, which holds sealed code
  b2.write(addN(7)); // a transient flip: the page is back to r-x afterwards
  expect(mappingOf(b1.address)!.perms.slice(0, 3)).toBe("r-x");
  expect(call(b1, 1n)).toBe(5n);
  b2.seal();
  expect(call(b2, 1n)).toBe(8n);
  expect(writableAndExecutable().length).toBe(before);
  a.free(b1);
  a.free(b2);
  a.trim();
});

test("rwx mode (insecure opt-in) maps rwx", () => {
  const a = new CodeAllocator({ mode: "rwx" });
  const b = a.alloc(8).write(ADD4).seal();
  expect(mappingOf(b.address)!.perms.slice(0, 3)).toBe("rwx");
  a.free(b);
  a.trim();
});

test("alignment: default 16, 64 on request, up to a page", () => {
  const a = new CodeAllocator();
  const b1 = a.alloc(3);
  const b2 = a.alloc(3);
  const b3 = a.alloc(5, { align: 64 });
  const b4 = a.alloc(5, { align: libc.pageSize });
  expect(b1.address % 16).toBe(0);
  expect(b2.address - b1.address).toBe(16); // 3 bytes take one 16-byte granule
  expect(b3.address % 64).toBe(0);
  expect(b4.address % libc.pageSize).toBe(0);
  for (const b of [b1, b2, b3, b4]) a.free(b);
  a.trim();
});

test("freed blocks are reused and coalesced", () => {
  const a = new CodeAllocator();
  const b1 = a.alloc(16), b2 = a.alloc(16), b3 = a.alloc(16);
  const addr1 = b1.address;
  a.free(b1);
  a.free(b2);
  const big = a.alloc(32); // fits the coalesced hole of b1+b2
  expect(big.address).toBe(addr1);
  expect(a.stats().blocks).toBe(2);
  expect(a.stats().usedBytes).toBe(48);
  a.free(big);
  a.free(b3);
  expect(a.stats().usedBytes).toBe(0);
  a.trim();
});

test("wholly empty chunks are unmapped, one spare is kept", () => {
  const a = new CodeAllocator({ chunkSize: libc.pageSize });
  const blocks = Array.from({ length: 3 }, () => a.alloc(libc.pageSize)); // one chunk each
  expect(a.stats().chunks).toBe(3);
  const rx = blocks.map((b) => b.address);
  for (const b of blocks) a.free(b);
  expect(a.stats().chunks).toBe(1); // the first emptied chunk stays as the spare
  expect(mappingOf(rx[0]!)).toBeDefined();
  expect(mappingOf(rx[1]!)).toBeUndefined();
  expect(mappingOf(rx[2]!)).toBeUndefined();
  a.trim();
  expect(a.stats().chunks).toBe(0);
  expect(a.stats().mappedBytes).toBe(0);
});

test("a block larger than a chunk gets its own chunk", () => {
  const a = new CodeAllocator({ chunkSize: libc.pageSize });
  const b = a.alloc(3 * libc.pageSize + 1);
  expect(a.stats().mappedBytes).toBe(4 * libc.pageSize);
  a.free(b);
  a.trim();
});

test("10,000 six-byte functions fit in well under 2 MiB", () => {
  const a = new CodeAllocator();
  const six = [0x48, 0x8d, 0x47, 0x04, 0x90, 0xc3];
  const blocks = Array.from({ length: 10_000 }, () => a.alloc(6).write(six).seal());
  expect(a.stats().mappedBytes).toBeLessThanOrEqual(2 * 1024 * 1024);
  for (const b of blocks) a.free(b);
  a.trim();
});

test("EALLOC: bad sizes, alignments, modes, foreign blocks, writes that do not fit", () => {
  const a = new CodeAllocator();
  for (const size of [0, -1, 1.5, NaN, 2 ** 31]) expect(codeOf(() => a.alloc(size))).toBe("EALLOC");
  for (const align of [0, 3, 24, 2 * libc.pageSize]) expect(codeOf(() => a.alloc(8, { align }))).toBe("EALLOC");
  expect(codeOf(() => new CodeAllocator({ mode: "wxr" as "wx" }))).toBe("EALLOC");
  expect(codeOf(() => new CodeAllocator({ chunkSize: -5 }))).toBe("EALLOC");
  const b = a.alloc(4);
  expect(codeOf(() => b.write([1, 2, 3, 4, 5]))).toBe("EALLOC");
  expect(codeOf(() => b.write([1], 4))).toBe("EALLOC");
  expect(codeOf(() => new CodeAllocator().free(b))).toBe("EALLOC");
  a.free(b);
  a.trim();
});

test("ESTATE after seal, EFREED after free", () => {
  const a = new CodeAllocator();
  const b = a.alloc(8).write(ADD4).seal();
  expect(codeOf(() => b.write(ADD4))).toBe("ESTATE");
  a.free(b);
  expect(b.freed).toBe(true);
  expect(codeOf(() => b.write(ADD4))).toBe("EFREED");
  expect(codeOf(() => b.seal())).toBe("EFREED");
  expect(codeOf(() => a.free(b))).toBe("EFREED");
  a.trim();
});

test("defaultAllocator is one shared W^X instance", () => {
  expect(defaultAllocator()).toBe(defaultAllocator());
  expect(defaultAllocator().mode).toBe("dual");
});

test("patch rewrites sealed code in place, W^X kept; only sealed, live, within the reservation", () => {
  for (const mode of ["dual", "flip"] as const) {
    const a = new CodeAllocator({ mode });
    const b = a.alloc(8).write(ADD4).seal();
    expect(call(b, 1n)).toBe(5n);
    const before = writableAndExecutable().length;
    b.patch(addN(9));
    expect(writableAndExecutable().length).toBe(before);
    expect(mappingOf(b.address)!.perms.slice(0, 3)).toBe("r-x");
    expect(call(b, 1n)).toBe(10n);
    expect(codeOf(() => b.patch(new Array(17).fill(0x90)))).toBe("EALLOC");
    const open = a.alloc(8);
    expect(codeOf(() => open.patch(ADD4))).toBe("ESTATE");
    a.free(b);
    expect(codeOf(() => b.patch(ADD4))).toBe("EFREED");
    a.free(open);
    a.trim();
  }
});

test("a transient descriptor shortage makes one flip chunk; dual mapping is tried again afterwards", () => {
  const fixture = `${import.meta.dir}/fixtures/fd-shortage.ts`;
  const p = Bun.spawnSync(["sh", "-c", `ulimit -n 64 && exec "${process.execPath}" "${fixture}"`], { stdout: "pipe", stderr: "pipe" });
  const out = p.stdout.toString().trim();
  if (p.exitCode !== 0) throw new Error(`fixture failed (${p.exitCode}): ${out}\n${p.stderr.toString()}`);
  const r = JSON.parse(out);
  expect(r.filled).toBeGreaterThan(0);
  expect(r.ok).toBe(true);
  // while no descriptor was free: the chunk uses mprotect flips, but the allocator still prefers dual
  expect(r.during).toEqual({ mode: "dual", flipChunks: 1, chunks: 1 });
  // descriptors back: the next chunk is dual again, and so is a new allocator
  expect(r.after).toEqual({ mode: "dual", flipChunks: 1, chunks: 2 });
  expect(r.fresh).toEqual({ mode: "dual", flipChunks: 0 });
}, 60_000);

test("alloc with a prefix: block.address + prefix is aligned; validation is EALLOC", () => {
  const a = new CodeAllocator();
  for (const align of [16, 32, 64, 256]) {
    const b = a.alloc(100, { align, prefix: 16 });
    expect((b.address + 16) % align).toBe(0);
  }
  for (const bad of [8, -16, 1.5, 112, "16"]) expect(codeOf(() => a.alloc(100, { prefix: bad as number }))).toBe("EALLOC");
});
