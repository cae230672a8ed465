/**
 * allocate.ts — linear-scan register allocation with interval splitting
 * (Wimmer & Mössenböck, "Optimized Interval Splitting in a Linear Scan
 * Register Allocator", VEE 2005). Intervals are taken in order of their
 * start; each gets a register free for as long as possible (a copy
 * partner's register first: move coalescing), or, when none is free, the
 * register whose next use is farthest, splitting and spilling whoever held
 * it. Fixed intervals (physical registers named by the code, implicit
 * registers, call clobbers) are never moved: the intervals that meet them
 * are split around them. A piece without a register lives in its variable's
 * stack slot; every position that needs a register gets one.
 *
 * Input and output are intervals (intervals.ts); no instructions, no bytes.
 */
import { JitError } from "../core/errors.ts";
import { Interval, moveBefore, STACK } from "./intervals.ts";

/** The registers of one class the allocator may use, in preference order. */
export interface RegisterFile {
  /** Register numbers, in the order to try (caller-saved first). */
  readonly order: readonly number[];
  /** Size of the class's register numbering (16, 32, 8). */
  readonly size: number;
}

/** Per-interval restriction: a bit mask of allowed register numbers (undefined: all of the file). */
export type Allowed = (it: Interval) => number;

/** The result: what allocation decided besides the intervals' own `loc`. */
export interface Allocation {
  /** Registers of each class that received some interval (bit masks). */
  readonly used: number[];
}

class Unhandled {
  private readonly items: Interval[] = [];
  push(it: Interval): void {
    // keep sorted by start, descending (pop from the end): binary insertion
    const a = this.items;
    let lo = 0, hi = a.length;
    const s = it.start;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (a[mid]!.start > s) lo = mid + 1;
      else hi = mid;
    }
    a.splice(lo, 0, it);
  }
  pop(): Interval | undefined {
    return this.items.pop();
  }
  get size(): number {
    return this.items.length;
  }
  static of(list: Interval[]): Unhandled {
    const u = new Unhandled();
    u.items.push(...list.slice().sort((a, b) => b.start - a.start));
    return u;
  }
}


/**
 * Allocate one register class.
 * @param intervals the class's virtual intervals
 * @param fixed the class's fixed intervals by register number (null: never taken)
 * @throws JitError ELIMIT when an instruction needs more registers of the class than exist
 */
