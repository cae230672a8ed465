/**
 * elf.ts — a small ELF64 little-endian writer: sections (with the section
 * header string table made here), program headers that cover runs of
 * sections, symbol tables with their string tables, and the SysV hash table
 * a dynamic symbol table needs. Enough for the two objects debug/ makes: the
 * in-memory objects the GDB JIT interface reads (ET_REL: .text as NOBITS at
 * the code's address, .symtab, .eh_frame) and the tiny shared object that
 * holds `__jit_debug_register_code` / `__jit_debug_descriptor` (ET_DYN).
 * Knows the file format only: what goes in the objects lives in gdb.ts.
 */
import { JitError } from "../core/errors.ts";

export const ET_REL = 1;
export const ET_DYN = 3;
export const EM_X86_64 = 62;
export const EM_AARCH64 = 183;
/** This host's e_machine (the code bunjit runs here is the host's). */
export const EM_HOST = process.arch === "arm64" ? EM_AARCH64 : EM_X86_64;

export const SHT_PROGBITS = 1;
export const SHT_SYMTAB = 2;
export const SHT_STRTAB = 3;
export const SHT_HASH = 5;
export const SHT_DYNAMIC = 6;
export const SHT_NOBITS = 8;
export const SHT_DYNSYM = 11;
export const SHT_X86_64_UNWIND = 0x70000001;

export const SHF_WRITE = 1;
export const SHF_ALLOC = 2;
export const SHF_EXECINSTR = 4;

export const PT_LOAD = 1;
export const PT_DYNAMIC = 2;
export const PT_GNU_EH_FRAME = 0x6474e550;
export const PT_GNU_STACK = 0x6474e551;
export const PF_X = 1;
export const PF_W = 2;
export const PF_R = 4;

export const STB_LOCAL = 0;
export const STB_GLOBAL = 1;
export const STT_NOTYPE = 0;
export const STT_OBJECT = 1;
export const STT_FUNC = 2;
export const STT_FILE = 4;
export const SHN_ABS = 0xfff1;

export const DT_NULL = 0;
export const DT_HASH = 4;
export const DT_STRTAB = 5;
export const DT_SYMTAB = 6;
export const DT_STRSZ = 10;
export const DT_SYMENT = 11;
export const DT_SONAME = 14;

/** One section. `data` null means NOBITS (`size` bytes that occupy no file space). */
export interface ElfSection {
  name: string;
  type: number;
  flags: number;
  /** Address when loaded (0 for non-allocated sections). */
  addr: number;
  data: Uint8Array | null;
  /** For NOBITS sections: the size in memory. */
  size?: number;
  /** File offset; default: packed after the previous section at `align`. */
  offset?: number;
  /** sh_link, as a section name or index. */
  link?: string | number;
  info?: number;
  align: number;
  entsize?: number;
}

/**
 * A program header covering the sections from `first` to `last` (by name); `fromStart` makes it
 * begin at file offset 0 / address 0 (the first load segment of a shared object, which covers the
 * headers). Without sections it has no contents (PT_GNU_STACK).
 */
export interface ElfSegment {
  type: number;
  flags: number;
  first?: string;
  last?: string;
  fromStart?: boolean;
  align: number;
}

/** One symbol; `section` is a section name, an index, or SHN_ABS. */
export interface ElfSymbol {
  name: string;
  value: number | bigint;
  size: number;
  type: number;
  bind: number;
  section: string | number;
}

/** A string table under construction: "\0name\0name\0...". */
export class StringTable {
  private readonly parts: Uint8Array[] = [new Uint8Array(1)];
  private size = 1;
  private readonly seen = new Map<string, number>();
  private static readonly enc = new TextEncoder();

  /** Offset of `s` in the table (added once). */
  add(s: string): number {
    if (s === "") return 0;
    const hit = this.seen.get(s);
    if (hit !== undefined) return hit;
    const b = ascii(s) ?? StringTable.enc.encode(s + "\0");
    const at = this.size;
    this.parts.push(b);
    this.size += b.length;
    this.seen.set(s, at);
    return at;
  }

