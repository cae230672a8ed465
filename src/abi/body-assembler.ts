/**
 * body-assembler.ts — the assembler a function body writes into. It is a real
 * `Assembler` (every method, the text front end and the constant pool work on
 * it, and each instruction is encoded at once so errors point at the caller),
 * that also:
 *
 * - records every emission (instructions, labels, alignment, data, constants,
 *   prefixes) so the function builder can replay the body after a prologue
 *   that is only known once the body is complete;
 * - scans operands: which general-purpose and vector registers the body names
 *   (registers, memory bases and indices, and implicit ones such as cpuid's
 *   ebx), whether it calls, whether it uses ymm/zmm (vzeroupper at exit);
 * - tracks how far the body moved rsp (push/pop, sub/add rsp, imm), so calls
 *   out keep the stack 16-byte aligned;
 * - turns `ret` into a jump to the shared epilogue (elided when the epilogue
 *   follows directly); `rawRet()` emits a real ret for internal subroutines.
 *
 * It holds no ABI knowledge: the function builder reads the scan results.
 */
import { JitError } from "../core/errors.ts";
import { Label } from "../core/label.ts";
import { Assembler } from "../x64/assembler.ts";
import type { Operand } from "../x64/encode/encoder.ts";
import type { Mnemonic } from "../x64/encode/match.ts";
import { Mem } from "../x64/operands.ts";
import { Reg, RT_GP, RT_XMM, RT_YMM, RT_ZMM, rbx } from "../x64/registers.ts";

const R_INSN = 0, R_BIND = 1, R_ALIGN = 2, R_DATA = 3, R_CONST = 4, R_PREFIX = 5;
type DataOp = "db" | "dw" | "dd" | "dq" | "float32" | "float64";
type Rec =
  | { k: typeof R_INSN; e: Mnemonic; o0: Operand | undefined; o1: Operand | undefined; o2: Operand | undefined; o3: Operand | undefined; o4: Operand | undefined }
  | { k: typeof R_BIND; label: Label }
  | { k: typeof R_ALIGN; align: number; fill: number }
  | { k: typeof R_DATA; op: DataOp; values: ArrayLike<number | bigint> | number | bigint }
  | { k: typeof R_CONST; bytes: Uint8Array; align: number; label: Label }
  | { k: typeof R_PREFIX; p: "lock" | "rep" | "repne" };

const RSP = 4, RBP = 5;

/**
 * The assembler behind `f.a` in a function body. Use it like any `Assembler`;
 * `ret` returns through the function's epilogue, `finish()` belongs to the builder.
 */
export class BodyAssembler extends Assembler {
  /** Bit i set: general-purpose register i is named by the body. */
  gpUsed = 0;
  /** Bit i set: xmm/ymm/zmm register i is named by the body. */
  vecUsed = 0;
  /** rbp named as a register operand (not only as a memory base). */
  rbpAsRegister = false;
  /** The body names ymm/zmm registers: the epilogue ends with vzeroupper. */
  wideVectors = false;
  /** Call instructions in the body (raw or through the builder). */
  calls = 0;
  /** Bytes the body has pushed or subtracted from rsp so far (linear, not per path). */
  rspDepth = 0;
  /** The shared epilogue every `ret` jumps to. */
  readonly epilogue: Label;
  private readonly log: Rec[] = [];
  private pendingRet = false;
  /** Set while the epilogue is written in place: `ret` is a real ret. */
  private closing = false;

  constructor() {
    super();
    this.epilogue = this.newLabel(".Lepilogue");
  }

  /** @internal every instruction passes here: scan, record, encode. */
  override emitForms(entry: Mnemonic, o0: Operand | undefined, o1: Operand | undefined, o2: Operand | undefined, o3: Operand | undefined, o4: Operand | undefined): this {
    if (entry.name === "ret" && o0 === undefined && !this.closing) {
      this.flush();
      this.pendingRet = true; // jump to the epilogue, unless the epilogue comes next
      return this;
    }
    this.flush();
    super.emitForms(entry, o0, o1, o2, o3, o4); // throws before anything is recorded
    this.scan(o0); this.scan(o1); this.scan(o2); this.scan(o3); this.scan(o4);
    this.implicit(entry.name, o0, o1);
    this.log.push({ k: R_INSN, e: entry, o0, o1, o2, o3, o4 });
    return this;
  }

