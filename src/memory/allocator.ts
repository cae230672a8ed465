/**
 * allocator.ts — the code allocator (in the spirit of AsmJit's JitAllocator):
 * many functions share chunks of pages; blocks are sub-allocated first-fit
 * from a sorted free list with alignment (16 bytes by default, up to a page);
 * freed blocks are coalesced and reused; wholly empty chunks are unmapped
 * (one spare is kept to avoid map/unmap churn).
 *
 * Modes (see chunk.ts and docs/memory.md):
 *   "wx"   default: "dual" when memfd_create works, otherwise "flip". W^X.
 *   "dual" memfd mapped twice (RW view + RX view): 0.16 µs per alloc+write+seal+free.
 *   "flip" mprotect RW→RX at seal time: 6.4 µs (a reused page needs two flips).
 *   "rwx"  INSECURE opt-in: pages are writable and executable at once: 0.12 µs.
 * Why dual is the default: CFunction() alone costs 1.5–5 µs, leaving < 2 µs of the
 * 5 µs fromBytes budget; a flip pair alone exceeds it, dual is within 40 ns of RWX.
 * Whole fromBytes (bench/create.bench.ts): dual ≈ CFunction() floor + ~1 µs for a
 * fresh function (0.7–1.3 µs in create/dispose churn with the closure shape);
 * flip adds its two mprotects. Details: docs/memory.md.
 *
 * Knows nothing about instructions or JS functions (see src/ffi/).
 */
import { JitError } from "../core/errors.ts";
import { describeValue } from "../os/describe.ts";
import { libc } from "../os/libc.ts";
import { Chunk, type ChunkMode } from "./chunk.ts";
import { aliasedCodeCoherent } from "./host-isa.ts";

/** Requested memory mode; "wx" picks the best W^X strategy available. */
export type MemoryMode = "wx" | ChunkMode;

export interface AllocatorOptions {
  /** Default "wx" (dual mapping, else mprotect flips). "rwx" is insecure and opt-in only. */
  mode?: MemoryMode;
  /** Bytes per chunk (rounded up to pages). Default 64 KiB. */
  chunkSize?: number;
}

export interface AllocOptions {
  /** Power of two from 1 to the page size. Default 16. */
  align?: number;
  /**
   * Bytes reserved in front of the aligned address, a multiple of 16 (default 0): the block
   * starts at `address` and `address + prefix` is aligned. Used for a function's entry pad.
   */
  prefix?: number;
}

/** Usage figures for benchmarks and leak tests. */
export interface AllocatorStats {
  mode: ChunkMode;
  chunks: number;
  /** Chunks that use mprotect flips (all of them in "flip" mode; in "wx" mode those made while dual mapping was refused). */
  flipChunks: number;
  /** Bytes mapped executable (RX views; each dual chunk also has an equal RW view). */
  mappedBytes: number;
  /** Bytes held by live blocks (sizes rounded to the 16-byte granule plus alignment padding). */
  usedBytes: number;
  blocks: number;
}

const GRANULE = 16;
/** Largest block or chunk: 1 GiB (x86-64 rel32 reaches ±2 GiB; larger code is a bug, and a huge dual mapping would be filled). */
const MAX_SIZE = 2 ** 30;

type State = 0 | 1 | 2; // open, sealed, freed

/**
 * A block of code memory. Write while open, then seal; run at `address`.
 *
 * @example
 * const b = allocator.alloc(8); b.write([0x48,0x89,0xf8,0x48,0x83,0xc0,0x04,0xc3]); b.seal(); b.address
 */
export class CodeBlock {
  /** @internal */ state: State = 0;
  /** @internal the block belongs to a function (toFunction / fromBytes), which frees it */ owned = false;
  /** @internal */
  constructor(
    /** @internal */ readonly allocator: CodeAllocator,
    /** @internal */ readonly chunk: Chunk,
    /** @internal */ readonly offset: number,
    /** Bytes requested. */
    readonly size: number,
    /** @internal bytes reserved in the chunk (granule-rounded) */ readonly reserved: number,
  ) {}

  /** Executable address of the first byte (RX view). @example CFunction({ ptr: block.address }) */
  get address(): number {
    return this.chunk.rx + this.offset;
  }
  /** Address the bytes are written at (RW view in dual mode; equals `address` otherwise). */
  get writeAddress(): number {
    return this.chunk.rw + this.offset;
  }
  get sealed(): boolean {
    return this.state === 1;
  }
  get freed(): boolean {
    return this.state === 2;
  }

