/**
 * gdb.ts — registers bunjit functions with gdb through the GDB JIT interface:
 * for each function an in-memory ELF object (ET_REL, as LuaJIT's GDB JIT
 * support makes them) whose `.text` is a NOBITS section at the code's address,
 * with a symbol table naming the function (and the entry pad, for a separate
 * entry) and, when the builder gave frame rules, an `.eh_frame` so that gdb
 * unwinds through the frame. Objects are linked into the descriptor's list and
 * announced with `__jit_debug_register_code()`; unregistered when the code is
 * freed. With no gdb attached the announcement is a call to `ret`.
 *
 *   BUNJIT_GDB=1 gdb -batch -ex run -ex bt --args bun app.ts
 *
 * The memory gdb reads (objects, entries) is malloc'd: it never moves.
 */
import { liveRecords, observeCode, type CodeRecord } from "../ffi/lifetime.ts";
import { libc } from "../os/libc.ts";
import { ET_REL, SHF_ALLOC, SHF_EXECINSTR, SHT_NOBITS, SHT_PROGBITS, SHT_STRTAB, SHT_SYMTAB, STB_GLOBAL, STB_LOCAL, STT_FILE, STT_FUNC, SHN_ABS, StringTable, symbolTable, writeElf, type ElfSection, type ElfSymbol } from "./elf.ts";
import { loadGdbInterface, nativeView, type GdbInterface } from "./gdb-descriptor.ts";
import { ehFrameOf } from "./unwind-tables.ts";

const JIT_NOACTION = 0, JIT_REGISTER = 1, JIT_UNREGISTER = 2;

interface Registered {
  entry: number;
  symfile: number;
  /** The entry's 32 bytes (views over native memory are made once: each costs ~1 µs). */
  view: DataView;
}

interface State {
  gdb: GdbInterface;
  /** The descriptor's 24 bytes. */
  d: DataView;
  byRecord: Map<CodeRecord, Registered>;
  byEntry: Map<number, Registered>;
  stop: () => void;
}

let state: State | null = null;

/**
 * Register every bunjit function (existing and future) with gdb's JIT interface. Idempotent.
 * @example enableGdb(); // gdb: bt shows the JIT functions' names
 * @throws JitError ESYSCALL when the interface object cannot be written or loaded
 */
export function enableGdb(): void {
  if (state !== null) return;
  const gdb = loadGdbInterface();
  const st: State = { gdb, d: nativeView(gdb.descriptor, 24), byRecord: new Map(), byEntry: new Map(), stop: () => {} };
  state = st;
  for (const r of liveRecords()) register(st, r);
  st.stop = observeCode({ load: (r) => register(st, r), free: (r) => unregister(st, r) });
}

/**
 * Unregister every function and stop registering new ones.
 * @example disableGdb()
 */
export function disableGdb(): void {
  const st = state;
  if (st === null) return;
  state = null;
  st.stop();
  for (const r of [...st.byRecord.keys()]) unregister(st, r);
}

/** How many functions gdb has been told about (tests). @example gdbRegistered() */
export function gdbRegistered(): number {
  return state?.byRecord.size ?? 0;
}

/**
 * The in-memory object gdb reads for one function (exported for tests).
 * @example const elf = symfileOf(record) // readelf -s shows the function's name at its address
 */
export function symfileOf(r: CodeRecord): Uint8Array {
  const start = r.entryBlock === null ? r.entry : r.address;
  const size = r.address + r.size - start;
  const strings = new StringTable();
  const sections: ElfSection[] = [
    { name: ".text", type: SHT_NOBITS, flags: SHF_ALLOC | SHF_EXECINSTR, addr: start, data: null, size, align: 16 },
  ];
  const eh = ehFrameOf(r, start, size);
  if (eh !== null) sections.push({ name: ".eh_frame", type: SHT_PROGBITS, flags: SHF_ALLOC, addr: 0, data: eh, align: 8 });
  const names = [".text", ...(eh !== null ? [".eh_frame"] : []), ".symtab", ".strtab"];
  const idx = (n: string) => names.indexOf(n) + 1;
  const symbols: ElfSymbol[] = [
    { name: "bunjit", value: 0, size: 0, type: STT_FILE, bind: STB_LOCAL, section: SHN_ABS },
    // ET_REL: a symbol's value is its offset in its section; .text's address is the code's
    { name: r.name, value: 0, size, type: STT_FUNC, bind: STB_GLOBAL, section: ".text" },
  ];
  const symtab = symbolTable(symbols, strings, idx);
  sections.push(
    { name: ".symtab", type: SHT_SYMTAB, flags: 0, addr: 0, data: symtab.data, link: ".strtab", info: symtab.firstGlobal, align: 8, entsize: 24 },
    { name: ".strtab", type: SHT_STRTAB, flags: 0, addr: 0, data: strings.bytes(), align: 1 },
  );
  return writeElf(ET_REL, sections);
}

function register(st: State, r: CodeRecord): void {
  if (st.byRecord.has(r)) return;
  const elf = symfileOf(r);
  const symfile = libc.malloc(elf.length);
  new Uint8Array(nativeView(symfile, elf.length).buffer).set(elf);
  const entry = libc.malloc(32);
  const e = nativeView(entry, 32);
  const d = st.d;
  const first = Number(d.getBigUint64(16, true));
  e.setBigUint64(0, BigInt(first), true); // next
  e.setBigUint64(8, 0n, true); // prev
  e.setBigUint64(16, BigInt(symfile), true);
  e.setBigUint64(24, BigInt(elf.length), true);
  if (first !== 0) st.byEntry.get(first)!.view.setBigUint64(8, BigInt(entry), true);
  d.setBigUint64(16, BigInt(entry), true); // first_entry
  const reg: Registered = { entry, symfile, view: e };
  st.byRecord.set(r, reg);
  st.byEntry.set(entry, reg);
  announce(st.gdb, d, entry, JIT_REGISTER);
}

function unregister(st: State, r: CodeRecord): void {
  const reg = st.byRecord.get(r);
  if (reg === undefined) return;
  st.byRecord.delete(r);
  st.byEntry.delete(reg.entry);
  const d = st.d;
  const next = Number(reg.view.getBigUint64(0, true)), prev = Number(reg.view.getBigUint64(8, true));
  if (prev !== 0) st.byEntry.get(prev)!.view.setBigUint64(0, BigInt(next), true);
  else d.setBigUint64(16, BigInt(next), true);
  if (next !== 0) st.byEntry.get(next)!.view.setBigUint64(8, BigInt(prev), true);
  announce(st.gdb, d, reg.entry, JIT_UNREGISTER);
  libc.free(reg.entry);
  libc.free(reg.symfile);
}

function announce(gdb: GdbInterface, d: DataView, entry: number, action: number): void {
  d.setBigUint64(8, BigInt(entry), true); // relevant_entry
  d.setUint32(4, action, true);
  try {
    gdb.notify();
  } finally {
    d.setUint32(4, JIT_NOACTION, true);
  }
}
