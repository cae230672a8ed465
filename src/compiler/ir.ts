/**
 * ir.ts — the compiler's instruction list: what `c.*` calls record before
 * allocation. An instruction names the variables it reads and writes
 * (`uses`, `defs`) as numbers: physical registers first (GP 0–15, vector
 * 16–47, k 48–55), then the compiler's virtual registers (56 + index). rsp
 * and rbp are never variables: the frame owns them.
 *
 * Positions: instruction i is at 2·i; odd positions lie between
 * instructions, where the allocator places its moves.
 *
 * Nothing here decides registers (allocate.ts) or writes bytes (emit.ts).
 */
import type { Label } from "../core/label.ts";
import type { Operand } from "../x64/operands.ts";
import type { FormSet } from "../x64/encode/select.ts";
import type { Rounding } from "../x64/operands.ts";
import { gp16, gp32, gp64, gp8, kreg, Reg, RT_GP, RT_K, RT_XMM, RT_YMM, RT_ZMM, xmm, ymm, zmm } from "../x64/registers.ts";
import type { Form } from "../x64/table/schema.ts";
import { CLASS_GP, CLASS_K, CLASS_VEC } from "./vreg.ts";

/** Instruction kinds. */
export const OP_INSN = 0, OP_COPY = 1, OP_BIND = 2, OP_CALL = 3, OP_RET = 4, OP_ALIGN = 5;

/** Variables: physical registers, then virtual ones. */
export const VAR_GP = 0, VAR_VEC = 16, VAR_K = 48, VAR_VIRTUAL = 56;

const NO_OPS: Operand[] = [];
const NO_VARS: number[] = [];

/** The rarely used part of an instruction record (copies, calls, rounding, narrow-write reads). */
class InsnExtra {
  rc: Rounding | null = null;
  weak: number[] = NO_VARS;
  dst = -1;
  src = -1;
  cls = 0;
  bits = 0;
  target: unknown = null;
  options: unknown = null;
}

const F_MEMOK = 1, F_EARLY = 2, F_IDIOM = 4;

/**
 * One recorded instruction. Small on purpose (one is made per instruction):
 * the common fields are own properties, assigned once in the constructor;
 * flags share one number; the rare ones live in `x` behind accessors.
 */
export class Insn {
  /** OP_INSN: the mnemonic's selection entry and the chosen form (with virtual operands). */
  declare entry: FormSet | null;
  declare form: Form | null;
  /** OP_INSN: operands as written (virtual registers included). OP_CALL: the arguments. OP_RET: [] or [value]. */
  declare ops: Operand[];
  /** Variables read (each once). */
  declare uses: number[];
  /** Variables written (each once). */
  declare defs: number[];
  /** Control transfer (facts KIND_*), and the label it goes to. */
  declare kind: number;
  declare label: Label | null;
  /** F_* bits, and the prefix byte (0, 0xf0 lock, 0xf3 rep, 0xf2 repne) in bits 8–15. */
  declare flags: number;
  declare x: InsnExtra | null;
  declare op: number;
  /** What recorded it, for errors ("add", "call strlen", "argument"). */
  declare what: string;
  /** An operand array this record owns (reused when the record is). */
  declare private own: Operand[];
  constructor(op: number, what: string) {
    this.op = op;
    this.what = what;
    this.entry = null;
    this.form = null;
    this.ops = NO_OPS;
    this.uses = [];
    this.defs = [];
    this.kind = 0;
    this.label = null;
    this.flags = 0;
    this.x = null;
    this.own = [];
  }
  /** Start over as a new record (the pool's reuse). */
  reset(op: number, what: string): this {
    this.op = op;
    this.what = what;
    this.entry = null;
    this.form = null;
    this.ops = NO_OPS;
    this.uses.length = 0;
    this.defs.length = 0;
    this.kind = 0;
    this.label = null;
    this.flags = 0;
    this.x = null;
    return this;
  }
  /** This record's own operand array, n long (contents to be filled). */
  operands(n: number): Operand[] {
    const a = this.own;
    a.length = n;
    return a;
  }
  private get extra(): InsnExtra {
    return (this.x ??= new InsnExtra());
  }
  /** The uses may live in memory here (copies, call arguments, return values): no register required. */
  get memOk(): boolean {
    return (this.flags & F_MEMOK) !== 0;
  }
  set memOk(v: boolean) {
    this.flags = v ? this.flags | F_MEMOK : this.flags & ~F_MEMOK;
  }
  /** Defs start with the uses (they must not share a register with a use: AVX2/EVEX gathers). */
  get early(): boolean {
    return (this.flags & F_EARLY) !== 0;
  }
  set early(v: boolean) {
    this.flags = v ? this.flags | F_EARLY : this.flags & ~F_EARLY;
  }
  /** A zero idiom with its two sources the same (`vpxor x, y, y`): y is not read; emission writes `x, x, x`. */
  get idiom(): boolean {
    return (this.flags & F_IDIOM) !== 0;
  }
  set idiom(v: boolean) {
    this.flags = v ? this.flags | F_IDIOM : this.flags & ~F_IDIOM;
  }
  /** Prefix byte: 0, 0xf0 lock, 0xf3 rep, 0xf2 repne. */
  get prefix(): number {
    return this.flags >>> 8;
  }
  set prefix(v: number) {
    this.flags = (this.flags & 0xff) | (v << 8);
  }
  /** Trailing {er}/{sae} operand. */
  get rc(): Rounding | null {
    return this.x === null ? null : this.x.rc;
  }
  set rc(v: Rounding | null) {
    if (v !== null || this.x !== null) this.extra.rc = v;
  }
  /** Uses only because a narrow or merge-masked write keeps the other bits: not an error to read undefined. */
  get weak(): number[] {
    return this.x === null ? NO_VARS : this.x.weak;
  }
  set weak(v: number[]) {
    this.extra.weak = v;
  }
  /** OP_COPY: destination and source variables and the value's class and width. */
  get dst(): number {
    return this.x === null ? -1 : this.x.dst;
  }
  set dst(v: number) {
    this.extra.dst = v;
  }
  get src(): number {
    return this.x === null ? -1 : this.x.src;
  }
  set src(v: number) {
    this.extra.src = v;
  }
  get cls(): number {
    return this.x === null ? 0 : this.x.cls;
  }
  set cls(v: number) {
    this.extra.cls = v;
  }
  get bits(): number {
    return this.x === null ? 0 : this.x.bits;
  }
  set bits(v: number) {
    this.extra.bits = v;
  }
  /** OP_CALL: the target and its options. OP_ALIGN: the alignment. */
  get target(): unknown {
    return this.x === null ? null : this.x.target;
  }
  set target(v: unknown) {
    this.extra.target = v;
  }
  get options(): unknown {
    return this.x === null ? null : this.x.options;
  }
  set options(v: unknown) {
    this.extra.options = v;
  }
}


