/**
 * parse.test.ts — the Intel-syntax text front end: statements, labels,
 * directives, comments and separators, numbers and expressions, EVEX
 * decorations, error codes with line/column, the `asm` template, and the
 * equivalence of the two front ends (text vs builder) over every golden
 * vector and program. Expected bytes of the hand-written cases were produced
 * by llvm-mc 14 (`-filetype=obj`); MASM's `10h` is refused, as by llvm-mc-22
 * and GNU as 2.40.
 */
import { describe, expect, test } from "bun:test";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { JitError } from "../../src/core/errors.ts";
import { Label } from "../../src/core/label.ts";
import { Assembler } from "../../src/x64/assembler.ts";
import { formatInstruction } from "../../src/x64/format.ts";
import { dword, qword, rnSae } from "../../src/x64/operands.ts";
import { asm, asmInto, assemble, parseInstructions, parseInto } from "../../src/x64/parse.ts";
import { k1, rax, rbx, rcx, rdi, zmm0, zmm1, zmm2 } from "../../src/x64/registers.ts";
import { emitCase, parseOperand, splitCase } from "../encode/golden-format.ts";

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

/** [source, llvm-mc's bytes] */
const CASES: [string, string][] = [
  ["mov rax, qword ptr [rdi + 8*rsi + 16]\nret", "488b44f710c3"],
  ["mov rax, qword ptr [rbx + 4*rcx - 8]", "488b448bf8"],
  ["mov rax, [rbx+rcx*4]", "488b048b"],
  ["mov rax, [rcx*4+rbx]", "488b048b"],
  ["mov rax, [rcx*1]", "488b040d00000000"],
  ["mov rax, [rax + rsp]", "488b0404"],
  ["mov rax, [rcx*1 + rax]", "488b0408"],
  ["lea rax, [rbp*2]", "488d046d00000000"],
  ["mov rax, QWORD PTR [RBX + RCX*4 + 0x10]", "488b448b10"],
  ["mov rax, qword ptr fs:[0x28]", "64488b042528000000"],
  ["mov rax, qword ptr fs:0x28", "64488b042528000000"],
  ["mov eax, fs:[rax]", "648b00"],
  ["mov rcx, gs:[rax + 8]", "65488b4808"],
  ["mov qword ptr [rsp], rbx", "48891c24"],
  ["mov [rax], rbx", "488918"],
  ["mov byte ptr [rax], 1", "c60001"],
  ["mov rax, qword ptr [0x1000]", "488b042500100000"],
  ["lea rax, [rip + foo]\nfoo: ret", "488d0500000000c3"],
  ["lea rax, [rip + foo + 8]\nfoo: ret", "488d0508000000c3"],
  ["lea rax, [foo + rip]\nfoo: ret", "488d0500000000c3"],
  ["mov eax, dword ptr [rip - 16]", "8b05f0ffffff"],
  ["lea rax, [rax + rax*2]", "488d0440"],
  ["lea eax, [ebx + ecx*8 + 4]", "678d44cb04"],
  ["lea rax, [r12]", "498d0424"],
  ["lea rax, [r13]", "498d4500"],
  ["lea rax, [rsp + 8]", "488d442408"],
  ["lea rax, [4*rcx]", "488d048d00000000"],
  ["lea rax, [rbx + 2*3]", "488d4306"],
  ["lea rax, [rbx + (8 << 2) - 1]", "488d431f"],
  ["movups xmm0, xmmword ptr [rax]", "0f1000"],
  ["vmovups ymm1, ymmword ptr [rax + 32]", "c5fc104820"],
  ["vmovups zmm2, zmmword ptr [rax + 64]", "62f17c48105001"],
  ["vaddpd zmm0 {k1} {z}, zmm1, qword ptr [rax]{1to8}", "62f1f5d95800"],
  ["vaddps zmm0{k1}{z}, zmm1, dword ptr [rax]{1to16}", "62f174d95800"],
  ["vaddpd zmm0, zmm1, zmm2, {rn-sae}", "62f1f51858c2"],
  ["vaddps zmm0, zmm1, zmm2, {rz-sae}", "62f1747858c2"],
  ["vcmppd k1 {k2}, zmm2, zmm3, 0", "62f1ed4ac2cb00"],
  ["vcmpps k1, zmm2, zmm3, {sae}, 1", "62f16c18c2cb01"],
  ["vmovups zmmword ptr [rax] {k1}, zmm0", "62f17c491100"],
  ["vpgatherdd zmm0 {k1}, [rax + zmm1*4]", "62f27d49900488"],
  ["vgatherdps xmm0, xmmword ptr [rax + 4*xmm1], xmm2", "c4e269920488"],
  ["kmovw k1, k2", "c5f890ca"],
  ["vpternlogd zmm0, zmm1, zmm2, 0xff", "62f3754825c2ff"],
  ["add rax, 0b101", "4883c005"],
  ["add rax, 017", "4883c00f"],
  ["add rax, -1", "4883c0ff"],
  ["add eax, -0x80", "83c080"],
  ["mov eax, 'A'", "b841000000"],
  ["mov rax, 0x1122334455667788", "48b88877665544332211"],
  ["mov rax, 0xffffffffffffffff", "48c7c0ffffffff"],
  ["mov rax, -0x8000000000000000", "48b80000000000000080"],
  ["mov eax, 1 << 4 | 3", "b813000000"],
  ["mov eax, (2 + 3) * 4 - 1", "b813000000"],
  ["mov eax, ~0", "b8ffffffff"],
  ["mov eax, 100 / 7 % 5", "b804000000"],
  ["mov eax, 0xff & 0x0f ^ 1", "b80e000000"],
  ["lock add qword ptr [rax], 1", "f048830001"],
  ["lock cmpxchg qword ptr [rdi], rsi", "f0480fb137"],
  ["rep movsb", "f3a4"],
  ["rep stosq", "f348ab"],
  ["repe cmpsb", "f3a6"],
  ["repz scasb", "f3ae"],
  ["repne scasb", "f2ae"],
  ["repnz cmpsb", "f2a6"],
  ["lock\nadd qword ptr [rax], 1", "f048830001"],
  // a prefix alone on its line is its byte, whatever follows (llvm-mc-22)
  ["nop\nlock", "90f0"],
  ["rep # the next line is a comment\n# movsb", "f3"],
  ["rep\nret", "f3c3"],
  ["fs\nnop", "6490"],
  ["addr32\nnop\ndata16\nrex64\nxacquire\nxrelease\ncs; ds; es; ss; gs", "67906648f2f32e3e263665"],
  // {er}/{sae} right after the last vector register, before a GP source or an immediate (llvm-mc-22)
  ["vcvtsi2ss xmm0, xmm1, {rn-sae}, eax", "62f176182ac0"],
  ["vcvtss2si eax, xmm1, {rn-sae}", "62f17e182dc1"],
  ["vrndscaleps zmm0, zmm1, {sae}, 3", "62f37d1808c103"],
  ["vfixupimmps zmm0, zmm1, zmm2, {sae}, 3", "62f3751854c203"],
  ["nop; nop; ret", "9090c3"],
  ["nop # comment\nret // another\n/* block\n comment */ int3", "90c3cc"],
  ["push rbp; mov rbp, rsp; pop rbp; ret", "554889e55dc3"],
  ["l1: dec rcx\njnz l1", "48ffc975fb"],
  ["jmp fwd\nnop\nfwd: ret", "eb0190c3"],
  ["jmp 1f\n1: nop\njmp 1b\n1: jmp 1b", "eb0090ebfdebfe"],
  [".Lloop: dec ecx; jnz .Lloop; ret", "ffc975fcc3"],
  ["a: b: c: nop", "90"],
  ["call fn\nret\nfn: ret", "e801000000c3c3"],
  ["jmp qword ptr [rax]", "ff20"],
  ["call qword ptr [rip + tbl]\ntbl: .quad 0", "ff15000000000000000000000000"],
  [".byte 1,2,3\n.word 0x1234\n.short -2\n.long -1\n.int 7\n.quad 0x1122334455667788", "0102033412feffffffffff070000008877665544332211"],
  [".float 1.5, -0.25\n.double -2.5e3, 1e-3", "0000c03f000080be000000000088a3c0fca9f1d24d62503f"],
  [".ascii \"ab\\tc\"\n.asciz \"c\\n\"\n.string \"\\x41\\101\"", "61620963630a00414100"],
  ["nop\n.align 16\nret", "906666666666662e0f1f840000000000c3"],
  ["nop\n.p2align 4\nret", "906666666666662e0f1f840000000000c3"],
  ["nop\n.balign 8\nret", "900f1f8000000000c3"],
  ["nop\n.align 8, 0xcc\nret", "90ccccccccccccccc3"],
  [".zero 3\n.skip 2, 0x90", "0000009090"],
  [".equ N, 8\nmov rax, N*2", "48c7c010000000"],
  [".set M, 3\nK = M + 1\nmov eax, K", "b804000000"],
  [".intel_syntax noprefix\nMOV RAX, RBX", "4889d8"],
  [".text\n.globl f\n.type f, @function\nf: ret", "c3"],
  ["shl rax, 1", "48d1e0"],
  ["shl rax, cl", "48d3e0"],
  ["ror ecx, 3", "c1c903"],
  ["movabs rax, 0x1122334455667788", "48b88877665544332211"],
  ["xchg rax, rbx", "4893"],
  ["test rax, rax", "4885c0"],
  ["movzx eax, byte ptr [rdi]", "0fb607"],
  ["movsxd rax, dword ptr [rdi]", "486307"],
  ["imul rax, qword ptr [rdi], 10", "486b070a"],
  ["ret 8", "c20800"],
  ["int3", "cc"],
];

