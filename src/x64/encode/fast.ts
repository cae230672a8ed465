/**
 * fast.ts — specialised encoders for the common legacy and VEX shapes, the
 * builder's hot path. `fastPlanOf(form, lo words)` is called once per
 * memoised class vector (encode/select.ts) and returns a `FastPlan`: the
 * form's constants (prefix and opcode bytes, REX.W / VEX fields, ModRM digit,
 * which operand goes where, immediate widths) precomputed into one object
 * shape; or null where only the generic encoder (encoder.ts) will do.
 * `fastEncode(plan, ...)` writes one instruction with local variables and no
 * per-call allocation. The class vector also says whether the r/m operand is
 * a register or memory, so each plan has one of the shapes
 *   RR   ModRM with a register r/m          (add rax, rcx; shl r12, 3; inc r14)
 *   RMEM ModRM with a memory r/m            (mov rdx, [rdi+16]; add dword [rbx+rcx*4], 1)
 *   O    register in the opcode's low bits  (push rbx; mov r13, imm; bswap)
 *   Z    no ModRM: implicit operands and immediates only (ret; cqo; add eax, imm32)
 * and the VEX versions of RR, RMEM and Z (andn; vfmadd231pd ymm, ymm, [mem]; vzeroupper).
 *
 * Two tiers. Cold plans run through seven shared functions that read the
 * plan (one data shape, monomorphic call sites, warm after a few calls for
 * every form at once). A plan used `specializeAfter` (1,000) times gets its
 * own function generated with every plan field as a literal (`specialize`),
 * which leaves only operand-dependent branches: ~5-10% on the integer stream,
 * more on simd, in the best-of runs of a noisy machine. Per-form closures over
 * the same shared code measured no better than plans.
 *
 * Contract: `fastEncode` returns true after writing exactly the bytes the
 * generic encoder writes, or returns false — having possibly written some
 * bytes, which the caller discards — when the operands need something it does
 * not do (ah..bh with REX, an absolute or 32-bit address, a segment override,
 * a bigint immediate): the caller then runs the generic path, which produces
 * the same bytes or the same error. So it never throws and never needs
 * a fixup sink (label operands never reach it). The caller guarantees 32
 * bytes of room, no pending lock/rep prefix and no listing.
 *
 * Checked by test/encode/golden.test.ts: every golden line is built twice (the
 * repeat takes this path), once with plans only and once with every plan
 * specialised. Together with the memo (match.ts) this path took the builder's
 * integer stream from ~5 to ~13-15 M instructions/s on the 2-core benchmark
 * machine; see the git log for each step's numbers.
 */
import type { CodeBuffer } from "../../core/code-buffer.ts";
import type { Mem } from "../operands.ts";
import { C_DECO, C_R8H, RT_GP, RT_RIP, type Reg } from "../registers.ts";
import { ENC_LEGACY, ENC_VEX, type Form, ROLE_I, ROLE_IMPLICIT, ROLE_M, ROLE_O, ROLE_R, ROLE_V } from "../table/schema.ts";
import type { Operand } from "../operands.ts";

/** Plan shapes. */
const K_RR = 0, K_RMEM = 1, K_O = 2, K_Z = 3, K_VRR = 4, K_VRMEM = 5, K_VZ = 6;

/** Everything one fast encoding needs from its form, precomputed (one object shape for all plans). */
export class FastPlan {
  constructor(
    readonly kind: number,
    /** operand indices by role, -1 when absent (oIdx doubles as the VEX.vvvv operand) */
    readonly regIdx: number,
    readonly rmIdx: number,
    readonly oIdx: number,
    /** legacy: REX.W as the REX bit (8 or 0); VEX: 0x80 for W1 */
    readonly w: number,
    /** legacy prefix bytes (66/F2/F3) packed little-endian, and how many */
    readonly pfWord: number,
    readonly npf: number,
    /** opcode bytes before the last, packed, and how many (legacy 0–2; VEX 0) */
    readonly opWord: number,
    readonly nop: number,
    readonly opLast: number,
    /** ModRM.reg from the /digit (else 0) and whether the R operand supplies it instead */
    readonly digit: number,
    readonly regFromOp: boolean,
    /** immediates: operand index and byte count, -1/0 when absent; the fixed trailing imm8 or -1 */
    readonly i0: number,
    readonly b0: number,
    readonly i1: number,
    readonly b1: number,
    readonly fixedImm: number,
    /** VEX: map (1–3), L and pp bits of the last prefix byte, and whether the 2-byte C5 form is possible */
    readonly map: number,
    readonly lpp: number,
    readonly c5ok: boolean,
    /** VEX register forms: the form's `commute` (1: swap r/m and vvvv when only r/m needs VEX.B; 2: vcmp, generic path then) */
    readonly comm: number,
    /** The form the plan encodes (for checks that depend on it, e.g. an assembler's feature set). */
    readonly form: Form,
  ) {}
  /** Encodings done through this plan so far (counts up to `specializeAfter`). */
  uses = 0;
  /** The straight-line encoder generated for this plan once it is hot (see `specialize`), or null. */
  spec: SpecEncoder | null = null;
}

