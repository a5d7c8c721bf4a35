import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { OnbrandDB } from '../../db/schema';
import type { PlatformId } from '../../platforms';
import {
  compareMembers,
  isDescending,
  matchesQuery,
  type MemberQuery,
  type MemberRow,
  type SortKey,
} from './query';
import { normalizeSearch, searchKeys, withoutSearchKeys, type StoredMember } from './search-keys';
import { segmentOf, type Segment, type SegmentThresholds } from './segments';
import { countAfterDay, dayCountsForWrite, dayOf, readDayCounts, type DayCounts } from './day-counts';
import { DAY_MS } from '../../durations';

// The Members tab's reads, through the member store's indexes (schema v4) instead of the whole book:
// - counts per segment are sums of the per-day counts kept on every write (day-counts.ts), plus an index
//   count() over the one day each segment boundary falls in (segments are time ranges);
// - a page walks the sort index in order, or, when the filters leave few members, reads just the smallest
//   matching index range (platform × segment, a search prefix, a tag) and sorts that in memory.

/** Below this many candidates, read them all and sort; above, walk the sort index and filter as it goes. */
const READ_ALL_BELOW = 5_000;

type Db = IDBPDatabase<OnbrandDB>;
type RangeIndex = 'lastSeen' | 'firstSeen' | 'platform_lastSeen' | 'platform_firstSeen' | 'search' | 'tags';
interface Candidate {
  index: RangeIndex;
  range: IDBKeyRange;
}

export interface BookPage {
  rows: MemberRow[];
  matched: number;
  total: number;
  /** Members per segment, within the platform filter when there is one. */
  segments: Record<Segment, number>;
}

interface Bounds {
  newFrom: number;
  activeFrom: number;
  silentFrom: number;
}

function bounds(now: number, t: SegmentThresholds): Bounds {
  return {
    newFrom: now - t.newDays * DAY_MS,
    activeFrom: now - t.activeDays * DAY_MS,
    silentFrom: now - t.silentDays * DAY_MS,
  };
}

/** A range on lastSeen (or firstSeen), on the platform's compound index when there is a platform. */
function timeRange(
  field: 'lastSeen' | 'firstSeen',
  platform: PlatformId | undefined,
  lower: number,
  upper: number,
  upperOpen = false,
): Candidate {
  return platform
    ? {
        index: `platform_${field}`,
        range: IDBKeyRange.bound([platform, lower], [platform, upper], false, upperOpen),
      }
    : { index: field, range: IDBKeyRange.bound(lower, upper, false, upperOpen) };
}

/** The index range holding a segment ("active" also holds the new members: they are filtered out). */
function segmentRange(segment: Segment | undefined, platform: PlatformId | undefined, b: Bounds): Candidate {
  switch (segment) {
    case 'new':
      return timeRange('firstSeen', platform, b.newFrom, Infinity);
    case 'active':
      return timeRange('lastSeen', platform, b.activeFrom, Infinity);
    case 'silent':
      return timeRange('lastSeen', platform, b.silentFrom, b.activeFrom, true);
    case 'churned':
      return timeRange('lastSeen', platform, -Infinity, b.silentFrom, true);
    default:
      return timeRange('lastSeen', platform, -Infinity, Infinity);
  }
}

const count = (db: Db, c: Candidate) => db.countFromIndex('members', c.index, c.range);

/**
 * Members whose lastSeen/firstSeen is at or after `from`: the whole days after `from`'s day from the day counts,
 * plus the part of `from`'s own day through the index (one day's range).
 */
async function countSince(
  tx: IDBPTransaction<OnbrandDB, ('members' | 'meta')[], IDBTransactionMode>,
  counts: DayCounts,
  field: 'lastSeen' | 'firstSeen',
  platform: PlatformId | undefined,
  from: number,
): Promise<number> {
  const day = dayOf(from);
  const partial = timeRange(field, platform, from, (day + 1) * DAY_MS, true);
  const inDay = await tx.objectStore('members').index(partial.index).count(partial.range);
  return countAfterDay(counts, field, platform, day) + inDay;
}

