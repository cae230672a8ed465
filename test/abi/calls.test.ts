/**
 * calls.test.ts — calls out of JIT code and the frame around them: C
 * functions by symbol and NativeFunction (variadic snprintf with doubles, which
 * faults on a misaligned stack), rsp % 16 at calls in many frame shapes,
 * callee-saved registers really preserved (a clobbering body called from JIT
 * code, from JS, and as a qsort comparator from C), JIT → JIT calls with
 * stack arguments and permuted registers (parallel moves with cycles),
 * locals, `keep`, the text front end inside a body.
 */
import { describe, expect, test } from "bun:test";
import { jit, type FunctionBody } from "../../src/abi/jit.ts";
import { native } from "../../src/abi/target.ts";
import { info } from "../../src/ffi/callable.ts";
import { mem, qword } from "../../src/x64/operands.ts";
import {
  al, cl, eax, ebx, ecx, r12, r13, r14, r15, r8, r9, r10, rax, rbp, rbx, rcx, rdi, rdx, rsi, rsp, xmm0, xmm1, xmm8, xmm9, ymm1,
} from "../../src/x64/registers.ts";

const cstr = (buf: Uint8Array) => new TextDecoder().decode(buf.subarray(0, buf.indexOf(0)));

describe("calls into C", () => {
  test("abs through a NativeFunction with a signature", () => {
    const abs = native("abs", { args: ["i32"], returns: "i32" });
    const g = jit.function({ args: ["i32"], returns: "i32" }, (f, [x]) => f.ret(f.call(abs, [x])));
    expect(g(-42)).toBe(42);
    expect(g(7)).toBe(7);
  });
  test("snprintf of ints, doubles and a C string (variadic: al set, 16-byte alignment needed)", () => {
    const snprintf = native("snprintf", { args: ["ptr", "u64", "ptr"], returns: "i32", variadic: true });
    const g = jit.function({ args: ["ptr", "f64", "i32"], returns: "i32" }, (f, [buf, x, n]) => {
      f.call(snprintf, [buf, 64, f.cstring("%.3f|%d|%s|%g"), x, n, f.cstring("ok"), 0.5]);
    });
    const buf = new Uint8Array(64);
    expect(g(buf, Math.PI, -17)).toBe("3.142|-17|ok|0.5".length);
    expect(cstr(buf)).toBe("3.142|-17|ok|0.5");
  });
  test("a symbol name without a signature: types inferred from the operands", () => {
    const g = jit.function({ args: ["ptr", "f64"], returns: "i32" }, (f, [buf, x]) => {
      f.call("snprintf", [buf, 32, f.cstring("[%5.1f]"), x]);
    });
    const buf = new Uint8Array(32);
    g(buf, 2.25);
    expect(cstr(buf)).toBe("[  2.2]");
  });
  test("a variadic C call with arguments on the stack (10 integers and 9 doubles to snprintf)", () => {
    const g = jit.function({ args: ["ptr"], returns: "i32" }, (f, [buf]) => {
      const ints = Array.from({ length: 10 }, (_, i) => i * 11);
      const dbls = Array.from({ length: 9 }, (_, i) => i + 0.5);
      f.call("snprintf", [buf, 256, f.cstring("%d %d %d %d %d %d %d %d %d %d|%g %g %g %g %g %g %g %g %g"), ...ints, ...dbls]);
    });
    const buf = new Uint8Array(256);
    g(buf);
    expect(cstr(buf)).toBe("0 11 22 33 44 55 66 77 88 99|0.5 1.5 2.5 3.5 4.5 5.5 6.5 7.5 8.5");
  });
  test("f32 and f64 C functions from libc and libm (sqrtf, cos)", () => {
    const sqrtf = native("sqrtf", { args: ["f32"], returns: "f32" }, "libm.so.6");
    const cos = native("cos", { args: ["f64"], returns: "f64" }, "libm.so.6");
    const g = jit.function({ args: ["f32", "f64"], returns: "f64" }, (f, [x, y]) => {
      const c = f.local(8), xs = f.local(4);
      f.a.movss(xs, x); // x is in xmm0, which the first call clobbers
      f.a.movsd(c, f.call(cos, [y]));
      const r = f.call(sqrtf, [xs]);
      f.a.cvtss2sd(r, r);
      f.a.addsd(r, c);
      f.ret(r);
    });
    expect(g(6.25, 0)).toBe(3.5);
  });
  test("a C call with a local buffer: snprintf into f.local, then strlen of it", () => {
    const g = jit.function({ args: ["i64"], returns: "u64" }, (f, [x]) => {
      const buf = f.local(64, 16);
      f.call("snprintf", [f.addr(buf), 64, f.cstring("value=%ld"), x]);
      f.ret(f.call(native("strlen", { args: ["ptr"], returns: "u64" }), [f.addr(buf)]));
    });
    expect(g(123456789n)).toBe(BigInt("value=123456789".length));
  });
  test("ptr arguments: TypedArrays and ArrayBuffers are passed without copying", () => {
    const fill = jit.function({ args: ["ptr", "u32", "f64"], returns: "void" }, (f, [p, n, x]) => {
      const loop = f.label(), done = f.label();
      f.a.xor(eax, eax);
      f.a.test(n, n);
      f.a.jz(done);
      f.a.bind(loop);
      f.a.movsd(qword(p, rax, 8), x);
      f.a.inc(eax);
      f.a.cmp(eax, n);
      f.a.jb(loop);
      f.a.bind(done);
      f.ret();
    });
    const a = new Float64Array(5);
    fill(a, 5, 1.5);
    expect([...a]).toEqual([1.5, 1.5, 1.5, 1.5, 1.5]);
    const ab = new ArrayBuffer(16);
    fill(ab, 2, -2);
    expect([...new Float64Array(ab)]).toEqual([-2, -2]);
    const sub = new Float64Array(4).subarray(2);
    fill(sub, 2, 7);
    expect([...sub]).toEqual([7, 7]);
  });
  test("a C string from JS (a NUL-terminated Buffer) passed as ptr to strlen", () => {
    const len = jit.function({ args: ["ptr"], returns: "u32" }, (f, [s]) => f.ret(f.call("strlen", [s])));
    expect(len(Buffer.from("hello, C\0"))).toBe(8);
  });
});

