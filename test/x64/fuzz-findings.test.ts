/**
 * fuzz-findings.test.ts — what the judge's differential fuzzer (scripts/fuzz)
 * found in the encoder, selector and operands, each with llvm-mc-22's answer:
 * `{sae}` only where the form has it; an unsized memory operand with an
 * immediate is ambiguous whatever the value (push/pop take qword, the
 * `defsize` rows); VSIB size keywords and VEX gather indices; lock with rep;
 * 64-bit immediate patterns as their signed twins; unsized broadcasts; 32-bit
 * addresses wrapping; bad options. Both text and builder where both apply.
 */
import { describe, expect, setDefaultTimeout, test } from "bun:test";
import { JitError } from "../../src/core/errors.ts";
import { compile } from "../../src/compile.ts";
import { Assembler } from "../../src/x64/assembler.ts";
import { assemble } from "../../src/x64/parse.ts";
import { byte, dword, mem, qword, sae, word, ymmword, zmmword } from "../../src/x64/operands.ts";
import * as R from "../../src/x64/registers.ts";
import { al, eax, k1, k6, r14d, r9d, rax, rcx, rdx, xmm, xmm0, xmm1, xmm2, ymm, ymm0, ymm1, ymm2, zmm1, zmm2, zmm30 } from "../../src/x64/registers.ts";

// the shared 2-core machine runs several suites at once: a hang guard, not a time limit (bun 1.4.5 ignores bunfig's)
setDefaultTimeout(120_000);

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
const bytes = (f: (a: Assembler) => void) => { const a = new Assembler(); f(a); return hex(a.finish()); };
const codeOf = (f: () => unknown) => {
  try { f(); } catch (e) { return e instanceof JitError ? e.code : `non-JitError ${String(e)}`; }
  return "no error";
};

describe("selection (llvm-mc-22)", () => {
  test("{sae} only on forms with {sae}; {er} forms take {rn-sae}…{rz-sae}", () => {
    expect(codeOf(() => assemble("vsqrtss xmm13, xmm7, xmm12, {sae}"))).toBe("EOPERAND");
    expect(codeOf(() => assemble("vsubps zmm30, zmm10, zmm13, {sae}"))).toBe("EOPERAND");
    expect(codeOf(() => new Assembler().vsubps(zmm30, zmm1, zmm2, sae as never))).toBe("EOPERAND");
    expect(hex(assemble("vsubps zmm30, zmm10, zmm13, {rn-sae}"))).toBe("62412c185cf5");
    expect(hex(assemble("vcmpps k1, zmm1, zmm2, {sae}, 0"))).toBe("62f17418c2ca00");
  });

  test("unsized memory with an immediate is ambiguous whatever the value; push/pop take qword", () => {
    for (const t of ["add [rdx + 1], 0xfbaee6e3", "sbb [r9 + 255], 3996021610", "lock adc [r13 + 2], 4294967295", "mov [rbx - 128], 0xdaace5b0", "add [rax], 1"]) {
      expect([t, codeOf(() => assemble(t))]).toEqual([t, "EOPERAND"]);
    }
    expect(codeOf(() => new Assembler().emit("cmp", mem(rax), 0xffffffff80000000n))).toBe("EOPERAND");
    expect(hex(assemble("push [4096]"))).toBe("ff342500100000");
    expect(hex(assemble("pop gs:[r15]"))).toBe("65418f07");
    expect(bytes((a) => a.emit("push", mem(rax)))).toBe("ff30");
    expect(hex(assemble("push word ptr [rax]"))).toBe("66ff30");
  });

  test("64-bit immediate patterns read as their signed twins (builder = text)", () => {
    expect(bytes((a) => a.add(al, 0xffffffffffffffffn as never))).toBe("04ff");
    expect(hex(assemble("add al, 0xffffffffffffffff"))).toBe("04ff");
    expect(bytes((a) => a.mov(eax, 0xffffffffffffffffn as never))).toBe("b8ffffffff");
    expect(bytes((a) => a.emit("vrangeps", ymm[24]!.k(k6), ymm[25]!, dword(rax).bcst(), 0xffffffffffffffffn))).toBe(hex(assemble("vrangeps ymm24 {k6}, ymm25, dword ptr [rax]{1to8}, 255")));
    expect(codeOf(() => new Assembler().add(al, 1n << 64n as never))).toMatch(/^E(OPERAND|RANGE)$/);
  });

  test("a broadcast without its element size takes the form's", () => {
    expect(bytes((a) => a.vxorpd(ymm[13]!.k(k6), ymm[30]!, mem(rdx).bcst() as never))).toBe("6271 8d36572a".replace(" ", ""));
    expect(bytes((a) => a.emit("vaddps", zmm1, zmm2, mem(rax).bcst(16)))).toBe("62f16c585808");
    expect(bytes((a) => a.emit("vcvtdq2pd", zmm1, mem(rax, 64).bcst()))).toBe("62f17e58e64810");
  });
});