/**
 * Records are pooled across compilations: a JIT compiles many functions, and
 * a record (with its arrays) per instruction is most of the allocation.
 */
const pool: Insn[] = [];
const POOL_MAX = 1 << 16;

/** A new instruction record with defaults (from the pool when it has one). */
export function insn(op: number, what: string): Insn {
  const p = pool.pop();
  return p === undefined ? new Insn(op, what) : p.reset(op, what);
}

/** Give records back to the pool once nothing reads them (after emission). */
export function releaseInsns(list: Insn[]): void {
  for (let i = 0; i < list.length && pool.length < POOL_MAX; i++) pool.push(list[i]!);
  list.length = 0;
}

/** The variable of a physical register (ah..bh map to 0–3); -1 for rsp, rbp, rip and segment registers. */
export function physVar(r: Reg): number {
  if (r.type === RT_GP) {
    const id = r.isHigh8 ? r.id - 4 : r.id;
    return id === 4 || id === 5 ? -1 : VAR_GP + id;
  }
  if (r.type === RT_XMM || r.type === RT_YMM || r.type === RT_ZMM) return VAR_VEC + r.id;
  if (r.type === RT_K) return VAR_K + r.id;
  return -1;
}

/** The class (CLASS_*) of a physical variable. */
export function varClass(v: number): number {
  return v < VAR_VEC ? CLASS_GP : v < VAR_K ? CLASS_VEC : CLASS_K;
}

/** The register number within its class of a physical variable. */
export function physNumber(v: number): number {
  return v < VAR_VEC ? v : v < VAR_K ? v - VAR_VEC : v - VAR_K;
}

/** The physical variable of register number `n` in class `cls`. */
export function physOf(cls: number, n: number): number {
  return cls === CLASS_GP ? VAR_GP + n : cls === CLASS_VEC ? VAR_VEC + n : VAR_K + n;
}

/** The physical register object for a class, number, view width and register family. */
export function physReg(cls: number, n: number, bits: number, type: number): Reg {
  if (cls === CLASS_GP) return bits === 64 ? gp64[n]! : bits === 32 ? gp32[n]! : bits === 16 ? gp16[n]! : gp8[n]!;
  if (cls === CLASS_K) return kreg[n]!;
  return type === RT_ZMM ? zmm[n]! : type === RT_YMM ? ymm[n]! : xmm[n]!;
}

/** Names of physical variables for messages. */
export function physName(v: number): string {
  return v < VAR_VEC ? gp64[v]!.name : v < VAR_K ? `xmm${v - VAR_VEC}` : `k${v - VAR_K}`;
}
