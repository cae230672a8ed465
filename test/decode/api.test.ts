/**
 * api.test.ts — the public decoder API: decode()'s structure (form, builder
 * operands, prefixes, branch targets), disassemble()'s text and listing,
 * disassembling live bunjit functions, the errors of bad calls, and random
 * junk (seeded, seed printed) that never makes the decoder throw.
 */
import { describe, expect, test } from "bun:test";
import { mulberry32 } from "../../scripts/lib/mulberry32.ts";
import { JitError } from "../../src/core/errors.ts";
import { dispose, fromBytes } from "../../src/ffi/callable.ts";
import { jit } from "../../src/abi/jit.ts";
import { BranchTarget, decode, decodeOne, disassemble } from "../../src/x64/decode/decode.ts";
import { Mem } from "../../src/x64/operands.ts";
import { formsOf } from "../../src/x64/table/index.ts";
import { assemble } from "../../src/x64/parse.ts";
import { eax, k1, rax, rbx, Reg, zmm0 } from "../../src/x64/registers.ts";

function code(error: unknown): string {
  return error instanceof JitError ? error.code : `not a JitError: ${String(error)}`;
}
function thrown(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return code(e);
  }
  return "no error";
}

describe("decode", () => {
  test("forms and builder operands", () => {
    const [add, mov, ret] = decode(assemble("add rax, rbx\nmov eax, dword ptr [rbx + 8*rax + 16]\nret"));
    expect(add!.form?.text).toBe("add r/m64, r64");
    expect(add!.form).toBe(formsOf("add")!.find((f) => f.text === "add r/m64, r64")!); // the assembler's own form object
    expect(add!.operands).toEqual([rax, rbx]);
    expect(add!.mnemonic).toBe("add");
    expect(mov!.operands[0]).toBe(eax);
    const m = mov!.operands[1] as Mem;
    expect(m).toBeInstanceOf(Mem);
    expect([m.base?.name, m.index?.name, m.scale, m.disp, m.bits]).toEqual(["rbx", "rax", 8, 16, 32]);
    expect(ret!.text).toBe("ret");
    expect(ret!.offset).toBe(add!.length + mov!.length);
  }, 30_000); // the first decode builds the tables from the whole instruction table
  test("EVEX masks, broadcasts and rounding become decorated operands", () => {
    const [i] = decode(assemble("vaddpd zmm0 {k1} {z}, zmm1, qword ptr [rax]{1to8}"));
    expect(i!.text).toBe("vaddpd zmm0 {k1} {z}, zmm1, qword ptr [rax]{1to8}");
    const d = i!.operands[0] as Reg;
    expect([d.name, d.mask, d.zero]).toEqual([zmm0.name, k1.id, true]);
    expect((i!.operands[2] as Mem).broadcast).toBe(true);
    const [r] = decode(assemble("vaddpd zmm0, zmm1, zmm2, {rz-sae}"));
    expect(r!.rounding?.name).toBe("rz-sae");
    expect(r!.text).toBe("vaddpd zmm0, zmm1, zmm2, {rz-sae}");
  });
  test("branch targets: the displacement as llvm-mc prints it, the absolute target as llvm-objdump does", () => {
    const bytes = new Uint8Array([0xeb, 0x05, 0xe8, 0xf9, 0xff, 0xff, 0xff]);
    const [j, c] = decode(bytes);
    expect([j!.text, j!.target]).toEqual(["jmp 5", 7]);
    expect(j!.operands[0]).toBeInstanceOf(BranchTarget);
    expect([c!.text, c!.target]).toEqual(["call -7", 0]);
    expect(disassemble(bytes, { address: 0x401000 })).toBe("jmp 0x401007\ncall 0x401000");
  });
  test("prefixes llvm prints: lock, rep, a lone leading lock, xacquire", () => {
    expect(disassemble(new Uint8Array([0x66, 0xf0, 0x01, 0x00]))).toBe("lock add word ptr [rax], ax");
    expect(disassemble(new Uint8Array([0xf3, 0xa4]))).toBe("rep movsb byte ptr es:[rdi], byte ptr [rsi]");
    expect(disassemble(new Uint8Array([0xf0, 0x01, 0x00]))).toBe("lock\nadd dword ptr [rax], eax");
    const [x] = decode(new Uint8Array([0xf2, 0xf0, 0x01, 0x00]));
    expect([x!.text, x!.form, x!.valid, x!.length]).toEqual(["xacquire", null, true, 1]);
  });
  test("REX2 (APX) decodes like REX while its registers exist; pushp/popp, jmpabs, XOP and r16–r31 are refused", () => {
    expect(disassemble(new Uint8Array([0xd5, 0x08, 0x01, 0xc0]))).toBe("add rax, rax");
    expect(disassemble(new Uint8Array([0xd5, 0x80, 0xaf, 0xc0]))).toBe("imul eax, eax"); // REX2.M0: map 1 without 0F
    expect(decode(new Uint8Array([0xd5, 0x08, 0x50])).map((i) => i.valid)).toEqual([false]); // pushp rax
    expect(decode(new Uint8Array([0xd5, 0x11, 0x01, 0xc0])).map((i) => i.valid)).toEqual([false]); // add r24d, eax
    expect(decode(new Uint8Array([0x8f, 0xe8, 0x78, 0xc0, 0xc0, 0x01]))[0]!.valid).toBe(false); // vprotb (XOP)
  });
  test("bytes that are no instruction become one .byte line for what llvm skips", () => {
    const list = decode(new Uint8Array([0x0f, 0x38, 0xff, 0x90, 0x62]));
    expect(list.map((i) => [i.valid, i.text])).toEqual([[false, ".byte 0x0f, 0x38, 0xff"], [true, "nop"], [false, ".byte 0x62"]]);
    expect(list[0]!.mnemonic).toBe("");
  });
  test("offset and count", () => {
    const bytes = assemble("nop\nret\nint3");
    expect(decode(bytes, { offset: 1 }).map((i) => i.text)).toEqual(["ret", "int3"]);
    expect(decode(bytes, { count: 2 }).map((i) => i.text)).toEqual(["nop", "ret"]);
    expect(decodeOne(bytes, { offset: 2 }).text).toBe("int3");
    expect(decode([0xc3]).map((i) => i.text)).toEqual(["ret"]);
    expect(decode(new Uint8Array([0x90, 0xc3]).buffer).length).toBe(2);
  });
});

