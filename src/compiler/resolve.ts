/**
 * resolve.ts — the moves allocation implies. Where a variable's interval
 * was split inside a block, its value moves from the old location to the
 * new one at the split; where a control-flow edge joins two pieces in
 * different locations, a move goes on the edge: at the end of a block with
 * one successor, else at the start of a block with one predecessor, else
 * right after the branch (fall-through) or in a stub the branch is
 * redirected to (taken). All moves at one point form a parallel move,
 * ordered here so no source is overwritten before it is read; register
 * cycles are broken by exchanges (GP) or through a scratch slot (vector, k).
 *
 * Input: intervals with locations; output: move lists by place. No bytes.
 */
import type { Insn } from "./ir.ts";
import { type Interval, movePos, STACK } from "./intervals.ts";
import { forEachLive, type Liveness } from "./liveness.ts";
import { VAR_VIRTUAL } from "./ir.ts";

/** One move of variable v's value between two locations (register numbers or STACK). */
export interface Move {
  readonly v: number;
  readonly from: number;
  readonly to: number;
}

/** A step of a sequenced parallel move. */
export type Step =
  | { readonly kind: "move"; readonly v: number; readonly from: number; readonly to: number }
  | { readonly kind: "swap"; readonly v: number; readonly a: number; readonly b: number }
  | { readonly kind: "save"; readonly v: number; readonly from: number }
  | { readonly kind: "restore"; readonly v: number; readonly to: number };

/** Where the moves go. */
export interface MovePlan {
  /** Move position (intervals.ts movePos) → moves inside a block (splits). */
  readonly at: Map<number, Move[]>;
  /** Block → moves at its end (before its final jump, after anything else). */
  readonly blockEnd: Map<number, Move[]>;
  /** Block → moves at its start (after its label). */
  readonly blockStart: Map<number, Move[]>;
  /** Branching block → moves on its fall-through edge (right after the branch). */
  readonly fallThrough: Map<number, Move[]>;
  /** Branching block → moves on its taken edge (a stub the branch jumps to instead). */
  readonly taken: Map<number, Move[]>;
}

function push(m: Map<number, Move[]>, k: number, mv: Move): void {
  const l = m.get(k);
  if (l === undefined) m.set(k, [mv]);
  else l.push(mv);
}

/** Every move the allocation needs. */
export function planMoves(insns: readonly Insn[], live: Liveness, intervals: readonly (Interval | undefined)[]): MovePlan {
  const plan: MovePlan = { at: new Map(), blockEnd: new Map(), blockStart: new Map(), fallThrough: new Map(), taken: new Map() };
  const { blocks } = live;
  const blockOf = new Int32Array(insns.length);
  for (const b of blocks) for (let i = b.from; i < b.to; i++) blockOf[i] = b.index;
  // splits inside a block
  for (let v = VAR_VIRTUAL; v < intervals.length; v++) {
    const root = intervals[v];
    if (root === undefined || root.children.length === 0) continue;
    const pieces = [root, ...root.children].filter((p) => p.ranges.length > 0).sort((a, b) => a.start - b.start);
    for (let k = 1; k < pieces.length; k++) {
      const a = pieces[k - 1]!, b = pieces[k]!;
      if (a.end !== b.start || a.loc === b.loc) continue;
      const p = b.start;
      const i1 = (p - 1) >> 2, i0 = i1 - 1; // p = movePos(i1): between instructions i0 and i1
      if (i0 < 0 || i1 >= insns.length || blockOf[i0] !== blockOf[i1]) continue; // a block boundary: the edges carry it
      push(plan.at, p, { v, from: a.loc, to: b.loc });
    }
  }
  // edges
  for (const pred of blocks) {
    if (!live.reachable[pred.index]) continue;
    const lastPos = 4 * pred.to - 1; // after the last instruction's outputs
    for (const s of pred.succs) {
      const succ = blocks[s]!;
      const firstPos = movePos(succ.from); // where the block's first instruction expects its values
      forEachLive(live, live.liveIn, s, (v) => {
        if (v < VAR_VIRTUAL) return;
        const root = intervals[v]!;
        const a = root.pieceAt(lastPos), b = root.pieceAt(firstPos);
        if (a === null || b === null || a.loc === b.loc) return;
        const mv = { v, from: a.loc, to: b.loc };
        if (pred.succs.length === 1) push(plan.blockEnd, pred.index, mv);
        else if (succ.preds.length === 1) push(plan.blockStart, s, mv);
        else if (s === pred.index + 1 && insns[pred.to - 1]!.label !== null && s !== pred.succs[0]) push(plan.fallThrough, pred.index, mv);
        else push(plan.taken, pred.index, mv);
      });
    }
  }
  return plan;
}

/**
 * Order a parallel move: each destination written after every move that
 * reads it. A location is the source of at most one move and the target of
 * at most one (two live values never share a register; a stack slot is one
 * variable's), so what remains blocked is simple register cycles: broken by
 * a swap (`swapOk`: GP) or by saving one register to a scratch slot.
 */
export function sequence(moves: readonly Move[], swapOk: (v: number) => boolean): Step[] {
  const pending = moves.filter((m) => m.from !== m.to);
  const steps: Step[] = [];
  const key = (v: number, loc: number) => (loc === STACK ? -1 - v : loc);
  const readBy = (loc: number, v: number, except: Move | null) => pending.some((o) => o !== except && key(o.v, o.from) === key(v, loc));
  while (pending.length > 0) {
    let progressed = true;
    while (progressed) {
      progressed = false;
      for (let i = 0; i < pending.length; i++) {
        const m = pending[i]!;
        if (readBy(m.to, m.v, m)) continue;
        steps.push({ kind: "move", v: m.v, from: m.from, to: m.to });
        pending.splice(i, 1);
        i--;
        progressed = true;
      }
    }
    if (pending.length === 0) break;
    const m = pending.shift()!;
    if (swapOk(m.v)) {
      steps.push({ kind: "swap", v: m.v, a: m.from, b: m.to });
      for (let j = 0; j < pending.length; j++) {
        const o = pending[j]!;
        if (o.from === m.to) pending[j] = { v: o.v, from: m.from, to: o.to };
      }
      continue;
    }
    steps.push({ kind: "save", v: m.v, from: m.from });
    // walk the cycle backwards from m.from: the move writing it, then the move writing its source, …
    let cur = m.from;
    while (cur !== m.to) {
      const k = pending.findIndex((o) => o.to === cur);
      if (k < 0) break;
      const o = pending[k]!;
      pending.splice(k, 1);
      steps.push({ kind: "move", v: o.v, from: o.from, to: o.to });
      cur = o.from;
    }
    steps.push({ kind: "restore", v: m.v, to: m.to });
  }
  return steps;
}
