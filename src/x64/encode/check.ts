/**
 * check.ts — what a selected form cannot encode although its operand
 * classes match: ah/bh/ch/dh in an instruction that needs a REX prefix,
 * `{z}` without an opmask, a gather/scatter without its mandatory opmask (or
 * with a VEX index beyond 15, or a size keyword that is neither its element
 * nor its data register's width), an
 * absolute address beyond 32 bits where only disp32 exists, a based address
 * where only a moffs exists. The general path runs it after selection and
 * before anything is placed or recorded, so errors point at the caller and
 * the encoder never throws. (The fast path refuses these cases itself.)
 */
import { JitError } from "../../core/errors.ts";
import { Mem, type Operand } from "../operands.ts";
import { C_R8H, Reg, RT_GP, RT_XMM, RT_YMM, RT_ZMM } from "../registers.ts";
import { ENC_EVEX, ENC_LEGACY, ENC_VEX, type Form, ROLE_M, ROLE_O, ROLE_R } from "../table/schema.ts";
import { sizeWord } from "../table/vocabulary.ts";

/**
 * A VSIB address: an index register VEX can encode (xmm/ymm 0–15), and a size keyword that is the data element
 * (llvm-mc-22: `dword ptr [rax + ymm1]` for vgatherqps) or the data register's width (llvm-mc 14's spelling), or none.
 */
function checkVsib(f: Form, m: Mem, o0: Operand | undefined, o1: Operand | undefined, o2: Operand | undefined, o3: Operand | undefined, n: number): void {
  if (f.enc === ENC_VEX && m.index!.id >= 16) opErr(f, `${m.index!.name} cannot be a VEX gather's index (xmm0–15, ymm0–15; EVEX takes 16–31)`);
  if (m.bits === 0 || m.broadcast) return;
  const elem = f.w === 1 ? 64 : 32; // the data element (W1: qword), not the index size the token vm32/vm64 names
  let data = 0;
  for (let i = 0; i < n && data === 0; i++) {
    const o = i === 0 ? o0 : i === 1 ? o1 : i === 2 ? o2 : o3;
    if (o instanceof Reg && (o.type === RT_XMM || o.type === RT_YMM || o.type === RT_ZMM)) data = o.bits;
  }
  if (m.bits !== elem && m.bits !== data) opErr(f, `the memory operand of a gather/scatter is written ${sizeWord(elem)} ptr (the element; or ${sizeWord(data)} ptr, or no size), not ${sizeWord(m.bits) || `${m.bits}-bit`} ptr`);
}

function opErr(f: Form, msg: string): never {
  throw new JitError("EOPERAND", `${f.text}: ${msg}`, { instruction: f.mnemonic });
}

/**
 * @throws JitError EOPERAND (ah..bh with REX, {z} or a gather without an opmask, a moffs with a base or index),
 * ERANGE (an absolute address beyond 32 bits on a form with ModRM)
 */
export function checkOperands(f: Form, o0: Operand | undefined, o1: Operand | undefined, o2: Operand | undefined, o3: Operand | undefined, n: number): void {
  let rex = f.enc === ENC_LEGACY && f.w === 1, needRex = false, high8 = false;
  for (let i = 0; i < n; i++) {
    const o = i === 0 ? o0 : i === 1 ? o1 : i === 2 ? o2 : o3;
    const role = f.ops[i]!.role;
    if (o instanceof Mem) {
      if (role !== ROLE_M) continue;
      if (f.digit === -2) {
        if (o.base !== null || o.index !== null) opErr(f, `needs an absolute address [addr], got ${String(o)}`);
      } else if (o.base === null && typeof o.disp === "bigint") {
        throw new JitError("ERANGE", `absolute address ${o.disp} does not fit in 32 signed bits; only movabs al/ax/eax/rax takes a 64-bit address`, { instruction: f.mnemonic });
      }
      if ((o.base !== null && o.base.type === RT_GP && (o.base.id & 8) !== 0) || (o.index !== null && (o.index.id & 8) !== 0)) rex = true;
      if (o.index !== null && o.index.type !== RT_GP) checkVsib(f, o, o0, o1, o2, o3, n);
    } else if (o instanceof Reg && (role === ROLE_R || role === ROLE_M || role === ROLE_O)) {
      if ((o.id & 8) !== 0) rex = true;
      if (o.bits === 8 && o.type === RT_GP) {
        if ((o.cls & C_R8H) !== 0) high8 = true;
        else if (o.id >= 4) needRex = true;
      }
    }
  }
  if (f.enc === ENC_LEGACY) {
    if (high8 && (rex || needRex)) opErr(f, `ah, bh, ch and dh cannot be used in an instruction that needs a REX prefix (64-bit operand, r8–r15, spl/bpl/sil/dil)`);
  } else if (f.enc === ENC_EVEX) {
    const dest = o0 instanceof Reg ? o0 : null;
    const aaa = dest !== null ? dest.mask : o0 instanceof Mem ? o0.mask : 0;
    if (dest !== null && dest.zero && aaa === 0) opErr(f, `{z} needs an opmask: write ${dest.name}.k(k1).z()`);
    if (f.maskRequired && aaa === 0) opErr(f, `an opmask is required (gathers and scatters): write e.g. ${o0 instanceof Mem ? "the memory operand with .k(k1)" : `${dest!.name}.k(k1)`}`);
  }
}
