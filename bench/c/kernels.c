/*
 * bench/c/kernels.c — the kernel competitors in C, compiled at run time by bun:ffi's cc() (TinyCC: no
 * vectorisation, little optimisation — that is what cc() gives a Bun user). Loaded by bench/kernels/cc.ts.
 * find_u8_memchr and copy_f64_memcpy call the C library (glibc's hand-tuned SIMD), as references.
 * Conventions (see bench/kernels/spec.ts): n elements; minmax writes [min, max] to out; find returns an index or -1.
 */
#include <stdint.h>
#include <string.h>

double sum_f64(const double *x, int n) { double s = 0; for (int i = 0; i < n; i++) s += x[i]; return s; }
float sum_f32(const float *x, int n) { float s = 0; for (int i = 0; i < n; i++) s += x[i]; return s; }
int sum_i32(const int32_t *x, int n) { uint32_t s = 0; for (int i = 0; i < n; i++) s += (uint32_t)x[i]; return (int32_t)s; }

double dot_f64(const double *x, const double *y, int n) { double s = 0; for (int i = 0; i < n; i++) s += x[i] * y[i]; return s; }
float dot_f32(const float *x, const float *y, int n) { float s = 0; for (int i = 0; i < n; i++) s += x[i] * y[i]; return s; }

void saxpy_f64(double *y, const double *x, int n, double a) { for (int i = 0; i < n; i++) y[i] += a * x[i]; }
void saxpy_f32(float *y, const float *x, int n, float a) { for (int i = 0; i < n; i++) y[i] += a * x[i]; }

void minmax_f64(const double *x, int n, double *out) {
  double mn = 1.0 / 0.0, mx = -1.0 / 0.0;
  for (int i = 0; i < n; i++) { double v = x[i]; if (v < mn) mn = v; if (v > mx) mx = v; }
  out[0] = mn; out[1] = mx;
}
void minmax_f32(const float *x, int n, float *out) {
  float mn = 1.0f / 0.0f, mx = -1.0f / 0.0f;
  for (int i = 0; i < n; i++) { float v = x[i]; if (v < mn) mn = v; if (v > mx) mx = v; }
  out[0] = mn; out[1] = mx;
}
void minmax_i32(const int32_t *x, int n, int32_t *out) {
  int32_t mn = INT32_MAX, mx = INT32_MIN;
  for (int i = 0; i < n; i++) { int32_t v = x[i]; if (v < mn) mn = v; if (v > mx) mx = v; }
  out[0] = mn; out[1] = mx;
}

int find_u8(const uint8_t *x, int n, int c) { for (int i = 0; i < n; i++) if (x[i] == (uint8_t)c) return i; return -1; }
int find_u8_memchr(const uint8_t *x, int n, int c) {
  const uint8_t *r = (const uint8_t *)memchr(x, c, (size_t)n);
  return r ? (int)(r - x) : -1;
}

void copy_f64(double *dst, const double *src, int n) { for (int i = 0; i < n; i++) dst[i] = src[i]; }
void copy_f64_memcpy(double *dst, const double *src, int n) { memcpy(dst, src, (size_t)n * sizeof(double)); }
