/**
 * exports.test.ts — the package's `./aarch64` entry (package.json "exports")
 * resolves to the AArch64 module and carries the contract of issue 15:
 * `assemble`, `Assembler`, registers and operand helpers.
 */
import { expect, test } from "bun:test";
import * as a64 from "bunjit/aarch64";

test("bunjit/aarch64 exports the assembler, registers and operand helpers", () => {
  for (const name of ["Assembler", "assemble", "x0", "w0", "sp", "xzr", "v0", "q0", "d0", "mem", "pre", "post", "lsl", "uxtw", "registerByName"]) {
    expect(a64).toHaveProperty(name);
  }
  const a = new a64.Assembler();
  a.add(a64.x0, a64.x0, 4).ret();
  expect(Array.from(a.finish())).toEqual([0x00, 0x10, 0x00, 0x91, 0xc0, 0x03, 0x5f, 0xd6]);
});
