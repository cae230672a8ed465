/**
 * facts.test.ts — the instruction facts (src/x64/table/facts*.ts): every form
 * of the table has them, the notation means what facts-rows.ts says, and the
 * rules of `operandAccess` (narrow writes, merging masks, movss merges). The
 * CPU judges the facts themselves in facts-exec.test.ts.
 */
import { describe, expect, test } from "bun:test";
import { JitError } from "../../src/core/errors.ts";
import { allForms, formsOf } from "../../src/x64/table/index.ts";
import {
  ACC_NONE, ACC_R, ACC_RW, ACC_W, factsFromRows, factsOf, F_CF, F_DF, F_OF, F_SF, F_STATUS, F_ZF, KIND_BRANCH, KIND_CALL, KIND_JUMP, KIND_RET, KIND_TRAP,
  operandAccess, regNumber, T_BITBASE, T_MASKW, T_NONDET, T_NOZEXT, T_PRIV, type InstructionFacts,
} from "../../src/x64/table/facts.ts";
import { ah, RT_GP, RT_K, RT_ZMM } from "../../src/x64/registers.ts";
import type { Form } from "../../src/x64/table/schema.ts";

function form(text: string): Form {
  const f = formsOf(text.split(" ")[0]!)?.find((x) => x.text === text);
  if (f === undefined) throw new Error(`no form "${text}"`);
  return f;
}
function facts(text: string): InstructionFacts {
  return factsOf(form(text))!;
}
const implicit = (f: InstructionFacts) => f.implicit.map((i) => `${i.reg.name}:${i.access === ACC_R ? "r" : i.access === ACC_W ? "w" : "rw"}`).sort();

describe("coverage", () => {
  test("every form of gp/sse/avx/avx512 has facts", () => {
    const missing = allForms().filter((f) => factsOf(f) === undefined).map((f) => f.text);
    expect(missing).toEqual([]);
    expect(allForms().length).toBeGreaterThan(3000);
  });
  test("every access list has one entry per operand; immediates and labels are never accessed", () => {
    for (const f of allForms()) {
      const x = factsOf(f)!;
      expect(x.access.length).toBe(f.ops.length);
      f.ops.forEach((o, i) => {
        if (o.imm !== 0 || o.rel !== 0) expect(x.access[i]).toBe(ACC_NONE);
      });
    }
  });
});

