import { describe, expect, it } from 'vitest';
import { pauseReport } from '@/lib/records/reports/pauses';
import type { RecordOfKind } from '@/lib/records/query';
import type { Pause } from '@/lib/pause/pause';

const H = 3_600_000;
const T0 = Date.parse('2026-03-06T02:00:00Z');
const publish = (id: string, at: number, platform: 'x' | 'weibo' = 'weibo'): RecordOfKind<'publish'> => ({
  id,
  at,
  platform,
  kind: 'publish',
  postKind: 'post',
  url: `https://example.com/${id}`,
  text: id,
  findings: [],
  templateIds: [],
  ...(id.startsWith('held') ? { overrideReason: 'Statement' } : {}),
});
const period = { from: T0 - 24 * H, to: T0 + 24 * H, utcOffsetMinutes: 480 };

describe('the report of crisis pauses', () => {
  const pauses: Pause[] = [
    { id: 'old', startedAt: T0 - 48 * H, endedAt: T0 - 30 * H, reason: 'Long gone', terms: [] },
    {
      id: 'ended',
      startedAt: T0,
      endedAt: T0 + 2 * H,
      reason: 'Recall',
      terms: ['recall'],
      by: 'Mei',
      endedBy: 'Li',
    },
    { id: 'on', startedAt: T0 + 5 * H, reason: 'Again', terms: [] },
  ];
  const posts = [
    publish('before', T0 - H),
    publish('held-1', T0 + H),
    publish('held-x', T0 + H + 1, 'x'),
    publish('between', T0 + 3 * H),
    publish('held-2', T0 + 6 * H),
  ];

  it('lists the pauses overlapping the period, newest first, each with the posts inside its window', () => {
    const rows = pauseReport(pauses, posts, period, T0 + 7 * H);
    expect(rows.map((r) => [r.id, r.endedAt, r.by, r.endedBy, r.posts.map((p) => p.id)])).toEqual([
      ['on', undefined, undefined, undefined, ['held-2']],
      ['ended', T0 + 2 * H, 'Mei', 'Li', ['held-x', 'held-1']],
    ]);
    expect(rows[1].posts[1]).toMatchObject({
      overrideReason: 'Statement',
      url: 'https://example.com/held-1',
    });
  });

  it('follows the platform filter; a timed pause whose time ran out shows its end', () => {
    const timed: Pause[] = [{ id: 't', startedAt: T0, until: T0 + H, reason: 'Timed', terms: [] }];
    const rows = pauseReport(timed, posts, { ...period, platforms: ['x'] }, T0 + 2 * H);
    expect(rows).toMatchObject([{ id: 't', endedAt: T0 + H, posts: [] }]);
    expect(pauseReport(timed, posts, period, T0 + H / 2)[0].endedAt).toBeUndefined();
  });

  it("takes a post at the pause's first instant but not at its end, and nothing starting after the period", () => {
    const edges: Pause[] = [
      { id: 'edge', startedAt: T0, endedAt: T0 + H, reason: 'Edge', terms: [] },
      { id: 'later', startedAt: period.to + 1, reason: 'After the period', terms: [] },
      {
        id: 'at-start',
        startedAt: period.from - H,
        endedAt: period.from,
        reason: 'Ended as the period began',
        terms: [],
      },
      { id: 'at-end', startedAt: period.to, reason: 'Began at its last instant', terms: [] },
    ];
    const rows = pauseReport(edges, [publish('first', T0), publish('last', T0 + H)], period, T0 + H);
    // Ended exactly now counts as ended; no `by`, `endedBy` or `overrideReason` keys when there are none.
    expect(rows).toStrictEqual([
      { id: 'at-end', startedAt: period.to, reason: 'Began at its last instant', terms: [], posts: [] },
      {
        id: 'edge',
        startedAt: T0,
        endedAt: T0 + H,
        reason: 'Edge',
        terms: [],
        posts: [{ id: 'first', at: T0, platform: 'weibo', url: 'https://example.com/first' }],
      },
    ]);
  });
});
