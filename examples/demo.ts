/**
 * demo.ts — `bun run demo`: makes machine code three ways (raw bytes, the typed
 * builder, Intel-syntax text), runs it, and shows what happened: the bytes, the
 * listing, where the code lives and that its pages are r-x (W^X).
 */
import { readFileSync } from "node:fs";
import { Assembler, assemble, defaultAllocator, eax, ecx, esi, fromBytes, info, qword, rax, rcx, rdi, rsi } from "../src/index.ts";

const wxMappings = () => readFileSync("/proc/self/maps", "utf8").split("\n").filter((l) => /^\S+ .wx/.test(l)).map((l) => l.split(" ")[0]);
const wxBefore = new Set(wxMappings()); // JavaScriptCore's own JIT region is rwx before bunjit does anything
const hex = (b: ArrayLike<number>) => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join(" ");
const pagesOf = (address: number) =>
  readFileSync("/proc/self/maps", "utf8").split("\n").map((l) => l.split(/\s+/)).find(([range = ""]) => {
    const [s = "0", e = "0"] = range.split("-");
    return parseInt(s, 16) <= address && address < parseInt(e, 16);
  })?.[1];

// 1. raw bytes: mov rax, rdi ; add rax, 4 ; ret
const bytes = [0x48, 0x89, 0xf8, 0x48, 0x83, 0xc0, 0x04, 0xc3];
{
  using add4 = fromBytes(bytes, { args: ["i64"], returns: "i64" });
  const { address, size, signatureText } = info(add4);
  console.log("1. bytes      ", hex(bytes), "  (mov rax, rdi; add rax, 4; ret)");
  console.log(`   memory      ${defaultAllocator().mode} mode (W^X): ${size} bytes at 0x${address.toString(16)}, pages ${pagesOf(address)}`);
  console.log(`   add4(2n)    = ${add4(2n)}   ${signatureText}`);
}

// 2. the typed builder: sum of a BigInt64Array, with labels and a listing
const a = new Assembler({ listing: true });
const loop = a.newLabel("loop"), done = a.newLabel("done");
a.xor(eax, eax); a.xor(ecx, ecx);
a.test(esi, esi); a.jz(done);
a.bind(loop);
a.add(rax, qword(rdi, rcx, 8));
a.inc(rcx); a.cmp(rcx, rsi); a.jne(loop);
a.bind(done);
a.ret();
const code = a.finish();
console.log("\n2. builder     sum(ptr, u32) -> i64, listing:");
console.log(a.listing().split("\n").map((l) => "     " + l).join("\n"));
using sum = fromBytes(code, { args: ["ptr", "u32"], returns: "i64_fast" }); // compile(sig, build) does both steps
const data = new BigInt64Array([1n, 2n, 3n, 40n]);
console.log(`   sum([1, 2, 3, 40], 4) = ${sum(data, 4)}`);

// 3. Intel-syntax text, the same function
const text = "xor eax, eax\nxor ecx, ecx\ntest esi, esi\njz done\nloop:\nadd rax, qword ptr [rdi + 8*rcx]\ninc rcx\ncmp rcx, rsi\njne loop\ndone:\nret";
const fromText = assemble(text);
console.log(`\n3. assemble()  ${fromText.length} bytes, identical to the builder's: ${hex(fromText) === hex(code)}`);
const added = wxMappings().filter((m) => !wxBefore.has(m));
console.log(`\nW^X: writable+executable mappings bunjit added: ${added.length} (JavaScriptCore's own JIT region, rwx before we started: ${wxBefore.size})`);
