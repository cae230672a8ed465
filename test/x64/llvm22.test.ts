/**
 * llvm22.test.ts — where llvm-mc 22 (the primary judge) chooses other bytes
 * than llvm-mc 14 (the first goldens' judge), with 22's bytes: commutable VEX
 * sources swapped so a 2-byte VEX fits (row flag `comm`; vcmpps/pd only for
 * symmetric predicates), and alignment padding in NOPs of up to 15 bytes.
 * Checked through text, the builder's general path and its fast plans.
 */
import { describe, expect, setDefaultTimeout, test } from "bun:test";
import { Assembler } from "../../src/x64/assembler.ts";
import { setSpecializeAfter } from "../../src/x64/encode/fast.ts";
import { assemble } from "../../src/x64/parse.ts";
import { xmm, ymm } from "../../src/x64/registers.ts";

// the shared 2-core machine runs several suites at once: a hang guard, not a time limit (bun 1.4.5 ignores bunfig's)
setDefaultTimeout(120_000);

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

describe("VEX sources commute to reach the 2-byte VEX (llvm-mc-22)", () => {
  const cases: [string, string][] = [
    ["vaddps xmm0, xmm1, xmm8", "c5b858c1"],
    ["vpminub ymm1, ymm2, ymm9", "c5b5daca"],
    ["vpaddsw ymm1, ymm3, ymm9", "c5b5edcb"],
    ["vaddps xmm0, xmm8, xmm9", "c4c13858c1"],
    ["vaddps xmm8, xmm1, xmm2", "c57058c2"],
    ["vcmpps xmm0, xmm1, xmm8, 0", "c5b8c2c100"],
    ["vcmpps xmm0, xmm1, xmm8, 1", "c4c170c2c001"],
    ["vcmpps xmm0, xmm1, xmm8, 12", "c5b8c2c10c"],
    ["vcmpeqps xmm0, xmm1, xmm8", "c5b8c2c100"],
    ["vcmpltps xmm0, xmm1, xmm8", "c4c170c2c001"],
    ["vcmpss xmm0, xmm1, xmm8, 0", "c4c172c2c000"],
    ["vmaxps xmm0, xmm1, xmm8", "c4c1705fc0"],
    ["vaddps xmm0, xmm1, xmmword ptr [r8]", "c4c1705800"],
  ];
  for (const [text, bytes] of cases) {
    test(text, () => {
      expect(hex(assemble(text))).toBe(bytes);
    });
  }
  test("fast plans, plain and specialised, give the same bytes", () => {
    for (const after of [Infinity, 0]) {
      setSpecializeAfter(after);
      try {
        for (let rep = 0; rep < 3; rep++) {
          const a = new Assembler();
          a.vaddps(xmm[0]!, xmm[1]!, xmm[8]!).vpminub(ymm[1]!, ymm[2]!, ymm[9]!).vcmpps(xmm[0]!, xmm[1]!, xmm[8]!, 0).vcmpps(xmm[0]!, xmm[1]!, xmm[8]!, 1);
          expect(hex(a.finish())).toBe("c5b858c1" + "c5b5daca" + "c5b8c2c100" + "c4c170c2c001");
        }
      } finally {
        setSpecializeAfter(1000);
      }
    }
  });
});

describe("alignment padding in NOPs of up to 15 bytes (llvm-mc-22)", () => {
  const pad = (n: number) => {
    const a = new Assembler();
    a.int3().fill(63 - n, 0xcc).align(64);
    return hex(a.finish().subarray(64 - n));
  };
  test("11, 15, 16, 17 and 31 bytes", () => {
    expect(pad(11)).toBe("6666" + "2e0f1f840000000000");
    expect(pad(15)).toBe("666666666666" + "2e0f1f840000000000");
    expect(pad(16)).toBe("666666666666" + "2e0f1f840000000000" + "90");
    expect(pad(17)).toBe("666666666666" + "2e0f1f840000000000" + "6690");
    expect(pad(31)).toBe(("666666666666" + "2e0f1f840000000000").repeat(2) + "90");
    expect(pad(10)).toBe("66" + "2e0f1f840000000000");
  });
});
