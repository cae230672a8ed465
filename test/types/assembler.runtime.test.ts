/**
 * assembler.runtime.test.ts — the run-time half of assembler.types.ts: every
 * call marked `// @ts-expect-error` there is made here through a cast (as plain
 * JavaScript or an untyped cast would make it) and must throw the JitError code listed,
 * emitting nothing. A test checks that the two files list the same calls.
 */
import { describe, expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { JitError, type JitErrorCode } from "../../src/core/errors.ts";
import { Assembler } from "../../src/x64/assembler.ts";
import { dword, mem, qword, rnSae, xmmword, zmmword } from "../../src/x64/operands.ts";
import { eax, ebx, ecx, k1, k2, rax, rbx, xmm0, xmm1, xmm2, ymm1, ymm2, zmm0, zmm1, zmm2 } from "../../src/x64/registers.ts";

type Untyped = Record<string, (...args: unknown[]) => unknown>;

/**
 * [the call exactly as written in assembler.types.ts, the operands, the expected code]. Code `null`:
 * valid at run time, the type is stricter on purpose (an unsized `mem()` is for size-less forms only).
 */
const CASES: [string, unknown[], JitErrorCode | null][] = [];
function c(call: string, code: JitErrorCode | null, ...args: unknown[]): void {
  CASES.push([call, args, code]);
}
const a0 = new Assembler();
const L = a0.newLabel("L");
c("a.add(eax, rbx);", "EOPERAND", eax, rbx);
c("a.mov(qword(rax), qword(rbx));", "EOPERAND", qword(rax), qword(rbx));
c("a.add(qword(rax), dword(rbx));", "EOPERAND", qword(rax), dword(rbx));
c("a.add(rax, dword(rbx));", "EOPERAND", rax, dword(rbx));
c("a.lea(rax, 5);", "EOPERAND", rax, 5);
c("a.jmp(5);", "EOPERAND", 5);
c("a.add(rax, L);", "EOPERAND", rax, L);
c("a.shl(rax, ecx);", "EOPERAND", rax, ecx);
c("a.bswap(qword(rax));", "EOPERAND", qword(rax));
c("a.add(rax, xmm0);", "EOPERAND", rax, xmm0);
c("a.add(k1, rax);", "EOPERAND", k1, rax);
c("a.inc();", "EOPERAND");
c("a.ret(rax);", "EOPERAND", rax);
c("a.mov(rax, mem(rbx));", null, rax, mem(rbx));
c("a.add(xmmword(rax), rax);", "EOPERAND", xmmword(rax), rax);
c("a.movzx(rax, rbx);", "EOPERAND", rax, rbx);
c("a.imul(rax, rbx, xmm1);", "EOPERAND", rax, rbx, xmm1);
c("a.push(eax);", "EOPERAND", eax);
c('a.mov(rax, "1");', "EOPERAND", rax, "1");
c("a.jmp(ebx);", "EOPERAND", ebx);
c("a.kmovw(k1, xmm0);", "EOPERAND", k1, xmm0);
c("a.vcmppd(xmm0, zmm1, zmm2, 0);", "EOPERAND", xmm0, zmm1, zmm2, 0);
c("a.kandw(k1, k2, qword(rax));", "EOPERAND", k1, k2, qword(rax));
c("a.vpternlogd(zmm0, zmm1, zmm2, L);", "EOPERAND", zmm0, zmm1, zmm2, L);
c("a.vaddpd(zmm0, zmm1, ymm2);", "EOPERAND", zmm0, zmm1, ymm2);
c("a.vaddpd(zmm0, zmm1, qword(rax));", "EOPERAND", zmm0, zmm1, qword(rax));
c("a.vaddpd(zmm0, zmm1, dword(rax).bcst());", "EOPERAND", zmm0, zmm1, dword(rax).bcst());
c("a.vaddpd(zmm0, zmm1, zmmword(rax), rnSae);", "EOPERAND", zmm0, zmm1, zmmword(rax), rnSae);
c("a.addps(xmm0, ymm1);", "EOPERAND", xmm0, ymm1);
c("a.vpgatherdd(zmm0.k(k1), dword(rax, ymm1, 4));", "EOPERAND", zmm0.k(k1), dword(rax, ymm1, 4));
c("a.addps(xmm0, rax);", "EOPERAND", xmm0, rax);
c("a.vaddps(xmm0, xmm1, xmm2, 1);", "EOPERAND", xmm0, xmm1, xmm2, 1);

describe("invalid builder calls throw at run time what tsc rejects at compile time", () => {
  for (const [call, args, code] of CASES) {
    test(`${call} → ${code ?? "accepted at run time"}`, () => {
      const a = new Assembler();
      a.nop();
      const m = /^a\.(\w+)\(/.exec(call)![1]!;
      const fn = (a as unknown as Untyped)[m]!;
      // labels must belong to the assembler they are used on
      const fixed = args.map((x) => (x === L ? a.newLabel("L") : x));
      let err: unknown;
      try {
        fn.apply(a, fixed);
      } catch (e) {
        err = e;
      }
      if (code === null) {
        expect(err).toBeUndefined();
        return;
      }
      expect(err).toBeInstanceOf(JitError);
      expect((err as JitError).code).toBe(code);
      expect(Array.from(a.finish())).toEqual([0x90]); // nothing was emitted
    });
  }

  test("every @ts-expect-error call of assembler.types.ts has its runtime twin here", () => {
    const src = readFileSync(join(import.meta.dir, "assembler.types.ts"), "utf8").split("\n");
    const typed: string[] = [];
    for (let i = 0; i < src.length; i++) if (src[i]!.trim().startsWith("// @ts-expect-error")) typed.push(src[i + 1]!.trim());
    expect(typed.sort()).toEqual(CASES.map((x) => x[0]).sort());
  });
});

describe("the typed methods are the table's", () => {
  test("valid calls encode", () => {
    const a = new Assembler();
    a.add(rax, rbx).vaddpd(zmm0.k(k1).z(), zmm1, qword(rax).bcst()).kmovw(k1, k2).vaddpd(zmm0, zmm1, zmm2, rnSae).addps(xmm0, xmm2);
    expect(a.finish().length).toBeGreaterThan(10);
  });
});
