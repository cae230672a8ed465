/**
 * bench/kernels.bench.ts — numeric kernels over typed arrays: sum, dot, saxpy (y += a·x), min/max, byte search
 * (memchr-like) and a copy loop (the memory-bandwidth reference), each as plain JS, WebAssembly scalar and SIMD128,
 * bun:ffi cc (TinyCC), and bunjit's variants as they land (bench/kernels/bunjit.ts). One group per
 * kernel × element type × size ("sum f64 64K"); one case per variant, baseline "js". Every variant's result is
 * checked against the JS reference before it is timed (a wrong result fails the suite).
 *
 * Run alone:  bun run bench/kernels.bench.ts            (or: bun run bench kernels)
 * Knobs (environment):
 *   BUNJIT_BENCH_SIZES=1K,64K,4M      sizes in elements (default all three; any integer works too, e.g. 1000)
 *   BUNJIT_BENCH_KERNELS=sum,dot      kernels (sum, dot, saxpy, minmax, find, copy; default all)
 *   BUNJIT_BENCH_DTYPES=f64           element types (f64, f32, i32, u8; default all)
 *   BUNJIT_BENCH_VARIANTS=js,wasm-simd  variants (default all)
 *   BUNJIT_BENCH_CASES=<regex>        on "<group> <variant>", e.g. 'sum f64 64K (js|wasm)'
 * Inputs are built inside each case (a generator body), so a 4M case holds only its own arrays.
 */
import { bench, finish, group, skip, suite, timed, wanted } from "./lib/harness.ts";
import {
  COMBOS,
  type KernelInput,
  SIZES,
  bytesTouched,
  checkResult,
  makeInput,
  reference,
  variantsOf,
} from "./kernels/registry.ts";

suite("kernels");

const list = (name: string) =>
  process.env[name]
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean) ?? null;

const sizeNames = list("BUNJIT_BENCH_SIZES") ?? Object.keys(SIZES);
const kernels = list("BUNJIT_BENCH_KERNELS");
const dtypes = list("BUNJIT_BENCH_DTYPES");
const onlyVariants = list("BUNJIT_BENCH_VARIANTS");

const sizeOf = (s: string): number => {
  const n = SIZES[s] ?? Number(s);
  if (!Number.isInteger(n) || n < 0) throw new Error(`BUNJIT_BENCH_SIZES: bad size "${s}"`);
  return n;
};

if (sizeNames.length === 0) throw new Error("BUNJIT_BENCH_SIZES: no size given");

for (const sizeName of sizeNames) {
  const n = sizeOf(sizeName);
  for (const { kernel, dtype } of COMBOS) {
    if (kernels && !kernels.includes(kernel)) continue;
    if (dtypes && !dtypes.includes(dtype)) continue;
    const groupName = `${kernel} ${dtype} ${sizeName}`;
    // The reference answer, computed once per group on first use (from its own pristine input).
    let want: ReturnType<typeof reference> | null = null;
    const expected = () => (want ??= reference(makeInput(kernel, dtype, n)));
    group(groupName, () => {
      for (const v of variantsOf(kernel, dtype)) {
        if (onlyVariants && !onlyVariants.includes(v.variant)) continue;
        if (!wanted(groupName, v.variant)) continue;
        const why = v.unavailable?.() ?? null;
        if (why !== null) {
          skip(v.variant, why);
          continue;
        }
        bench(
          v.variant,
          function* () {
            let input: KernelInput | null = makeInput(kernel, dtype, n);
            const fn = v.make(input);
            checkResult(`${groupName} ${v.variant}`, input, fn(), expected());
            input = null; // the variant keeps what it needs
            yield timed(fn);
          },
          {
            variant: v.variant,
            baseline: v.variant === "js",
            kernel,
            dtype,
            n,
            size: sizeName,
            bytes: bytesTouched(kernel, dtype, n),
          },
        );
      }
    });
  }
}

await finish();
