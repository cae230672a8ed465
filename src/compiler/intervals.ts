/**
 * intervals.ts — live intervals: for each variable, the positions where its
 * value is live (sorted, disjoint half-open ranges, with holes) and the
 * positions where an instruction needs it in a register. Built from the
 * block live sets in one backward pass (Wimmer & Franz, "Linear Scan
 * Register Allocation on SSA Form", 2010, §4, adapted to non-SSA variables).
 * Physical variables give fixed intervals: stretches where that register is
 * taken (a user's physical operand, an implicit register, a call's clobbers).
 *
 * An interval split by the allocator keeps its pieces as `children` of the
 * root, each with its own location. Nothing here chooses registers.
 * (Positions: see `movePos`.)
 */
import { type Insn, VAR_VIRTUAL } from "./ir.ts";
import { type Block, forEachLive, type Liveness } from "./liveness.ts";

/** Where a piece of a variable lives: a register number of its class, or STACK. */
export const STACK = -1, NONE = -2;

/**
 * Positions: instruction i reads its inputs at 4i+2 and writes its outputs
 * at 4i+3; moves before it happen at 4i+1 (the only places an interval is
 * split); a block of instructions [from, to) spans [4·from, 4·to).
 */
export const movePos = (i: number) => 4 * i + 1;
export const usePos = (i: number) => 4 * i + 2;
export const defPos = (i: number) => 4 * i + 3;
/** The last move position at or before `pos`. */
export function moveBefore(pos: number): number {
  return pos - ((pos - 1) & 3);
}

/** The live interval of a variable (or a piece of one after splitting). */
export class Interval {
  /** [from0, to0, from1, to1, ...], ascending, disjoint, half-open. */
  ranges: number[] = [];
  /** Positions where the value must be in a register, ascending. */
  uses: number[] = [];
  /** Register number, STACK, or NONE before allocation. */
  loc = NONE;
  /** Preferred register number (a copy partner's), or -1. */
  hint = -1;
  /** The unsplit interval (itself for a root). */
  root: Interval = this;
  /** Pieces split off the root, ascending by start (roots only). */
  children: Interval[] = [];
  constructor(
    readonly v: number,
    readonly cls: number,
  ) {}

  get start(): number {
    return this.ranges[0]!;
  }
  get end(): number {
    return this.ranges[this.ranges.length - 1]!;
  }

  /** Does some range cover `pos`? (binary search) */
  covers(pos: number): boolean {
    const k = this.rangeAt(pos);
    return k >= 0 && pos >= this.ranges[k]!;
  }

  /** Index (even) of the first range whose end is > pos, or -1. */
  private rangeAt(pos: number): number {
    const r = this.ranges;
    let lo = 0, hi = (r.length >> 1) - 1, found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (r[2 * mid + 1]! > pos) {
        found = 2 * mid;
        hi = mid - 1;
      } else lo = mid + 1;
    }
    return found;
  }

  /** The first position ≥ from covered by both, or -1. */
  nextIntersection(other: Interval, from: number): number {
    const a = this.ranges, b = other.ranges;
    let i = this.rangeAt(from), j = other.rangeAt(from);
    if (i < 0 || j < 0) return -1;
    while (i < a.length && j < b.length) {
      const lo = Math.max(a[i]!, b[j]!, from), hi = Math.min(a[i + 1]!, b[j + 1]!);
      if (lo < hi) return lo;
      if (a[i + 1]! < b[j + 1]!) i += 2;
      else j += 2;
    }
    return -1;
  }

  /** The first register use at or after `pos`, or Infinity. (binary search) */
  nextUse(pos: number): number {
    const u = this.uses;
    let lo = 0, hi = u.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (u[mid]! < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo < u.length ? u[lo]! : Infinity;
  }

  /**
   * Split at `pos` (start < pos < end): this keeps [start, pos), the returned
   * piece gets [pos, end) and the uses from pos on.
   */
  splitAt(pos: number): Interval {
    const child = new Interval(this.v, this.cls);
    child.root = this.root;
    child.hint = this.hint;
    const r = this.ranges;
    const keep: number[] = [], give: number[] = [];
    for (let i = 0; i < r.length; i += 2) {
      const f = r[i]!, t = r[i + 1]!;
      if (t <= pos) keep.push(f, t);
      else if (f >= pos) give.push(f, t);
      else keep.push(f, pos), give.push(pos, t);
    }
    this.ranges = keep;
    child.ranges = give;
    const k = this.uses.findIndex((u) => u >= pos);
    if (k >= 0) {
      child.uses = this.uses.slice(k);
      this.uses = this.uses.slice(0, k);
    }
    const kids = this.root.children;
    let at = kids.length;
    while (at > 0 && kids[at - 1]!.start > child.start) at--;
    kids.splice(at, 0, child);
    return child;
  }

  /** The piece of this (root) variable covering `pos`, or null. */
  pieceAt(pos: number): Interval | null {
    if (this.covers(pos)) return this;
    const kids = this.children;
    let lo = 0, hi = kids.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const k = kids[mid]!;
      if (k.start > pos) hi = mid - 1;
      else if (k.end <= pos) lo = mid + 1;
      else return k.covers(pos) ? k : null;
    }
    return null;
  }
}

