/**
 * decode.ts — the public decoder: `decode(code)` walks bytes and returns one
 * structured `Instruction` per instruction (form, builder operands, length,
 * text on demand); `disassemble(code)` returns the Intel text, one
 * instruction a line, as `llvm-mc -disassemble -output-asm-variant=1` prints
 * it. `code` is bytes or a bunjit function (its code as `info(fn).bytes`
 * reads it, from where it runs; a jit.function's constant pool after its
 * instructions is printed as data). Bytes that are no instruction become a `.byte` line
 * covering what llvm-mc skips. The byte-level work is decoder.ts's; printing
 * is format.ts's.
 */
import { JitError } from "../../core/errors.ts";
import { info } from "../../ffi/callable.ts";
import { recordContaining } from "../../ffi/lifetime.ts";
import { formatForm, formatListingLine } from "../format.ts";
import { Mem, type Rounding } from "../operands.ts";
import { RT_RIP } from "../registers.ts";
import type { Form } from "../table/schema.ts";
import { BranchTarget, decodeRaw, type DecodedOperand, type RawInstruction } from "./decoder.ts";

/** One decoded instruction (or a run of bytes that is none). */
export interface Instruction {
  /** Offset of the first byte in the decoded code. */
  readonly offset: number;
  /** Address of the first byte (`options.address` + offset; the offset when no address was given). */
  readonly address: number;
  /** Length in bytes; for an invalid encoding, the bytes skipped (as llvm-mc skips them). */
  readonly length: number;
  /** The instruction's bytes (a view into the input). */
  readonly bytes: Uint8Array;
  /** False for bytes that are no instruction (`text` is then a `.byte` line). */
  readonly valid: boolean;
  /** True for bytes bunjit knows are data, not code (a `jit.function`'s constant pool after its instructions): a `.byte` line. */
  readonly data: boolean;
  /** The instruction table form; null for invalid bytes and for a lone prefix llvm prints as an instruction (`lock`, `xacquire`, `xrelease`). */
  readonly form: Form | null;
  /** The mnemonic as printed (`je`, `movabs`, `cmpeqps`, `lock`); "" for invalid bytes. */
  readonly mnemonic: string;
  /** Operands in Intel order, as builder operands (Reg, Mem, numbers) and `BranchTarget`s for relative targets. */
  readonly operands: readonly DecodedOperand[];
  /** Embedded rounding / `{sae}` of an EVEX register form, or null. */
  readonly rounding: Rounding | null;
  /** Prefix words printed before the mnemonic: "lock", "rep", "repne", "addr32" (space-separated), or "". */
  readonly prefix: string;
  /** Absolute target address of a relative jump or call, else null. */
  readonly target: number | null;
  /** Absolute address a rip-relative memory operand refers to, else null. */
  readonly ripTarget: number | null;
  /** Intel text as llvm-mc prints it (tabs as single spaces). */
  readonly text: string;
}

/** Options of `decode` and `disassemble`. */
export interface DecodeOptions {
  /**
   * Address of the first byte. With it, branch targets print as absolute addresses in hex
   * (`jmp 0x401007`, as llvm-objdump prints them); without it, as the displacement llvm-mc prints (`jmp 5`).
   * Default: the function's address for a bunjit function, else none.
   */
  address?: number;
  /** Start decoding at this offset (default 0). */
  offset?: number;
  /** Decode at most this many instructions (default: all). */
  count?: number;
}

/** Options of `disassemble`. */
export interface DisassembleOptions extends DecodeOptions {
  /**
   * Prefix each line with its address and bytes (the assembler listing's format), and follow a rip-relative
   * operand with its absolute address as a comment (`# 0x7f3ac86eb018`, as llvm-objdump does). Default false.
   */
  listing?: boolean;
}

/** What `decode` and `disassemble` read: bytes, or a function made by bunjit. */
export type Code = Uint8Array | ArrayBuffer | readonly number[] | Function;

class DecodedInstruction implements Instruction {
  private textCache: string | null = null;
  constructor(
    readonly offset: number,
    readonly address: number,
    readonly length: number,
    private readonly input: Uint8Array,
    readonly valid: boolean,
    readonly data: boolean,
    readonly form: Form | null,
    readonly operands: readonly DecodedOperand[],
    readonly rounding: Rounding | null,
    readonly prefix: string,
    readonly target: number | null,
    readonly ripTarget: number | null,
    private readonly raw: { prefixOnly: string; addr32: boolean; seg: number; mnemonic: string },
  ) {}

  get bytes(): Uint8Array {
    return this.input.subarray(this.offset, this.offset + this.length);
  }

  get text(): string {
    if (this.textCache === null) this.textCache = this.render();
    return this.textCache;
  }

