import { registerPart } from '@/lib/assistant/part-registry';
import type { StarterPart } from '@/lib/assistant/parts';
import { STARTER_KIT_KEY, starterKitOfPart } from '@/lib/kits/starter-kit';
import { libraryOf } from '@/lib/kits/starter-library';
import { starterLibrary } from '@/lib/templates/starter';

// The starter kit (every starter pack) and starter templates, injected beside the assistant only while this
// browser stores no kit library or no template library (lib/assistant/parts.ts). Its kit and the kit's key are
// computed when it is built (lib/kits/starter-kit.ts).
const part: StarterPart = {
  kits: async (now) => libraryOf(await starterKitOfPart(), now),
  kitKey: STARTER_KIT_KEY,
  templates: starterLibrary,
};
export default defineUnlistedScript(() => registerPart('starter', part));
