/**
 * args.test.ts — arguments arrive where the ABI puts them: every argument
 * position of every count from 1 to 12, for every argument type, returned
 * back to JS (so registers, stack slots and return conversions are checked
 * together); seeded random mixed signatures whose arguments are all stored
 * into a buffer; narrow types extended; return types and their conversions.
 */
import { describe, expect, test } from "bun:test";
import { jit } from "../../src/abi/jit.ts";
import type { ArgType } from "../../src/ffi/signature.ts";
import { Mem, dword, qword } from "../../src/x64/operands.ts";
import { eax, ecx, Reg, rax, rcx, RT_GP, xmm0, xmm1, type Gp64 } from "../../src/x64/registers.ts";

const TYPES = ["i8", "u8", "i16", "u16", "i32", "u32", "i64", "u64", "f32", "f64", "bool", "ptr"] as const;
type T = (typeof TYPES)[number];

function sample(t: T, i: number): number | bigint | boolean {
  switch (t) {
    case "i8": return -(i + 1) * 3;
    case "u8": return 200 + i;
    case "i16": return -30000 + i;
    case "u16": return 60000 + i;
    case "i32": return -2e9 + i;
    case "u32": return 4e9 + i;
    case "i64": return -(2n ** 60n) - BigInt(i);
    case "u64": return 2n ** 63n + BigInt(i);
    case "f32": return 1.5 + i;
    case "f64": return Math.PI * (i + 1);
    case "bool": return i % 2 === 0;
    case "ptr": return 0x10000 + i * 8;
  }
}

type AnyFn = (...a: unknown[]) => unknown;

describe("each argument position of 1..12 arguments, each type", () => {
  for (let n = 1; n <= 12; n++) {
    test(`${n} argument${n > 1 ? "s" : ""}`, () => {
      let checked = 0;
      for (let k = 0; k < n; k++) {
        for (const t of TYPES) {
          const args: ArgType[] = [];
          for (let i = 0; i < n; i++) args.push(i === k ? t : TYPES[(i * 7 + n + k) % TYPES.length]!);
          const fn = jit.function({ args, returns: t }, (f, ops) => f.ret(ops[k]!)) as unknown as AnyFn;
          const values = args.map((a, i) => sample(a as T, i));
          expect(fn(...values)).toBe(values[k]!);
          checked++;
        }
      }
      expect(checked).toBe(n * TYPES.length);
    });
  }
});

/** Small deterministic PRNG (mulberry32); the seed is printed on failure through the test name. */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Store argument operand `op` (of type t) into slot i of the buffer at `buf`. */
function storeArg(a: import("../../src/abi/body-assembler.ts").BodyAssembler, buf: Gp64, i: number, op: Reg | Mem, t: T): void {
  const q = qword(buf, 8 * i), d = dword(buf, 8 * i);
  if (op instanceof Reg) {
    if (op.type === RT_GP) a.emit("mov", op.bits === 64 ? q : d, op);
    else a.emit(t === "f64" ? "movsd" : "movss", t === "f64" ? q : d, op);
    return;
  }
  // a stack argument: copy its bits (narrow ones extended to 32 bits like register ones)
  if (op.bits === 64) {
    a.emit("mov", rcx, op);
    a.emit("mov", q, rcx);
  } else if (op.bits === 32) {
    a.emit("mov", ecx, op);
    a.emit("mov", d, ecx);
  } else {
    const signed = t === "i8" || t === "i16";
    a.emit(signed ? "movsx" : "movzx", ecx, op);
    a.emit("mov", d, ecx);
  }
}

function expectStored(dv: DataView, i: number, t: T, v: number | bigint | boolean): void {
  const o = 8 * i;
  switch (t) {
    case "i8": case "i16": case "i32": return void expect(dv.getInt32(o, true)).toBe(v as number);
    case "u8": case "u16": case "u32": return void expect(dv.getUint32(o, true)).toBe(v as number);
    case "bool": return void expect(dv.getUint32(o, true)).toBe(v ? 1 : 0);
    case "i64": return void expect(dv.getBigInt64(o, true)).toBe(v as bigint);
    case "u64": return void expect(dv.getBigUint64(o, true)).toBe(v as bigint);
    case "ptr": return void expect(Number(dv.getBigUint64(o, true))).toBe(v as number);
    case "f32": return void expect(dv.getFloat32(o, true)).toBe(v as number);
    case "f64": return void expect(dv.getFloat64(o, true)).toBe(v as number);
  }
}

