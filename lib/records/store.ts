import type { IDBPDatabase } from 'idb';
import type { OnbrandDB } from '../db/schema';
import type { ActivityRecord } from './schema';

/** Writes records in one transaction; `put` by sender-made id makes retries idempotent. */
export async function putRecords(db: IDBPDatabase<OnbrandDB>, records: ActivityRecord[]): Promise<string[]> {
  const tx = db.transaction('records', 'readwrite');
  await Promise.all([...records.map((r) => tx.store.put(r)), tx.done]);
  return records.map((r) => r.id);
}

export function countRecords(db: IDBPDatabase<OnbrandDB>): Promise<number> {
  return db.count('records');
}

export async function recordsBetween(db: IDBPDatabase<OnbrandDB>, from: number, to: number): Promise<ActivityRecord[]> {
  return db.getAllFromIndex('records', 'at', IDBKeyRange.bound(from, to));
}
