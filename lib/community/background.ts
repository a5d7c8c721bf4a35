import type { IDBPDatabase } from 'idb';
import { browser } from 'wxt/browser';
import type { OnbrandDB } from '../db/schema';
import type { Handlers } from '../messaging/receiver';
import { getRecordPrefs } from '../records/prefs';
import { createCommunityHandlers, withReplyClearing } from './handlers';
import { createQueueStore, type KeyValue } from './queue-store';

/** The background's community care: the queue in extension storage, masked like the log when the log is. */
export function communityBackground(database: () => Promise<IDBPDatabase<OnbrandDB>>, area: KeyValue = browser.storage.local) {
  const store = createQueueStore(area, Date.now, async () => (await getRecordPrefs(await database())).maskPersonalData);
  return {
    store,
    handlers: createCommunityHandlers(store),
    wrapPut: (put: Handlers['records.put']) => withReplyClearing(put, store),
    /** "Delete everything" empties the queue as well. */
    wrapDeleteAll:
      (deleteAll: Handlers['records.deleteAll']): Handlers['records.deleteAll'] =>
      async (request, sender) => {
        const result = await deleteAll(request, sender);
        await store.clear();
        return result;
      },
  };
}
