import type { IDBPTransaction } from 'idb';
import type { OnbrandDB } from '../../db/schema';
import type { Member } from './member';
import { utcDayOf } from '../../durations';

// How many members were last seen / first seen on each UTC day, per platform, kept in the `meta` store and
// adjusted in the same transaction as every write to `members` (store.ts). The Members tab's segment counts
// are sums over these days instead of IndexedDB count()s, which Chromium answers by walking the range (≈ 2–8 s
// for a range of 100,000 on a loaded machine). Only the day a segment boundary falls in is counted through
// the index (a range of one day). Members written before these counts existed (or straight into the store)
// have no entry: the first read rebuilds it from the store once.

export const DAY_COUNTS_KEY = 'members.dayCounts';

type Field = 'lastSeen' | 'firstSeen';

export interface DayCounts {
  version: 1;
  /** platform → UTC day number (ms / 86,400,000, floored) → members whose lastSeen/firstSeen falls that day */
  lastSeen: Record<string, Record<number, number>>;
  firstSeen: Record<string, Record<number, number>>;
}

type MembersAndMeta = IDBPTransaction<OnbrandDB, ('members' | 'meta')[], IDBTransactionMode>;

export const dayOf = utcDayOf;

export function emptyDayCounts(): DayCounts {
  return { version: 1, lastSeen: {}, firstSeen: {} };
}

function bump(counts: DayCounts, field: Field, platform: string, ms: number, by: number): void {
  const days = (counts[field][platform] ??= {});
  const day = dayOf(ms);
  const next = (days[day] ?? 0) + by;
  if (next > 0) days[day] = next;
  else delete days[day];
}

/** Moves a member from its old days to its new ones (undefined: added / deleted). */
export function adjustDayCounts(
  counts: DayCounts,
  before: Pick<Member, 'platform' | 'lastSeen' | 'firstSeen'> | undefined,
  after: Pick<Member, 'platform' | 'lastSeen' | 'firstSeen'> | undefined,
): void {
  for (const field of ['lastSeen', 'firstSeen'] as const) {
    if (before && after && before.platform === after.platform && dayOf(before[field]) === dayOf(after[field]))
      continue;
    if (before) bump(counts, field, before.platform, before[field], -1);
    if (after) bump(counts, field, after.platform, after[field], 1);
  }
}

/** Members whose field falls on a day after `day` (strictly), on one platform or all. */
export function countAfterDay(
  counts: DayCounts,
  field: Field,
  platform: string | undefined,
  day: number,
): number {
  let sum = 0;
  const platforms = platform ? [counts[field][platform] ?? {}] : Object.values(counts[field]);
  for (const days of platforms) for (const [d, n] of Object.entries(days)) if (Number(d) > day) sum += n;
  return sum;
}

export function isDayCounts(value: unknown): value is DayCounts {
  const v = value as DayCounts | undefined;
  return v?.version === 1 && typeof v.lastSeen === 'object' && typeof v.firstSeen === 'object';
}

/** The stored counts, or undefined when they were never built. */
export async function readDayCounts(tx: MembersAndMeta): Promise<DayCounts | undefined> {
  const entry = await tx.objectStore('meta').get(DAY_COUNTS_KEY);
  return isDayCounts(entry?.value) ? entry.value : undefined;
}

/** Counts every stored member (in chunks of 5,000, within the caller's readwrite transaction) and stores it. */
export async function rebuildDayCounts(
  tx: IDBPTransaction<OnbrandDB, ('members' | 'meta')[], 'readwrite'>,
): Promise<DayCounts> {
  const counts = emptyDayCounts();
  const store = tx.objectStore('members');
  let after: string | undefined;
  for (;;) {
    const chunk = await store.getAll(after === undefined ? null : IDBKeyRange.lowerBound(after, true), 5000);
    for (const member of chunk) adjustDayCounts(counts, undefined, member);
    if (chunk.length < 5000) break;
    after = chunk[chunk.length - 1].id;
  }
  await tx.objectStore('meta').put({ key: DAY_COUNTS_KEY, value: counts });
  return counts;
}

/** The counts for a write: the stored ones, or rebuilt first when missing (then adjusted by the caller). */
export async function dayCountsForWrite(
  tx: IDBPTransaction<OnbrandDB, ('members' | 'meta')[], 'readwrite'>,
): Promise<DayCounts> {
  return (await readDayCounts(tx)) ?? (await rebuildDayCounts(tx));
}

export function putDayCounts(
  tx: IDBPTransaction<OnbrandDB, ('members' | 'meta')[], 'readwrite'>,
  counts: DayCounts,
): Promise<string> {
  return tx.objectStore('meta').put({ key: DAY_COUNTS_KEY, value: counts });
}
