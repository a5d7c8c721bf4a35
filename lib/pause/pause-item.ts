import { storage } from 'wxt/utils/storage';
import { PAUSE_KEY } from './pause';

// The crisis pause's storage item for the extension's pages (popup, dashboard): they follow it, and switch it by
// asking the background worker (`pause.on` / `pause.off`, lib/pause/protocol.ts), the key's one writer.
// The worker and the page read the key by name (lib/calendar/jobs.ts, lib/assistant/pause-watch.ts).
export const pauseItem = storage.defineItem<unknown>(`local:${PAUSE_KEY}`);
