/*
 * bench/c/tiny.c — the tiny functions of the call-overhead comparison, compiled at run time by bun:ffi's cc()
 * (TinyCC). Loaded by bench/call-cc.bench.ts (call cost) and bench/time-to-call.bench.ts (compile-to-first-call).
 * Case names match the other call suites: add_i32, add_f64, noop, sum_ptr_u32.
 */
int add_i32(int a, int b) { return (int)((unsigned)a + (unsigned)b); }
double add_f64(double a, double b) { return a + b; }
void noop(void) {}
double sum_ptr_u32(const double *p, unsigned n) {
  double s = 0;
  for (unsigned i = 0; i < n; i++) s += p[i];
  return s;
}
