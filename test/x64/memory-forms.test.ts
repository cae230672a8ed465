/**
 * memory-forms.test.ts — memory operands the goldens could not see (issue 9):
 * an unsized memory operand must encode exactly as the sized one its form
 * implies, for every EVEX form of every tuple type (disp8×N comes from the
 * memory alternative, `xmm/m32` → N = 4, never the register alternative or
 * the full vector); segment overrides on legacy, VEX and EVEX forms and on
 * string instructions' implicit source (`a.seg(fs)`); 64-bit absolute
 * addresses kept exact as bigints. Expected bytes are llvm-mc-22's.
 */
import { describe, expect, setDefaultTimeout, test } from "bun:test";
import { JitError } from "../../src/core/errors.ts";
import { Assembler } from "../../src/x64/assembler.ts";
import type { Operand } from "../../src/x64/operands.ts";
import { assemble } from "../../src/x64/parse.ts";
import { Mem, dword, mem, memOf, qword, zmmword } from "../../src/x64/operands.ts";
import {
  C_K, C_R32, C_R64, C_XMM, C_XMMX, C_YMM, C_YMMX, C_ZMM, cs, ds, eax, es, fs, gs, kreg, rax, rbx, rdx, ss, xmm, xmm0, xmm1, ymm, zmm, zmm0, zmm1,
} from "../../src/x64/registers.ts";
import { allForms } from "../../src/x64/table/index.ts";
import { ENC_EVEX, IMM_NONE, ROLE_M } from "../../src/x64/table/schema.ts";
import { VSIB_X, VSIB_Y, VSIB_Z } from "../../src/x64/operands.ts";

// the shared 2-core machine runs several suites at once: a hang guard, not a time limit (bun 1.4.5 ignores bunfig's)
setDefaultTimeout(120_000);

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
function bytes(f: (a: Assembler) => void): string {
  const a = new Assembler();
  f(a);
  return hex(a.finish());
}
function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return e instanceof JitError ? e.code : `non-JitError ${String(e)}`;
  }
  return "no error";
}

/** A register of the first class a token accepts (numbers 1–2, or 17 for EVEX-only classes). */
function regFor(rcls: number, i: number): Operand | null {
  if (rcls & C_ZMM) return zmm[1 + i]!;
  if (rcls & C_YMM) return ymm[1 + i]!;
  if (rcls & C_YMMX) return ymm[17 + i]!;
  if (rcls & C_XMM) return xmm[1 + i]!;
  if (rcls & C_XMMX) return xmm[17 + i]!;
  if (rcls & C_K) return kreg[1 + i]!;
  if (rcls & C_R64) return rax;
  if (rcls & C_R32) return eax;
  return null;
}