/** Building state: ranges per variable in reverse (descending) order, uses likewise. */
class Builder {
  readonly rev: number[][] = [];
  readonly uses: number[][] = [];
  addRange(v: number, from: number, to: number): void {
    if (from >= to) return;
    const r = (this.rev[v] ??= []);
    // the last pair pushed is the lowest range so far
    const n = r.length;
    if (n > 0 && to >= r[n - 2]!) {
      if (from < r[n - 2]!) r[n - 2] = from;
      if (to > r[n - 1]!) r[n - 1] = to;
    } else r.push(from, to);
  }
  setFrom(v: number, pos: number): void {
    const r = this.rev[v];
    const n = r === undefined ? 0 : r.length;
    if (n > 0 && r![n - 2]! <= pos && pos < r![n - 1]!) r![n - 2] = pos;
    else this.addRange(v, pos, pos + 1);
  }
  addUse(v: number, pos: number): void {
    const u = (this.uses[v] ??= []);
    if (u[u.length - 1] !== pos) u.push(pos);
  }
}

/**
 * Build the intervals of every variable that is live anywhere.
 * @returns intervals indexed by variable (undefined for variables never live)
 */
export function buildIntervals(insns: readonly Insn[], live: Liveness, nvars: number, classOf: (v: number) => number): (Interval | undefined)[] {
  const b = new Builder();
  const { blocks, liveOut } = live;
  for (let bi = blocks.length - 1; bi >= 0; bi--) {
    const blk: Block = blocks[bi]!;
    const from = 4 * blk.from, to = 4 * blk.to;
    forEachLive(live, liveOut, bi, (v) => b.addRange(v, from, to));
    for (let i = blk.to - 1; i >= blk.from; i--) {
      const ins = insns[i]!, use = usePos(i), def = defPos(i);
      for (const d of ins.defs) {
        if (ins.early) b.setFrom(d, use), b.addRange(d, use, def + 1); // taken while the inputs are read, too
        else b.setFrom(d, def);
        if (d >= VAR_VIRTUAL && !ins.memOk) b.addUse(d, def);
      }
      for (const u of ins.uses) {
        b.addRange(u, from, use + 1);
        if (u >= VAR_VIRTUAL && !ins.memOk) b.addUse(u, use);
      }
    }
  }
  const out: (Interval | undefined)[] = new Array(nvars);
  for (let v = 0; v < nvars; v++) {
    const r = b.rev[v];
    if (r === undefined) continue;
    const it = new Interval(v, classOf(v));
    const ranges: number[] = [];
    for (let i = r.length - 2; i >= 0; i -= 2) {
      const f = r[i]!, t = r[i + 1]!;
      const n = ranges.length;
      if (n > 0 && f <= ranges[n - 1]!) ranges[n - 1] = Math.max(ranges[n - 1]!, t);
      else ranges.push(f, t);
    }
    it.ranges = ranges;
    const u = b.uses[v];
    if (u !== undefined) it.uses = u.reverse();
    out[v] = it;
  }
  return out;
}
