/**
 * pipeline.ts — what `Compiler.finish()` runs once the body is recorded:
 * blocks and liveness, the undefined-read check, intervals, register hints
 * from copies, linear scan per register class (GP, vector, k) against the
 * fixed intervals of physical registers, the moves, and emission into the
 * function builder. Each step lives in its own file; this one wires them.
 */
import { FFIType } from "bun:ffi";
import { JitError } from "../core/errors.ts";
import { cpuFeatures } from "../host-cpu.ts";
import { allocateClass, type RegisterFile } from "./allocate.ts";
import type { Compiler } from "./compiler.ts";
import { emitAll } from "./emit.ts";
import { buildIntervals, type Interval } from "./intervals.ts";
import { insn, OP_COPY, OP_RET, physName, physNumber, VAR_K, VAR_VEC, VAR_VIRTUAL, varClass } from "./ir.ts";
import { buildBlocks, checkDefined, computeLiveness } from "./liveness.ts";
import { planMoves } from "./resolve.ts";
import { KIND_JUMP, KIND_TRAP } from "../x64/table/facts.ts";
import { CLASS_GP, CLASS_K, CLASS_VEC } from "./vreg.ts";

/** Run allocation and emission for a recorded compiler. */
export function finishCompiler(c: Compiler): void {
  const insns = c.insns;
  const last = insns[insns.length - 1];
  let implicitRet = -1;
  if (last === undefined || !(last.op === OP_RET || last.kind === KIND_JUMP || last.kind === KIND_TRAP)) {
    implicitRet = insns.length;
    const r = insn(OP_RET, "the end of the body");
    r.memOk = true;
    insns.push(r);
  }
  const values = c.values;
  const nvars = VAR_VIRTUAL + values.length;
  const blocks = buildBlocks(insns);
  const live = computeLiveness(insns, blocks, nvars);
  if (implicitRet >= 0 && c.f.signature.returns !== FFIType.void) {
    const b = blocks.find((x) => x.from <= implicitRet && implicitRet < x.to)!;
    if (live.reachable[b.index]) throw new JitError("EABI", "the body can reach its end without c.ret(value), but the function returns a value");
  }
  checkDefined(insns, live, values);
  const intervals = buildIntervals(insns, live, nvars, (v) => (v >= VAR_VIRTUAL ? values[v - VAR_VIRTUAL]!.cls : varClass(v)));
  // hints: a copy between a virtual register and a physical one
  for (const ins of insns) {
    if (ins.op !== OP_COPY) continue;
    const [v, p] = ins.dst >= VAR_VIRTUAL ? [ins.dst, ins.src] : [ins.src, ins.dst];
    if (v >= VAR_VIRTUAL && p < VAR_VIRTUAL) {
      const it = intervals[v];
      if (it !== undefined && it.hint < 0) it.hint = physNumber(p);
    }
  }
  const cpu = cpuFeatures();
  const cc = c.f.cc;
  // caller-saved first (no save in the prologue); within each group r12 and r13 last: as a memory base r12 needs a
  // SIB byte and r13 a displacement byte, and the registers 0–7 need no REX prefix for byte and 32-bit operations
  const cost = (id: number) => (id === 12 || id === 13 ? 2 : id >= 8 ? 1 : 0);
  const byCost = (ids: number[]) => ids.filter((id) => id !== 4 && id !== 5).sort((a, b) => cost(a) - cost(b) || a - b);
  const gpOrder = [...byCost(cc.callerSavedGp.map((r) => r.id)), ...byCost(cc.calleeSavedGp.map((r) => r.id))];
  const files: RegisterFile[] = [
    { order: gpOrder, size: 16 },
    { order: Array.from({ length: cpu.avx512f ? 32 : 16 }, (_, i) => i), size: 32 },
    { order: [1, 2, 3, 4, 5, 6, 7], size: 8 },
  ];
  const byClass: Interval[][] = [[], [], []];
  for (let v = VAR_VIRTUAL; v < nvars; v++) {
    const it = intervals[v];
    if (it !== undefined) byClass[it.cls]!.push(it);
  }
  const fixedOf = (cls: number): (Interval | null)[] => {
    const base = cls === CLASS_GP ? 0 : cls === CLASS_VEC ? VAR_VEC : VAR_K;
    const n = cls === CLASS_GP ? 16 : cls === CLASS_VEC ? 32 : 8;
    return Array.from({ length: n }, (_, i) => intervals[base + i] ?? null);
  };
  const describe = (it: Interval, pos: number) => {
    const i = insns[Math.min(insns.length - 1, Math.max(0, pos >> 2))]!;
    return `${i.what} (instruction ${(pos >> 2) + 1}, value ${values[it.v - VAR_VIRTUAL]?.name ?? physName(it.v)})`;
  };
  for (const cls of [CLASS_GP, CLASS_VEC, CLASS_K]) {
    if (byClass[cls]!.length === 0) continue;
    const file = files[cls]!;
    let all = 0;
    for (const r of file.order) all |= 1 << r;
    const low = all & 0xffff;
    allocateClass(byClass[cls]!, fixedOf(cls), file, cls === CLASS_VEC ? (it) => (c.lowVec.has(it.v - VAR_VIRTUAL) ? low : all) : () => all, describe);
  }
  if (process.env.BUNJIT_COMPILER_DEBUG) {
    // the intervals and where they went (BUNJIT_COMPILER_DEBUG=1): for bug reports
    for (const it of intervals) if (it !== undefined) console.error(`v${it.v} cls${it.cls} ${JSON.stringify(it.ranges)} uses ${JSON.stringify(it.uses)} hint ${it.hint} loc ${it.loc} kids ${it.children.map((k) => `${JSON.stringify(k.ranges)}@${k.loc}`).join(" ")}`);
  }
  const plan = planMoves(insns, live, intervals);
  emitAll({
    f: c.f, insns, blocks, reachable: live.reachable, intervals, values, plan,
    vex: c.vex, kmovq: cpu.avx512bw, maxFrame: c.options.maxFrame ?? 1 << 20, notes: c.options.listing !== undefined && c.options.listing !== false,
  });
}