  get mnemonic(): string {
    if (!this.valid) return "";
    if (this.form === null) return this.raw.prefixOnly;
    // the printed mnemonic: the text without the prefix words and the operands
    const t = this.prefix !== "" ? this.text.slice(this.prefix.length + 1) : this.text;
    const sp = t.indexOf(" ");
    return sp < 0 ? t : t.slice(0, sp);
  }

  private render(): string {
    if (!this.valid) {
      const b = this.bytes;
      let s = ".byte ";
      for (let i = 0; i < b.length; i++) s += `${i > 0 ? ", " : ""}0x${b[i]!.toString(16).padStart(2, "0")}`;
      return s;
    }
    if (this.form === null) return this.prefix !== "" ? `${this.prefix} ${this.raw.prefixOnly}` : this.raw.prefixOnly;
    return formatForm(this.form, this.operands, this.operands.length, this.rounding, this.prefix, { addr32: this.raw.addr32, seg: this.raw.seg, mnemonic: this.raw.mnemonic || undefined, decoded: true });
  }
}

/** Bytes, start address and whether the address was given, from any accepted input. */
function input(code: Code, options: DecodeOptions | undefined, caller: string): { bytes: Uint8Array; address: number; absolute: boolean; codeEnd: number } {
  let bytes: Uint8Array;
  let address = 0;
  let absolute = false;
  let codeEnd = -1;
  if (typeof code === "function") {
    const i = info(code); // EARGS for a function bunjit did not make
    if (i.disposed || i.freed) throw new JitError("EDISPOSED", `${caller}: the function was disposed; its code may be gone`);
    if (i.size <= 0) throw new JitError("EARGS", `${caller}: the function's code size is unknown (made by toFunction from a raw address); pass its bytes instead`);
    bytes = i.bytes; // a copy read from where the code runs, so the result never aliases code that may be freed
    address = i.address;
    absolute = true;
    codeEnd = i.instructionSize; // the rest is data (jit.function's constant pool)
  } else if (code instanceof Uint8Array) bytes = code;
  else if (code instanceof ArrayBuffer) bytes = new Uint8Array(code);
  else if (Array.isArray(code)) {
    bytes = new Uint8Array(code.length);
    for (let i = 0; i < code.length; i++) {
      const v = code[i];
      if (typeof v !== "number" || !Number.isInteger(v) || v < 0 || v > 255) throw new JitError("EARGS", `${caller}: byte ${i} is ${String(v)}, expected an integer 0..255`);
      bytes[i] = v;
    }
  } else throw new JitError("EARGS", `${caller}: expected a Uint8Array, an ArrayBuffer, an array of bytes or a bunjit function, got ${code === null ? "null" : typeof code}`);
  if (options !== undefined) {
    if (typeof options !== "object" || options === null) throw new JitError("EARGS", `${caller}: options must be an object`);
    if (options.address !== undefined) {
      const a = options.address;
      if (typeof a !== "number" || !Number.isSafeInteger(a) || a < 0) throw new JitError("EARGS", `${caller}: address must be a non-negative safe integer, got ${String(a)}`);
      address = a;
      absolute = true;
    }
  }
  return { bytes, address, absolute, codeEnd: codeEnd >= 0 && codeEnd <= bytes.length ? codeEnd : bytes.length };
}

function range(options: DecodeOptions | undefined, length: number, caller: string): { offset: number; count: number } {
  const offset = options?.offset ?? 0;
  if (typeof offset !== "number" || !Number.isInteger(offset) || offset < 0 || offset > length) {
    throw new JitError("ERANGE", `${caller}: offset ${String(offset)} is outside the code (0..${length})`);
  }
  const count = options?.count ?? Infinity;
  if (typeof count !== "number" || (count !== Infinity && (!Number.isInteger(count) || count < 0))) {
    throw new JitError("EARGS", `${caller}: count must be a non-negative integer, got ${String(count)}`);
  }
  return { offset, count };
}

function symbolSuffix(address: number): string {
  const s = symbolAt(address);
  return s !== "" ? ` ${s}` : "";
}

/**
 * The bunjit function an address is in, as llvm-objdump writes a symbol: `<name>` at its first
 * instruction, `<name+0x1d>` inside, `<name@entry>` at the entry pad where calls come in; "" elsewhere.
 */
function symbolAt(address: number): string {
  const r = recordContaining(address);
  if (r === undefined) return "";
  if (address >= r.address && address < r.address + r.size) return address === r.address ? `<${r.name}>` : `<${r.name}+0x${(address - r.address).toString(16)}>`;
  return address === r.entry ? `<${r.name}@entry>` : "";
}

