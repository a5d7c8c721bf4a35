import { shippedHolidays } from '@/lib/community/reminders/holiday-list';
import { registerWorkerPart } from '@/lib/worker-part-registry';

// The shipped holiday list for Chrome's service worker, imported by the first morning holiday check
// (lib/community/reminders/holiday-list-part.ts); background.js is built without it (wxt.config.ts).
export default defineUnlistedScript(() => registerWorkerPart('holidays', { shippedHolidays }));
