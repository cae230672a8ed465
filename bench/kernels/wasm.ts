/**
 * bench/kernels/wasm.ts — the WebAssembly kernel competitors, written as WAT here and compiled at run time with
 * the `wabt` npm package: "wasm" (scalar: one element per step, as a plain compiler would emit) and "wasm-simd"
 * (SIMD128: four vector accumulators per loop step to hide latency, then a one-vector loop, then a scalar tail;
 * f64x2.pmin/pmax, which map to minpd/maxpd; find compares 64 bytes per step like memchr).
 * copy: "wasm" is `memory.copy` (bulk memory, the engine's memmove), "wasm-simd" a v128 load/store loop.
 *
 * Data lives in the instance's linear memory: `make` copies the input in (untimed, as a real program would have to)
 * and the timed closure calls the export with offsets. Result layout: out (16 bytes) at 0, x at 64, y after x.
 * The generated text is exported (`watSource`) so tests and curious readers can print it. No knobs.
 */
import wabtInit from "wabt";
import { BYTES, type Dtype, type KernelName, type KernelVariant, freshCall } from "./spec.ts";

type Num = "f64" | "f32" | "i32";
interface T {
  t: Num;
  size: number;
  shift: number;
  vec: string;
  lanes: number;
  float: boolean;
}
const TYPES: Record<Num, T> = {
  f64: { t: "f64", size: 8, shift: 3, vec: "f64x2", lanes: 2, float: true },
  f32: { t: "f32", size: 4, shift: 2, vec: "f32x4", lanes: 4, float: true },
  i32: { t: "i32", size: 4, shift: 2, vec: "i32x4", lanes: 4, float: false },
};

const get = (l: string) => `(local.get $${l})`;
const set = (l: string, v: string) => `(local.set $${l} ${v})`;
const addp = (l: string, k: number) => set(l, `(i32.add ${get(l)} (i32.const ${k}))`);
/** `while (p + step <= end) { body }` with a top test (handles end < step without unsigned wrap issues at our offsets). */
const whileRoom = (id: string, step: number, body: string) =>
  `(block $${id}_d (loop $${id}_l (br_if $${id}_d (i32.gt_u (i32.add ${get("p")} (i32.const ${step})) ${get("end")})) ${body} (br $${id}_l)))`;
const lt = (T: T) => (T.float ? `${T.t}.lt` : "i32.lt_s");
const gt = (T: T) => (T.float ? `${T.t}.gt` : "i32.gt_s");
const vmin = (T: T) => (T.float ? `${T.vec}.pmin` : "i32x4.min_s");
const vmax = (T: T) => (T.float ? `${T.vec}.pmax` : "i32x4.max_s");
const lane = (T: T, v: string, i: number) => `(${T.vec}.extract_lane ${i} ${v})`;
const minInit = (T: T) => (T.float ? `(${T.t}.const inf)` : "(i32.const 2147483647)");
const maxInit = (T: T) => (T.float ? `(${T.t}.const -inf)` : "(i32.const -2147483648)");
const endOf = (T: T) => set("end", `(i32.add ${get("p")} (i32.shl ${get("n")} (i32.const ${T.shift})))`);
const sel = (a: string, b: string, cond: string) => `(select ${a} ${b} ${cond})`;

