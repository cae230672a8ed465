/**
 * moves.test.ts — seeded random stress of call-argument moves: a caller holds
 * values in its argument registers, callee-saved and scratch registers, and a
 * buffer; it calls a JIT'd callee of 1..12 random i64/i32/f64/f32 parameters
 * with arguments drawn at random from those places (registers that are also
 * destinations, memory operands whose base is overwritten by the moves,
 * immediates, int → float conversions). The callee stores what arrives; the
 * test compares with JS. Exercises ordering, cycle breaking, scratch choice
 * and stack arguments together.
 */
import { ptr } from "bun:ffi";
import { describe, expect, test } from "bun:test";
import { jit, type FunctionBody } from "../../src/abi/jit.ts";
import { info } from "../../src/ffi/callable.ts";
import type { CallArg } from "../../src/abi/function-builder.ts";
import { dword, qword } from "../../src/x64/operands.ts";
import { ebx, ecx, edi, edx, esi, r10, r11, r12, r8, r9, rax, rbx, rcx, rdi, rdx, Reg, rsi, RT_GP, xmm0, xmm1, xmm2, type Gp64 } from "../../src/x64/registers.ts";
import { Mem } from "../../src/x64/operands.ts";

type P = "i64" | "i32" | "f64" | "f32";
const PT: P[] = ["i64", "i32", "f64", "f32"];

function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const out = new ArrayBuffer(8 * 12);
const outAddr = ptr(new Uint8Array(out));
const data = new ArrayBuffer(256); // 8 x i64 at 0, 8 x f64 at 64, 8 x f32 at 128
const dv = new DataView(data);
for (let i = 0; i < 8; i++) {
  dv.setBigInt64(8 * i, BigInt(i * 1000 - 3000) * 123456789n, true);
  dv.setFloat64(64 + 8 * i, i * 1.25 - 3, true);
  dv.setFloat32(128 + 4 * i, i * 0.5 + 0.25, true);
}
const dataAddr = BigInt(ptr(new Uint8Array(data)));

// the caller's values: (p, a, b, c, x, y, z) and constants in rbx, r12, r10, r11, rax
const A = -(2n ** 40n) - 7n, B = 2n ** 62n + 5n, C = -123456, X = 2.5, Y = -0.125, Z = 1.75;
const K: [Gp64, bigint][] = [[rbx, 0x1234567890n], [r12, -99n], [r10, 2n ** 35n + 1n], [r11, -(2n ** 50n)], [rax, 77n]];
const intRegs: [Reg, bigint][] = [[rdi, dataAddr], [rsi, A], [rdx, B], [rcx, BigInt(C)], ...K];

interface Src { arg: CallArg; i64: bigint | null; f: number | null; f32ok: boolean }

function sources(t: P, r: () => number): Src {
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  const k = Math.floor(r() * 8);
  if (t === "i64" || t === "i32") {
    const kind = pick(["reg", "reg32", "imm", "mem"] as const);
    if (kind === "reg") {
      const [reg, v] = pick(intRegs);
      return { arg: reg, i64: v, f: null, f32ok: false };
    }
    if (kind === "reg32") {
      const [reg, v] = pick([[ecx, BigInt(C)], [esi, A], [edx, B], [edi, dataAddr], [ebx, K[0]![1]]] as [Reg, bigint][]);
      return { arg: reg, i64: BigInt.asIntN(32, v), f: null, f32ok: false }; // movsxd for i64, low half for i32
    }
    if (kind === "imm") {
      const v = BigInt(Math.floor((r() - 0.5) * 2 ** 40));
      return { arg: v, i64: v, f: null, f32ok: false };
    }
    const m = t === "i64" ? qword(rdi, 8 * k) : dword(rdi, 8 * k);
    const v = dv.getBigInt64(8 * k, true);
    return { arg: m, i64: t === "i64" ? v : BigInt.asIntN(32, v), f: null, f32ok: false };
  }
  const kind = pick(["xmm", "imm", "mem", "int"] as const);
  if (kind === "xmm") {
    if (t === "f32") return { arg: xmm2, i64: null, f: Z, f32ok: true };
    return pick([{ arg: xmm0, i64: null, f: X, f32ok: false }, { arg: xmm1, i64: null, f: Y, f32ok: false }]);
  }
  if (kind === "imm") {
    const v = Math.round((r() - 0.5) * 64) / 8;
    return { arg: v === Math.trunc(v) ? v + 0.5 : v, i64: null, f: v === Math.trunc(v) ? v + 0.5 : v, f32ok: true };
  }
  if (kind === "mem") {
    if (t === "f32") return { arg: dword(rdi, 128 + 4 * k), i64: null, f: dv.getFloat32(128 + 4 * k, true), f32ok: true };
    return { arg: qword(rdi, 64 + 8 * k), i64: null, f: dv.getFloat64(64 + 8 * k, true), f32ok: false };
  }
  const [reg, v] = pick(intRegs);
  return { arg: reg, i64: null, f: Number(v), f32ok: true }; // cvtsi2sd / cvtsi2ss
}