/** A plan compiled to straight-line code: same contract as `fastEncode`. */
export type SpecEncoder = (b: CodeBuffer, o0: Operand | undefined, o1: Operand | undefined, o2: Operand | undefined, o3: Operand | undefined) => boolean;

/**
 * Uses of a plan before it is compiled to straight-line code. The shared
 * plan-reading functions warm up fast (one JIT'd body for every form) but
 * branch on per-form data; a hot plan gets its own function with every
 * constant folded in. Tests set 0 (always) and Infinity (never) to check both.
 */
let specializeAfter = 1000;
/** @internal for tests: the hot-plan threshold (0: specialise on first use, Infinity: never). */
export function setSpecializeAfter(n: number): void {
  specializeAfter = n;
}

/** Plans by form and r/m kind (index 0: register r/m or none, 1: memory r/m), shared by every class vector that selects them. */
const cache = new Map<Form, (FastPlan | null | undefined)[]>();

/**
 * The fast plan for form `f` with operands of these lo class words, or null.
 * @param l0 the operands' lo words as matched (register bits, 0 for memory and immediates)
 */
export function fastPlanOf(f: Form, l0: number, l1: number, l2: number, l3: number): FastPlan | null {
  if (f.enc !== ENC_LEGACY && f.enc !== ENC_VEX) return null;
  let regIdx = -1, rmIdx = -1, oIdx = -1, vIdx = -1, i0 = -1, b0 = 0, i1 = -1, b1 = 0;
  const ops = f.ops;
  for (let i = 0; i < ops.length; i++) {
    const role = ops[i]!.role;
    if (role === ROLE_R) regIdx = i;
    else if (role === ROLE_M) rmIdx = i;
    else if (role === ROLE_O) oIdx = i;
    else if (role === ROLE_V) vIdx = i;
    else if (role === ROLE_I) {
      if (i0 < 0) { i0 = i; b0 = ops[i]!.immBytes; } else { i1 = i; b1 = ops[i]!.immBytes; }
    } else if (role !== ROLE_IMPLICIT) return null; // rel targets (labels), is4 registers
  }
  // ModRM exactly when there is an r/m operand (moffs forms have M without ModRM), and no mix with O
  if ((rmIdx >= 0) !== (f.digit !== -2) || (regIdx >= 0 && rmIdx < 0) || (oIdx >= 0 && rmIdx >= 0)) return null;
  if (f.enc === ENC_VEX ? oIdx >= 0 : vIdx >= 0) return null;
  const lo = [l0, l1, l2, l3];
  const rmIsMem = rmIdx >= 0 && (lo[rmIdx]! & ~C_DECO) === 0;
  let per = cache.get(f);
  if (per === undefined) cache.set(f, (per = [undefined, undefined]));
  const k = rmIsMem ? 1 : 0;
  let plan = per[k];
  if (plan === undefined) {
    plan = makePlan(f, regIdx, rmIdx, f.enc === ENC_VEX ? vIdx : oIdx, rmIsMem, i0, b0, i1, b1);
    per[k] = plan;
  }
  return plan;
}

