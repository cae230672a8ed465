/**
 * choose.ts — which decode entry (table form) an instruction's bytes select:
 * the prefix context as llvm's decoder forms it (which F2/F3/66 is the
 * mandatory prefix, REX.W over 66, the 16-bit form beside a mandatory F2/F3),
 * the VEX/EVEX fields, the ModRM digit and mod, and where the table lacks the
 * form llvm would take, a refusal instead of a guess. No mnemonic is named.
 */
import { MAP_1BYTE, MOD_MEM, MOD_REG, PFX_66, PFX_F2, PFX_F3, SP_EVEX, SP_LEGACY, type DecodeEntry } from "./tables.ts";
import type { State } from "./state.ts";

// llvm's instruction context: which prefixes select the instruction
const X_OPSIZE = 1, X_XS = 2, X_XD = 4, X_REXW = 8, X_ADSIZE = 16;

/** The context bits of a legacy instruction, as llvm's decoder forms them from the prefixes. */
export function legacyContext(s: State): number {
  let c = 0;
  if (s.mandatory === 0) {
    if (s.opsize) c |= X_OPSIZE;
    if (s.adsize) c |= X_ADSIZE;
    if (s.map === MAP_1BYTE) { if (s.rep === 0xf3 && s.opcode === 0x90) c |= X_XS; }
    else if (s.rep === 0xf2) c |= X_XD;
    else if (s.rep === 0xf3) c |= X_XS;
  } else if (s.mandatory === 0xf2) c |= X_XD;
  else if (s.mandatory === 0xf3) c |= X_XS;
  else {
    c |= X_OPSIZE;
    if (s.adsize) c |= X_ADSIZE;
  }
  if (s.W) c = (c | X_REXW) & ~X_ADSIZE;
  return c;
}

/** The context bits an entry needs. */
function needs(e: DecodeEntry): number {
  let n = 0;
  if (e.pfx === PFX_66 || e.opsize) n |= X_OPSIZE;
  if (e.pfx === PFX_F3) n |= X_XS;
  if (e.pfx === PFX_F2) n |= X_XD;
  if (e.w === 1) n |= X_REXW;
  if (e.adsize) n |= X_ADSIZE;
  return n;
}

function bitCount(x: number): number {
  let n = 0;
  for (; x !== 0; x &= x - 1) n++;
  return n;
}

/**
 * How well an entry fits; -1 when it does not. `anyOs`: accept a form whatever an unnamed 66 would do to it
 * (nop). `narrowing`: looking for the 16-bit form of an instruction chosen under a mandatory F2/F3.
 */
function score(s: State, e: DecodeEntry, ctx: number, anyOs = false, narrowing = false): number {
  if (e.modrm >= 0) { if (!s.hasModrm || s.modrm !== e.modrm) return -1; }
  else if (e.digit >= 0 && s.regF !== e.digit) return -1;
  if (e.mod === MOD_REG && s.hasModrm && s.mod !== 3) return -1;
  if (e.mod === MOD_MEM && s.hasModrm && s.mod === 3) return -1;
  if (s.space === SP_EVEX && s.bcst && s.hasModrm) {
    // EVEX.b: rounding / {sae} on a register form (L'L is the rounding mode, the length 512), broadcast on memory
    if (s.mod === 3) {
      if (s.U === 0) return -1; // AVX10.2 rounding on 256-bit forms: not in the table
      if (!e.form.er && !e.form.sae) return -1;
      if (e.l >= 0 && e.l !== 2) return -1;
    } else {
      if (!e.bcst) return -1;
      if (e.l >= 0 && e.l !== s.L) return -1; // fits() could not check it before the ModRM byte
    }
  }
  return fits(s, e, ctx, anyOs, narrowing);
}

/**
 * Whether an entry fits what is known before the ModRM byte (the prefixes, VEX/EVEX fields): llvm
 * reads the ModRM byte only when some instruction fits, which decides how many bytes a refusal skips.
 */
