import { findXLinks } from '@/lib/engine/x-links';
import { registerPart } from '@/lib/assistant/part-registry';

// X's link scanner (≈2 KB gzip), which only X's weighted length needs: injected beside the assistant with X's site
// part, into X's frames only (lib/assistant/parts.ts); content-scripts/assistant.js is built without it (wxt.config.ts).
export default defineUnlistedScript(() => registerPart('x-links', findXLinks));
