/**
 * decode.bench.ts — disassembler throughput: MB/s of machine code through
 * `decode()` (structured instructions, no text) and `disassemble()` (Intel
 * text), on two inputs: the golden vectors (every form of the table, ~48k
 * instructions) and the integer stream the encode suite builds (code as a
 * code generator writes it). A third row per group runs `llvm-mc-22
 * -disassemble` on the same bytes in one process (start-up included: a
 * reference, not a like-for-like ratio), when llvm-mc-22 is installed.
 *
 * Run alone: `bun run bench/decode.bench.ts` (BUNJIT_BENCH_JSON=1 for bench/results/decode.json).
 * Reference point: iced-x86's Rust decoder does > 250 MB/s natively.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { bench, do_not_optimize, finish, group, suite } from "./lib/harness.ts";
import { decode, disassemble } from "../src/x64/decode/decode.ts";
import { assemble } from "../src/x64/parse.ts";

function goldenBytes(): Uint8Array {
  const dir = join(import.meta.dir, "../test/encode/golden");
  const parts: number[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".txt") && x !== "invalid.txt").sort()) {
    for (const line of readFileSync(join(dir, f), "utf8").split("\n")) {
      if (line === "" || line.startsWith("#")) continue;
      for (const h of line.split(" | ")[0]!.split(" ")) parts.push(parseInt(h, 16));
    }
  }
  return new Uint8Array(parts);
}

/** Integer code a code generator writes (the encode suite's stream, as text), repeated. */
function intBytes(): Uint8Array {
  const block = `push rbx\npush r12\nmov rax, rdi\nadd rax, rsi\nsub rcx, 8\nmov rdx, qword ptr [rdi + 16]\nlea r8, [rdi + 8*rcx + 32]
imul eax, ecx, 12\ncmp rax, rdx\nxor r9, r9\nand esi, 255\nor r10, qword ptr [rsp + 8]\nmov qword ptr [rbp - 16], r11\nshl r12, 3
sar edi, 1\nadd dword ptr [rbx + 4*rcx], 1\nmov r13, 305419896\ntest eax, eax\ninc r14\ndec ecx\nmov eax, dword ptr [rsi + 2*rdx - 4]
movzx ecx, dl\nneg r15\nnot rbx\nadc rdx, rax\nsbb r8, 100\nmov rcx, rax\nlea rax, [rax + 2*rax]\nsub rsp, 40\nadd rsp, 40
cmp dword ptr [rdi + 8], 1000\nmov rsi, qword ptr [r12 + 8*r13]\nxor eax, dword ptr [rbx]\nimul rax, rcx\nshr rdx, 7\nrol r9, 13
mov r10, rbx\nadd r11, r10\nsub r12, qword ptr [rax + 24]\nmov dword ptr [rdi + 4*rcx], eax\nbt rax, 5\npopcnt rcx, rdx\ntzcnt r8, r9
lzcnt eax, ecx\nandn r10, r11, r12\nxchg rax, rcx\ncmp r15, r14\nmov edx, 7\npop r12\npop rbx\n`;
  return assemble(block.repeat(200));
}

const inputs: [string, Uint8Array][] = [["golden vectors", goldenBytes()], ["integer stream", intBytes()]];
const llvm = Bun.which("llvm-mc-22");

suite("decode");
for (const [name, bytes] of inputs) {
  const count = decode(bytes).length;
  const hexText = Array.from(bytes, (b) => `0x${b.toString(16)}`).join(" ") + "\n";
  group(`${name}: ${(bytes.length / 1024).toFixed(0)} KiB, ${count} instructions`, () => {
    bench(`decode ${name}`, () => do_not_optimize(decode(bytes)), { variant: "decode", baseline: true, bytes: bytes.length, items: count });
    bench(`disassemble ${name}`, () => do_not_optimize(disassemble(bytes)), { variant: "disassemble", bytes: bytes.length, items: count });
    if (llvm !== null) {
      bench(`llvm-mc-22 ${name}`, () => do_not_optimize(Bun.spawnSync([llvm, "-disassemble", "-triple=x86_64", "-output-asm-variant=1"], { stdin: new TextEncoder().encode(hexText) }).stdout.length),
        { variant: "llvm-mc-22 (process)", bytes: bytes.length, items: count });
    }
  });
}

await finish();