const scratch: RawInstruction = { length: 0, form: null, prefixOnly: "", valid: false, operands: [], rounding: null, prefix: "", addr32: false, seg: -1, mnemonic: "" };

function wrap(bytes: Uint8Array, at: number, address: number, absolute: boolean, r: RawInstruction): Instruction {
  let target: number | null = null;
  const ops = r.operands;
  let ripTarget: number | null = null;
  for (let i = 0; i < ops.length; i++) {
    const o = ops[i];
    if (o instanceof BranchTarget) {
      target = address + at + r.length + o.displacement;
      ops[i] = new BranchTarget(o.displacement, target, absolute, absolute ? symbolAt(target) : "");
    } else if (o instanceof Mem && o.base !== null && o.base.type === RT_RIP && typeof o.disp === "number") {
      ripTarget = address + at + r.length + o.disp;
      if (o.base.bits === 32) ripTarget = ripTarget >>> 0; // [eip + disp] wraps at 4 GiB
    }
  }
  return new DecodedInstruction(at, address + at, r.length, bytes, r.valid, false, r.form, ops, r.rounding, r.prefix, target, ripTarget,
    { prefixOnly: r.prefixOnly, addr32: r.addr32, seg: r.seg, mnemonic: r.mnemonic });
}

/**
 * Decode machine code into instructions: form, operands, length and text of each.
 * Bytes that are no instruction give an entry with `valid: false`.
 *
 * @example decode(new Uint8Array([0x48, 0x01, 0xd8, 0xc3])).map((i) => i.text) // ["add rax, rbx", "ret"]
 * @throws JitError EARGS (not bytes or a bunjit function, bad options), ERANGE (offset outside the code), EDISPOSED (a disposed function)
 */
export function decode(code: Code, options?: DecodeOptions): Instruction[] {
  const { bytes, address, absolute, codeEnd } = input(code, options, "decode");
  const { offset, count } = range(options, bytes.length, "decode");
  const out: Instruction[] = [];
  let at = offset;
  for (; at < codeEnd && out.length < count;) {
    const r = decodeRaw(bytes, at, codeEnd, scratch);
    out.push(wrap(bytes, at, address, absolute, r));
    at += r.length;
  }
  // data after the instructions: 8 bytes a line
  for (; at < bytes.length && out.length < count; at += 8) {
    const n = Math.min(8, bytes.length - at);
    out.push(new DecodedInstruction(at, address + at, n, bytes, false, true, null, [], null, "", null, null, { prefixOnly: "", addr32: false, seg: -1, mnemonic: "" }));
  }
  return out;
}

/**
 * Decode the one instruction at `options.offset` (default 0).
 *
 * @example decodeOne([0xc3]).mnemonic // "ret"
 * @throws JitError EARGS, ERANGE (offset at or past the end), EDISPOSED
 */
export function decodeOne(code: Code, options?: DecodeOptions): Instruction {
  const { bytes, address, absolute, codeEnd } = input(code, options, "decodeOne");
  const { offset } = range(options, bytes.length, "decodeOne");
  if (offset >= bytes.length) throw new JitError("ERANGE", `decodeOne: offset ${offset} is at the end of the code (${bytes.length} bytes)`);
  if (offset >= codeEnd) return decode(code, { ...options, offset, count: 1 })[0]!;
  return wrap(bytes, offset, address, absolute, decodeRaw(bytes, offset, codeEnd, scratch));
}

/**
 * Disassemble machine code to Intel text, one instruction a line, as
 * `llvm-mc -disassemble -output-asm-variant=1` prints it (tabs as single
 * spaces). Works on bytes and on any function bunjit made (`fromBytes`,
 * `compile`, `jit.function`, ...), whose code it reads where it runs.
 *
 * @example disassemble(new Uint8Array([0x48, 0x01, 0xd8, 0xc3])) // "add rax, rbx\nret"
 * @example disassemble(f, { listing: true }) // "7f12a4c01000  48 01 d8   add rax, rbx ..."
 * @throws JitError EARGS, ERANGE, EDISPOSED (as decode)
 */
export function disassemble(code: Code, options?: DisassembleOptions): string {
  const list = decode(code, options);
  if (options?.listing) {
    const width = Math.max(6, (list.length > 0 ? list[list.length - 1]!.address : 0).toString(16).length);
    // a rip-relative operand's absolute address as a comment, as llvm-objdump adds it
    return list.map((i) => formatListingLine(i.address, i.bytes, i.ripTarget !== null ? `${i.text}  # 0x${i.ripTarget.toString(16)}${symbolSuffix(i.ripTarget)}` : i.text, { offsetWidth: width })).join("\n");
  }
  return list.map((i) => i.text).join("\n");
}

export { BranchTarget, Mem };
