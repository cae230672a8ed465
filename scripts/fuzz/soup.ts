/**
 * soup.ts — text that is almost right and text that is not: mutations of a
 * valid instruction line (a character dropped, inserted or doubled, tokens
 * swapped or repeated, numbers and registers replaced by edge values,
 * decorations and segment overrides sprinkled in) and random token soup
 * (mnemonics, registers, size keywords, numbers incl. huge and float-looking
 * ones, operators, brackets, decorations, directives). Shared by the
 * differential fuzzer (scripts/fuzz) and the robustness test (test/fuzz).
 * `oracleSafe` keeps to lines an oracle can judge one at a time: no labels,
 * assignments or directives that change how later lines are read.
 */
import type { Rng } from "./rng.ts";

const REGS = ["rax", "eax", "ax", "al", "ah", "r8", "r15d", "r9w", "r12b", "spl", "sil", "rsp", "rbp", "r13", "rip", "xmm0", "xmm15", "xmm16", "xmm31", "ymm7", "ymm24", "zmm0", "zmm31", "k0", "k1", "k7", "es", "cs", "ss", "ds", "fs", "gs", "st", "mm0", "cr0", "dr7", "riz", "eiz"];
const SIZES = ["byte", "word", "dword", "qword", "tbyte", "xmmword", "ymmword", "zmmword", "fword", "oword", "ptr", "offset", "short", "near", "far"];
const NUMS = ["0", "1", "-1", "7", "8", "15", "16", "127", "128", "-128", "-129", "255", "256", "0x7f", "0x80", "0xff", "0x7fff", "0xffff", "0x7fffffff", "0x80000000", "0xffffffff", "0x100000000",
  "0x7fffffffffffffff", "0x8000000000000000", "0xffffffffffffffff", "0x10000000000000000", "18446744073709551616", "-9223372036854775808", "1e3", "2.", "1.5", ".5", "0b101", "0o17", "017", "10h", "0ffh", "1b", "1f", "'a'", "'ab'", "99999999999999999999999"];
const OPS = ["+", "-", "*", "/", "%", "<<", ">>", "&", "|", "^", "~", "!", "(", ")", "[", "]", ",", ":", "{", "}", "==", "!=", "<", ">", "&&", "||"];
const DECOS = ["{k1}", "{k0}", "{k7}", "{z}", "{1to2}", "{1to4}", "{1to8}", "{1to16}", "{1to32}", "{rn-sae}", "{rd-sae}", "{ru-sae}", "{rz-sae}", "{sae}", "{vex}", "{evex}", "{disp32}", "{k8}", "{}"];
const PREFIXES = ["lock", "rep", "repe", "repz", "repne", "repnz", "data16", "addr32", "rex", "rex.w", "notrack", "xacquire", "xrelease", "{vex3}"];
const DATA_DIRECTIVES = [".byte", ".word", ".short", ".long", ".int", ".quad", ".ascii", ".asciz", ".string", ".zero", ".align", ".p2align", ".balign", ".float", ".double"];
const OTHER_DIRECTIVES = [".set", ".equ", ".globl", ".text", ".data", ".section", ".rept", ".endr", ".macro", ".endm", ".if", ".endif", ".code32", ".code16", ".att_syntax", ".intel_syntax", ".fill", ".skip", ".space", ".org", ".end", ".err"];
const STRINGS = ['"abc"', '"\\n\\t\\x41\\101"', '"😀"', '""', '"unterminated', '"\\"', "'x'"];
const CHARS = "abcdefghijklmnopqrstuvwxyz0123456789 ,[]+-*:{}()$%#;.\"'_~!<>|&^/\\\t@=?";

/** Split a line into tokens (words, numbers, punctuation) for mutation. */
function tokens(line: string): string[] {
  return line.match(/[A-Za-z_.$][\w.$@]*|0x[0-9a-fA-F]+|\d+|\{[^}]*\}|<<|>>|\S/g) ?? [];
}

function join(t: string[], r: Rng): string {
  let s = "";
  for (let i = 0; i < t.length; i++) {
    const a = t[i]!;
    if (i > 0) {
      const prev = t[i - 1]!;
      const word = /^[\w.$]/.test(a) && /[\w.$]$/.test(prev);
      s += word || r.chance(0.3) ? " " : "";
    }
    s += a;
  }
  return s;
}

