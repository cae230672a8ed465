/**
 * random-programs.ts — seeded random programs for the compiler: a small
 * statement tree over 64-bit integer and f64 values (arithmetic, 32-bit
 * views, shifts by a register count, mul/div in rdx:rax, cmov, lea, loops,
 * if/else, calls to a register-trashing callee with values live across,
 * stack slots, rep movsb, xlatb), built once with `jit.compile` and once
 * evaluated in JS (BigInt / double), so the two can be compared. Used by
 * random.test.ts and bench/compiler.bench.ts. Not library code.
 */
import { jit } from "../../src/abi/jit.ts";
import type { Compiler } from "../../src/compiler/compiler.ts";
import type { VGp64, VXmm } from "../../src/compiler/vreg.ts";
import { qword, byte, mem } from "../../src/x64/operands.ts";
import { rsp, rax, rcx, rdx, rsi, rdi, r8, r9, r10, r11, xmm, eax } from "../../src/x64/registers.ts";
import type { JitFunction } from "../../src/ffi/callable.ts";

type Rng = () => number;
const M64 = (1n << 64n) - 1n;
const u64 = (x: bigint) => x & M64;
const s64 = (x: bigint) => BigInt.asIntN(64, x);

/** A statement of a random program. */
export type Stmt =
  | { k: "bin"; op: "add" | "sub" | "xor" | "and" | "or" | "imul"; d: number; s: number; w32: boolean }
  | { k: "imm"; op: "add" | "xor" | "and" | "or" | "sub"; d: number; v: number }
  | { k: "un"; op: "neg" | "not" | "inc" | "dec"; d: number }
  | { k: "shift"; op: "shl" | "shr" | "sar" | "rol" | "ror"; d: number; n: number }
  | { k: "shifti"; op: "shl" | "shr" | "sar" | "rol" | "ror"; d: number; n: number }
  | { k: "mov"; d: number; s: number }
  | { k: "movi"; d: number; v: bigint }
  | { k: "div"; q: number; r: number; a: number; b: number }
  | { k: "mul"; hi: number; lo: number; a: number; b: number }
  | { k: "cmov"; cc: string; a: number; b: number; d: number; s: number }
  | { k: "lea"; d: number; a: number; b: number; scale: 1 | 2 | 4 | 8; disp: number }
  | { k: "call"; d: number; a: number; b: number }
  | { k: "if"; cc: string; a: number; b: number; then: Stmt[]; else: Stmt[] }
  | { k: "loop"; n: number; body: Stmt[] }
  | { k: "slot"; d: number; s: number }
  | { k: "fbin"; op: "addsd" | "subsd" | "mulsd"; d: number; s: number }
  | { k: "fcvt"; d: number; s: number }
  | { k: "fcall"; d: number; a: number; b: number }
  | { k: "movsb"; a: number; b: number; n: number }
  | { k: "xlat"; d: number; s: number }
  | { k: "cqo"; hi: number; lo: number };

/** A random program: integer and float value counts, the statements. */
export interface Program {
  readonly ints: number;
  readonly floats: number;
  readonly body: Stmt[];
}

const CCS = ["e", "ne", "l", "le", "g", "ge", "b", "be", "a", "ae"] as const;

function ccTrue(cc: string, a: bigint, b: bigint): boolean {
  const sa = s64(a), sb = s64(b);
  switch (cc) {
    case "e": return a === b;
    case "ne": return a !== b;
    case "l": return sa < sb;
    case "le": return sa <= sb;
    case "g": return sa > sb;
    case "ge": return sa >= sb;
    case "b": return a < b;
    case "be": return a <= b;
    case "a": return a > b;
    case "ae": return a >= b;
  }
  throw new Error(cc);
}

