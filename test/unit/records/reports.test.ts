import { describe, expect, it } from 'vitest';
import { cadenceReport } from '../../../lib/records/reports/cadence';
import { SERIES_POSTS, engagementReport, firstEngagementRows } from '../../../lib/records/reports/engagement';
import { feedbackReport } from '../../../lib/records/reports/feedback';
import { findingsReport } from '../../../lib/records/reports/findings';
import { overridesReport } from '../../../lib/records/reports/overrides';
import { dayKey, daysInPeriod, type ReportPeriod } from '../../../lib/records/reports/period';
import { responseReport, responseTimeOf } from '../../../lib/records/reports/responses';
import { sortRows } from '../../../lib/records/reports/sort';
import { median, percentile } from '../../../lib/records/reports/stats';
import { templateReport } from '../../../lib/records/reports/template-usage';
import {
  DAY,
  HOUR,
  checkSummary,
  feedback,
  override,
  publish,
  reply,
  snapshot,
  templateUse,
} from './helpers';

// Beijing time; D0 is 2025-03-10 00:00 in Beijing.
const D0 = Date.UTC(2025, 2, 9, 16);
const period: ReportPeriod = { from: D0, to: D0 + 3 * DAY - 1, utcOffsetMinutes: 480 };

describe('periods and statistics', () => {
  it("buckets instants into the user's local days", () => {
    expect(dayKey(D0, 480)).toBe('2025-03-10');
    expect(dayKey(D0 - 1, 480)).toBe('2025-03-09');
    expect(dayKey(D0, 0)).toBe('2025-03-09');
    expect(daysInPeriod(period)).toEqual(['2025-03-10', '2025-03-11', '2025-03-12']);
  });

  it('computes median and nearest-rank percentiles', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeUndefined();
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(hundred, 90)).toBe(90);
    expect(percentile([7], 90)).toBe(7);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90)).toBe(10);
    // Unsorted input, sorted as numbers (not as text: 100 before 20).
    expect(percentile([30, 4, 100, 20], 25)).toBe(4);
    expect(percentile([30, 4, 100, 20], 75)).toBe(30);
  });
});

describe('cadence against the plan', () => {
  it('counts posts per local day and platform and the planned occurrences kept', () => {
    const posts = [
      publish(D0 + HOUR, 'x'),
      publish(D0 + 2 * HOUR, 'x'), // a second post the same day does not cover tomorrow's gap
      publish(D0 + DAY + HOUR, 'weibo'),
      reply(D0 + HOUR, 'x', 1000), // replies are not plan posts
      publish(D0 - HOUR, 'x'), // the day before the period
    ];
    const plan = [
      { platform: 'x' as const, at: D0 + 9 * HOUR },
      { platform: 'x' as const, at: D0 + DAY + 9 * HOUR },
      { platform: 'weibo' as const, at: D0 + DAY + 20 * HOUR },
      { platform: 'weibo' as const, at: D0 + 2 * DAY + 20 * HOUR },
    ];
    const report = cadenceReport(posts, plan, period);
    expect(report.rows).toEqual([
      { day: '2025-03-10', platform: 'x', planned: 1, posted: 2, kept: 1 },
      { day: '2025-03-11', platform: 'weibo', planned: 1, posted: 1, kept: 1 },
      { day: '2025-03-11', platform: 'x', planned: 1, posted: 0, kept: 0 },
      { day: '2025-03-12', platform: 'weibo', planned: 1, posted: 0, kept: 0 },
    ]);
    expect(report.byPlatform).toEqual([
      { platform: 'x', planned: 2, posted: 2, kept: 1, adherencePct: 50 },
      { platform: 'weibo', planned: 2, posted: 1, kept: 1, adherencePct: 50 },
    ]);
    expect(report.total).toEqual({ planned: 4, posted: 3, kept: 2, adherencePct: 50 });
  });

  it('filters by platform and leaves adherence undefined without a plan', () => {
    const report = cadenceReport([publish(D0, 'x'), publish(D0, 'weibo')], [], {
      ...period,
      platforms: ['weibo'],
    });
    expect(report.byPlatform).toEqual([
      { platform: 'weibo', planned: 0, posted: 1, kept: 0, adherencePct: undefined },
    ]);
  });

  it("counts only the plan's occurrences in the period and on the chosen platforms; rows by day, then platform", () => {
    // Posts arrive newest first and weibo after x, so the rows' order is the sort's, not the input's.
    const posts = [
      publish(D0 + 2 * DAY, 'x'),
      publish(D0 + DAY, 'weibo'),
      publish(D0, 'x'),
      publish(D0 + HOUR, 'weibo'),
    ];
    const plan = [
      { platform: 'x' as const, at: D0 - 1 }, // the day before the period
      { platform: 'x' as const, at: period.to + 1 }, // the day after
      { platform: 'zhihu' as const, at: D0 + HOUR }, // not a chosen platform
      { platform: 'x' as const, at: period.to }, // the period's last instant
    ];
    const report = cadenceReport(posts, plan, { ...period, platforms: ['x', 'weibo'] });
    expect(report.rows.map((r) => [r.day, r.platform, r.planned, r.posted])).toEqual([
      ['2025-03-10', 'weibo', 0, 1],
      ['2025-03-10', 'x', 0, 1],
      ['2025-03-11', 'weibo', 0, 1],
      ['2025-03-12', 'x', 1, 1],
    ]);
    expect(report.total).toEqual({ planned: 1, posted: 4, kept: 1, adherencePct: 100 });
  });

  it('reads an empty platform list as every platform', () => {
    const report = cadenceReport([publish(D0, 'x'), publish(D0, 'weibo')], [], { ...period, platforms: [] });
    expect(report.total.posted).toBe(2);
  });
});