  /**
   * Copy bytes into the block at `offset` (default 0). Only while open (before seal()).
   * @example block.write(new Uint8Array([0xc3]))
   * @throws JitError EFREED after free, ESTATE after seal, EALLOC when the bytes do not fit
   */
  write(bytes: ArrayLike<number>, offset = 0): this {
    if (this.state !== 0) {
      throw this.state === 2
        ? new JitError("EFREED", "write to a code block that was freed")
        : new JitError("ESTATE", "write to a sealed code block: sealed code is read+execute only");
    }
    checkBytes(bytes);
    if (typeof offset !== "number" || !Number.isInteger(offset) || offset < 0 || offset + bytes.length > this.size) {
      throw new JitError("EALLOC", `write of ${bytes.length} bytes at offset ${describeValue(offset)} does not fit a ${this.size}-byte block`);
    }
    this.chunk.write(this.offset + offset, bytes);
    return this;
  }

  /**
   * Replace the start of a sealed block's code (within its reserved bytes), keeping
   * W^X: through the RW view (dual) or a transient flip (flip). For runtime stubs,
   * e.g. the "disposed" entry; not for ordinary writes.
   * @example block.patch(stubBytes)
   * @throws JitError ESTATE unless sealed, EFREED after free, EALLOC when the bytes exceed the reservation
   */
  patch(bytes: ArrayLike<number>): this {
    return this.patchAt(0, bytes);
  }

  /**
   * Like patch(), at `offset` bytes into the block.
   * @example block.patchAt(16, [0xc3])
   * @throws JitError ESTATE unless sealed, EFREED after free, EALLOC when the bytes exceed the reservation
   */
  patchAt(offset: number, bytes: ArrayLike<number>): this {
    if (this.state !== 1) {
      throw this.state === 2
        ? new JitError("EFREED", "patch of a code block that was freed")
        : new JitError("ESTATE", "patch of a code block that is not sealed (use write)");
    }
    checkBytes(bytes);
    if (typeof offset !== "number" || !Number.isInteger(offset) || offset < 0 || offset + bytes.length > this.reserved) {
      throw new JitError("EALLOC", `patch of ${bytes.length} bytes at offset ${describeValue(offset)} exceeds the block's ${this.reserved} reserved bytes`);
    }
    this.chunk.write(this.offset + offset, bytes);
    return this;
  }

  /**
   * Make the block executable and read-only (W^X). Idempotent.
   * @example block.seal()
   * @throws JitError EFREED after free, EPROTECT if mprotect fails (flip mode)
   */
  seal(): this {
    if (this.state === 1) return this;
    if (this.state === 2) throw new JitError("EFREED", "seal of a code block that was freed");
    this.chunk.seal(this.offset, this.size);
    this.state = 1;
    return this;
  }
}

class ChunkEntry {
  /** Sorted, coalesced free extents as [offset, length] pairs. */
  free: number[];
  freeBytes: number;
  blocks = 0;
  constructor(readonly chunk: Chunk) {
    this.free = [0, chunk.size];
    this.freeBytes = chunk.size;
  }
}

/**
 * Sub-allocates code memory from shared chunks.
 *
 * @example
 * const a = new CodeAllocator(); const b = a.alloc(8); b.write(bytes).seal(); ...; a.free(b);
 */
export class CodeAllocator {
  /** The mode asked for ("wx" picks per chunk: dual, else flip). */
  readonly requested: MemoryMode;
  readonly chunkSize: number;
  private readonly entries: ChunkEntry[] = [];
  private readonly byChunk = new Map<Chunk, ChunkEntry>();
  private used = 0;
  private live = 0;

  /** @throws JitError EALLOC for bad options, EPLATFORM when the C library cannot be used */
  constructor(options: AllocatorOptions = {}) {
    if (typeof options !== "object" || options === null) {
      throw new JitError("EALLOC", `allocator options must be an object like { mode: "wx" }; got ${describeValue(options)}`);
    }
    const mode = options.mode ?? "wx";
    if (mode !== "wx" && mode !== "dual" && mode !== "flip" && mode !== "rwx") {
      throw new JitError("EALLOC", `unknown memory mode "${String(mode)}": expected "wx", "dual", "flip" or "rwx"`);
    }
    this.requested = mode;
    const ps = libc.pageSize;
    const cs = options.chunkSize ?? 64 * 1024;
    if (typeof cs !== "number" || !Number.isInteger(cs) || cs <= 0 || cs > MAX_SIZE) {
      throw new JitError("EALLOC", `bad chunkSize ${describeValue(cs)}: expected an integer from 1 to 2^30`);
    }
    this.chunkSize = roundUp(cs, ps);
  }

  /**
   * The mode new chunks get: the requested one, or for "wx" "dual" unless the system refused a
   * dual mapping for good (then "flip"). A transient refusal (out of file descriptors or memory)
   * makes that one chunk a flip chunk and dual is tried again for the next.
   */
  get mode(): ChunkMode {
    if (this.requested !== "wx") return this.requested;
    return dualState() === "refused" ? "flip" : "dual";
  }