/** Generate a program. `pressure`: how many integer values (more than 14 forces spills). */
export function genProgram(rng: Rng, opts: { ints?: number; floats?: number; stmts?: number; depth?: number; calls?: boolean; floatsOn?: boolean } = {}): Program {
  const ints = opts.ints ?? 3 + Math.floor(rng() * 26);
  const floats = opts.floatsOn === false ? 0 : (opts.floats ?? Math.floor(rng() * 20));
  const pick = (n: number) => Math.floor(rng() * n);
  const iv = () => pick(ints);
  const fv = () => pick(floats);
  const gen = (n: number, depth: number): Stmt[] => {
    const out: Stmt[] = [];
    for (let i = 0; i < n; i++) {
      const r = rng();
      const w32 = rng() < 0.25;
      if (r < 0.18) out.push({ k: "bin", op: (["add", "sub", "xor", "and", "or", "imul"] as const)[pick(6)]!, d: iv(), s: iv(), w32 });
      else if (r < 0.26) out.push({ k: "imm", op: (["add", "xor", "and", "or", "sub"] as const)[pick(5)]!, d: iv(), v: pick(4000) - 2000 });
      else if (r < 0.31) out.push({ k: "un", op: (["neg", "not", "inc", "dec"] as const)[pick(4)]!, d: iv() });
      else if (r < 0.38) out.push({ k: "shift", op: (["shl", "shr", "sar", "rol", "ror"] as const)[pick(5)]!, d: iv(), n: iv() });
      else if (r < 0.42) out.push({ k: "shifti", op: (["shl", "shr", "sar", "rol", "ror"] as const)[pick(5)]!, d: iv(), n: 1 + pick(63) });
      else if (r < 0.47) out.push({ k: "mov", d: iv(), s: iv() });
      else if (r < 0.50) out.push({ k: "movi", d: iv(), v: rng() < 0.5 ? BigInt(pick(1 << 20)) : (BigInt(pick(2 ** 32)) << 32n) | BigInt(pick(2 ** 32)) });
      else if (r < 0.54) {
        const q = iv(), rr = iv();
        if (q !== rr) out.push({ k: "div", q, r: rr, a: iv(), b: iv() });
      } else if (r < 0.58) {
        const hi = iv(), lo = iv();
        if (hi !== lo) out.push({ k: "mul", hi, lo, a: iv(), b: iv() });
      } else if (r < 0.62) out.push({ k: "cmov", cc: CCS[pick(CCS.length)]!, a: iv(), b: iv(), d: iv(), s: iv() });
      else if (r < 0.66) out.push({ k: "lea", d: iv(), a: iv(), b: iv(), scale: ([1, 2, 4, 8] as const)[pick(4)]!, disp: pick(2000) - 1000 });
      else if (r < 0.70 && opts.calls !== false) out.push({ k: "call", d: iv(), a: iv(), b: iv() });
      else if (r < 0.74 && depth > 0) out.push({ k: "if", cc: CCS[pick(CCS.length)]!, a: iv(), b: iv(), then: gen(1 + pick(4), depth - 1), else: rng() < 0.5 ? [] : gen(1 + pick(3), depth - 1) });
      else if (r < 0.78 && depth > 0) out.push({ k: "loop", n: 1 + pick(4), body: gen(1 + pick(4), depth - 1) });
      else if (r < 0.80) out.push({ k: "slot", d: iv(), s: iv() });
      else if (r < 0.88 && floats > 0) out.push({ k: "fbin", op: (["addsd", "subsd", "mulsd"] as const)[pick(3)]!, d: fv(), s: fv() });
      else if (r < 0.91 && floats > 0) out.push({ k: "fcvt", d: fv(), s: iv() });
      else if (r < 0.93 && floats > 0 && opts.calls !== false) out.push({ k: "fcall", d: fv(), a: fv(), b: fv() });
      else if (r < 0.95) out.push({ k: "movsb", a: iv(), b: iv(), n: pick(9) });
      else if (r < 0.97) out.push({ k: "xlat", d: iv(), s: iv() });
      else {
        const hi = iv(), lo = iv();
        if (hi !== lo) out.push({ k: "cqo", hi, lo });
      }
    }
    return out;
  };
  return { ints, floats, body: gen(opts.stmts ?? 10 + pick(40), opts.depth ?? 2) };
}

// ---- the reference: JS evaluation ------------------------------------------------

const callee = (a: bigint, b: bigint) => u64(a * 3n + (b ^ 0x5a5an));
const fcallee = (a: number, b: number) => a * 0.5 - b;
const XLAT = Uint8Array.from({ length: 256 }, (_, i) => (i * 167 + 13) & 0xff);

