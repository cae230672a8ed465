/**
 * golden-format.ts — reads the builder descriptions of the AArch64 golden
 * vectors (scripts/aarch64/samples.ts writes them) into builder operands and
 * emits them through `Assembler.emit`, never through the text front end:
 *
 *   x0 sp v1.4s v2.s[3] d7      registers          $4 $-8 $1.5 $18446744073709551615n   numbers / bigints
 *   @eq @ish @tpidr_el0         named operands     {v0.4s,v1.4s} {v0.s[1],v1.s[1]}       lists
 *   [x1] [x1,#8] [x1,#8]! [x1],#8 [x1],x2 [x1,x2,lsl#3] [x1,w2,sxtw]                     memory
 *   lsl#3 uxtw uxtw#2 msl#8     modifiers          %name                                  a label (programs)
 */
import type { Label } from "../../src/core/label.ts";
import type { Assembler } from "../../src/aarch64/assembler.ts";
import { asr, lsl, lsr, mem, msl, post, pre, ror, sxtb, sxth, sxtw, sxtx, uxtb, uxth, uxtw, uxtx } from "../../src/aarch64/operands.ts";
import { registerByName, type Reg } from "../../src/aarch64/registers.ts";

const SHIFTS: Record<string, (n: number) => unknown> = { lsl, lsr, asr, ror, msl };
const EXTENDS: Record<string, (n?: number) => unknown> = { uxtb, uxth, uxtw, uxtx, sxtb, sxth, sxtw, sxtx };

function number(s: string): number | bigint {
  if (s.endsWith("n")) return BigInt(s.slice(0, -1));
  return Number(s);
}

function modifier(s: string): unknown {
  const m = /^(\w+)(?:#(\d+))?$/.exec(s);
  if (m === null) return undefined;
  const amt = m[2] === undefined ? undefined : Number(m[2]);
  if (SHIFTS[m[1]!] !== undefined && amt !== undefined) return SHIFTS[m[1]!]!(amt);
  if (EXTENDS[m[1]!] !== undefined) return EXTENDS[m[1]!]!(amt);
  return undefined;
}

function memory(s: string): unknown {
  let m = /^\[(\w+)\](?:,(#-?\d+|\w+))?$/.exec(s);
  if (m) {
    const base = registerByName(m[1]!) as never;
    if (m[2] === undefined) return mem(base);
    return m[2].startsWith("#") ? post(base, Number(m[2].slice(1))) : post(base, registerByName(m[2]) as never);
  }
  m = /^\[(\w+),#(-?\d+)\](!?)$/.exec(s);
  if (m) {
    const base = registerByName(m[1]!) as never;
    return m[3] === "!" ? pre(base, Number(m[2])) : mem(base, Number(m[2]));
  }
  m = /^\[(\w+),(\w+)(?:,(\w+(?:#\d+)?))?\]$/.exec(s);
  if (m) {
    const base = registerByName(m[1]!) as never, ix = registerByName(m[2]!) as never;
    return m[3] === undefined ? mem(base, ix) : mem(base, ix, modifier(m[3]) as never);
  }
  throw new Error(`bad memory description ${s}`);
}

/** One description token as a builder operand. */
export function operandOf(tok: string, label?: (name: string) => Label): unknown {
  if (tok.startsWith("$")) return number(tok.slice(1));
  if (tok.startsWith("@")) return tok.slice(1);
  if (tok.startsWith("%")) {
    if (label === undefined) throw new Error(`label ${tok} outside a program`);
    return label(tok.slice(1));
  }
  if (tok.startsWith("[")) return memory(tok);
  if (tok.startsWith("{")) return tok.slice(1, -1).split(",").map((r) => registerByName(r) as Reg);
  const mod = modifier(tok);
  if (mod !== undefined) return mod;
  return registerByName(tok);
}

/** Emit a described instruction (`add x0 x1 $4`). */
export function emitCase(a: Assembler, desc: string, label?: (name: string) => Label): void {
  const [mnemonic, ...toks] = desc.split(" ");
  a.emit(mnemonic!, ...toks.map((t) => operandOf(t, label)));
}

/** Little-endian 32-bit word of 4 bytes as 8 hex digits. */
export function word(b: Uint8Array): string {
  if (b.length !== 4) return `${b.length} bytes: ${Array.from(b, (x) => x.toString(16).padStart(2, "0")).join(" ")}`;
  return ((b[0]! | (b[1]! << 8) | (b[2]! << 16) | (b[3]! << 24)) >>> 0).toString(16).padStart(8, "0");
}
