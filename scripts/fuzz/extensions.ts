/**
 * extensions.ts — spellings bunjit accepts on purpose although llvm-mc 22 and
 * GNU as both refuse them. Each entry says why; the fuzzer counts matches as
 * "documented extension" instead of a finding. Bytes are still checked where
 * an oracle can be made to judge them (see the test named in each entry).
 * Nothing else belongs here: a byte mismatch is never an extension.
 */

interface Extension {
  /** What is accepted, and why. */
  why: string;
  test: (line: string) => boolean;
  /** The same instruction in a spelling llvm-mc 22 accepts. */
  rewrite: (line: string) => string;
}

export const EXTENSIONS: readonly Extension[] = [
  {
    why: "a gather/scatter's VSIB memory operand sized as the whole vector (`xmmword ptr [rax + 4*xmm1]`): llvm-mc 14's spelling, " +
      "which the golden vectors used; llvm-mc 22 wants the element size. Unambiguous (the VSIB index and the row fix the encoding), so kept (issue 9).",
    test: (l) => /^\s*v(p?gather|p?scatter)\w*\b/i.test(l) && /\b(xmm|ymm|zmm)word\s+ptr\s+(\w\w:)?\[[^\]]*\b[xyz]mm\d+/i.test(l),
    rewrite: (l) => l.replace(/\b(xmm|ymm|zmm)word\s+ptr\s+/i, ""),
  },
];

/** The oracle-acceptable spelling of a documented extension, or null when the line is none. */
export function extensionRewrite(line: string): string | null {
  for (const e of EXTENSIONS) if (e.test(line)) return e.rewrite(line);
  return null;
}