function makePlan(f: Form, regIdx: number, rmIdx: number, oIdx: number, rmIsMem: boolean, i0: number, b0: number, i1: number, b1: number): FastPlan | null {
  const pf = f.prefixes, op = f.opcode;
  const digit = f.digit >= 0 ? f.digit : 0, regFromOp = f.digit < 0;
  if (f.enc === ENC_VEX) {
    // the reg-reg store-form swap (`vex2rev`, llvm-mc's choice when only the r/m register is extended) stays generic
    if (op.length !== 1 || (f.vex2rev >= 0 && rmIdx >= 0 && !rmIsMem)) return null;
    const kind = rmIdx < 0 ? K_VZ : rmIsMem ? K_VRMEM : K_VRR;
    return new FastPlan(kind, regIdx, rmIdx, oIdx, f.w === 1 ? 0x80 : 0, 0, 0, 0, 0, op[0]!, digit, regFromOp, i0, b0, i1, b1, f.fixedImm,
      f.map, (f.l === 1 ? 4 : 0) | f.pp, f.map === 1 && f.w !== 1, kind === K_VRR ? f.commute : 0, f);
  }
  // a row has at most 2 prefix bytes and 3 opcode bytes: packed into words, no array walks per call
  if (pf.length > 3 || op.length > 3) return null;
  let pfWord = 0, opWord = 0;
  for (let i = pf.length - 1; i >= 0; i--) pfWord = (pfWord << 8) | pf[i]!;
  for (let i = op.length - 2; i >= 0; i--) opWord = (opWord << 8) | op[i]!;
  const kind = rmIdx >= 0 ? (rmIsMem ? K_RMEM : K_RR) : oIdx >= 0 ? K_O : K_Z;
  return new FastPlan(kind, regIdx, rmIdx, oIdx, f.w === 1 ? 8 : 0, pfWord, pf.length, opWord, op.length - 1, op[op.length - 1]!, digit, regFromOp,
    i0, b0, i1, b1, f.fixedImm, 0, 0, false, 0, f);
}

/**
 * Write one instruction at `b.pos` by plan `p`; false: not handled (the caller
 * resets `b.pos` and takes the generic path). See the contract above.
 */
export function fastEncode(p: FastPlan, b: CodeBuffer, o0: Operand | undefined, o1: Operand | undefined, o2: Operand | undefined, o3: Operand | undefined): boolean {
  const spec = p.spec;
  if (spec !== null) return spec(b, o0, o1, o2, o3);
  if (++p.uses > specializeAfter) {
    p.spec = specialize(p);
    return p.spec(b, o0, o1, o2, o3);
  }
  switch (p.kind) {
    case K_RR: return encRR(p, b, o0, o1, o2, o3);
    case K_RMEM: return encRMem(p, b, o0, o1, o2, o3);
    case K_O: return encO(p, b, o0, o1, o2, o3);
    case K_Z: return encZ(p, b, o0, o1, o2, o3);
    default: return encVex(p, b, o0, o1, o2, o3);
  }
}

/** One operand by index (indices are the form's constants, so these branches predict well). */
function pick(i: number, o0: Operand | undefined, o1: Operand | undefined, o2: Operand | undefined, o3: Operand | undefined): Operand | undefined {
  return i === 0 ? o0 : i === 1 ? o1 : i === 2 ? o2 : o3;
}

/** Immediates and the fixed trailing byte, after ModRM: returns the new position, or -1 for a bigint immediate. */
function putTail(pl: FastPlan, buf: Uint8Array, p: number, o0: Operand | undefined, o1: Operand | undefined, o2: Operand | undefined, o3: Operand | undefined): number {
  const i0 = pl.i0;
  if (i0 >= 0) {
    const v = pick(i0, o0, o1, o2, o3);
    if (typeof v !== "number") return -1;
    p = putImm(buf, p, v, pl.b0);
    const i1 = pl.i1;
    if (i1 >= 0) {
      const v1 = pick(i1, o0, o1, o2, o3);
      if (typeof v1 !== "number") return -1;
      p = putImm(buf, p, v1, pl.b1);
    }
  }
  const fixed = pl.fixedImm;
  if (fixed >= 0) buf[p++] = fixed;
  return p;
}

