/**
 * classes.ts — the operand class bits the form matcher compares: a register's
 * or memory operand's class words against a token's (encode/select.ts), and
 * the register families. Two 32-bit words per operand: the low word holds
 * register classes, the high word memory sizes, immediate ranges and labels.
 * Constants only: no registers, no operands, no table (registers.ts,
 * operands.ts and table/vocabulary.ts build on it).
 */

// ---- operand class bits (low word: registers) -------------------------------
export const C_R8 = 1 << 0; // al..r15b incl. spl/bpl/sil/dil
export const C_R8H = 1 << 1; // ah ch dh bh (never with REX)
export const C_R16 = 1 << 2;
export const C_R32 = 1 << 3;
export const C_R64 = 1 << 4;
export const C_AL = 1 << 5;
export const C_AX = 1 << 6;
export const C_EAX = 1 << 7;
export const C_RAX = 1 << 8;
export const C_CL = 1 << 9;
export const C_DX = 1 << 10;
export const C_XMM = 1 << 11; // xmm0-15 (legacy/VEX encodable)
export const C_XMMX = 1 << 12; // xmm16-31 (EVEX only)
export const C_YMM = 1 << 13;
export const C_YMMX = 1 << 14;
export const C_ZMM = 1 << 15; // zmm0-31 (EVEX only)
export const C_K = 1 << 16;
export const C_SEG = 1 << 17;
export const C_XMM0 = 1 << 18; // xmm0 as an implicit operand (blendvps)
export const C_RIP = 1 << 19;
export const C_MMX = 1 << 20;
export const C_CR = 1 << 21; // reserved (control registers are not supported)
/** Set in `lo` of a register decorated with {k}/{z}; no token has it, the matcher checks decorations separately. */
export const C_DECO = 1 << 22;

/** Register families. */
export const RT_GP = 0;
export const RT_XMM = 1;
export const RT_YMM = 2;
export const RT_ZMM = 3;
export const RT_K = 4;
export const RT_SEG = 5;
export const RT_RIP = 6;


// ---- memory class bits (matched against a token's `mcls`) -------------------
export const M8 = 1 << 0;
export const M16 = 1 << 1;
export const M32 = 1 << 2;
export const M64 = 1 << 3;
export const M80 = 1 << 4;
export const M128 = 1 << 5;
export const M256 = 1 << 6;
export const M512 = 1 << 7;
/** Set on operands written without a size (`[rax]`, `mem(rax)`). */
export const MANY = 1 << 8;
export const B16 = 1 << 9; // {1toN} broadcast of 16-bit elements
export const B32 = 1 << 10;
export const B64 = 1 << 11;
export const VSIB_X = 1 << 12; // vector index xmm
export const VSIB_Y = 1 << 13; // vector index ymm
export const VSIB_Z = 1 << 14; // vector index zmm
export const M_ALL_SIZES = M8 | M16 | M32 | M64 | M80 | M128 | M256 | M512;
// immediates and labels share the memory word ("high class"): see encode/select.ts
export const H_IMM8 = 1 << 15; // -128..255
export const H_IMM16 = 1 << 16; // -32768..65535
export const H_IMM32 = 1 << 17; // -2^31..2^32-1
export const H_IMM64 = 1 << 18; // -2^63..2^64-1
export const H_IMM32S = 1 << 19; // sign-extended imm32 (64-bit operand)
export const H_ONE = 1 << 20; // the literal 1
export const H_IMM8S16 = 1 << 21; // imm8 sign-extended to 16 bits
export const H_IMM8S32 = 1 << 22; // imm8 sign-extended to 32 bits
export const H_IMM8S64 = 1 << 23; // imm8 sign-extended to 64 bits
export const H_LABEL = 1 << 24; // a Label (rel8/rel32 target)
export const H_MEMLABEL = 1 << 25; // a memory operand that refers to a label ([rip + label]); no token has it
/** A broadcast written without its count {1toN}: the matcher checks the other operands decide N. No token has it. */
export const H_BANY = 1 << 26;

