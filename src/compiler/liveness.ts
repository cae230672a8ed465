/**
 * liveness.ts — the control-flow graph of the recorded instructions (basic
 * blocks split at labels and after jumps, branches, returns and traps) and
 * which variables are live into and out of each block (backward dataflow to
 * a fixed point, bit sets over physical and virtual variables). Also finds a
 * virtual register read on some path where it was never written.
 *
 * It knows the instruction list (ir.ts), not registers or encodings.
 */
import { JitError } from "../core/errors.ts";
import type { Label } from "../core/label.ts";
import { KIND_BRANCH, KIND_JUMP, KIND_TRAP } from "../x64/table/facts.ts";
import { type Insn, OP_BIND, OP_RET, VAR_VIRTUAL } from "./ir.ts";
import type { VRegValue } from "./vreg.ts";

/** A basic block: instructions [from, to) of the list. */
export interface Block {
  readonly index: number;
  readonly from: number;
  readonly to: number;
  succs: number[];
  preds: number[];
}

/**
 * The graph and the live sets. Only "global" variables — read in some block
 * before that block writes them — can be live at a block boundary, so the
 * bit sets (`words` 32-bit words per block) range over those alone, numbered
 * densely: `dense[v]` (-1 for a variable local to its block), `globals[d]`.
 */
export interface Liveness {
  readonly blocks: Block[];
  readonly words: number;
  readonly liveIn: Uint32Array;
  readonly liveOut: Uint32Array;
  readonly dense: Int32Array;
  readonly globals: Int32Array;
  /** Blocks reachable from the entry. */
  readonly reachable: Uint8Array;
}

function endsBlock(i: Insn): boolean {
  return i.op === OP_RET || i.kind === KIND_JUMP || i.kind === KIND_BRANCH || i.kind === KIND_TRAP;
}

/** Split the list into blocks and connect them. */
export function buildBlocks(insns: readonly Insn[]): Block[] {
  const blocks: Block[] = [];
  const labelBlock = new Map<Label, number>();
  let start = 0;
  for (let i = 0; i <= insns.length; i++) {
    const ins = insns[i];
    const cut = i === insns.length || (ins!.op === OP_BIND && i > start) || (i > start && endsBlock(insns[i - 1]!));
    if (cut && i > start) {
      blocks.push({ index: blocks.length, from: start, to: i, succs: [], preds: [] });
      start = i;
    }
    if (ins !== undefined && ins.op === OP_BIND) labelBlock.set(ins.label!, blocks.length);
  }
  for (const b of blocks) {
    const last = insns[b.to - 1]!;
    const next = b.index + 1 < blocks.length ? b.index + 1 : -1;
    const add = (s: number) => {
      if (s >= 0 && !b.succs.includes(s)) {
        b.succs.push(s);
        blocks[s]!.preds.push(b.index);
      }
    };
    if (last.op === OP_RET || last.kind === KIND_TRAP) continue;
    if (last.kind === KIND_JUMP || last.kind === KIND_BRANCH) {
      const t = labelBlock.get(last.label!);
      if (t === undefined) throw new JitError("ELABEL", `${last.what}: label ${last.label!.name} is never bound (c.bind)`, { instruction: last.what });
      add(t);
      if (last.kind === KIND_BRANCH) add(next);
    } else add(next);
  }
  return blocks;
}

