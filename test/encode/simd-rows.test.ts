/**
 * simd-rows.test.ts — checks on the SIMD rows (sse.ts, avx.ts, avx512.ts)
 * that the llvm-mc golden vectors cannot make: every row parses into forms
 * with a feature, VEX rows precede EVEX rows within a mnemonic, gathers and
 * scatters refuse to encode without an opmask (llvm-mc rejects them, so no
 * golden line exists), and the row-notation details these rows rely on
 * (xmm0 as an implicit operand, T1S scale from W, vex2rev with a pp change).
 * Encodings themselves are checked by golden.test.ts.
 */
import { describe, expect, test } from "bun:test";
import { JitError } from "../../src/core/errors.ts";
import { Assembler } from "../../src/x64/assembler.ts";
import { dword, qword, zmmword } from "../../src/x64/operands.ts";
import * as R from "../../src/x64/registers.ts";
import { avxRows } from "../../src/x64/table/avx.ts";
import { avx512Rows } from "../../src/x64/table/avx512.ts";
import { formsByMnemonic } from "../../src/x64/table/index.ts";
import { ENC_EVEX, ENC_LEGACY, ENC_VEX, parseRows, ROLE_IMPLICIT } from "../../src/x64/table/schema.ts";
import { sseRows } from "../../src/x64/table/sse.ts";

const hex = (u: Uint8Array) => Array.from(u, (x) => x.toString(16).padStart(2, "0")).join(" ");

describe("SIMD rows", () => {
  const files = { sse: sseRows, avx: avxRows, avx512: avx512Rows };
  for (const [name, rows] of Object.entries(files)) {
    test(`${name}.ts: every form names its CPU feature`, () => {
      const forms = parseRows(rows, `${name}.ts`);
      expect(forms.length).toBeGreaterThan(250);
      expect(forms.filter((f) => f.features.length === 0).map((f) => f.text)).toEqual([]);
    });
  }

  test("sse.ts is legacy-encoded; avx.ts is VEX; EVEX forms live in avx512.ts", () => {
    expect(parseRows(sseRows, "sse.ts").every((f) => f.enc === ENC_LEGACY)).toBe(true);
    expect(parseRows(avxRows, "avx.ts").every((f) => f.enc === ENC_VEX)).toBe(true);
    expect(parseRows(avx512Rows, "avx512.ts").some((f) => f.enc === ENC_EVEX)).toBe(true);
  });

  test("within a mnemonic, every VEX form comes before every EVEX form", () => {
    // except the VEX twins that came after their EVEX forms (AVX-VNNI, AVX-IFMA, AVX-NE-CONVERT):
    // llvm-mc picks EVEX for `vpdpbusd xmm0, xmm1, xmm2` and VEX only with {vex}
    const twin = (f: { features: readonly string[] }) => f.features.some((x) => x === "avxvnni" || x === "avxifma" || x === "avxneconvert");
    const bad: string[] = [];
    for (const [m, all] of formsByMnemonic) {
      const forms = all.filter((f) => !twin(f));
      const lastVex = forms.findLastIndex((f) => f.enc === ENC_VEX);
      const firstEvex = forms.findIndex((f) => f.enc === ENC_EVEX);
      if (lastVex >= 0 && firstEvex >= 0 && firstEvex < lastVex) bad.push(m);
    }
    expect(bad).toEqual([]);
  });

  test("legacy blendvps/blendvpd/pblendvb take xmm0 as an implicit third operand", () => {
    for (const m of ["blendvps", "blendvpd", "pblendvb"]) {
      const f = formsByMnemonic.get(m)![0]!;
      expect(f.ops[2]!.role).toBe(ROLE_IMPLICIT);
    }
    const a = new Assembler();
    a.emit("blendvps", R.xmm1, R.xmm2, R.xmm0);
    expect(hex(a.finish())).toBe("66 0f 38 14 ca");
  });

  test("gathers and scatters need an opmask (EOPERAND, nothing emitted)", () => {
    const cases: [string, () => unknown[]][] = [
      ["vgatherdps", () => [R.zmm0, dword(R.rax, R.zmm1, 4)]],
      ["vpgatherqq", () => [R.ymm2, qword(R.rax, R.ymm1, 8)]],
      ["vscatterdps", () => [dword(R.rax, R.zmm1, 4), R.zmm0]],
      ["vpscatterdq", () => [qword(R.rax, R.ymm1, 8), R.zmm3]],
    ];
    for (const [m, ops] of cases) {
      const a = new Assembler();
      a.nop();
      let err: unknown = null;
      try {
        a.emit(m, ...(ops() as never[]));
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(JitError);
      expect((err as JitError).code).toBe("EOPERAND");
      expect(hex(a.finish())).toBe("90");
    }
    const a = new Assembler();
    a.emit("vgatherdps", R.zmm0.k(R.k1), dword(R.rax, R.zmm1, 4, 256));
    a.emit("vpscatterdd", dword(R.rax, R.zmm1, 4).k(R.k2), R.zmm0);
    // disp8*N for VSIB is the element size (4): 256 -> disp8 0x40
    expect(hex(a.finish())).toBe("62 f2 7d 49 92 44 88 40 62 f2 7d 4a a0 04 88");
  });

  test("T1S on compress/expand scales disp8 by the element size from W", () => {
    const a = new Assembler();
    a.emit("vcompresspd", zmmword(R.rax, 64).k(R.k1), R.zmm0);
    a.emit("vexpandps", R.zmm1.k(R.k2).z(), zmmword(R.rax, 64));
    expect(hex(a.finish())).toBe("62 f2 fd 49 8a 40 08 62 f2 7d ca 88 48 10");
  });

  test("vmovq xmm, xmm8 swaps to 66 D6 so the 2-byte VEX fits (as llvm-mc does)", () => {
    const a = new Assembler();
    a.emit("vmovq", R.xmm0, R.xmm8);
    a.emit("vmovq", R.xmm0, R.xmm1);
    a.emit("vmovq", R.xmm8, R.xmm1);
    expect(hex(a.finish())).toBe("c5 79 d6 c0 c5 fa 7e c1 c5 7a 7e c1");
  });

  test("predicate pseudo-ops append their immediate", () => {
    const b = new Assembler();
    b.emit("cmpltps", R.xmm1, R.xmm2);
    b.emit("vcmpge_oqpd", R.ymm1, R.ymm2, R.ymm3);
    b.emit("vpcmpnltud", R.k1, R.zmm0, R.zmm1);
    expect(hex(b.finish())).toBe("0f c2 ca 01 c5 ed c2 cb 1d 62 f3 7d 48 1e c9 05");
  });
});
