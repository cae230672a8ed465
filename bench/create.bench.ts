/**
 * create.bench.ts — how fast functions are made: one fromBytes call per small
 * function (W^X default), in each memory mode, against the bun:ffi CFunction()
 * floor, and the memory step alone (alloc + write + seal + free) per mode —
 * the numbers behind choosing dual mapping (docs/memory.md). Target: ≤ 5 µs per
 * fromBytes while W^X.
 *
 * Default shape (direct: the function is the CFunction): every creation makes
 * a fresh CFunction, so its cost sits just above the CFunction() floor.
 * Closure shape (direct: false), "create+dispose" churn: the allocator hands
 * back the same address and bunjit reuses the disposed CFunction for it.
 * "create, GC frees" never disposes: the FinalizationRegistry frees the code.
 *
 * Run alone: bun run bench/create.bench.ts
 */
import { CFunction, type Pointer } from "bun:ffi";
import { bench, check, do_not_optimize, finish, group, suite } from "./lib/harness.ts";
import { dispose, fromBytes } from "../src/ffi/callable.ts";
import { CodeAllocator } from "../src/memory/allocator.ts";

suite("create");

const ADD_I32 = new Uint8Array([0x8d, 0x04, 0x37, 0xc3]); // lea eax, [rdi+rsi]; ret
const SIG = { args: ["i32", "i32"], returns: "i32" } as const;
const dual = new CodeAllocator({ mode: "dual" });
const flip = new CodeAllocator({ mode: "flip" });
const rwx = new CodeAllocator({ mode: "rwx" });
const anchor = dual.alloc(4).write(ADD_I32).seal();

check("fromBytes add", fromBytes(ADD_I32, SIG)(2, 3), 5);
group("create one function", () => {
  bench("CFunction() alone (floor)", () => {
    do_not_optimize(CFunction({ ptr: anchor.address as Pointer, args: ["i32", "i32"], returns: "i32" }));
  }, { variant: "cfunction" });
  bench("fromBytes create+dispose, W^X default (dual, direct)", () => {
    const f = fromBytes(ADD_I32, SIG);
    do_not_optimize(f);
    dispose(f);
  }, { variant: "bunjit", baseline: true });
  bench("fromBytes create, GC frees, dual", () => {
    do_not_optimize(fromBytes(ADD_I32, SIG, { allocator: dual }));
  });
  bench("fromBytes create+dispose, closure shape (direct: false), dual", () => {
    const f = fromBytes(ADD_I32, SIG, { direct: false });
    do_not_optimize(f);
    dispose(f);
  });
  bench("fromBytes create+dispose, flip (mprotect)", () => {
    const f = fromBytes(ADD_I32, SIG, { allocator: flip });
    do_not_optimize(f);
    dispose(f);
  });
  bench("fromBytes create+dispose, rwx (insecure)", () => {
    const f = fromBytes(ADD_I32, SIG, { allocator: rwx });
    do_not_optimize(f);
    dispose(f);
  });
});

group("memory step only", () => {
  for (const [name, a] of [["dual", dual], ["flip", flip], ["rwx", rwx]] as const) {
    bench(`memory only: alloc+write+seal+free, ${name}`, () => {
      const b = a.alloc(4).write(ADD_I32).seal();
      do_not_optimize(b);
      a.free(b);
    });
  }
});

await finish();
