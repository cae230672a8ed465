/**
 * add4.ts — `bun run examples/add4.ts`: the seed's add4 (x + 4) made three
 * ways — raw bytes through fromBytes, the ABI function builder, and Intel
 * text through assemble — then checked to agree, with the builder's listing.
 */
import { assemble, fromBytes, jit, rax } from "../src/index.ts";

const sig = { args: ["i64"], returns: "i64" } as const;

// 1. bytes: mov rax, rdi ; add rax, 4 ; ret
using fromRaw = fromBytes([0x48, 0x89, 0xf8, 0x48, 0x83, 0xc0, 0x04, 0xc3], sig);

// 2. the function builder: the argument arrives as an operand (rdi), f.ret puts the result in rax
using fromBuilder = jit.function(sig, (f, [x]) => {
  f.a.mov(rax, x);
  f.a.add(rax, 4);
  f.ret(rax);
});

// 3. Intel text, assembled to the same bytes
using fromText = fromBytes(assemble("mov rax, rdi\nadd rax, 4\nret"), sig);

for (const [name, add4] of [["bytes", fromRaw], ["builder", fromBuilder], ["text", fromText]] as const) {
  console.log(`${name.padEnd(8)} add4(38n) = ${add4(38n)}   add4(-4n) = ${add4(-4n)}`);
}

// the builder's layout: no callee-saved register used, no frame — just the body and ret
const built = jit.build(sig, (f, [x]) => {
  f.a.mov(rax, x);
  f.a.add(rax, 4);
  f.ret(rax);
}, { listing: true });
console.log("\nbuilder listing:\n" + built.listing);

// text inside a builder body works too (ret returns through the epilogue)
using mixed = jit.function(sig, (f) => f.text("lea rax, [rdi + 4]\nret"));
console.log(`\ntext in a body: add4(1n) = ${mixed(1n)}`);
