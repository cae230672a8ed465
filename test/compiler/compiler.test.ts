/**
 * compiler.test.ts — jit.compile: the API (virtual registers of each class,
 * views, labels, calls, constants, locals), fixed-register constraints one by
 * one, callee-saved registers preserved when called from JS, from JIT code
 * and from C (qsort), stack alignment at calls, allocation quality (no spill
 * while values fit), and every error the compiler raises.
 */
import { describe, expect, test } from "bun:test";
import { ptr } from "bun:ffi";
import { jit } from "../../src/abi/jit.ts";
import { JitError } from "../../src/core/errors.ts";
import { cpuFeatures } from "../../src/host-cpu.ts";
import { qword, dword, mem } from "../../src/x64/operands.ts";
import { cl, eax, ecx, r12, r13, r14, r15, rax, rbx, rbp, rdi, rsi, rsp } from "../../src/x64/registers.ts";
import type { VGp64 } from "../../src/compiler/vreg.ts";

function code(e: () => unknown): string {
  try {
    e();
  } catch (x) {
    if (x instanceof JitError) return x.code;
    return `not a JitError: ${String(x)}`;
  }
  return "no error";
}

describe("basics", () => {
  test("integer arithmetic with virtual registers", () => {
    const f = jit.compile({ args: ["i32", "i32"], returns: "i32" }, (c, [x, y]) => {
      const t = c.gp32("t");
      c.mov(t, x);
      c.imul(t, y);
      c.add(t, 1);
      c.ret(t);
    });
    expect(f(6, 7)).toBe(43);
    expect(f(-3, 5)).toBe(-14);
  });
  test("f64 arithmetic, constants from the pool", () => {
    const f = jit.compile({ args: ["f64", "f64"], returns: "f64" }, (c, [x, y]) => {
      const t = c.xmm("t");
      c.movapd(t, x);
      c.mulsd(t, x);
      c.addsd(t, y);
      c.mulsd(t, c.f64(0.5));
      c.ret(t);
    });
    expect(f(3, 4)).toBe(6.5);
  });
  test("views: r8/r16/r32/r64 of one value; 32-bit writes zero-extend", () => {
    const f = jit.compile({ args: ["i64"], returns: "i64" }, (c, [x]) => {
      const t = c.gp64("t");
      c.mov(t, x);
      c.mov(t.r8, 0x7f); // low byte replaced, the rest kept
      c.add(t.r32, 1); // a 32-bit write clears bits 63:32
      c.ret(t);
    });
    expect(f(0x1234567890abcdefn)).toBe(BigInt(0x90abcd7f + 1));
  });
  test("labels and loops: sum 1..n", () => {
    const f = jit.compile({ args: ["u32"], returns: "u32" }, (c, [n]) => {
      const s = c.gp32("s"), i = c.gp32("i");
      const top = c.label("top"), done = c.label("done");
      c.xor(s, s);
      c.mov(i, n);
      c.test(i, i);
      c.jz(done);
      c.bind(top);
      c.add(s, i);
      c.dec(i);
      c.jnz(top);
      c.bind(done);
      c.ret(s);
    });
    expect(f(100)).toBe(5050);
    expect(f(0)).toBe(0);
  });
  test("memory operands with virtual base and index: qword(v, w, 8, 16)", () => {
    const f = jit.compile({ args: ["ptr", "u32"], returns: "i64" }, (c, [p, i]) => {
      const r = c.gp64("r");
      c.mov(r, qword(p, i.r64, 8, 16));
      c.ret(r);
    });
    const a = new BigInt64Array([10n, 20n, 30n, 40n, 50n]);
    expect(f(a, 1)).toBe(40n);
  });
  test("a physical register where the user insists", () => {
    const f = jit.compile({ args: ["i32"], returns: "i32" }, (c, [x]) => {
      const t = c.gp32("t");
      c.mov(eax, x);
      c.mov(t, 5);
      c.add(eax, t);
      c.mov(t, eax);
      c.ret(t);
    });
    expect(f(10)).toBe(15);
  });
  test("a function that ends without c.ret() returns (void)", () => {
    let seen = 0;
    const f = jit.compile({ args: ["i32"], returns: "void" }, (c, [x]) => {
      const cb = c.callback((v: number) => { seen = v; }, { args: ["i32"], returns: "void" });
      c.call(cb, [x]);
    });
    f(42);
    expect(seen).toBe(42);
  });
});