/** RR: ModRM mod=11. */
function encRR(pl: FastPlan, b: CodeBuffer, o0: Operand | undefined, o1: Operand | undefined, o2: Operand | undefined, o3: Operand | undefined): boolean {
  const rm = pick(pl.rmIdx, o0, o1, o2, o3) as Reg;
  let rex = pl.w | ((rm.id & 8) >> 3), x8 = rm.bits === 8 ? byteRegRex(rm) : 0;
  let regField = pl.digit;
  if (pl.regIdx >= 0) {
    const r = pick(pl.regIdx, o0, o1, o2, o3) as Reg;
    rex |= (r.id & 8) >> 1;
    if (r.bits === 8) x8 |= byteRegRex(r);
    if (pl.regFromOp) regField = r.id & 7;
  }
  if (x8 === X8_HIGH_AND_REX || (x8 === X8_HIGH && rex !== 0)) return false; // ah..bh with REX: the generic path's error
  const buf = b.buf;
  let p = putHead(pl, buf, b.pos, rex, x8);
  buf[p] = pl.opLast;
  buf[p + 1] = 0xc0 | (regField << 3) | (rm.id & 7);
  p = putTail(pl, buf, p + 2, o0, o1, o2, o3);
  if (p < 0) return false;
  b.pos = p;
  return true;
}

/** RMEM: ModRM (+SIB, disp) for a memory operand. */
function encRMem(pl: FastPlan, b: CodeBuffer, o0: Operand | undefined, o1: Operand | undefined, o2: Operand | undefined, o3: Operand | undefined): boolean {
  const m = pick(pl.rmIdx, o0, o1, o2, o3) as Mem;
  const base = m.base, index = m.index;
  // absolute addresses (range check), 32-bit addresses (67) and segment overrides: generic path
  if (base === null || m.seg >= 0 || base.bits === 32) return false;
  let rex = pl.w, x8 = 0;
  if (base.type === RT_GP) rex |= (base.id & 8) >> 3;
  if (index !== null) rex |= (index.id & 8) >> 2;
  let regField = pl.digit;
  if (pl.regIdx >= 0) {
    const r = pick(pl.regIdx, o0, o1, o2, o3) as Reg;
    rex |= (r.id & 8) >> 1;
    if (r.bits === 8) x8 = byteRegRex(r);
    if (pl.regFromOp) regField = r.id & 7;
  }
  if (x8 === X8_HIGH && rex !== 0) return false;
  const buf = b.buf;
  let p = putHead(pl, buf, b.pos, rex, x8);
  buf[p++] = pl.opLast;
  p = putMem(buf, p, regField, m);
  p = putTail(pl, buf, p, o0, o1, o2, o3);
  if (p < 0) return false;
  b.pos = p;
  return true;
}

/** O: register number in the opcode's low 3 bits, REX.B for r8–r15. */
function encO(pl: FastPlan, b: CodeBuffer, o0: Operand | undefined, o1: Operand | undefined, o2: Operand | undefined, o3: Operand | undefined): boolean {
  const r = pick(pl.oIdx, o0, o1, o2, o3) as Reg;
  const rex = pl.w | ((r.id & 8) >> 3), x8 = r.bits === 8 ? byteRegRex(r) : 0;
  if (x8 === X8_HIGH && rex !== 0) return false;
  const buf = b.buf;
  let p = putHead(pl, buf, b.pos, rex, x8);
  buf[p] = pl.opLast + (r.id & 7);
  p = putTail(pl, buf, p + 1, o0, o1, o2, o3);
  if (p < 0) return false;
  b.pos = p;
  return true;
}

/** Z: opcode, then immediates (implicit register operands are not encoded). */
function encZ(pl: FastPlan, b: CodeBuffer, o0: Operand | undefined, o1: Operand | undefined, o2: Operand | undefined, o3: Operand | undefined): boolean {
  const buf = b.buf;
  let p = putHead(pl, buf, b.pos, pl.w, 0);
  buf[p] = pl.opLast;
  p = putTail(pl, buf, p + 1, o0, o1, o2, o3);
  if (p < 0) return false;
  b.pos = p;
  return true;
}