describe("assemble: llvm-mc's bytes", () => {
  for (const [src, want] of CASES) {
    test(JSON.stringify(src).slice(1, 70), () => {
      expect(hex(assemble(src))).toBe(want);
    });
  }
});

function err(src: string): JitError {
  try {
    assemble(src);
  } catch (e) {
    if (e instanceof JitError) return e;
    throw e;
  }
  throw new Error(`no error for ${JSON.stringify(src)}`);
}

describe("errors carry code, line and column", () => {
  const cases: [string, string, number, number, RegExp][] = [
    ["mov rax, [rax", "ESYNTAX", 1, 14, /expected '\+', '-', '\*' or ']'/],
    ["nop\nmov rax, rbx rcx", "ESYNTAX", 2, 14, /expected ',' or end of statement, got "rcx"/],
    ["mov rax,", "ESYNTAX", 1, 9, /expected an operand/],
    ["mov rax, 1 +", "ESYNTAX", 1, 13, /expected a number/],
    ["nop\n  .bogus 1", "ESYNTAX", 2, 3, /unknown directive \.bogus/],
    ["mov rax, $", "ESYNTAX", 1, 10, /unexpected character/],
    [".ascii \"abc", "ESYNTAX", 1, 8, /unterminated string/],
    ["add rax, 0x", "ESYNTAX", 1, 10, /malformed number/],
    ["add rax, 10h", "ESYNTAX", 1, 10, /malformed number "10h"/],
    ["mov eax, [0ffh]", "ESYNTAX", 1, 11, /malformed number "0ffh"/],
    ["mov eax, 1/0", "ESYNTAX", 1, 11, /division by zero/],
    ["vaddpd zmm0 {k9}, zmm1, zmm2", "ESYNTAX", 1, 13, /expected \{k1\}\.\.\{k7\} or \{z\}/],
    ["vaddpd zmm0, zmm1, zmm2, {rq-sae}", "ESYNTAX", 1, 26, /expected \{rn-sae\}/],
    [".att_syntax", "ESYNTAX", 1, 1, /AT&T/],
    ["1 + 2", "ESYNTAX", 1, 1, /expected an instruction, a directive or a label/],
    ["nop\n\nfoo rax", "EMNEMONIC", 3, 1, /unknown instruction "foo"/],
    ["add eax, rbx", "EOPERAND", 1, 10, /operand 2 of add: expected/],
    ["add [rax], 1", "EOPERAND", 1, 5, /ambiguous operand size/],
    ["mov rax, [rax + rsp*2]", "EOPERAND", 1, 10, /rsp cannot be an index/],
    ["mov rax, [rax - rbx]", "EOPERAND", 1, 17, /cannot be subtracted/],
    ["mov rax, [rax + rbx + rcx]", "EOPERAND", 1, 23, /too many registers/],
    ["mov rax, [rax*3]", "EOPERAND", 1, 10, /scale must be 1, 2, 4 or 8/],
    ["lea rax, [foo]\nfoo:", "EOPERAND", 1, 10, /write \[rip \+ foo\]/],
    ["vaddpd zmm0, zmm1, qword ptr [rax]{1to4}", "EOPERAND", 1, 1, /no form accepts this combination/],
    ["vaddpd zmm0, zmm1, qword ptr [rax]{1to3}", "ESYNTAX", 1, 35, /N must be 2, 4, 8, 16 or 32/],
    ["vaddpd zmm0, zmm1, [rax]{1to8}", "EOPERAND", 1, 25, /needs the element size/],
    ["vaddpd zmm0 {z}, zmm1, zmm2", "EOPERAND", 1, 8, /needs an opmask/],
    ["mov al, 300", "ERANGE", 1, 9, /300 does not fit/],
    [".byte 256", "ERANGE", 1, 1, /does not fit in 8 bits/],
    [".align 3", "ERANGE", 1, 1, /power of two/],
    ["jmp nowhere", "ELABEL", 1, 5, /label "nowhere" is never defined/],
    ["x: nop\nx: nop", "ELABEL", 2, 1, /label "x" is already defined/],
    ["jmp 1b", "ELABEL", 1, 5, /no label "1:"/],
    ["lock add rax, 1", "EOPERAND", 1, 6, /lock prefix is not allowed/],
    ["vaddps zmm0, zmm1, {rn-sae}, zmm2", "EOPERAND", 1, 20, /right after the last vector register/],
    ["vcmpps k1, zmm2, zmm3, 1, {sae}", "EOPERAND", 1, 27, /right after the last vector register/],
    ["vaddps zmm0, zmm1, qword ptr [rax], {rn-sae}", "EOPERAND", 1, 37, /right after the last vector register/],
    ["mov rax, qword [rax]", "ESYNTAX", 1, 16, /expected 'ptr' after qword/],
  ];
  for (const [src, code, line, column, msg] of cases) {
    test(`${code}: ${JSON.stringify(src)}`, () => {
      const e = err(src);
      expect(e.code).toBe(code as JitError["code"]);
      expect(e.line).toBe(line);
      expect(e.column).toBe(column);
      expect(e.message).toMatch(msg);
      expect(e.message.startsWith(`line ${line}, column ${column}: `)).toBe(true);
    });
  }
  test("a wrapped encoder error keeps its instruction, operand and cause", () => {
    const e = err("nop\nadd eax, rbx");
    expect(e.instruction).toBe("add");
    expect(e.operand).toBe(2);
    expect(e.cause).toBeInstanceOf(JitError);
  });
});