  bytes(): Uint8Array {
    const out = new Uint8Array(this.size);
    let p = 0;
    for (const b of this.parts) {
      out.set(b, p);
      p += b.length;
    }
    return out;
  }
}

/** `s` + NUL as bytes when it is ASCII (the common case: TextEncoder costs microseconds a call), else null. */
function ascii(s: string): Uint8Array | null {
  const b = new Uint8Array(s.length + 1);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) return null;
    b[i] = c;
  }
  return b;
}

/**
 * Symbol table bytes (24-byte Elf64_Sym entries, a null symbol first) and the index of the
 * first global symbol (sh_info). Local symbols must come first in `symbols`.
 */
export function symbolTable(symbols: readonly ElfSymbol[], strings: StringTable, sectionIndex: (name: string) => number): { data: Uint8Array; firstGlobal: number } {
  const data = new Uint8Array(24 * (symbols.length + 1));
  const v = new DataView(data.buffer);
  let firstGlobal = symbols.length + 1;
  symbols.forEach((s, i) => {
    const o = 24 * (i + 1);
    if (s.bind !== STB_LOCAL && firstGlobal > i + 1) firstGlobal = i + 1;
    v.setUint32(o, strings.add(s.name), true);
    data[o + 4] = (s.bind << 4) | s.type;
    data[o + 5] = 0; // default visibility
    v.setUint16(o + 6, typeof s.section === "number" ? s.section : sectionIndex(s.section), true);
    v.setBigUint64(o + 8, BigInt(s.value), true);
    v.setBigUint64(o + 16, BigInt(s.size), true);
  });
  return { data, firstGlobal };
}

/** The SysV ELF hash of a symbol name. */
export function elfHash(name: string): number {
  let h = 0;
  for (const c of new TextEncoder().encode(name)) {
    h = ((h << 4) + c) >>> 0;
    const g = h & 0xf0000000;
    if (g !== 0) h ^= g >>> 24;
    h &= ~g >>> 0;
    h >>>= 0;
  }
  return h;
}

/** A DT_HASH table for symbols 1..n (index 0 is the null symbol) — one bucket is enough for a handful. */
export function sysvHash(names: readonly string[]): Uint8Array {
  const nsym = names.length + 1;
  const nbucket = Math.max(1, names.length);
  const buckets = new Uint32Array(nbucket);
  const chains = new Uint32Array(nsym);
  for (let i = names.length; i >= 1; i--) {
    const b = elfHash(names[i - 1]!) % nbucket;
    chains[i] = buckets[b]!;
    buckets[b] = i;
  }
  const out = new Uint8Array(8 + 4 * (nbucket + nsym));
  const v = new DataView(out.buffer);
  v.setUint32(0, nbucket, true);
  v.setUint32(4, nsym, true);
  buckets.forEach((x, i) => v.setUint32(8 + 4 * i, x, true));
  chains.forEach((x, i) => v.setUint32(8 + 4 * (nbucket + i), x, true));
  return out;
}

const align = (n: number, a: number) => (a <= 1 ? n : Math.ceil(n / a) * a);

/**
 * Lay out and write an ELF64 file: header, program headers (right after it), sections in
 * order, section headers last. Section 0 (null) and .shstrtab are added here.
 * @example writeElf(ET_REL, [{ name: ".text", type: SHT_NOBITS, flags: SHF_ALLOC | SHF_EXECINSTR, addr, data: null, size, align: 16 }])
 * @throws JitError EARGS for a segment or link naming a missing section
 */