  /**
   * Reserve `size` bytes of code memory, aligned to `align` (default 16).
   * @example const block = allocator.alloc(64, { align: 64 })
   * @throws JitError EALLOC for a bad size, alignment or prefix, EMMAP / ESYSCALL when the OS refuses memory
   */
  alloc(size: number, options?: AllocOptions): CodeBlock {
    if (options !== undefined && (typeof options !== "object" || options === null)) {
      throw new JitError("EALLOC", `alloc options must be an object like { align: 64 }; got ${describeValue(options)}`);
    }
    const align = options?.align ?? GRANULE;
    const prefix = options?.prefix ?? 0;
    if (typeof size !== "number" || !Number.isInteger(size) || size <= 0 || size > MAX_SIZE) {
      throw new JitError("EALLOC", `bad code size ${describeValue(size)}: expected an integer from 1 to 2^30 (1 GiB)`);
    }
    if (typeof align !== "number" || !Number.isInteger(align) || align < 1 || (align & (align - 1)) !== 0 || align > libc.pageSize) {
      throw new JitError("EALLOC", `bad alignment ${describeValue(align)}: expected a power of two from 1 to ${libc.pageSize}`);
    }
    if (typeof prefix !== "number" || !Number.isInteger(prefix) || prefix < 0 || prefix % GRANULE !== 0 || prefix >= size) {
      throw new JitError("EALLOC", `bad prefix ${describeValue(prefix)}: expected a multiple of 16 below the size`);
    }
    const a = align < GRANULE ? GRANULE : align;
    const reserved = roundUp(size, GRANULE);
    const es = this.entries;
    for (let i = es.length - 1; i >= 0; i--) {
      const e = es[i]!;
      if (e.freeBytes < reserved) continue;
      const b = this.take(e, reserved, a, size, prefix);
      if (b !== null) return b;
    }
    const chunk = this.newChunk(Math.max(this.chunkSize, roundUp(reserved + (prefix > 0 ? a : 0), libc.pageSize)));
    const e = new ChunkEntry(chunk);
    es.push(e);
    this.byChunk.set(chunk, e);
    return this.take(e, reserved, a, size, prefix)!;
  }

  private newChunk(size: number): Chunk {
    if (this.requested !== "wx") return new Chunk(size, this.requested);
    if (dualState() !== "refused") {
      try {
        const c = new Chunk(size, "dual");
        dual = "works";
        return c;
      } catch (e) {
        if (!transient(e)) dual = "refused";
      }
    }
    return new Chunk(size, "flip");
  }

  private take(e: ChunkEntry, reserved: number, align: number, size: number, prefix: number): CodeBlock | null {
    const f = e.free;
    for (let i = 0; i < f.length; i += 2) {
      const off = f[i]!, len = f[i + 1]!;
      const start = roundUp(off + prefix, align) - prefix;
      const pad = start - off;
      if (pad + reserved > len) continue;
      const tail = len - pad - reserved;
      // shrink extent i to [off, pad) and/or [start + reserved, tail), dropping empty parts (no temporaries)
      if (pad === 0) {
        if (tail === 0) f.splice(i, 2);
        else {
          f[i] = start + reserved;
          f[i + 1] = tail;
        }
      } else {
        f[i + 1] = pad;
        if (tail > 0) f.splice(i + 2, 0, start + reserved, tail);
      }
      e.freeBytes -= reserved;
      e.blocks++;
      this.used += reserved;
      this.live++;
      return new CodeBlock(this, e.chunk, start, size, reserved);
    }
    return null;
  }

  /**
   * Return a block's memory. The caller guarantees no code runs in it any more.
   * @example allocator.free(block)
   * @throws JitError EFREED when freed twice, EALLOC for a block of another allocator, ESTATE for a block a
   *   function owns, EUNMAP if munmap fails
   */
  free(block: CodeBlock): void {
    if (!(block instanceof CodeBlock)) throw new JitError("EALLOC", `free: expected a CodeBlock, got ${describeValue(block)}`);
    if (block.allocator !== this) throw new JitError("EALLOC", "this code block belongs to another allocator");
    if (block.state === 2) throw new JitError("EFREED", "code block freed twice");
    if (block.owned) {
      throw new JitError("ESTATE", "this code block belongs to a function (toFunction / fromBytes): dispose the function instead; its memory is freed when nothing can reach it");
    }
    const wasSealed = block.state === 1;
    block.state = 2;
    const e = this.byChunk.get(block.chunk);
    if (e === undefined) throw new JitError("EFREED", "code block of a chunk that was unmapped");
    e.chunk.release(block.offset, block.reserved, wasSealed);
    insertFree(e.free, block.offset, block.reserved);
    e.freeBytes += block.reserved;
    e.blocks--;
    this.used -= block.reserved;
    this.live--;
    if (e.blocks === 0) this.maybeRelease(e);
  }