/** A leaf JIT function returning (rsp at its caller's call instruction) % 16. */
const probe = jit.function({ returns: "i32" }, (f) => {
  f.a.lea(rax, mem(rsp, 8));
  f.a.and(eax, 15);
  f.ret(eax);
});

describe("stack alignment at calls", () => {
  test("rsp % 16 == 0 at every call, whatever the frame holds", () => {
    const sig = { args: ["i64"], returns: "i32" } as const;
    const shapes: [string, FunctionBody<typeof sig>][] = [
      ["plain", (f) => f.ret(f.call(probe))],
      ["one local", (f) => { f.local(8); f.ret(f.call(probe)); }],
      ["odd locals", (f) => { f.local(4); f.local(1); f.local(16); f.ret(f.call(probe)); }],
      ["one callee-saved", (f) => { f.a.mov(rbx, 1); f.ret(f.call(probe)); }],
      ["three callee-saved", (f) => { f.a.mov(rbx, 1); f.a.mov(r12, 1); f.a.mov(r13, 1); f.ret(f.call(probe)); }],
      ["body push", (f) => { f.a.push(rdi); const r = f.call(probe); f.a.pop(rdi); f.ret(r); }],
      ["body sub rsp, 24", (f) => { f.a.sub(rsp, 24); const r = f.call(probe); f.a.add(rsp, 24); f.ret(r); }],
      ["keep one register", (f) => { f.ret(f.call(probe, [], { keep: [rdi] })); }],
      ["keep an xmm", (f) => { f.ret(f.call(probe, [], { keep: [xmm1, rsi] })); }],
    ];
    for (const [name, body] of shapes) {
      const g = jit.function(sig, body);
      expect([name, g(1n)]).toEqual([name, 0]);
    }
  });
  test("with 1..5 stack arguments in the call", () => {
    for (let extra = 1; extra <= 5; extra++) {
      const callee = jit.function({ args: Array(6 + extra).fill("i64"), returns: "i32" }, (f) => f.ret(f.call(probe)));
      const g = jit.function({ returns: "i32" }, (f) => {
        const r = f.call(callee, Array.from({ length: 6 + extra }, (_, i) => i));
        f.ret(r);
      });
      expect(g()).toBe(0);
    }
  });
});