/** VEX RR / RMEM / Z: the 2- or 3-byte VEX prefix (as encoder.ts), opcode, ModRM. */
function encVex(pl: FastPlan, b: CodeBuffer, o0: Operand | undefined, o1: Operand | undefined, o2: Operand | undefined, o3: Operand | undefined): boolean {
  let R = 0, X = 0, B = 0, regField = pl.digit, rmReg: Reg | null = null, m: Mem | null = null;
  if (pl.regIdx >= 0) {
    const r = pick(pl.regIdx, o0, o1, o2, o3) as Reg;
    R = r.id & 8;
    if (pl.regFromOp) regField = r.id & 7;
  }
  const kind = pl.kind;
  if (kind === K_VRMEM) {
    m = pick(pl.rmIdx, o0, o1, o2, o3) as Mem;
    const base = m.base;
    if (base === null || m.seg >= 0 || base.bits === 32) return false; // absolute, segment, 67: generic path
    if (base.type === RT_GP) B = base.id & 8;
    if (m.index !== null) X = m.index.id & 8;
  } else if (kind === K_VRR) {
    rmReg = pick(pl.rmIdx, o0, o1, o2, o3) as Reg;
    B = rmReg.id & 8;
  }
  let vvvv = pl.oIdx >= 0 ? (pick(pl.oIdx, o0, o1, o2, o3) as Reg).id & 15 : 0;
  let rmLow = rmReg !== null ? rmReg.id & 7 : 0;
  if (pl.comm !== 0 && B !== 0 && (vvvv & 8) === 0) {
    // commuted sources (encoder.ts): r/m and vvvv swap so the 2-byte VEX fits; vcmp's predicate rule stays generic
    if (pl.comm !== 1) return false;
    const t = vvvv;
    vvvv = rmReg!.id & 15;
    rmLow = t;
    B = 0;
  }
  const buf = b.buf;
  let p = b.pos;
  if (pl.c5ok && X === 0 && B === 0) {
    buf[p] = 0xc5;
    buf[p + 1] = (R !== 0 ? 0 : 0x80) | ((~vvvv & 15) << 3) | pl.lpp;
    p += 2;
  } else {
    buf[p] = 0xc4;
    buf[p + 1] = (R !== 0 ? 0 : 0x80) | (X !== 0 ? 0 : 0x40) | (B !== 0 ? 0 : 0x20) | pl.map;
    buf[p + 2] = pl.w | ((~vvvv & 15) << 3) | pl.lpp;
    p += 3;
  }
  buf[p++] = pl.opLast;
  if (m !== null) p = putMem(buf, p, regField, m);
  else if (rmReg !== null) buf[p++] = 0xc0 | (regField << 3) | rmLow;
  p = putTail(pl, buf, p, o0, o1, o2, o3);
  if (p < 0) return false;
  b.pos = p;
  return true;
}

/**
 * Generate the straight-line encoder of a plan: the same steps as encRR /
 * encRMem / encO / encZ / encVex with the plan's fields as literals, so the
 * only branches left depend on the operands.
 */