describe("fixed registers from the instruction facts", () => {
  test("shift count in cl", () => {
    const f = jit.compile({ args: ["i64", "u32"], returns: "i64" }, (c, [x, n]) => {
      const t = c.gp64();
      c.mov(t, x);
      c.shl(t, n.r8);
      c.ret(t);
    });
    expect(f(3n, 4)).toBe(48n);
  });
  test("div: c.div(hi, lo, divisor) in rdx:rax; mul; cqo", () => {
    const f = jit.compile({ args: ["i64", "i64"], returns: "i64" }, (c, [a, b]) => {
      const hi = c.gp64("hi"), lo = c.gp64("lo");
      c.mov(lo, a);
      c.cqo(hi, lo);
      c.idiv(hi, lo, b); // lo = a / b, hi = a % b (signed)
      const p = c.gp64("p"), q = c.gp64("q");
      c.mov(p, lo);
      c.mul(q, p, hi); // q:p = p * hi
      c.add(p, q);
      c.ret(p);
    });
    const ref = (a: bigint, b: bigint) => {
      const q = a / b, r = a % b;
      const prod = BigInt.asUintN(64, q) * BigInt.asUintN(64, r);
      return BigInt.asIntN(64, (prod & ((1n << 64n) - 1n)) + (prod >> 64n));
    };
    for (const [a, b] of [[100n, 7n], [-100n, 7n], [123456789123n, -98765n]] as const) expect(f(a, b)).toBe(ref(a, b));
  });
  test("cpuid(a, b, c, d) gives the vendor string of leaf 0", () => {
    const f = jit.compile({ args: ["ptr"], returns: "void" }, (c, [out]) => {
      const a = c.gp32(), b = c.gp32(), cc = c.gp32(), d = c.gp32();
      c.xor(a, a);
      c.xor(cc, cc);
      c.cpuid(a, b, cc, d);
      c.mov(dword(out, 0), b);
      c.mov(dword(out, 4), d);
      c.mov(dword(out, 8), cc);
    });
    const buf = new Uint8Array(12);
    f(buf);
    expect(new TextDecoder().decode(buf)).toBe(cpuFeatures().vendor);
  });
  test("rep movsb with (dst, src, count) operands", () => {
    const f = jit.compile({ args: ["ptr", "ptr", "u32"], returns: "void" }, (c, [d, s, n]) => {
      const cnt = c.gp64();
      c.mov(cnt.r32, n);
      c.rep().movsb(d, s, cnt);
    });
    const src = new Uint8Array([1, 2, 3, 4, 5, 6]), dst = new Uint8Array(6);
    f(dst, src, 4);
    expect([...dst]).toEqual([1, 2, 3, 4, 0, 0]);
  });
  test("blendvps: the mask in xmm0", () => {
    const f = jit.compile({ args: ["f64", "f64", "f64"], returns: "f64" }, (c, [a, b, m]) => {
      const t = c.xmm();
      c.movapd(t, a);
      c.blendvpd(t, b, m); // m stands for xmm0
      c.ret(t);
    });
    expect(f(1, 2, -0)).toBe(2); // sign bit set: take b
    expect(f(1, 2, 0)).toBe(1);
  });
});