/** The day counts in a read transaction, or rebuilt once in a write transaction when they were never built. */
async function withDayCounts<T>(
  db: Db,
  read: (
    tx: IDBPTransaction<OnbrandDB, ('members' | 'meta')[], IDBTransactionMode>,
    counts: DayCounts,
  ) => Promise<T>,
): Promise<T> {
  const tx = db.transaction(['members', 'meta']);
  const counts = await readDayCounts(tx);
  if (counts) return (await Promise.all([read(tx, counts), tx.done]))[0];
  await tx.done;
  const write = db.transaction(['members', 'meta'], 'readwrite');
  const built = await dayCountsForWrite(write);
  return (await Promise.all([read(write, built), write.done]))[0];
}

/**
 * Segment counts from the per-day counts kept on every write (day-counts.ts): new (by firstSeen), active, silent
 * and churned (by lastSeen; new ⊂ active's range). No count() over a large range: Chromium walks the range to
 * count it.
 */
export function segmentCounts(
  db: Db,
  platform: PlatformId | undefined,
  b: Bounds,
): Promise<{ total: number; segments: Record<Segment, number>; all: number }> {
  return withDayCounts(db, async (tx, counts) => {
    const [fresh, recent, sinceSilent] = await Promise.all([
      countSince(tx, counts, 'firstSeen', platform, b.newFrom),
      countSince(tx, counts, 'lastSeen', platform, b.activeFrom),
      countSince(tx, counts, 'lastSeen', platform, b.silentFrom),
    ]);
    const inPlatform = countAfterDay(counts, 'lastSeen', platform, -Infinity);
    return {
      total: inPlatform,
      all: platform ? countAfterDay(counts, 'lastSeen', undefined, -Infinity) : inPlatform,
      segments: {
        new: fresh,
        active: recent - fresh,
        silent: sinceSilent - recent,
        churned: inPlatform - sinceSilent,
      },
    };
  });
}

async function readRange(db: Db, c: Candidate): Promise<StoredMember[]> {
  const read = await db.getAllFromIndex('members', c.index, c.range);
  if (c.index !== 'search' && c.index !== 'tags') return read;
  // Multi-entry ranges list a member once per matching key.
  const seen = new Set<string>();
  return read.filter((m) => !seen.has(m.id) && (seen.add(m.id), true));
}

function toRow(member: StoredMember, segment: Segment): MemberRow {
  return { ...withoutSearchKeys(member), segment };
}

/**
 * The smallest index range that holds every match: platform × segment, a search prefix or a tag. The first one's
 * size is known from the segment counts; the others are sized by reading at most that many keys, so a broad
 * search never costs more than the narrow range it loses to.
 */
async function smallestCandidate(
  db: Db,
  query: MemberQuery,
  needle: string,
  b: Bounds,
  timeSize?: number,
): Promise<Candidate> {
  let best = segmentRange(query.segment, query.platform, b);
  const others: Candidate[] = [];
  if (needle) others.push({ index: 'search', range: IDBKeyRange.bound(needle, `${needle}\uffff`) });
  if (query.tag) others.push({ index: 'tags', range: IDBKeyRange.only(query.tag) });
  if (!others.length) return best;
  let size = timeSize ?? (await count(db, best));
  for (const other of others) {
    // A time range small enough to read whole is only given up for a range at least 4 times smaller: sizing
    // the other one reads its keys, and reading nearly as many keys as there are members to read saves nothing.
    const cap = size < READ_ALL_BELOW ? Math.ceil(size / 4) : size;
    const keys = await db.getAllKeysFromIndex('members', other.index, other.range, cap);
    if (keys.length < cap) [best, size] = [other, keys.length];
  }
  return best;
}

