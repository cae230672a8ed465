/** index.ts — the public barrel of bunjit: re-exports only, no logic. */
export { JitError, isJitError } from "./core/errors.ts";
export type { JitErrorCode, JitErrorDetails } from "./core/errors.ts";
// foundation
export { fromBytes, toFunction, dispose, info, codeInfo, isJitFunction } from "./ffi/callable.ts";
export type { JitFunction, CallableOptions, FromBytesOptions, CodeInfo } from "./ffi/callable.ts";
export { normalizeSignature, formatSignature, typeName, MAX_ARGS, TYPE_NAMES } from "./ffi/signature.ts";
export type { Signature, ArgType, ReturnType, TypeName, JsFunction, JsArgs, JsResult, JsArg, JsReturn, NormalizedSignature, TypedArray } from "./ffi/signature.ts";
export { CodeAllocator, CodeBlock, defaultAllocator } from "./memory/allocator.ts";
export type { AllocatorOptions, AllocOptions, AllocatorStats, MemoryMode } from "./memory/allocator.ts";
export { libc, resolveSymbol, isAddress } from "./os/libc.ts";
// seeing JIT code from outside (perf, gdb, unwinders); BUNJIT_PERF / BUNJIT_GDB / BUNJIT_UNWIND are read on import
export { enablePerf, disablePerf, perfOutput, enableGdb, disableGdb, enableUnwind, disableUnwind, enableFromEnvironment } from "./debug/index.ts";
export type { PerfOptions, PerfOutput } from "./debug/index.ts";
export { resolvePlatform } from "./os/platform.ts";
export type { PlatformInfo } from "./os/platform.ts";
// assembler
export { Assembler } from "./x64/assembler.ts";
export type { AssemblerOptions } from "./x64/assembler.ts";
export { compile } from "./compile.ts";
export type { CompileOptions } from "./compile.ts";
export { Label } from "./core/label.ts";
export { Reg, registerByName,
  gp64, gp32, gp16, gp8, xmm, ymm, zmm, kreg, xmm0, xmm1, xmm2, xmm3, xmm4, xmm5, xmm6, xmm7, xmm8, xmm9, xmm10, xmm11, xmm12, xmm13, xmm14, xmm15, xmm16, xmm17, xmm18, xmm19, xmm20, xmm21, xmm22, xmm23, xmm24, xmm25, xmm26, xmm27, xmm28, xmm29, xmm30, xmm31, ymm0, ymm1, ymm2, ymm3, ymm4, ymm5, ymm6, ymm7, ymm8, ymm9, ymm10, ymm11, ymm12, ymm13, ymm14, ymm15, ymm16, ymm17, ymm18, ymm19, ymm20, ymm21, ymm22, ymm23, ymm24, ymm25, ymm26, ymm27, ymm28, ymm29, ymm30, ymm31, zmm0, zmm1, zmm2, zmm3, zmm4, zmm5, zmm6, zmm7, zmm8, zmm9, zmm10, zmm11, zmm12, zmm13, zmm14, zmm15, zmm16, zmm17, zmm18, zmm19, zmm20, zmm21, zmm22, zmm23, zmm24, zmm25, zmm26, zmm27, zmm28, zmm29, zmm30, zmm31, k0, k1, k2, k3, k4, k5, k6, k7, rax, rcx, rdx, rbx, rsp, rbp, rsi, rdi, r8, r9, r10, r11, r12, r13, r14, r15, eax, ecx, edx, ebx, esp, ebp, esi, edi, r8d, r9d, r10d, r11d, r12d, r13d, r14d, r15d, ax, cx, dx, bx, sp, bp, si, di, r8w, r9w, r10w, r11w, r12w, r13w, r14w, r15w, al, cl, dl, bl, spl, bpl, sil, dil, r8b, r9b, r10b, r11b, r12b, r13b, r14b, r15b,
} from "./x64/registers.ts";
export type { AnyReg, Gp8, Gp16, Gp32, Gp64, Al, Cl, Ax, Dx, Eax, Rax, Xmm, Xmm0, Ymm, Zmm, KReg, SegReg, Rip } from "./x64/registers.ts";
export { Mem, Rounding, byte, word, dword, qword, tword, xmmword, ymmword, zmmword, mem, rnSae, rdSae, ruSae, rzSae, sae } from "./x64/operands.ts";
export type { MemBase, MemAny, Mem8, Mem16, Mem32, Mem64, Mem80, Mem128, Mem256, Mem512, Bcst16, Bcst32, Bcst64, VsibX, VsibY, VsibZ, MemParts, Scale } from "./x64/operands.ts";
export { allForms, formsByMnemonic, formsOf, mnemonics } from "./x64/table/index.ts";
export type { Form, OpSpec } from "./x64/table/index.ts";
// cpu and kernels
export { cpu, cpuFeatures, readCpuid, requestAmx, selectPath, bestPath, decodeCpuid, isCpuFeature, cpuFeatureOf, CPU_FEATURES, CPU_PATHS, CPU_PATH_ORDER } from "./host-cpu.ts";
export type { AmxInfo, CpuFeature, CpuFeatures, CpuidRaw, CpuPath, PathOptions, PathBuilders, SelectPathOptions } from "./host-cpu.ts";
export { amxPermissionCode, cpuidCode, xgetbvCode } from "./x64/cpu-probes.ts";
export { createKernels, compileKernel, kernelCode, kernelVariants, bestVariant, variantUnavailable, KERNEL_IDS, KERNEL_SIGNATURES, KERNEL_VARIANTS, VARIANT_PATH } from "./kernels/index.ts";
export type { Kernels, KernelId, RawKernel, KernelVariant, Dtype as KernelDtype, GenOptions as KernelGenOptions } from "./kernels/index.ts";
// text front end
export { assemble, asm, asmInto, parseInto, parseInstructions } from "./x64/parse.ts";
export type { AsmValue, AssembleOptions, ParseOptions, ParseResult, ParsedInstruction } from "./x64/parse.ts";
export { formatForm, formatInstruction, formatOperand, formatListingLine, listingText } from "./x64/format.ts";
export type { ListingLineOptions, PrintExtras, PrintOperand } from "./x64/format.ts";
// disassembler
export { decode, decodeOne, disassemble, BranchTarget } from "./x64/decode/decode.ts";
export type { Instruction, DecodeOptions, DisassembleOptions, Code } from "./x64/decode/decode.ts";
export type { DecodedOperand } from "./x64/decode/decoder.ts";
export type { AssemblerMethods } from "./x64/assembler-methods.generated.ts";
// abi
export { jit } from "./abi/jit.ts";
export type { JitOptions, BuildOptions, FunctionBody, CompileOptions as JitCompileOptions, CompilerBody } from "./abi/jit.ts";
export { Compiler } from "./compiler/compiler.ts";
export type { CompilerOptions, CompileArgs, VArg, VCallResult } from "./compiler/compiler.ts";
export { VReg } from "./compiler/vreg.ts";
export type { VGp8, VGp16, VGp32, VGp64, VXmm, VYmm, VZmm, VK } from "./compiler/vreg.ts";
export type { CompilerMethods } from "./compiler/compiler-methods.generated.ts";
export { factsOf, operandAccess } from "./x64/table/facts.ts";
export type { InstructionFacts, ImplicitReg, ImplicitMem, OperandUse } from "./x64/table/facts.ts";
export { FunctionBuilder } from "./abi/function-builder.ts";
export type { FunctionOptions, CallOptions, TypedCallOptions, CallbackOptions, CallArg, BuiltCode } from "./abi/function-builder.ts";
export { BodyAssembler } from "./abi/body-assembler.ts";
export { NativeFunction, native } from "./abi/target.ts";
export type { CallSignature, CallTarget } from "./abi/target.ts";
export { sysv, win64, conventions, hostConvention } from "./abi/calling-convention.ts";
export type { CallingConvention } from "./abi/calling-convention.ts";
export { assignArguments, returnRegister, valueKind } from "./abi/assign.ts";
export type { ArgLocation, Assignment, ValueKind } from "./abi/assign.ts";
export type { Value as CallValue } from "./abi/moves.ts";
export type { ArgOperands, ArgOperand, ArgRegister, ArgStackSlot, CallResultOf } from "./abi/types.ts";
