/**
 * describe.ts — a short, never-throwing description of any JavaScript value
 * for error messages (`String(v)` throws for a Symbol and for objects without
 * a prototype, `${v}` for Symbols). Used by the memory, FFI and ABI layers.
 */

/**
 * Describe a value for a message: strings quoted and cut at 40 characters, bigints with `n`,
 * functions by name, objects by their tag.
 * @example describeValue(Symbol("x")) // "a symbol"
 */
export function describeValue(v: unknown): string {
  switch (typeof v) {
    case "string":
      return JSON.stringify(v.length > 40 ? v.slice(0, 40) + "…" : v);
    case "bigint":
      return `${v}n`;
    case "symbol":
      return "a symbol";
    case "function":
      return `function ${(v as Function).name || "(anonymous)"}`;
    case "object":
      if (v === null) return "null";
      if (Array.isArray(v)) return `an array of ${v.length}`;
      return Object.prototype.toString.call(v);
    default:
      return String(v);
  }
}
