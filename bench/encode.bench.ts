/**
 * encode.bench.ts — code-generation throughput of bunjit's assembler.
 *
 * Measures instructions per second (and MiB/s of machine code) for three
 * streams, each 1,000 instructions per iteration, through the typed builder
 * and through the Intel-syntax text front end (`assemble`):
 *   int   — integer ops with registers, memory operands and immediates
 *   simd  — AVX2/FMA ops with memory operands
 *   loops — many labels and short/long jumps (exercises relaxation)
 * plus the end-to-end cost of a tiny function (assemble → executable → call → dispose).
 *
 * Every builder/text case carries `items: 1000` (instructions per iteration),
 * so `bench/report.ts` shows M items/s (= M instructions/s); `codeBytes` is the
 * machine code per iteration (not `bytes`, which the report reads as GB/s).
 *
 * Run alone: `bun run bench/encode.bench.ts` (env BUNJIT_BENCH_JSON=1 for
 * bench/results/encode.json; see bench/lib/harness.ts).
 * Reference points (../shared/notes/anchors.md): AsmJit ~110 M/s on the integer
 * stream, Xbyak ~70 M/s; our target is ≥ 40 M/s through the builder.
 */
import { bench, do_not_optimize, finish, group, suite } from "./lib/harness.ts";
import { Assembler } from "../src/x64/assembler.ts";
import { compile } from "../src/compile.ts";
import { dispose } from "../src/ffi/callable.ts";
import {
  dl, eax, ecx, edi, edx, esi, r10, r11, r12, r13, r14, r15, r8, r9, rax, rbp, rbx, rcx, rdi, rdx, rsi, rsp,
  ymm0, ymm1, ymm2, ymm3, ymm4, ymm5, ymm6, ymm7, ymm8, ymm9, ymm10, ymm11,
} from "../src/x64/registers.ts";
import { dword, mem, qword, ymmword } from "../src/x64/operands.ts";

type Stream = (a: Assembler) => void;

/** 50 integer instructions, written as a code generator would. */
const intBlock: Stream = (a) => {
  a.push(rbx); a.push(r12); a.mov(rax, rdi); a.add(rax, rsi); a.sub(rcx, 8); a.mov(rdx, qword(rdi, 16));
  a.lea(r8, mem(rdi, rcx, 8, 32)); a.imul(eax, ecx, 12); a.cmp(rax, rdx); a.xor(r9, r9);
  a.and(esi, 0xff); a.or(r10, qword(rsp, 8)); a.mov(qword(rbp, -16), r11); a.shl(r12, 3); a.sar(edi, 1);
  a.add(dword(rbx, rcx, 4), 1); a.mov(r13, 0x12345678); a.test(eax, eax); a.inc(r14); a.dec(ecx);
  a.mov(eax, dword(rsi, rdx, 2, -4)); a.movzx(ecx, dl); a.neg(r15); a.not(rbx); a.adc(rdx, rax);
  a.sbb(r8, 100); a.mov(rcx, rax); a.lea(rax, mem(rax, rax, 2)); a.sub(rsp, 40); a.add(rsp, 40);
  a.cmp(dword(rdi, 8), 1000); a.mov(rsi, qword(r12, r13, 8)); a.xor(eax, dword(rbx)); a.imul(rax, rcx); a.shr(rdx, 7);
  a.rol(r9, 13); a.mov(r10, rbx); a.add(r11, r10); a.sub(r12, qword(rax, 24)); a.mov(dword(rdi, rcx, 4), eax);
  a.bt(rax, 5); a.popcnt(rcx, rdx); a.tzcnt(r8, r9); a.lzcnt(eax, ecx); a.andn(r10, r11, r12);
  a.xchg(rax, rcx); a.cmp(r15, r14); a.mov(edx, 7); a.pop(r12); a.pop(rbx);
};

/** 50 AVX2/FMA instructions with memory operands (a dot-product-like kernel body). */
const simdBlock: Stream = (a) => {
  for (let k = 0; k < 5; k++) {
    a.vmovupd(ymm0, ymmword(rdi, rax, 8)); a.vmovupd(ymm1, ymmword(rdi, rax, 8, 32));
    a.vfmadd231pd(ymm4, ymm0, ymmword(rsi, rax, 8)); a.vfmadd231pd(ymm5, ymm1, ymmword(rsi, rax, 8, 32));
    a.vaddpd(ymm6, ymm6, ymmword(rdx, rax, 8, 64)); a.vmulpd(ymm7, ymm2, ymmword(rcx, 96));
    a.vmaxpd(ymm8, ymm8, ymm3); a.vminpd(ymm9, ymm9, ymmword(rdi, 128)); a.vxorpd(ymm10, ymm10, ymm10);
    a.vmovupd(ymmword(r8, rax, 8), ymm11);
  }
};

/** 50 instructions of small loops with labels and jumps, some forced long by padding. */
const loopBlock: Stream = (a) => {
  const top = a.newLabel(), mid = a.newLabel(), out = a.newLabel();
  a.bind(top);
  a.xor(eax, eax); a.test(rsi, rsi); a.jz(out);
  a.bind(mid);
  for (let k = 0; k < 8; k++) { a.add(rax, qword(rdi, rcx, 8)); a.inc(rcx); a.cmp(rcx, rsi); a.jne(mid); }
  for (let k = 0; k < 4; k++) { a.add(rax, 0x1000); a.jl(top); }
  a.sub(rsi, 1); a.jnz(top); a.dec(edx); a.jg(mid); a.test(eax, eax); a.js(out); a.cmp(eax, 9); a.jae(top);
  a.bind(out);
};

function assembleWith(block: Stream): Uint8Array {
  const a = new Assembler();
  for (let i = 0; i < 20; i++) block(a);
  return a.finish();
}

/** The same stream as Intel text (via the listing), for the text front end. */
function textOf(block: Stream): string {
  const a = new Assembler({ listing: true });
  for (let i = 0; i < 20; i++) block(a);
  a.finish();
  return a.listing().split("\n").map((l) => (l.endsWith(":") ? l : l.slice(40))).join("\n");
}

const streams: [string, Stream][] = [["int", intBlock], ["simd", simdBlock], ["loops", loopBlock]];
const sizes = new Map(streams.map(([n, s]) => [n, assembleWith(s).length]));

let assemble: ((src: string) => Uint8Array) | null = null;
try {
  ({ assemble } = await import("../src/x64/parse.ts"));
} catch {
  console.log("# the text front end (src/x64/parse.ts) is not available: skipping assemble() rows");
}

suite("encode");
group("builder: 1,000 instructions + finish()", () => {
  for (const [name, s] of streams) {
    bench(`builder ${name}`, () => do_not_optimize(assembleWith(s)), { variant: "builder", items: 1000, stream: name, codeBytes: sizes.get(name)! });
  }
});
if (assemble !== null) {
  const asmText = assemble;
  group("assemble(text): 1,000 instructions", () => {
    for (const [name, s] of streams) {
      const text = textOf(s);
      bench(`text ${name}`, () => do_not_optimize(asmText(text)), { variant: "text", items: 1000, stream: name, codeBytes: sizes.get(name)! });
    }
  });
}
group("tiny function end to end", () => {
  bench("compile add4 → call → dispose", () => {
    const f = compile({ args: ["i32"], returns: "i32" }, (a) => { a.lea(eax, mem(rdi, 4)); a.ret(); });
    do_not_optimize(f(2));
    dispose(f);
  });
});

await finish();
