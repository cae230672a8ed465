/**
 * decode-vs-llvm.ts — judges bunjit's decoder on real machine code: the
 * .text section of an ELF file (or a byte range of any file) is decoded by
 * bunjit, and every instruction, with bunjit's boundaries, is given to
 * `llvm-mc-22 -disassemble` as its own atomic block: both must print the same
 * text, or both refuse; what bunjit refuses and llvm decodes is counted as a
 * coverage gap by mnemonic. Nothing is committed: run it on the machine's own
 * binaries (e.g. libc) after changing the decoder or the table.
 *
 *   bun run scripts/decode-vs-llvm.ts /usr/lib/x86_64-linux-gnu/libc.so.6            # its .text
 *   bun run scripts/decode-vs-llvm.ts some.bin --offset 0x1000 --length 65536         # a raw range
 *
 * Exit status 1 when any instruction differs.
 */
import { readFileSync } from "node:fs";
import { decode } from "../src/x64/decode/decode.ts";

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith("--") && !/^(0x)?[0-9a-f]+$/i.test(a));
if (file === undefined) {
  console.error("usage: bun run scripts/decode-vs-llvm.ts <file> [--offset N] [--length N]");
  process.exit(2);
}
const opt = (name: string): number | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : undefined;
};
const data = readFileSync(file);
let offset = opt("--offset"), length = opt("--length");
if (offset === undefined) {
  const text = elfText(data);
  if (text === null) throw new Error(`${file}: not an ELF64 file with a .text section (pass --offset and --length)`);
  offset = text.offset;
  length ??= text.size;
}
length ??= data.length - offset;
const bytes = new Uint8Array(data.buffer, data.byteOffset + offset, Math.min(length, data.length - offset));

/** File offset and size of the .text section of an ELF64 little-endian file, from its section headers. */
function elfText(d: Buffer): { offset: number; size: number } | null {
  if (d.length < 64 || d.readUInt32BE(0) !== 0x7f454c46 || d[4] !== 2 || d[5] !== 1) return null;
  const shoff = Number(d.readBigUInt64LE(0x28)), shentsize = d.readUInt16LE(0x3a), shnum = d.readUInt16LE(0x3c), shstrndx = d.readUInt16LE(0x3e);
  const sh = (i: number) => shoff + i * shentsize;
  const strtab = Number(d.readBigUInt64LE(sh(shstrndx) + 0x18));
  for (let i = 0; i < shnum; i++) {
    const nameOff = strtab + d.readUInt32LE(sh(i));
    const name = d.subarray(nameOff, d.indexOf(0, nameOff)).toString();
    if (name === ".text") return { offset: Number(d.readBigUInt64LE(sh(i) + 0x18)), size: Number(d.readBigUInt64LE(sh(i) + 0x20)) };
  }
  return null;
}

const MARKER = "[0x48 0xb8 0x88 0x77 0x66 0x55 0x44 0x33 0x22 0x11]", MARKER_TEXT = "movabs rax, 1234605616436508552";
let agree = 0, bothRefuse = 0, total = 0;
const gaps = new Map<string, number>();
const differ: string[] = [];
const CHUNK = 20000;
const list = decode(bytes);
for (let c = 0; c < list.length; c += CHUNK) {
  const part = list.slice(c, c + CHUNK);
  const input = part.map((i) => `[${Array.from(i.bytes, (b) => `0x${b.toString(16)}`).join(" ")}]\n${MARKER}`).join("\n") + "\n";
  const p = Bun.spawnSync(["llvm-mc-22", "-disassemble", "-triple=x86_64", "-output-asm-variant=1"], { stdin: new TextEncoder().encode(input) });
  const warned = new Set([...p.stderr.toString().matchAll(/^<stdin>:(\d+):\d+: warning: invalid/gm)].map((m) => (Number(m[1]) - 1) / 2));
  const per: string[][] = [[]];
  for (const raw of p.stdout.toString().split("\n")) {
    const t = raw.replace(/\s#.*$/, "").replace(/\s+/g, " ").trim();
    if (t === "" || t.startsWith(".text")) continue;
    if (t === MARKER_TEXT) per.push([]);
    else per[per.length - 1]!.push(t);
  }
  part.forEach((i, k) => {
    total++;
    const llvm = per[k] ?? [];
    const hex = Array.from(i.bytes, (b) => b.toString(16).padStart(2, "0")).join(" ");
    if (!i.valid) {
      if (warned.has(k)) bothRefuse++;
      else {
        const m = (llvm[0] ?? "?").split(" ").find((w) => !["lock", "rep", "repne", "addr32", "data16"].includes(w)) ?? "?";
        gaps.set(m, (gaps.get(m) ?? 0) + 1);
      }
    } else if (!warned.has(k) && llvm.length === 1 && llvm[0] === i.text) agree++;
    else differ.push(`${hex}: bunjit "${i.text}", llvm "${llvm.join(" ; ")}"${warned.has(k) ? " (llvm refuses)" : ""}`);
  });
}
console.log(`${file} @0x${offset.toString(16)}, ${bytes.length} bytes: ${total} instructions, ${agree} print alike, ${bothRefuse} refused by both, ` +
  `${differ.length} differ; coverage gaps: ${[...gaps].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(", ") || "none"}`);
for (const d of differ.slice(0, 50)) console.log("  " + d);
process.exit(differ.length > 0 ? 1 : 0);
