import type { IDBPDatabase } from 'idb';
import { openOnbrandDB, type OnbrandDB } from '../db/schema';
import { createRecordHandlers } from '../records/handlers';
import type { Handlers } from '../messaging/receiver';

let dbPromise: Promise<IDBPDatabase<OnbrandDB>> | undefined;
/** Opened on first use: a worker woken by a message must not wait for work it does not need. */
export function database(): Promise<IDBPDatabase<OnbrandDB>> {
  dbPromise ??= openOnbrandDB();
  return dbPromise;
}

export function createHandlers(version: string): Handlers {
  return {
    ping: async () => ({ version }),
    ...createRecordHandlers(database),
  };
}
