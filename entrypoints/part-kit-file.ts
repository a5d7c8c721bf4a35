import { readKitText } from '@/lib/kits/kit-file';
import { registerWorkerPart } from '@/lib/worker-part-registry';

// The kit file reader for Chrome's service worker, imported when a managed kit is first read
// (lib/kits/kit-file-part.ts); background.js is built without it (wxt.config.ts).
export default defineUnlistedScript(() => registerWorkerPart('kit-file', { readKitText }));