  private maybeRelease(e: ChunkEntry): void {
    // keep exactly one wholly empty chunk as a spare
    for (const o of this.entries) if (o !== e && o.blocks === 0) {
      this.drop(e);
      return;
    }
  }

  private drop(e: ChunkEntry): void {
    const i = this.entries.indexOf(e);
    if (i >= 0) this.entries.splice(i, 1);
    this.byChunk.delete(e.chunk);
    e.chunk.unmap();
  }

  /**
   * Unmap every chunk that holds no live block (including the spare).
   * @example allocator.trim()
   */
  trim(): void {
    for (const e of [...this.entries]) if (e.blocks === 0) this.drop(e);
  }

  /** Chunks, mapped bytes, used bytes, live blocks. @example allocator.stats().mappedBytes */
  stats(): AllocatorStats {
    let mapped = 0;
    for (const e of this.entries) mapped += e.chunk.size;
    return { mode: this.mode, flipChunks: this.entries.filter((e) => e.chunk.mode === "flip").length, chunks: this.entries.length, mappedBytes: mapped, usedBytes: this.used, blocks: this.live };
  }
}

function insertFree(f: number[], off: number, len: number): void {
  // binary search for the first extent starting after off
  let lo = 0, hi = f.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (f[mid * 2]! < off) lo = mid + 1;
    else hi = mid;
  }
  const i = lo * 2;
  const prevEnd = i > 0 ? f[i - 2]! + f[i - 1]! : -1;
  const next = i < f.length ? f[i]! : -1;
  if (prevEnd === off) {
    f[i - 1]! += len;
    if (next === off + len) {
      f[i - 1]! += f[i + 1]!;
      f.splice(i, 2);
    }
  } else if (next === off + len) {
    f[i] = off;
    f[i + 1]! += len;
  } else {
    f.splice(i, 0, off, len);
  }
}

function roundUp(n: number, to: number): number {
  return Math.ceil(n / to) * to;
}

/**
 * Bytes to copy: a Uint8Array, or an array-like of integers 0..255.
 * @throws JitError EALLOC when not array-like, ERANGE for a value that is not a byte
 */
export function checkBytes(bytes: unknown): asserts bytes is ArrayLike<number> {
  if (bytes instanceof Uint8Array) return;
  const n = typeof bytes === "object" && bytes !== null ? (bytes as { length?: unknown }).length : undefined;
  if (typeof n !== "number" || !Number.isInteger(n) || n < 0 || n > MAX_SIZE) {
    throw new JitError("EALLOC", `code bytes must be a Uint8Array or an array of integers 0..255; got ${describeValue(bytes)}`);
  }
  const a = bytes as ArrayLike<unknown>;
  for (let i = 0; i < n; i++) {
    const b = a[i];
    if (typeof b !== "number" || !Number.isInteger(b) || b < 0 || b > 255) {
      throw new JitError("ERANGE", `code byte ${i} is ${describeValue(b)}: expected an integer from 0 to 255`);
    }
  }
}

/** errno values that say "not now" rather than "never": out of descriptors or memory. */
const TRANSIENT = new Set([11 /* EAGAIN */, 12 /* ENOMEM */, 23 /* ENFILE */, 24 /* EMFILE */]);
function transient(e: unknown): boolean {
  return e instanceof JitError && e.errno !== undefined && TRANSIENT.has(e.errno);
}

/** Process-wide (per thread) knowledge about dual mapping: only a permanent refusal sticks. */
let dual: "unknown" | "works" | "refused" = "unknown";
/**
 * Hardened kernels may refuse a PROT_EXEC shared mapping of a memfd, and old C libraries lack
 * memfd_create: probe (once it works or is refused for good; again after a transient failure).
 */
function dualState(): "unknown" | "works" | "refused" {
  if (dual !== "unknown") return dual;
  if (!libc.hasMemfd || !aliasedCodeCoherent()) return (dual = "refused");
  try {
    new Chunk(libc.pageSize, "dual").unmap();
    dual = "works";
  } catch (e) {
    if (!transient(e)) dual = "refused";
  }
  return dual;
}

/** @internal for tests: forget what the probe learnt. */
export function resetDualProbe(): void {
  dual = "unknown";
}


let shared: CodeAllocator | null = null;
/**
 * The process-wide (per-thread: each Worker has its own) default allocator, mode "wx".
 * @example defaultAllocator().alloc(16)
 */
export function defaultAllocator(): CodeAllocator {
  return (shared ??= new CodeAllocator());
}
