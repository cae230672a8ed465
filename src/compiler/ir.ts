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

/** One recorded instruction. */
export class Insn {
  /** OP_INSN: the mnemonic's selection entry and the chosen form (with virtual operands). */
  entry: FormSet | null = null;
  form: Form | null = null;
  /** OP_INSN: operands as written (virtual registers included). OP_CALL: the arguments. OP_RET: [] or [value]. */
  ops: Operand[] = NO_OPS;
  /** Trailing {er}/{sae} operand. */
  rc: Rounding | null = null;
  /** Variables read (each once). */
  uses: number[] = [];
  /** Variables written (each once). */
  defs: number[] = [];
  /** Uses only because a narrow or merge-masked write keeps the other bits: not an error to read undefined. */
  weak: number[] = NO_VARS;
  /** The uses may live in memory here (copies, call arguments, return values): no register required. */
  memOk = false;
  /** Defs start with the uses (they must not share a register with a use: AVX2/EVEX gathers). */
  early = false;
  /** A zero idiom with its two sources the same (`vpxor x, y, y`): y is not read; emission writes `x, x, x`. */
  idiom = false;
  /** Control transfer (facts KIND_*), and the label it goes to. */
  kind = 0;
  label: Label | null = null;
  /** Prefix byte: 0, 0xf0 lock, 0xf3 rep, 0xf2 repne. */
  prefix = 0;
  /** OP_COPY: destination and source variables and the value's class and width. */
  dst = -1;
  src = -1;
  cls = 0;
  bits = 0;
  /** OP_CALL: the target and its options. OP_ALIGN: the alignment. */
  target: unknown = null;
  options: unknown = null;
  constructor(
    readonly op: number,
    /** What recorded it, for errors ("add", "call strlen", "argument"). */
    readonly what: string,
  ) {}
}

const NO_OPS: Operand[] = [];
const NO_VARS: number[] = [];

/** A new instruction record with defaults. */
export function insn(op: number, what: string): Insn {
  return new Insn(op, what);
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
