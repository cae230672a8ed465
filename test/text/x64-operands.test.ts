/**
 * x64-operands.test.ts — x86 operand syntax the text front end used to get
 * wrong silently (issue 9): repeated or conflicting decorations (llvm-mc-22:
 * "Expected a {z} mark at this point" / "unexpected token in argument list"),
 * segment overrides on the written-out operands of string instructions (the
 * source's is emitted, one on es:[rdi] refused), and 64-bit absolute addresses
 * (exact through bigints). Expected bytes are llvm-mc-22's.
 */
import { describe, expect, test } from "bun:test";
import { JitError } from "../../src/core/errors.ts";
import { k1, zmm0 } from "../../src/x64/registers.ts";
import { dword } from "../../src/x64/operands.ts";
import { asm, assemble, parseInstructions } from "../../src/x64/parse.ts";

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

function err(f: () => unknown): JitError {
  try {
    f();
  } catch (e) {
    if (e instanceof JitError) return e;
    throw e;
  }
  throw new Error("no error");
}

describe("decorations: one opmask, one {z}, one broadcast", () => {
  const refused: [string, number, RegExp][] = [
    ["vaddps zmm0 {k1} {k2}, zmm1, zmm2", 18, /a second opmask \{k2\} on zmm0, which has \{k1\}/],
    ["vaddps zmm0 {k1}{k1}, zmm1, zmm2", 17, /a second opmask \{k1\}/],
    ["vaddps zmm0 {k1} {z} {z}, zmm1, zmm2", 22, /a second \{z\} on zmm0/],
    ["vaddps zmm0, zmm1, dword ptr [rax]{1to16} {1to16}", 43, /a second broadcast \{1to16\}/],
    ["vaddps zmm0, zmm1, dword ptr [rax]{1to16}{1to16}", 42, /a second broadcast/],
    ["vmovups zmmword ptr [rax] {k1} {k2}, zmm0", 32, /a second opmask \{k2\} on a memory operand that has \{k1\}/],
    ["vpgatherdd zmm0 {k1} {k2}, [rax + 4*zmm1]", 22, /a second opmask/],
  ];
  for (const [src, column, msg] of refused) {
    test(`ESYNTAX: ${src}`, () => {
      const e = err(() => assemble(src));
      expect(e.code).toBe("ESYNTAX");
      expect(e.column).toBe(column);
      expect(e.message).toMatch(msg);
    });
  }
  test("{z} before {k1} is accepted, as llvm-mc does", () => {
    expect(hex(assemble("vaddps zmm0 {z} {k1}, zmm1, zmm2"))).toBe("62f174c958c2");
  });
  test("an interpolated masked register or broadcast memory takes no second one", () => {
    expect(err(() => asm`vaddps ${zmm0.k(k1)} {k2}, zmm1, zmm2`).code).toBe("ESYNTAX");
    expect(err(() => asm`vaddps zmm0, zmm1, ${dword(0x10).bcst()}{1to16}`).code).toBe("ESYNTAX");
  });
  test("100,000 decorations on one line stop at the second", () => {
    const e = err(() => assemble("vaddps zmm0" + " {k1}".repeat(100000) + ", zmm1, zmm2"));
    expect(e.code).toBe("ESYNTAX");
    expect(e.column).toBe(18);
  });
  test("an unclosed brace on a 1 MB line", () => {
    expect(err(() => assemble("vaddps zmm0 {" + "k".repeat(1000000))).message).toMatch(/expected '\}'/);
  });
});

