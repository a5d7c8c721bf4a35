import { storage } from 'wxt/utils/storage';
import { PAUSE_KEY, readPauses, type StoredPauses } from './pause';

// The crisis pause's storage item for the extension's pages (popup, dashboard: they switch it and follow it).
// The worker and the page read the key by name (lib/calendar/jobs.ts, lib/assistant/pause-watch.ts).
export const pauseItem = storage.defineItem<unknown>(`local:${PAUSE_KEY}`);

export async function loadPauses(): Promise<StoredPauses> {
  return readPauses(await pauseItem.getValue());
}

/** Read, change, write back (the popup and the dashboard are the writers; a person switches one at a time). */
export async function updatePauses(change: (doc: StoredPauses) => StoredPauses): Promise<StoredPauses> {
  const next = change(await loadPauses());
  await pauseItem.setValue(next);
  return next;
}
