/**
 * recorder.ts — an instruction list replayed once into an emitter (AsmJit's
 * Builder). A target's assembler in recording mode checks each instruction
 * as usual (errors point at the caller) and records it instead of writing
 * bytes; directives are recorded beside it. `replay` hands the list, in
 * order, to an emitter — the assembler that encodes each instruction once,
 * wherever it ends up (e.g. after a prologue known only once the body is
 * complete). Records can be read before the replay (scans, rewrites).
 *
 * It knows no instruction set: an instruction record is the target's
 * payload `I` (x64: the selected form and its operands).
 */
import { JitError } from "./errors.ts";
import type { Label } from "./label.ts";

export const REC_INSN = 0, REC_BIND = 1, REC_ALIGN = 2, REC_DATA = 3, REC_FILL = 4;

/** One recorded item. */
export type Recorded<I> =
  | { readonly k: typeof REC_INSN; readonly insn: I }
  | { readonly k: typeof REC_BIND; readonly label: Label }
  | { readonly k: typeof REC_ALIGN; readonly alignment: number; readonly fill: number; readonly maxSkip: number | undefined }
  | { readonly k: typeof REC_DATA; readonly bytes: Uint8Array; readonly text: string }
  | { readonly k: typeof REC_FILL; readonly count: number; readonly byte: number };

/** What a recording replays into, one call per record in order. */
export interface ReplayTarget<I> {
  /** An instruction; `index` is its record's position (for a target that treats some records specially). */
  instruction(insn: I, index: number): void;
  bind(label: Label): void;
  align(alignment: number, fill: number, maxSkip: number | undefined): void;
  /** Bytes of a data directive, with its listing text. */
  data(bytes: Uint8Array, text: string): void;
  fill(count: number, byte: number): void;
}

/** The records of one recording. */
export class Recorder<I> {
  readonly records: Recorded<I>[] = [];
  private readonly bound = new Set<Label>();

  instruction(insn: I): void {
    this.records.push({ k: REC_INSN, insn });
  }
  /** @throws JitError ELABEL when the label is bound twice in this recording */
  bind(label: Label): void {
    if (this.bound.has(label) || label.bound) throw new JitError("ELABEL", `label ${label.name} is already bound`);
    this.bound.add(label);
    this.records.push({ k: REC_BIND, label });
  }
  align(alignment: number, fill: number, maxSkip: number | undefined): void {
    this.records.push({ k: REC_ALIGN, alignment, fill, maxSkip });
  }
  data(bytes: Uint8Array, text: string): void {
    this.records.push({ k: REC_DATA, bytes, text });
  }
  fill(count: number, byte: number): void {
    this.records.push({ k: REC_FILL, count, byte });
  }
  /** Number of records (the index the next one gets). */
  get length(): number {
    return this.records.length;
  }

  /** Hand every record to `into`, in order. */
  replay(into: ReplayTarget<I>): void {
    const r = this.records;
    for (let i = 0; i < r.length; i++) {
      const x = r[i]!;
      switch (x.k) {
        case REC_INSN: into.instruction(x.insn, i); break;
        case REC_BIND: into.bind(x.label); break;
        case REC_ALIGN: into.align(x.alignment, x.fill, x.maxSkip); break;
        case REC_DATA: into.data(x.bytes, x.text); break;
        case REC_FILL: into.fill(x.count, x.byte); break;
      }
    }
  }
}
