import { serializeCsv } from '../../csv';
import type { PlatformId } from '../../platforms';
import type { Member } from './member';
import { segmentOf, type Segment, type SegmentThresholds } from './segments';

// The Members tab's search, filters and sort, over the whole book in memory (100,000 members filter in a few
// tens of milliseconds; reading them from IndexedDB is the larger part, see `npm run bench:records`).

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

export function queryMembers(
  members: readonly Member[],
  query: MemberQuery,
  now: number,
  thresholds: SegmentThresholds,
): MemberRow[] {
  const needle = query.search?.trim().toLowerCase();
  const rows: MemberRow[] = [];
  for (const member of members) {
    if (query.platform && member.platform !== query.platform) continue;
    if (query.tag && !member.tags.includes(query.tag)) continue;
    const segment = segmentOf(member, now, thresholds);
    if (query.segment && segment !== query.segment) continue;
    if (
      needle &&
      !`${member.handle}\n${member.displayName ?? ''}\n${member.notes}`.toLowerCase().includes(needle)
    )
      continue;
    rows.push({ ...member, segment });
  }
  const key = query.sort ?? 'lastSeen';
  const sign = (query.descending ?? key !== 'handle') ? -1 : 1;
  rows.sort((a, b) => {
    const x = a[key];
    const y = b[key];
    const order = typeof x === 'string' ? x.localeCompare(y as string) : (x as number) - (y as number);
    return sign * order || a.id.localeCompare(b.id);
  });
  return rows;
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