/** Evaluate in JS: the same result the compiled function must return. */
export function evaluate(p: Program, args: readonly bigint[]): { int: bigint; float: number } {
  const v: bigint[] = Array.from({ length: p.ints }, (_, i) => u64(args[i % args.length]! + BigInt(i) * 0x9e3779b97f4a7c15n));
  const f: number[] = Array.from({ length: p.floats }, (_, i) => i * 1.25 + 0.5);
  let slot = 0n;
  const run = (ss: readonly Stmt[]) => {
    for (const s of ss) {
      switch (s.k) {
        case "bin": {
          const a = s.w32 ? v[s.d]! & 0xffffffffn : v[s.d]!, b = s.w32 ? v[s.s]! & 0xffffffffn : v[s.s]!;
          let r = s.op === "add" ? a + b : s.op === "sub" ? a - b : s.op === "xor" ? a ^ b : s.op === "and" ? a & b : s.op === "or" ? a | b : a * b;
          r = s.w32 ? r & 0xffffffffn : u64(r);
          v[s.d] = r;
          break;
        }
        case "imm": {
          const a = v[s.d]!, b = u64(BigInt(s.v));
          v[s.d] = u64(s.op === "add" ? a + b : s.op === "sub" ? a - b : s.op === "xor" ? a ^ b : s.op === "and" ? a & b : a | b);
          break;
        }
        case "un": v[s.d] = u64(s.op === "neg" ? -v[s.d]! : s.op === "not" ? ~v[s.d]! : s.op === "inc" ? v[s.d]! + 1n : v[s.d]! - 1n); break;
        case "shift":
        case "shifti": {
          const n = s.k === "shift" ? v[s.n]! & 63n : BigInt(s.n);
          const a = v[s.d]!;
          v[s.d] = u64(s.op === "shl" ? a << n : s.op === "shr" ? a >> n : s.op === "sar" ? BigInt.asUintN(64, s64(a) >> n) : s.op === "rol" ? (a << n) | (a >> ((64n - n) & 63n)) * (n === 0n ? 0n : 1n) : (a >> n) | (n === 0n ? 0n : a << (64n - n)));
          break;
        }
        case "mov": v[s.d] = v[s.s]!; break;
        case "movi": v[s.d] = s.v; break;
        case "div": {
          const a = v[s.a]!, d = v[s.b]! | 1n;
          const q = a / d, r = a % d;
          v[s.q] = q;
          v[s.r] = r;
          break;
        }
        case "mul": {
          const prod = v[s.a]! * v[s.b]!;
          v[s.lo] = u64(prod);
          v[s.hi] = u64(prod >> 64n);
          break;
        }
        case "cmov": if (ccTrue(s.cc, v[s.a]!, v[s.b]!)) v[s.d] = v[s.s]!; break;
        case "lea": v[s.d] = u64(v[s.a]! + v[s.b]! * BigInt(s.scale) + BigInt(s.disp)); break;
        case "call": v[s.d] = callee(v[s.a]!, v[s.b]!); break;
        case "if": run(ccTrue(s.cc, v[s.a]!, v[s.b]!) ? s.then : s.else); break;
        case "loop": for (let i = 0; i < s.n; i++) run(s.body); break;
        case "slot": slot = v[s.s]!; v[s.d] = u64(v[s.d]! + slot); break;
        case "fbin": f[s.d] = s.op === "addsd" ? f[s.d]! + f[s.s]! : s.op === "subsd" ? f[s.d]! - f[s.s]! : f[s.d]! * f[s.s]!; break;
        case "fcvt": f[s.d] = Number(s64(v[s.s]!)); break;
        case "fcall": f[s.d] = fcallee(f[s.a]!, f[s.b]!); break;
        case "movsb": {
          // copy n bytes of a into b (little-endian), through two 8-byte stack slots
          const a = v[s.a]!, b = v[s.b]!;
          const mask = s.n === 8 ? M64 : (1n << BigInt(8 * s.n)) - 1n;
          v[s.b] = (b & ~mask & M64) | (a & mask);
          break;
        }
        case "xlat": v[s.d] = (v[s.d]! & ~0xffn) | BigInt(XLAT[Number(v[s.s]! & 0xffn)]!); break;
        case "cqo": v[s.hi] = s64(v[s.lo]!) < 0n ? M64 : 0n; break;
      }
    }
  };
  run(p.body);
  let h = 0n;
  for (const x of v) h = u64(((h << 5n) | (h >> 59n)) ^ x);
  let fs = 0;
  for (const x of f) fs = fs * 1.0000001 + x;
  return { int: h, float: fs };
}

