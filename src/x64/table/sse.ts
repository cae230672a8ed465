/**
 * sse.ts — legacy-encoded SIMD forms: SSE, SSE2, SSE3, SSSE3, SSE4.1, SSE4.2
 * (xmm0–15 with mandatory 66/F2/F3 prefixes), plus crc32. VEX forms are in
 * avx.ts, EVEX forms in avx512.ts. Row notation: README.md in this folder.
 * Within a mnemonic, row order is preference order (first match wins).
 * Encodings: Intel SDM vol. 2, checked against llvm-mc 14.
 */
export const sseRows = String.raw`
# ---- floating-point arithmetic (SSE: ps/ss, SSE2: pd/sd) -----------------------------
addps xmm, xmm/m128                 | RM   | NP 0F 58 /r             |      | SSE
addpd xmm, xmm/m128                 | RM   | 66 0F 58 /r             |      | SSE2
addss xmm, xmm/m32                  | RM   | F3 0F 58 /r             |      | SSE
addsd xmm, xmm/m64                  | RM   | F2 0F 58 /r             |      | SSE2
mulps xmm, xmm/m128                 | RM   | NP 0F 59 /r             |      | SSE
mulpd xmm, xmm/m128                 | RM   | 66 0F 59 /r             |      | SSE2
mulss xmm, xmm/m32                  | RM   | F3 0F 59 /r             |      | SSE
mulsd xmm, xmm/m64                  | RM   | F2 0F 59 /r             |      | SSE2
subps xmm, xmm/m128                 | RM   | NP 0F 5C /r             |      | SSE
subpd xmm, xmm/m128                 | RM   | 66 0F 5C /r             |      | SSE2
subss xmm, xmm/m32                  | RM   | F3 0F 5C /r             |      | SSE
subsd xmm, xmm/m64                  | RM   | F2 0F 5C /r             |      | SSE2
divps xmm, xmm/m128                 | RM   | NP 0F 5E /r             |      | SSE
divpd xmm, xmm/m128                 | RM   | 66 0F 5E /r             |      | SSE2
divss xmm, xmm/m32                  | RM   | F3 0F 5E /r             |      | SSE
divsd xmm, xmm/m64                  | RM   | F2 0F 5E /r             |      | SSE2
minps xmm, xmm/m128                 | RM   | NP 0F 5D /r             |      | SSE
minpd xmm, xmm/m128                 | RM   | 66 0F 5D /r             |      | SSE2
minss xmm, xmm/m32                  | RM   | F3 0F 5D /r             |      | SSE
minsd xmm, xmm/m64                  | RM   | F2 0F 5D /r             |      | SSE2
maxps xmm, xmm/m128                 | RM   | NP 0F 5F /r             |      | SSE
maxpd xmm, xmm/m128                 | RM   | 66 0F 5F /r             |      | SSE2
maxss xmm, xmm/m32                  | RM   | F3 0F 5F /r             |      | SSE
maxsd xmm, xmm/m64                  | RM   | F2 0F 5F /r             |      | SSE2
sqrtps xmm, xmm/m128                | RM   | NP 0F 51 /r             |      | SSE
sqrtpd xmm, xmm/m128                | RM   | 66 0F 51 /r             |      | SSE2
sqrtss xmm, xmm/m32                 | RM   | F3 0F 51 /r             |      | SSE
sqrtsd xmm, xmm/m64                 | RM   | F2 0F 51 /r             |      | SSE2
rsqrtps xmm, xmm/m128               | RM   | NP 0F 52 /r             |      | SSE
rsqrtss xmm, xmm/m32                | RM   | F3 0F 52 /r             |      | SSE
rcpps xmm, xmm/m128                 | RM   | NP 0F 53 /r             |      | SSE
rcpss xmm, xmm/m32                  | RM   | F3 0F 53 /r             |      | SSE

# ---- logic, unpack, shuffle ----------------------------------------------------------
andps xmm, xmm/m128                 | RM   | NP 0F 54 /r             |      | SSE
andpd xmm, xmm/m128                 | RM   | 66 0F 54 /r             |      | SSE2
andnps xmm, xmm/m128                | RM   | NP 0F 55 /r             |      | SSE
andnpd xmm, xmm/m128                | RM   | 66 0F 55 /r             |      | SSE2
orps xmm, xmm/m128                  | RM   | NP 0F 56 /r             |      | SSE
orpd xmm, xmm/m128                  | RM   | 66 0F 56 /r             |      | SSE2
xorps xmm, xmm/m128                 | RM   | NP 0F 57 /r             |      | SSE
xorpd xmm, xmm/m128                 | RM   | 66 0F 57 /r             |      | SSE2
unpcklps xmm, xmm/m128              | RM   | NP 0F 14 /r             |      | SSE
unpcklpd xmm, xmm/m128              | RM   | 66 0F 14 /r             |      | SSE2
unpckhps xmm, xmm/m128              | RM   | NP 0F 15 /r             |      | SSE
unpckhpd xmm, xmm/m128              | RM   | 66 0F 15 /r             |      | SSE2
shufps xmm, xmm/m128, imm8          | RMI  | NP 0F C6 /r ib          |      | SSE
shufpd xmm, xmm/m128, imm8          | RMI  | 66 0F C6 /r ib          |      | SSE2

# ---- horizontal and alternating add/sub (SSE3) ---------------------------------------
haddps xmm, xmm/m128                | RM   | F2 0F 7C /r             |      | SSE3
haddpd xmm, xmm/m128                | RM   | 66 0F 7C /r             |      | SSE3
hsubps xmm, xmm/m128                | RM   | F2 0F 7D /r             |      | SSE3
hsubpd xmm, xmm/m128                | RM   | 66 0F 7D /r             |      | SSE3
addsubps xmm, xmm/m128              | RM   | F2 0F D0 /r             |      | SSE3
addsubpd xmm, xmm/m128              | RM   | 66 0F D0 /r             |      | SSE3

# ---- compares ------------------------------------------------------------------------
cmpps xmm, xmm/m128, imm8           | RMI  | NP 0F C2 /r ib          |      | SSE
cmppd xmm, xmm/m128, imm8           | RMI  | 66 0F C2 /r ib          |      | SSE2
cmpss xmm, xmm/m32, imm8            | RMI  | F3 0F C2 /r ib          |      | SSE
cmpsd xmm, xmm/m64, imm8            | RMI  | F2 0F C2 /r ib          |      | SSE2
cmpeqps xmm, xmm/m128               | RM   | NP 0F C2 /r             |      | SSE                | imm=0
cmpltps xmm, xmm/m128               | RM   | NP 0F C2 /r             |      | SSE                | imm=1
cmpleps xmm, xmm/m128               | RM   | NP 0F C2 /r             |      | SSE                | imm=2
cmpunordps xmm, xmm/m128            | RM   | NP 0F C2 /r             |      | SSE                | imm=3
cmpneqps xmm, xmm/m128              | RM   | NP 0F C2 /r             |      | SSE                | imm=4
cmpnltps xmm, xmm/m128              | RM   | NP 0F C2 /r             |      | SSE                | imm=5
cmpnleps xmm, xmm/m128              | RM   | NP 0F C2 /r             |      | SSE                | imm=6
cmpordps xmm, xmm/m128              | RM   | NP 0F C2 /r             |      | SSE                | imm=7
cmpeqpd xmm, xmm/m128               | RM   | 66 0F C2 /r             |      | SSE2               | imm=0
cmpltpd xmm, xmm/m128               | RM   | 66 0F C2 /r             |      | SSE2               | imm=1
cmplepd xmm, xmm/m128               | RM   | 66 0F C2 /r             |      | SSE2               | imm=2
cmpunordpd xmm, xmm/m128            | RM   | 66 0F C2 /r             |      | SSE2               | imm=3
cmpneqpd xmm, xmm/m128              | RM   | 66 0F C2 /r             |      | SSE2               | imm=4
cmpnltpd xmm, xmm/m128              | RM   | 66 0F C2 /r             |      | SSE2               | imm=5
cmpnlepd xmm, xmm/m128              | RM   | 66 0F C2 /r             |      | SSE2               | imm=6
cmpordpd xmm, xmm/m128              | RM   | 66 0F C2 /r             |      | SSE2               | imm=7
cmpeqss xmm, xmm/m32                | RM   | F3 0F C2 /r             |      | SSE                | imm=0
cmpltss xmm, xmm/m32                | RM   | F3 0F C2 /r             |      | SSE                | imm=1
cmpless xmm, xmm/m32                | RM   | F3 0F C2 /r             |      | SSE                | imm=2
cmpunordss xmm, xmm/m32             | RM   | F3 0F C2 /r             |      | SSE                | imm=3
cmpneqss xmm, xmm/m32               | RM   | F3 0F C2 /r             |      | SSE                | imm=4
cmpnltss xmm, xmm/m32               | RM   | F3 0F C2 /r             |      | SSE                | imm=5
cmpnless xmm, xmm/m32               | RM   | F3 0F C2 /r             |      | SSE                | imm=6
cmpordss xmm, xmm/m32               | RM   | F3 0F C2 /r             |      | SSE                | imm=7
cmpeqsd xmm, xmm/m64                | RM   | F2 0F C2 /r             |      | SSE2               | imm=0
cmpltsd xmm, xmm/m64                | RM   | F2 0F C2 /r             |      | SSE2               | imm=1
cmplesd xmm, xmm/m64                | RM   | F2 0F C2 /r             |      | SSE2               | imm=2
cmpunordsd xmm, xmm/m64             | RM   | F2 0F C2 /r             |      | SSE2               | imm=3
cmpneqsd xmm, xmm/m64               | RM   | F2 0F C2 /r             |      | SSE2               | imm=4
cmpnltsd xmm, xmm/m64               | RM   | F2 0F C2 /r             |      | SSE2               | imm=5
cmpnlesd xmm, xmm/m64               | RM   | F2 0F C2 /r             |      | SSE2               | imm=6
cmpordsd xmm, xmm/m64               | RM   | F2 0F C2 /r             |      | SSE2               | imm=7
comiss xmm, xmm/m32                 | RM   | NP 0F 2F /r             |      | SSE
comisd xmm, xmm/m64                 | RM   | 66 0F 2F /r             |      | SSE2
ucomiss xmm, xmm/m32                | RM   | NP 0F 2E /r             |      | SSE
ucomisd xmm, xmm/m64                | RM   | 66 0F 2E /r             |      | SSE2

# ---- moves ---------------------------------------------------------------------------
movaps xmm, xmm/m128                | RM   | NP 0F 28 /r             |      | SSE
movaps m128, xmm                    | MR   | NP 0F 29 /r             |      | SSE
movups xmm, xmm/m128                | RM   | NP 0F 10 /r             |      | SSE
movups m128, xmm                    | MR   | NP 0F 11 /r             |      | SSE
movapd xmm, xmm/m128                | RM   | 66 0F 28 /r             |      | SSE2
movapd m128, xmm                    | MR   | 66 0F 29 /r             |      | SSE2
movupd xmm, xmm/m128                | RM   | 66 0F 10 /r             |      | SSE2
movupd m128, xmm                    | MR   | 66 0F 11 /r             |      | SSE2
movdqa xmm, xmm/m128                | RM   | 66 0F 6F /r             |      | SSE2
movdqa m128, xmm                    | MR   | 66 0F 7F /r             |      | SSE2
movdqu xmm, xmm/m128                | RM   | F3 0F 6F /r             |      | SSE2
movdqu m128, xmm                    | MR   | F3 0F 7F /r             |      | SSE2
movss xmm, xmm/m32                  | RM   | F3 0F 10 /r             |      | SSE
movss m32, xmm                      | MR   | F3 0F 11 /r             |      | SSE
movsd xmm, xmm/m64                  | RM   | F2 0F 10 /r             |      | SSE2
movsd m64, xmm                      | MR   | F2 0F 11 /r             |      | SSE2
movd xmm, r/m32                     | RM   | 66 0F 6E /r             |      | SSE2
movd r/m32, xmm                     | MR   | 66 0F 7E /r             |      | SSE2
movq xmm, xmm/m64                   | RM   | F3 0F 7E /r             |      | SSE2
movq m64, xmm                       | MR   | 66 0F D6 /r             |      | SSE2
movq xmm, r64                       | RM   | 66 REX.W 0F 6E /r       |      | SSE2
movq r64, xmm                       | MR   | 66 REX.W 0F 7E /r       |      | SSE2
movd xmm, r64                       | RM   | 66 REX.W 0F 6E /r       |      | SSE2
movd r64, xmm                       | MR   | 66 REX.W 0F 7E /r       |      | SSE2
movhps xmm, m64                     | RM   | NP 0F 16 /r             |      | SSE
movhps m64, xmm                     | MR   | NP 0F 17 /r             |      | SSE
movlps xmm, m64                     | RM   | NP 0F 12 /r             |      | SSE
movlps m64, xmm                     | MR   | NP 0F 13 /r             |      | SSE
movhpd xmm, m64                     | RM   | 66 0F 16 /r             |      | SSE2
movhpd m64, xmm                     | MR   | 66 0F 17 /r             |      | SSE2
movlpd xmm, m64                     | RM   | 66 0F 12 /r             |      | SSE2
movlpd m64, xmm                     | MR   | 66 0F 13 /r             |      | SSE2
movhlps xmm, xmm                    | RM   | NP 0F 12 /r             |      | SSE
movlhps xmm, xmm                    | RM   | NP 0F 16 /r             |      | SSE
movddup xmm, xmm/m64                | RM   | F2 0F 12 /r             |      | SSE3
movshdup xmm, xmm/m128              | RM   | F3 0F 16 /r             |      | SSE3
movsldup xmm, xmm/m128              | RM   | F3 0F 12 /r             |      | SSE3
movntdq m128, xmm                   | MR   | 66 0F E7 /r             |      | SSE2
movntps m128, xmm                   | MR   | NP 0F 2B /r             |      | SSE
movntpd m128, xmm                   | MR   | 66 0F 2B /r             |      | SSE2
movntdqa xmm, m128                  | RM   | 66 0F 38 2A /r          |      | SSE4_1
lddqu xmm, m128                     | RM   | F2 0F F0 /r             |      | SSE3
maskmovdqu xmm, xmm                 | RM   | 66 0F F7 /r             |      | SSE2
movmskps r32/r64, xmm               | RM   | NP 0F 50 /r             |      | SSE
movmskpd r32/r64, xmm               | RM   | 66 0F 50 /r             |      | SSE2
pmovmskb r32/r64, xmm               | RM   | 66 0F D7 /r             |      | SSE2

# ---- conversions ---------------------------------------------------------------------
cvtsi2ss xmm, r/m32                 | RM   | F3 0F 2A /r             |      | SSE
cvtsi2ss xmm, r/m64                 | RM   | F3 REX.W 0F 2A /r       |      | SSE
cvtss2si r32, xmm/m32               | RM   | F3 0F 2D /r             |      | SSE
cvtss2si r64, xmm/m32               | RM   | F3 REX.W 0F 2D /r       |      | SSE
cvttss2si r32, xmm/m32              | RM   | F3 0F 2C /r             |      | SSE
cvttss2si r64, xmm/m32              | RM   | F3 REX.W 0F 2C /r       |      | SSE
cvtsi2sd xmm, r/m32                 | RM   | F2 0F 2A /r             |      | SSE2
cvtsi2sd xmm, r/m64                 | RM   | F2 REX.W 0F 2A /r       |      | SSE2
cvtsd2si r32, xmm/m64               | RM   | F2 0F 2D /r             |      | SSE2
cvtsd2si r64, xmm/m64               | RM   | F2 REX.W 0F 2D /r       |      | SSE2
cvttsd2si r32, xmm/m64              | RM   | F2 0F 2C /r             |      | SSE2
cvttsd2si r64, xmm/m64              | RM   | F2 REX.W 0F 2C /r       |      | SSE2
cvtsd2ss xmm, xmm/m64               | RM   | F2 0F 5A /r             |      | SSE2
cvtss2sd xmm, xmm/m32               | RM   | F3 0F 5A /r             |      | SSE2
cvtdq2ps xmm, xmm/m128              | RM   | NP 0F 5B /r             |      | SSE2
cvtps2dq xmm, xmm/m128              | RM   | 66 0F 5B /r             |      | SSE2
cvttps2dq xmm, xmm/m128             | RM   | F3 0F 5B /r             |      | SSE2
cvtdq2pd xmm, xmm/m64               | RM   | F3 0F E6 /r             |      | SSE2
cvtps2pd xmm, xmm/m64               | RM   | NP 0F 5A /r             |      | SSE2
cvtpd2dq xmm, xmm/m128              | RM   | F2 0F E6 /r             |      | SSE2
cvttpd2dq xmm, xmm/m128             | RM   | 66 0F E6 /r             |      | SSE2
cvtpd2ps xmm, xmm/m128              | RM   | 66 0F 5A /r             |      | SSE2

# ---- integer arithmetic (SSE2 unless noted) ------------------------------------------
paddb xmm, xmm/m128                 | RM   | 66 0F FC /r             |      | SSE2
paddw xmm, xmm/m128                 | RM   | 66 0F FD /r             |      | SSE2
paddd xmm, xmm/m128                 | RM   | 66 0F FE /r             |      | SSE2
paddq xmm, xmm/m128                 | RM   | 66 0F D4 /r             |      | SSE2
psubb xmm, xmm/m128                 | RM   | 66 0F F8 /r             |      | SSE2
psubw xmm, xmm/m128                 | RM   | 66 0F F9 /r             |      | SSE2
psubd xmm, xmm/m128                 | RM   | 66 0F FA /r             |      | SSE2
psubq xmm, xmm/m128                 | RM   | 66 0F FB /r             |      | SSE2
paddsb xmm, xmm/m128                | RM   | 66 0F EC /r             |      | SSE2
paddsw xmm, xmm/m128                | RM   | 66 0F ED /r             |      | SSE2
paddusb xmm, xmm/m128               | RM   | 66 0F DC /r             |      | SSE2
paddusw xmm, xmm/m128               | RM   | 66 0F DD /r             |      | SSE2
psubsb xmm, xmm/m128                | RM   | 66 0F E8 /r             |      | SSE2
psubsw xmm, xmm/m128                | RM   | 66 0F E9 /r             |      | SSE2
psubusb xmm, xmm/m128               | RM   | 66 0F D8 /r             |      | SSE2
psubusw xmm, xmm/m128               | RM   | 66 0F D9 /r             |      | SSE2
pmullw xmm, xmm/m128                | RM   | 66 0F D5 /r             |      | SSE2
pmulhw xmm, xmm/m128                | RM   | 66 0F E5 /r             |      | SSE2
pmulhuw xmm, xmm/m128               | RM   | 66 0F E4 /r             |      | SSE2
pmuludq xmm, xmm/m128               | RM   | 66 0F F4 /r             |      | SSE2
pmaddwd xmm, xmm/m128               | RM   | 66 0F F5 /r             |      | SSE2
pavgb xmm, xmm/m128                 | RM   | 66 0F E0 /r             |      | SSE2
pavgw xmm, xmm/m128                 | RM   | 66 0F E3 /r             |      | SSE2
pminub xmm, xmm/m128                | RM   | 66 0F DA /r             |      | SSE2
pmaxub xmm, xmm/m128                | RM   | 66 0F DE /r             |      | SSE2
pminsw xmm, xmm/m128                | RM   | 66 0F EA /r             |      | SSE2
pmaxsw xmm, xmm/m128                | RM   | 66 0F EE /r             |      | SSE2
packsswb xmm, xmm/m128              | RM   | 66 0F 63 /r             |      | SSE2
packuswb xmm, xmm/m128              | RM   | 66 0F 67 /r             |      | SSE2
packssdw xmm, xmm/m128              | RM   | 66 0F 6B /r             |      | SSE2
punpcklbw xmm, xmm/m128             | RM   | 66 0F 60 /r             |      | SSE2
punpcklwd xmm, xmm/m128             | RM   | 66 0F 61 /r             |      | SSE2
punpckldq xmm, xmm/m128             | RM   | 66 0F 62 /r             |      | SSE2
punpcklqdq xmm, xmm/m128            | RM   | 66 0F 6C /r             |      | SSE2
punpckhbw xmm, xmm/m128             | RM   | 66 0F 68 /r             |      | SSE2
punpckhwd xmm, xmm/m128             | RM   | 66 0F 69 /r             |      | SSE2
punpckhdq xmm, xmm/m128             | RM   | 66 0F 6A /r             |      | SSE2
punpckhqdq xmm, xmm/m128            | RM   | 66 0F 6D /r             |      | SSE2
psadbw xmm, xmm/m128                | RM   | 66 0F F6 /r             |      | SSE2
pand xmm, xmm/m128                  | RM   | 66 0F DB /r             |      | SSE2
pandn xmm, xmm/m128                 | RM   | 66 0F DF /r             |      | SSE2
por xmm, xmm/m128                   | RM   | 66 0F EB /r             |      | SSE2
pxor xmm, xmm/m128                  | RM   | 66 0F EF /r             |      | SSE2

# ---- SSSE3 / SSE4.1 integer ----------------------------------------------------------
pshufb xmm, xmm/m128                | RM   | 66 0F 38 00 /r          |      | SSSE3
phaddw xmm, xmm/m128                | RM   | 66 0F 38 01 /r          |      | SSSE3
phaddd xmm, xmm/m128                | RM   | 66 0F 38 02 /r          |      | SSSE3
phaddsw xmm, xmm/m128               | RM   | 66 0F 38 03 /r          |      | SSSE3
pmaddubsw xmm, xmm/m128             | RM   | 66 0F 38 04 /r          |      | SSSE3
phsubw xmm, xmm/m128                | RM   | 66 0F 38 05 /r          |      | SSSE3
phsubd xmm, xmm/m128                | RM   | 66 0F 38 06 /r          |      | SSSE3
phsubsw xmm, xmm/m128               | RM   | 66 0F 38 07 /r          |      | SSSE3
psignb xmm, xmm/m128                | RM   | 66 0F 38 08 /r          |      | SSSE3
psignw xmm, xmm/m128                | RM   | 66 0F 38 09 /r          |      | SSSE3
psignd xmm, xmm/m128                | RM   | 66 0F 38 0A /r          |      | SSSE3
pmulhrsw xmm, xmm/m128              | RM   | 66 0F 38 0B /r          |      | SSSE3
pabsb xmm, xmm/m128                 | RM   | 66 0F 38 1C /r          |      | SSSE3
pabsw xmm, xmm/m128                 | RM   | 66 0F 38 1D /r          |      | SSSE3
pabsd xmm, xmm/m128                 | RM   | 66 0F 38 1E /r          |      | SSSE3
palignr xmm, xmm/m128, imm8         | RMI  | 66 0F 3A 0F /r ib       |      | SSSE3
pmuldq xmm, xmm/m128                | RM   | 66 0F 38 28 /r          |      | SSE4_1
pcmpeqq xmm, xmm/m128               | RM   | 66 0F 38 29 /r          |      | SSE4_1
packusdw xmm, xmm/m128              | RM   | 66 0F 38 2B /r          |      | SSE4_1
pminsb xmm, xmm/m128                | RM   | 66 0F 38 38 /r          |      | SSE4_1
pminsd xmm, xmm/m128                | RM   | 66 0F 38 39 /r          |      | SSE4_1
pminuw xmm, xmm/m128                | RM   | 66 0F 38 3A /r          |      | SSE4_1
pminud xmm, xmm/m128                | RM   | 66 0F 38 3B /r          |      | SSE4_1
pmaxsb xmm, xmm/m128                | RM   | 66 0F 38 3C /r          |      | SSE4_1
pmaxsd xmm, xmm/m128                | RM   | 66 0F 38 3D /r          |      | SSE4_1
pmaxuw xmm, xmm/m128                | RM   | 66 0F 38 3E /r          |      | SSE4_1
pmaxud xmm, xmm/m128                | RM   | 66 0F 38 3F /r          |      | SSE4_1
pmulld xmm, xmm/m128                | RM   | 66 0F 38 40 /r          |      | SSE4_1
pcmpgtq xmm, xmm/m128               | RM   | 66 0F 38 37 /r          |      | SSE4_2
phminposuw xmm, xmm/m128            | RM   | 66 0F 38 41 /r          |      | SSE4_1
ptest xmm, xmm/m128                 | RM   | 66 0F 38 17 /r          |      | SSE4_1
pshufd xmm, xmm/m128, imm8          | RMI  | 66 0F 70 /r ib          |      | SSE2
pshufhw xmm, xmm/m128, imm8         | RMI  | F3 0F 70 /r ib          |      | SSE2
pshuflw xmm, xmm/m128, imm8         | RMI  | F2 0F 70 /r ib          |      | SSE2
mpsadbw xmm, xmm/m128, imm8         | RMI  | 66 0F 3A 42 /r ib       |      | SSE4_1
pblendw xmm, xmm/m128, imm8         | RMI  | 66 0F 3A 0E /r ib       |      | SSE4_1
blendps xmm, xmm/m128, imm8         | RMI  | 66 0F 3A 0C /r ib       |      | SSE4_1
blendpd xmm, xmm/m128, imm8         | RMI  | 66 0F 3A 0D /r ib       |      | SSE4_1
pblendvb xmm, xmm/m128, xmm0        | RM   | 66 0F 38 10 /r          |      | SSE4_1
pblendvb xmm, xmm/m128              | RM   | 66 0F 38 10 /r          |      | SSE4_1
blendvps xmm, xmm/m128, xmm0        | RM   | 66 0F 38 14 /r          |      | SSE4_1
blendvps xmm, xmm/m128              | RM   | 66 0F 38 14 /r          |      | SSE4_1
blendvpd xmm, xmm/m128, xmm0        | RM   | 66 0F 38 15 /r          |      | SSE4_1
blendvpd xmm, xmm/m128              | RM   | 66 0F 38 15 /r          |      | SSE4_1

# ---- integer compares ----------------------------------------------------------------
pcmpeqb xmm, xmm/m128               | RM   | 66 0F 74 /r             |      | SSE2
pcmpeqw xmm, xmm/m128               | RM   | 66 0F 75 /r             |      | SSE2
pcmpeqd xmm, xmm/m128               | RM   | 66 0F 76 /r             |      | SSE2
pcmpgtb xmm, xmm/m128               | RM   | 66 0F 64 /r             |      | SSE2
pcmpgtw xmm, xmm/m128               | RM   | 66 0F 65 /r             |      | SSE2
pcmpgtd xmm, xmm/m128               | RM   | 66 0F 66 /r             |      | SSE2

# ---- shifts --------------------------------------------------------------------------
psrlw xmm, xmm/m128                 | RM   | 66 0F D1 /r             |      | SSE2
psrlw xmm, imm8                     | MI   | 66 0F 71 /2 ib          |      | SSE2
psraw xmm, xmm/m128                 | RM   | 66 0F E1 /r             |      | SSE2
psraw xmm, imm8                     | MI   | 66 0F 71 /4 ib          |      | SSE2
psllw xmm, xmm/m128                 | RM   | 66 0F F1 /r             |      | SSE2
psllw xmm, imm8                     | MI   | 66 0F 71 /6 ib          |      | SSE2
psrld xmm, xmm/m128                 | RM   | 66 0F D2 /r             |      | SSE2
psrld xmm, imm8                     | MI   | 66 0F 72 /2 ib          |      | SSE2
psrad xmm, xmm/m128                 | RM   | 66 0F E2 /r             |      | SSE2
psrad xmm, imm8                     | MI   | 66 0F 72 /4 ib          |      | SSE2
pslld xmm, xmm/m128                 | RM   | 66 0F F2 /r             |      | SSE2
pslld xmm, imm8                     | MI   | 66 0F 72 /6 ib          |      | SSE2
psrlq xmm, xmm/m128                 | RM   | 66 0F D3 /r             |      | SSE2
psrlq xmm, imm8                     | MI   | 66 0F 73 /2 ib          |      | SSE2
psllq xmm, xmm/m128                 | RM   | 66 0F F3 /r             |      | SSE2
psllq xmm, imm8                     | MI   | 66 0F 73 /6 ib          |      | SSE2
psrldq xmm, imm8                    | MI   | 66 0F 73 /3 ib          |      | SSE2
pslldq xmm, imm8                    | MI   | 66 0F 73 /7 ib          |      | SSE2

# ---- sign/zero-extending moves (SSE4.1) ----------------------------------------------
pmovsxbw xmm, xmm/m64               | RM   | 66 0F 38 20 /r          |      | SSE4_1
pmovsxbd xmm, xmm/m32               | RM   | 66 0F 38 21 /r          |      | SSE4_1
pmovsxbq xmm, xmm/m16               | RM   | 66 0F 38 22 /r          |      | SSE4_1
pmovsxwd xmm, xmm/m64               | RM   | 66 0F 38 23 /r          |      | SSE4_1
pmovsxwq xmm, xmm/m32               | RM   | 66 0F 38 24 /r          |      | SSE4_1
pmovsxdq xmm, xmm/m64               | RM   | 66 0F 38 25 /r          |      | SSE4_1
pmovzxbw xmm, xmm/m64               | RM   | 66 0F 38 30 /r          |      | SSE4_1
pmovzxbd xmm, xmm/m32               | RM   | 66 0F 38 31 /r          |      | SSE4_1
pmovzxbq xmm, xmm/m16               | RM   | 66 0F 38 32 /r          |      | SSE4_1
pmovzxwd xmm, xmm/m64               | RM   | 66 0F 38 33 /r          |      | SSE4_1
pmovzxwq xmm, xmm/m32               | RM   | 66 0F 38 34 /r          |      | SSE4_1
pmovzxdq xmm, xmm/m64               | RM   | 66 0F 38 35 /r          |      | SSE4_1

# ---- insert / extract ----------------------------------------------------------------
pinsrb xmm, r32/m8, imm8            | RMI  | 66 0F 3A 20 /r ib       |      | SSE4_1
pinsrw xmm, r32/m16, imm8           | RMI  | 66 0F C4 /r ib          |      | SSE2
pinsrd xmm, r/m32, imm8             | RMI  | 66 0F 3A 22 /r ib       |      | SSE4_1
pinsrq xmm, r/m64, imm8             | RMI  | 66 REX.W 0F 3A 22 /r ib |      | SSE4_1
pextrb r32/r64/m8, xmm, imm8        | MRI  | 66 0F 3A 14 /r ib       |      | SSE4_1
pextrw r32/r64, xmm, imm8           | RMI  | 66 0F C5 /r ib          |      | SSE2
pextrw m16, xmm, imm8               | MRI  | 66 0F 3A 15 /r ib       |      | SSE4_1
pextrd r/m32, xmm, imm8             | MRI  | 66 0F 3A 16 /r ib       |      | SSE4_1
pextrq r/m64, xmm, imm8             | MRI  | 66 REX.W 0F 3A 16 /r ib |      | SSE4_1
insertps xmm, xmm/m32, imm8         | RMI  | 66 0F 3A 21 /r ib       |      | SSE4_1
extractps r/m32, xmm, imm8          | MRI  | 66 0F 3A 17 /r ib       |      | SSE4_1

# ---- rounding, dot products, string compares (SSE4.1 / SSE4.2) -----------------------
roundps xmm, xmm/m128, imm8         | RMI  | 66 0F 3A 08 /r ib       |      | SSE4_1
roundpd xmm, xmm/m128, imm8         | RMI  | 66 0F 3A 09 /r ib       |      | SSE4_1
roundss xmm, xmm/m32, imm8          | RMI  | 66 0F 3A 0A /r ib       |      | SSE4_1
roundsd xmm, xmm/m64, imm8          | RMI  | 66 0F 3A 0B /r ib       |      | SSE4_1
dpps xmm, xmm/m128, imm8            | RMI  | 66 0F 3A 40 /r ib       |      | SSE4_1
dppd xmm, xmm/m128, imm8            | RMI  | 66 0F 3A 41 /r ib       |      | SSE4_1
pcmpestrm xmm, xmm/m128, imm8       | RMI  | 66 0F 3A 60 /r ib       |      | SSE4_2
pcmpestri xmm, xmm/m128, imm8       | RMI  | 66 0F 3A 61 /r ib       |      | SSE4_2
pcmpistrm xmm, xmm/m128, imm8       | RMI  | 66 0F 3A 62 /r ib       |      | SSE4_2
pcmpistri xmm, xmm/m128, imm8       | RMI  | 66 0F 3A 63 /r ib       |      | SSE4_2

# ---- AES-NI and PCLMULQDQ ------------------------------------------------------------
aesenc xmm, xmm/m128                | RM   | 66 0F 38 DC /r          |      | AES
aesenclast xmm, xmm/m128            | RM   | 66 0F 38 DD /r          |      | AES
aesdec xmm, xmm/m128                | RM   | 66 0F 38 DE /r          |      | AES
aesdeclast xmm, xmm/m128            | RM   | 66 0F 38 DF /r          |      | AES
aesimc xmm, xmm/m128                | RM   | 66 0F 38 DB /r          |      | AES
aeskeygenassist xmm, xmm/m128, imm8 | RMI  | 66 0F 3A DF /r ib       |      | AES
pclmulqdq xmm, xmm/m128, imm8       | RMI  | 66 0F 3A 44 /r ib       |      | PCLMULQDQ

# ---- crc32 (SSE4.2; general-purpose encoding) ----------------------------------------
crc32 r32, r/m8                     | RM   | F2 0F 38 F0 /r          |      | SSE4_2
crc32 r32, r/m16                    | RM   | 66 F2 0F 38 F1 /r       |      | SSE4_2
crc32 r32, r/m32                    | RM   | F2 0F 38 F1 /r          |      | SSE4_2
crc32 r64, r/m8                     | RM   | F2 REX.W 0F 38 F0 /r    |      | SSE4_2
crc32 r64, r/m64                    | RM   | F2 REX.W 0F 38 F1 /r    |      | SSE4_2
`;
