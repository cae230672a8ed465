/**
 * judge.ts — what the decoder tests share: reading the llvm-mc corpus
 * (test/decode/corpus, made by scripts/gen-decode-corpus.ts), deciding
 * whether an instruction llvm decodes and bunjit refuses is a coverage gap
 * (not in bunjit's table) or a decoder bug (bunjit would assemble llvm's text
 * to exactly these bytes), naming the gap's family, and the two places where
 * llvm-mc 22 is documented to be wrong (GNU objdump agrees with bunjit).
 * No assertions here; the *.test.ts files assert.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { assemble } from "../../src/x64/parse.ts";

export const corpusDir = join(import.meta.dir, "corpus");

export function hexBytes(s: string): Uint8Array {
  return new Uint8Array(s.trim().split(/\s+/).map((x) => parseInt(x, 16)));
}
export function hex(b: ArrayLike<number>): string {
  return Array.from(b, (x) => x.toString(16).padStart(2, "0")).join(" ");
}

/** A first-instruction case: llvm's verdict on the first instruction of 16 random bytes. */
export interface FirstCase {
  bytes: Uint8Array;
  /** llvm's length, or 0 when llvm refuses. */
  length: number;
  /** llvm warned "potentially undefined" but decoded. */
  soft: boolean;
  /** When llvm refuses: how many bytes it skips (0: not settled by the generator). */
  skip: number;
  text: string;
}

export function readFirstCases(): FirstCase[] {
  const out: FirstCase[] = [];
  for (const f of readdirSync(corpusDir).filter((x) => x.startsWith("first-")).sort()) {
    for (const line of readFileSync(join(corpusDir, f), "utf8").split("\n")) {
      if (line === "" || line.startsWith("#")) continue;
      const [h = "", len = "", text = ""] = line.split("|").map((x) => x.trim());
      const bytes = hexBytes(h);
      if (len.startsWith("-")) out.push({ bytes, length: 0, soft: false, skip: len.length > 1 ? Number(len.slice(1)) : 0, text: "" });
      else out.push({ bytes, length: parseInt(len, 10), soft: len.endsWith("?"), skip: 0, text });
    }
  }
  return out;
}

/** A stream case: llvm's whole disassembly of random bytes. */
export interface StreamCase {
  bytes: Uint8Array;
  texts: string[];
  /** Offsets llvm warned "invalid instruction encoding" at. */
  invalid: Set<number>;
}

export function readStreamCases(): StreamCase[] {
  const out: StreamCase[] = [];
  for (const line of readFileSync(join(corpusDir, "stream.txt"), "utf8").split("\n")) {
    if (line === "" || line.startsWith("#")) continue;
    const [h = "", texts = "", inv = ""] = line.split("|").map((x) => x.trim());
    out.push({ bytes: hexBytes(h), texts: texts === "" ? [] : texts.split(" ; "), invalid: new Set(inv === "" ? [] : inv.split(",").map(Number)) });
  }
  return out;
}

/** Would bunjit assemble llvm's text to exactly these bytes? Then refusing them is a decoder bug, not a gap. */
export function covered(text: string, bytes: Uint8Array): boolean {
  try {
    return hex(assemble(text)) === hex(bytes);
  } catch {
    return false;
  }
}

/** Would bunjit assemble llvm's text to the bytes at `offset` (as many as it makes)? */
export function coveredAt(text: string, bytes: Uint8Array, offset: number): boolean {
  try {
    const a = assemble(text);
    return a.length > 0 && hex(a) === hex(bytes.subarray(offset, offset + a.length));
  } catch {
    return false;
  }
}

/**
 * The family of an instruction bunjit's table does not have, from llvm's text: register classes
 * bunjit has no names for, then instruction groups, then the mnemonic itself. "alternate encoding"
 * when bunjit assembles the same text to other bytes (a form the table writes differently).
 */
