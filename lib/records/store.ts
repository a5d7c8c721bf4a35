import type { IDBPDatabase } from 'idb';
import { timelineEntry, timelineKey, type OnbrandDB } from '../db/schema';
import { logHealth } from '../db/health';
import { logChanged } from './log-version';
import { maskRecord } from './record-masking';
import { updateDayBuckets } from './day-buckets';
import type { CustomMaskers } from './mask';
import type { ActivityRecord } from './schema';

export interface PutOptions {
  /** Mask personal data in free-text fields before storing (the user's privacy setting). */
  mask: boolean;
  /** The kits' own privacy detectors, masked like the built-in ones. */
  custom?: CustomMaskers;
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
  logChanged(db);
  const tx = db.transaction(['records', 'timeline', 'days'], 'readwrite', { durability: 'strict' });
  const store = tx.objectStore('records');
  const timeline = tx.objectStore('timeline');
  const stored = records.map((incoming) => (options.mask ? maskRecord(incoming, options.custom) : incoming));
  const writes = (async () => {
    const previous = await Promise.all(stored.map((record) => store.get(record.id)));
    const replaced = previous.filter((p): p is ActivityRecord => p !== undefined);
    await Promise.all([
      ...stored.map(async (record, i) => {
        const before = previous[i];
        // A record re-sent with another time or kind must not leave its old timeline entry behind.
        if (before && (before.at !== record.at || before.kind !== record.kind))
          await timeline.delete(timelineKey(before));
        await Promise.all([store.put(record), timeline.put(timelineEntry(record), timelineKey(record))]);
      }),
      updateDayBuckets(tx, replaced, stored),
    ]);
  })();
  try {
    await Promise.all([writes, tx.done]);
  } catch (error) {
    const clear = clearWriteError(error, tx.error);
    if (clear instanceof Error && clear.message === QUOTA_MESSAGE) logHealth.full = true;
    throw clear;
  }
  logHealth.full = false;
  return records.map((r) => r.id);
}

/** The disk being full is worth saying plainly: the sender keeps the records and the user should free space. */
export const QUOTA_MESSAGE =
  'The activity log is full (QuotaExceededError): records stay queued until there is room.';

function clearWriteError(error: unknown, txError: DOMException | null): unknown {
  const names = [error, txError].map((e) =>
    e && typeof e === 'object' && 'name' in e ? String((e as { name: unknown }).name) : '',
  );
  if (names.includes('QuotaExceededError')) return new Error(QUOTA_MESSAGE);
  if (error instanceof Error && error.message) return error;
  return new Error(`${names.find(Boolean) ?? 'Error'}: the records were not written`);
}

export function countRecords(db: IDBPDatabase<OnbrandDB>): Promise<number> {
  return db.count('records');
}

export async function recordsBetween(
  db: IDBPDatabase<OnbrandDB>,
  from: number,
  to: number,
): Promise<ActivityRecord[]> {
  return db.getAllFromIndex('records', 'at', IDBKeyRange.bound(from, to));
}

/** "Delete everything": every record goes; the preferences stay. */
export async function deleteAllRecords(db: IDBPDatabase<OnbrandDB>): Promise<void> {
  logChanged(db);
  const tx = db.transaction(['records', 'timeline', 'days'], 'readwrite');
  await Promise.all([
    tx.objectStore('records').clear(),
    tx.objectStore('timeline').clear(),
    tx.objectStore('days').clear(),
    tx.done,
  ]);
}

/** Masks every stored record (the user turned masking back on: what was kept unmasked meanwhile is masked now). */
export async function maskStoredRecords(
  db: IDBPDatabase<OnbrandDB>,
  custom: CustomMaskers = [],
): Promise<number> {
  logChanged(db);
  const tx = db.transaction(['records', 'timeline', 'days'], 'readwrite', { durability: 'strict' });
  const timeline = tx.objectStore('timeline');
  const before: ActivityRecord[] = [];
  const after: ActivityRecord[] = [];
  for (let cursor = await tx.objectStore('records').openCursor(); cursor; cursor = await cursor.continue()) {
    const masked = maskRecord(cursor.value, custom);
    if (JSON.stringify(masked) === JSON.stringify(cursor.value)) continue;
    before.push(cursor.value);
    after.push(masked);
    // The report reads the timeline and its per-day rows: what they keep is masked too.
    void timeline.put(timelineEntry(masked), timelineKey(masked));
    await cursor.update(masked);
  }
  await updateDayBuckets(tx, before, after);
  await tx.done;
  return after.length;
}
