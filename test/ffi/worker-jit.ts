/** worker-jit.ts — Worker body for workers.test.ts: creates, calls and disposes JIT'd functions, posts the checksum. */
import { dispose, fromBytes, info } from "../../src/ffi/callable.ts";

declare const self: Worker;
self.onmessage = (ev: MessageEvent<{ id: number; count: number }>) => {
  const { id, count } = ev.data;
  let sum = 0;
  const addresses = new Set<number>();
  for (let i = 0; i < count; i++) {
    // mov eax, edi; add eax, imm8 (i % 100); ret
    const f = fromBytes([0x89, 0xf8, 0x83, 0xc0, i % 100, 0xc3], { args: ["i32"], returns: "i32" });
    addresses.add(info(f).address);
    sum += f(id);
    if (i % 2 === 0) dispose(f);
  }
  self.postMessage({ id, sum, distinct: addresses.size });
};
