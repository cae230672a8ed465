/**
 * quickstart.ts — the README's quick start, runnable: `bun run examples/quickstart.ts`.
 * test/examples.test.ts runs it, so the README's code cannot rot.
 */
import { assemble, compile, eax, ecx, esi, fromBytes, jit, qword, rax, rcx, rdi, rsi, xmm0, xmm1 } from "../src/index.ts";

// 1. raw bytes: mov rax, rdi; add rax, 4; ret
using add4 = fromBytes([0x48, 0x89, 0xf8, 0x48, 0x83, 0xc0, 0x04, 0xc3], { args: ["i64"], returns: "i64" });
console.log(add4(2n)); // 6n

// 2. the typed builder: sum of a BigInt64Array
using sum = compile({ args: ["ptr", "u32"], returns: "i64_fast" }, (a) => {
  const loop = a.newLabel(), done = a.newLabel();
  a.xor(eax, eax); a.xor(ecx, ecx);
  a.test(esi, esi); a.jz(done);          // jumps take the shortest form that reaches
  a.bind(loop);
  a.add(rax, qword(rdi, rcx, 8));         // qword ptr [rdi + 8*rcx]
  a.inc(rcx); a.cmp(rcx, rsi); a.jne(loop);
  a.bind(done);
  a.ret();
});
console.log(sum(new BigInt64Array([1n, 2n, 3n]), 3)); // 6

// 3. Intel syntax
const bytes = assemble("mov rax, qword ptr [rdi + 8*rsi + 16]\nret");
console.log(bytes); // Uint8Array [ 72, 139, 68, 247, 16, 195 ]

// 4. the ABI function builder: arguments as operands, result where the ABI wants it
using dot = jit.function({ args: ["ptr", "ptr", "u32"], returns: "f64" }, (f, [x, y, n]) => {
  const loop = f.label(), done = f.label();
  f.a.xorps(xmm0, xmm0); f.a.xor(eax, eax);
  f.a.test(n, n); f.a.jz(done);
  f.a.bind(loop);
  f.a.movsd(xmm1, qword(x, rax, 8)); f.a.mulsd(xmm1, qword(y, rax, 8)); f.a.addsd(xmm0, xmm1);
  f.a.inc(eax); f.a.cmp(eax, n); f.a.jb(loop);
  f.a.bind(done);
  f.ret(xmm0);
});
console.log(dot(new Float64Array([1, 2]), new Float64Array([3, 4]), 2)); // 11
