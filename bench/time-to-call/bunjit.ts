/**
 * bench/time-to-call/bunjit.ts — extension point for bunjit's time-to-call rows (issue 6 part 5): for add_i32 and
 * mix200 (bench/lib/mix200.ts has the operation list to render as instructions), a "bunjit total" row (nothing →
 * first call result → released) and phase rows ("bunjit: assemble", "bunjit: place", "bunjit: wrap",
 * "bunjit: first call", "bunjit: release"). bench/time-to-call.bench.ts times every entry of this list next to the
 * competitors, with no other change. Shape: `TtcCase` in ./spec.ts, e.g.
 *
 *   { program: "add_i32", name: "bunjit total",
 *     run: (x, y) => { const f = compile({ args: ["i32", "i32"], returns: "i32" }, (a) => { ... });
 *                      const r = f(x, y); dispose(f); return r; } }
 *
 * Empty today: bunjit's rows are added by the assembler/foundation work.
 */
import type { TtcCase } from "./spec.ts";

export const bunjitTimeToCall: TtcCase[] = [];
