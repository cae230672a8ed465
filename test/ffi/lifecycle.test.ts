/**
 * lifecycle.test.ts — 100,000 create/call/dispose cycles must not grow the
 * number of mappings, and RSS must stay within a small bound. No timing asserts.
 */
import { expect, test } from "bun:test";
import { dispose, fromBytes } from "../../src/ffi/callable.ts";
import { mappings } from "../memory/maps.ts";

const ADD_I32 = [0x8d, 0x04, 0x37, 0xc3]; // lea eax, [rdi+rsi]; ret
const SIG = { args: ["i32", "i32"], returns: "i32" } as const;

/** Let the GC run and the FinalizationRegistry callbacks (event-loop tasks) free code. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    Bun.gc(true);
    await Bun.sleep(10);
  }
}

test.each([true, false])("100,000 create/call/dispose cycles (direct %p): no growth in mappings, bounded RSS", async (direct) => {
  const opts = { direct };
  // warm up so the allocator's chunks and the JIT tiers exist before measuring
  for (let i = 0; i < 5_000; i++) dispose(fromBytes(ADD_I32, SIG, opts));
  await settle();
  const maps0 = mappings().length;
  const rss0 = process.memoryUsage.rss();
  let sum = 0;
  for (let i = 0; i < 100_000; i++) {
    const f = fromBytes(ADD_I32, SIG, opts);
    sum += f(i, 1);
    dispose(f);
    // direct: disposed code is freed by FinalizationRegistry tasks; give the event loop a turn now and then
    if (direct && i % 20_000 === 19_999) await settle();
  }
  await settle();
  expect(sum).toBe((100_000 * 99_999) / 2 + 100_000);
  const maps1 = mappings().length;
  const rss1 = process.memoryUsage.rss();
  expect(maps1).toBeLessThanOrEqual(maps0 + 2); // the engine may map a page or two of its own
  expect(rss1 - rss0).toBeLessThan(32 * 1024 * 1024);
}, 60_000);

test("functions dropped without dispose are reclaimed too (FinalizationRegistry)", async () => {
  for (let i = 0; i < 2_000; i++) fromBytes(ADD_I32, SIG)(1, 2);
  Bun.gc(true);
  await Bun.sleep(20);
  const maps0 = mappings().length;
  for (let round = 0; round < 5; round++) {
    for (let i = 0; i < 5_000; i++) fromBytes(ADD_I32, SIG)(i, 1);
    Bun.gc(true);
    await Bun.sleep(5);
  }
  Bun.gc(true);
  await Bun.sleep(20);
  expect(mappings().length).toBeLessThanOrEqual(maps0 + 4);
}, 60_000);