describe('replies and response time', () => {
  it('uses the measured time, else the gap to the comment replied to, and never guesses', () => {
    expect(responseTimeOf(reply(D0, 'x', 5000))).toBe(5000);
    expect(responseTimeOf(reply(D0, 'x', undefined, { repliedTo: { at: D0 - 60_000 } }))).toBe(60_000);
    expect(responseTimeOf(reply(D0, 'x', undefined, { repliedTo: { at: D0 + 60_000 } }))).toBeUndefined();
    expect(responseTimeOf(reply(D0, 'x', undefined))).toBeUndefined();
    // Zero is a time (a reply stamped the same millisecond as the comment), not "unknown".
    expect(responseTimeOf(reply(D0, 'x', undefined, { repliedTo: { at: D0 } }))).toBe(0);
  });

  it('reports count, median, p90 and share within the target, overall and per platform', () => {
    const minutes = [5, 10, 20, 30, 45, 50, 70, 90, 120, 240];
    const replies = minutes.map((m, i) => reply(D0 + i * HOUR, i < 6 ? 'x' : 'zhihu', m * 60_000));
    const report = responseReport(
      [...replies, reply(D0, 'x', undefined, { postKind: 'comment' }), publish(D0, 'x')],
      period,
    );
    expect(report.replies).toBe(11);
    expect(report.timed).toBe(10);
    expect(report.medianMs).toBe(47.5 * 60_000);
    expect(report.p90Ms).toBe(120 * 60_000);
    expect(report.withinTargetPct).toBe(60);
    expect(report.byPlatform.find((p) => p.platform === 'zhihu')).toMatchObject({
      replies: 4,
      timed: 4,
      withinTargetPct: 0,
      medianMs: 105 * 60_000,
    });
    expect(responseReport(replies, period, 2 * HOUR).withinTargetPct).toBe(90);
  });
});

