import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { nameSearchKeys } from '../search-keys';
import { utcDayOf } from '../durations';

// The background worker's IndexedDB. Content scripts never open it (their IndexedDB would belong to the
// web site): every write arrives through the message protocol. Extension pages (the dashboard) share the
// worker's origin and may read it directly.
export const DB_NAME = 'onbrand';
export const DB_VERSION = 5;

/** Small key/value entries kept beside the log (record preferences, last prune time). */
export interface MetaEntry {
  key: string;
  value: unknown;
}

/**
 * The database's stores. This file owns their names, versions and upgrades; the domain that owns a store's rows
 * declares its row type next to its code by augmenting this interface (`records`, `timeline`:
 * lib/records/stores.ts; `members`: lib/community/members/stores.ts), so the database never imports a domain and
 * the domains depend on it, not the other way round (test/unit/conventions/folder-cycles.test.ts).
 */
export interface OnbrandDB extends DBSchema {
  /** v2 */
  meta: {
    key: string;
    value: MetaEntry;
  };
}

/** A record as the `records` store holds it (its type is the records domain's). */
type StoredRecord = OnbrandDB['records']['value'];

export type TimelineKey = [string, number, string];

export function timelineKey(record: StoredRecord): TimelineKey {
  return [record.kind, record.at, record.id];
}

/** What the timeline keeps of a record: everything but the published text. */
export function timelineEntry(record: StoredRecord): StoredRecord {
  return record.kind === 'publish' ? { ...record, text: '' } : record;
}

export type DayBucketKey = [StoredRecord['kind'], number];

/** The `days` row a record's timeline entry lives in: its kind and UTC day (lib/records/day-buckets.ts). */
export function dayBucketKey(record: Pick<StoredRecord, 'kind' | 'at'>): DayBucketKey {
  return [record.kind, utcDayOf(record.at)];
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
        const member = cursor.value;
        void cursor.update({ ...member, search: nameSearchKeys(member.handle, member.displayName) });
      }
    })();
  },
  // The log's per-day rows (lib/records/day-buckets.ts), built once from the records already stored: the [kind, at]
  // index walks them in the rows' order (ties by id), so each row is written once, complete.
  5: (db, tx) => {
    const days = db.createObjectStore('days');
    const index = tx.objectStore('records').index('kind_at');
    void (async () => {
      let key: DayBucketKey | undefined;
      let row: StoredRecord[] = [];
      for (let cursor = await index.openCursor(); cursor; cursor = await cursor.continue()) {
        const next = dayBucketKey(cursor.value);
        if (key && (key[0] !== next[0] || key[1] !== next[1])) {
          void days.put(row, key);
          row = [];
        }
        key = next;
        row.push(timelineEntry(cursor.value));
      }
      if (key) void days.put(row, key);
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