describe("EVEX disp8×N with an unsized memory operand", () => {
  test("llvm-mc-22's bytes for the issue's cases, text and builder", () => {
    expect(hex(assemble("vaddss xmm17, xmm2, [rax+128]"))).toBe("62e16e08584820");
    expect(bytes((a) => a.emit("vaddss", xmm[17]!, xmm[2]!, mem(rax, 128)))).toBe("62e16e08584820");
    expect(hex(assemble("vbroadcastsd zmm1, [rdx+rbx+128]"))).toBe("62f2fd48194c1a10");
    expect(bytes((a) => a.emit("vbroadcastsd", zmm1, mem(rdx, rbx, 1, 128)))).toBe("62f2fd48194c1a10");
  });

  test("every EVEX form with a sized memory alternative: unsized gives the sized bytes (every tuple type)", () => {
    let compared = 0, ambiguous = 0;
    const tuples = new Set<number>();
    for (const f of allForms()) {
      if (f.enc !== ENC_EVEX) continue;
      const mi = f.ops.findIndex((o) => o.role === ROLE_M && o.memBits !== 0 && (o.mcls & (VSIB_X | VSIB_Y | VSIB_Z)) === 0);
      if (mi < 0) continue;
      const ops: Operand[] = [];
      let ok = true;
      for (let i = 0; i < f.ops.length && ok; i++) {
        const o = f.ops[i]!;
        if (i === mi) ops.push(mem(rax, 0));
        else if (o.imm !== IMM_NONE) ops.push(1);
        else {
          const r = regFor(o.rcls, i);
          if (r === null) ok = false;
          else ops.push(r);
        }
      }
      if (!ok) continue;
      for (const disp of [8, 64, 128, 256, 512, 1024, -128, -4096, 100]) {
        const sizedOps = ops.slice();
        const sizedMem = new Mem(rax, null, 1, disp, f.ops[mi]!.memBits);
        sizedOps[mi] = sizedMem;
        const unsizedOps = ops.slice();
        unsizedOps[mi] = mem(rax, disp);
        let want: string;
        try {
          want = bytes((a) => a.emit(f.mnemonic, ...sizedOps));
        } catch {
          continue; // the sized spelling selects another form or none: nothing to compare
        }
        let got: string;
        try {
          got = bytes((a) => a.emit(f.mnemonic, ...unsizedOps));
        } catch (e) {
          if (e instanceof JitError && e.code === "EOPERAND" && /ambiguous/.test(e.message)) { ambiguous++; break; }
          throw e;
        }
        if (got !== want) throw new Error(`${f.text} with [rax${disp >= 0 ? "+" : ""}${disp}]: unsized ${got}, sized ${want}`);
        compared++;
        tuples.add(f.tuple);
      }
    }
    console.log(`unsized = sized on ${compared} EVEX encodings (${tuples.size} tuple types), ${ambiguous} forms ambiguous unsized`);
    expect(compared).toBeGreaterThan(5000);
    expect(tuples.size).toBeGreaterThanOrEqual(10);
  });
});

describe("segment overrides", () => {
  test("legacy, VEX and EVEX forms: every segment (llvm-mc-22)", () => {
    expect(hex(assemble("vmovss xmm0, dword ptr ds:[rax]"))).toBe("3ec5fa1000");
    expect(hex(assemble("vmovss xmm0, dword ptr es:[rax]"))).toBe("26c5fa1000");
    expect(hex(assemble("vaddps zmm0, zmm1, zmmword ptr ss:[rax]"))).toBe("3662f174485800");
    expect(bytes((a) => a.vmovss(xmm0, dword(rax).ds()))).toBe("3ec5fa1000");
    expect(bytes((a) => a.vmovss(xmm0, dword(rax).es()))).toBe("26c5fa1000");
    expect(bytes((a) => a.vaddps(zmm0, zmm1, zmmword(rax).ss()))).toBe("3662f174485800");
    expect(bytes((a) => a.vaddps(zmm0, zmm1, zmmword(rax).cs()))).toBe("2e62f174485800");
    expect(bytes((a) => a.vaddps(zmm0, zmm1, zmmword(rax).fs()))).toBe("6462f174485800");
    expect(bytes((a) => a.vaddps(zmm0, zmm1, zmmword(rax).gs()))).toBe("6562f174485800");
    expect(bytes((a) => a.lock().add(dword(rax).fs(), 1))).toBe("64f0830001");
    expect(bytes((a) => a.mov(eax, dword({ base: rax, seg: gs })))).toBe("658b00");
    expect(codeOf(() => dword({ base: rax, seg: rax as never }))).toBe("EOPERAND");
  });

  test("string instructions: a.seg() overrides the implicit [rsi] source (llvm-mc-22)", () => {
    expect(bytes((a) => a.rep().seg(fs).movsb())).toBe("f364a4");
    expect(bytes((a) => a.seg(gs).movsq())).toBe("6548a5");
    expect(bytes((a) => a.seg(cs).lodsq())).toBe("2e48ad");
    expect(bytes((a) => a.seg(ds).lodsb())).toBe("ac");
    expect(bytes((a) => a.seg(fs).cmpsb())).toBe("64a6");
    expect(bytes((a) => a.rep().seg(ss).cmpsw())).toBe("f33666a7");
    expect(bytes((a) => a.seg(es).movsd())).toBe("26a5");
    const a = new Assembler();
    expect(codeOf(() => a.seg(fs).stosb())).toBe("EOPERAND"); // es:[rdi] only
    expect(codeOf(() => a.seg(fs).add(rax, 1))).toBe("EOPERAND");
    expect(codeOf(() => a.seg(rax as never))).toBe("EOPERAND");
    a.seg(fs);
    expect(codeOf(() => a.finish())).toBe("ESTATE");
    a.movsb();
    expect(hex(a.finish())).toBe("64a4");
  });
});

