/**
 * debug/index.ts — seeing JIT code from outside: perf (jitdump + perf map),
 * gdb (the GDB JIT interface) and libgcc's unwinder (`__register_frame`), each
 * turned on by an API call or an environment variable read when bunjit is
 * imported: BUNJIT_PERF=1, BUNJIT_GDB=1, BUNJIT_UNWIND=1 (also "true"/"yes";
 * BUNJIT_PERF_DIR picks the jitdump's directory). A failure to turn one on
 * from the environment is reported once on stderr and does not stop the
 * program. See docs/debugging.md.
 */
import { isJitError } from "../core/errors.ts";
import { enableGdb } from "./gdb.ts";
import { enablePerf } from "./perf.ts";
import { enableUnwind } from "./unwind.ts";

export { enablePerf, disablePerf, perfOutput } from "./perf.ts";
export type { PerfOptions, PerfOutput } from "./perf.ts";
export { enableGdb, disableGdb, gdbRegistered } from "./gdb.ts";
export { enableUnwind, disableUnwind, unwindRegistered } from "./unwind.ts";

const on = (v: string | undefined) => v !== undefined && /^(1|true|yes|on)$/i.test(v.trim());

/**
 * Turn on what the environment asks for (done once when bunjit is imported).
 * @example enableFromEnvironment({ BUNJIT_PERF: "1" }) // { perf: true, gdb: false, unwind: false }
 */
export function enableFromEnvironment(env: Record<string, string | undefined> = process.env): { perf: boolean; gdb: boolean; unwind: boolean } {
  const done = { perf: false, gdb: false, unwind: false };
  const tryOn = (name: string, what: keyof typeof done, f: () => unknown) => {
    if (!on(env[name])) return;
    try {
      f();
      done[what] = true;
    } catch (e) {
      console.error(`bunjit: ${name} is set but ${what} support could not be turned on: ${isJitError(e) ? `${e.code} ${e.message}` : String(e)}`);
    }
  };
  tryOn("BUNJIT_PERF", "perf", () => enablePerf());
  tryOn("BUNJIT_GDB", "gdb", () => enableGdb());
  tryOn("BUNJIT_UNWIND", "unwind", () => enableUnwind());
  return done;
}

enableFromEnvironment();
