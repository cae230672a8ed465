/**
 * callback.ts — `bun run examples/callback.ts`: a JIT'd loop that calls a
 * JavaScript function for every element of a Float64Array (through a bun:ffi
 * JSCallback the function owns), and uses the values the callback returns.
 */
import { ebx, jit, qword, r12, r13d, rbx, xmm0 } from "../src/index.ts";

// double mapSum(double *xs, uint32_t n) { double s = 0; for (i = 0; i < n; i++) s += fn(xs[i], i); return s; }
const log: string[] = [];
using mapSum = jit.function({ args: ["ptr", "u32"], returns: "f64" }, (f, [xs, n]) => {
  const fn = f.callback((x: number, i: number) => {
    log.push(`fn(${x}, ${i})`);
    return x * x;
  }, { args: ["f64", "u32"], returns: "f64" });
  const sum = f.local(8); // calls clobber xmm0-15: keep the sum in memory
  const loop = f.label("loop"), done = f.label("done");
  // values that must survive the calls live in callee-saved registers (saved by the prologue)
  f.a.mov(r12, xs);
  f.a.mov(r13d, n);
  f.a.xor(ebx, ebx);
  f.a.mov(sum, 0);
  f.a.test(r13d, r13d);
  f.a.jz(done);
  f.a.bind(loop);
  f.call(fn, [qword(r12, rbx, 8), ebx]); // result in xmm0
  f.a.addsd(xmm0, sum);
  f.a.movsd(sum, xmm0);
  f.a.inc(ebx);
  f.a.cmp(ebx, r13d);
  f.a.jb(loop);
  f.a.bind(done);
  f.ret(sum);
});

console.log("sum of squares:", mapSum(new Float64Array([1, 2, 3, 4]), 4));
console.log("calls seen by JS:", log.join(", "));