describe("64-bit absolute addresses", () => {
  test("movabs keeps every bit: bigints through the builder and memOf (llvm-mc-22)", () => {
    expect(bytes((a) => a.movabs(rax, qword(0x123456789abcdefn)))).toBe("48a1efcdab8967452301");
    expect(bytes((a) => a.movabs(rax, qword(0xffffffffffffffffn)))).toBe("48a1ffffffffffffffff");
    expect(bytes((a) => a.movabs(qword(0x1122334455667788n), rax))).toBe("48a38877665544332211");
    expect(bytes((a) => a.emit("movabs", rax, memOf(64, { base: null, index: null, scale: 1, disp: 0x123456789abcdefn, seg: -1, label: null })))).toBe("48a1efcdab8967452301");
    // a value that sign-extends from 32 bits is the int32 ([-1]), as llvm-mc reads it
    expect(bytes((a) => a.mov(eax, dword(0xffffffffffffffffn)))).toBe("8b0425ffffffff");
    expect(qword(0xffffffffffffffffn).disp).toBe(-1);
    expect(qword(2 ** 40).disp).toBe(2n ** 40n);
  });

  test("a 64-bit address where only 32 bits fit, or beyond 64 bits, is ERANGE", () => {
    expect(codeOf(() => new Assembler().mov(eax, dword(0x123456789n)))).toBe("ERANGE");
    expect(codeOf(() => qword(1n << 64n))).toBe("ERANGE");
    expect(codeOf(() => qword(rax, 2 ** 32))).toBe("ERANGE");
    expect(codeOf(() => qword({ base: rax, disp: 1n << 40n }))).toBe("ERANGE");
    expect(qword(0x1000n).offset(8).disp).toBe(0x1008);
    expect(qword(2n ** 40n).offset(8n).disp).toBe(2n ** 40n + 8n);
  });

  test("malformed helper arguments are EOPERAND, never silently dropped", () => {
    expect(codeOf(() => qword(rax, undefined as never, 8, 100))).toBe("EOPERAND"); // was [rax]
    expect(codeOf(() => (qword as (...a: unknown[]) => unknown)(rax, 8, 8))).toBe("EOPERAND");
    expect(codeOf(() => qword(null as never, undefined as never, 8))).toBe("EOPERAND");
    expect(codeOf(() => qword(Symbol("x") as never))).toBe("EOPERAND");
    expect(codeOf(() => qword("rax" as never))).toBe("EOPERAND");
    expect(codeOf(() => qword(rax, "rbx" as never))).toBe("EOPERAND");
    expect(codeOf(() => qword(rax, rbx, 3 as never))).toBe("EOPERAND");
    expect(codeOf(() => qword(rax, NaN))).toBe("EOPERAND");
    expect(codeOf(() => qword(rax, rbx, 1, 1.5))).toBe("EOPERAND");
    expect(codeOf(() => (qword as (...a: unknown[]) => unknown)(rax, rbx, 1, 0, 5))).toBe("EOPERAND");
    expect(codeOf(() => (qword as (...a: unknown[]) => unknown)({ base: rax }, 8))).toBe("EOPERAND");
    expect(codeOf(() => qword(rax).offset(0.5))).toBe("EOPERAND");
  });
});
