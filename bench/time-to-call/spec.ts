/**
 * bench/time-to-call/spec.ts — the shape of a time-to-call case, shared by the competitors
 * (./competitors.ts) and bunjit's rows (./bunjit.ts). Timed by bench/time-to-call.bench.ts.
 */

/** The programs: the tiny `add_i32(x, y)` and the ~200-operation `mix(x, y)` of bench/lib/mix200.ts. */
export type TtcProgram = "add_i32" | "mix200";

export interface TtcCase {
  program: TtcProgram;
  /** Row name: "<who> total" for nothing → first call result → released, or "<who>: <phase>" for one phase. */
  name: string;
  /**
   * Does the measured path once. A total returns the new function's result for (x, y) (checked against the
   * reference before timing); a phase that makes no call returns undefined. Must release what it creates
   * (close, dispose, unmap) unless the release is what another phase row measures.
   */
  run(x: number, y: number): number | undefined;
}