export function allocateClass(intervals: Interval[], fixed: (Interval | null)[], file: RegisterFile, allowed: Allowed, describe: (it: Interval, pos: number) => string): number {
  const unhandled = Unhandled.of(intervals.filter((it) => it.ranges.length > 0));
  let active: Interval[] = [], inactive: Interval[] = [];
  const size = file.size;
  const freeUntil = new Float64Array(size), nextUse = new Float64Array(size), blockPos = new Float64Array(size);
  let usedMask = 0;
  const fixedList: { r: number; it: Interval }[] = [];
  for (let r = 0; r < size; r++) {
    const f = fixed[r];
    if (f !== null && f !== undefined && f.ranges.length > 0) fixedList.push({ r, it: f });
  }

  const assign = (it: Interval, r: number) => {
    it.loc = r;
    usedMask |= 1 << r;
  };

  /** Split `it` at `pos` and queue the rest; returns the rest. */
  const splitRest = (it: Interval, pos: number): Interval => {
    const child = it.splitAt(pos);
    unhandled.push(child);
    return child;
  };

  /** A piece that lost its register: it waits in its stack slot until just before its next use. */
  const toStack = (rest: Interval) => {
    rest.loc = STACK;
    const nu = rest.nextUse(rest.start);
    if (nu === Infinity) return;
    const at = moveBefore(nu);
    if (at > rest.start) splitRest(rest, at);
    else {
      rest.loc = -2; // needed in a register at once: queue it as it is
      unhandled.push(rest);
    }
  };

  for (let current = unhandled.pop(); current !== undefined; current = unhandled.pop()) {
    const pos = current.start;
    // retire and reactivate
    const na: Interval[] = [];
    for (const it of active) {
      if (it.end <= pos) continue;
      if (it.covers(pos)) na.push(it);
      else inactive.push(it);
    }
    const ni: Interval[] = [];
    for (const it of inactive) {
      if (it.end <= pos) continue;
      if (it.covers(pos)) na.push(it);
      else ni.push(it);
    }
    active = na;
    inactive = ni;

    const mask = allowed(current);
    // ---- try a free register --------------------------------------------------
    for (let r = 0; r < size; r++) freeUntil[r] = mask & (1 << r) ? Infinity : 0;
    for (const it of active) freeUntil[it.loc] = 0;
    for (const it of inactive) {
      if (freeUntil[it.loc] === 0) continue;
      const x = it.nextIntersection(current, pos);
      if (x >= 0 && x < freeUntil[it.loc]!) freeUntil[it.loc] = x;
    }
    for (const { r, it } of fixedList) {
      if (freeUntil[r] === 0) continue;
      const x = it.nextIntersection(current, pos);
      if (x >= 0 && x < freeUntil[r]!) freeUntil[r] = x;
    }
    const end = current.end;
    let reg = -1;
    const h = current.hint;
    if (h >= 0 && freeUntil[h]! >= end) reg = h;
    if (reg < 0) for (const r of file.order) if (freeUntil[r]! >= end) { reg = r; break; }
    if (reg < 0) {
      let best = -1;
      for (const r of file.order) if (best < 0 || freeUntil[r]! > freeUntil[best]!) best = r;
      if (best >= 0 && freeUntil[best]! > pos) {
        // free for a while: take it and split before it is needed elsewhere
        const until = moveBefore(freeUntil[best]!);
        if (until > pos) {
          assign(current, best);
          splitRest(current, until);
          active.push(current);
          continue;
        }
      }
    } else {
      assign(current, reg);
      active.push(current);
      continue;
    }

    // ---- no free register: evict whoever is used farthest away -----------------
    for (let r = 0; r < size; r++) {
      nextUse[r] = mask & (1 << r) ? Infinity : -1;
      blockPos[r] = mask & (1 << r) ? Infinity : -1;
    }
    for (const it of active) if (nextUse[it.loc]! >= 0) nextUse[it.loc] = Math.min(nextUse[it.loc]!, it.nextUse(pos));
    for (const it of inactive) {
      if (nextUse[it.loc]! < 0) continue;
      if (it.nextIntersection(current, pos) >= 0) nextUse[it.loc] = Math.min(nextUse[it.loc]!, it.nextUse(pos));
    }
    for (const { r, it } of fixedList) {
      if (blockPos[r]! < 0) continue;
      const x = it.covers(pos) ? pos : it.nextIntersection(current, pos);
      if (x >= 0) {
        blockPos[r] = Math.min(blockPos[r]!, x);
        nextUse[r] = Math.min(nextUse[r]!, x);
      }
    }
    reg = -1;
    for (const r of file.order) if (nextUse[r]! >= 0 && (reg < 0 || nextUse[r]! > nextUse[reg]!)) reg = r;
    const firstUse = current.nextUse(pos);
    if (reg < 0 || nextUse[reg]! <= firstUse) {
      // everyone else is needed sooner: current waits in memory until its first use
      if (firstUse === Infinity) {
        current.loc = STACK;
        continue;
      }
      const at = moveBefore(firstUse);
      if (at <= pos) throw new JitError("ELIMIT", `too many values need a register of this class at ${describe(current, firstUse)}: more than the ${file.order.length} allocatable registers`);
      current.loc = STACK;
      splitRest(current, at);
      continue;
    }
    assign(current, reg);
    if (blockPos[reg]! < current.end) {
      const until = moveBefore(blockPos[reg]!);
      if (until <= pos) throw new JitError("ELIMIT", `no register is left for ${describe(current, pos)}`);
      splitRest(current, until);
    }
    // whoever holds reg now, or later while current lives, gives it up (split, rest to the stack)
    const s0 = moveBefore(pos);
    const keepActive: Interval[] = [];
    for (const it of active) {
      if (it.loc !== reg) {
        keepActive.push(it);
        continue;
      }
      if (s0 > it.start) toStack(it.splitAt(s0)); // it keeps reg up to s0 and ends there
      else toStack(it);
    }
    active = keepActive;
    const keepInactive: Interval[] = [];
    for (const it of inactive) {
      if (it.loc !== reg) {
        keepInactive.push(it);
        continue;
      }
      const x = it.nextIntersection(current, pos);
      if (x < 0) {
        keepInactive.push(it);
        continue;
      }
      const t = moveBefore(x);
      if (t > it.start) {
        toStack(it.splitAt(t));
        keepInactive.push(it);
      } else toStack(it);
    }
    inactive = keepInactive;
    active.push(current);
  }
  return usedMask;
}
