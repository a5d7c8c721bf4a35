import { reminderHolidays } from '@/lib/background/holidays-in-force';
import { registerWorkerPart } from '@/lib/worker-part-registry';

// The holiday list in force (shipped, as the kit edits it) for Chrome's service worker, imported by the first
// morning holiday check (lib/background/holidays-in-force-part.ts); background.js is built without it.
export default defineUnlistedScript(() => registerWorkerPart('holidays', { reminderHolidays }));
