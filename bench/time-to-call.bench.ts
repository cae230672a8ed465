/**
 * bench/time-to-call.bench.ts — time from nothing to a first call result, for a tiny function (add_i32) and a
 * ~200-operation one (mix200, bench/lib/mix200.ts): bun:ffi cc (TinyCC), WebAssembly (from WAT and from binary,
 * with its phases split), JS `new Function`, and bunjit's rows from bench/time-to-call/bunjit.ts (total and per
 * phase: assemble, place, wrap, first call, release) as they land. Every total is checked against the reference
 * result before it is timed. One group per program ("tiny (add_i32)", "mix200 (~200 operations)"); baseline "js total (new Function)".
 *
 * Run alone: bun run bench/time-to-call.bench.ts        Knobs: BUNJIT_BENCH_CASES=<regex> (e.g. 'mix200 wasm')
 * cc() rows compile C every iteration (~1 ms each), so this suite takes a few seconds per cc row.
 */
import { mixReference } from "./lib/mix200.ts";
import { bench, check, finish, group, suite, timed } from "./lib/harness.ts";
import { bunjitTimeToCall } from "./time-to-call/bunjit.ts";
import { competitorTimeToCall } from "./time-to-call/competitors.ts";
import type { TtcProgram } from "./time-to-call/spec.ts";

suite("time-to-call");

const X = 123456789;
const Y = -987654;
const REFERENCE: Record<TtcProgram, number> = { add_i32: (X + Y) | 0, mix200: mixReference(X, Y) };

const all = [...competitorTimeToCall, ...bunjitTimeToCall];
const GROUP: Record<TtcProgram, string> = { add_i32: "tiny (add_i32)", mix200: "mix200 (~200 operations)" };
for (const program of ["add_i32", "mix200"] as const) {
  group(GROUP[program], () => {
    for (const c of all.filter((c) => c.program === program)) {
      const r = c.run(X, Y);
      if (r !== undefined) check(`${program} ${c.name}`, r, REFERENCE[program]);
      bench(c.name, timed(() => c.run(X, Y)), {
        variant: c.name,
        baseline: c.name === "js total (new Function)",
        phase: c.name.includes(":"),
      });
    }
  });
}

await finish();
