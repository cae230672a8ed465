/**
 * builder.ts — renders a fuzz case as builder calls through bunjit's public
 * API only (registers by name, the size helpers with a parts object,
 * `.bcst(n)`, `.k()`, `.z()`, rounding constants, `lock()`/`rep()`, then
 * `emit(mnemonic, ...)` or the typed method), and runs both renderings of a
 * case through bunjit: the Intel text through `assemble`, the builder call
 * through a fresh Assembler. A failure is classified as a JitError (with its
 * code) or as a crash (anything else: a bug whatever the input).
 */
import { Assembler, JitError, assemble, byte, word, dword, qword, tword, xmmword, ymmword, zmmword, mem, kreg, registerByName, rnSae, rdSae, ruSae, rzSae, sae } from "../../src/index.ts";
import type { Case, Op, Style } from "./model.ts";

/** What bunjit did with one rendering. */
export type Outcome =
  | { kind: "bytes"; hex: string }
  | { kind: "jit"; code: string; message: string }
  | { kind: "crash"; message: string }
  | { kind: "na" };

export function hexOf(b: Uint8Array): string {
  let s = "";
  for (let i = 0; i < b.length; i++) s += (i ? " " : "") + (b[i]! < 16 ? "0" : "") + b[i]!.toString(16);
  return s;
}

function failure(e: unknown): Outcome {
  if (e instanceof JitError) return { kind: "jit", code: e.code, message: e.message };
  const name = e instanceof Error ? e.constructor.name : typeof e;
  return { kind: "crash", message: `${name}: ${e instanceof Error ? e.message : String(e)}` };
}

/** Run the Intel text through `assemble`. */
export function runText(text: string): Outcome {
  try {
    return { kind: "bytes", hex: hexOf(assemble(text)) };
  } catch (e) {
    return failure(e);
  }
}

const SIZE_HELPER: Record<number, (p: object) => unknown> = {
  0: mem as unknown as (p: object) => unknown,
  8: byte as unknown as (p: object) => unknown,
  16: word as unknown as (p: object) => unknown,
  32: dword as unknown as (p: object) => unknown,
  64: qword as unknown as (p: object) => unknown,
  80: tword as unknown as (p: object) => unknown,
  128: xmmword as unknown as (p: object) => unknown,
  256: ymmword as unknown as (p: object) => unknown,
  512: zmmword as unknown as (p: object) => unknown,
};
const ROUNDING: Record<string, unknown> = { "rn-sae": rnSae, "rd-sae": rdSae, "ru-sae": ruSae, "rz-sae": rzSae, sae };

/** A register by name; an unknown name stays a string (the builder must refuse it with a JitError). */
function reg(name: string): unknown {
  return registerByName(name.toLowerCase()) ?? name;
}

/** Immediates and displacements: a number when exact, else a bigint. */
function int(v: bigint): number | bigint {
  return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
}

type Chain = { k(m: unknown): Chain; z(): Chain; bcst(n?: number): Chain };

function operand(o: Op, st: Style): unknown {
  switch (o.k) {
    case "reg": {
      let r = reg(o.name) as Chain;
      if (o.mask > 0) r = r.k(kreg[o.mask]);
      if (o.zero) r = r.z();
      return r;
    }
    case "imm":
      return int(o.v);
    case "rc":
      return ROUNDING[o.name];
    case "mem": {
      const parts: Record<string, unknown> = {};
      // `[rdx + rsp]` means base rsp, index rdx (rsp cannot be an index): the builder takes them that way round
      const swap = o.scale === 1 && o.base !== "" && (o.index === "rsp" || o.index === "esp") && !st.scaleOne && !st.indexFirst;
      if (o.base !== "") parts[swap ? "index" : "base"] = reg(o.base);
      if (o.index !== "") parts[swap ? "base" : "index"] = reg(o.index);
      if (o.index !== "" || o.scale !== 1) parts.scale = o.scale;
      if (o.disp !== 0n) parts.disp = int(o.disp);
      if (o.seg !== "") parts.seg = reg(o.seg);
      let m = SIZE_HELPER[o.bits]!(parts) as Chain;
      if (o.bcst) m = m.bcst(o.bcst);
      if (o.mask) m = m.k(kreg[o.mask]);
      return m;
    }
  }
}

/** Run the builder rendering of a structured case; `typed` calls the mnemonic method instead of `emit`. */
export function runBuilder(c: Case, typed: boolean): Outcome {
  if (c.raw !== undefined || c.textOnly) return { kind: "na" };
  // `{k0}` has no builder spelling (k(k0) is refused by design)
  if (c.ops.some((o) => o.k === "reg" && o.mask < 0)) return { kind: "na" };
  try {
    const a = new Assembler();
    for (const p of c.prefixes) {
      if (p === "lock") a.lock();
      else if (p === "rep" || p === "repe" || p === "repz") a.rep();
      else if (p === "repne" || p === "repnz") a.repne();
      else return { kind: "na" };
    }
    const ops = [...c.ops.filter((o) => o.k !== "rc"), ...c.ops.filter((o) => o.k === "rc")].map((o) => operand(o, c.style));
    if (typed) {
      const method = (a as unknown as Record<string, unknown>)[c.mnemonic];
      if (typeof method !== "function") return { kind: "jit", code: "EMNEMONIC", message: `no method ${c.mnemonic}` };
      (method as (...x: unknown[]) => unknown).apply(a, ops);
    } else {
      (a.emit as (m: string, ...x: unknown[]) => unknown).call(a, c.mnemonic, ...ops);
    }
    return { kind: "bytes", hex: hexOf(a.finish()) };
  } catch (e) {
    return failure(e);
  }
}
