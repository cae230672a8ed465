/**
 * relax.ts — branch relaxation: the sizes of a layout's variable items
 * (branches that have a short and a long form, alignment padding) such that
 * every branch reaches its target, each branch in the shortest variant that
 * does (the least fixed point llvm-mc reaches: branches start short and only
 * grow). It knows positions and sizes, not instructions: each branch kind
 * says which variant reaches (core/layout.ts `BranchKind`).
 *
 * Near-linear (O(n log n)) even for cascades where every growth pushes the
 * next branch out of reach: a branch grows at most once per variant, and a
 * growth can only push out of reach the short branches whose span covers it —
 * they lie within the largest short reach of the item that grew, found by
 * position. Positions are prefix sums of sizes kept in a Fenwick tree, so a
 * growth updates them in O(log n). The first rounds are whole passes (most
 * code converges in one or two, and a pass costs less than the bookkeeping). Alignment padding after a growth absorbs
 * or amplifies it; only padding whose alignment does not divide the shift
 * changes, so (without a max skip) at most one step per alignment class (13)
 * follows each growth.
 * A layout whose branches all fit short (the common case) costs one pass.
 */
import type { BranchKind } from "./layout.ts";

/** The items of a layout, as relax() reads them (parallel arrays, index = item). */
export interface RelaxInput {
  readonly n: number;
  /** Raw position of each item (bytes of fixed code before it). */
  readonly raw: ArrayLike<number>;
  /** Branch kind, or null for alignment padding. */
  readonly kind: readonly (BranchKind | null)[];
  /** Branch: target label id. Alignment: the alignment (a power of two). */
  readonly arg: ArrayLike<number>;
  /** Branch: the target's payload word. */
  readonly data: ArrayLike<number>;
  /** Alignment: the most padding bytes allowed (`.p2align 4,,3`); more needed means none. */
  readonly skip: ArrayLike<number>;
  /** Raw position and number of items before each label. */
  readonly labelRaw: ArrayLike<number>;
  readonly labelItem: ArrayLike<number>;
}

/** Sizes and variants of the items, and prefix sums of the sizes (prefix[k] = bytes of items before item k). */
export interface RelaxResult {
  readonly size: Int32Array;
  readonly variant: Uint8Array;
  readonly prefix: Int32Array;
}

/** Slack added to a kind's reach when looking for branches near a growth (an item's own size). */
const MARGIN = 64;
/** Whole passes before the incremental rounds take over (a cascade needs one round per link). */
const WHOLE_PASSES = 3;