describe('templates, findings, overrides', () => {
  it('counts template insertions and published posts using them', () => {
    const rows = templateReport(
      [
        templateUse(D0, 'x', 'thanks'),
        templateUse(D0 + 1, 'weibo', 'thanks'),
        templateUse(D0 + 2, 'x', 'sorry'),
        templateUse(D0 - 1, 'x', 'old'),
      ],
      [
        reply(D0 + 5, 'x', 1, { templateIds: ['thanks', 'thanks'] }),
        reply(D0 + 6, 'x', 1, { templateIds: ['faq'] }),
      ],
      period,
    );
    expect(rows).toEqual([
      { templateId: 'thanks', inserted: 2, published: 1, lastUsedAt: D0 + 5, platforms: ['weibo', 'x'] },
      { templateId: 'sorry', inserted: 1, published: 0, lastUsedAt: D0 + 2, platforms: ['x'] },
      { templateId: 'faq', inserted: 0, published: 1, lastUsedAt: D0 + 6, platforms: ['x'] },
    ]);
  });

  it('sums findings caught while drafting and still published, by rule and by category', () => {
    const report = findingsReport(
      [
        checkSummary(D0, 'x', [
          { ruleId: 'banned', category: 'terms', severity: 'block', count: 2 },
          { ruleId: 'tone', severity: 'info', count: 1 },
        ]),
        checkSummary(D0 + 1, 'x', [{ ruleId: 'banned', category: 'terms', severity: 'block', count: 1 }]),
        checkSummary(D0 + 2, 'x', []),
      ],
      [
        publish(D0, 'x', {
          findings: [{ ruleId: 'preferred', category: 'terms', severity: 'warn', count: 1 }],
        }),
      ],
      period,
    );
    expect(report.byRule).toEqual([
      { ruleId: 'banned', category: 'terms', severity: 'block', caught: 3, published: 0 },
      { ruleId: 'tone', category: 'uncategorised', severity: 'info', caught: 1, published: 0 },
      { ruleId: 'preferred', category: 'terms', severity: 'warn', caught: 0, published: 1 },
    ]);
    expect(report.byCategory).toEqual([
      { category: 'terms', caught: 3, published: 1 },
      { category: 'uncategorised', caught: 1, published: 0 },
    ]);
    expect(report.totals).toEqual({ caught: 4, published: 1, checks: 3 });
  });

  it('lists overrides newest first and groups reasons regardless of case and spacing', () => {
    const a = override(D0, 'x', 'Approved by legal', ['banned']);
    const b = override(D0 + 1, 'x', '  approved   by LEGAL ', ['banned', 'tone']);
    const c = override(D0 + 2, 'weibo', '客户要求', ['banned']);
    const report = overridesReport([a, b, c, override(D0 - 1, 'x', 'old', [])], period);
    expect(report.rows.map((r) => r.id)).toEqual([c.id, b.id, a.id]);
    expect(report.byReason).toEqual([
      { reason: 'Approved by legal', count: 2 },
      { reason: '客户要求', count: 1 },
    ]);
    expect(report.byRule).toEqual([
      { ruleId: 'banned', count: 3 },
      { ruleId: 'tone', count: 1 },
    ]);
  });
  it('orders findings, overrides and templates by count, then by name, whatever the input order', () => {
    const finding = (ruleId: string, category: string, count: number) => ({
      ruleId,
      category,
      severity: 'warn' as const,
      count,
    });
    const findings = findingsReport(
      [
        checkSummary(D0, 'x', [finding('c-rule', 'style', 1), finding('b-rule', 'terms', 1)]),
        checkSummary(D0 + 1, 'x', [finding('a-rule', 'terms', 1), finding('d-rule', 'links', 2)]),
      ],
      [publish(D0, 'x', { findings: [finding('b-rule', 'terms', 1)] })],
      period,
    );
    expect(findings.byRule.map((r) => r.ruleId)).toEqual(['d-rule', 'b-rule', 'a-rule', 'c-rule']);
    const filtered = findingsReport(
      [
        checkSummary(D0 - 1, 'x', [finding('early', 'terms', 1)]),
        checkSummary(D0, 'weibo', [finding('elsewhere', 'terms', 1)]),
      ],
      [],
      { ...period, platforms: ['x'] },
    );
    expect(filtered.byRule).toEqual([]);
    expect(filtered.totals.checks).toBe(0);
    // Categories by their sums, not by their first rule's place: two's three rules outweigh one's single one.
    const categories = findingsReport(
      [
        checkSummary(D0, 'x', [
          ...[
            ['a', 'one', 2],
            ['b', 'two', 1],
            ['c', 'two', 1],
            ['d', 'two', 1],
            ['e', 'zeta', 1],
            ['f', 'beta', 1],
          ].map(([rule, category, count]) => finding(rule as string, category as string, count as number)),
        ]),
      ],
      [],
      period,
    );
    expect(categories.byCategory.map((c) => [c.category, c.caught])).toEqual([
      ['two', 3],
      ['one', 2],
      ['beta', 1],
      ['zeta', 1],
    ]);

    const overrides = overridesReport(
      [
        override(D0 + 3, 'x', 'Zeal', ['b']),
        override(D0 + 2, 'x', '  Agreed with legal ', ['a', 'a']),
        override(D0 + 1, 'x', 'zeal', ['c', 'b']),
        override(D0 + 4, 'x', 'Approved', []),
        override(D0 + 5, 'x', 'approved', []),
        override(D0 + 6, 'x', 'app roved', []), // spaces inside a word are not the same reason
      ],
      period,
    );
    // The reason as first written, trimmed; a rule listed twice on one override counts once.
    expect(overrides.byReason).toEqual([
      { reason: 'Approved', count: 2 },
      { reason: 'zeal', count: 2 },
      { reason: 'Agreed with legal', count: 1 },
      { reason: 'app roved', count: 1 },
    ]);
    expect(overrides.byRule).toEqual([
      { ruleId: 'b', count: 2 },
      { ruleId: 'a', count: 1 },
      { ruleId: 'c', count: 1 },
    ]);

    const templates = templateReport(
      ['c', 'b', 'd', 'a', 'a'].map((id) => templateUse(D0, 'x', id)),
      [
        reply(D0, 'x', 1, { templateIds: ['d'] }),
        reply(D0 - 1, 'x', 1, { templateIds: ['c', 'c2'] }), // before the period
        reply(D0, 'weibo', 1, { templateIds: ['c', 'c3'] }), // not a chosen platform
      ],
      { ...period, platforms: ['x'] },
    );
    expect(templates.map((t) => t.templateId)).toEqual(['a', 'd', 'b', 'c']);
  });
});