describe("callee-saved registers", () => {
  /** Writes garbage into every callee-saved register (leaf, no frame: rbp too). */
  const clobber = jit.build({ returns: "void" }, (f) => {
    for (const r of [rbx, rbp, r12, r13, r14, r15]) f.a.mov(r, 0x5a5a5a5a);
  });
  test("the prologue saves exactly the callee-saved registers the body names", () => {
    expect(clobber.saved).toEqual(["rbx", "rbp", "r12", "r13", "r14", "r15"]);
    expect(clobber.frame).toBe(false);
    const leaf = jit.build({ args: ["i64"], returns: "i64" }, (f, [x]) => f.ret(x));
    expect(leaf.saved).toEqual([]);
    expect([...leaf.bytes]).toEqual([0x48, 0x89, 0xf8, 0xc3]); // mov rax, rdi; ret
    const viaMem = jit.build({ args: ["ptr"], returns: "i64" }, (f, [p]) => {
      f.a.mov(r13, p);
      f.ret(qword(r13, rbx, 8));
    });
    expect(viaMem.saved).toEqual(["rbx", "r13"]);
  });
  const clobberFn = jit.function({ returns: "void" }, (f) => {
    for (const r of [rbx, rbp, r12, r13, r14, r15]) f.a.mov(r, 0x5a5a5a5a);
  });
  test("called from JS many times", () => {
    for (let i = 0; i < 10000; i++) clobberFn();
    expect(true).toBe(true);
  });
  test("called from JIT code that checks its own rbx, rbp, r12-r15 after the call", () => {
    const keys = [0x1111222233334444n, 0x5555666677778888n, 0x0123456789abcdefn, 0x7edcba9876543210n, 0x0f0f0f0ff0f0f0f0n];
    const checker = jit.function({ returns: "i64" }, (f) => {
      const saved = f.local(8);
      f.a.lea(rcx, mem(rbp, 0));
      f.a.mov(saved, rcx);
      [rbx, r12, r13, r14, r15].forEach((r, i) => f.a.mov(r, keys[i]!));
      f.call(clobberFn);
      f.a.xor(eax, eax);
      [rbx, r12, r13, r14, r15].forEach((r, i) => {
        f.a.mov(rcx, keys[i]!);
        f.a.xor(rcx, r);
        f.a.or(rax, rcx);
      });
      f.a.lea(rcx, mem(rbp, 0));
      f.a.sub(rcx, saved);
      f.a.or(rax, rcx);
      f.ret(rax);
    });
    expect(checker()).toBe(0n);
  });
  test("as a qsort comparator that clobbers every callee-saved register (called from C)", () => {
    const cmp = jit.function({ args: ["ptr", "ptr"], returns: "i32" }, (f, [a, b]) => {
      f.a.movsd(xmm0, qword(a));
      f.a.movsd(xmm1, qword(b));
      for (const r of [rbx, rbp, r12, r13, r14, r15]) f.a.mov(r, -1);
      f.a.xor(eax, eax);
      f.a.xor(ecx, ecx);
      f.a.ucomisd(xmm0, xmm1);
      f.a.seta(al);
      f.a.setb(cl);
      f.a.sub(eax, ecx);
      f.ret(eax);
    });
    const qsort = native("qsort", { args: ["ptr", "u64", "u64", "ptr"], returns: "void" });
    const sort = jit.function({ args: ["ptr", "u64"], returns: "void" }, (f, [p, n]) => {
      f.call(qsort, [p, n, 8, cmp]); // the comparator by address; sort keeps it alive
    });
    const xs = Float64Array.from({ length: 2000 }, (_, i) => Math.sin(i * 12.9898) * 43758.5453);
    const expected = Float64Array.from(xs).sort();
    sort(xs, BigInt(xs.length));
    expect(xs).toEqual(expected);
    expect(jit.resources(sort)?.keep).toContain(cmp); // passed by address: kept alive with sort
  });
});

