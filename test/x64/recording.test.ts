/**
 * recording.test.ts — recording mode (core/recorder.ts) through the function
 * body's assembler: instructions are checked when written (errors at the
 * caller, nothing recorded), replayed once into the output with the same
 * bytes a plain assembler makes (labels, alignment, data, constants and
 * prefixes included), `ret` becomes a jump to the epilogue except at the end,
 * and the scan reads implicit registers and stack effects from the facts.
 */
import { describe, expect, setDefaultTimeout, test } from "bun:test";
import { JitError } from "../../src/core/errors.ts";
import { BodyAssembler } from "../../src/abi/body-assembler.ts";
import { Assembler } from "../../src/x64/assembler.ts";
import { dword, qword } from "../../src/x64/operands.ts";
import { ah, eax, fs, r8b, rax, rbx, rcx, rsp, xmm0, ymm1 } from "../../src/x64/registers.ts";

// the shared 2-core machine runs several suites at once: a hang guard, not a time limit (bun 1.4.5 ignores bunfig's)
setDefaultTimeout(120_000);

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
const codeOf = (f: () => unknown) => {
  try { f(); } catch (e) { return e instanceof JitError ? e.code : String(e); }
  return "no error";
};

/** The same instructions written into `a` (a plain Assembler or a body). */
function program(a: Assembler): void {
  const top = a.newLabel("top"), out = a.newLabel("out");
  a.mov(eax, 1).bind(top).add(rax, qword(rcx, 8)).dec(rcx).jnz(top).align(16);
  a.lock().add(dword(rbx), 1).rep().seg(fs).movsb().movsd(xmm0, a.f64(2.5)).fill(3, 0xcc).dq(7).jmp(out).db([1, 2]).bind(out);
}

describe("recording and replay", () => {
  test("a replayed body has the bytes a plain assembler makes", () => {
    const plain = new Assembler();
    program(plain);
    plain.ret();
    const body = new BodyAssembler();
    program(body);
    body.output.bind(body.replay());
    body.output.ret();
    expect(hex(body.output.finish())).toBe(hex(plain.finish()));
  });

  test("errors are raised when the instruction is written, and nothing is recorded", () => {
    const body = new BodyAssembler();
    expect(codeOf(() => body.mov(ah, r8b))).toBe("EOPERAND"); // ah with REX: check.ts, before recording
    expect(codeOf(() => body.emit("add", eax, rax))).toBe("EOPERAND");
    expect(codeOf(() => body.offset)).toBe("ESTATE");
    expect(codeOf(() => body.finish())).toBe("ESTATE");
    const l = body.newLabel();
    body.bind(l);
    expect(codeOf(() => body.bind(l))).toBe("ELABEL");
    body.output.bind(body.replay());
    body.output.ret();
    expect(hex(body.output.finish())).toBe("c3");
  });

  test("ret jumps to the epilogue unless it is last; rawRet stays a ret", () => {
    const body = new BodyAssembler();
    const sub = body.newLabel("sub");
    body.test(eax, eax).ret(); // → jmp epilogue (something follows)
    body.bind(sub).rawRet(); // a real ret
    body.xor(eax, eax).ret(); // last: dropped, the epilogue follows
    body.output.bind(body.replay());
    body.output.ret();
    expect(hex(body.output.finish())).toBe("85c0" + "eb03" + "c3" + "31c0" + "c3");
  });

  test("the scan: operands, implicit registers and stack effects from the facts, calls, wide vectors", () => {
    const body = new BodyAssembler();
    body.cpuid(); // eax, ebx, ecx, edx implicitly
    body.rep().movsb(); // rsi, rdi, rcx
    body.push(rax).push(rbx).pop(rbx).sub(rsp, 24);
    body.vmovups(ymm1, ymm1);
    expect(body.gpUsed & (1 << 3)).not.toBe(0); // rbx (cpuid)
    expect(body.gpUsed & (1 << 6)).not.toBe(0); // rsi (movsb)
    expect(body.gpUsed & (1 << 7)).not.toBe(0); // rdi (movsb)
    expect(body.rspDepth).toBe(8 + 24);
    expect(body.wideVectors).toBe(true);
    expect(body.calls).toBe(0);
    body.call(body.newLabel());
    expect(body.calls).toBe(1);
    body.leave();
    expect(body.rbpAsRegister).toBe(true);
  });
});
