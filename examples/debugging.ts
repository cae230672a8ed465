/**
 * debugging.ts — a small JIT program to look at from outside (docs/debugging.md):
 * `dot` (a loop over two Float64Arrays) called many times by `dots`.
 *
 *   bun examples/debugging.ts            disassemble both functions, call them once
 *   BUNJIT_PERF=1 perf record -k 1 -g -e cpu-clock bun examples/debugging.ts 1500
 *                                        keep calling for 1.5 s (then perf inject --jit, perf report)
 *   BUNJIT_GDB=1 gdb -batch -ex run -ex bt --args bun examples/debugging.ts trap
 *                                        `dot` starts with int3: gdb stops there and names the JIT frames
 */
import { disassemble, eax, info, jit, qword, r12, r13, r14d, r15d, rax, xmm0, xmm1 } from "../src/index.ts";

const trap = process.argv[2] === "trap";
const ms = trap ? 0 : Number(process.argv[2] ?? 0);

// dot(x, y, n) = x[0]*y[0] + ... + x[n-1]*y[n-1]
const dot = jit.function({ args: ["ptr", "ptr", "u32"], returns: "f64" }, function dot(f, [x, y, n]) {
  const loop = f.label(), done = f.label();
  if (trap) f.a.int3();
  f.a.xorps(xmm0, xmm0);
  f.a.xor(eax, eax);
  f.a.test(n, n);
  f.a.jz(done);
  f.a.bind(loop);
  f.a.movsd(xmm1, qword(x, rax, 8));
  f.a.mulsd(xmm1, qword(y, rax, 8));
  f.a.addsd(xmm0, xmm1);
  f.a.inc(eax);
  f.a.cmp(eax, n);
  f.a.jb(loop);
  f.a.bind(done);
  f.ret(xmm0);
}, { frame: true }); // a frame pointer in a leaf function: perf -g then shows its caller too

// dots(x, y, n, reps): dot(x, y, n) reps times, the last result
const dots = jit.function({ args: ["ptr", "ptr", "u32", "u32"], returns: "f64" }, function dots(f, [x, y, n, reps]) {
  const loop = f.label();
  f.a.mov(r12, x); // callee-saved: the calls clobber rdi, rsi, edx, ecx
  f.a.mov(r13, y);
  f.a.mov(r14d, n);
  f.a.mov(r15d, reps);
  f.a.bind(loop);
  f.call(dot, [r12, r13, r14d]);
  f.a.dec(r15d);
  f.a.jnz(loop);
  f.ret(xmm0);
});

for (const fn of [dot, dots]) {
  const i = info(fn);
  console.log(`${i.name}: ${i.size} bytes at 0x${i.address.toString(16)} (entry 0x${i.entry.toString(16)})`);
  console.log(disassemble(i.bytes.subarray(0, i.instructionSize), { address: i.address })); // without the constant pool after the code
}
const x = new Float64Array(1000).fill(1.5), y = new Float64Array(1000).fill(2);
console.log(dots(x, y, 1000, 10)); // 3000
const until = performance.now() + ms;
while (performance.now() < until) dots(x, y, 1000, 1000);