// ---- the compiled program ------------------------------------------------------------

/** The callee the programs call: a*3 + (b ^ 0x5a5a), trashing every caller-saved register and checking rsp alignment. */
let calleeFn: JitFunction<{ args: ["i64", "i64"]; returns: "i64" }> | null = null;
let fcalleeFn: JitFunction<{ args: ["f64", "f64"]; returns: "f64" }> | null = null;
export function callees(): { i: typeof calleeFn & object; f: typeof fcalleeFn & object } {
  calleeFn ??= jit.function({ args: ["i64", "i64"], returns: "i64" }, (fb, [a, b]) => {
    const A = fb.a;
    A.lea(rax, qword(a, a, 2)); // a*3
    A.xor(b, 0x5a5a);
    A.add(rax, b);
    // rsp must be 16-byte aligned at the call: here (after the return address) rsp ≡ 8 (mod 16)
    A.mov(rcx, rsp);
    A.and(rcx, 15);
    A.cmp(rcx, 8);
    const ok = fb.label("ok");
    A.je(ok);
    A.mov(rax, 0xbad);
    A.bind(ok);
    for (const r of [rcx, rdx, rsi, rdi, r8, r9, r10, r11]) A.mov(r, 0x7777777777);
    for (let i = 0; i < 16; i++) A.pcmpeqd(xmm[i]!, xmm[i]!);
    fb.ret(rax);
  });
  fcalleeFn ??= jit.function({ args: ["f64", "f64"], returns: "f64" }, (fb, [a, b]) => {
    const A = fb.a;
    A.mulsd(a, fb.a.f64(0.5));
    A.subsd(a, b);
    A.movapd(xmm[15]!, a);
    for (const r of [rax, rcx, rdx, rsi, rdi, r8, r9, r10, r11]) A.mov(r, 0x6666666666);
    for (let i = 0; i < 15; i++) A.pcmpeqd(xmm[i]!, xmm[i]!);
    A.movapd(xmm[0]!, xmm[15]!);
    fb.ret(xmm[0]!);
  });
  return { i: calleeFn, f: fcalleeFn };
}