describe("asm template and parseInto", () => {
  test("registers, numbers, bigints and memory operands interpolate", () => {
    const n = 42;
    expect(hex(asm`mov ${rax}, ${n}; add rax, ${qword(rdi, 8)}; ret`)).toBe(hex(assemble("mov rax, 42; add rax, qword ptr [rdi + 8]; ret")));
    expect(hex(asm`mov rax, ${0x1122334455667788n}`)).toBe("48b88877665544332211");
  });
  test("registers inside addresses and numbers inside expressions", () => {
    const base = rdi, idx = rcx, d = 16;
    expect(hex(asm`mov rax, qword ptr [${base} + 8*${idx} + ${d}]`)).toBe("488b44cf10");
    expect(hex(asm`mov eax, ${d} * 2 + 1`)).toBe("b821000000");
  });
  test("decorated registers, broadcast memory and rounding", () => {
    expect(hex(asm`vaddpd ${zmm0.k(k1).z()}, ${zmm1}, ${qword(rax).bcst()}`)).toBe("62f1f5d95800");
    expect(hex(asm`vaddpd zmm0, zmm1, ${zmm2}, ${rnSae}`)).toBe("62f1f51858c2");
  });
  test("strings are spliced as source text", () => {
    const op = "add", reg = "rbx";
    expect(hex(asm`${op} rax, ${reg}`)).toBe("4801d8");
  });
  test("asmInto: interpolated labels of the same assembler, bound from text", () => {
    const a = new Assembler();
    const done = a.newLabel("done");
    asmInto(a)`test rdi, rdi; jz ${done}; mov rax, rdi; ${done}: ret`;
    expect(hex(a.finish())).toBe("4885ff74034889f8c3");
  });
  test("parseInto mixes with builder calls and shares labels between calls", () => {
    const a = new Assembler();
    const labels = new Map<string, Label>();
    parseInto(a, "xor eax, eax\njmp out", { labels });
    a.inc(rax);
    const r = parseInto(a, "out: ret", { labels });
    expect(r.undefinedLabels).toEqual([]);
    expect(hex(a.finish())).toBe("31c0eb0348ffc0c3");
  });
  test("parseInto reports labels used but not defined", () => {
    const a = new Assembler();
    const r = parseInto(a, "nop\n  jmp later");
    expect(r.undefinedLabels).toEqual([{ name: "later", line: 2, column: 7 }]);
  });
  test("a bad interpolated value is ESYNTAX", () => {
    const bad = { x: 1 } as unknown as number;
    expect(() => asm`mov rax, ${bad}`).toThrow(JitError);
  });
  test("parseInstructions returns operands without encoding", () => {
    const [i] = parseInstructions("vaddpd zmm0 {k1} {z}, zmm1, zmm2, {rn-sae}");
    expect(i!.mnemonic).toBe("vaddpd");
    expect(i!.operands.length).toBe(4);
    expect(formatInstruction(i!.mnemonic, i!.operands)).toBe("vaddpd zmm0 {k1} {z}, zmm1, zmm2, {rn-sae}");
    const [j] = parseInstructions("vaddpd zmm0 {k1} {z}, zmm1, qword ptr [rax]{1to8}");
    expect(formatInstruction(j!.mnemonic, j!.operands)).toBe("vaddpd zmm0 {k1} {z}, zmm1, qword ptr [rax]{1to8}");
  });
});