export function writeElf(type: number, sections: readonly ElfSection[], segments: readonly ElfSegment[] = [], entry = 0): Uint8Array {
  const names = new StringTable();
  const all: ElfSection[] = [...sections, { name: ".shstrtab", type: SHT_STRTAB, flags: 0, addr: 0, data: null, align: 1 }];
  const index = (n: string | number): number => {
    if (typeof n === "number") return n;
    const i = all.findIndex((s) => s.name === n);
    if (i < 0) throw new JitError("EARGS", `elf: no section named ${n}`);
    return i + 1;
  };
  const nameOffsets = all.map((s) => names.add(s.name));
  const shstr = names.bytes();
  all[all.length - 1] = { ...all[all.length - 1]!, data: shstr };
  let pos = 64 + 56 * segments.length;
  const offsets: number[] = [];
  for (const s of all) {
    const at = s.offset ?? align(pos, Math.max(1, s.align));
    if (at < pos) throw new JitError("EARGS", `elf: section ${s.name} at ${at} overlaps the previous one (ends at ${pos})`);
    offsets.push(at);
    pos = at + (s.data === null ? 0 : s.data.length);
  }
  const shoff = align(pos, 8);
  const total = shoff + 64 * (all.length + 1);
  const out = new Uint8Array(total);
  const v = new DataView(out.buffer);
  // ELF header
  out.set([0x7f, 0x45, 0x4c, 0x46, 2 /* 64-bit */, 1 /* LE */, 1 /* version */, 0 /* SysV ABI */]);
  v.setUint16(16, type, true);
  v.setUint16(18, EM_HOST, true);
  v.setUint32(20, 1, true);
  v.setBigUint64(24, BigInt(entry), true);
  v.setBigUint64(32, BigInt(segments.length > 0 ? 64 : 0), true); // e_phoff
  v.setBigUint64(40, BigInt(shoff), true);
  v.setUint32(48, 0, true); // e_flags
  v.setUint16(52, 64, true); // e_ehsize
  v.setUint16(54, segments.length > 0 ? 56 : 0, true);
  v.setUint16(56, segments.length, true);
  v.setUint16(58, 64, true);
  v.setUint16(60, all.length + 1, true);
  v.setUint16(62, all.length, true); // e_shstrndx: .shstrtab is last
  // program headers
  segments.forEach((g, i) => {
    const o = 64 + 56 * i;
    v.setUint32(o, g.type, true);
    v.setUint32(o + 4, g.flags, true);
    if (g.first === undefined || g.last === undefined) {
      // a segment with no contents (PT_GNU_STACK)
      v.setBigUint64(o + 48, BigInt(g.align), true);
      return;
    }
    const a = index(g.first) - 1, b = index(g.last) - 1;
    const s1 = all[b]!;
    const off0 = g.fromStart === true ? 0 : offsets[a]!;
    const addr0 = g.fromStart === true ? 0 : all[a]!.addr;
    const fileEnd = offsets[b]! + (s1.data === null ? 0 : s1.data.length);
    const memEnd = s1.addr + (s1.data === null ? (s1.size ?? 0) : s1.data.length);
    v.setBigUint64(o + 8, BigInt(off0), true);
    v.setBigUint64(o + 16, BigInt(addr0), true);
    v.setBigUint64(o + 24, BigInt(addr0), true);
    v.setBigUint64(o + 32, BigInt(fileEnd - off0), true);
    v.setBigUint64(o + 40, BigInt(memEnd - addr0), true);
    v.setBigUint64(o + 48, BigInt(g.align), true);
  });
  // section contents and headers (header 0 is the null section)
  all.forEach((s, i) => {
    if (s.data !== null) out.set(s.data, offsets[i]!);
    const o = shoff + 64 * (i + 1);
    v.setUint32(o, nameOffsets[i]!, true);
    v.setUint32(o + 4, s.type, true);
    v.setBigUint64(o + 8, BigInt(s.flags), true);
    v.setBigUint64(o + 16, BigInt(s.addr), true);
    v.setBigUint64(o + 24, BigInt(offsets[i]!), true);
    v.setBigUint64(o + 32, BigInt(s.data === null ? (s.size ?? 0) : s.data.length), true);
    v.setUint32(o + 40, s.link === undefined ? 0 : index(s.link), true);
    v.setUint32(o + 44, s.info ?? 0, true);
    v.setBigUint64(o + 48, BigInt(s.align), true);
    v.setBigUint64(o + 56, BigInt(s.entsize ?? 0), true);
  });
  return out;
}
