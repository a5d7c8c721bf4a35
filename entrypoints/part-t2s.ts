import { SIMPLIFIED, TRADITIONAL } from '@/lib/engine/data/t2s';
import type { T2sTable } from '@/lib/engine/data/t2s-table';
import { registerPart } from '@/lib/assistant/part-registry';

// The engine's traditional → simplified pairs (≈13 KB gzip of hanzi), injected beside the assistant only when a
// kit has hanzi (lib/assistant/parts.ts); content-scripts/assistant.js is built without them (wxt.config.ts).
export default defineUnlistedScript(() =>
  registerPart('t2s', { traditional: TRADITIONAL, simplified: SIMPLIFIED } satisfies T2sTable),
);
