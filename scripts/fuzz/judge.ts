/**
 * judge.ts — puts one fuzz case's outcomes side by side (bunjit's text and
 * builder renderings, llvm-mc's verdict, GNU as's when asked) and names the
 * result: agreed, refused by both, a coverage gap, a mismatch, a crash ...
 * It also decides which cases need GNU as (llvm-mc refuses or disagrees).
 */
import type { Verdict } from "../lib/oracles.ts";
import type { Outcome } from "./builder.ts";

export type Result =
  /** bunjit's bytes = llvm-mc's */
  | "agreed"
  /** llvm-mc refuses, GNU as makes bunjit's bytes */
  | "agreed-gas"
  /** a documented bunjit extension both judges refuse, whose rewrite llvm-mc encodes the same (extensions.ts) */
  | "extension"
  /** bunjit and both judges refuse */
  | "refused"
  /** bunjit refuses what llvm-mc and GNU as accept */
  | "gap"
  /** bunjit refuses what llvm-mc accepts and GNU as refuses (llvm-mc's laxness, or features GNU as 2.40 lacks) */
  | "gap-llvm"
  /** bunjit and llvm-mc refuse what GNU as accepts */
  | "gap-gas"
  /** bunjit's bytes differ from llvm-mc's */
  | "mismatch"
  /** llvm-mc refuses; GNU as makes other bytes than bunjit */
  | "mismatch-gas"
  /** bunjit accepts what both judges refuse */
  | "accepted-refused"
  /** a non-JitError from bunjit */
  | "crash"
  /** builder and text renderings differ */
  | "render"
  /** the judge's encoding needs a symbol (fixup): not comparable */
  | "symbolic"
  /** the judge accepted without bytes (a directive in asm mode) and bunjit made bytes: not comparable here */
  | "data"
  /** not sent to the judges (a line that changes how later lines are read) */
  | "unjudged";

export interface Judged {
  result: Result;
  /** builder ≠ text, reported besides the main result */
  render: boolean;
}

export const bad = (r: Result): boolean => r === "mismatch" || r === "mismatch-gas" || r === "accepted-refused" || r === "crash";

/** Does this case need GNU as's opinion? */
export function needsGas(text: Outcome, llvm: Verdict | undefined): boolean {
  if (llvm === undefined || text.kind === "crash") return false;
  if (llvm.kind === "error") return true;
  if (text.kind === "jit") return llvm.kind === "bytes";
  return text.kind === "bytes" && llvm.kind === "bytes" && llvm.hex !== text.hex;
}

/**
 * GNU as drops a segment override that names the default segment (ds:, or ss: with an rbp/rsp
 * base); llvm-mc and bunjit keep it. Equal once that prefix is set aside.
 */
function gasEqual(ours: string, gas: string): boolean {
  if (ours === gas) return true;
  const o = ours.split(" ");
  const i = o.findIndex((b) => b === "3e" || b === "36");
  if (i < 0 || i > 3) return false;
  o.splice(i, 1);
  return o.join(" ") === gas;
}

function renderDiffers(text: Outcome, builder: Outcome): boolean {
  if (builder.kind === "na") return false;
  if (text.kind === "bytes" || builder.kind === "bytes") return text.kind !== builder.kind || (text as { hex: string }).hex !== (builder as { hex: string }).hex;
  return false; // both refused (codes may differ: the text and builder paths check in different orders)
}

/**
 * @param ext llvm-mc's verdict on the documented-extension rewrite of the line (extensions.ts), if it is one
 */
export function judge(line: string, text: Outcome, builder: Outcome, llvm: Verdict | undefined, gas: Verdict | undefined, ext?: Verdict): Judged {
  const render = renderDiffers(text, builder);
  if (text.kind === "crash" || builder.kind === "crash") return { result: "crash", render };
  if (llvm === undefined) return { result: "unjudged", render };
  if (text.kind === "bytes") {
    if (llvm.kind === "bytes") return { result: llvm.hex === text.hex ? "agreed" : "mismatch", render };
    if (llvm.kind === "symbolic") return { result: "symbolic", render };
    if (llvm.kind === "empty") return { result: text.hex === "" ? "agreed" : "data", render };
    // llvm-mc refuses
    if (gas !== undefined && gas.kind === "bytes") return { result: gasEqual(text.hex, gas.hex) ? "agreed-gas" : "mismatch-gas", render };
    if (ext !== undefined && ext.kind === "bytes") return { result: ext.hex === text.hex ? "extension" : "mismatch", render };
    return { result: "accepted-refused", render };
  }
  // bunjit refuses
  if (llvm.kind === "bytes") return { result: gas !== undefined && gas.kind === "error" ? "gap-llvm" : "gap", render };
  if (llvm.kind === "empty") {
    // a data directive naming a symbol (`.quad foo`) needs a relocation: asm output shows no bytes either way
    if (/^\s*\.\w+\s.*[A-Za-z_]/.test(line)) return { result: "symbolic", render };
    return { result: "gap", render };
  }
  if (llvm.kind === "symbolic") return { result: "symbolic", render };
  if (gas !== undefined && gas.kind === "bytes") return { result: "gap-gas", render };
  return { result: "refused", render };
}
