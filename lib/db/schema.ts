import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ActivityRecord } from '../records/schema';

// The background worker's IndexedDB. Content scripts never open it (their IndexedDB would belong to the
// web site): every write arrives through the message protocol.
export const DB_NAME = 'onbrand';
export const DB_VERSION = 1;

export interface OnbrandDB extends DBSchema {
  records: {
    key: string;
    value: ActivityRecord;
    indexes: { at: number; platform: string; kind: string; postId: string };
  };
}

/**
 * One step per version, applied in order from the database's current version, so a browser that skipped
 * releases still reaches today's schema without losing a record.
 */
export const UPGRADES: Record<number, (db: IDBPDatabase<OnbrandDB>) => void> = {
  1: (db) => {
    const records = db.createObjectStore('records', { keyPath: 'id' });
    records.createIndex('at', 'at');
    records.createIndex('platform', 'platform');
    records.createIndex('kind', 'kind');
    records.createIndex('postId', 'postId');
  },
};

export function openOnbrandDB(name = DB_NAME, version = DB_VERSION): Promise<IDBPDatabase<OnbrandDB>> {
  return openDB<OnbrandDB>(name, version, {
    upgrade(db, oldVersion, newVersion) {
      for (let v = oldVersion + 1; v <= (newVersion ?? version); v++) UPGRADES[v]?.(db);
    },
  });
}
