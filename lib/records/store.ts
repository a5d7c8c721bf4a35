import type { IDBPDatabase } from 'idb';
import type { OnbrandDB } from '../db/schema';
import { maskRecord } from './privacy';
import type { ActivityRecord } from './schema';

export interface PutOptions {
  /** Mask personal data in free-text fields before storing (the user's privacy setting). */
  mask: boolean;
}

/**
 * Writes records in one transaction and resolves only once it has committed, so an acknowledged id is on
 * disk: the sender may then forget it. `put` by sender-made id makes retries idempotent.
 */
export async function putRecords(
  db: IDBPDatabase<OnbrandDB>,
  records: ActivityRecord[],
  options: PutOptions = { mask: true },
): Promise<string[]> {
  const tx = db.transaction('records', 'readwrite', { durability: 'strict' });
  await Promise.all([...records.map((r) => tx.store.put(options.mask ? maskRecord(r) : r)), tx.done]);
  return records.map((r) => r.id);
}

export function countRecords(db: IDBPDatabase<OnbrandDB>): Promise<number> {
  return db.count('records');
}

export async function recordsBetween(db: IDBPDatabase<OnbrandDB>, from: number, to: number): Promise<ActivityRecord[]> {
  return db.getAllFromIndex('records', 'at', IDBKeyRange.bound(from, to));
}

/** "Delete everything": every record goes; the preferences stay. */
export async function deleteAllRecords(db: IDBPDatabase<OnbrandDB>): Promise<void> {
  await db.clear('records');
}
