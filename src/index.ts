/** index.ts — the public barrel of bunjit: re-exports only, no logic. */
export { JitError, isJitError } from "./core/errors.ts";
export type { JitErrorCode, JitErrorDetails } from "./core/errors.ts";
