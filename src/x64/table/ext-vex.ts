/**
 * ext-vex.ts — VEX-encoded extensions of the Alder Lake / Sierra Forest era:
 * AVX-VNNI, AVX-VNNI-INT8, AVX-VNNI-INT16, AVX-IFMA, AVX-NE-CONVERT and
 * CMPccXADD. Where an EVEX twin with the same mnemonic exists (AVX512_VNNI,
 * AVX512_IFMA, AVX512_BF16), llvm-mc picks the EVEX form unless the source
 * says `{vex}`, and so does the table: these rows come after the EVEX ones.
 * Row notation: README.md here. Encodings: Intel SDM vol. 2 / ISE; every row
 * judged by llvm-mc-22 (test/encode/golden/ext-vex.txt).
 */
export const extVexRows = String.raw`
# ---- AVX-VNNI (VEX twins of AVX512_VNNI) --------------------------------------------------
vpdpbusd xmm, xmm, xmm/m128                             | RVM  | VEX.128.66.0F38.W0 50 /r      |      | AVX_VNNI
vpdpbusd ymm, ymm, ymm/m256                             | RVM  | VEX.256.66.0F38.W0 50 /r      |      | AVX_VNNI
vpdpbusds xmm, xmm, xmm/m128                            | RVM  | VEX.128.66.0F38.W0 51 /r      |      | AVX_VNNI
vpdpbusds ymm, ymm, ymm/m256                            | RVM  | VEX.256.66.0F38.W0 51 /r      |      | AVX_VNNI
vpdpwssd xmm, xmm, xmm/m128                             | RVM  | VEX.128.66.0F38.W0 52 /r      |      | AVX_VNNI
vpdpwssd ymm, ymm, ymm/m256                             | RVM  | VEX.256.66.0F38.W0 52 /r      |      | AVX_VNNI
vpdpwssds xmm, xmm, xmm/m128                            | RVM  | VEX.128.66.0F38.W0 53 /r      |      | AVX_VNNI
vpdpwssds ymm, ymm, ymm/m256                            | RVM  | VEX.256.66.0F38.W0 53 /r      |      | AVX_VNNI

# ---- AVX-VNNI-INT8: byte dot products, signed/unsigned mixes -------------------------------
vpdpbssd xmm, xmm, xmm/m128                             | RVM  | VEX.128.F2.0F38.W0 50 /r      |      | AVX_VNNI_INT8
vpdpbssd ymm, ymm, ymm/m256                             | RVM  | VEX.256.F2.0F38.W0 50 /r      |      | AVX_VNNI_INT8
vpdpbssds xmm, xmm, xmm/m128                            | RVM  | VEX.128.F2.0F38.W0 51 /r      |      | AVX_VNNI_INT8
vpdpbssds ymm, ymm, ymm/m256                            | RVM  | VEX.256.F2.0F38.W0 51 /r      |      | AVX_VNNI_INT8
vpdpbsud xmm, xmm, xmm/m128                             | RVM  | VEX.128.F3.0F38.W0 50 /r      |      | AVX_VNNI_INT8
vpdpbsud ymm, ymm, ymm/m256                             | RVM  | VEX.256.F3.0F38.W0 50 /r      |      | AVX_VNNI_INT8
vpdpbsuds xmm, xmm, xmm/m128                            | RVM  | VEX.128.F3.0F38.W0 51 /r      |      | AVX_VNNI_INT8
vpdpbsuds ymm, ymm, ymm/m256                            | RVM  | VEX.256.F3.0F38.W0 51 /r      |      | AVX_VNNI_INT8
vpdpbuud xmm, xmm, xmm/m128                             | RVM  | VEX.128.0F38.W0 50 /r         |      | AVX_VNNI_INT8
vpdpbuud ymm, ymm, ymm/m256                             | RVM  | VEX.256.0F38.W0 50 /r         |      | AVX_VNNI_INT8
vpdpbuuds xmm, xmm, xmm/m128                            | RVM  | VEX.128.0F38.W0 51 /r         |      | AVX_VNNI_INT8
vpdpbuuds ymm, ymm, ymm/m256                            | RVM  | VEX.256.0F38.W0 51 /r         |      | AVX_VNNI_INT8

# ---- AVX-VNNI-INT16: word dot products ----------------------------------------------------
vpdpwsud xmm, xmm, xmm/m128                             | RVM  | VEX.128.F3.0F38.W0 D2 /r      |      | AVX_VNNI_INT16
vpdpwsud ymm, ymm, ymm/m256                             | RVM  | VEX.256.F3.0F38.W0 D2 /r      |      | AVX_VNNI_INT16
vpdpwsuds xmm, xmm, xmm/m128                            | RVM  | VEX.128.F3.0F38.W0 D3 /r      |      | AVX_VNNI_INT16
vpdpwsuds ymm, ymm, ymm/m256                            | RVM  | VEX.256.F3.0F38.W0 D3 /r      |      | AVX_VNNI_INT16
vpdpwusd xmm, xmm, xmm/m128                             | RVM  | VEX.128.66.0F38.W0 D2 /r      |      | AVX_VNNI_INT16
vpdpwusd ymm, ymm, ymm/m256                             | RVM  | VEX.256.66.0F38.W0 D2 /r      |      | AVX_VNNI_INT16
vpdpwusds xmm, xmm, xmm/m128                            | RVM  | VEX.128.66.0F38.W0 D3 /r      |      | AVX_VNNI_INT16
vpdpwusds ymm, ymm, ymm/m256                            | RVM  | VEX.256.66.0F38.W0 D3 /r      |      | AVX_VNNI_INT16
vpdpwuud xmm, xmm, xmm/m128                             | RVM  | VEX.128.0F38.W0 D2 /r         |      | AVX_VNNI_INT16
vpdpwuud ymm, ymm, ymm/m256                             | RVM  | VEX.256.0F38.W0 D2 /r         |      | AVX_VNNI_INT16
vpdpwuuds xmm, xmm, xmm/m128                            | RVM  | VEX.128.0F38.W0 D3 /r         |      | AVX_VNNI_INT16
vpdpwuuds ymm, ymm, ymm/m256                            | RVM  | VEX.256.0F38.W0 D3 /r         |      | AVX_VNNI_INT16

# ---- AVX-IFMA (VEX twins of AVX512_IFMA) ---------------------------------------------------
vpmadd52luq xmm, xmm, xmm/m128                          | RVM  | VEX.128.66.0F38.W1 B4 /r      |      | AVX_IFMA
vpmadd52luq ymm, ymm, ymm/m256                          | RVM  | VEX.256.66.0F38.W1 B4 /r      |      | AVX_IFMA
vpmadd52huq xmm, xmm, xmm/m128                          | RVM  | VEX.128.66.0F38.W1 B5 /r      |      | AVX_IFMA
vpmadd52huq ymm, ymm, ymm/m256                          | RVM  | VEX.256.66.0F38.W1 B5 /r      |      | AVX_IFMA

# ---- AVX-NE-CONVERT: bf16/fp16 loads and conversions ---------------------------------------
vbcstnebf162ps xmm, m16                                 | RM   | VEX.128.F3.0F38.W0 B1 /r      |      | AVX_NE_CONVERT
vbcstnebf162ps ymm, m16                                 | RM   | VEX.256.F3.0F38.W0 B1 /r      |      | AVX_NE_CONVERT
vbcstnesh2ps xmm, m16                                   | RM   | VEX.128.66.0F38.W0 B1 /r      |      | AVX_NE_CONVERT
vbcstnesh2ps ymm, m16                                   | RM   | VEX.256.66.0F38.W0 B1 /r      |      | AVX_NE_CONVERT
vcvtneebf162ps xmm, m128                                | RM   | VEX.128.F3.0F38.W0 B0 /r      |      | AVX_NE_CONVERT
vcvtneebf162ps ymm, m256                                | RM   | VEX.256.F3.0F38.W0 B0 /r      |      | AVX_NE_CONVERT
vcvtneeph2ps xmm, m128                                  | RM   | VEX.128.66.0F38.W0 B0 /r      |      | AVX_NE_CONVERT
vcvtneeph2ps ymm, m256                                  | RM   | VEX.256.66.0F38.W0 B0 /r      |      | AVX_NE_CONVERT
vcvtneobf162ps xmm, m128                                | RM   | VEX.128.F2.0F38.W0 B0 /r      |      | AVX_NE_CONVERT
vcvtneobf162ps ymm, m256                                | RM   | VEX.256.F2.0F38.W0 B0 /r      |      | AVX_NE_CONVERT
vcvtneoph2ps xmm, m128                                  | RM   | VEX.128.0F38.W0 B0 /r         |      | AVX_NE_CONVERT
vcvtneoph2ps ymm, m256                                  | RM   | VEX.256.0F38.W0 B0 /r         |      | AVX_NE_CONVERT
vcvtneps2bf16 xmm, xmm/m128                             | RM   | VEX.128.F3.0F38.W0 72 /r      |      | AVX_NE_CONVERT
vcvtneps2bf16 xmm, ymm/m256                             | RM   | VEX.256.F3.0F38.W0 72 /r      |      | AVX_NE_CONVERT

# ---- CMPccXADD: compare memory with a register, add if the condition holds ------------------
cmpccxadd m32, r32, r32                                 | MRV  | VEX.128.66.0F38.W0 E0+cc /r   |      | CMPCCXADD
cmpccxadd m64, r64, r64                                 | MRV  | VEX.128.66.0F38.W1 E0+cc /r   |      | CMPCCXADD
`;
