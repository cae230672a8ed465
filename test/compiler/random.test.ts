/**
 * random.test.ts — hundreds of seeded random programs (random-programs.ts)
 * compiled with jit.compile compute exactly what their JS evaluation does:
 * more live values than registers, loops, branches, calls with values live
 * across them (the callee trashes every caller-saved register and checks
 * stack alignment), and every fixed-register constraint the generator knows
 * (shift counts in cl, mul/div/cqo in rdx:rax, rep movsb in rdi/rsi/rcx,
 * xlatb in al/rbx). The seed is printed; BUNJIT_SEED repeats a run.
 */
import { expect, test } from "bun:test";
import { jit } from "../../src/abi/jit.ts";
import { mulberry32 } from "../../scripts/lib/mulberry32.ts";
import { emitProgram, evaluate, genProgram, type Program } from "./random-programs.ts";

const SEED = Number(process.env.BUNJIT_SEED ?? Date.now() % 1e9);
console.log(`random.test.ts seed ${SEED} (BUNJIT_SEED=${SEED} to repeat)`);

function run(p: Program, kind: "int" | "float", args: bigint[]): { got: bigint | number; want: bigint | number } {
  const want = evaluate(p, args);
  if (kind === "int") {
    const f = jit.compile({ args: ["i64", "i64", "i64", "i64"], returns: "i64" }, (c, a) => emitProgram(c, p, a, "int"));
    try {
      return { got: BigInt.asUintN(64, BigInt(f(args[0]!, args[1]!, args[2]!, args[3]!))), want: want.int };
    } finally {
      f[Symbol.dispose]();
    }
  }
  const f = jit.compile({ args: ["i64", "i64", "i64", "i64"], returns: "f64" }, (c, a) => emitProgram(c, p, a, "float"));
  try {
    return { got: f(args[0]!, args[1]!, args[2]!, args[3]!), want: want.float };
  } finally {
    f[Symbol.dispose]();
  }
}

test("random programs compute what JS computes", () => {
  const rng = mulberry32(SEED);
  const big = () => (BigInt(Math.floor(rng() * 2 ** 32)) << 32n) | BigInt(Math.floor(rng() * 2 ** 32));
  const failures: string[] = [];
  let n = 0;
  for (let i = 0; i < 300; i++) {
    const p = genProgram(rng, i % 3 === 0 ? { ints: 20 + Math.floor(rng() * 16) } : {});
    const args = [big(), big(), BigInt(Math.floor(rng() * 100)), big()];
    for (const kind of ["int", "float"] as const) {
      if (kind === "float" && p.floats === 0) continue;
      n++;
      let r: { got: bigint | number; want: bigint | number };
      try {
        r = run(p, kind, args);
      } catch (e) {
        failures.push(`program ${i} (${kind}): threw ${(e as Error).message}`);
        continue;
      }
      if (!Object.is(r.got, r.want)) failures.push(`program ${i} (${kind}): got ${r.got}, want ${r.want}`);
    }
    if (failures.length > 5) break;
  }
  expect(failures).toEqual([]);
  expect(n).toBeGreaterThan(300);
}, 600_000);
