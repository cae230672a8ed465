/**
 * jitdump.test.ts — what enablePerf writes, read back byte by byte against the
 * jitdump specification: the header (magic, version, e_machine 62, pid,
 * CLOCK_MONOTONIC timestamp), a CODE_LOAD per function with its name, address
 * (the entry pad) and bytes, UNWINDING_INFO before the loads of jit.function
 * code, CODE_CLOSE at the end; the dump is mapped r-x (perf records that
 * mapping); the perf map gets `START SIZE name` lines.
 */
import { afterAll, expect, test } from "bun:test";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { jit } from "../../src/abi/jit.ts";
import { disablePerf, enablePerf, perfOutput } from "../../src/debug/perf.ts";
import { JIT_CODE_CLOSE, JIT_CODE_LOAD, JIT_CODE_UNWINDING_INFO, JITDUMP_MAGIC } from "../../src/debug/jitdump.ts";
import { dispose, fromBytes, info } from "../../src/ffi/callable.ts";
import { libc } from "../../src/os/libc.ts";
import { mappings } from "../memory/maps.ts";

const dir = mkdtempSync(join(tmpdir(), "bunjit-jitdump-test-"));
afterAll(() => {
  disablePerf();
  rmSync(dir, { recursive: true, force: true });
});

interface Rec { id: number; size: number; time: bigint; at: number }

function records(b: Uint8Array): Rec[] {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const out: Rec[] = [];
  for (let p = v.getUint32(8, true); p < b.length; ) {
    const r = { id: v.getUint32(p, true), size: v.getUint32(p + 4, true), time: v.getBigUint64(p + 8, true), at: p };
    expect(r.size).toBeGreaterThanOrEqual(16);
    out.push(r);
    p += r.size;
  }
  return out;
}

test("header, CODE_LOAD with name/address/bytes, UNWINDING_INFO for jit.function code, CODE_CLOSE", () => {
  const t0 = libc.monotonicNs();
  const out = enablePerf({ dir });
  expect(perfOutput()).toEqual(out);
  expect(out.jitdump).toBe(join(dir, `jit-${process.pid}.dump`));
  // perf needs the dump mapped executable: it is a file mapping with x, never w
  const m = mappings().find((x) => x.name.endsWith(`jit-${process.pid}.dump`));
  expect(m?.perms.slice(0, 3)).toBe("r-x");
  const raw = fromBytes([0x8d, 0x47, 0x01, 0xc3], { args: ["i32"], returns: "i32" }, { name: "dump_raw" });
  const built = jit.function({ args: ["i32"], returns: "i32" }, function dump_built(f, [x]) {
    f.ret(x);
  }, { frame: true });
  disablePerf();
  const b = new Uint8Array(readFileSync(out.jitdump!));
  const v = new DataView(b.buffer);
  expect(v.getUint32(0, true)).toBe(JITDUMP_MAGIC);
  expect(v.getUint32(4, true)).toBe(1);
  expect(v.getUint32(8, true)).toBe(40);
  expect(v.getUint32(12, true)).toBe(62);
  expect(v.getUint32(20, true)).toBe(process.pid);
  expect(v.getBigUint64(24, true)).toBeGreaterThanOrEqual(t0);
  const recs = records(b);
  const loads = recs.filter((r) => r.id === JIT_CODE_LOAD).map((r) => {
    const nameEnd = b.indexOf(0, r.at + 56);
    return {
      r,
      pid: v.getUint32(r.at + 16, true),
      vma: Number(v.getBigUint64(r.at + 24, true)),
      addr: Number(v.getBigUint64(r.at + 32, true)),
      size: Number(v.getBigUint64(r.at + 40, true)),
      name: new TextDecoder().decode(b.subarray(r.at + 56, nameEnd)),
      code: b.subarray(nameEnd + 1, r.at + r.size),
    };
  });
  for (const [fn, name] of [[raw, "dump_raw"], [built, "dump_built"]] as const) {
    const l = loads.find((x) => x.name === name)!;
    const i = info(fn);
    expect(l.pid).toBe(process.pid);
    expect(l.vma).toBe(i.entry);
    expect(l.addr).toBe(i.entry);
    expect(l.size).toBe(16 + i.size);
    expect(l.code.length).toBe(l.size);
    expect([...l.code.subarray(16)]).toEqual([...i.bytes]);
    expect(l.r.time).toBeGreaterThanOrEqual(t0);
  }
  // jit.function code carries unwind tables, right before its load; fromBytes code does not
  const builtAt = recs.indexOf(loads.find((x) => x.name === "dump_built")!.r);
  expect(recs[builtAt - 1]!.id).toBe(JIT_CODE_UNWINDING_INFO);
  const rawAt = recs.indexOf(loads.find((x) => x.name === "dump_raw")!.r);
  expect(recs[rawAt - 1]?.id).not.toBe(JIT_CODE_UNWINDING_INFO);
  expect(recs[recs.length - 1]!.id).toBe(JIT_CODE_CLOSE);
  // the perf map has one line per function: hex start, hex size, name
  const map = readFileSync(out.map!, "utf8");
  const i = info(raw);
  expect(map).toContain(`${i.entry.toString(16)} ${(16 + i.size).toString(16)} dump_raw\n`);
  dispose(raw);
  dispose(built);
});

test("functions that exist before perf support is turned on are described too", () => {
  const early = fromBytes([0xc3], {}, { name: "made_before" });
  const out = enablePerf({ dir, map: false });
  expect(out.map).toBeNull();
  disablePerf();
  expect(readFileSync(out.jitdump!).includes(Buffer.from("made_before\0"))).toBe(true);
  dispose(early);
});

test("bad options are EARGS", () => {
  for (const bad of [null, 5, { dir: "" }, { dir: "a\0b" }]) {
    let code = "";
    try {
      enablePerf(bad as never);
    } catch (e) {
      code = (e as { code: string }).code;
    }
    expect(code).toBe("EARGS");
  }
});
