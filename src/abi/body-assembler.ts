/**
 * body-assembler.ts — the assembler a function body writes into. It is a real
 * `Assembler` (every method, the text front end, data and the constant pool
 * work on it) in recording mode (core/recorder.ts): each instruction is
 * selected and checked at once, so errors point at the caller, and recorded;
 * the function builder lays the function out once the body is complete —
 * prologue, then the body replayed into `output` (each instruction encoded
 * once), then the epilogue. Body and output share one layout: labels and
 * constants need no translation.
 *
 * While recording it scans what the function builder needs: the
 * general-purpose and vector registers the body names (operands, memory
 * bases and indices, and the implicit registers of the table's facts —
 * cpuid's ebx, string ops' rsi/rdi, enter/leave's rbp), whether it calls,
 * whether it uses ymm/zmm (vzeroupper at exit), and how far it moved rsp
 * (push/pop by the facts' stack effect, sub/add rsp, imm), so calls out keep
 * the stack 16-byte aligned. A `ret` returns through the shared epilogue: it
 * is replayed as a jump there, or dropped when the epilogue follows
 * directly; `rawRet()` records a real ret for internal subroutines.
 *
 * It holds no ABI knowledge: the function builder reads the scan results.
 */
import { JitError } from "../core/errors.ts";
import type { Label } from "../core/label.ts";
import { Recorder } from "../core/recorder.ts";
import { Assembler, type AssemblerOptions, type X64Insn } from "../x64/assembler.ts";
import { Mem, type Operand } from "../x64/operands.ts";
import { Reg, RT_GP, RT_XMM, RT_YMM, RT_ZMM } from "../x64/registers.ts";
import { factsOf, KIND_CALL, KIND_NONE, regNumber } from "../x64/table/facts.ts";

const RSP = 4, RBP = 5;

/**
 * The assembler behind `f.a` in a function body. Use it like any `Assembler`;
 * `ret` returns through the function's epilogue, `finish()` belongs to the builder.
 */
export class BodyAssembler extends Assembler {
  /** Bit i set: general-purpose register i is named by the body (as an operand, an address part or implicitly). */
  gpUsed = 0;
  /** Bit i set: xmm/ymm/zmm register i is named by the body. */
  vecUsed = 0;
  /** rbp named as a register operand (not only as a memory base), or used by enter/leave. */
  rbpAsRegister = false;
  /** The body names ymm/zmm registers: the epilogue ends with vzeroupper. */
  wideVectors = false;
  /** Call instructions in the body (raw or through the builder). */
  calls = 0;
  /** Bytes the body has pushed or subtracted from rsp so far (linear, not per path). */
  rspDepth = 0;
  /** The shared epilogue every `ret` jumps to. */
  readonly epilogue: Label;
  /** The assembler the function is laid out in: the builder's prologue, the body (`replay`), the epilogue. */
  readonly output: Assembler;
  private readonly rec: Recorder<X64Insn>;
  /** Record indices of rets that stay rets (`rawRet`). */
  private readonly rawRets = new Set<number>();
  private raw = false;

  /** @param options the output's options (listing, maxBytes) */
  constructor(options: AssemblerOptions = {}) {
    const output = new Assembler(options);
    const rec = new Recorder<X64Insn>();
    super(options.features === undefined ? {} : { features: options.features }, { layout: output.layout, recorder: rec });
    this.output = output;
    this.rec = rec;
    this.epilogue = this.newLabel(".Lepilogue");
  }

  /** @internal scan each recorded instruction (registers, calls, rsp), then record it. */
  protected override recorded(insn: X64Insn): void {
    this.scan(insn.o0); this.scan(insn.o1); this.scan(insn.o2); this.scan(insn.o3);
    const f = insn.form, facts = factsOf(f);
    if (facts !== undefined) {
      for (const im of facts.implicit) {
        if (im.reg.type !== RT_GP) continue;
        const id = regNumber(im.reg);
        this.gpUsed |= 1 << id;
        if (id === RBP) this.rbpAsRegister = true;
      }
      if (facts.kind === KIND_CALL) this.calls++;
      else if (facts.kind === KIND_NONE && facts.stack !== null) this.rspDepth -= facts.stack;
    }
    const o0 = insn.o0, o1 = insn.o1;
    if ((f.mnemonic === "sub" || f.mnemonic === "add") && o0 instanceof Reg && o0.type === RT_GP && o0.id === RSP && o0.bits === 64 && typeof o1 === "number") {
      this.rspDepth += f.mnemonic === "sub" ? o1 : -o1;
    }
    if (this.raw) this.rawRets.add(this.rec.length);
    super.recorded(insn);
  }

  private scan(o: Operand | undefined): void {
    if (o instanceof Reg) {
      if (o.type === RT_GP) {
        this.gpUsed |= 1 << regNumber(o);
        if (o.id === RBP && !o.isHigh8) this.rbpAsRegister = true;
      } else if (o.type === RT_XMM || o.type === RT_YMM || o.type === RT_ZMM) {
        this.vecUsed |= 1 << o.id;
        if (o.type !== RT_XMM) this.wideVectors = true;
      }
    } else if (o instanceof Mem) {
      const b = o.base, x = o.index;
      if (b !== null && b.type === RT_GP) this.gpUsed |= 1 << b.id;
      if (x !== null) {
        if (x.type === RT_GP) this.gpUsed |= 1 << x.id;
        else {
          this.vecUsed |= 1 << x.id;
          if (x.type !== RT_XMM) this.wideVectors = true;
        }
      }
    }
  }

  /**
   * A real `ret` instruction, for subroutines inside the body reached with
   * `call label` (a plain `ret` in a body returns from the whole function).
   * @example a.bind(sub); a.add(eax, 1); a.rawRet();
   * @throws JitError ESTATE after the function was built
   */
  rawRet(): this {
    this.raw = true;
    try {
      this.ret();
    } finally {
      this.raw = false;
    }
    return this;
  }

  /** @internal the builder's f.ret(): return through the epilogue. */
  returnToEpilogue(): void {
    this.ret();
  }

  /** The body's size is known only once the function builder has laid it out. @throws JitError ESTATE */
  override get offset(): number {
    throw new JitError("ESTATE", "a function body's offset is known only once the function is built: labels and labelOffset() after build");
  }

  /** The function builder finishes the code; a body never calls this. @throws JitError ESTATE */
  override finish(): Uint8Array {
    throw new JitError("ESTATE", "a function body does not call finish(): the function builder lays out the code (use ret or f.ret() to return)");
  }

  /**
   * @internal Replay the body into `output` (after the prologue): each `ret`
   * becomes a jump to the epilogue, except a last one (the epilogue follows).
   * Returns the epilogue label, for the builder to bind before the epilogue.
   */
  replay(): Label {
    const out = this.output, last = this.rec.length - 1;
    out.replayRecording(this.rec, (insn, i) => {
      if (insn.form.mnemonic === "ret" && insn.n === 0 && !this.rawRets.has(i)) {
        if (i !== last) out.jmp(this.epilogue);
      } else out.placeInstruction(insn);
    });
    return this.epilogue;
  }
}
