/**
 * bench/compiler-hand.ts — hand-allocated versions of the compiler examples'
 * hot loops, written with jit.function and physical registers the way one
 * would by hand, so bench/compiler.bench.ts can put jit.compile's code beside
 * them ("within 10% of hand-allocated"). Each computes exactly what its
 * compiled counterpart does (checked before timing). Not a benchmark itself.
 */
import { byte, cpuFeatures, dword, jit, qword, ymmword, zmmword } from "../src/index.ts";
import {
  al, eax, ecx, r10, r11, r11b, r12, r13, r14, r8, r8d, r9, r9d, rax, rbx, rcx, rdi, rdx, rsi,
  k1, k2, r11d, xmm0, xmm1, xmm2, xmm3, xmm4, ymm0, ymm1, ymm2, ymm3, ymm4, ymm5, zmm0, zmm1, zmm2, zmm3, zmm4, zmm5,
} from "../src/x64/registers.ts";
import { type BfOp, parseBf } from "../examples/brainfuck-jit.ts";

/** `(x*x + 3*y) / (x - y)` over two columns, AVX-512 (8 lanes) or AVX2 (4), scalar tail. */
export function exprBatchHand(): (xs: Float64Array, ys: Float64Array, out: Float64Array, n: number) => void {
  const cpu = cpuFeatures();
  const lanes = cpu.avx512f ? 8 : cpu.avx2 ? 4 : 0;
  return jit.function({ args: ["ptr", "ptr", "ptr", "u32"], returns: "void" }, (f) => {
    const a = f.a;
    const top = f.label(), tail = f.label(), one = f.label(), exit = f.label();
    a.mov(eax, ecx); // n
    a.xor(r8, r8); // i
    if (lanes > 0) {
      a.mov(r9, rax);
      a.and(r9, -lanes);
      a.cmp(r8, r9);
      a.jae(tail);
      if (lanes === 8) a.vbroadcastsd(zmm0, a.f64(3));
      else a.vbroadcastsd(ymm0, a.f64(3));
      a.align(16);
      a.bind(top);
      if (lanes === 8) {
        a.vmovupd(zmm1, zmmword(rdi, r8, 8));
        a.vmovupd(zmm2, zmmword(rsi, r8, 8));
        a.vmulpd(zmm3, zmm1, zmm1);
        a.vmulpd(zmm4, zmm0, zmm2);
        a.vaddpd(zmm3, zmm3, zmm4);
        a.vsubpd(zmm1, zmm1, zmm2);
        a.vdivpd(zmm1, zmm3, zmm1);
        a.vmovupd(zmmword(rdx, r8, 8), zmm1);
      } else {
        a.vmovupd(ymm1, ymmword(rdi, r8, 8));
        a.vmovupd(ymm2, ymmword(rsi, r8, 8));
        a.vmulpd(ymm3, ymm1, ymm1);
        a.vmulpd(ymm4, ymm0, ymm2);
        a.vaddpd(ymm3, ymm3, ymm4);
        a.vsubpd(ymm1, ymm1, ymm2);
        a.vdivpd(ymm1, ymm3, ymm1);
        a.vmovupd(ymmword(rdx, r8, 8), ymm1);
      }
      a.add(r8, lanes);
      a.cmp(r8, r9);
      a.jb(top);
    }
    a.bind(tail);
    a.cmp(r8, rax);
    a.jae(exit);
    a.vmovsd(xmm0, a.f64(3));
    a.bind(one);
    a.vmovsd(xmm1, qword(rdi, r8, 8));
    a.vmovsd(xmm2, qword(rsi, r8, 8));
    a.vmulsd(xmm3, xmm1, xmm1);
    a.vmulsd(xmm4, xmm0, xmm2);
    a.vaddsd(xmm3, xmm3, xmm4);
    a.vsubsd(xmm1, xmm1, xmm2);
    a.vdivsd(xmm1, xmm3, xmm1);
    a.vmovsd(qword(rdx, r8, 8), xmm1);
    a.inc(r8);
    a.cmp(r8, rax);
    a.jb(one);
    a.bind(exit);
    f.ret();
  }, { name: "expr_batch_hand" }) as never;
}

