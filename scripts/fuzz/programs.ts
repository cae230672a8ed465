/**
 * programs.ts — the differential fuzzer's multi-line programs: labels, forward
 * and backward jumps of every kind (jmp, jcc aliases, call, loop*, jrcxz/jecxz)
 * whose reach depends on the layout, `.p2align` with and without a fill or a
 * max skip, `.zero` blocks that push jumps past rel8, data, rip-relative
 * references to labels, and fillers taken from the golden vectors (lines both
 * judges and bunjit accept). Each program is written as Intel text and as
 * builder statements (test/encode/golden-format.ts `buildProgram`); llvm-mc-22
 * assembles a batch of programs into one object file, each in its own section
 * (relaxation and alignment are per section), and the sections' bytes are read
 * from the ELF. A program llvm-mc refuses is taken out and the batch redone.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assemble, JitError } from "../../src/index.ts";
import { buildProgram } from "../../test/encode/golden-format.ts";
import { hexOf, type Outcome } from "./builder.ts";
import type { Rng } from "./rng.ts";

/** One statement: Intel text and builder statement. */
type Stmt = readonly [string, string];
export interface Prog {
  text: string;
  stmts: Stmt[];
}

let fillers: Stmt[] | null = null;
/** Golden lines as fillers: [intel, builder description], every 7th line of every family. */
function goldenFillers(): Stmt[] {
  if (fillers !== null) return fillers;
  const dir = join(import.meta.dir, "../../test/encode/golden");
  fillers = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".txt") && !x.startsWith("invalid")).sort()) {
    let k = 0;
    for (const line of readFileSync(join(dir, f), "utf8").split("\n")) {
      if (line === "" || line.startsWith("#") || k++ % 7 !== 0) continue;
      const [, intel = "", desc = ""] = line.split(" | ");
      fillers.push([intel, desc]);
    }
  }
  return fillers;
}

const JUMPS = ["jmp", "je", "jne", "jz", "jnz", "jl", "jge", "jg", "jle", "ja", "jb", "jae", "jbe", "js", "jns", "jo", "jno", "jp", "jnp", "jc", "jnc", "call"];
/** rel8 only: out of reach is an error for both (ELABEL / llvm-mc's "too large for field"), so used sparingly. */
const SHORT_ONLY = ["loop", "loope", "loopne", "jrcxz", "jecxz"];

/** A random program; its labels are `p<id>_L<n>` so programs can share one object file. */
export function randomProgram(r: Rng, id: number): Prog {
  const fill = goldenFillers();
  const nLabels = 1 + r.int(6);
  const names = Array.from({ length: nLabels }, (_, i) => `p${id}_L${i}`);
  const n = 4 + r.int(r.chance(0.2) ? 120 : 40);
  const body: Stmt[] = [];
  for (let i = 0; i < n; i++) {
    const x = r.float();
    if (x < 0.55) body.push(r.pick(fill));
    else if (x < 0.75) {
      const m = r.chance(0.06) ? r.pick(SHORT_ONLY) : r.pick(JUMPS), l = r.pick(names);
      body.push([`${m} ${l}`, `${m} @${l}`]);
    } else if (x < 0.82) {
      const k = r.int(7);
      const y = r.int(4);
      if (y === 0) body.push([`.p2align ${k}, 0xcc`, `.align ${1 << k} 204`]);
      else body.push([`.p2align ${k}`, `.align ${1 << k}`]);
    } else if (x < 0.88) {
      const z = r.chance(0.5) ? r.range(1, 40) : r.range(100, 300);
      body.push([`.zero ${z}`, `.zero ${z}`]);
    } else if (x < 0.93) {
      const v = Array.from({ length: 1 + r.int(4) }, () => r.int(256));
      body.push([`.byte ${v.join(", ")}`, `.byte ${v.join(" ")}`]);
    } else {
      const l = r.pick(names);
      const x2 = r.int(3);
      if (x2 === 0) body.push([`lea rax, [rip + ${l}]`, `lea rax m0(@${l},_,1,0)`]);
      else if (x2 === 1) body.push([`mov ecx, dword ptr [rip + ${l}]`, `mov ecx m32(@${l},_,1,0)`]);
      else body.push([`vmovdqu ymm3, ymmword ptr [rip + ${l} + 16]`, `vmovdqu ymm3 m256(@${l},_,1,16)`]);
    }
  }
  // every label is bound exactly once, at a random place
  for (const l of names) body.splice(r.int(body.length + 1), 0, [`${l}:`, `${l}:`]);
  return { text: body.map((s) => s[0]).join("\n"), stmts: body };
}

