import { IndexeddbPersistence } from 'y-indexeddb';
import { startTeamSync, type TeamSync, type TeamSyncOptions } from './sync';

// The sync loop as the extension runs it: each document's offline copy in IndexedDB. Chrome's service worker
// imports this (with yjs, Hocuspocus and lib0) as a part only once a team server is connected
// (lib/team/browser-sync-part.ts, lib/worker-part-registry.ts).

export function startBrowserTeamSync(options: Omit<TeamSyncOptions, 'persist'>): TeamSync {
  return startTeamSync({ ...options, persist: (name, doc) => new IndexeddbPersistence(name, doc) });
}
