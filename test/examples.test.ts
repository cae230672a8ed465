/**
 * examples.test.ts — every runnable program in examples/ (the README's quick
 * start and demo among them) runs to completion in a child process.
 */
import { expect, test } from "bun:test";
import { readdirSync } from "node:fs";
import { join } from "node:path";

const dir = join(import.meta.dir, "..", "examples");
const examples = readdirSync(dir).filter((f) => f.endsWith(".ts")).sort();

test("there are examples", () => {
  expect(examples).toContain("demo.ts");
  expect(examples).toContain("quickstart.ts");
});

for (const file of examples) {
  test(`examples/${file} runs`, () => {
    const r = Bun.spawnSync([process.execPath, "run", join(dir, file)], { stdout: "pipe", stderr: "pipe" });
    const out = r.stdout.toString() + r.stderr.toString();
    if (r.exitCode !== 0) throw new Error(`examples/${file} exited with ${r.exitCode}:\n${out}`);
    expect(out.length).toBeGreaterThan(0);
  }, 60_000);
}

test("the quick start prints what the README says", () => {
  const r = Bun.spawnSync([process.execPath, "run", join(dir, "quickstart.ts")], { stdout: "pipe" });
  expect(r.stdout.toString().split("\n").slice(0, 4)).toEqual(["6n", "6", "Uint8Array(6) [ 72, 139, 68, 247, 16, 195 ]", "11"]);
});