export function gapFamily(text: string, bytes: Uint8Array): string {
  const words = text.split(" ");
  const prefixes = new Set(["lock", "rep", "repne", "addr32", "data16", "notrack", "xacquire", "xrelease", "{vex}", "{evex}"]);
  const m = words.find((w) => !prefixes.has(w)) ?? text;
  try {
    if (assemble(text).length > 0) return "alternate encoding (the table writes it differently)";
  } catch { /* not assemblable: a gap */ }
  if (/\bst\(\d\)|\bst\b/.test(text) || /^f(?!xsave|xrstor)/.test(m)) return "x87";
  if (/^(pf|pi2f|pmulhrw|pavgusb|pswapd|femms)/.test(m)) return "3DNow!";
  if (/\bmm\d\b/.test(text)) return "MMX registers";
  if (/\bk\d\b.*\bk\d\b/.test(text) && /^k/.test(m)) return `opmask ${m}`;
  if (/\br(1[6-9]|2\d|3[01])[bwd]?\b/.test(text) || /^(push2|pop2|ccmp|ctest|cfcmov|jmpabs|pushp|popp)/.test(m) || /\{nf\}/.test(text)) return "APX";
  if (/\btmm\d\b/.test(text) || /^t(ile|dp|cmm|cvt|mmul)/.test(m)) return "AMX";
  if (/\b(cr|dr)\d+\b/.test(text)) return "control/debug registers";
  if (/\bbnd\d\b/.test(text)) return "MPX";
  if (/\b(cs|ds|es|ss|fs|gs)\b(?!:)/.test(text)) return "segment registers";
  if (/^(in|out|ins[bwd]?|outs[bwd]?)$/.test(m)) return "port I/O";
  if (/^(vprot|vpsha|vpshl|vpcom|vpmacs|vpmadcs|vpperm|vpcmov|vfrcz|vphadd[bwdq]|vphsub|vpermil2)/.test(m)) return "XOP";
  if (/^(vfmadd|vfmsub|vfnmadd|vfnmsub)(ss|sd|ps|pd)$/.test(m) || /^vfmaddsub(ps|pd)$/.test(m) && bytes.includes(0xc4)) return "FMA4";
  if (/ph\b|sh\b|^vcvt.*ph|^vfc?madd.*c?[ps]h|^vfc?mul/.test(m) && /ph$|sh$|ph2|2ph|sh2|2sh/.test(m)) return "AVX512-FP16";
  if (/^(lgdt|sgdt|lidt|sidt|lldt|sldt|ltr|str|lmsw|smsw|invlpg|invd|wbinvd|wrmsr|rdmsr|swapgs|sysret|sysexit|sysenter|iret|clts|hlt|vm|inv|lar|lsl|verr|verw|clac|stac|encl|xsaves|xrstors|rdpkru|wrpkru|monitor|mwait|umonitor|umwait|tpause|getsec|rsm|wbnoinvd|pconfig|seamcall|tdcall|uiret|testui|clui|stui|senduipi)/.test(m)) return "system";
  if (/^(retf|lcall|ljmp|lfs|lgs|lss|ljmpq)/.test(m)) return "far pointers";
  return m;
}

/**
 * Where llvm-mc 22 disagrees with the manual and GNU objdump (2.40) agrees with bunjit. Each entry
 * names the manual's rule; the tests accept bunjit's reading only for exactly these shapes.
 */
export const ORACLE_BUGS: { why: string; matches: (bytes: Uint8Array, llvmText: string, ours: string) => boolean }[] = [
  {
    why: "a 66 beside a mandatory F2/F3 makes llvm take the 16-bit form yet print the 32-bit memory size (`cmovns cx, dword ptr [rcx]`): " +
      "66 selects 16-bit operands for the whole instruction (SDM vol. 1 3.6.1, vol. 2 2.1.1); objdump prints `cmovns cx, WORD PTR [rcx]`",
    matches: (_b, llvm, ours) => llvm.includes("dword ptr") && ours === llvm.replace("dword ptr", "word ptr"),
  },
  {
    why: "llvm refuses EVEX.W1 VPSLLW/VPSRLW/VPSRAW with an xmm/m128 count (EVEX.66.0F F1/D1/E1 /r); the SDM lists these forms " +
      "as EVEX.WIG (vol. 2B PSLLW/PSRLW/PSRAW); objdump decodes them",
    // ours is bunjit's text, or "" when bunjit refuses too but reads the ModRM byte llvm does not read
    matches: (b, llvm, ours) => {
      const i = b.indexOf(0x62);
      return llvm === "" && i >= 0 && (b[i + 1]! & 7) === 1 && b[i + 2]! >> 7 === 1 && (b[i + 2]! & 3) === 1 && [0xd1, 0xe1, 0xf1].includes(b[i + 4]!) &&
        (ours === "" || /^vps(ll|rl|ra)w [xyz]mm\d+( \{k\d\})?( \{z\})?, [xyz]mm\d+, (xmm\d+|xmmword ptr )/.test(ours));
    },
  },
];

/** The documented oracle bug a disagreement is, or null. */
export function oracleBug(bytes: Uint8Array, llvmText: string, ours: string): string | null {
  for (const b of ORACLE_BUGS) if (b.matches(bytes, llvmText, ours)) return b.why;
  return null;
}
