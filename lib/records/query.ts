import type { IDBPDatabase } from 'idb';
import type { OnbrandDB } from '../db/schema';
import { RECORD_KINDS, type ActivityRecord, type PlatformId, type RecordKind } from './schema';

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
 * Reads one kind's records for a period through the [kind, at] index: only the records in range are touched,
 * never the whole log. Results are in time order.
 */
export async function recordsOfKind<K extends RecordKind>(
  db: IDBPDatabase<OnbrandDB>,
  kind: K,
  from: number,
  to: number,
  platforms?: readonly PlatformId[],
): Promise<RecordOfKind<K>[]> {
  const records = await db.getAllFromIndex('records', 'kind_at', IDBKeyRange.bound([kind, from], [kind, to]));
  const wanted = platforms && platforms.length > 0 ? new Set<string>(platforms) : undefined;
  return (wanted ? records.filter((r) => wanted.has(r.platform)) : records) as RecordOfKind<K>[];
}

/** Records matching a query, in time order. One index range per kind, merged. */
export async function queryRecords(db: IDBPDatabase<OnbrandDB>, query: RecordQuery): Promise<ActivityRecord[]> {
  const kinds = query.kinds && query.kinds.length > 0 ? query.kinds : ALL_KINDS;
  if (kinds.length === ALL_KINDS.length) {
    // Every kind: the plain time index is one range read.
    const records = await db.getAllFromIndex('records', 'at', IDBKeyRange.bound(query.from, query.to));
    const wanted = query.platforms && query.platforms.length > 0 ? new Set<string>(query.platforms) : undefined;
    return wanted ? records.filter((r) => wanted.has(r.platform)) : records;
  }
  const parts = await Promise.all(kinds.map((k) => recordsOfKind(db, k, query.from, query.to, query.platforms)));
  return parts.flat().sort((a, b) => a.at - b.at);
}

/** Every record (publish, snapshots, feedback) carrying one of the given post ids, through the postId index. */
export async function recordsForPosts(db: IDBPDatabase<OnbrandDB>, postIds: Iterable<string>): Promise<ActivityRecord[]> {
  const tx = db.transaction('records');
  const index = tx.store.index('postId');
  const parts = await Promise.all([...new Set(postIds)].map((id) => index.getAll(id)));
  await tx.done;
  return parts.flat();
}

/** Every snapshot of the given posts, whenever taken (growth continues after the period that published them). */
export async function engagementForPosts(db: IDBPDatabase<OnbrandDB>, postIds: Iterable<string>): Promise<RecordOfKind<'engagement'>[]> {
  return (await recordsForPosts(db, postIds)).filter((r): r is RecordOfKind<'engagement'> => r.kind === 'engagement');
}