// ---- the two front ends agree --------------------------------------------------------
const GOLDEN = join(import.meta.dir, "../encode/golden");
const families = readdirSync(GOLDEN).filter((f) => f.endsWith(".txt") && !f.startsWith("invalid")).sort();

describe("text and builder give the same bytes (every golden vector)", () => {
  for (const file of families) {
    test(file, () => {
      const lines = readFileSync(join(GOLDEN, file), "utf8").split("\n").filter((l) => l !== "" && !l.startsWith("#"));
      const bad: string[] = [];
      let same = 0;
      for (const line of lines) {
        const [, intel = "", desc = ""] = line.split(" | ");
        let built: string;
        try {
          const a = new Assembler();
          emitCase(a, desc);
          built = hex(a.finish());
        } catch {
          continue; // the builder's own failures are golden.test.ts's business
        }
        let parsed: string;
        try {
          parsed = hex(assemble(intel));
        } catch (e) {
          bad.push(`${intel}: threw ${(e as Error).message}`);
          continue;
        }
        if (parsed === built) same++;
        else bad.push(`${intel}\n      text    ${parsed}\n      builder ${built}`);
      }
      if (bad.length) throw new Error(`${bad.length} of ${lines.length} lines differ:\n  ${bad.slice(0, 15).join("\n  ")}`);
      expect(same).toBeGreaterThan(lines.length * 0.99);
    }, 60_000); // thousands of lines a file; seconds on a loaded machine
  }
});

