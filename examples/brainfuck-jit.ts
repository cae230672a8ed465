/**
 * brainfuck-jit.ts — `bun run examples/brainfuck-jit.ts`: a Brainfuck JIT on
 * jit.compile. Runs of + - > < fold into one add with a running offset,
 * `[-]` becomes a store of 0, loops become labels and conditional jumps, `.`
 * writes into an output buffer that a JS callback drains when it fills (a call
 * with the tape and buffer pointers live across it), `,` calls a JS callback.
 * Compared with a JS interpreter (precomputed jumps) and a BF → JS compiler
 * (`new Function`); all three print the same bytes.
 *
 * Exports (compileBf, interpretBf, bfToJs, makeProgram) serve the tests and
 * bench/compiler.bench.ts.
 */
import { byte, jit, type JitFunction, type VGp64 } from "../src/index.ts";

/** A folded operation. */
export type BfOp =
  | { k: "add"; n: number; off: number }
  | { k: "move"; n: number }
  | { k: "clear"; off: number }
  | { k: "out"; off: number }
  | { k: "in"; off: number }
  | { k: "loop"; body: BfOp[] };

/** Parse and fold: runs of +- and >< fold, `>` moves become offsets until a loop or the end. */
export function parseBf(src: string): BfOp[] {
  let i = 0;
  const block = (top: boolean): BfOp[] => {
    const out: BfOp[] = [];
    let off = 0;
    const flush = () => {
      if (off !== 0) out.push({ k: "move", n: off });
      off = 0;
    };
    while (i < src.length) {
      const ch = src[i++]!;
      if (ch === "+" || ch === "-") {
        let n = ch === "+" ? 1 : -1;
        while (src[i] === "+" || src[i] === "-") n += src[i++] === "+" ? 1 : -1;
        if ((n & 255) !== 0) out.push({ k: "add", n: n & 255, off });
      } else if (ch === ">" || ch === "<") off += ch === ">" ? 1 : -1;
      else if (ch === ".") out.push({ k: "out", off });
      else if (ch === ",") out.push({ k: "in", off });
      else if (ch === "[") {
        if ((src[i] === "-" || src[i] === "+") && src[i + 1] === "]") {
          out.push({ k: "clear", off });
          i += 2;
          continue;
        }
        flush();
        out.push({ k: "loop", body: block(false) });
      } else if (ch === "]") {
        if (top) throw new SyntaxError(`brainfuck: unmatched ] at ${i - 1}`);
        flush();
        return out;
      }
    }
    if (!top) throw new SyntaxError("brainfuck: unmatched [");
    flush();
    return out;
  };
  return block(true);
}

/** The classic interpreter: a byte array, a precomputed jump table. Returns the output bytes. */
export function interpretBf(src: string, input: Uint8Array = new Uint8Array(0), tapeSize = 65536): Uint8Array {
  const code = src.replace(/[^+\-<>.,[\]]/g, "");
  const jump = new Int32Array(code.length), stack: number[] = [];
  for (let i = 0; i < code.length; i++) {
    if (code[i] === "[") stack.push(i);
    else if (code[i] === "]") {
      const j = stack.pop()!;
      jump[i] = j;
      jump[j] = i;
    }
  }
  const tape = new Uint8Array(tapeSize), out: number[] = [];
  let p = tapeSize >> 1, inp = 0;
  for (let pc = 0; pc < code.length; pc++) {
    switch (code.charCodeAt(pc)) {
      case 43: tape[p] = tape[p]! + 1; break; // + (a Uint8Array wraps)
      case 45: tape[p] = tape[p]! - 1; break; // -
      case 62: p++; break; // >
      case 60: p--; break; // <
      case 46: out.push(tape[p]!); break; // .
      case 44: tape[p] = inp < input.length ? input[inp++]! : 0; break; // ,
      case 91: if (tape[p] === 0) pc = jump[pc]!; break; // [
      case 93: if (tape[p] !== 0) pc = jump[pc]!; break; // ]
    }
  }
  return Uint8Array.from(out);
}

/** BF → JS source (the folded ops), through `new Function`. */
export function bfToJs(src: string): (input?: Uint8Array, tapeSize?: number) => Uint8Array {
  const gen = (ops: BfOp[]): string =>
    ops.map((o) => {
      switch (o.k) {
        case "add": return `t[p+${o.off}]+=${o.n};`;
        case "move": return `p+=${o.n};`;
        case "clear": return `t[p+${o.off}]=0;`;
        case "out": return `o.push(t[p+${o.off}]);`;
        case "in": return `t[p+${o.off}]=k<inp.length?inp[k++]:0;`;
        case "loop": return `while(t[p]!==0){${gen(o.body)}}`;
      }
    }).join("");
  const body = gen(parseBf(src));
  const f = new Function("inp", "size", `const t=new Uint8Array(size),o=[];let p=size>>1,k=0;${body}return Uint8Array.from(o);`) as (inp: Uint8Array, size: number) => Uint8Array;
  return (input = new Uint8Array(0), tapeSize = 65536) => f(input, tapeSize);
}

const OUT_BUF = 4096;

/**
 * Compile to machine code. The function takes (tape, outBuffer) and returns
 * how many bytes of the buffer are still to drain; `run` wraps buffers and
 * callbacks.
 */
