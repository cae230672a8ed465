/**
 * ext-crypto.ts — cryptographic and finite-field extensions: GFNI (legacy,
 * VEX, EVEX), VAES and VPCLMULQDQ on ymm/zmm (the xmm VEX forms of AES and
 * PCLMULQDQ are in sse.ts/avx.ts), the PCLMUL predicate aliases, SHA,
 * SHA512, SM3, SM4 (VEX, and its AVX10.2 EVEX forms), Key Locker, and VIA
 * PadLock. Row notation: README.md here. Encodings: Intel SDM vol. 2 and the
 * ISE; every row judged by llvm-mc-22 (test/encode/golden/ext-crypto.txt).
 */
export const extCryptoRows = String.raw`
# ---- GFNI ------------------------------------------------------------------------------
gf2p8affineinvqb xmm, xmm/m128, imm8                    | RMI  | 66 0F 3A CF /r ib             |      | GFNI
gf2p8affineqb xmm, xmm/m128, imm8                       | RMI  | 66 0F 3A CE /r ib             |      | GFNI
gf2p8mulb xmm, xmm/m128                                 | RM   | 66 0F 38 CF /r                |      | GFNI
vgf2p8affineinvqb xmm, xmm, xmm/m128, imm8              | RVMI | VEX.128.66.0F3A.W1 CF /r ib   |      | GFNI AVX
vgf2p8affineinvqb ymm, ymm, ymm/m256, imm8              | RVMI | VEX.256.66.0F3A.W1 CF /r ib   |      | GFNI AVX
vgf2p8affineqb xmm, xmm, xmm/m128, imm8                 | RVMI | VEX.128.66.0F3A.W1 CE /r ib   |      | GFNI AVX
vgf2p8affineqb ymm, ymm, ymm/m256, imm8                 | RVMI | VEX.256.66.0F3A.W1 CE /r ib   |      | GFNI AVX
vgf2p8mulb xmm, xmm, xmm/m128                           | RVM  | VEX.128.66.0F38.W0 CF /r      |      | GFNI AVX
vgf2p8mulb ymm, ymm, ymm/m256                           | RVM  | VEX.256.66.0F38.W0 CF /r      |      | GFNI AVX
vgf2p8affineinvqb zmm{k}{z}, zmm, zmm/m512/m64bcst, imm8 | RVMI | EVEX.512.66.0F3A.W1 CF /r ib | FV   | GFNI AVX512F
vgf2p8affineinvqb ymm{k}{z}, ymm, ymm/m256/m64bcst, imm8 | RVMI | EVEX.256.66.0F3A.W1 CF /r ib | FV   | GFNI AVX512VL
vgf2p8affineinvqb xmm{k}{z}, xmm, xmm/m128/m64bcst, imm8 | RVMI | EVEX.128.66.0F3A.W1 CF /r ib | FV   | GFNI AVX512VL
vgf2p8affineqb zmm{k}{z}, zmm, zmm/m512/m64bcst, imm8   | RVMI | EVEX.512.66.0F3A.W1 CE /r ib  | FV   | GFNI AVX512F
vgf2p8affineqb ymm{k}{z}, ymm, ymm/m256/m64bcst, imm8   | RVMI | EVEX.256.66.0F3A.W1 CE /r ib  | FV   | GFNI AVX512VL
vgf2p8affineqb xmm{k}{z}, xmm, xmm/m128/m64bcst, imm8   | RVMI | EVEX.128.66.0F3A.W1 CE /r ib  | FV   | GFNI AVX512VL
vgf2p8mulb zmm{k}{z}, zmm, zmm/m512                     | RVM  | EVEX.512.66.0F38.W0 CF /r     | FVM  | GFNI AVX512F
vgf2p8mulb ymm{k}{z}, ymm, ymm/m256                     | RVM  | EVEX.256.66.0F38.W0 CF /r     | FVM  | GFNI AVX512VL
vgf2p8mulb xmm{k}{z}, xmm, xmm/m128                     | RVM  | EVEX.128.66.0F38.W0 CF /r     | FVM  | GFNI AVX512VL

# ---- VAES: AES rounds on ymm (VEX) and zmm/ymm/xmm16-31 (EVEX, no masking) ---------------
vaesenc ymm, ymm, ymm/m256                              | RVM  | VEX.256.66.0F38.WIG DC /r     |      | VAES
vaesenclast ymm, ymm, ymm/m256                          | RVM  | VEX.256.66.0F38.WIG DD /r     |      | VAES
vaesdec ymm, ymm, ymm/m256                              | RVM  | VEX.256.66.0F38.WIG DE /r     |      | VAES
vaesdeclast ymm, ymm, ymm/m256                          | RVM  | VEX.256.66.0F38.WIG DF /r     |      | VAES
vaesenc zmm, zmm, zmm/m512                              | RVM  | EVEX.512.66.0F38.WIG DC /r    | FVM  | VAES AVX512F
vaesenc ymm, ymm, ymm/m256                              | RVM  | EVEX.256.66.0F38.WIG DC /r    | FVM  | VAES AVX512VL
vaesenc xmm, xmm, xmm/m128                              | RVM  | EVEX.128.66.0F38.WIG DC /r    | FVM  | VAES AVX512VL
vaesenclast zmm, zmm, zmm/m512                          | RVM  | EVEX.512.66.0F38.WIG DD /r    | FVM  | VAES AVX512F
vaesenclast ymm, ymm, ymm/m256                          | RVM  | EVEX.256.66.0F38.WIG DD /r    | FVM  | VAES AVX512VL
vaesenclast xmm, xmm, xmm/m128                          | RVM  | EVEX.128.66.0F38.WIG DD /r    | FVM  | VAES AVX512VL
vaesdec zmm, zmm, zmm/m512                              | RVM  | EVEX.512.66.0F38.WIG DE /r    | FVM  | VAES AVX512F
vaesdec ymm, ymm, ymm/m256                              | RVM  | EVEX.256.66.0F38.WIG DE /r    | FVM  | VAES AVX512VL
vaesdec xmm, xmm, xmm/m128                              | RVM  | EVEX.128.66.0F38.WIG DE /r    | FVM  | VAES AVX512VL
vaesdeclast zmm, zmm, zmm/m512                          | RVM  | EVEX.512.66.0F38.WIG DF /r    | FVM  | VAES AVX512F
vaesdeclast ymm, ymm, ymm/m256                          | RVM  | EVEX.256.66.0F38.WIG DF /r    | FVM  | VAES AVX512VL
vaesdeclast xmm, xmm, xmm/m128                          | RVM  | EVEX.128.66.0F38.WIG DF /r    | FVM  | VAES AVX512VL

# ---- VPCLMULQDQ, and the PCLMUL predicate aliases (imm8 = which quadwords) ----------------
vpclmulqdq ymm, ymm, ymm/m256, imm8                     | RVMI | VEX.256.66.0F3A.WIG 44 /r ib  |      | VPCLMULQDQ
vpclmulqdq zmm, zmm, zmm/m512, imm8                     | RVMI | EVEX.512.66.0F3A.WIG 44 /r ib | FVM  | VPCLMULQDQ AVX512F
vpclmulqdq ymm, ymm, ymm/m256, imm8                     | RVMI | EVEX.256.66.0F3A.WIG 44 /r ib | FVM  | VPCLMULQDQ AVX512VL
vpclmulqdq xmm, xmm, xmm/m128, imm8                     | RVMI | EVEX.128.66.0F3A.WIG 44 /r ib | FVM  | VPCLMULQDQ AVX512VL
pclmullqlqdq xmm, xmm/m128                              | RM   | 66 0F 3A 44 /r                |      | PCLMULQDQ       | imm=0
pclmulhqlqdq xmm, xmm/m128                              | RM   | 66 0F 3A 44 /r                |      | PCLMULQDQ       | imm=1
pclmullqhqdq xmm, xmm/m128                              | RM   | 66 0F 3A 44 /r                |      | PCLMULQDQ       | imm=16
pclmulhqhqdq xmm, xmm/m128                              | RM   | 66 0F 3A 44 /r                |      | PCLMULQDQ       | imm=17
vpclmullqlqdq xmm, xmm, xmm/m128                        | RVM  | VEX.128.66.0F3A.WIG 44 /r     |      | PCLMULQDQ AVX   | imm=0
vpclmulhqlqdq xmm, xmm, xmm/m128                        | RVM  | VEX.128.66.0F3A.WIG 44 /r     |      | PCLMULQDQ AVX   | imm=1
vpclmullqhqdq xmm, xmm, xmm/m128                        | RVM  | VEX.128.66.0F3A.WIG 44 /r     |      | PCLMULQDQ AVX   | imm=16
vpclmulhqhqdq xmm, xmm, xmm/m128                        | RVM  | VEX.128.66.0F3A.WIG 44 /r     |      | PCLMULQDQ AVX   | imm=17
vpclmullqlqdq ymm, ymm, ymm/m256                        | RVM  | VEX.256.66.0F3A.WIG 44 /r     |      | VPCLMULQDQ      | imm=0
vpclmulhqlqdq ymm, ymm, ymm/m256                        | RVM  | VEX.256.66.0F3A.WIG 44 /r     |      | VPCLMULQDQ      | imm=1
vpclmullqhqdq ymm, ymm, ymm/m256                        | RVM  | VEX.256.66.0F3A.WIG 44 /r     |      | VPCLMULQDQ      | imm=16
vpclmulhqhqdq ymm, ymm, ymm/m256                        | RVM  | VEX.256.66.0F3A.WIG 44 /r     |      | VPCLMULQDQ      | imm=17

# ---- SHA -------------------------------------------------------------------------------
sha1rnds4 xmm, xmm/m128, imm8                           | RMI  | NP 0F 3A CC /r ib             |      | SHA
sha1nexte xmm, xmm/m128                                 | RM   | NP 0F 38 C8 /r                |      | SHA
sha1msg1 xmm, xmm/m128                                  | RM   | NP 0F 38 C9 /r                |      | SHA
sha1msg2 xmm, xmm/m128                                  | RM   | NP 0F 38 CA /r                |      | SHA
sha256rnds2 xmm, xmm/m128, xmm0                         | RM   | NP 0F 38 CB /r                |      | SHA
sha256msg1 xmm, xmm/m128                                | RM   | NP 0F 38 CC /r                |      | SHA
sha256msg2 xmm, xmm/m128                                | RM   | NP 0F 38 CD /r                |      | SHA

# ---- SHA512, SM3, SM4 (VEX; SM4 also EVEX with AVX10.2) -----------------------------------
vsha512msg1 ymm, xmm                                    | RM   | VEX.256.F2.0F38.W0 CC /r      |      | SHA512
vsha512msg2 ymm, ymm                                    | RM   | VEX.256.F2.0F38.W0 CD /r      |      | SHA512
vsha512rnds2 ymm, ymm, xmm                              | RVM  | VEX.256.F2.0F38.W0 CB /r      |      | SHA512
vsm3msg1 xmm, xmm, xmm/m128                             | RVM  | VEX.128.0F38.W0 DA /r         |      | SM3
vsm3msg2 xmm, xmm, xmm/m128                             | RVM  | VEX.128.66.0F38.W0 DA /r      |      | SM3
vsm3rnds2 xmm, xmm, xmm/m128, imm8                      | RVMI | VEX.128.66.0F3A.W0 DE /r ib   |      | SM3
vsm4key4 xmm, xmm, xmm/m128                             | RVM  | VEX.128.F3.0F38.W0 DA /r      |      | SM4
vsm4key4 ymm, ymm, ymm/m256                             | RVM  | VEX.256.F3.0F38.W0 DA /r      |      | SM4
vsm4rnds4 xmm, xmm, xmm/m128                            | RVM  | VEX.128.F2.0F38.W0 DA /r      |      | SM4
vsm4rnds4 ymm, ymm, ymm/m256                            | RVM  | VEX.256.F2.0F38.W0 DA /r      |      | SM4
vsm4key4 zmm, zmm, zmm/m512                             | RVM  | EVEX.512.F3.0F38.W0 DA /r     | FVM  | SM4 AVX10.2
vsm4key4 ymm, ymm, ymm/m256                             | RVM  | EVEX.256.F3.0F38.W0 DA /r     | FVM  | SM4 AVX10.2
vsm4key4 xmm, xmm, xmm/m128                             | RVM  | EVEX.128.F3.0F38.W0 DA /r     | FVM  | SM4 AVX10.2
vsm4rnds4 zmm, zmm, zmm/m512                            | RVM  | EVEX.512.F2.0F38.W0 DA /r     | FVM  | SM4 AVX10.2
vsm4rnds4 ymm, ymm, ymm/m256                            | RVM  | EVEX.256.F2.0F38.W0 DA /r     | FVM  | SM4 AVX10.2
vsm4rnds4 xmm, xmm, xmm/m128                            | RVM  | EVEX.128.F2.0F38.W0 DA /r     | FVM  | SM4 AVX10.2
`;
