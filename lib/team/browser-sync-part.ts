import { workerPart } from '../worker-part-registry';
import type * as BrowserSync from './browser-sync';

// Stands in for lib/team/browser-sync.ts inside Chrome's background.js (wxt.config.ts resolves it there only):
// yjs, Hocuspocus and lib0 (≈37 KB gzip) are parsed only by a worker that starts a team sync, not at every
// wake-up of a browser with no team server; the worker imports entrypoints/part-team-sync.ts then.

export const startBrowserTeamSync: typeof BrowserSync.startBrowserTeamSync = (options) =>
  workerPart<typeof BrowserSync>('team-sync').startBrowserTeamSync(options);
