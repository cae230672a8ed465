/**
 * assembler.types.ts — type-level tests of the AArch64 typed builder:
 * `tsc --noEmit` checks this file (it is never run). Each
 * `// @ts-expect-error <why>` line is an invalid combination the generated
 * overloads must reject; assembler.runtime.test.ts makes the same call through
 * a cast and asserts the JitError code the runtime raises for it.
 */
import type { Label } from "../../src/core/label.ts";
import { Assembler } from "../../src/aarch64/assembler.ts";
import { lsl, mem, post, pre, ror, sxtw, uxtw } from "../../src/aarch64/operands.ts";
import { d0, q0, s1, sp, v0, v1, v2, v3, w0, w1, w2, wzr, x0, x1, x2, x29, x30, xzr } from "../../src/aarch64/registers.ts";

const a = new Assembler();
const L: Label = a.newLabel("L");

// ---- valid calls: these must type-check -------------------------------------
a.add(x0, x1, 4);
a.add(x0, sp, x1);
a.add(sp, sp, 16);
a.add(w0, w1, w2, lsl(2));
a.add(x0, x1, w2, sxtw(2));
a.add(x0, sp, x2, lsl(3));
a.add(v0.s4, v1.s4, v2.s4);
a.sub(x0, x1, 4096);
a.mov(x0, 0x123456789abcdefn);
a.mov(w0, wzr);
a.mov(sp, x0);
a.ldr(x0, mem(x1, 8));
a.ldr(x0, mem(x1, x2, lsl(3)));
a.ldr(w0, mem(x1, w2, uxtw(2)));
a.ldr(q0, post(x0, 16));
a.ldr(d0, L);
a.str(s1, pre(sp, -16));
a.stp(x29, x30, pre(sp, -16));
a.ldp(x29, x30, post(sp, 16));
a.ld1([v0.s4, v1.s4], post(x0, 32));
a.st1([v0.b[3]], mem(x0));
a.fmla(v0.s4, v1.s4, v2.s[1]);
a.fadd(d0, d0, d0);
a.b_ne(L);
a.cbz(x0, L);
a.tbnz(w0, 3, L);
a.csel(x0, x1, x2, "eq");
a.cset(w0, "hs");
a.dmb("ish");
a.mrs(x0, "tpidr_el0");
a.msr("fpcr", x0);
a.movi(v0.d2, 0xff00ff00ff00ff00n);
a.ins(v0.s[1], w0);
a.umov(w0, v1.b[3]);
a.tbl(v0.b16, [v1.b16, v2.b16], v3.b16);
a.ldaddal(x0, x1, mem(x2));
a.ret();
a.ldrImm(x0, 5);

// ---- invalid calls: each must fail to type-check ----------------------------
// @ts-expect-error 32-bit and 64-bit registers mixed
a.add(x0, w1, x2);
// @ts-expect-error vector arrangements differ
a.add(v0.s4, v1.s4, v2.d2);
// @ts-expect-error add (immediate) writes sp, not xzr, for register 31
a.add(xzr, sp, 1);
// @ts-expect-error add does not take a ror shift
a.add(x0, x1, x2, ror(2));
// @ts-expect-error ldr has no register post-increment (structure loads do)
a.ldr(x0, post(x1, x2));
// @ts-expect-error not a condition
a.csel(x0, x1, x2, "xx");
// @ts-expect-error cset cannot invert al
a.cset(x0, "al");
// @ts-expect-error ctr_el0 is read-only
a.msr("ctr_el0", x0);
// @ts-expect-error a register list must have one arrangement
a.ld1([v0.s4, v1.d2], mem(x0));
// @ts-expect-error the element size must match the arrangement
a.fmla(v0.s4, v1.s4, v2.d[1]);
// @ts-expect-error mov between w0 and sp has no encoding
a.mov(w0, sp);
// @ts-expect-error b takes a label
a.b(x0);
// @ts-expect-error stp transfers two registers of one width
a.stp(x0, w1, mem(sp));
// @ts-expect-error not a barrier option
a.dmb("foo");
// @ts-expect-error tbz takes a bit number
a.tbz(x0, w1, L);
