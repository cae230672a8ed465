/**
 * gp.ts — general-purpose x86-64 instruction forms (the table's rows): data
 * moves, integer arithmetic and logic, shifts, bit operations, BMI1/BMI2,
 * control flow, string instructions, atomics and system/misc instructions.
 * Row notation: see README.md in this folder. Within a mnemonic, row order is
 * preference order (first match wins), which reproduces llvm-mc's choices;
 * test/encode/golden/gp*.txt checks every family against llvm-mc.
 */
export const gpRows = String.raw`
# ---- ALU: add or adc sbb and sub xor cmp --------------------------------------
# accumulator short forms first only where llvm-mc uses them: al,imm8 / ax,imm16 / eax,imm32 / rax,imm32
# (for 16/32/64-bit, imm8s forms come first so small immediates take 3 bytes)
# reg-reg takes the MR (store) opcode, as llvm-mc does; the RM rows are for memory sources.
# add
add al, imm8                       | I    | 04 ib                      | |  |
add r/m8, imm8                     | MI   | 80 /0 ib                   | |  | lock
add r/m16, imm8s                   | MI   | 66 83 /0 ib                | |  | lock
add ax, imm16                      | I    | 66 05 iw                   | |  |
add r/m16, imm16                   | MI   | 66 81 /0 iw                | |  | lock
add r/m32, imm8s                   | MI   | 83 /0 ib                   | |  | lock
add eax, imm32                     | I    | 05 id                      | |  |
add r/m32, imm32                   | MI   | 81 /0 id                   | |  | lock
add r/m64, imm8s                   | MI   | REX.W 83 /0 ib             | |  | lock
add rax, imm32s                    | I    | REX.W 05 id                | |  |
add r/m64, imm32s                  | MI   | REX.W 81 /0 id             | |  | lock
add r/m8, r8                       | MR   | 00 /r                      | |  | lock
add r/m16, r16                     | MR   | 66 01 /r                   | |  | lock
add r/m32, r32                     | MR   | 01 /r                      | |  | lock
add r/m64, r64                     | MR   | REX.W 01 /r                | |  | lock
add r8, m8                         | RM   | 02 /r                      | |  |
add r16, m16                       | RM   | 66 03 /r                   | |  |
add r32, m32                       | RM   | 03 /r                      | |  |
add r64, m64                       | RM   | REX.W 03 /r                | |  |

# or
or al, imm8                        | I    | 0C ib                      | |  |
or r/m8, imm8                      | MI   | 80 /1 ib                   | |  | lock
or r/m16, imm8s                    | MI   | 66 83 /1 ib                | |  | lock
or ax, imm16                       | I    | 66 0D iw                   | |  |
or r/m16, imm16                    | MI   | 66 81 /1 iw                | |  | lock
or r/m32, imm8s                    | MI   | 83 /1 ib                   | |  | lock
or eax, imm32                      | I    | 0D id                      | |  |
or r/m32, imm32                    | MI   | 81 /1 id                   | |  | lock
or r/m64, imm8s                    | MI   | REX.W 83 /1 ib             | |  | lock
or rax, imm32s                     | I    | REX.W 0D id                | |  |
or r/m64, imm32s                   | MI   | REX.W 81 /1 id             | |  | lock
or r/m8, r8                        | MR   | 08 /r                      | |  | lock
or r/m16, r16                      | MR   | 66 09 /r                   | |  | lock
or r/m32, r32                      | MR   | 09 /r                      | |  | lock
or r/m64, r64                      | MR   | REX.W 09 /r                | |  | lock
or r8, m8                          | RM   | 0A /r                      | |  |
or r16, m16                        | RM   | 66 0B /r                   | |  |
or r32, m32                        | RM   | 0B /r                      | |  |
or r64, m64                        | RM   | REX.W 0B /r                | |  |

# adc
adc al, imm8                       | I    | 14 ib                      | |  |
adc r/m8, imm8                     | MI   | 80 /2 ib                   | |  | lock
adc r/m16, imm8s                   | MI   | 66 83 /2 ib                | |  | lock
adc ax, imm16                      | I    | 66 15 iw                   | |  |
adc r/m16, imm16                   | MI   | 66 81 /2 iw                | |  | lock
adc r/m32, imm8s                   | MI   | 83 /2 ib                   | |  | lock
adc eax, imm32                     | I    | 15 id                      | |  |
adc r/m32, imm32                   | MI   | 81 /2 id                   | |  | lock
adc r/m64, imm8s                   | MI   | REX.W 83 /2 ib             | |  | lock
adc rax, imm32s                    | I    | REX.W 15 id                | |  |
adc r/m64, imm32s                  | MI   | REX.W 81 /2 id             | |  | lock
adc r/m8, r8                       | MR   | 10 /r                      | |  | lock
adc r/m16, r16                     | MR   | 66 11 /r                   | |  | lock
adc r/m32, r32                     | MR   | 11 /r                      | |  | lock
adc r/m64, r64                     | MR   | REX.W 11 /r                | |  | lock
adc r8, m8                         | RM   | 12 /r                      | |  |
adc r16, m16                       | RM   | 66 13 /r                   | |  |
adc r32, m32                       | RM   | 13 /r                      | |  |
adc r64, m64                       | RM   | REX.W 13 /r                | |  |

# sbb
sbb al, imm8                       | I    | 1C ib                      | |  |
sbb r/m8, imm8                     | MI   | 80 /3 ib                   | |  | lock
sbb r/m16, imm8s                   | MI   | 66 83 /3 ib                | |  | lock
sbb ax, imm16                      | I    | 66 1D iw                   | |  |
sbb r/m16, imm16                   | MI   | 66 81 /3 iw                | |  | lock
sbb r/m32, imm8s                   | MI   | 83 /3 ib                   | |  | lock
sbb eax, imm32                     | I    | 1D id                      | |  |
sbb r/m32, imm32                   | MI   | 81 /3 id                   | |  | lock
sbb r/m64, imm8s                   | MI   | REX.W 83 /3 ib             | |  | lock
sbb rax, imm32s                    | I    | REX.W 1D id                | |  |
sbb r/m64, imm32s                  | MI   | REX.W 81 /3 id             | |  | lock
sbb r/m8, r8                       | MR   | 18 /r                      | |  | lock
sbb r/m16, r16                     | MR   | 66 19 /r                   | |  | lock
sbb r/m32, r32                     | MR   | 19 /r                      | |  | lock
sbb r/m64, r64                     | MR   | REX.W 19 /r                | |  | lock
sbb r8, m8                         | RM   | 1A /r                      | |  |
sbb r16, m16                       | RM   | 66 1B /r                   | |  |
sbb r32, m32                       | RM   | 1B /r                      | |  |
sbb r64, m64                       | RM   | REX.W 1B /r                | |  |

# and
and al, imm8                       | I    | 24 ib                      | |  |
and r/m8, imm8                     | MI   | 80 /4 ib                   | |  | lock
and r/m16, imm8s                   | MI   | 66 83 /4 ib                | |  | lock
and ax, imm16                      | I    | 66 25 iw                   | |  |
and r/m16, imm16                   | MI   | 66 81 /4 iw                | |  | lock
and r/m32, imm8s                   | MI   | 83 /4 ib                   | |  | lock
and eax, imm32                     | I    | 25 id                      | |  |
and r/m32, imm32                   | MI   | 81 /4 id                   | |  | lock
and r/m64, imm8s                   | MI   | REX.W 83 /4 ib             | |  | lock
and rax, imm32s                    | I    | REX.W 25 id                | |  |
and r/m64, imm32s                  | MI   | REX.W 81 /4 id             | |  | lock
and r/m8, r8                       | MR   | 20 /r                      | |  | lock
and r/m16, r16                     | MR   | 66 21 /r                   | |  | lock
and r/m32, r32                     | MR   | 21 /r                      | |  | lock
and r/m64, r64                     | MR   | REX.W 21 /r                | |  | lock
and r8, m8                         | RM   | 22 /r                      | |  |
and r16, m16                       | RM   | 66 23 /r                   | |  |
and r32, m32                       | RM   | 23 /r                      | |  |
and r64, m64                       | RM   | REX.W 23 /r                | |  |

# sub
sub al, imm8                       | I    | 2C ib                      | |  |
sub r/m8, imm8                     | MI   | 80 /5 ib                   | |  | lock
sub r/m16, imm8s                   | MI   | 66 83 /5 ib                | |  | lock
sub ax, imm16                      | I    | 66 2D iw                   | |  |
sub r/m16, imm16                   | MI   | 66 81 /5 iw                | |  | lock
sub r/m32, imm8s                   | MI   | 83 /5 ib                   | |  | lock
sub eax, imm32                     | I    | 2D id                      | |  |
sub r/m32, imm32                   | MI   | 81 /5 id                   | |  | lock
sub r/m64, imm8s                   | MI   | REX.W 83 /5 ib             | |  | lock
sub rax, imm32s                    | I    | REX.W 2D id                | |  |
sub r/m64, imm32s                  | MI   | REX.W 81 /5 id             | |  | lock
sub r/m8, r8                       | MR   | 28 /r                      | |  | lock
sub r/m16, r16                     | MR   | 66 29 /r                   | |  | lock
sub r/m32, r32                     | MR   | 29 /r                      | |  | lock
sub r/m64, r64                     | MR   | REX.W 29 /r                | |  | lock
sub r8, m8                         | RM   | 2A /r                      | |  |
sub r16, m16                       | RM   | 66 2B /r                   | |  |
sub r32, m32                       | RM   | 2B /r                      | |  |
sub r64, m64                       | RM   | REX.W 2B /r                | |  |

# xor
xor al, imm8                       | I    | 34 ib                      | |  |
xor r/m8, imm8                     | MI   | 80 /6 ib                   | |  | lock
xor r/m16, imm8s                   | MI   | 66 83 /6 ib                | |  | lock
xor ax, imm16                      | I    | 66 35 iw                   | |  |
xor r/m16, imm16                   | MI   | 66 81 /6 iw                | |  | lock
xor r/m32, imm8s                   | MI   | 83 /6 ib                   | |  | lock
xor eax, imm32                     | I    | 35 id                      | |  |
xor r/m32, imm32                   | MI   | 81 /6 id                   | |  | lock
xor r/m64, imm8s                   | MI   | REX.W 83 /6 ib             | |  | lock
xor rax, imm32s                    | I    | REX.W 35 id                | |  |
xor r/m64, imm32s                  | MI   | REX.W 81 /6 id             | |  | lock
xor r/m8, r8                       | MR   | 30 /r                      | |  | lock
xor r/m16, r16                     | MR   | 66 31 /r                   | |  | lock
xor r/m32, r32                     | MR   | 31 /r                      | |  | lock
xor r/m64, r64                     | MR   | REX.W 31 /r                | |  | lock
xor r8, m8                         | RM   | 32 /r                      | |  |
xor r16, m16                       | RM   | 66 33 /r                   | |  |
xor r32, m32                       | RM   | 33 /r                      | |  |
xor r64, m64                       | RM   | REX.W 33 /r                | |  |

# cmp
cmp al, imm8                       | I    | 3C ib                      | |  |
cmp r/m8, imm8                     | MI   | 80 /7 ib                   | |  |
cmp r/m16, imm8s                   | MI   | 66 83 /7 ib                | |  |
cmp ax, imm16                      | I    | 66 3D iw                   | |  |
cmp r/m16, imm16                   | MI   | 66 81 /7 iw                | |  |
cmp r/m32, imm8s                   | MI   | 83 /7 ib                   | |  |
cmp eax, imm32                     | I    | 3D id                      | |  |
cmp r/m32, imm32                   | MI   | 81 /7 id                   | |  |
cmp r/m64, imm8s                   | MI   | REX.W 83 /7 ib             | |  |
cmp rax, imm32s                    | I    | REX.W 3D id                | |  |
cmp r/m64, imm32s                  | MI   | REX.W 81 /7 id             | |  |
cmp r/m8, r8                       | MR   | 38 /r                      | |  |
cmp r/m16, r16                     | MR   | 66 39 /r                   | |  |
cmp r/m32, r32                     | MR   | 39 /r                      | |  |
cmp r/m64, r64                     | MR   | REX.W 39 /r                | |  |
cmp r8, m8                         | RM   | 3A /r                      | |  |
cmp r16, m16                       | RM   | 66 3B /r                   | |  |
cmp r32, m32                       | RM   | 3B /r                      | |  |
cmp r64, m64                       | RM   | REX.W 3B /r                | |  |

# ---- inc dec neg not mul imul div idiv (one operand) ----
inc r/m8                           | M    | FE /0                      | |  | lock
inc r/m16                          | M    | 66 FF /0                   | |  | lock
inc r/m32                          | M    | FF /0                      | |  | lock
inc r/m64                          | M    | REX.W FF /0                | |  | lock
dec r/m8                           | M    | FE /1                      | |  | lock
dec r/m16                          | M    | 66 FF /1                   | |  | lock
dec r/m32                          | M    | FF /1                      | |  | lock
dec r/m64                          | M    | REX.W FF /1                | |  | lock
not r/m8                           | M    | F6 /2                      | |  | lock
not r/m16                          | M    | 66 F7 /2                   | |  | lock
not r/m32                          | M    | F7 /2                      | |  | lock
not r/m64                          | M    | REX.W F7 /2                | |  | lock
neg r/m8                           | M    | F6 /3                      | |  | lock
neg r/m16                          | M    | 66 F7 /3                   | |  | lock
neg r/m32                          | M    | F7 /3                      | |  | lock
neg r/m64                          | M    | REX.W F7 /3                | |  | lock
mul r/m8                           | M    | F6 /4                      | |  |
mul r/m16                          | M    | 66 F7 /4                   | |  |
mul r/m32                          | M    | F7 /4                      | |  |
mul r/m64                          | M    | REX.W F7 /4                | |  |
imul r/m8                          | M    | F6 /5                      | |  |
imul r/m16                         | M    | 66 F7 /5                   | |  |
imul r/m32                         | M    | F7 /5                      | |  |
imul r/m64                         | M    | REX.W F7 /5                | |  |
div r/m8                           | M    | F6 /6                      | |  |
div r/m16                          | M    | 66 F7 /6                   | |  |
div r/m32                          | M    | F7 /6                      | |  |
div r/m64                          | M    | REX.W F7 /6                | |  |
idiv r/m8                          | M    | F6 /7                      | |  |
idiv r/m16                         | M    | 66 F7 /7                   | |  |
idiv r/m32                         | M    | F7 /7                      | |  |
idiv r/m64                         | M    | REX.W F7 /7                | |  |

# ---- shifts and rotates: by 1 (D0/D1, as llvm-mc picks for an immediate 1), by cl, by imm8 ----
rol r/m8, 1                        | M    | D0 /0                      | |  |
rol r/m8, cl                       | M    | D2 /0                      | |  |
rol r/m8, imm8                     | MI   | C0 /0 ib                   | |  |
rol r/m16, 1                       | M    | 66 D1 /0                   | |  |
rol r/m16, cl                      | M    | 66 D3 /0                   | |  |
rol r/m16, imm8                    | MI   | 66 C1 /0 ib                | |  |
rol r/m32, 1                       | M    | D1 /0                      | |  |
rol r/m32, cl                      | M    | D3 /0                      | |  |
rol r/m32, imm8                    | MI   | C1 /0 ib                   | |  |
rol r/m64, 1                       | M    | REX.W D1 /0                | |  |
rol r/m64, cl                      | M    | REX.W D3 /0                | |  |
rol r/m64, imm8                    | MI   | REX.W C1 /0 ib             | |  |
ror r/m8, 1                        | M    | D0 /1                      | |  |
ror r/m8, cl                       | M    | D2 /1                      | |  |
ror r/m8, imm8                     | MI   | C0 /1 ib                   | |  |
ror r/m16, 1                       | M    | 66 D1 /1                   | |  |
ror r/m16, cl                      | M    | 66 D3 /1                   | |  |
ror r/m16, imm8                    | MI   | 66 C1 /1 ib                | |  |
ror r/m32, 1                       | M    | D1 /1                      | |  |
ror r/m32, cl                      | M    | D3 /1                      | |  |
ror r/m32, imm8                    | MI   | C1 /1 ib                   | |  |
ror r/m64, 1                       | M    | REX.W D1 /1                | |  |
ror r/m64, cl                      | M    | REX.W D3 /1                | |  |
ror r/m64, imm8                    | MI   | REX.W C1 /1 ib             | |  |
rcl r/m8, 1                        | M    | D0 /2                      | |  |
rcl r/m8, cl                       | M    | D2 /2                      | |  |
rcl r/m8, imm8                     | MI   | C0 /2 ib                   | |  |
rcl r/m16, 1                       | M    | 66 D1 /2                   | |  |
rcl r/m16, cl                      | M    | 66 D3 /2                   | |  |
rcl r/m16, imm8                    | MI   | 66 C1 /2 ib                | |  |
rcl r/m32, 1                       | M    | D1 /2                      | |  |
rcl r/m32, cl                      | M    | D3 /2                      | |  |
rcl r/m32, imm8                    | MI   | C1 /2 ib                   | |  |
rcl r/m64, 1                       | M    | REX.W D1 /2                | |  |
rcl r/m64, cl                      | M    | REX.W D3 /2                | |  |
rcl r/m64, imm8                    | MI   | REX.W C1 /2 ib             | |  |
rcr r/m8, 1                        | M    | D0 /3                      | |  |
rcr r/m8, cl                       | M    | D2 /3                      | |  |
rcr r/m8, imm8                     | MI   | C0 /3 ib                   | |  |
rcr r/m16, 1                       | M    | 66 D1 /3                   | |  |
rcr r/m16, cl                      | M    | 66 D3 /3                   | |  |
rcr r/m16, imm8                    | MI   | 66 C1 /3 ib                | |  |
rcr r/m32, 1                       | M    | D1 /3                      | |  |
rcr r/m32, cl                      | M    | D3 /3                      | |  |
rcr r/m32, imm8                    | MI   | C1 /3 ib                   | |  |
rcr r/m64, 1                       | M    | REX.W D1 /3                | |  |
rcr r/m64, cl                      | M    | REX.W D3 /3                | |  |
rcr r/m64, imm8                    | MI   | REX.W C1 /3 ib             | |  |
shl/sal r/m8, 1                    | M    | D0 /4                      | |  |
shl/sal r/m8, cl                   | M    | D2 /4                      | |  |
shl/sal r/m8, imm8                 | MI   | C0 /4 ib                   | |  |
shl/sal r/m16, 1                   | M    | 66 D1 /4                   | |  |
shl/sal r/m16, cl                  | M    | 66 D3 /4                   | |  |
shl/sal r/m16, imm8                | MI   | 66 C1 /4 ib                | |  |
shl/sal r/m32, 1                   | M    | D1 /4                      | |  |
shl/sal r/m32, cl                  | M    | D3 /4                      | |  |
shl/sal r/m32, imm8                | MI   | C1 /4 ib                   | |  |
shl/sal r/m64, 1                   | M    | REX.W D1 /4                | |  |
shl/sal r/m64, cl                  | M    | REX.W D3 /4                | |  |
shl/sal r/m64, imm8                | MI   | REX.W C1 /4 ib             | |  |
shr r/m8, 1                        | M    | D0 /5                      | |  |
shr r/m8, cl                       | M    | D2 /5                      | |  |
shr r/m8, imm8                     | MI   | C0 /5 ib                   | |  |
shr r/m16, 1                       | M    | 66 D1 /5                   | |  |
shr r/m16, cl                      | M    | 66 D3 /5                   | |  |
shr r/m16, imm8                    | MI   | 66 C1 /5 ib                | |  |
shr r/m32, 1                       | M    | D1 /5                      | |  |
shr r/m32, cl                      | M    | D3 /5                      | |  |
shr r/m32, imm8                    | MI   | C1 /5 ib                   | |  |
shr r/m64, 1                       | M    | REX.W D1 /5                | |  |
shr r/m64, cl                      | M    | REX.W D3 /5                | |  |
shr r/m64, imm8                    | MI   | REX.W C1 /5 ib             | |  |
sar r/m8, 1                        | M    | D0 /7                      | |  |
sar r/m8, cl                       | M    | D2 /7                      | |  |
sar r/m8, imm8                     | MI   | C0 /7 ib                   | |  |
sar r/m16, 1                       | M    | 66 D1 /7                   | |  |
sar r/m16, cl                      | M    | 66 D3 /7                   | |  |
sar r/m16, imm8                    | MI   | 66 C1 /7 ib                | |  |
sar r/m32, 1                       | M    | D1 /7                      | |  |
sar r/m32, cl                      | M    | D3 /7                      | |  |
sar r/m32, imm8                    | MI   | C1 /7 ib                   | |  |
sar r/m64, 1                       | M    | REX.W D1 /7                | |  |
sar r/m64, cl                      | M    | REX.W D3 /7                | |  |
sar r/m64, imm8                    | MI   | REX.W C1 /7 ib             | |  |

# ---- double shifts ----
shld r/m16, r16, imm8              | MRI  | 66 0F A4 /r ib             | |  |
shld r/m16, r16, cl                | MR   | 66 0F A5 /r                | |  |
shld r/m32, r32, imm8              | MRI  | 0F A4 /r ib                | |  |
shld r/m32, r32, cl                | MR   | 0F A5 /r                   | |  |
shld r/m64, r64, imm8              | MRI  | REX.W 0F A4 /r ib          | |  |
shld r/m64, r64, cl                | MR   | REX.W 0F A5 /r             | |  |
shrd r/m16, r16, imm8              | MRI  | 66 0F AC /r ib             | |  |
shrd r/m16, r16, cl                | MR   | 66 0F AD /r                | |  |
shrd r/m32, r32, imm8              | MRI  | 0F AC /r ib                | |  |
shrd r/m32, r32, cl                | MR   | 0F AD /r                   | |  |
shrd r/m64, r64, imm8              | MRI  | REX.W 0F AC /r ib          | |  |
shrd r/m64, r64, cl                | MR   | REX.W 0F AD /r             | |  |

# ---- bit tests ----
bt r/m16, r16                      | MR   | 66 0F A3 /r                | |  |
bt r/m16, imm8                     | MI   | 66 0F BA /4 ib             | |  |
bt r/m32, r32                      | MR   | 0F A3 /r                   | |  |
bt r/m32, imm8                     | MI   | 0F BA /4 ib                | |  |
bt r/m64, r64                      | MR   | REX.W 0F A3 /r             | |  |
bt r/m64, imm8                     | MI   | REX.W 0F BA /4 ib          | |  |
bts r/m16, r16                     | MR   | 66 0F AB /r                | |  | lock
bts r/m16, imm8                    | MI   | 66 0F BA /5 ib             | |  | lock
bts r/m32, r32                     | MR   | 0F AB /r                   | |  | lock
bts r/m32, imm8                    | MI   | 0F BA /5 ib                | |  | lock
bts r/m64, r64                     | MR   | REX.W 0F AB /r             | |  | lock
bts r/m64, imm8                    | MI   | REX.W 0F BA /5 ib          | |  | lock
btr r/m16, r16                     | MR   | 66 0F B3 /r                | |  | lock
btr r/m16, imm8                    | MI   | 66 0F BA /6 ib             | |  | lock
btr r/m32, r32                     | MR   | 0F B3 /r                   | |  | lock
btr r/m32, imm8                    | MI   | 0F BA /6 ib                | |  | lock
btr r/m64, r64                     | MR   | REX.W 0F B3 /r             | |  | lock
btr r/m64, imm8                    | MI   | REX.W 0F BA /6 ib          | |  | lock
btc r/m16, r16                     | MR   | 66 0F BB /r                | |  | lock
btc r/m16, imm8                    | MI   | 66 0F BA /7 ib             | |  | lock
btc r/m32, r32                     | MR   | 0F BB /r                   | |  | lock
btc r/m32, imm8                    | MI   | 0F BA /7 ib                | |  | lock
btc r/m64, r64                     | MR   | REX.W 0F BB /r             | |  | lock
btc r/m64, imm8                    | MI   | REX.W 0F BA /7 ib          | |  | lock
bsf r16, r/m16                     | RM   | 66 0F BC /r                | |  |
bsf r32, r/m32                     | RM   | 0F BC /r                   | |  |
bsf r64, r/m64                     | RM   | REX.W 0F BC /r             | |  |
bsr r16, r/m16                     | RM   | 66 0F BD /r                | |  |
bsr r32, r/m32                     | RM   | 0F BD /r                   | |  |
bsr r64, r/m64                     | RM   | REX.W 0F BD /r             | |  |
popcnt r16, r/m16                  | RM   | 66 F3 0F B8 /r             | | POPCNT |
popcnt r32, r/m32                  | RM   | F3 0F B8 /r                | | POPCNT |
popcnt r64, r/m64                  | RM   | F3 REX.W 0F B8 /r          | | POPCNT |
lzcnt r16, r/m16                   | RM   | 66 F3 0F BD /r             | | LZCNT |
lzcnt r32, r/m32                   | RM   | F3 0F BD /r                | | LZCNT |
lzcnt r64, r/m64                   | RM   | F3 REX.W 0F BD /r          | | LZCNT |
tzcnt r16, r/m16                   | RM   | 66 F3 0F BC /r             | | BMI1 |
tzcnt r32, r/m32                   | RM   | F3 0F BC /r                | | BMI1 |
tzcnt r64, r/m64                   | RM   | F3 REX.W 0F BC /r          | | BMI1 |


# ---- test (no imm8s form; reg-reg and mem forms use the MR opcode) -----------
test al, imm8                      | I    | A8 ib                      | |  |
test ax, imm16                     | I    | 66 A9 iw                   | |  |
test eax, imm32                    | I    | A9 id                      | |  |
test rax, imm32s                   | I    | REX.W A9 id                | |  |
test r/m8, imm8                    | MI   | F6 /0 ib                   | |  |
test r/m16, imm16                  | MI   | 66 F7 /0 iw                | |  |
test r/m32, imm32                  | MI   | F7 /0 id                   | |  |
test r/m64, imm32s                 | MI   | REX.W F7 /0 id             | |  |
test r/m8, r8                      | MR   | 84 /r                      | |  |
test r/m16, r16                    | MR   | 66 85 /r                   | |  |
test r/m32, r32                    | MR   | 85 /r                      | |  |
test r/m64, r64                    | MR   | REX.W 85 /r                | |  |
test r8, m8                        | RM   | 84 /r                      | |  |
test r16, m16                      | RM   | 66 85 /r                   | |  |
test r32, m32                      | RM   | 85 /r                      | |  |
test r64, m64                      | RM   | REX.W 85 /r                | |  |

# ---- mov ----------------------------------------------------------------------
mov r/m8, r8                       | MR   | 88 /r                      | |  |
mov r/m16, r16                     | MR   | 66 89 /r                   | |  |
mov r/m32, r32                     | MR   | 89 /r                      | |  |
mov r/m64, r64                     | MR   | REX.W 89 /r                | |  |
mov r8, m8                         | RM   | 8A /r                      | |  |
mov r16, m16                       | RM   | 66 8B /r                   | |  |
mov r32, m32                       | RM   | 8B /r                      | |  |
mov r64, m64                       | RM   | REX.W 8B /r                | |  |
mov r8, imm8                       | OI   | B0+rb ib                   | |  |
mov r16, imm16                     | OI   | 66 B8+rw iw                | |  |
mov r32, imm32                     | OI   | B8+rd id                   | |  |
mov r64, imm32s                    | MI   | REX.W C7 /0 id             | |  |
mov r64, imm64                     | OI   | REX.W B8+ro io             | |  |
mov m8, imm8                       | MI   | C6 /0 ib                   | |  |
mov m16, imm16                     | MI   | 66 C7 /0 iw                | |  |
mov m32, imm32                     | MI   | C7 /0 id                   | |  |
mov m64, imm32s                    | MI   | REX.W C7 /0 id             | |  |
movabs r64, imm64                  | OI   | REX.W B8+ro io             | |  | nopref
# moffs: a memory operand with no ModRM in the opcode is a 64-bit absolute address after it
movabs al, m8                      | M    | A0                         | |  |
movabs ax, m16                     | M    | 66 A1                      | |  |
movabs eax, m32                    | M    | A1                         | |  |
movabs rax, m64                    | M    | REX.W A1                   | |  |
movabs m8, al                      | M    | A2                         | |  |
movabs m16, ax                     | M    | 66 A3                      | |  |
movabs m32, eax                    | M    | A3                         | |  |
movabs m64, rax                    | M    | REX.W A3                   | |  |

# ---- movzx movsx movsxd -------------------------------------------------------
movzx r16, r/m8                    | RM   | 66 0F B6 /r                | |  |
movzx r32, r/m8                    | RM   | 0F B6 /r                   | |  |
movzx r64, r/m8                    | RM   | REX.W 0F B6 /r             | |  |
movzx r32, r/m16                   | RM   | 0F B7 /r                   | |  |
movzx r64, r/m16                   | RM   | REX.W 0F B7 /r             | |  |
movsx r16, r/m8                    | RM   | 66 0F BE /r                | |  |
movsx r32, r/m8                    | RM   | 0F BE /r                   | |  |
movsx r64, r/m8                    | RM   | REX.W 0F BE /r             | |  |
movsx r32, r/m16                   | RM   | 0F BF /r                   | |  |
movsx r64, r/m16                   | RM   | REX.W 0F BF /r             | |  |
movsxd r64, r/m32                  | RM   | REX.W 63 /r                | |  |

# ---- lea, xchg, bswap, conversions ----------------------------------------------
lea r16, m                         | RM   | 66 8D /r                   | |  |
lea r32, m                         | RM   | 8D /r                      | |  |
lea r64, m                         | RM   | REX.W 8D /r                | |  |
# xchg: the accumulator short forms (90+r) as llvm-mc uses them, except that
# xchg eax, eax must not become 90 (nop does not zero-extend rax): llvm-mc uses 87 C0.
# Reg-reg takes the RM direction (llvm-mc: xchg ecx, edx -> 87 CA); memory goes in r/m.
xchg eax, eax                      | ZO   | 87 C0                      | |  |
xchg rax, rax                      | ZO   | 90                         | |  |
xchg ax, r16                       | O    | 66 90+rw                   | |  |
xchg r16, ax                       | O    | 66 90+rw                   | |  |
xchg eax, r32                      | O    | 90+rd                      | |  |
xchg r32, eax                      | O    | 90+rd                      | |  |
xchg rax, r64                      | O    | REX.W 90+ro                | |  |
xchg r64, rax                      | O    | REX.W 90+ro                | |  |
xchg r8, r/m8                      | RM   | 86 /r                      | |  | lock
xchg r16, r/m16                    | RM   | 66 87 /r                   | |  | lock
xchg r32, r/m32                    | RM   | 87 /r                      | |  | lock
xchg r64, r/m64                    | RM   | REX.W 87 /r                | |  | lock
xchg m8, r8                        | MR   | 86 /r                      | |  | lock
xchg m16, r16                      | MR   | 66 87 /r                   | |  | lock
xchg m32, r32                      | MR   | 87 /r                      | |  | lock
xchg m64, r64                      | MR   | REX.W 87 /r                | |  | lock
bswap r32                          | O    | 0F C8+rd                   | |  |
bswap r64                          | O    | REX.W 0F C8+ro             | |  |
cbw                                | ZO   | 66 98                      | |  |
cwde                               | ZO   | 98                         | |  |
cdqe                               | ZO   | REX.W 98                   | |  |
cwd                                | ZO   | 66 99                      | |  |
cdq                                | ZO   | 99                         | |  |
cqo                                | ZO   | REX.W 99                   | |  |

# ---- push, pop ----------------------------------------------------------------
push r64                           | O    | 50+ro                      | |  |
push r16                           | O    | 66 50+rw                   | |  |
push imm8s                         | I    | 6A ib                      | |  |
push imm32s                        | I    | 68 id                      | |  |
push m64                           | M    | FF /6                      | |  | defsize
push m16                           | M    | 66 FF /6                   | |  |
pop r64                            | O    | 58+ro                      | |  |
pop r16                            | O    | 66 58+rw                   | |  |
pop m64                            | M    | 8F /0                      | |  | defsize
pop m16                            | M    | 66 8F /0                   | |  |
pushfq                             | ZO   | 9C                         | |  |
popfq                              | ZO   | 9D                         | |  |

# ---- cmovcc, setcc --------------------------------------------------------------
cmovcc r16, r/m16                  | RM   | 66 0F 40+cc /r             | | CMOV |
cmovcc r32, r/m32                  | RM   | 0F 40+cc /r                | | CMOV |
cmovcc r64, r/m64                  | RM   | REX.W 0F 40+cc /r          | | CMOV |
setcc r/m8                         | M    | 0F 90+cc /0                | |  |

# ---- multiply: the two- and three-operand imul forms -----------------------------
imul r16, r/m16                    | RM   | 66 0F AF /r                | |  |
imul r32, r/m32                    | RM   | 0F AF /r                   | |  |
imul r64, r/m64                    | RM   | REX.W 0F AF /r             | |  |
imul r16, r/m16, imm8s             | RMI  | 66 6B /r ib                | |  |
imul r16, r/m16, imm16             | RMI  | 66 69 /r iw                | |  |
imul r32, r/m32, imm8s             | RMI  | 6B /r ib                   | |  |
imul r32, r/m32, imm32             | RMI  | 69 /r id                   | |  |
imul r64, r/m64, imm8s             | RMI  | REX.W 6B /r ib             | |  |
imul r64, r/m64, imm32s            | RMI  | REX.W 69 /r id             | |  |


# ---- BMI1 / BMI2 (VEX-encoded general-purpose) -----------------------------------
andn r32a, r32b, r/m32             | RVM  | VEX.LZ.0F38.W0 F2 /r       | | BMI1 |
andn r64a, r64b, r/m64             | RVM  | VEX.LZ.0F38.W1 F2 /r       | | BMI1 |
bextr r32a, r/m32, r32b            | RMV  | VEX.LZ.0F38.W0 F7 /r       | | BMI1 |
bextr r64a, r/m64, r64b            | RMV  | VEX.LZ.0F38.W1 F7 /r       | | BMI1 |
blsi r32, r/m32                    | VM   | VEX.LZ.0F38.W0 F3 /3       | | BMI1 |
blsi r64, r/m64                    | VM   | VEX.LZ.0F38.W1 F3 /3       | | BMI1 |
blsmsk r32, r/m32                  | VM   | VEX.LZ.0F38.W0 F3 /2       | | BMI1 |
blsmsk r64, r/m64                  | VM   | VEX.LZ.0F38.W1 F3 /2       | | BMI1 |
blsr r32, r/m32                    | VM   | VEX.LZ.0F38.W0 F3 /1       | | BMI1 |
blsr r64, r/m64                    | VM   | VEX.LZ.0F38.W1 F3 /1       | | BMI1 |
bzhi r32a, r/m32, r32b             | RMV  | VEX.LZ.0F38.W0 F5 /r       | | BMI2 |
bzhi r64a, r/m64, r64b             | RMV  | VEX.LZ.0F38.W1 F5 /r       | | BMI2 |
mulx r32a, r32b, r/m32             | RVM  | VEX.LZ.F2.0F38.W0 F6 /r    | | BMI2 |
mulx r64a, r64b, r/m64             | RVM  | VEX.LZ.F2.0F38.W1 F6 /r    | | BMI2 |
pdep r32a, r32b, r/m32             | RVM  | VEX.LZ.F2.0F38.W0 F5 /r    | | BMI2 |
pdep r64a, r64b, r/m64             | RVM  | VEX.LZ.F2.0F38.W1 F5 /r    | | BMI2 |
pext r32a, r32b, r/m32             | RVM  | VEX.LZ.F3.0F38.W0 F5 /r    | | BMI2 |
pext r64a, r64b, r/m64             | RVM  | VEX.LZ.F3.0F38.W1 F5 /r    | | BMI2 |
rorx r32, r/m32, imm8              | RMI  | VEX.LZ.F2.0F3A.W0 F0 /r ib | | BMI2 |
rorx r64, r/m64, imm8              | RMI  | VEX.LZ.F2.0F3A.W1 F0 /r ib | | BMI2 |
sarx r32a, r/m32, r32b             | RMV  | VEX.LZ.F3.0F38.W0 F7 /r    | | BMI2 |
sarx r64a, r/m64, r64b             | RMV  | VEX.LZ.F3.0F38.W1 F7 /r    | | BMI2 |
shlx r32a, r/m32, r32b             | RMV  | VEX.LZ.66.0F38.W0 F7 /r    | | BMI2 |
shlx r64a, r/m64, r64b             | RMV  | VEX.LZ.66.0F38.W1 F7 /r    | | BMI2 |
shrx r32a, r/m32, r32b             | RMV  | VEX.LZ.F2.0F38.W0 F7 /r    | | BMI2 |
shrx r64a, r/m64, r64b             | RMV  | VEX.LZ.F2.0F38.W1 F7 /r    | | BMI2 |
adcx r32, r/m32                    | RM   | 66 0F 38 F6 /r             | | ADX |
adcx r64, r/m64                    | RM   | 66 REX.W 0F 38 F6 /r       | | ADX |
adox r32, r/m32                    | RM   | F3 0F 38 F6 /r             | | ADX |
adox r64, r/m64                    | RM   | F3 REX.W 0F 38 F6 /r       | | ADX |

# ---- control flow -------------------------------------------------------------
jmp rel8                           | D    | EB cb                      | |  |
jmp rel32                          | D    | E9 cd                      | |  |
jmp r/m64                          | M    | FF /4                      | |  |
jcc rel8                           | D    | 70+cc cb                   | |  |
jcc rel32                          | D    | 0F 80+cc cd                | |  |
call rel32                         | D    | E8 cd                      | |  |
call r/m64                         | M    | FF /2                      | |  |
ret                                | ZO   | C3                         | |  |
ret imm16                          | I    | C2 iw                      | |  |
loop rel8                          | D    | E2 cb                      | |  |
loope/loopz rel8                   | D    | E1 cb                      | |  |
loopne/loopnz rel8                 | D    | E0 cb                      | |  |
jrcxz rel8                         | D    | E3 cb                      | |  |
jecxz rel8                         | D    | 67 E3 cb                   | |  |
enter imm16, imm8                  | II   | C8 iw ib                   | |  |
leave                              | ZO   | C9                         | |  |

# ---- string instructions (rep / repe / repne prefixes) ----------------------------
movsb                              | ZO   | A4                         | |  | rep seg
movsw                              | ZO   | 66 A5                      | |  | rep seg
movsd                              | ZO   | A5                         | |  | rep seg
movsq                              | ZO   | REX.W A5                   | |  | rep seg
stosb                              | ZO   | AA                         | |  | rep
stosw                              | ZO   | 66 AB                      | |  | rep
stosd                              | ZO   | AB                         | |  | rep
stosq                              | ZO   | REX.W AB                   | |  | rep
lodsb                              | ZO   | AC                         | |  | rep seg
lodsw                              | ZO   | 66 AD                      | |  | rep seg
lodsd                              | ZO   | AD                         | |  | rep seg
lodsq                              | ZO   | REX.W AD                   | |  | rep seg
scasb                              | ZO   | AE                         | |  | rep repne
scasw                              | ZO   | 66 AF                      | |  | rep repne
scasd                              | ZO   | AF                         | |  | rep repne
scasq                              | ZO   | REX.W AF                   | |  | rep repne
cmpsb                              | ZO   | A6                         | |  | rep repne seg
cmpsw                              | ZO   | 66 A7                      | |  | rep repne seg
cmpsd                              | ZO   | A7                         | |  | rep repne seg
cmpsq                              | ZO   | REX.W A7                   | |  | rep repne seg

# ---- atomics ----------------------------------------------------------------------
xadd r/m8, r8                      | MR   | 0F C0 /r                   | |  | lock
xadd r/m16, r16                    | MR   | 66 0F C1 /r                | |  | lock
xadd r/m32, r32                    | MR   | 0F C1 /r                   | |  | lock
xadd r/m64, r64                    | MR   | REX.W 0F C1 /r             | |  | lock
cmpxchg r/m8, r8                   | MR   | 0F B0 /r                   | |  | lock
cmpxchg r/m16, r16                 | MR   | 66 0F B1 /r                | |  | lock
cmpxchg r/m32, r32                 | MR   | 0F B1 /r                   | |  | lock
cmpxchg r/m64, r64                 | MR   | REX.W 0F B1 /r             | |  | lock
cmpxchg8b m64                      | M    | 0F C7 /1                   | |  | lock
cmpxchg16b m128                    | M    | REX.W 0F C7 /1             | | CX16 | lock

# ---- nops, traps, system and miscellaneous -------------------------------------
nop                                | ZO   | 90                         | |  |
nop r/m16                          | M    | 66 0F 1F /0                | |  |
nop r/m32                          | M    | 0F 1F /0                   | |  |
nop r/m64                          | M    | REX.W 0F 1F /0             | |  |
int3                               | ZO   | CC                         | |  |
int imm8                           | I    | CD ib                      | |  |
ud2                                | ZO   | 0F 0B                      | |  |
hlt                                | ZO   | F4                         | |  |
cpuid                              | ZO   | 0F A2                      | |  |
rdtsc                              | ZO   | 0F 31                      | |  |
rdtscp                             | ZO   | 0F 01 F9                   | | RDTSCP |
xgetbv                             | ZO   | 0F 01 D0                   | | XSAVE |
syscall                            | ZO   | 0F 05                      | |  |
pause                              | ZO   | F3 90                      | |  |
lfence                             | ZO   | 0F AE E8                   | | SSE2 |
mfence                             | ZO   | 0F AE F0                   | | SSE2 |
sfence                             | ZO   | 0F AE F8                   | | SSE |
prefetcht0 m8                      | M    | 0F 18 /1                   | | SSE |
prefetcht1 m8                      | M    | 0F 18 /2                   | | SSE |
prefetcht2 m8                      | M    | 0F 18 /3                   | | SSE |
prefetchnta m8                     | M    | 0F 18 /0                   | | SSE |
prefetchw m8                       | M    | 0F 0D /1                   | | PRFCHW |
clflush m8                         | M    | 0F AE /7                   | | CLFSH |
clflushopt m8                      | M    | 66 0F AE /7                | | CLFLUSHOPT |
endbr64                            | ZO   | F3 0F 1E FA                | | CET_IBT |
cmc                                | ZO   | F5                         | |  |
clc                                | ZO   | F8                         | |  |
stc                                | ZO   | F9                         | |  |
cld                                | ZO   | FC                         | |  |
std                                | ZO   | FD                         | |  |
lahf                               | ZO   | 9F                         | | LAHF |
sahf                               | ZO   | 9E                         | | LAHF |
cli                                | ZO   | FA                         | |  |
sti                                | ZO   | FB                         | |  |
xlatb                              | ZO   | D7                         | |  |
rdpmc                              | ZO   | 0F 33                      | |  |
xsetbv                             | ZO   | 0F 01 D1                   | | XSAVE |
serialize                          | ZO   | 0F 01 E8                   | | SERIALIZE |
ud1 r32, r/m32                     | RM   | 0F B9 /r                   | |  |
clwb m8                            | M    | 66 0F AE /6                | | CLWB |

# ---- byte-swapping moves, non-temporal store, random numbers, fs/gs base ------------
movbe r16, m16                     | RM   | 66 0F 38 F0 /r             | | MOVBE |
movbe r32, m32                     | RM   | 0F 38 F0 /r                | | MOVBE |
movbe r64, m64                     | RM   | REX.W 0F 38 F0 /r          | | MOVBE |
movbe m16, r16                     | MR   | 66 0F 38 F1 /r             | | MOVBE |
movbe m32, r32                     | MR   | 0F 38 F1 /r                | | MOVBE |
movbe m64, r64                     | MR   | REX.W 0F 38 F1 /r          | | MOVBE |
movnti m32, r32                    | MR   | 0F C3 /r                   | | SSE2 |
movnti m64, r64                    | MR   | REX.W 0F C3 /r             | | SSE2 |
rdrand r16                         | M    | 66 0F C7 /6                | | RDRAND |
rdrand r32                         | M    | 0F C7 /6                   | | RDRAND |
rdrand r64                         | M    | REX.W 0F C7 /6             | | RDRAND |
rdseed r16                         | M    | 66 0F C7 /7                | | RDSEED |
rdseed r32                         | M    | 0F C7 /7                   | | RDSEED |
rdseed r64                         | M    | REX.W 0F C7 /7             | | RDSEED |
rdpid r64                          | M    | F3 0F C7 /7                | | RDPID |
rdfsbase r32                       | M    | F3 0F AE /0                | | FSGSBASE |
rdfsbase r64                       | M    | F3 REX.W 0F AE /0          | | FSGSBASE |
rdgsbase r32                       | M    | F3 0F AE /1                | | FSGSBASE |
rdgsbase r64                       | M    | F3 REX.W 0F AE /1          | | FSGSBASE |
wrfsbase r32                       | M    | F3 0F AE /2                | | FSGSBASE |
wrfsbase r64                       | M    | F3 REX.W 0F AE /2          | | FSGSBASE |
wrgsbase r32                       | M    | F3 0F AE /3                | | FSGSBASE |
wrgsbase r64                       | M    | F3 REX.W 0F AE /3          | | FSGSBASE |

# ---- processor state save/restore ---------------------------------------------------
fxsave m                           | M    | 0F AE /0                   | | FXSR |
fxrstor m                          | M    | 0F AE /1                   | | FXSR |
fxsave64 m                         | M    | REX.W 0F AE /0             | | FXSR |
fxrstor64 m                        | M    | REX.W 0F AE /1             | | FXSR |
ldmxcsr m32                        | M    | 0F AE /2                   | | SSE |
stmxcsr m32                        | M    | 0F AE /3                   | | SSE |
xsave m                            | M    | 0F AE /4                   | | XSAVE |
xrstor m                           | M    | 0F AE /5                   | | XSAVE |
xsave64 m                          | M    | REX.W 0F AE /4             | | XSAVE |
xrstor64 m                         | M    | REX.W 0F AE /5             | | XSAVE |
`;