function specialize(pl: FastPlan): SpecEncoder {
  const L: string[] = [];
  const hex = (n: number) => "0x" + n.toString(16);
  const regField = pl.regIdx >= 0 && pl.regFromOp ? "(r.id & 7)" : String(pl.digit);
  const reg = () => { if (pl.regIdx >= 0) L.push(`const r = o${pl.regIdx};`); };
  const bytes = (word: number, n: number) => { for (let i = 0; i < n; i++) L.push(`buf[p++] = ${hex((word >>> (8 * i)) & 0xff)};`); };
  const head = (rexConst: boolean) => {
    bytes(pl.pfWord, pl.npf);
    if (rexConst) { if (pl.w !== 0) L.push(`buf[p++] = ${hex(0x40 | pl.w)};`); }
    else if (pl.w !== 0) L.push(`buf[p++] = 0x40 | rex;`);
    else L.push(`if (rex !== 0 || x8 === ${X8_REX}) buf[p++] = 0x40 | rex;`);
    bytes(pl.opWord, pl.nop);
  };
  const imm = (v: string, n: number) => {
    L.push(`if (typeof ${v} !== "number") return false;`);
    if (n === 1) L.push(`buf[p++] = ${v};`);
    else if (n === 2) L.push(`buf[p] = ${v}; buf[p + 1] = ${v} >>> 8; p += 2;`);
    else if (n === 4) L.push(`buf[p] = ${v}; buf[p + 1] = ${v} >>> 8; buf[p + 2] = ${v} >>> 16; buf[p + 3] = ${v} >>> 24; p += 4;`);
    else L.push(`p = putImm(buf, p, ${v}, ${n});`);
  };
  const tail = () => {
    if (pl.i0 >= 0) { L.push(`const v0 = o${pl.i0};`); imm("v0", pl.b0); }
    if (pl.i0 >= 0 && pl.i1 >= 0) { L.push(`const v1 = o${pl.i1};`); imm("v1", pl.b1); }
    if (pl.fixedImm >= 0) L.push(`buf[p++] = ${hex(pl.fixedImm)};`);
    L.push(`b.pos = p;`, `return true;`);
  };
  switch (pl.kind) {
    case K_RR:
      L.push(`const rm = o${pl.rmIdx};`, `let rex = ${pl.w} | ((rm.id & 8) >> 3), x8 = rm.bits === 8 ? byteRegRex(rm) : 0;`);
      reg();
      if (pl.regIdx >= 0) L.push(`rex |= (r.id & 8) >> 1;`, `if (r.bits === 8) x8 |= byteRegRex(r);`);
      L.push(`if (x8 === ${X8_HIGH_AND_REX} || (x8 === ${X8_HIGH} && rex !== 0)) return false;`, `const buf = b.buf;`, `let p = b.pos;`);
      head(false);
      L.push(`buf[p++] = ${hex(pl.opLast)};`, `buf[p++] = 0xc0 | (${regField} << 3) | (rm.id & 7);`);
      break;
    case K_RMEM:
      L.push(`const m = o${pl.rmIdx}, base = m.base, index = m.index;`, `if (base === null || m.seg >= 0 || base.bits === 32) return false;`);
      L.push(`let rex = ${pl.w}, x8 = 0;`, `if (base.type === RT_GP) rex |= (base.id & 8) >> 3;`, `if (index !== null) rex |= (index.id & 8) >> 2;`);
      reg();
      if (pl.regIdx >= 0) L.push(`rex |= (r.id & 8) >> 1;`, `if (r.bits === 8) x8 = byteRegRex(r);`);
      L.push(`if (x8 === ${X8_HIGH} && rex !== 0) return false;`, `const buf = b.buf;`, `let p = b.pos;`);
      head(false);
      L.push(`buf[p++] = ${hex(pl.opLast)};`, `p = putMem(buf, p, ${regField}, m);`);
      break;
    case K_O:
      L.push(`const r = o${pl.oIdx};`, `const rex = ${pl.w} | ((r.id & 8) >> 3), x8 = r.bits === 8 ? byteRegRex(r) : 0;`);
      L.push(`if (x8 === ${X8_HIGH} && rex !== 0) return false;`, `const buf = b.buf;`, `let p = b.pos;`);
      head(false);
      L.push(`buf[p++] = ${hex(pl.opLast)} + (r.id & 7);`);
      break;
    case K_Z:
      L.push(`const buf = b.buf;`, `let p = b.pos;`);
      head(true);
      L.push(`buf[p++] = ${hex(pl.opLast)};`);
      break;
    default: {
      // VEX
      L.push(`let R = 0, X = 0, B = 0;`);
      reg();
      if (pl.regIdx >= 0) L.push(`R = r.id & 8;`);
      if (pl.kind === K_VRMEM) {
        L.push(`const m = o${pl.rmIdx}, base = m.base;`, `if (base === null || m.seg >= 0 || base.bits === 32) return false;`);
        L.push(`if (base.type === RT_GP) B = base.id & 8;`, `if (m.index !== null) X = m.index.id & 8;`);
      } else if (pl.kind === K_VRR) L.push(`const rm = o${pl.rmIdx};`, `B = rm.id & 8;`, `let rmLow = rm.id & 7;`);
      L.push(`let vvvv = ${pl.oIdx >= 0 ? `o${pl.oIdx}.id & 15` : "0"};`);
      if (pl.comm === 1) L.push(`if (B !== 0 && (vvvv & 8) === 0) { const t = vvvv; vvvv = rm.id & 15; rmLow = t; B = 0; }`);
      else if (pl.comm !== 0) L.push(`if (B !== 0 && (vvvv & 8) === 0) return false;`);
      L.push(`const buf = b.buf;`, `let p = b.pos;`);
      const c4 = `{ buf[p] = 0xc4; buf[p + 1] = (R !== 0 ? 0 : 0x80) | (X !== 0 ? 0 : 0x40) | (B !== 0 ? 0 : 0x20) | ${pl.map}; buf[p + 2] = ${pl.w} | ((~vvvv & 15) << 3) | ${pl.lpp}; p += 3; }`;
      if (pl.c5ok) L.push(`if (X === 0 && B === 0) { buf[p] = 0xc5; buf[p + 1] = (R !== 0 ? 0 : 0x80) | ((~vvvv & 15) << 3) | ${pl.lpp}; p += 2; } else ${c4}`);
      else L.push(c4);
      L.push(`buf[p++] = ${hex(pl.opLast)};`);
      if (pl.kind === K_VRMEM) L.push(`p = putMem(buf, p, ${regField}, m);`);
      else if (pl.kind === K_VRR) L.push(`buf[p++] = 0xc0 | (${regField} << 3) | rmLow;`);
    }
  }
  tail();
  const make = new Function("byteRegRex", "putMem", "putImm", "RT_GP", `"use strict";\nreturn function fastSpec(b, o0, o1, o2, o3) {\n  ${L.join("\n  ")}\n};`);
  return make(byteRegRex, putMem, putImm, RT_GP) as SpecEncoder;
}