describe("checks (llvm-mc-22)", () => {
  test("VSIB: the element or the data register's width as the size keyword, or none; VEX takes no index beyond 15", () => {
    expect(hex(assemble("vgatherqps xmm0, dword ptr [rax + ymm1], xmm2"))).toBe("c4e26d930408");
    expect(hex(assemble("vgatherqps xmm0, xmmword ptr [rax + ymm1], xmm2"))).toBe("c4e26d930408"); // llvm-mc 14's spelling
    expect(hex(assemble("vgatherqps xmm0, [rax + ymm1], xmm2"))).toBe("c4e26d930408");
    expect(codeOf(() => assemble("vpgatherdd ymm8, word ptr [rsp + 2*ymm6 - 1], ymm3"))).toBe("EOPERAND");
    expect(codeOf(() => assemble("vscatterqpd dword ptr [r9 + 8*zmm17 + 203] {k5}, zmm8"))).toBe("EOPERAND");
    expect(codeOf(() => new Assembler().emit("vgatherdpd", xmm[7]!, qword(rax, xmm[29]!, 8, 0xe8), xmm[8]!))).toBe("EOPERAND");
    expect(codeOf(() => assemble("vgatherdpd xmm7, [rax + xmm29*8 + 0xe8], xmm8"))).toBe("EOPERAND");
    expect(hex(assemble("vgatherdpd xmm7 {k1}, [rax + xmm29*8 + 0xe8]"))).toBe(bytes((a) => a.emit("vgatherdpd", xmm[7]!.k(k1), qword(rax, xmm[29]!, 8, 0xe8))));
  });

  test("a memoised class vector does not skip the checks (the fast path leaves VSIB to the general path)", () => {
    const a = new Assembler();
    for (let i = 0; i < 5; i++) a.emit("vgatherdpd", xmm[7]!, qword(rax, xmm[5]!, 8, 0xe8), xmm[8]!);
    expect(codeOf(() => a.emit("vgatherdpd", xmm[7]!, qword(rax, xmm[29]!, 8, 0xe8), xmm[8]!))).toBe("EOPERAND");
    expect(codeOf(() => a.emit("vgatherdpd", xmm[7]!, word(rax, xmm[5]!, 8, 0xe8), xmm[8]!))).toBe("EOPERAND");
    for (let i = 0; i < 5; i++) a.mov(byte(rax), R.ah);
    expect(codeOf(() => a.mov(byte(R.r8), R.ah))).toBe("EOPERAND"); // REX.B with ah: the fast path bails, the check refuses
  });

  test("lock with rep or repne is EOPERAND (it was dropped)", () => {
    expect(codeOf(() => new Assembler().lock().repne().scasd())).toBe("EOPERAND");
    expect(codeOf(() => new Assembler().lock().rep().movsb())).toBe("EOPERAND");
    expect(codeOf(() => new Assembler().rep().repne().movsb())).toBe("EOPERAND");
    expect(bytes((a) => a.rep().rep().movsb())).toBe("f3a4");
  });
});

describe("operands and options (llvm-mc-22)", () => {
  test("32-bit addresses wrap modulo 2^32", () => {
    expect(hex(assemble("mov eax, [r14d + 8*r9d - 2147483649]"))).toBe("67438b84ceffffff7f");
    expect(bytes((a) => a.mov(eax, dword(r14d, r9d, 8, -2147483649)))).toBe("67438b84ceffffff7f");
    expect(hex(assemble("mov eax, [r14d + 0xffffffff]"))).toBe("67418b46ff");
    expect(codeOf(() => assemble("mov eax, [r14 + 0xffffffff]"))).toBe("ERANGE");
    expect(codeOf(() => assemble("sqrtsd xmm4, qword ptr [esi + 4294967296]"))).toBe("ERANGE"); // llvm-mc: disp8 0; refused here
  });

  test("bad options and build functions are EARGS", () => {
    expect(codeOf(() => new Assembler(null as never))).toBe("EARGS");
    expect(codeOf(() => new Assembler(5 as never))).toBe("EARGS");
    expect(codeOf(() => compile({}, (a) => a.ret(), null as never))).toBe("EARGS");
    expect(codeOf(() => compile({}, 5 as never))).toBe("EARGS");
  });
});
void [byte, word, ymmword, zmmword, xmm0, xmm1, xmm2, ymm0, ymm1, ymm2, rcx];