describe('engagement per post', () => {
  it('reports latest counts, growth and growth per day over the snapshots taken in the period', () => {
    const post = publish(D0 + HOUR, 'x', { postId: 'p1' });
    const report = engagementReport(
      [
        snapshot(D0 - HOUR, 'x', 'p1', { likes: 1 }), // before the period: not part of its growth
        snapshot(D0 + 2 * HOUR, 'x', 'p1', { likes: 10, views: 100 }),
        snapshot(D0 + 2 * HOUR + 2 * DAY, 'x', 'p1', { likes: 30, views: 500, replies: 4 }),
        snapshot(D0 + 2 * HOUR + DAY, 'x', 'p1', { likes: 20, views: 300 }),
        { ...snapshot(D0 + HOUR, 'x', 'older', { likes: 99 }), postedAt: D0 - 10 * DAY },
        snapshot(D0 + 3 * HOUR, 'weibo', 'unrecorded', { likes: 1 }),
        snapshot(D0 + 3 * DAY, 'x', 'after', { likes: 1 }),
      ],
      [post],
      period,
    );
    expect(report.posts.map((p) => p.postId)).toEqual(['older', 'p1', 'unrecorded']);
    const p1 = report.posts[1];
    expect(p1).toMatchObject({
      publishedAt: D0 + HOUR,
      firstAt: D0 + 2 * HOUR,
      lastAt: D0 + 2 * HOUR + 2 * DAY,
    });
    expect(p1.latest).toEqual({ likes: 30, views: 500, replies: 4 });
    expect(p1.growth).toEqual({ likes: 20, views: 400 });
    expect(p1.growthPerDay).toEqual({ likes: 10, views: 200 });
    expect(p1.series.map((s) => s.counts.likes)).toEqual([10, 20, 30]);
    expect(report.posts[0].publishedAt).toBe(D0 - 10 * DAY);
    expect(report.totals).toEqual({ likes: 130, views: 500, replies: 4 });
    expect(report.posts[2]).toMatchObject({ publishedAt: undefined, growth: { likes: 0 }, growthPerDay: {} });
  });

  it('carries snapshot series only for the most liked posts (the chart), latest counts and growth for all', () => {
    const snapshots = Array.from({ length: 12 }, (_, i) => [
      snapshot(D0 + HOUR, 'x', `post-${i}`, { likes: i }),
      snapshot(D0 + 2 * HOUR, 'x', `post-${i}`, { likes: i * 2 }),
    ]).flat();
    const report = engagementReport(snapshots, [], period);
    expect(report.posts).toHaveLength(12);
    expect(report.posts.slice(0, SERIES_POSTS).every((p) => p.series.length === 2)).toBe(true);
    expect(report.posts.slice(SERIES_POSTS).map((p) => [p.postId, p.series.length, p.growth.likes])).toEqual([
      ['post-1', 0, 1],
      ['post-0', 0, 0],
    ]);
  });

  it("dates a post by its earliest publish record in the period, else its snapshot's postedAt; ties by post id", () => {
    const report = engagementReport(
      [
        { ...snapshot(D0 + 3 * HOUR, 'x', 'b', { likes: 5 }), postedAt: D0 - DAY }, // a publish record outranks this
        snapshot(D0 + 4 * HOUR, 'x', 'a', { likes: 5 }),
        snapshot(D0 + 5 * HOUR, 'x', 'c', { likes: 1 }),
      ],
      [
        publish(D0 + 2 * HOUR, 'x', { postId: 'b' }),
        publish(D0 + HOUR, 'x', { postId: 'b' }), // a re-sent publish: the earlier one counts
        publish(D0 - HOUR, 'x', { postId: 'c' }), // before the period
      ],
      period,
    );
    expect(report.posts.map((p) => [p.postId, p.publishedAt])).toEqual([
      ['a', undefined],
      ['b', D0 + HOUR],
      ['c', undefined],
    ]);
    // One snapshot: no growth per day (not a division by zero days).
    expect(report.posts[0].growthPerDay).toStrictEqual({});
  });

  it('keeps the first rows asked for, the count and the totals whole', () => {
    const report = engagementReport(
      ['a', 'b', 'c'].map((id, i) => snapshot(D0, 'x', id, { likes: 3 - i })),
      [],
      period,
    );
    const first = firstEngagementRows(report, 2);
    expect(first.posts.map((p) => p.postId)).toEqual(['a', 'b']);
    expect(first).toMatchObject({ postCount: 3, totals: { likes: 6 } });
    expect(firstEngagementRows(report, 3)).toBe(report);
    expect(firstEngagementRows(report, undefined)).toBe(report);
  });

  it('filters snapshots by platform', () => {
    const report = engagementReport(
      [snapshot(D0, 'x', 'a', { likes: 1 }), snapshot(D0, 'weibo', 'b', { likes: 2 })],
      [],
      { ...period, platforms: ['weibo'] },
    );
    expect(report.posts.map((p) => p.postId)).toEqual(['b']);
  });
});