describe("calls", () => {
  const add3 = jit.function({ args: ["i64", "i64", "i64"], returns: "i64" }, (f, [a, b, cc]) => {
    f.a.lea(rax, qword(a, b, 1));
    f.a.add(rax, cc);
    f.ret(rax);
  });
  test("values live across calls survive (more than the callee-saved registers)", () => {
    const f = jit.compile({ args: ["i64"], returns: "i64" }, (c, [x]) => {
      const vs: VGp64[] = [];
      for (let i = 0; i < 12; i++) {
        const v = c.gp64(`v${i}`);
        c.lea(v, mem(x, i + 1));
        vs.push(v);
      }
      let acc = c.gp64("acc");
      c.mov(acc, 0);
      for (let i = 0; i < 6; i++) {
        const r = c.call(add3, [vs[i]!, vs[i + 6]!, acc])!;
        acc = r;
      }
      for (const v of vs) c.add(acc, v);
      c.ret(acc);
    });
    let acc = 0n;
    const x = 1000n;
    for (let i = 0; i < 6; i++) acc = x + BigInt(i + 1) + x + BigInt(i + 7) + acc;
    for (let i = 0; i < 12; i++) acc += x + BigInt(i + 1);
    expect(f(x)).toBe(acc);
  });
  test("C functions: strlen with a typed result", () => {
    const f = jit.compile({ args: ["ptr"], returns: "u64" }, (c, [s]) => {
      const n = c.call("strlen", [s], { signature: { args: ["ptr"], returns: "u64" } })!;
      c.add(n, 1);
      c.ret(n);
    });
    expect(f(new TextEncoder().encode("hello\0"))).toBe(6n);
  });
  test("rsp is 16-byte aligned at every call", () => {
    const f = jit.compile({ args: [], returns: "i64" }, (c) => {
      const v = c.gp64();
      c.mov(v, 0);
      const probe = jit.function({ args: [], returns: "i64" }, (fb) => {
        fb.a.mov(rax, rsp);
        fb.a.and(rax, 15);
        fb.ret(rax);
      });
      for (let i = 0; i < 3; i++) {
        const r = c.call(probe, [])!;
        c.or(v, r);
        c.push(v as never); // an odd stack depth
        const r2 = c.call(probe, [])!;
        c.pop(v as never);
        c.or(v, r2);
      }
      c.ret(v);
    });
    expect(f()).toBe(8n); // the callee sees rsp ≡ 8 (its return address on an aligned stack)
  });
});

describe("callee-saved registers", () => {
  /** A compiled function that needs every register (values all live at once). */
  const heavy = jit.compile({ args: ["i64", "i64"], returns: "i64" }, (c, [a, b]) => {
    const vs: VGp64[] = [];
    for (let i = 0; i < 16; i++) {
      const v = c.gp64();
      c.lea(v, mem(a, b, 1, i));
      vs.push(v);
    }
    const s = c.gp64();
    c.xor(s, s);
    for (const v of vs) {
      c.imul(v, v);
      c.xor(s, v);
    }
    c.ret(s);
  });
  const want = (a: bigint, b: bigint) => {
    let s = 0n;
    for (let i = 0; i < 16; i++) s ^= BigInt.asUintN(64, (a + b + BigInt(i)) ** 2n);
    return BigInt.asIntN(64, s);
  };
  test("called from JS", () => {
    expect(heavy(3n, 4n)).toBe(want(3n, 4n));
  });
  test("called from JIT code: rbx, rbp, r12–r15 come back unchanged", () => {
    const caller = jit.function({ args: [], returns: "i64" }, (f) => {
      const A = f.a;
      const regs = [rbx, r12, r13, r14, r15];
      regs.forEach((r, i) => A.mov(r, 0x1111111111 * (i + 1)));
      f.call(heavy, [3, 4]);
      // 0 when all five kept their values
      A.xor(rax, rax);
      regs.forEach((r, i) => {
        A.mov(rsi, 0x1111111111 * (i + 1));
        A.cmp(r, rsi);
        A.setne(cl);
        A.or(eax, ecx);
      });
      f.ret(rax);
    });
    expect(caller()).toBe(0n);
  });
  test("called from C: qsort with a compiled comparator under register pressure", () => {
    const cmp = jit.compile({ args: ["ptr", "ptr"], returns: "i32" }, (c, [pa, pb]) => {
      const a = c.gp64(), b = c.gp64();
      c.mov(a, qword(pa));
      c.mov(b, qword(pb));
      // burn registers: 14 values live at once
      const junk: VGp64[] = [];
      for (let i = 0; i < 14; i++) {
        const j = c.gp64();
        c.lea(j, mem(a, b, 2, i));
        junk.push(j);
      }
      const r = c.gp32();
      c.xor(r, r);
      const t = c.gp32();
      c.cmp(a, b);
      c.setg(r.r8);
      c.setl(t.r8);
      c.movzx(t, t.r8);
      c.sub(r, t);
      for (const j of junk) c.add(j, 1); // keep them alive to here
      c.ret(r);
    });
    const data = new BigInt64Array(Array.from({ length: 200 }, (_, i) => BigInt((i * 7919) % 997) - 500n));
    const f = jit.compile({ args: ["ptr", "u64"], returns: "void" }, (c, [p, n]) => {
      c.call("qsort", [p, n, 8, cmp], { signature: { args: ["ptr", "u64", "u64", "ptr"], returns: "void" } });
    });
    f(data, data.length);
    const sorted = [...data].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
    expect([...data]).toEqual(sorted);
  });
});

