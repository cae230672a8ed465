/**
 * plan.ts — a form's encoding constants, precomputed once per form and r/m
 * kind (register or memory) into one object shape: which operand plays which
 * role, the prefix and opcode bytes, REX.W / VEX / EVEX fields, the ModRM
 * digit, immediate widths, the EVEX disp8×N scales, and the per-form swaps
 * llvm-mc makes (vex2rev, comm). steps.ts turns a plan into code: read at
 * run time by the shared encoders of each kind, or folded into a plan's own
 * encoder once it is hot. It writes no bytes.
 */
import type { CodeBuffer } from "../../core/code-buffer.ts";
import { JitError } from "../../core/errors.ts";
import type { Operand } from "../operands.ts";
import { ENC_EVEX, ENC_LEGACY, ENC_VEX, type Form, ROLE_D, ROLE_I, ROLE_IMPLICIT, ROLE_L, ROLE_M, ROLE_O, ROLE_R, ROLE_V } from "../table/schema.ts";
import { disp8Scale } from "../table/vocabulary.ts";

/** Plan kinds: the encoding class × where the r/m operand is (none: no ModRM; register; memory). */
export const K_LZ = 0, K_LR = 1, K_LM = 2, K_VZ = 3, K_VR = 4, K_VM = 5, K_ER = 6, K_EM = 7;
export const KIND_NAMES = ["LZ", "LR", "LM", "VZ", "VR", "VM", "ER", "EM"];

/** Everything one encoding needs from its form (one object shape for all plans). */
export class Plan {
  /** Encodings done through this plan by the fast tier (counts up to the specialisation threshold). */
  uses = 0;
  /** The plan's own straight-line encoder once it is hot (steps.ts `SpecEncoder`), or null. */
  spec: ((b: CodeBuffer, o0: Operand | undefined, o1: Operand | undefined, o2: Operand | undefined, o3: Operand | undefined) => boolean) | null = null;
  constructor(
    readonly form: Form,
    readonly kind: number,
    /** operand indices by role, -1 when absent */
    readonly regIdx: number,
    readonly rmIdx: number,
    readonly vIdx: number,
    readonly oIdx: number,
    /** is4 register (VEX blendv), relative target */
    readonly lIdx: number,
    readonly relIdx: number,
    readonly relBytes: number,
    /** immediates: operand index and byte count, -1/0 when absent; the fixed trailing imm8 or -1 */
    readonly i0: number,
    readonly b0: number,
    readonly i1: number,
    readonly b1: number,
    readonly fixedImm: number,
    /** ModRM.reg from the /digit (else 0), and whether the R operand supplies it instead */
    readonly digit: number,
    readonly regFromOp: boolean,
    /** legacy: REX.W as the REX bit (8 or 0); prefix bytes (66/F2/F3) and opcode bytes but the last, packed little-endian, and their counts */
    readonly rexW: number,
    readonly pfWord: number,
    readonly npf: number,
    readonly opWord: number,
    readonly nop: number,
    /** the last (legacy) or only (VEX/EVEX) opcode byte */
    readonly opLast: number,
    /** VEX/EVEX: map (1–3), pp, the W bit as 0x80 or 0, L as VEX's bit (4) or EVEX's L'L (0–2) */
    readonly map: number,
    readonly pp: number,
    readonly vexW: number,
    readonly vexL: number,
    /** VEX: the 2-byte C5 prefix is possible (map 0F, W0) */
    readonly c5ok: boolean,
    /** VEX reg-reg: the store opcode (and its pp, or -1) when only r/m needs VEX.B, or -1 (row flag vex2rev) */
    readonly vex2rev: number,
    readonly vex2revPp: number,
    /** VEX: sources commute (1) or commute for symmetric predicates (2), row flag comm; 0 */
    readonly commute: number,
    /** EVEX: disp8×N scale of a full memory operand and of a broadcast */
    readonly nFull: number,
    readonly nBcst: number,
  ) {}
}