describe('feedback by tag', () => {
  it('counts every tag in a fixed order with the newest examples', () => {
    const notes = [
      feedback(D0, 'x', 'complaint', 'late delivery'),
      feedback(D0 + 1, 'x', 'complaint', 'broken box'),
      feedback(D0 + 2, 'weibo', 'complaint', '客服太慢'),
      feedback(D0 + 3, 'x', 'praise', 'love it'),
      feedback(D0 - 1, 'x', 'crisis', 'outside the period'),
    ];
    const report = feedbackReport(notes, period, 2);
    expect(report.total).toBe(4);
    expect(report.byTag.map((t) => [t.tag, t.count, t.sharePct])).toEqual([
      ['praise', 1, 25],
      ['complaint', 3, 75],
      ['question', 0, 0],
      ['suggestion', 0, 0],
      ['crisis', 0, 0],
    ]);
    expect(report.byTag[1].examples.map((e) => e.note)).toEqual(['客服太慢', 'broken box']);
    expect(report.byPlatform).toEqual([
      { platform: 'x', count: 3 },
      { platform: 'weibo', count: 1 },
    ]);
  });

  it('shares 0% of nothing, and lists platforms by count whatever came first', () => {
    expect(feedbackReport([], period).byTag.map((t) => t.sharePct)).toEqual([0, 0, 0, 0, 0]);
    const report = feedbackReport(
      [
        feedback(D0 + 3, 'x', 'praise'),
        feedback(D0 + 2, 'weibo', 'praise'),
        feedback(D0 + 1, 'weibo', 'question'),
      ],
      period,
    );
    expect(report.byPlatform).toEqual([
      { platform: 'weibo', count: 2 },
      { platform: 'x', count: 1 },
    ]);
  });
});

