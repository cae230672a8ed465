/**
 * features.test.ts — one feature spelling and `new Assembler({ features })`:
 * the table's feature column is read in cpu-features.ts's spelling
 * (`AVX512F` → `avx512f`, an unknown name is a row error), and an assembler
 * given a feature set refuses every form that needs another feature with
 * EFEATURE — on the general path, the fast path (a memoised form) and in
 * recording mode — while forms without features always pass.
 */
import { describe, expect, setDefaultTimeout, test } from "bun:test";
import { JitError } from "../../src/core/errors.ts";
import { cpu } from "../../src/host-cpu.ts";
import { Assembler } from "../../src/x64/assembler.ts";
import { CPU_FEATURES, isCpuFeature } from "../../src/x64/cpu-features.ts";
import { assemble } from "../../src/x64/parse.ts";
import { rax, rbx, xmm0, xmm1, ymm0, ymm1, ymm2, zmm0, zmm1, zmm2 } from "../../src/x64/registers.ts";
import { allForms } from "../../src/x64/table/index.ts";
import { parseRows } from "../../src/x64/table/schema.ts";
import { BodyAssembler } from "../../src/abi/body-assembler.ts";

// the shared 2-core machine runs several suites at once: a hang guard, not a time limit (bun 1.4.5 ignores bunfig's)
setDefaultTimeout(120_000);

const codeOf = (f: () => unknown) => {
  try { f(); } catch (e) { return e instanceof JitError ? e.code : String(e); }
  return "no error";
};

describe("one feature spelling", () => {
  test("every form's features are CPU_FEATURES names", () => {
    const bad = allForms().flatMap((f) => f.features.filter((x) => !isCpuFeature(x)).map((x) => `${f.text}: ${x}`));
    expect(bad).toEqual([]);
    expect(allForms().find((f) => f.mnemonic === "vaddps" && f.l === 2)!.features).toContain("avx512f");
    expect(CPU_FEATURES).toContain("cetibt");
  });
  test("a row naming an unknown feature is a row error", () => {
    expect(() => parseRows("nop | ZO | 90 | | NOSUCH |", "t.ts")).toThrow(/unknown CPU feature "NOSUCH"/);
  });
});

describe("new Assembler({ features })", () => {
  test("forms needing other features are EFEATURE, on every path", () => {
    const a = new Assembler({ features: ["avx", "avx2"] });
    for (let i = 0; i < 3; i++) a.vaddps(ymm0, ymm1, ymm2).add(rax, rbx); // the repeats take the fast path
    for (let i = 0; i < 3; i++) expect(codeOf(() => a.vaddps(zmm0, zmm1, zmm2))).toBe("EFEATURE");
    expect(codeOf(() => a.popcnt(rax, rbx))).toBe("EFEATURE");
    expect(a.finish().length).toBe(3 * (4 + 3));
    expect(codeOf(() => assemble("vaddps zmm0, zmm1, zmm2", { features: ["avx2"] }))).toBe("EFEATURE");
    expect(assemble("vaddps xmm0, xmm0, xmm1", { features: ["avx"] }).length).toBe(4);
  });
  test("recording checks them too", () => {
    const body = new BodyAssembler({ features: ["sse", "sse2"] });
    body.addpd(xmm0, xmm1);
    expect(codeOf(() => body.vaddpd(xmm0, xmm0, xmm1))).toBe("EFEATURE");
  });
  test("the host's cpu works as a feature set; bad sets are EFEATURE", () => {
    const a = new Assembler({ features: cpu });
    a.add(rax, 1);
    expect(codeOf(() => a.vaddps(zmm0, zmm1, zmm2))).toBe(cpu.avx512f ? "no error" : "EFEATURE");
    expect(codeOf(() => new Assembler({ features: ["AVX2" as never] }))).toBe("EFEATURE");
    expect(codeOf(() => new Assembler({ features: 5 as never }))).toBe("EFEATURE");
  });
});
