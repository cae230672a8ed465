/** source-lines.ts — stub. */
import type { CodeRecord } from "../ffi/lifetime.ts";
import type { DebugEntry } from "./jitdump.ts";
export function sourceLinesOf(_r: CodeRecord): DebugEntry[] | null {
  return null;
}
