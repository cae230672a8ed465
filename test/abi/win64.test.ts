/**
 * win64.test.ts — the function builder driven by the Win64 convention table,
 * checked as data (bytes and listing): it cannot run here, but a Windows port
 * must only swap the table. Argument operands, shadow space, callee-saved
 * rsi/rdi and xmm6-15 saved in the prologue, variadic floats duplicated into
 * integer registers, no al.
 */
import { describe, expect, test } from "bun:test";
import { win64 } from "../../src/abi/calling-convention.ts";
import { jit } from "../../src/abi/jit.ts";
import { mem } from "../../src/x64/operands.ts";
import { rdi, rsi, xmm6, xmm7 } from "../../src/x64/registers.ts";

const sig = { args: ["i64", "f64", "i64", "f64", "i64", "f64"], returns: "f64" } as const;

describe("Win64 function layout (as data)", () => {
  test("arguments: positional registers, then [rbp + 16 + 32 + 8k] past the shadow space", () => {
    let names: string[] = [];
    jit.build(sig, (_f, ops) => void (names = ops.map(String)), { convention: win64 });
    expect(names).toEqual(["rcx", "xmm1", "r8", "xmm3", "qword ptr [rbp + 48]", "qword ptr [rbp + 56]"]);
  });
  test("callee-saved rsi, rdi, xmm6, xmm7 saved and restored; a call reserves 32 bytes of shadow space", () => {
    const b = jit.build(sig, (f, ops) => {
      f.a.mov(rsi, ops[4] as never);
      f.a.mov(rdi, rsi);
      f.a.movsd(xmm6, ops[5] as never);
      f.a.movaps(xmm7, xmm6);
      f.call(0x10000, [ops[0]!, 2.5, 7], { signature: { args: ["i64", "f64"], returns: "void", variadic: true } });
      f.ret(xmm7);
    }, { convention: win64, listing: true });
    expect(b.saved).toEqual(["rdi", "rsi", "xmm6", "xmm7"]);
    expect(b.frame).toBe(true);
    const text = b.listing!.split("\n").map((l) => (l.endsWith(":") ? l : l.slice(40).trim()));
    const at = (s: string) => text.indexOf(s);
    // prologue
    expect(text.slice(0, 7)).toEqual([
      "push rbp", "mov rbp, rsp", "sub rsp, 32",
      "movdqu xmmword ptr [rbp - 16], xmm6", "movdqu xmmword ptr [rbp - 32], xmm7",
      "push rdi", "push rsi",
    ]);
    // the call: shadow space, positional registers, the variadic double also in rdx, no al
    expect(text.lastIndexOf("sub rsp, 32")).toBeGreaterThan(6);
    expect(at("mov r8d, 7")).toBeGreaterThan(0);
    expect(at("movq rdx, xmm1")).toBeGreaterThan(at("movsd xmm1, qword ptr [rip + .Lconst0]"));
    expect(text.some((l) => /^(mov|xor) eax/.test(l))).toBe(false);
    expect(at("add rsp, 32")).toBeGreaterThan(at("call qword ptr [rip + .Lconst1]"));
    // epilogue restores in reverse
    const e = at(".Lepilogue:");
    expect(text.slice(e + 1, e + 8)).toEqual([
      "lea rsp, [rbp - 48]", "pop rsi", "pop rdi",
      "movdqu xmm6, xmmword ptr [rbp - 16]", "movdqu xmm7, xmmword ptr [rbp - 32]", "leave", "ret",
    ]);
  });
  test("a leaf that touches no callee-saved register has no prologue", () => {
    const b = jit.build({ args: ["i64", "i64"], returns: "i64" }, (f, [x, y]) => {
      f.a.lea(x, mem(x, y));
      f.ret(x);
    }, { convention: win64 });
    expect(b.saved).toEqual([]);
    expect(b.frame).toBe(false);
  });
});