/** Plans by form: index 0 register r/m (or none), 1 memory r/m. */
const plans = new Map<Form, (Plan | undefined)[]>();

/**
 * The plan of form `f` with its r/m operand in memory (`rmIsMem`) or a register.
 * @throws JitError EOPERAND for a form whose operand roles no plan kind has (a table bug, reached by the row tests)
 */
export function planOf(f: Form, rmIsMem: boolean): Plan {
  let per = plans.get(f);
  if (per === undefined) plans.set(f, (per = [undefined, undefined]));
  const k = rmIsMem ? 1 : 0;
  return (per[k] ??= makePlan(f, rmIsMem));
}

function makePlan(f: Form, rmIsMem: boolean): Plan {
  let regIdx = -1, rmIdx = -1, vIdx = -1, oIdx = -1, lIdx = -1, relIdx = -1, relBytes = 0, i0 = -1, b0 = 0, i1 = -1, b1 = 0;
  const ops = f.ops;
  for (let i = 0; i < ops.length; i++) {
    const s = ops[i]!;
    switch (s.role) {
      case ROLE_R: regIdx = i; break;
      case ROLE_M: rmIdx = i; break;
      case ROLE_V: vIdx = i; break;
      case ROLE_O: oIdx = i; break;
      case ROLE_L: lIdx = i; break;
      case ROLE_D: relIdx = i; relBytes = s.immBytes; break;
      case ROLE_I:
        if (i0 < 0) { i0 = i; b0 = s.immBytes; } else { i1 = i; b1 = s.immBytes; }
        break;
      case ROLE_IMPLICIT: break;
    }
  }
  const modrm = f.digit !== -2;
  const mem = rmIdx >= 0 && rmIsMem;
  let kind: number;
  if (f.enc === ENC_LEGACY) kind = !modrm ? K_LZ : mem ? K_LM : K_LR;
  else if (f.enc === ENC_VEX) kind = !modrm ? K_VZ : mem ? K_VM : K_VR;
  else if (modrm) kind = mem ? K_EM : K_ER;
  else throw new JitError("EOPERAND", `${f.text}: an EVEX form without ModRM has no encoding plan`, { instruction: f.mnemonic });
  const pf = f.prefixes, op = f.opcode;
  let pfWord = 0, opWord = 0;
  for (let i = pf.length - 1; i >= 0; i--) pfWord = pfWord * 256 + pf[i]!;
  for (let i = op.length - 2; i >= 0; i--) opWord = opWord * 256 + op[i]!;
  if (pf.length > 3 || op.length > 4) throw new JitError("EOPERAND", `${f.text}: more than 3 prefix or 4 opcode bytes`, { instruction: f.mnemonic });
  const elemBits = rmIdx >= 0 ? ops[rmIdx]!.elemBits : 0, memBits = rmIdx >= 0 ? ops[rmIdx]!.memBits : 0;
  const evex = f.enc === ENC_EVEX;
  return new Plan(
    f, kind, regIdx, rmIdx, vIdx, oIdx, lIdx, relIdx, relBytes, i0, b0, i1, b1, f.fixedImm,
    f.digit >= 0 ? f.digit : 0, f.digit === -1 && regIdx >= 0,
    f.enc === ENC_LEGACY && f.w === 1 ? 8 : 0, pfWord, pf.length, opWord, op.length - 1, op[op.length - 1]!,
    f.map, f.pp, f.w === 1 ? 0x80 : 0, evex ? (f.l < 0 ? 0 : f.l) : f.l === 1 ? 4 : 0,
    f.enc === ENC_VEX && f.map === 1 && f.w !== 1,
    f.vex2rev, f.vex2revPp, f.commute,
    evex && mem ? disp8Scale(f, false, elemBits, memBits) : 1, evex && mem ? disp8Scale(f, true, elemBits, memBits) : 1,
  );
}
