import { RE2JS } from 're2js';
import { registerPart } from '@/lib/assistant/part-registry';

// The RE2 engine for kits with user patterns, injected beside the assistant only when a kit has one
// (lib/assistant/parts.ts).
export default defineUnlistedScript(() => registerPart('re2js', RE2JS));
