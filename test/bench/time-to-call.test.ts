/**
 * test/bench/time-to-call.test.ts — correctness (never timing) of the time-to-call programs: the committed
 * bench/c/mix200.c is what bench/lib/mix200.ts generates, and every rendering (JS, WAT, C via cc) and every
 * time-to-call case computes the reference result. Run alone: bun test test/bench
 */
import { cc } from "bun:ffi";
import { describe, expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { MIX_C_PATH, MIX_OPS, mixC, mixJsBody, mixReference, mixWat } from "../../bench/lib/mix200.ts";
import { bunjitTimeToCall } from "../../bench/time-to-call/bunjit.ts";
import { competitorTimeToCall, watToBinary } from "../../bench/time-to-call/competitors.ts";

const INPUTS: [number, number][] = [[0, 0], [1, 2], [-1, 7], [123456789, -987654], [2147483647, -2147483648]];

describe("time-to-call programs", () => {
  test("bench/c/mix200.c is fresh (regenerate: bun run bench/lib/mix200.ts --write)", () => {
    expect(readFileSync(MIX_C_PATH, "utf8")).toBe(mixC());
    expect(MIX_OPS.length).toBe(200);
  });

  test("JS, WAT and C renderings of mix agree with the reference", () => {
    const js = new Function("x", "y", mixJsBody()) as (x: number, y: number) => number;
    const wasm = new WebAssembly.Instance(new WebAssembly.Module(watToBinary(mixWat())), {}).exports.mix as (x: number, y: number) => number;
    const lib = cc({ source: MIX_C_PATH, symbols: { mix: { args: ["i32", "i32"], returns: "i32" } } });
    try {
      for (const [x, y] of INPUTS) {
        const want = mixReference(x, y);
        expect(js(x, y)).toBe(want);
        expect(wasm(x, y)).toBe(want);
        expect(lib.symbols.mix(x, y)).toBe(want);
      }
    } finally {
      lib.close();
    }
  });

  test("every time-to-call total returns the reference result", () => {
    for (const c of [...competitorTimeToCall, ...bunjitTimeToCall]) {
      const r = c.run(5, 9);
      if (r === undefined) continue;
      expect(r).toBe(c.program === "add_i32" ? 14 : mixReference(5, 9));
    }
  });
});
