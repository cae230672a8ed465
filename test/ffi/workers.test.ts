/** workers.test.ts — two Workers create and call JIT'd functions at the same time, each with its own allocator. */
import { expect, test } from "bun:test";

function run(id: number, count: number): Promise<{ id: number; sum: number; distinct: number }> {
  const w = new Worker(new URL("./worker-jit.ts", import.meta.url).href);
  return new Promise((resolve, reject) => {
    w.onmessage = (ev) => {
      resolve(ev.data);
      w.terminate();
    };
    w.onerror = (e) => {
      reject(e);
      w.terminate();
    };
    w.postMessage({ id, count });
  });
}

test("two Workers JIT and call concurrently", async () => {
  const count = 5_000;
  const [a, b] = await Promise.all([run(1000, count), run(2000, count)]);
  const expected = (id: number) => {
    let s = 0;
    for (let i = 0; i < count; i++) s += id + (i % 100);
    return s;
  };
  expect(a).toMatchObject({ id: 1000, sum: expected(1000) });
  expect(b).toMatchObject({ id: 2000, sum: expected(2000) });
  expect(a.distinct).toBeGreaterThan(1);
}, 60_000);