/** ModRM, SIB and displacement of a memory operand with a GP or rip base, as encoder.ts emitMem with disp8 scale 1. */
function putMem(buf: Uint8Array, p: number, regField: number, m: Mem): number {
  const base = m.base!, index = m.index, disp = m.disp as number; // based: an int32
  if (base.type === RT_RIP) {
    buf[p] = (regField << 3) | 5;
    return put32(buf, p + 1, disp);
  }
  const baseId = base.id & 7;
  const mod = disp === 0 && baseId !== 5 ? 0 : disp >= -128 && disp <= 127 ? 1 : 2;
  if (index === null && baseId !== 4) buf[p++] = (mod << 6) | (regField << 3) | baseId;
  else {
    buf[p] = (mod << 6) | (regField << 3) | 4;
    // scale 1/2/4/8 → ss 0/1/2/3 (31 - clz32)
    buf[p + 1] = ((31 - Math.clz32(m.scale)) << 6) | ((index === null ? 4 : index.id & 7) << 3) | baseId;
    p += 2;
  }
  if (mod === 1) buf[p++] = disp;
  else if (mod === 2) p = put32(buf, p, disp);
  return p;
}

/** byteRegRex results: spl/bpl/sil/dil/r8b.. need a REX prefix; ah/ch/dh/bh forbid one; both at once is an error. */
const X8_REX = 1, X8_HIGH = 2, X8_HIGH_AND_REX = 3;
/** REX needs of an 8-bit register (legacy forms only accept general-purpose ones). */
function byteRegRex(r: Reg): number {
  return (r.cls & C_R8H) !== 0 ? X8_HIGH : r.id >= 4 ? X8_REX : 0;
}

/** Form prefixes, REX (when any bit is set or a byte register needs it) and all opcode bytes but the last. */
function putHead(pl: FastPlan, buf: Uint8Array, p: number, rex: number, x8: number): number {
  // Branch-free: the packed words are stored whole and the position advances by the byte count (the
  // caller guarantees 32 bytes of room; bytes past the instruction are overwritten or lie beyond b.pos).
  // Branches on per-form data mispredict in a mixed stream: this and putImm's stores measured +2-3%.
  const pfWord = pl.pfWord;
  buf[p] = pfWord;
  buf[p + 1] = pfWord >>> 8;
  buf[p + 2] = pfWord >>> 16;
  p += pl.npf;
  buf[p] = 0x40 | rex;
  p += (rex | (x8 & X8_REX)) !== 0 ? 1 : 0;
  const opWord = pl.opWord;
  buf[p] = opWord;
  buf[p + 1] = opWord >>> 8;
  return p + pl.nop;
}

function put32(buf: Uint8Array, p: number, v: number): number {
  buf[p] = v;
  buf[p + 1] = v >>> 8;
  buf[p + 2] = v >>> 16;
  buf[p + 3] = v >>> 24;
  return p + 4;
}

/** An immediate of 1, 2, 4 or 8 bytes from a number (stores reduce modulo 2^8, >>> modulo 2^32: exact up to 2^53, as writeImm). */
function putImm(buf: Uint8Array, p: number, v: number, bytes: number): number {
  // 1, 2 and 4 bytes: four stores and an advance (see putHead)
  buf[p] = v;
  buf[p + 1] = v >>> 8;
  buf[p + 2] = v >>> 16;
  buf[p + 3] = v >>> 24;
  if (bytes !== 8) return p + bytes;
  return put32(buf, p + 4, Math.floor(v / 4294967296) >>> 0);
}
