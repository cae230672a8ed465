/**
 * format.test.ts — the Intel printer against llvm-mc's own printing
 * (test/x64/format-golden.txt, made by scripts/gen-format-golden.ts), the
 * special cases llvm prints differently from what was written (aliases,
 * implicit string operands, unsigned imm8, operand order), listing lines,
 * and the round trip text → parse → format.
 */
import { describe, expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Label } from "../../src/core/label.ts";
import { Assembler } from "../../src/x64/assembler.ts";
import { formatForm, formatInstruction, formatListingLine, formatOperand } from "../../src/x64/format.ts";
import { formSetOf, selectForm } from "../../src/x64/encode/select.ts";
import { formsOf } from "../../src/x64/table/index.ts";
import { Rounding } from "../../src/x64/operands.ts";
import { byte, dword, mem, qword, rnSae, sae, xmmword, zmmword } from "../../src/x64/operands.ts";
import { assemble, parseInstructions } from "../../src/x64/parse.ts";
import { al, eax, ecx, k1, k2, rax, rbx, rcx, rdi, rsi, xmm0, xmm1, xmm2, zmm0, zmm1, zmm2, zmm3 } from "../../src/x64/registers.ts";
import { parseOperand, splitCase } from "../encode/golden-format.ts";

const lines = readFileSync(join(import.meta.dir, "format-golden.txt"), "utf8").split("\n").filter((l) => l !== "" && !l.startsWith("#"));

describe("formatInstruction prints what llvm-mc prints", () => {
  test(`${lines.length} golden lines (builder operands → text)`, () => {
    const bad: string[] = [];
    for (const line of lines) {
      const [, text = "", desc = ""] = line.split(" | ");
      const c = splitCase(desc);
      const got = formatInstruction(c.mnemonic, c.ops.map((t) => parseOperand(t)), c.prefix);
      if (got !== text) bad.push(`${text}\n      got ${got}`);
    }
    if (bad.length) throw new Error(`${bad.length} of ${lines.length} differ:\n  ${bad.slice(0, 20).join("\n  ")}`);
  });
  test("llvm's text parses back to the golden bytes (text → parse → bytes)", () => {
    const bad: string[] = [];
    for (const line of lines) {
      const [want = "", text = ""] = line.split(" | ");
      try {
        const got = Array.from(assemble(text), (x) => x.toString(16).padStart(2, "0")).join(" ");
        if (got !== want) bad.push(`${text}: ${got} != ${want}`);
      } catch (e) {
        bad.push(`${text}: ${(e as Error).message}`);
      }
    }
    // vmovq xmm, xmm: an encoder/table mismatch (golden.test.ts reports it too);
    // vpcmpeq[bwdq]: llvm prints vpcmp{b,w,d,q} with predicate 0 as vpcmpeq*, which reads back as the
    // distinct VPCMPEQ* instruction (same result, other opcode) — llvm-mc itself does not round-trip these
    const known = bad.filter((b) => /^vmovq xmm\d+, xmm\d+:/.test(b) || /^vpcmpeq[bwdq] /.test(b));
    expect(bad.filter((b) => !known.includes(b))).toEqual([]);
  });
  test("formatForm prints the form the matcher chose (the listing's and the disassembler's entry)", () => {
    const bad: string[] = [];
    for (const line of lines) {
      const [, text = "", desc = ""] = line.split(" | ");
      const c = splitCase(desc);
      const all = c.ops.map((t) => parseOperand(t));
      const rc = (all.find((o) => o instanceof Rounding) as Rounding | undefined) ?? null;
      const ops = all.filter((o) => !(o instanceof Rounding));
      const form = selectForm(formSetOf(c.mnemonic)!, ops[0], ops[1], ops[2], ops[3], ops.length, rc);
      const got = formatForm(form, ops, ops.length, rc, c.prefix);
      if (got !== text) bad.push(`${text}\n      got ${got}`);
    }
    expect(bad).toEqual([]);
  });
  test("parse → format reproduces llvm's text", () => {
    const bad: string[] = [];
    for (const line of lines) {
      const [, text = ""] = line.split(" | ");
      const [i] = parseInstructions(text);
      const got = formatInstruction(i!.mnemonic, i!.operands, i!.prefix);
      if (got !== text) bad.push(`${text}\n      got ${got}`);
    }
    expect(bad).toEqual([]);
  });
});

