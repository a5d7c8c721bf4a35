import { startBrowserTeamSync } from '@/lib/team/browser-sync';
import { registerWorkerPart } from '@/lib/worker-part-registry';

// Team sync (yjs, Hocuspocus, lib0) for Chrome's service worker, imported once a team server is connected
// (lib/team/browser-sync-part.ts); background.js is built without it (wxt.config.ts).
export default defineUnlistedScript(() => registerWorkerPart('team-sync', { startBrowserTeamSync }));
