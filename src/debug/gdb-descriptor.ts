/**
 * gdb-descriptor.ts — the two symbols of the GDB JIT interface, which gdb
 * looks for in the objects it knows (the executable and the shared libraries
 * the dynamic loader reports). Bun exports neither, so bunjit writes a tiny
 * ELF shared object at run time — `__jit_debug_register_code` (a function
 * whose code our assembler makes: `ret`, gdb puts its breakpoint there) and
 * `__jit_debug_descriptor` (24 bytes of writable data) — into a memfd and
 * dlopens it as `/proc/<pid>/fd/<n>`, a path gdb can open too (it reads the
 * library's symbols from its own process; `/proc/self/...` would be gdb's).
 *
 * The descriptor's layout (gdb's jit.h): u32 version = 1, u32 action_flag
 * (0 none, 1 register, 2 unregister), u64 relevant_entry, u64 first_entry.
 * Entries: u64 next, u64 prev, u64 symfile_addr, u64 symfile_size.
 * This file makes and loads the object; gdb.ts decides what to register.
 */
import { CFunction, toArrayBuffer, type Pointer } from "bun:ffi";
import { writeSync } from "node:fs";
import { JitError } from "../core/errors.ts";
import { libc, resolveSymbol } from "../os/libc.ts";
import { Assembler } from "../x64/assembler.ts";
import {
  DT_HASH, DT_NULL, DT_SONAME, DT_STRSZ, DT_STRTAB, DT_SYMENT, DT_SYMTAB, ET_DYN, PF_R, PF_W, PF_X, PT_DYNAMIC, PT_GNU_STACK,
  PT_LOAD, SHF_ALLOC, SHF_EXECINSTR, SHF_WRITE, SHT_DYNAMIC, SHT_DYNSYM, SHT_HASH, SHT_PROGBITS, SHT_STRTAB, SHT_SYMTAB,
  STB_GLOBAL, STT_FUNC, STT_OBJECT, StringTable, symbolTable, sysvHash, writeElf, type ElfSection, type ElfSymbol,
} from "./elf.ts";

/** One object per thread (each Worker has its own module instance): a unique soname, or the loader would reuse the first. */
const SONAME = `libbunjit-gdb-jit-${process.pid}-${Math.floor(Math.random() * 2 ** 32).toString(16)}.so`;
const REGISTER = "__jit_debug_register_code";
const DESCRIPTOR = "__jit_debug_descriptor";

