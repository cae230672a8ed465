/**
 * assembler.types.ts — type-level tests of the typed builder: `tsc --noEmit`
 * checks this file (it is never run). Each `// @ts-expect-error <why>` line
 * is an invalid combination the generated overloads must reject; the same
 * call is made through a cast in assembler.runtime.test.ts, which asserts
 * the JitError code the runtime raises for it.
 */
import { Label } from "../../src/core/label.ts";
import { Assembler } from "../../src/x64/assembler.ts";
import { byte, dword, mem, qword, rnSae, sae, word, xmmword, ymmword, zmmword } from "../../src/x64/operands.ts";
import { al, ax, cl, eax, ebx, ecx, k1, k2, r8, r8d, rax, rbx, rcx, rdi, rsi, xmm0, xmm1, xmm2, ymm1, ymm2, zmm0, zmm1, zmm2 } from "../../src/x64/registers.ts";

const a = new Assembler();
const L: Label = a.newLabel("L");

// ---- valid calls: these must type-check -------------------------------------
a.add(rax, rbx);
a.add(rax, 1);
a.add(eax, ecx);
a.add(al, 1);
a.add(qword(rdi, rcx, 8, 16), rax);
a.add(rax, qword(rsi));
a.add(dword(rax), 100);
a.mov(rax, 0x1122334455667788n);
a.mov(r8d, 5);
a.mov(byte(rax), cl);
a.mov(word(rax), ax);
a.shl(rax, cl);
a.shl(rax, 1);
a.shl(dword(rax), 3);
// a variable of a union type where forms differ only in one integer operand (merged tuples)
declare const gpEither: typeof eax | typeof rax;
declare const srcEither: typeof eax | ReturnType<typeof dword>;
a.cvtsi2sd(xmm0, gpEither);
a.movzx(gpEither, cl);
a.push(Math.random() < 0.5 ? rax : qword(rsi));
void srcEither;
a.lea(rax, mem(rdi, rcx, 4, 8));
a.lea(rax, qword(rdi));
a.imul(rax, rbx, 10);
a.jmp(L);
a.jne(L);
a.call(L);
a.call(rax);
a.push(r8);
a.ret();
a.ret(8);
a.xchg(rax, rbx);
// vectors
a.addps(xmm0, xmm1);
a.addps(xmm0, xmmword(rax));
a.vaddpd(ymm1, ymm2, ymmword(rdi));
a.vaddpd(zmm0.k(k1).z(), zmm1, qword(rax).bcst());
a.vaddpd(zmm0, zmm1, zmm2, rnSae);
a.vfmadd231pd(zmm0, zmm1, zmmword(rax, 64));
a.vcmppd(k1.k(k2), zmm1, zmm2, 0);
a.vcmppd(k1, zmm1, zmm2, 0, sae);
a.kmovw(k1, k2);
a.vpgatherdd(zmm0.k(k1), dword(rax, zmm1, 4));
a.vpternlogd(zmm0, zmm1, zmm2, 0xff);
a.bind(L);
// chaining returns the assembler
a.inc(rcx).dec(rcx).nop();

// ---- invalid calls: each must fail to type-check ----------------------------
// @ts-expect-error add(eax, rbx): operand widths differ (r32 with r64)
a.add(eax, rbx);
// @ts-expect-error mov(qword, qword): x86 has no memory-to-memory mov
a.mov(qword(rax), qword(rbx));
// @ts-expect-error add(qword, dword): two memory operands
a.add(qword(rax), dword(rbx));
// @ts-expect-error add(rax, dword): memory size does not match the register
a.add(rax, dword(rbx));
// @ts-expect-error lea(rax, 5): lea needs a memory operand
a.lea(rax, 5);
// @ts-expect-error jmp(5): a jump target is a Label or r/m64, not an immediate
a.jmp(5);
// @ts-expect-error add(rax, L): a Label where an immediate goes
a.add(rax, L);
// @ts-expect-error shl(rax, ecx): the count register is cl only
a.shl(rax, ecx);
// @ts-expect-error bswap(qword): bswap takes registers only (memory where only registers go)
a.bswap(qword(rax));
// @ts-expect-error add(rax, xmm0): a vector register where a GP register goes
a.add(rax, xmm0);
// @ts-expect-error add(k1, rax): a k-register where a GP register goes
a.add(k1, rax);
// @ts-expect-error inc(): inc needs an operand
a.inc();
// @ts-expect-error ret(rax): ret takes an imm16 only
a.ret(rax);
// @ts-expect-error mov(rax, mem(rbx)): an unsized memory operand is only for size-less forms (lea, prefetch)
a.mov(rax, mem(rbx));
// @ts-expect-error add(xmmword, rax): a 128-bit memory operand in a GP instruction
a.add(xmmword(rax), rax);
// @ts-expect-error movzx(rax, rbx): movzx widens from r/m8 or r/m16
a.movzx(rax, rbx);
// @ts-expect-error imul(rax, rbx, xmm1): the third operand of imul is an immediate
a.imul(rax, rbx, xmm1);
// @ts-expect-error push(eax): 32-bit push does not exist in 64-bit mode
a.push(eax);
// @ts-expect-error mov(rax, "1"): a string is no operand
a.mov(rax, "1");
// @ts-expect-error ebx as a jump target: jmp takes r/m64
a.jmp(ebx);
// @ts-expect-error kmovw(k1, xmm0): an xmm where a k-register must stand
a.kmovw(k1, xmm0);
// @ts-expect-error vcmppd(xmm0, zmm1, zmm2, 0): an EVEX compare writes a k-register, not an xmm
a.vcmppd(xmm0, zmm1, zmm2, 0);
// @ts-expect-error kandw(k1, k2, qword): memory where only registers go
a.kandw(k1, k2, qword(rax));
// @ts-expect-error vpternlogd(.., L): a Label where an immediate goes
a.vpternlogd(zmm0, zmm1, zmm2, L);
// @ts-expect-error vaddpd(zmm, zmm, ymm): vector widths differ
a.vaddpd(zmm0, zmm1, ymm2);
// @ts-expect-error vaddpd(zmm, zmm, qword): a 512-bit form takes zmmword or a qword broadcast, not a plain qword
a.vaddpd(zmm0, zmm1, qword(rax));
// @ts-expect-error vaddpd(zmm, zmm, dword bcst): vaddpd broadcasts qwords
a.vaddpd(zmm0, zmm1, dword(rax).bcst());
// @ts-expect-error vaddpd(zmm, zmm, zmmword, rnSae): embedded rounding needs register operands
a.vaddpd(zmm0, zmm1, zmmword(rax), rnSae);
// @ts-expect-error addps(xmm0, ymm1): SSE takes xmm only
a.addps(xmm0, ymm1);
// @ts-expect-error vpgatherdd(zmm, [rax + 4*ymm1]): a zmm gather needs a zmm index
a.vpgatherdd(zmm0.k(k1), dword(rax, ymm1, 4));
// @ts-expect-error addps(xmm0, rax): a GP register where an xmm goes
a.addps(xmm0, rax);
// @ts-expect-error vaddps(xmm0, xmm1, xmm2, 1): vaddps has no immediate
a.vaddps(xmm0, xmm1, xmm2, 1);
void a;
