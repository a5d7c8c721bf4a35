import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { dayBucketKey, timelineEntry, type DayBucketKey, type OnbrandDB } from '../db/schema';
import { utcDayOf } from '../durations';
import type { ActivityRecord, RecordKind } from './schema';

// The log's records grouped by kind and UTC day, one row per [kind, day] holding that day's timeline entries in
// time order. A 90-day report reads ~540 rows instead of ~28,000 entries: in Chromium the cost of an IndexedDB read
// is per entry (lookup, IPC, deserialisation), so the report's read was most of its 1.4 s. Every write, delete and
// prune of the log updates the rows it touches in the same transaction (store.ts, retention.ts); databases from
// before get them built once by the v5 upgrade (lib/db/schema.ts, from the records' [kind, at] index).

type BucketTx = IDBPTransaction<OnbrandDB, StoreNames<OnbrandDB>[], 'readwrite' | 'versionchange'>;

const byTime = (a: ActivityRecord, b: ActivityRecord) =>
  a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Removes `removed` (as stored before) and adds `added` in the rows of their [kind, day], in one read and one write
 * per row touched. Ids are what identify an entry: an added record replaces its stored version in the same row.
 */
export async function updateDayBuckets(
  tx: BucketTx,
  removed: readonly ActivityRecord[],
  added: readonly ActivityRecord[],
): Promise<void> {
  const store = tx.objectStore('days');
  const changes = new Map<string, { key: DayBucketKey; drop: Set<string>; add: ActivityRecord[] }>();
  const change = (record: ActivityRecord) => {
    const key = dayBucketKey(record);
    const id = key.join('|');
    let entry = changes.get(id);
    if (!entry) changes.set(id, (entry = { key, drop: new Set(), add: [] }));
    return entry;
  };
  for (const record of removed) change(record).drop.add(record.id);
  // The same id twice in one write: the last is what the store keeps.
  const latest = new Map(added.map((record) => [record.id, record]));
  for (const record of latest.values()) {
    const entry = change(record);
    entry.drop.add(record.id);
    entry.add.push(timelineEntry(record));
  }
  await Promise.all(
    [...changes.values()].map(async ({ key, drop, add }) => {
      const kept = ((await store.get(key)) ?? []).filter((r) => !drop.has(r.id));
      const next = add.length === 0 ? kept : [...kept, ...add].sort(byTime);
      await (next.length === 0 ? store.delete(key) : store.put(next, key));
    }),
  );
}

/** Drops every entry before `cutoff` (exclusive): whole rows before its day, and the early part of its day's rows. */
export async function pruneDayBuckets(
  tx: BucketTx,
  kinds: readonly RecordKind[],
  cutoff: number,
): Promise<void> {
  const store = tx.objectStore('days');
  const day = utcDayOf(cutoff);
  await Promise.all(
    kinds.map(async (kind) => {
      await store.delete(IDBKeyRange.bound([kind, -Infinity], [kind, day], false, true));
      const row = await store.get([kind, day]);
      if (!row) return;
      const kept = row.filter((r) => r.at >= cutoff);
      if (kept.length !== row.length)
        await (kept.length === 0 ? store.delete([kind, day]) : store.put(kept, [kind, day]));
    }),
  );
}

/** One kind's entries with `from <= at <= to`, in time order (then id, as the timeline's keys order them). */
export async function entriesOfKind(
  db: IDBPDatabase<OnbrandDB>,
  kind: RecordKind,
  from: number,
  to: number,
): Promise<ActivityRecord[]> {
  const lastDay = to === Infinity ? Infinity : utcDayOf(to);
  const rows = await db.getAll('days', IDBKeyRange.bound([kind, utcDayOf(from)], [kind, lastDay]));
  const entries = rows.flat();
  // Only the first and last rows can hold entries outside the bounds.
  let start = 0;
  while (start < entries.length && entries[start].at < from) start++;
  let end = entries.length;
  while (end > start && entries[end - 1].at > to) end--;
  return start === 0 && end === entries.length ? entries : entries.slice(start, end);
}
