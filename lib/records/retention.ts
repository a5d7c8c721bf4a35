import type { IDBPDatabase } from 'idb';
import type { OnbrandDB } from '../db/schema';
import { RECORD_KINDS } from './schema';
import { logChanged } from './log-version';
import { pruneDayBuckets } from './day-buckets';

/** The instant before which records are dropped: the same day-of-month and time, `months` calendar months ago. */
export function retentionCutoff(now: number, months: number): number {
  const date = new Date(now);
  const day = date.getDate();
  date.setDate(1);
  date.setMonth(date.getMonth() - months);
  // 31 March minus one month is the last day of February, not 3 March.
  const lastDay = new Date(date.getFullYear(), date.getMonth() + 1, 0).getDate();
  date.setDate(Math.min(day, lastDay));
  return date.getTime();
}

/** Deletes every record older than `cutoff` (exclusive) by walking the time index; returns how many. */
export async function pruneRecordsBefore(db: IDBPDatabase<OnbrandDB>, cutoff: number): Promise<number> {
  logChanged(db);
  const tx = db.transaction(['records', 'timeline', 'days'], 'readwrite');
  let deleted = 0;
  let cursor = await tx.objectStore('records').index('at').openCursor(IDBKeyRange.upperBound(cutoff, true));
  while (cursor) {
    await cursor.delete();
    deleted++;
    cursor = await cursor.continue();
  }
  const timeline = tx.objectStore('timeline');
  await Promise.all(
    RECORD_KINDS.map((kind) =>
      timeline.delete(IDBKeyRange.bound([kind, -Infinity], [kind, cutoff], false, true)),
    ),
  );
  await pruneDayBuckets(tx, RECORD_KINDS, cutoff);
  await tx.done;
  return deleted;
}

/** Applies a retention setting; `null` keeps everything. */
export function applyRetention(
  db: IDBPDatabase<OnbrandDB>,
  months: number | null,
  now: number,
): Promise<number> {
  return months === null ? Promise.resolve(0) : pruneRecordsBefore(db, retentionCutoff(now, months));
}
