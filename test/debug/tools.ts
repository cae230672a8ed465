/** tools.ts — test helper (not a test file): which outside tools (gdb, perf, readelf) this machine has, and running them. */
import { spawnSync } from "bun";

/** The tool's path, or null when it is not installed. */
export function which(tool: string): string | null {
  return Bun.which(tool);
}

/** Run a command; stdout + stderr as text, the exit code. */
export function run(cmd: string[], env: Record<string, string | undefined> = {}, timeoutMs = 120_000): { code: number | null; out: string; err: string } {
  const p = spawnSync(cmd, { env: { ...process.env, ...env }, stdout: "pipe", stderr: "pipe", timeout: timeoutMs });
  return { code: p.exitCode, out: p.stdout.toString(), err: p.stderr.toString() };
}

/**
 * Why perf cannot sample this process here, or null when it can: not installed, or the
 * kernel forbids it (perf_event_paranoid, a container without perf_event_open).
 */
export function perfUnavailable(): string | null {
  if (which("perf") === null) return "perf is not installed (Debian: apt-get install linux-perf)";
  const r = run(["perf", "stat", "-e", "cpu-clock", "-x", ",", "--", "true"]);
  if (r.code !== 0) return `the kernel forbids perf here: ${r.err.trim().split("\n").slice(0, 3).join(" / ")}`;
  return null;
}