describe("calls between JIT functions", () => {
  test("12 mixed arguments, permuted registers (cycles) and stack arguments", () => {
    // callee: sum of i * arg_i over 8 ints and 4 doubles
    const types = ["i64", "f64", "i64", "i64", "f64", "i64", "i64", "f64", "i64", "i64", "f64", "i64"] as const;
    const callee = jit.function({ args: types, returns: "f64" }, (f, args) => {
      f.a.xorps(xmm8, xmm8); // xmm0-3 and rdi..r9 hold arguments: accumulate elsewhere
      args.forEach((op, i) => {
        if (types[i] === "f64") {
          f.a.movsd(xmm9, op as never);
          f.a.mulsd(xmm9, f.a.f64(i + 1));
        } else {
          f.a.mov(rax, op as never);
          f.a.imul(rax, rax, i + 1);
          f.a.cvtsi2sd(xmm9, rax);
        }
        f.a.addsd(xmm8, xmm9);
      });
      f.ret(xmm8);
    });
    const expect12 = (v: number[]) => v.reduce((s, x, i) => s + x * (i + 1), 0);
    // caller gets (a, b, c, d, e, f: i64; x, y: f64) and passes them permuted, plus constants and memory
    const caller = jit.function({ args: ["i64", "i64", "i64", "i64", "i64", "i64", "f64", "f64", "ptr"], returns: "f64" }, (f, [a, b, c, d, e, g, x, y, p]) => {
      // register cycle: rdi<-rsi<-rdx<-rdi..., float swap xmm0<->xmm1, memory operands based on a
      // register the moves must not pick as scratch; p (the 7th integer) arrived on the stack
      f.a.mov(r10, p);
      f.ret(f.call(callee, [b, y, c, a, x, qword(r10, 8), e, 2.5, d, g, qword(r10, 0), 7]));
    });
    const mem8 = new BigInt64Array([0n, 0n]);
    const dv = new DataView(mem8.buffer);
    dv.setFloat64(0, 0.75, true);
    mem8[1] = -3n;
    const r = caller(1n, 2n, 3n, 4n, 5n, 6n, 10.5, 20.25, mem8);
    expect(r).toBe(expect12([2, 20.25, 3, 1, 10.5, -3, 5, 2.5, 4, 6, 0.75, 7]));
  });
  test("rotations of six integer registers (every cycle length)", () => {
    const callee = jit.function({ args: Array(6).fill("i64"), returns: "i64" }, (f, args) => {
      f.a.xor(eax, eax);
      args.forEach((op, i) => {
        f.a.imul(r10, op as never, 10 ** (5 - i));
        f.a.add(rax, r10);
      });
      f.ret(rax);
    });
    for (let k = 0; k < 6; k++) {
      const g = jit.function({ args: Array(6).fill("i64"), returns: "i64" }, (f, args) => {
        f.ret(f.call(callee, args.map((_, i) => args[(i + k) % 6]!)));
      });
      const digits = Array.from({ length: 6 }, (_, i) => ((i + k) % 6) + 1);
      expect(g(1n, 2n, 3n, 4n, 5n, 6n)).toBe(BigInt(digits.join("")));
    }
  });
  test("a function pointer in a register that argument moves overwrite", () => {
    const add = jit.function({ args: ["i64", "i64"], returns: "i64" }, (f, [x, y]) => {
      f.a.lea(rax, mem(x, y));
      f.ret(rax);
    });
    // the target arrives in rdi, which the first argument overwrites
    const g = jit.function({ args: ["ptr", "i64", "i64"], returns: "i64" }, (f, [fp, x, y]) => {
      f.ret(f.call(fp as never, [x, y], { signature: { args: ["i64", "i64"], returns: "i64" } }));
    });
    expect(g(info(add).address, 40n, 2n)).toBe(42n);
  });
  test("values kept in callee-saved registers and with keep survive calls", () => {
    const trash = jit.function({ returns: "void" }, (f) => {
      for (const r of [rax, rcx, rdx, rsi, rdi, r8, r9]) f.a.mov(r, -1);
      f.a.pcmpeqd(xmm1, xmm1);
    });
    const g = jit.function({ args: ["i64", "f64"], returns: "f64" }, (f, [x, y]) => {
      f.a.mov(rbx, x);
      f.call(trash, [], { keep: [y, rsi] });
      f.a.cvtsi2sd(xmm1, rbx);
      f.a.addsd(xmm1, y);
      f.ret(xmm1);
    });
    expect(g(40n, 2.5)).toBe(42.5);
  });
});

describe("text inside a function body", () => {
  test("f.text and f.asm mix with builder calls, share labels, ret goes through the epilogue", () => {
    const g = jit.function({ args: ["i32", "i32"], returns: "i32" }, (f, [x, y]) => {
      f.a.mov(ebx_(), x);
      f.text("test esi, esi\njz .Lzero");
      f.asm`add ebx, ${y}`;
      f.text("mov eax, ebx\nret\n.Lzero:\nmov eax, -1\nret");
    });
    expect(g(40, 2)).toBe(42);
    expect(g(40, 0)).toBe(-1);
    expect(jit.build({ args: ["i32", "i32"], returns: "i32" }, (f, [x]) => { f.a.mov(ebx_(), x); f.text("mov eax, ebx\nret"); }).saved).toEqual(["rbx"]);
  });
});

