import { registerPart } from '@/lib/assistant/part-registry';
import type { StarterPart } from '@/lib/assistant/parts';
import { defaultLibrary } from '@/lib/kits/starter-library';
import { starterLibrary } from '@/lib/templates/starter';

// The starter kit (every starter pack) and starter templates, injected beside the assistant only while this
// browser stores no kit library or no template library (lib/assistant/parts.ts).
const part: StarterPart = { kits: defaultLibrary, templates: starterLibrary };
export default defineUnlistedScript(() => registerPart('starter', part));
