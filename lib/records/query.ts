import type { IDBPDatabase } from 'idb';
import type { OnbrandDB } from '../db/schema';
import type { PlatformId } from '../platforms';
import { entriesOfKind } from './day-buckets';
import { RECORD_KINDS, type ActivityRecord, type RecordKind } from './schema';

export interface RecordQuery {
  /** Inclusive bounds, epoch ms. */
  from: number;
  to: number;
  /** Omitted or empty: every kind. */
  kinds?: readonly RecordKind[];
  /** Omitted or empty: every platform. */
  platforms?: readonly PlatformId[];
}

export const ALL_KINDS: readonly RecordKind[] = RECORD_KINDS;

export type RecordOfKind<K extends RecordKind> = Extract<ActivityRecord, { kind: K }>;

/**
 * Reads one kind's records for a period from its per-day rows (day-buckets.ts): one row per day in range, never
 * the whole log, nor one read per record. Results are in time order (then id).
 * Publish records come without their text (reports never show it); read `records` for that.
 */
export async function recordsOfKind<K extends RecordKind>(
  db: IDBPDatabase<OnbrandDB>,
  kind: K,
  from: number,
  to: number,
  platforms?: readonly PlatformId[],
): Promise<RecordOfKind<K>[]> {
  const records = await entriesOfKind(db, kind, from, to);
  const wanted = platforms && platforms.length > 0 ? new Set<string>(platforms) : undefined;
  return (wanted ? records.filter((r) => wanted.has(r.platform)) : records) as RecordOfKind<K>[];
}

/** Records matching a query, in time order. One index range per kind, merged. */
export async function queryRecords(
  db: IDBPDatabase<OnbrandDB>,
  query: RecordQuery,
): Promise<ActivityRecord[]> {
  const kinds = query.kinds && query.kinds.length > 0 ? query.kinds : ALL_KINDS;
  if (kinds.length === ALL_KINDS.length) {
    // Every kind: the plain time index is one range read; when the range holds most of the log, one scan of
    // the store is cheaper than an index read (which looks each record up a second time).
    const range = IDBKeyRange.bound(query.from, query.to);
    const [inRange, total] = await Promise.all([
      db.countFromIndex('records', 'at', range),
      db.count('records'),
    ]);
    const records =
      inRange * 2 > total
        ? (await db.getAll('records'))
            .filter((r) => r.at >= query.from && r.at <= query.to)
            .sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        : await db.getAllFromIndex('records', 'at', range);
    const wanted =
      query.platforms && query.platforms.length > 0 ? new Set<string>(query.platforms) : undefined;
    return wanted ? records.filter((r) => wanted.has(r.platform)) : records;
  }
  const wanted = query.platforms && query.platforms.length > 0 ? new Set<string>(query.platforms) : undefined;
  const parts = await Promise.all(
    kinds.map((k) =>
      db.getAllFromIndex('records', 'kind_at', IDBKeyRange.bound([k, query.from], [k, query.to])),
    ),
  );
  const records = parts.flat().sort((a, b) => a.at - b.at);
  return wanted ? records.filter((r) => wanted.has(r.platform)) : records;
}

/** Every record (publish, snapshots, feedback) carrying one of the given post ids, through the postId index. */
export async function recordsForPosts(
  db: IDBPDatabase<OnbrandDB>,
  postIds: Iterable<string>,
): Promise<ActivityRecord[]> {
  const tx = db.transaction('records');
  const index = tx.store.index('postId');
  const parts = await Promise.all([...new Set(postIds)].map((id) => index.getAll(id)));
  await tx.done;
  return parts.flat();
}

/** Every snapshot of the given posts, whenever taken (growth continues after the period that published them). */
export async function engagementForPosts(
  db: IDBPDatabase<OnbrandDB>,
  postIds: Iterable<string>,
): Promise<RecordOfKind<'engagement'>[]> {
  return (await recordsForPosts(db, postIds)).filter(
    (r): r is RecordOfKind<'engagement'> => r.kind === 'engagement',
  );
}
