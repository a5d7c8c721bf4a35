import { Frequency, RRule } from '@/lib/calendar/rrule-lib';
import { registerWorkerPart } from '@/lib/worker-part-registry';

// rrule for Chrome's service worker, imported when a calendar series is first expanded or edited
// (lib/calendar/rrule-part.ts); background.js is built without it (wxt.config.ts).
export default defineUnlistedScript(() => registerWorkerPart('rrule', { RRule, Frequency }));
