/**
 * facts-rows.ts — what each x86-64 instruction form does besides encoding:
 * which operands it reads and writes, the registers and memory it uses
 * without naming them, the flags it reads and writes, how it moves rsp, and
 * whether it transfers control. Data only, in the notation below; facts.ts
 * parses it and answers `factsOf(form)`. It knows nothing about encodings.
 *
 * One line: `keys | access | facts`. The FIRST line whose key matches a form
 * wins (order is precedence, as for the rows), so specific keys come first.
 *
 * keys (space separated):
 *   mnemonic            every form of it (`cc` expands: cmovcc → cmovo … cmovg)
 *   mnemonic/N          its forms with N operands
 *   prefix*             every mnemonic starting with prefix (a glob over the mnemonic)
 *   "form text"         one form, as the table writes it; `*` matches any text
 *
 * access — one word per operand, in the form's order:
 *   r  read   w  written   rw  read and written   -  neither (an address: lea, prefetch)
 *   rw/w  read and written when the NEXT operand is a register, written when it is
 *         memory (legacy movss/movsd: a register source merges, a load zeroes the rest)
 *   w* / rw* / r*   the first operand w / rw / r, every other operand r
 *   Immediates, labels and the literal 1 are never accessed, whatever the word.
 * Width rules (facts.ts, not repeated per line): writing a 32-bit GP register
 * zero-extends it to 64 bits; an 8- or 16-bit write keeps the other bits (so
 * the full register is read too); a legacy SSE write keeps bits 128 and up,
 * a VEX/EVEX write zeroes them; an EVEX destination with a merging {k} mask
 * is also read ({z}, or a k-register destination: not read).
 *
 * facts (space separated key=value):
 *   use=r1,r2   implicit registers read        def=r1,r2  implicit registers written
 *               (the order they are first named in is the order of the compiler's
 *               leading operands: `c.div(hi, lo, d)` for `use=edx,eax`, so pairs are
 *               written high half first, as the manual's EDX:EAX)
 *               (names with their width: al, ax, eax, rax; ranges: zmm0-15)
 *   rf= wf= uf= flags read / written with a defined value / left undefined:
 *               letters O S Z A P C D; rf=cc: the flags of the condition code.
 *               A shift or rotate by a count that may be 0 leaves its flags as
 *               they were: those flags are listed as read too.
 *   mr=[r] mw=[r]   implicit memory read / written at register r (string ops, push, xlat)
 *   rep=rcx     a rep/repe/repne prefix also reads and writes rcx (and may run 0 times)
 *   stack=N     rsp moves by N bytes (push -8); stack=var: depends on operands or state
 *   kind=jump|branch|call|ret|trap   control transfer (branch: conditional)
 *   trait=a,b   maskw (a gather/scatter clears its {k} mask), nondet (result varies
 *               run to run), priv (faults at user level), state (loads or stores the
 *               whole register state), serial (serializing), fence, mxcsr, segbase
 *               (changes the fs/gs base), syscall, bitbase (a memory operand is the
 *               base of a bit string: a register bit offset reaches beyond it), nozext
 *               (a 32-bit register destination may keep bits 63:32: cmpxchg leaves a
 *               destination it does not replace, and eax when it does, as they were;
 *               bsf/bsr leave the destination of a zero source as it was)
 */