  private scan(o: Operand | undefined): void {
    if (o instanceof Reg) {
      if (o.type === RT_GP) {
        this.gpUsed |= 1 << o.id;
        if (o.id === RBP && (o.bits === 64 || o.bits === 32 || o.bits === 16 || (o.bits === 8 && !o.isHigh8))) this.rbpAsRegister = true;
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

  private implicit(name: string, o0: Operand | undefined, o1: Operand | undefined): void {
    switch (name) {
      case "push":
      case "pushfq":
        this.rspDepth += o0 instanceof Reg && o0.bits === 16 ? 2 : 8;
        break;
      case "pop":
      case "popfq":
        this.rspDepth -= o0 instanceof Reg && o0.bits === 16 ? 2 : 8;
        break;
      case "sub":
      case "add":
        if (o0 instanceof Reg && o0.type === RT_GP && o0.id === RSP && o0.bits === 64 && typeof o1 === "number") {
          this.rspDepth += name === "sub" ? o1 : -o1;
        }
        break;
      case "call":
        this.calls++;
        break;
      case "cpuid":
        this.gpUsed |= 1 << rbx.id;
        break;
      case "enter":
      case "leave":
        this.gpUsed |= 1 << RBP;
        this.rbpAsRegister = true;
        break;
      case "cmpxchg16b":
      case "cmpxchg8b":
        this.gpUsed |= 1 << rbx.id;
        break;
    }
  }

  /** Emit a pending `ret` as a jump to the epilogue (something follows it). */
  private flush(): void {
    if (!this.pendingRet) return;
    this.pendingRet = false;
    this.emit("jmp", this.epilogue);
  }

  /**
   * A real `ret` instruction, for subroutines inside the body reached with
   * `call label` (a plain `ret` in a body returns from the whole function).
   * @example a.bind(sub); a.add(eax, 1); a.rawRet();
   */
  rawRet(): this {
    this.flush();
    this.closing = true;
    try {
      this.emit("ret");
    } finally {
      this.closing = false;
    }
    return this;
  }

  /** @internal the builder's f.ret(): jump to the epilogue (lazily). */
  returnToEpilogue(): void {
    this.flush();
    this.pendingRet = true;
  }

  override bind(label: Label): this {
    this.flush();
    super.bind(label);
    this.log.push({ k: R_BIND, label });
    return this;
  }

  override align(alignment: number, fill = -1): this {
    this.flush();
    super.align(alignment, fill);
    this.log.push({ k: R_ALIGN, align: alignment, fill });
    return this;
  }

  private dataRec(op: DataOp, values: ArrayLike<number | bigint> | number | bigint): void {
    this.log.push({ k: R_DATA, op, values: typeof values === "object" ? Array.from(values) : values });
  }
  override db(values: ArrayLike<number> | number): this {
    this.flush();
    super.db(values);
    this.dataRec("db", values);
    return this;
  }
  override dw(values: ArrayLike<number> | number): this {
    this.flush();
    super.dw(values);
    this.dataRec("dw", values);
    return this;
  }
  override dd(values: ArrayLike<number> | number): this {
    this.flush();
    super.dd(values);
    this.dataRec("dd", values);
    return this;
  }
  override dq(values: ArrayLike<number | bigint> | number | bigint): this {
    this.flush();
    super.dq(values);
    this.dataRec("dq", values);
    return this;
  }
  override float32(values: ArrayLike<number> | number): this {
    this.flush();
    super.float32(values);
    this.dataRec("float32", values);
    return this;
  }
  override float64(values: ArrayLike<number> | number): this {
    this.flush();
    super.float64(values);
    this.dataRec("float64", values);
    return this;
  }

  override constant(bytes: Uint8Array, align = bytes.length): Mem {
    const m = super.constant(bytes, align);
    this.log.push({ k: R_CONST, bytes: bytes.slice(), align, label: m.label! });
    return m;
  }

  override lock(): this {
    this.flush();
    super.lock();
    this.log.push({ k: R_PREFIX, p: "lock" });
    return this;
  }
  override rep(): this {
    this.flush();
    super.rep();
    this.log.push({ k: R_PREFIX, p: "rep" });
    return this;
  }
  override repne(): this {
    this.flush();
    super.repne();
    this.log.push({ k: R_PREFIX, p: "repne" });
    return this;
  }

  /** The function builder finishes the code; a body never calls this. @throws JitError ESTATE */
  override finish(): Uint8Array {
    throw new JitError("ESTATE", "a function body does not call finish(): the function builder lays out the code (use ret or f.ret() to return)");
  }

  /**
   * @internal When the function needs no prologue, the body's own bytes are the
   * code: bind the epilogue here, let `tail` emit it, and finish in place
   * (no replay). A trailing `ret` is dropped: the epilogue follows.
   */
  finishInPlace(tail: (a: Assembler) => void): Uint8Array {
    this.pendingRet = false;
    super.bind(this.epilogue);
    this.closing = true;
    tail(this);
    return super.finish();
  }

  /**
   * @internal Replay the body into `out` (after the prologue). A trailing
   * `ret` is dropped: the epilogue, bound right after by the builder, follows.
   * Returns the epilogue label in `out`.
   */
  replayInto(out: Assembler): Label {
    this.pendingRet = false;
    const map = new Map<Label, Label>();
    const lab = (l: Label): Label => {
      let m = map.get(l);
      if (m === undefined) {
        m = out.newLabel(l.name);
        map.set(l, m);
      }
      return m;
    };
    const op = (o: Operand | undefined): Operand | undefined => {
      if (o instanceof Label) return lab(o);
      if (o instanceof Mem && o.label !== null) return new Mem(o.base, o.index, o.scale, o.disp, o.bits, o.seg, lab(o.label), o.broadcast, o.mask);
      return o;
    };
    for (const r of this.log) {
      switch (r.k) {
        case R_INSN:
          out.emitForms(r.e, op(r.o0), op(r.o1), op(r.o2), op(r.o3), op(r.o4));
          break;
        case R_BIND:
          out.bind(lab(r.label));
          break;
        case R_ALIGN:
          out.align(r.align, r.fill);
          break;
        case R_DATA:
          out[r.op](r.values as never); // the recorded argument of the same method
          break;
        case R_CONST: {
          const m = out.constant(r.bytes, r.align);
          if (!map.has(r.label)) map.set(r.label, m.label!);
          break;
        }
        case R_PREFIX:
          out[r.p]();
          break;
      }
    }
    return lab(this.epilogue);
  }
}
