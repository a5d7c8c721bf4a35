import { computeEngagement, computeReport, crisisSignal } from '@/lib/records/reports/report';
import { registerWorkerPart } from '@/lib/worker-part-registry';

// The report's sections for Chrome's service worker, imported when a report is first asked for
// (lib/records/reports/report-part.ts); background.js is built without them (wxt.config.ts).
export default defineUnlistedScript(() =>
  registerWorkerPart('reports', { computeReport, computeEngagement, crisisSignal }),
);