/** bunjit's two renderings of a program. */
export function runProgram(p: Prog): { text: Outcome; builder: Outcome } {
  const run = (f: () => Uint8Array): Outcome => {
    try {
      return { kind: "bytes", hex: hexOf(f()) };
    } catch (e) {
      if (e instanceof JitError) return { kind: "jit", code: e.code, message: e.message };
      return { kind: "crash", message: `${e instanceof Error ? e.constructor.name : typeof e}: ${e instanceof Error ? e.message : String(e)}` };
    }
  };
  return { text: run(() => assemble(p.text)), builder: run(() => buildProgram(p.stmts.map((s) => s[1]))) };
}

/** The verdict of llvm-mc on one program: its section's bytes, its error, or "symbolic" (relocations left). */
export type ProgVerdict = { kind: "bytes"; hex: string } | { kind: "error"; message: string } | { kind: "symbolic" };

/** Section name → bytes, and the names of sections that have relocations, from an ELF64 object. */
function readElf(buf: Uint8Array): { data: Map<string, Uint8Array>; relocated: Set<string> } {
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const shoff = Number(dv.getBigUint64(0x28, true));
  const shentsize = dv.getUint16(0x3a, true), shnum = dv.getUint16(0x3c, true), shstrndx = dv.getUint16(0x3e, true);
  const sh = (i: number) => {
    const o = shoff + i * shentsize;
    return { name: dv.getUint32(o, true), type: dv.getUint32(o + 4, true), offset: Number(dv.getBigUint64(o + 0x18, true)), size: Number(dv.getBigUint64(o + 0x20, true)) };
  };
  const strs = sh(shstrndx);
  const nameAt = (off: number) => {
    let e = strs.offset + off;
    while (buf[e] !== 0) e++;
    return new TextDecoder().decode(buf.subarray(strs.offset + off, e));
  };
  const data = new Map<string, Uint8Array>();
  const relocated = new Set<string>();
  for (let i = 0; i < shnum; i++) {
    const s = sh(i);
    const name = nameAt(s.name);
    if (s.type === 4 || s.type === 9) relocated.add(name.replace(/^\.rela?/, ""));
    else if (s.type === 1) data.set(name, buf.subarray(s.offset, s.offset + s.size));
  }
  return { data, relocated };
}

/** llvm-mc-22 on a batch of programs, each in its own section; refused programs are found by line and left out. */
export async function judgePrograms(bin: string, progs: readonly Prog[]): Promise<ProgVerdict[]> {
  const out: (ProgVerdict | undefined)[] = new Array(progs.length);
  const dir = mkdtempSync(join(tmpdir(), "bunjit-progs-"));
  try {
    let live = progs.map((_, i) => i);
    for (let round = 0; live.length > 0 && round < 50; round++) {
      const lines: string[] = [".intel_syntax noprefix"];
      const startOf: { prog: number; line: number }[] = [];
      let lineNo = 1; // lines written so far (a program's text holds several)
      for (const i of live) {
        lines.push(`.section .text.p${i},"ax",@progbits`);
        lineNo++;
        startOf.push({ prog: i, line: lineNo + 1 });
        lines.push(progs[i]!.text);
        lineNo += progs[i]!.stmts.length;
      }
      const src = join(dir, "p.s"), obj = join(dir, "p.o");
      writeFileSync(src, lines.join("\n") + "\n");
      const p = Bun.spawn([bin, "-triple=x86_64", "-filetype=obj", "-o", obj, src], { stdout: "pipe", stderr: "pipe" });
      const stderr = await new Response(p.stderr).text();
      await p.exited;
      const errs = [...stderr.matchAll(/^[^:\n]*:(\d+):\d+: error: (.*)$/gm)].map((m) => ({ line: Number(m[1]), message: m[2]! }));
      if (errs.length === 0 && p.exitCode === 0) {
        const { data, relocated } = readElf(readFileSync(obj));
        for (const i of live) {
          const name = `.text.p${i}`;
          out[i] = relocated.has(name) ? { kind: "symbolic" } : { kind: "bytes", hex: hexOf(data.get(name) ?? new Uint8Array(0)) };
        }
        break;
      }
      // the program each error line falls in is refused; the rest go round again
      const refused = new Set<number>();
      for (const e of errs) {
        let k = startOf.length - 1;
        while (k > 0 && startOf[k]!.line > e.line) k--;
        const prog = startOf[k]!.prog;
        if (!refused.has(prog)) out[prog] = { kind: "error", message: e.message };
        refused.add(prog);
      }
      if (refused.size === 0) {
        for (const i of live) out[i] = { kind: "error", message: `llvm-mc failed: ${stderr.slice(0, 200)}` };
        break;
      }
      live = live.filter((i) => !refused.has(i));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out.map((v) => v ?? { kind: "error", message: "not judged" });
}
