import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openOnbrandDB } from '@/lib/db/schema';
import { segmentCounts } from '@/lib/community/members/book';
import { DAY_COUNTS_KEY } from '@/lib/community/members/day-counts';
import { queryMembers } from '@/lib/community/members/query';
import type { Member } from '@/lib/community/members/member';
import { withSearchKeys, withoutSearchKeys } from '@/lib/community/members/search-keys';
import { DEFAULT_THRESHOLDS, SEGMENTS, type SegmentThresholds } from '@/lib/community/members/segments';
import { deleteAllMembers, pruneMembersBefore, recordInteractions } from '@/lib/community/members/store';
import type { PlatformId } from '@/lib/platforms';

// The segment counts come from per-day counts kept on every write (day-counts.ts) plus an index count of the
// day a boundary falls in. Oracle: the in-memory query over the whole store, after every kind of write, with
// boundaries falling mid-day.

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 3, 12);
const PLATFORMS = ['weibo', 'x', 'bilibili'] as const;

function book(count: number): Member[] {
  let seed = 5;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  return Array.from({ length: count }, (_, i) => {
    const firstSeen = NOW - Math.floor(random() * 200 * DAY);
    return {
      id: `${PLATFORMS[i % 3]}:m${i}`,
      platform: PLATFORMS[i % 3],
      handle: `m${i}`,
      firstSeen,
      lastSeen: firstSeen + Math.floor(random() * (NOW - firstSeen)),
      comments: 1,
      repliesReceived: 0,
      tags: [],
      notes: '',
    };
  });
}

type Db = Awaited<ReturnType<typeof openOnbrandDB>>;

async function expectCountsMatch(db: Db, now: number, thresholds: SegmentThresholds = DEFAULT_THRESHOLDS) {
  const stored = (await db.getAll('members')).map(withoutSearchKeys);
  const b = {
    newFrom: now - thresholds.newDays * DAY,
    activeFrom: now - thresholds.activeDays * DAY,
    silentFrom: now - thresholds.silentDays * DAY,
  };
  for (const platform of [undefined, ...PLATFORMS] as (PlatformId | undefined)[]) {
    const rows = queryMembers(stored, { platform }, now, thresholds);
    const counts = await segmentCounts(db, platform, b);
    expect(counts.total, `${platform} at ${now}`).toBe(rows.length);
    expect(counts.all).toBe(stored.length);
    expect(counts.segments, `${platform} at ${now}`).toEqual(
      Object.fromEntries(SEGMENTS.map((s) => [s, rows.filter((r) => r.segment === s).length])),
    );
  }
}

describe('segment counts from per-day counts', () => {
  it('agree with the store after rebuilds, interactions, pruning and deleting everything', async () => {
    const db = await openOnbrandDB(`day-counts-${Math.random()}`);
    const seed = db.transaction('members', 'readwrite');
    for (const m of book(600)) void seed.store.put(withSearchKeys(m));
    await seed.done;
    // Never built: the first read counts the store once and keeps the result.
    expect(await db.get('meta', DAY_COUNTS_KEY)).toBeUndefined();
    await expectCountsMatch(db, NOW);
    expect(await db.get('meta', DAY_COUNTS_KEY)).toBeDefined();

    // New members, members moving days (comments at other times), replies and tags (no move), a repeated member.
    await recordInteractions(db, [
      { platform: 'x', handle: 'newcomer', at: NOW - 3 * DAY, kind: 'comment' },
      { platform: 'x', handle: 'newcomer', at: NOW - 1 * DAY, kind: 'comment' },
      { platform: 'weibo', handle: 'm0', at: NOW - 2 * 3_600_000, kind: 'comment' },
      { platform: 'x', handle: 'm1', at: NOW - 400 * DAY, kind: 'comment' },
      { platform: 'bilibili', handle: 'm2', at: NOW, kind: 'reply' },
      { platform: 'weibo', handle: 'm3', at: NOW, kind: 'tag', tag: 'praise' },
      { platform: 'bilibili', handle: 'm5', at: NOW - 31 * DAY - 5_000, kind: 'comment' },
    ]);
    for (const hours of [0, 5, 13, 23]) await expectCountsMatch(db, NOW + hours * 3_600_000);
    await expectCountsMatch(db, NOW + 7_000_000, { newDays: 3, activeDays: 10, silentDays: 45 });

    // Counts written before must still hold after a fresh rebuild (same numbers either way).
    await db.delete('meta', DAY_COUNTS_KEY);
    await expectCountsMatch(db, NOW + 5 * 3_600_000);

    const pruned = await pruneMembersBefore(db, NOW - 120 * DAY);
    expect(pruned).toBeGreaterThan(0);
    await expectCountsMatch(db, NOW + 11 * 3_600_000);
    expect(await pruneMembersBefore(db, NOW - 120 * DAY)).toBe(0);

    await deleteAllMembers(db);
    await expectCountsMatch(db, NOW);
    await recordInteractions(db, [{ platform: 'weibo', handle: 'again', at: NOW - DAY, kind: 'comment' }]);
    await expectCountsMatch(db, NOW);
    db.close();
  });
});
