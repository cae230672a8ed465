/**
 * printf.ts — `bun run examples/printf.ts`: JIT code calling C's variadic
 * printf with ints, doubles and strings. The builder sets al to the number of
 * vector registers used (System V variadic rule) and keeps rsp 16-byte
 * aligned at the call (glibc's printf saves xmm registers with aligned stores).
 */
import { jit, native, r12d } from "../src/index.ts";

const printf = native("printf", { args: ["ptr"], returns: "i32", variadic: true });
const fflush = native("fflush", { args: ["ptr"], returns: "i32" });

// void report(int32_t i, double x, int64_t n, double y)
using report = jit.function({ args: ["i32", "f64", "i64", "f64"], returns: "i32" }, (f, [i, x, n, y]) => {
  const r = f.call(printf, [f.cstring("from JIT: i=%d x=%.4f n=%ld y=%g %s\n"), i, x, n, y, f.cstring("(C strings live in the code)")]);
  f.a.mov(r12d, r); // the count printed, kept across the next call in a callee-saved register
  f.call(fflush, [0]); // flush C's stdout before JS writes to it
  f.ret(r12d);
});

// without a signature the argument types come from the operands: xmm → double, 32-bit register → int
using square = jit.function({ args: ["f64", "i32"], returns: "void" }, (f, [x, k]) => {
  f.call("printf", [f.cstring("untyped call: %d squared is about %.2f\n"), k, x]);
  f.call("fflush", [0]);
});

const count = report(7, Math.PI, 2n ** 40n, 6.02e23);
console.log(`printf returned ${count}`);
square(2.0001 ** 2, 2);

