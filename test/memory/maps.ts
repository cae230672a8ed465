/** maps.ts — test helper: reads /proc/self/maps (Linux) to check page protections. Not a test file. */
import { readFileSync } from "node:fs";

export interface Mapping {
  start: number;
  end: number;
  /** e.g. "r-xs", "rw-p" */
  perms: string;
  name: string;
}

export function mappings(): Mapping[] {
  return readFileSync("/proc/self/maps", "utf8")
    .trim()
    .split("\n")
    .map((line) => {
      const [range = "", perms = "", , , , ...rest] = line.split(/\s+/);
      const [s = "0", e = "0"] = range.split("-");
      return { start: parseInt(s, 16), end: parseInt(e, 16), perms, name: rest.join(" ") };
    });
}

/** The mapping that contains `address`, if any. */
export function mappingOf(address: number): Mapping | undefined {
  return mappings().find((m) => m.start <= address && address < m.end);
}

/** Mappings that are both writable and executable. */
export function writableAndExecutable(): Mapping[] {
  return mappings().filter((m) => m.perms[1] === "w" && m.perms[2] === "x");
}
