import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { ActivityRecord } from '../records/schema';
import type { Member } from '../community/members/member';
import { withSearchKeys, type StoredMember } from '../community/members/search-keys';

// The background worker's IndexedDB. Content scripts never open it (their IndexedDB would belong to the
// web site): every write arrives through the message protocol. Extension pages (the dashboard) share the
// worker's origin and may read it directly.
export const DB_NAME = 'onbrand';
export const DB_VERSION = 4;

/** Small key/value entries kept beside the log (record preferences, last prune time). */
export interface MetaEntry {
  key: string;
  value: unknown;
}

export interface OnbrandDB extends DBSchema {
  records: {
    key: string;
    value: ActivityRecord;
    indexes: {
      at: number;
      platform: string;
      kind: string;
      postId: string;
      /** v2: one range read per kind and period, instead of scanning every kind for the period. */
      kind_at: [string, number];
    };
  };
  /**
   * v2: the same records keyed [kind, at, id], without publish text (reports never show it). A primary-key
   * range read is several times cheaper than an index read (no second lookup per record), so every report
   * query reads here. Kept in step with `records` in the same transactions (store.ts, retention.ts).
   */
  timeline: {
    key: TimelineKey;
    value: ActivityRecord;
  };
  /** v2 */
  meta: {
    key: string;
    value: MetaEntry;
  };
  /** v3: the member book (lib/community/members), keyed `<platform>:<handle>`. */
  members: {
    key: string;
    value: StoredMember;
    indexes: {
      lastSeen: number;
      /** v4: the Members tab pages, counts and filters through these instead of reading the whole book. */
      firstSeen: number;
      comments: number;
      repliesReceived: number;
      handle: string;
      platform_lastSeen: [string, number];
      platform_firstSeen: [string, number];
      /** v4, multi-entry: lowercased name suffixes (search-keys.ts). */
      search: string;
      /** v4, multi-entry */
      tags: string;
    };
  };
}

export type TimelineKey = [string, number, string];

export function timelineKey(record: ActivityRecord): TimelineKey {
  return [record.kind, record.at, record.id];
}

/** What the timeline keeps of a record: everything but the published text. */
export function timelineEntry(record: ActivityRecord): ActivityRecord {
  return record.kind === 'publish' ? { ...record, text: '' } : record;
}

type UpgradeTransaction = IDBPTransaction<OnbrandDB, StoreNames<OnbrandDB>[], 'versionchange'>;

/**
 * One step per version, applied in order from the database's current version, so a browser that skipped
 * releases still reaches today's schema without losing a record. A step may only add stores and indexes or
 * rewrite records in place; it never clears a store.
 */
export const UPGRADES: Record<number, (db: IDBPDatabase<OnbrandDB>, tx: UpgradeTransaction) => void> = {
  1: (db) => {
    const records = db.createObjectStore('records', { keyPath: 'id' });
    records.createIndex('at', 'at');
    records.createIndex('platform', 'platform');
    records.createIndex('kind', 'kind');
    records.createIndex('postId', 'postId');
  },
  2: (db, tx) => {
    // Indexing an existing store indexes the records already in it, inside the same upgrade transaction.
    const records = tx.objectStore('records');
    records.createIndex('kind_at', ['kind', 'at']);
    db.createObjectStore('meta', { keyPath: 'key' });
    const timeline = db.createObjectStore('timeline');
    // Backfill from the records already stored; the upgrade transaction stays open while these run.
    void (async () => {
      for (let cursor = await records.openCursor(); cursor; cursor = await cursor.continue()) {
        void timeline.put(timelineEntry(cursor.value), timelineKey(cursor.value));
      }
    })();
  },
  // Community care's member book: a new store only, so the step stands alone whatever else the upgrade does.
  3: (db) => {
    db.createObjectStore('members', { keyPath: 'id' }).createIndex('lastSeen', 'lastSeen');
  },
  // The member book's indexes (segments are ranges of lastSeen/firstSeen; search is a prefix of a name suffix).
  // Existing members are rewritten in place with their search keys; nothing is cleared.
  4: (_db, tx) => {
    const members = tx.objectStore('members');
    members.createIndex('firstSeen', 'firstSeen');
    members.createIndex('comments', 'comments');
    members.createIndex('repliesReceived', 'repliesReceived');
    members.createIndex('handle', 'handle');
    members.createIndex('platform_lastSeen', ['platform', 'lastSeen']);
    members.createIndex('platform_firstSeen', ['platform', 'firstSeen']);
    members.createIndex('search', 'search', { multiEntry: true });
    members.createIndex('tags', 'tags', { multiEntry: true });
    void (async () => {
      for (let cursor = await members.openCursor(); cursor; cursor = await cursor.continue()) {
        void cursor.update(withSearchKeys(cursor.value as Member));
      }
    })();
  },
};

export interface OpenEvents {
  /** The upgrade waits: another connection holds the old version open and has not closed (yet). */
  blocked?(): void;
  /** This connection is gone (closed for a newer version, or by the browser): open again before the next use. */
  closed?(): void;
}

export function openOnbrandDB(
  name = DB_NAME,
  version = DB_VERSION,
  events: OpenEvents = {},
): Promise<IDBPDatabase<OnbrandDB>> {
  return openDB<OnbrandDB>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      for (let v = oldVersion + 1; v <= (newVersion ?? version); v++) UPGRADES[v]?.(db, tx);
    },
    // The request stays pending (nothing is lost or cleared) until the other connection closes.
    blocked() {
      events.blocked?.();
    },
    // A newer version opened in another context (dashboard after an update) must not wait on this connection.
    blocking(_current, _next, event) {
      (event.target as IDBDatabase).close();
      events.closed?.();
    },
    terminated() {
      events.closed?.();
    },
  });
}
