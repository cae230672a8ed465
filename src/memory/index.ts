/** memory/index.ts — the executable-memory layer's public surface (re-exports only). */
export { CodeAllocator, CodeBlock, defaultAllocator } from "./allocator.ts";
export type { AllocatorOptions, AllocOptions, AllocatorStats, MemoryMode } from "./allocator.ts";
export type { ChunkMode } from "./chunk.ts";
