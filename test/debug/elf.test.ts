/**
 * elf.test.ts — the ELF objects debug/ writes, judged by binutils' readelf:
 * the shared object holding the GDB JIT interface symbols (program headers,
 * dynamic section, both symbols), a function's in-memory object for gdb
 * (its name at its address) and its `.eh_frame`, whose CFA table readelf
 * decodes row by row for a function with a frame and saved registers and for
 * a frameless one; perf's pc-relative tables with their `.eh_frame_hdr`.
 */
import { afterAll, expect, setDefaultTimeout, test } from "bun:test";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { jit } from "../../src/abi/jit.ts";
import { descriptorObject } from "../../src/debug/gdb-descriptor.ts";
import { symfileOf } from "../../src/debug/gdb.ts";
import { unwindTablesOf } from "../../src/debug/unwind-tables.ts";
import { writeElf, ET_DYN, SHF_ALLOC, SHF_EXECINSTR, SHT_PROGBITS } from "../../src/debug/elf.ts";
import { info, recordOf } from "../../src/ffi/callable.ts";
import { r12, rbx } from "../../src/x64/registers.ts";
import { run, which } from "./tools.ts";

const readelf = which("readelf");
if (readelf === null) console.log("elf tests skipped: readelf (binutils) is not installed");
const dir = mkdtempSync(join(tmpdir(), "bunjit-elf-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function file(name: string, bytes: Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
}
const hex = (n: number) => n.toString(16).padStart(16, "0");
setDefaultTimeout(60_000); // readelf runs: seconds on a loaded machine

test.skipIf(readelf === null)("the GDB JIT interface object: a shared object with both symbols, R+X text, RW data, no executable stack", () => {
  const p = file("gdbjit.so", descriptorObject());
  const r = run(["readelf", "-hlsdW", p]);
  expect(r.code).toBe(0);
  expect(r.err).toBe("");
  expect(r.out).toMatch(/Type:\s+DYN/);
  expect(r.out).toMatch(/LOAD\s+0x000000 0x0+ 0x0+ \S+ \S+ R E 0x1000/);
  expect(r.out).toMatch(/LOAD\s+0x001000 0x0+1000 \S+ \S+ \S+ RW  0x1000/);
  expect(r.out).toMatch(/GNU_STACK .* RW  0x10/);
  expect(r.out).toMatch(/\(SONAME\)\s+Library soname: \[libbunjit-gdb-jit-/);
  expect(r.out).toMatch(/FUNC\s+GLOBAL DEFAULT\s+\d+ __jit_debug_register_code/);
  expect(r.out).toMatch(/24 OBJECT\s+GLOBAL DEFAULT\s+\d+ __jit_debug_descriptor/);
}, 60_000);

test.skipIf(readelf === null)("gdb's object for a function: its name at its address; .eh_frame rows for a frame with saved registers", () => {
  const f = jit.function({ args: ["i32"], returns: "i32" }, function framed(b, [x]) {
    b.a.mov(rbx, 1);
    b.a.mov(r12, 2);
    b.a.mov(b.local(8), rbx);
    b.ret(x);
  });
  const i = info(f);
  const p = file("framed.o", symfileOf(recordOf(f)!));
  const s = run(["readelf", "-sSW", p]);
  expect(s.err).toBe("");
  expect(s.out).toMatch(new RegExp(`\\.text\\s+NOBITS\\s+${hex(i.entry)}`));
  expect(s.out).toMatch(new RegExp(`0+ +${16 + i.size} FUNC\\s+GLOBAL DEFAULT\\s+1 framed`));
  const fr = run(["readelf", "--debug-dump=frames-interp", p]).out;
  const at = (off: number) => hex(i.entry + off);
  // push rbp; mov rbp, rsp; sub rsp, 16; push rbx; push r12 ... lea rsp, [rbp-32]; pop r12; pop rbx; leave; ret
  const e = i.address - i.entry + i.size; // end of code
  expect(fr).toContain(`pc=${at(0)}..${at(e)}`);
  expect(fr).toMatch(new RegExp(`${at(0)} rsp\\+8 +u +u +u +c-8`));
  expect(fr).toMatch(new RegExp(`${at(17)} rsp\\+16 +u +c-16 +u +c-8`));
  expect(fr).toMatch(new RegExp(`${at(20)} rbp\\+16 +u +c-16 +u +c-8`));
  expect(fr).toMatch(new RegExp(`${at(25)} rbp\\+16 +c-40 +c-16 +u +c-8`));
  expect(fr).toMatch(new RegExp(`${at(27)} rbp\\+16 +c-40 +c-16 +c-48 +c-8`));
  expect(fr).toMatch(new RegExp(`${at(e - 2)} rbp\\+16 +u +c-16 +u +c-8`)); // after pop rbx
  expect(fr).toMatch(new RegExp(`${at(e - 1)} rsp\\+8 +u +u +u +c-8`)); // after leave
});

test.skipIf(readelf === null)("a frameless function with saved registers: the CFA follows each push and pop", () => {
  const f = jit.function({ args: ["i32"], returns: "i32" }, function leaf(b, [x]) {
    b.a.mov(rbx, 1);
    b.ret(x);
  });
  const i = info(f);
  const fr = run(["readelf", "--debug-dump=frames-interp", file("leaf.o", symfileOf(recordOf(f)!))]).out;
  const at = (off: number) => hex(i.entry + off);
  const e = i.address - i.entry + i.size;
  expect(fr).toMatch(new RegExp(`${at(17)} rsp\\+16 +c-16 +c-8`)); // push rbx
  expect(fr).toMatch(new RegExp(`${at(e - 1)} rsp\\+8 +u +c-8`)); // pop rbx, before ret
});

test.skipIf(readelf === null)("perf's tables: pc-relative .eh_frame and an .eh_frame_hdr that find the code in an object laid out as perf inject does", () => {
  const f = jit.function({ returns: "void" }, function tables(b) {
    b.ret();
  }, { frame: true });
  const r = recordOf(f)!;
  const size = r.address + r.size - r.entry;
  const t = unwindTablesOf(r, r.entry, size)!;
  // perf inject: code at T, .eh_frame at align8(T + size), .eh_frame_hdr right after it
  const T = 0x80, ehAt = Math.ceil((T + size) / 8) * 8, hdrAt = ehAt + t.ehFrame.length;
  const code = new Uint8Array(size);
  const elf = writeElf(ET_DYN, [
    { name: ".text", type: SHT_PROGBITS, flags: SHF_ALLOC | SHF_EXECINSTR, addr: T, offset: T, data: code, align: 16 },
    { name: ".eh_frame", type: SHT_PROGBITS, flags: SHF_ALLOC, addr: ehAt, offset: ehAt, data: t.ehFrame, align: 8 },
    { name: ".eh_frame_hdr", type: SHT_PROGBITS, flags: SHF_ALLOC, addr: hdrAt, offset: hdrAt, data: t.ehFrameHdr, align: 4 },
  ]);
  const out = run(["readelf", "--debug-dump=frames", file("perf-like.so", elf)]).out;
  expect(out).toContain(`pc=${hex(T)}..${hex(T + size)}`);
  // the header: version 1, pc-relative pointer to .eh_frame, one FDE whose start is the code
  const h = new DataView(t.ehFrameHdr.buffer);
  expect([...t.ehFrameHdr.subarray(0, 4)]).toEqual([1, 0x1b, 0x03, 0x3b]);
  expect(hdrAt + 4 + h.getInt32(4, true)).toBe(ehAt);
  expect(h.getUint32(8, true)).toBe(1);
  expect(hdrAt + h.getInt32(12, true)).toBe(T);
}, 60_000);