function scalarModule(): string {
  const fns: string[] = [];
  for (const T of Object.values(TYPES)) {
    const { t, size } = T;
    fns.push(`(func (export "sum_${t}") (param $p i32) (param $n i32) (result ${t}) (local $end i32) (local $s ${t})
      ${endOf(T)}
      ${whileRoom("a", size, `${set("s", `(${t}.add ${get("s")} (${t}.load ${get("p")}))`)} ${addp("p", size)}`)}
      ${get("s")})`);
    fns.push(`(func (export "minmax_${t}") (param $p i32) (param $n i32) (param $out i32) (local $end i32) (local $v ${t}) (local $mn ${t}) (local $mx ${t})
      ${endOf(T)} ${set("mn", minInit(T))} ${set("mx", maxInit(T))}
      ${whileRoom("a", size, `${set("v", `(${t}.load ${get("p")})`)}
        ${set("mn", sel(get("v"), get("mn"), `(${lt(T)} ${get("v")} ${get("mn")})`))}
        ${set("mx", sel(get("v"), get("mx"), `(${gt(T)} ${get("v")} ${get("mx")})`))} ${addp("p", size)}`)}
      (${t}.store ${get("out")} ${get("mn")}) (${t}.store offset=${size} ${get("out")} ${get("mx")}))`);
    if (!T.float) continue;
    fns.push(`(func (export "dot_${t}") (param $p i32) (param $q i32) (param $n i32) (result ${t}) (local $end i32) (local $s ${t})
      ${endOf(T)}
      ${whileRoom("a", size, `${set("s", `(${t}.add ${get("s")} (${t}.mul (${t}.load ${get("p")}) (${t}.load ${get("q")})))`)} ${addp("p", size)} ${addp("q", size)}`)}
      ${get("s")})`);
    // saxpy(y, x, n, a): p walks x, q walks y
    fns.push(`(func (export "saxpy_${t}") (param $q i32) (param $p i32) (param $n i32) (param $a ${t}) (local $end i32)
      ${endOf(T)}
      ${whileRoom("a", size, `(${t}.store ${get("q")} (${t}.add (${t}.load ${get("q")}) (${t}.mul ${get("a")} (${t}.load ${get("p")})))) ${addp("p", size)} ${addp("q", size)}`)})`);
  }
  fns.push(`(func (export "find_u8") (param $p i32) (param $n i32) (param $c i32) (result i32) (local $end i32) (local $base i32)
    ${set("base", get("p"))} ${set("end", `(i32.add ${get("p")} ${get("n")})`)}
    ${whileRoom("a", 1, `(if (i32.eq (i32.load8_u ${get("p")}) ${get("c")}) (then (return (i32.sub ${get("p")} ${get("base")})))) ${addp("p", 1)}`)}
    (i32.const -1))`);
  fns.push(`(func (export "copy_f64") (param $d i32) (param $s i32) (param $n i32)
    (memory.copy ${get("d")} ${get("s")} (i32.shl ${get("n")} (i32.const 3))))`);
  return `(module (memory (export "mem") 1)\n${fns.join("\n")})`;
}