describe("disassemble", () => {
  test("one instruction a line, as llvm-mc prints it", () => {
    expect(disassemble(assemble("push rbx\nmov rbx, rdi\nvpaddd ymm0, ymm1, ymmword ptr [rip + 64]\npop rbx\nret")))
      .toBe("push rbx\nmov rbx, rdi\nvpaddd ymm0, ymm1, ymmword ptr [rip + 64]\npop rbx\nret");
  });
  test("listing: address, bytes and text", () => {
    expect(disassemble(new Uint8Array([0x48, 0x01, 0xd8, 0xc3]), { listing: true, address: 0x1000 }))
      .toBe(`001000  ${"48 01 d8".padEnd(30)}  add rax, rbx\n001003  ${"c3".padEnd(30)}  ret`);
  });
  test("a bunjit function, read where it runs; its address makes branch targets absolute", () => {
    // mov eax, edi; test eax, eax; jns +2; neg eax; ret
    using f = fromBytes([0x89, 0xf8, 0x85, 0xc0, 0x79, 0x02, 0xf7, 0xd8, 0xc3], { args: ["i32"], returns: "i32" }, { name: "abs32" });
    expect(f(-5)).toBe(5);
    const text = disassemble(f);
    const lines = text.split("\n");
    expect(lines[0]).toBe("mov eax, edi");
    expect(lines[2]).toMatch(/^jns 0x[0-9a-f]+ <abs32\+0x8>$/); // the target named as llvm-objdump names symbols
    expect(lines.slice(3)).toEqual(["neg eax", "ret"]);
    const list = decode(f);
    expect(list[2]!.target).toBe(list[4]!.address);
    expect(disassemble(f, { address: 0 }).split("\n")[2]).toBe("jns 0x8");
  });
});

test("a jit.function's constant pool after its instructions is data, not instructions", () => {
  using g = jit.function({ args: [], returns: "ptr" }, (f) => { f.a.lea(rax, f.cstring("hello, world")); f.ret(rax); });
  const list = decode(g);
  const firstData = list.findIndex((i) => i.data);
  expect(firstData).toBeGreaterThan(0);
  expect(list.slice(0, firstData).every((i) => !i.data)).toBe(true);
  expect(list.slice(firstData).every((i) => i.data && !i.valid && i.text.startsWith(".byte "))).toBe(true);
  expect(list[firstData - 1]!.text).toBe("ret");
  const lea = list.find((i) => i.mnemonic === "lea")!;
  expect(lea.ripTarget).toBe(list[firstData]!.address); // the string's address
  expect(disassemble(g, { listing: true })).toContain(`  # 0x${list[firstData]!.address.toString(16)}`);
  const bytes = list.slice(firstData).flatMap((i) => Array.from(i.bytes));
  expect(new TextDecoder().decode(new Uint8Array(bytes)).includes("hello, world")).toBe(true);
});

