/**
 * avx.ts — VEX-encoded SIMD forms: AVX, AVX2, FMA3, F16C (xmm/ymm 0–15).
 * EVEX forms (xmm16–31, zmm, masks, broadcasts) are in avx512.ts, which the
 * index puts after this file, so for a v-mnemonic the VEX rows win whenever
 * they can encode the operands. Row notation: README.md in this folder.
 * Encodings: Intel SDM vol. 2, checked against llvm-mc 14.
 */
export const avxRows = String.raw`
# ---- floating-point arithmetic -------------------------------------------------------
vaddps xmm, xmm, xmm/m128            | RVM  | VEX.128.0F.WIG 58 /r          |      | AVX                | comm
vaddps ymm, ymm, ymm/m256            | RVM  | VEX.256.0F.WIG 58 /r          |      | AVX                | comm
vaddpd xmm, xmm, xmm/m128            | RVM  | VEX.128.66.0F.WIG 58 /r       |      | AVX                | comm
vaddpd ymm, ymm, ymm/m256            | RVM  | VEX.256.66.0F.WIG 58 /r       |      | AVX                | comm
vaddss xmm, xmm, xmm/m32             | RVM  | VEX.LIG.F3.0F.WIG 58 /r       |      | AVX
vaddsd xmm, xmm, xmm/m64             | RVM  | VEX.LIG.F2.0F.WIG 58 /r       |      | AVX
vmulps xmm, xmm, xmm/m128            | RVM  | VEX.128.0F.WIG 59 /r          |      | AVX                | comm
vmulps ymm, ymm, ymm/m256            | RVM  | VEX.256.0F.WIG 59 /r          |      | AVX                | comm
vmulpd xmm, xmm, xmm/m128            | RVM  | VEX.128.66.0F.WIG 59 /r       |      | AVX                | comm
vmulpd ymm, ymm, ymm/m256            | RVM  | VEX.256.66.0F.WIG 59 /r       |      | AVX                | comm
vmulss xmm, xmm, xmm/m32             | RVM  | VEX.LIG.F3.0F.WIG 59 /r       |      | AVX
vmulsd xmm, xmm, xmm/m64             | RVM  | VEX.LIG.F2.0F.WIG 59 /r       |      | AVX
vsubps xmm, xmm, xmm/m128            | RVM  | VEX.128.0F.WIG 5C /r          |      | AVX
vsubps ymm, ymm, ymm/m256            | RVM  | VEX.256.0F.WIG 5C /r          |      | AVX
vsubpd xmm, xmm, xmm/m128            | RVM  | VEX.128.66.0F.WIG 5C /r       |      | AVX
vsubpd ymm, ymm, ymm/m256            | RVM  | VEX.256.66.0F.WIG 5C /r       |      | AVX
vsubss xmm, xmm, xmm/m32             | RVM  | VEX.LIG.F3.0F.WIG 5C /r       |      | AVX
vsubsd xmm, xmm, xmm/m64             | RVM  | VEX.LIG.F2.0F.WIG 5C /r       |      | AVX
vdivps xmm, xmm, xmm/m128            | RVM  | VEX.128.0F.WIG 5E /r          |      | AVX
vdivps ymm, ymm, ymm/m256            | RVM  | VEX.256.0F.WIG 5E /r          |      | AVX
vdivpd xmm, xmm, xmm/m128            | RVM  | VEX.128.66.0F.WIG 5E /r       |      | AVX
vdivpd ymm, ymm, ymm/m256            | RVM  | VEX.256.66.0F.WIG 5E /r       |      | AVX
vdivss xmm, xmm, xmm/m32             | RVM  | VEX.LIG.F3.0F.WIG 5E /r       |      | AVX
vdivsd xmm, xmm, xmm/m64             | RVM  | VEX.LIG.F2.0F.WIG 5E /r       |      | AVX
vminps xmm, xmm, xmm/m128            | RVM  | VEX.128.0F.WIG 5D /r          |      | AVX
vminps ymm, ymm, ymm/m256            | RVM  | VEX.256.0F.WIG 5D /r          |      | AVX
vminpd xmm, xmm, xmm/m128            | RVM  | VEX.128.66.0F.WIG 5D /r       |      | AVX
vminpd ymm, ymm, ymm/m256            | RVM  | VEX.256.66.0F.WIG 5D /r       |      | AVX
vminss xmm, xmm, xmm/m32             | RVM  | VEX.LIG.F3.0F.WIG 5D /r       |      | AVX
vminsd xmm, xmm, xmm/m64             | RVM  | VEX.LIG.F2.0F.WIG 5D /r       |      | AVX
vmaxps xmm, xmm, xmm/m128            | RVM  | VEX.128.0F.WIG 5F /r          |      | AVX
vmaxps ymm, ymm, ymm/m256            | RVM  | VEX.256.0F.WIG 5F /r          |      | AVX
vmaxpd xmm, xmm, xmm/m128            | RVM  | VEX.128.66.0F.WIG 5F /r       |      | AVX
vmaxpd ymm, ymm, ymm/m256            | RVM  | VEX.256.66.0F.WIG 5F /r       |      | AVX
vmaxss xmm, xmm, xmm/m32             | RVM  | VEX.LIG.F3.0F.WIG 5F /r       |      | AVX
vmaxsd xmm, xmm, xmm/m64             | RVM  | VEX.LIG.F2.0F.WIG 5F /r       |      | AVX
vsqrtps xmm, xmm/m128                | RM   | VEX.128.0F.WIG 51 /r          |      | AVX
vsqrtps ymm, ymm/m256                | RM   | VEX.256.0F.WIG 51 /r          |      | AVX
vsqrtpd xmm, xmm/m128                | RM   | VEX.128.66.0F.WIG 51 /r       |      | AVX
vsqrtpd ymm, ymm/m256                | RM   | VEX.256.66.0F.WIG 51 /r       |      | AVX
vsqrtss xmm, xmm, xmm/m32            | RVM  | VEX.LIG.F3.0F.WIG 51 /r       |      | AVX
vsqrtsd xmm, xmm, xmm/m64            | RVM  | VEX.LIG.F2.0F.WIG 51 /r       |      | AVX
vrsqrtps xmm, xmm/m128               | RM   | VEX.128.0F.WIG 52 /r          |      | AVX
vrsqrtps ymm, ymm/m256               | RM   | VEX.256.0F.WIG 52 /r          |      | AVX
vrsqrtss xmm, xmm, xmm/m32           | RVM  | VEX.LIG.F3.0F.WIG 52 /r       |      | AVX
vrcpps xmm, xmm/m128                 | RM   | VEX.128.0F.WIG 53 /r          |      | AVX
vrcpps ymm, ymm/m256                 | RM   | VEX.256.0F.WIG 53 /r          |      | AVX
vrcpss xmm, xmm, xmm/m32             | RVM  | VEX.LIG.F3.0F.WIG 53 /r       |      | AVX

# ---- logic, unpack, shuffle ----------------------------------------------------------
vandps xmm, xmm, xmm/m128            | RVM  | VEX.128.0F.WIG 54 /r          |      | AVX                | comm
vandps ymm, ymm, ymm/m256            | RVM  | VEX.256.0F.WIG 54 /r          |      | AVX                | comm
vandpd xmm, xmm, xmm/m128            | RVM  | VEX.128.66.0F.WIG 54 /r       |      | AVX                | comm
vandpd ymm, ymm, ymm/m256            | RVM  | VEX.256.66.0F.WIG 54 /r       |      | AVX                | comm
vandnps xmm, xmm, xmm/m128           | RVM  | VEX.128.0F.WIG 55 /r          |      | AVX
vandnps ymm, ymm, ymm/m256           | RVM  | VEX.256.0F.WIG 55 /r          |      | AVX
vandnpd xmm, xmm, xmm/m128           | RVM  | VEX.128.66.0F.WIG 55 /r       |      | AVX
vandnpd ymm, ymm, ymm/m256           | RVM  | VEX.256.66.0F.WIG 55 /r       |      | AVX
vorps xmm, xmm, xmm/m128             | RVM  | VEX.128.0F.WIG 56 /r          |      | AVX                | comm
vorps ymm, ymm, ymm/m256             | RVM  | VEX.256.0F.WIG 56 /r          |      | AVX                | comm
vorpd xmm, xmm, xmm/m128             | RVM  | VEX.128.66.0F.WIG 56 /r       |      | AVX                | comm
vorpd ymm, ymm, ymm/m256             | RVM  | VEX.256.66.0F.WIG 56 /r       |      | AVX                | comm
vxorps xmm, xmm, xmm/m128            | RVM  | VEX.128.0F.WIG 57 /r          |      | AVX                | comm
vxorps ymm, ymm, ymm/m256            | RVM  | VEX.256.0F.WIG 57 /r          |      | AVX                | comm
vxorpd xmm, xmm, xmm/m128            | RVM  | VEX.128.66.0F.WIG 57 /r       |      | AVX                | comm
vxorpd ymm, ymm, ymm/m256            | RVM  | VEX.256.66.0F.WIG 57 /r       |      | AVX                | comm
vunpcklps xmm, xmm, xmm/m128         | RVM  | VEX.128.0F.WIG 14 /r          |      | AVX
vunpcklps ymm, ymm, ymm/m256         | RVM  | VEX.256.0F.WIG 14 /r          |      | AVX
vunpcklpd xmm, xmm, xmm/m128         | RVM  | VEX.128.66.0F.WIG 14 /r       |      | AVX
vunpcklpd ymm, ymm, ymm/m256         | RVM  | VEX.256.66.0F.WIG 14 /r       |      | AVX
vunpckhps xmm, xmm, xmm/m128         | RVM  | VEX.128.0F.WIG 15 /r          |      | AVX
vunpckhps ymm, ymm, ymm/m256         | RVM  | VEX.256.0F.WIG 15 /r          |      | AVX
vunpckhpd xmm, xmm, xmm/m128         | RVM  | VEX.128.66.0F.WIG 15 /r       |      | AVX
vunpckhpd ymm, ymm, ymm/m256         | RVM  | VEX.256.66.0F.WIG 15 /r       |      | AVX
vshufps xmm, xmm, xmm/m128, imm8     | RVMI | VEX.128.0F.WIG C6 /r ib       |      | AVX
vshufps ymm, ymm, ymm/m256, imm8     | RVMI | VEX.256.0F.WIG C6 /r ib       |      | AVX
vshufpd xmm, xmm, xmm/m128, imm8     | RVMI | VEX.128.66.0F.WIG C6 /r ib    |      | AVX
vshufpd ymm, ymm, ymm/m256, imm8     | RVMI | VEX.256.66.0F.WIG C6 /r ib    |      | AVX

# ---- horizontal and alternating add/sub ----------------------------------------------
vhaddps xmm, xmm, xmm/m128           | RVM  | VEX.128.F2.0F.WIG 7C /r       |      | AVX
vhaddps ymm, ymm, ymm/m256           | RVM  | VEX.256.F2.0F.WIG 7C /r       |      | AVX
vhaddpd xmm, xmm, xmm/m128           | RVM  | VEX.128.66.0F.WIG 7C /r       |      | AVX
vhaddpd ymm, ymm, ymm/m256           | RVM  | VEX.256.66.0F.WIG 7C /r       |      | AVX
vhsubps xmm, xmm, xmm/m128           | RVM  | VEX.128.F2.0F.WIG 7D /r       |      | AVX
vhsubps ymm, ymm, ymm/m256           | RVM  | VEX.256.F2.0F.WIG 7D /r       |      | AVX
vhsubpd xmm, xmm, xmm/m128           | RVM  | VEX.128.66.0F.WIG 7D /r       |      | AVX
vhsubpd ymm, ymm, ymm/m256           | RVM  | VEX.256.66.0F.WIG 7D /r       |      | AVX
vaddsubps xmm, xmm, xmm/m128         | RVM  | VEX.128.F2.0F.WIG D0 /r       |      | AVX
vaddsubps ymm, ymm, ymm/m256         | RVM  | VEX.256.F2.0F.WIG D0 /r       |      | AVX
vaddsubpd xmm, xmm, xmm/m128         | RVM  | VEX.128.66.0F.WIG D0 /r       |      | AVX
vaddsubpd ymm, ymm, ymm/m256         | RVM  | VEX.256.66.0F.WIG D0 /r       |      | AVX

# ---- compares ------------------------------------------------------------------------
vcmpps xmm, xmm, xmm/m128, imm8      | RVMI | VEX.128.0F.WIG C2 /r ib       |      | AVX                | comm=cmp
vcmpps ymm, ymm, ymm/m256, imm8      | RVMI | VEX.256.0F.WIG C2 /r ib       |      | AVX                | comm=cmp
vcmppd xmm, xmm, xmm/m128, imm8      | RVMI | VEX.128.66.0F.WIG C2 /r ib    |      | AVX                | comm=cmp
vcmppd ymm, ymm, ymm/m256, imm8      | RVMI | VEX.256.66.0F.WIG C2 /r ib    |      | AVX                | comm=cmp
vcmpss xmm, xmm, xmm/m32, imm8       | RVMI | VEX.LIG.F3.0F.WIG C2 /r ib    |      | AVX
vcmpsd xmm, xmm, xmm/m64, imm8       | RVMI | VEX.LIG.F2.0F.WIG C2 /r ib    |      | AVX
vcmpeqps xmm, xmm, xmm/m128          | RVM  | VEX.128.0F.WIG C2 /r          |      | AVX                | imm=0 comm=cmp
vcmpeqps ymm, ymm, ymm/m256          | RVM  | VEX.256.0F.WIG C2 /r          |      | AVX                | imm=0 comm=cmp
vcmpltps xmm, xmm, xmm/m128          | RVM  | VEX.128.0F.WIG C2 /r          |      | AVX                | imm=1 comm=cmp
vcmpltps ymm, ymm, ymm/m256          | RVM  | VEX.256.0F.WIG C2 /r          |      | AVX                | imm=1 comm=cmp
vcmpleps xmm, xmm, xmm/m128          | RVM  | VEX.128.0F.WIG C2 /r          |      | AVX                | imm=2 comm=cmp
vcmpleps ymm, ymm, ymm/m256          | RVM  | VEX.256.0F.WIG C2 /r          |      | AVX                | imm=2 comm=cmp
vcmpunordps xmm, xmm, xmm/m128       | RVM  | VEX.128.0F.WIG C2 /r          |      | AVX                | imm=3 comm=cmp
vcmpunordps ymm, ymm, ymm/m256       | RVM  | VEX.256.0F.WIG C2 /r          |      | AVX                | imm=3 comm=cmp
vcmpneqps xmm, xmm, xmm/m128         | RVM  | VEX.128.0F.WIG C2 /r          |      | AVX                | imm=4 comm=cmp
vcmpneqps ymm, ymm, ymm/m256         | RVM  | VEX.256.0F.WIG C2 /r          |      | AVX                | imm=4 comm=cmp
vcmpnltps xmm, xmm, xmm/m128         | RVM  | VEX.128.0F.WIG C2 /r          |      | AVX                | imm=5 comm=cmp
vcmpnltps ymm, ymm, ymm/m256         | RVM  | VEX.256.0F.WIG C2 /r          |      | AVX                | imm=5 comm=cmp
vcmpnleps xmm, xmm, xmm/m128         | RVM  | VEX.128.0F.WIG C2 /r          |      | AVX                | imm=6 comm=cmp
vcmpnleps ymm, ymm, ymm/m256         | RVM  | VEX.256.0F.WIG C2 /r          |      | AVX                | imm=6 comm=cmp
vcmpordps xmm, xmm, xmm/m128         | RVM  | VEX.128.0F.WIG C2 /r          |      | AVX                | imm=7 comm=cmp
vcmpordps ymm, ymm, ymm/m256         | RVM  | VEX.256.0F.WIG C2 /r          |      | AVX                | imm=7 comm=cmp
vcmpeq_uqps xmm, xmm, xmm/m128       | RVM  | VEX.128.0F.WIG C2 /r          |      | AVX                | imm=8 comm=cmp
vcmpeq_uqps ymm, ymm, ymm/m256       | RVM  | VEX.256.0F.WIG C2 /r          |      | AVX                | imm=8 comm=cmp
vcmpngeps xmm, xmm, xmm/m128         | RVM  | VEX.128.0F.WIG C2 /r          |      | AVX                | imm=9 comm=cmp
vcmpngeps ymm, ymm, ymm/m256         | RVM  | VEX.256.0F.WIG C2 /r          |      | AVX                | imm=9 comm=cmp
vcmpngtps xmm, xmm, xmm/m128         | RVM  | VEX.128.0F.WIG C2 /r          |      | AVX                | imm=10 comm=cmp
vcmpngtps ymm, ymm, ymm/m256         | RVM  | VEX.256.0F.WIG C2 /r          |      | AVX                | imm=10 comm=cmp
vcmpfalseps xmm, xmm, xmm/m128       | RVM  | VEX.128.0F.WIG C2 /r          |      | AVX                | imm=11 comm=cmp
vcmpfalseps ymm, ymm, ymm/m256       | RVM  | VEX.256.0F.WIG C2 /r          |      | AVX                | imm=11 comm=cmp
vcmpneq_oqps xmm, xmm, xmm/m128      | RVM  | VEX.128.0F.WIG C2 /r          |      | AVX                | imm=12 comm=cmp
vcmpneq_oqps ymm, ymm, ymm/m256      | RVM  | VEX.256.0F.WIG C2 /r          |      | AVX                | imm=12 comm=cmp
vcmpgeps xmm, xmm, xmm/m128          | RVM  | VEX.128.0F.WIG C2 /r          |      | AVX                | imm=13 comm=cmp
vcmpgeps ymm, ymm, ymm/m256          | RVM  | VEX.256.0F.WIG C2 /r          |      | AVX                | imm=13 comm=cmp
vcmpgtps xmm, xmm, xmm/m128          | RVM  | VEX.128.0F.WIG C2 /r          |      | AVX                | imm=14 comm=cmp
vcmpgtps ymm, ymm, ymm/m256          | RVM  | VEX.256.0F.WIG C2 /r          |      | AVX                | imm=14 comm=cmp
vcmptrueps xmm, xmm, xmm/m128        | RVM  | VEX.128.0F.WIG C2 /r          |      | AVX                | imm=15 comm=cmp
vcmptrueps ymm, ymm, ymm/m256        | RVM  | VEX.256.0F.WIG C2 /r          |      | AVX                | imm=15 comm=cmp
vcmpeq_osps xmm, xmm, xmm/m128       | RVM  | VEX.128.0F.WIG C2 /r          |      | AVX                | imm=16 comm=cmp
vcmpeq_osps ymm, ymm, ymm/m256       | RVM  | VEX.256.0F.WIG C2 /r          |      | AVX                | imm=16 comm=cmp
vcmplt_oqps xmm, xmm, xmm/m128       | RVM  | VEX.128.0F.WIG C2 /r          |      | AVX                | imm=17 comm=cmp
vcmplt_oqps ymm, ymm, ymm/m256       | RVM  | VEX.256.0F.WIG C2 /r          |      | AVX                | imm=17 comm=cmp
vcmple_oqps xmm, xmm, xmm/m128       | RVM  | VEX.128.0F.WIG C2 /r          |      | AVX                | imm=18 comm=cmp
vcmple_oqps ymm, ymm, ymm/m256       | RVM  | VEX.256.0F.WIG C2 /r          |      | AVX                | imm=18 comm=cmp
vcmpunord_sps xmm, xmm, xmm/m128     | RVM  | VEX.128.0F.WIG C2 /r          |      | AVX                | imm=19 comm=cmp
vcmpunord_sps ymm, ymm, ymm/m256     | RVM  | VEX.256.0F.WIG C2 /r          |      | AVX                | imm=19 comm=cmp
vcmpneq_usps xmm, xmm, xmm/m128      | RVM  | VEX.128.0F.WIG C2 /r          |      | AVX                | imm=20 comm=cmp
vcmpneq_usps ymm, ymm, ymm/m256      | RVM  | VEX.256.0F.WIG C2 /r          |      | AVX                | imm=20 comm=cmp
vcmpnlt_uqps xmm, xmm, xmm/m128      | RVM  | VEX.128.0F.WIG C2 /r          |      | AVX                | imm=21 comm=cmp
vcmpnlt_uqps ymm, ymm, ymm/m256      | RVM  | VEX.256.0F.WIG C2 /r          |      | AVX                | imm=21 comm=cmp
vcmpnle_uqps xmm, xmm, xmm/m128      | RVM  | VEX.128.0F.WIG C2 /r          |      | AVX                | imm=22 comm=cmp
vcmpnle_uqps ymm, ymm, ymm/m256      | RVM  | VEX.256.0F.WIG C2 /r          |      | AVX                | imm=22 comm=cmp
vcmpord_sps xmm, xmm, xmm/m128       | RVM  | VEX.128.0F.WIG C2 /r          |      | AVX                | imm=23 comm=cmp
vcmpord_sps ymm, ymm, ymm/m256       | RVM  | VEX.256.0F.WIG C2 /r          |      | AVX                | imm=23 comm=cmp
vcmpeq_usps xmm, xmm, xmm/m128       | RVM  | VEX.128.0F.WIG C2 /r          |      | AVX                | imm=24 comm=cmp
vcmpeq_usps ymm, ymm, ymm/m256       | RVM  | VEX.256.0F.WIG C2 /r          |      | AVX                | imm=24 comm=cmp
vcmpnge_uqps xmm, xmm, xmm/m128      | RVM  | VEX.128.0F.WIG C2 /r          |      | AVX                | imm=25 comm=cmp
vcmpnge_uqps ymm, ymm, ymm/m256      | RVM  | VEX.256.0F.WIG C2 /r          |      | AVX                | imm=25 comm=cmp
vcmpngt_uqps xmm, xmm, xmm/m128      | RVM  | VEX.128.0F.WIG C2 /r          |      | AVX                | imm=26 comm=cmp
vcmpngt_uqps ymm, ymm, ymm/m256      | RVM  | VEX.256.0F.WIG C2 /r          |      | AVX                | imm=26 comm=cmp
vcmpfalse_osps xmm, xmm, xmm/m128    | RVM  | VEX.128.0F.WIG C2 /r          |      | AVX                | imm=27 comm=cmp
vcmpfalse_osps ymm, ymm, ymm/m256    | RVM  | VEX.256.0F.WIG C2 /r          |      | AVX                | imm=27 comm=cmp
vcmpneq_osps xmm, xmm, xmm/m128      | RVM  | VEX.128.0F.WIG C2 /r          |      | AVX                | imm=28 comm=cmp
vcmpneq_osps ymm, ymm, ymm/m256      | RVM  | VEX.256.0F.WIG C2 /r          |      | AVX                | imm=28 comm=cmp
vcmpge_oqps xmm, xmm, xmm/m128       | RVM  | VEX.128.0F.WIG C2 /r          |      | AVX                | imm=29 comm=cmp
vcmpge_oqps ymm, ymm, ymm/m256       | RVM  | VEX.256.0F.WIG C2 /r          |      | AVX                | imm=29 comm=cmp
vcmpgt_oqps xmm, xmm, xmm/m128       | RVM  | VEX.128.0F.WIG C2 /r          |      | AVX                | imm=30 comm=cmp
vcmpgt_oqps ymm, ymm, ymm/m256       | RVM  | VEX.256.0F.WIG C2 /r          |      | AVX                | imm=30 comm=cmp
vcmptrue_usps xmm, xmm, xmm/m128     | RVM  | VEX.128.0F.WIG C2 /r          |      | AVX                | imm=31 comm=cmp
vcmptrue_usps ymm, ymm, ymm/m256     | RVM  | VEX.256.0F.WIG C2 /r          |      | AVX                | imm=31 comm=cmp
vcmpeqpd xmm, xmm, xmm/m128          | RVM  | VEX.128.66.0F.WIG C2 /r       |      | AVX                | imm=0 comm=cmp
vcmpeqpd ymm, ymm, ymm/m256          | RVM  | VEX.256.66.0F.WIG C2 /r       |      | AVX                | imm=0 comm=cmp
vcmpltpd xmm, xmm, xmm/m128          | RVM  | VEX.128.66.0F.WIG C2 /r       |      | AVX                | imm=1 comm=cmp
vcmpltpd ymm, ymm, ymm/m256          | RVM  | VEX.256.66.0F.WIG C2 /r       |      | AVX                | imm=1 comm=cmp
vcmplepd xmm, xmm, xmm/m128          | RVM  | VEX.128.66.0F.WIG C2 /r       |      | AVX                | imm=2 comm=cmp
vcmplepd ymm, ymm, ymm/m256          | RVM  | VEX.256.66.0F.WIG C2 /r       |      | AVX                | imm=2 comm=cmp
vcmpunordpd xmm, xmm, xmm/m128       | RVM  | VEX.128.66.0F.WIG C2 /r       |      | AVX                | imm=3 comm=cmp
vcmpunordpd ymm, ymm, ymm/m256       | RVM  | VEX.256.66.0F.WIG C2 /r       |      | AVX                | imm=3 comm=cmp
vcmpneqpd xmm, xmm, xmm/m128         | RVM  | VEX.128.66.0F.WIG C2 /r       |      | AVX                | imm=4 comm=cmp
vcmpneqpd ymm, ymm, ymm/m256         | RVM  | VEX.256.66.0F.WIG C2 /r       |      | AVX                | imm=4 comm=cmp
vcmpnltpd xmm, xmm, xmm/m128         | RVM  | VEX.128.66.0F.WIG C2 /r       |      | AVX                | imm=5 comm=cmp
vcmpnltpd ymm, ymm, ymm/m256         | RVM  | VEX.256.66.0F.WIG C2 /r       |      | AVX                | imm=5 comm=cmp
vcmpnlepd xmm, xmm, xmm/m128         | RVM  | VEX.128.66.0F.WIG C2 /r       |      | AVX                | imm=6 comm=cmp
vcmpnlepd ymm, ymm, ymm/m256         | RVM  | VEX.256.66.0F.WIG C2 /r       |      | AVX                | imm=6 comm=cmp
vcmpordpd xmm, xmm, xmm/m128         | RVM  | VEX.128.66.0F.WIG C2 /r       |      | AVX                | imm=7 comm=cmp
vcmpordpd ymm, ymm, ymm/m256         | RVM  | VEX.256.66.0F.WIG C2 /r       |      | AVX                | imm=7 comm=cmp
vcmpeq_uqpd xmm, xmm, xmm/m128       | RVM  | VEX.128.66.0F.WIG C2 /r       |      | AVX                | imm=8 comm=cmp
vcmpeq_uqpd ymm, ymm, ymm/m256       | RVM  | VEX.256.66.0F.WIG C2 /r       |      | AVX                | imm=8 comm=cmp
vcmpngepd xmm, xmm, xmm/m128         | RVM  | VEX.128.66.0F.WIG C2 /r       |      | AVX                | imm=9 comm=cmp
vcmpngepd ymm, ymm, ymm/m256         | RVM  | VEX.256.66.0F.WIG C2 /r       |      | AVX                | imm=9 comm=cmp
vcmpngtpd xmm, xmm, xmm/m128         | RVM  | VEX.128.66.0F.WIG C2 /r       |      | AVX                | imm=10 comm=cmp
vcmpngtpd ymm, ymm, ymm/m256         | RVM  | VEX.256.66.0F.WIG C2 /r       |      | AVX                | imm=10 comm=cmp
vcmpfalsepd xmm, xmm, xmm/m128       | RVM  | VEX.128.66.0F.WIG C2 /r       |      | AVX                | imm=11 comm=cmp
vcmpfalsepd ymm, ymm, ymm/m256       | RVM  | VEX.256.66.0F.WIG C2 /r       |      | AVX                | imm=11 comm=cmp
vcmpneq_oqpd xmm, xmm, xmm/m128      | RVM  | VEX.128.66.0F.WIG C2 /r       |      | AVX                | imm=12 comm=cmp
vcmpneq_oqpd ymm, ymm, ymm/m256      | RVM  | VEX.256.66.0F.WIG C2 /r       |      | AVX                | imm=12 comm=cmp
vcmpgepd xmm, xmm, xmm/m128          | RVM  | VEX.128.66.0F.WIG C2 /r       |      | AVX                | imm=13 comm=cmp
vcmpgepd ymm, ymm, ymm/m256          | RVM  | VEX.256.66.0F.WIG C2 /r       |      | AVX                | imm=13 comm=cmp
vcmpgtpd xmm, xmm, xmm/m128          | RVM  | VEX.128.66.0F.WIG C2 /r       |      | AVX                | imm=14 comm=cmp
vcmpgtpd ymm, ymm, ymm/m256          | RVM  | VEX.256.66.0F.WIG C2 /r       |      | AVX                | imm=14 comm=cmp
vcmptruepd xmm, xmm, xmm/m128        | RVM  | VEX.128.66.0F.WIG C2 /r       |      | AVX                | imm=15 comm=cmp
vcmptruepd ymm, ymm, ymm/m256        | RVM  | VEX.256.66.0F.WIG C2 /r       |      | AVX                | imm=15 comm=cmp
vcmpeq_ospd xmm, xmm, xmm/m128       | RVM  | VEX.128.66.0F.WIG C2 /r       |      | AVX                | imm=16 comm=cmp
vcmpeq_ospd ymm, ymm, ymm/m256       | RVM  | VEX.256.66.0F.WIG C2 /r       |      | AVX                | imm=16 comm=cmp
vcmplt_oqpd xmm, xmm, xmm/m128       | RVM  | VEX.128.66.0F.WIG C2 /r       |      | AVX                | imm=17 comm=cmp
vcmplt_oqpd ymm, ymm, ymm/m256       | RVM  | VEX.256.66.0F.WIG C2 /r       |      | AVX                | imm=17 comm=cmp
vcmple_oqpd xmm, xmm, xmm/m128       | RVM  | VEX.128.66.0F.WIG C2 /r       |      | AVX                | imm=18 comm=cmp
vcmple_oqpd ymm, ymm, ymm/m256       | RVM  | VEX.256.66.0F.WIG C2 /r       |      | AVX                | imm=18 comm=cmp
vcmpunord_spd xmm, xmm, xmm/m128     | RVM  | VEX.128.66.0F.WIG C2 /r       |      | AVX                | imm=19 comm=cmp
vcmpunord_spd ymm, ymm, ymm/m256     | RVM  | VEX.256.66.0F.WIG C2 /r       |      | AVX                | imm=19 comm=cmp
vcmpneq_uspd xmm, xmm, xmm/m128      | RVM  | VEX.128.66.0F.WIG C2 /r       |      | AVX                | imm=20 comm=cmp
vcmpneq_uspd ymm, ymm, ymm/m256      | RVM  | VEX.256.66.0F.WIG C2 /r       |      | AVX                | imm=20 comm=cmp
vcmpnlt_uqpd xmm, xmm, xmm/m128      | RVM  | VEX.128.66.0F.WIG C2 /r       |      | AVX                | imm=21 comm=cmp
vcmpnlt_uqpd ymm, ymm, ymm/m256      | RVM  | VEX.256.66.0F.WIG C2 /r       |      | AVX                | imm=21 comm=cmp
vcmpnle_uqpd xmm, xmm, xmm/m128      | RVM  | VEX.128.66.0F.WIG C2 /r       |      | AVX                | imm=22 comm=cmp
vcmpnle_uqpd ymm, ymm, ymm/m256      | RVM  | VEX.256.66.0F.WIG C2 /r       |      | AVX                | imm=22 comm=cmp
vcmpord_spd xmm, xmm, xmm/m128       | RVM  | VEX.128.66.0F.WIG C2 /r       |      | AVX                | imm=23 comm=cmp
vcmpord_spd ymm, ymm, ymm/m256       | RVM  | VEX.256.66.0F.WIG C2 /r       |      | AVX                | imm=23 comm=cmp
vcmpeq_uspd xmm, xmm, xmm/m128       | RVM  | VEX.128.66.0F.WIG C2 /r       |      | AVX                | imm=24 comm=cmp
vcmpeq_uspd ymm, ymm, ymm/m256       | RVM  | VEX.256.66.0F.WIG C2 /r       |      | AVX                | imm=24 comm=cmp
vcmpnge_uqpd xmm, xmm, xmm/m128      | RVM  | VEX.128.66.0F.WIG C2 /r       |      | AVX                | imm=25 comm=cmp
vcmpnge_uqpd ymm, ymm, ymm/m256      | RVM  | VEX.256.66.0F.WIG C2 /r       |      | AVX                | imm=25 comm=cmp
vcmpngt_uqpd xmm, xmm, xmm/m128      | RVM  | VEX.128.66.0F.WIG C2 /r       |      | AVX                | imm=26 comm=cmp
vcmpngt_uqpd ymm, ymm, ymm/m256      | RVM  | VEX.256.66.0F.WIG C2 /r       |      | AVX                | imm=26 comm=cmp
vcmpfalse_ospd xmm, xmm, xmm/m128    | RVM  | VEX.128.66.0F.WIG C2 /r       |      | AVX                | imm=27 comm=cmp
vcmpfalse_ospd ymm, ymm, ymm/m256    | RVM  | VEX.256.66.0F.WIG C2 /r       |      | AVX                | imm=27 comm=cmp
vcmpneq_ospd xmm, xmm, xmm/m128      | RVM  | VEX.128.66.0F.WIG C2 /r       |      | AVX                | imm=28 comm=cmp
vcmpneq_ospd ymm, ymm, ymm/m256      | RVM  | VEX.256.66.0F.WIG C2 /r       |      | AVX                | imm=28 comm=cmp
vcmpge_oqpd xmm, xmm, xmm/m128       | RVM  | VEX.128.66.0F.WIG C2 /r       |      | AVX                | imm=29 comm=cmp
vcmpge_oqpd ymm, ymm, ymm/m256       | RVM  | VEX.256.66.0F.WIG C2 /r       |      | AVX                | imm=29 comm=cmp
vcmpgt_oqpd xmm, xmm, xmm/m128       | RVM  | VEX.128.66.0F.WIG C2 /r       |      | AVX                | imm=30 comm=cmp
vcmpgt_oqpd ymm, ymm, ymm/m256       | RVM  | VEX.256.66.0F.WIG C2 /r       |      | AVX                | imm=30 comm=cmp
vcmptrue_uspd xmm, xmm, xmm/m128     | RVM  | VEX.128.66.0F.WIG C2 /r       |      | AVX                | imm=31 comm=cmp
vcmptrue_uspd ymm, ymm, ymm/m256     | RVM  | VEX.256.66.0F.WIG C2 /r       |      | AVX                | imm=31 comm=cmp
vcmpeqss xmm, xmm, xmm/m32           | RVM  | VEX.LIG.F3.0F.WIG C2 /r       |      | AVX                | imm=0
vcmpltss xmm, xmm, xmm/m32           | RVM  | VEX.LIG.F3.0F.WIG C2 /r       |      | AVX                | imm=1
vcmpless xmm, xmm, xmm/m32           | RVM  | VEX.LIG.F3.0F.WIG C2 /r       |      | AVX                | imm=2
vcmpunordss xmm, xmm, xmm/m32        | RVM  | VEX.LIG.F3.0F.WIG C2 /r       |      | AVX                | imm=3
vcmpneqss xmm, xmm, xmm/m32          | RVM  | VEX.LIG.F3.0F.WIG C2 /r       |      | AVX                | imm=4
vcmpnltss xmm, xmm, xmm/m32          | RVM  | VEX.LIG.F3.0F.WIG C2 /r       |      | AVX                | imm=5
vcmpnless xmm, xmm, xmm/m32          | RVM  | VEX.LIG.F3.0F.WIG C2 /r       |      | AVX                | imm=6
vcmpordss xmm, xmm, xmm/m32          | RVM  | VEX.LIG.F3.0F.WIG C2 /r       |      | AVX                | imm=7
vcmpeq_uqss xmm, xmm, xmm/m32        | RVM  | VEX.LIG.F3.0F.WIG C2 /r       |      | AVX                | imm=8
vcmpngess xmm, xmm, xmm/m32          | RVM  | VEX.LIG.F3.0F.WIG C2 /r       |      | AVX                | imm=9
vcmpngtss xmm, xmm, xmm/m32          | RVM  | VEX.LIG.F3.0F.WIG C2 /r       |      | AVX                | imm=10
vcmpfalsess xmm, xmm, xmm/m32        | RVM  | VEX.LIG.F3.0F.WIG C2 /r       |      | AVX                | imm=11
vcmpneq_oqss xmm, xmm, xmm/m32       | RVM  | VEX.LIG.F3.0F.WIG C2 /r       |      | AVX                | imm=12
vcmpgess xmm, xmm, xmm/m32           | RVM  | VEX.LIG.F3.0F.WIG C2 /r       |      | AVX                | imm=13
vcmpgtss xmm, xmm, xmm/m32           | RVM  | VEX.LIG.F3.0F.WIG C2 /r       |      | AVX                | imm=14
vcmptruess xmm, xmm, xmm/m32         | RVM  | VEX.LIG.F3.0F.WIG C2 /r       |      | AVX                | imm=15
vcmpeq_osss xmm, xmm, xmm/m32        | RVM  | VEX.LIG.F3.0F.WIG C2 /r       |      | AVX                | imm=16
vcmplt_oqss xmm, xmm, xmm/m32        | RVM  | VEX.LIG.F3.0F.WIG C2 /r       |      | AVX                | imm=17
vcmple_oqss xmm, xmm, xmm/m32        | RVM  | VEX.LIG.F3.0F.WIG C2 /r       |      | AVX                | imm=18
vcmpunord_sss xmm, xmm, xmm/m32      | RVM  | VEX.LIG.F3.0F.WIG C2 /r       |      | AVX                | imm=19
vcmpneq_usss xmm, xmm, xmm/m32       | RVM  | VEX.LIG.F3.0F.WIG C2 /r       |      | AVX                | imm=20
vcmpnlt_uqss xmm, xmm, xmm/m32       | RVM  | VEX.LIG.F3.0F.WIG C2 /r       |      | AVX                | imm=21
vcmpnle_uqss xmm, xmm, xmm/m32       | RVM  | VEX.LIG.F3.0F.WIG C2 /r       |      | AVX                | imm=22
vcmpord_sss xmm, xmm, xmm/m32        | RVM  | VEX.LIG.F3.0F.WIG C2 /r       |      | AVX                | imm=23
vcmpeq_usss xmm, xmm, xmm/m32        | RVM  | VEX.LIG.F3.0F.WIG C2 /r       |      | AVX                | imm=24
vcmpnge_uqss xmm, xmm, xmm/m32       | RVM  | VEX.LIG.F3.0F.WIG C2 /r       |      | AVX                | imm=25
vcmpngt_uqss xmm, xmm, xmm/m32       | RVM  | VEX.LIG.F3.0F.WIG C2 /r       |      | AVX                | imm=26
vcmpfalse_osss xmm, xmm, xmm/m32     | RVM  | VEX.LIG.F3.0F.WIG C2 /r       |      | AVX                | imm=27
vcmpneq_osss xmm, xmm, xmm/m32       | RVM  | VEX.LIG.F3.0F.WIG C2 /r       |      | AVX                | imm=28
vcmpge_oqss xmm, xmm, xmm/m32        | RVM  | VEX.LIG.F3.0F.WIG C2 /r       |      | AVX                | imm=29
vcmpgt_oqss xmm, xmm, xmm/m32        | RVM  | VEX.LIG.F3.0F.WIG C2 /r       |      | AVX                | imm=30
vcmptrue_usss xmm, xmm, xmm/m32      | RVM  | VEX.LIG.F3.0F.WIG C2 /r       |      | AVX                | imm=31
vcmpeqsd xmm, xmm, xmm/m64           | RVM  | VEX.LIG.F2.0F.WIG C2 /r       |      | AVX                | imm=0
vcmpltsd xmm, xmm, xmm/m64           | RVM  | VEX.LIG.F2.0F.WIG C2 /r       |      | AVX                | imm=1
vcmplesd xmm, xmm, xmm/m64           | RVM  | VEX.LIG.F2.0F.WIG C2 /r       |      | AVX                | imm=2
vcmpunordsd xmm, xmm, xmm/m64        | RVM  | VEX.LIG.F2.0F.WIG C2 /r       |      | AVX                | imm=3
vcmpneqsd xmm, xmm, xmm/m64          | RVM  | VEX.LIG.F2.0F.WIG C2 /r       |      | AVX                | imm=4
vcmpnltsd xmm, xmm, xmm/m64          | RVM  | VEX.LIG.F2.0F.WIG C2 /r       |      | AVX                | imm=5
vcmpnlesd xmm, xmm, xmm/m64          | RVM  | VEX.LIG.F2.0F.WIG C2 /r       |      | AVX                | imm=6
vcmpordsd xmm, xmm, xmm/m64          | RVM  | VEX.LIG.F2.0F.WIG C2 /r       |      | AVX                | imm=7
vcmpeq_uqsd xmm, xmm, xmm/m64        | RVM  | VEX.LIG.F2.0F.WIG C2 /r       |      | AVX                | imm=8
vcmpngesd xmm, xmm, xmm/m64          | RVM  | VEX.LIG.F2.0F.WIG C2 /r       |      | AVX                | imm=9
vcmpngtsd xmm, xmm, xmm/m64          | RVM  | VEX.LIG.F2.0F.WIG C2 /r       |      | AVX                | imm=10
vcmpfalsesd xmm, xmm, xmm/m64        | RVM  | VEX.LIG.F2.0F.WIG C2 /r       |      | AVX                | imm=11
vcmpneq_oqsd xmm, xmm, xmm/m64       | RVM  | VEX.LIG.F2.0F.WIG C2 /r       |      | AVX                | imm=12
vcmpgesd xmm, xmm, xmm/m64           | RVM  | VEX.LIG.F2.0F.WIG C2 /r       |      | AVX                | imm=13
vcmpgtsd xmm, xmm, xmm/m64           | RVM  | VEX.LIG.F2.0F.WIG C2 /r       |      | AVX                | imm=14
vcmptruesd xmm, xmm, xmm/m64         | RVM  | VEX.LIG.F2.0F.WIG C2 /r       |      | AVX                | imm=15
vcmpeq_ossd xmm, xmm, xmm/m64        | RVM  | VEX.LIG.F2.0F.WIG C2 /r       |      | AVX                | imm=16
vcmplt_oqsd xmm, xmm, xmm/m64        | RVM  | VEX.LIG.F2.0F.WIG C2 /r       |      | AVX                | imm=17
vcmple_oqsd xmm, xmm, xmm/m64        | RVM  | VEX.LIG.F2.0F.WIG C2 /r       |      | AVX                | imm=18
vcmpunord_ssd xmm, xmm, xmm/m64      | RVM  | VEX.LIG.F2.0F.WIG C2 /r       |      | AVX                | imm=19
vcmpneq_ussd xmm, xmm, xmm/m64       | RVM  | VEX.LIG.F2.0F.WIG C2 /r       |      | AVX                | imm=20
vcmpnlt_uqsd xmm, xmm, xmm/m64       | RVM  | VEX.LIG.F2.0F.WIG C2 /r       |      | AVX                | imm=21
vcmpnle_uqsd xmm, xmm, xmm/m64       | RVM  | VEX.LIG.F2.0F.WIG C2 /r       |      | AVX                | imm=22
vcmpord_ssd xmm, xmm, xmm/m64        | RVM  | VEX.LIG.F2.0F.WIG C2 /r       |      | AVX                | imm=23
vcmpeq_ussd xmm, xmm, xmm/m64        | RVM  | VEX.LIG.F2.0F.WIG C2 /r       |      | AVX                | imm=24
vcmpnge_uqsd xmm, xmm, xmm/m64       | RVM  | VEX.LIG.F2.0F.WIG C2 /r       |      | AVX                | imm=25
vcmpngt_uqsd xmm, xmm, xmm/m64       | RVM  | VEX.LIG.F2.0F.WIG C2 /r       |      | AVX                | imm=26
vcmpfalse_ossd xmm, xmm, xmm/m64     | RVM  | VEX.LIG.F2.0F.WIG C2 /r       |      | AVX                | imm=27
vcmpneq_ossd xmm, xmm, xmm/m64       | RVM  | VEX.LIG.F2.0F.WIG C2 /r       |      | AVX                | imm=28
vcmpge_oqsd xmm, xmm, xmm/m64        | RVM  | VEX.LIG.F2.0F.WIG C2 /r       |      | AVX                | imm=29
vcmpgt_oqsd xmm, xmm, xmm/m64        | RVM  | VEX.LIG.F2.0F.WIG C2 /r       |      | AVX                | imm=30
vcmptrue_ussd xmm, xmm, xmm/m64      | RVM  | VEX.LIG.F2.0F.WIG C2 /r       |      | AVX                | imm=31
vcomiss xmm, xmm/m32                 | RM   | VEX.LIG.0F.WIG 2F /r          |      | AVX
vcomisd xmm, xmm/m64                 | RM   | VEX.LIG.66.0F.WIG 2F /r       |      | AVX
vucomiss xmm, xmm/m32                | RM   | VEX.LIG.0F.WIG 2E /r          |      | AVX
vucomisd xmm, xmm/m64                | RM   | VEX.LIG.66.0F.WIG 2E /r       |      | AVX

# ---- moves ---------------------------------------------------------------------------
vmovaps xmm, xmm/m128                | RM   | VEX.128.0F.WIG 28 /r          |      | AVX                | vex2rev=29
vmovaps m128, xmm                    | MR   | VEX.128.0F.WIG 29 /r          |      | AVX
vmovaps ymm, ymm/m256                | RM   | VEX.256.0F.WIG 28 /r          |      | AVX                | vex2rev=29
vmovaps m256, ymm                    | MR   | VEX.256.0F.WIG 29 /r          |      | AVX
vmovups xmm, xmm/m128                | RM   | VEX.128.0F.WIG 10 /r          |      | AVX                | vex2rev=11
vmovups m128, xmm                    | MR   | VEX.128.0F.WIG 11 /r          |      | AVX
vmovups ymm, ymm/m256                | RM   | VEX.256.0F.WIG 10 /r          |      | AVX                | vex2rev=11
vmovups m256, ymm                    | MR   | VEX.256.0F.WIG 11 /r          |      | AVX
vmovapd xmm, xmm/m128                | RM   | VEX.128.66.0F.WIG 28 /r       |      | AVX                | vex2rev=29
vmovapd m128, xmm                    | MR   | VEX.128.66.0F.WIG 29 /r       |      | AVX
vmovapd ymm, ymm/m256                | RM   | VEX.256.66.0F.WIG 28 /r       |      | AVX                | vex2rev=29
vmovapd m256, ymm                    | MR   | VEX.256.66.0F.WIG 29 /r       |      | AVX
vmovupd xmm, xmm/m128                | RM   | VEX.128.66.0F.WIG 10 /r       |      | AVX                | vex2rev=11
vmovupd m128, xmm                    | MR   | VEX.128.66.0F.WIG 11 /r       |      | AVX
vmovupd ymm, ymm/m256                | RM   | VEX.256.66.0F.WIG 10 /r       |      | AVX                | vex2rev=11
vmovupd m256, ymm                    | MR   | VEX.256.66.0F.WIG 11 /r       |      | AVX
vmovdqa xmm, xmm/m128                | RM   | VEX.128.66.0F.WIG 6F /r       |      | AVX                | vex2rev=7F
vmovdqa m128, xmm                    | MR   | VEX.128.66.0F.WIG 7F /r       |      | AVX
vmovdqa ymm, ymm/m256                | RM   | VEX.256.66.0F.WIG 6F /r       |      | AVX                | vex2rev=7F
vmovdqa m256, ymm                    | MR   | VEX.256.66.0F.WIG 7F /r       |      | AVX
vmovdqu xmm, xmm/m128                | RM   | VEX.128.F3.0F.WIG 6F /r       |      | AVX                | vex2rev=7F
vmovdqu m128, xmm                    | MR   | VEX.128.F3.0F.WIG 7F /r       |      | AVX
vmovdqu ymm, ymm/m256                | RM   | VEX.256.F3.0F.WIG 6F /r       |      | AVX                | vex2rev=7F
vmovdqu m256, ymm                    | MR   | VEX.256.F3.0F.WIG 7F /r       |      | AVX
vmovss xmm, xmm, xmm                 | RVM  | VEX.LIG.F3.0F.WIG 10 /r       |      | AVX                | vex2rev=11
vmovss xmm, m32                      | RM   | VEX.LIG.F3.0F.WIG 10 /r       |      | AVX
vmovss m32, xmm                      | MR   | VEX.LIG.F3.0F.WIG 11 /r       |      | AVX
vmovsd xmm, xmm, xmm                 | RVM  | VEX.LIG.F2.0F.WIG 10 /r       |      | AVX                | vex2rev=11
vmovsd xmm, m64                      | RM   | VEX.LIG.F2.0F.WIG 10 /r       |      | AVX
vmovsd m64, xmm                      | MR   | VEX.LIG.F2.0F.WIG 11 /r       |      | AVX
vmovd xmm, r/m32                     | RM   | VEX.128.66.0F.W0 6E /r        |      | AVX
vmovd r/m32, xmm                     | MR   | VEX.128.66.0F.W0 7E /r        |      | AVX
vmovq xmm, xmm/m64                   | RM   | VEX.128.F3.0F.WIG 7E /r       |      | AVX                | vex2rev=66.D6
vmovq m64, xmm                       | MR   | VEX.128.66.0F.WIG D6 /r       |      | AVX
vmovq xmm, r64                       | RM   | VEX.128.66.0F.W1 6E /r        |      | AVX
vmovq r64, xmm                       | MR   | VEX.128.66.0F.W1 7E /r        |      | AVX
vmovd xmm, r64                       | RM   | VEX.128.66.0F.W1 6E /r        |      | AVX
vmovd r64, xmm                       | MR   | VEX.128.66.0F.W1 7E /r        |      | AVX
vmovhps xmm, xmm, m64                | RVM  | VEX.128.0F.WIG 16 /r          |      | AVX
vmovhps m64, xmm                     | MR   | VEX.128.0F.WIG 17 /r          |      | AVX
vmovlps xmm, xmm, m64                | RVM  | VEX.128.0F.WIG 12 /r          |      | AVX
vmovlps m64, xmm                     | MR   | VEX.128.0F.WIG 13 /r          |      | AVX
vmovhpd xmm, xmm, m64                | RVM  | VEX.128.66.0F.WIG 16 /r       |      | AVX
vmovhpd m64, xmm                     | MR   | VEX.128.66.0F.WIG 17 /r       |      | AVX
vmovlpd xmm, xmm, m64                | RVM  | VEX.128.66.0F.WIG 12 /r       |      | AVX
vmovlpd m64, xmm                     | MR   | VEX.128.66.0F.WIG 13 /r       |      | AVX
vmovhlps xmm, xmm, xmm               | RVM  | VEX.128.0F.WIG 12 /r          |      | AVX
vmovlhps xmm, xmm, xmm               | RVM  | VEX.128.0F.WIG 16 /r          |      | AVX
vmovddup xmm, xmm/m64                | RM   | VEX.128.F2.0F.WIG 12 /r       |      | AVX
vmovddup ymm, ymm/m256               | RM   | VEX.256.F2.0F.WIG 12 /r       |      | AVX
vmovshdup xmm, xmm/m128              | RM   | VEX.128.F3.0F.WIG 16 /r       |      | AVX
vmovshdup ymm, ymm/m256              | RM   | VEX.256.F3.0F.WIG 16 /r       |      | AVX
vmovsldup xmm, xmm/m128              | RM   | VEX.128.F3.0F.WIG 12 /r       |      | AVX
vmovsldup ymm, ymm/m256              | RM   | VEX.256.F3.0F.WIG 12 /r       |      | AVX
vmovntdq m128, xmm                   | MR   | VEX.128.66.0F.WIG E7 /r       |      | AVX
vmovntdq m256, ymm                   | MR   | VEX.256.66.0F.WIG E7 /r       |      | AVX
vmovntps m128, xmm                   | MR   | VEX.128.0F.WIG 2B /r          |      | AVX
vmovntps m256, ymm                   | MR   | VEX.256.0F.WIG 2B /r          |      | AVX
vmovntpd m128, xmm                   | MR   | VEX.128.66.0F.WIG 2B /r       |      | AVX
vmovntpd m256, ymm                   | MR   | VEX.256.66.0F.WIG 2B /r       |      | AVX
vmovntdqa xmm, m128                  | RM   | VEX.128.66.0F38.WIG 2A /r     |      | AVX
vmovntdqa ymm, m256                  | RM   | VEX.256.66.0F38.WIG 2A /r     |      | AVX2
vmaskmovdqu xmm, xmm                 | RM   | VEX.128.66.0F.WIG F7 /r       |      | AVX
vlddqu xmm, m128                     | RM   | VEX.128.F2.0F.WIG F0 /r       |      | AVX
vlddqu ymm, m256                     | RM   | VEX.256.F2.0F.WIG F0 /r       |      | AVX
vmovmskps r32/r64, xmm               | RM   | VEX.128.0F.WIG 50 /r          |      | AVX
vmovmskpd r32/r64, xmm               | RM   | VEX.128.66.0F.WIG 50 /r       |      | AVX
vpmovmskb r32/r64, xmm               | RM   | VEX.128.66.0F.WIG D7 /r       |      | AVX
vmovmskps r32/r64, ymm               | RM   | VEX.256.0F.WIG 50 /r          |      | AVX
vmovmskpd r32/r64, ymm               | RM   | VEX.256.66.0F.WIG 50 /r       |      | AVX
vpmovmskb r32/r64, ymm               | RM   | VEX.256.66.0F.WIG D7 /r       |      | AVX2

# ---- conversions ---------------------------------------------------------------------
vcvtsi2ss xmm, xmm, r/m32            | RVM  | VEX.LIG.F3.0F.W0 2A /r        |      | AVX
vcvtsi2ss xmm, xmm, r/m64            | RVM  | VEX.LIG.F3.0F.W1 2A /r        |      | AVX
vcvtss2si r32, xmm/m32               | RM   | VEX.LIG.F3.0F.W0 2D /r        |      | AVX
vcvtss2si r64, xmm/m32               | RM   | VEX.LIG.F3.0F.W1 2D /r        |      | AVX
vcvttss2si r32, xmm/m32              | RM   | VEX.LIG.F3.0F.W0 2C /r        |      | AVX
vcvttss2si r64, xmm/m32              | RM   | VEX.LIG.F3.0F.W1 2C /r        |      | AVX
vcvtsi2sd xmm, xmm, r/m32            | RVM  | VEX.LIG.F2.0F.W0 2A /r        |      | AVX
vcvtsi2sd xmm, xmm, r/m64            | RVM  | VEX.LIG.F2.0F.W1 2A /r        |      | AVX
vcvtsd2si r32, xmm/m64               | RM   | VEX.LIG.F2.0F.W0 2D /r        |      | AVX
vcvtsd2si r64, xmm/m64               | RM   | VEX.LIG.F2.0F.W1 2D /r        |      | AVX
vcvttsd2si r32, xmm/m64              | RM   | VEX.LIG.F2.0F.W0 2C /r        |      | AVX
vcvttsd2si r64, xmm/m64              | RM   | VEX.LIG.F2.0F.W1 2C /r        |      | AVX
vcvtsd2ss xmm, xmm, xmm/m64          | RVM  | VEX.LIG.F2.0F.WIG 5A /r       |      | AVX
vcvtss2sd xmm, xmm, xmm/m32          | RVM  | VEX.LIG.F3.0F.WIG 5A /r       |      | AVX
vcvtdq2ps xmm, xmm/m128              | RM   | VEX.128.0F.WIG 5B /r          |      | AVX
vcvtdq2ps ymm, ymm/m256              | RM   | VEX.256.0F.WIG 5B /r          |      | AVX
vcvtps2dq xmm, xmm/m128              | RM   | VEX.128.66.0F.WIG 5B /r       |      | AVX
vcvtps2dq ymm, ymm/m256              | RM   | VEX.256.66.0F.WIG 5B /r       |      | AVX
vcvttps2dq xmm, xmm/m128             | RM   | VEX.128.F3.0F.WIG 5B /r       |      | AVX
vcvttps2dq ymm, ymm/m256             | RM   | VEX.256.F3.0F.WIG 5B /r       |      | AVX
vcvtdq2pd xmm, xmm/m64               | RM   | VEX.128.F3.0F.WIG E6 /r       |      | AVX
vcvtdq2pd ymm, xmm/m128              | RM   | VEX.256.F3.0F.WIG E6 /r       |      | AVX
vcvtps2pd xmm, xmm/m64               | RM   | VEX.128.0F.WIG 5A /r          |      | AVX
vcvtps2pd ymm, xmm/m128              | RM   | VEX.256.0F.WIG 5A /r          |      | AVX
vcvtpd2dq xmm, xmm/m128              | RM   | VEX.128.F2.0F.WIG E6 /r       |      | AVX
vcvtpd2dq xmm, ymm/m256              | RM   | VEX.256.F2.0F.WIG E6 /r       |      | AVX
vcvttpd2dq xmm, xmm/m128             | RM   | VEX.128.66.0F.WIG E6 /r       |      | AVX
vcvttpd2dq xmm, ymm/m256             | RM   | VEX.256.66.0F.WIG E6 /r       |      | AVX
vcvtpd2ps xmm, xmm/m128              | RM   | VEX.128.66.0F.WIG 5A /r       |      | AVX
vcvtpd2ps xmm, ymm/m256              | RM   | VEX.256.66.0F.WIG 5A /r       |      | AVX
vcvtph2ps xmm, xmm/m64               | RM   | VEX.128.66.0F38.W0 13 /r      |      | F16C
vcvtph2ps ymm, xmm/m128              | RM   | VEX.256.66.0F38.W0 13 /r      |      | F16C
vcvtps2ph xmm/m64, xmm, imm8         | MRI  | VEX.128.66.0F3A.W0 1D /r ib   |      | F16C
vcvtps2ph xmm/m128, ymm, imm8        | MRI  | VEX.256.66.0F3A.W0 1D /r ib   |      | F16C

# ---- integer arithmetic (AVX 128-bit, AVX2 256-bit) ----------------------------------
vpaddb xmm, xmm, xmm/m128            | RVM  | VEX.128.66.0F.WIG FC /r       |      | AVX                | comm
vpaddb ymm, ymm, ymm/m256            | RVM  | VEX.256.66.0F.WIG FC /r       |      | AVX2               | comm
vpaddw xmm, xmm, xmm/m128            | RVM  | VEX.128.66.0F.WIG FD /r       |      | AVX                | comm
vpaddw ymm, ymm, ymm/m256            | RVM  | VEX.256.66.0F.WIG FD /r       |      | AVX2               | comm
vpaddd xmm, xmm, xmm/m128            | RVM  | VEX.128.66.0F.WIG FE /r       |      | AVX                | comm
vpaddd ymm, ymm, ymm/m256            | RVM  | VEX.256.66.0F.WIG FE /r       |      | AVX2               | comm
vpaddq xmm, xmm, xmm/m128            | RVM  | VEX.128.66.0F.WIG D4 /r       |      | AVX                | comm
vpaddq ymm, ymm, ymm/m256            | RVM  | VEX.256.66.0F.WIG D4 /r       |      | AVX2               | comm
vpsubb xmm, xmm, xmm/m128            | RVM  | VEX.128.66.0F.WIG F8 /r       |      | AVX
vpsubb ymm, ymm, ymm/m256            | RVM  | VEX.256.66.0F.WIG F8 /r       |      | AVX2
vpsubw xmm, xmm, xmm/m128            | RVM  | VEX.128.66.0F.WIG F9 /r       |      | AVX
vpsubw ymm, ymm, ymm/m256            | RVM  | VEX.256.66.0F.WIG F9 /r       |      | AVX2
vpsubd xmm, xmm, xmm/m128            | RVM  | VEX.128.66.0F.WIG FA /r       |      | AVX
vpsubd ymm, ymm, ymm/m256            | RVM  | VEX.256.66.0F.WIG FA /r       |      | AVX2
vpsubq xmm, xmm, xmm/m128            | RVM  | VEX.128.66.0F.WIG FB /r       |      | AVX
vpsubq ymm, ymm, ymm/m256            | RVM  | VEX.256.66.0F.WIG FB /r       |      | AVX2
vpaddsb xmm, xmm, xmm/m128           | RVM  | VEX.128.66.0F.WIG EC /r       |      | AVX                | comm
vpaddsb ymm, ymm, ymm/m256           | RVM  | VEX.256.66.0F.WIG EC /r       |      | AVX2               | comm
vpaddsw xmm, xmm, xmm/m128           | RVM  | VEX.128.66.0F.WIG ED /r       |      | AVX                | comm
vpaddsw ymm, ymm, ymm/m256           | RVM  | VEX.256.66.0F.WIG ED /r       |      | AVX2               | comm
vpaddusb xmm, xmm, xmm/m128          | RVM  | VEX.128.66.0F.WIG DC /r       |      | AVX                | comm
vpaddusb ymm, ymm, ymm/m256          | RVM  | VEX.256.66.0F.WIG DC /r       |      | AVX2               | comm
vpaddusw xmm, xmm, xmm/m128          | RVM  | VEX.128.66.0F.WIG DD /r       |      | AVX                | comm
vpaddusw ymm, ymm, ymm/m256          | RVM  | VEX.256.66.0F.WIG DD /r       |      | AVX2               | comm
vpsubsb xmm, xmm, xmm/m128           | RVM  | VEX.128.66.0F.WIG E8 /r       |      | AVX
vpsubsb ymm, ymm, ymm/m256           | RVM  | VEX.256.66.0F.WIG E8 /r       |      | AVX2
vpsubsw xmm, xmm, xmm/m128           | RVM  | VEX.128.66.0F.WIG E9 /r       |      | AVX
vpsubsw ymm, ymm, ymm/m256           | RVM  | VEX.256.66.0F.WIG E9 /r       |      | AVX2
vpsubusb xmm, xmm, xmm/m128          | RVM  | VEX.128.66.0F.WIG D8 /r       |      | AVX
vpsubusb ymm, ymm, ymm/m256          | RVM  | VEX.256.66.0F.WIG D8 /r       |      | AVX2
vpsubusw xmm, xmm, xmm/m128          | RVM  | VEX.128.66.0F.WIG D9 /r       |      | AVX
vpsubusw ymm, ymm, ymm/m256          | RVM  | VEX.256.66.0F.WIG D9 /r       |      | AVX2
vpmullw xmm, xmm, xmm/m128           | RVM  | VEX.128.66.0F.WIG D5 /r       |      | AVX                | comm
vpmullw ymm, ymm, ymm/m256           | RVM  | VEX.256.66.0F.WIG D5 /r       |      | AVX2               | comm
vpmulhw xmm, xmm, xmm/m128           | RVM  | VEX.128.66.0F.WIG E5 /r       |      | AVX                | comm
vpmulhw ymm, ymm, ymm/m256           | RVM  | VEX.256.66.0F.WIG E5 /r       |      | AVX2               | comm
vpmulhuw xmm, xmm, xmm/m128          | RVM  | VEX.128.66.0F.WIG E4 /r       |      | AVX                | comm
vpmulhuw ymm, ymm, ymm/m256          | RVM  | VEX.256.66.0F.WIG E4 /r       |      | AVX2               | comm
vpmuludq xmm, xmm, xmm/m128          | RVM  | VEX.128.66.0F.WIG F4 /r       |      | AVX                | comm
vpmuludq ymm, ymm, ymm/m256          | RVM  | VEX.256.66.0F.WIG F4 /r       |      | AVX2               | comm
vpmaddwd xmm, xmm, xmm/m128          | RVM  | VEX.128.66.0F.WIG F5 /r       |      | AVX                | comm
vpmaddwd ymm, ymm, ymm/m256          | RVM  | VEX.256.66.0F.WIG F5 /r       |      | AVX2               | comm
vpavgb xmm, xmm, xmm/m128            | RVM  | VEX.128.66.0F.WIG E0 /r       |      | AVX                | comm
vpavgb ymm, ymm, ymm/m256            | RVM  | VEX.256.66.0F.WIG E0 /r       |      | AVX2               | comm
vpavgw xmm, xmm, xmm/m128            | RVM  | VEX.128.66.0F.WIG E3 /r       |      | AVX                | comm
vpavgw ymm, ymm, ymm/m256            | RVM  | VEX.256.66.0F.WIG E3 /r       |      | AVX2               | comm
vpminub xmm, xmm, xmm/m128           | RVM  | VEX.128.66.0F.WIG DA /r       |      | AVX                | comm
vpminub ymm, ymm, ymm/m256           | RVM  | VEX.256.66.0F.WIG DA /r       |      | AVX2               | comm
vpmaxub xmm, xmm, xmm/m128           | RVM  | VEX.128.66.0F.WIG DE /r       |      | AVX                | comm
vpmaxub ymm, ymm, ymm/m256           | RVM  | VEX.256.66.0F.WIG DE /r       |      | AVX2               | comm
vpminsw xmm, xmm, xmm/m128           | RVM  | VEX.128.66.0F.WIG EA /r       |      | AVX                | comm
vpminsw ymm, ymm, ymm/m256           | RVM  | VEX.256.66.0F.WIG EA /r       |      | AVX2               | comm
vpmaxsw xmm, xmm, xmm/m128           | RVM  | VEX.128.66.0F.WIG EE /r       |      | AVX                | comm
vpmaxsw ymm, ymm, ymm/m256           | RVM  | VEX.256.66.0F.WIG EE /r       |      | AVX2               | comm
vpacksswb xmm, xmm, xmm/m128         | RVM  | VEX.128.66.0F.WIG 63 /r       |      | AVX
vpacksswb ymm, ymm, ymm/m256         | RVM  | VEX.256.66.0F.WIG 63 /r       |      | AVX2
vpackuswb xmm, xmm, xmm/m128         | RVM  | VEX.128.66.0F.WIG 67 /r       |      | AVX
vpackuswb ymm, ymm, ymm/m256         | RVM  | VEX.256.66.0F.WIG 67 /r       |      | AVX2
vpackssdw xmm, xmm, xmm/m128         | RVM  | VEX.128.66.0F.WIG 6B /r       |      | AVX
vpackssdw ymm, ymm, ymm/m256         | RVM  | VEX.256.66.0F.WIG 6B /r       |      | AVX2
vpunpcklbw xmm, xmm, xmm/m128        | RVM  | VEX.128.66.0F.WIG 60 /r       |      | AVX
vpunpcklbw ymm, ymm, ymm/m256        | RVM  | VEX.256.66.0F.WIG 60 /r       |      | AVX2
vpunpcklwd xmm, xmm, xmm/m128        | RVM  | VEX.128.66.0F.WIG 61 /r       |      | AVX
vpunpcklwd ymm, ymm, ymm/m256        | RVM  | VEX.256.66.0F.WIG 61 /r       |      | AVX2
vpunpckldq xmm, xmm, xmm/m128        | RVM  | VEX.128.66.0F.WIG 62 /r       |      | AVX
vpunpckldq ymm, ymm, ymm/m256        | RVM  | VEX.256.66.0F.WIG 62 /r       |      | AVX2
vpunpcklqdq xmm, xmm, xmm/m128       | RVM  | VEX.128.66.0F.WIG 6C /r       |      | AVX
vpunpcklqdq ymm, ymm, ymm/m256       | RVM  | VEX.256.66.0F.WIG 6C /r       |      | AVX2
vpunpckhbw xmm, xmm, xmm/m128        | RVM  | VEX.128.66.0F.WIG 68 /r       |      | AVX
vpunpckhbw ymm, ymm, ymm/m256        | RVM  | VEX.256.66.0F.WIG 68 /r       |      | AVX2
vpunpckhwd xmm, xmm, xmm/m128        | RVM  | VEX.128.66.0F.WIG 69 /r       |      | AVX
vpunpckhwd ymm, ymm, ymm/m256        | RVM  | VEX.256.66.0F.WIG 69 /r       |      | AVX2
vpunpckhdq xmm, xmm, xmm/m128        | RVM  | VEX.128.66.0F.WIG 6A /r       |      | AVX
vpunpckhdq ymm, ymm, ymm/m256        | RVM  | VEX.256.66.0F.WIG 6A /r       |      | AVX2
vpunpckhqdq xmm, xmm, xmm/m128       | RVM  | VEX.128.66.0F.WIG 6D /r       |      | AVX
vpunpckhqdq ymm, ymm, ymm/m256       | RVM  | VEX.256.66.0F.WIG 6D /r       |      | AVX2
vpsadbw xmm, xmm, xmm/m128           | RVM  | VEX.128.66.0F.WIG F6 /r       |      | AVX                | comm
vpsadbw ymm, ymm, ymm/m256           | RVM  | VEX.256.66.0F.WIG F6 /r       |      | AVX2               | comm
vpand xmm, xmm, xmm/m128             | RVM  | VEX.128.66.0F.WIG DB /r       |      | AVX                | comm
vpand ymm, ymm, ymm/m256             | RVM  | VEX.256.66.0F.WIG DB /r       |      | AVX2               | comm
vpandn xmm, xmm, xmm/m128            | RVM  | VEX.128.66.0F.WIG DF /r       |      | AVX
vpandn ymm, ymm, ymm/m256            | RVM  | VEX.256.66.0F.WIG DF /r       |      | AVX2
vpor xmm, xmm, xmm/m128              | RVM  | VEX.128.66.0F.WIG EB /r       |      | AVX                | comm
vpor ymm, ymm, ymm/m256              | RVM  | VEX.256.66.0F.WIG EB /r       |      | AVX2               | comm
vpxor xmm, xmm, xmm/m128             | RVM  | VEX.128.66.0F.WIG EF /r       |      | AVX                | comm
vpxor ymm, ymm, ymm/m256             | RVM  | VEX.256.66.0F.WIG EF /r       |      | AVX2               | comm

# ---- SSSE3 / SSE4.1 integer (v-forms) ------------------------------------------------
vpshufb xmm, xmm, xmm/m128           | RVM  | VEX.128.66.0F38.WIG 00 /r     |      | AVX
vpshufb ymm, ymm, ymm/m256           | RVM  | VEX.256.66.0F38.WIG 00 /r     |      | AVX2
vphaddw xmm, xmm, xmm/m128           | RVM  | VEX.128.66.0F38.WIG 01 /r     |      | AVX
vphaddw ymm, ymm, ymm/m256           | RVM  | VEX.256.66.0F38.WIG 01 /r     |      | AVX2
vphaddd xmm, xmm, xmm/m128           | RVM  | VEX.128.66.0F38.WIG 02 /r     |      | AVX
vphaddd ymm, ymm, ymm/m256           | RVM  | VEX.256.66.0F38.WIG 02 /r     |      | AVX2
vphaddsw xmm, xmm, xmm/m128          | RVM  | VEX.128.66.0F38.WIG 03 /r     |      | AVX
vphaddsw ymm, ymm, ymm/m256          | RVM  | VEX.256.66.0F38.WIG 03 /r     |      | AVX2
vpmaddubsw xmm, xmm, xmm/m128        | RVM  | VEX.128.66.0F38.WIG 04 /r     |      | AVX
vpmaddubsw ymm, ymm, ymm/m256        | RVM  | VEX.256.66.0F38.WIG 04 /r     |      | AVX2
vphsubw xmm, xmm, xmm/m128           | RVM  | VEX.128.66.0F38.WIG 05 /r     |      | AVX
vphsubw ymm, ymm, ymm/m256           | RVM  | VEX.256.66.0F38.WIG 05 /r     |      | AVX2
vphsubd xmm, xmm, xmm/m128           | RVM  | VEX.128.66.0F38.WIG 06 /r     |      | AVX
vphsubd ymm, ymm, ymm/m256           | RVM  | VEX.256.66.0F38.WIG 06 /r     |      | AVX2
vphsubsw xmm, xmm, xmm/m128          | RVM  | VEX.128.66.0F38.WIG 07 /r     |      | AVX
vphsubsw ymm, ymm, ymm/m256          | RVM  | VEX.256.66.0F38.WIG 07 /r     |      | AVX2
vpsignb xmm, xmm, xmm/m128           | RVM  | VEX.128.66.0F38.WIG 08 /r     |      | AVX
vpsignb ymm, ymm, ymm/m256           | RVM  | VEX.256.66.0F38.WIG 08 /r     |      | AVX2
vpsignw xmm, xmm, xmm/m128           | RVM  | VEX.128.66.0F38.WIG 09 /r     |      | AVX
vpsignw ymm, ymm, ymm/m256           | RVM  | VEX.256.66.0F38.WIG 09 /r     |      | AVX2
vpsignd xmm, xmm, xmm/m128           | RVM  | VEX.128.66.0F38.WIG 0A /r     |      | AVX
vpsignd ymm, ymm, ymm/m256           | RVM  | VEX.256.66.0F38.WIG 0A /r     |      | AVX2
vpmulhrsw xmm, xmm, xmm/m128         | RVM  | VEX.128.66.0F38.WIG 0B /r     |      | AVX
vpmulhrsw ymm, ymm, ymm/m256         | RVM  | VEX.256.66.0F38.WIG 0B /r     |      | AVX2
vpabsb xmm, xmm/m128                 | RM   | VEX.128.66.0F38.WIG 1C /r     |      | AVX
vpabsb ymm, ymm/m256                 | RM   | VEX.256.66.0F38.WIG 1C /r     |      | AVX2
vpabsw xmm, xmm/m128                 | RM   | VEX.128.66.0F38.WIG 1D /r     |      | AVX
vpabsw ymm, ymm/m256                 | RM   | VEX.256.66.0F38.WIG 1D /r     |      | AVX2
vpabsd xmm, xmm/m128                 | RM   | VEX.128.66.0F38.WIG 1E /r     |      | AVX
vpabsd ymm, ymm/m256                 | RM   | VEX.256.66.0F38.WIG 1E /r     |      | AVX2
vpalignr xmm, xmm, xmm/m128, imm8    | RVMI | VEX.128.66.0F3A.WIG 0F /r ib  |      | AVX
vpalignr ymm, ymm, ymm/m256, imm8    | RVMI | VEX.256.66.0F3A.WIG 0F /r ib  |      | AVX2
vpmuldq xmm, xmm, xmm/m128           | RVM  | VEX.128.66.0F38.WIG 28 /r     |      | AVX
vpmuldq ymm, ymm, ymm/m256           | RVM  | VEX.256.66.0F38.WIG 28 /r     |      | AVX2
vpcmpeqq xmm, xmm, xmm/m128          | RVM  | VEX.128.66.0F38.WIG 29 /r     |      | AVX
vpcmpeqq ymm, ymm, ymm/m256          | RVM  | VEX.256.66.0F38.WIG 29 /r     |      | AVX2
vpackusdw xmm, xmm, xmm/m128         | RVM  | VEX.128.66.0F38.WIG 2B /r     |      | AVX
vpackusdw ymm, ymm, ymm/m256         | RVM  | VEX.256.66.0F38.WIG 2B /r     |      | AVX2
vpminsb xmm, xmm, xmm/m128           | RVM  | VEX.128.66.0F38.WIG 38 /r     |      | AVX
vpminsb ymm, ymm, ymm/m256           | RVM  | VEX.256.66.0F38.WIG 38 /r     |      | AVX2
vpminsd xmm, xmm, xmm/m128           | RVM  | VEX.128.66.0F38.WIG 39 /r     |      | AVX
vpminsd ymm, ymm, ymm/m256           | RVM  | VEX.256.66.0F38.WIG 39 /r     |      | AVX2
vpminuw xmm, xmm, xmm/m128           | RVM  | VEX.128.66.0F38.WIG 3A /r     |      | AVX
vpminuw ymm, ymm, ymm/m256           | RVM  | VEX.256.66.0F38.WIG 3A /r     |      | AVX2
vpminud xmm, xmm, xmm/m128           | RVM  | VEX.128.66.0F38.WIG 3B /r     |      | AVX
vpminud ymm, ymm, ymm/m256           | RVM  | VEX.256.66.0F38.WIG 3B /r     |      | AVX2
vpmaxsb xmm, xmm, xmm/m128           | RVM  | VEX.128.66.0F38.WIG 3C /r     |      | AVX
vpmaxsb ymm, ymm, ymm/m256           | RVM  | VEX.256.66.0F38.WIG 3C /r     |      | AVX2
vpmaxsd xmm, xmm, xmm/m128           | RVM  | VEX.128.66.0F38.WIG 3D /r     |      | AVX
vpmaxsd ymm, ymm, ymm/m256           | RVM  | VEX.256.66.0F38.WIG 3D /r     |      | AVX2
vpmaxuw xmm, xmm, xmm/m128           | RVM  | VEX.128.66.0F38.WIG 3E /r     |      | AVX
vpmaxuw ymm, ymm, ymm/m256           | RVM  | VEX.256.66.0F38.WIG 3E /r     |      | AVX2
vpmaxud xmm, xmm, xmm/m128           | RVM  | VEX.128.66.0F38.WIG 3F /r     |      | AVX
vpmaxud ymm, ymm, ymm/m256           | RVM  | VEX.256.66.0F38.WIG 3F /r     |      | AVX2
vpmulld xmm, xmm, xmm/m128           | RVM  | VEX.128.66.0F38.WIG 40 /r     |      | AVX
vpmulld ymm, ymm, ymm/m256           | RVM  | VEX.256.66.0F38.WIG 40 /r     |      | AVX2
vpcmpgtq xmm, xmm, xmm/m128          | RVM  | VEX.128.66.0F38.WIG 37 /r     |      | AVX
vpcmpgtq ymm, ymm, ymm/m256          | RVM  | VEX.256.66.0F38.WIG 37 /r     |      | AVX2
vphminposuw xmm, xmm/m128            | RM   | VEX.128.66.0F38.WIG 41 /r     |      | AVX
vptest xmm, xmm/m128                 | RM   | VEX.128.66.0F38.WIG 17 /r     |      | AVX
vptest ymm, ymm/m256                 | RM   | VEX.256.66.0F38.WIG 17 /r     |      | AVX
vtestps xmm, xmm/m128                | RM   | VEX.128.66.0F38.W0 0E /r      |      | AVX
vtestps ymm, ymm/m256                | RM   | VEX.256.66.0F38.W0 0E /r      |      | AVX
vtestpd xmm, xmm/m128                | RM   | VEX.128.66.0F38.W0 0F /r      |      | AVX
vtestpd ymm, ymm/m256                | RM   | VEX.256.66.0F38.W0 0F /r      |      | AVX
vpshufd xmm, xmm/m128, imm8          | RMI  | VEX.128.66.0F.WIG 70 /r ib    |      | AVX
vpshufd ymm, ymm/m256, imm8          | RMI  | VEX.256.66.0F.WIG 70 /r ib    |      | AVX2
vpshufhw xmm, xmm/m128, imm8         | RMI  | VEX.128.F3.0F.WIG 70 /r ib    |      | AVX
vpshufhw ymm, ymm/m256, imm8         | RMI  | VEX.256.F3.0F.WIG 70 /r ib    |      | AVX2
vpshuflw xmm, xmm/m128, imm8         | RMI  | VEX.128.F2.0F.WIG 70 /r ib    |      | AVX
vpshuflw ymm, ymm/m256, imm8         | RMI  | VEX.256.F2.0F.WIG 70 /r ib    |      | AVX2
vmpsadbw xmm, xmm, xmm/m128, imm8    | RVMI | VEX.128.66.0F3A.WIG 42 /r ib  |      | AVX
vmpsadbw ymm, ymm, ymm/m256, imm8    | RVMI | VEX.256.66.0F3A.WIG 42 /r ib  |      | AVX2
vpblendw xmm, xmm, xmm/m128, imm8    | RVMI | VEX.128.66.0F3A.WIG 0E /r ib  |      | AVX
vpblendw ymm, ymm, ymm/m256, imm8    | RVMI | VEX.256.66.0F3A.WIG 0E /r ib  |      | AVX2
vblendps xmm, xmm, xmm/m128, imm8    | RVMI | VEX.128.66.0F3A.WIG 0C /r ib  |      | AVX
vblendps ymm, ymm, ymm/m256, imm8    | RVMI | VEX.256.66.0F3A.WIG 0C /r ib  |      | AVX
vblendpd xmm, xmm, xmm/m128, imm8    | RVMI | VEX.128.66.0F3A.WIG 0D /r ib  |      | AVX
vblendpd ymm, ymm, ymm/m256, imm8    | RVMI | VEX.256.66.0F3A.WIG 0D /r ib  |      | AVX
vpblendd xmm, xmm, xmm/m128, imm8    | RVMI | VEX.128.66.0F3A.W0 02 /r ib   |      | AVX2
vpblendd ymm, ymm, ymm/m256, imm8    | RVMI | VEX.256.66.0F3A.W0 02 /r ib   |      | AVX2
vpblendvb xmm, xmm, xmm/m128, xmm    | RVML | VEX.128.66.0F3A.W0 4C /r /is4 |      | AVX
vpblendvb ymm, ymm, ymm/m256, ymm    | RVML | VEX.256.66.0F3A.W0 4C /r /is4 |      | AVX2
vblendvps xmm, xmm, xmm/m128, xmm    | RVML | VEX.128.66.0F3A.W0 4A /r /is4 |      | AVX
vblendvps ymm, ymm, ymm/m256, ymm    | RVML | VEX.256.66.0F3A.W0 4A /r /is4 |      | AVX
vblendvpd xmm, xmm, xmm/m128, xmm    | RVML | VEX.128.66.0F3A.W0 4B /r /is4 |      | AVX
vblendvpd ymm, ymm, ymm/m256, ymm    | RVML | VEX.256.66.0F3A.W0 4B /r /is4 |      | AVX

# ---- integer compares ----------------------------------------------------------------
vpcmpeqb xmm, xmm, xmm/m128          | RVM  | VEX.128.66.0F.WIG 74 /r       |      | AVX                | comm
vpcmpeqb ymm, ymm, ymm/m256          | RVM  | VEX.256.66.0F.WIG 74 /r       |      | AVX2               | comm
vpcmpeqw xmm, xmm, xmm/m128          | RVM  | VEX.128.66.0F.WIG 75 /r       |      | AVX                | comm
vpcmpeqw ymm, ymm, ymm/m256          | RVM  | VEX.256.66.0F.WIG 75 /r       |      | AVX2               | comm
vpcmpeqd xmm, xmm, xmm/m128          | RVM  | VEX.128.66.0F.WIG 76 /r       |      | AVX                | comm
vpcmpeqd ymm, ymm, ymm/m256          | RVM  | VEX.256.66.0F.WIG 76 /r       |      | AVX2               | comm
vpcmpgtb xmm, xmm, xmm/m128          | RVM  | VEX.128.66.0F.WIG 64 /r       |      | AVX
vpcmpgtb ymm, ymm, ymm/m256          | RVM  | VEX.256.66.0F.WIG 64 /r       |      | AVX2
vpcmpgtw xmm, xmm, xmm/m128          | RVM  | VEX.128.66.0F.WIG 65 /r       |      | AVX
vpcmpgtw ymm, ymm, ymm/m256          | RVM  | VEX.256.66.0F.WIG 65 /r       |      | AVX2
vpcmpgtd xmm, xmm, xmm/m128          | RVM  | VEX.128.66.0F.WIG 66 /r       |      | AVX
vpcmpgtd ymm, ymm, ymm/m256          | RVM  | VEX.256.66.0F.WIG 66 /r       |      | AVX2

# ---- shifts --------------------------------------------------------------------------
vpsrlw xmm, xmm, xmm/m128            | RVM  | VEX.128.66.0F.WIG D1 /r       |      | AVX
vpsrlw xmm, xmm, imm8                | VMI  | VEX.128.66.0F.WIG 71 /2 ib    |      | AVX
vpsrlw ymm, ymm, xmm/m128            | RVM  | VEX.256.66.0F.WIG D1 /r       |      | AVX2
vpsrlw ymm, ymm, imm8                | VMI  | VEX.256.66.0F.WIG 71 /2 ib    |      | AVX2
vpsraw xmm, xmm, xmm/m128            | RVM  | VEX.128.66.0F.WIG E1 /r       |      | AVX
vpsraw xmm, xmm, imm8                | VMI  | VEX.128.66.0F.WIG 71 /4 ib    |      | AVX
vpsraw ymm, ymm, xmm/m128            | RVM  | VEX.256.66.0F.WIG E1 /r       |      | AVX2
vpsraw ymm, ymm, imm8                | VMI  | VEX.256.66.0F.WIG 71 /4 ib    |      | AVX2
vpsllw xmm, xmm, xmm/m128            | RVM  | VEX.128.66.0F.WIG F1 /r       |      | AVX
vpsllw xmm, xmm, imm8                | VMI  | VEX.128.66.0F.WIG 71 /6 ib    |      | AVX
vpsllw ymm, ymm, xmm/m128            | RVM  | VEX.256.66.0F.WIG F1 /r       |      | AVX2
vpsllw ymm, ymm, imm8                | VMI  | VEX.256.66.0F.WIG 71 /6 ib    |      | AVX2
vpsrld xmm, xmm, xmm/m128            | RVM  | VEX.128.66.0F.WIG D2 /r       |      | AVX
vpsrld xmm, xmm, imm8                | VMI  | VEX.128.66.0F.WIG 72 /2 ib    |      | AVX
vpsrld ymm, ymm, xmm/m128            | RVM  | VEX.256.66.0F.WIG D2 /r       |      | AVX2
vpsrld ymm, ymm, imm8                | VMI  | VEX.256.66.0F.WIG 72 /2 ib    |      | AVX2
vpsrad xmm, xmm, xmm/m128            | RVM  | VEX.128.66.0F.WIG E2 /r       |      | AVX
vpsrad xmm, xmm, imm8                | VMI  | VEX.128.66.0F.WIG 72 /4 ib    |      | AVX
vpsrad ymm, ymm, xmm/m128            | RVM  | VEX.256.66.0F.WIG E2 /r       |      | AVX2
vpsrad ymm, ymm, imm8                | VMI  | VEX.256.66.0F.WIG 72 /4 ib    |      | AVX2
vpslld xmm, xmm, xmm/m128            | RVM  | VEX.128.66.0F.WIG F2 /r       |      | AVX
vpslld xmm, xmm, imm8                | VMI  | VEX.128.66.0F.WIG 72 /6 ib    |      | AVX
vpslld ymm, ymm, xmm/m128            | RVM  | VEX.256.66.0F.WIG F2 /r       |      | AVX2
vpslld ymm, ymm, imm8                | VMI  | VEX.256.66.0F.WIG 72 /6 ib    |      | AVX2
vpsrlq xmm, xmm, xmm/m128            | RVM  | VEX.128.66.0F.WIG D3 /r       |      | AVX
vpsrlq xmm, xmm, imm8                | VMI  | VEX.128.66.0F.WIG 73 /2 ib    |      | AVX
vpsrlq ymm, ymm, xmm/m128            | RVM  | VEX.256.66.0F.WIG D3 /r       |      | AVX2
vpsrlq ymm, ymm, imm8                | VMI  | VEX.256.66.0F.WIG 73 /2 ib    |      | AVX2
vpsllq xmm, xmm, xmm/m128            | RVM  | VEX.128.66.0F.WIG F3 /r       |      | AVX
vpsllq xmm, xmm, imm8                | VMI  | VEX.128.66.0F.WIG 73 /6 ib    |      | AVX
vpsllq ymm, ymm, xmm/m128            | RVM  | VEX.256.66.0F.WIG F3 /r       |      | AVX2
vpsllq ymm, ymm, imm8                | VMI  | VEX.256.66.0F.WIG 73 /6 ib    |      | AVX2
vpsrldq xmm, xmm, imm8               | VMI  | VEX.128.66.0F.WIG 73 /3 ib    |      | AVX
vpsrldq ymm, ymm, imm8               | VMI  | VEX.256.66.0F.WIG 73 /3 ib    |      | AVX2
vpslldq xmm, xmm, imm8               | VMI  | VEX.128.66.0F.WIG 73 /7 ib    |      | AVX
vpslldq ymm, ymm, imm8               | VMI  | VEX.256.66.0F.WIG 73 /7 ib    |      | AVX2
vpsrlvd xmm, xmm, xmm/m128           | RVM  | VEX.128.66.0F38.W0 45 /r      |      | AVX2
vpsrlvd ymm, ymm, ymm/m256           | RVM  | VEX.256.66.0F38.W0 45 /r      |      | AVX2
vpsrlvq xmm, xmm, xmm/m128           | RVM  | VEX.128.66.0F38.W1 45 /r      |      | AVX2
vpsrlvq ymm, ymm, ymm/m256           | RVM  | VEX.256.66.0F38.W1 45 /r      |      | AVX2
vpsravd xmm, xmm, xmm/m128           | RVM  | VEX.128.66.0F38.W0 46 /r      |      | AVX2
vpsravd ymm, ymm, ymm/m256           | RVM  | VEX.256.66.0F38.W0 46 /r      |      | AVX2
vpsllvd xmm, xmm, xmm/m128           | RVM  | VEX.128.66.0F38.W0 47 /r      |      | AVX2
vpsllvd ymm, ymm, ymm/m256           | RVM  | VEX.256.66.0F38.W0 47 /r      |      | AVX2
vpsllvq xmm, xmm, xmm/m128           | RVM  | VEX.128.66.0F38.W1 47 /r      |      | AVX2
vpsllvq ymm, ymm, ymm/m256           | RVM  | VEX.256.66.0F38.W1 47 /r      |      | AVX2

# ---- sign/zero-extending moves -------------------------------------------------------
vpmovsxbw xmm, xmm/m64               | RM   | VEX.128.66.0F38.WIG 20 /r     |      | AVX
vpmovsxbw ymm, xmm/m128              | RM   | VEX.256.66.0F38.WIG 20 /r     |      | AVX2
vpmovsxbd xmm, xmm/m32               | RM   | VEX.128.66.0F38.WIG 21 /r     |      | AVX
vpmovsxbd ymm, xmm/m64               | RM   | VEX.256.66.0F38.WIG 21 /r     |      | AVX2
vpmovsxbq xmm, xmm/m16               | RM   | VEX.128.66.0F38.WIG 22 /r     |      | AVX
vpmovsxbq ymm, xmm/m32               | RM   | VEX.256.66.0F38.WIG 22 /r     |      | AVX2
vpmovsxwd xmm, xmm/m64               | RM   | VEX.128.66.0F38.WIG 23 /r     |      | AVX
vpmovsxwd ymm, xmm/m128              | RM   | VEX.256.66.0F38.WIG 23 /r     |      | AVX2
vpmovsxwq xmm, xmm/m32               | RM   | VEX.128.66.0F38.WIG 24 /r     |      | AVX
vpmovsxwq ymm, xmm/m64               | RM   | VEX.256.66.0F38.WIG 24 /r     |      | AVX2
vpmovsxdq xmm, xmm/m64               | RM   | VEX.128.66.0F38.WIG 25 /r     |      | AVX
vpmovsxdq ymm, xmm/m128              | RM   | VEX.256.66.0F38.WIG 25 /r     |      | AVX2
vpmovzxbw xmm, xmm/m64               | RM   | VEX.128.66.0F38.WIG 30 /r     |      | AVX
vpmovzxbw ymm, xmm/m128              | RM   | VEX.256.66.0F38.WIG 30 /r     |      | AVX2
vpmovzxbd xmm, xmm/m32               | RM   | VEX.128.66.0F38.WIG 31 /r     |      | AVX
vpmovzxbd ymm, xmm/m64               | RM   | VEX.256.66.0F38.WIG 31 /r     |      | AVX2
vpmovzxbq xmm, xmm/m16               | RM   | VEX.128.66.0F38.WIG 32 /r     |      | AVX
vpmovzxbq ymm, xmm/m32               | RM   | VEX.256.66.0F38.WIG 32 /r     |      | AVX2
vpmovzxwd xmm, xmm/m64               | RM   | VEX.128.66.0F38.WIG 33 /r     |      | AVX
vpmovzxwd ymm, xmm/m128              | RM   | VEX.256.66.0F38.WIG 33 /r     |      | AVX2
vpmovzxwq xmm, xmm/m32               | RM   | VEX.128.66.0F38.WIG 34 /r     |      | AVX
vpmovzxwq ymm, xmm/m64               | RM   | VEX.256.66.0F38.WIG 34 /r     |      | AVX2
vpmovzxdq xmm, xmm/m64               | RM   | VEX.128.66.0F38.WIG 35 /r     |      | AVX
vpmovzxdq ymm, xmm/m128              | RM   | VEX.256.66.0F38.WIG 35 /r     |      | AVX2

# ---- insert / extract ----------------------------------------------------------------
vpinsrb xmm, xmm, r32/m8, imm8       | RVMI | VEX.128.66.0F3A.W0 20 /r ib   |      | AVX
vpinsrw xmm, xmm, r32/m16, imm8      | RVMI | VEX.128.66.0F.W0 C4 /r ib     |      | AVX
vpinsrd xmm, xmm, r/m32, imm8        | RVMI | VEX.128.66.0F3A.W0 22 /r ib   |      | AVX
vpinsrq xmm, xmm, r/m64, imm8        | RVMI | VEX.128.66.0F3A.W1 22 /r ib   |      | AVX
vpextrb r32/r64/m8, xmm, imm8        | MRI  | VEX.128.66.0F3A.W0 14 /r ib   |      | AVX
vpextrw r32/r64, xmm, imm8           | RMI  | VEX.128.66.0F.W0 C5 /r ib     |      | AVX
vpextrw m16, xmm, imm8               | MRI  | VEX.128.66.0F3A.W0 15 /r ib   |      | AVX
vpextrd r/m32, xmm, imm8             | MRI  | VEX.128.66.0F3A.W0 16 /r ib   |      | AVX
vpextrq r/m64, xmm, imm8             | MRI  | VEX.128.66.0F3A.W1 16 /r ib   |      | AVX
vinsertps xmm, xmm, xmm/m32, imm8    | RVMI | VEX.128.66.0F3A.W0 21 /r ib   |      | AVX
vextractps r/m32, xmm, imm8          | MRI  | VEX.128.66.0F3A.W0 17 /r ib   |      | AVX

# ---- rounding, dot products, string compares -----------------------------------------
vroundps xmm, xmm/m128, imm8         | RMI  | VEX.128.66.0F3A.WIG 08 /r ib  |      | AVX
vroundps ymm, ymm/m256, imm8         | RMI  | VEX.256.66.0F3A.WIG 08 /r ib  |      | AVX
vroundpd xmm, xmm/m128, imm8         | RMI  | VEX.128.66.0F3A.WIG 09 /r ib  |      | AVX
vroundpd ymm, ymm/m256, imm8         | RMI  | VEX.256.66.0F3A.WIG 09 /r ib  |      | AVX
vroundss xmm, xmm, xmm/m32, imm8     | RVMI | VEX.LIG.66.0F3A.WIG 0A /r ib  |      | AVX
vroundsd xmm, xmm, xmm/m64, imm8     | RVMI | VEX.LIG.66.0F3A.WIG 0B /r ib  |      | AVX
vdpps xmm, xmm, xmm/m128, imm8       | RVMI | VEX.128.66.0F3A.WIG 40 /r ib  |      | AVX
vdpps ymm, ymm, ymm/m256, imm8       | RVMI | VEX.256.66.0F3A.WIG 40 /r ib  |      | AVX
vdppd xmm, xmm, xmm/m128, imm8       | RVMI | VEX.128.66.0F3A.WIG 41 /r ib  |      | AVX
vpcmpestrm xmm, xmm/m128, imm8       | RMI  | VEX.128.66.0F3A.WIG 60 /r ib  |      | AVX
vpcmpestri xmm, xmm/m128, imm8       | RMI  | VEX.128.66.0F3A.WIG 61 /r ib  |      | AVX
vpcmpistrm xmm, xmm/m128, imm8       | RMI  | VEX.128.66.0F3A.WIG 62 /r ib  |      | AVX
vpcmpistri xmm, xmm/m128, imm8       | RMI  | VEX.128.66.0F3A.WIG 63 /r ib  |      | AVX

# ---- AES-NI and PCLMULQDQ (VEX, xmm) -------------------------------------------------
vaesenc xmm, xmm, xmm/m128           | RVM  | VEX.128.66.0F38.WIG DC /r     |      | AES AVX
vaesenclast xmm, xmm, xmm/m128       | RVM  | VEX.128.66.0F38.WIG DD /r     |      | AES AVX
vaesdec xmm, xmm, xmm/m128           | RVM  | VEX.128.66.0F38.WIG DE /r     |      | AES AVX
vaesdeclast xmm, xmm, xmm/m128       | RVM  | VEX.128.66.0F38.WIG DF /r     |      | AES AVX
vaesimc xmm, xmm/m128                | RM   | VEX.128.66.0F38.WIG DB /r     |      | AES AVX
vaeskeygenassist xmm, xmm/m128, imm8 | RMI  | VEX.128.66.0F3A.WIG DF /r ib  |      | AES AVX
vpclmulqdq xmm, xmm, xmm/m128, imm8  | RVMI | VEX.128.66.0F3A.WIG 44 /r ib  |      | PCLMULQDQ AVX

# ---- MXCSR (legacy ldmxcsr/stmxcsr are in gp.ts) -------------------------------------
vldmxcsr m32                         | M    | VEX.LZ.0F.WIG AE /2           |      | AVX
vstmxcsr m32                         | M    | VEX.LZ.0F.WIG AE /3           |      | AVX

# ---- broadcasts ----------------------------------------------------------------------
vbroadcastss xmm, m32                | RM   | VEX.128.66.0F38.W0 18 /r      |      | AVX
vbroadcastss xmm, xmm                | RM   | VEX.128.66.0F38.W0 18 /r      |      | AVX2
vbroadcastss ymm, m32                | RM   | VEX.256.66.0F38.W0 18 /r      |      | AVX
vbroadcastss ymm, xmm                | RM   | VEX.256.66.0F38.W0 18 /r      |      | AVX2
vbroadcastsd ymm, m64                | RM   | VEX.256.66.0F38.W0 19 /r      |      | AVX
vbroadcastsd ymm, xmm                | RM   | VEX.256.66.0F38.W0 19 /r      |      | AVX2
vbroadcastf128 ymm, m128             | RM   | VEX.256.66.0F38.W0 1A /r      |      | AVX
vbroadcasti128 ymm, m128             | RM   | VEX.256.66.0F38.W0 5A /r      |      | AVX2
vpbroadcastb xmm, xmm/m8             | RM   | VEX.128.66.0F38.W0 78 /r      |      | AVX2
vpbroadcastb ymm, xmm/m8             | RM   | VEX.256.66.0F38.W0 78 /r      |      | AVX2
vpbroadcastw xmm, xmm/m16            | RM   | VEX.128.66.0F38.W0 79 /r      |      | AVX2
vpbroadcastw ymm, xmm/m16            | RM   | VEX.256.66.0F38.W0 79 /r      |      | AVX2
vpbroadcastd xmm, xmm/m32            | RM   | VEX.128.66.0F38.W0 58 /r      |      | AVX2
vpbroadcastd ymm, xmm/m32            | RM   | VEX.256.66.0F38.W0 58 /r      |      | AVX2
vpbroadcastq xmm, xmm/m64            | RM   | VEX.128.66.0F38.W0 59 /r      |      | AVX2
vpbroadcastq ymm, xmm/m64            | RM   | VEX.256.66.0F38.W0 59 /r      |      | AVX2

# ---- permutes and shuffles -----------------------------------------------------------
vperm2f128 ymm, ymm, ymm/m256, imm8  | RVMI | VEX.256.66.0F3A.W0 06 /r ib   |      | AVX
vperm2i128 ymm, ymm, ymm/m256, imm8  | RVMI | VEX.256.66.0F3A.W0 46 /r ib   |      | AVX2
vpermd ymm, ymm, ymm/m256            | RVM  | VEX.256.66.0F38.W0 36 /r      |      | AVX2
vpermps ymm, ymm, ymm/m256           | RVM  | VEX.256.66.0F38.W0 16 /r      |      | AVX2
vpermq ymm, ymm/m256, imm8           | RMI  | VEX.256.66.0F3A.W1 00 /r ib   |      | AVX2
vpermpd ymm, ymm/m256, imm8          | RMI  | VEX.256.66.0F3A.W1 01 /r ib   |      | AVX2
vpermilps xmm, xmm, xmm/m128         | RVM  | VEX.128.66.0F38.W0 0C /r      |      | AVX
vpermilps xmm, xmm/m128, imm8        | RMI  | VEX.128.66.0F3A.W0 04 /r ib   |      | AVX
vpermilps ymm, ymm, ymm/m256         | RVM  | VEX.256.66.0F38.W0 0C /r      |      | AVX
vpermilps ymm, ymm/m256, imm8        | RMI  | VEX.256.66.0F3A.W0 04 /r ib   |      | AVX
vpermilpd xmm, xmm, xmm/m128         | RVM  | VEX.128.66.0F38.W0 0D /r      |      | AVX
vpermilpd xmm, xmm/m128, imm8        | RMI  | VEX.128.66.0F3A.W0 05 /r ib   |      | AVX
vpermilpd ymm, ymm, ymm/m256         | RVM  | VEX.256.66.0F38.W0 0D /r      |      | AVX
vpermilpd ymm, ymm/m256, imm8        | RMI  | VEX.256.66.0F3A.W0 05 /r ib   |      | AVX

# ---- 128-bit lane insert / extract ---------------------------------------------------
vinsertf128 ymm, ymm, xmm/m128, imm8 | RVMI | VEX.256.66.0F3A.W0 18 /r ib   |      | AVX
vextractf128 xmm/m128, ymm, imm8     | MRI  | VEX.256.66.0F3A.W0 19 /r ib   |      | AVX
vinserti128 ymm, ymm, xmm/m128, imm8 | RVMI | VEX.256.66.0F3A.W0 38 /r ib   |      | AVX2
vextracti128 xmm/m128, ymm, imm8     | MRI  | VEX.256.66.0F3A.W0 39 /r ib   |      | AVX2

# ---- gathers (VSIB), masked moves, vzeroupper/vzeroall -------------------------------
vgatherdps xmm, vm32x, xmm           | RMV  | VEX.128.66.0F38.W0 92 /r      |      | AVX2
vgatherdps ymm, vm32y, ymm           | RMV  | VEX.256.66.0F38.W0 92 /r      |      | AVX2
vgatherdpd xmm, vm32x, xmm           | RMV  | VEX.128.66.0F38.W1 92 /r      |      | AVX2
vgatherdpd ymm, vm32x, ymm           | RMV  | VEX.256.66.0F38.W1 92 /r      |      | AVX2
vgatherqps xmm, vm64x, xmm           | RMV  | VEX.128.66.0F38.W0 93 /r      |      | AVX2
vgatherqps xmm, vm64y, xmm           | RMV  | VEX.256.66.0F38.W0 93 /r      |      | AVX2
vgatherqpd xmm, vm64x, xmm           | RMV  | VEX.128.66.0F38.W1 93 /r      |      | AVX2
vgatherqpd ymm, vm64y, ymm           | RMV  | VEX.256.66.0F38.W1 93 /r      |      | AVX2
vpgatherdd xmm, vm32x, xmm           | RMV  | VEX.128.66.0F38.W0 90 /r      |      | AVX2
vpgatherdd ymm, vm32y, ymm           | RMV  | VEX.256.66.0F38.W0 90 /r      |      | AVX2
vpgatherdq xmm, vm32x, xmm           | RMV  | VEX.128.66.0F38.W1 90 /r      |      | AVX2
vpgatherdq ymm, vm32x, ymm           | RMV  | VEX.256.66.0F38.W1 90 /r      |      | AVX2
vpgatherqd xmm, vm64x, xmm           | RMV  | VEX.128.66.0F38.W0 91 /r      |      | AVX2
vpgatherqd xmm, vm64y, xmm           | RMV  | VEX.256.66.0F38.W0 91 /r      |      | AVX2
vpgatherqq xmm, vm64x, xmm           | RMV  | VEX.128.66.0F38.W1 91 /r      |      | AVX2
vpgatherqq ymm, vm64y, ymm           | RMV  | VEX.256.66.0F38.W1 91 /r      |      | AVX2
vmaskmovps xmm, xmm, m128            | RVM  | VEX.128.66.0F38.W0 2C /r      |      | AVX
vmaskmovps m128, xmm, xmm            | MVR  | VEX.128.66.0F38.W0 2E /r      |      | AVX
vmaskmovps ymm, ymm, m256            | RVM  | VEX.256.66.0F38.W0 2C /r      |      | AVX
vmaskmovps m256, ymm, ymm            | MVR  | VEX.256.66.0F38.W0 2E /r      |      | AVX
vmaskmovpd xmm, xmm, m128            | RVM  | VEX.128.66.0F38.W0 2D /r      |      | AVX
vmaskmovpd m128, xmm, xmm            | MVR  | VEX.128.66.0F38.W0 2F /r      |      | AVX
vmaskmovpd ymm, ymm, m256            | RVM  | VEX.256.66.0F38.W0 2D /r      |      | AVX
vmaskmovpd m256, ymm, ymm            | MVR  | VEX.256.66.0F38.W0 2F /r      |      | AVX
vpmaskmovd xmm, xmm, m128            | RVM  | VEX.128.66.0F38.W0 8C /r      |      | AVX2
vpmaskmovd m128, xmm, xmm            | MVR  | VEX.128.66.0F38.W0 8E /r      |      | AVX2
vpmaskmovd ymm, ymm, m256            | RVM  | VEX.256.66.0F38.W0 8C /r      |      | AVX2
vpmaskmovd m256, ymm, ymm            | MVR  | VEX.256.66.0F38.W0 8E /r      |      | AVX2
vpmaskmovq xmm, xmm, m128            | RVM  | VEX.128.66.0F38.W1 8C /r      |      | AVX2
vpmaskmovq m128, xmm, xmm            | MVR  | VEX.128.66.0F38.W1 8E /r      |      | AVX2
vpmaskmovq ymm, ymm, m256            | RVM  | VEX.256.66.0F38.W1 8C /r      |      | AVX2
vpmaskmovq m256, ymm, ymm            | MVR  | VEX.256.66.0F38.W1 8E /r      |      | AVX2
vzeroupper                           | ZO   | VEX.128.0F.WIG 77             |      | AVX
vzeroall                             | ZO   | VEX.256.0F.WIG 77             |      | AVX

# ---- FMA3: packed (xmm/ymm) and scalar, 132/213/231 ----------------------------------
vfmadd132ps xmm, xmm, xmm/m128       | RVM  | VEX.128.66.0F38.W0 98 /r      |      | FMA
vfmadd132ps ymm, ymm, ymm/m256       | RVM  | VEX.256.66.0F38.W0 98 /r      |      | FMA
vfmadd132pd xmm, xmm, xmm/m128       | RVM  | VEX.128.66.0F38.W1 98 /r      |      | FMA
vfmadd132pd ymm, ymm, ymm/m256       | RVM  | VEX.256.66.0F38.W1 98 /r      |      | FMA
vfmadd132ss xmm, xmm, xmm/m32        | RVM  | VEX.LIG.66.0F38.W0 99 /r      |      | FMA
vfmadd132sd xmm, xmm, xmm/m64        | RVM  | VEX.LIG.66.0F38.W1 99 /r      |      | FMA
vfmadd213ps xmm, xmm, xmm/m128       | RVM  | VEX.128.66.0F38.W0 A8 /r      |      | FMA
vfmadd213ps ymm, ymm, ymm/m256       | RVM  | VEX.256.66.0F38.W0 A8 /r      |      | FMA
vfmadd213pd xmm, xmm, xmm/m128       | RVM  | VEX.128.66.0F38.W1 A8 /r      |      | FMA
vfmadd213pd ymm, ymm, ymm/m256       | RVM  | VEX.256.66.0F38.W1 A8 /r      |      | FMA
vfmadd213ss xmm, xmm, xmm/m32        | RVM  | VEX.LIG.66.0F38.W0 A9 /r      |      | FMA
vfmadd213sd xmm, xmm, xmm/m64        | RVM  | VEX.LIG.66.0F38.W1 A9 /r      |      | FMA
vfmadd231ps xmm, xmm, xmm/m128       | RVM  | VEX.128.66.0F38.W0 B8 /r      |      | FMA
vfmadd231ps ymm, ymm, ymm/m256       | RVM  | VEX.256.66.0F38.W0 B8 /r      |      | FMA
vfmadd231pd xmm, xmm, xmm/m128       | RVM  | VEX.128.66.0F38.W1 B8 /r      |      | FMA
vfmadd231pd ymm, ymm, ymm/m256       | RVM  | VEX.256.66.0F38.W1 B8 /r      |      | FMA
vfmadd231ss xmm, xmm, xmm/m32        | RVM  | VEX.LIG.66.0F38.W0 B9 /r      |      | FMA
vfmadd231sd xmm, xmm, xmm/m64        | RVM  | VEX.LIG.66.0F38.W1 B9 /r      |      | FMA
vfmsub132ps xmm, xmm, xmm/m128       | RVM  | VEX.128.66.0F38.W0 9A /r      |      | FMA
vfmsub132ps ymm, ymm, ymm/m256       | RVM  | VEX.256.66.0F38.W0 9A /r      |      | FMA
vfmsub132pd xmm, xmm, xmm/m128       | RVM  | VEX.128.66.0F38.W1 9A /r      |      | FMA
vfmsub132pd ymm, ymm, ymm/m256       | RVM  | VEX.256.66.0F38.W1 9A /r      |      | FMA
vfmsub132ss xmm, xmm, xmm/m32        | RVM  | VEX.LIG.66.0F38.W0 9B /r      |      | FMA
vfmsub132sd xmm, xmm, xmm/m64        | RVM  | VEX.LIG.66.0F38.W1 9B /r      |      | FMA
vfmsub213ps xmm, xmm, xmm/m128       | RVM  | VEX.128.66.0F38.W0 AA /r      |      | FMA
vfmsub213ps ymm, ymm, ymm/m256       | RVM  | VEX.256.66.0F38.W0 AA /r      |      | FMA
vfmsub213pd xmm, xmm, xmm/m128       | RVM  | VEX.128.66.0F38.W1 AA /r      |      | FMA
vfmsub213pd ymm, ymm, ymm/m256       | RVM  | VEX.256.66.0F38.W1 AA /r      |      | FMA
vfmsub213ss xmm, xmm, xmm/m32        | RVM  | VEX.LIG.66.0F38.W0 AB /r      |      | FMA
vfmsub213sd xmm, xmm, xmm/m64        | RVM  | VEX.LIG.66.0F38.W1 AB /r      |      | FMA
vfmsub231ps xmm, xmm, xmm/m128       | RVM  | VEX.128.66.0F38.W0 BA /r      |      | FMA
vfmsub231ps ymm, ymm, ymm/m256       | RVM  | VEX.256.66.0F38.W0 BA /r      |      | FMA
vfmsub231pd xmm, xmm, xmm/m128       | RVM  | VEX.128.66.0F38.W1 BA /r      |      | FMA
vfmsub231pd ymm, ymm, ymm/m256       | RVM  | VEX.256.66.0F38.W1 BA /r      |      | FMA
vfmsub231ss xmm, xmm, xmm/m32        | RVM  | VEX.LIG.66.0F38.W0 BB /r      |      | FMA
vfmsub231sd xmm, xmm, xmm/m64        | RVM  | VEX.LIG.66.0F38.W1 BB /r      |      | FMA
vfnmadd132ps xmm, xmm, xmm/m128      | RVM  | VEX.128.66.0F38.W0 9C /r      |      | FMA
vfnmadd132ps ymm, ymm, ymm/m256      | RVM  | VEX.256.66.0F38.W0 9C /r      |      | FMA
vfnmadd132pd xmm, xmm, xmm/m128      | RVM  | VEX.128.66.0F38.W1 9C /r      |      | FMA
vfnmadd132pd ymm, ymm, ymm/m256      | RVM  | VEX.256.66.0F38.W1 9C /r      |      | FMA
vfnmadd132ss xmm, xmm, xmm/m32       | RVM  | VEX.LIG.66.0F38.W0 9D /r      |      | FMA
vfnmadd132sd xmm, xmm, xmm/m64       | RVM  | VEX.LIG.66.0F38.W1 9D /r      |      | FMA
vfnmadd213ps xmm, xmm, xmm/m128      | RVM  | VEX.128.66.0F38.W0 AC /r      |      | FMA
vfnmadd213ps ymm, ymm, ymm/m256      | RVM  | VEX.256.66.0F38.W0 AC /r      |      | FMA
vfnmadd213pd xmm, xmm, xmm/m128      | RVM  | VEX.128.66.0F38.W1 AC /r      |      | FMA
vfnmadd213pd ymm, ymm, ymm/m256      | RVM  | VEX.256.66.0F38.W1 AC /r      |      | FMA
vfnmadd213ss xmm, xmm, xmm/m32       | RVM  | VEX.LIG.66.0F38.W0 AD /r      |      | FMA
vfnmadd213sd xmm, xmm, xmm/m64       | RVM  | VEX.LIG.66.0F38.W1 AD /r      |      | FMA
vfnmadd231ps xmm, xmm, xmm/m128      | RVM  | VEX.128.66.0F38.W0 BC /r      |      | FMA
vfnmadd231ps ymm, ymm, ymm/m256      | RVM  | VEX.256.66.0F38.W0 BC /r      |      | FMA
vfnmadd231pd xmm, xmm, xmm/m128      | RVM  | VEX.128.66.0F38.W1 BC /r      |      | FMA
vfnmadd231pd ymm, ymm, ymm/m256      | RVM  | VEX.256.66.0F38.W1 BC /r      |      | FMA
vfnmadd231ss xmm, xmm, xmm/m32       | RVM  | VEX.LIG.66.0F38.W0 BD /r      |      | FMA
vfnmadd231sd xmm, xmm, xmm/m64       | RVM  | VEX.LIG.66.0F38.W1 BD /r      |      | FMA
vfnmsub132ps xmm, xmm, xmm/m128      | RVM  | VEX.128.66.0F38.W0 9E /r      |      | FMA
vfnmsub132ps ymm, ymm, ymm/m256      | RVM  | VEX.256.66.0F38.W0 9E /r      |      | FMA
vfnmsub132pd xmm, xmm, xmm/m128      | RVM  | VEX.128.66.0F38.W1 9E /r      |      | FMA
vfnmsub132pd ymm, ymm, ymm/m256      | RVM  | VEX.256.66.0F38.W1 9E /r      |      | FMA
vfnmsub132ss xmm, xmm, xmm/m32       | RVM  | VEX.LIG.66.0F38.W0 9F /r      |      | FMA
vfnmsub132sd xmm, xmm, xmm/m64       | RVM  | VEX.LIG.66.0F38.W1 9F /r      |      | FMA
vfnmsub213ps xmm, xmm, xmm/m128      | RVM  | VEX.128.66.0F38.W0 AE /r      |      | FMA
vfnmsub213ps ymm, ymm, ymm/m256      | RVM  | VEX.256.66.0F38.W0 AE /r      |      | FMA
vfnmsub213pd xmm, xmm, xmm/m128      | RVM  | VEX.128.66.0F38.W1 AE /r      |      | FMA
vfnmsub213pd ymm, ymm, ymm/m256      | RVM  | VEX.256.66.0F38.W1 AE /r      |      | FMA
vfnmsub213ss xmm, xmm, xmm/m32       | RVM  | VEX.LIG.66.0F38.W0 AF /r      |      | FMA
vfnmsub213sd xmm, xmm, xmm/m64       | RVM  | VEX.LIG.66.0F38.W1 AF /r      |      | FMA
vfnmsub231ps xmm, xmm, xmm/m128      | RVM  | VEX.128.66.0F38.W0 BE /r      |      | FMA
vfnmsub231ps ymm, ymm, ymm/m256      | RVM  | VEX.256.66.0F38.W0 BE /r      |      | FMA
vfnmsub231pd xmm, xmm, xmm/m128      | RVM  | VEX.128.66.0F38.W1 BE /r      |      | FMA
vfnmsub231pd ymm, ymm, ymm/m256      | RVM  | VEX.256.66.0F38.W1 BE /r      |      | FMA
vfnmsub231ss xmm, xmm, xmm/m32       | RVM  | VEX.LIG.66.0F38.W0 BF /r      |      | FMA
vfnmsub231sd xmm, xmm, xmm/m64       | RVM  | VEX.LIG.66.0F38.W1 BF /r      |      | FMA
vfmaddsub132ps xmm, xmm, xmm/m128    | RVM  | VEX.128.66.0F38.W0 96 /r      |      | FMA
vfmaddsub132ps ymm, ymm, ymm/m256    | RVM  | VEX.256.66.0F38.W0 96 /r      |      | FMA
vfmaddsub132pd xmm, xmm, xmm/m128    | RVM  | VEX.128.66.0F38.W1 96 /r      |      | FMA
vfmaddsub132pd ymm, ymm, ymm/m256    | RVM  | VEX.256.66.0F38.W1 96 /r      |      | FMA
vfmaddsub213ps xmm, xmm, xmm/m128    | RVM  | VEX.128.66.0F38.W0 A6 /r      |      | FMA
vfmaddsub213ps ymm, ymm, ymm/m256    | RVM  | VEX.256.66.0F38.W0 A6 /r      |      | FMA
vfmaddsub213pd xmm, xmm, xmm/m128    | RVM  | VEX.128.66.0F38.W1 A6 /r      |      | FMA
vfmaddsub213pd ymm, ymm, ymm/m256    | RVM  | VEX.256.66.0F38.W1 A6 /r      |      | FMA
vfmaddsub231ps xmm, xmm, xmm/m128    | RVM  | VEX.128.66.0F38.W0 B6 /r      |      | FMA
vfmaddsub231ps ymm, ymm, ymm/m256    | RVM  | VEX.256.66.0F38.W0 B6 /r      |      | FMA
vfmaddsub231pd xmm, xmm, xmm/m128    | RVM  | VEX.128.66.0F38.W1 B6 /r      |      | FMA
vfmaddsub231pd ymm, ymm, ymm/m256    | RVM  | VEX.256.66.0F38.W1 B6 /r      |      | FMA
vfmsubadd132ps xmm, xmm, xmm/m128    | RVM  | VEX.128.66.0F38.W0 97 /r      |      | FMA
vfmsubadd132ps ymm, ymm, ymm/m256    | RVM  | VEX.256.66.0F38.W0 97 /r      |      | FMA
vfmsubadd132pd xmm, xmm, xmm/m128    | RVM  | VEX.128.66.0F38.W1 97 /r      |      | FMA
vfmsubadd132pd ymm, ymm, ymm/m256    | RVM  | VEX.256.66.0F38.W1 97 /r      |      | FMA
vfmsubadd213ps xmm, xmm, xmm/m128    | RVM  | VEX.128.66.0F38.W0 A7 /r      |      | FMA
vfmsubadd213ps ymm, ymm, ymm/m256    | RVM  | VEX.256.66.0F38.W0 A7 /r      |      | FMA
vfmsubadd213pd xmm, xmm, xmm/m128    | RVM  | VEX.128.66.0F38.W1 A7 /r      |      | FMA
vfmsubadd213pd ymm, ymm, ymm/m256    | RVM  | VEX.256.66.0F38.W1 A7 /r      |      | FMA
vfmsubadd231ps xmm, xmm, xmm/m128    | RVM  | VEX.128.66.0F38.W0 B7 /r      |      | FMA
vfmsubadd231ps ymm, ymm, ymm/m256    | RVM  | VEX.256.66.0F38.W0 B7 /r      |      | FMA
vfmsubadd231pd xmm, xmm, xmm/m128    | RVM  | VEX.128.66.0F38.W1 B7 /r      |      | FMA
vfmsubadd231pd ymm, ymm, ymm/m256    | RVM  | VEX.256.66.0F38.W1 B7 /r      |      | FMA
`;