function simdModule(): string {
  const fns: string[] = [];
  const v = (k: number) => `(v128.load offset=${k * 16} ${get("p")})`;
  const w = (k: number) => `(v128.load offset=${k * 16} ${get("q")})`;
  for (const T of Object.values(TYPES)) {
    const { t, size, vec, lanes } = T;
    const add = `${vec}.add`;
    const mul = `${vec}.mul`;
    const hsum = (x: string) => Array.from({ length: lanes }, (_, i) => lane(T, x, i)).reduce((a, b) => `(${t}.add ${a} ${b})`);
    const accs = "(local $a0 v128) (local $a1 v128) (local $a2 v128) (local $a3 v128)";
    const zero = [0, 1, 2, 3].map((i) => set(`a${i}`, "(v128.const i64x2 0 0)")).join(" ");
    const fold = set("a0", `(${add} (${add} ${get("a0")} ${get("a1")}) (${add} ${get("a2")} ${get("a3")}))`);
    // sum
    fns.push(`(func (export "sum_${t}") (param $p i32) (param $n i32) (result ${t}) (local $end i32) (local $s ${t}) ${accs}
      ${endOf(T)} ${zero}
      ${whileRoom("v4", 64, [0, 1, 2, 3].map((k) => set(`a${k}`, `(${add} ${get(`a${k}`)} ${v(k)})`)).join(" ") + " " + addp("p", 64))}
      ${fold}
      ${whileRoom("v1", 16, `${set("a0", `(${add} ${get("a0")} ${v(0)})`)} ${addp("p", 16)}`)}
      ${set("s", hsum(get("a0")))}
      ${whileRoom("s1", size, `${set("s", `(${t}.add ${get("s")} (${t}.load ${get("p")}))`)} ${addp("p", size)}`)}
      ${get("s")})`);
    // minmax: two min and two max accumulators, 32 bytes per step
    const splatMin = set("a0", `(${vec}.splat ${minInit(T)})`) + set("a1", get("a0"));
    const splatMax = set("a2", `(${vec}.splat ${maxInit(T)})`) + set("a3", get("a2"));
    fns.push(`(func (export "minmax_${t}") (param $p i32) (param $n i32) (param $out i32) (local $end i32) (local $x ${t}) (local $mn ${t}) (local $mx ${t}) (local $b0 v128) (local $b1 v128) ${accs}
      ${endOf(T)} ${splatMin} ${splatMax}
      ${whileRoom("v2", 32, `${set("b0", v(0))} ${set("b1", v(1))}
        ${set("a0", `(${vmin(T)} ${get("a0")} ${get("b0")})`)} ${set("a1", `(${vmin(T)} ${get("a1")} ${get("b1")})`)}
        ${set("a2", `(${vmax(T)} ${get("a2")} ${get("b0")})`)} ${set("a3", `(${vmax(T)} ${get("a3")} ${get("b1")})`)} ${addp("p", 32)}`)}
      ${set("a0", `(${vmin(T)} ${get("a0")} ${get("a1")})`)} ${set("a2", `(${vmax(T)} ${get("a2")} ${get("a3")})`)}
      ${whileRoom("v1", 16, `${set("b0", v(0))} ${set("a0", `(${vmin(T)} ${get("a0")} ${get("b0")})`)} ${set("a2", `(${vmax(T)} ${get("a2")} ${get("b0")})`)} ${addp("p", 16)}`)}
      ${set("mn", lane(T, get("a0"), 0))} ${set("mx", lane(T, get("a2"), 0))}
      ${Array.from({ length: lanes - 1 }, (_, i) => {
        const a = lane(T, get("a0"), i + 1);
        const b = lane(T, get("a2"), i + 1);
        return `${set("x", a)} ${set("mn", sel(get("x"), get("mn"), `(${lt(T)} ${get("x")} ${get("mn")})`))} ${set("x", b)} ${set("mx", sel(get("x"), get("mx"), `(${gt(T)} ${get("x")} ${get("mx")})`))}`;
      }).join(" ")}
      ${whileRoom("s1", size, `${set("x", `(${t}.load ${get("p")})`)}
        ${set("mn", sel(get("x"), get("mn"), `(${lt(T)} ${get("x")} ${get("mn")})`))}
        ${set("mx", sel(get("x"), get("mx"), `(${gt(T)} ${get("x")} ${get("mx")})`))} ${addp("p", size)}`)}
      (${t}.store ${get("out")} ${get("mn")}) (${t}.store offset=${size} ${get("out")} ${get("mx")}))`);
    if (!T.float) continue;
    // dot: p walks x, q walks y
    fns.push(`(func (export "dot_${t}") (param $p i32) (param $q i32) (param $n i32) (result ${t}) (local $end i32) (local $s ${t}) ${accs}
      ${endOf(T)} ${zero}
      ${whileRoom("v4", 64, [0, 1, 2, 3].map((k) => set(`a${k}`, `(${add} ${get(`a${k}`)} (${mul} ${v(k)} ${w(k)}))`)).join(" ") + " " + addp("p", 64) + " " + addp("q", 64))}
      ${fold}
      ${whileRoom("v1", 16, `${set("a0", `(${add} ${get("a0")} (${mul} ${v(0)} ${w(0)}))`)} ${addp("p", 16)} ${addp("q", 16)}`)}
      ${set("s", hsum(get("a0")))}
      ${whileRoom("s1", size, `${set("s", `(${t}.add ${get("s")} (${t}.mul (${t}.load ${get("p")}) (${t}.load ${get("q")})))`)} ${addp("p", size)} ${addp("q", size)}`)}
      ${get("s")})`);
    // saxpy(y, x, n, a): q walks y, p walks x; 4 vectors per step
    const st = (k: number) => `(v128.store offset=${k * 16} ${get("q")} (${add} ${w(k)} (${mul} ${get("va")} ${v(k)})))`;
    fns.push(`(func (export "saxpy_${t}") (param $q i32) (param $p i32) (param $n i32) (param $a ${t}) (local $end i32) (local $va v128)
      ${endOf(T)} ${set("va", `(${vec}.splat ${get("a")})`)}
      ${whileRoom("v4", 64, `${[0, 1, 2, 3].map(st).join(" ")} ${addp("p", 64)} ${addp("q", 64)}`)}
      ${whileRoom("v1", 16, `${st(0)} ${addp("p", 16)} ${addp("q", 16)}`)}
      ${whileRoom("s1", size, `(${t}.store ${get("q")} (${t}.add (${t}.load ${get("q")}) (${t}.mul ${get("a")} (${t}.load ${get("p")})))) ${addp("p", size)} ${addp("q", size)}`)})`);
  }
  // find: 64 bytes per step (OR of four compares), then 16-byte steps locate the hit, then bytes
  const eq = (k: number) => `(i8x16.eq ${v(k)} ${get("vc")})`;
  fns.push(`(func (export "find_u8") (param $p i32) (param $n i32) (param $c i32) (result i32) (local $end i32) (local $base i32) (local $vc v128) (local $m i32)
    ${set("base", get("p"))} ${set("end", `(i32.add ${get("p")} ${get("n")})`)} ${set("vc", `(i8x16.splat ${get("c")})`)}
    (block $v4_d (loop $v4_l
      (br_if $v4_d (i32.gt_u (i32.add ${get("p")} (i32.const 64)) ${get("end")}))
      (br_if $v4_d (v128.any_true (v128.or (v128.or ${eq(0)} ${eq(1)}) (v128.or ${eq(2)} ${eq(3)}))))
      ${addp("p", 64)} (br $v4_l)))
    ${whileRoom("v1", 16, `${set("m", `(i8x16.bitmask ${eq(0)})`)}
      (if ${get("m")} (then (return (i32.add (i32.sub ${get("p")} ${get("base")}) (i32.ctz ${get("m")}))))) ${addp("p", 16)}`)}
    ${whileRoom("s1", 1, `(if (i32.eq (i32.load8_u ${get("p")}) ${get("c")}) (then (return (i32.sub ${get("p")} ${get("base")})))) ${addp("p", 1)}`)}
    (i32.const -1))`);
  // copy(dst, src, n): q walks dst, p walks src
  const cp = (k: number) => `(v128.store offset=${k * 16} ${get("q")} ${v(k)})`;
  fns.push(`(func (export "copy_f64") (param $q i32) (param $p i32) (param $n i32) (local $end i32)
    ${endOf(TYPES.f64)}
    ${whileRoom("v4", 64, `${[0, 1, 2, 3].map(cp).join(" ")} ${addp("p", 64)} ${addp("q", 64)}`)}
    ${whileRoom("v1", 16, `${cp(0)} ${addp("p", 16)} ${addp("q", 16)}`)}
    ${whileRoom("s1", 8, `(f64.store ${get("q")} (f64.load ${get("p")})) ${addp("p", 8)} ${addp("q", 8)}`)})`);
  return `(module (memory (export "mem") 1)\n${fns.join("\n")})`;
}

