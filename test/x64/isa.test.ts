/**
 * isa.test.ts — the issue-14 row files (src/x64/table/ext-*.ts) as a whole:
 * every form names its CPU feature, every file has its llvm-mc golden
 * vectors, the README's extension table is fresh (scripts/gen-isa-table.ts),
 * and a few encodings where llvm-mc's choice is the point (EVEX before a
 * later VEX twin, condition aliases, fixed-immediate aliases, byte-element
 * disp8×N) with llvm-mc-22's bytes written out.
 */
import { describe, expect, test } from "bun:test";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readmeWithTable } from "../../scripts/gen-isa-table.ts";
import { Assembler } from "../../src/x64/assembler.ts";
import { assemble } from "../../src/x64/parse.ts";
import { extAvx512Rows } from "../../src/x64/table/ext-avx512.ts";
import { extCryptoRows } from "../../src/x64/table/ext-crypto.ts";
import { extVexRows } from "../../src/x64/table/ext-vex.ts";
import { parseRows } from "../../src/x64/table/schema.ts";
import { ecx, edx, rax, xmm0, xmm1, xmm2, zmm1, zmm2, zmm3 } from "../../src/x64/registers.ts";
import { dword } from "../../src/x64/operands.ts";

const ROOT = join(import.meta.dir, "..", "..");
const FILES: Record<string, string> = { "ext-avx512": extAvx512Rows, "ext-crypto": extCryptoRows, "ext-vex": extVexRows };
const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join(" ");

describe("issue-14 row files", () => {
  for (const [name, rows] of Object.entries(FILES)) {
    test(`${name}.ts: every form names its CPU feature`, () => {
      const forms = parseRows(rows, `${name}.ts`);
      expect(forms.length).toBeGreaterThan(50);
      expect(forms.filter((f) => f.features.length === 0).map((f) => f.text)).toEqual([]);
    });
    test(`${name}.ts: has llvm-mc golden vectors (test/encode/golden/${name}.txt)`, () => {
      const p = join(ROOT, "test/encode/golden", `${name}.txt`);
      expect(existsSync(p)).toBe(true);
      const lines = readFileSync(p, "utf8").split("\n").filter((l) => l !== "" && !l.startsWith("#"));
      expect(lines.length).toBeGreaterThanOrEqual(parseRows(rows, name).length);
    });
  }

  test("README.md's extension table is generated from the table (bun run scripts/gen-isa-table.ts)", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    expect(readmeWithTable(readme) === readme).toBe(true);
  });
});

describe("llvm-mc-22's choices", () => {
  const cases: [string, string][] = [
    // an EVEX form that existed first is what llvm-mc picks; the VEX twin needs {vex}
    ["vpdpbusd xmm0, xmm1, xmm2", "62 f2 75 08 50 c2"],
    ["vpmadd52luq xmm0, xmm1, xmm2", "62 f2 f5 08 b4 c2"],
    ["vcvtneps2bf16 xmm0, xmm1", "62 f2 7e 08 72 c1"],
    // a VEX twin without an older EVEX form is VEX
    ["vpdpbssd xmm0, xmm1, xmm2", "c4 e2 73 50 c2"],
    // condition aliases of cmpccxadd, as llvm-mc reads them
    ["cmpnbexadd dword ptr [rax], ecx, edx", "c4 e2 69 e7 08"],
    ["cmpnaexadd dword ptr [rax], ecx, edx", "c4 e2 69 e2 08"],
    // the PCLMUL aliases are vpclmulqdq with a fixed immediate
    ["pclmulhqhqdq xmm0, xmm2", "66 0f 3a 44 c2 11"],
    ["vpclmullqhqdq xmm0, xmm1, xmm2", "c4 e3 71 44 c2 10"],
    // sha256rnds2 with and without the implicit xmm0 spelled out
    ["sha256rnds2 xmm1, xmm2, xmm0", "0f 38 cb ca"],
    // VAES on xmm16-31 only EVEX reaches; xmm0-15 stays VEX
    ["vaesenc xmm16, xmm17, xmm18", "62 a2 75 00 dc c2"],
    ["vaesenc xmm0, xmm1, xmm2", "c4 e2 71 dc c2"],
    // GFNI's EVEX matrix broadcast
    ["vgf2p8affineqb zmm1 {k1} {z}, zmm2, qword ptr [rax + 8]{1to8}, 3", "62 f3 ed d9 ce 48 01 03"],
  ];
  for (const [text, bytes] of cases) test(text, () => expect(hex(assemble(text))).toBe(bytes));

  test("the same through the builder", () => {
    const a = new Assembler();
    a.cmpnbexadd(dword(rax), ecx, edx);
    a.sha256rnds2(xmm1, xmm2, xmm0);
    a.vpermb(zmm1, zmm2, zmm3);
    expect(hex(a.finish())).toBe("c4 e2 69 e7 08 0f 38 cb ca 62 f2 6d 48 8d cb");
  });
});