/** How many members the platform × segment range holds ("active"'s range also holds the new ones). */
function timeSizeOf(query: MemberQuery, inPlatform: number, segments: Record<Segment, number>): number {
  if (!query.segment) return inPlatform;
  return segments[query.segment] + (query.segment === 'active' ? segments.new : 0);
}

/** Reads a candidate range and keeps, sorted, the members that pass every filter. */
async function readMatching(
  db: Db,
  query: MemberQuery,
  candidate: Candidate,
  now: number,
  thresholds: SegmentThresholds,
): Promise<MemberRow[]> {
  const rows = (await readRange(db, candidate)).flatMap((m) => {
    const segment = segmentOf(m, now, thresholds);
    return matchesQuery(m, query, segment, m.search ?? searchKeys(m)) ? [toRow(m, segment)] : [];
  });
  return rows.sort(compareMembers(query.sort ?? 'lastSeen', isDescending(query)));
}

/** One page of the filtered, sorted book, with the number matched and the segment counts. */
export async function pageMembers(
  db: Db,
  query: MemberQuery,
  options: {
    now: number;
    thresholds: SegmentThresholds;
    offset?: number;
    limit: number;
    /** Tests lower it to exercise the index walk on a small book. */
    readAllBelow?: number;
  },
): Promise<BookPage> {
  const { now, thresholds, offset = 0, limit, readAllBelow = READ_ALL_BELOW } = options;
  const b = bounds(now, thresholds);
  const needle = query.search ? normalizeSearch(query.search) : '';
  const { total: inPlatform, segments, all: total } = await segmentCounts(db, query.platform, b);
  const candidate = await smallestCandidate(db, query, needle, b, timeSizeOf(query, inPlatform, segments));
  // Platform and segment alone: the counts are exact, no member needs reading to count them. With a search
  // or a tag, the number matched is known only by reading the candidates.
  if (needle || query.tag || (query.segment ? segments[query.segment] : inPlatform) < readAllBelow) {
    const rows = await readMatching(db, query, candidate, now, thresholds);
    return { rows: rows.slice(offset, offset + limit), matched: rows.length, total, segments };
  }
  const matched = query.segment ? segments[query.segment] : inPlatform;
  // Many match: walk an index in the sort's order, keeping the ones that pass, until the page is full — the
  // candidate range itself when it is ordered by lastSeen and the sort is lastSeen, else the sort's index.
  const sort: SortKey = query.sort ?? 'lastSeen';
  const walkRange =
    sort === 'lastSeen' && (candidate.index === 'lastSeen' || candidate.index === 'platform_lastSeen');
  // Walking the candidate range leaves only "active" to filter (its range also holds the new members).
  const filtered = walkRange ? query.segment === 'active' : Boolean(query.platform || query.segment);
  const tx = db.transaction('members');
  let cursor = await tx.store
    .index(walkRange ? candidate.index : sort)
    .openCursor(walkRange ? candidate.range : null, isDescending(query) ? 'prev' : 'next');
  const rows: MemberRow[] = [];
  let skip = offset;
  if (!filtered && skip > 0 && cursor) {
    cursor = await cursor.advance(skip);
    skip = 0;
  }
  while (cursor && rows.length < limit) {
    const m = cursor.value;
    const segment = segmentOf(m, now, thresholds);
    if (!filtered || matchesQuery(m, query, segment, [])) {
      if (skip > 0) skip--;
      else rows.push(toRow(m, segment));
    }
    cursor = await cursor.continue();
  }
  return { rows, matched, total, segments };
}

/** Every member the query matches, sorted (the exports): the smallest index range, read once. */
export async function allMatching(
  db: Db,
  query: MemberQuery,
  now: number,
  thresholds: SegmentThresholds,
): Promise<MemberRow[]> {
  const needle = query.search ? normalizeSearch(query.search) : '';
  const b = bounds(now, thresholds);
  const { total, segments } = await segmentCounts(db, query.platform, b);
  const candidate = await smallestCandidate(db, query, needle, b, timeSizeOf(query, total, segments));
  return readMatching(db, query, candidate, now, thresholds);
}
