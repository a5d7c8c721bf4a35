import { starterLibrary } from '@/lib/templates/starter';
import { registerWorkerPart } from '@/lib/worker-part-registry';

// The starter templates for Chrome's service worker, imported when a team's templates join a library never saved
// (lib/templates/starter-part.ts); background.js is built without them (wxt.config.ts). The in-page assistant has
// its own starter part (entrypoints/part-starter.ts, with the starter kit).
export default defineUnlistedScript(() => registerWorkerPart('starter-templates', { starterLibrary }));