/** The WAT text of both modules. */
export const watSource = { scalar: scalarModule(), simd: simdModule() };

const wabt = await wabtInit();
function compile(name: string, text: string): WebAssembly.Module {
  const mod = wabt.parseWat(`${name}.wat`, text, { simd: true, bulk_memory: true });
  try {
    mod.resolveNames();
    mod.validate();
    return new WebAssembly.Module(mod.toBinary({}).buffer);
  } finally {
    mod.destroy();
  }
}

/** Compiled once per process; every make() instantiates afresh with its own memory. */
export const wasmModules = { scalar: compile("kernels-scalar", watSource.scalar), simd: compile("kernels-simd", watSource.simd) };

type Exports = Record<string, (...args: number[]) => number>;

function instantiate(which: "scalar" | "simd", bytes: number): { ex: Exports; mem: WebAssembly.Memory } {
  const inst = new WebAssembly.Instance(wasmModules[which], {});
  const mem = inst.exports.mem as WebAssembly.Memory;
  const need = Math.ceil(bytes / 65536) - mem.buffer.byteLength / 65536;
  if (need > 0) mem.grow(need);
  return { ex: inst.exports as unknown as Exports, mem };
}

const align64 = (k: number) => Math.ceil(k / 64) * 64;

function viewOf(dtype: Dtype, buf: ArrayBuffer, off: number, n: number) {
  switch (dtype) {
    case "f64":
      return new Float64Array(buf, off, n);
    case "f32":
      return new Float32Array(buf, off, n);
    case "i32":
      return new Int32Array(buf, off, n);
    case "u8":
      return new Uint8Array(buf, off, n);
  }
}

function variant(kernel: KernelName, dtype: Dtype, which: "scalar" | "simd"): KernelVariant {
  return {
    kernel,
    dtype,
    variant: which === "scalar" ? "wasm" : "wasm-simd",
    make(input) {
      const { n } = input;
      const nb = BYTES[dtype] * n;
      const px = 64;
      const py = px + align64(nb);
      const { ex, mem } = instantiate(which, py + align64(nb) + 64);
      const buf = mem.buffer as ArrayBuffer;
      viewOf(dtype, buf, px, n).set(input.x);
      if (input.y) viewOf(dtype, buf, py, n).set(input.y);
      const f = ex[`${kernel}_${dtype}`];
      if (!f) throw new Error(`wasm kernels: no export ${kernel}_${dtype}`);
      switch (kernel) {
        case "sum":
          return freshCall(f, [px, n]);
        case "dot":
          return freshCall(f, [px, py, n]);
        case "saxpy":
          return freshCall(f, [py, px, n, input.a], viewOf(dtype, buf, py, n));
        case "minmax":
          return freshCall(f, [px, n, 0], viewOf(dtype, buf, 0, 2));
        case "find":
          return freshCall(f, [px, n, input.needle]);
        case "copy":
          return freshCall(f, [py, px, n], viewOf(dtype, buf, py, n));
      }
    },
  };
}

const combos: [KernelName, Dtype][] = [
  ["sum", "f64"], ["sum", "f32"], ["sum", "i32"], ["dot", "f64"], ["dot", "f32"], ["saxpy", "f64"], ["saxpy", "f32"],
  ["minmax", "f64"], ["minmax", "f32"], ["minmax", "i32"], ["find", "u8"], ["copy", "f64"],
];

export const wasmKernels: KernelVariant[] = combos.flatMap(([k, d]) => [variant(k, d, "scalar"), variant(k, d, "simd")]);
