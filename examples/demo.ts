/**
 * demo.ts — `bun run demo`: JITs the classic add4 from raw bytes, calls it, and
 * shows what happened (bytes, address, page protections, W^X). A few dozen lines.
 */
import { readFileSync } from "node:fs";
import { defaultAllocator, fromBytes, info } from "../src/index.ts";

// mov rax, rdi ; add rax, 4 ; ret
const bytes = [0x48, 0x89, 0xf8, 0x48, 0x83, 0xc0, 0x04, 0xc3];

{
  using add4 = fromBytes(bytes, { args: ["i64"], returns: "i64" });
  const { address, size, signatureText } = info(add4);

  const perms = readFileSync("/proc/self/maps", "utf8")
    .split("\n")
    .map((l) => l.split(/\s+/))
    .find(([range = ""]) => {
      const [s = "0", e = "0"] = range.split("-");
      return parseInt(s, 16) <= address && address < parseInt(e, 16);
    })?.[1];

  console.log(`bytes     ${bytes.map((b) => b.toString(16).padStart(2, "0")).join(" ")}  (mov rax, rdi; add rax, 4; ret)`);
  console.log(`memory    ${defaultAllocator().mode} mode (W^X): code at 0x${address.toString(16)}, ${size} bytes, pages ${perms}`);
  console.log(`signature ${signatureText}`);
  console.log(`add4(2)   = ${add4(2)}`);
  console.log(`add4(38n) = ${add4(38n)}`);
}
console.log("disposed  the code memory was freed when `using` left its block");