describe("string instructions with their operands written out", () => {
  const same: [string, string][] = [
    ["movsb byte ptr es:[rdi], byte ptr [rsi]", "a4"],
    ["movsb byte ptr [rdi], byte ptr ds:[rsi]", "a4"], // llvm-mc drops the default ds:
    ["rep movsq qword ptr es:[rdi], qword ptr [rsi]", "f348a5"],
    ["cmpsb byte ptr [rsi], byte ptr es:[rdi]", "a6"],
    ["lodsd eax, dword ptr [rsi]", "ad"],
    ["stosw word ptr es:[rdi], ax", "66ab"],
    ["scasb al, byte ptr es:[rdi]", "ae"],
  ];
  for (const [src, want] of same) {
    test(src, () => {
      expect(hex(assemble(src))).toBe(want);
    });
  }
  // llvm-mc-22: "invalid operand for instruction" for each
  const destination: [string, number][] = [
    ["movsb byte ptr fs:[rdi], byte ptr [rsi]", 7],
    ["cmpsb byte ptr [rsi], byte ptr gs:[rdi]", 23],
    ["stosb byte ptr fs:[rdi], al", 7],
    ["scasb al, byte ptr ds:[rdi]", 11],
  ];
  for (const [src, column] of destination) {
    test(`EOPERAND (override on es:[rdi]): ${src}`, () => {
      const e = err(() => assemble(src));
      expect(e.code).toBe("EOPERAND");
      expect(e.column).toBe(column);
      expect(e.message).toMatch(/the \[rdi\] operand is always es:/);
    });
  }
  // a source override is the prefix byte before the instruction (llvm-mc-22)
  const overrides: [string, string][] = [
    ["movsb byte ptr es:[rdi], byte ptr fs:[rsi]", "64a4"],
    ["movsq qword ptr es:[rdi], qword ptr gs:[rsi]", "6548a5"],
    ["rep movsb byte ptr es:[rdi], byte ptr fs:[rsi]", "f364a4"],
    ["movsb byte ptr es:[rdi], byte ptr es:[rsi]", "26a4"],
    ["cmpsb byte ptr fs:[rsi], byte ptr es:[rdi]", "64a6"],
    ["lodsb al, byte ptr gs:[rsi]", "65ac"],
    ["lodsq rax, qword ptr cs:[rsi]", "2e48ad"],
    ["movsd dword ptr es:[rdi], dword ptr ss:[rsi]", "36a5"],
  ];
  for (const [src, want] of overrides) {
    test(`source override: ${src}`, () => {
      expect(hex(assemble(src))).toBe(want);
    });
  }
  test("parseInstructions keeps the source override", () => {
    const [i] = parseInstructions("movsb byte ptr es:[rdi], byte ptr fs:[rsi]");
    expect(i!.operands).toEqual([]);
    expect(i!.seg).toBe(4);
  });
});

/** [source, llvm-mc-22's bytes]: MASM and GCC spellings of an address (issue 14's dialect gaps). */
const SPELLINGS: [string, string][] = [
  ["mov eax, [eax][4*ebx]", "678b0498"],
  ["mov rax, [rax][4*rbx]", "488b0498"],
  ["mov rax, 16[rax]", "488b4010"],
  ["mov rax, 16[rax+rbx*2]", "488b445810"],
  ["mov rax, qword ptr 16[rax]", "488b4010"],
  ["mov rax, FS:20[rbx]", "64488b4314"],
  ["mov rax, qword ptr fs:20[rbx]", "64488b4314"],
  ["mov rax, [(rax)]", "488b00"],
  ["mov rax, [(rax)+8]", "488b4008"],
  ["mov rax, [rax + (rbx*4)]", "488b0498"],
  ["mov rax, [8][rbx]", "488b4308"],
  ["mov rax, [rbx][rcx*8][16]", "488b44cb10"],
  ["mov rax, 8[rax][rbx]", "488b441808"],
  ["mov rax, [rbx]-8", "488b43f8"],
  ["mov rax, (8)[rbx]", "488b4308"],
  ["mov rax, 4*2[rbx]", "488b4308"],
  ["mov rax, -8[rbx]", "488b43f8"],
  ["mov rax, [rbx + rcx + 8][16]", "488b440b18"],
  ["mov rax, [(rbx*2)]", "488b045d00000000"],
  ["mov rax, [((rbx))+((8))]", "488b4308"],
  ["mov rax, fs:[rbx][8]", "64488b4308"],
  ["mov rax, qword ptr foo[rip]\nfoo: ret", "488b0500000000c3"],
  ["lea rax, foo[rip+8]\nfoo: ret", "488d0508000000c3"],
  ["lea rax, foo+8[rip]\nfoo: ret", "488d0508000000c3"],
  ["lea rax, foo-8[rip]\nfoo: ret", "488d05f8ffffffc3"],
  ["movsd xmm0, QWORD PTR .LC1[rip]\n.LC1: .quad 1", "f20f1005000000000100000000000000"],
  ["K = 8\nmov rax, K[rbx]", "488b4308"],
  ["K = 4\nmov rax, [K*rbx]", "488b049d00000000"],
  ["vpgatherdd zmm0 {k1}, [rax][zmm1*4]", "62f27d49900488"],
];

