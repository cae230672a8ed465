/**
 * gp.ts — general-purpose x86-64 instruction forms (the table's rows).
 * Row notation: see README.md in this folder. Within a mnemonic, row order is
 * preference order (first match wins), which reproduces llvm-mc's choices.
 */
export const gpRows = String.raw`
# ---- ALU: add or adc sbb and sub xor cmp --------------------------------------
# accumulator short forms first only where llvm-mc uses them: al,imm8 / ax,imm16 / eax,imm32 / rax,imm32
# (for 16/32/64-bit, imm8s forms come first so small immediates take 3 bytes)
add al, imm8               | I  | 04 ib            | | |
add r/m8, imm8             | MI | 80 /0 ib         | | | lock
add r/m16, imm8s           | MI | 66 83 /0 ib      | | | lock
add ax, imm16              | I  | 66 05 iw         | | |
add r/m16, imm16           | MI | 66 81 /0 iw      | | | lock
add r/m32, imm8s           | MI | 83 /0 ib         | | | lock
add eax, imm32             | I  | 05 id            | | |
add r/m32, imm32           | MI | 81 /0 id         | | | lock
add r/m64, imm8s           | MI | REX.W 83 /0 ib   | | | lock
add rax, imm32s            | I  | REX.W 05 id      | | |
add r/m64, imm32s          | MI | REX.W 81 /0 id   | | | lock
add r/m8, r8               | MR | 00 /r            | | | lock
add r/m16, r16             | MR | 66 01 /r         | | | lock
add r/m32, r32             | MR | 01 /r            | | | lock
add r/m64, r64             | MR | REX.W 01 /r      | | | lock
add r8, m8                 | RM | 02 /r            | | |
add r16, m16               | RM | 66 03 /r         | | |
add r32, m32               | RM | 03 /r            | | |
add r64, m64               | RM | REX.W 03 /r      | | |

# ---- mov ----------------------------------------------------------------------
mov r/m8, r8               | MR | 88 /r            | | |
mov r/m16, r16             | MR | 66 89 /r         | | |
mov r/m32, r32             | MR | 89 /r            | | |
mov r/m64, r64             | MR | REX.W 89 /r      | | |
mov r8, m8                 | RM | 8A /r            | | |
mov r16, m16               | RM | 66 8B /r         | | |
mov r32, m32               | RM | 8B /r            | | |
mov r64, m64               | RM | REX.W 8B /r      | | |
mov r8, imm8               | OI | B0+rb ib         | | |
mov r16, imm16             | OI | 66 B8+rw iw      | | |
mov r32, imm32             | OI | B8+rd id         | | |
mov r64, imm32s            | MI | REX.W C7 /0 id   | | |
mov r64, imm64             | OI | REX.W B8+ro io   | | |
mov m8, imm8               | MI | C6 /0 ib         | | |
mov m16, imm16             | MI | 66 C7 /0 iw      | | |
mov m32, imm32             | MI | C7 /0 id         | | |
mov m64, imm32s            | MI | REX.W C7 /0 id   | | |
movabs r64, imm64          | OI | REX.W B8+ro io   | | | nopref

# ---- lea, push, pop -----------------------------------------------------------
lea r16, m                 | RM | 66 8D /r         | | |
lea r32, m                 | RM | 8D /r            | | |
lea r64, m                 | RM | REX.W 8D /r      | | |
push r64                   | O  | 50+ro            | | |
push r16                   | O  | 66 50+rw         | | |
push imm8s                 | I  | 6A ib            | | |
push imm32s                | I  | 68 id            | | |
push m64                   | M  | FF /6            | | |
push m16                   | M  | 66 FF /6         | | |
pop r64                    | O  | 58+ro            | | |
pop r16                    | O  | 66 58+rw         | | |
pop m64                    | M  | 8F /0            | | |
pop m16                    | M  | 66 8F /0         | | |

# ---- control flow -------------------------------------------------------------
jmp rel8                   | D  | EB cb            | | |
jmp rel32                  | D  | E9 cd            | | |
jmp r/m64                  | M  | FF /4            | | |
jcc rel8                   | D  | 70+cc cb         | | |
jcc rel32                  | D  | 0F 80+cc cd      | | |
call rel32                 | D  | E8 cd            | | |
call r/m64                 | M  | FF /2            | | |
ret                        | ZO | C3               | | |
ret imm16                  | I  | C2 iw            | | |
int3                       | ZO | CC               | | |
nop                        | ZO | 90               | | |
ud2                        | ZO | 0F 0B            | | |
`;