test("random argument moves into 1..12 parameters (seeded)", () => {
  const seed = 0xabc123;
  const r = rng(seed);
  for (let c = 0; c < 250; c++) {
    const n = 1 + Math.floor(r() * 12);
    const types: P[] = Array.from({ length: n }, () => PT[Math.floor(r() * 4)]!);
    const callee = jit.function({ args: types, returns: "void" }, (f, ops) => {
      f.a.mov(r11, outAddr); // r11 is not an argument register
      ops.forEach((op, i) => {
        const t = types[i]!;
        if (op instanceof Reg) {
          if (op.type === RT_GP) f.a.emit("mov", t === "i64" ? qword(r11, 8 * i) : dword(r11, 8 * i), op);
          else f.a.emit(t === "f64" ? "movsd" : "movss", t === "f64" ? qword(r11, 8 * i) : dword(r11, 8 * i), op);
        } else {
          const m = op as Mem;
          if (m.bits === 64) {
            f.a.mov(rax, m as never);
            f.a.mov(qword(r11, 8 * i), rax);
          } else {
            f.a.emit("mov", ecx, m);
            f.a.mov(dword(r11, 8 * i), ecx);
          }
        }
      });
    });
    const srcs = types.map((t) => sources(t, r));
    const caller = jit.function({ args: ["ptr", "i64", "i64", "i32", "f64", "f64", "f32"], returns: "void" }, (f) => {
      for (const [reg, v] of K) f.a.mov(reg, v);
      f.call(callee, srcs.map((s) => s.arg));
    });
    new Uint8Array(out).fill(0xcc);
    caller(new Uint8Array(data), A, B, C, X, Y, Z);
    const o = new DataView(out);
    types.forEach((t, i) => {
      const s = srcs[i]!;
      const where = `case ${c} (seed ${seed}), parameter ${i} ${t} <- ${String(s.arg)}`;
      let got: unknown, want: unknown;
      if (t === "i64") [got, want] = [o.getBigInt64(8 * i, true), s.i64];
      else if (t === "i32") [got, want] = [o.getInt32(8 * i, true), Number(BigInt.asIntN(32, s.i64!))];
      else if (t === "f64") [got, want] = [o.getFloat64(8 * i, true), s.f];
      else [got, want] = [o.getFloat32(8 * i, true), Math.fround(s.f!)];
      if (got !== want) throw new Error(`${where}: got ${String(got)}, want ${String(want)}`);
    });
  }
  expect(true).toBe(true);
});

describe("when every caller-saved register is busy", () => {
  const store6 = jit.function({ args: Array(6).fill("i64"), returns: "void" }, (f, ops) => {
    f.a.mov(r11, outAddr);
    ops.forEach((op, i) => f.a.mov(qword(r11, 8 * i), op as Gp64));
  });
  const got = (n: number) => Array.from(new BigInt64Array(out, 0, n));
  test("cycles whose registers are also address bases are parked on the stack", () => {
    const buf = new BigInt64Array([10n, 11n, 12n, 13n]);
    const sig = { args: ["ptr"], returns: "void" } as const;
    const body: FunctionBody<typeof sig> = (f, [b]) => {
      f.a.mov(rsi, b);
      f.a.mov(rdx, b);
      f.a.mov(rcx, b);
      f.a.mov(r8, 111);
      f.a.mov(r9, 222);
      f.a.mov(rax, 8);
      f.a.mov(r10, 16);
      f.a.mov(r11, 24);
      // rdi <- [rsi + r10], rsi <- [rdi + rax], rdx <- [rcx + r11], rcx <- [rdx + rax], r8 <- r9, r9 <- r8
      f.call(store6, [qword(rsi, r10), qword(b, rax), qword(rcx, r11), qword(rdx, rax), r9, r8]);
    };
    expect(jit.build(sig, body, { listing: true }).listing).toContain("push ");
    jit.function(sig, body)(buf);
    expect(got(6)).toEqual([12n, 11n, 13n, 11n, 222n, 111n]);
  });
  test("stack arguments needing a temporary borrow one with push/pop", () => {
    const store10 = jit.function({ args: Array(10).fill("i64"), returns: "void" }, (f, ops) => {
      f.a.mov(r11, outAddr);
      ops.forEach((op, i) => {
        f.a.mov(rax, op as never);
        f.a.mov(qword(r11, 8 * i), rax);
      });
    });
    const ints = new Int32Array([-5, 7]);
    const sig = { args: ["ptr"], returns: "void" } as const;
    const body: FunctionBody<typeof sig> = (f, [p]) => {
      f.a.mov(rax, 1);
      f.a.mov(r10, 2);
      f.a.mov(r11, 3);
      f.a.mov(rsi, 4);
      f.a.mov(rdx, 5);
      f.a.mov(rcx, 6);
      f.a.mov(r8, 7);
      f.a.mov(r9, 8);
      // all nine caller-saved registers are read; stack arguments: a signed dword (movsxd needs a
      // register), r8, r9 and a 64-bit constant (movabs needs one too)
      f.call(store10, [r10, r11, rcx, rdx, rsi, rax, dword(p, 0), r8, r9, 2n ** 40n + 21n]);
    };
    expect(jit.build(sig, body, { listing: true }).listing).toContain("push rax");
    jit.function(sig, body)(ints);
    expect(got(10)).toEqual([2n, 3n, 6n, 5n, 4n, 1n, -5n, 7n, 8n, 2n ** 40n + 21n]);
  });
  test("a function pointer in an overwritten register is parked in the outgoing area", () => {
    const sig = { args: ["ptr"], returns: "void" } as const;
    const body: FunctionBody<typeof sig> = (f, [fp]) => {
      f.a.mov(rax, 1);
      f.a.mov(r10, 2);
      f.a.mov(r11, 3);
      f.call(fp, [rax, r10, r11, 4, 5, 6], { signature: { args: Array(6).fill("i64"), returns: "void" } });
    };
    expect(jit.build(sig, body, { listing: true }).listing).toContain("call qword ptr [rsp");
    jit.function(sig, body)(info(store6).address);
    expect(got(6)).toEqual([1n, 2n, 3n, 4n, 5n, 6n]);
  });
});