describe("facts of the families the allocator depends on", () => {
  test("mul/div use rdx:rax at the operand size", () => {
    expect(implicit(facts("div r/m32"))).toEqual(["eax:rw", "edx:rw"]);
    expect(implicit(facts("idiv r/m64"))).toEqual(["rax:rw", "rdx:rw"]);
    expect(implicit(facts("div r/m8"))).toEqual(["ax:rw"]);
    expect(implicit(facts("mul r/m64"))).toEqual(["rax:rw", "rdx:w"]);
    expect(implicit(facts("imul r/m16"))).toEqual(["ax:rw", "dx:w"]);
    expect(facts("imul r32, r/m32").access).toEqual([ACC_RW, ACC_R]);
    expect(facts("imul r32, r/m32, imm32").access).toEqual([ACC_W, ACC_R, ACC_NONE]);
    expect(implicit(facts("cqo"))).toEqual(["rax:r", "rdx:w"]);
    expect(implicit(facts("mulx r64a, r64b, r/m64"))).toEqual(["rdx:r"]);
    expect(facts("mulx r64a, r64b, r/m64").access).toEqual([ACC_W, ACC_W, ACC_R]);
  });
  test("shift counts in cl are read; a count that may be 0 keeps the flags", () => {
    const f = facts("shl r/m32, cl");
    expect(f.access).toEqual([ACC_RW, ACC_R]);
    expect(f.flagsRead & F_CF).toBe(F_CF);
    expect(facts("shl r/m32, 1").flagsRead).toBe(0);
    expect(facts("shl r/m32, imm8").access).toEqual([ACC_RW, ACC_NONE]);
    expect(facts("sarx r64a, r/m64, r64b").access).toEqual([ACC_W, ACC_R, ACC_R]);
  });
  test("string instructions: rsi/rdi, DF, and rcx with a rep prefix", () => {
    const m = facts("movsq");
    expect(implicit(m)).toEqual(["rdi:rw", "rsi:rw"]);
    expect(m.flagsRead).toBe(F_DF);
    expect(m.rep?.map((r) => r.reg.name)).toEqual(["rcx"]);
    expect(m.memory.map((x) => `${x.base.name}:${x.access}`)).toEqual(["rsi:1", "rdi:2"]);
    expect(implicit(facts("stosb"))).toEqual(["al:r", "rdi:rw"]);
    expect(facts("movsd xmm, xmm/m64").rep).toBeNull(); // the SSE movsd is not the string one
  });
  test("cpuid, cmpxchg16b, xlat, syscall", () => {
    expect(implicit(facts("cpuid"))).toEqual(["eax:rw", "ebx:w", "ecx:rw", "edx:w"]);
    expect(implicit(facts("cmpxchg16b m128"))).toEqual(["rax:rw", "rbx:r", "rcx:r", "rdx:rw"]);
    expect(implicit(facts("cmpxchg r/m32, r32"))).toEqual(["eax:rw"]);
    expect(implicit(facts("xlatb"))).toEqual(["al:rw", "rbx:r"]);
    expect(implicit(facts("syscall"))).toEqual(["r11:w", "rcx:w"]);
    expect(implicit(facts("lahf"))).toEqual(["ah:w"]);
    expect(regNumber(ah)).toBe(0);
  });
  test("condition codes read exactly their flags", () => {
    expect(facts("cmovne r64, r/m64").flagsRead).toBe(F_ZF);
    expect(facts("setl r/m8").flagsRead).toBe(F_SF | F_OF);
    expect(facts("jbe rel8").flagsRead).toBe(F_CF | F_ZF);
    expect(facts("jg rel32").flagsRead).toBe(F_ZF | F_SF | F_OF);
    expect(facts("cmovo r32, r/m32").access).toEqual([ACC_RW, ACC_R]);
  });
  test("flags written and undefined", () => {
    expect(facts("add r/m64, r64").flagsWritten).toBe(F_STATUS);
    expect(facts("inc r/m32").flagsWritten & F_CF).toBe(0);
    expect(facts("adc r/m32, r32").flagsRead).toBe(F_CF);
    const m = facts("mul r/m32");
    expect(m.flagsWritten).toBe(F_OF | F_CF);
    expect(m.flagsUndefined & F_ZF).toBe(F_ZF);
    expect(facts("mov r/m64, r64").flagsWritten).toBe(0);
    expect(facts("lea r64, m").access).toEqual([ACC_W, ACC_NONE]);
  });
  test("stack effects and control transfer", () => {
    expect(facts("push r64").stack).toBe(-8);
    expect(facts("push r16").stack).toBe(-2);
    expect(facts("pop r64").stack).toBe(8);
    expect(facts("leave").stack).toBeNull();
    expect(facts("call rel32").kind).toBe(KIND_CALL);
    expect(facts("ret").kind).toBe(KIND_RET);
    expect(facts("jmp rel8").kind).toBe(KIND_JUMP);
    expect(facts("jne rel8").kind).toBe(KIND_BRANCH);
    expect(facts("loop rel8").kind).toBe(KIND_BRANCH);
    expect(facts("ud2").kind).toBe(KIND_TRAP);
    expect(facts("add r/m64, r64").kind).toBe(0);
  });
  test("vector forms: legacy two-operand reads its destination, VEX/EVEX writes it, FMA reads it", () => {
    expect(facts("addsd xmm, xmm/m64").access).toEqual([ACC_RW, ACC_R]);
    expect(facts("sqrtpd xmm, xmm/m128").access).toEqual([ACC_W, ACC_R]);
    expect(facts("vaddsd xmm, xmm, xmm/m64").access).toEqual([ACC_W, ACC_R, ACC_R]);
    expect(facts("vfmadd231pd ymm, ymm, ymm/m256").access).toEqual([ACC_RW, ACC_R, ACC_R]);
    expect(facts("vpternlogd zmm{k}{z}, zmm, zmm/m512/m32bcst, imm8").access).toEqual([ACC_RW, ACC_R, ACC_R, ACC_NONE]);
    expect(facts("vgatherdpd xmm, vm32x, xmm").access).toEqual([ACC_RW, ACC_R, ACC_RW]);
    expect(facts("vpgatherdd zmm{k}, vm32z").traits & T_MASKW).toBe(T_MASKW);
    expect(implicit(facts("pcmpistri xmm, xmm/m128, imm8"))).toEqual(["ecx:w"]);
    expect(implicit(facts("blendvps xmm, xmm/m128"))).toEqual(["xmm0:r"]);
    expect(facts("vzeroupper").implicit.length).toBe(32);
    expect(facts("kortestw k, k").flagsWritten).toBe(F_STATUS);
  });
  test("traits", () => {
    expect(facts("rdtsc").traits & T_NONDET).toBe(T_NONDET);
    expect(facts("hlt").traits & T_PRIV).toBe(T_PRIV);
    expect(facts("bts r/m64, r64").traits & T_BITBASE).toBe(T_BITBASE);
    expect(facts("bts r/m64, imm8").traits & T_BITBASE).toBe(0);
    expect(facts("bsf r32, r/m32").traits & T_NOZEXT).toBe(T_NOZEXT);
  });
});

