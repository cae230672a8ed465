/**
 * rules.test.ts — the decoding rules llvm-mc-22 follows where the manual
 * leaves room, one readable case each (bytes → llvm-mc-22 -disassemble's
 * text, checked with llvm-mc-22 when written; the random corpus covers them
 * in bulk). " ; " separates instructions; an empty text means both refuse.
 */
import { describe, expect, test } from "bun:test";
import { decode } from "../../src/x64/decode/decode.ts";
import { hexBytes } from "./judge.ts";

const RULES: [string, string, string][] = [
  // which prefix selects the instruction
  ["66 48 01 c0", "add rax, rax", "REX.W wins over an operand-size 66"],
  ["f3 01 c0", "rep add eax, eax", "F3 on a one-byte opcode is a repeat prefix, printed"],
  ["66 f2 0f 58 c0", "addsd xmm0, xmm0", "the F2 right before 0F is the mandatory prefix, the 66 is not"],
  ["f2 65 66 41 0f 10 c0", "movupd xmm0, xmm8", "the 66 right before REX is mandatory; the earlier F2 is neither printed nor used"],
  ["f3 0f 28 c0", "movaps xmm0, xmm0", "a mandatory F3 the opcode has no form for is ignored"],
  ["66 0f 52 c0", "rsqrtps xmm0, xmm0", "a 66 the opcode has no form for is ignored"],
  ["66 f3 0f b8 c0", "popcnt ax, ax", "66 beside a mandatory F3 selects the 16-bit form"],
  ["f3 26 0f b8 c0", "rep popcnt eax, eax", "an F3 that is not right before 0F still selects the F3 form, and prints"],
  ["f3 26 66 0f b8 c0", "", "the 66 right before 0F is the mandatory prefix: no 66 form of 0F B8"],
  ["66 26 48 0f 58 c0", "addps xmm0, xmm0", "with REX.W, a 66 that is not the mandatory prefix selects nothing"],
  ["66 48 0f 58 c0", "addpd xmm0, xmm0", "with REX.W, a mandatory 66 still selects the 66 form"],
  ["f3 c5 f8 58 c0", "rep vaddps xmm0, xmm0, xmm0", "legacy F3 before VEX: printed as rep, not a mandatory prefix"],
  ["66 c5 f8 58 c0", "vaddps xmm0, xmm0, xmm0", "legacy 66 before VEX: ignored"],
  // opcode 90 and xchg
  ["66 90", "nop", "90 is nop whatever the operand size"],
  ["41 90", "xchg eax, r8d", "with REX.B, 90 is xchg"],
  ["f3 90", "pause", "F3 90 is pause"],
  ["f3 48 90", "xchg rax, rax", "F3 before REX is a mandatory prefix: 90 with it is no pause"],
  ["66 f3 90", "", "pause takes no operand-size prefix"],
  ["87 c8", "xchg ecx, eax", "the ModRM form of xchg prints as encoded"],
  ["91", "xchg eax, ecx", "the one-byte form puts the accumulator first"],
  ["66 91", "xchg ax, cx", "the one-byte form, 16-bit"],
  // prefixes llvm prints as instructions of their own
  ["f0 01 c0", "lock ; add eax, eax", "a leading lock is an instruction by itself"],
  ["66 f0 01 00", "lock add word ptr [rax], ax", "a lock after another prefix is the instruction's"],
  ["f2 87 00", "xacquire ; xchg dword ptr [rax], eax", "F2 before xchg is xacquire, by itself"],
  // addresses
  ["67 01 c0", "addr32 add eax, eax", "an address-size prefix with no memory operand prints as addr32"],
  ["67 01 00", "add dword ptr [eax], eax", "with a memory operand it makes the address 32-bit"],
  ["67 8b 05 10 00 00 00", "mov eax, dword ptr [eip + 16]", "rip-relative with 67 is eip-relative"],
  ["8b 04 20", "mov eax, dword ptr [rax + riz]", "a SIB byte with no index where none was needed names riz"],
  ["0f 54 14 15 10 00 00 00", "andps xmm2, xmmword ptr [1*rdx + 16]", "an index with no base prints its scale of 1"],
  ["2e 01 00", "add dword ptr cs:[rax], eax", "cs/ds/es/ss overrides print on memory operands"],
  ["67 a1 44 33 22 11", "mov eax, dword ptr [287454020]", "a moffs with a 32-bit address prints as mov"],
  ["48 a1 11 22 33 44 55 66 77 88", "movabs rax, qword ptr [-8613303245920329199]", "a 64-bit moffs prints signed"],
  ["c4 e2 69 91 1c 90", "vpgatherqd xmm3, dword ptr [rax + 4*xmm2], xmm2", "a VSIB operand's size is the data element's"],
  // EVEX
  ["62 f1 7c 88 58 c0", "vaddps xmm0 {k0} {z}, xmm0, xmm0", "{z} with no mask names k0"],
  ["62 f1 7c 1b 58 c0", "vaddps zmm0 {k3}, zmm0, zmm0, {rn-sae}", "EVEX.b on registers is rounding; the length is 512"],
  ["62 f9 7c 48 58 c0", "vaddps zmm0, zmm0, zmm16", "EVEX P0 bit 3 (APX B4) extends a vector r/m register"],
  // immediates and targets as llvm's disassembler gives them
  ["eb 05", "jmp 5", "branch targets print as the displacement"],
  ["0f 84 00 00 00 80", "je -2147483648", "a rel32 is signed"],
  ["b8 ff ff ff ff", "mov eax, 4294967295", "an imm32 of a 32-bit operation prints unsigned"],
  ["48 c7 c0 ff ff ff ff", "mov rax, -1", "a sign-extended imm32 prints signed"],
  ["66 b8 ff ff", "mov ax, 65535", "an imm16 of a 16-bit operation prints unsigned"],
  ["c2 ff ff", "ret -1", "ret's imm16 prints signed"],
  ["c8 ff ff ff", "enter -1, -1", "enter's immediates print signed"],
  ["c1 e0 ff", "shl eax, 255", "a shift count prints unsigned"],
  // REX2 (APX) with no r16–r31
  ["d5 08 01 c0", "add rax, rax", "REX2 with only REX's bits decodes like REX"],
];

describe("llvm-mc-22's decoding rules", () => {
  for (const [h, want, why] of RULES) {
    test(`${h}: ${why}`, () => {
      const list = decode(hexBytes(h));
      if (want === "") expect(list[0]!.valid).toBe(false);
      else expect(list.map((i) => i.text).join(" ; ")).toBe(want);
    });
  }
});