describe("llvm-mc's printing rules", () => {
  const L = new Label(0, {}, "foo");
  const cases: [string, string, ...unknown[]][] = [
    ["add rax, qword ptr [rdi + 8*rcx + 16]", "add", rax, qword(rdi, rcx, 8, 16)],
    ["mov rax, qword ptr [rdi + rcx - 8]", "mov", rax, qword(rdi, rcx, 1, -8)],
    ["mov qword ptr [rax], rbx", "mov", mem(rax), rbx],
    ["lea rax, [rip + foo]", "lea", rax, mem(L)],
    ["lea rax, [rip + foo+8]", "lea", rax, mem(L, 8)],
    ["mov rax, qword ptr [rip + foo-8]", "mov", rax, qword(L, -8)],
    ["mov rax, qword ptr [40]", "mov", rax, qword(40)],
    ["mov qword ptr fs:[40], rax", "mov", qword(40).fs(), rax],
    ["mov eax, dword ptr [rsi + 4*rcx]", "mov", eax, dword(rsi, rcx, 4)],
    ["jmp foo", "jmp", L],
    ["je foo", "jz", L],
    ["jb foo", "jnae", L],
    ["loope foo", "loopz", L],
    ["loopne foo", "loopnz", L],
    ["sete al", "setz", al],
    ["cmove rax, rbx", "cmovz", rax, rbx],
    ["shl rax", "sal", rax, 1],
    ["shl rax, 2", "shl", rax, 2],
    ["ror ecx, 255", "ror", ecx, -1],
    ["movabs rax, 9223372036854775807", "mov", rax, 0x7fffffffffffffffn],
    ["mov rax, -1", "mov", rax, 0xffffffffffffffffn],
    ["mov eax, 4294967295", "mov", eax, 0xffffffff],
    ["add al, 255", "add", al, 255],
    ["mov byte ptr [rax], -1", "mov", byte(rax), -1],
    ["movsb byte ptr es:[rdi], byte ptr [rsi]", "movsb"],
    ["rep stosq qword ptr es:[rdi], rax", "stosq"],
    ["lodsd eax, dword ptr [rsi]", "lodsd"],
    ["scasw ax, word ptr es:[rdi]", "scasw"],
    ["cmpsb byte ptr [rsi], byte ptr es:[rdi]", "cmpsb"],
    ["test qword ptr [rax], rcx", "test", rcx, qword(rax)],
    ["xchg rax, rbx", "xchg", rbx, rax],
    ["xchg rcx, rbx", "xchg", rcx, rbx],
    ["xchg qword ptr [rax], rcx", "xchg", rcx, qword(rax)],
    ["cmpordps xmm1, xmm2", "cmpps", xmm1, xmm2, 7],
    ["cmpps xmm1, xmm2, 8", "cmpps", xmm1, xmm2, 8],
    ["vcmptrue_usps k1, zmm1, zmm2", "vcmpps", k1, zmm1, zmm2, 31],
    ["vcmpeqpd k1 {k2}, zmm2, zmm3, {sae}", "vcmppd", k1.k(k2), zmm2, zmm3, 0, sae],
    ["vpcmpd k1, zmm1, zmm2, 3", "vpcmpd", k1, zmm1, zmm2, 3],
    ["vpcmpnleuq k1, zmm1, zmm2", "vpcmpuq", k1, zmm1, zmm2, 6],
    ["vaddpd zmm0 {k1} {z}, zmm1, qword ptr [rax]{1to8}", "vaddpd", zmm0.k(k1).z(), zmm1, qword(rax).bcst()],
    ["vaddpd zmm0, zmm1, zmm2, {rn-sae}", "vaddpd", zmm0, zmm1, zmm2, rnSae],
    ["vmovups zmmword ptr [rax] {k1}, zmm0", "vmovups", zmmword(rax).k(k1), zmm0],
    ["pshufd xmm0, xmmword ptr [rax], 255", "pshufd", xmm0, xmmword(rax), -1],
    ["lock add qword ptr [rax], 1", "add", qword(rax), 1],
  ];
  for (const [want, m, ...ops] of cases) {
    test(want, () => {
      const prefix = want.startsWith("lock ") ? "lock" : want.startsWith("rep ") ? "rep" : "";
      expect(formatInstruction(m, ops as never, prefix)).toBe(want);
    });
  }
  test("formatOperand", () => {
    expect(formatOperand(qword(rdi, rcx, 8, 16))).toBe("qword ptr [rdi + 8*rcx + 16]");
    expect(formatOperand(mem(rax))).toBe("[rax]");
    expect(formatOperand(zmm0.k(k1).z())).toBe("zmm0 {k1} {z}");
    expect(formatOperand(-5)).toBe("-5");
    expect(formatOperand(rnSae)).toBe("{rn-sae}");
    expect(formatOperand(xmm2)).toBe("xmm2");
  });
});

describe("listing", () => {
  test("formatListingLine: offset, bytes, text", () => {
    expect(formatListingLine(0x10, [0x48, 0x01, 0xd8], "add rax, rbx")).toBe(`000010  ${"48 01 d8".padEnd(30)}  add rax, rbx`);
    expect(formatListingLine(0, new Uint8Array([0xc3]), "ret", { offsetWidth: 4, bytesWidth: 4 })).toBe("0000  c3    ret");
  });
  test("the Assembler's listing prints llvm's text", () => {
    const a = new Assembler({ listing: true });
    const top = a.newLabel("top");
    a.bind(top);
    a.emit("sal", rax, 1);
    a.emit("jnz", top);
    a.emit("vaddpd", zmm0.k(k1).z(), zmm1, qword(rax).bcst());
    a.rep().emit("movsb");
    a.finish();
    const text = a.listing();
    expect(text).toContain("shl rax");
    expect(text).toContain("top:");
    expect(text).toContain("vaddpd zmm0 {k1} {z}, zmm1, qword ptr [rax]{1to8}");
    expect(text).toContain("rep movsb byte ptr es:[rdi], byte ptr [rsi]");
  });
  test("a listing's text column assembles back to the same bytes", () => {
    const a = new Assembler({ listing: true });
    const top = a.newLabel("top"), done = a.newLabel("done");
    a.xor(rax, rax).test(rsi, rsi).jz(done).align(16);
    a.bind(top);
    a.add(rax, qword(rdi, rcx, 8)).inc(rcx).cmp(rcx, rsi).jne(top);
    a.bind(done);
    a.vaddpd(zmm0.k(k1).z(), zmm1, qword(rax).bcst()).rep().movsb().lock().add(dword(rax), 1).emit("sal", rax, 1).ret();
    a.db([1, 2]).dq(5).float64(2.5);
    const bytes = a.finish();
    const text = a.listing().split("\n").map((l) => (l.endsWith(":") ? l : l.slice(40))).join("\n");
    expect(Array.from(assemble(text))).toEqual(Array.from(bytes));
  });
});
