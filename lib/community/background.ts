import type { IDBPDatabase } from 'idb';
import { browser } from 'wxt/browser';
import type { OnbrandDB } from '../db/schema';
import type { HandlersOf } from '../message-table';
import type { recordMessages } from '../records/protocol';
import { getRecordPrefs } from '../records/prefs';
import { createCommunityHandlers, withReplyClearing } from './handlers';
import { createQueueStore, type KeyValue } from './queue-store';
import type { QueueEntry } from './queue';
import type { Interaction, Member } from './members/member';
import { createMemberHandlers } from './members/handlers';
import { deleteAllMembers, recordInteractions } from './members/store';

type RecordHandlers = HandlersOf<typeof recordMessages>;

/**
 * The background's community care: the queue in extension storage (masked like the log when the log is) and the
 * member book in IndexedDB, fed by the queue: a comment seen for the first time, a reply given, a tag.
 */
export function communityBackground(
  database: () => Promise<IDBPDatabase<OnbrandDB>>,
  area: KeyValue = browser.storage.local,
  now: () => number = Date.now,
  /** Members the book has just created (their first interaction): the welcome reminder's input. */
  onNewMembers: (created: Member[]) => Promise<void> = async () => undefined,
) {
  const interactions = (kind: Interaction['kind']) => async (entries: QueueEntry[]) => {
    const list = entries.flatMap((e): Interaction[] =>
      e.author
        ? [
            {
              platform: e.platform,
              handle: e.author,
              at: kind === 'comment' ? (e.postedAt ?? e.firstSeen) : now(),
              kind,
              url: e.url && e.url !== e.postUrl ? e.url : e.postUrl,
              tag: e.tag,
            },
          ]
        : [],
    );
    const { created } = await recordInteractions(await database(), list);
    if (created.length) await onNewMembers(created);
  };
  const store = createQueueStore(
    area,
    now,
    async () => (await getRecordPrefs(await database())).maskPersonalData,
    {
      added: interactions('comment'),
      answered: interactions('reply'),
      tagged: interactions('tag'),
    },
  );
  return {
    store,
    handlers: { ...createCommunityHandlers(store, now), ...createMemberHandlers(database, area, now) },
    wrapPut: (put: RecordHandlers['records.put']) => withReplyClearing(put, store),
    /** "Delete everything" empties the queue and the member book as well. */
    wrapDeleteAll:
      (deleteAll: RecordHandlers['records.deleteAll']): RecordHandlers['records.deleteAll'] =>
      async (request, sender) => {
        const result = await deleteAll(request, sender);
        await Promise.all([store.clear(), database().then(deleteAllMembers)]);
        return result;
      },
  };
}