export const factRows = String.raw`
# ---- integer arithmetic and logic -------------------------------------------------
add or and sub xor                | rw*     | wf=OSZAPC
adc sbb                           | rw*     | rf=C wf=OSZAPC
cmp                               | r*      | wf=OSZAPC
test                              | r*      | wf=OSZPC uf=A
adcx                              | rw*     | rf=C wf=C
adox                              | rw*     | rf=O wf=O
inc dec                           | rw      | wf=OSZAP
neg                               | rw      | wf=OSZAPC
not                               | rw      |
"mul r/m8" "imul r/m8"            | r       | use=al def=ax wf=OC uf=SZAP
"mul r/m16" "imul r/m16"          | r       | def=dx,ax use=ax wf=OC uf=SZAP
"mul r/m32" "imul r/m32"          | r       | def=edx,eax use=eax wf=OC uf=SZAP
"mul r/m64" "imul r/m64"          | r       | def=rdx,rax use=rax wf=OC uf=SZAP
imul/2                            | rw*     | wf=OC uf=SZAP
imul/3                            | w*      | wf=OC uf=SZAP
"div r/m8" "idiv r/m8"            | r       | use=ax def=ax uf=OSZAPC
"div r/m16" "idiv r/m16"          | r       | use=dx,ax def=dx,ax uf=OSZAPC
"div r/m32" "idiv r/m32"          | r       | use=edx,eax def=edx,eax uf=OSZAPC
"div r/m64" "idiv r/m64"          | r       | use=rdx,rax def=rdx,rax uf=OSZAPC
cbw                               |         | use=al def=ax
cwde                              |         | use=ax def=eax
cdqe                              |         | use=eax def=rax
cwd                               |         | def=dx use=ax
cdq                               |         | def=edx use=eax
cqo                               |         | def=rdx use=rax
xadd                              | rw rw   | wf=OSZAPC
"cmpxchg r/m8, r8"                | rw r    | use=al def=al wf=OSZAPC
"cmpxchg r/m16, r16"              | rw r    | use=ax def=ax wf=OSZAPC
"cmpxchg r/m32, r32"              | rw r    | use=eax def=eax wf=OSZAPC trait=nozext
"cmpxchg r/m64, r64"              | rw r    | use=rax def=rax wf=OSZAPC
cmpxchg8b                         | rw      | use=edx,eax,ecx,ebx def=edx,eax wf=Z
cmpxchg16b                        | rw      | use=rdx,rax,rcx,rbx def=rdx,rax wf=Z
crc32                             | rw*     |

# ---- BMI1 / BMI2 / bit scans ------------------------------------------------------
andn                              | w*      | wf=SZOC uf=AP
bextr                             | w*      | wf=ZOC uf=SAP
blsi blsmsk blsr                  | w*      | wf=SZOC uf=AP
bzhi                              | w*      | wf=SZOC uf=AP
"mulx r32a, r32b, r/m32"          | w w r   | use=edx
"mulx r64a, r64b, r/m64"          | w w r   | use=rdx
pdep pext rorx sarx shlx shrx     | w*      |
# a zero source leaves the destination as it was (all 64 bits, on the AMD this was judged on)
"bsf r32, r/m32" "bsr r32, r/m32" | rw r    | wf=Z uf=OSAPC trait=nozext
bsf bsr                           | rw r    | wf=Z uf=OSAPC
lzcnt tzcnt                       | w*      | wf=ZC uf=OSAP
popcnt                            | w*      | wf=OSZAPC
bswap                             | rw      |
"bt r/m*, r*"                     | r r     | wf=C uf=OSAP trait=bitbase
"btc r/m*, r*" "btr r/m*, r*" "bts r/m*, r*" | rw r | wf=C uf=OSAP trait=bitbase
bt                                | r*      | wf=C uf=OSAP
btc btr bts                       | rw r    | wf=C uf=OSAP

# ---- shifts and rotates: by 1 all flags are defined; by cl or imm8 the count may be 0
"rol *, 1" "ror *, 1"             | rw r    | wf=OC
rol ror                           | rw r    | rf=OC wf=C uf=O
"rcl *, 1" "rcr *, 1"             | rw r    | rf=C wf=OC
rcl rcr                           | rw r    | rf=OC wf=C uf=O
"shl *, 1" "sal *, 1" "shr *, 1" "sar *, 1" | rw r | wf=OSZPC uf=A
shl sal shr sar                   | rw r    | rf=OSZAPC wf=SZPC uf=OA
shld shrd                         | rw r r  | rf=OSZAPC wf=SZPC uf=OA

# ---- data movement ----------------------------------------------------------------
mov movabs movbe movnti movsx movsxd movzx | w* |
lea                               | w -     |
xchg                              | rw rw   |
cmovcc                            | rw r    | rf=cc
setcc                             | w       | rf=cc
lahf                              |         | rf=SZAPC def=ah
sahf                              |         | use=ah wf=SZAPC
xlatb                             |         | use=al,rbx def=al mr=[rbx]
"push r16" "push m16"             | r       | stack=-2 mw=[rsp]
push                              | r       | stack=-8 mw=[rsp]
"pop r16" "pop m16"               | w       | stack=2 mr=[rsp]
pop                               | w       | stack=8 mr=[rsp]
pushfq                            |         | rf=OSZAPCD stack=-8 mw=[rsp]
popfq                             |         | wf=OSZAPCD stack=8 mr=[rsp]
enter                             | - -     | use=rbp def=rbp mw=[rsp] stack=var
leave                             |         | use=rbp def=rbp mr=[rbp] stack=var

# ---- string instructions (rsi/rdi step by the size, backwards when DF is set) -----
movsb movsw movsd/0 movsq         |         | use=rdi,rsi def=rdi,rsi mr=[rsi] mw=[rdi] rf=D rep=rcx
cmpsb cmpsw cmpsd/0 cmpsq         |         | use=rsi,rdi def=rsi,rdi mr=[rsi],[rdi] rf=D wf=OSZAPC rep=rcx
lodsb                             |         | def=al use=rsi def=rsi mr=[rsi] rf=D rep=rcx
lodsw                             |         | def=ax use=rsi def=rsi mr=[rsi] rf=D rep=rcx
lodsd                             |         | def=eax use=rsi def=rsi mr=[rsi] rf=D rep=rcx
lodsq                             |         | def=rax use=rsi def=rsi mr=[rsi] rf=D rep=rcx
stosb                             |         | use=rdi,al def=rdi mw=[rdi] rf=D rep=rcx
stosw                             |         | use=rdi,ax def=rdi mw=[rdi] rf=D rep=rcx
stosd                             |         | use=rdi,eax def=rdi mw=[rdi] rf=D rep=rcx
stosq                             |         | use=rdi,rax def=rdi mw=[rdi] rf=D rep=rcx
scasb                             |         | use=al,rdi def=rdi mr=[rdi] rf=D wf=OSZAPC rep=rcx
scasw                             |         | use=ax,rdi def=rdi mr=[rdi] rf=D wf=OSZAPC rep=rcx
scasd                             |         | use=eax,rdi def=rdi mr=[rdi] rf=D wf=OSZAPC rep=rcx
scasq                             |         | use=rax,rdi def=rdi mr=[rdi] rf=D wf=OSZAPC rep=rcx

# ---- flags --------------------------------------------------------------------------
clc stc                           |         | wf=C
cmc                               |         | rf=C wf=C
cld std                           |         | wf=D
cli sti                           |         | trait=priv

# ---- control flow -------------------------------------------------------------------
jcc                               | r       | rf=cc kind=branch
jmp                               | r       | kind=jump
jecxz                             | r       | use=ecx kind=branch
jrcxz                             | r       | use=rcx kind=branch
loop                              | r       | use=rcx def=rcx kind=branch
loope loopz loopne loopnz         | r       | use=rcx def=rcx rf=Z kind=branch
call                              | r       | stack=-8 mw=[rsp] kind=call
ret/0                             |         | stack=8 mr=[rsp] kind=ret
ret                               | r       | stack=var mr=[rsp] kind=ret
int3                              |         | kind=trap
int                               | r       | kind=trap
ud1                               | - -     | kind=trap
ud2                               |         | kind=trap
hlt                               |         | kind=trap trait=priv
syscall                           |         | def=rcx,r11 trait=syscall

# ---- system and miscellaneous -------------------------------------------------------
cpuid                             |         | def=eax,ebx,ecx,edx use=eax,ecx trait=serial
rdtsc                             |         | def=edx,eax trait=nondet
rdtscp                            |         | def=edx,eax,ecx trait=nondet
rdpmc                             |         | def=edx,eax use=ecx trait=priv,nondet
rdrand rdseed                     | w       | wf=OSZAPC trait=nondet
rdpid                             | w       | trait=nondet
rdfsbase rdgsbase                 | w       |
wrfsbase wrgsbase                 | r       | trait=segbase
xgetbv                            |         | def=edx,eax use=ecx
xsetbv                            |         | use=eax,ecx,edx trait=priv
nop/1                             | -       |
nop endbr64 pause                 |         |
lfence mfence sfence              |         | trait=fence
serialize                         |         | trait=serial
clflush clflushopt clwb prefetchnta prefetcht0 prefetcht1 prefetcht2 prefetchw | - |
fxsave fxsave64                   | w       | trait=state
fxrstor fxrstor64                 | r       | trait=state
xsave xsave64                     | w       | use=eax,edx trait=state
xrstor xrstor64                   | r       | use=eax,edx trait=state
ldmxcsr vldmxcsr                  | r       | trait=mxcsr
stmxcsr vstmxcsr                  | w       | trait=mxcsr

# ---- SSE (legacy encoding): two-operand, the destination is also a source ---------
"movss xmm, xmm/m32" "movsd xmm, xmm/m64" | rw/w r |
"movss m32, xmm" "movsd m64, xmm" | w r     |
"movhps xmm, m64" "movlps xmm, m64" "movhpd xmm, m64" "movlpd xmm, m64" | rw r |
movhps movlps movhpd movlpd       | w r     |
blendvpd/2 blendvps/2 pblendvb/2  | rw r    | use=xmm0
comisd comiss ucomisd ucomiss ptest | r*    | wf=OSZAPC
pcmpestri                         | r*      | def=ecx use=eax,edx wf=OSZAPC
pcmpestrm                         | r*      | def=xmm0 use=eax,edx wf=OSZAPC
pcmpistri                         | r*      | def=ecx wf=OSZAPC
pcmpistrm                         | r*      | def=xmm0 wf=OSZAPC
maskmovdqu                        | r r     | use=rdi mw=[rdi]
# moves and unary operations write their whole destination
movapd movaps movdqa movdqu movupd movups lddqu movddup movshdup movsldup | w* |
movntdqa movntdq movntpd movntps movd movq movmskpd movmskps pmovmskb | w* |
cvtdq2pd cvtdq2ps cvtpd2dq cvtpd2ps cvtps2dq cvtps2pd cvttpd2dq cvttps2dq | w* |
cvtsd2si cvtss2si cvttsd2si cvttss2si | w*  |
sqrtpd sqrtps rcpps rsqrtps roundpd roundps phminposuw aesimc aeskeygenassist | w* |
pabsb pabsw pabsd pmovsx* pmovzx* pshufd pshufhw pshuflw | w* |
pextrb pextrw pextrd pextrq extractps | w*  |
# everything else: the destination is read, combined with the source and written
addpd addps addsd addss addsubpd addsubps subpd subps subsd subss | rw* |
mulpd mulps mulsd mulss divpd divps divsd divss maxpd maxps maxsd maxss minpd minps minsd minss | rw* |
sqrtsd sqrtss rcpss rsqrtss roundsd roundss cvtsd2ss cvtss2sd cvtsi2sd cvtsi2ss | rw* |
andpd andps andnpd andnps orpd orps xorpd xorps | rw* |
haddpd haddps hsubpd hsubps dppd dpps insertps mpsadbw | rw* |
blendpd blendps blendvpd blendvps pblendvb pblendw shufpd shufps | rw* |
movhlps movlhps unpckhpd unpckhps unpcklpd unpcklps | rw* |
cmppd cmpps cmpsd cmpss cmp*pd cmp*ps cmp*sd cmp*ss | rw* |
aesdec aesdeclast aesenc aesenclast pclmulqdq | rw* |
packssdw packsswb packusdw packuswb punpck* palignr pinsrb pinsrw pinsrd pinsrq pshufb | rw* |
padd* psub* pmadd* pmul* pavgb pavgw psadbw psign* phadd* phsub* pmax* pmin* | rw* |
pand pandn por pxor pcmpeq* pcmpgt* psll* psrl* psra* | rw* |

# ---- VEX and EVEX ------------------------------------------------------------------
vcomisd vcomiss vucomisd vucomiss vptest vtestpd vtestps | r* | wf=OSZAPC
kortest* ktest*                   | r*      | wf=OSZAPC
vpcmpestri                        | r*      | def=ecx use=eax,edx wf=OSZAPC
vpcmpestrm                        | r*      | def=xmm0 use=eax,edx wf=OSZAPC
vpcmpistri                        | r*      | def=ecx wf=OSZAPC
vpcmpistrm                        | r*      | def=xmm0 wf=OSZAPC
vmaskmovdqu                       | r r     | use=rdi mw=[rdi]
# masked stores keep the memory elements the mask does not select
"vmaskmov* m*" "vpmaskmov* m*"   | rw r r  |
vzeroupper                        |         | use=xmm0-15 def=zmm0-15
vzeroall                          |         | def=zmm0-15
# AVX2 gathers: the destination merges where the mask says no, and the mask is cleared
vgather*/3 vpgather*/3            | rw r rw |
# EVEX gathers and scatters clear their {k} mask
vgather* vpgather*                | rw r    | trait=maskw
vscatter* vpscatter*              | w r     | trait=maskw
# the destination is one of the sources
vfmadd* vfmsub* vfnmadd* vfnmsub* | rw*     |
vpermi2* vpermt2* vpternlog* vfixupimm* vpdpbusd vpdpbusds vpdpwssd vpdpwssds | rw* |
# ---- issue 14 extensions (rows in ext-*.ts; added by isa) ----------------------------
gf2p8affineinvqb gf2p8affineqb gf2p8mulb pclmul*qdq | rw* |
sha1rnds4 sha1nexte sha1msg1 sha1msg2 sha256msg1 sha256msg2 | rw* |
sha256rnds2                       | rw r r  |
vsha512msg1 vsha512msg2 vsha512rnds2 vsm3msg1 vsm3msg2 vsm3rnds2 | rw* |
vpdpb* vpdpw* vpmadd52* vpshldv* vpshrdv* vdpbf16ps | rw* |
cmp*xadd                          | rw rw r | wf=OSZAPC
# every other VEX/EVEX form (AVX, AVX2, AVX-512, opmask instructions): the first
# operand is written from the others
v* k*                             | w*      |
`;