export function compileBf(src: string): { run(input?: Uint8Array, tapeSize?: number): Uint8Array; fn: JitFunction<{ args: ["ptr", "ptr"]; returns: "u32" }>; dispose(): void } {
  const ops = parseBf(src);
  const chunks: Uint8Array[] = [];
  let outBuf = new Uint8Array(OUT_BUF), input: Uint8Array = new Uint8Array(0), inPos = 0;
  const fn = jit.compile({ args: ["ptr", "ptr"], returns: "u32" }, (c, [tape, base]) => {
    const drain = c.callback((n: number) => { chunks.push(outBuf.slice(0, n)); }, { args: ["u32"], returns: "void" });
    const read = c.callback(() => (inPos < input.length ? input[inPos++]! : 0), { args: [], returns: "i32" });
    const p = c.gp64("p"), out = c.gp64("out"), end = c.gp64("end");
    c.mov(p, tape);
    c.mov(out, base);
    c.lea(end, byte(base, OUT_BUF));
    const gen = (list: BfOp[]): void => {
      for (const o of list) {
        switch (o.k) {
          case "add": c.add(byte(p, o.off), o.n); break;
          case "move": c.add(p, o.n); break;
          case "clear": c.mov(byte(p, o.off), 0); break;
          case "out": {
            const t = c.gp32("ch"), room = c.label();
            c.movzx(t, byte(p, o.off));
            c.mov(byte(out), t.r8);
            c.inc(out);
            c.cmp(out, end);
            c.jb(room);
            c.call(drain, [OUT_BUF]); // p, out, end and the tape survive the call
            c.mov(out, base);
            c.bind(room);
            break;
          }
          case "in": {
            const r = c.call(read, [])!;
            c.mov(byte(p, o.off), r.r8);
            break;
          }
          case "loop": {
            const top = c.label(), done = c.label();
            c.cmp(byte(p), 0);
            c.je(done);
            c.bind(top);
            gen(o.body);
            c.cmp(byte(p), 0);
            c.jne(top);
            c.bind(done);
            break;
          }
        }
      }
    };
    gen(ops);
    const left = c.gp64("left");
    c.mov(left, out);
    c.sub(left, base);
    c.ret(left.r32);
  }, { name: "brainfuck", ...(process.env.BF_LISTING ? { listing: (l: string) => console.log(l) } : {}) });
  return {
    fn,
    run(inp = new Uint8Array(0), tapeSize = 65536) {
      input = inp;
      inPos = 0;
      chunks.length = 0;
      outBuf = new Uint8Array(OUT_BUF);
      const tape = new Uint8Array(tapeSize);
      const left = fn(tape.subarray(tapeSize >> 1), outBuf);
      chunks.push(outBuf.slice(0, left));
      const total = chunks.reduce((a, b) => a + b.length, 0), all = new Uint8Array(total);
      let at = 0;
      for (const ch of chunks) (all.set(ch, at), (at += ch.length));
      return all;
    },
    dispose: () => fn[Symbol.dispose](),
  };
}

/** BF that prints `text` (cell 0 as the accumulator, cell 1 as a loop counter). */
export function printBf(text: string): string {
  let s = "", cur = 0;
  for (const ch of new TextEncoder().encode(text)) {
    const d = (ch - cur + 256) % 256;
    const delta = d <= 128 ? d : d - 256;
    const q = Math.floor(Math.sqrt(Math.abs(delta)));
    if (q > 3) {
      const r = Math.abs(delta) - q * q;
      s += `>${"+".repeat(q)}[<${(delta > 0 ? "+" : "-").repeat(q)}>-]<${(delta > 0 ? "+" : "-").repeat(r)}.`;
    } else s += `${(delta > 0 ? "+" : "-").repeat(Math.abs(delta))}.`;
    cur = ch;
  }
  return s;
}

/**
 * A compute-heavy program of our own: three nested counted loops (a·b·c
 * iterations) adding 1 and 3 into two cells, one of them moved away and back
 * (more loops), then both printed as raw bytes after a label.
 */
export function makeProgram(a = 40, b = 40, c = 40): string {
  const n = (k: number) => "+".repeat(k);
  // cells: 0 a-counter, 1 b-counter, 2 c-counter, 3 acc1, 4 acc2, 5 scratch
  let s = `${n(a)}[>${n(b)}[>${n(c)}[>+>+++<<-]<-]<-]`;
  s += ">>>[->>+<<]>>[-<<+>>]<<"; // acc1 to cell 5 and back
  s += "<<<" + printBf("acc:") + ">>>.>.<<<<";
  return s;
}

if (import.meta.main) {
  const hello = printBf("Hello from a Brainfuck JIT on jit.compile!\n");
  const h = compileBf(hello);
  process.stdout.write(h.run());
  h.dispose();

  const prog = makeProgram(100, 100, 100);
  const time = <T>(name: string, fn: () => T): T => {
    fn();
    const t = performance.now();
    const r = fn();
    console.log(`${name.padEnd(40)} ${(performance.now() - t).toFixed(2).padStart(9)} ms`);
    return r;
  };
  const jitted = compileBf(prog), js = bfToJs(prog);
  const a = time("JS interpreter", () => interpretBf(prog));
  const b = time("BF → JS (new Function)", () => js());
  const c = time("jit.compile", () => jitted.run());
  jitted.dispose();
  const same = (x: Uint8Array, y: Uint8Array) => x.length === y.length && x.every((v, i) => v === y[i]);
  if (!same(a, b) || !same(a, c)) throw new Error("brainfuck: the three ways disagree");
  console.log(`all three print ${c.length} identical bytes`);
}
