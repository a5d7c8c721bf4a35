import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openOnbrandDB } from '@/lib/db/schema';
import { communityBackground } from '@/lib/community/background';
import { segmentOf, parseThresholds, DEFAULT_THRESHOLDS } from '@/lib/community/members/segments';
import { queryMembers, membersToCsv, membersToJson } from '@/lib/community/members/query';
import { applyInteraction, memberId } from '@/lib/community/members/member';
import type { KeyValue } from '@/lib/community/queue-store';
import { parseCsv } from '@/lib/records/csv';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 3, 12);
let n = 0;
const freshName = () => `members-${n++}-${Math.random()}`;

function memoryArea(): KeyValue {
  const data: Record<string, unknown> = {};
  return {
    async get(key) {
      return key in data ? { [key]: structuredClone(data[key]) } : {};
    },
    async set(items) {
      Object.assign(data, structuredClone(items));
    },
  };
}

describe('segments', () => {
  it('are new within a week of first sight, then active ≤ 30 days idle, silent ≤ 90, churned beyond', () => {
    expect(segmentOf({ firstSeen: NOW - 3 * DAY, lastSeen: NOW - 3 * DAY }, NOW)).toBe('new');
    expect(segmentOf({ firstSeen: NOW - 200 * DAY, lastSeen: NOW - 30 * DAY }, NOW)).toBe('active');
    expect(segmentOf({ firstSeen: NOW - 200 * DAY, lastSeen: NOW - 31 * DAY }, NOW)).toBe('silent');
    expect(segmentOf({ firstSeen: NOW - 200 * DAY, lastSeen: NOW - 90 * DAY }, NOW)).toBe('silent');
    expect(segmentOf({ firstSeen: NOW - 200 * DAY, lastSeen: NOW - 91 * DAY }, NOW)).toBe('churned');
    expect(
      segmentOf({ firstSeen: NOW - 200 * DAY, lastSeen: NOW - 20 * DAY }, NOW, {
        activeDays: 14,
        silentDays: 60,
        newDays: 7,
      }),
    ).toBe('silent');
  });
  it('thresholds that contradict each other fall back to the defaults', () => {
    expect(parseThresholds({ activeDays: 90, silentDays: 30, newDays: 7 })).toEqual({
      activeDays: 30,
      silentDays: 90,
      newDays: 7,
    });
    expect(parseThresholds('nonsense')).toEqual(DEFAULT_THRESHOLDS);
  });
});

