import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { openOnbrandDB, UPGRADES } from '@/lib/db/schema';
import { pageMembers } from '@/lib/community/members/book';
import { queryMembers, type MemberQuery } from '@/lib/community/members/query';
import type { Member } from '@/lib/community/members/member';
import { searchKeys, withSearchKeys } from '@/lib/community/members/search-keys';
import { DEFAULT_THRESHOLDS, SEGMENTS } from '@/lib/community/members/segments';
import { recordInteractions } from '@/lib/community/members/store';

// The index-backed Members tab reads (book.ts) against the plain in-memory query as the oracle: same rows,
// same order, same counts, on both of its paths (read the smallest range / walk the sort index).

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 3, 12);
const PLATFORMS = ['weibo', 'x', 'bilibili'] as const;
const NAMES = ['小赵', '老王', 'Anna Lee', 'bob_smith', '会员', '@Zed'];

function book(count: number): Member[] {
  let seed = 11;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  return Array.from({ length: count }, (_, i) => {
    const firstSeen = NOW - Math.floor(random() * 200 * DAY);
    const lastSeen = firstSeen + Math.floor(random() * (NOW - firstSeen));
    return {
      id: `${PLATFORMS[i % 3]}:m${i}`,
      platform: PLATFORMS[i % 3],
      handle: `${NAMES[i % NAMES.length]}${i}`,
      displayName: i % 4 === 0 ? `${NAMES[(i + 1) % NAMES.length]} ${i}` : undefined,
      firstSeen,
      lastSeen,
      comments: Math.floor(random() * 9),
      repliesReceived: Math.floor(random() * 3),
      tags: i % 7 === 0 ? ['complaint'] : i % 5 === 0 ? ['praise', 'question'] : [],
      notes: '',
    };
  });
}

describe('the member book through its indexes', () => {
  it('pages, counts and filters like the in-memory query, on both paths', async () => {
    const members = book(1200);
    const db = await openOnbrandDB(`book-${Math.random()}`);
    const tx = db.transaction('members', 'readwrite');
    for (const m of members) void tx.store.put(withSearchKeys(m));
    await tx.done;
    const queries: MemberQuery[] = [
      {},
      { segment: 'active' },
      { segment: 'new', sort: 'firstSeen' },
      { segment: 'churned', sort: 'comments' },
      { platform: 'x' },
      { platform: 'weibo', segment: 'silent', sort: 'handle' },
      { platform: 'bilibili', segment: 'active', descending: false },
      { search: '赵' },
      { search: 'LEE', platform: 'x' },
      { search: '@zed', segment: 'churned', sort: 'repliesReceived' },
      { tag: 'praise', sort: 'handle', descending: true },
      { tag: 'complaint', segment: 'new', search: '老' },
    ];
    for (const query of queries) {
      const expected = queryMembers(members, query, NOW, DEFAULT_THRESHOLDS);
      for (const readAllBelow of [0, 5000]) {
        for (const offset of [0, 37]) {
          const page = await pageMembers(db, query, {
            now: NOW,
            thresholds: DEFAULT_THRESHOLDS,
            offset,
            limit: 25,
            readAllBelow,
          });
          expect(page.matched, JSON.stringify(query)).toBe(expected.length);
          expect(
            page.rows.map((r) => [r.id, r.segment]),
            JSON.stringify({ query, readAllBelow, offset }),
          ).toEqual(expected.slice(offset, offset + 25).map((r) => [r.id, r.segment]));
          expect(page.rows.every((r) => !('search' in r))).toBe(true);
        }
      }
    }
    const page = await pageMembers(
      db,
      { platform: 'x' },
      { now: NOW, thresholds: DEFAULT_THRESHOLDS, limit: 1 },
    );
    const inX = queryMembers(members, { platform: 'x' }, NOW, DEFAULT_THRESHOLDS);
    expect(page.segments).toEqual(
      Object.fromEntries(SEGMENTS.map((s) => [s, inX.filter((r) => r.segment === s).length])),
    );
    expect(page.total).toBe(1200);
    db.close();
  });

  it('search keys start words and every Chinese character', () => {
    expect(searchKeys({ handle: '@Bob_Smith', displayName: '小赵 Anna' })).toEqual([
      'bob_smith',
      'smith',
      '小赵 anna',
      '赵 anna',
      'anna',
    ]);
  });

  it('the version 4 upgrade keeps a version 3 book and indexes it', async () => {
    const name = `book-upgrade-${Math.random()}`;
    const v3 = await openDB(name, 3, {
      upgrade(db, old, _new, tx) {
        for (let v = old + 1; v <= 3; v++) UPGRADES[v](db as never, tx as never);
      },
    });
    await v3.put('members', book(3)[0]);
    await v3.put('members', book(3)[1]);
    v3.close();
    const db = await openOnbrandDB(name);
    expect(await db.count('members')).toBe(2);
    const found = await pageMembers(
      db,
      { search: '老王' },
      { now: NOW, thresholds: DEFAULT_THRESHOLDS, limit: 5 },
    );
    // m1's handle is 老王1; m0's display name is "老王 0".
    expect(found.rows.map((r) => r.id).sort()).toEqual(['weibo:m0', 'x:m1']);
    await recordInteractions(db, [{ platform: 'x', handle: '老王1', at: NOW, kind: 'comment' }]);
    expect((await db.get('members', 'x:m1'))?.search).toContain('王1');
    db.close();
  });
});
