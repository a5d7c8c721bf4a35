import type { IDBPDatabase } from 'idb';
import type { OnbrandDB } from '../db/schema';
import type { PlatformId } from '../platforms';
import type { ActivityRecord } from './schema';

/** Records read per export request: a Cancel waits for at most this many, however the records bunch in time. */
export const EXPORT_PAGE_SIZE = 1000;

/**
 * Where the next page starts in the time index: at `at`, after the first `skip` records of that millisecond
 * (the index orders records of one millisecond by id, so `skip` is exact however many share it).
 */
export interface PageCursor {
  at: number;
  skip: number;
}

export interface ExportPage {
  /** The page's records of the wanted platforms, in time order. */
  records: ActivityRecord[];
  /** Records of the period read for this page, whatever their platform: the export's progress. */
  scanned: number;
  /** Null when the period is done. */
  next: PageCursor | null;
}

/** How many records the inclusive period holds, every platform: counted from the time index's keys, cheap. */
export function countInPeriod(db: IDBPDatabase<OnbrandDB>, from: number, to: number): Promise<number> {
  return db.countFromIndex('records', 'at', IDBKeyRange.bound(from, to));
}

/** One page of a period's records from the time index, starting at `after` (or the period's start). */
export async function readExportPage(
  db: IDBPDatabase<OnbrandDB>,
  query: { from: number; to: number; platforms?: readonly PlatformId[]; after?: PageCursor },
  limit = EXPORT_PAGE_SIZE,
): Promise<ExportPage> {
  const start = query.after ?? { at: query.from, skip: 0 };
  const read = await db.getAllFromIndex(
    'records',
    'at',
    IDBKeyRange.bound(start.at, query.to),
    start.skip + limit,
  );
  const page = read.slice(start.skip);
  const wanted = query.platforms?.length ? new Set<string>(query.platforms) : undefined;
  const records = wanted ? page.filter((r) => wanted.has(r.platform)) : page;
  if (read.length < start.skip + limit || page.length === 0)
    return { records, scanned: page.length, next: null };
  const lastAt = page[page.length - 1].at;
  // Everything already read at the last millisecond: this page's share, plus the earlier pages' when it began there.
  let skip = lastAt === start.at ? start.skip : 0;
  for (const record of page) if (record.at === lastAt) skip++;
  return { records, scanned: page.length, next: { at: lastAt, skip } };
}
