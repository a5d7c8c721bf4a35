import type { IDBPDatabase } from 'idb';
import type { OnbrandDB } from '../db/schema';

// Every change to the activity log from this context (the background is its only writer) bumps the version of
// that database, so what was read from it can be reused until then (see reports/input-cache.ts).

const versions = new WeakMap<IDBPDatabase<OnbrandDB>, number>();

export function logVersion(db: IDBPDatabase<OnbrandDB>): number {
  return versions.get(db) ?? 0;
}

/** Call when a write transaction on the log starts: a read racing the write is never reused afterwards. */
export function logChanged(db: IDBPDatabase<OnbrandDB>): void {
  versions.set(db, logVersion(db) + 1);
}