/** The Brainfuck JIT with the tape pointer in rbx, the output cursor in r12, its end in r13, the buffer in r14. */
export function brainfuckHand(src: string): { run(): Uint8Array; dispose(): void } {
  const ops = parseBf(src);
  const chunks: Uint8Array[] = [];
  let outBuf = new Uint8Array(4096);
  const fn = jit.function({ args: ["ptr", "ptr"], returns: "u32" }, (f, [tape, base]) => {
    const a = f.a;
    const drain = f.callback((n: number) => { chunks.push(outBuf.slice(0, n)); }, { args: ["u32"], returns: "void" });
    a.mov(rbx, tape);
    a.mov(r14, base);
    a.mov(r12, r14);
    a.lea(r13, byte(r14, 4096));
    const gen = (list: BfOp[]): void => {
      for (const o of list) {
        switch (o.k) {
          case "add": a.add(byte(rbx, o.off), o.n); break;
          case "move": a.add(rbx, o.n); break;
          case "clear": a.mov(byte(rbx, o.off), 0); break;
          case "out": {
            const room = f.label();
            a.movzx(eax, byte(rbx, o.off));
            a.mov(byte(r12), al);
            a.inc(r12);
            a.cmp(r12, r13);
            a.jb(room);
            f.call(drain, [4096]);
            a.mov(r12, r14);
            a.bind(room);
            break;
          }
          case "in": throw new Error("brainfuckHand: no input in the benchmark program");
          case "loop": {
            const top = f.label(), done = f.label();
            a.cmp(byte(rbx), 0);
            a.je(done);
            a.bind(top);
            gen(o.body);
            a.cmp(byte(rbx), 0);
            a.jne(top);
            a.bind(done);
            break;
          }
        }
      }
    };
    gen(ops);
    a.mov(rax, r12);
    a.sub(rax, r14);
    f.ret(eax);
  }, { name: "brainfuck_hand" });
  return {
    run() {
      chunks.length = 0;
      outBuf = new Uint8Array(4096);
      const tape = new Uint8Array(65536);
      const left = fn(tape.subarray(32768), outBuf);
      chunks.push(outBuf.slice(0, left));
      const all = new Uint8Array(chunks.reduce((s, c) => s + c.length, 0));
      let at = 0;
      for (const c of chunks) (all.set(c, at), (at += c.length));
      return all;
    },
    dispose: () => fn[Symbol.dispose](),
  };
}

/** `price > 100 and qty < 5 or region = 3` (f64, i32, i32 columns), AVX-512: 8 rows per step, vpcompressd. */
export function filterHand(): ((price: Float64Array, qty: Int32Array, region: Int32Array, sel: Uint32Array, n: number) => number) | null {
  const cpu = cpuFeatures();
  if (!cpu.avx512f || !cpu.avx512vl) return null;
  return jit.function({ args: ["ptr", "ptr", "ptr", "ptr", "u32"], returns: "u32" }, (f) => {
    const a = f.a;
    // rdi price, rsi qty, rdx region, rcx sel, r8d n
    const top = f.label(), tail = f.label(), one = f.label(), exit = f.label();
    a.mov(r8d, r8d); // n, zero-extended
    a.xor(r9, r9); // i
    a.xor(rax, rax); // count
    a.mov(r10, r8);
    a.and(r10, -8);
    a.vbroadcastsd(zmm0, a.f64(100));
    a.vpbroadcastd(ymm1, a.i32(5));
    a.vpbroadcastd(ymm2, a.i32(3));
    a.vmovdqu32(ymm3, a.vector<32>(Int32Array.from({ length: 8 }, (_, j) => j)));
    a.vpbroadcastd(ymm4, a.i32(8));
    a.cmp(r9, r10);
    a.jae(tail);
    a.align(16);
    a.bind(top);
    a.vmovupd(zmm5, zmmword(rdi, r9, 8));
    a.vcmppd(k1, zmm5, zmm0, 0x1e);
    a.vmovdqu32(ymm5, ymmword(rsi, r9, 4));
    a.vpcmpd(k2, ymm5, ymm1, 1);
    a.kandw(k1, k1, k2);
    a.vmovdqu32(ymm5, ymmword(rdx, r9, 4));
    a.vpcmpd(k2, ymm5, ymm2, 0);
    a.korw(k1, k1, k2);
    a.vpcompressd(ymmword(rcx, rax, 4).k(k1), ymm3);
    a.kmovw(r11d, k1);
    a.and(r11d, 0xff);
    a.popcnt(r11d, r11d);
    a.add(rax, r11);
    a.vpaddd(ymm3, ymm3, ymm4);
    a.add(r9, 8);
    a.cmp(r9, r10);
    a.jb(top);
    a.bind(tail);
    a.cmp(r9, r8);
    a.jae(exit);
    a.vmovsd(xmm0, a.f64(100));
    a.bind(one);
    // (price > 100 & qty < 5) | region == 3, branch-free
    a.vmovsd(xmm1, qword(rdi, r9, 8));
    a.vcmpsd(xmm1, xmm1, xmm0, 0x1e);
    a.vmovq(r10, xmm1);
    a.and(r10, 1);
    a.xor(r11, r11);
    a.cmp(dword(rsi, r9, 4), 5);
    a.setl(r11b);
    a.and(r10, r11);
    a.xor(r11, r11);
    a.cmp(dword(rdx, r9, 4), 3);
    a.sete(r11b);
    a.or(r10, r11);
    a.mov(dword(rcx, rax, 4), r9d);
    a.add(rax, r10);
    a.inc(r9);
    a.cmp(r9, r8);
    a.jb(one);
    a.bind(exit);
    f.ret(eax);
  }, { name: "filter_hand" }) as never;
}

void ecx;
void r13;
void rcx;
void rsi;
void ymm0;
