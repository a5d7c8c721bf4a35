import { serializeCsv } from '../../csv';
import type { PlatformId } from '../../platforms';
import type { Member } from './member';
import { normalizeSearch, searchKeys } from './search-keys';
import { segmentOf, type Segment, type SegmentThresholds } from './segments';

// The Members tab's filters and sort as plain functions; book.ts applies them to what it reads through the
// indexes, and to a whole book for the exports.

export interface MemberQuery {
  search?: string;
  platform?: PlatformId;
  segment?: Segment;
  tag?: string;
  sort?: 'lastSeen' | 'firstSeen' | 'comments' | 'repliesReceived' | 'handle';
  descending?: boolean;
}

export interface MemberRow extends Member {
  segment: Segment;
}

/** Whether a member passes every filter of the query (the search is a prefix of one of its name keys). */
export function matchesQuery(
  member: Member,
  query: MemberQuery,
  segment: Segment,
  keys: readonly string[] = searchKeys(member),
): boolean {
  if (query.platform && member.platform !== query.platform) return false;
  if (query.tag && !member.tags.includes(query.tag)) return false;
  if (query.segment && segment !== query.segment) return false;
  const needle = query.search ? normalizeSearch(query.search) : '';
  return !needle || keys.some((key) => key.startsWith(needle));
}

export type SortKey = NonNullable<MemberQuery['sort']>;

export function isDescending(query: MemberQuery): boolean {
  return query.descending ?? (query.sort ?? 'lastSeen') !== 'handle';
}

/** The order IndexedDB walks the sort index in (key, then id; both reversed when descending). */
export function compareMembers(key: SortKey, descending: boolean): (a: Member, b: Member) => number {
  const sign = descending ? -1 : 1;
  const cmp = (x: string | number, y: string | number) => (x < y ? -1 : x > y ? 1 : 0);
  return (a, b) => sign * (cmp(a[key], b[key]) || cmp(a.id, b.id));
}

/** The whole query in memory, over members already read. */
export function queryMembers(
  members: readonly Member[],
  query: MemberQuery,
  now: number,
  thresholds: SegmentThresholds,
): MemberRow[] {
  const rows: MemberRow[] = [];
  for (const member of members) {
    const segment = segmentOf(member, now, thresholds);
    if (matchesQuery(member, query, segment)) rows.push({ ...member, segment });
  }
  return rows.sort(compareMembers(query.sort ?? 'lastSeen', isDescending(query)));
}

const COLUMNS = [
  'platform',
  'handle',
  'displayName',
  'segment',
  'firstSeen',
  'lastSeen',
  'comments',
  'repliesReceived',
  'tags',
  'notes',
  'birthday',
  'lastCommentUrl',
] as const;

export function membersToCsv(rows: readonly MemberRow[]): string {
  const iso = (ms: number) => new Date(ms).toISOString();
  return serializeCsv([
    [...COLUMNS],
    ...rows.map((r) => [
      r.platform,
      r.handle,
      r.displayName ?? '',
      r.segment,
      iso(r.firstSeen),
      iso(r.lastSeen),
      r.comments,
      r.repliesReceived,
      r.tags.join(' '),
      r.notes,
      r.birthday ?? '',
      r.lastCommentUrl ?? '',
    ]),
  ]);
}

export function membersToJson(rows: readonly MemberRow[]): string {
  return JSON.stringify({ format: 'onbrand-members', version: 1, members: rows }, null, 2);
}