/** Live-in / live-out sets of every block, over the global variables among `nvars`. */
export function computeLiveness(insns: readonly Insn[], blocks: Block[], nvars: number): Liveness {
  const nb = blocks.length;
  // upward-exposed uses per block (sparse), and which variables are global
  const dense = new Int32Array(nvars).fill(-1);
  const globals: number[] = [];
  const seenDef = new Int32Array(nvars).fill(-1), seenUse = new Int32Array(nvars).fill(-1);
  const genList: number[][] = [];
  for (const b of blocks) {
    const g: number[] = [];
    for (let i = b.from; i < b.to; i++) {
      const ins = insns[i]!;
      for (const u of ins.uses) {
        if (seenDef[u] !== b.index && seenUse[u] !== b.index) {
          seenUse[u] = b.index;
          g.push(u);
          if (dense[u]! < 0) {
            dense[u] = globals.length;
            globals.push(u);
          }
        }
      }
      for (const d of ins.defs) seenDef[d] = b.index;
    }
    genList.push(g);
  }
  const words = (globals.length + 31) >>> 5;
  const gen = new Uint32Array(nb * words), kill = new Uint32Array(nb * words);
  seenDef.fill(-1);
  for (const b of blocks) {
    const o = b.index * words;
    for (const u of genList[b.index]!) gen[o + (dense[u]! >>> 5)]! |= 1 << (dense[u]! & 31);
    for (let i = b.from; i < b.to; i++) {
      for (const d of insns[i]!.defs) {
        const x = dense[d]!;
        if (x >= 0) kill[o + (x >>> 5)]! |= 1 << (x & 31);
      }
    }
  }
  const liveIn = new Uint32Array(nb * words), liveOut = new Uint32Array(nb * words);
  for (let changed = true; changed; ) {
    changed = false;
    for (let bi = nb - 1; bi >= 0; bi--) {
      const b = blocks[bi]!, o = bi * words;
      for (let w = 0; w < words; w++) {
        let out = 0;
        for (const s of b.succs) out |= liveIn[s * words + w]!;
        liveOut[o + w] = out;
        const inn = (gen[o + w]! | (out & ~kill[o + w]!)) >>> 0;
        if (inn !== liveIn[o + w]) {
          liveIn[o + w] = inn;
          changed = true;
        }
      }
    }
  }
  const reachable = new Uint8Array(nb);
  if (nb > 0) {
    const stack = [0];
    reachable[0] = 1;
    while (stack.length > 0) {
      for (const s of blocks[stack.pop()!]!.succs) if (!reachable[s]) {
        reachable[s] = 1;
        stack.push(s);
      }
    }
  }
  return { blocks, words, liveIn, liveOut, dense, globals: Int32Array.from(globals), reachable };
}

/** True when variable v is in the bit set (liveIn or liveOut) of block b. */
export function isLive(live: Liveness, set: Uint32Array, b: number, v: number): boolean {
  const x = live.dense[v]!;
  return x >= 0 && (set[b * live.words + (x >>> 5)]! & (1 << (x & 31))) !== 0;
}

/** Call fn for every variable in the bit set of block b. */
export function forEachLive(live: Liveness, set: Uint32Array, b: number, fn: (v: number) => void): void {
  const o = b * live.words;
  for (let w = 0; w < live.words; w++) {
    let bits = set[o + w]!;
    while (bits !== 0) {
      const hb = 31 - Math.clz32(bits);
      bits &= ~(1 << hb);
      fn(live.globals[w * 32 + hb]!);
    }
  }
}

/**
 * A virtual register live into the entry block is read on some path before
 * any write: name it and the first instruction that reads it on such a path.
 * @throws JitError EUNINIT
 */
export function checkDefined(insns: readonly Insn[], live: Liveness, values: readonly VRegValue[]): void {
  if (live.blocks.length === 0) return;
  forEachLive(live, live.liveIn, 0, (v) => {
    if (v < VAR_VIRTUAL) return;
    const value = values[v - VAR_VIRTUAL]!;
    const at = firstUndefinedRead(insns, live, v);
    if (at === null) return; // only narrow writes keep undefined bits: not a read of the value
    throw new JitError("EUNINIT", `${value.name} is read by ${at.what} (instruction ${at.index + 1} of the body) on a path where it was never written`, { instruction: at.what });
  });
}

function firstUndefinedRead(insns: readonly Insn[], live: Liveness, v: number): { what: string; index: number } | null {
  const seen = new Uint8Array(live.blocks.length);
  const stack = [0];
  seen[0] = 1;
  while (stack.length > 0) {
    const b = live.blocks[stack.pop()!]!;
    let defined = false;
    for (let i = b.from; i < b.to && !defined; i++) {
      const ins = insns[i]!;
      if (ins.uses.includes(v) && !ins.weak.includes(v)) return { what: ins.what, index: i };
      if (ins.defs.includes(v)) defined = true;
    }
    if (defined) continue;
    for (const s of b.succs) if (!seen[s] && isLive(live, live.liveIn, s, v)) {
      seen[s] = 1;
      stack.push(s);
    }
  }
  return null;
}