describe("addresses as llvm-mc reads them: juxtaposed brackets, leading displacements, parentheses, label[rip]", () => {
  for (const [src, want] of SPELLINGS) {
    test(src.replace(/\n/g, "; "), () => {
      expect(hex(assemble(src))).toBe(want);
    });
  }
  test("GNU as's [rbx]+8 too (llvm-mc takes only [rbx]-8)", () => {
    expect(hex(assemble("mov rax, [rbx]+8"))).toBe("488b4308");
  });
  // llvm-mc-22 drops or garbles these scales ([rcx*4*2] is [rcx*4], [4*(rbx)] is [rbx], [rbx*(4)] is [0]);
  // GNU as multiplies them out: the judges disagree, so bunjit asks for the plain spelling
  const refused: [string, number][] = [
    ["mov rax, [rcx*4*2]", 16], ["mov rax, [4*(rbx)]", 12], ["mov rax, [(rbx)*4]", 16], ["mov rax, [rbx*(4)]", 14],
    ["mov rax, [(rbx+8)*2]", 18], ["mov rax, [2*rbx*2]", 16],
  ];
  for (const [src, column] of refused) {
    test(`EOPERAND: ${src}`, () => {
      const e = err(() => assemble(src));
      expect(e.code).toBe("EOPERAND");
      expect(e.column).toBe(column);
      expect(e.message).toMatch(/write a scale as register\*N or N\*register/);
    });
  }
  test("refused by both judges: a segment inside the bracket, an h-suffix number in an address", () => {
    expect(err(() => assemble("mov rax, [ds:rbx]")).code).toBe("ESYNTAX");
    expect(err(() => assemble("mov rax, qword ptr [fs:rbx+8]")).code).toBe("ESYNTAX");
    expect(err(() => assemble("mov rax, [rbx + 10h]")).code).toBe("ESYNTAX");
  });
  test("a label with an offset but no brackets is not a jump target", () => {
    const e = err(() => assemble("jmp foo+8\nfoo: ret"));
    expect(e.code).toBe("ESYNTAX");
    expect(e.message).toMatch(/foo\+8: a jump target cannot carry an offset/);
  });
  test("100,000 nested parentheses around a register", () => {
    expect(hex(assemble("mov rax, [" + "(".repeat(100000) + "rbx" + ")".repeat(100000) + " + 8]"))).toBe("488b4308");
  });
});

describe("64-bit absolute addresses", () => {
  test("an address with all 64 bits set wraps to -1, as in llvm-mc", () => {
    expect(hex(assemble("movabs rax, [0xffffffffffffffff]"))).toBe("48a1ffffffffffffffff");
    expect(hex(assemble("mov rax, [0xffffffffffffffff]"))).toBe("488b0425ffffffff");
  });
  test("every bit of an address beyond 2^53 (was rounded through a double)", () => {
    const cases: [string, string][] = [
      ["movabs rax, [0x123456789ABCDEF]", "48a1efcdab8967452301"],
      ["movabs [0x1122334455667788], eax", "a38877665544332211"],
      ["movabs al, fs:[0xfedcba9876543210]", "64a01032547698badcfe"],
    ];
    for (const [src, want] of cases) expect(hex(assemble(src))).toBe(want);
  });
  test("beyond 32 bits with a base register is ERANGE", () => {
    expect(err(() => assemble("mov rax, [rax + 0x123456789ABCDEF]")).code).toBe("ERANGE");
  });
});
