/**
 * kernels-code.test.ts — the generated machine code of every kernel variant,
 * AVX-512 included, checked without running it: it builds deterministically,
 * and (when llvm-mc is installed) it disassembles cleanly, uses the register
 * width and instruction set its variant promises, reads the length with a
 * 32-bit move, and executes vzeroupper before every ret of VEX/EVEX code.
 * This is what stands in for execution of the AVX-512 variants on machines
 * without AVX-512; kernels.test.ts runs the code where the CPU can.
 */
import { describe, expect, test } from "bun:test";
import { KERNEL_IDS, kernelCode, kernelVariants, type KernelVariant } from "../../src/kernels/index.ts";
import { CPU_PATHS } from "../../src/x64/cpu-paths.ts";
import { cpuFeatureOf } from "../../src/x64/cpu-features.ts";
import { decode } from "../../src/x64/decode/decode.ts";

const llvmMc = Bun.which("llvm-mc");

/** Disassembled instructions (Intel syntax) of the code part (the constant pool after the last ret is cut off). */
function disassemble(code: Uint8Array): { lines: string[]; warnings: string } {
  const end = code.lastIndexOf(0xc3) + 1;
  const hex = Array.from(code.subarray(0, end), (b) => `0x${b.toString(16).padStart(2, "0")}`).join(" ");
  const p = Bun.spawnSync([llvmMc!, "--disassemble", "-triple=x86_64", "-output-asm-variant=1"], { stdin: new TextEncoder().encode(hex) });
  const lines = p.stdout
    .toString()
    .split("\n")
    .map((l) => l.replace(/#.*$/, "").trim().replace(/\s+/g, " "))
    .filter((l) => l !== "" && !l.startsWith("."));
  return { lines, warnings: p.stderr.toString() };
}

describe("kernel code (all variants, nothing executed)", () => {
  for (const id of KERNEL_IDS) {
    for (const v of kernelVariants(id)) {
      test(`${id} ${v} builds deterministically`, () => {
        const a = kernelCode(id, v);
        expect(a.length).toBeGreaterThan(10);
        expect(Array.from(kernelCode(id, v))).toEqual(Array.from(a));
      });
      test.skipIf(llvmMc === null)(`${id} ${v} disassembles to the promised instruction set${llvmMc === null ? " (skipped: llvm-mc not installed)" : ""}`, () => {
        const { lines, warnings } = disassemble(kernelCode(id, v));
        expect(warnings).toBe("");
        expect(lines[0]).toMatch(/^mov eax, e(si|dx)$/);
        const text = lines.join("\n");
        const vex = lines.some((l) => /^v/.test(l) || /^k/.test(l));
        if (v === "scalar" || v === "sse2") {
          expect(vex).toBe(false);
          expect(text).not.toMatch(/[yz]mm/);
        }
        if (v === "scalar") expect(text).not.toMatch(/\b(add|mul|min|max|movu)p[sd]\b|\bpadd|pcmpeq/);
        if (v === "avx2") {
          expect(text).toMatch(/ymm/);
          expect(text).not.toMatch(/zmm|\bk[1-7]\b/);
        }
        if (v === "avx512") expect(text).toMatch(/zmm/);
        if (v === "avx2" || v === "avx512") {
          // every ret is preceded by vzeroupper (bun:ffi trap: dirty upper halves slow later SSE code)
          lines.forEach((l, i) => {
            if (l === "ret") expect(lines[i - 1]).toBe("vzeroupper");
          });
        }
        if (id.startsWith("dot/") && (v === "avx2" || v === "avx512")) expect(text).toMatch(/vfmadd231p[sd] [yz]mm/);
        if (id === "find/u8" && v === "avx512") expect(text).toMatch(/vpcmpeqb k1, zmm0, zmmword ptr \[rdi \+ rcx\]/);
      });
    }
  }

  // The AVX-512 code cannot run on every machine; the AVX2 code can and is tested for real. Every AVX-512 kernel but
  // find must be the AVX2 kernel with ymm → zmm, vector displacements/steps doubled, plus one 512 → 256 reduction
  // step (vextract*64x4 and its op); jump and rip offsets may differ (EVEX instructions are longer).
  for (const id of KERNEL_IDS) {
    if (id === "find/u8") continue;
    test.skipIf(llvmMc === null)(`${id}: the avx512 code is the (executed) avx2 code at twice the width`, () => {
      const shape = (lines: string[], w: "y" | "z") => {
        const out: { tpl: string; nums: number[] }[] = [];
        for (let i = 0; i < lines.length; i++) {
          let l = lines[i]!;
          if (/^vextract[fi]64x4 /.test(l)) {
            i++; // and the op that folds the two halves
            continue;
          }
          l = l.replace(new RegExp(`${w}mmword`, "g"), "VW").replace(new RegExp(`${w}mm(\\d+)`, "g"), "V$1").replace(/^vmovdqu32 /, "vmovdqu ");
          if (w === "z" && /^vextract[fi]128 /.test(l)) l = l.replace(/ymm(\d+)/g, "V$1"); // after the 512 → 256 step
          const nums: number[] = [];
          const tpl = l.replace(/(?<![A-Za-z\d])-?\d+/g, (m) => (nums.push(Number(m)), "#"));
          out.push({ tpl, nums });
        }
        return out;
      };
      const a = shape(disassemble(kernelCode(id, "avx2")).lines, "y");
      const b = shape(disassemble(kernelCode(id, "avx512")).lines, "z");
      expect(b.map((x) => x.tpl)).toEqual(a.map((x) => x.tpl));
      a.forEach(({ tpl, nums }, i) => {
        if (/^j|rip \+/.test(tpl)) return; // code layout, not semantics
        nums.forEach((x, k) => {
          const y = b[i]!.nums[k]!;
          if (y !== x && y !== 2 * x) throw new Error(`${tpl}: avx2 ${x}, avx512 ${y}`);
          const step = /VW ptr \[r[sd]i \+ #\*rcx \+ #\]|^and r8, #/.test(tpl) || (/^add rcx, #$/.test(tpl) && x > 1); // not the scalar tail's +1
          if (step && k === nums.length - 1 && y !== 2 * x) {
            throw new Error(`${tpl}: avx512 should step twice as far (${x} → ${y})`);
          }
        });
      });
    });
  }

  test.skipIf(llvmMc === null)("the AVX-512 sum/f64 main loop: 8 zmm accumulators, 64 doubles per iteration", () => {
    const { lines } = disassemble(kernelCode("sum/f64", "avx512"));
    const text = lines.join("\n");
    for (let u = 0; u < 8; u++) expect(text).toContain(`vaddpd zmm${u}, zmm${u}, zmmword ptr [rdi + 8*rcx${u ? ` + ${u * 64}` : ""}]`);
    expect(text).toContain("and r8, -64");
    expect(text).toContain("vextractf64x4 ymm8, zmm0, 1");
  });

  // What each variant may use, by the instruction table's feature column (our own decoder reads the forms back):
  // the x86-64 baseline (SSE, SSE2, CMOV) everywhere, plus the code path's features (vec.ts, CPU_PATHS).
  const BASE = ["sse", "sse2", "cmov"];
  const ALLOWED: Record<KernelVariant, ReadonlySet<string>> = {
    scalar: new Set(BASE),
    sse2: new Set(BASE),
    avx2: new Set([...BASE, "avx", ...CPU_PATHS.avx2]),
    avx512: new Set([...BASE, "avx", ...CPU_PATHS.avx2, ...CPU_PATHS.avx512]),
  };
  for (const id of KERNEL_IDS) {
    for (const v of kernelVariants(id)) {
      test(`${id} ${v} uses only its variant's features (${[...ALLOWED[v]].join(" ")})`, () => {
        const code = kernelCode(id, v);
        const outside: string[] = [];
        for (const ins of decode(code.subarray(0, code.lastIndexOf(0xc3) + 1))) {
          expect([ins.text, ins.valid]).toEqual([ins.text, true]);
          for (const f of ins.form?.features ?? []) if (!ALLOWED[v].has(cpuFeatureOf(f) ?? f)) outside.push(`${ins.text} (${f})`);
        }
        expect(outside).toEqual([]);
      });
    }
  }
});
