/**
 * memory.bench.ts — executable memory used by 10,000 six-byte functions made
 * with fromBytes (W^X default allocator, 16-byte granules in shared 64 KiB
 * chunks), read from the allocator and cross-checked against /proc/self/maps;
 * then the time to sub-allocate and free 10,000 such blocks. Target: ≤ 2 MiB.
 *
 * Run alone: bun run bench/memory.bench.ts
 */
import { readFileSync } from "node:fs";
import { bench, check, do_not_optimize, finish, group, suite } from "./lib/harness.ts";
import { dispose, fromBytes, info, type JitFunction } from "../src/ffi/callable.ts";
import { CodeAllocator } from "../src/memory/allocator.ts";

suite("memory");

const SIX = [0x8d, 0x04, 0x37, 0x90, 0x90, 0xc3]; // lea eax, [rdi+rsi]; nop; nop; ret
const SIG = { args: ["i32", "i32"], returns: "i32" } as const;
const COUNT = 10_000;

/** Bytes of executable mappings in this process that contain one of the addresses. */
function executableBytesHolding(addresses: number[]): number {
  const maps = readFileSync("/proc/self/maps", "utf8").trim().split("\n").map((l) => {
    const [range = "", perms = ""] = l.split(/\s+/);
    const [s = "0", e = "0"] = range.split("-");
    return { start: parseInt(s, 16), end: parseInt(e, 16), x: perms[2] === "x" };
  });
  const hit = new Set<(typeof maps)[number]>();
  for (const a of addresses) {
    const m = maps.find((m) => m.x && m.start <= a && a < m.end);
    if (m) hit.add(m);
  }
  let total = 0;
  for (const m of hit) total += m.end - m.start;
  return total;
}

const allocator = new CodeAllocator();
const fns: JitFunction<typeof SIG>[] = [];
for (let i = 0; i < COUNT; i++) fns.push(fromBytes(SIX, SIG, { allocator }));
let checksum = 0;
for (const f of fns) checksum += f(1, 2);
const st = allocator.stats();
const fromMaps = executableBytesHolding(fns.map((f) => info(f).address));
const MiB = 1024 * 1024;
console.log(`${COUNT} six-byte functions (checksum ${checksum}):`);
console.log(`  executable bytes mapped (allocator): ${st.mappedBytes} (${(st.mappedBytes / MiB).toFixed(3)} MiB) in ${st.chunks} chunks`);
console.log(`  executable bytes mapped (/proc/self/maps): ${fromMaps}`);
console.log(`  bytes per function: ${(st.mappedBytes / COUNT).toFixed(1)}; used by blocks: ${st.usedBytes}`);
console.log(`  target ≤ 2 MiB: ${st.mappedBytes <= 2 * MiB ? "OK" : "OVER"}`);
check("10,000 functions all ran", checksum, COUNT * 3);
for (const f of fns) dispose(f);
allocator.trim();

const a = new CodeAllocator();
const blocks = new Array(COUNT);
group("10,000 six-byte functions", () => {
  bench("alloc+write+seal 10,000 blocks, then free them", () => {
    for (let i = 0; i < COUNT; i++) blocks[i] = a.alloc(6).write(SIX).seal();
    for (let i = 0; i < COUNT; i++) a.free(blocks[i]);
    do_not_optimize(blocks);
  }, { variant: "bunjit", items: COUNT, executableBytes: st.mappedBytes, executableMiB: Number((st.mappedBytes / MiB).toFixed(3)) });
});
await finish();