/** The shared object's bytes (exported for tests: readelf/objdump check it). */
export function descriptorObject(): Uint8Array {
  // gdb's breakpoint goes here; the function must exist and not be inlined (it is called through a pointer)
  const text = process.arch === "arm64" ? new Uint8Array([0xc0, 0x03, 0x5f, 0xd6]) /* ret (untested on arm64 hosts) */ : x64Ret();
  const PAGE = 0x1000;
  const dynstr = new StringTable();
  const soname = dynstr.add(SONAME);
  // addresses equal file offsets (base 0); the headers come first, then each section in turn
  const headerEnd = 64 + 56 * 4;
  const hash = sysvHash([REGISTER, DESCRIPTOR]);
  const hashAt = align(headerEnd, 8);
  const dynsymAt = align(hashAt + hash.length, 8);
  const dynsymSize = 24 * 3;
  // the string table must exist before the symbols are encoded: add names first
  dynstr.add(REGISTER);
  dynstr.add(DESCRIPTOR);
  const dynstrBytes = dynstr.bytes();
  const dynstrAt = dynsymAt + dynsymSize;
  const textAt = align(dynstrAt + dynstrBytes.length, 16);
  const dynamicAt = align(textAt + text.length, PAGE); // the writable segment starts on its own page
  const dynamicSize = 16 * 7;
  const dataAt = align(dynamicAt + dynamicSize, 16);
  const sections: ElfSection[] = [];
  const syms: ElfSymbol[] = [
    { name: REGISTER, value: textAt, size: text.length, type: STT_FUNC, bind: STB_GLOBAL, section: ".text" },
    { name: DESCRIPTOR, value: dataAt, size: 24, type: STT_OBJECT, bind: STB_GLOBAL, section: ".data" },
  ];
  const names = [".hash", ".dynsym", ".dynstr", ".text", ".dynamic", ".data", ".symtab", ".strtab"];
  const idxOf = (n: string) => names.indexOf(n) + 1;
  const dynsym = symbolTable(syms, dynstr, idxOf);
  const strtab = new StringTable();
  const symtab = symbolTable(syms, strtab, idxOf);
  const dynamic = new Uint8Array(dynamicSize);
  const dv = new DataView(dynamic.buffer);
  [[DT_HASH, hashAt], [DT_STRTAB, dynstrAt], [DT_SYMTAB, dynsymAt], [DT_STRSZ, dynstrBytes.length], [DT_SYMENT, 24], [DT_SONAME, soname], [DT_NULL, 0]].forEach(([tag, val], i) => {
    dv.setBigInt64(16 * i, BigInt(tag!), true);
    dv.setBigUint64(16 * i + 8, BigInt(val!), true);
  });
  const data = new Uint8Array(24);
  new DataView(data.buffer).setUint32(0, 1, true); // version 1
  sections.push(
    { name: ".hash", type: SHT_HASH, flags: SHF_ALLOC, addr: hashAt, offset: hashAt, data: hash, link: ".dynsym", align: 8, entsize: 4 },
    { name: ".dynsym", type: SHT_DYNSYM, flags: SHF_ALLOC, addr: dynsymAt, offset: dynsymAt, data: dynsym.data, link: ".dynstr", info: dynsym.firstGlobal, align: 8, entsize: 24 },
    { name: ".dynstr", type: SHT_STRTAB, flags: SHF_ALLOC, addr: dynstrAt, offset: dynstrAt, data: dynstrBytes, align: 1 },
    { name: ".text", type: SHT_PROGBITS, flags: SHF_ALLOC | SHF_EXECINSTR, addr: textAt, offset: textAt, data: text, align: 16 },
    { name: ".dynamic", type: SHT_DYNAMIC, flags: SHF_ALLOC | SHF_WRITE, addr: dynamicAt, offset: dynamicAt, data: dynamic, link: ".dynstr", align: 8, entsize: 16 },
    { name: ".data", type: SHT_PROGBITS, flags: SHF_ALLOC | SHF_WRITE, addr: dataAt, offset: dataAt, data, align: 16 },
    { name: ".symtab", type: SHT_SYMTAB, flags: 0, addr: 0, data: symtab.data, link: ".strtab", info: symtab.firstGlobal, align: 8, entsize: 24 },
    { name: ".strtab", type: SHT_STRTAB, flags: 0, addr: 0, data: strtab.bytes(), align: 1 },
  );
  return writeElf(ET_DYN, sections, [
    { type: PT_LOAD, flags: PF_R | PF_X, first: ".hash", last: ".text", fromStart: true, align: PAGE },
    { type: PT_LOAD, flags: PF_R | PF_W, first: ".dynamic", last: ".data", align: PAGE },
    { type: PT_DYNAMIC, flags: PF_R | PF_W, first: ".dynamic", last: ".dynamic", align: 8 },
    { type: PT_GNU_STACK, flags: PF_R | PF_W, align: 16 },
  ]);
}

/** `ret`, from our assembler. */
function x64Ret(): Uint8Array {
  const a = new Assembler();
  a.ret();
  return a.finish();
}

function align(n: number, a: number): number {
  return Math.ceil(n / a) * a;
}

/** The loaded interface: the descriptor's address and the registration call. */
export interface GdbInterface {
  /** Address of `__jit_debug_descriptor`. */
  readonly descriptor: number;
  /** Call `__jit_debug_register_code()` (gdb, when attached, stops here and reads the descriptor). */
  readonly notify: () => void;
  /** The path the object was loaded from (`/proc/<pid>/fd/<n>`). */
  readonly path: string;
}

let loaded: GdbInterface | null = null;

/**
 * Write the shared object into a memfd and dlopen it (once per thread).
 * @example const gdb = loadGdbInterface(); gdb.notify()
 * @throws JitError ESYSCALL when memfd_create, the write or dlopen fails
 */
export function loadGdbInterface(): GdbInterface {
  if (loaded !== null) return loaded;
  const bytes = descriptorObject();
  const fd = libc.memfdCreate("bunjit-gdb-jit");
  let path: string;
  try {
    let done = 0;
    while (done < bytes.length) done += writeSync(fd, bytes, done);
    path = `/proc/${process.pid}/fd/${fd}`; // the descriptor stays open: gdb opens this path too
  } catch (e) {
    libc.close(fd);
    throw e instanceof JitError ? e : new JitError("ESYSCALL", `cannot write the GDB JIT interface object: ${(e as Error).message}`, { cause: e });
  }
  const descriptor = resolveSymbol(path, DESCRIPTOR);
  const fn = resolveSymbol(path, REGISTER);
  const call = CFunction({ ptr: fn as Pointer, args: [], returns: "void" }) as unknown as () => void;
  loaded = { descriptor, notify: call, path };
  return loaded;
}

/** A DataView over `size` bytes of native memory at `address`. */
export function nativeView(address: number, size: number): DataView {
  return new DataView(toArrayBuffer(address as Pointer, 0, size));
}