/** Lay out the items: see the file comment. */
export function relax(inp: RelaxInput): RelaxResult {
  const n = inp.n, raw = inp.raw, kind = inp.kind, arg = inp.arg, data = inp.data, skip = inp.skip;
  const size = new Int32Array(n), variant = new Uint8Array(n), prefix = new Int32Array(n + 1);
  // 1. every branch short; then whole passes (grow what does not reach, lay out again) while they are few:
  // most code converges in one or two, and a pass is cheaper than the bookkeeping of step 2
  const labelRaw = inp.labelRaw, labelItem = inp.labelItem;
  let work: number[] = [];
  for (let k = 0; k < n; k++) {
    const K = kind[k] as BranchKind | null;
    if (K !== null) size[k] = K.sizes[0]!;
  }
  for (let pass = 0; ; pass++) {
    let sum = 0;
    for (let k = 0; k < n; k++) {
      prefix[k] = sum;
      if (kind[k] === null) size[k] = padding(raw[k]! + sum, arg[k]!, skip[k]!);
      sum += size[k]!;
    }
    prefix[n] = sum;
    work = [];
    for (let k = 0; k < n; k++) {
      const K = kind[k] as BranchKind | null;
      if (K === null || variant[k] === K.sizes.length - 1) continue;
      const l = arg[k]!;
      if (!K.fits(variant[k]!, raw[k]! + prefix[k]!, labelRaw[l]! + prefix[labelItem[l]!]!, data[k]!)) work.push(k);
    }
    if (work.length === 0) return { size, variant, prefix };
    if (pass === WHOLE_PASSES) break;
    for (const k of work) {
      const K = kind[k]!;
      const last = K.sizes.length - 1, at = raw[k]! + prefix[k]!, l = arg[k]!, t = labelRaw[l]! + prefix[labelItem[l]!]!, d = data[k]!;
      let v = variant[k]!;
      do v++; while (v < last && !K.fits(v, at, t, d));
      variant[k] = v;
      size[k] = K.sizes[v]!;
    }
  }

  // 2. grow what does not reach, one branch at a time, rechecking only the neighbourhood of each change
  const tree = new Fenwick(size);
  const branches: number[] = [];
  const below = new Int32Array(n + 1); // branches with an index < k
  const aligns: number[][] = [];
  let reach = 0;
  for (let k = 0; k < n; k++) {
    below[k] = branches.length;
    const K = kind[k] as BranchKind | null;
    if (K === null) {
      const c = 31 - Math.clz32(arg[k]!);
      if (c > 0) (aligns[c] ??= []).push(k);
    } else {
      branches.push(k);
      if (K.reach > reach) reach = K.reach;
    }
  }
  below[n] = branches.length;
  const window = reach + MARGIN;
  const pos = (k: number) => raw[k]! + tree.sum(k);
  const targetOf = (k: number) => {
    const l = arg[k]!;
    return labelRaw[l]! + tree.sum(labelItem[l]!);
  };
  // candidates of the next round: branches whose distance may have changed
  const marked = new Uint8Array(n);
  let next: number[] = [];
  const mark = (k: number) => {
    if (marked[k] === 0 && variant[k]! < kind[k]!.sizes.length - 1) {
      marked[k] = 1;
      next.push(k);
    }
  };
  /** Mark the branches whose distance may have changed because item b changed size. */
  const around = (b: number) => {
    const pb = pos(b), eb = pb + size[b]!;
    for (let i = below[b]! - 1; i >= 0; i--) {
      const k = branches[i]!;
      if (pb - pos(k) > window) break;
      mark(k);
    }
    for (let i = below[b + 1]!; i < branches.length; i++) {
      const k = branches[i]!;
      if (pos(k) - eb > window) break;
      mark(k);
    }
  };
  // rounds, as llvm-mc's passes: every branch that does not reach in the current layout grows (to the first
  // variant that reaches in that layout), then the layout is updated; a branch can only stop reaching when
  // something between it and its target changed size, so the next round looks only near those changes
  const grow: number[] = [];
  while (work.length > 0) {
    work.sort((x, y) => x - y);
    grow.length = 0;
    for (const k of work) {
      const K = kind[k]!;
      const last = K.sizes.length - 1;
      const at = pos(k), t = targetOf(k), d = data[k]!;
      let v = variant[k]!;
      do v++; while (v < last && !K.fits(v, at, t, d));
      grow.push(v);
    }
    for (let i = 0; i < work.length; i++) {
      const k = work[i]!, K = kind[k]!, v = grow[i]!;
      variant[k] = v;
      let shift = K.sizes[v]! - size[k]!;
      size[k] = K.sizes[v]!;
      tree.add(k, shift);
      mark(k); // its own end moved
      around(k);
      // alignment padding after k whose alignment does not divide the shift changes, and changes the shift
      let cur = k;
      while (shift !== 0) {
        const a = nextAlign(aligns, cur, 31 - Math.clz32(shift & -shift));
        if (a < 0) break;
        const s = padding(pos(a), arg[a]!, skip[a]!);
        const ds = s - size[a]!;
        size[a] = s;
        tree.add(a, ds);
        shift += ds;
        around(a);
        cur = a;
      }
    }
    work.length = 0;
    for (const k of next) {
      marked[k] = 0;
      const K = kind[k]!;
      if (!K.fits(variant[k]!, pos(k), targetOf(k), data[k]!)) work.push(k);
    }
    next = [];
  }
  let sum = 0;
  for (let k = 0; k < n; k++) {
    prefix[k] = sum;
    sum += size[k]!;
  }
  prefix[n] = sum;
  return { size, variant, prefix };
}

/** Bytes of padding that bring `pos` to a multiple of `align` (a power of two), or 0 when more than `max` are needed. */
export function padding(pos: number, align: number, max: number): number {
  const p = -pos & (align - 1);
  return p <= max ? p : 0;
}

/** The first alignment item after `cur` whose class (log2 of its alignment) exceeds `minClass`, or -1. */
function nextAlign(aligns: number[][], cur: number, minClass: number): number {
  let best = -1;
  for (let c = minClass + 1; c < aligns.length; c++) {
    const list = aligns[c];
    if (list === undefined) continue;
    let lo = 0, hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (list[mid]! <= cur) lo = mid + 1;
      else hi = mid;
    }
    if (lo < list.length && (best < 0 || list[lo]! < best)) best = list[lo]!;
  }
  return best;
}

/** Prefix sums with point updates (a binary indexed tree). */
class Fenwick {
  private readonly t: Int32Array;
  constructor(values: Int32Array) {
    const n = values.length;
    const t = (this.t = new Int32Array(n + 1));
    for (let i = 1; i <= n; i++) {
      t[i]! += values[i - 1]!;
      const j = i + (i & -i);
      if (j <= n) t[j]! += t[i]!;
    }
  }
  /** Add `d` to value k. */
  add(k: number, d: number): void {
    const t = this.t;
    for (let i = k + 1; i < t.length; i += i & -i) t[i]! += d;
  }
  /** Sum of values [0, k). */
  sum(k: number): number {
    const t = this.t;
    let s = 0;
    for (let i = k; i > 0; i -= i & -i) s += t[i]!;
    return s;
  }
}
