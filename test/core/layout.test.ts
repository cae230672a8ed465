/**
 * layout.test.ts — the architecture-neutral layout (src/core/layout.ts,
 * relax.ts): relaxation against a plain reference (passes over the whole
 * layout until nothing grows, alignment with and without a max skip, what the assembler did before and llvm-mc's
 * result on the golden programs) on seeded random layouts with alignment,
 * for an x64-like kind (measured from the end) and an AArch64-like one
 * (measured from the start, 4 → 8 bytes); long cascades; fixups; the pool;
 * a finish() that fails and is retried; labels that are not the layout's.
 */
import { describe, expect, setDefaultTimeout, test } from "bun:test";
import { JitError } from "../../src/core/errors.ts";
import { Label } from "../../src/core/label.ts";
import { type BranchKind, type FixupKind, Layout } from "../../src/core/layout.ts";
import { relax, type RelaxInput } from "../../src/core/relax.ts";
import { mulberry32 } from "../../scripts/lib/mulberry32.ts";

// the shared 2-core machine runs several suites at once: a hang guard, not a time limit (bun 1.4.5 ignores bunfig's)
setDefaultTimeout(120_000);

const PAD = { padCode: (out: Uint8Array, at: number, n: number) => out.fill(0x90, at, at + n) };

/** x64-like: 2 or 5 bytes, rel8 measured from the end. */
const X64ISH: BranchKind = {
  sizes: [2, 5],
  reach: 130,
  fits: (v, at, t) => v === 1 || (t - (at + 2) >= -128 && t - (at + 2) <= 127),
  write: (out, at, v, t) => {
    out[at] = v === 0 ? 0xeb : 0xe9;
    const d = t - (at + (v === 0 ? 2 : 5));
    if (v === 0) out[at + 1] = d & 0xff;
    else new DataView(out.buffer, out.byteOffset).setInt32(at + 1, d, true);
  },
};
/** AArch64-like with a tiny reach: 4 bytes if |target - start| ≤ 64 (multiple of 4), else 8 (inverted branch around a b). */
const ARMISH: BranchKind = {
  sizes: [4, 8],
  reach: 64,
  fits: (v, at, t) => v === 1 || Math.abs(t - at) <= 64,
  write: (out, at, v) => out.fill(v === 0 ? 0x11 : 0x22, at, at + (v === 0 ? 4 : 8)),
};

/** The reference: whole passes until nothing grows (every branch that does not reach in a pass's layout grows). */
function reference(inp: RelaxInput): Int32Array {
  const { n, raw, kind, arg, data, skip, labelRaw, labelItem } = inp;
  const size = new Int32Array(n), variant = new Uint8Array(n), prefix = new Int32Array(n + 1);
  for (;;) {
    let sum = 0;
    for (let k = 0; k < n; k++) {
      prefix[k] = sum;
      const K = kind[k] ?? null;
      const pad = -(raw[k]! + sum) & (arg[k]! - 1);
      size[k] = K === null ? (pad <= skip[k]! ? pad : 0) : K.sizes[variant[k]!]!;
      sum += size[k]!;
    }
    prefix[n] = sum;
    const grow: number[] = [];
    for (let k = 0; k < n; k++) {
      const K = kind[k] ?? null;
      if (K === null || variant[k] === K.sizes.length - 1) continue;
      const l = arg[k]!;
      if (!K.fits(variant[k]!, raw[k]! + prefix[k]!, labelRaw[l]! + prefix[labelItem[l]!]!, data[k]!)) grow.push(k);
    }
    if (grow.length === 0) return size;
    for (const k of grow) variant[k]!++;
  }
}

/** A random layout: runs of fixed bytes, branches to random labels, alignment items, labels between them. */
function randomLayout(rand: () => number, K: BranchKind, items: number, scale: number): RelaxInput {
  const raw: number[] = [], kind: (BranchKind | null)[] = [], arg: number[] = [], data: number[] = [], skip: number[] = [];
  const labelRaw: number[] = [], labelItem: number[] = [];
  let pos = 0;
  const nLabels = 1 + Math.floor(rand() * items / 2);
  const where: number[] = [];
  for (let i = 0; i < nLabels; i++) where.push(Math.floor(rand() * (items + 1)));
  where.sort((a, b) => a - b);
  let w = 0;
  for (let k = 0; k <= items; k++) {
    while (w < where.length && where[w] === k) { labelRaw.push(pos); labelItem.push(k); w++; }
    if (k === items) break;
    pos += Math.floor(rand() * scale);
    raw.push(pos);
    if (rand() < 0.15) {
      const al = 2 ** (1 + Math.floor(rand() * 6));
      kind.push(null); arg.push(al); data.push(-1); skip.push(rand() < 0.3 ? 1 + Math.floor(rand() * (al - 1)) : al - 1);
    } else { kind.push(K); arg.push(Math.floor(rand() * nLabels)); data.push(0); skip.push(0); }
  }
  return { n: items, raw, kind, arg, data, skip, labelRaw, labelItem };
}