export function fits(s: State, e: DecodeEntry, ctx: number, anyOs: boolean, narrowing: boolean): number {
  if (s.space !== SP_LEGACY) {
    if (e.pfx !== s.pp) return -1;
    if (e.w >= 0 && e.w !== s.W) return -1;
    if (s.space === SP_EVEX) {
      if (s.aaa !== 0 && !e.mask) return -1;
      if (s.z && !e.zero) return -1;
      if (s.bcst && !e.bcst && !e.form.er && !e.form.sae) return -1;
      if (e.maskRequired && s.aaa === 0) return -1;
      if (s.bcst && (e.form.er || e.form.sae)) return 1; // L'L may be a rounding mode: the ModRM byte decides (see score)
    }
    if (e.l >= 0 && e.l !== s.L) return -1;
    if (s.space === SP_EVEX && e.l < 0 && s.L === 3 && !s.bcst) return -1;
    return 1;
  }
  const n = needs(e);
  if ((n & ctx) !== n) return -1;
  if (ctx & X_REXW) {
    if (!(n & X_REXW)) {
      // REX.W wins over an operand-size 66; a SIMD 66 survives it only as the mandatory prefix
      if (n & X_OPSIZE && !(e.pfx === PFX_66 && s.mandatory === 0x66)) return -1;
      // a 16/32-bit operand REX.W would widen: the 64-bit form is not in the table, so do not guess
      if (e.wSensitive) return -1;
      // a mandatory 66 survives REX.W for forms with no REX.W variant (llvm: jcc rel16): not in the table
      if (!(n & X_OPSIZE) && s.mandatory === 0x66 && e.osSensitive && !anyOs) return -1;
    }
  } else if (ctx & X_OPSIZE) {
    // 66 with a repeat prefix that is no mandatory prefix: llvm knows only the forms that name both
    if (!narrowing && ctx & (X_XS | X_XD) && (!(n & X_OPSIZE) || !(n & (X_XS | X_XD)))) return -1;
    // an operand-size 66 the form does not name: the 16-bit form is not in the table, so do not guess
    if (!anyOs && !(n & X_OPSIZE) && e.osSensitive) return -1;
  }
  return 1 + bitCount(n);
}

export function choose(s: State, group: DecodeEntry[] | undefined, plusGroup: DecodeEntry[] | undefined): DecodeEntry | null {
  // REX2 changes two one-byte opcodes (APX): 50–5F with W are pushp/popp, A1 is jmpabs — not in the table yet
  if (s.rex2 && s.map === MAP_1BYTE && (((s.opcode & 0xf0) === 0x50 && s.W) || s.opcode === 0xa1)) return null;
  const ctx = s.space === SP_LEGACY ? legacyContext(s) : 0;
  let best = pick(s, group, plusGroup, ctx);
  // 66 beside a mandatory F2/F3 still makes the 16-bit form of the same instruction (popcnt ax, crc32 eax, ax)
  if (best !== null && s.space === SP_LEGACY && s.opsize && !(ctx & X_OPSIZE) && !(ctx & X_REXW)) {
    let narrow: DecodeEntry | null = null, narrowScore = -1;
    for (const list of [group, plusGroup]) {
      if (list === undefined) continue;
      for (const e of list) {
        if (!e.opsize || e.form.mnemonic !== best.form.mnemonic || e.plusR !== best.plusR) continue;
        const sc = score(s, e, ctx | X_OPSIZE, false, true);
        if (sc > narrowScore) { narrow = e; narrowScore = sc; }
      }
    }
    if (narrow !== null) best = narrow;
    else if (best.osSensitive) return null; // llvm takes a 16-bit form here that the table does not have
  }
  return best;
}

let bestEntry: DecodeEntry | null = null;
let bestScore = -1;

/** The best-scoring entry of `list` (with `plus`: only `+r` entries; `zeroOps`: only entries with no operands) into bestEntry. */
function consider(s: State, list: DecodeEntry[], plus: boolean, zeroOps: boolean, ctx: number): void {
  for (let i = 0; i < list.length; i++) {
    const e = list[i]!;
    if (e.plusR !== plus) continue;
    if (zeroOps && e.form.ops.length !== 0) continue;
    if (e.digit !== -2 && !s.hasModrm) continue;
    const sc = score(s, e, ctx, zeroOps);
    if (sc > bestScore || (sc === bestScore && bestEntry !== null && e.order < bestEntry.order)) { bestEntry = e; bestScore = sc; }
  }
}

function pick(s: State, group: DecodeEntry[] | undefined, plusGroup: DecodeEntry[] | undefined, ctx: number): DecodeEntry | null {
  bestEntry = null;
  bestScore = -1;
  if (s.space === SP_LEGACY && s.map === MAP_1BYTE && s.opcode === 0x90) {
    // opcode 90 without REX.B is nop (pause with F3), whatever else the prefixes say — but REX.W wins over F3
    // (`f3 48 90` is xchg rax, rax); with REX.B it is xchg with r8
    if (!s.B && !(s.W && s.rep === 0xf3)) {
      if (group !== undefined) consider(s, group, false, true, ctx);
      if (bestEntry !== null) return bestEntry;
    } else if (s.B && plusGroup !== undefined) {
      consider(s, plusGroup, true, false, ctx);
      return bestEntry;
    }
  }
  if (group !== undefined) consider(s, group, false, false, ctx);
  if (plusGroup !== undefined && s.space === SP_LEGACY) consider(s, plusGroup, true, false, ctx);
  return bestEntry;
}
