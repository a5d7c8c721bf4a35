import { PINYIN_GROUPS } from '@/lib/engine/data/pinyin';
import { registerPart } from '@/lib/assistant/part-registry';

// The engine's pinyin table (≈13 KB of hanzi), injected beside the assistant only when a kit has a term that opts
// into pinyin spellings (lib/assistant/parts.ts); content-scripts/assistant.js is built without it (wxt.config.ts).
export default defineUnlistedScript(() => registerPart('pinyin', PINYIN_GROUPS));
