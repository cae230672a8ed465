/**
 * ext-avx512.ts — the AVX-512 extensions beyond F/BW/DQ/VL/CD/VNNI/VPOPCNTDQ
 * (those are in avx512.ts): VBMI, VBMI2, BITALG, IFMA, BF16 (EVEX forms),
 * and the Knights Landing/Mill sets llvm-mc still encodes (ER, PF, 4FMAPS,
 * 4VNNIW). VEX twins (AVX-IFMA, AVX-NE-CONVERT) are in ext-vex.ts; crypto
 * (GFNI, VAES, VPCLMULQDQ) in ext-crypto.ts. Row notation: README.md here.
 * Encodings: Intel SDM vol. 2; every row judged by llvm-mc-22
 * (test/encode/golden/ext-avx512.txt).
 */
export const extAvx512Rows = String.raw`
# ---- AVX512_VBMI -----------------------------------------------------------------------
vpermb zmm{k}{z}, zmm, zmm/m512                         | RVM  | EVEX.512.66.0F38.W0 8D /r     | FVM  | AVX512_VBMI
vpermb ymm{k}{z}, ymm, ymm/m256                         | RVM  | EVEX.256.66.0F38.W0 8D /r     | FVM  | AVX512_VBMI AVX512VL
vpermb xmm{k}{z}, xmm, xmm/m128                         | RVM  | EVEX.128.66.0F38.W0 8D /r     | FVM  | AVX512_VBMI AVX512VL
vpermi2b zmm{k}{z}, zmm, zmm/m512                       | RVM  | EVEX.512.66.0F38.W0 75 /r     | FVM  | AVX512_VBMI
vpermi2b ymm{k}{z}, ymm, ymm/m256                       | RVM  | EVEX.256.66.0F38.W0 75 /r     | FVM  | AVX512_VBMI AVX512VL
vpermi2b xmm{k}{z}, xmm, xmm/m128                       | RVM  | EVEX.128.66.0F38.W0 75 /r     | FVM  | AVX512_VBMI AVX512VL
vpermt2b zmm{k}{z}, zmm, zmm/m512                       | RVM  | EVEX.512.66.0F38.W0 7D /r     | FVM  | AVX512_VBMI
vpermt2b ymm{k}{z}, ymm, ymm/m256                       | RVM  | EVEX.256.66.0F38.W0 7D /r     | FVM  | AVX512_VBMI AVX512VL
vpermt2b xmm{k}{z}, xmm, xmm/m128                       | RVM  | EVEX.128.66.0F38.W0 7D /r     | FVM  | AVX512_VBMI AVX512VL
vpmultishiftqb zmm{k}{z}, zmm, zmm/m512/m64bcst         | RVM  | EVEX.512.66.0F38.W1 83 /r     | FV   | AVX512_VBMI
vpmultishiftqb ymm{k}{z}, ymm, ymm/m256/m64bcst         | RVM  | EVEX.256.66.0F38.W1 83 /r     | FV   | AVX512_VBMI AVX512VL
vpmultishiftqb xmm{k}{z}, xmm, xmm/m128/m64bcst         | RVM  | EVEX.128.66.0F38.W1 83 /r     | FV   | AVX512_VBMI AVX512VL

# ---- AVX512_VBMI2: concatenate-and-shift, compress/expand of bytes and words -------------
vpshldw zmm{k}{z}, zmm, zmm/m512, imm8                  | RVMI | EVEX.512.66.0F3A.W1 70 /r ib  | FVM  | AVX512_VBMI2
vpshldw ymm{k}{z}, ymm, ymm/m256, imm8                  | RVMI | EVEX.256.66.0F3A.W1 70 /r ib  | FVM  | AVX512_VBMI2 AVX512VL
vpshldw xmm{k}{z}, xmm, xmm/m128, imm8                  | RVMI | EVEX.128.66.0F3A.W1 70 /r ib  | FVM  | AVX512_VBMI2 AVX512VL
vpshldd zmm{k}{z}, zmm, zmm/m512/m32bcst, imm8          | RVMI | EVEX.512.66.0F3A.W0 71 /r ib  | FV   | AVX512_VBMI2
vpshldd ymm{k}{z}, ymm, ymm/m256/m32bcst, imm8          | RVMI | EVEX.256.66.0F3A.W0 71 /r ib  | FV   | AVX512_VBMI2 AVX512VL
vpshldd xmm{k}{z}, xmm, xmm/m128/m32bcst, imm8          | RVMI | EVEX.128.66.0F3A.W0 71 /r ib  | FV   | AVX512_VBMI2 AVX512VL
vpshldq zmm{k}{z}, zmm, zmm/m512/m64bcst, imm8          | RVMI | EVEX.512.66.0F3A.W1 71 /r ib  | FV   | AVX512_VBMI2
vpshldq ymm{k}{z}, ymm, ymm/m256/m64bcst, imm8          | RVMI | EVEX.256.66.0F3A.W1 71 /r ib  | FV   | AVX512_VBMI2 AVX512VL
vpshldq xmm{k}{z}, xmm, xmm/m128/m64bcst, imm8          | RVMI | EVEX.128.66.0F3A.W1 71 /r ib  | FV   | AVX512_VBMI2 AVX512VL
vpshrdw zmm{k}{z}, zmm, zmm/m512, imm8                  | RVMI | EVEX.512.66.0F3A.W1 72 /r ib  | FVM  | AVX512_VBMI2
vpshrdw ymm{k}{z}, ymm, ymm/m256, imm8                  | RVMI | EVEX.256.66.0F3A.W1 72 /r ib  | FVM  | AVX512_VBMI2 AVX512VL
vpshrdw xmm{k}{z}, xmm, xmm/m128, imm8                  | RVMI | EVEX.128.66.0F3A.W1 72 /r ib  | FVM  | AVX512_VBMI2 AVX512VL
vpshrdd zmm{k}{z}, zmm, zmm/m512/m32bcst, imm8          | RVMI | EVEX.512.66.0F3A.W0 73 /r ib  | FV   | AVX512_VBMI2
vpshrdd ymm{k}{z}, ymm, ymm/m256/m32bcst, imm8          | RVMI | EVEX.256.66.0F3A.W0 73 /r ib  | FV   | AVX512_VBMI2 AVX512VL
vpshrdd xmm{k}{z}, xmm, xmm/m128/m32bcst, imm8          | RVMI | EVEX.128.66.0F3A.W0 73 /r ib  | FV   | AVX512_VBMI2 AVX512VL
vpshrdq zmm{k}{z}, zmm, zmm/m512/m64bcst, imm8          | RVMI | EVEX.512.66.0F3A.W1 73 /r ib  | FV   | AVX512_VBMI2
vpshrdq ymm{k}{z}, ymm, ymm/m256/m64bcst, imm8          | RVMI | EVEX.256.66.0F3A.W1 73 /r ib  | FV   | AVX512_VBMI2 AVX512VL
vpshrdq xmm{k}{z}, xmm, xmm/m128/m64bcst, imm8          | RVMI | EVEX.128.66.0F3A.W1 73 /r ib  | FV   | AVX512_VBMI2 AVX512VL
vpshldvw zmm{k}{z}, zmm, zmm/m512                       | RVM  | EVEX.512.66.0F38.W1 70 /r     | FVM  | AVX512_VBMI2
vpshldvw ymm{k}{z}, ymm, ymm/m256                       | RVM  | EVEX.256.66.0F38.W1 70 /r     | FVM  | AVX512_VBMI2 AVX512VL
vpshldvw xmm{k}{z}, xmm, xmm/m128                       | RVM  | EVEX.128.66.0F38.W1 70 /r     | FVM  | AVX512_VBMI2 AVX512VL
vpshldvd zmm{k}{z}, zmm, zmm/m512/m32bcst               | RVM  | EVEX.512.66.0F38.W0 71 /r     | FV   | AVX512_VBMI2
vpshldvd ymm{k}{z}, ymm, ymm/m256/m32bcst               | RVM  | EVEX.256.66.0F38.W0 71 /r     | FV   | AVX512_VBMI2 AVX512VL
vpshldvd xmm{k}{z}, xmm, xmm/m128/m32bcst               | RVM  | EVEX.128.66.0F38.W0 71 /r     | FV   | AVX512_VBMI2 AVX512VL
vpshldvq zmm{k}{z}, zmm, zmm/m512/m64bcst               | RVM  | EVEX.512.66.0F38.W1 71 /r     | FV   | AVX512_VBMI2
vpshldvq ymm{k}{z}, ymm, ymm/m256/m64bcst               | RVM  | EVEX.256.66.0F38.W1 71 /r     | FV   | AVX512_VBMI2 AVX512VL
vpshldvq xmm{k}{z}, xmm, xmm/m128/m64bcst               | RVM  | EVEX.128.66.0F38.W1 71 /r     | FV   | AVX512_VBMI2 AVX512VL
vpshrdvw zmm{k}{z}, zmm, zmm/m512                       | RVM  | EVEX.512.66.0F38.W1 72 /r     | FVM  | AVX512_VBMI2
vpshrdvw ymm{k}{z}, ymm, ymm/m256                       | RVM  | EVEX.256.66.0F38.W1 72 /r     | FVM  | AVX512_VBMI2 AVX512VL
vpshrdvw xmm{k}{z}, xmm, xmm/m128                       | RVM  | EVEX.128.66.0F38.W1 72 /r     | FVM  | AVX512_VBMI2 AVX512VL
vpshrdvd zmm{k}{z}, zmm, zmm/m512/m32bcst               | RVM  | EVEX.512.66.0F38.W0 73 /r     | FV   | AVX512_VBMI2
vpshrdvd ymm{k}{z}, ymm, ymm/m256/m32bcst               | RVM  | EVEX.256.66.0F38.W0 73 /r     | FV   | AVX512_VBMI2 AVX512VL
vpshrdvd xmm{k}{z}, xmm, xmm/m128/m32bcst               | RVM  | EVEX.128.66.0F38.W0 73 /r     | FV   | AVX512_VBMI2 AVX512VL
vpshrdvq zmm{k}{z}, zmm, zmm/m512/m64bcst               | RVM  | EVEX.512.66.0F38.W1 73 /r     | FV   | AVX512_VBMI2
vpshrdvq ymm{k}{z}, ymm, ymm/m256/m64bcst               | RVM  | EVEX.256.66.0F38.W1 73 /r     | FV   | AVX512_VBMI2 AVX512VL
vpshrdvq xmm{k}{z}, xmm, xmm/m128/m64bcst               | RVM  | EVEX.128.66.0F38.W1 73 /r     | FV   | AVX512_VBMI2 AVX512VL

# ---- AVX512_BITALG ---------------------------------------------------------------------
vpopcntb zmm{k}{z}, zmm/m512                            | RM   | EVEX.512.66.0F38.W0 54 /r     | FVM  | AVX512_BITALG
vpopcntb ymm{k}{z}, ymm/m256                            | RM   | EVEX.256.66.0F38.W0 54 /r     | FVM  | AVX512_BITALG AVX512VL
vpopcntb xmm{k}{z}, xmm/m128                            | RM   | EVEX.128.66.0F38.W0 54 /r     | FVM  | AVX512_BITALG AVX512VL
vpopcntw zmm{k}{z}, zmm/m512                            | RM   | EVEX.512.66.0F38.W1 54 /r     | FVM  | AVX512_BITALG
vpopcntw ymm{k}{z}, ymm/m256                            | RM   | EVEX.256.66.0F38.W1 54 /r     | FVM  | AVX512_BITALG AVX512VL
vpopcntw xmm{k}{z}, xmm/m128                            | RM   | EVEX.128.66.0F38.W1 54 /r     | FVM  | AVX512_BITALG AVX512VL
vpshufbitqmb k{k}, zmm, zmm/m512                        | RVM  | EVEX.512.66.0F38.W0 8F /r     | FVM  | AVX512_BITALG
vpshufbitqmb k{k}, ymm, ymm/m256                        | RVM  | EVEX.256.66.0F38.W0 8F /r     | FVM  | AVX512_BITALG AVX512VL
vpshufbitqmb k{k}, xmm, xmm/m128                        | RVM  | EVEX.128.66.0F38.W0 8F /r     | FVM  | AVX512_BITALG AVX512VL

# ---- AVX512_IFMA (llvm-mc picks these before the VEX AVX-IFMA twins) ---------------------
vpmadd52luq zmm{k}{z}, zmm, zmm/m512/m64bcst            | RVM  | EVEX.512.66.0F38.W1 B4 /r     | FV   | AVX512_IFMA
vpmadd52luq ymm{k}{z}, ymm, ymm/m256/m64bcst            | RVM  | EVEX.256.66.0F38.W1 B4 /r     | FV   | AVX512_IFMA AVX512VL
vpmadd52luq xmm{k}{z}, xmm, xmm/m128/m64bcst            | RVM  | EVEX.128.66.0F38.W1 B4 /r     | FV   | AVX512_IFMA AVX512VL
vpmadd52huq zmm{k}{z}, zmm, zmm/m512/m64bcst            | RVM  | EVEX.512.66.0F38.W1 B5 /r     | FV   | AVX512_IFMA
vpmadd52huq ymm{k}{z}, ymm, ymm/m256/m64bcst            | RVM  | EVEX.256.66.0F38.W1 B5 /r     | FV   | AVX512_IFMA AVX512VL
vpmadd52huq xmm{k}{z}, xmm, xmm/m128/m64bcst            | RVM  | EVEX.128.66.0F38.W1 B5 /r     | FV   | AVX512_IFMA AVX512VL

# ---- AVX512_BF16 -----------------------------------------------------------------------
vcvtne2ps2bf16 zmm{k}{z}, zmm, zmm/m512/m32bcst         | RVM  | EVEX.512.F2.0F38.W0 72 /r     | FV   | AVX512_BF16
vcvtne2ps2bf16 ymm{k}{z}, ymm, ymm/m256/m32bcst         | RVM  | EVEX.256.F2.0F38.W0 72 /r     | FV   | AVX512_BF16 AVX512VL
vcvtne2ps2bf16 xmm{k}{z}, xmm, xmm/m128/m32bcst         | RVM  | EVEX.128.F2.0F38.W0 72 /r     | FV   | AVX512_BF16 AVX512VL
vcvtneps2bf16 ymm{k}{z}, zmm/m512/m32bcst               | RM   | EVEX.512.F3.0F38.W0 72 /r     | FV   | AVX512_BF16
vcvtneps2bf16 xmm{k}{z}, xmm/m128/m32bcst               | RM   | EVEX.128.F3.0F38.W0 72 /r     | FV   | AVX512_BF16 AVX512VL
vcvtneps2bf16 xmm{k}{z}, ymm/m256/m32bcst               | RM   | EVEX.256.F3.0F38.W0 72 /r     | FV   | AVX512_BF16 AVX512VL
vdpbf16ps zmm{k}{z}, zmm, zmm/m512/m32bcst              | RVM  | EVEX.512.F3.0F38.W0 52 /r     | FV   | AVX512_BF16
vdpbf16ps ymm{k}{z}, ymm, ymm/m256/m32bcst              | RVM  | EVEX.256.F3.0F38.W0 52 /r     | FV   | AVX512_BF16 AVX512VL
vdpbf16ps xmm{k}{z}, xmm, xmm/m128/m32bcst              | RVM  | EVEX.128.F3.0F38.W0 52 /r     | FV   | AVX512_BF16 AVX512VL
`;