describe("allocation quality", () => {
  test("no spill when the live values fit the register file", () => {
    const lines: string[] = [];
    const f = jit.compile({ args: ["i64"], returns: "i64" }, (c, [x]) => {
      const vs: VGp64[] = [];
      for (let i = 0; i < 13; i++) {
        const v = c.gp64();
        c.lea(v, mem(x, i));
        vs.push(v);
      }
      for (const v of vs) c.imul(x, v);
      c.ret(x);
    }, { listing: (l) => lines.push(l) });
    expect(lines.some((l) => /\[rbp - \d+\]/.test(l))).toBe(false);
    let want = 5n;
    for (let i = 0; i < 13; i++) want = BigInt.asIntN(64, want * (5n + BigInt(i)));
    expect(f(5n)).toBe(want);
  });
  test("a value copied into a fixed register lives there (the copy vanishes)", () => {
    const lines: string[] = [];
    jit.compile({ args: ["i64", "u32"], returns: "i64" }, (c, [x, n]) => {
      const t = c.gp64();
      c.mov(t, x);
      c.shl(t, n.r8);
      c.ret(t);
    }, { listing: (l) => lines.push(l) });
    const body = lines.filter((l) => /^[0-9a-f]{6} /.test(l)).map((l) => l.slice(40).replace(/\s*;.*$/, "").trim());
    expect(body).toEqual(["mov rax, rdi", "mov rcx, rsi", "shl rax, cl", "ret"]);
  });
  test("the listing names the virtual registers beside the registers chosen", () => {
    const lines: string[] = [];
    jit.compile({ args: ["ptr", "u32"], returns: "i64" }, (c, [p, n]) => {
      const sum = c.gp64("sum"), i = c.gp64("i");
      c.xor(sum, sum);
      c.xor(i, i);
      c.add(sum, qword(p, i, 8));
      c.add(sum, n.r64);
      c.ret(sum);
    }, { listing: (l) => lines.push(l) });
    expect(lines.some((l) => /xor rax, rax\s+; sum=rax/.test(l))).toBe(true);
    expect(lines.some((l) => /add rax, qword ptr \[rdi \+ 8\*rcx\]\s+; sum=rax arg0=rdi i=rcx/.test(l))).toBe(true);
  });
});

