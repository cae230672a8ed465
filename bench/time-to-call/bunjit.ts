/**
 * bench/time-to-call/bunjit.ts — bunjit's time-to-call rows (issue 6 part 5) for add_i32 and mix200
 * (bench/lib/mix200.ts renders the same operation list as C, WAT and JS; here as x86-64 through the
 * typed builder). "bunjit total" goes from nothing to the first call's result and releases the
 * function; the phase rows time one step each: assemble (builder → bytes), place (allocate + write +
 * seal executable memory, then free), wrap (CFunction over sealed code, then dispose), and "text total"
 * does the whole path from Intel-syntax source. Timed by bench/time-to-call.bench.ts.
 */
import { compile } from "../../src/compile.ts";
import { dispose, fromBytes, toFunction } from "../../src/ffi/callable.ts";
import { defaultAllocator } from "../../src/memory/allocator.ts";
import { Assembler } from "../../src/x64/assembler.ts";
import { assemble } from "../../src/x64/parse.ts";
import { eax, ecx, edi, edx, esi, r8d, rdi, rsi } from "../../src/x64/registers.ts";
import { mem } from "../../src/x64/operands.ts";
import type { Gp32 } from "../../src/x64/registers.ts";
import { MIX_OPS } from "../lib/mix200.ts";
import type { TtcCase } from "./spec.ts";

const SIG = { args: ["i32", "i32"], returns: "i32" } as const;
const VARS: readonly Gp32[] = [eax, ecx, edx, r8d];

function buildAdd(a: Assembler): void {
  a.lea(eax, mem(rdi, rsi, 1));
  a.ret();
}

function buildMix(a: Assembler): void {
  a.mov(eax, edi); a.mov(ecx, esi);
  a.mov(edx, eax); a.xor(edx, ecx);
  a.lea(r8d, mem(rdi, rsi, 1));
  for (const o of MIX_OPS) {
    const d = VARS[o.dst]!;
    switch (o.op) {
      case "add": a.add(d, VARS[o.src]!); break;
      case "sub": a.sub(d, VARS[o.src]!); break;
      case "xor": a.xor(d, VARS[o.src]!); break;
      case "or": a.or(d, VARS[o.src]!); break;
      case "and": a.and(d, VARS[o.src]!); break;
      case "mul": a.imul(d, d, o.k); break;
      case "shl": a.shl(d, o.k); break;
      case "shr": a.shr(d, o.k); break;
    }
  }
  a.xor(eax, ecx); a.xor(eax, edx); a.xor(eax, r8d);
  a.ret();
}

function bytesOf(build: (a: Assembler) => void): Uint8Array {
  const a = new Assembler();
  build(a);
  return a.finish();
}

/** The same function as Intel text (from the builder's listing). */
function textOf(build: (a: Assembler) => void): string {
  const a = new Assembler({ listing: true });
  build(a);
  a.finish();
  return a.listing().split("\n").map((l) => l.slice(40)).join("\n");
}

function rows(program: "add_i32" | "mix200", build: (a: Assembler) => void): TtcCase[] {
  const bytes = bytesOf(build);
  const text = textOf(build);
  return [
    { program, name: "bunjit total", run: (x, y) => { const f = compile(SIG, build); const r = f(x, y); dispose(f); return r; } },
    { program, name: "bunjit text total", run: (x, y) => { const f = fromBytes(assemble(text), SIG); const r = f(x, y); dispose(f); return r; } },
    { program, name: "bunjit: assemble", run: () => { bytesOf(build); return undefined; } },
    {
      program, name: "bunjit: place", run: () => {
        const al = defaultAllocator();
        const b = al.alloc(bytes.length);
        b.write(bytes).seal();
        al.free(b);
        return undefined;
      },
    },
    {
      program, name: "bunjit: wrap+release", run: () => {
        const al = defaultAllocator();
        const b = al.alloc(bytes.length);
        b.write(bytes).seal();
        dispose(toFunction(b, SIG));
        return undefined;
      },
    },
  ];
}

export const bunjitTimeToCall: TtcCase[] = [...rows("add_i32", buildAdd), ...rows("mix200", buildMix)];
