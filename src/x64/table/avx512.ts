/**
 * avx512.ts — EVEX-encoded forms: AVX-512 F, BW, DQ, VL, CD, VPOPCNTDQ, VNNI
 * ({k}{z} masks, {1toN} broadcasts, {er}/{sae}, disp8*N via the tuple
 * column), and the VEX-encoded opmask (k-register) instructions. Rows here
 * come after avx.ts, so they are reached only when VEX cannot encode the
 * operands. Row notation: README.md in this folder.
 * Encodings: Intel SDM vol. 2, checked against llvm-mc 14.
 */
export const avx512Rows = String.raw`
# ---- floating-point arithmetic -------------------------------------------------------
vaddps zmm{k}{z}, zmm, zmm/m512/m32bcst{er}             | RVM  | EVEX.512.0F.W0 58 /r          | FV   | AVX512F
vaddps ymm{k}{z}, ymm, ymm/m256/m32bcst                 | RVM  | EVEX.256.0F.W0 58 /r          | FV   | AVX512F AVX512VL
vaddps xmm{k}{z}, xmm, xmm/m128/m32bcst                 | RVM  | EVEX.128.0F.W0 58 /r          | FV   | AVX512F AVX512VL
vaddpd zmm{k}{z}, zmm, zmm/m512/m64bcst{er}             | RVM  | EVEX.512.66.0F.W1 58 /r       | FV   | AVX512F
vaddpd ymm{k}{z}, ymm, ymm/m256/m64bcst                 | RVM  | EVEX.256.66.0F.W1 58 /r       | FV   | AVX512F AVX512VL
vaddpd xmm{k}{z}, xmm, xmm/m128/m64bcst                 | RVM  | EVEX.128.66.0F.W1 58 /r       | FV   | AVX512F AVX512VL
vaddss xmm{k}{z}, xmm, xmm/m32{er}                      | RVM  | EVEX.LIG.F3.0F.W0 58 /r       | T1S  | AVX512F
vaddsd xmm{k}{z}, xmm, xmm/m64{er}                      | RVM  | EVEX.LIG.F2.0F.W1 58 /r       | T1S  | AVX512F
vmulps zmm{k}{z}, zmm, zmm/m512/m32bcst{er}             | RVM  | EVEX.512.0F.W0 59 /r          | FV   | AVX512F
vmulps ymm{k}{z}, ymm, ymm/m256/m32bcst                 | RVM  | EVEX.256.0F.W0 59 /r          | FV   | AVX512F AVX512VL
vmulps xmm{k}{z}, xmm, xmm/m128/m32bcst                 | RVM  | EVEX.128.0F.W0 59 /r          | FV   | AVX512F AVX512VL
vmulpd zmm{k}{z}, zmm, zmm/m512/m64bcst{er}             | RVM  | EVEX.512.66.0F.W1 59 /r       | FV   | AVX512F
vmulpd ymm{k}{z}, ymm, ymm/m256/m64bcst                 | RVM  | EVEX.256.66.0F.W1 59 /r       | FV   | AVX512F AVX512VL
vmulpd xmm{k}{z}, xmm, xmm/m128/m64bcst                 | RVM  | EVEX.128.66.0F.W1 59 /r       | FV   | AVX512F AVX512VL
vmulss xmm{k}{z}, xmm, xmm/m32{er}                      | RVM  | EVEX.LIG.F3.0F.W0 59 /r       | T1S  | AVX512F
vmulsd xmm{k}{z}, xmm, xmm/m64{er}                      | RVM  | EVEX.LIG.F2.0F.W1 59 /r       | T1S  | AVX512F
vsubps zmm{k}{z}, zmm, zmm/m512/m32bcst{er}             | RVM  | EVEX.512.0F.W0 5C /r          | FV   | AVX512F
vsubps ymm{k}{z}, ymm, ymm/m256/m32bcst                 | RVM  | EVEX.256.0F.W0 5C /r          | FV   | AVX512F AVX512VL
vsubps xmm{k}{z}, xmm, xmm/m128/m32bcst                 | RVM  | EVEX.128.0F.W0 5C /r          | FV   | AVX512F AVX512VL
vsubpd zmm{k}{z}, zmm, zmm/m512/m64bcst{er}             | RVM  | EVEX.512.66.0F.W1 5C /r       | FV   | AVX512F
vsubpd ymm{k}{z}, ymm, ymm/m256/m64bcst                 | RVM  | EVEX.256.66.0F.W1 5C /r       | FV   | AVX512F AVX512VL
vsubpd xmm{k}{z}, xmm, xmm/m128/m64bcst                 | RVM  | EVEX.128.66.0F.W1 5C /r       | FV   | AVX512F AVX512VL
vsubss xmm{k}{z}, xmm, xmm/m32{er}                      | RVM  | EVEX.LIG.F3.0F.W0 5C /r       | T1S  | AVX512F
vsubsd xmm{k}{z}, xmm, xmm/m64{er}                      | RVM  | EVEX.LIG.F2.0F.W1 5C /r       | T1S  | AVX512F
vdivps zmm{k}{z}, zmm, zmm/m512/m32bcst{er}             | RVM  | EVEX.512.0F.W0 5E /r          | FV   | AVX512F
vdivps ymm{k}{z}, ymm, ymm/m256/m32bcst                 | RVM  | EVEX.256.0F.W0 5E /r          | FV   | AVX512F AVX512VL
vdivps xmm{k}{z}, xmm, xmm/m128/m32bcst                 | RVM  | EVEX.128.0F.W0 5E /r          | FV   | AVX512F AVX512VL
vdivpd zmm{k}{z}, zmm, zmm/m512/m64bcst{er}             | RVM  | EVEX.512.66.0F.W1 5E /r       | FV   | AVX512F
vdivpd ymm{k}{z}, ymm, ymm/m256/m64bcst                 | RVM  | EVEX.256.66.0F.W1 5E /r       | FV   | AVX512F AVX512VL
vdivpd xmm{k}{z}, xmm, xmm/m128/m64bcst                 | RVM  | EVEX.128.66.0F.W1 5E /r       | FV   | AVX512F AVX512VL
vdivss xmm{k}{z}, xmm, xmm/m32{er}                      | RVM  | EVEX.LIG.F3.0F.W0 5E /r       | T1S  | AVX512F
vdivsd xmm{k}{z}, xmm, xmm/m64{er}                      | RVM  | EVEX.LIG.F2.0F.W1 5E /r       | T1S  | AVX512F
vminps zmm{k}{z}, zmm, zmm/m512/m32bcst{sae}            | RVM  | EVEX.512.0F.W0 5D /r          | FV   | AVX512F
vminps ymm{k}{z}, ymm, ymm/m256/m32bcst                 | RVM  | EVEX.256.0F.W0 5D /r          | FV   | AVX512F AVX512VL
vminps xmm{k}{z}, xmm, xmm/m128/m32bcst                 | RVM  | EVEX.128.0F.W0 5D /r          | FV   | AVX512F AVX512VL
vminpd zmm{k}{z}, zmm, zmm/m512/m64bcst{sae}            | RVM  | EVEX.512.66.0F.W1 5D /r       | FV   | AVX512F
vminpd ymm{k}{z}, ymm, ymm/m256/m64bcst                 | RVM  | EVEX.256.66.0F.W1 5D /r       | FV   | AVX512F AVX512VL
vminpd xmm{k}{z}, xmm, xmm/m128/m64bcst                 | RVM  | EVEX.128.66.0F.W1 5D /r       | FV   | AVX512F AVX512VL
vminss xmm{k}{z}, xmm, xmm/m32{sae}                     | RVM  | EVEX.LIG.F3.0F.W0 5D /r       | T1S  | AVX512F
vminsd xmm{k}{z}, xmm, xmm/m64{sae}                     | RVM  | EVEX.LIG.F2.0F.W1 5D /r       | T1S  | AVX512F
vmaxps zmm{k}{z}, zmm, zmm/m512/m32bcst{sae}            | RVM  | EVEX.512.0F.W0 5F /r          | FV   | AVX512F
vmaxps ymm{k}{z}, ymm, ymm/m256/m32bcst                 | RVM  | EVEX.256.0F.W0 5F /r          | FV   | AVX512F AVX512VL
vmaxps xmm{k}{z}, xmm, xmm/m128/m32bcst                 | RVM  | EVEX.128.0F.W0 5F /r          | FV   | AVX512F AVX512VL
vmaxpd zmm{k}{z}, zmm, zmm/m512/m64bcst{sae}            | RVM  | EVEX.512.66.0F.W1 5F /r       | FV   | AVX512F
vmaxpd ymm{k}{z}, ymm, ymm/m256/m64bcst                 | RVM  | EVEX.256.66.0F.W1 5F /r       | FV   | AVX512F AVX512VL
vmaxpd xmm{k}{z}, xmm, xmm/m128/m64bcst                 | RVM  | EVEX.128.66.0F.W1 5F /r       | FV   | AVX512F AVX512VL
vmaxss xmm{k}{z}, xmm, xmm/m32{sae}                     | RVM  | EVEX.LIG.F3.0F.W0 5F /r       | T1S  | AVX512F
vmaxsd xmm{k}{z}, xmm, xmm/m64{sae}                     | RVM  | EVEX.LIG.F2.0F.W1 5F /r       | T1S  | AVX512F
vsqrtps zmm{k}{z}, zmm/m512/m32bcst{er}                 | RM   | EVEX.512.0F.W0 51 /r          | FV   | AVX512F
vsqrtps ymm{k}{z}, ymm/m256/m32bcst                     | RM   | EVEX.256.0F.W0 51 /r          | FV   | AVX512F AVX512VL
vsqrtps xmm{k}{z}, xmm/m128/m32bcst                     | RM   | EVEX.128.0F.W0 51 /r          | FV   | AVX512F AVX512VL
vsqrtpd zmm{k}{z}, zmm/m512/m64bcst{er}                 | RM   | EVEX.512.66.0F.W1 51 /r       | FV   | AVX512F
vsqrtpd ymm{k}{z}, ymm/m256/m64bcst                     | RM   | EVEX.256.66.0F.W1 51 /r       | FV   | AVX512F AVX512VL
vsqrtpd xmm{k}{z}, xmm/m128/m64bcst                     | RM   | EVEX.128.66.0F.W1 51 /r       | FV   | AVX512F AVX512VL
vsqrtss xmm{k}{z}, xmm, xmm/m32{er}                     | RVM  | EVEX.LIG.F3.0F.W0 51 /r       | T1S  | AVX512F
vsqrtsd xmm{k}{z}, xmm, xmm/m64{er}                     | RVM  | EVEX.LIG.F2.0F.W1 51 /r       | T1S  | AVX512F

# ---- logic, unpack, shuffle ----------------------------------------------------------
vandps zmm{k}{z}, zmm, zmm/m512/m32bcst                 | RVM  | EVEX.512.0F.W0 54 /r          | FV   | AVX512DQ
vandps ymm{k}{z}, ymm, ymm/m256/m32bcst                 | RVM  | EVEX.256.0F.W0 54 /r          | FV   | AVX512DQ AVX512VL
vandps xmm{k}{z}, xmm, xmm/m128/m32bcst                 | RVM  | EVEX.128.0F.W0 54 /r          | FV   | AVX512DQ AVX512VL
vandpd zmm{k}{z}, zmm, zmm/m512/m64bcst                 | RVM  | EVEX.512.66.0F.W1 54 /r       | FV   | AVX512DQ
vandpd ymm{k}{z}, ymm, ymm/m256/m64bcst                 | RVM  | EVEX.256.66.0F.W1 54 /r       | FV   | AVX512DQ AVX512VL
vandpd xmm{k}{z}, xmm, xmm/m128/m64bcst                 | RVM  | EVEX.128.66.0F.W1 54 /r       | FV   | AVX512DQ AVX512VL
vandnps zmm{k}{z}, zmm, zmm/m512/m32bcst                | RVM  | EVEX.512.0F.W0 55 /r          | FV   | AVX512DQ
vandnps ymm{k}{z}, ymm, ymm/m256/m32bcst                | RVM  | EVEX.256.0F.W0 55 /r          | FV   | AVX512DQ AVX512VL
vandnps xmm{k}{z}, xmm, xmm/m128/m32bcst                | RVM  | EVEX.128.0F.W0 55 /r          | FV   | AVX512DQ AVX512VL
vandnpd zmm{k}{z}, zmm, zmm/m512/m64bcst                | RVM  | EVEX.512.66.0F.W1 55 /r       | FV   | AVX512DQ
vandnpd ymm{k}{z}, ymm, ymm/m256/m64bcst                | RVM  | EVEX.256.66.0F.W1 55 /r       | FV   | AVX512DQ AVX512VL
vandnpd xmm{k}{z}, xmm, xmm/m128/m64bcst                | RVM  | EVEX.128.66.0F.W1 55 /r       | FV   | AVX512DQ AVX512VL
vorps zmm{k}{z}, zmm, zmm/m512/m32bcst                  | RVM  | EVEX.512.0F.W0 56 /r          | FV   | AVX512DQ
vorps ymm{k}{z}, ymm, ymm/m256/m32bcst                  | RVM  | EVEX.256.0F.W0 56 /r          | FV   | AVX512DQ AVX512VL
vorps xmm{k}{z}, xmm, xmm/m128/m32bcst                  | RVM  | EVEX.128.0F.W0 56 /r          | FV   | AVX512DQ AVX512VL
vorpd zmm{k}{z}, zmm, zmm/m512/m64bcst                  | RVM  | EVEX.512.66.0F.W1 56 /r       | FV   | AVX512DQ
vorpd ymm{k}{z}, ymm, ymm/m256/m64bcst                  | RVM  | EVEX.256.66.0F.W1 56 /r       | FV   | AVX512DQ AVX512VL
vorpd xmm{k}{z}, xmm, xmm/m128/m64bcst                  | RVM  | EVEX.128.66.0F.W1 56 /r       | FV   | AVX512DQ AVX512VL
vxorps zmm{k}{z}, zmm, zmm/m512/m32bcst                 | RVM  | EVEX.512.0F.W0 57 /r          | FV   | AVX512DQ
vxorps ymm{k}{z}, ymm, ymm/m256/m32bcst                 | RVM  | EVEX.256.0F.W0 57 /r          | FV   | AVX512DQ AVX512VL
vxorps xmm{k}{z}, xmm, xmm/m128/m32bcst                 | RVM  | EVEX.128.0F.W0 57 /r          | FV   | AVX512DQ AVX512VL
vxorpd zmm{k}{z}, zmm, zmm/m512/m64bcst                 | RVM  | EVEX.512.66.0F.W1 57 /r       | FV   | AVX512DQ
vxorpd ymm{k}{z}, ymm, ymm/m256/m64bcst                 | RVM  | EVEX.256.66.0F.W1 57 /r       | FV   | AVX512DQ AVX512VL
vxorpd xmm{k}{z}, xmm, xmm/m128/m64bcst                 | RVM  | EVEX.128.66.0F.W1 57 /r       | FV   | AVX512DQ AVX512VL
vunpcklps zmm{k}{z}, zmm, zmm/m512/m32bcst              | RVM  | EVEX.512.0F.W0 14 /r          | FV   | AVX512F
vunpcklps ymm{k}{z}, ymm, ymm/m256/m32bcst              | RVM  | EVEX.256.0F.W0 14 /r          | FV   | AVX512F AVX512VL
vunpcklps xmm{k}{z}, xmm, xmm/m128/m32bcst              | RVM  | EVEX.128.0F.W0 14 /r          | FV   | AVX512F AVX512VL
vunpcklpd zmm{k}{z}, zmm, zmm/m512/m64bcst              | RVM  | EVEX.512.66.0F.W1 14 /r       | FV   | AVX512F
vunpcklpd ymm{k}{z}, ymm, ymm/m256/m64bcst              | RVM  | EVEX.256.66.0F.W1 14 /r       | FV   | AVX512F AVX512VL
vunpcklpd xmm{k}{z}, xmm, xmm/m128/m64bcst              | RVM  | EVEX.128.66.0F.W1 14 /r       | FV   | AVX512F AVX512VL
vunpckhps zmm{k}{z}, zmm, zmm/m512/m32bcst              | RVM  | EVEX.512.0F.W0 15 /r          | FV   | AVX512F
vunpckhps ymm{k}{z}, ymm, ymm/m256/m32bcst              | RVM  | EVEX.256.0F.W0 15 /r          | FV   | AVX512F AVX512VL
vunpckhps xmm{k}{z}, xmm, xmm/m128/m32bcst              | RVM  | EVEX.128.0F.W0 15 /r          | FV   | AVX512F AVX512VL
vunpckhpd zmm{k}{z}, zmm, zmm/m512/m64bcst              | RVM  | EVEX.512.66.0F.W1 15 /r       | FV   | AVX512F
vunpckhpd ymm{k}{z}, ymm, ymm/m256/m64bcst              | RVM  | EVEX.256.66.0F.W1 15 /r       | FV   | AVX512F AVX512VL
vunpckhpd xmm{k}{z}, xmm, xmm/m128/m64bcst              | RVM  | EVEX.128.66.0F.W1 15 /r       | FV   | AVX512F AVX512VL
vshufps zmm{k}{z}, zmm, zmm/m512/m32bcst, imm8          | RVMI | EVEX.512.0F.W0 C6 /r ib       | FV   | AVX512F
vshufps ymm{k}{z}, ymm, ymm/m256/m32bcst, imm8          | RVMI | EVEX.256.0F.W0 C6 /r ib       | FV   | AVX512F AVX512VL
vshufps xmm{k}{z}, xmm, xmm/m128/m32bcst, imm8          | RVMI | EVEX.128.0F.W0 C6 /r ib       | FV   | AVX512F AVX512VL
vshufpd zmm{k}{z}, zmm, zmm/m512/m64bcst, imm8          | RVMI | EVEX.512.66.0F.W1 C6 /r ib    | FV   | AVX512F
vshufpd ymm{k}{z}, ymm, ymm/m256/m64bcst, imm8          | RVMI | EVEX.256.66.0F.W1 C6 /r ib    | FV   | AVX512F AVX512VL
vshufpd xmm{k}{z}, xmm, xmm/m128/m64bcst, imm8          | RVMI | EVEX.128.66.0F.W1 C6 /r ib    | FV   | AVX512F AVX512VL

# ---- compares into mask registers ----------------------------------------------------
vcmpps k{k}, zmm, zmm/m512/m32bcst{sae}, imm8           | RVMI | EVEX.512.0F.W0 C2 /r ib       | FV   | AVX512F
vcmpps k{k}, ymm, ymm/m256/m32bcst, imm8                | RVMI | EVEX.256.0F.W0 C2 /r ib       | FV   | AVX512F AVX512VL
vcmpps k{k}, xmm, xmm/m128/m32bcst, imm8                | RVMI | EVEX.128.0F.W0 C2 /r ib       | FV   | AVX512F AVX512VL
vcmppd k{k}, zmm, zmm/m512/m64bcst{sae}, imm8           | RVMI | EVEX.512.66.0F.W1 C2 /r ib    | FV   | AVX512F
vcmppd k{k}, ymm, ymm/m256/m64bcst, imm8                | RVMI | EVEX.256.66.0F.W1 C2 /r ib    | FV   | AVX512F AVX512VL
vcmppd k{k}, xmm, xmm/m128/m64bcst, imm8                | RVMI | EVEX.128.66.0F.W1 C2 /r ib    | FV   | AVX512F AVX512VL
vcmpss k{k}, xmm, xmm/m32{sae}, imm8                    | RVMI | EVEX.LIG.F3.0F.W0 C2 /r ib    | T1S  | AVX512F
vcmpsd k{k}, xmm, xmm/m64{sae}, imm8                    | RVMI | EVEX.LIG.F2.0F.W1 C2 /r ib    | T1S  | AVX512F
vcmpeqps k{k}, zmm, zmm/m512/m32bcst{sae}               | RVM  | EVEX.512.0F.W0 C2 /r          | FV   | AVX512F            | imm=0
vcmpeqps k{k}, ymm, ymm/m256/m32bcst                    | RVM  | EVEX.256.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=0
vcmpeqps k{k}, xmm, xmm/m128/m32bcst                    | RVM  | EVEX.128.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=0
vcmpltps k{k}, zmm, zmm/m512/m32bcst{sae}               | RVM  | EVEX.512.0F.W0 C2 /r          | FV   | AVX512F            | imm=1
vcmpltps k{k}, ymm, ymm/m256/m32bcst                    | RVM  | EVEX.256.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=1
vcmpltps k{k}, xmm, xmm/m128/m32bcst                    | RVM  | EVEX.128.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=1
vcmpleps k{k}, zmm, zmm/m512/m32bcst{sae}               | RVM  | EVEX.512.0F.W0 C2 /r          | FV   | AVX512F            | imm=2
vcmpleps k{k}, ymm, ymm/m256/m32bcst                    | RVM  | EVEX.256.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=2
vcmpleps k{k}, xmm, xmm/m128/m32bcst                    | RVM  | EVEX.128.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=2
vcmpunordps k{k}, zmm, zmm/m512/m32bcst{sae}            | RVM  | EVEX.512.0F.W0 C2 /r          | FV   | AVX512F            | imm=3
vcmpunordps k{k}, ymm, ymm/m256/m32bcst                 | RVM  | EVEX.256.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=3
vcmpunordps k{k}, xmm, xmm/m128/m32bcst                 | RVM  | EVEX.128.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=3
vcmpneqps k{k}, zmm, zmm/m512/m32bcst{sae}              | RVM  | EVEX.512.0F.W0 C2 /r          | FV   | AVX512F            | imm=4
vcmpneqps k{k}, ymm, ymm/m256/m32bcst                   | RVM  | EVEX.256.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=4
vcmpneqps k{k}, xmm, xmm/m128/m32bcst                   | RVM  | EVEX.128.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=4
vcmpnltps k{k}, zmm, zmm/m512/m32bcst{sae}              | RVM  | EVEX.512.0F.W0 C2 /r          | FV   | AVX512F            | imm=5
vcmpnltps k{k}, ymm, ymm/m256/m32bcst                   | RVM  | EVEX.256.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=5
vcmpnltps k{k}, xmm, xmm/m128/m32bcst                   | RVM  | EVEX.128.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=5
vcmpnleps k{k}, zmm, zmm/m512/m32bcst{sae}              | RVM  | EVEX.512.0F.W0 C2 /r          | FV   | AVX512F            | imm=6
vcmpnleps k{k}, ymm, ymm/m256/m32bcst                   | RVM  | EVEX.256.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=6
vcmpnleps k{k}, xmm, xmm/m128/m32bcst                   | RVM  | EVEX.128.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=6
vcmpordps k{k}, zmm, zmm/m512/m32bcst{sae}              | RVM  | EVEX.512.0F.W0 C2 /r          | FV   | AVX512F            | imm=7
vcmpordps k{k}, ymm, ymm/m256/m32bcst                   | RVM  | EVEX.256.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=7
vcmpordps k{k}, xmm, xmm/m128/m32bcst                   | RVM  | EVEX.128.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=7
vcmpeq_uqps k{k}, zmm, zmm/m512/m32bcst{sae}            | RVM  | EVEX.512.0F.W0 C2 /r          | FV   | AVX512F            | imm=8
vcmpeq_uqps k{k}, ymm, ymm/m256/m32bcst                 | RVM  | EVEX.256.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=8
vcmpeq_uqps k{k}, xmm, xmm/m128/m32bcst                 | RVM  | EVEX.128.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=8
vcmpngeps k{k}, zmm, zmm/m512/m32bcst{sae}              | RVM  | EVEX.512.0F.W0 C2 /r          | FV   | AVX512F            | imm=9
vcmpngeps k{k}, ymm, ymm/m256/m32bcst                   | RVM  | EVEX.256.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=9
vcmpngeps k{k}, xmm, xmm/m128/m32bcst                   | RVM  | EVEX.128.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=9
vcmpngtps k{k}, zmm, zmm/m512/m32bcst{sae}              | RVM  | EVEX.512.0F.W0 C2 /r          | FV   | AVX512F            | imm=10
vcmpngtps k{k}, ymm, ymm/m256/m32bcst                   | RVM  | EVEX.256.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=10
vcmpngtps k{k}, xmm, xmm/m128/m32bcst                   | RVM  | EVEX.128.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=10
vcmpfalseps k{k}, zmm, zmm/m512/m32bcst{sae}            | RVM  | EVEX.512.0F.W0 C2 /r          | FV   | AVX512F            | imm=11
vcmpfalseps k{k}, ymm, ymm/m256/m32bcst                 | RVM  | EVEX.256.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=11
vcmpfalseps k{k}, xmm, xmm/m128/m32bcst                 | RVM  | EVEX.128.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=11
vcmpneq_oqps k{k}, zmm, zmm/m512/m32bcst{sae}           | RVM  | EVEX.512.0F.W0 C2 /r          | FV   | AVX512F            | imm=12
vcmpneq_oqps k{k}, ymm, ymm/m256/m32bcst                | RVM  | EVEX.256.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=12
vcmpneq_oqps k{k}, xmm, xmm/m128/m32bcst                | RVM  | EVEX.128.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=12
vcmpgeps k{k}, zmm, zmm/m512/m32bcst{sae}               | RVM  | EVEX.512.0F.W0 C2 /r          | FV   | AVX512F            | imm=13
vcmpgeps k{k}, ymm, ymm/m256/m32bcst                    | RVM  | EVEX.256.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=13
vcmpgeps k{k}, xmm, xmm/m128/m32bcst                    | RVM  | EVEX.128.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=13
vcmpgtps k{k}, zmm, zmm/m512/m32bcst{sae}               | RVM  | EVEX.512.0F.W0 C2 /r          | FV   | AVX512F            | imm=14
vcmpgtps k{k}, ymm, ymm/m256/m32bcst                    | RVM  | EVEX.256.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=14
vcmpgtps k{k}, xmm, xmm/m128/m32bcst                    | RVM  | EVEX.128.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=14
vcmptrueps k{k}, zmm, zmm/m512/m32bcst{sae}             | RVM  | EVEX.512.0F.W0 C2 /r          | FV   | AVX512F            | imm=15
vcmptrueps k{k}, ymm, ymm/m256/m32bcst                  | RVM  | EVEX.256.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=15
vcmptrueps k{k}, xmm, xmm/m128/m32bcst                  | RVM  | EVEX.128.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=15
vcmpeq_osps k{k}, zmm, zmm/m512/m32bcst{sae}            | RVM  | EVEX.512.0F.W0 C2 /r          | FV   | AVX512F            | imm=16
vcmpeq_osps k{k}, ymm, ymm/m256/m32bcst                 | RVM  | EVEX.256.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=16
vcmpeq_osps k{k}, xmm, xmm/m128/m32bcst                 | RVM  | EVEX.128.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=16
vcmplt_oqps k{k}, zmm, zmm/m512/m32bcst{sae}            | RVM  | EVEX.512.0F.W0 C2 /r          | FV   | AVX512F            | imm=17
vcmplt_oqps k{k}, ymm, ymm/m256/m32bcst                 | RVM  | EVEX.256.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=17
vcmplt_oqps k{k}, xmm, xmm/m128/m32bcst                 | RVM  | EVEX.128.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=17
vcmple_oqps k{k}, zmm, zmm/m512/m32bcst{sae}            | RVM  | EVEX.512.0F.W0 C2 /r          | FV   | AVX512F            | imm=18
vcmple_oqps k{k}, ymm, ymm/m256/m32bcst                 | RVM  | EVEX.256.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=18
vcmple_oqps k{k}, xmm, xmm/m128/m32bcst                 | RVM  | EVEX.128.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=18
vcmpunord_sps k{k}, zmm, zmm/m512/m32bcst{sae}          | RVM  | EVEX.512.0F.W0 C2 /r          | FV   | AVX512F            | imm=19
vcmpunord_sps k{k}, ymm, ymm/m256/m32bcst               | RVM  | EVEX.256.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=19
vcmpunord_sps k{k}, xmm, xmm/m128/m32bcst               | RVM  | EVEX.128.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=19
vcmpneq_usps k{k}, zmm, zmm/m512/m32bcst{sae}           | RVM  | EVEX.512.0F.W0 C2 /r          | FV   | AVX512F            | imm=20
vcmpneq_usps k{k}, ymm, ymm/m256/m32bcst                | RVM  | EVEX.256.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=20
vcmpneq_usps k{k}, xmm, xmm/m128/m32bcst                | RVM  | EVEX.128.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=20
vcmpnlt_uqps k{k}, zmm, zmm/m512/m32bcst{sae}           | RVM  | EVEX.512.0F.W0 C2 /r          | FV   | AVX512F            | imm=21
vcmpnlt_uqps k{k}, ymm, ymm/m256/m32bcst                | RVM  | EVEX.256.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=21
vcmpnlt_uqps k{k}, xmm, xmm/m128/m32bcst                | RVM  | EVEX.128.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=21
vcmpnle_uqps k{k}, zmm, zmm/m512/m32bcst{sae}           | RVM  | EVEX.512.0F.W0 C2 /r          | FV   | AVX512F            | imm=22
vcmpnle_uqps k{k}, ymm, ymm/m256/m32bcst                | RVM  | EVEX.256.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=22
vcmpnle_uqps k{k}, xmm, xmm/m128/m32bcst                | RVM  | EVEX.128.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=22
vcmpord_sps k{k}, zmm, zmm/m512/m32bcst{sae}            | RVM  | EVEX.512.0F.W0 C2 /r          | FV   | AVX512F            | imm=23
vcmpord_sps k{k}, ymm, ymm/m256/m32bcst                 | RVM  | EVEX.256.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=23
vcmpord_sps k{k}, xmm, xmm/m128/m32bcst                 | RVM  | EVEX.128.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=23
vcmpeq_usps k{k}, zmm, zmm/m512/m32bcst{sae}            | RVM  | EVEX.512.0F.W0 C2 /r          | FV   | AVX512F            | imm=24
vcmpeq_usps k{k}, ymm, ymm/m256/m32bcst                 | RVM  | EVEX.256.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=24
vcmpeq_usps k{k}, xmm, xmm/m128/m32bcst                 | RVM  | EVEX.128.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=24
vcmpnge_uqps k{k}, zmm, zmm/m512/m32bcst{sae}           | RVM  | EVEX.512.0F.W0 C2 /r          | FV   | AVX512F            | imm=25
vcmpnge_uqps k{k}, ymm, ymm/m256/m32bcst                | RVM  | EVEX.256.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=25
vcmpnge_uqps k{k}, xmm, xmm/m128/m32bcst                | RVM  | EVEX.128.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=25
vcmpngt_uqps k{k}, zmm, zmm/m512/m32bcst{sae}           | RVM  | EVEX.512.0F.W0 C2 /r          | FV   | AVX512F            | imm=26
vcmpngt_uqps k{k}, ymm, ymm/m256/m32bcst                | RVM  | EVEX.256.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=26
vcmpngt_uqps k{k}, xmm, xmm/m128/m32bcst                | RVM  | EVEX.128.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=26
vcmpfalse_osps k{k}, zmm, zmm/m512/m32bcst{sae}         | RVM  | EVEX.512.0F.W0 C2 /r          | FV   | AVX512F            | imm=27
vcmpfalse_osps k{k}, ymm, ymm/m256/m32bcst              | RVM  | EVEX.256.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=27
vcmpfalse_osps k{k}, xmm, xmm/m128/m32bcst              | RVM  | EVEX.128.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=27
vcmpneq_osps k{k}, zmm, zmm/m512/m32bcst{sae}           | RVM  | EVEX.512.0F.W0 C2 /r          | FV   | AVX512F            | imm=28
vcmpneq_osps k{k}, ymm, ymm/m256/m32bcst                | RVM  | EVEX.256.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=28
vcmpneq_osps k{k}, xmm, xmm/m128/m32bcst                | RVM  | EVEX.128.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=28
vcmpge_oqps k{k}, zmm, zmm/m512/m32bcst{sae}            | RVM  | EVEX.512.0F.W0 C2 /r          | FV   | AVX512F            | imm=29
vcmpge_oqps k{k}, ymm, ymm/m256/m32bcst                 | RVM  | EVEX.256.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=29
vcmpge_oqps k{k}, xmm, xmm/m128/m32bcst                 | RVM  | EVEX.128.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=29
vcmpgt_oqps k{k}, zmm, zmm/m512/m32bcst{sae}            | RVM  | EVEX.512.0F.W0 C2 /r          | FV   | AVX512F            | imm=30
vcmpgt_oqps k{k}, ymm, ymm/m256/m32bcst                 | RVM  | EVEX.256.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=30
vcmpgt_oqps k{k}, xmm, xmm/m128/m32bcst                 | RVM  | EVEX.128.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=30
vcmptrue_usps k{k}, zmm, zmm/m512/m32bcst{sae}          | RVM  | EVEX.512.0F.W0 C2 /r          | FV   | AVX512F            | imm=31
vcmptrue_usps k{k}, ymm, ymm/m256/m32bcst               | RVM  | EVEX.256.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=31
vcmptrue_usps k{k}, xmm, xmm/m128/m32bcst               | RVM  | EVEX.128.0F.W0 C2 /r          | FV   | AVX512F AVX512VL   | imm=31
vcmpeqpd k{k}, zmm, zmm/m512/m64bcst{sae}               | RVM  | EVEX.512.66.0F.W1 C2 /r       | FV   | AVX512F            | imm=0
vcmpeqpd k{k}, ymm, ymm/m256/m64bcst                    | RVM  | EVEX.256.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=0
vcmpeqpd k{k}, xmm, xmm/m128/m64bcst                    | RVM  | EVEX.128.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=0
vcmpltpd k{k}, zmm, zmm/m512/m64bcst{sae}               | RVM  | EVEX.512.66.0F.W1 C2 /r       | FV   | AVX512F            | imm=1
vcmpltpd k{k}, ymm, ymm/m256/m64bcst                    | RVM  | EVEX.256.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=1
vcmpltpd k{k}, xmm, xmm/m128/m64bcst                    | RVM  | EVEX.128.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=1
vcmplepd k{k}, zmm, zmm/m512/m64bcst{sae}               | RVM  | EVEX.512.66.0F.W1 C2 /r       | FV   | AVX512F            | imm=2
vcmplepd k{k}, ymm, ymm/m256/m64bcst                    | RVM  | EVEX.256.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=2
vcmplepd k{k}, xmm, xmm/m128/m64bcst                    | RVM  | EVEX.128.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=2
vcmpunordpd k{k}, zmm, zmm/m512/m64bcst{sae}            | RVM  | EVEX.512.66.0F.W1 C2 /r       | FV   | AVX512F            | imm=3
vcmpunordpd k{k}, ymm, ymm/m256/m64bcst                 | RVM  | EVEX.256.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=3
vcmpunordpd k{k}, xmm, xmm/m128/m64bcst                 | RVM  | EVEX.128.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=3
vcmpneqpd k{k}, zmm, zmm/m512/m64bcst{sae}              | RVM  | EVEX.512.66.0F.W1 C2 /r       | FV   | AVX512F            | imm=4
vcmpneqpd k{k}, ymm, ymm/m256/m64bcst                   | RVM  | EVEX.256.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=4
vcmpneqpd k{k}, xmm, xmm/m128/m64bcst                   | RVM  | EVEX.128.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=4
vcmpnltpd k{k}, zmm, zmm/m512/m64bcst{sae}              | RVM  | EVEX.512.66.0F.W1 C2 /r       | FV   | AVX512F            | imm=5
vcmpnltpd k{k}, ymm, ymm/m256/m64bcst                   | RVM  | EVEX.256.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=5
vcmpnltpd k{k}, xmm, xmm/m128/m64bcst                   | RVM  | EVEX.128.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=5
vcmpnlepd k{k}, zmm, zmm/m512/m64bcst{sae}              | RVM  | EVEX.512.66.0F.W1 C2 /r       | FV   | AVX512F            | imm=6
vcmpnlepd k{k}, ymm, ymm/m256/m64bcst                   | RVM  | EVEX.256.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=6
vcmpnlepd k{k}, xmm, xmm/m128/m64bcst                   | RVM  | EVEX.128.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=6
vcmpordpd k{k}, zmm, zmm/m512/m64bcst{sae}              | RVM  | EVEX.512.66.0F.W1 C2 /r       | FV   | AVX512F            | imm=7
vcmpordpd k{k}, ymm, ymm/m256/m64bcst                   | RVM  | EVEX.256.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=7
vcmpordpd k{k}, xmm, xmm/m128/m64bcst                   | RVM  | EVEX.128.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=7
vcmpeq_uqpd k{k}, zmm, zmm/m512/m64bcst{sae}            | RVM  | EVEX.512.66.0F.W1 C2 /r       | FV   | AVX512F            | imm=8
vcmpeq_uqpd k{k}, ymm, ymm/m256/m64bcst                 | RVM  | EVEX.256.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=8
vcmpeq_uqpd k{k}, xmm, xmm/m128/m64bcst                 | RVM  | EVEX.128.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=8
vcmpngepd k{k}, zmm, zmm/m512/m64bcst{sae}              | RVM  | EVEX.512.66.0F.W1 C2 /r       | FV   | AVX512F            | imm=9
vcmpngepd k{k}, ymm, ymm/m256/m64bcst                   | RVM  | EVEX.256.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=9
vcmpngepd k{k}, xmm, xmm/m128/m64bcst                   | RVM  | EVEX.128.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=9
vcmpngtpd k{k}, zmm, zmm/m512/m64bcst{sae}              | RVM  | EVEX.512.66.0F.W1 C2 /r       | FV   | AVX512F            | imm=10
vcmpngtpd k{k}, ymm, ymm/m256/m64bcst                   | RVM  | EVEX.256.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=10
vcmpngtpd k{k}, xmm, xmm/m128/m64bcst                   | RVM  | EVEX.128.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=10
vcmpfalsepd k{k}, zmm, zmm/m512/m64bcst{sae}            | RVM  | EVEX.512.66.0F.W1 C2 /r       | FV   | AVX512F            | imm=11
vcmpfalsepd k{k}, ymm, ymm/m256/m64bcst                 | RVM  | EVEX.256.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=11
vcmpfalsepd k{k}, xmm, xmm/m128/m64bcst                 | RVM  | EVEX.128.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=11
vcmpneq_oqpd k{k}, zmm, zmm/m512/m64bcst{sae}           | RVM  | EVEX.512.66.0F.W1 C2 /r       | FV   | AVX512F            | imm=12
vcmpneq_oqpd k{k}, ymm, ymm/m256/m64bcst                | RVM  | EVEX.256.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=12
vcmpneq_oqpd k{k}, xmm, xmm/m128/m64bcst                | RVM  | EVEX.128.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=12
vcmpgepd k{k}, zmm, zmm/m512/m64bcst{sae}               | RVM  | EVEX.512.66.0F.W1 C2 /r       | FV   | AVX512F            | imm=13
vcmpgepd k{k}, ymm, ymm/m256/m64bcst                    | RVM  | EVEX.256.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=13
vcmpgepd k{k}, xmm, xmm/m128/m64bcst                    | RVM  | EVEX.128.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=13
vcmpgtpd k{k}, zmm, zmm/m512/m64bcst{sae}               | RVM  | EVEX.512.66.0F.W1 C2 /r       | FV   | AVX512F            | imm=14
vcmpgtpd k{k}, ymm, ymm/m256/m64bcst                    | RVM  | EVEX.256.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=14
vcmpgtpd k{k}, xmm, xmm/m128/m64bcst                    | RVM  | EVEX.128.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=14
vcmptruepd k{k}, zmm, zmm/m512/m64bcst{sae}             | RVM  | EVEX.512.66.0F.W1 C2 /r       | FV   | AVX512F            | imm=15
vcmptruepd k{k}, ymm, ymm/m256/m64bcst                  | RVM  | EVEX.256.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=15
vcmptruepd k{k}, xmm, xmm/m128/m64bcst                  | RVM  | EVEX.128.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=15
vcmpeq_ospd k{k}, zmm, zmm/m512/m64bcst{sae}            | RVM  | EVEX.512.66.0F.W1 C2 /r       | FV   | AVX512F            | imm=16
vcmpeq_ospd k{k}, ymm, ymm/m256/m64bcst                 | RVM  | EVEX.256.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=16
vcmpeq_ospd k{k}, xmm, xmm/m128/m64bcst                 | RVM  | EVEX.128.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=16
vcmplt_oqpd k{k}, zmm, zmm/m512/m64bcst{sae}            | RVM  | EVEX.512.66.0F.W1 C2 /r       | FV   | AVX512F            | imm=17
vcmplt_oqpd k{k}, ymm, ymm/m256/m64bcst                 | RVM  | EVEX.256.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=17
vcmplt_oqpd k{k}, xmm, xmm/m128/m64bcst                 | RVM  | EVEX.128.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=17
vcmple_oqpd k{k}, zmm, zmm/m512/m64bcst{sae}            | RVM  | EVEX.512.66.0F.W1 C2 /r       | FV   | AVX512F            | imm=18
vcmple_oqpd k{k}, ymm, ymm/m256/m64bcst                 | RVM  | EVEX.256.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=18
vcmple_oqpd k{k}, xmm, xmm/m128/m64bcst                 | RVM  | EVEX.128.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=18
vcmpunord_spd k{k}, zmm, zmm/m512/m64bcst{sae}          | RVM  | EVEX.512.66.0F.W1 C2 /r       | FV   | AVX512F            | imm=19
vcmpunord_spd k{k}, ymm, ymm/m256/m64bcst               | RVM  | EVEX.256.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=19
vcmpunord_spd k{k}, xmm, xmm/m128/m64bcst               | RVM  | EVEX.128.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=19
vcmpneq_uspd k{k}, zmm, zmm/m512/m64bcst{sae}           | RVM  | EVEX.512.66.0F.W1 C2 /r       | FV   | AVX512F            | imm=20
vcmpneq_uspd k{k}, ymm, ymm/m256/m64bcst                | RVM  | EVEX.256.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=20
vcmpneq_uspd k{k}, xmm, xmm/m128/m64bcst                | RVM  | EVEX.128.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=20
vcmpnlt_uqpd k{k}, zmm, zmm/m512/m64bcst{sae}           | RVM  | EVEX.512.66.0F.W1 C2 /r       | FV   | AVX512F            | imm=21
vcmpnlt_uqpd k{k}, ymm, ymm/m256/m64bcst                | RVM  | EVEX.256.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=21
vcmpnlt_uqpd k{k}, xmm, xmm/m128/m64bcst                | RVM  | EVEX.128.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=21
vcmpnle_uqpd k{k}, zmm, zmm/m512/m64bcst{sae}           | RVM  | EVEX.512.66.0F.W1 C2 /r       | FV   | AVX512F            | imm=22
vcmpnle_uqpd k{k}, ymm, ymm/m256/m64bcst                | RVM  | EVEX.256.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=22
vcmpnle_uqpd k{k}, xmm, xmm/m128/m64bcst                | RVM  | EVEX.128.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=22
vcmpord_spd k{k}, zmm, zmm/m512/m64bcst{sae}            | RVM  | EVEX.512.66.0F.W1 C2 /r       | FV   | AVX512F            | imm=23
vcmpord_spd k{k}, ymm, ymm/m256/m64bcst                 | RVM  | EVEX.256.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=23
vcmpord_spd k{k}, xmm, xmm/m128/m64bcst                 | RVM  | EVEX.128.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=23
vcmpeq_uspd k{k}, zmm, zmm/m512/m64bcst{sae}            | RVM  | EVEX.512.66.0F.W1 C2 /r       | FV   | AVX512F            | imm=24
vcmpeq_uspd k{k}, ymm, ymm/m256/m64bcst                 | RVM  | EVEX.256.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=24
vcmpeq_uspd k{k}, xmm, xmm/m128/m64bcst                 | RVM  | EVEX.128.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=24
vcmpnge_uqpd k{k}, zmm, zmm/m512/m64bcst{sae}           | RVM  | EVEX.512.66.0F.W1 C2 /r       | FV   | AVX512F            | imm=25
vcmpnge_uqpd k{k}, ymm, ymm/m256/m64bcst                | RVM  | EVEX.256.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=25
vcmpnge_uqpd k{k}, xmm, xmm/m128/m64bcst                | RVM  | EVEX.128.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=25
vcmpngt_uqpd k{k}, zmm, zmm/m512/m64bcst{sae}           | RVM  | EVEX.512.66.0F.W1 C2 /r       | FV   | AVX512F            | imm=26
vcmpngt_uqpd k{k}, ymm, ymm/m256/m64bcst                | RVM  | EVEX.256.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=26
vcmpngt_uqpd k{k}, xmm, xmm/m128/m64bcst                | RVM  | EVEX.128.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=26
vcmpfalse_ospd k{k}, zmm, zmm/m512/m64bcst{sae}         | RVM  | EVEX.512.66.0F.W1 C2 /r       | FV   | AVX512F            | imm=27
vcmpfalse_ospd k{k}, ymm, ymm/m256/m64bcst              | RVM  | EVEX.256.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=27
vcmpfalse_ospd k{k}, xmm, xmm/m128/m64bcst              | RVM  | EVEX.128.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=27
vcmpneq_ospd k{k}, zmm, zmm/m512/m64bcst{sae}           | RVM  | EVEX.512.66.0F.W1 C2 /r       | FV   | AVX512F            | imm=28
vcmpneq_ospd k{k}, ymm, ymm/m256/m64bcst                | RVM  | EVEX.256.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=28
vcmpneq_ospd k{k}, xmm, xmm/m128/m64bcst                | RVM  | EVEX.128.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=28
vcmpge_oqpd k{k}, zmm, zmm/m512/m64bcst{sae}            | RVM  | EVEX.512.66.0F.W1 C2 /r       | FV   | AVX512F            | imm=29
vcmpge_oqpd k{k}, ymm, ymm/m256/m64bcst                 | RVM  | EVEX.256.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=29
vcmpge_oqpd k{k}, xmm, xmm/m128/m64bcst                 | RVM  | EVEX.128.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=29
vcmpgt_oqpd k{k}, zmm, zmm/m512/m64bcst{sae}            | RVM  | EVEX.512.66.0F.W1 C2 /r       | FV   | AVX512F            | imm=30
vcmpgt_oqpd k{k}, ymm, ymm/m256/m64bcst                 | RVM  | EVEX.256.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=30
vcmpgt_oqpd k{k}, xmm, xmm/m128/m64bcst                 | RVM  | EVEX.128.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=30
vcmptrue_uspd k{k}, zmm, zmm/m512/m64bcst{sae}          | RVM  | EVEX.512.66.0F.W1 C2 /r       | FV   | AVX512F            | imm=31
vcmptrue_uspd k{k}, ymm, ymm/m256/m64bcst               | RVM  | EVEX.256.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=31
vcmptrue_uspd k{k}, xmm, xmm/m128/m64bcst               | RVM  | EVEX.128.66.0F.W1 C2 /r       | FV   | AVX512F AVX512VL   | imm=31
vcmpeqss k{k}, xmm, xmm/m32{sae}                        | RVM  | EVEX.LIG.F3.0F.W0 C2 /r       | T1S  | AVX512F            | imm=0
vcmpltss k{k}, xmm, xmm/m32{sae}                        | RVM  | EVEX.LIG.F3.0F.W0 C2 /r       | T1S  | AVX512F            | imm=1
vcmpless k{k}, xmm, xmm/m32{sae}                        | RVM  | EVEX.LIG.F3.0F.W0 C2 /r       | T1S  | AVX512F            | imm=2
vcmpunordss k{k}, xmm, xmm/m32{sae}                     | RVM  | EVEX.LIG.F3.0F.W0 C2 /r       | T1S  | AVX512F            | imm=3
vcmpneqss k{k}, xmm, xmm/m32{sae}                       | RVM  | EVEX.LIG.F3.0F.W0 C2 /r       | T1S  | AVX512F            | imm=4
vcmpnltss k{k}, xmm, xmm/m32{sae}                       | RVM  | EVEX.LIG.F3.0F.W0 C2 /r       | T1S  | AVX512F            | imm=5
vcmpnless k{k}, xmm, xmm/m32{sae}                       | RVM  | EVEX.LIG.F3.0F.W0 C2 /r       | T1S  | AVX512F            | imm=6
vcmpordss k{k}, xmm, xmm/m32{sae}                       | RVM  | EVEX.LIG.F3.0F.W0 C2 /r       | T1S  | AVX512F            | imm=7
vcmpeq_uqss k{k}, xmm, xmm/m32{sae}                     | RVM  | EVEX.LIG.F3.0F.W0 C2 /r       | T1S  | AVX512F            | imm=8
vcmpngess k{k}, xmm, xmm/m32{sae}                       | RVM  | EVEX.LIG.F3.0F.W0 C2 /r       | T1S  | AVX512F            | imm=9
vcmpngtss k{k}, xmm, xmm/m32{sae}                       | RVM  | EVEX.LIG.F3.0F.W0 C2 /r       | T1S  | AVX512F            | imm=10
vcmpfalsess k{k}, xmm, xmm/m32{sae}                     | RVM  | EVEX.LIG.F3.0F.W0 C2 /r       | T1S  | AVX512F            | imm=11
vcmpneq_oqss k{k}, xmm, xmm/m32{sae}                    | RVM  | EVEX.LIG.F3.0F.W0 C2 /r       | T1S  | AVX512F            | imm=12
vcmpgess k{k}, xmm, xmm/m32{sae}                        | RVM  | EVEX.LIG.F3.0F.W0 C2 /r       | T1S  | AVX512F            | imm=13
vcmpgtss k{k}, xmm, xmm/m32{sae}                        | RVM  | EVEX.LIG.F3.0F.W0 C2 /r       | T1S  | AVX512F            | imm=14
vcmptruess k{k}, xmm, xmm/m32{sae}                      | RVM  | EVEX.LIG.F3.0F.W0 C2 /r       | T1S  | AVX512F            | imm=15
vcmpeq_osss k{k}, xmm, xmm/m32{sae}                     | RVM  | EVEX.LIG.F3.0F.W0 C2 /r       | T1S  | AVX512F            | imm=16
vcmplt_oqss k{k}, xmm, xmm/m32{sae}                     | RVM  | EVEX.LIG.F3.0F.W0 C2 /r       | T1S  | AVX512F            | imm=17
vcmple_oqss k{k}, xmm, xmm/m32{sae}                     | RVM  | EVEX.LIG.F3.0F.W0 C2 /r       | T1S  | AVX512F            | imm=18
vcmpunord_sss k{k}, xmm, xmm/m32{sae}                   | RVM  | EVEX.LIG.F3.0F.W0 C2 /r       | T1S  | AVX512F            | imm=19
vcmpneq_usss k{k}, xmm, xmm/m32{sae}                    | RVM  | EVEX.LIG.F3.0F.W0 C2 /r       | T1S  | AVX512F            | imm=20
vcmpnlt_uqss k{k}, xmm, xmm/m32{sae}                    | RVM  | EVEX.LIG.F3.0F.W0 C2 /r       | T1S  | AVX512F            | imm=21
vcmpnle_uqss k{k}, xmm, xmm/m32{sae}                    | RVM  | EVEX.LIG.F3.0F.W0 C2 /r       | T1S  | AVX512F            | imm=22
vcmpord_sss k{k}, xmm, xmm/m32{sae}                     | RVM  | EVEX.LIG.F3.0F.W0 C2 /r       | T1S  | AVX512F            | imm=23
vcmpeq_usss k{k}, xmm, xmm/m32{sae}                     | RVM  | EVEX.LIG.F3.0F.W0 C2 /r       | T1S  | AVX512F            | imm=24
vcmpnge_uqss k{k}, xmm, xmm/m32{sae}                    | RVM  | EVEX.LIG.F3.0F.W0 C2 /r       | T1S  | AVX512F            | imm=25
vcmpngt_uqss k{k}, xmm, xmm/m32{sae}                    | RVM  | EVEX.LIG.F3.0F.W0 C2 /r       | T1S  | AVX512F            | imm=26
vcmpfalse_osss k{k}, xmm, xmm/m32{sae}                  | RVM  | EVEX.LIG.F3.0F.W0 C2 /r       | T1S  | AVX512F            | imm=27
vcmpneq_osss k{k}, xmm, xmm/m32{sae}                    | RVM  | EVEX.LIG.F3.0F.W0 C2 /r       | T1S  | AVX512F            | imm=28
vcmpge_oqss k{k}, xmm, xmm/m32{sae}                     | RVM  | EVEX.LIG.F3.0F.W0 C2 /r       | T1S  | AVX512F            | imm=29
vcmpgt_oqss k{k}, xmm, xmm/m32{sae}                     | RVM  | EVEX.LIG.F3.0F.W0 C2 /r       | T1S  | AVX512F            | imm=30
vcmptrue_usss k{k}, xmm, xmm/m32{sae}                   | RVM  | EVEX.LIG.F3.0F.W0 C2 /r       | T1S  | AVX512F            | imm=31
vcmpeqsd k{k}, xmm, xmm/m64{sae}                        | RVM  | EVEX.LIG.F2.0F.W1 C2 /r       | T1S  | AVX512F            | imm=0
vcmpltsd k{k}, xmm, xmm/m64{sae}                        | RVM  | EVEX.LIG.F2.0F.W1 C2 /r       | T1S  | AVX512F            | imm=1
vcmplesd k{k}, xmm, xmm/m64{sae}                        | RVM  | EVEX.LIG.F2.0F.W1 C2 /r       | T1S  | AVX512F            | imm=2
vcmpunordsd k{k}, xmm, xmm/m64{sae}                     | RVM  | EVEX.LIG.F2.0F.W1 C2 /r       | T1S  | AVX512F            | imm=3
vcmpneqsd k{k}, xmm, xmm/m64{sae}                       | RVM  | EVEX.LIG.F2.0F.W1 C2 /r       | T1S  | AVX512F            | imm=4
vcmpnltsd k{k}, xmm, xmm/m64{sae}                       | RVM  | EVEX.LIG.F2.0F.W1 C2 /r       | T1S  | AVX512F            | imm=5
vcmpnlesd k{k}, xmm, xmm/m64{sae}                       | RVM  | EVEX.LIG.F2.0F.W1 C2 /r       | T1S  | AVX512F            | imm=6
vcmpordsd k{k}, xmm, xmm/m64{sae}                       | RVM  | EVEX.LIG.F2.0F.W1 C2 /r       | T1S  | AVX512F            | imm=7
vcmpeq_uqsd k{k}, xmm, xmm/m64{sae}                     | RVM  | EVEX.LIG.F2.0F.W1 C2 /r       | T1S  | AVX512F            | imm=8
vcmpngesd k{k}, xmm, xmm/m64{sae}                       | RVM  | EVEX.LIG.F2.0F.W1 C2 /r       | T1S  | AVX512F            | imm=9
vcmpngtsd k{k}, xmm, xmm/m64{sae}                       | RVM  | EVEX.LIG.F2.0F.W1 C2 /r       | T1S  | AVX512F            | imm=10
vcmpfalsesd k{k}, xmm, xmm/m64{sae}                     | RVM  | EVEX.LIG.F2.0F.W1 C2 /r       | T1S  | AVX512F            | imm=11
vcmpneq_oqsd k{k}, xmm, xmm/m64{sae}                    | RVM  | EVEX.LIG.F2.0F.W1 C2 /r       | T1S  | AVX512F            | imm=12
vcmpgesd k{k}, xmm, xmm/m64{sae}                        | RVM  | EVEX.LIG.F2.0F.W1 C2 /r       | T1S  | AVX512F            | imm=13
vcmpgtsd k{k}, xmm, xmm/m64{sae}                        | RVM  | EVEX.LIG.F2.0F.W1 C2 /r       | T1S  | AVX512F            | imm=14
vcmptruesd k{k}, xmm, xmm/m64{sae}                      | RVM  | EVEX.LIG.F2.0F.W1 C2 /r       | T1S  | AVX512F            | imm=15
vcmpeq_ossd k{k}, xmm, xmm/m64{sae}                     | RVM  | EVEX.LIG.F2.0F.W1 C2 /r       | T1S  | AVX512F            | imm=16
vcmplt_oqsd k{k}, xmm, xmm/m64{sae}                     | RVM  | EVEX.LIG.F2.0F.W1 C2 /r       | T1S  | AVX512F            | imm=17
vcmple_oqsd k{k}, xmm, xmm/m64{sae}                     | RVM  | EVEX.LIG.F2.0F.W1 C2 /r       | T1S  | AVX512F            | imm=18
vcmpunord_ssd k{k}, xmm, xmm/m64{sae}                   | RVM  | EVEX.LIG.F2.0F.W1 C2 /r       | T1S  | AVX512F            | imm=19
vcmpneq_ussd k{k}, xmm, xmm/m64{sae}                    | RVM  | EVEX.LIG.F2.0F.W1 C2 /r       | T1S  | AVX512F            | imm=20
vcmpnlt_uqsd k{k}, xmm, xmm/m64{sae}                    | RVM  | EVEX.LIG.F2.0F.W1 C2 /r       | T1S  | AVX512F            | imm=21
vcmpnle_uqsd k{k}, xmm, xmm/m64{sae}                    | RVM  | EVEX.LIG.F2.0F.W1 C2 /r       | T1S  | AVX512F            | imm=22
vcmpord_ssd k{k}, xmm, xmm/m64{sae}                     | RVM  | EVEX.LIG.F2.0F.W1 C2 /r       | T1S  | AVX512F            | imm=23
vcmpeq_ussd k{k}, xmm, xmm/m64{sae}                     | RVM  | EVEX.LIG.F2.0F.W1 C2 /r       | T1S  | AVX512F            | imm=24
vcmpnge_uqsd k{k}, xmm, xmm/m64{sae}                    | RVM  | EVEX.LIG.F2.0F.W1 C2 /r       | T1S  | AVX512F            | imm=25
vcmpngt_uqsd k{k}, xmm, xmm/m64{sae}                    | RVM  | EVEX.LIG.F2.0F.W1 C2 /r       | T1S  | AVX512F            | imm=26
vcmpfalse_ossd k{k}, xmm, xmm/m64{sae}                  | RVM  | EVEX.LIG.F2.0F.W1 C2 /r       | T1S  | AVX512F            | imm=27
vcmpneq_ossd k{k}, xmm, xmm/m64{sae}                    | RVM  | EVEX.LIG.F2.0F.W1 C2 /r       | T1S  | AVX512F            | imm=28
vcmpge_oqsd k{k}, xmm, xmm/m64{sae}                     | RVM  | EVEX.LIG.F2.0F.W1 C2 /r       | T1S  | AVX512F            | imm=29
vcmpgt_oqsd k{k}, xmm, xmm/m64{sae}                     | RVM  | EVEX.LIG.F2.0F.W1 C2 /r       | T1S  | AVX512F            | imm=30
vcmptrue_ussd k{k}, xmm, xmm/m64{sae}                   | RVM  | EVEX.LIG.F2.0F.W1 C2 /r       | T1S  | AVX512F            | imm=31
vcomiss xmm, xmm/m32{sae}                               | RM   | EVEX.LIG.0F.W0 2F /r          | T1S  | AVX512F
vcomisd xmm, xmm/m64{sae}                               | RM   | EVEX.LIG.66.0F.W1 2F /r       | T1S  | AVX512F
vucomiss xmm, xmm/m32{sae}                              | RM   | EVEX.LIG.0F.W0 2E /r          | T1S  | AVX512F
vucomisd xmm, xmm/m64{sae}                              | RM   | EVEX.LIG.66.0F.W1 2E /r       | T1S  | AVX512F

# ---- moves ---------------------------------------------------------------------------
vmovaps zmm{k}{z}, zmm/m512                             | RM   | EVEX.512.0F.W0 28 /r          | FVM  | AVX512F
vmovaps ymm{k}{z}, ymm/m256                             | RM   | EVEX.256.0F.W0 28 /r          | FVM  | AVX512F AVX512VL
vmovaps xmm{k}{z}, xmm/m128                             | RM   | EVEX.128.0F.W0 28 /r          | FVM  | AVX512F AVX512VL
vmovaps m512{k}, zmm                                    | MR   | EVEX.512.0F.W0 29 /r          | FVM  | AVX512F
vmovaps m256{k}, ymm                                    | MR   | EVEX.256.0F.W0 29 /r          | FVM  | AVX512F AVX512VL
vmovaps m128{k}, xmm                                    | MR   | EVEX.128.0F.W0 29 /r          | FVM  | AVX512F AVX512VL
vmovups zmm{k}{z}, zmm/m512                             | RM   | EVEX.512.0F.W0 10 /r          | FVM  | AVX512F
vmovups ymm{k}{z}, ymm/m256                             | RM   | EVEX.256.0F.W0 10 /r          | FVM  | AVX512F AVX512VL
vmovups xmm{k}{z}, xmm/m128                             | RM   | EVEX.128.0F.W0 10 /r          | FVM  | AVX512F AVX512VL
vmovups m512{k}, zmm                                    | MR   | EVEX.512.0F.W0 11 /r          | FVM  | AVX512F
vmovups m256{k}, ymm                                    | MR   | EVEX.256.0F.W0 11 /r          | FVM  | AVX512F AVX512VL
vmovups m128{k}, xmm                                    | MR   | EVEX.128.0F.W0 11 /r          | FVM  | AVX512F AVX512VL
vmovapd zmm{k}{z}, zmm/m512                             | RM   | EVEX.512.66.0F.W1 28 /r       | FVM  | AVX512F
vmovapd ymm{k}{z}, ymm/m256                             | RM   | EVEX.256.66.0F.W1 28 /r       | FVM  | AVX512F AVX512VL
vmovapd xmm{k}{z}, xmm/m128                             | RM   | EVEX.128.66.0F.W1 28 /r       | FVM  | AVX512F AVX512VL
vmovapd m512{k}, zmm                                    | MR   | EVEX.512.66.0F.W1 29 /r       | FVM  | AVX512F
vmovapd m256{k}, ymm                                    | MR   | EVEX.256.66.0F.W1 29 /r       | FVM  | AVX512F AVX512VL
vmovapd m128{k}, xmm                                    | MR   | EVEX.128.66.0F.W1 29 /r       | FVM  | AVX512F AVX512VL
vmovupd zmm{k}{z}, zmm/m512                             | RM   | EVEX.512.66.0F.W1 10 /r       | FVM  | AVX512F
vmovupd ymm{k}{z}, ymm/m256                             | RM   | EVEX.256.66.0F.W1 10 /r       | FVM  | AVX512F AVX512VL
vmovupd xmm{k}{z}, xmm/m128                             | RM   | EVEX.128.66.0F.W1 10 /r       | FVM  | AVX512F AVX512VL
vmovupd m512{k}, zmm                                    | MR   | EVEX.512.66.0F.W1 11 /r       | FVM  | AVX512F
vmovupd m256{k}, ymm                                    | MR   | EVEX.256.66.0F.W1 11 /r       | FVM  | AVX512F AVX512VL
vmovupd m128{k}, xmm                                    | MR   | EVEX.128.66.0F.W1 11 /r       | FVM  | AVX512F AVX512VL
vmovdqa32 zmm{k}{z}, zmm/m512                           | RM   | EVEX.512.66.0F.W0 6F /r       | FVM  | AVX512F
vmovdqa32 ymm{k}{z}, ymm/m256                           | RM   | EVEX.256.66.0F.W0 6F /r       | FVM  | AVX512F AVX512VL
vmovdqa32 xmm{k}{z}, xmm/m128                           | RM   | EVEX.128.66.0F.W0 6F /r       | FVM  | AVX512F AVX512VL
vmovdqa32 m512{k}, zmm                                  | MR   | EVEX.512.66.0F.W0 7F /r       | FVM  | AVX512F
vmovdqa32 m256{k}, ymm                                  | MR   | EVEX.256.66.0F.W0 7F /r       | FVM  | AVX512F AVX512VL
vmovdqa32 m128{k}, xmm                                  | MR   | EVEX.128.66.0F.W0 7F /r       | FVM  | AVX512F AVX512VL
vmovdqa64 zmm{k}{z}, zmm/m512                           | RM   | EVEX.512.66.0F.W1 6F /r       | FVM  | AVX512F
vmovdqa64 ymm{k}{z}, ymm/m256                           | RM   | EVEX.256.66.0F.W1 6F /r       | FVM  | AVX512F AVX512VL
vmovdqa64 xmm{k}{z}, xmm/m128                           | RM   | EVEX.128.66.0F.W1 6F /r       | FVM  | AVX512F AVX512VL
vmovdqa64 m512{k}, zmm                                  | MR   | EVEX.512.66.0F.W1 7F /r       | FVM  | AVX512F
vmovdqa64 m256{k}, ymm                                  | MR   | EVEX.256.66.0F.W1 7F /r       | FVM  | AVX512F AVX512VL
vmovdqa64 m128{k}, xmm                                  | MR   | EVEX.128.66.0F.W1 7F /r       | FVM  | AVX512F AVX512VL
vmovdqu32 zmm{k}{z}, zmm/m512                           | RM   | EVEX.512.F3.0F.W0 6F /r       | FVM  | AVX512F
vmovdqu32 ymm{k}{z}, ymm/m256                           | RM   | EVEX.256.F3.0F.W0 6F /r       | FVM  | AVX512F AVX512VL
vmovdqu32 xmm{k}{z}, xmm/m128                           | RM   | EVEX.128.F3.0F.W0 6F /r       | FVM  | AVX512F AVX512VL
vmovdqu32 m512{k}, zmm                                  | MR   | EVEX.512.F3.0F.W0 7F /r       | FVM  | AVX512F
vmovdqu32 m256{k}, ymm                                  | MR   | EVEX.256.F3.0F.W0 7F /r       | FVM  | AVX512F AVX512VL
vmovdqu32 m128{k}, xmm                                  | MR   | EVEX.128.F3.0F.W0 7F /r       | FVM  | AVX512F AVX512VL
vmovdqu64 zmm{k}{z}, zmm/m512                           | RM   | EVEX.512.F3.0F.W1 6F /r       | FVM  | AVX512F
vmovdqu64 ymm{k}{z}, ymm/m256                           | RM   | EVEX.256.F3.0F.W1 6F /r       | FVM  | AVX512F AVX512VL
vmovdqu64 xmm{k}{z}, xmm/m128                           | RM   | EVEX.128.F3.0F.W1 6F /r       | FVM  | AVX512F AVX512VL
vmovdqu64 m512{k}, zmm                                  | MR   | EVEX.512.F3.0F.W1 7F /r       | FVM  | AVX512F
vmovdqu64 m256{k}, ymm                                  | MR   | EVEX.256.F3.0F.W1 7F /r       | FVM  | AVX512F AVX512VL
vmovdqu64 m128{k}, xmm                                  | MR   | EVEX.128.F3.0F.W1 7F /r       | FVM  | AVX512F AVX512VL
vmovdqu8 zmm{k}{z}, zmm/m512                            | RM   | EVEX.512.F2.0F.W0 6F /r       | FVM  | AVX512BW
vmovdqu8 ymm{k}{z}, ymm/m256                            | RM   | EVEX.256.F2.0F.W0 6F /r       | FVM  | AVX512BW AVX512VL
vmovdqu8 xmm{k}{z}, xmm/m128                            | RM   | EVEX.128.F2.0F.W0 6F /r       | FVM  | AVX512BW AVX512VL
vmovdqu8 m512{k}, zmm                                   | MR   | EVEX.512.F2.0F.W0 7F /r       | FVM  | AVX512BW
vmovdqu8 m256{k}, ymm                                   | MR   | EVEX.256.F2.0F.W0 7F /r       | FVM  | AVX512BW AVX512VL
vmovdqu8 m128{k}, xmm                                   | MR   | EVEX.128.F2.0F.W0 7F /r       | FVM  | AVX512BW AVX512VL
vmovdqu16 zmm{k}{z}, zmm/m512                           | RM   | EVEX.512.F2.0F.W1 6F /r       | FVM  | AVX512BW
vmovdqu16 ymm{k}{z}, ymm/m256                           | RM   | EVEX.256.F2.0F.W1 6F /r       | FVM  | AVX512BW AVX512VL
vmovdqu16 xmm{k}{z}, xmm/m128                           | RM   | EVEX.128.F2.0F.W1 6F /r       | FVM  | AVX512BW AVX512VL
vmovdqu16 m512{k}, zmm                                  | MR   | EVEX.512.F2.0F.W1 7F /r       | FVM  | AVX512BW
vmovdqu16 m256{k}, ymm                                  | MR   | EVEX.256.F2.0F.W1 7F /r       | FVM  | AVX512BW AVX512VL
vmovdqu16 m128{k}, xmm                                  | MR   | EVEX.128.F2.0F.W1 7F /r       | FVM  | AVX512BW AVX512VL
vmovss xmm{k}{z}, xmm, xmm                              | RVM  | EVEX.LIG.F3.0F.W0 10 /r       |      | AVX512F
vmovss xmm{k}{z}, m32                                   | RM   | EVEX.LIG.F3.0F.W0 10 /r       | T1S  | AVX512F
vmovss m32{k}, xmm                                      | MR   | EVEX.LIG.F3.0F.W0 11 /r       | T1S  | AVX512F
vmovsd xmm{k}{z}, xmm, xmm                              | RVM  | EVEX.LIG.F2.0F.W1 10 /r       |      | AVX512F
vmovsd xmm{k}{z}, m64                                   | RM   | EVEX.LIG.F2.0F.W1 10 /r       | T1S  | AVX512F
vmovsd m64{k}, xmm                                      | MR   | EVEX.LIG.F2.0F.W1 11 /r       | T1S  | AVX512F
vmovd xmm, r/m32                                        | RM   | EVEX.128.66.0F.W0 6E /r       | T1S  | AVX512F
vmovd r/m32, xmm                                        | MR   | EVEX.128.66.0F.W0 7E /r       | T1S  | AVX512F
vmovq xmm, xmm/m64                                      | RM   | EVEX.128.F3.0F.W1 7E /r       | T1S  | AVX512F
vmovq m64, xmm                                          | MR   | EVEX.128.66.0F.W1 D6 /r       | T1S  | AVX512F
vmovq xmm, r64                                          | RM   | EVEX.128.66.0F.W1 6E /r       |      | AVX512F
vmovq r64, xmm                                          | MR   | EVEX.128.66.0F.W1 7E /r       |      | AVX512F
vmovd xmm, r64                                          | RM   | EVEX.128.66.0F.W1 6E /r       |      | AVX512F
vmovd r64, xmm                                          | MR   | EVEX.128.66.0F.W1 7E /r       |      | AVX512F
vmovhps xmm, xmm, m64                                   | RVM  | EVEX.128.0F.W0 16 /r          | T2   | AVX512F
vmovhps m64, xmm                                        | MR   | EVEX.128.0F.W0 17 /r          | T2   | AVX512F
vmovlps xmm, xmm, m64                                   | RVM  | EVEX.128.0F.W0 12 /r          | T2   | AVX512F
vmovlps m64, xmm                                        | MR   | EVEX.128.0F.W0 13 /r          | T2   | AVX512F
vmovhpd xmm, xmm, m64                                   | RVM  | EVEX.128.66.0F.W1 16 /r       | T1S  | AVX512F
vmovhpd m64, xmm                                        | MR   | EVEX.128.66.0F.W1 17 /r       | T1S  | AVX512F
vmovlpd xmm, xmm, m64                                   | RVM  | EVEX.128.66.0F.W1 12 /r       | T1S  | AVX512F
vmovlpd m64, xmm                                        | MR   | EVEX.128.66.0F.W1 13 /r       | T1S  | AVX512F
vmovhlps xmm, xmm, xmm                                  | RVM  | EVEX.128.0F.W0 12 /r          |      | AVX512F
vmovlhps xmm, xmm, xmm                                  | RVM  | EVEX.128.0F.W0 16 /r          |      | AVX512F
vmovshdup zmm{k}{z}, zmm/m512                           | RM   | EVEX.512.F3.0F.W0 16 /r       | FVM  | AVX512F
vmovshdup ymm{k}{z}, ymm/m256                           | RM   | EVEX.256.F3.0F.W0 16 /r       | FVM  | AVX512F AVX512VL
vmovshdup xmm{k}{z}, xmm/m128                           | RM   | EVEX.128.F3.0F.W0 16 /r       | FVM  | AVX512F AVX512VL
vmovsldup zmm{k}{z}, zmm/m512                           | RM   | EVEX.512.F3.0F.W0 12 /r       | FVM  | AVX512F
vmovsldup ymm{k}{z}, ymm/m256                           | RM   | EVEX.256.F3.0F.W0 12 /r       | FVM  | AVX512F AVX512VL
vmovsldup xmm{k}{z}, xmm/m128                           | RM   | EVEX.128.F3.0F.W0 12 /r       | FVM  | AVX512F AVX512VL
vmovddup zmm{k}{z}, zmm/m512                            | RM   | EVEX.512.F2.0F.W1 12 /r       | DUP  | AVX512F
vmovddup ymm{k}{z}, ymm/m256                            | RM   | EVEX.256.F2.0F.W1 12 /r       | DUP  | AVX512F AVX512VL
vmovddup xmm{k}{z}, xmm/m64                             | RM   | EVEX.128.F2.0F.W1 12 /r       | DUP  | AVX512F AVX512VL
vmovntdq m512, zmm                                      | MR   | EVEX.512.66.0F.W0 E7 /r       | FVM  | AVX512F
vmovntdq m256, ymm                                      | MR   | EVEX.256.66.0F.W0 E7 /r       | FVM  | AVX512F AVX512VL
vmovntdq m128, xmm                                      | MR   | EVEX.128.66.0F.W0 E7 /r       | FVM  | AVX512F AVX512VL
vmovntps m512, zmm                                      | MR   | EVEX.512.0F.W0 2B /r          | FVM  | AVX512F
vmovntps m256, ymm                                      | MR   | EVEX.256.0F.W0 2B /r          | FVM  | AVX512F AVX512VL
vmovntps m128, xmm                                      | MR   | EVEX.128.0F.W0 2B /r          | FVM  | AVX512F AVX512VL
vmovntpd m512, zmm                                      | MR   | EVEX.512.66.0F.W1 2B /r       | FVM  | AVX512F
vmovntpd m256, ymm                                      | MR   | EVEX.256.66.0F.W1 2B /r       | FVM  | AVX512F AVX512VL
vmovntpd m128, xmm                                      | MR   | EVEX.128.66.0F.W1 2B /r       | FVM  | AVX512F AVX512VL
vmovntdqa zmm, m512                                     | RM   | EVEX.512.66.0F38.W0 2A /r     | FVM  | AVX512F
vmovntdqa ymm, m256                                     | RM   | EVEX.256.66.0F38.W0 2A /r     | FVM  | AVX512F AVX512VL
vmovntdqa xmm, m128                                     | RM   | EVEX.128.66.0F38.W0 2A /r     | FVM  | AVX512F AVX512VL

# ---- conversions ---------------------------------------------------------------------
vcvtsi2ss xmm, xmm, r/m32{er}                           | RVM  | EVEX.LIG.F3.0F.W0 2A /r       | T1S  | AVX512F
vcvtsi2ss xmm, xmm, r/m64{er}                           | RVM  | EVEX.LIG.F3.0F.W1 2A /r       | T1S  | AVX512F
vcvtusi2ss xmm, xmm, r/m32{er}                          | RVM  | EVEX.LIG.F3.0F.W0 7B /r       | T1S  | AVX512F
vcvtusi2ss xmm, xmm, r/m64{er}                          | RVM  | EVEX.LIG.F3.0F.W1 7B /r       | T1S  | AVX512F
vcvtss2si r32, xmm/m32{er}                              | RM   | EVEX.LIG.F3.0F.W0 2D /r       | T1F  | AVX512F
vcvtss2si r64, xmm/m32{er}                              | RM   | EVEX.LIG.F3.0F.W1 2D /r       | T1F  | AVX512F
vcvtss2usi r32, xmm/m32{er}                             | RM   | EVEX.LIG.F3.0F.W0 79 /r       | T1F  | AVX512F
vcvtss2usi r64, xmm/m32{er}                             | RM   | EVEX.LIG.F3.0F.W1 79 /r       | T1F  | AVX512F
vcvttss2si r32, xmm/m32{sae}                            | RM   | EVEX.LIG.F3.0F.W0 2C /r       | T1F  | AVX512F
vcvttss2si r64, xmm/m32{sae}                            | RM   | EVEX.LIG.F3.0F.W1 2C /r       | T1F  | AVX512F
vcvttss2usi r32, xmm/m32{sae}                           | RM   | EVEX.LIG.F3.0F.W0 78 /r       | T1F  | AVX512F
vcvttss2usi r64, xmm/m32{sae}                           | RM   | EVEX.LIG.F3.0F.W1 78 /r       | T1F  | AVX512F
vcvtsi2sd xmm, xmm, r/m32                               | RVM  | EVEX.LIG.F2.0F.W0 2A /r       | T1S  | AVX512F
vcvtsi2sd xmm, xmm, r/m64{er}                           | RVM  | EVEX.LIG.F2.0F.W1 2A /r       | T1S  | AVX512F
vcvtusi2sd xmm, xmm, r/m32                              | RVM  | EVEX.LIG.F2.0F.W0 7B /r       | T1S  | AVX512F
vcvtusi2sd xmm, xmm, r/m64{er}                          | RVM  | EVEX.LIG.F2.0F.W1 7B /r       | T1S  | AVX512F
vcvtsd2si r32, xmm/m64{er}                              | RM   | EVEX.LIG.F2.0F.W0 2D /r       | T1F  | AVX512F
vcvtsd2si r64, xmm/m64{er}                              | RM   | EVEX.LIG.F2.0F.W1 2D /r       | T1F  | AVX512F
vcvtsd2usi r32, xmm/m64{er}                             | RM   | EVEX.LIG.F2.0F.W0 79 /r       | T1F  | AVX512F
vcvtsd2usi r64, xmm/m64{er}                             | RM   | EVEX.LIG.F2.0F.W1 79 /r       | T1F  | AVX512F
vcvttsd2si r32, xmm/m64{sae}                            | RM   | EVEX.LIG.F2.0F.W0 2C /r       | T1F  | AVX512F
vcvttsd2si r64, xmm/m64{sae}                            | RM   | EVEX.LIG.F2.0F.W1 2C /r       | T1F  | AVX512F
vcvttsd2usi r32, xmm/m64{sae}                           | RM   | EVEX.LIG.F2.0F.W0 78 /r       | T1F  | AVX512F
vcvttsd2usi r64, xmm/m64{sae}                           | RM   | EVEX.LIG.F2.0F.W1 78 /r       | T1F  | AVX512F
vcvtsd2ss xmm{k}{z}, xmm, xmm/m64{er}                   | RVM  | EVEX.LIG.F2.0F.W1 5A /r       | T1S  | AVX512F
vcvtss2sd xmm{k}{z}, xmm, xmm/m32{sae}                  | RVM  | EVEX.LIG.F3.0F.W0 5A /r       | T1S  | AVX512F
vcvtdq2ps zmm{k}{z}, zmm/m512/m32bcst{er}               | RM   | EVEX.512.0F.W0 5B /r          | FV   | AVX512F
vcvtdq2ps ymm{k}{z}, ymm/m256/m32bcst                   | RM   | EVEX.256.0F.W0 5B /r          | FV   | AVX512F AVX512VL
vcvtdq2ps xmm{k}{z}, xmm/m128/m32bcst                   | RM   | EVEX.128.0F.W0 5B /r          | FV   | AVX512F AVX512VL
vcvtps2dq zmm{k}{z}, zmm/m512/m32bcst{er}               | RM   | EVEX.512.66.0F.W0 5B /r       | FV   | AVX512F
vcvtps2dq ymm{k}{z}, ymm/m256/m32bcst                   | RM   | EVEX.256.66.0F.W0 5B /r       | FV   | AVX512F AVX512VL
vcvtps2dq xmm{k}{z}, xmm/m128/m32bcst                   | RM   | EVEX.128.66.0F.W0 5B /r       | FV   | AVX512F AVX512VL
vcvttps2dq zmm{k}{z}, zmm/m512/m32bcst{sae}             | RM   | EVEX.512.F3.0F.W0 5B /r       | FV   | AVX512F
vcvttps2dq ymm{k}{z}, ymm/m256/m32bcst                  | RM   | EVEX.256.F3.0F.W0 5B /r       | FV   | AVX512F AVX512VL
vcvttps2dq xmm{k}{z}, xmm/m128/m32bcst                  | RM   | EVEX.128.F3.0F.W0 5B /r       | FV   | AVX512F AVX512VL
vcvtdq2pd zmm{k}{z}, ymm/m256/m32bcst                   | RM   | EVEX.512.F3.0F.W0 E6 /r       | HV   | AVX512F
vcvtdq2pd ymm{k}{z}, xmm/m128/m32bcst                   | RM   | EVEX.256.F3.0F.W0 E6 /r       | HV   | AVX512F AVX512VL
vcvtdq2pd xmm{k}{z}, xmm/m64/m32bcst                    | RM   | EVEX.128.F3.0F.W0 E6 /r       | HV   | AVX512F AVX512VL
vcvtps2pd zmm{k}{z}, ymm/m256/m32bcst{sae}              | RM   | EVEX.512.0F.W0 5A /r          | HV   | AVX512F
vcvtps2pd ymm{k}{z}, xmm/m128/m32bcst                   | RM   | EVEX.256.0F.W0 5A /r          | HV   | AVX512F AVX512VL
vcvtps2pd xmm{k}{z}, xmm/m64/m32bcst                    | RM   | EVEX.128.0F.W0 5A /r          | HV   | AVX512F AVX512VL
vcvtpd2dq ymm{k}{z}, zmm/m512/m64bcst{er}               | RM   | EVEX.512.F2.0F.W1 E6 /r       | FV   | AVX512F
vcvtpd2dq xmm{k}{z}, ymm/m256/m64bcst                   | RM   | EVEX.256.F2.0F.W1 E6 /r       | FV   | AVX512F AVX512VL
vcvtpd2dq xmm{k}{z}, xmm/m128/m64bcst                   | RM   | EVEX.128.F2.0F.W1 E6 /r       | FV   | AVX512F AVX512VL
vcvttpd2dq ymm{k}{z}, zmm/m512/m64bcst{sae}             | RM   | EVEX.512.66.0F.W1 E6 /r       | FV   | AVX512F
vcvttpd2dq xmm{k}{z}, ymm/m256/m64bcst                  | RM   | EVEX.256.66.0F.W1 E6 /r       | FV   | AVX512F AVX512VL
vcvttpd2dq xmm{k}{z}, xmm/m128/m64bcst                  | RM   | EVEX.128.66.0F.W1 E6 /r       | FV   | AVX512F AVX512VL
vcvtpd2ps ymm{k}{z}, zmm/m512/m64bcst{er}               | RM   | EVEX.512.66.0F.W1 5A /r       | FV   | AVX512F
vcvtpd2ps xmm{k}{z}, ymm/m256/m64bcst                   | RM   | EVEX.256.66.0F.W1 5A /r       | FV   | AVX512F AVX512VL
vcvtpd2ps xmm{k}{z}, xmm/m128/m64bcst                   | RM   | EVEX.128.66.0F.W1 5A /r       | FV   | AVX512F AVX512VL
vcvtudq2ps zmm{k}{z}, zmm/m512/m32bcst{er}              | RM   | EVEX.512.F2.0F.W0 7A /r       | FV   | AVX512F
vcvtudq2ps ymm{k}{z}, ymm/m256/m32bcst                  | RM   | EVEX.256.F2.0F.W0 7A /r       | FV   | AVX512F AVX512VL
vcvtudq2ps xmm{k}{z}, xmm/m128/m32bcst                  | RM   | EVEX.128.F2.0F.W0 7A /r       | FV   | AVX512F AVX512VL
vcvtps2udq zmm{k}{z}, zmm/m512/m32bcst{er}              | RM   | EVEX.512.0F.W0 79 /r          | FV   | AVX512F
vcvtps2udq ymm{k}{z}, ymm/m256/m32bcst                  | RM   | EVEX.256.0F.W0 79 /r          | FV   | AVX512F AVX512VL
vcvtps2udq xmm{k}{z}, xmm/m128/m32bcst                  | RM   | EVEX.128.0F.W0 79 /r          | FV   | AVX512F AVX512VL
vcvttps2udq zmm{k}{z}, zmm/m512/m32bcst{sae}            | RM   | EVEX.512.0F.W0 78 /r          | FV   | AVX512F
vcvttps2udq ymm{k}{z}, ymm/m256/m32bcst                 | RM   | EVEX.256.0F.W0 78 /r          | FV   | AVX512F AVX512VL
vcvttps2udq xmm{k}{z}, xmm/m128/m32bcst                 | RM   | EVEX.128.0F.W0 78 /r          | FV   | AVX512F AVX512VL
vcvtudq2pd zmm{k}{z}, ymm/m256/m32bcst                  | RM   | EVEX.512.F3.0F.W0 7A /r       | HV   | AVX512F
vcvtudq2pd ymm{k}{z}, xmm/m128/m32bcst                  | RM   | EVEX.256.F3.0F.W0 7A /r       | HV   | AVX512F AVX512VL
vcvtudq2pd xmm{k}{z}, xmm/m64/m32bcst                   | RM   | EVEX.128.F3.0F.W0 7A /r       | HV   | AVX512F AVX512VL
vcvtpd2udq ymm{k}{z}, zmm/m512/m64bcst{er}              | RM   | EVEX.512.0F.W1 79 /r          | FV   | AVX512F
vcvtpd2udq xmm{k}{z}, ymm/m256/m64bcst                  | RM   | EVEX.256.0F.W1 79 /r          | FV   | AVX512F AVX512VL
vcvtpd2udq xmm{k}{z}, xmm/m128/m64bcst                  | RM   | EVEX.128.0F.W1 79 /r          | FV   | AVX512F AVX512VL
vcvttpd2udq ymm{k}{z}, zmm/m512/m64bcst{sae}            | RM   | EVEX.512.0F.W1 78 /r          | FV   | AVX512F
vcvttpd2udq xmm{k}{z}, ymm/m256/m64bcst                 | RM   | EVEX.256.0F.W1 78 /r          | FV   | AVX512F AVX512VL
vcvttpd2udq xmm{k}{z}, xmm/m128/m64bcst                 | RM   | EVEX.128.0F.W1 78 /r          | FV   | AVX512F AVX512VL
vcvtqq2pd zmm{k}{z}, zmm/m512/m64bcst{er}               | RM   | EVEX.512.F3.0F.W1 E6 /r       | FV   | AVX512DQ
vcvtqq2pd ymm{k}{z}, ymm/m256/m64bcst                   | RM   | EVEX.256.F3.0F.W1 E6 /r       | FV   | AVX512DQ AVX512VL
vcvtqq2pd xmm{k}{z}, xmm/m128/m64bcst                   | RM   | EVEX.128.F3.0F.W1 E6 /r       | FV   | AVX512DQ AVX512VL
vcvtuqq2pd zmm{k}{z}, zmm/m512/m64bcst{er}              | RM   | EVEX.512.F3.0F.W1 7A /r       | FV   | AVX512DQ
vcvtuqq2pd ymm{k}{z}, ymm/m256/m64bcst                  | RM   | EVEX.256.F3.0F.W1 7A /r       | FV   | AVX512DQ AVX512VL
vcvtuqq2pd xmm{k}{z}, xmm/m128/m64bcst                  | RM   | EVEX.128.F3.0F.W1 7A /r       | FV   | AVX512DQ AVX512VL
vcvtpd2qq zmm{k}{z}, zmm/m512/m64bcst{er}               | RM   | EVEX.512.66.0F.W1 7B /r       | FV   | AVX512DQ
vcvtpd2qq ymm{k}{z}, ymm/m256/m64bcst                   | RM   | EVEX.256.66.0F.W1 7B /r       | FV   | AVX512DQ AVX512VL
vcvtpd2qq xmm{k}{z}, xmm/m128/m64bcst                   | RM   | EVEX.128.66.0F.W1 7B /r       | FV   | AVX512DQ AVX512VL
vcvttpd2qq zmm{k}{z}, zmm/m512/m64bcst{sae}             | RM   | EVEX.512.66.0F.W1 7A /r       | FV   | AVX512DQ
vcvttpd2qq ymm{k}{z}, ymm/m256/m64bcst                  | RM   | EVEX.256.66.0F.W1 7A /r       | FV   | AVX512DQ AVX512VL
vcvttpd2qq xmm{k}{z}, xmm/m128/m64bcst                  | RM   | EVEX.128.66.0F.W1 7A /r       | FV   | AVX512DQ AVX512VL
vcvtpd2uqq zmm{k}{z}, zmm/m512/m64bcst{er}              | RM   | EVEX.512.66.0F.W1 79 /r       | FV   | AVX512DQ
vcvtpd2uqq ymm{k}{z}, ymm/m256/m64bcst                  | RM   | EVEX.256.66.0F.W1 79 /r       | FV   | AVX512DQ AVX512VL
vcvtpd2uqq xmm{k}{z}, xmm/m128/m64bcst                  | RM   | EVEX.128.66.0F.W1 79 /r       | FV   | AVX512DQ AVX512VL
vcvttpd2uqq zmm{k}{z}, zmm/m512/m64bcst{sae}            | RM   | EVEX.512.66.0F.W1 78 /r       | FV   | AVX512DQ
vcvttpd2uqq ymm{k}{z}, ymm/m256/m64bcst                 | RM   | EVEX.256.66.0F.W1 78 /r       | FV   | AVX512DQ AVX512VL
vcvttpd2uqq xmm{k}{z}, xmm/m128/m64bcst                 | RM   | EVEX.128.66.0F.W1 78 /r       | FV   | AVX512DQ AVX512VL
vcvtqq2ps ymm{k}{z}, zmm/m512/m64bcst{er}               | RM   | EVEX.512.0F.W1 5B /r          | FV   | AVX512DQ
vcvtqq2ps xmm{k}{z}, ymm/m256/m64bcst                   | RM   | EVEX.256.0F.W1 5B /r          | FV   | AVX512DQ AVX512VL
vcvtqq2ps xmm{k}{z}, xmm/m128/m64bcst                   | RM   | EVEX.128.0F.W1 5B /r          | FV   | AVX512DQ AVX512VL
vcvtuqq2ps ymm{k}{z}, zmm/m512/m64bcst{er}              | RM   | EVEX.512.F2.0F.W1 7A /r       | FV   | AVX512DQ
vcvtuqq2ps xmm{k}{z}, ymm/m256/m64bcst                  | RM   | EVEX.256.F2.0F.W1 7A /r       | FV   | AVX512DQ AVX512VL
vcvtuqq2ps xmm{k}{z}, xmm/m128/m64bcst                  | RM   | EVEX.128.F2.0F.W1 7A /r       | FV   | AVX512DQ AVX512VL
vcvtps2qq zmm{k}{z}, ymm/m256/m32bcst{er}               | RM   | EVEX.512.66.0F.W0 7B /r       | HV   | AVX512DQ
vcvtps2qq ymm{k}{z}, xmm/m128/m32bcst                   | RM   | EVEX.256.66.0F.W0 7B /r       | HV   | AVX512DQ AVX512VL
vcvtps2qq xmm{k}{z}, xmm/m64/m32bcst                    | RM   | EVEX.128.66.0F.W0 7B /r       | HV   | AVX512DQ AVX512VL
vcvttps2qq zmm{k}{z}, ymm/m256/m32bcst{sae}             | RM   | EVEX.512.66.0F.W0 7A /r       | HV   | AVX512DQ
vcvttps2qq ymm{k}{z}, xmm/m128/m32bcst                  | RM   | EVEX.256.66.0F.W0 7A /r       | HV   | AVX512DQ AVX512VL
vcvttps2qq xmm{k}{z}, xmm/m64/m32bcst                   | RM   | EVEX.128.66.0F.W0 7A /r       | HV   | AVX512DQ AVX512VL
vcvtps2uqq zmm{k}{z}, ymm/m256/m32bcst{er}              | RM   | EVEX.512.66.0F.W0 79 /r       | HV   | AVX512DQ
vcvtps2uqq ymm{k}{z}, xmm/m128/m32bcst                  | RM   | EVEX.256.66.0F.W0 79 /r       | HV   | AVX512DQ AVX512VL
vcvtps2uqq xmm{k}{z}, xmm/m64/m32bcst                   | RM   | EVEX.128.66.0F.W0 79 /r       | HV   | AVX512DQ AVX512VL
vcvttps2uqq zmm{k}{z}, ymm/m256/m32bcst{sae}            | RM   | EVEX.512.66.0F.W0 78 /r       | HV   | AVX512DQ
vcvttps2uqq ymm{k}{z}, xmm/m128/m32bcst                 | RM   | EVEX.256.66.0F.W0 78 /r       | HV   | AVX512DQ AVX512VL
vcvttps2uqq xmm{k}{z}, xmm/m64/m32bcst                  | RM   | EVEX.128.66.0F.W0 78 /r       | HV   | AVX512DQ AVX512VL
vcvtph2ps zmm{k}{z}, ymm/m256{sae}                      | RM   | EVEX.512.66.0F38.W0 13 /r     | HVM  | AVX512F
vcvtph2ps ymm{k}{z}, xmm/m128                           | RM   | EVEX.256.66.0F38.W0 13 /r     | HVM  | AVX512F AVX512VL
vcvtph2ps xmm{k}{z}, xmm/m64                            | RM   | EVEX.128.66.0F38.W0 13 /r     | HVM  | AVX512F AVX512VL
vcvtps2ph ymm/m256{k}{z}, zmm{sae}, imm8                | MRI  | EVEX.512.66.0F3A.W0 1D /r ib  | HVM  | AVX512F
vcvtps2ph xmm/m128{k}{z}, ymm, imm8                     | MRI  | EVEX.256.66.0F3A.W0 1D /r ib  | HVM  | AVX512F AVX512VL
vcvtps2ph xmm/m64{k}{z}, xmm, imm8                      | MRI  | EVEX.128.66.0F3A.W0 1D /r ib  | HVM  | AVX512F AVX512VL

# ---- integer arithmetic --------------------------------------------------------------
vpaddb zmm{k}{z}, zmm, zmm/m512                         | RVM  | EVEX.512.66.0F.WIG FC /r      | FVM  | AVX512BW
vpaddb ymm{k}{z}, ymm, ymm/m256                         | RVM  | EVEX.256.66.0F.WIG FC /r      | FVM  | AVX512BW AVX512VL
vpaddb xmm{k}{z}, xmm, xmm/m128                         | RVM  | EVEX.128.66.0F.WIG FC /r      | FVM  | AVX512BW AVX512VL
vpaddw zmm{k}{z}, zmm, zmm/m512                         | RVM  | EVEX.512.66.0F.WIG FD /r      | FVM  | AVX512BW
vpaddw ymm{k}{z}, ymm, ymm/m256                         | RVM  | EVEX.256.66.0F.WIG FD /r      | FVM  | AVX512BW AVX512VL
vpaddw xmm{k}{z}, xmm, xmm/m128                         | RVM  | EVEX.128.66.0F.WIG FD /r      | FVM  | AVX512BW AVX512VL
vpaddd zmm{k}{z}, zmm, zmm/m512/m32bcst                 | RVM  | EVEX.512.66.0F.W0 FE /r       | FV   | AVX512F
vpaddd ymm{k}{z}, ymm, ymm/m256/m32bcst                 | RVM  | EVEX.256.66.0F.W0 FE /r       | FV   | AVX512F AVX512VL
vpaddd xmm{k}{z}, xmm, xmm/m128/m32bcst                 | RVM  | EVEX.128.66.0F.W0 FE /r       | FV   | AVX512F AVX512VL
vpaddq zmm{k}{z}, zmm, zmm/m512/m64bcst                 | RVM  | EVEX.512.66.0F.W1 D4 /r       | FV   | AVX512F
vpaddq ymm{k}{z}, ymm, ymm/m256/m64bcst                 | RVM  | EVEX.256.66.0F.W1 D4 /r       | FV   | AVX512F AVX512VL
vpaddq xmm{k}{z}, xmm, xmm/m128/m64bcst                 | RVM  | EVEX.128.66.0F.W1 D4 /r       | FV   | AVX512F AVX512VL
vpsubb zmm{k}{z}, zmm, zmm/m512                         | RVM  | EVEX.512.66.0F.WIG F8 /r      | FVM  | AVX512BW
vpsubb ymm{k}{z}, ymm, ymm/m256                         | RVM  | EVEX.256.66.0F.WIG F8 /r      | FVM  | AVX512BW AVX512VL
vpsubb xmm{k}{z}, xmm, xmm/m128                         | RVM  | EVEX.128.66.0F.WIG F8 /r      | FVM  | AVX512BW AVX512VL
vpsubw zmm{k}{z}, zmm, zmm/m512                         | RVM  | EVEX.512.66.0F.WIG F9 /r      | FVM  | AVX512BW
vpsubw ymm{k}{z}, ymm, ymm/m256                         | RVM  | EVEX.256.66.0F.WIG F9 /r      | FVM  | AVX512BW AVX512VL
vpsubw xmm{k}{z}, xmm, xmm/m128                         | RVM  | EVEX.128.66.0F.WIG F9 /r      | FVM  | AVX512BW AVX512VL
vpsubd zmm{k}{z}, zmm, zmm/m512/m32bcst                 | RVM  | EVEX.512.66.0F.W0 FA /r       | FV   | AVX512F
vpsubd ymm{k}{z}, ymm, ymm/m256/m32bcst                 | RVM  | EVEX.256.66.0F.W0 FA /r       | FV   | AVX512F AVX512VL
vpsubd xmm{k}{z}, xmm, xmm/m128/m32bcst                 | RVM  | EVEX.128.66.0F.W0 FA /r       | FV   | AVX512F AVX512VL
vpsubq zmm{k}{z}, zmm, zmm/m512/m64bcst                 | RVM  | EVEX.512.66.0F.W1 FB /r       | FV   | AVX512F
vpsubq ymm{k}{z}, ymm, ymm/m256/m64bcst                 | RVM  | EVEX.256.66.0F.W1 FB /r       | FV   | AVX512F AVX512VL
vpsubq xmm{k}{z}, xmm, xmm/m128/m64bcst                 | RVM  | EVEX.128.66.0F.W1 FB /r       | FV   | AVX512F AVX512VL
vpaddsb zmm{k}{z}, zmm, zmm/m512                        | RVM  | EVEX.512.66.0F.WIG EC /r      | FVM  | AVX512BW
vpaddsb ymm{k}{z}, ymm, ymm/m256                        | RVM  | EVEX.256.66.0F.WIG EC /r      | FVM  | AVX512BW AVX512VL
vpaddsb xmm{k}{z}, xmm, xmm/m128                        | RVM  | EVEX.128.66.0F.WIG EC /r      | FVM  | AVX512BW AVX512VL
vpaddsw zmm{k}{z}, zmm, zmm/m512                        | RVM  | EVEX.512.66.0F.WIG ED /r      | FVM  | AVX512BW
vpaddsw ymm{k}{z}, ymm, ymm/m256                        | RVM  | EVEX.256.66.0F.WIG ED /r      | FVM  | AVX512BW AVX512VL
vpaddsw xmm{k}{z}, xmm, xmm/m128                        | RVM  | EVEX.128.66.0F.WIG ED /r      | FVM  | AVX512BW AVX512VL
vpaddusb zmm{k}{z}, zmm, zmm/m512                       | RVM  | EVEX.512.66.0F.WIG DC /r      | FVM  | AVX512BW
vpaddusb ymm{k}{z}, ymm, ymm/m256                       | RVM  | EVEX.256.66.0F.WIG DC /r      | FVM  | AVX512BW AVX512VL
vpaddusb xmm{k}{z}, xmm, xmm/m128                       | RVM  | EVEX.128.66.0F.WIG DC /r      | FVM  | AVX512BW AVX512VL
vpaddusw zmm{k}{z}, zmm, zmm/m512                       | RVM  | EVEX.512.66.0F.WIG DD /r      | FVM  | AVX512BW
vpaddusw ymm{k}{z}, ymm, ymm/m256                       | RVM  | EVEX.256.66.0F.WIG DD /r      | FVM  | AVX512BW AVX512VL
vpaddusw xmm{k}{z}, xmm, xmm/m128                       | RVM  | EVEX.128.66.0F.WIG DD /r      | FVM  | AVX512BW AVX512VL
vpsubsb zmm{k}{z}, zmm, zmm/m512                        | RVM  | EVEX.512.66.0F.WIG E8 /r      | FVM  | AVX512BW
vpsubsb ymm{k}{z}, ymm, ymm/m256                        | RVM  | EVEX.256.66.0F.WIG E8 /r      | FVM  | AVX512BW AVX512VL
vpsubsb xmm{k}{z}, xmm, xmm/m128                        | RVM  | EVEX.128.66.0F.WIG E8 /r      | FVM  | AVX512BW AVX512VL
vpsubsw zmm{k}{z}, zmm, zmm/m512                        | RVM  | EVEX.512.66.0F.WIG E9 /r      | FVM  | AVX512BW
vpsubsw ymm{k}{z}, ymm, ymm/m256                        | RVM  | EVEX.256.66.0F.WIG E9 /r      | FVM  | AVX512BW AVX512VL
vpsubsw xmm{k}{z}, xmm, xmm/m128                        | RVM  | EVEX.128.66.0F.WIG E9 /r      | FVM  | AVX512BW AVX512VL
vpsubusb zmm{k}{z}, zmm, zmm/m512                       | RVM  | EVEX.512.66.0F.WIG D8 /r      | FVM  | AVX512BW
vpsubusb ymm{k}{z}, ymm, ymm/m256                       | RVM  | EVEX.256.66.0F.WIG D8 /r      | FVM  | AVX512BW AVX512VL
vpsubusb xmm{k}{z}, xmm, xmm/m128                       | RVM  | EVEX.128.66.0F.WIG D8 /r      | FVM  | AVX512BW AVX512VL
vpsubusw zmm{k}{z}, zmm, zmm/m512                       | RVM  | EVEX.512.66.0F.WIG D9 /r      | FVM  | AVX512BW
vpsubusw ymm{k}{z}, ymm, ymm/m256                       | RVM  | EVEX.256.66.0F.WIG D9 /r      | FVM  | AVX512BW AVX512VL
vpsubusw xmm{k}{z}, xmm, xmm/m128                       | RVM  | EVEX.128.66.0F.WIG D9 /r      | FVM  | AVX512BW AVX512VL
vpmullw zmm{k}{z}, zmm, zmm/m512                        | RVM  | EVEX.512.66.0F.WIG D5 /r      | FVM  | AVX512BW
vpmullw ymm{k}{z}, ymm, ymm/m256                        | RVM  | EVEX.256.66.0F.WIG D5 /r      | FVM  | AVX512BW AVX512VL
vpmullw xmm{k}{z}, xmm, xmm/m128                        | RVM  | EVEX.128.66.0F.WIG D5 /r      | FVM  | AVX512BW AVX512VL
vpmulhw zmm{k}{z}, zmm, zmm/m512                        | RVM  | EVEX.512.66.0F.WIG E5 /r      | FVM  | AVX512BW
vpmulhw ymm{k}{z}, ymm, ymm/m256                        | RVM  | EVEX.256.66.0F.WIG E5 /r      | FVM  | AVX512BW AVX512VL
vpmulhw xmm{k}{z}, xmm, xmm/m128                        | RVM  | EVEX.128.66.0F.WIG E5 /r      | FVM  | AVX512BW AVX512VL
vpmulhuw zmm{k}{z}, zmm, zmm/m512                       | RVM  | EVEX.512.66.0F.WIG E4 /r      | FVM  | AVX512BW
vpmulhuw ymm{k}{z}, ymm, ymm/m256                       | RVM  | EVEX.256.66.0F.WIG E4 /r      | FVM  | AVX512BW AVX512VL
vpmulhuw xmm{k}{z}, xmm, xmm/m128                       | RVM  | EVEX.128.66.0F.WIG E4 /r      | FVM  | AVX512BW AVX512VL
vpmuludq zmm{k}{z}, zmm, zmm/m512/m64bcst               | RVM  | EVEX.512.66.0F.W1 F4 /r       | FV   | AVX512F
vpmuludq ymm{k}{z}, ymm, ymm/m256/m64bcst               | RVM  | EVEX.256.66.0F.W1 F4 /r       | FV   | AVX512F AVX512VL
vpmuludq xmm{k}{z}, xmm, xmm/m128/m64bcst               | RVM  | EVEX.128.66.0F.W1 F4 /r       | FV   | AVX512F AVX512VL
vpmaddwd zmm{k}{z}, zmm, zmm/m512                       | RVM  | EVEX.512.66.0F.WIG F5 /r      | FVM  | AVX512BW
vpmaddwd ymm{k}{z}, ymm, ymm/m256                       | RVM  | EVEX.256.66.0F.WIG F5 /r      | FVM  | AVX512BW AVX512VL
vpmaddwd xmm{k}{z}, xmm, xmm/m128                       | RVM  | EVEX.128.66.0F.WIG F5 /r      | FVM  | AVX512BW AVX512VL
vpavgb zmm{k}{z}, zmm, zmm/m512                         | RVM  | EVEX.512.66.0F.WIG E0 /r      | FVM  | AVX512BW
vpavgb ymm{k}{z}, ymm, ymm/m256                         | RVM  | EVEX.256.66.0F.WIG E0 /r      | FVM  | AVX512BW AVX512VL
vpavgb xmm{k}{z}, xmm, xmm/m128                         | RVM  | EVEX.128.66.0F.WIG E0 /r      | FVM  | AVX512BW AVX512VL
vpavgw zmm{k}{z}, zmm, zmm/m512                         | RVM  | EVEX.512.66.0F.WIG E3 /r      | FVM  | AVX512BW
vpavgw ymm{k}{z}, ymm, ymm/m256                         | RVM  | EVEX.256.66.0F.WIG E3 /r      | FVM  | AVX512BW AVX512VL
vpavgw xmm{k}{z}, xmm, xmm/m128                         | RVM  | EVEX.128.66.0F.WIG E3 /r      | FVM  | AVX512BW AVX512VL
vpminub zmm{k}{z}, zmm, zmm/m512                        | RVM  | EVEX.512.66.0F.WIG DA /r      | FVM  | AVX512BW
vpminub ymm{k}{z}, ymm, ymm/m256                        | RVM  | EVEX.256.66.0F.WIG DA /r      | FVM  | AVX512BW AVX512VL
vpminub xmm{k}{z}, xmm, xmm/m128                        | RVM  | EVEX.128.66.0F.WIG DA /r      | FVM  | AVX512BW AVX512VL
vpmaxub zmm{k}{z}, zmm, zmm/m512                        | RVM  | EVEX.512.66.0F.WIG DE /r      | FVM  | AVX512BW
vpmaxub ymm{k}{z}, ymm, ymm/m256                        | RVM  | EVEX.256.66.0F.WIG DE /r      | FVM  | AVX512BW AVX512VL
vpmaxub xmm{k}{z}, xmm, xmm/m128                        | RVM  | EVEX.128.66.0F.WIG DE /r      | FVM  | AVX512BW AVX512VL
vpminsw zmm{k}{z}, zmm, zmm/m512                        | RVM  | EVEX.512.66.0F.WIG EA /r      | FVM  | AVX512BW
vpminsw ymm{k}{z}, ymm, ymm/m256                        | RVM  | EVEX.256.66.0F.WIG EA /r      | FVM  | AVX512BW AVX512VL
vpminsw xmm{k}{z}, xmm, xmm/m128                        | RVM  | EVEX.128.66.0F.WIG EA /r      | FVM  | AVX512BW AVX512VL
vpmaxsw zmm{k}{z}, zmm, zmm/m512                        | RVM  | EVEX.512.66.0F.WIG EE /r      | FVM  | AVX512BW
vpmaxsw ymm{k}{z}, ymm, ymm/m256                        | RVM  | EVEX.256.66.0F.WIG EE /r      | FVM  | AVX512BW AVX512VL
vpmaxsw xmm{k}{z}, xmm, xmm/m128                        | RVM  | EVEX.128.66.0F.WIG EE /r      | FVM  | AVX512BW AVX512VL
vpacksswb zmm{k}{z}, zmm, zmm/m512                      | RVM  | EVEX.512.66.0F.WIG 63 /r      | FVM  | AVX512BW
vpacksswb ymm{k}{z}, ymm, ymm/m256                      | RVM  | EVEX.256.66.0F.WIG 63 /r      | FVM  | AVX512BW AVX512VL
vpacksswb xmm{k}{z}, xmm, xmm/m128                      | RVM  | EVEX.128.66.0F.WIG 63 /r      | FVM  | AVX512BW AVX512VL
vpackuswb zmm{k}{z}, zmm, zmm/m512                      | RVM  | EVEX.512.66.0F.WIG 67 /r      | FVM  | AVX512BW
vpackuswb ymm{k}{z}, ymm, ymm/m256                      | RVM  | EVEX.256.66.0F.WIG 67 /r      | FVM  | AVX512BW AVX512VL
vpackuswb xmm{k}{z}, xmm, xmm/m128                      | RVM  | EVEX.128.66.0F.WIG 67 /r      | FVM  | AVX512BW AVX512VL
vpackssdw zmm{k}{z}, zmm, zmm/m512/m32bcst              | RVM  | EVEX.512.66.0F.W0 6B /r       | FV   | AVX512BW
vpackssdw ymm{k}{z}, ymm, ymm/m256/m32bcst              | RVM  | EVEX.256.66.0F.W0 6B /r       | FV   | AVX512BW AVX512VL
vpackssdw xmm{k}{z}, xmm, xmm/m128/m32bcst              | RVM  | EVEX.128.66.0F.W0 6B /r       | FV   | AVX512BW AVX512VL
vpunpcklbw zmm{k}{z}, zmm, zmm/m512                     | RVM  | EVEX.512.66.0F.WIG 60 /r      | FVM  | AVX512BW
vpunpcklbw ymm{k}{z}, ymm, ymm/m256                     | RVM  | EVEX.256.66.0F.WIG 60 /r      | FVM  | AVX512BW AVX512VL
vpunpcklbw xmm{k}{z}, xmm, xmm/m128                     | RVM  | EVEX.128.66.0F.WIG 60 /r      | FVM  | AVX512BW AVX512VL
vpunpcklwd zmm{k}{z}, zmm, zmm/m512                     | RVM  | EVEX.512.66.0F.WIG 61 /r      | FVM  | AVX512BW
vpunpcklwd ymm{k}{z}, ymm, ymm/m256                     | RVM  | EVEX.256.66.0F.WIG 61 /r      | FVM  | AVX512BW AVX512VL
vpunpcklwd xmm{k}{z}, xmm, xmm/m128                     | RVM  | EVEX.128.66.0F.WIG 61 /r      | FVM  | AVX512BW AVX512VL
vpunpckldq zmm{k}{z}, zmm, zmm/m512/m32bcst             | RVM  | EVEX.512.66.0F.W0 62 /r       | FV   | AVX512F
vpunpckldq ymm{k}{z}, ymm, ymm/m256/m32bcst             | RVM  | EVEX.256.66.0F.W0 62 /r       | FV   | AVX512F AVX512VL
vpunpckldq xmm{k}{z}, xmm, xmm/m128/m32bcst             | RVM  | EVEX.128.66.0F.W0 62 /r       | FV   | AVX512F AVX512VL
vpunpcklqdq zmm{k}{z}, zmm, zmm/m512/m64bcst            | RVM  | EVEX.512.66.0F.W1 6C /r       | FV   | AVX512F
vpunpcklqdq ymm{k}{z}, ymm, ymm/m256/m64bcst            | RVM  | EVEX.256.66.0F.W1 6C /r       | FV   | AVX512F AVX512VL
vpunpcklqdq xmm{k}{z}, xmm, xmm/m128/m64bcst            | RVM  | EVEX.128.66.0F.W1 6C /r       | FV   | AVX512F AVX512VL
vpunpckhbw zmm{k}{z}, zmm, zmm/m512                     | RVM  | EVEX.512.66.0F.WIG 68 /r      | FVM  | AVX512BW
vpunpckhbw ymm{k}{z}, ymm, ymm/m256                     | RVM  | EVEX.256.66.0F.WIG 68 /r      | FVM  | AVX512BW AVX512VL
vpunpckhbw xmm{k}{z}, xmm, xmm/m128                     | RVM  | EVEX.128.66.0F.WIG 68 /r      | FVM  | AVX512BW AVX512VL
vpunpckhwd zmm{k}{z}, zmm, zmm/m512                     | RVM  | EVEX.512.66.0F.WIG 69 /r      | FVM  | AVX512BW
vpunpckhwd ymm{k}{z}, ymm, ymm/m256                     | RVM  | EVEX.256.66.0F.WIG 69 /r      | FVM  | AVX512BW AVX512VL
vpunpckhwd xmm{k}{z}, xmm, xmm/m128                     | RVM  | EVEX.128.66.0F.WIG 69 /r      | FVM  | AVX512BW AVX512VL
vpunpckhdq zmm{k}{z}, zmm, zmm/m512/m32bcst             | RVM  | EVEX.512.66.0F.W0 6A /r       | FV   | AVX512F
vpunpckhdq ymm{k}{z}, ymm, ymm/m256/m32bcst             | RVM  | EVEX.256.66.0F.W0 6A /r       | FV   | AVX512F AVX512VL
vpunpckhdq xmm{k}{z}, xmm, xmm/m128/m32bcst             | RVM  | EVEX.128.66.0F.W0 6A /r       | FV   | AVX512F AVX512VL
vpunpckhqdq zmm{k}{z}, zmm, zmm/m512/m64bcst            | RVM  | EVEX.512.66.0F.W1 6D /r       | FV   | AVX512F
vpunpckhqdq ymm{k}{z}, ymm, ymm/m256/m64bcst            | RVM  | EVEX.256.66.0F.W1 6D /r       | FV   | AVX512F AVX512VL
vpunpckhqdq xmm{k}{z}, xmm, xmm/m128/m64bcst            | RVM  | EVEX.128.66.0F.W1 6D /r       | FV   | AVX512F AVX512VL
vpsadbw zmm, zmm, zmm/m512                              | RVM  | EVEX.512.66.0F.WIG F6 /r      | FVM  | AVX512BW
vpsadbw ymm, ymm, ymm/m256                              | RVM  | EVEX.256.66.0F.WIG F6 /r      | FVM  | AVX512BW AVX512VL
vpsadbw xmm, xmm, xmm/m128                              | RVM  | EVEX.128.66.0F.WIG F6 /r      | FVM  | AVX512BW AVX512VL
vpandd zmm{k}{z}, zmm, zmm/m512/m32bcst                 | RVM  | EVEX.512.66.0F.W0 DB /r       | FV   | AVX512F
vpandd ymm{k}{z}, ymm, ymm/m256/m32bcst                 | RVM  | EVEX.256.66.0F.W0 DB /r       | FV   | AVX512F AVX512VL
vpandd xmm{k}{z}, xmm, xmm/m128/m32bcst                 | RVM  | EVEX.128.66.0F.W0 DB /r       | FV   | AVX512F AVX512VL
vpandq zmm{k}{z}, zmm, zmm/m512/m64bcst                 | RVM  | EVEX.512.66.0F.W1 DB /r       | FV   | AVX512F
vpandq ymm{k}{z}, ymm, ymm/m256/m64bcst                 | RVM  | EVEX.256.66.0F.W1 DB /r       | FV   | AVX512F AVX512VL
vpandq xmm{k}{z}, xmm, xmm/m128/m64bcst                 | RVM  | EVEX.128.66.0F.W1 DB /r       | FV   | AVX512F AVX512VL
vpandnd zmm{k}{z}, zmm, zmm/m512/m32bcst                | RVM  | EVEX.512.66.0F.W0 DF /r       | FV   | AVX512F
vpandnd ymm{k}{z}, ymm, ymm/m256/m32bcst                | RVM  | EVEX.256.66.0F.W0 DF /r       | FV   | AVX512F AVX512VL
vpandnd xmm{k}{z}, xmm, xmm/m128/m32bcst                | RVM  | EVEX.128.66.0F.W0 DF /r       | FV   | AVX512F AVX512VL
vpandnq zmm{k}{z}, zmm, zmm/m512/m64bcst                | RVM  | EVEX.512.66.0F.W1 DF /r       | FV   | AVX512F
vpandnq ymm{k}{z}, ymm, ymm/m256/m64bcst                | RVM  | EVEX.256.66.0F.W1 DF /r       | FV   | AVX512F AVX512VL
vpandnq xmm{k}{z}, xmm, xmm/m128/m64bcst                | RVM  | EVEX.128.66.0F.W1 DF /r       | FV   | AVX512F AVX512VL
vpord zmm{k}{z}, zmm, zmm/m512/m32bcst                  | RVM  | EVEX.512.66.0F.W0 EB /r       | FV   | AVX512F
vpord ymm{k}{z}, ymm, ymm/m256/m32bcst                  | RVM  | EVEX.256.66.0F.W0 EB /r       | FV   | AVX512F AVX512VL
vpord xmm{k}{z}, xmm, xmm/m128/m32bcst                  | RVM  | EVEX.128.66.0F.W0 EB /r       | FV   | AVX512F AVX512VL
vporq zmm{k}{z}, zmm, zmm/m512/m64bcst                  | RVM  | EVEX.512.66.0F.W1 EB /r       | FV   | AVX512F
vporq ymm{k}{z}, ymm, ymm/m256/m64bcst                  | RVM  | EVEX.256.66.0F.W1 EB /r       | FV   | AVX512F AVX512VL
vporq xmm{k}{z}, xmm, xmm/m128/m64bcst                  | RVM  | EVEX.128.66.0F.W1 EB /r       | FV   | AVX512F AVX512VL
vpxord zmm{k}{z}, zmm, zmm/m512/m32bcst                 | RVM  | EVEX.512.66.0F.W0 EF /r       | FV   | AVX512F
vpxord ymm{k}{z}, ymm, ymm/m256/m32bcst                 | RVM  | EVEX.256.66.0F.W0 EF /r       | FV   | AVX512F AVX512VL
vpxord xmm{k}{z}, xmm, xmm/m128/m32bcst                 | RVM  | EVEX.128.66.0F.W0 EF /r       | FV   | AVX512F AVX512VL
vpxorq zmm{k}{z}, zmm, zmm/m512/m64bcst                 | RVM  | EVEX.512.66.0F.W1 EF /r       | FV   | AVX512F
vpxorq ymm{k}{z}, ymm, ymm/m256/m64bcst                 | RVM  | EVEX.256.66.0F.W1 EF /r       | FV   | AVX512F AVX512VL
vpxorq xmm{k}{z}, xmm, xmm/m128/m64bcst                 | RVM  | EVEX.128.66.0F.W1 EF /r       | FV   | AVX512F AVX512VL
vpshufb zmm{k}{z}, zmm, zmm/m512                        | RVM  | EVEX.512.66.0F38.WIG 00 /r    | FVM  | AVX512BW
vpshufb ymm{k}{z}, ymm, ymm/m256                        | RVM  | EVEX.256.66.0F38.WIG 00 /r    | FVM  | AVX512BW AVX512VL
vpshufb xmm{k}{z}, xmm, xmm/m128                        | RVM  | EVEX.128.66.0F38.WIG 00 /r    | FVM  | AVX512BW AVX512VL
vpmaddubsw zmm{k}{z}, zmm, zmm/m512                     | RVM  | EVEX.512.66.0F38.WIG 04 /r    | FVM  | AVX512BW
vpmaddubsw ymm{k}{z}, ymm, ymm/m256                     | RVM  | EVEX.256.66.0F38.WIG 04 /r    | FVM  | AVX512BW AVX512VL
vpmaddubsw xmm{k}{z}, xmm, xmm/m128                     | RVM  | EVEX.128.66.0F38.WIG 04 /r    | FVM  | AVX512BW AVX512VL
vpmulhrsw zmm{k}{z}, zmm, zmm/m512                      | RVM  | EVEX.512.66.0F38.WIG 0B /r    | FVM  | AVX512BW
vpmulhrsw ymm{k}{z}, ymm, ymm/m256                      | RVM  | EVEX.256.66.0F38.WIG 0B /r    | FVM  | AVX512BW AVX512VL
vpmulhrsw xmm{k}{z}, xmm, xmm/m128                      | RVM  | EVEX.128.66.0F38.WIG 0B /r    | FVM  | AVX512BW AVX512VL
vpabsb zmm{k}{z}, zmm/m512                              | RM   | EVEX.512.66.0F38.WIG 1C /r    | FVM  | AVX512BW
vpabsb ymm{k}{z}, ymm/m256                              | RM   | EVEX.256.66.0F38.WIG 1C /r    | FVM  | AVX512BW AVX512VL
vpabsb xmm{k}{z}, xmm/m128                              | RM   | EVEX.128.66.0F38.WIG 1C /r    | FVM  | AVX512BW AVX512VL
vpabsw zmm{k}{z}, zmm/m512                              | RM   | EVEX.512.66.0F38.WIG 1D /r    | FVM  | AVX512BW
vpabsw ymm{k}{z}, ymm/m256                              | RM   | EVEX.256.66.0F38.WIG 1D /r    | FVM  | AVX512BW AVX512VL
vpabsw xmm{k}{z}, xmm/m128                              | RM   | EVEX.128.66.0F38.WIG 1D /r    | FVM  | AVX512BW AVX512VL
vpabsd zmm{k}{z}, zmm/m512/m32bcst                      | RM   | EVEX.512.66.0F38.W0 1E /r     | FV   | AVX512F
vpabsd ymm{k}{z}, ymm/m256/m32bcst                      | RM   | EVEX.256.66.0F38.W0 1E /r     | FV   | AVX512F AVX512VL
vpabsd xmm{k}{z}, xmm/m128/m32bcst                      | RM   | EVEX.128.66.0F38.W0 1E /r     | FV   | AVX512F AVX512VL
vpabsq zmm{k}{z}, zmm/m512/m64bcst                      | RM   | EVEX.512.66.0F38.W1 1F /r     | FV   | AVX512F
vpabsq ymm{k}{z}, ymm/m256/m64bcst                      | RM   | EVEX.256.66.0F38.W1 1F /r     | FV   | AVX512F AVX512VL
vpabsq xmm{k}{z}, xmm/m128/m64bcst                      | RM   | EVEX.128.66.0F38.W1 1F /r     | FV   | AVX512F AVX512VL
vpalignr zmm{k}{z}, zmm, zmm/m512, imm8                 | RVMI | EVEX.512.66.0F3A.WIG 0F /r ib | FVM  | AVX512BW
vpalignr ymm{k}{z}, ymm, ymm/m256, imm8                 | RVMI | EVEX.256.66.0F3A.WIG 0F /r ib | FVM  | AVX512BW AVX512VL
vpalignr xmm{k}{z}, xmm, xmm/m128, imm8                 | RVMI | EVEX.128.66.0F3A.WIG 0F /r ib | FVM  | AVX512BW AVX512VL
vpmuldq zmm{k}{z}, zmm, zmm/m512/m64bcst                | RVM  | EVEX.512.66.0F38.W1 28 /r     | FV   | AVX512F
vpmuldq ymm{k}{z}, ymm, ymm/m256/m64bcst                | RVM  | EVEX.256.66.0F38.W1 28 /r     | FV   | AVX512F AVX512VL
vpmuldq xmm{k}{z}, xmm, xmm/m128/m64bcst                | RVM  | EVEX.128.66.0F38.W1 28 /r     | FV   | AVX512F AVX512VL
vpackusdw zmm{k}{z}, zmm, zmm/m512/m32bcst              | RVM  | EVEX.512.66.0F38.W0 2B /r     | FV   | AVX512BW
vpackusdw ymm{k}{z}, ymm, ymm/m256/m32bcst              | RVM  | EVEX.256.66.0F38.W0 2B /r     | FV   | AVX512BW AVX512VL
vpackusdw xmm{k}{z}, xmm, xmm/m128/m32bcst              | RVM  | EVEX.128.66.0F38.W0 2B /r     | FV   | AVX512BW AVX512VL
vpminsb zmm{k}{z}, zmm, zmm/m512                        | RVM  | EVEX.512.66.0F38.WIG 38 /r    | FVM  | AVX512BW
vpminsb ymm{k}{z}, ymm, ymm/m256                        | RVM  | EVEX.256.66.0F38.WIG 38 /r    | FVM  | AVX512BW AVX512VL
vpminsb xmm{k}{z}, xmm, xmm/m128                        | RVM  | EVEX.128.66.0F38.WIG 38 /r    | FVM  | AVX512BW AVX512VL
vpminsd zmm{k}{z}, zmm, zmm/m512/m32bcst                | RVM  | EVEX.512.66.0F38.W0 39 /r     | FV   | AVX512F
vpminsd ymm{k}{z}, ymm, ymm/m256/m32bcst                | RVM  | EVEX.256.66.0F38.W0 39 /r     | FV   | AVX512F AVX512VL
vpminsd xmm{k}{z}, xmm, xmm/m128/m32bcst                | RVM  | EVEX.128.66.0F38.W0 39 /r     | FV   | AVX512F AVX512VL
vpminuw zmm{k}{z}, zmm, zmm/m512                        | RVM  | EVEX.512.66.0F38.WIG 3A /r    | FVM  | AVX512BW
vpminuw ymm{k}{z}, ymm, ymm/m256                        | RVM  | EVEX.256.66.0F38.WIG 3A /r    | FVM  | AVX512BW AVX512VL
vpminuw xmm{k}{z}, xmm, xmm/m128                        | RVM  | EVEX.128.66.0F38.WIG 3A /r    | FVM  | AVX512BW AVX512VL
vpminud zmm{k}{z}, zmm, zmm/m512/m32bcst                | RVM  | EVEX.512.66.0F38.W0 3B /r     | FV   | AVX512F
vpminud ymm{k}{z}, ymm, ymm/m256/m32bcst                | RVM  | EVEX.256.66.0F38.W0 3B /r     | FV   | AVX512F AVX512VL
vpminud xmm{k}{z}, xmm, xmm/m128/m32bcst                | RVM  | EVEX.128.66.0F38.W0 3B /r     | FV   | AVX512F AVX512VL
vpmaxsb zmm{k}{z}, zmm, zmm/m512                        | RVM  | EVEX.512.66.0F38.WIG 3C /r    | FVM  | AVX512BW
vpmaxsb ymm{k}{z}, ymm, ymm/m256                        | RVM  | EVEX.256.66.0F38.WIG 3C /r    | FVM  | AVX512BW AVX512VL
vpmaxsb xmm{k}{z}, xmm, xmm/m128                        | RVM  | EVEX.128.66.0F38.WIG 3C /r    | FVM  | AVX512BW AVX512VL
vpmaxsd zmm{k}{z}, zmm, zmm/m512/m32bcst                | RVM  | EVEX.512.66.0F38.W0 3D /r     | FV   | AVX512F
vpmaxsd ymm{k}{z}, ymm, ymm/m256/m32bcst                | RVM  | EVEX.256.66.0F38.W0 3D /r     | FV   | AVX512F AVX512VL
vpmaxsd xmm{k}{z}, xmm, xmm/m128/m32bcst                | RVM  | EVEX.128.66.0F38.W0 3D /r     | FV   | AVX512F AVX512VL
vpmaxuw zmm{k}{z}, zmm, zmm/m512                        | RVM  | EVEX.512.66.0F38.WIG 3E /r    | FVM  | AVX512BW
vpmaxuw ymm{k}{z}, ymm, ymm/m256                        | RVM  | EVEX.256.66.0F38.WIG 3E /r    | FVM  | AVX512BW AVX512VL
vpmaxuw xmm{k}{z}, xmm, xmm/m128                        | RVM  | EVEX.128.66.0F38.WIG 3E /r    | FVM  | AVX512BW AVX512VL
vpmaxud zmm{k}{z}, zmm, zmm/m512/m32bcst                | RVM  | EVEX.512.66.0F38.W0 3F /r     | FV   | AVX512F
vpmaxud ymm{k}{z}, ymm, ymm/m256/m32bcst                | RVM  | EVEX.256.66.0F38.W0 3F /r     | FV   | AVX512F AVX512VL
vpmaxud xmm{k}{z}, xmm, xmm/m128/m32bcst                | RVM  | EVEX.128.66.0F38.W0 3F /r     | FV   | AVX512F AVX512VL
vpmulld zmm{k}{z}, zmm, zmm/m512/m32bcst                | RVM  | EVEX.512.66.0F38.W0 40 /r     | FV   | AVX512F
vpmulld ymm{k}{z}, ymm, ymm/m256/m32bcst                | RVM  | EVEX.256.66.0F38.W0 40 /r     | FV   | AVX512F AVX512VL
vpmulld xmm{k}{z}, xmm, xmm/m128/m32bcst                | RVM  | EVEX.128.66.0F38.W0 40 /r     | FV   | AVX512F AVX512VL
vpminsq zmm{k}{z}, zmm, zmm/m512/m64bcst                | RVM  | EVEX.512.66.0F38.W1 39 /r     | FV   | AVX512F
vpminsq ymm{k}{z}, ymm, ymm/m256/m64bcst                | RVM  | EVEX.256.66.0F38.W1 39 /r     | FV   | AVX512F AVX512VL
vpminsq xmm{k}{z}, xmm, xmm/m128/m64bcst                | RVM  | EVEX.128.66.0F38.W1 39 /r     | FV   | AVX512F AVX512VL
vpminuq zmm{k}{z}, zmm, zmm/m512/m64bcst                | RVM  | EVEX.512.66.0F38.W1 3B /r     | FV   | AVX512F
vpminuq ymm{k}{z}, ymm, ymm/m256/m64bcst                | RVM  | EVEX.256.66.0F38.W1 3B /r     | FV   | AVX512F AVX512VL
vpminuq xmm{k}{z}, xmm, xmm/m128/m64bcst                | RVM  | EVEX.128.66.0F38.W1 3B /r     | FV   | AVX512F AVX512VL
vpmaxsq zmm{k}{z}, zmm, zmm/m512/m64bcst                | RVM  | EVEX.512.66.0F38.W1 3D /r     | FV   | AVX512F
vpmaxsq ymm{k}{z}, ymm, ymm/m256/m64bcst                | RVM  | EVEX.256.66.0F38.W1 3D /r     | FV   | AVX512F AVX512VL
vpmaxsq xmm{k}{z}, xmm, xmm/m128/m64bcst                | RVM  | EVEX.128.66.0F38.W1 3D /r     | FV   | AVX512F AVX512VL
vpmaxuq zmm{k}{z}, zmm, zmm/m512/m64bcst                | RVM  | EVEX.512.66.0F38.W1 3F /r     | FV   | AVX512F
vpmaxuq ymm{k}{z}, ymm, ymm/m256/m64bcst                | RVM  | EVEX.256.66.0F38.W1 3F /r     | FV   | AVX512F AVX512VL
vpmaxuq xmm{k}{z}, xmm, xmm/m128/m64bcst                | RVM  | EVEX.128.66.0F38.W1 3F /r     | FV   | AVX512F AVX512VL
vpmullq zmm{k}{z}, zmm, zmm/m512/m64bcst                | RVM  | EVEX.512.66.0F38.W1 40 /r     | FV   | AVX512DQ
vpmullq ymm{k}{z}, ymm, ymm/m256/m64bcst                | RVM  | EVEX.256.66.0F38.W1 40 /r     | FV   | AVX512DQ AVX512VL
vpmullq xmm{k}{z}, xmm, xmm/m128/m64bcst                | RVM  | EVEX.128.66.0F38.W1 40 /r     | FV   | AVX512DQ AVX512VL
vpshufd zmm{k}{z}, zmm/m512/m32bcst, imm8               | RMI  | EVEX.512.66.0F.W0 70 /r ib    | FV   | AVX512F
vpshufd ymm{k}{z}, ymm/m256/m32bcst, imm8               | RMI  | EVEX.256.66.0F.W0 70 /r ib    | FV   | AVX512F AVX512VL
vpshufd xmm{k}{z}, xmm/m128/m32bcst, imm8               | RMI  | EVEX.128.66.0F.W0 70 /r ib    | FV   | AVX512F AVX512VL
vpshufhw zmm{k}{z}, zmm/m512, imm8                      | RMI  | EVEX.512.F3.0F.WIG 70 /r ib   | FVM  | AVX512BW
vpshufhw ymm{k}{z}, ymm/m256, imm8                      | RMI  | EVEX.256.F3.0F.WIG 70 /r ib   | FVM  | AVX512BW AVX512VL
vpshufhw xmm{k}{z}, xmm/m128, imm8                      | RMI  | EVEX.128.F3.0F.WIG 70 /r ib   | FVM  | AVX512BW AVX512VL
vpshuflw zmm{k}{z}, zmm/m512, imm8                      | RMI  | EVEX.512.F2.0F.WIG 70 /r ib   | FVM  | AVX512BW
vpshuflw ymm{k}{z}, ymm/m256, imm8                      | RMI  | EVEX.256.F2.0F.WIG 70 /r ib   | FVM  | AVX512BW AVX512VL
vpshuflw xmm{k}{z}, xmm/m128, imm8                      | RMI  | EVEX.128.F2.0F.WIG 70 /r ib   | FVM  | AVX512BW AVX512VL
vpcmpeqb k{k}, zmm, zmm/m512                            | RVM  | EVEX.512.66.0F.WIG 74 /r      | FVM  | AVX512BW
vpcmpeqb k{k}, ymm, ymm/m256                            | RVM  | EVEX.256.66.0F.WIG 74 /r      | FVM  | AVX512BW AVX512VL
vpcmpeqb k{k}, xmm, xmm/m128                            | RVM  | EVEX.128.66.0F.WIG 74 /r      | FVM  | AVX512BW AVX512VL
vpcmpeqw k{k}, zmm, zmm/m512                            | RVM  | EVEX.512.66.0F.WIG 75 /r      | FVM  | AVX512BW
vpcmpeqw k{k}, ymm, ymm/m256                            | RVM  | EVEX.256.66.0F.WIG 75 /r      | FVM  | AVX512BW AVX512VL
vpcmpeqw k{k}, xmm, xmm/m128                            | RVM  | EVEX.128.66.0F.WIG 75 /r      | FVM  | AVX512BW AVX512VL
vpcmpeqd k{k}, zmm, zmm/m512/m32bcst                    | RVM  | EVEX.512.66.0F.W0 76 /r       | FV   | AVX512F
vpcmpeqd k{k}, ymm, ymm/m256/m32bcst                    | RVM  | EVEX.256.66.0F.W0 76 /r       | FV   | AVX512F AVX512VL
vpcmpeqd k{k}, xmm, xmm/m128/m32bcst                    | RVM  | EVEX.128.66.0F.W0 76 /r       | FV   | AVX512F AVX512VL
vpcmpeqq k{k}, zmm, zmm/m512/m64bcst                    | RVM  | EVEX.512.66.0F38.W1 29 /r     | FV   | AVX512F
vpcmpeqq k{k}, ymm, ymm/m256/m64bcst                    | RVM  | EVEX.256.66.0F38.W1 29 /r     | FV   | AVX512F AVX512VL
vpcmpeqq k{k}, xmm, xmm/m128/m64bcst                    | RVM  | EVEX.128.66.0F38.W1 29 /r     | FV   | AVX512F AVX512VL
vpcmpgtb k{k}, zmm, zmm/m512                            | RVM  | EVEX.512.66.0F.WIG 64 /r      | FVM  | AVX512BW
vpcmpgtb k{k}, ymm, ymm/m256                            | RVM  | EVEX.256.66.0F.WIG 64 /r      | FVM  | AVX512BW AVX512VL
vpcmpgtb k{k}, xmm, xmm/m128                            | RVM  | EVEX.128.66.0F.WIG 64 /r      | FVM  | AVX512BW AVX512VL
vpcmpgtw k{k}, zmm, zmm/m512                            | RVM  | EVEX.512.66.0F.WIG 65 /r      | FVM  | AVX512BW
vpcmpgtw k{k}, ymm, ymm/m256                            | RVM  | EVEX.256.66.0F.WIG 65 /r      | FVM  | AVX512BW AVX512VL
vpcmpgtw k{k}, xmm, xmm/m128                            | RVM  | EVEX.128.66.0F.WIG 65 /r      | FVM  | AVX512BW AVX512VL
vpcmpgtd k{k}, zmm, zmm/m512/m32bcst                    | RVM  | EVEX.512.66.0F.W0 66 /r       | FV   | AVX512F
vpcmpgtd k{k}, ymm, ymm/m256/m32bcst                    | RVM  | EVEX.256.66.0F.W0 66 /r       | FV   | AVX512F AVX512VL
vpcmpgtd k{k}, xmm, xmm/m128/m32bcst                    | RVM  | EVEX.128.66.0F.W0 66 /r       | FV   | AVX512F AVX512VL
vpcmpgtq k{k}, zmm, zmm/m512/m64bcst                    | RVM  | EVEX.512.66.0F38.W1 37 /r     | FV   | AVX512F
vpcmpgtq k{k}, ymm, ymm/m256/m64bcst                    | RVM  | EVEX.256.66.0F38.W1 37 /r     | FV   | AVX512F AVX512VL
vpcmpgtq k{k}, xmm, xmm/m128/m64bcst                    | RVM  | EVEX.128.66.0F38.W1 37 /r     | FV   | AVX512F AVX512VL
vpcmpd k{k}, zmm, zmm/m512/m32bcst, imm8                | RVMI | EVEX.512.66.0F3A.W0 1F /r ib  | FV   | AVX512F
vpcmpd k{k}, ymm, ymm/m256/m32bcst, imm8                | RVMI | EVEX.256.66.0F3A.W0 1F /r ib  | FV   | AVX512F AVX512VL
vpcmpd k{k}, xmm, xmm/m128/m32bcst, imm8                | RVMI | EVEX.128.66.0F3A.W0 1F /r ib  | FV   | AVX512F AVX512VL
vpcmpud k{k}, zmm, zmm/m512/m32bcst, imm8               | RVMI | EVEX.512.66.0F3A.W0 1E /r ib  | FV   | AVX512F
vpcmpud k{k}, ymm, ymm/m256/m32bcst, imm8               | RVMI | EVEX.256.66.0F3A.W0 1E /r ib  | FV   | AVX512F AVX512VL
vpcmpud k{k}, xmm, xmm/m128/m32bcst, imm8               | RVMI | EVEX.128.66.0F3A.W0 1E /r ib  | FV   | AVX512F AVX512VL
vpcmpq k{k}, zmm, zmm/m512/m64bcst, imm8                | RVMI | EVEX.512.66.0F3A.W1 1F /r ib  | FV   | AVX512F
vpcmpq k{k}, ymm, ymm/m256/m64bcst, imm8                | RVMI | EVEX.256.66.0F3A.W1 1F /r ib  | FV   | AVX512F AVX512VL
vpcmpq k{k}, xmm, xmm/m128/m64bcst, imm8                | RVMI | EVEX.128.66.0F3A.W1 1F /r ib  | FV   | AVX512F AVX512VL
vpcmpuq k{k}, zmm, zmm/m512/m64bcst, imm8               | RVMI | EVEX.512.66.0F3A.W1 1E /r ib  | FV   | AVX512F
vpcmpuq k{k}, ymm, ymm/m256/m64bcst, imm8               | RVMI | EVEX.256.66.0F3A.W1 1E /r ib  | FV   | AVX512F AVX512VL
vpcmpuq k{k}, xmm, xmm/m128/m64bcst, imm8               | RVMI | EVEX.128.66.0F3A.W1 1E /r ib  | FV   | AVX512F AVX512VL
vpcmpb k{k}, zmm, zmm/m512, imm8                        | RVMI | EVEX.512.66.0F3A.W0 3F /r ib  | FVM  | AVX512BW
vpcmpb k{k}, ymm, ymm/m256, imm8                        | RVMI | EVEX.256.66.0F3A.W0 3F /r ib  | FVM  | AVX512BW AVX512VL
vpcmpb k{k}, xmm, xmm/m128, imm8                        | RVMI | EVEX.128.66.0F3A.W0 3F /r ib  | FVM  | AVX512BW AVX512VL
vpcmpub k{k}, zmm, zmm/m512, imm8                       | RVMI | EVEX.512.66.0F3A.W0 3E /r ib  | FVM  | AVX512BW
vpcmpub k{k}, ymm, ymm/m256, imm8                       | RVMI | EVEX.256.66.0F3A.W0 3E /r ib  | FVM  | AVX512BW AVX512VL
vpcmpub k{k}, xmm, xmm/m128, imm8                       | RVMI | EVEX.128.66.0F3A.W0 3E /r ib  | FVM  | AVX512BW AVX512VL
vpcmpw k{k}, zmm, zmm/m512, imm8                        | RVMI | EVEX.512.66.0F3A.W1 3F /r ib  | FVM  | AVX512BW
vpcmpw k{k}, ymm, ymm/m256, imm8                        | RVMI | EVEX.256.66.0F3A.W1 3F /r ib  | FVM  | AVX512BW AVX512VL
vpcmpw k{k}, xmm, xmm/m128, imm8                        | RVMI | EVEX.128.66.0F3A.W1 3F /r ib  | FVM  | AVX512BW AVX512VL
vpcmpuw k{k}, zmm, zmm/m512, imm8                       | RVMI | EVEX.512.66.0F3A.W1 3E /r ib  | FVM  | AVX512BW
vpcmpuw k{k}, ymm, ymm/m256, imm8                       | RVMI | EVEX.256.66.0F3A.W1 3E /r ib  | FVM  | AVX512BW AVX512VL
vpcmpuw k{k}, xmm, xmm/m128, imm8                       | RVMI | EVEX.128.66.0F3A.W1 3E /r ib  | FVM  | AVX512BW AVX512VL
vpcmpequd k{k}, zmm, zmm/m512/m32bcst                   | RVM  | EVEX.512.66.0F3A.W0 1E /r     | FV   | AVX512F            | imm=0
vpcmpequd k{k}, ymm, ymm/m256/m32bcst                   | RVM  | EVEX.256.66.0F3A.W0 1E /r     | FV   | AVX512F AVX512VL   | imm=0
vpcmpequd k{k}, xmm, xmm/m128/m32bcst                   | RVM  | EVEX.128.66.0F3A.W0 1E /r     | FV   | AVX512F AVX512VL   | imm=0
vpcmpltd k{k}, zmm, zmm/m512/m32bcst                    | RVM  | EVEX.512.66.0F3A.W0 1F /r     | FV   | AVX512F            | imm=1
vpcmpltd k{k}, ymm, ymm/m256/m32bcst                    | RVM  | EVEX.256.66.0F3A.W0 1F /r     | FV   | AVX512F AVX512VL   | imm=1
vpcmpltd k{k}, xmm, xmm/m128/m32bcst                    | RVM  | EVEX.128.66.0F3A.W0 1F /r     | FV   | AVX512F AVX512VL   | imm=1
vpcmpltud k{k}, zmm, zmm/m512/m32bcst                   | RVM  | EVEX.512.66.0F3A.W0 1E /r     | FV   | AVX512F            | imm=1
vpcmpltud k{k}, ymm, ymm/m256/m32bcst                   | RVM  | EVEX.256.66.0F3A.W0 1E /r     | FV   | AVX512F AVX512VL   | imm=1
vpcmpltud k{k}, xmm, xmm/m128/m32bcst                   | RVM  | EVEX.128.66.0F3A.W0 1E /r     | FV   | AVX512F AVX512VL   | imm=1
vpcmpled k{k}, zmm, zmm/m512/m32bcst                    | RVM  | EVEX.512.66.0F3A.W0 1F /r     | FV   | AVX512F            | imm=2
vpcmpled k{k}, ymm, ymm/m256/m32bcst                    | RVM  | EVEX.256.66.0F3A.W0 1F /r     | FV   | AVX512F AVX512VL   | imm=2
vpcmpled k{k}, xmm, xmm/m128/m32bcst                    | RVM  | EVEX.128.66.0F3A.W0 1F /r     | FV   | AVX512F AVX512VL   | imm=2
vpcmpleud k{k}, zmm, zmm/m512/m32bcst                   | RVM  | EVEX.512.66.0F3A.W0 1E /r     | FV   | AVX512F            | imm=2
vpcmpleud k{k}, ymm, ymm/m256/m32bcst                   | RVM  | EVEX.256.66.0F3A.W0 1E /r     | FV   | AVX512F AVX512VL   | imm=2
vpcmpleud k{k}, xmm, xmm/m128/m32bcst                   | RVM  | EVEX.128.66.0F3A.W0 1E /r     | FV   | AVX512F AVX512VL   | imm=2
vpcmpneqd k{k}, zmm, zmm/m512/m32bcst                   | RVM  | EVEX.512.66.0F3A.W0 1F /r     | FV   | AVX512F            | imm=4
vpcmpneqd k{k}, ymm, ymm/m256/m32bcst                   | RVM  | EVEX.256.66.0F3A.W0 1F /r     | FV   | AVX512F AVX512VL   | imm=4
vpcmpneqd k{k}, xmm, xmm/m128/m32bcst                   | RVM  | EVEX.128.66.0F3A.W0 1F /r     | FV   | AVX512F AVX512VL   | imm=4
vpcmpnequd k{k}, zmm, zmm/m512/m32bcst                  | RVM  | EVEX.512.66.0F3A.W0 1E /r     | FV   | AVX512F            | imm=4
vpcmpnequd k{k}, ymm, ymm/m256/m32bcst                  | RVM  | EVEX.256.66.0F3A.W0 1E /r     | FV   | AVX512F AVX512VL   | imm=4
vpcmpnequd k{k}, xmm, xmm/m128/m32bcst                  | RVM  | EVEX.128.66.0F3A.W0 1E /r     | FV   | AVX512F AVX512VL   | imm=4
vpcmpnltd k{k}, zmm, zmm/m512/m32bcst                   | RVM  | EVEX.512.66.0F3A.W0 1F /r     | FV   | AVX512F            | imm=5
vpcmpnltd k{k}, ymm, ymm/m256/m32bcst                   | RVM  | EVEX.256.66.0F3A.W0 1F /r     | FV   | AVX512F AVX512VL   | imm=5
vpcmpnltd k{k}, xmm, xmm/m128/m32bcst                   | RVM  | EVEX.128.66.0F3A.W0 1F /r     | FV   | AVX512F AVX512VL   | imm=5
vpcmpnltud k{k}, zmm, zmm/m512/m32bcst                  | RVM  | EVEX.512.66.0F3A.W0 1E /r     | FV   | AVX512F            | imm=5
vpcmpnltud k{k}, ymm, ymm/m256/m32bcst                  | RVM  | EVEX.256.66.0F3A.W0 1E /r     | FV   | AVX512F AVX512VL   | imm=5
vpcmpnltud k{k}, xmm, xmm/m128/m32bcst                  | RVM  | EVEX.128.66.0F3A.W0 1E /r     | FV   | AVX512F AVX512VL   | imm=5
vpcmpnled k{k}, zmm, zmm/m512/m32bcst                   | RVM  | EVEX.512.66.0F3A.W0 1F /r     | FV   | AVX512F            | imm=6
vpcmpnled k{k}, ymm, ymm/m256/m32bcst                   | RVM  | EVEX.256.66.0F3A.W0 1F /r     | FV   | AVX512F AVX512VL   | imm=6
vpcmpnled k{k}, xmm, xmm/m128/m32bcst                   | RVM  | EVEX.128.66.0F3A.W0 1F /r     | FV   | AVX512F AVX512VL   | imm=6
vpcmpnleud k{k}, zmm, zmm/m512/m32bcst                  | RVM  | EVEX.512.66.0F3A.W0 1E /r     | FV   | AVX512F            | imm=6
vpcmpnleud k{k}, ymm, ymm/m256/m32bcst                  | RVM  | EVEX.256.66.0F3A.W0 1E /r     | FV   | AVX512F AVX512VL   | imm=6
vpcmpnleud k{k}, xmm, xmm/m128/m32bcst                  | RVM  | EVEX.128.66.0F3A.W0 1E /r     | FV   | AVX512F AVX512VL   | imm=6
vpcmpequq k{k}, zmm, zmm/m512/m64bcst                   | RVM  | EVEX.512.66.0F3A.W1 1E /r     | FV   | AVX512F            | imm=0
vpcmpequq k{k}, ymm, ymm/m256/m64bcst                   | RVM  | EVEX.256.66.0F3A.W1 1E /r     | FV   | AVX512F AVX512VL   | imm=0
vpcmpequq k{k}, xmm, xmm/m128/m64bcst                   | RVM  | EVEX.128.66.0F3A.W1 1E /r     | FV   | AVX512F AVX512VL   | imm=0
vpcmpltq k{k}, zmm, zmm/m512/m64bcst                    | RVM  | EVEX.512.66.0F3A.W1 1F /r     | FV   | AVX512F            | imm=1
vpcmpltq k{k}, ymm, ymm/m256/m64bcst                    | RVM  | EVEX.256.66.0F3A.W1 1F /r     | FV   | AVX512F AVX512VL   | imm=1
vpcmpltq k{k}, xmm, xmm/m128/m64bcst                    | RVM  | EVEX.128.66.0F3A.W1 1F /r     | FV   | AVX512F AVX512VL   | imm=1
vpcmpltuq k{k}, zmm, zmm/m512/m64bcst                   | RVM  | EVEX.512.66.0F3A.W1 1E /r     | FV   | AVX512F            | imm=1
vpcmpltuq k{k}, ymm, ymm/m256/m64bcst                   | RVM  | EVEX.256.66.0F3A.W1 1E /r     | FV   | AVX512F AVX512VL   | imm=1
vpcmpltuq k{k}, xmm, xmm/m128/m64bcst                   | RVM  | EVEX.128.66.0F3A.W1 1E /r     | FV   | AVX512F AVX512VL   | imm=1
vpcmpleq k{k}, zmm, zmm/m512/m64bcst                    | RVM  | EVEX.512.66.0F3A.W1 1F /r     | FV   | AVX512F            | imm=2
vpcmpleq k{k}, ymm, ymm/m256/m64bcst                    | RVM  | EVEX.256.66.0F3A.W1 1F /r     | FV   | AVX512F AVX512VL   | imm=2
vpcmpleq k{k}, xmm, xmm/m128/m64bcst                    | RVM  | EVEX.128.66.0F3A.W1 1F /r     | FV   | AVX512F AVX512VL   | imm=2
vpcmpleuq k{k}, zmm, zmm/m512/m64bcst                   | RVM  | EVEX.512.66.0F3A.W1 1E /r     | FV   | AVX512F            | imm=2
vpcmpleuq k{k}, ymm, ymm/m256/m64bcst                   | RVM  | EVEX.256.66.0F3A.W1 1E /r     | FV   | AVX512F AVX512VL   | imm=2
vpcmpleuq k{k}, xmm, xmm/m128/m64bcst                   | RVM  | EVEX.128.66.0F3A.W1 1E /r     | FV   | AVX512F AVX512VL   | imm=2
vpcmpneqq k{k}, zmm, zmm/m512/m64bcst                   | RVM  | EVEX.512.66.0F3A.W1 1F /r     | FV   | AVX512F            | imm=4
vpcmpneqq k{k}, ymm, ymm/m256/m64bcst                   | RVM  | EVEX.256.66.0F3A.W1 1F /r     | FV   | AVX512F AVX512VL   | imm=4
vpcmpneqq k{k}, xmm, xmm/m128/m64bcst                   | RVM  | EVEX.128.66.0F3A.W1 1F /r     | FV   | AVX512F AVX512VL   | imm=4
vpcmpnequq k{k}, zmm, zmm/m512/m64bcst                  | RVM  | EVEX.512.66.0F3A.W1 1E /r     | FV   | AVX512F            | imm=4
vpcmpnequq k{k}, ymm, ymm/m256/m64bcst                  | RVM  | EVEX.256.66.0F3A.W1 1E /r     | FV   | AVX512F AVX512VL   | imm=4
vpcmpnequq k{k}, xmm, xmm/m128/m64bcst                  | RVM  | EVEX.128.66.0F3A.W1 1E /r     | FV   | AVX512F AVX512VL   | imm=4
vpcmpnltq k{k}, zmm, zmm/m512/m64bcst                   | RVM  | EVEX.512.66.0F3A.W1 1F /r     | FV   | AVX512F            | imm=5
vpcmpnltq k{k}, ymm, ymm/m256/m64bcst                   | RVM  | EVEX.256.66.0F3A.W1 1F /r     | FV   | AVX512F AVX512VL   | imm=5
vpcmpnltq k{k}, xmm, xmm/m128/m64bcst                   | RVM  | EVEX.128.66.0F3A.W1 1F /r     | FV   | AVX512F AVX512VL   | imm=5
vpcmpnltuq k{k}, zmm, zmm/m512/m64bcst                  | RVM  | EVEX.512.66.0F3A.W1 1E /r     | FV   | AVX512F            | imm=5
vpcmpnltuq k{k}, ymm, ymm/m256/m64bcst                  | RVM  | EVEX.256.66.0F3A.W1 1E /r     | FV   | AVX512F AVX512VL   | imm=5
vpcmpnltuq k{k}, xmm, xmm/m128/m64bcst                  | RVM  | EVEX.128.66.0F3A.W1 1E /r     | FV   | AVX512F AVX512VL   | imm=5
vpcmpnleq k{k}, zmm, zmm/m512/m64bcst                   | RVM  | EVEX.512.66.0F3A.W1 1F /r     | FV   | AVX512F            | imm=6
vpcmpnleq k{k}, ymm, ymm/m256/m64bcst                   | RVM  | EVEX.256.66.0F3A.W1 1F /r     | FV   | AVX512F AVX512VL   | imm=6
vpcmpnleq k{k}, xmm, xmm/m128/m64bcst                   | RVM  | EVEX.128.66.0F3A.W1 1F /r     | FV   | AVX512F AVX512VL   | imm=6
vpcmpnleuq k{k}, zmm, zmm/m512/m64bcst                  | RVM  | EVEX.512.66.0F3A.W1 1E /r     | FV   | AVX512F            | imm=6
vpcmpnleuq k{k}, ymm, ymm/m256/m64bcst                  | RVM  | EVEX.256.66.0F3A.W1 1E /r     | FV   | AVX512F AVX512VL   | imm=6
vpcmpnleuq k{k}, xmm, xmm/m128/m64bcst                  | RVM  | EVEX.128.66.0F3A.W1 1E /r     | FV   | AVX512F AVX512VL   | imm=6
vpcmpequb k{k}, zmm, zmm/m512                           | RVM  | EVEX.512.66.0F3A.W0 3E /r     | FVM  | AVX512BW           | imm=0
vpcmpequb k{k}, ymm, ymm/m256                           | RVM  | EVEX.256.66.0F3A.W0 3E /r     | FVM  | AVX512BW AVX512VL  | imm=0
vpcmpequb k{k}, xmm, xmm/m128                           | RVM  | EVEX.128.66.0F3A.W0 3E /r     | FVM  | AVX512BW AVX512VL  | imm=0
vpcmpltb k{k}, zmm, zmm/m512                            | RVM  | EVEX.512.66.0F3A.W0 3F /r     | FVM  | AVX512BW           | imm=1
vpcmpltb k{k}, ymm, ymm/m256                            | RVM  | EVEX.256.66.0F3A.W0 3F /r     | FVM  | AVX512BW AVX512VL  | imm=1
vpcmpltb k{k}, xmm, xmm/m128                            | RVM  | EVEX.128.66.0F3A.W0 3F /r     | FVM  | AVX512BW AVX512VL  | imm=1
vpcmpltub k{k}, zmm, zmm/m512                           | RVM  | EVEX.512.66.0F3A.W0 3E /r     | FVM  | AVX512BW           | imm=1
vpcmpltub k{k}, ymm, ymm/m256                           | RVM  | EVEX.256.66.0F3A.W0 3E /r     | FVM  | AVX512BW AVX512VL  | imm=1
vpcmpltub k{k}, xmm, xmm/m128                           | RVM  | EVEX.128.66.0F3A.W0 3E /r     | FVM  | AVX512BW AVX512VL  | imm=1
vpcmpleb k{k}, zmm, zmm/m512                            | RVM  | EVEX.512.66.0F3A.W0 3F /r     | FVM  | AVX512BW           | imm=2
vpcmpleb k{k}, ymm, ymm/m256                            | RVM  | EVEX.256.66.0F3A.W0 3F /r     | FVM  | AVX512BW AVX512VL  | imm=2
vpcmpleb k{k}, xmm, xmm/m128                            | RVM  | EVEX.128.66.0F3A.W0 3F /r     | FVM  | AVX512BW AVX512VL  | imm=2
vpcmpleub k{k}, zmm, zmm/m512                           | RVM  | EVEX.512.66.0F3A.W0 3E /r     | FVM  | AVX512BW           | imm=2
vpcmpleub k{k}, ymm, ymm/m256                           | RVM  | EVEX.256.66.0F3A.W0 3E /r     | FVM  | AVX512BW AVX512VL  | imm=2
vpcmpleub k{k}, xmm, xmm/m128                           | RVM  | EVEX.128.66.0F3A.W0 3E /r     | FVM  | AVX512BW AVX512VL  | imm=2
vpcmpneqb k{k}, zmm, zmm/m512                           | RVM  | EVEX.512.66.0F3A.W0 3F /r     | FVM  | AVX512BW           | imm=4
vpcmpneqb k{k}, ymm, ymm/m256                           | RVM  | EVEX.256.66.0F3A.W0 3F /r     | FVM  | AVX512BW AVX512VL  | imm=4
vpcmpneqb k{k}, xmm, xmm/m128                           | RVM  | EVEX.128.66.0F3A.W0 3F /r     | FVM  | AVX512BW AVX512VL  | imm=4
vpcmpnequb k{k}, zmm, zmm/m512                          | RVM  | EVEX.512.66.0F3A.W0 3E /r     | FVM  | AVX512BW           | imm=4
vpcmpnequb k{k}, ymm, ymm/m256                          | RVM  | EVEX.256.66.0F3A.W0 3E /r     | FVM  | AVX512BW AVX512VL  | imm=4
vpcmpnequb k{k}, xmm, xmm/m128                          | RVM  | EVEX.128.66.0F3A.W0 3E /r     | FVM  | AVX512BW AVX512VL  | imm=4
vpcmpnltb k{k}, zmm, zmm/m512                           | RVM  | EVEX.512.66.0F3A.W0 3F /r     | FVM  | AVX512BW           | imm=5
vpcmpnltb k{k}, ymm, ymm/m256                           | RVM  | EVEX.256.66.0F3A.W0 3F /r     | FVM  | AVX512BW AVX512VL  | imm=5
vpcmpnltb k{k}, xmm, xmm/m128                           | RVM  | EVEX.128.66.0F3A.W0 3F /r     | FVM  | AVX512BW AVX512VL  | imm=5
vpcmpnltub k{k}, zmm, zmm/m512                          | RVM  | EVEX.512.66.0F3A.W0 3E /r     | FVM  | AVX512BW           | imm=5
vpcmpnltub k{k}, ymm, ymm/m256                          | RVM  | EVEX.256.66.0F3A.W0 3E /r     | FVM  | AVX512BW AVX512VL  | imm=5
vpcmpnltub k{k}, xmm, xmm/m128                          | RVM  | EVEX.128.66.0F3A.W0 3E /r     | FVM  | AVX512BW AVX512VL  | imm=5
vpcmpnleb k{k}, zmm, zmm/m512                           | RVM  | EVEX.512.66.0F3A.W0 3F /r     | FVM  | AVX512BW           | imm=6
vpcmpnleb k{k}, ymm, ymm/m256                           | RVM  | EVEX.256.66.0F3A.W0 3F /r     | FVM  | AVX512BW AVX512VL  | imm=6
vpcmpnleb k{k}, xmm, xmm/m128                           | RVM  | EVEX.128.66.0F3A.W0 3F /r     | FVM  | AVX512BW AVX512VL  | imm=6
vpcmpnleub k{k}, zmm, zmm/m512                          | RVM  | EVEX.512.66.0F3A.W0 3E /r     | FVM  | AVX512BW           | imm=6
vpcmpnleub k{k}, ymm, ymm/m256                          | RVM  | EVEX.256.66.0F3A.W0 3E /r     | FVM  | AVX512BW AVX512VL  | imm=6
vpcmpnleub k{k}, xmm, xmm/m128                          | RVM  | EVEX.128.66.0F3A.W0 3E /r     | FVM  | AVX512BW AVX512VL  | imm=6
vpcmpequw k{k}, zmm, zmm/m512                           | RVM  | EVEX.512.66.0F3A.W1 3E /r     | FVM  | AVX512BW           | imm=0
vpcmpequw k{k}, ymm, ymm/m256                           | RVM  | EVEX.256.66.0F3A.W1 3E /r     | FVM  | AVX512BW AVX512VL  | imm=0
vpcmpequw k{k}, xmm, xmm/m128                           | RVM  | EVEX.128.66.0F3A.W1 3E /r     | FVM  | AVX512BW AVX512VL  | imm=0
vpcmpltw k{k}, zmm, zmm/m512                            | RVM  | EVEX.512.66.0F3A.W1 3F /r     | FVM  | AVX512BW           | imm=1
vpcmpltw k{k}, ymm, ymm/m256                            | RVM  | EVEX.256.66.0F3A.W1 3F /r     | FVM  | AVX512BW AVX512VL  | imm=1
vpcmpltw k{k}, xmm, xmm/m128                            | RVM  | EVEX.128.66.0F3A.W1 3F /r     | FVM  | AVX512BW AVX512VL  | imm=1
vpcmpltuw k{k}, zmm, zmm/m512                           | RVM  | EVEX.512.66.0F3A.W1 3E /r     | FVM  | AVX512BW           | imm=1
vpcmpltuw k{k}, ymm, ymm/m256                           | RVM  | EVEX.256.66.0F3A.W1 3E /r     | FVM  | AVX512BW AVX512VL  | imm=1
vpcmpltuw k{k}, xmm, xmm/m128                           | RVM  | EVEX.128.66.0F3A.W1 3E /r     | FVM  | AVX512BW AVX512VL  | imm=1
vpcmplew k{k}, zmm, zmm/m512                            | RVM  | EVEX.512.66.0F3A.W1 3F /r     | FVM  | AVX512BW           | imm=2
vpcmplew k{k}, ymm, ymm/m256                            | RVM  | EVEX.256.66.0F3A.W1 3F /r     | FVM  | AVX512BW AVX512VL  | imm=2
vpcmplew k{k}, xmm, xmm/m128                            | RVM  | EVEX.128.66.0F3A.W1 3F /r     | FVM  | AVX512BW AVX512VL  | imm=2
vpcmpleuw k{k}, zmm, zmm/m512                           | RVM  | EVEX.512.66.0F3A.W1 3E /r     | FVM  | AVX512BW           | imm=2
vpcmpleuw k{k}, ymm, ymm/m256                           | RVM  | EVEX.256.66.0F3A.W1 3E /r     | FVM  | AVX512BW AVX512VL  | imm=2
vpcmpleuw k{k}, xmm, xmm/m128                           | RVM  | EVEX.128.66.0F3A.W1 3E /r     | FVM  | AVX512BW AVX512VL  | imm=2
vpcmpneqw k{k}, zmm, zmm/m512                           | RVM  | EVEX.512.66.0F3A.W1 3F /r     | FVM  | AVX512BW           | imm=4
vpcmpneqw k{k}, ymm, ymm/m256                           | RVM  | EVEX.256.66.0F3A.W1 3F /r     | FVM  | AVX512BW AVX512VL  | imm=4
vpcmpneqw k{k}, xmm, xmm/m128                           | RVM  | EVEX.128.66.0F3A.W1 3F /r     | FVM  | AVX512BW AVX512VL  | imm=4
vpcmpnequw k{k}, zmm, zmm/m512                          | RVM  | EVEX.512.66.0F3A.W1 3E /r     | FVM  | AVX512BW           | imm=4
vpcmpnequw k{k}, ymm, ymm/m256                          | RVM  | EVEX.256.66.0F3A.W1 3E /r     | FVM  | AVX512BW AVX512VL  | imm=4
vpcmpnequw k{k}, xmm, xmm/m128                          | RVM  | EVEX.128.66.0F3A.W1 3E /r     | FVM  | AVX512BW AVX512VL  | imm=4
vpcmpnltw k{k}, zmm, zmm/m512                           | RVM  | EVEX.512.66.0F3A.W1 3F /r     | FVM  | AVX512BW           | imm=5
vpcmpnltw k{k}, ymm, ymm/m256                           | RVM  | EVEX.256.66.0F3A.W1 3F /r     | FVM  | AVX512BW AVX512VL  | imm=5
vpcmpnltw k{k}, xmm, xmm/m128                           | RVM  | EVEX.128.66.0F3A.W1 3F /r     | FVM  | AVX512BW AVX512VL  | imm=5
vpcmpnltuw k{k}, zmm, zmm/m512                          | RVM  | EVEX.512.66.0F3A.W1 3E /r     | FVM  | AVX512BW           | imm=5
vpcmpnltuw k{k}, ymm, ymm/m256                          | RVM  | EVEX.256.66.0F3A.W1 3E /r     | FVM  | AVX512BW AVX512VL  | imm=5
vpcmpnltuw k{k}, xmm, xmm/m128                          | RVM  | EVEX.128.66.0F3A.W1 3E /r     | FVM  | AVX512BW AVX512VL  | imm=5
vpcmpnlew k{k}, zmm, zmm/m512                           | RVM  | EVEX.512.66.0F3A.W1 3F /r     | FVM  | AVX512BW           | imm=6
vpcmpnlew k{k}, ymm, ymm/m256                           | RVM  | EVEX.256.66.0F3A.W1 3F /r     | FVM  | AVX512BW AVX512VL  | imm=6
vpcmpnlew k{k}, xmm, xmm/m128                           | RVM  | EVEX.128.66.0F3A.W1 3F /r     | FVM  | AVX512BW AVX512VL  | imm=6
vpcmpnleuw k{k}, zmm, zmm/m512                          | RVM  | EVEX.512.66.0F3A.W1 3E /r     | FVM  | AVX512BW           | imm=6
vpcmpnleuw k{k}, ymm, ymm/m256                          | RVM  | EVEX.256.66.0F3A.W1 3E /r     | FVM  | AVX512BW AVX512VL  | imm=6
vpcmpnleuw k{k}, xmm, xmm/m128                          | RVM  | EVEX.128.66.0F3A.W1 3E /r     | FVM  | AVX512BW AVX512VL  | imm=6
vptestmd k{k}, zmm, zmm/m512/m32bcst                    | RVM  | EVEX.512.66.0F38.W0 27 /r     | FV   | AVX512F
vptestmd k{k}, ymm, ymm/m256/m32bcst                    | RVM  | EVEX.256.66.0F38.W0 27 /r     | FV   | AVX512F AVX512VL
vptestmd k{k}, xmm, xmm/m128/m32bcst                    | RVM  | EVEX.128.66.0F38.W0 27 /r     | FV   | AVX512F AVX512VL
vptestnmd k{k}, zmm, zmm/m512/m32bcst                   | RVM  | EVEX.512.F3.0F38.W0 27 /r     | FV   | AVX512F
vptestnmd k{k}, ymm, ymm/m256/m32bcst                   | RVM  | EVEX.256.F3.0F38.W0 27 /r     | FV   | AVX512F AVX512VL
vptestnmd k{k}, xmm, xmm/m128/m32bcst                   | RVM  | EVEX.128.F3.0F38.W0 27 /r     | FV   | AVX512F AVX512VL
vptestmq k{k}, zmm, zmm/m512/m64bcst                    | RVM  | EVEX.512.66.0F38.W1 27 /r     | FV   | AVX512F
vptestmq k{k}, ymm, ymm/m256/m64bcst                    | RVM  | EVEX.256.66.0F38.W1 27 /r     | FV   | AVX512F AVX512VL
vptestmq k{k}, xmm, xmm/m128/m64bcst                    | RVM  | EVEX.128.66.0F38.W1 27 /r     | FV   | AVX512F AVX512VL
vptestnmq k{k}, zmm, zmm/m512/m64bcst                   | RVM  | EVEX.512.F3.0F38.W1 27 /r     | FV   | AVX512F
vptestnmq k{k}, ymm, ymm/m256/m64bcst                   | RVM  | EVEX.256.F3.0F38.W1 27 /r     | FV   | AVX512F AVX512VL
vptestnmq k{k}, xmm, xmm/m128/m64bcst                   | RVM  | EVEX.128.F3.0F38.W1 27 /r     | FV   | AVX512F AVX512VL
vptestmb k{k}, zmm, zmm/m512                            | RVM  | EVEX.512.66.0F38.W0 26 /r     | FVM  | AVX512BW
vptestmb k{k}, ymm, ymm/m256                            | RVM  | EVEX.256.66.0F38.W0 26 /r     | FVM  | AVX512BW AVX512VL
vptestmb k{k}, xmm, xmm/m128                            | RVM  | EVEX.128.66.0F38.W0 26 /r     | FVM  | AVX512BW AVX512VL
vptestnmb k{k}, zmm, zmm/m512                           | RVM  | EVEX.512.F3.0F38.W0 26 /r     | FVM  | AVX512BW
vptestnmb k{k}, ymm, ymm/m256                           | RVM  | EVEX.256.F3.0F38.W0 26 /r     | FVM  | AVX512BW AVX512VL
vptestnmb k{k}, xmm, xmm/m128                           | RVM  | EVEX.128.F3.0F38.W0 26 /r     | FVM  | AVX512BW AVX512VL
vptestmw k{k}, zmm, zmm/m512                            | RVM  | EVEX.512.66.0F38.W1 26 /r     | FVM  | AVX512BW
vptestmw k{k}, ymm, ymm/m256                            | RVM  | EVEX.256.66.0F38.W1 26 /r     | FVM  | AVX512BW AVX512VL
vptestmw k{k}, xmm, xmm/m128                            | RVM  | EVEX.128.66.0F38.W1 26 /r     | FVM  | AVX512BW AVX512VL
vptestnmw k{k}, zmm, zmm/m512                           | RVM  | EVEX.512.F3.0F38.W1 26 /r     | FVM  | AVX512BW
vptestnmw k{k}, ymm, ymm/m256                           | RVM  | EVEX.256.F3.0F38.W1 26 /r     | FVM  | AVX512BW AVX512VL
vptestnmw k{k}, xmm, xmm/m128                           | RVM  | EVEX.128.F3.0F38.W1 26 /r     | FVM  | AVX512BW AVX512VL

# ---- shifts --------------------------------------------------------------------------
vpsrlw zmm{k}{z}, zmm, xmm/m128                         | RVM  | EVEX.512.66.0F.WIG D1 /r      | M128 | AVX512BW
vpsrlw ymm{k}{z}, ymm, xmm/m128                         | RVM  | EVEX.256.66.0F.WIG D1 /r      | M128 | AVX512BW AVX512VL
vpsrlw xmm{k}{z}, xmm, xmm/m128                         | RVM  | EVEX.128.66.0F.WIG D1 /r      | M128 | AVX512BW AVX512VL
vpsrlw zmm{k}{z}, zmm/m512, imm8                        | VMI  | EVEX.512.66.0F.WIG 71 /2 ib   | FVM  | AVX512BW
vpsrlw ymm{k}{z}, ymm/m256, imm8                        | VMI  | EVEX.256.66.0F.WIG 71 /2 ib   | FVM  | AVX512BW AVX512VL
vpsrlw xmm{k}{z}, xmm/m128, imm8                        | VMI  | EVEX.128.66.0F.WIG 71 /2 ib   | FVM  | AVX512BW AVX512VL
vpsraw zmm{k}{z}, zmm, xmm/m128                         | RVM  | EVEX.512.66.0F.WIG E1 /r      | M128 | AVX512BW
vpsraw ymm{k}{z}, ymm, xmm/m128                         | RVM  | EVEX.256.66.0F.WIG E1 /r      | M128 | AVX512BW AVX512VL
vpsraw xmm{k}{z}, xmm, xmm/m128                         | RVM  | EVEX.128.66.0F.WIG E1 /r      | M128 | AVX512BW AVX512VL
vpsraw zmm{k}{z}, zmm/m512, imm8                        | VMI  | EVEX.512.66.0F.WIG 71 /4 ib   | FVM  | AVX512BW
vpsraw ymm{k}{z}, ymm/m256, imm8                        | VMI  | EVEX.256.66.0F.WIG 71 /4 ib   | FVM  | AVX512BW AVX512VL
vpsraw xmm{k}{z}, xmm/m128, imm8                        | VMI  | EVEX.128.66.0F.WIG 71 /4 ib   | FVM  | AVX512BW AVX512VL
vpsllw zmm{k}{z}, zmm, xmm/m128                         | RVM  | EVEX.512.66.0F.WIG F1 /r      | M128 | AVX512BW
vpsllw ymm{k}{z}, ymm, xmm/m128                         | RVM  | EVEX.256.66.0F.WIG F1 /r      | M128 | AVX512BW AVX512VL
vpsllw xmm{k}{z}, xmm, xmm/m128                         | RVM  | EVEX.128.66.0F.WIG F1 /r      | M128 | AVX512BW AVX512VL
vpsllw zmm{k}{z}, zmm/m512, imm8                        | VMI  | EVEX.512.66.0F.WIG 71 /6 ib   | FVM  | AVX512BW
vpsllw ymm{k}{z}, ymm/m256, imm8                        | VMI  | EVEX.256.66.0F.WIG 71 /6 ib   | FVM  | AVX512BW AVX512VL
vpsllw xmm{k}{z}, xmm/m128, imm8                        | VMI  | EVEX.128.66.0F.WIG 71 /6 ib   | FVM  | AVX512BW AVX512VL
vpsrld zmm{k}{z}, zmm, xmm/m128                         | RVM  | EVEX.512.66.0F.W0 D2 /r       | M128 | AVX512F
vpsrld ymm{k}{z}, ymm, xmm/m128                         | RVM  | EVEX.256.66.0F.W0 D2 /r       | M128 | AVX512F AVX512VL
vpsrld xmm{k}{z}, xmm, xmm/m128                         | RVM  | EVEX.128.66.0F.W0 D2 /r       | M128 | AVX512F AVX512VL
vpsrld zmm{k}{z}, zmm/m512/m32bcst, imm8                | VMI  | EVEX.512.66.0F.W0 72 /2 ib    | FV   | AVX512F
vpsrld ymm{k}{z}, ymm/m256/m32bcst, imm8                | VMI  | EVEX.256.66.0F.W0 72 /2 ib    | FV   | AVX512F AVX512VL
vpsrld xmm{k}{z}, xmm/m128/m32bcst, imm8                | VMI  | EVEX.128.66.0F.W0 72 /2 ib    | FV   | AVX512F AVX512VL
vpsrad zmm{k}{z}, zmm, xmm/m128                         | RVM  | EVEX.512.66.0F.W0 E2 /r       | M128 | AVX512F
vpsrad ymm{k}{z}, ymm, xmm/m128                         | RVM  | EVEX.256.66.0F.W0 E2 /r       | M128 | AVX512F AVX512VL
vpsrad xmm{k}{z}, xmm, xmm/m128                         | RVM  | EVEX.128.66.0F.W0 E2 /r       | M128 | AVX512F AVX512VL
vpsrad zmm{k}{z}, zmm/m512/m32bcst, imm8                | VMI  | EVEX.512.66.0F.W0 72 /4 ib    | FV   | AVX512F
vpsrad ymm{k}{z}, ymm/m256/m32bcst, imm8                | VMI  | EVEX.256.66.0F.W0 72 /4 ib    | FV   | AVX512F AVX512VL
vpsrad xmm{k}{z}, xmm/m128/m32bcst, imm8                | VMI  | EVEX.128.66.0F.W0 72 /4 ib    | FV   | AVX512F AVX512VL
vpslld zmm{k}{z}, zmm, xmm/m128                         | RVM  | EVEX.512.66.0F.W0 F2 /r       | M128 | AVX512F
vpslld ymm{k}{z}, ymm, xmm/m128                         | RVM  | EVEX.256.66.0F.W0 F2 /r       | M128 | AVX512F AVX512VL
vpslld xmm{k}{z}, xmm, xmm/m128                         | RVM  | EVEX.128.66.0F.W0 F2 /r       | M128 | AVX512F AVX512VL
vpslld zmm{k}{z}, zmm/m512/m32bcst, imm8                | VMI  | EVEX.512.66.0F.W0 72 /6 ib    | FV   | AVX512F
vpslld ymm{k}{z}, ymm/m256/m32bcst, imm8                | VMI  | EVEX.256.66.0F.W0 72 /6 ib    | FV   | AVX512F AVX512VL
vpslld xmm{k}{z}, xmm/m128/m32bcst, imm8                | VMI  | EVEX.128.66.0F.W0 72 /6 ib    | FV   | AVX512F AVX512VL
vpsrlq zmm{k}{z}, zmm, xmm/m128                         | RVM  | EVEX.512.66.0F.W1 D3 /r       | M128 | AVX512F
vpsrlq ymm{k}{z}, ymm, xmm/m128                         | RVM  | EVEX.256.66.0F.W1 D3 /r       | M128 | AVX512F AVX512VL
vpsrlq xmm{k}{z}, xmm, xmm/m128                         | RVM  | EVEX.128.66.0F.W1 D3 /r       | M128 | AVX512F AVX512VL
vpsrlq zmm{k}{z}, zmm/m512/m64bcst, imm8                | VMI  | EVEX.512.66.0F.W1 73 /2 ib    | FV   | AVX512F
vpsrlq ymm{k}{z}, ymm/m256/m64bcst, imm8                | VMI  | EVEX.256.66.0F.W1 73 /2 ib    | FV   | AVX512F AVX512VL
vpsrlq xmm{k}{z}, xmm/m128/m64bcst, imm8                | VMI  | EVEX.128.66.0F.W1 73 /2 ib    | FV   | AVX512F AVX512VL
vpsllq zmm{k}{z}, zmm, xmm/m128                         | RVM  | EVEX.512.66.0F.W1 F3 /r       | M128 | AVX512F
vpsllq ymm{k}{z}, ymm, xmm/m128                         | RVM  | EVEX.256.66.0F.W1 F3 /r       | M128 | AVX512F AVX512VL
vpsllq xmm{k}{z}, xmm, xmm/m128                         | RVM  | EVEX.128.66.0F.W1 F3 /r       | M128 | AVX512F AVX512VL
vpsllq zmm{k}{z}, zmm/m512/m64bcst, imm8                | VMI  | EVEX.512.66.0F.W1 73 /6 ib    | FV   | AVX512F
vpsllq ymm{k}{z}, ymm/m256/m64bcst, imm8                | VMI  | EVEX.256.66.0F.W1 73 /6 ib    | FV   | AVX512F AVX512VL
vpsllq xmm{k}{z}, xmm/m128/m64bcst, imm8                | VMI  | EVEX.128.66.0F.W1 73 /6 ib    | FV   | AVX512F AVX512VL
vpsraq zmm{k}{z}, zmm, xmm/m128                         | RVM  | EVEX.512.66.0F.W1 E2 /r       | M128 | AVX512F
vpsraq ymm{k}{z}, ymm, xmm/m128                         | RVM  | EVEX.256.66.0F.W1 E2 /r       | M128 | AVX512F AVX512VL
vpsraq xmm{k}{z}, xmm, xmm/m128                         | RVM  | EVEX.128.66.0F.W1 E2 /r       | M128 | AVX512F AVX512VL
vpsraq zmm{k}{z}, zmm/m512/m64bcst, imm8                | VMI  | EVEX.512.66.0F.W1 72 /4 ib    | FV   | AVX512F
vpsraq ymm{k}{z}, ymm/m256/m64bcst, imm8                | VMI  | EVEX.256.66.0F.W1 72 /4 ib    | FV   | AVX512F AVX512VL
vpsraq xmm{k}{z}, xmm/m128/m64bcst, imm8                | VMI  | EVEX.128.66.0F.W1 72 /4 ib    | FV   | AVX512F AVX512VL
vpsrldq zmm, zmm/m512, imm8                             | VMI  | EVEX.512.66.0F.WIG 73 /3 ib   | FVM  | AVX512BW
vpsrldq ymm, ymm/m256, imm8                             | VMI  | EVEX.256.66.0F.WIG 73 /3 ib   | FVM  | AVX512BW AVX512VL
vpsrldq xmm, xmm/m128, imm8                             | VMI  | EVEX.128.66.0F.WIG 73 /3 ib   | FVM  | AVX512BW AVX512VL
vpslldq zmm, zmm/m512, imm8                             | VMI  | EVEX.512.66.0F.WIG 73 /7 ib   | FVM  | AVX512BW
vpslldq ymm, ymm/m256, imm8                             | VMI  | EVEX.256.66.0F.WIG 73 /7 ib   | FVM  | AVX512BW AVX512VL
vpslldq xmm, xmm/m128, imm8                             | VMI  | EVEX.128.66.0F.WIG 73 /7 ib   | FVM  | AVX512BW AVX512VL
vpsrlvd zmm{k}{z}, zmm, zmm/m512/m32bcst                | RVM  | EVEX.512.66.0F38.W0 45 /r     | FV   | AVX512F
vpsrlvd ymm{k}{z}, ymm, ymm/m256/m32bcst                | RVM  | EVEX.256.66.0F38.W0 45 /r     | FV   | AVX512F AVX512VL
vpsrlvd xmm{k}{z}, xmm, xmm/m128/m32bcst                | RVM  | EVEX.128.66.0F38.W0 45 /r     | FV   | AVX512F AVX512VL
vpsrlvq zmm{k}{z}, zmm, zmm/m512/m64bcst                | RVM  | EVEX.512.66.0F38.W1 45 /r     | FV   | AVX512F
vpsrlvq ymm{k}{z}, ymm, ymm/m256/m64bcst                | RVM  | EVEX.256.66.0F38.W1 45 /r     | FV   | AVX512F AVX512VL
vpsrlvq xmm{k}{z}, xmm, xmm/m128/m64bcst                | RVM  | EVEX.128.66.0F38.W1 45 /r     | FV   | AVX512F AVX512VL
vpsravd zmm{k}{z}, zmm, zmm/m512/m32bcst                | RVM  | EVEX.512.66.0F38.W0 46 /r     | FV   | AVX512F
vpsravd ymm{k}{z}, ymm, ymm/m256/m32bcst                | RVM  | EVEX.256.66.0F38.W0 46 /r     | FV   | AVX512F AVX512VL
vpsravd xmm{k}{z}, xmm, xmm/m128/m32bcst                | RVM  | EVEX.128.66.0F38.W0 46 /r     | FV   | AVX512F AVX512VL
vpsravq zmm{k}{z}, zmm, zmm/m512/m64bcst                | RVM  | EVEX.512.66.0F38.W1 46 /r     | FV   | AVX512F
vpsravq ymm{k}{z}, ymm, ymm/m256/m64bcst                | RVM  | EVEX.256.66.0F38.W1 46 /r     | FV   | AVX512F AVX512VL
vpsravq xmm{k}{z}, xmm, xmm/m128/m64bcst                | RVM  | EVEX.128.66.0F38.W1 46 /r     | FV   | AVX512F AVX512VL
vpsllvd zmm{k}{z}, zmm, zmm/m512/m32bcst                | RVM  | EVEX.512.66.0F38.W0 47 /r     | FV   | AVX512F
vpsllvd ymm{k}{z}, ymm, ymm/m256/m32bcst                | RVM  | EVEX.256.66.0F38.W0 47 /r     | FV   | AVX512F AVX512VL
vpsllvd xmm{k}{z}, xmm, xmm/m128/m32bcst                | RVM  | EVEX.128.66.0F38.W0 47 /r     | FV   | AVX512F AVX512VL
vpsllvq zmm{k}{z}, zmm, zmm/m512/m64bcst                | RVM  | EVEX.512.66.0F38.W1 47 /r     | FV   | AVX512F
vpsllvq ymm{k}{z}, ymm, ymm/m256/m64bcst                | RVM  | EVEX.256.66.0F38.W1 47 /r     | FV   | AVX512F AVX512VL
vpsllvq xmm{k}{z}, xmm, xmm/m128/m64bcst                | RVM  | EVEX.128.66.0F38.W1 47 /r     | FV   | AVX512F AVX512VL
vpsrlvw zmm{k}{z}, zmm, zmm/m512                        | RVM  | EVEX.512.66.0F38.W1 10 /r     | FVM  | AVX512BW
vpsrlvw ymm{k}{z}, ymm, ymm/m256                        | RVM  | EVEX.256.66.0F38.W1 10 /r     | FVM  | AVX512BW AVX512VL
vpsrlvw xmm{k}{z}, xmm, xmm/m128                        | RVM  | EVEX.128.66.0F38.W1 10 /r     | FVM  | AVX512BW AVX512VL
vpsravw zmm{k}{z}, zmm, zmm/m512                        | RVM  | EVEX.512.66.0F38.W1 11 /r     | FVM  | AVX512BW
vpsravw ymm{k}{z}, ymm, ymm/m256                        | RVM  | EVEX.256.66.0F38.W1 11 /r     | FVM  | AVX512BW AVX512VL
vpsravw xmm{k}{z}, xmm, xmm/m128                        | RVM  | EVEX.128.66.0F38.W1 11 /r     | FVM  | AVX512BW AVX512VL
vpsllvw zmm{k}{z}, zmm, zmm/m512                        | RVM  | EVEX.512.66.0F38.W1 12 /r     | FVM  | AVX512BW
vpsllvw ymm{k}{z}, ymm, ymm/m256                        | RVM  | EVEX.256.66.0F38.W1 12 /r     | FVM  | AVX512BW AVX512VL
vpsllvw xmm{k}{z}, xmm, xmm/m128                        | RVM  | EVEX.128.66.0F38.W1 12 /r     | FVM  | AVX512BW AVX512VL
vprord zmm{k}{z}, zmm/m512/m32bcst, imm8                | VMI  | EVEX.512.66.0F.W0 72 /0 ib    | FV   | AVX512F
vprord ymm{k}{z}, ymm/m256/m32bcst, imm8                | VMI  | EVEX.256.66.0F.W0 72 /0 ib    | FV   | AVX512F AVX512VL
vprord xmm{k}{z}, xmm/m128/m32bcst, imm8                | VMI  | EVEX.128.66.0F.W0 72 /0 ib    | FV   | AVX512F AVX512VL
vprorq zmm{k}{z}, zmm/m512/m64bcst, imm8                | VMI  | EVEX.512.66.0F.W1 72 /0 ib    | FV   | AVX512F
vprorq ymm{k}{z}, ymm/m256/m64bcst, imm8                | VMI  | EVEX.256.66.0F.W1 72 /0 ib    | FV   | AVX512F AVX512VL
vprorq xmm{k}{z}, xmm/m128/m64bcst, imm8                | VMI  | EVEX.128.66.0F.W1 72 /0 ib    | FV   | AVX512F AVX512VL
vprold zmm{k}{z}, zmm/m512/m32bcst, imm8                | VMI  | EVEX.512.66.0F.W0 72 /1 ib    | FV   | AVX512F
vprold ymm{k}{z}, ymm/m256/m32bcst, imm8                | VMI  | EVEX.256.66.0F.W0 72 /1 ib    | FV   | AVX512F AVX512VL
vprold xmm{k}{z}, xmm/m128/m32bcst, imm8                | VMI  | EVEX.128.66.0F.W0 72 /1 ib    | FV   | AVX512F AVX512VL
vprolq zmm{k}{z}, zmm/m512/m64bcst, imm8                | VMI  | EVEX.512.66.0F.W1 72 /1 ib    | FV   | AVX512F
vprolq ymm{k}{z}, ymm/m256/m64bcst, imm8                | VMI  | EVEX.256.66.0F.W1 72 /1 ib    | FV   | AVX512F AVX512VL
vprolq xmm{k}{z}, xmm/m128/m64bcst, imm8                | VMI  | EVEX.128.66.0F.W1 72 /1 ib    | FV   | AVX512F AVX512VL
vprorvd zmm{k}{z}, zmm, zmm/m512/m32bcst                | RVM  | EVEX.512.66.0F38.W0 14 /r     | FV   | AVX512F
vprorvd ymm{k}{z}, ymm, ymm/m256/m32bcst                | RVM  | EVEX.256.66.0F38.W0 14 /r     | FV   | AVX512F AVX512VL
vprorvd xmm{k}{z}, xmm, xmm/m128/m32bcst                | RVM  | EVEX.128.66.0F38.W0 14 /r     | FV   | AVX512F AVX512VL
vprorvq zmm{k}{z}, zmm, zmm/m512/m64bcst                | RVM  | EVEX.512.66.0F38.W1 14 /r     | FV   | AVX512F
vprorvq ymm{k}{z}, ymm, ymm/m256/m64bcst                | RVM  | EVEX.256.66.0F38.W1 14 /r     | FV   | AVX512F AVX512VL
vprorvq xmm{k}{z}, xmm, xmm/m128/m64bcst                | RVM  | EVEX.128.66.0F38.W1 14 /r     | FV   | AVX512F AVX512VL
vprolvd zmm{k}{z}, zmm, zmm/m512/m32bcst                | RVM  | EVEX.512.66.0F38.W0 15 /r     | FV   | AVX512F
vprolvd ymm{k}{z}, ymm, ymm/m256/m32bcst                | RVM  | EVEX.256.66.0F38.W0 15 /r     | FV   | AVX512F AVX512VL
vprolvd xmm{k}{z}, xmm, xmm/m128/m32bcst                | RVM  | EVEX.128.66.0F38.W0 15 /r     | FV   | AVX512F AVX512VL
vprolvq zmm{k}{z}, zmm, zmm/m512/m64bcst                | RVM  | EVEX.512.66.0F38.W1 15 /r     | FV   | AVX512F
vprolvq ymm{k}{z}, ymm, ymm/m256/m64bcst                | RVM  | EVEX.256.66.0F38.W1 15 /r     | FV   | AVX512F AVX512VL
vprolvq xmm{k}{z}, xmm, xmm/m128/m64bcst                | RVM  | EVEX.128.66.0F38.W1 15 /r     | FV   | AVX512F AVX512VL

# ---- sign/zero-extending moves -------------------------------------------------------
vpmovsxbw zmm{k}{z}, ymm/m256                           | RM   | EVEX.512.66.0F38.WIG 20 /r    | HVM  | AVX512BW
vpmovsxbw ymm{k}{z}, xmm/m128                           | RM   | EVEX.256.66.0F38.WIG 20 /r    | HVM  | AVX512BW AVX512VL
vpmovsxbw xmm{k}{z}, xmm/m64                            | RM   | EVEX.128.66.0F38.WIG 20 /r    | HVM  | AVX512BW AVX512VL
vpmovsxbd zmm{k}{z}, xmm/m128                           | RM   | EVEX.512.66.0F38.WIG 21 /r    | QVM  | AVX512F
vpmovsxbd ymm{k}{z}, xmm/m64                            | RM   | EVEX.256.66.0F38.WIG 21 /r    | QVM  | AVX512F AVX512VL
vpmovsxbd xmm{k}{z}, xmm/m32                            | RM   | EVEX.128.66.0F38.WIG 21 /r    | QVM  | AVX512F AVX512VL
vpmovsxbq zmm{k}{z}, xmm/m64                            | RM   | EVEX.512.66.0F38.WIG 22 /r    | OVM  | AVX512F
vpmovsxbq ymm{k}{z}, xmm/m32                            | RM   | EVEX.256.66.0F38.WIG 22 /r    | OVM  | AVX512F AVX512VL
vpmovsxbq xmm{k}{z}, xmm/m16                            | RM   | EVEX.128.66.0F38.WIG 22 /r    | OVM  | AVX512F AVX512VL
vpmovsxwd zmm{k}{z}, ymm/m256                           | RM   | EVEX.512.66.0F38.WIG 23 /r    | HVM  | AVX512F
vpmovsxwd ymm{k}{z}, xmm/m128                           | RM   | EVEX.256.66.0F38.WIG 23 /r    | HVM  | AVX512F AVX512VL
vpmovsxwd xmm{k}{z}, xmm/m64                            | RM   | EVEX.128.66.0F38.WIG 23 /r    | HVM  | AVX512F AVX512VL
vpmovsxwq zmm{k}{z}, xmm/m128                           | RM   | EVEX.512.66.0F38.WIG 24 /r    | QVM  | AVX512F
vpmovsxwq ymm{k}{z}, xmm/m64                            | RM   | EVEX.256.66.0F38.WIG 24 /r    | QVM  | AVX512F AVX512VL
vpmovsxwq xmm{k}{z}, xmm/m32                            | RM   | EVEX.128.66.0F38.WIG 24 /r    | QVM  | AVX512F AVX512VL
vpmovsxdq zmm{k}{z}, ymm/m256                           | RM   | EVEX.512.66.0F38.W0 25 /r     | HVM  | AVX512F
vpmovsxdq ymm{k}{z}, xmm/m128                           | RM   | EVEX.256.66.0F38.W0 25 /r     | HVM  | AVX512F AVX512VL
vpmovsxdq xmm{k}{z}, xmm/m64                            | RM   | EVEX.128.66.0F38.W0 25 /r     | HVM  | AVX512F AVX512VL
vpmovzxbw zmm{k}{z}, ymm/m256                           | RM   | EVEX.512.66.0F38.WIG 30 /r    | HVM  | AVX512BW
vpmovzxbw ymm{k}{z}, xmm/m128                           | RM   | EVEX.256.66.0F38.WIG 30 /r    | HVM  | AVX512BW AVX512VL
vpmovzxbw xmm{k}{z}, xmm/m64                            | RM   | EVEX.128.66.0F38.WIG 30 /r    | HVM  | AVX512BW AVX512VL
vpmovzxbd zmm{k}{z}, xmm/m128                           | RM   | EVEX.512.66.0F38.WIG 31 /r    | QVM  | AVX512F
vpmovzxbd ymm{k}{z}, xmm/m64                            | RM   | EVEX.256.66.0F38.WIG 31 /r    | QVM  | AVX512F AVX512VL
vpmovzxbd xmm{k}{z}, xmm/m32                            | RM   | EVEX.128.66.0F38.WIG 31 /r    | QVM  | AVX512F AVX512VL
vpmovzxbq zmm{k}{z}, xmm/m64                            | RM   | EVEX.512.66.0F38.WIG 32 /r    | OVM  | AVX512F
vpmovzxbq ymm{k}{z}, xmm/m32                            | RM   | EVEX.256.66.0F38.WIG 32 /r    | OVM  | AVX512F AVX512VL
vpmovzxbq xmm{k}{z}, xmm/m16                            | RM   | EVEX.128.66.0F38.WIG 32 /r    | OVM  | AVX512F AVX512VL
vpmovzxwd zmm{k}{z}, ymm/m256                           | RM   | EVEX.512.66.0F38.WIG 33 /r    | HVM  | AVX512F
vpmovzxwd ymm{k}{z}, xmm/m128                           | RM   | EVEX.256.66.0F38.WIG 33 /r    | HVM  | AVX512F AVX512VL
vpmovzxwd xmm{k}{z}, xmm/m64                            | RM   | EVEX.128.66.0F38.WIG 33 /r    | HVM  | AVX512F AVX512VL
vpmovzxwq zmm{k}{z}, xmm/m128                           | RM   | EVEX.512.66.0F38.WIG 34 /r    | QVM  | AVX512F
vpmovzxwq ymm{k}{z}, xmm/m64                            | RM   | EVEX.256.66.0F38.WIG 34 /r    | QVM  | AVX512F AVX512VL
vpmovzxwq xmm{k}{z}, xmm/m32                            | RM   | EVEX.128.66.0F38.WIG 34 /r    | QVM  | AVX512F AVX512VL
vpmovzxdq zmm{k}{z}, ymm/m256                           | RM   | EVEX.512.66.0F38.W0 35 /r     | HVM  | AVX512F
vpmovzxdq ymm{k}{z}, xmm/m128                           | RM   | EVEX.256.66.0F38.W0 35 /r     | HVM  | AVX512F AVX512VL
vpmovzxdq xmm{k}{z}, xmm/m64                            | RM   | EVEX.128.66.0F38.W0 35 /r     | HVM  | AVX512F AVX512VL
vpmovqb xmm/m64{k}{z}, zmm                              | MR   | EVEX.512.F3.0F38.W0 32 /r     | OVM  | AVX512F
vpmovqb xmm/m32{k}{z}, ymm                              | MR   | EVEX.256.F3.0F38.W0 32 /r     | OVM  | AVX512F AVX512VL
vpmovqb xmm/m16{k}{z}, xmm                              | MR   | EVEX.128.F3.0F38.W0 32 /r     | OVM  | AVX512F AVX512VL
vpmovsqb xmm/m64{k}{z}, zmm                             | MR   | EVEX.512.F3.0F38.W0 22 /r     | OVM  | AVX512F
vpmovsqb xmm/m32{k}{z}, ymm                             | MR   | EVEX.256.F3.0F38.W0 22 /r     | OVM  | AVX512F AVX512VL
vpmovsqb xmm/m16{k}{z}, xmm                             | MR   | EVEX.128.F3.0F38.W0 22 /r     | OVM  | AVX512F AVX512VL
vpmovusqb xmm/m64{k}{z}, zmm                            | MR   | EVEX.512.F3.0F38.W0 12 /r     | OVM  | AVX512F
vpmovusqb xmm/m32{k}{z}, ymm                            | MR   | EVEX.256.F3.0F38.W0 12 /r     | OVM  | AVX512F AVX512VL
vpmovusqb xmm/m16{k}{z}, xmm                            | MR   | EVEX.128.F3.0F38.W0 12 /r     | OVM  | AVX512F AVX512VL
vpmovqw xmm/m128{k}{z}, zmm                             | MR   | EVEX.512.F3.0F38.W0 34 /r     | QVM  | AVX512F
vpmovqw xmm/m64{k}{z}, ymm                              | MR   | EVEX.256.F3.0F38.W0 34 /r     | QVM  | AVX512F AVX512VL
vpmovqw xmm/m32{k}{z}, xmm                              | MR   | EVEX.128.F3.0F38.W0 34 /r     | QVM  | AVX512F AVX512VL
vpmovsqw xmm/m128{k}{z}, zmm                            | MR   | EVEX.512.F3.0F38.W0 24 /r     | QVM  | AVX512F
vpmovsqw xmm/m64{k}{z}, ymm                             | MR   | EVEX.256.F3.0F38.W0 24 /r     | QVM  | AVX512F AVX512VL
vpmovsqw xmm/m32{k}{z}, xmm                             | MR   | EVEX.128.F3.0F38.W0 24 /r     | QVM  | AVX512F AVX512VL
vpmovusqw xmm/m128{k}{z}, zmm                           | MR   | EVEX.512.F3.0F38.W0 14 /r     | QVM  | AVX512F
vpmovusqw xmm/m64{k}{z}, ymm                            | MR   | EVEX.256.F3.0F38.W0 14 /r     | QVM  | AVX512F AVX512VL
vpmovusqw xmm/m32{k}{z}, xmm                            | MR   | EVEX.128.F3.0F38.W0 14 /r     | QVM  | AVX512F AVX512VL
vpmovqd ymm/m256{k}{z}, zmm                             | MR   | EVEX.512.F3.0F38.W0 35 /r     | HVM  | AVX512F
vpmovqd xmm/m128{k}{z}, ymm                             | MR   | EVEX.256.F3.0F38.W0 35 /r     | HVM  | AVX512F AVX512VL
vpmovqd xmm/m64{k}{z}, xmm                              | MR   | EVEX.128.F3.0F38.W0 35 /r     | HVM  | AVX512F AVX512VL
vpmovsqd ymm/m256{k}{z}, zmm                            | MR   | EVEX.512.F3.0F38.W0 25 /r     | HVM  | AVX512F
vpmovsqd xmm/m128{k}{z}, ymm                            | MR   | EVEX.256.F3.0F38.W0 25 /r     | HVM  | AVX512F AVX512VL
vpmovsqd xmm/m64{k}{z}, xmm                             | MR   | EVEX.128.F3.0F38.W0 25 /r     | HVM  | AVX512F AVX512VL
vpmovusqd ymm/m256{k}{z}, zmm                           | MR   | EVEX.512.F3.0F38.W0 15 /r     | HVM  | AVX512F
vpmovusqd xmm/m128{k}{z}, ymm                           | MR   | EVEX.256.F3.0F38.W0 15 /r     | HVM  | AVX512F AVX512VL
vpmovusqd xmm/m64{k}{z}, xmm                            | MR   | EVEX.128.F3.0F38.W0 15 /r     | HVM  | AVX512F AVX512VL
vpmovdb xmm/m128{k}{z}, zmm                             | MR   | EVEX.512.F3.0F38.W0 31 /r     | QVM  | AVX512F
vpmovdb xmm/m64{k}{z}, ymm                              | MR   | EVEX.256.F3.0F38.W0 31 /r     | QVM  | AVX512F AVX512VL
vpmovdb xmm/m32{k}{z}, xmm                              | MR   | EVEX.128.F3.0F38.W0 31 /r     | QVM  | AVX512F AVX512VL
vpmovsdb xmm/m128{k}{z}, zmm                            | MR   | EVEX.512.F3.0F38.W0 21 /r     | QVM  | AVX512F
vpmovsdb xmm/m64{k}{z}, ymm                             | MR   | EVEX.256.F3.0F38.W0 21 /r     | QVM  | AVX512F AVX512VL
vpmovsdb xmm/m32{k}{z}, xmm                             | MR   | EVEX.128.F3.0F38.W0 21 /r     | QVM  | AVX512F AVX512VL
vpmovusdb xmm/m128{k}{z}, zmm                           | MR   | EVEX.512.F3.0F38.W0 11 /r     | QVM  | AVX512F
vpmovusdb xmm/m64{k}{z}, ymm                            | MR   | EVEX.256.F3.0F38.W0 11 /r     | QVM  | AVX512F AVX512VL
vpmovusdb xmm/m32{k}{z}, xmm                            | MR   | EVEX.128.F3.0F38.W0 11 /r     | QVM  | AVX512F AVX512VL
vpmovdw ymm/m256{k}{z}, zmm                             | MR   | EVEX.512.F3.0F38.W0 33 /r     | HVM  | AVX512F
vpmovdw xmm/m128{k}{z}, ymm                             | MR   | EVEX.256.F3.0F38.W0 33 /r     | HVM  | AVX512F AVX512VL
vpmovdw xmm/m64{k}{z}, xmm                              | MR   | EVEX.128.F3.0F38.W0 33 /r     | HVM  | AVX512F AVX512VL
vpmovsdw ymm/m256{k}{z}, zmm                            | MR   | EVEX.512.F3.0F38.W0 23 /r     | HVM  | AVX512F
vpmovsdw xmm/m128{k}{z}, ymm                            | MR   | EVEX.256.F3.0F38.W0 23 /r     | HVM  | AVX512F AVX512VL
vpmovsdw xmm/m64{k}{z}, xmm                             | MR   | EVEX.128.F3.0F38.W0 23 /r     | HVM  | AVX512F AVX512VL
vpmovusdw ymm/m256{k}{z}, zmm                           | MR   | EVEX.512.F3.0F38.W0 13 /r     | HVM  | AVX512F
vpmovusdw xmm/m128{k}{z}, ymm                           | MR   | EVEX.256.F3.0F38.W0 13 /r     | HVM  | AVX512F AVX512VL
vpmovusdw xmm/m64{k}{z}, xmm                            | MR   | EVEX.128.F3.0F38.W0 13 /r     | HVM  | AVX512F AVX512VL
vpmovwb ymm/m256{k}{z}, zmm                             | MR   | EVEX.512.F3.0F38.W0 30 /r     | HVM  | AVX512BW
vpmovwb xmm/m128{k}{z}, ymm                             | MR   | EVEX.256.F3.0F38.W0 30 /r     | HVM  | AVX512BW AVX512VL
vpmovwb xmm/m64{k}{z}, xmm                              | MR   | EVEX.128.F3.0F38.W0 30 /r     | HVM  | AVX512BW AVX512VL
vpmovswb ymm/m256{k}{z}, zmm                            | MR   | EVEX.512.F3.0F38.W0 20 /r     | HVM  | AVX512BW
vpmovswb xmm/m128{k}{z}, ymm                            | MR   | EVEX.256.F3.0F38.W0 20 /r     | HVM  | AVX512BW AVX512VL
vpmovswb xmm/m64{k}{z}, xmm                             | MR   | EVEX.128.F3.0F38.W0 20 /r     | HVM  | AVX512BW AVX512VL
vpmovuswb ymm/m256{k}{z}, zmm                           | MR   | EVEX.512.F3.0F38.W0 10 /r     | HVM  | AVX512BW
vpmovuswb xmm/m128{k}{z}, ymm                           | MR   | EVEX.256.F3.0F38.W0 10 /r     | HVM  | AVX512BW AVX512VL
vpmovuswb xmm/m64{k}{z}, xmm                            | MR   | EVEX.128.F3.0F38.W0 10 /r     | HVM  | AVX512BW AVX512VL

# ---- insert / extract ----------------------------------------------------------------
vpinsrb xmm, xmm, r32/m8, imm8                          | RVMI | EVEX.128.66.0F3A.WIG 20 /r ib | T1S  | AVX512BW
vpinsrw xmm, xmm, r32/m16, imm8                         | RVMI | EVEX.128.66.0F.WIG C4 /r ib   | T1S  | AVX512BW
vpinsrd xmm, xmm, r/m32, imm8                           | RVMI | EVEX.128.66.0F3A.W0 22 /r ib  | T1S  | AVX512DQ
vpinsrq xmm, xmm, r/m64, imm8                           | RVMI | EVEX.128.66.0F3A.W1 22 /r ib  | T1S  | AVX512DQ
vpextrb r32/r64/m8, xmm, imm8                           | MRI  | EVEX.128.66.0F3A.WIG 14 /r ib | T1S  | AVX512BW
vpextrw r32/r64, xmm, imm8                              | RMI  | EVEX.128.66.0F.WIG C5 /r ib   |      | AVX512BW
vpextrw m16, xmm, imm8                                  | MRI  | EVEX.128.66.0F3A.WIG 15 /r ib | T1S  | AVX512BW
vpextrd r/m32, xmm, imm8                                | MRI  | EVEX.128.66.0F3A.W0 16 /r ib  | T1S  | AVX512DQ
vpextrq r/m64, xmm, imm8                                | MRI  | EVEX.128.66.0F3A.W1 16 /r ib  | T1S  | AVX512DQ
vinsertps xmm, xmm, xmm/m32, imm8                       | RVMI | EVEX.128.66.0F3A.W0 21 /r ib  | T1S  | AVX512F
vextractps r/m32, xmm, imm8                             | MRI  | EVEX.128.66.0F3A.WIG 17 /r ib | T1S  | AVX512F

# ---- broadcasts ----------------------------------------------------------------------
vbroadcastss zmm{k}{z}, xmm/m32                         | RM   | EVEX.512.66.0F38.W0 18 /r     | T1S  | AVX512F
vbroadcastss ymm{k}{z}, xmm/m32                         | RM   | EVEX.256.66.0F38.W0 18 /r     | T1S  | AVX512F AVX512VL
vbroadcastss xmm{k}{z}, xmm/m32                         | RM   | EVEX.128.66.0F38.W0 18 /r     | T1S  | AVX512F AVX512VL
vbroadcastsd zmm{k}{z}, xmm/m64                         | RM   | EVEX.512.66.0F38.W1 19 /r     | T1S  | AVX512F
vbroadcastsd ymm{k}{z}, xmm/m64                         | RM   | EVEX.256.66.0F38.W1 19 /r     | T1S  | AVX512F AVX512VL
vpbroadcastb zmm{k}{z}, xmm/m8                          | RM   | EVEX.512.66.0F38.W0 78 /r     | T1S  | AVX512BW
vpbroadcastb ymm{k}{z}, xmm/m8                          | RM   | EVEX.256.66.0F38.W0 78 /r     | T1S  | AVX512BW AVX512VL
vpbroadcastb xmm{k}{z}, xmm/m8                          | RM   | EVEX.128.66.0F38.W0 78 /r     | T1S  | AVX512BW AVX512VL
vpbroadcastw zmm{k}{z}, xmm/m16                         | RM   | EVEX.512.66.0F38.W0 79 /r     | T1S  | AVX512BW
vpbroadcastw ymm{k}{z}, xmm/m16                         | RM   | EVEX.256.66.0F38.W0 79 /r     | T1S  | AVX512BW AVX512VL
vpbroadcastw xmm{k}{z}, xmm/m16                         | RM   | EVEX.128.66.0F38.W0 79 /r     | T1S  | AVX512BW AVX512VL
vpbroadcastd zmm{k}{z}, xmm/m32                         | RM   | EVEX.512.66.0F38.W0 58 /r     | T1S  | AVX512F
vpbroadcastd ymm{k}{z}, xmm/m32                         | RM   | EVEX.256.66.0F38.W0 58 /r     | T1S  | AVX512F AVX512VL
vpbroadcastd xmm{k}{z}, xmm/m32                         | RM   | EVEX.128.66.0F38.W0 58 /r     | T1S  | AVX512F AVX512VL
vpbroadcastq zmm{k}{z}, xmm/m64                         | RM   | EVEX.512.66.0F38.W1 59 /r     | T1S  | AVX512F
vpbroadcastq ymm{k}{z}, xmm/m64                         | RM   | EVEX.256.66.0F38.W1 59 /r     | T1S  | AVX512F AVX512VL
vpbroadcastq xmm{k}{z}, xmm/m64                         | RM   | EVEX.128.66.0F38.W1 59 /r     | T1S  | AVX512F AVX512VL
vpbroadcastb zmm{k}{z}, r32                             | RM   | EVEX.512.66.0F38.W0 7A /r     |      | AVX512BW
vpbroadcastb ymm{k}{z}, r32                             | RM   | EVEX.256.66.0F38.W0 7A /r     |      | AVX512BW AVX512VL
vpbroadcastb xmm{k}{z}, r32                             | RM   | EVEX.128.66.0F38.W0 7A /r     |      | AVX512BW AVX512VL
vpbroadcastw zmm{k}{z}, r32                             | RM   | EVEX.512.66.0F38.W0 7B /r     |      | AVX512BW
vpbroadcastw ymm{k}{z}, r32                             | RM   | EVEX.256.66.0F38.W0 7B /r     |      | AVX512BW AVX512VL
vpbroadcastw xmm{k}{z}, r32                             | RM   | EVEX.128.66.0F38.W0 7B /r     |      | AVX512BW AVX512VL
vpbroadcastd zmm{k}{z}, r32                             | RM   | EVEX.512.66.0F38.W0 7C /r     |      | AVX512F
vpbroadcastd ymm{k}{z}, r32                             | RM   | EVEX.256.66.0F38.W0 7C /r     |      | AVX512F AVX512VL
vpbroadcastd xmm{k}{z}, r32                             | RM   | EVEX.128.66.0F38.W0 7C /r     |      | AVX512F AVX512VL
vpbroadcastq zmm{k}{z}, r64                             | RM   | EVEX.512.66.0F38.W1 7C /r     |      | AVX512F
vpbroadcastq ymm{k}{z}, r64                             | RM   | EVEX.256.66.0F38.W1 7C /r     |      | AVX512F AVX512VL
vpbroadcastq xmm{k}{z}, r64                             | RM   | EVEX.128.66.0F38.W1 7C /r     |      | AVX512F AVX512VL
vbroadcastf32x4 zmm{k}{z}, m128                         | RM   | EVEX.512.66.0F38.W0 1A /r     | T4   | AVX512F
vbroadcastf32x4 ymm{k}{z}, m128                         | RM   | EVEX.256.66.0F38.W0 1A /r     | T4   | AVX512F AVX512VL
vbroadcastf64x4 zmm{k}{z}, m256                         | RM   | EVEX.512.66.0F38.W1 1B /r     | T4   | AVX512F
vbroadcasti32x4 zmm{k}{z}, m128                         | RM   | EVEX.512.66.0F38.W0 5A /r     | T4   | AVX512F
vbroadcasti32x4 ymm{k}{z}, m128                         | RM   | EVEX.256.66.0F38.W0 5A /r     | T4   | AVX512F AVX512VL
vbroadcasti64x4 zmm{k}{z}, m256                         | RM   | EVEX.512.66.0F38.W1 5B /r     | T4   | AVX512F
vbroadcastf64x2 zmm{k}{z}, m128                         | RM   | EVEX.512.66.0F38.W1 1A /r     | T2   | AVX512DQ
vbroadcastf64x2 ymm{k}{z}, m128                         | RM   | EVEX.256.66.0F38.W1 1A /r     | T2   | AVX512DQ AVX512VL
vbroadcasti64x2 zmm{k}{z}, m128                         | RM   | EVEX.512.66.0F38.W1 5A /r     | T2   | AVX512DQ
vbroadcasti64x2 ymm{k}{z}, m128                         | RM   | EVEX.256.66.0F38.W1 5A /r     | T2   | AVX512DQ AVX512VL
vbroadcastf32x8 zmm{k}{z}, m256                         | RM   | EVEX.512.66.0F38.W0 1B /r     | T8   | AVX512DQ
vbroadcasti32x8 zmm{k}{z}, m256                         | RM   | EVEX.512.66.0F38.W0 5B /r     | T8   | AVX512DQ
vbroadcastf32x2 zmm{k}{z}, xmm/m64                      | RM   | EVEX.512.66.0F38.W0 19 /r     | T2   | AVX512DQ
vbroadcastf32x2 ymm{k}{z}, xmm/m64                      | RM   | EVEX.256.66.0F38.W0 19 /r     | T2   | AVX512DQ AVX512VL
vbroadcasti32x2 zmm{k}{z}, xmm/m64                      | RM   | EVEX.512.66.0F38.W0 59 /r     | T2   | AVX512DQ
vbroadcasti32x2 ymm{k}{z}, xmm/m64                      | RM   | EVEX.256.66.0F38.W0 59 /r     | T2   | AVX512DQ AVX512VL
vbroadcasti32x2 xmm{k}{z}, xmm/m64                      | RM   | EVEX.128.66.0F38.W0 59 /r     | T2   | AVX512DQ AVX512VL

# ---- permutes and shuffles -----------------------------------------------------------
vpermilps zmm{k}{z}, zmm, zmm/m512/m32bcst              | RVM  | EVEX.512.66.0F38.W0 0C /r     | FV   | AVX512F
vpermilps ymm{k}{z}, ymm, ymm/m256/m32bcst              | RVM  | EVEX.256.66.0F38.W0 0C /r     | FV   | AVX512F AVX512VL
vpermilps xmm{k}{z}, xmm, xmm/m128/m32bcst              | RVM  | EVEX.128.66.0F38.W0 0C /r     | FV   | AVX512F AVX512VL
vpermilps zmm{k}{z}, zmm/m512/m32bcst, imm8             | RMI  | EVEX.512.66.0F3A.W0 04 /r ib  | FV   | AVX512F
vpermilps ymm{k}{z}, ymm/m256/m32bcst, imm8             | RMI  | EVEX.256.66.0F3A.W0 04 /r ib  | FV   | AVX512F AVX512VL
vpermilps xmm{k}{z}, xmm/m128/m32bcst, imm8             | RMI  | EVEX.128.66.0F3A.W0 04 /r ib  | FV   | AVX512F AVX512VL
vpermilpd zmm{k}{z}, zmm, zmm/m512/m64bcst              | RVM  | EVEX.512.66.0F38.W1 0D /r     | FV   | AVX512F
vpermilpd ymm{k}{z}, ymm, ymm/m256/m64bcst              | RVM  | EVEX.256.66.0F38.W1 0D /r     | FV   | AVX512F AVX512VL
vpermilpd xmm{k}{z}, xmm, xmm/m128/m64bcst              | RVM  | EVEX.128.66.0F38.W1 0D /r     | FV   | AVX512F AVX512VL
vpermilpd zmm{k}{z}, zmm/m512/m64bcst, imm8             | RMI  | EVEX.512.66.0F3A.W1 05 /r ib  | FV   | AVX512F
vpermilpd ymm{k}{z}, ymm/m256/m64bcst, imm8             | RMI  | EVEX.256.66.0F3A.W1 05 /r ib  | FV   | AVX512F AVX512VL
vpermilpd xmm{k}{z}, xmm/m128/m64bcst, imm8             | RMI  | EVEX.128.66.0F3A.W1 05 /r ib  | FV   | AVX512F AVX512VL
vpermd zmm{k}{z}, zmm, zmm/m512/m32bcst                 | RVM  | EVEX.512.66.0F38.W0 36 /r     | FV   | AVX512F
vpermd ymm{k}{z}, ymm, ymm/m256/m32bcst                 | RVM  | EVEX.256.66.0F38.W0 36 /r     | FV   | AVX512F AVX512VL
vpermps zmm{k}{z}, zmm, zmm/m512/m32bcst                | RVM  | EVEX.512.66.0F38.W0 16 /r     | FV   | AVX512F
vpermps ymm{k}{z}, ymm, ymm/m256/m32bcst                | RVM  | EVEX.256.66.0F38.W0 16 /r     | FV   | AVX512F AVX512VL
vpermq zmm{k}{z}, zmm, zmm/m512/m64bcst                 | RVM  | EVEX.512.66.0F38.W1 36 /r     | FV   | AVX512F
vpermq ymm{k}{z}, ymm, ymm/m256/m64bcst                 | RVM  | EVEX.256.66.0F38.W1 36 /r     | FV   | AVX512F AVX512VL
vpermq zmm{k}{z}, zmm/m512/m64bcst, imm8                | RMI  | EVEX.512.66.0F3A.W1 00 /r ib  | FV   | AVX512F
vpermq ymm{k}{z}, ymm/m256/m64bcst, imm8                | RMI  | EVEX.256.66.0F3A.W1 00 /r ib  | FV   | AVX512F AVX512VL
vpermpd zmm{k}{z}, zmm, zmm/m512/m64bcst                | RVM  | EVEX.512.66.0F38.W1 16 /r     | FV   | AVX512F
vpermpd ymm{k}{z}, ymm, ymm/m256/m64bcst                | RVM  | EVEX.256.66.0F38.W1 16 /r     | FV   | AVX512F AVX512VL
vpermpd zmm{k}{z}, zmm/m512/m64bcst, imm8               | RMI  | EVEX.512.66.0F3A.W1 01 /r ib  | FV   | AVX512F
vpermpd ymm{k}{z}, ymm/m256/m64bcst, imm8               | RMI  | EVEX.256.66.0F3A.W1 01 /r ib  | FV   | AVX512F AVX512VL
vpermw zmm{k}{z}, zmm, zmm/m512                         | RVM  | EVEX.512.66.0F38.W1 8D /r     | FVM  | AVX512BW
vpermw ymm{k}{z}, ymm, ymm/m256                         | RVM  | EVEX.256.66.0F38.W1 8D /r     | FVM  | AVX512BW AVX512VL
vpermw xmm{k}{z}, xmm, xmm/m128                         | RVM  | EVEX.128.66.0F38.W1 8D /r     | FVM  | AVX512BW AVX512VL
vpermi2d zmm{k}{z}, zmm, zmm/m512/m32bcst               | RVM  | EVEX.512.66.0F38.W0 76 /r     | FV   | AVX512F
vpermi2d ymm{k}{z}, ymm, ymm/m256/m32bcst               | RVM  | EVEX.256.66.0F38.W0 76 /r     | FV   | AVX512F AVX512VL
vpermi2d xmm{k}{z}, xmm, xmm/m128/m32bcst               | RVM  | EVEX.128.66.0F38.W0 76 /r     | FV   | AVX512F AVX512VL
vpermi2q zmm{k}{z}, zmm, zmm/m512/m64bcst               | RVM  | EVEX.512.66.0F38.W1 76 /r     | FV   | AVX512F
vpermi2q ymm{k}{z}, ymm, ymm/m256/m64bcst               | RVM  | EVEX.256.66.0F38.W1 76 /r     | FV   | AVX512F AVX512VL
vpermi2q xmm{k}{z}, xmm, xmm/m128/m64bcst               | RVM  | EVEX.128.66.0F38.W1 76 /r     | FV   | AVX512F AVX512VL
vpermi2ps zmm{k}{z}, zmm, zmm/m512/m32bcst              | RVM  | EVEX.512.66.0F38.W0 77 /r     | FV   | AVX512F
vpermi2ps ymm{k}{z}, ymm, ymm/m256/m32bcst              | RVM  | EVEX.256.66.0F38.W0 77 /r     | FV   | AVX512F AVX512VL
vpermi2ps xmm{k}{z}, xmm, xmm/m128/m32bcst              | RVM  | EVEX.128.66.0F38.W0 77 /r     | FV   | AVX512F AVX512VL
vpermi2pd zmm{k}{z}, zmm, zmm/m512/m64bcst              | RVM  | EVEX.512.66.0F38.W1 77 /r     | FV   | AVX512F
vpermi2pd ymm{k}{z}, ymm, ymm/m256/m64bcst              | RVM  | EVEX.256.66.0F38.W1 77 /r     | FV   | AVX512F AVX512VL
vpermi2pd xmm{k}{z}, xmm, xmm/m128/m64bcst              | RVM  | EVEX.128.66.0F38.W1 77 /r     | FV   | AVX512F AVX512VL
vpermt2d zmm{k}{z}, zmm, zmm/m512/m32bcst               | RVM  | EVEX.512.66.0F38.W0 7E /r     | FV   | AVX512F
vpermt2d ymm{k}{z}, ymm, ymm/m256/m32bcst               | RVM  | EVEX.256.66.0F38.W0 7E /r     | FV   | AVX512F AVX512VL
vpermt2d xmm{k}{z}, xmm, xmm/m128/m32bcst               | RVM  | EVEX.128.66.0F38.W0 7E /r     | FV   | AVX512F AVX512VL
vpermt2q zmm{k}{z}, zmm, zmm/m512/m64bcst               | RVM  | EVEX.512.66.0F38.W1 7E /r     | FV   | AVX512F
vpermt2q ymm{k}{z}, ymm, ymm/m256/m64bcst               | RVM  | EVEX.256.66.0F38.W1 7E /r     | FV   | AVX512F AVX512VL
vpermt2q xmm{k}{z}, xmm, xmm/m128/m64bcst               | RVM  | EVEX.128.66.0F38.W1 7E /r     | FV   | AVX512F AVX512VL
vpermt2ps zmm{k}{z}, zmm, zmm/m512/m32bcst              | RVM  | EVEX.512.66.0F38.W0 7F /r     | FV   | AVX512F
vpermt2ps ymm{k}{z}, ymm, ymm/m256/m32bcst              | RVM  | EVEX.256.66.0F38.W0 7F /r     | FV   | AVX512F AVX512VL
vpermt2ps xmm{k}{z}, xmm, xmm/m128/m32bcst              | RVM  | EVEX.128.66.0F38.W0 7F /r     | FV   | AVX512F AVX512VL
vpermt2pd zmm{k}{z}, zmm, zmm/m512/m64bcst              | RVM  | EVEX.512.66.0F38.W1 7F /r     | FV   | AVX512F
vpermt2pd ymm{k}{z}, ymm, ymm/m256/m64bcst              | RVM  | EVEX.256.66.0F38.W1 7F /r     | FV   | AVX512F AVX512VL
vpermt2pd xmm{k}{z}, xmm, xmm/m128/m64bcst              | RVM  | EVEX.128.66.0F38.W1 7F /r     | FV   | AVX512F AVX512VL
vpermi2w zmm{k}{z}, zmm, zmm/m512                       | RVM  | EVEX.512.66.0F38.W1 75 /r     | FVM  | AVX512BW
vpermi2w ymm{k}{z}, ymm, ymm/m256                       | RVM  | EVEX.256.66.0F38.W1 75 /r     | FVM  | AVX512BW AVX512VL
vpermi2w xmm{k}{z}, xmm, xmm/m128                       | RVM  | EVEX.128.66.0F38.W1 75 /r     | FVM  | AVX512BW AVX512VL
vpermt2w zmm{k}{z}, zmm, zmm/m512                       | RVM  | EVEX.512.66.0F38.W1 7D /r     | FVM  | AVX512BW
vpermt2w ymm{k}{z}, ymm, ymm/m256                       | RVM  | EVEX.256.66.0F38.W1 7D /r     | FVM  | AVX512BW AVX512VL
vpermt2w xmm{k}{z}, xmm, xmm/m128                       | RVM  | EVEX.128.66.0F38.W1 7D /r     | FVM  | AVX512BW AVX512VL
vshuff32x4 zmm{k}{z}, zmm, zmm/m512/m32bcst, imm8       | RVMI | EVEX.512.66.0F3A.W0 23 /r ib  | FV   | AVX512F
vshuff32x4 ymm{k}{z}, ymm, ymm/m256/m32bcst, imm8       | RVMI | EVEX.256.66.0F3A.W0 23 /r ib  | FV   | AVX512F AVX512VL
vshuff64x2 zmm{k}{z}, zmm, zmm/m512/m64bcst, imm8       | RVMI | EVEX.512.66.0F3A.W1 23 /r ib  | FV   | AVX512F
vshuff64x2 ymm{k}{z}, ymm, ymm/m256/m64bcst, imm8       | RVMI | EVEX.256.66.0F3A.W1 23 /r ib  | FV   | AVX512F AVX512VL
vshufi32x4 zmm{k}{z}, zmm, zmm/m512/m32bcst, imm8       | RVMI | EVEX.512.66.0F3A.W0 43 /r ib  | FV   | AVX512F
vshufi32x4 ymm{k}{z}, ymm, ymm/m256/m32bcst, imm8       | RVMI | EVEX.256.66.0F3A.W0 43 /r ib  | FV   | AVX512F AVX512VL
vshufi64x2 zmm{k}{z}, zmm, zmm/m512/m64bcst, imm8       | RVMI | EVEX.512.66.0F3A.W1 43 /r ib  | FV   | AVX512F
vshufi64x2 ymm{k}{z}, ymm, ymm/m256/m64bcst, imm8       | RVMI | EVEX.256.66.0F3A.W1 43 /r ib  | FV   | AVX512F AVX512VL
valignd zmm{k}{z}, zmm, zmm/m512/m32bcst, imm8          | RVMI | EVEX.512.66.0F3A.W0 03 /r ib  | FV   | AVX512F
valignd ymm{k}{z}, ymm, ymm/m256/m32bcst, imm8          | RVMI | EVEX.256.66.0F3A.W0 03 /r ib  | FV   | AVX512F AVX512VL
valignd xmm{k}{z}, xmm, xmm/m128/m32bcst, imm8          | RVMI | EVEX.128.66.0F3A.W0 03 /r ib  | FV   | AVX512F AVX512VL
valignq zmm{k}{z}, zmm, zmm/m512/m64bcst, imm8          | RVMI | EVEX.512.66.0F3A.W1 03 /r ib  | FV   | AVX512F
valignq ymm{k}{z}, ymm, ymm/m256/m64bcst, imm8          | RVMI | EVEX.256.66.0F3A.W1 03 /r ib  | FV   | AVX512F AVX512VL
valignq xmm{k}{z}, xmm, xmm/m128/m64bcst, imm8          | RVMI | EVEX.128.66.0F3A.W1 03 /r ib  | FV   | AVX512F AVX512VL
vpternlogd zmm{k}{z}, zmm, zmm/m512/m32bcst, imm8       | RVMI | EVEX.512.66.0F3A.W0 25 /r ib  | FV   | AVX512F
vpternlogd ymm{k}{z}, ymm, ymm/m256/m32bcst, imm8       | RVMI | EVEX.256.66.0F3A.W0 25 /r ib  | FV   | AVX512F AVX512VL
vpternlogd xmm{k}{z}, xmm, xmm/m128/m32bcst, imm8       | RVMI | EVEX.128.66.0F3A.W0 25 /r ib  | FV   | AVX512F AVX512VL
vpternlogq zmm{k}{z}, zmm, zmm/m512/m64bcst, imm8       | RVMI | EVEX.512.66.0F3A.W1 25 /r ib  | FV   | AVX512F
vpternlogq ymm{k}{z}, ymm, ymm/m256/m64bcst, imm8       | RVMI | EVEX.256.66.0F3A.W1 25 /r ib  | FV   | AVX512F AVX512VL
vpternlogq xmm{k}{z}, xmm, xmm/m128/m64bcst, imm8       | RVMI | EVEX.128.66.0F3A.W1 25 /r ib  | FV   | AVX512F AVX512VL
vblendmps zmm{k}{z}, zmm, zmm/m512/m32bcst              | RVM  | EVEX.512.66.0F38.W0 65 /r     | FV   | AVX512F
vblendmps ymm{k}{z}, ymm, ymm/m256/m32bcst              | RVM  | EVEX.256.66.0F38.W0 65 /r     | FV   | AVX512F AVX512VL
vblendmps xmm{k}{z}, xmm, xmm/m128/m32bcst              | RVM  | EVEX.128.66.0F38.W0 65 /r     | FV   | AVX512F AVX512VL
vblendmpd zmm{k}{z}, zmm, zmm/m512/m64bcst              | RVM  | EVEX.512.66.0F38.W1 65 /r     | FV   | AVX512F
vblendmpd ymm{k}{z}, ymm, ymm/m256/m64bcst              | RVM  | EVEX.256.66.0F38.W1 65 /r     | FV   | AVX512F AVX512VL
vblendmpd xmm{k}{z}, xmm, xmm/m128/m64bcst              | RVM  | EVEX.128.66.0F38.W1 65 /r     | FV   | AVX512F AVX512VL
vpblendmd zmm{k}{z}, zmm, zmm/m512/m32bcst              | RVM  | EVEX.512.66.0F38.W0 64 /r     | FV   | AVX512F
vpblendmd ymm{k}{z}, ymm, ymm/m256/m32bcst              | RVM  | EVEX.256.66.0F38.W0 64 /r     | FV   | AVX512F AVX512VL
vpblendmd xmm{k}{z}, xmm, xmm/m128/m32bcst              | RVM  | EVEX.128.66.0F38.W0 64 /r     | FV   | AVX512F AVX512VL
vpblendmq zmm{k}{z}, zmm, zmm/m512/m64bcst              | RVM  | EVEX.512.66.0F38.W1 64 /r     | FV   | AVX512F
vpblendmq ymm{k}{z}, ymm, ymm/m256/m64bcst              | RVM  | EVEX.256.66.0F38.W1 64 /r     | FV   | AVX512F AVX512VL
vpblendmq xmm{k}{z}, xmm, xmm/m128/m64bcst              | RVM  | EVEX.128.66.0F38.W1 64 /r     | FV   | AVX512F AVX512VL
vpblendmb zmm{k}{z}, zmm, zmm/m512                      | RVM  | EVEX.512.66.0F38.W0 66 /r     | FVM  | AVX512BW
vpblendmb ymm{k}{z}, ymm, ymm/m256                      | RVM  | EVEX.256.66.0F38.W0 66 /r     | FVM  | AVX512BW AVX512VL
vpblendmb xmm{k}{z}, xmm, xmm/m128                      | RVM  | EVEX.128.66.0F38.W0 66 /r     | FVM  | AVX512BW AVX512VL
vpblendmw zmm{k}{z}, zmm, zmm/m512                      | RVM  | EVEX.512.66.0F38.W1 66 /r     | FVM  | AVX512BW
vpblendmw ymm{k}{z}, ymm, ymm/m256                      | RVM  | EVEX.256.66.0F38.W1 66 /r     | FVM  | AVX512BW AVX512VL
vpblendmw xmm{k}{z}, xmm, xmm/m128                      | RVM  | EVEX.128.66.0F38.W1 66 /r     | FVM  | AVX512BW AVX512VL

# ---- lane insert / extract -----------------------------------------------------------
vinsertf32x4 zmm{k}{z}, zmm, xmm/m128, imm8             | RVMI | EVEX.512.66.0F3A.W0 18 /r ib  | T4   | AVX512F
vinsertf32x4 ymm{k}{z}, ymm, xmm/m128, imm8             | RVMI | EVEX.256.66.0F3A.W0 18 /r ib  | T4   | AVX512F AVX512VL
vextractf32x4 xmm/m128{k}{z}, zmm, imm8                 | MRI  | EVEX.512.66.0F3A.W0 19 /r ib  | T4   | AVX512F
vextractf32x4 xmm/m128{k}{z}, ymm, imm8                 | MRI  | EVEX.256.66.0F3A.W0 19 /r ib  | T4   | AVX512F AVX512VL
vinsertf64x2 zmm{k}{z}, zmm, xmm/m128, imm8             | RVMI | EVEX.512.66.0F3A.W1 18 /r ib  | T2   | AVX512DQ
vinsertf64x2 ymm{k}{z}, ymm, xmm/m128, imm8             | RVMI | EVEX.256.66.0F3A.W1 18 /r ib  | T2   | AVX512DQ AVX512VL
vextractf64x2 xmm/m128{k}{z}, zmm, imm8                 | MRI  | EVEX.512.66.0F3A.W1 19 /r ib  | T2   | AVX512DQ
vextractf64x2 xmm/m128{k}{z}, ymm, imm8                 | MRI  | EVEX.256.66.0F3A.W1 19 /r ib  | T2   | AVX512DQ AVX512VL
vinsertf64x4 zmm{k}{z}, zmm, ymm/m256, imm8             | RVMI | EVEX.512.66.0F3A.W1 1A /r ib  | T4   | AVX512F
vextractf64x4 ymm/m256{k}{z}, zmm, imm8                 | MRI  | EVEX.512.66.0F3A.W1 1B /r ib  | T4   | AVX512F
vinsertf32x8 zmm{k}{z}, zmm, ymm/m256, imm8             | RVMI | EVEX.512.66.0F3A.W0 1A /r ib  | T8   | AVX512DQ
vextractf32x8 ymm/m256{k}{z}, zmm, imm8                 | MRI  | EVEX.512.66.0F3A.W0 1B /r ib  | T8   | AVX512DQ
vinserti32x4 zmm{k}{z}, zmm, xmm/m128, imm8             | RVMI | EVEX.512.66.0F3A.W0 38 /r ib  | T4   | AVX512F
vinserti32x4 ymm{k}{z}, ymm, xmm/m128, imm8             | RVMI | EVEX.256.66.0F3A.W0 38 /r ib  | T4   | AVX512F AVX512VL
vextracti32x4 xmm/m128{k}{z}, zmm, imm8                 | MRI  | EVEX.512.66.0F3A.W0 39 /r ib  | T4   | AVX512F
vextracti32x4 xmm/m128{k}{z}, ymm, imm8                 | MRI  | EVEX.256.66.0F3A.W0 39 /r ib  | T4   | AVX512F AVX512VL
vinserti64x2 zmm{k}{z}, zmm, xmm/m128, imm8             | RVMI | EVEX.512.66.0F3A.W1 38 /r ib  | T2   | AVX512DQ
vinserti64x2 ymm{k}{z}, ymm, xmm/m128, imm8             | RVMI | EVEX.256.66.0F3A.W1 38 /r ib  | T2   | AVX512DQ AVX512VL
vextracti64x2 xmm/m128{k}{z}, zmm, imm8                 | MRI  | EVEX.512.66.0F3A.W1 39 /r ib  | T2   | AVX512DQ
vextracti64x2 xmm/m128{k}{z}, ymm, imm8                 | MRI  | EVEX.256.66.0F3A.W1 39 /r ib  | T2   | AVX512DQ AVX512VL
vinserti64x4 zmm{k}{z}, zmm, ymm/m256, imm8             | RVMI | EVEX.512.66.0F3A.W1 3A /r ib  | T4   | AVX512F
vextracti64x4 ymm/m256{k}{z}, zmm, imm8                 | MRI  | EVEX.512.66.0F3A.W1 3B /r ib  | T4   | AVX512F
vinserti32x8 zmm{k}{z}, zmm, ymm/m256, imm8             | RVMI | EVEX.512.66.0F3A.W0 3A /r ib  | T8   | AVX512DQ
vextracti32x8 ymm/m256{k}{z}, zmm, imm8                 | MRI  | EVEX.512.66.0F3A.W0 3B /r ib  | T8   | AVX512DQ

# ---- FMA: packed and scalar, 132/213/231 ---------------------------------------------
vfmadd132ps zmm{k}{z}, zmm, zmm/m512/m32bcst{er}        | RVM  | EVEX.512.66.0F38.W0 98 /r     | FV   | AVX512F
vfmadd132ps ymm{k}{z}, ymm, ymm/m256/m32bcst            | RVM  | EVEX.256.66.0F38.W0 98 /r     | FV   | AVX512F AVX512VL
vfmadd132ps xmm{k}{z}, xmm, xmm/m128/m32bcst            | RVM  | EVEX.128.66.0F38.W0 98 /r     | FV   | AVX512F AVX512VL
vfmadd132pd zmm{k}{z}, zmm, zmm/m512/m64bcst{er}        | RVM  | EVEX.512.66.0F38.W1 98 /r     | FV   | AVX512F
vfmadd132pd ymm{k}{z}, ymm, ymm/m256/m64bcst            | RVM  | EVEX.256.66.0F38.W1 98 /r     | FV   | AVX512F AVX512VL
vfmadd132pd xmm{k}{z}, xmm, xmm/m128/m64bcst            | RVM  | EVEX.128.66.0F38.W1 98 /r     | FV   | AVX512F AVX512VL
vfmadd132ss xmm{k}{z}, xmm, xmm/m32{er}                 | RVM  | EVEX.LIG.66.0F38.W0 99 /r     | T1S  | AVX512F
vfmadd132sd xmm{k}{z}, xmm, xmm/m64{er}                 | RVM  | EVEX.LIG.66.0F38.W1 99 /r     | T1S  | AVX512F
vfmadd213ps zmm{k}{z}, zmm, zmm/m512/m32bcst{er}        | RVM  | EVEX.512.66.0F38.W0 A8 /r     | FV   | AVX512F
vfmadd213ps ymm{k}{z}, ymm, ymm/m256/m32bcst            | RVM  | EVEX.256.66.0F38.W0 A8 /r     | FV   | AVX512F AVX512VL
vfmadd213ps xmm{k}{z}, xmm, xmm/m128/m32bcst            | RVM  | EVEX.128.66.0F38.W0 A8 /r     | FV   | AVX512F AVX512VL
vfmadd213pd zmm{k}{z}, zmm, zmm/m512/m64bcst{er}        | RVM  | EVEX.512.66.0F38.W1 A8 /r     | FV   | AVX512F
vfmadd213pd ymm{k}{z}, ymm, ymm/m256/m64bcst            | RVM  | EVEX.256.66.0F38.W1 A8 /r     | FV   | AVX512F AVX512VL
vfmadd213pd xmm{k}{z}, xmm, xmm/m128/m64bcst            | RVM  | EVEX.128.66.0F38.W1 A8 /r     | FV   | AVX512F AVX512VL
vfmadd213ss xmm{k}{z}, xmm, xmm/m32{er}                 | RVM  | EVEX.LIG.66.0F38.W0 A9 /r     | T1S  | AVX512F
vfmadd213sd xmm{k}{z}, xmm, xmm/m64{er}                 | RVM  | EVEX.LIG.66.0F38.W1 A9 /r     | T1S  | AVX512F
vfmadd231ps zmm{k}{z}, zmm, zmm/m512/m32bcst{er}        | RVM  | EVEX.512.66.0F38.W0 B8 /r     | FV   | AVX512F
vfmadd231ps ymm{k}{z}, ymm, ymm/m256/m32bcst            | RVM  | EVEX.256.66.0F38.W0 B8 /r     | FV   | AVX512F AVX512VL
vfmadd231ps xmm{k}{z}, xmm, xmm/m128/m32bcst            | RVM  | EVEX.128.66.0F38.W0 B8 /r     | FV   | AVX512F AVX512VL
vfmadd231pd zmm{k}{z}, zmm, zmm/m512/m64bcst{er}        | RVM  | EVEX.512.66.0F38.W1 B8 /r     | FV   | AVX512F
vfmadd231pd ymm{k}{z}, ymm, ymm/m256/m64bcst            | RVM  | EVEX.256.66.0F38.W1 B8 /r     | FV   | AVX512F AVX512VL
vfmadd231pd xmm{k}{z}, xmm, xmm/m128/m64bcst            | RVM  | EVEX.128.66.0F38.W1 B8 /r     | FV   | AVX512F AVX512VL
vfmadd231ss xmm{k}{z}, xmm, xmm/m32{er}                 | RVM  | EVEX.LIG.66.0F38.W0 B9 /r     | T1S  | AVX512F
vfmadd231sd xmm{k}{z}, xmm, xmm/m64{er}                 | RVM  | EVEX.LIG.66.0F38.W1 B9 /r     | T1S  | AVX512F
vfmsub132ps zmm{k}{z}, zmm, zmm/m512/m32bcst{er}        | RVM  | EVEX.512.66.0F38.W0 9A /r     | FV   | AVX512F
vfmsub132ps ymm{k}{z}, ymm, ymm/m256/m32bcst            | RVM  | EVEX.256.66.0F38.W0 9A /r     | FV   | AVX512F AVX512VL
vfmsub132ps xmm{k}{z}, xmm, xmm/m128/m32bcst            | RVM  | EVEX.128.66.0F38.W0 9A /r     | FV   | AVX512F AVX512VL
vfmsub132pd zmm{k}{z}, zmm, zmm/m512/m64bcst{er}        | RVM  | EVEX.512.66.0F38.W1 9A /r     | FV   | AVX512F
vfmsub132pd ymm{k}{z}, ymm, ymm/m256/m64bcst            | RVM  | EVEX.256.66.0F38.W1 9A /r     | FV   | AVX512F AVX512VL
vfmsub132pd xmm{k}{z}, xmm, xmm/m128/m64bcst            | RVM  | EVEX.128.66.0F38.W1 9A /r     | FV   | AVX512F AVX512VL
vfmsub132ss xmm{k}{z}, xmm, xmm/m32{er}                 | RVM  | EVEX.LIG.66.0F38.W0 9B /r     | T1S  | AVX512F
vfmsub132sd xmm{k}{z}, xmm, xmm/m64{er}                 | RVM  | EVEX.LIG.66.0F38.W1 9B /r     | T1S  | AVX512F
vfmsub213ps zmm{k}{z}, zmm, zmm/m512/m32bcst{er}        | RVM  | EVEX.512.66.0F38.W0 AA /r     | FV   | AVX512F
vfmsub213ps ymm{k}{z}, ymm, ymm/m256/m32bcst            | RVM  | EVEX.256.66.0F38.W0 AA /r     | FV   | AVX512F AVX512VL
vfmsub213ps xmm{k}{z}, xmm, xmm/m128/m32bcst            | RVM  | EVEX.128.66.0F38.W0 AA /r     | FV   | AVX512F AVX512VL
vfmsub213pd zmm{k}{z}, zmm, zmm/m512/m64bcst{er}        | RVM  | EVEX.512.66.0F38.W1 AA /r     | FV   | AVX512F
vfmsub213pd ymm{k}{z}, ymm, ymm/m256/m64bcst            | RVM  | EVEX.256.66.0F38.W1 AA /r     | FV   | AVX512F AVX512VL
vfmsub213pd xmm{k}{z}, xmm, xmm/m128/m64bcst            | RVM  | EVEX.128.66.0F38.W1 AA /r     | FV   | AVX512F AVX512VL
vfmsub213ss xmm{k}{z}, xmm, xmm/m32{er}                 | RVM  | EVEX.LIG.66.0F38.W0 AB /r     | T1S  | AVX512F
vfmsub213sd xmm{k}{z}, xmm, xmm/m64{er}                 | RVM  | EVEX.LIG.66.0F38.W1 AB /r     | T1S  | AVX512F
vfmsub231ps zmm{k}{z}, zmm, zmm/m512/m32bcst{er}        | RVM  | EVEX.512.66.0F38.W0 BA /r     | FV   | AVX512F
vfmsub231ps ymm{k}{z}, ymm, ymm/m256/m32bcst            | RVM  | EVEX.256.66.0F38.W0 BA /r     | FV   | AVX512F AVX512VL
vfmsub231ps xmm{k}{z}, xmm, xmm/m128/m32bcst            | RVM  | EVEX.128.66.0F38.W0 BA /r     | FV   | AVX512F AVX512VL
vfmsub231pd zmm{k}{z}, zmm, zmm/m512/m64bcst{er}        | RVM  | EVEX.512.66.0F38.W1 BA /r     | FV   | AVX512F
vfmsub231pd ymm{k}{z}, ymm, ymm/m256/m64bcst            | RVM  | EVEX.256.66.0F38.W1 BA /r     | FV   | AVX512F AVX512VL
vfmsub231pd xmm{k}{z}, xmm, xmm/m128/m64bcst            | RVM  | EVEX.128.66.0F38.W1 BA /r     | FV   | AVX512F AVX512VL
vfmsub231ss xmm{k}{z}, xmm, xmm/m32{er}                 | RVM  | EVEX.LIG.66.0F38.W0 BB /r     | T1S  | AVX512F
vfmsub231sd xmm{k}{z}, xmm, xmm/m64{er}                 | RVM  | EVEX.LIG.66.0F38.W1 BB /r     | T1S  | AVX512F
vfnmadd132ps zmm{k}{z}, zmm, zmm/m512/m32bcst{er}       | RVM  | EVEX.512.66.0F38.W0 9C /r     | FV   | AVX512F
vfnmadd132ps ymm{k}{z}, ymm, ymm/m256/m32bcst           | RVM  | EVEX.256.66.0F38.W0 9C /r     | FV   | AVX512F AVX512VL
vfnmadd132ps xmm{k}{z}, xmm, xmm/m128/m32bcst           | RVM  | EVEX.128.66.0F38.W0 9C /r     | FV   | AVX512F AVX512VL
vfnmadd132pd zmm{k}{z}, zmm, zmm/m512/m64bcst{er}       | RVM  | EVEX.512.66.0F38.W1 9C /r     | FV   | AVX512F
vfnmadd132pd ymm{k}{z}, ymm, ymm/m256/m64bcst           | RVM  | EVEX.256.66.0F38.W1 9C /r     | FV   | AVX512F AVX512VL
vfnmadd132pd xmm{k}{z}, xmm, xmm/m128/m64bcst           | RVM  | EVEX.128.66.0F38.W1 9C /r     | FV   | AVX512F AVX512VL
vfnmadd132ss xmm{k}{z}, xmm, xmm/m32{er}                | RVM  | EVEX.LIG.66.0F38.W0 9D /r     | T1S  | AVX512F
vfnmadd132sd xmm{k}{z}, xmm, xmm/m64{er}                | RVM  | EVEX.LIG.66.0F38.W1 9D /r     | T1S  | AVX512F
vfnmadd213ps zmm{k}{z}, zmm, zmm/m512/m32bcst{er}       | RVM  | EVEX.512.66.0F38.W0 AC /r     | FV   | AVX512F
vfnmadd213ps ymm{k}{z}, ymm, ymm/m256/m32bcst           | RVM  | EVEX.256.66.0F38.W0 AC /r     | FV   | AVX512F AVX512VL
vfnmadd213ps xmm{k}{z}, xmm, xmm/m128/m32bcst           | RVM  | EVEX.128.66.0F38.W0 AC /r     | FV   | AVX512F AVX512VL
vfnmadd213pd zmm{k}{z}, zmm, zmm/m512/m64bcst{er}       | RVM  | EVEX.512.66.0F38.W1 AC /r     | FV   | AVX512F
vfnmadd213pd ymm{k}{z}, ymm, ymm/m256/m64bcst           | RVM  | EVEX.256.66.0F38.W1 AC /r     | FV   | AVX512F AVX512VL
vfnmadd213pd xmm{k}{z}, xmm, xmm/m128/m64bcst           | RVM  | EVEX.128.66.0F38.W1 AC /r     | FV   | AVX512F AVX512VL
vfnmadd213ss xmm{k}{z}, xmm, xmm/m32{er}                | RVM  | EVEX.LIG.66.0F38.W0 AD /r     | T1S  | AVX512F
vfnmadd213sd xmm{k}{z}, xmm, xmm/m64{er}                | RVM  | EVEX.LIG.66.0F38.W1 AD /r     | T1S  | AVX512F
vfnmadd231ps zmm{k}{z}, zmm, zmm/m512/m32bcst{er}       | RVM  | EVEX.512.66.0F38.W0 BC /r     | FV   | AVX512F
vfnmadd231ps ymm{k}{z}, ymm, ymm/m256/m32bcst           | RVM  | EVEX.256.66.0F38.W0 BC /r     | FV   | AVX512F AVX512VL
vfnmadd231ps xmm{k}{z}, xmm, xmm/m128/m32bcst           | RVM  | EVEX.128.66.0F38.W0 BC /r     | FV   | AVX512F AVX512VL
vfnmadd231pd zmm{k}{z}, zmm, zmm/m512/m64bcst{er}       | RVM  | EVEX.512.66.0F38.W1 BC /r     | FV   | AVX512F
vfnmadd231pd ymm{k}{z}, ymm, ymm/m256/m64bcst           | RVM  | EVEX.256.66.0F38.W1 BC /r     | FV   | AVX512F AVX512VL
vfnmadd231pd xmm{k}{z}, xmm, xmm/m128/m64bcst           | RVM  | EVEX.128.66.0F38.W1 BC /r     | FV   | AVX512F AVX512VL
vfnmadd231ss xmm{k}{z}, xmm, xmm/m32{er}                | RVM  | EVEX.LIG.66.0F38.W0 BD /r     | T1S  | AVX512F
vfnmadd231sd xmm{k}{z}, xmm, xmm/m64{er}                | RVM  | EVEX.LIG.66.0F38.W1 BD /r     | T1S  | AVX512F
vfnmsub132ps zmm{k}{z}, zmm, zmm/m512/m32bcst{er}       | RVM  | EVEX.512.66.0F38.W0 9E /r     | FV   | AVX512F
vfnmsub132ps ymm{k}{z}, ymm, ymm/m256/m32bcst           | RVM  | EVEX.256.66.0F38.W0 9E /r     | FV   | AVX512F AVX512VL
vfnmsub132ps xmm{k}{z}, xmm, xmm/m128/m32bcst           | RVM  | EVEX.128.66.0F38.W0 9E /r     | FV   | AVX512F AVX512VL
vfnmsub132pd zmm{k}{z}, zmm, zmm/m512/m64bcst{er}       | RVM  | EVEX.512.66.0F38.W1 9E /r     | FV   | AVX512F
vfnmsub132pd ymm{k}{z}, ymm, ymm/m256/m64bcst           | RVM  | EVEX.256.66.0F38.W1 9E /r     | FV   | AVX512F AVX512VL
vfnmsub132pd xmm{k}{z}, xmm, xmm/m128/m64bcst           | RVM  | EVEX.128.66.0F38.W1 9E /r     | FV   | AVX512F AVX512VL
vfnmsub132ss xmm{k}{z}, xmm, xmm/m32{er}                | RVM  | EVEX.LIG.66.0F38.W0 9F /r     | T1S  | AVX512F
vfnmsub132sd xmm{k}{z}, xmm, xmm/m64{er}                | RVM  | EVEX.LIG.66.0F38.W1 9F /r     | T1S  | AVX512F
vfnmsub213ps zmm{k}{z}, zmm, zmm/m512/m32bcst{er}       | RVM  | EVEX.512.66.0F38.W0 AE /r     | FV   | AVX512F
vfnmsub213ps ymm{k}{z}, ymm, ymm/m256/m32bcst           | RVM  | EVEX.256.66.0F38.W0 AE /r     | FV   | AVX512F AVX512VL
vfnmsub213ps xmm{k}{z}, xmm, xmm/m128/m32bcst           | RVM  | EVEX.128.66.0F38.W0 AE /r     | FV   | AVX512F AVX512VL
vfnmsub213pd zmm{k}{z}, zmm, zmm/m512/m64bcst{er}       | RVM  | EVEX.512.66.0F38.W1 AE /r     | FV   | AVX512F
vfnmsub213pd ymm{k}{z}, ymm, ymm/m256/m64bcst           | RVM  | EVEX.256.66.0F38.W1 AE /r     | FV   | AVX512F AVX512VL
vfnmsub213pd xmm{k}{z}, xmm, xmm/m128/m64bcst           | RVM  | EVEX.128.66.0F38.W1 AE /r     | FV   | AVX512F AVX512VL
vfnmsub213ss xmm{k}{z}, xmm, xmm/m32{er}                | RVM  | EVEX.LIG.66.0F38.W0 AF /r     | T1S  | AVX512F
vfnmsub213sd xmm{k}{z}, xmm, xmm/m64{er}                | RVM  | EVEX.LIG.66.0F38.W1 AF /r     | T1S  | AVX512F
vfnmsub231ps zmm{k}{z}, zmm, zmm/m512/m32bcst{er}       | RVM  | EVEX.512.66.0F38.W0 BE /r     | FV   | AVX512F
vfnmsub231ps ymm{k}{z}, ymm, ymm/m256/m32bcst           | RVM  | EVEX.256.66.0F38.W0 BE /r     | FV   | AVX512F AVX512VL
vfnmsub231ps xmm{k}{z}, xmm, xmm/m128/m32bcst           | RVM  | EVEX.128.66.0F38.W0 BE /r     | FV   | AVX512F AVX512VL
vfnmsub231pd zmm{k}{z}, zmm, zmm/m512/m64bcst{er}       | RVM  | EVEX.512.66.0F38.W1 BE /r     | FV   | AVX512F
vfnmsub231pd ymm{k}{z}, ymm, ymm/m256/m64bcst           | RVM  | EVEX.256.66.0F38.W1 BE /r     | FV   | AVX512F AVX512VL
vfnmsub231pd xmm{k}{z}, xmm, xmm/m128/m64bcst           | RVM  | EVEX.128.66.0F38.W1 BE /r     | FV   | AVX512F AVX512VL
vfnmsub231ss xmm{k}{z}, xmm, xmm/m32{er}                | RVM  | EVEX.LIG.66.0F38.W0 BF /r     | T1S  | AVX512F
vfnmsub231sd xmm{k}{z}, xmm, xmm/m64{er}                | RVM  | EVEX.LIG.66.0F38.W1 BF /r     | T1S  | AVX512F
vfmaddsub132ps zmm{k}{z}, zmm, zmm/m512/m32bcst{er}     | RVM  | EVEX.512.66.0F38.W0 96 /r     | FV   | AVX512F
vfmaddsub132ps ymm{k}{z}, ymm, ymm/m256/m32bcst         | RVM  | EVEX.256.66.0F38.W0 96 /r     | FV   | AVX512F AVX512VL
vfmaddsub132ps xmm{k}{z}, xmm, xmm/m128/m32bcst         | RVM  | EVEX.128.66.0F38.W0 96 /r     | FV   | AVX512F AVX512VL
vfmaddsub132pd zmm{k}{z}, zmm, zmm/m512/m64bcst{er}     | RVM  | EVEX.512.66.0F38.W1 96 /r     | FV   | AVX512F
vfmaddsub132pd ymm{k}{z}, ymm, ymm/m256/m64bcst         | RVM  | EVEX.256.66.0F38.W1 96 /r     | FV   | AVX512F AVX512VL
vfmaddsub132pd xmm{k}{z}, xmm, xmm/m128/m64bcst         | RVM  | EVEX.128.66.0F38.W1 96 /r     | FV   | AVX512F AVX512VL
vfmaddsub213ps zmm{k}{z}, zmm, zmm/m512/m32bcst{er}     | RVM  | EVEX.512.66.0F38.W0 A6 /r     | FV   | AVX512F
vfmaddsub213ps ymm{k}{z}, ymm, ymm/m256/m32bcst         | RVM  | EVEX.256.66.0F38.W0 A6 /r     | FV   | AVX512F AVX512VL
vfmaddsub213ps xmm{k}{z}, xmm, xmm/m128/m32bcst         | RVM  | EVEX.128.66.0F38.W0 A6 /r     | FV   | AVX512F AVX512VL
vfmaddsub213pd zmm{k}{z}, zmm, zmm/m512/m64bcst{er}     | RVM  | EVEX.512.66.0F38.W1 A6 /r     | FV   | AVX512F
vfmaddsub213pd ymm{k}{z}, ymm, ymm/m256/m64bcst         | RVM  | EVEX.256.66.0F38.W1 A6 /r     | FV   | AVX512F AVX512VL
vfmaddsub213pd xmm{k}{z}, xmm, xmm/m128/m64bcst         | RVM  | EVEX.128.66.0F38.W1 A6 /r     | FV   | AVX512F AVX512VL
vfmaddsub231ps zmm{k}{z}, zmm, zmm/m512/m32bcst{er}     | RVM  | EVEX.512.66.0F38.W0 B6 /r     | FV   | AVX512F
vfmaddsub231ps ymm{k}{z}, ymm, ymm/m256/m32bcst         | RVM  | EVEX.256.66.0F38.W0 B6 /r     | FV   | AVX512F AVX512VL
vfmaddsub231ps xmm{k}{z}, xmm, xmm/m128/m32bcst         | RVM  | EVEX.128.66.0F38.W0 B6 /r     | FV   | AVX512F AVX512VL
vfmaddsub231pd zmm{k}{z}, zmm, zmm/m512/m64bcst{er}     | RVM  | EVEX.512.66.0F38.W1 B6 /r     | FV   | AVX512F
vfmaddsub231pd ymm{k}{z}, ymm, ymm/m256/m64bcst         | RVM  | EVEX.256.66.0F38.W1 B6 /r     | FV   | AVX512F AVX512VL
vfmaddsub231pd xmm{k}{z}, xmm, xmm/m128/m64bcst         | RVM  | EVEX.128.66.0F38.W1 B6 /r     | FV   | AVX512F AVX512VL
vfmsubadd132ps zmm{k}{z}, zmm, zmm/m512/m32bcst{er}     | RVM  | EVEX.512.66.0F38.W0 97 /r     | FV   | AVX512F
vfmsubadd132ps ymm{k}{z}, ymm, ymm/m256/m32bcst         | RVM  | EVEX.256.66.0F38.W0 97 /r     | FV   | AVX512F AVX512VL
vfmsubadd132ps xmm{k}{z}, xmm, xmm/m128/m32bcst         | RVM  | EVEX.128.66.0F38.W0 97 /r     | FV   | AVX512F AVX512VL
vfmsubadd132pd zmm{k}{z}, zmm, zmm/m512/m64bcst{er}     | RVM  | EVEX.512.66.0F38.W1 97 /r     | FV   | AVX512F
vfmsubadd132pd ymm{k}{z}, ymm, ymm/m256/m64bcst         | RVM  | EVEX.256.66.0F38.W1 97 /r     | FV   | AVX512F AVX512VL
vfmsubadd132pd xmm{k}{z}, xmm, xmm/m128/m64bcst         | RVM  | EVEX.128.66.0F38.W1 97 /r     | FV   | AVX512F AVX512VL
vfmsubadd213ps zmm{k}{z}, zmm, zmm/m512/m32bcst{er}     | RVM  | EVEX.512.66.0F38.W0 A7 /r     | FV   | AVX512F
vfmsubadd213ps ymm{k}{z}, ymm, ymm/m256/m32bcst         | RVM  | EVEX.256.66.0F38.W0 A7 /r     | FV   | AVX512F AVX512VL
vfmsubadd213ps xmm{k}{z}, xmm, xmm/m128/m32bcst         | RVM  | EVEX.128.66.0F38.W0 A7 /r     | FV   | AVX512F AVX512VL
vfmsubadd213pd zmm{k}{z}, zmm, zmm/m512/m64bcst{er}     | RVM  | EVEX.512.66.0F38.W1 A7 /r     | FV   | AVX512F
vfmsubadd213pd ymm{k}{z}, ymm, ymm/m256/m64bcst         | RVM  | EVEX.256.66.0F38.W1 A7 /r     | FV   | AVX512F AVX512VL
vfmsubadd213pd xmm{k}{z}, xmm, xmm/m128/m64bcst         | RVM  | EVEX.128.66.0F38.W1 A7 /r     | FV   | AVX512F AVX512VL
vfmsubadd231ps zmm{k}{z}, zmm, zmm/m512/m32bcst{er}     | RVM  | EVEX.512.66.0F38.W0 B7 /r     | FV   | AVX512F
vfmsubadd231ps ymm{k}{z}, ymm, ymm/m256/m32bcst         | RVM  | EVEX.256.66.0F38.W0 B7 /r     | FV   | AVX512F AVX512VL
vfmsubadd231ps xmm{k}{z}, xmm, xmm/m128/m32bcst         | RVM  | EVEX.128.66.0F38.W0 B7 /r     | FV   | AVX512F AVX512VL
vfmsubadd231pd zmm{k}{z}, zmm, zmm/m512/m64bcst{er}     | RVM  | EVEX.512.66.0F38.W1 B7 /r     | FV   | AVX512F
vfmsubadd231pd ymm{k}{z}, ymm, ymm/m256/m64bcst         | RVM  | EVEX.256.66.0F38.W1 B7 /r     | FV   | AVX512F AVX512VL
vfmsubadd231pd xmm{k}{z}, xmm, xmm/m128/m64bcst         | RVM  | EVEX.128.66.0F38.W1 B7 /r     | FV   | AVX512F AVX512VL

# ---- compress / expand (T1S: disp8 scale is the element size) ------------------------
vcompressps zmm/m512{k}{z}, zmm                         | MR   | EVEX.512.66.0F38.W0 8A /r     | T1S  | AVX512F
vcompressps ymm/m256{k}{z}, ymm                         | MR   | EVEX.256.66.0F38.W0 8A /r     | T1S  | AVX512F AVX512VL
vcompressps xmm/m128{k}{z}, xmm                         | MR   | EVEX.128.66.0F38.W0 8A /r     | T1S  | AVX512F AVX512VL
vcompresspd zmm/m512{k}{z}, zmm                         | MR   | EVEX.512.66.0F38.W1 8A /r     | T1S  | AVX512F
vcompresspd ymm/m256{k}{z}, ymm                         | MR   | EVEX.256.66.0F38.W1 8A /r     | T1S  | AVX512F AVX512VL
vcompresspd xmm/m128{k}{z}, xmm                         | MR   | EVEX.128.66.0F38.W1 8A /r     | T1S  | AVX512F AVX512VL
vpcompressd zmm/m512{k}{z}, zmm                         | MR   | EVEX.512.66.0F38.W0 8B /r     | T1S  | AVX512F
vpcompressd ymm/m256{k}{z}, ymm                         | MR   | EVEX.256.66.0F38.W0 8B /r     | T1S  | AVX512F AVX512VL
vpcompressd xmm/m128{k}{z}, xmm                         | MR   | EVEX.128.66.0F38.W0 8B /r     | T1S  | AVX512F AVX512VL
vpcompressq zmm/m512{k}{z}, zmm                         | MR   | EVEX.512.66.0F38.W1 8B /r     | T1S  | AVX512F
vpcompressq ymm/m256{k}{z}, ymm                         | MR   | EVEX.256.66.0F38.W1 8B /r     | T1S  | AVX512F AVX512VL
vpcompressq xmm/m128{k}{z}, xmm                         | MR   | EVEX.128.66.0F38.W1 8B /r     | T1S  | AVX512F AVX512VL
vexpandps zmm{k}{z}, zmm/m512                           | RM   | EVEX.512.66.0F38.W0 88 /r     | T1S  | AVX512F
vexpandps ymm{k}{z}, ymm/m256                           | RM   | EVEX.256.66.0F38.W0 88 /r     | T1S  | AVX512F AVX512VL
vexpandps xmm{k}{z}, xmm/m128                           | RM   | EVEX.128.66.0F38.W0 88 /r     | T1S  | AVX512F AVX512VL
vexpandpd zmm{k}{z}, zmm/m512                           | RM   | EVEX.512.66.0F38.W1 88 /r     | T1S  | AVX512F
vexpandpd ymm{k}{z}, ymm/m256                           | RM   | EVEX.256.66.0F38.W1 88 /r     | T1S  | AVX512F AVX512VL
vexpandpd xmm{k}{z}, xmm/m128                           | RM   | EVEX.128.66.0F38.W1 88 /r     | T1S  | AVX512F AVX512VL
vpexpandd zmm{k}{z}, zmm/m512                           | RM   | EVEX.512.66.0F38.W0 89 /r     | T1S  | AVX512F
vpexpandd ymm{k}{z}, ymm/m256                           | RM   | EVEX.256.66.0F38.W0 89 /r     | T1S  | AVX512F AVX512VL
vpexpandd xmm{k}{z}, xmm/m128                           | RM   | EVEX.128.66.0F38.W0 89 /r     | T1S  | AVX512F AVX512VL
vpexpandq zmm{k}{z}, zmm/m512                           | RM   | EVEX.512.66.0F38.W1 89 /r     | T1S  | AVX512F
vpexpandq ymm{k}{z}, ymm/m256                           | RM   | EVEX.256.66.0F38.W1 89 /r     | T1S  | AVX512F AVX512VL
vpexpandq xmm{k}{z}, xmm/m128                           | RM   | EVEX.128.66.0F38.W1 89 /r     | T1S  | AVX512F AVX512VL

# ---- gathers and scatters (VSIB; the {k} mask is required) ---------------------------
vgatherdps zmm{k}, vm32z                                | RM   | EVEX.512.66.0F38.W0 92 /r     | T1S  | AVX512F            | kreq
vgatherdps ymm{k}, vm32y                                | RM   | EVEX.256.66.0F38.W0 92 /r     | T1S  | AVX512F AVX512VL   | kreq
vgatherdps xmm{k}, vm32x                                | RM   | EVEX.128.66.0F38.W0 92 /r     | T1S  | AVX512F AVX512VL   | kreq
vpgatherdd zmm{k}, vm32z                                | RM   | EVEX.512.66.0F38.W0 90 /r     | T1S  | AVX512F            | kreq
vpgatherdd ymm{k}, vm32y                                | RM   | EVEX.256.66.0F38.W0 90 /r     | T1S  | AVX512F AVX512VL   | kreq
vpgatherdd xmm{k}, vm32x                                | RM   | EVEX.128.66.0F38.W0 90 /r     | T1S  | AVX512F AVX512VL   | kreq
vscatterdps vm32z{k}, zmm                               | MR   | EVEX.512.66.0F38.W0 A2 /r     | T1S  | AVX512F            | kreq
vscatterdps vm32y{k}, ymm                               | MR   | EVEX.256.66.0F38.W0 A2 /r     | T1S  | AVX512F AVX512VL   | kreq
vscatterdps vm32x{k}, xmm                               | MR   | EVEX.128.66.0F38.W0 A2 /r     | T1S  | AVX512F AVX512VL   | kreq
vpscatterdd vm32z{k}, zmm                               | MR   | EVEX.512.66.0F38.W0 A0 /r     | T1S  | AVX512F            | kreq
vpscatterdd vm32y{k}, ymm                               | MR   | EVEX.256.66.0F38.W0 A0 /r     | T1S  | AVX512F AVX512VL   | kreq
vpscatterdd vm32x{k}, xmm                               | MR   | EVEX.128.66.0F38.W0 A0 /r     | T1S  | AVX512F AVX512VL   | kreq
vgatherdpd zmm{k}, vm32y                                | RM   | EVEX.512.66.0F38.W1 92 /r     | T1S  | AVX512F            | kreq
vgatherdpd ymm{k}, vm32x                                | RM   | EVEX.256.66.0F38.W1 92 /r     | T1S  | AVX512F AVX512VL   | kreq
vgatherdpd xmm{k}, vm32x                                | RM   | EVEX.128.66.0F38.W1 92 /r     | T1S  | AVX512F AVX512VL   | kreq
vpgatherdq zmm{k}, vm32y                                | RM   | EVEX.512.66.0F38.W1 90 /r     | T1S  | AVX512F            | kreq
vpgatherdq ymm{k}, vm32x                                | RM   | EVEX.256.66.0F38.W1 90 /r     | T1S  | AVX512F AVX512VL   | kreq
vpgatherdq xmm{k}, vm32x                                | RM   | EVEX.128.66.0F38.W1 90 /r     | T1S  | AVX512F AVX512VL   | kreq
vscatterdpd vm32y{k}, zmm                               | MR   | EVEX.512.66.0F38.W1 A2 /r     | T1S  | AVX512F            | kreq
vscatterdpd vm32x{k}, ymm                               | MR   | EVEX.256.66.0F38.W1 A2 /r     | T1S  | AVX512F AVX512VL   | kreq
vscatterdpd vm32x{k}, xmm                               | MR   | EVEX.128.66.0F38.W1 A2 /r     | T1S  | AVX512F AVX512VL   | kreq
vpscatterdq vm32y{k}, zmm                               | MR   | EVEX.512.66.0F38.W1 A0 /r     | T1S  | AVX512F            | kreq
vpscatterdq vm32x{k}, ymm                               | MR   | EVEX.256.66.0F38.W1 A0 /r     | T1S  | AVX512F AVX512VL   | kreq
vpscatterdq vm32x{k}, xmm                               | MR   | EVEX.128.66.0F38.W1 A0 /r     | T1S  | AVX512F AVX512VL   | kreq
vgatherqps ymm{k}, vm64z                                | RM   | EVEX.512.66.0F38.W0 93 /r     | T1S  | AVX512F            | kreq
vgatherqps xmm{k}, vm64y                                | RM   | EVEX.256.66.0F38.W0 93 /r     | T1S  | AVX512F AVX512VL   | kreq
vgatherqps xmm{k}, vm64x                                | RM   | EVEX.128.66.0F38.W0 93 /r     | T1S  | AVX512F AVX512VL   | kreq
vpgatherqd ymm{k}, vm64z                                | RM   | EVEX.512.66.0F38.W0 91 /r     | T1S  | AVX512F            | kreq
vpgatherqd xmm{k}, vm64y                                | RM   | EVEX.256.66.0F38.W0 91 /r     | T1S  | AVX512F AVX512VL   | kreq
vpgatherqd xmm{k}, vm64x                                | RM   | EVEX.128.66.0F38.W0 91 /r     | T1S  | AVX512F AVX512VL   | kreq
vscatterqps vm64z{k}, ymm                               | MR   | EVEX.512.66.0F38.W0 A3 /r     | T1S  | AVX512F            | kreq
vscatterqps vm64y{k}, xmm                               | MR   | EVEX.256.66.0F38.W0 A3 /r     | T1S  | AVX512F AVX512VL   | kreq
vscatterqps vm64x{k}, xmm                               | MR   | EVEX.128.66.0F38.W0 A3 /r     | T1S  | AVX512F AVX512VL   | kreq
vpscatterqd vm64z{k}, ymm                               | MR   | EVEX.512.66.0F38.W0 A1 /r     | T1S  | AVX512F            | kreq
vpscatterqd vm64y{k}, xmm                               | MR   | EVEX.256.66.0F38.W0 A1 /r     | T1S  | AVX512F AVX512VL   | kreq
vpscatterqd vm64x{k}, xmm                               | MR   | EVEX.128.66.0F38.W0 A1 /r     | T1S  | AVX512F AVX512VL   | kreq
vgatherqpd zmm{k}, vm64z                                | RM   | EVEX.512.66.0F38.W1 93 /r     | T1S  | AVX512F            | kreq
vgatherqpd ymm{k}, vm64y                                | RM   | EVEX.256.66.0F38.W1 93 /r     | T1S  | AVX512F AVX512VL   | kreq
vgatherqpd xmm{k}, vm64x                                | RM   | EVEX.128.66.0F38.W1 93 /r     | T1S  | AVX512F AVX512VL   | kreq
vpgatherqq zmm{k}, vm64z                                | RM   | EVEX.512.66.0F38.W1 91 /r     | T1S  | AVX512F            | kreq
vpgatherqq ymm{k}, vm64y                                | RM   | EVEX.256.66.0F38.W1 91 /r     | T1S  | AVX512F AVX512VL   | kreq
vpgatherqq xmm{k}, vm64x                                | RM   | EVEX.128.66.0F38.W1 91 /r     | T1S  | AVX512F AVX512VL   | kreq
vscatterqpd vm64z{k}, zmm                               | MR   | EVEX.512.66.0F38.W1 A3 /r     | T1S  | AVX512F            | kreq
vscatterqpd vm64y{k}, ymm                               | MR   | EVEX.256.66.0F38.W1 A3 /r     | T1S  | AVX512F AVX512VL   | kreq
vscatterqpd vm64x{k}, xmm                               | MR   | EVEX.128.66.0F38.W1 A3 /r     | T1S  | AVX512F AVX512VL   | kreq
vpscatterqq vm64z{k}, zmm                               | MR   | EVEX.512.66.0F38.W1 A1 /r     | T1S  | AVX512F            | kreq
vpscatterqq vm64y{k}, ymm                               | MR   | EVEX.256.66.0F38.W1 A1 /r     | T1S  | AVX512F AVX512VL   | kreq
vpscatterqq vm64x{k}, xmm                               | MR   | EVEX.128.66.0F38.W1 A1 /r     | T1S  | AVX512F AVX512VL   | kreq

# ---- CD, VPOPCNTDQ, VNNI -------------------------------------------------------------
vpconflictd zmm{k}{z}, zmm/m512/m32bcst                 | RM   | EVEX.512.66.0F38.W0 C4 /r     | FV   | AVX512CD
vpconflictd ymm{k}{z}, ymm/m256/m32bcst                 | RM   | EVEX.256.66.0F38.W0 C4 /r     | FV   | AVX512CD AVX512VL
vpconflictd xmm{k}{z}, xmm/m128/m32bcst                 | RM   | EVEX.128.66.0F38.W0 C4 /r     | FV   | AVX512CD AVX512VL
vpconflictq zmm{k}{z}, zmm/m512/m64bcst                 | RM   | EVEX.512.66.0F38.W1 C4 /r     | FV   | AVX512CD
vpconflictq ymm{k}{z}, ymm/m256/m64bcst                 | RM   | EVEX.256.66.0F38.W1 C4 /r     | FV   | AVX512CD AVX512VL
vpconflictq xmm{k}{z}, xmm/m128/m64bcst                 | RM   | EVEX.128.66.0F38.W1 C4 /r     | FV   | AVX512CD AVX512VL
vplzcntd zmm{k}{z}, zmm/m512/m32bcst                    | RM   | EVEX.512.66.0F38.W0 44 /r     | FV   | AVX512CD
vplzcntd ymm{k}{z}, ymm/m256/m32bcst                    | RM   | EVEX.256.66.0F38.W0 44 /r     | FV   | AVX512CD AVX512VL
vplzcntd xmm{k}{z}, xmm/m128/m32bcst                    | RM   | EVEX.128.66.0F38.W0 44 /r     | FV   | AVX512CD AVX512VL
vplzcntq zmm{k}{z}, zmm/m512/m64bcst                    | RM   | EVEX.512.66.0F38.W1 44 /r     | FV   | AVX512CD
vplzcntq ymm{k}{z}, ymm/m256/m64bcst                    | RM   | EVEX.256.66.0F38.W1 44 /r     | FV   | AVX512CD AVX512VL
vplzcntq xmm{k}{z}, xmm/m128/m64bcst                    | RM   | EVEX.128.66.0F38.W1 44 /r     | FV   | AVX512CD AVX512VL
vpopcntd zmm{k}{z}, zmm/m512/m32bcst                    | RM   | EVEX.512.66.0F38.W0 55 /r     | FV   | AVX512_VPOPCNTDQ
vpopcntd ymm{k}{z}, ymm/m256/m32bcst                    | RM   | EVEX.256.66.0F38.W0 55 /r     | FV   | AVX512_VPOPCNTDQ AVX512VL
vpopcntd xmm{k}{z}, xmm/m128/m32bcst                    | RM   | EVEX.128.66.0F38.W0 55 /r     | FV   | AVX512_VPOPCNTDQ AVX512VL
vpopcntq zmm{k}{z}, zmm/m512/m64bcst                    | RM   | EVEX.512.66.0F38.W1 55 /r     | FV   | AVX512_VPOPCNTDQ
vpopcntq ymm{k}{z}, ymm/m256/m64bcst                    | RM   | EVEX.256.66.0F38.W1 55 /r     | FV   | AVX512_VPOPCNTDQ AVX512VL
vpopcntq xmm{k}{z}, xmm/m128/m64bcst                    | RM   | EVEX.128.66.0F38.W1 55 /r     | FV   | AVX512_VPOPCNTDQ AVX512VL
vpdpbusd zmm{k}{z}, zmm, zmm/m512/m32bcst               | RVM  | EVEX.512.66.0F38.W0 50 /r     | FV   | AVX512_VNNI
vpdpbusd ymm{k}{z}, ymm, ymm/m256/m32bcst               | RVM  | EVEX.256.66.0F38.W0 50 /r     | FV   | AVX512_VNNI AVX512VL
vpdpbusd xmm{k}{z}, xmm, xmm/m128/m32bcst               | RVM  | EVEX.128.66.0F38.W0 50 /r     | FV   | AVX512_VNNI AVX512VL
vpdpbusds zmm{k}{z}, zmm, zmm/m512/m32bcst              | RVM  | EVEX.512.66.0F38.W0 51 /r     | FV   | AVX512_VNNI
vpdpbusds ymm{k}{z}, ymm, ymm/m256/m32bcst              | RVM  | EVEX.256.66.0F38.W0 51 /r     | FV   | AVX512_VNNI AVX512VL
vpdpbusds xmm{k}{z}, xmm, xmm/m128/m32bcst              | RVM  | EVEX.128.66.0F38.W0 51 /r     | FV   | AVX512_VNNI AVX512VL
vpdpwssd zmm{k}{z}, zmm, zmm/m512/m32bcst               | RVM  | EVEX.512.66.0F38.W0 52 /r     | FV   | AVX512_VNNI
vpdpwssd ymm{k}{z}, ymm, ymm/m256/m32bcst               | RVM  | EVEX.256.66.0F38.W0 52 /r     | FV   | AVX512_VNNI AVX512VL
vpdpwssd xmm{k}{z}, xmm, xmm/m128/m32bcst               | RVM  | EVEX.128.66.0F38.W0 52 /r     | FV   | AVX512_VNNI AVX512VL
vpdpwssds zmm{k}{z}, zmm, zmm/m512/m32bcst              | RVM  | EVEX.512.66.0F38.W0 53 /r     | FV   | AVX512_VNNI
vpdpwssds ymm{k}{z}, ymm, ymm/m256/m32bcst              | RVM  | EVEX.256.66.0F38.W0 53 /r     | FV   | AVX512_VNNI AVX512VL
vpdpwssds xmm{k}{z}, xmm, xmm/m128/m32bcst              | RVM  | EVEX.128.66.0F38.W0 53 /r     | FV   | AVX512_VNNI AVX512VL

# ---- mask <-> vector -----------------------------------------------------------------
vpmovm2b zmm, k                                         | RM   | EVEX.512.F3.0F38.W0 28 /r     |      | AVX512BW
vpmovm2b ymm, k                                         | RM   | EVEX.256.F3.0F38.W0 28 /r     |      | AVX512BW AVX512VL
vpmovm2b xmm, k                                         | RM   | EVEX.128.F3.0F38.W0 28 /r     |      | AVX512BW AVX512VL
vpmovm2w zmm, k                                         | RM   | EVEX.512.F3.0F38.W1 28 /r     |      | AVX512BW
vpmovm2w ymm, k                                         | RM   | EVEX.256.F3.0F38.W1 28 /r     |      | AVX512BW AVX512VL
vpmovm2w xmm, k                                         | RM   | EVEX.128.F3.0F38.W1 28 /r     |      | AVX512BW AVX512VL
vpmovm2d zmm, k                                         | RM   | EVEX.512.F3.0F38.W0 38 /r     |      | AVX512DQ
vpmovm2d ymm, k                                         | RM   | EVEX.256.F3.0F38.W0 38 /r     |      | AVX512DQ AVX512VL
vpmovm2d xmm, k                                         | RM   | EVEX.128.F3.0F38.W0 38 /r     |      | AVX512DQ AVX512VL
vpmovm2q zmm, k                                         | RM   | EVEX.512.F3.0F38.W1 38 /r     |      | AVX512DQ
vpmovm2q ymm, k                                         | RM   | EVEX.256.F3.0F38.W1 38 /r     |      | AVX512DQ AVX512VL
vpmovm2q xmm, k                                         | RM   | EVEX.128.F3.0F38.W1 38 /r     |      | AVX512DQ AVX512VL
vpmovb2m k, zmm                                         | RM   | EVEX.512.F3.0F38.W0 29 /r     |      | AVX512BW
vpmovb2m k, ymm                                         | RM   | EVEX.256.F3.0F38.W0 29 /r     |      | AVX512BW AVX512VL
vpmovb2m k, xmm                                         | RM   | EVEX.128.F3.0F38.W0 29 /r     |      | AVX512BW AVX512VL
vpmovw2m k, zmm                                         | RM   | EVEX.512.F3.0F38.W1 29 /r     |      | AVX512BW
vpmovw2m k, ymm                                         | RM   | EVEX.256.F3.0F38.W1 29 /r     |      | AVX512BW AVX512VL
vpmovw2m k, xmm                                         | RM   | EVEX.128.F3.0F38.W1 29 /r     |      | AVX512BW AVX512VL
vpmovd2m k, zmm                                         | RM   | EVEX.512.F3.0F38.W0 39 /r     |      | AVX512DQ
vpmovd2m k, ymm                                         | RM   | EVEX.256.F3.0F38.W0 39 /r     |      | AVX512DQ AVX512VL
vpmovd2m k, xmm                                         | RM   | EVEX.128.F3.0F38.W0 39 /r     |      | AVX512DQ AVX512VL
vpmovq2m k, zmm                                         | RM   | EVEX.512.F3.0F38.W1 39 /r     |      | AVX512DQ
vpmovq2m k, ymm                                         | RM   | EVEX.256.F3.0F38.W1 39 /r     |      | AVX512DQ AVX512VL
vpmovq2m k, xmm                                         | RM   | EVEX.128.F3.0F38.W1 39 /r     |      | AVX512DQ AVX512VL

# ---- AVX-512 floating-point extras: rndscale, rcp14/rsqrt14, scalef, getexp ----------
vrndscaleps zmm{k}{z}, zmm/m512/m32bcst{sae}, imm8      | RMI  | EVEX.512.66.0F3A.W0 08 /r ib  | FV   | AVX512F
vrndscaleps ymm{k}{z}, ymm/m256/m32bcst, imm8           | RMI  | EVEX.256.66.0F3A.W0 08 /r ib  | FV   | AVX512F AVX512VL
vrndscaleps xmm{k}{z}, xmm/m128/m32bcst, imm8           | RMI  | EVEX.128.66.0F3A.W0 08 /r ib  | FV   | AVX512F AVX512VL
vrndscalepd zmm{k}{z}, zmm/m512/m64bcst{sae}, imm8      | RMI  | EVEX.512.66.0F3A.W1 09 /r ib  | FV   | AVX512F
vrndscalepd ymm{k}{z}, ymm/m256/m64bcst, imm8           | RMI  | EVEX.256.66.0F3A.W1 09 /r ib  | FV   | AVX512F AVX512VL
vrndscalepd xmm{k}{z}, xmm/m128/m64bcst, imm8           | RMI  | EVEX.128.66.0F3A.W1 09 /r ib  | FV   | AVX512F AVX512VL
vrndscaless xmm{k}{z}, xmm, xmm/m32{sae}, imm8          | RVMI | EVEX.LIG.66.0F3A.W0 0A /r ib  | T1S  | AVX512F
vrndscalesd xmm{k}{z}, xmm, xmm/m64{sae}, imm8          | RVMI | EVEX.LIG.66.0F3A.W1 0B /r ib  | T1S  | AVX512F
vrcp14ps zmm{k}{z}, zmm/m512/m32bcst                    | RM   | EVEX.512.66.0F38.W0 4C /r     | FV   | AVX512F
vrcp14ps ymm{k}{z}, ymm/m256/m32bcst                    | RM   | EVEX.256.66.0F38.W0 4C /r     | FV   | AVX512F AVX512VL
vrcp14ps xmm{k}{z}, xmm/m128/m32bcst                    | RM   | EVEX.128.66.0F38.W0 4C /r     | FV   | AVX512F AVX512VL
vrcp14pd zmm{k}{z}, zmm/m512/m64bcst                    | RM   | EVEX.512.66.0F38.W1 4C /r     | FV   | AVX512F
vrcp14pd ymm{k}{z}, ymm/m256/m64bcst                    | RM   | EVEX.256.66.0F38.W1 4C /r     | FV   | AVX512F AVX512VL
vrcp14pd xmm{k}{z}, xmm/m128/m64bcst                    | RM   | EVEX.128.66.0F38.W1 4C /r     | FV   | AVX512F AVX512VL
vrcp14ss xmm{k}{z}, xmm, xmm/m32                        | RVM  | EVEX.LIG.66.0F38.W0 4D /r     | T1S  | AVX512F
vrcp14sd xmm{k}{z}, xmm, xmm/m64                        | RVM  | EVEX.LIG.66.0F38.W1 4D /r     | T1S  | AVX512F
vrsqrt14ps zmm{k}{z}, zmm/m512/m32bcst                  | RM   | EVEX.512.66.0F38.W0 4E /r     | FV   | AVX512F
vrsqrt14ps ymm{k}{z}, ymm/m256/m32bcst                  | RM   | EVEX.256.66.0F38.W0 4E /r     | FV   | AVX512F AVX512VL
vrsqrt14ps xmm{k}{z}, xmm/m128/m32bcst                  | RM   | EVEX.128.66.0F38.W0 4E /r     | FV   | AVX512F AVX512VL
vrsqrt14pd zmm{k}{z}, zmm/m512/m64bcst                  | RM   | EVEX.512.66.0F38.W1 4E /r     | FV   | AVX512F
vrsqrt14pd ymm{k}{z}, ymm/m256/m64bcst                  | RM   | EVEX.256.66.0F38.W1 4E /r     | FV   | AVX512F AVX512VL
vrsqrt14pd xmm{k}{z}, xmm/m128/m64bcst                  | RM   | EVEX.128.66.0F38.W1 4E /r     | FV   | AVX512F AVX512VL
vrsqrt14ss xmm{k}{z}, xmm, xmm/m32                      | RVM  | EVEX.LIG.66.0F38.W0 4F /r     | T1S  | AVX512F
vrsqrt14sd xmm{k}{z}, xmm, xmm/m64                      | RVM  | EVEX.LIG.66.0F38.W1 4F /r     | T1S  | AVX512F
vscalefps zmm{k}{z}, zmm, zmm/m512/m32bcst{er}          | RVM  | EVEX.512.66.0F38.W0 2C /r     | FV   | AVX512F
vscalefps ymm{k}{z}, ymm, ymm/m256/m32bcst              | RVM  | EVEX.256.66.0F38.W0 2C /r     | FV   | AVX512F AVX512VL
vscalefps xmm{k}{z}, xmm, xmm/m128/m32bcst              | RVM  | EVEX.128.66.0F38.W0 2C /r     | FV   | AVX512F AVX512VL
vgetexpps zmm{k}{z}, zmm/m512/m32bcst{sae}              | RM   | EVEX.512.66.0F38.W0 42 /r     | FV   | AVX512F
vgetexpps ymm{k}{z}, ymm/m256/m32bcst                   | RM   | EVEX.256.66.0F38.W0 42 /r     | FV   | AVX512F AVX512VL
vgetexpps xmm{k}{z}, xmm/m128/m32bcst                   | RM   | EVEX.128.66.0F38.W0 42 /r     | FV   | AVX512F AVX512VL
vscalefpd zmm{k}{z}, zmm, zmm/m512/m64bcst{er}          | RVM  | EVEX.512.66.0F38.W1 2C /r     | FV   | AVX512F
vscalefpd ymm{k}{z}, ymm, ymm/m256/m64bcst              | RVM  | EVEX.256.66.0F38.W1 2C /r     | FV   | AVX512F AVX512VL
vscalefpd xmm{k}{z}, xmm, xmm/m128/m64bcst              | RVM  | EVEX.128.66.0F38.W1 2C /r     | FV   | AVX512F AVX512VL
vgetexppd zmm{k}{z}, zmm/m512/m64bcst{sae}              | RM   | EVEX.512.66.0F38.W1 42 /r     | FV   | AVX512F
vgetexppd ymm{k}{z}, ymm/m256/m64bcst                   | RM   | EVEX.256.66.0F38.W1 42 /r     | FV   | AVX512F AVX512VL
vgetexppd xmm{k}{z}, xmm/m128/m64bcst                   | RM   | EVEX.128.66.0F38.W1 42 /r     | FV   | AVX512F AVX512VL
vscalefss xmm{k}{z}, xmm, xmm/m32{er}                   | RVM  | EVEX.LIG.66.0F38.W0 2D /r     | T1S  | AVX512F
vgetexpss xmm{k}{z}, xmm, xmm/m32{sae}                  | RVM  | EVEX.LIG.66.0F38.W0 43 /r     | T1S  | AVX512F
vscalefsd xmm{k}{z}, xmm, xmm/m64{er}                   | RVM  | EVEX.LIG.66.0F38.W1 2D /r     | T1S  | AVX512F
vgetexpsd xmm{k}{z}, xmm, xmm/m64{sae}                  | RVM  | EVEX.LIG.66.0F38.W1 43 /r     | T1S  | AVX512F
vgetmantps zmm{k}{z}, zmm/m512/m32bcst{sae}, imm8       | RMI  | EVEX.512.66.0F3A.W0 26 /r ib  | FV   | AVX512F
vgetmantps ymm{k}{z}, ymm/m256/m32bcst, imm8            | RMI  | EVEX.256.66.0F3A.W0 26 /r ib  | FV   | AVX512F AVX512VL
vgetmantps xmm{k}{z}, xmm/m128/m32bcst, imm8            | RMI  | EVEX.128.66.0F3A.W0 26 /r ib  | FV   | AVX512F AVX512VL
vfixupimmps zmm{k}{z}, zmm, zmm/m512/m32bcst{sae}, imm8 | RVMI | EVEX.512.66.0F3A.W0 54 /r ib  | FV   | AVX512F
vfixupimmps ymm{k}{z}, ymm, ymm/m256/m32bcst, imm8      | RVMI | EVEX.256.66.0F3A.W0 54 /r ib  | FV   | AVX512F AVX512VL
vfixupimmps xmm{k}{z}, xmm, xmm/m128/m32bcst, imm8      | RVMI | EVEX.128.66.0F3A.W0 54 /r ib  | FV   | AVX512F AVX512VL
vrangeps zmm{k}{z}, zmm, zmm/m512/m32bcst{sae}, imm8    | RVMI | EVEX.512.66.0F3A.W0 50 /r ib  | FV   | AVX512DQ
vrangeps ymm{k}{z}, ymm, ymm/m256/m32bcst, imm8         | RVMI | EVEX.256.66.0F3A.W0 50 /r ib  | FV   | AVX512DQ AVX512VL
vrangeps xmm{k}{z}, xmm, xmm/m128/m32bcst, imm8         | RVMI | EVEX.128.66.0F3A.W0 50 /r ib  | FV   | AVX512DQ AVX512VL
vreduceps zmm{k}{z}, zmm/m512/m32bcst{sae}, imm8        | RMI  | EVEX.512.66.0F3A.W0 56 /r ib  | FV   | AVX512DQ
vreduceps ymm{k}{z}, ymm/m256/m32bcst, imm8             | RMI  | EVEX.256.66.0F3A.W0 56 /r ib  | FV   | AVX512DQ AVX512VL
vreduceps xmm{k}{z}, xmm/m128/m32bcst, imm8             | RMI  | EVEX.128.66.0F3A.W0 56 /r ib  | FV   | AVX512DQ AVX512VL
vgetmantpd zmm{k}{z}, zmm/m512/m64bcst{sae}, imm8       | RMI  | EVEX.512.66.0F3A.W1 26 /r ib  | FV   | AVX512F
vgetmantpd ymm{k}{z}, ymm/m256/m64bcst, imm8            | RMI  | EVEX.256.66.0F3A.W1 26 /r ib  | FV   | AVX512F AVX512VL
vgetmantpd xmm{k}{z}, xmm/m128/m64bcst, imm8            | RMI  | EVEX.128.66.0F3A.W1 26 /r ib  | FV   | AVX512F AVX512VL
vfixupimmpd zmm{k}{z}, zmm, zmm/m512/m64bcst{sae}, imm8 | RVMI | EVEX.512.66.0F3A.W1 54 /r ib  | FV   | AVX512F
vfixupimmpd ymm{k}{z}, ymm, ymm/m256/m64bcst, imm8      | RVMI | EVEX.256.66.0F3A.W1 54 /r ib  | FV   | AVX512F AVX512VL
vfixupimmpd xmm{k}{z}, xmm, xmm/m128/m64bcst, imm8      | RVMI | EVEX.128.66.0F3A.W1 54 /r ib  | FV   | AVX512F AVX512VL
vrangepd zmm{k}{z}, zmm, zmm/m512/m64bcst{sae}, imm8    | RVMI | EVEX.512.66.0F3A.W1 50 /r ib  | FV   | AVX512DQ
vrangepd ymm{k}{z}, ymm, ymm/m256/m64bcst, imm8         | RVMI | EVEX.256.66.0F3A.W1 50 /r ib  | FV   | AVX512DQ AVX512VL
vrangepd xmm{k}{z}, xmm, xmm/m128/m64bcst, imm8         | RVMI | EVEX.128.66.0F3A.W1 50 /r ib  | FV   | AVX512DQ AVX512VL
vreducepd zmm{k}{z}, zmm/m512/m64bcst{sae}, imm8        | RMI  | EVEX.512.66.0F3A.W1 56 /r ib  | FV   | AVX512DQ
vreducepd ymm{k}{z}, ymm/m256/m64bcst, imm8             | RMI  | EVEX.256.66.0F3A.W1 56 /r ib  | FV   | AVX512DQ AVX512VL
vreducepd xmm{k}{z}, xmm/m128/m64bcst, imm8             | RMI  | EVEX.128.66.0F3A.W1 56 /r ib  | FV   | AVX512DQ AVX512VL
vgetmantss xmm{k}{z}, xmm, xmm/m32{sae}, imm8           | RVMI | EVEX.LIG.66.0F3A.W0 27 /r ib  | T1S  | AVX512F
vfixupimmss xmm{k}{z}, xmm, xmm/m32{sae}, imm8          | RVMI | EVEX.LIG.66.0F3A.W0 55 /r ib  | T1S  | AVX512F
vrangess xmm{k}{z}, xmm, xmm/m32{sae}, imm8             | RVMI | EVEX.LIG.66.0F3A.W0 51 /r ib  | T1S  | AVX512DQ
vreducess xmm{k}{z}, xmm, xmm/m32{sae}, imm8            | RVMI | EVEX.LIG.66.0F3A.W0 57 /r ib  | T1S  | AVX512DQ
vfpclassss k{k}, xmm/m32, imm8                          | RMI  | EVEX.LIG.66.0F3A.W0 67 /r ib  | T1S  | AVX512DQ
vgetmantsd xmm{k}{z}, xmm, xmm/m64{sae}, imm8           | RVMI | EVEX.LIG.66.0F3A.W1 27 /r ib  | T1S  | AVX512F
vfixupimmsd xmm{k}{z}, xmm, xmm/m64{sae}, imm8          | RVMI | EVEX.LIG.66.0F3A.W1 55 /r ib  | T1S  | AVX512F
vrangesd xmm{k}{z}, xmm, xmm/m64{sae}, imm8             | RVMI | EVEX.LIG.66.0F3A.W1 51 /r ib  | T1S  | AVX512DQ
vreducesd xmm{k}{z}, xmm, xmm/m64{sae}, imm8            | RVMI | EVEX.LIG.66.0F3A.W1 57 /r ib  | T1S  | AVX512DQ
vfpclasssd k{k}, xmm/m64, imm8                          | RMI  | EVEX.LIG.66.0F3A.W1 67 /r ib  | T1S  | AVX512DQ
vfpclassps k{k}, zmm/m512/m32bcst, imm8                 | RMI  | EVEX.512.66.0F3A.W0 66 /r ib  | FV   | AVX512DQ
vfpclassps k{k}, ymm/m256/m32bcst, imm8                 | RMI  | EVEX.256.66.0F3A.W0 66 /r ib  | FV   | AVX512DQ AVX512VL
vfpclassps k{k}, xmm/m128/m32bcst, imm8                 | RMI  | EVEX.128.66.0F3A.W0 66 /r ib  | FV   | AVX512DQ AVX512VL
vfpclasspd k{k}, zmm/m512/m64bcst, imm8                 | RMI  | EVEX.512.66.0F3A.W1 66 /r ib  | FV   | AVX512DQ
vfpclasspd k{k}, ymm/m256/m64bcst, imm8                 | RMI  | EVEX.256.66.0F3A.W1 66 /r ib  | FV   | AVX512DQ AVX512VL
vfpclasspd k{k}, xmm/m128/m64bcst, imm8                 | RMI  | EVEX.128.66.0F3A.W1 66 /r ib  | FV   | AVX512DQ AVX512VL
vdbpsadbw zmm{k}{z}, zmm, zmm/m512, imm8                | RVMI | EVEX.512.66.0F3A.W0 42 /r ib  | FVM  | AVX512BW
vdbpsadbw ymm{k}{z}, ymm, ymm/m256, imm8                | RVMI | EVEX.256.66.0F3A.W0 42 /r ib  | FVM  | AVX512BW AVX512VL
vdbpsadbw xmm{k}{z}, xmm, xmm/m128, imm8                | RVMI | EVEX.128.66.0F3A.W0 42 /r ib  | FVM  | AVX512BW AVX512VL
vpbroadcastmb2q zmm, k                                  | RM   | EVEX.512.F3.0F38.W1 2A /r     |      | AVX512CD
vpbroadcastmb2q ymm, k                                  | RM   | EVEX.256.F3.0F38.W1 2A /r     |      | AVX512CD AVX512VL
vpbroadcastmb2q xmm, k                                  | RM   | EVEX.128.F3.0F38.W1 2A /r     |      | AVX512CD AVX512VL
vpbroadcastmw2d zmm, k                                  | RM   | EVEX.512.F3.0F38.W0 3A /r     |      | AVX512CD
vpbroadcastmw2d ymm, k                                  | RM   | EVEX.256.F3.0F38.W0 3A /r     |      | AVX512CD AVX512VL
vpbroadcastmw2d xmm, k                                  | RM   | EVEX.128.F3.0F38.W0 3A /r     |      | AVX512CD AVX512VL

# ---- opmask (k-register) instructions; VEX-encoded -----------------------------------
kmovb k, k/m8                                           | RM   | VEX.L0.66.0F.W0 90 /r         |      | AVX512DQ
kmovb m8, k                                             | MR   | VEX.L0.66.0F.W0 91 /r         |      | AVX512DQ
kmovb k, r32                                            | RM   | VEX.L0.66.0F.W0 92 /r         |      | AVX512DQ
kmovb r32, k                                            | RM   | VEX.L0.66.0F.W0 93 /r         |      | AVX512DQ
kmovw k, k/m16                                          | RM   | VEX.L0.0F.W0 90 /r            |      | AVX512F
kmovw m16, k                                            | MR   | VEX.L0.0F.W0 91 /r            |      | AVX512F
kmovw k, r32                                            | RM   | VEX.L0.0F.W0 92 /r            |      | AVX512F
kmovw r32, k                                            | RM   | VEX.L0.0F.W0 93 /r            |      | AVX512F
kmovd k, k/m32                                          | RM   | VEX.L0.66.0F.W1 90 /r         |      | AVX512BW
kmovd m32, k                                            | MR   | VEX.L0.66.0F.W1 91 /r         |      | AVX512BW
kmovd k, r32                                            | RM   | VEX.L0.F2.0F.W0 92 /r         |      | AVX512BW
kmovd r32, k                                            | RM   | VEX.L0.F2.0F.W0 93 /r         |      | AVX512BW
kmovq k, k/m64                                          | RM   | VEX.L0.0F.W1 90 /r            |      | AVX512BW
kmovq m64, k                                            | MR   | VEX.L0.0F.W1 91 /r            |      | AVX512BW
kmovq k, r64                                            | RM   | VEX.L0.F2.0F.W1 92 /r         |      | AVX512BW
kmovq r64, k                                            | RM   | VEX.L0.F2.0F.W1 93 /r         |      | AVX512BW
kandb k, k, k                                           | RVM  | VEX.L1.66.0F.W0 41 /r         |      | AVX512DQ
kandw k, k, k                                           | RVM  | VEX.L1.0F.W0 41 /r            |      | AVX512F
kandd k, k, k                                           | RVM  | VEX.L1.66.0F.W1 41 /r         |      | AVX512BW
kandq k, k, k                                           | RVM  | VEX.L1.0F.W1 41 /r            |      | AVX512BW
kandnb k, k, k                                          | RVM  | VEX.L1.66.0F.W0 42 /r         |      | AVX512DQ
kandnw k, k, k                                          | RVM  | VEX.L1.0F.W0 42 /r            |      | AVX512F
kandnd k, k, k                                          | RVM  | VEX.L1.66.0F.W1 42 /r         |      | AVX512BW
kandnq k, k, k                                          | RVM  | VEX.L1.0F.W1 42 /r            |      | AVX512BW
korb k, k, k                                            | RVM  | VEX.L1.66.0F.W0 45 /r         |      | AVX512DQ
korw k, k, k                                            | RVM  | VEX.L1.0F.W0 45 /r            |      | AVX512F
kord k, k, k                                            | RVM  | VEX.L1.66.0F.W1 45 /r         |      | AVX512BW
korq k, k, k                                            | RVM  | VEX.L1.0F.W1 45 /r            |      | AVX512BW
kxnorb k, k, k                                          | RVM  | VEX.L1.66.0F.W0 46 /r         |      | AVX512DQ
kxnorw k, k, k                                          | RVM  | VEX.L1.0F.W0 46 /r            |      | AVX512F
kxnord k, k, k                                          | RVM  | VEX.L1.66.0F.W1 46 /r         |      | AVX512BW
kxnorq k, k, k                                          | RVM  | VEX.L1.0F.W1 46 /r            |      | AVX512BW
kxorb k, k, k                                           | RVM  | VEX.L1.66.0F.W0 47 /r         |      | AVX512DQ
kxorw k, k, k                                           | RVM  | VEX.L1.0F.W0 47 /r            |      | AVX512F
kxord k, k, k                                           | RVM  | VEX.L1.66.0F.W1 47 /r         |      | AVX512BW
kxorq k, k, k                                           | RVM  | VEX.L1.0F.W1 47 /r            |      | AVX512BW
kaddb k, k, k                                           | RVM  | VEX.L1.66.0F.W0 4A /r         |      | AVX512DQ
kaddw k, k, k                                           | RVM  | VEX.L1.0F.W0 4A /r            |      | AVX512DQ
kaddd k, k, k                                           | RVM  | VEX.L1.66.0F.W1 4A /r         |      | AVX512BW
kaddq k, k, k                                           | RVM  | VEX.L1.0F.W1 4A /r            |      | AVX512BW
knotb k, k                                              | RM   | VEX.L0.66.0F.W0 44 /r         |      | AVX512DQ
knotw k, k                                              | RM   | VEX.L0.0F.W0 44 /r            |      | AVX512F
knotd k, k                                              | RM   | VEX.L0.66.0F.W1 44 /r         |      | AVX512BW
knotq k, k                                              | RM   | VEX.L0.0F.W1 44 /r            |      | AVX512BW
kortestb k, k                                           | RM   | VEX.L0.66.0F.W0 98 /r         |      | AVX512DQ
kortestw k, k                                           | RM   | VEX.L0.0F.W0 98 /r            |      | AVX512F
kortestd k, k                                           | RM   | VEX.L0.66.0F.W1 98 /r         |      | AVX512BW
kortestq k, k                                           | RM   | VEX.L0.0F.W1 98 /r            |      | AVX512BW
ktestb k, k                                             | RM   | VEX.L0.66.0F.W0 99 /r         |      | AVX512DQ
ktestw k, k                                             | RM   | VEX.L0.0F.W0 99 /r            |      | AVX512DQ
ktestd k, k                                             | RM   | VEX.L0.66.0F.W1 99 /r         |      | AVX512BW
ktestq k, k                                             | RM   | VEX.L0.0F.W1 99 /r            |      | AVX512BW
kunpckbw k, k, k                                        | RVM  | VEX.L1.66.0F.W0 4B /r         |      | AVX512F
kunpckwd k, k, k                                        | RVM  | VEX.L1.0F.W0 4B /r            |      | AVX512BW
kunpckdq k, k, k                                        | RVM  | VEX.L1.0F.W1 4B /r            |      | AVX512BW
kshiftrb k, k, imm8                                     | RMI  | VEX.L0.66.0F3A.W0 30 /r ib    |      | AVX512DQ
kshiftrw k, k, imm8                                     | RMI  | VEX.L0.66.0F3A.W1 30 /r ib    |      | AVX512F
kshiftrd k, k, imm8                                     | RMI  | VEX.L0.66.0F3A.W0 31 /r ib    |      | AVX512BW
kshiftrq k, k, imm8                                     | RMI  | VEX.L0.66.0F3A.W1 31 /r ib    |      | AVX512BW
kshiftlb k, k, imm8                                     | RMI  | VEX.L0.66.0F3A.W0 32 /r ib    |      | AVX512DQ
kshiftlw k, k, imm8                                     | RMI  | VEX.L0.66.0F3A.W1 32 /r ib    |      | AVX512F
kshiftld k, k, imm8                                     | RMI  | VEX.L0.66.0F3A.W0 33 /r ib    |      | AVX512BW
kshiftlq k, k, imm8                                     | RMI  | VEX.L0.66.0F3A.W1 33 /r ib    |      | AVX512BW
`;