describe("errors", () => {
  test("a virtual register read before any write: EUNINIT naming it and the instruction", () => {
    let err: JitError | null = null;
    try {
      jit.compile({ args: ["i32"], returns: "i32" }, (c, [x]) => {
        const u = c.gp32("counter");
        c.add(x, u);
        c.ret(x);
      });
    } catch (e) {
      err = e as JitError;
    }
    expect(err?.code).toBe("EUNINIT");
    expect(err?.message).toContain("counter");
    expect(err?.message).toContain("add");
  });
  test("written on one path only: EUNINIT", () => {
    expect(code(() => jit.compile({ args: ["i32"], returns: "i32" }, (c, [x]) => {
      const u = c.gp32("u"), skip = c.label();
      c.test(x, x);
      c.jz(skip);
      c.mov(u, 1);
      c.bind(skip);
      c.add(x, u);
      c.ret(x);
    }))).toBe("EUNINIT");
  });
  test("a virtual register of another function: ESTATE", () => {
    let stolen: VGp64 | null = null;
    jit.compile({ args: ["i64"], returns: "i64" }, (c, [x]) => {
      stolen = c.gp64();
      c.mov(stolen, x);
      c.ret(stolen);
    });
    expect(code(() => jit.compile({ args: ["i64"], returns: "i64" }, (c, [x]) => {
      c.add(x, stolen!);
      c.ret(x);
    }))).toBe("ESTATE");
    expect(code(() => jit.compile({ args: ["i64"], returns: "i64" }, (c, [x]) => {
      c.mov(x, qword(stolen!, 8));
      c.ret(x);
    }))).toBe("ESTATE");
  });
  test("too many live values for maxFrame: ELIMIT", () => {
    expect(code(() => jit.compile({ args: ["i64"], returns: "i64" }, (c, [x]) => {
      const vs: VGp64[] = [];
      for (let i = 0; i < 40; i++) {
        const v = c.gp64();
        c.lea(v, mem(x, i));
        vs.push(v);
      }
      for (const v of vs) c.add(x, v);
      c.ret(x);
    }, { maxFrame: 64 }))).toBe("ELIMIT");
  });
  test("labels: unbound ELABEL, bound twice ELABEL, foreign ELABEL", () => {
    expect(code(() => jit.compile({ args: [], returns: "void" }, (c) => {
      c.jmp(c.label("nowhere"));
    }))).toBe("ELABEL");
    expect(code(() => jit.compile({ args: [], returns: "void" }, (c) => {
      const l = c.label();
      c.bind(l);
      c.bind(l);
    }))).toBe("ELABEL");
    expect(code(() => jit.compile({ args: [], returns: "void" }, (c) => {
      c.jmp(c.f.a.newLabel("raw"));
    }))).toBe("ELABEL");
  });
  test("indirect jumps, raw call/ret, rsp/rbp as registers: EOPERAND", () => {
    expect(code(() => jit.compile({ args: ["ptr"], returns: "void" }, (c, [p]) => { c.jmp(p); }))).toBe("EOPERAND");
    expect(code(() => jit.compile({ args: ["ptr"], returns: "void" }, (c, [p]) => { (c as unknown as { record(m: string, ...o: unknown[]): void }).record("call", p); }))).toBe("EOPERAND");
    expect(code(() => jit.compile({ args: ["i64"], returns: "void" }, (c, [x]) => { c.mov(rbp, x); }))).toBe("EOPERAND");
    expect(code(() => jit.compile({ args: ["i64"], returns: "void" }, (c, [x]) => { c.add(rsp, x); }))).toBe("EOPERAND");
    expect(code(() => jit.compile({ args: [], returns: "void" }, (c) => { c.leave(); }))).toBe("EOPERAND");
  });
  test("returns: a value in a void function EABI; the end reachable in a non-void one EABI", () => {
    expect(code(() => jit.compile({ args: ["i32"], returns: "void" }, (c, [x]) => { c.ret(x); }))).toBe("EABI");
    expect(code(() => jit.compile({ args: ["i32"], returns: "i32" }, (c, [x]) => { c.add(x, 1); }))).toBe("EABI");
  });
  test("using the compiler after the function is built: ESTATE", () => {
    let saved: { gp32(): unknown } | null = null;
    jit.compile({ args: [], returns: "void" }, (c) => { saved = c; });
    expect(code(() => saved!.gp32())).toBe("no error"); // making a register is harmless …
    expect(code(() => (saved as unknown as { add(a: unknown, b: unknown): void }).add(eax, 1))).toBe("ESTATE"); // … recording is not
  });
  test("bad bodies and options: EARGS", () => {
    expect(code(() => jit.compile({ args: [], returns: "void" }, null as never))).toBe("EARGS");
    expect(code(() => jit.compile({ args: [], returns: "void" }, () => {}, null as never))).toBe("EARGS");
    expect(code(() => jit.compile({ args: [], returns: "void" }, (c) => { c.gp32(5 as never); }))).toBe("EARGS");
  });
});

void rdi;
void ptr;