describe('sortable tables', () => {
  const rows = [
    { name: '张三', n: 3, pct: undefined as number | undefined },
    { name: 'alice', n: 10, pct: 50 },
    { name: 'Bob', n: 2, pct: 10 },
    { name: '李四', n: 10, pct: 20 },
  ];
  it('sorts numbers numerically and stably, missing values last either way', () => {
    expect(sortRows(rows, 'n').map((r) => r.name)).toEqual(['Bob', '张三', 'alice', '李四']);
    expect(sortRows(rows, 'n', 'desc').map((r) => r.name)).toEqual(['alice', '李四', '张三', 'Bob']);
    expect(sortRows(rows, 'pct', 'asc').map((r) => r.name)).toEqual(['Bob', '李四', 'alice', '张三']);
    expect(sortRows(rows, 'pct', 'desc').map((r) => r.name)).toEqual(['alice', '李四', 'Bob', '张三']);
  });
  it('sorts text case-insensitively, Chinese by pinyin under zh-CN', () => {
    expect(sortRows(rows.slice(1, 3), 'name').map((r) => r.name)).toEqual(['alice', 'Bob']);
    expect(sortRows([rows[0], rows[3]], 'name', 'asc', 'zh-CN').map((r) => r.name)).toEqual(['李四', '张三']);
  });
  it('keeps ties and missing values (undefined or null) in their order, either way', () => {
    const values = [undefined, 5, null, 5, 1, 5];
    const ids = (direction: 'asc' | 'desc') =>
      sortRows(
        values.map((v, id) => ({ id, v })),
        'v',
        direction,
      ).map((r) => r.id);
    expect(ids('asc')).toEqual([4, 1, 3, 5, 0, 2]);
    expect(ids('desc')).toEqual([1, 3, 5, 4, 0, 2]);
    // A null met as the second value, and a table long enough for the sort to merge runs.
    expect(sortRows([{ v: null }, { v: 5 }], 'v', 'desc').map((r) => r.v)).toEqual([5, null]);
    const long = Array.from({ length: 300 }, (_, id) => ({ id, v: id % 3 === 0 ? undefined : 5 }));
    const inOrder = [...long.filter((r) => r.v === 5), ...long.filter((r) => r.v === undefined)].map(
      (r) => r.id,
    );
    expect(sortRows(long, 'v').map((r) => r.id)).toEqual(inOrder);
    expect(sortRows(long, 'v', 'desc').map((r) => r.id)).toEqual(inOrder);
  });
  it('compares numbers as numbers (decimals, negatives), numbers in text numerically, a number before a text', () => {
    const sorted = <T>(values: T[]) =>
      sortRows(
        values.map((v) => ({ v })),
        'v',
      ).map((r) => r.v);
    expect(sorted([10.5, 10.25, 2, -1])).toEqual([-1, 2, 10.25, 10.5]);
    expect(sorted(['item 10', 'item 2'])).toEqual(['item 2', 'item 10']);
    expect(sorted(['b', 1, 'a'])).toEqual([1, 'a', 'b']);
  });
  it('sorts lists by their items joined as shown ("a, b")', () => {
    const lists = [{ ids: ['11'] }, { ids: ['1', '10'] }, { ids: ['a,!'] }, { ids: ['a', 'b'] }];
    // "1, 10" before "11" (numeric collation reads 1, not 110); "a, b" before "a,!" (a space before punctuation).
    expect(sortRows(lists, 'ids').map((r) => r.ids)).toEqual([['1', '10'], ['11'], ['a', 'b'], ['a,!']]);
    // A list beside a text in one column is compared as text.
    expect(sortRows([{ v: ['b'] }, { v: 'a' }], 'v').map((r) => r.v)).toEqual(['a', ['b']]);
  });
});