describe("operandAccess: the width and masking rules", () => {
  test("an 8- or 16-bit GP write keeps the other bits: read too; a 32-bit write does not", () => {
    const f = form("mov r/m16, r16"), x = factsOf(f)!;
    expect(operandAccess(x, f, 0, { isReg: true, bits: 16, type: RT_GP })).toBe(ACC_RW);
    const g = form("mov r/m32, r32");
    expect(operandAccess(factsOf(g)!, g, 0, { isReg: true, bits: 32, type: RT_GP })).toBe(ACC_W);
    expect(operandAccess(factsOf(g)!, g, 0, { isReg: false })).toBe(ACC_W);
  });
  test("a merging {k} mask makes an EVEX destination read; {z} and k destinations do not", () => {
    const f = form("vaddps zmm{k}{z}, zmm, zmm/m512/m32bcst"), x = factsOf(f)!;
    expect(operandAccess(x, f, 0, { isReg: true, type: RT_ZMM, bits: 512, merging: true })).toBe(ACC_RW);
    expect(operandAccess(x, f, 0, { isReg: true, type: RT_ZMM, bits: 512, merging: false })).toBe(ACC_W);
    const c = formsOf("vpcmpd")!.find((g) => g.enc === 2)!;
    expect(operandAccess(factsOf(c)!, c, 0, { isReg: true, type: RT_K, bits: 64, merging: true })).toBe(ACC_W);
  });
  test("legacy movss/movsd: a register source merges, a load writes", () => {
    const f = form("movss xmm, xmm/m32"), x = factsOf(f)!;
    expect(x.mergeIfReg).toBe(true);
    expect(operandAccess(x, f, 0, { nextIsReg: true })).toBe(ACC_RW);
    expect(operandAccess(x, f, 0, { nextIsReg: false })).toBe(ACC_W);
    expect(operandAccess(x, f, 0)).toBe(ACC_RW); // unknown: the safe answer
  });
});

describe("the notation", () => {
  const neg = form("neg r/m32"), shl = form("shl r/m32, cl"), cmove = form("cmove r32, r/m32");
  test("first matching line wins; quoted keys match the form text; cc keys expand", () => {
    const get = factsFromRows(`"shl *, cl" | rw r | rf=C\nshl | rw r |\ncmovcc | rw r | rf=cc\nneg | rw* | wf=OSZAPC`);
    expect(get(shl)!.flagsRead).toBe(F_CF);
    expect(get(cmove)!.flagsRead).toBe(F_ZF);
    expect(get(neg)!.access).toEqual([ACC_RW]);
    expect(get(form("sub r/m32, r32"))).toBeUndefined();
  });
  test("globs and arity keys", () => {
    const get = factsFromRows(`imul/3 | w* |\nim* | rw* |`);
    expect(get(form("imul r32, r/m32, imm8s"))!.access).toEqual([ACC_W, ACC_R, ACC_NONE]);
    expect(get(form("imul r32, r/m32"))!.access).toEqual([ACC_RW, ACC_R]);
  });
  test("a malformed line is a JitError ESTATE naming the line", () => {
    const bad: [string, Form][] = [
      ["neg | rw | wf=Q", neg], // unknown flag letter
      ["neg | rw | use=zax", neg], // unknown register
      ["neg | rw rw |", neg], // two access words for one operand
      ["neg | xx |", neg], // bad access word
      ["neg | rw | foo=1", neg], // unknown fact
      ["neg | rw | kind=sideways", neg],
      ["neg | rw | trait=shiny", neg],
      ["neg | rw | stack=1.5", neg],
      ["neg | rw | mr=rsi", neg],
      ["neg | rw | rf=cc", neg], // cc without a condition code
      ["neg/x | rw |", neg],
      ["neg", neg], // no access column
    ];
    for (const [text, f] of bad) {
      let err: unknown = null;
      try {
        factsFromRows(text)(f);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(JitError);
      expect((err as JitError).code).toBe("ESTATE");
      expect((err as JitError).message).toContain("facts-rows.ts:1");
    }
  });
});