describe("format → parse round trip of the golden programs (labels, data, align)", () => {
  const { programs } = JSON.parse(readFileSync(join(GOLDEN, "programs.json"), "utf8")) as { programs: { name: string; build: string[]; hex: string }[] };
  for (const p of programs) {
    test(p.name, () => {
      const labels = new Map<string, Label>();
      const owner = {};
      const L = (name: string) => labels.get(name) ?? labels.set(name, new Label(labels.size, owner, name)).get(name)!;
      const text: string[] = [];
      for (const b of p.build) {
        if (/^[A-Za-z_.][\w.]*:$/.test(b)) text.push(b);
        else if (b.startsWith(".")) {
          const [d, ...args] = b.split(/\s+/);
          text.push(`${d} ${args.join(", ")}`);
        } else {
          const c = splitCase(b);
          text.push(formatInstruction(c.mnemonic, c.ops.map((t) => parseOperand(t, L)), c.prefix));
        }
      }
      expect(hex(assemble(text.join("\n")))).toBe(p.hex.replace(/ /g, ""));
    });
  }
});

describe("builder equivalence for the hand-written cases", () => {
  test("the issue's example", () => {
    const a = new Assembler();
    const loop = a.newLabel(), done = a.newLabel();
    a.xor(rax, rax);
    a.test(rbx, rbx); a.jz(done);
    a.bind(loop);
    a.add(rax, qword(rdi, rcx, 8));
    a.inc(rcx); a.cmp(rcx, rbx); a.jne(loop);
    a.bind(done);
    a.ret();
    const text = assemble(`
      xor rax, rax
      test rbx, rbx
      jz done
    loop:
      add rax, qword ptr [rdi + 8*rcx]
      inc rcx
      cmp rcx, rbx
      jne loop
    done:
      ret`);
    expect(hex(text)).toBe(hex(a.finish()));
  });
  test("dword sized memory through both front ends", () => {
    const a = new Assembler();
    a.add(dword(rax, 4), 1);
    expect(hex(assemble("add dword ptr [rax + 4], 1"))).toBe(hex(a.finish()));
  });
});