/** Write the program's body into a compiler (values from 4 i64 arguments); returns nothing, ends with c.ret. */
export function emitProgram(c: Compiler, p: Program, args: readonly VGp64[], result: "int" | "float"): void {
  const { i: ci, f: cf } = callees();
  const v: VGp64[] = Array.from({ length: p.ints }, (_, i) => c.gp64(`v${i}`));
  const f: VXmm[] = Array.from({ length: p.floats }, (_, i) => c.xmm(`f${i}`));
  v.forEach((x, i) => {
    c.mov(x, args[i % args.length]!);
    if (i > 0) {
      const k = c.gp64();
      c.mov(k, (BigInt(i) * 0x9e3779b97f4a7c15n) & M64);
      c.add(x, k);
    }
  });
  f.forEach((x, i) => c.movsd(x, c.f64(i * 1.25 + 0.5)));
  const slot = c.local(8);
  const bufA = c.local(8), bufB = c.local(8);
  const table = c.local(256, 16);
  // the xlat table, once
  {
    const t = c.gp64("table"), q = c.gp64("q");
    c.lea(t, table as never);
    for (let i = 0; i < 256; i += 8) {
      let w = 0n;
      for (let k = 7; k >= 0; k--) w = (w << 8n) | BigInt(XLAT[i + k]!);
      c.mov(q, w);
      c.mov(qword(t, i), q);
    }
  }
  const body = (ss: readonly Stmt[]) => {
    for (const s of ss) {
      switch (s.k) {
        case "bin": {
          const d = s.w32 ? v[s.d]!.r32 : v[s.d]!, src = s.w32 ? v[s.s]!.r32 : v[s.s]!;
          if (s.op === "imul") c.imul(d as VGp64, src as VGp64);
          else c[s.op](d as VGp64, src as VGp64);
          break;
        }
        case "imm": c[s.op](v[s.d]!, s.v); break;
        case "un": c[s.op](v[s.d]!); break;
        case "shift": c[s.op](v[s.d]!, v[s.n]!.r8 as never); break;
        case "shifti": c[s.op](v[s.d]!, s.n); break;
        case "mov": c.mov(v[s.d]!, v[s.s]!); break;
        case "movi": c.mov(v[s.d]!, s.v); break;
        case "div": {
          const hi = c.gp64(), lo = c.gp64(), d = c.gp64();
          c.xor(hi, hi);
          c.mov(lo, v[s.a]!);
          c.mov(d, v[s.b]!);
          c.or(d, 1);
          (c.div as unknown as (...o: unknown[]) => void)(hi, lo, d);
          c.mov(v[s.q]!, lo);
          c.mov(v[s.r]!, hi);
          break;
        }
        case "mul": {
          const hi = c.gp64(), lo = c.gp64();
          c.mov(lo, v[s.a]!);
          (c.mul as unknown as (...o: unknown[]) => void)(hi, lo, v[s.b]!);
          c.mov(v[s.lo]!, lo);
          c.mov(v[s.hi]!, hi);
          break;
        }
        case "cmov": c.cmp(v[s.a]!, v[s.b]!); c[`cmov${s.cc}` as "cmove"](v[s.d]!, v[s.s]!); break;
        case "lea": c.lea(v[s.d]!, mem(v[s.a]!, v[s.b]!, s.scale, s.disp)); break;
        case "call": {
          const r = c.call(ci, [v[s.a]!, v[s.b]!])!;
          c.mov(v[s.d]!, r);
          break;
        }
        case "if": {
          const els = c.label(), end = c.label();
          c.cmp(v[s.a]!, v[s.b]!);
          c[`j${negate(s.cc)}` as "je"](els);
          body(s.then);
          c.jmp(end);
          c.bind(els);
          body(s.else);
          c.bind(end);
          break;
        }
        case "loop": {
          const n = c.gp64("n"), top = c.label();
          c.mov(n, s.n);
          c.bind(top);
          body(s.body);
          c.dec(n);
          c.jnz(top);
          break;
        }
        case "slot": c.mov(slot, v[s.s]!); c.add(v[s.d]!, slot); break;
        case "fbin": c[s.op](f[s.d]!, f[s.s]!); break;
        case "fcvt": c.cvtsi2sd(f[s.d]!, v[s.s]!); break;
        case "fcall": {
          const r = c.call(cf, [f[s.a]!, f[s.b]!])!;
          c.movapd(f[s.d]!, r);
          break;
        }
        case "movsb": {
          const dst = c.gp64(), src = c.gp64(), n = c.gp64();
          c.mov(bufA, v[s.a]!);
          c.mov(bufB, v[s.b]!);
          c.lea(src, bufA as never);
          c.lea(dst, bufB as never);
          c.mov(n, s.n);
          (c.rep().movsb as unknown as (...o: unknown[]) => void)(dst, src, n);
          c.mov(v[s.b]!, bufB);
          break;
        }
        case "xlat": {
          const al = c.gp64(), t = c.gp64();
          c.mov(al, v[s.s]!);
          c.lea(t, table as never);
          (c.xlatb as unknown as (...o: unknown[]) => void)(al.r8, t);
          c.mov(v[s.d]!.r8, al.r8);
          break;
        }
        case "cqo": {
          const hi = c.gp64(), lo = c.gp64();
          c.mov(lo, v[s.lo]!);
          (c.cqo as unknown as (...o: unknown[]) => void)(hi, lo);
          c.mov(v[s.hi]!, hi);
          break;
        }
      }
    }
  };
  body(p.body);
  if (result === "int") {
    const h = c.gp64("h");
    c.xor(h, h);
    for (const x of v) {
      c.rol(h, 5);
      c.xor(h, x);
    }
    c.ret(h);
  } else {
    const s = c.xmm("s"), k = c.xmm("k");
    c.xorpd(s, s);
    c.movsd(k, c.f64(1.0000001));
    for (const x of f) {
      c.mulsd(s, k);
      c.addsd(s, x);
    }
    c.ret(s);
  }
}

function negate(cc: string): string {
  return ({ e: "ne", ne: "e", l: "ge", ge: "l", le: "g", g: "le", b: "ae", ae: "b", be: "a", a: "be" } as Record<string, string>)[cc]!;
}

/** Count the statements (for throughput figures). */
export function size(p: Program): number {
  const n = (ss: readonly Stmt[]): number => ss.reduce((a, s) => a + 1 + (s.k === "if" ? n(s.then) + n(s.else) : s.k === "loop" ? n(s.body) : 0), 0);
  return n(p.body);
}

export { eax, byte };