function ebx_() {
  return ebx;
}

describe("layout", () => {
  const lines = (listing: string | null) => listing!.split("\n").map((l) => (l.endsWith(":") ? l : l.slice(40).trim()));
  test("frame: true sets up rbp in a leaf; stack arguments are [rbp + 16 + 8k]", () => {
    const b = jit.build({ args: ["i64"], returns: "i64" }, (f, [x]) => f.ret(x), { frame: true, listing: true });
    expect(lines(b.listing)).toEqual(["push rbp", "mov rbp, rsp", "mov rax, rdi", ".Lepilogue:", "leave", "ret"]);
    let seen: string[] = [];
    jit.build({ args: Array(8).fill("i32") }, (_f, ops) => void (seen = ops.slice(6).map(String)));
    expect(seen).toEqual(["dword ptr [rbp + 16]", "dword ptr [rbp + 24]"]);
  });
  test("narrow register arguments are extended in the prologue", () => {
    const b = jit.build({ args: ["i8", "u16", "bool", "i32"], returns: "i32" }, (f, [a]) => f.ret(a), { listing: true });
    expect(lines(b.listing).slice(0, 3)).toEqual(["movsx edi, dil", "movzx esi, si", "movzx edx, dl"]);
  });
  test("locals and callee-saved registers: rsp stays 16-byte aligned in the body, restored from rbp", () => {
    const b = jit.build({ returns: "void" }, (f) => {
      f.local(8);
      f.a.mov(rbx, 1);
      f.call(probe);
    }, { listing: true });
    const t = lines(b.listing);
    expect(t.slice(0, 4)).toEqual(["push rbp", "mov rbp, rsp", "sub rsp, 24", "push rbx"]);
    const e = t.indexOf(".Lepilogue:");
    expect(t.slice(e + 1, e + 5)).toEqual(["lea rsp, [rbp - 32]", "pop rbx", "leave", "ret"]);
  });
  test("a trailing f.ret falls into the epilogue; an early one jumps to it", () => {
    const b = jit.build({ args: ["i32"], returns: "i32" }, (f, [x]) => {
      const skip = f.label();
      f.a.test(x, x);
      f.a.jnz(skip);
      f.ret(-1);
      f.a.bind(skip);
      f.ret(x);
    }, { listing: true });
    const t = lines(b.listing);
    expect(t.filter((l) => l.startsWith("jmp")).length).toBe(1);
    expect(t[t.indexOf(".Lepilogue:") - 1]).toBe("mov eax, edi");
  });
  test("ymm registers in the body end with vzeroupper", () => {
    const b = jit.build({ returns: "void" }, (f) => void f.a.vxorps(ymm1, ymm1, ymm1), { listing: true });
    expect(lines(b.listing)).toContain("vzeroupper");
  });
});

describe("two layout paths", () => {
  test("a leaf without prologue is finished in place; the replay path gives the same bytes", () => {
    const sig = { args: ["ptr", "u32"], returns: "f64" } as const;
    const body: FunctionBody<typeof sig> = (f, [p, n]) => {
      const loop = f.label(), done = f.label();
      f.a.xorps(xmm0, xmm0);
      f.a.xor(eax, eax);
      f.a.test(n, n);
      f.a.jz(done);
      f.a.align(16);
      f.a.bind(loop);
      f.a.addsd(xmm0, qword(p, rax, 8));
      f.a.addsd(xmm0, f.a.f64(0.5));
      f.a.inc(eax);
      f.a.cmp(eax, n);
      f.a.jb(loop);
      f.a.bind(done);
      f.ret(xmm0);
    };
    const inPlace = jit.build(sig, body);
    const replayed = jit.build(sig, body, { listing: true });
    expect([...inPlace.bytes]).toEqual([...replayed.bytes]);
    const g = jit.function(sig, body);
    expect(g(new Float64Array([1, 2, 3]), 3)).toBe(7.5);
  });
});

describe("internal subroutines", () => {
  test("call label ... rawRet() returns to the caller inside the body; ret returns from the function", () => {
    const g = jit.function({ args: ["i32"], returns: "i32" }, (f, [x]) => {
      const sub = f.label("times3");
      f.a.mov(eax, x);
      f.a.call(sub);
      f.a.call(sub);
      f.a.ret(); // through the epilogue
      f.a.bind(sub);
      f.a.lea(eax, mem(rax, rax, 2));
      f.a.rawRet();
    });
    expect(g(2)).toBe(18);
  });
});