describe("random mixed signatures: every argument stored and compared", () => {
  const seed = 20261125;
  test(`300 signatures of 2..12 arguments (seed ${seed})`, () => {
    const r = rng(seed);
    for (let c = 0; c < 300; c++) {
      const n = 1 + Math.floor(r() * 11); // plus the buffer
      const types: T[] = Array.from({ length: n }, () => TYPES[Math.floor(r() * TYPES.length)]!);
      const fn = jit.function({ args: ["ptr", ...types], returns: "void" }, (f, ops) => {
        const buf = ops[0] as Gp64;
        for (let i = 0; i < n; i++) storeArg(f.a, buf, i, ops[i + 1] as Reg | Mem, types[i]!);
      }) as unknown as AnyFn;
      const values = types.map((t, i) => sample(t, i));
      const buf = new Uint8Array(8 * n).fill(0xee);
      fn(buf, ...values);
      const dv = new DataView(buf.buffer);
      try {
        types.forEach((t, i) => expectStored(dv, i, t, values[i]!));
      } catch (e) {
        throw new Error(`signature ${c} (${types.join(", ")}), seed ${seed}: ${String(e)}`);
      }
    }
  });
});

describe("return conversions", () => {
  test("i32 register to i64 result sign-extends, to u64 zero-extends", () => {
    const s = jit.function({ args: ["i32"], returns: "i64" }, (f, [x]) => f.ret(x));
    const u = jit.function({ args: ["i32"], returns: "u64" }, (f, [x]) => f.ret(x));
    expect(s(-2)).toBe(-2n);
    expect(u(-2)).toBe(0xfffffffen);
  });
  test("int to f64 (cvtsi2sd) and f64 to int (truncation)", () => {
    const toF = jit.function({ args: ["i64"], returns: "f64" }, (f, [x]) => f.ret(x));
    const toI = jit.function({ args: ["f64"], returns: "i32" }, (f, [x]) => f.ret(x));
    expect(toF(-7n)).toBe(-7);
    expect(toI(-7.9)).toBe(-7);
  });
  test("constants: numbers, bigints, booleans, f32", () => {
    expect(jit.function({ returns: "f64" }, (f) => f.ret(2.5))()).toBe(2.5);
    expect(jit.function({ returns: "f64" }, (f) => f.ret(0))()).toBe(0);
    expect(jit.function({ returns: "f32" }, (f) => f.ret(0.25))()).toBe(0.25);
    expect(jit.function({ returns: "i64" }, (f) => f.ret(-(2n ** 62n)))()).toBe(-(2n ** 62n));
    expect(jit.function({ returns: "u64" }, (f) => f.ret(2n ** 64n - 1n))()).toBe(2n ** 64n - 1n);
    expect(jit.function({ returns: "i64_fast" }, (f) => f.ret(123))()).toBe(123);
    expect(jit.function({ returns: "u32" }, (f) => f.ret(0xffffffff))()).toBe(0xffffffff);
    expect(jit.function({ returns: "bool" }, (f) => f.ret(true))()).toBe(true);
    expect(jit.function({ returns: "i8" }, (f) => f.ret(-1))()).toBe(-1);
  });
  test("memory values: qword, dword with sign, f32 widened to f64", () => {
    const buf = new Float32Array([1.25, 0]);
    const widen = jit.function({ args: ["ptr"], returns: "f64" }, (f, [p]) => f.ret(dword(p)));
    expect(widen(buf)).toBe(1.25);
    const ints = new Int32Array([-9, 0]);
    const load = jit.function({ args: ["ptr"], returns: "i64" }, (f, [p]) => f.ret(dword(p)));
    expect(load(ints)).toBe(-9n);
  });
  test("a bare ret in the body returns through the epilogue", () => {
    const g = jit.function({ args: ["i64"], returns: "i64" }, (f, [x]) => {
      f.a.mov(rax, x);
      f.a.ret();
    });
    expect(g(41n)).toBe(41n);
  });
  test("f32 and f64 arguments mixed in one expression", () => {
    const g = jit.function({ args: ["f32", "f64", "f32"], returns: "f64" }, (f, [a, b, c]) => {
      f.a.cvtss2sd(xmm0, a);
      f.a.addsd(xmm0, b);
      f.a.cvtss2sd(xmm1, c);
      f.a.addsd(xmm0, xmm1);
      f.ret(xmm0);
    });
    expect(g(0.5, 0.25, 2)).toBe(2.75);
    void eax;
  });
});