describe('the member book', () => {
  it('learns members from comments seen, replies given and tags, across 120 days', async () => {
    const db = await openOnbrandDB(freshName());
    let now = NOW - 120 * DAY;
    const community = communityBackground(
      async () => db,
      memoryArea(),
      () => now,
    );
    const thread = (comments: Array<{ key: string; author: string; postedAt: number }>) =>
      community.handlers['community.thread'](
        { platform: 'weibo', postUrl: 'https://weibo.com/1/A', comments },
        {},
      );
    // 小王 comments 120 days ago and 100 days ago (churned); 小李 60 days ago (silent); 小张 10 days ago and 2 days ago (active), 小赵 yesterday (new).
    await thread([{ key: 'weibo:1', author: '小王', postedAt: NOW - 120 * DAY }]);
    now = NOW - 100 * DAY;
    await thread([{ key: 'weibo:2', author: '小王', postedAt: NOW - 100 * DAY }]);
    now = NOW - 60 * DAY;
    await thread([{ key: 'weibo:3', author: '小李', postedAt: NOW - 60 * DAY }]);
    now = NOW - 10 * DAY;
    await thread([
      { key: 'weibo:4', author: '小张', postedAt: NOW - 40 * DAY },
      { key: 'weibo:5', author: '小张', postedAt: NOW - 2 * DAY },
    ]);
    now = NOW;
    await thread([
      { key: 'weibo:6', author: '小赵', postedAt: NOW - DAY },
      { key: 'weibo:5', author: '小张', postedAt: NOW - 2 * DAY },
    ]);
    await community.store.answered([
      { author: '小张', at: NOW - 2 * DAY, answeredAt: NOW, platform: 'weibo', url: 'https://weibo.com/1/A' },
    ]);

    const page = await community.handlers['community.members']({}, {});
    expect(page.total).toBe(4);
    const bySegment = Object.fromEntries(page.rows.map((r) => [r.handle, r.segment]));
    expect(bySegment).toEqual({ 小王: 'churned', 小李: 'silent', 小张: 'active', 小赵: 'new' });
    const zhang = page.rows.find((r) => r.handle === '小张')!;
    expect(zhang).toMatchObject({
      comments: 2,
      repliesReceived: 1,
      firstSeen: NOW - 40 * DAY,
      lastSeen: NOW - 2 * DAY,
    });
    expect(page.rows.map((r) => r.handle)).toEqual(['小赵', '小张', '小李', '小王']);

    expect(
      (await community.handlers['community.members']({ segment: 'silent' }, {})).rows.map((r) => r.handle),
    ).toEqual(['小李']);
    expect((await community.handlers['community.members']({ search: '赵' }, {})).matched).toBe(1);

    const noted = await community.handlers['community.members.update'](
      { id: memberId('weibo', '小李'), notes: 'VIP, phone 13812345678', birthday: '03-14' },
      {},
    );
    expect(noted.notes).not.toContain('13812345678');
    expect(noted.birthday).toBe('03-14');
    await expect(
      community.handlers['community.members.update'](
        { id: memberId('weibo', '小李'), birthday: '13-40' },
        {},
      ),
    ).rejects.toThrow(/MM-DD/);

    const csv = await community.handlers['community.members.export']({ format: 'csv' }, {});
    const rows = parseCsv(csv.text.replace(/^\uFEFF/, ''));
    expect(rows[0].slice(0, 4)).toEqual(['platform', 'handle', 'displayName', 'segment']);
    expect(csv.count).toBe(4);
    const json = JSON.parse(
      (await community.handlers['community.members.export']({ format: 'json', segment: 'new' }, {})).text,
    );
    expect(json.members.map((m: { handle: string }) => m.handle)).toEqual(['小赵']);

    await community.handlers['community.members.thresholds'](
      { activeDays: 1, silentDays: 30, newDays: 1 },
      {},
    );
    expect(
      Object.fromEntries(
        (await community.handlers['community.members']({}, {})).rows.map((r) => [r.handle, r.segment]),
      ),
    ).toMatchObject({ 小张: 'silent', 小李: 'churned', 小赵: 'new' });
    await expect(
      community.handlers['community.members.thresholds']({ activeDays: 60, silentDays: 30, newDays: 1 }, {}),
    ).rejects.toThrow(/fewer days/);

    // "Delete everything" covers the member book.
    await community.wrapDeleteAll(async () => ({ deleted: 0 }))({ confirm: true }, {});
    expect((await community.handlers['community.members']({}, {})).total).toBe(0);
    db.close();
  });

  it('query sorts and filters by tag; CSV and JSON hold what the filter matched', () => {
    const a = applyInteraction(undefined, { platform: 'x', handle: '@a', at: NOW - DAY, kind: 'comment' });
    const b = applyInteraction(
      applyInteraction(undefined, { platform: 'x', handle: '@b', at: NOW - 50 * DAY, kind: 'comment' }),
      { platform: 'x', handle: '@b', at: NOW, kind: 'tag', tag: 'complaint' },
    );
    const rows = queryMembers([a, b], { tag: 'complaint' }, NOW, DEFAULT_THRESHOLDS);
    expect(rows.map((r) => r.handle)).toEqual(['@b']);
    expect(queryMembers([a, b], { sort: 'handle' }, NOW, DEFAULT_THRESHOLDS).map((r) => r.handle)).toEqual([
      '@a',
      '@b',
    ]);
    expect(membersToCsv(rows)).toContain('complaint');
    expect(JSON.parse(membersToJson(rows)).members).toHaveLength(1);
  });
});
