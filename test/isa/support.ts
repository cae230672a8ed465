/**
 * support.ts — shared pieces of the per-extension execution tests: which
 * features this CPU has (tests skip with a printed reason when it lacks
 * one), a seeded random source whose seed is printed, and JIT-compiling a
 * small kernel that takes pointers. No instruction knowledge here.
 */
import { test } from "bun:test";
import { compile } from "../../src/compile.ts";
import { cpu } from "../../src/host-cpu.ts";
import type { CpuFeature } from "../../src/x64/cpu-features.ts";
import type { Assembler } from "../../src/x64/assembler.ts";

/** `test` when the CPU has every feature, else a skipped test whose reason is printed once. */
export function testWith(features: readonly CpuFeature[], name: string, fn: () => void | Promise<void>): void {
  const missing = features.filter((f) => !cpu.has(f));
  if (missing.length === 0) test(name, fn);
  else {
    console.log(`skipped "${name}": this CPU lacks ${missing.join(", ")}`);
    test.skip(`${name} (this CPU lacks ${missing.join(", ")})`, fn);
  }
}

/** A seeded xorshift32 random source; the seed comes from ISA_SEED or the clock, and is printed. */
export function seededRandom(label: string): { seed: number; u32(): number; byte(): number } {
  const seed = Number(process.env.ISA_SEED ?? (Date.now() % 0x7fffffff)) >>> 0 || 1;
  console.log(`${label}: seed ${seed} (ISA_SEED=${seed} to repeat)`);
  let s = seed;
  const u32 = () => {
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    return s;
  };
  return { seed, u32, byte: () => u32() & 0xff };
}

/** Compile a kernel `void f(p0, p1, p2, p3)` over pointers (rdi, rsi, rdx, rcx), run it once and free it. */
export function runKernel(build: (a: Assembler) => void, ...buffers: ArrayBufferView[]): void {
  const f = compile({ args: ["ptr", "ptr", "ptr", "ptr"], returns: "void" }, (a) => {
    build(a);
    a.ret();
  });
  try {
    const ps = [...buffers];
    while (ps.length < 4) ps.push(new Uint8Array(64));
    (f as unknown as (...a: ArrayBufferView[]) => void)(...ps);
  } finally {
    f[Symbol.dispose]();
  }
}
