/**
 * qsort.ts — `bun run examples/qsort.ts`: a comparator for doubles JIT'd with
 * the function builder and handed to libc's qsort (native code calling
 * native code, no JS in the loop), against Float64Array.prototype.sort and
 * Array.prototype.sort with a JS comparator. Prints the timings.
 */
import { al, cl, eax, ecx, jit, native, qword, xmm0 } from "../src/index.ts";

// int cmp(const double *a, const double *b) { return (*a > *b) - (*a < *b); }
using cmp = jit.function({ args: ["ptr", "ptr"], returns: "i32" }, (f, [a, b]) => {
  f.a.movsd(xmm0, qword(a));
  f.a.xor(eax, eax);
  f.a.xor(ecx, ecx);
  f.a.ucomisd(xmm0, qword(b));
  f.a.seta(al);
  f.a.setb(cl);
  f.a.sub(eax, ecx);
  f.ret(eax);
});

// void sort(double *p, size_t n) { qsort(p, n, 8, cmp); }
const qsort = native("qsort", { args: ["ptr", "u64", "u64", "ptr"], returns: "void" });
using sort = jit.function({ args: ["ptr", "u32"], returns: "void" }, (f, [p, n]) => {
  f.call(qsort, [p, n, 8, cmp]); // the comparator by address; sort keeps it alive
});

const N = 1_000_000;
const data = Float64Array.from({ length: N }, () => Math.random() * 1e6 - 5e5);
const time = (name: string, fn: () => void) => {
  const t = performance.now();
  fn();
  console.log(`${name.padEnd(44)} ${(performance.now() - t).toFixed(1).padStart(8)} ms`);
};

const a = data.slice(), b = data.slice(), c = Array.from(data);
time("qsort + JIT comparator (Float64Array)", () => sort(a, N));
time("Float64Array.prototype.sort (native)", () => b.sort());
time("Array.prototype.sort((x, y) => x - y)", () => c.sort((x, y) => x - y));

for (let i = 0; i < N; i++) if (a[i] !== b[i] || a[i] !== c[i]) throw new Error(`mismatch at ${i}`);
console.log(`all three agree on ${N.toLocaleString()} doubles`);