/** A mutated copy of a (valid) line. */
export function mutate(r: Rng, line: string, mnemonics: readonly string[]): string {
  let t = tokens(line);
  const rounds = 1 + r.int(r.chance(0.8) ? 2 : 5);
  for (let k = 0; k < rounds; k++) {
    const i = r.int(Math.max(1, t.length));
    switch (r.int(13)) {
      case 0: t.splice(i, 1); break;
      case 1: t.splice(i, 0, t[r.int(Math.max(1, t.length))] ?? ","); break;
      case 2: if (t.length > 1) { const j = r.int(t.length); [t[i], t[j]] = [t[j]!, t[i]!]; } break;
      case 3: t[i] = r.pick(NUMS); break;
      case 4: t[i] = r.pick(REGS); break;
      case 5: t.splice(i, 0, r.pick(DECOS)); break;
      case 6: t.splice(i, 0, r.pick(["es", "cs", "ss", "ds", "fs", "gs"]), ":"); break;
      case 7: t.splice(i, 0, r.pick(SIZES)); break;
      case 8: t = t.slice(0, i); break;
      case 9: t[0] = r.pick(mnemonics); break;
      case 10: t.splice(i, 0, r.pick(OPS)); break;
      case 11: t.splice(i, 0, r.pick(PREFIXES)); break;
      default: {
        // character-level: drop, insert or double a character
        const s = join(t, r);
        const p = r.int(s.length + 1);
        const x = r.int(3);
        const out = x === 0 ? s.slice(0, p) + s.slice(p + 1) : x === 1 ? s.slice(0, p) + r.pick([...CHARS]) + s.slice(p) : s.slice(0, p) + s.slice(p, p + 1) + s.slice(p);
        t = tokens(out);
      }
    }
  }
  return join(t, r);
}

/** Random token soup: 1–9 tokens, mostly starting with a mnemonic or a prefix. */
export function soup(r: Rng, mnemonics: readonly string[], oracleSafe: boolean): string {
  const t: string[] = [];
  const x = r.int(10);
  if (x < 6) t.push(r.pick(mnemonics));
  else if (x < 7) t.push(r.pick(PREFIXES), r.pick(mnemonics));
  else if (x < 9) t.push(r.pick(DATA_DIRECTIVES));
  else t.push(oracleSafe ? r.pick(DATA_DIRECTIVES) : r.pick(OTHER_DIRECTIVES));
  const n = r.int(9);
  for (let i = 0; i < n; i++) {
    const y = r.int(10);
    if (y < 2) t.push(r.pick(REGS));
    else if (y < 4) t.push(r.pick(NUMS));
    else if (y < 6) t.push(r.pick(OPS));
    else if (y < 7) t.push(r.pick(SIZES));
    else if (y < 8) t.push(r.pick(DECOS));
    else if (y < 9) t.push(r.pick(STRINGS));
    else t.push(r.pick(mnemonics));
  }
  let s = join(t, r);
  if (oracleSafe) s = s.replace(/:/g, (_m, at: number) => (/(es|cs|ss|ds|fs|gs)$/i.test(s.slice(0, at)) ? ":" : " ")).replace(/=/g, " ");
  return s;
}

/** Is this line safe to judge in a batch (no labels, assignments or stream-changing directives)? */
export function oracleSafe(line: string): boolean {
  const t = line.trim();
  if (/[=]/.test(t)) return false;
  // `gs:` at the start of a statement is a label to llvm-mc (defined once per process)
  if (/(^|;)\s*[\w.$]+\s*:/.test(t)) return false;
  // llvm-mc 22 aborts ("SmallVector unable to grow") on two unary operators in a row at the start of an
  // operand (`mov eax, ~~1`, `imul -~x`) and mis-evaluates them inside an address (`[rax + -~1]` → disp -2)
  if (/[-~!]\s*[-~!]/.test(t)) return false;
  // a block comment runs over the following lines
  if (/\/\*|\*\//.test(t)) return false;
  // an unterminated string, or a character literal llvm-mc finds too long, runs into the next line in its lexer
  if (/[\\']/.test(t) || (t.match(/"/g)?.length ?? 0) % 2 === 1) return false;
  if (/:/.test(t.replace(/\b(es|cs|ss|ds|fs|gs)\s*:/gi, ""))) return false;
  if (/(^|;)\s*\./.test(t)) {
    for (const stmt of t.split(";")) {
      const w = stmt.trim().split(/\s+/)[0] ?? "";
      if (w.startsWith(".") && !DATA_DIRECTIVES.includes(w.toLowerCase())) return false;
    }
  }
  // a directive with a huge count is the robustness test's business (test/fuzz), not the differential's
  if (/\.(zero|align|p2align|balign|skip|space|fill)\b/i.test(t)) {
    if (/\d{6,}|0x[0-9a-f]{5,}|[<>*]|\d\s*[eE.]/i.test(t)) return false;
    if (/\.p2align/i.test(t) && /\b(1[7-9]|[2-9]\d)\b/.test(t)) return false;
  }
  return true;
}
