/**
 * mov-imm.test.ts — `mov` of any immediate (src/aarch64/mov-imm.ts) against
 * the sequences LLVM's code generator emits for the same constants
 * (test/aarch64/golden/mov-imm.txt, made by scripts/aarch64/gen-mov-golden.ts
 * with llc-22), word for word; and the value each sequence leaves in the
 * register, computed by a small model of movz/movn/movk/orr/and/eor and `orr x0, x0, x0, lsl #32`.
 */
import { describe, expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Assembler } from "../../src/aarch64/assembler.ts";
import { decodeLogical } from "../../src/aarch64/immediates.ts";
import { w0, x0 } from "../../src/aarch64/registers.ts";

const lines = readFileSync(join(import.meta.dir, "golden/mov-imm.txt"), "utf8").split("\n").filter((l) => l && !l.startsWith("#"));

function words(bits: number, v: bigint): string[] {
  const a = new Assembler();
  if (bits === 64) a.mov(x0, v);
  else a.mov(w0, v);
  const b = a.finish();
  const out: string[] = [];
  for (let i = 0; i < b.length; i += 4) out.push(((b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0).toString(16).padStart(8, "0"));
  return out;
}

/** The value a movz/movn/movk/orr/and/eor sequence leaves in register 0. */
function run(ws: readonly string[]): bigint {
  let r = 0n;
  for (const h of ws) {
    const w = parseInt(h, 16);
    const sf = w >>> 31, M = sf ? (1n << 64n) - 1n : (1n << 32n) - 1n;
    const top = (w >>> 23) & 0xff;
    if ((top & 0x3f) === 0x25) {
      const opc = (w >>> 29) & 3, hw = (w >>> 21) & 3, imm = BigInt((w >>> 5) & 0xffff) << BigInt(16 * hw);
      if (opc === 2) r = imm;
      else if (opc === 0) r = ~imm & M;
      else r = (r & ~(0xffffn << BigInt(16 * hw))) | imm;
    } else if ((top & 0x3f) === 0x24) {
      const opc = (w >>> 29) & 3, imm = decodeLogical((w >>> 10) & 0x1fff, sf ? 64 : 32)!;
      const rn = (w >>> 5) & 31, src = rn === 31 ? 0n : r;
      r = opc === 0 ? src & imm : opc === 1 ? src | imm : src ^ imm;
    } else if ((w & 0x7fe0fc00) >>> 0 === 0x2a008000 && ((w >>> 16) & 31) === 0 && ((w >>> 5) & 31) === 0) {
      r = r | (r << 32n); // orr x0, x0, x0, lsl #32
    } else throw new Error(`unexpected word ${h}`);
    r &= M;
  }
  return r;
}

describe("mov of any immediate", () => {
  test(`${lines.length} constants: the words LLVM's code generator emits`, () => {
    const bad: string[] = [];
    for (const line of lines) {
      const [head = "", want = ""] = line.split(" | ");
      const [bits, val] = head.split(" ");
      const got = words(Number(bits), BigInt(val!)).join(" ");
      if (got !== want) bad.push(`${head}: llc ${want}, bunjit ${got}`);
    }
    if (bad.length) throw new Error(`${bad.length} of ${lines.length} differ:\n  ${bad.slice(0, 20).join("\n  ")}`);
  });
  test("every sequence leaves the value in the register", () => {
    for (const line of lines) {
      const [bits, val] = line.split(" | ")[0]!.split(" ");
      const v = BigInt(val!);
      expect(run(words(Number(bits), v))).toBe(v);
    }
  });
});
