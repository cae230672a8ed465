/**
 * data.test.ts — data directives of the text front end against llvm-mc-22's
 * bytes: .float/.double literals rounded once to the target precision (the
 * float32 ties a double would round twice), inf/nan with llvm-mc's payload,
 * strings in UTF-8, fill bytes of .align/.zero (-1 is 0xff), and what is
 * refused: expressions or hex in .double (llvm-mc refuses them too), a fill
 * beyond a byte (llvm-mc truncates it silently), a max skip the layout
 * cannot honour.
 */
import { describe, expect, test } from "bun:test";
import { JitError } from "../../src/core/errors.ts";
import { assemble } from "../../src/x64/parse.ts";

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

function err(src: string): JitError {
  try {
    assemble(src);
  } catch (e) {
    if (e instanceof JitError) return e;
    throw e;
  }
  throw new Error(`no error for ${JSON.stringify(src).slice(0, 80)}`);
}

/** [source, llvm-mc-22's bytes] */
const DATA: [string, string][] = [
  [".float 1.5, -0.25", "0000c03f000080be"],
  [".double -2.5e3, 1e-3", "000000000088a3c0fca9f1d24d62503f"],
  [".double .5, 5., 1.e3, +1.5, - 1.5, 07, 1", "000000000000e03f00000000000014400000000000408f40000000000000f83f000000000000f8bf0000000000001c40000000000000f03f"],
  [".double inf, -inf, nan, -nan, INF, Infinity, NaN", "000000000000f07f000000000000f0ffffffffffffffff7fffffffffffffffff000000000000f07f000000000000f07fffffffffffffff7f"],
  [".float nan, -nan, inf, 1e39, 1e-46, 0.1", "ffffff7fffffffff0000807f0000807f00000000cdcccc3d"],
  [".float 1.00000005960464477539062500000000001", "0100803f"],
  [".float 1.000000059604644775390625", "0000803f"],
  [".float 1.00000005960464477539062499999999999", "0000803f"],
  [".float 3.40282356779733661637539395458142568448e38", "0000807f"],
  [".float 3.4028235677973366163753939545814256844799e38", "ffff7f7f"],
  [".float 1.4012984643248170709237295832899161312802619418765e-45", "01000000"],
  [".float 7.00649232162408535461864791644958065640130970938257885878534141944895541342930300743319094181060791015625e-46", "00000000"],
  [".float 7.00649232162408535461864791644958065640130970938257885878534141944895541342930300743319094181060791015625001e-46", "01000000"],
  [".double 1e400, 1e-400, 4.9406564584124654e-324", "000000000000f07f00000000000000000100000000000000"],
  [".ascii \"😀\"", "f09f9880"],
  [".asciz \"é\\x41\\101\", \"\\n\\t\\\\\\\"\"", "c3a94141000a095c2200"],
  [".string \"€𝄞\"", "e282acf09d849e00"],
  ["nop; .align 8, -1", "90ffffffffffffff"],
  ["nop; .align 8, 0x90", "9090909090909090"],
  ["nop; .balign 4, 255", "90ffffff"],
  ["nop; .p2align 3, -128", "9080808080808080"],
  [".zero 3, -1", "ffffff"],
  [".skip 2, 0x90", "9090"],
  [".space 2", "0000"],
];

describe("data directives: llvm-mc's bytes", () => {
  for (const [src, want] of DATA) {
    test(src.slice(0, 70), () => {
      expect(hex(assemble(src))).toBe(want);
    });
  }
  test("a 1 MB string of two-byte characters", () => {
    const b = assemble('.ascii "' + "é".repeat(500000) + '"');
    expect(b.length).toBe(1000000);
    expect(hex(b.subarray(0, 4))).toBe("c3a9c3a9");
  });
  test("data directives without values give no bytes (llvm-mc, GNU as)", () => {
    expect(hex(assemble(".byte\n.short\n.long\n.quad\n.float\n.double\n.ascii\n.asciz\nnop"))).toBe("90");
    expect(hex(assemble("nop\n.p2align\nnop"))).toBe("9090"); // 2^0 (llvm-mc); .balign/.align alone are errors there and here
  });
  test("a lone surrogate is written as U+FFFD (as TextEncoder does)", () => {
    expect(hex(assemble('.ascii "\ud800"'))).toBe("efbfbd");
  });
});

describe("data directives: refusals", () => {
  const cases: [string, JitError["code"], number, RegExp][] = [
    [".double 1.5*2", "ESYNTAX", 12, /expected ',' or end of statement/], // llvm-mc: unexpected token
    [".double (1.5)", "ESYNTAX", 9, /expected a floating-point number/],
    [".double 0x10", "ESYNTAX", 9, /malformed floating-point number "0x10"/], // llvm-mc: invalid floating point literal
    [".double 1_0.0", "ESYNTAX", 9, /malformed floating-point number/],
    [".double --1.5", "ESYNTAX", 10, /expected a floating-point number/],
    [".quad 0ffh", "ESYNTAX", 7, /malformed number "0ffh"/], // MASM hex: llvm-mc-22 and GNU as 2.40 refuse it
    [".align 4, 300", "ERANGE", 1, /fill value 300 does not fit in a byte/], // llvm-mc fills with 0x2c
    [".align 4, -129", "ERANGE", 1, /fill value -129/],
    [".zero 3, 300", "ERANGE", 1, /fill value 300/],
    [".skip 2, 0x100", "ERANGE", 1, /fill value 256/],
    ["nop\n.p2align 2,,0", "ERANGE", 1, /./], // llvm-mc: "can never be satisfied"
  ];
  for (const [src, code, column, msg] of cases) {
    test(`${code}: ${src}`, () => {
      const e = err(src);
      expect(e.code).toBe(code);
      expect(e.column).toBe(column);
      expect(e.message).toMatch(msg);
    });
  }
  test("a max skip: no padding where more bytes would be needed (llvm-mc-22)", () => {
    expect(hex(assemble("nop\n.p2align 4,,3\nret"))).toBe("90c3");
    expect(hex(assemble("int3\nint3\nint3\nint3\nint3\nint3\nint3\nint3\nint3\nint3\nint3\nint3\nint3\n.p2align 4,,3\nret"))).toBe("cccccccccccccccccccccccccc0f1f00c3");
    expect(hex(assemble("nop\n.p2align 3, 0xcc, 7\nret"))).toBe("90ccccccccccccccc3");
  });
  test("a max skip that never bites is accepted", () => {
    expect(hex(assemble("nop\n.p2align 3,,7\nret"))).toBe(hex(assemble("nop\n.p2align 3\nret")));
    expect(hex(assemble("nop\n.balign 4, 0xcc, 20\nret"))).toBe("90ccccccc3");
  });
});