describe("relaxation", () => {
  for (const [name, K, scale] of [["x64-like", X64ISH, 40], ["aarch64-like", ARMISH, 24]] as const) {
    test(`${name}: the same sizes as whole passes on 3,000 random layouts with alignment`, () => {
      const seed = Number(process.env.BUNJIT_SEED ?? 20261129);
      console.log(`layout seed ${seed} (set BUNJIT_SEED to replay)`);
      const rand = mulberry32(seed);
      let grown = 0;
      for (let i = 0; i < 3000; i++) {
        const inp = randomLayout(rand, K, 1 + Math.floor(rand() * 60), scale);
        const want = reference(inp);
        const got = relax(inp).size;
        if (Array.from(got).join() !== Array.from(want).join()) throw new Error(`${name} layout ${i}: ${Array.from(got)} vs ${Array.from(want)}`);
        for (let k = 0; k < inp.n; k++) if (inp.kind[k] !== null && got[k] === K.sizes[1]) grown++;
      }
      expect(grown).toBeGreaterThan(1000); // the layouts exercise growth, not just the all-short pass
    });
  }

  test("a cascade of 16,000 jumps, each pushed out of reach by the next, ends all long", () => {
    const n = 16000;
    const l = new Layout(PAD);
    const L = Array.from({ length: n }, () => l.newLabel());
    const far = l.newLabel();
    for (let i = 0; i < n; i++) {
      l.branch(X64ISH, L[i]!, 0);
      l.fill(125, 0x90); // 127 bytes to L[i] while the next jump is short
      if (i > 0) l.bind(L[i - 1]!);
    }
    l.branch(X64ISH, far, 0);
    l.bind(L[n - 1]!);
    l.fill(200, 0x90);
    l.bind(far);
    const out = l.finish().bytes;
    expect(out.length).toBe(n * 130 + 205);
    for (let i = 0; i < n; i++) expect(out[i * 130]).toBe(0xe9);
  });
});

describe("layout", () => {
  const rel8: FixupKind = {
    name: "rel8 displacement (-128..127)",
    patch(out, at, origin, target, addend) {
      const d = target - origin + addend;
      if (d < -128 || d > 127) return false;
      out[at] = d & 0xff;
      return true;
    },
  };
  const code = (e: unknown) => (e instanceof JitError ? e.code : String(e));
  const thrown = (f: () => unknown) => {
    try { f(); } catch (e) { return code(e); }
    return "no error";
  };

  test("fixups are patched from final positions; out of reach is ELABEL", () => {
    const l = new Layout(PAD);
    const t = l.newLabel("t");
    l.code.ensure(2); l.code.u8(0x74); l.code.u8(0);
    l.fixup(rel8, 1, 2, t, 0, "je");
    l.fill(10, 0x90);
    l.bind(t);
    expect(Array.from(l.finish().bytes.subarray(0, 2))).toEqual([0x74, 10]);
    const far = new Layout(PAD);
    const u = far.newLabel("u");
    far.code.ensure(2); far.code.u8(0x74); far.code.u8(0);
    far.fixup(rel8, 1, 2, u, 0, "je");
    far.fill(200, 0x90);
    far.bind(u);
    expect(thrown(() => far.finish())).toBe("ELABEL");
  });

  test("labels: another layout's, a forged one, rebinding, binding after finish", () => {
    const l = new Layout(PAD), other = new Layout(PAD);
    const mine = l.newLabel("x");
    expect(thrown(() => l.bind(other.newLabel()))).toBe("ELABEL");
    expect(thrown(() => l.bind(new Label(mine.id, l, "forged")))).toBe("ELABEL");
    l.bind(mine);
    expect(mine.bound).toBe(true);
    expect(thrown(() => l.bind(mine))).toBe("ELABEL");
    l.finish();
    expect(thrown(() => l.bind(l.newLabel()))).toBe("ESTATE");
    expect(l.labelOffset(mine)).toBe(0);
  });

  test("a failed finish() rolls back: the pool is placed again on the retry", () => {
    const l = new Layout(PAD);
    const c = l.constant(new Uint8Array([1, 2, 3, 4]), 4);
    const missing = l.newLabel("missing");
    l.branch(X64ISH, missing, 0);
    const mark = l.mark();
    const pool = l.takePool();
    for (const e of pool) { l.align(e.align, 0xcc); l.bind(e.label); l.code.ensure(4); for (const x of e.bytes) l.code.u8(x); }
    expect(thrown(() => l.finish())).toBe("ELABEL");
    l.rollback(mark, pool);
    expect(c.bound).toBe(false);
    l.bind(missing);
    const again = l.takePool();
    expect(again.length).toBe(1);
    l.bind(again[0]!.label);
    expect(l.finish().bytes.length).toBe(2);
  });

  test("fill, align and maxBytes", () => {
    const l = new Layout(PAD, { maxBytes: 100 });
    expect(thrown(() => l.fill(1000, 0))).toBe("ELIMIT");
    expect(thrown(() => l.fill(-1, 0))).toBe("ERANGE");
    expect(thrown(() => l.fill(1, 300))).toBe("ERANGE");
    expect(thrown(() => l.align(4, 300))).toBe("ERANGE");
    expect(thrown(() => l.align(3))).toBe("ERANGE");
    l.fill(90, 0xcc);
    l.align(64);
    expect(thrown(() => l.finish())).toBe("ELIMIT"); // 128 bytes after padding
    expect(thrown(() => new Layout(PAD, { maxBytes: 0 }))).toBe("ERANGE");
  });
});
