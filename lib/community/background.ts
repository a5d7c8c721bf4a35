import type { IDBPDatabase } from 'idb';
import { browser } from 'wxt/browser';
import type { OnbrandDB } from '../db/schema';
import type { HandlersOf } from '../message-table';
import type { recordMessages } from '../records/protocol';
import { getRecordPrefs } from '../records/prefs';
import { createCommunityHandlers, withReplyClearing } from './handlers';
import { createQueueStore, type KeyValue } from './queue-store';
import type { QueueEntry } from './queue';
import { memberId, type Interaction, type Member } from './members/member';
import type { communityMessages } from './protocol';
import { createMemberHandlers } from './members/handlers';
import { deleteAllMembers, recordInteractions } from './members/store';

type RecordHandlers = HandlersOf<typeof recordMessages>;
type CommunityHandlers = HandlersOf<typeof communityMessages>;

/** What the worker plugs in; tests leave them out. */
export interface CommunityHooks {
  /** Team mode: the interactions recorded, for the team's member book (lib/team/member-sync.ts). */
  shareInteractions?: (interactions: Interaction[]) => Promise<void>;
  /** The member card's "Open in Members". */
  openTab?: (url: string) => Promise<unknown>;
  /** Members the book has just created (their first interaction): the welcome reminder's input. */
  onNewMembers?: (created: Member[]) => Promise<void>;
}

/**
 * The background's community care: the queue in extension storage (masked like the log when the log is) and the
 * member book in IndexedDB, fed by the queue: a comment seen for the first time, a reply given, a tag.
 */
export function communityBackground(
  database: () => Promise<IDBPDatabase<OnbrandDB>>,
  area: KeyValue = browser.storage.local,
  now: () => number = Date.now,
  hooks: CommunityHooks = {},
) {
  const {
    shareInteractions = async () => {},
    openTab = (url) => browser.tabs.create({ url }),
    onNewMembers = async () => undefined,
  } = hooks;
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
              key: e.key,
            },
          ]
        : [],
    );
    const { created } = await recordInteractions(await database(), list);
    if (created.length) await onNewMembers(created);
    await shareInteractions(list).catch((error) => console.warn('Onbrand team members:', error));
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
  /** The member card's "Open in Members": the dashboard opens on the member (MembersTab reads the hash). */
  const openMember: CommunityHandlers['community.members.open'] = async ({ platform, handle }) => {
    await openTab(
      browser.runtime.getURL(`/options.html#members/${encodeURIComponent(memberId(platform, handle))}`),
    );
    return { opened: true };
  };
  return {
    store,
    handlers: {
      ...createCommunityHandlers(store, now),
      ...createMemberHandlers(database, area, now),
      'community.members.open': openMember,
    },
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
