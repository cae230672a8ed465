/**
 * assembler.runtime.test.ts — the run-time half of assembler.types.ts: every
 * call marked `// @ts-expect-error` there is made here through a cast (as
 * plain JavaScript would make it) and must throw the JitError code listed,
 * emitting nothing. A test checks that the two files list the same calls.
 */
import { describe, expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { JitError, type JitErrorCode } from "../../src/core/errors.ts";
import { Assembler } from "../../src/aarch64/assembler.ts";
import { mem, post, ror } from "../../src/aarch64/operands.ts";
import { sp, v0, v1, v2, w0, w1, x0, x1, x2, xzr } from "../../src/aarch64/registers.ts";

type Untyped = Record<string, (...args: unknown[]) => unknown>;
const CASES: [string, unknown[], JitErrorCode][] = [];
const c = (call: string, code: JitErrorCode, ...args: unknown[]) => CASES.push([call, args, code]);
const L = new Assembler().newLabel("L");

c("a.add(x0, w1, x2);", "EOPERAND", x0, w1, x2);
c("a.add(v0.s4, v1.s4, v2.d2);", "EOPERAND", v0.s4, v1.s4, v2.d2);
c("a.add(xzr, sp, 1);", "EOPERAND", xzr, sp, 1);
c("a.add(x0, x1, x2, ror(2));", "EOPERAND", x0, x1, x2, ror(2));
c("a.ldr(x0, post(x1, x2));", "EOPERAND", x0, post(x1, x2));
c('a.csel(x0, x1, x2, "xx");', "EOPERAND", x0, x1, x2, "xx");
c('a.cset(x0, "al");', "ERANGE", x0, "al");
c('a.msr("ctr_el0", x0);', "EOPERAND", "ctr_el0", x0);
c("a.ld1([v0.s4, v1.d2], mem(x0));", "EOPERAND", [v0.s4, v1.d2], mem(x0));
c("a.fmla(v0.s4, v1.s4, v2.d[1]);", "EOPERAND", v0.s4, v1.s4, v2.d[1]);
c("a.mov(w0, sp);", "EOPERAND", w0, sp);
c("a.b(x0);", "EOPERAND", x0);
c("a.stp(x0, w1, mem(sp));", "EOPERAND", x0, w1, mem(sp));
c('a.dmb("foo");', "EOPERAND", "foo");
c("a.tbz(x0, w1, L);", "EOPERAND", x0, w1, L);

describe("aarch64: invalid builder calls throw at run time what tsc rejects at compile time", () => {
  for (const [call, args, code] of CASES) {
    test(`${call} → ${code}`, () => {
      const a = new Assembler();
      a.nop();
      const m = /^a\.(\w+)\(/.exec(call)![1]!;
      const fn = (a as unknown as Untyped)[m]!;
      const fixed = args.map((x) => (x === L ? a.newLabel("L") : x));
      let err: unknown;
      try {
        fn.apply(a, fixed);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(JitError);
      expect((err as JitError).code).toBe(code);
      expect(Array.from(a.finish())).toEqual([0x1f, 0x20, 0x03, 0xd5]); // only the nop
    });
  }
  test("every @ts-expect-error call of assembler.types.ts has its runtime twin here", () => {
    const src = readFileSync(join(import.meta.dir, "assembler.types.ts"), "utf8").split("\n");
    const typed: string[] = [];
    for (let i = 0; i < src.length; i++) if (src[i]!.trim().startsWith("// @ts-expect-error")) typed.push(src[i + 1]!.trim());
    expect(typed.sort()).toEqual(CASES.map((x) => x[0]).sort());
  });
});