describe("mangled input only ever raises a positioned JitError", () => {
  test("8,000 seeded mutations of golden lines", () => {
    const seed0 = Number(process.env.BUNJIT_SEED ?? 0x5eed);
    console.log(`parse fuzz seed ${seed0} (set BUNJIT_SEED to replay)`);
    let seed = seed0 >>> 0;
    const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const texts = readFileSync(join(import.meta.dir, "format-golden.txt"), "utf8").split("\n").filter((l) => l !== "" && !l.startsWith("#")).map((l) => l.split(" | ")[1]!);
    const alphabet = "[]{}(),:;+-*/#.'\"\\0123456789abcxyzkmptrsqwdh \t\n$@~!<>=%^&|\u0001é";
    const bad: string[] = [];
    for (let i = 0; i < 8000; i++) {
      let s = texts[Math.floor(rnd() * texts.length)]!;
      for (let j = 0, k = 1 + Math.floor(rnd() * 3); j < k; j++) {
        const p = Math.floor(rnd() * (s.length + 1)), op = rnd();
        s = op < 0.4 ? s.slice(0, p) + alphabet[Math.floor(rnd() * alphabet.length)] + s.slice(p) : op < 0.8 ? s.slice(0, p) + s.slice(p + 1) : s.slice(0, p) + s.slice(p, p + 5) + s.slice(p);
      }
      try {
        assemble(s);
      } catch (e) {
        if (!(e instanceof JitError) || e.line === undefined || !/^line \d+, column \d+: /.test(e.message)) bad.push(`${JSON.stringify(s)}: ${String(e)}`);
      }
    }
    expect(bad).toEqual([]);
  }, 60_000); // a few seconds alone; generous for a loaded machine
});

describe("entry points refuse what is not source text (EARGS, never a TypeError)", () => {
  const code = (f: () => unknown) => { try { f(); } catch (e) { return e instanceof JitError ? e.code : `not a JitError: ${String(e)}`; } return "none"; };
  const bad: unknown[] = [undefined, null, 5, {}, Symbol("s"), ["nop"], 5n, () => "nop"];
  test("assemble, parseInstructions, parseInto with a non-string source", () => {
    for (const v of bad) {
      expect(code(() => assemble(v as string))).toBe("EARGS");
      expect(code(() => parseInstructions(v as string))).toBe("EARGS");
      expect(code(() => parseInto(new Assembler(), v as string))).toBe("EARGS");
    }
  });
  test("asm used as a plain function, assemble with options that are not an object", () => {
    expect(code(() => asm(null as unknown as TemplateStringsArray))).toBe("EARGS");
    expect(code(() => asm("nop" as unknown as TemplateStringsArray))).toBe("EARGS");
    expect(code(() => assemble("nop", null as unknown as object))).toBe("EARGS");
  });
  test("parseInto with something that is not an Assembler, or tables that are not Maps", () => {
    expect(code(() => parseInto(null as unknown as Assembler, "nop"))).toBe("EARGS");
    expect(code(() => parseInto({} as Assembler, "nop"))).toBe("EARGS");
    expect(code(() => parseInto(new Assembler(), "nop", null as unknown as object))).toBe("EARGS");
    expect(code(() => parseInto(new Assembler(), "nop", { labels: {} as Map<string, Label> }))).toBe("EARGS");
    expect(code(() => parseInto(new Assembler(), "nop", { constants: [] as unknown as Map<string, number> }))).toBe("EARGS");
  });
  test("a shared constant that is not a 64-bit integer is refused where it is used", () => {
    expect(code(() => parseInto(new Assembler(), "mov eax, K", { constants: new Map([["K", 1.5]]) }))).toBe("ESYNTAX");
    expect(code(() => parseInto(new Assembler(), "mov eax, K", { constants: new Map([["K", 1n << 70n]]) }))).toBe("ERANGE");
  });
});