describe("errors: every failure of the API is a JitError", () => {
  test("EARGS: not bytes, not a bunjit function, bad options", () => {
    expect(thrown(() => decode("90" as never))).toBe("EARGS");
    expect(thrown(() => decode(null as never))).toBe("EARGS");
    expect(thrown(() => decode([1, 2, 300]))).toBe("EARGS");
    expect(thrown(() => decode([0.5]))).toBe("EARGS");
    expect(thrown(() => disassemble(Math.max))).toBe("EARGS");
    expect(thrown(() => decode([0x90], { address: -1 }))).toBe("EARGS");
    expect(thrown(() => decode([0x90], { count: -1 }))).toBe("EARGS");
    expect(thrown(() => decode([0x90], 5 as never))).toBe("EARGS");
  });
  test("ERANGE: an offset outside the code", () => {
    expect(thrown(() => decode([0x90], { offset: 2 }))).toBe("ERANGE");
    expect(thrown(() => decode([0x90], { offset: -1 }))).toBe("ERANGE");
    expect(thrown(() => decodeOne([0x90], { offset: 1 }))).toBe("ERANGE");
    expect(decode([0x90], { offset: 1 })).toEqual([]);
  });
  test("EDISPOSED: the code of a disposed function may be gone", () => {
    const f = fromBytes([0xc3], { args: [], returns: "void" });
    dispose(f);
    expect(thrown(() => disassemble(f))).toBe("EDISPOSED");
  });
});

test("junk arguments in every position: a JitError or a result, never another error", () => {
  const junk: unknown[] = [undefined, null, NaN, Infinity, -1, 1.5, 2 ** 53, 0n, true, "", "x", Symbol("s"), {}, [], [1.5], [Symbol("t")], [256],
    Object.create(null), () => 1, new Uint8Array(0), new Uint16Array(2), { length: 3 }, { offset: "1" }, { count: NaN }, { address: -5 },
    { address: 2 ** 60 }, { offset: Symbol("o") }, { listing: Symbol("l") }, new Date(0), /x/];
  const failures: string[] = [];
  for (const [name, f] of [["decode", decode], ["decodeOne", decodeOne], ["disassemble", disassemble]] as const) {
    for (const a of junk) {
      for (const b of [undefined, ...junk]) {
        try {
          (f as (x: unknown, y: unknown) => unknown)(a, b);
        } catch (e) {
          if (!(e instanceof JitError)) failures.push(`${name}(${typeof a}, ${typeof b}): ${String(e)}`);
        }
      }
    }
  }
  expect(failures).toEqual([]);
});

describe("random junk never makes the decoder throw", () => {
  const seed = 0x5eed0dec;
  test(`20000 random byte strings (seed 0x${seed.toString(16)})`, () => {
    const rnd = mulberry32(seed);
    let total = 0, instructions = 0;
    for (let n = 0; n < 20000; n++) {
      const len = 1 + Math.floor(rnd() * 24);
      const bytes = new Uint8Array(len);
      for (let i = 0; i < len; i++) bytes[i] = rnd() < 0.3 ? [0x62, 0xc4, 0xc5, 0x0f, 0x66, 0xf2, 0xf3, 0x48, 0x67, 0xf0][Math.floor(rnd() * 10)]! : Math.floor(rnd() * 256);
      let list;
      try {
        list = decode(bytes);
      } catch (e) {
        throw new Error(`seed 0x${seed.toString(16)} case ${n}: decode threw ${code(e)} on ${Array.from(bytes, (b) => b.toString(16)).join(" ")}`);
      }
      let at = 0;
      for (const i of list) {
        expect(i.offset).toBe(at);
        expect(i.length).toBeGreaterThan(0);
        expect(typeof i.text).toBe("string");
        at += i.length;
      }
      expect(at).toBe(len);
      total += len;
      instructions += list.length;
    }
    expect(instructions).toBeGreaterThan(total / 16);
  }, 60_000);
});
