import { afterEach, describe, expect, it } from 'vitest';
import type { IDBPDatabase } from 'idb';
import type { OnbrandDB } from '../../../lib/db/schema';
import { engagementForPosts, queryRecords, recordsOfKind } from '../../../lib/records/query';
import { crisisWindowStart } from '../../../lib/records/reports/crisis';
import { recordsFrom } from '../../../lib/records/reports/input-cache';
import {
  buildEngagement,
  buildReport,
  loadReportInput,
  readCrisisSignal,
} from '../../../lib/records/reports/read';
import { computeReport, type ReportOptions } from '../../../lib/records/reports/report';
import type { ActivityRecord } from '../../../lib/records/schema';
import { putRecords } from '../../../lib/records/store';
import { generateRecords } from '../../bench/seed-records';
import {
  DAY,
  HOUR,
  NOW,
  checkSummary,
  feedback,
  openFreshDb,
  publish,
  snapshot,
  templateUse,
} from './helpers';

let db: IDBPDatabase<OnbrandDB>;
afterEach(() => db?.close());

describe('queries behind the reports', () => {
  it('reads one kind for a period through the [kind, at] index, inclusive, filtered by platform', async () => {
    db = await openFreshDb();
    const inside = publish(NOW - DAY, 'x');
    const edgeFrom = publish(NOW - 2 * DAY, 'weibo');
    const edgeTo = publish(NOW, 'x');
    const before = publish(NOW - 2 * DAY - 1, 'x');
    const otherKind = feedback(NOW - DAY, 'x', 'praise');
    await putRecords(db, [inside, edgeFrom, edgeTo, before, otherKind]);
    expect((await recordsOfKind(db, 'publish', NOW - 2 * DAY, NOW)).map((r) => r.id)).toEqual([
      edgeFrom.id,
      inside.id,
      edgeTo.id,
    ]);
    expect((await recordsOfKind(db, 'publish', NOW - 2 * DAY, NOW, ['x'])).map((r) => r.id)).toEqual([
      inside.id,
      edgeTo.id,
    ]);
    expect((await recordsOfKind(db, 'feedback', NOW - 2 * DAY, NOW)).map((r) => r.id)).toEqual([
      otherKind.id,
    ]);
  });

  it('queries several kinds merged in time order, or all kinds through the time index, with full records', async () => {
    db = await openFreshDb();
    const a = templateUse(NOW - 3, 'x', 't');
    const b = checkSummary(NOW - 2, 'zhihu', []);
    const c = publish(NOW - 1, 'x', { text: 'published words' });
    await putRecords(db, [c, b, a, publish(NOW + DAY, 'x')]);
    expect(await queryRecords(db, { from: 0, to: NOW, kinds: ['publish'] })).toEqual([c]);
    // Most of the log in range: read by scanning the store, same result and order.
    expect((await queryRecords(db, { from: 0, to: NOW + DAY })).map((r) => r.at)).toEqual([
      NOW - 3,
      NOW - 2,
      NOW - 1,
      NOW + DAY,
    ]);
    expect(
      (await queryRecords(db, { from: 0, to: NOW, kinds: ['publish', 'template-use'] })).map((r) => r.id),
    ).toEqual([a.id, c.id]);
    expect((await queryRecords(db, { from: 0, to: NOW })).map((r) => r.id)).toEqual([a.id, b.id, c.id]);
    expect((await queryRecords(db, { from: 0, to: NOW, platforms: ['zhihu'] })).map((r) => r.id)).toEqual([
      b.id,
    ]);
  });

  it('finds every engagement snapshot of given posts through the postId index', async () => {
    db = await openFreshDb();
    const s1 = snapshot(NOW - DAY, 'x', 'p1', { likes: 1 });
    const s2 = snapshot(NOW, 'x', 'p1', { likes: 5 });
    const s3 = snapshot(NOW, 'x', 'p2', { likes: 9 });
    await putRecords(db, [s1, s2, s3, publish(NOW, 'x', { postId: 'p1' })]);
    expect((await engagementForPosts(db, ['p1', 'p1'])).map((r) => r.id).sort()).toEqual(
      [s1.id, s2.id].sort(),
    );
  });

  it('loads exactly what a report needs: indexed report equals the report over every record filtered in memory', async () => {
    db = await openFreshDb();
    const records = generateRecords({ count: 3000, now: NOW, days: 120, seed: 7 });
    await putRecords(db, records, { mask: false });
    const options: ReportOptions = {
      from: NOW - 30 * DAY,
      to: NOW,
      utcOffsetMinutes: 480,
      now: NOW,
      plan: [],
      platforms: ['x', 'weibo', 'zhihu'],
    };
    const fromIndex = computeReport(await loadReportInput(db, options), options);
    const byKind = <K extends ActivityRecord['kind']>(kind: K) =>
      records
        .filter((r): r is Extract<ActivityRecord, { kind: K }> => r.kind === kind)
        .sort((a, b) => a.at - b.at);
    const everything = computeReport(
      {
        publishes: byKind('publish'),
        templateUses: byKind('template-use'),
        overrides: byKind('gate-override'),
        checkSummaries: byKind('check-summary'),
        snapshots: byKind('engagement'),
        feedback: byKind('feedback'),
        crisisFeedback: byKind('feedback'),
        crisisFindings: [...byKind('check-summary'), ...byKind('publish')],
      },
      options,
    );
    expect(fromIndex).toEqual(everything);
    expect(fromIndex.cadence.total.posted).toBeGreaterThan(0);
    expect(fromIndex.engagement.posts.length).toBeGreaterThan(0);
  });

  it('a report asked for its first engagement rows carries the most liked and the whole count; the rest comes from the same read', async () => {
    db = await openFreshDb();
    await putRecords(db, generateRecords({ count: 3000, now: NOW, days: 120, seed: 7 }), { mask: false });
    const options: ReportOptions = {
      from: NOW - 90 * DAY,
      to: NOW,
      utcOffsetMinutes: 480,
      now: NOW,
      plan: [],
    };
    const full = await buildReport(db, options);
    const first = await buildReport(db, { ...options, engagementRows: 5 });
    expect(full.engagement.postCount).toBe(full.engagement.posts.length);
    expect(full.engagement.postCount).toBeGreaterThan(5);
    expect(first.engagement.posts).toEqual(full.engagement.posts.slice(0, 5));
    expect(first.engagement.postCount).toBe(full.engagement.postCount);
    expect(first.engagement.totals).toEqual(full.engagement.totals);
    // Every other section is the same report.
    expect({ ...first, engagement: undefined }).toEqual({ ...full, engagement: undefined });
    expect(await buildEngagement(db, full.period)).toEqual(full.engagement);
  });

  it('reads the crisis window separately when the period ends before now', async () => {
    db = await openFreshDb();
    const old = feedback(NOW - 100 * DAY, 'x', 'complaint');
    const recent = [feedback(NOW - 1000, 'x', 'complaint'), feedback(NOW - 2000, 'x', 'crisis')];
    await putRecords(db, [old, ...recent]);
    const input = await loadReportInput(db, {
      from: NOW - 120 * DAY,
      to: NOW - 90 * DAY,
      utcOffsetMinutes: 0,
      now: NOW,
      plan: [],
    });
    expect(input.feedback.map((r) => r.id)).toEqual([old.id]);
    expect(input.crisisFeedback.map((r) => r.id).sort()).toEqual(recent.map((r) => r.id).sort());
  });
});

describe("the report's read of a period that holds the crisis window", () => {
  it('keeps the records at its last instant and at both ends of the window', async () => {
    db = await openFreshDb();
    const start = crisisWindowStart(NOW);
    const [before, first, last] = [start - 1, start, NOW].map((at) => feedback(at, 'x', 'complaint'));
    await putRecords(db, [before, first, last]);
    const input = await loadReportInput(db, {
      from: NOW - 30 * DAY,
      to: NOW,
      utcOffsetMinutes: 0,
      now: NOW,
      plan: [],
    });
    expect(input.feedback.map((r) => r.id)).toEqual([before.id, first.id, last.id]);
    expect(input.crisisFeedback.map((r) => r.id)).toEqual([first.id, last.id]);
  });
});

describe('what the report reads for its period and for the crisis window', () => {
  const sentiment = [{ ruleId: 'neg', category: 'sentiment', severity: 'warn' as const, count: 1 }];
  const options = (from: number, to: number, platforms?: ('x' | 'weibo')[]): ReportOptions => ({
    from,
    to,
    utcOffsetMinutes: 0,
    now: NOW,
    plan: [],
    ...(platforms ? { platforms } : {}),
  });
  const ids = (records: { id: string }[]) => records.map((r) => r.id).sort();

  it("only the period's platforms, in every kind and in the window", async () => {
    db = await openFreshDb();
    const x = [
      publish(NOW - HOUR, 'x'),
      feedback(NOW - HOUR, 'x', 'complaint'),
      checkSummary(NOW - HOUR, 'x', []),
    ];
    const weibo = [
      publish(NOW - HOUR, 'weibo'),
      feedback(NOW - HOUR, 'weibo', 'complaint'),
      checkSummary(NOW - HOUR, 'weibo', []),
    ];
    await putRecords(db, [...x, ...weibo]);
    const input = await loadReportInput(db, options(NOW - 30 * DAY, NOW, ['x']));
    expect(ids([...input.publishes, ...input.feedback, ...input.checkSummaries])).toEqual(ids(x));
    expect(ids([...input.crisisFeedback, ...input.crisisFindings])).toEqual(ids(x));
  });

  it('a period ending after now: the window still ends at now', async () => {
    db = await openFreshDb();
    const past = feedback(NOW - HOUR, 'x', 'complaint');
    const ahead = feedback(NOW + HOUR, 'x', 'complaint');
    await putRecords(db, [past, ahead]);
    const input = await loadReportInput(db, options(NOW - 30 * DAY, NOW + DAY));
    expect(ids(input.feedback)).toEqual(ids([past, ahead]));
    expect(ids(input.crisisFeedback)).toEqual([past.id]);
  });

  it('a period that starts inside the window: the whole window is read', async () => {
    db = await openFreshDb();
    const older = feedback(NOW - 10 * DAY, 'x', 'complaint');
    const recent = feedback(NOW - HOUR, 'x', 'complaint');
    await putRecords(db, [older, recent]);
    const input = await loadReportInput(db, options(NOW - 7 * DAY, NOW));
    expect(ids(input.feedback)).toEqual([recent.id]);
    expect(ids(input.crisisFeedback)).toEqual(ids([older, recent]));
  });

  it("findings of checks and posts: the window's only, whether the period holds it or not", async () => {
    db = await openFreshDb();
    const before = [
      checkSummary(NOW - 20 * DAY, 'x', sentiment),
      publish(NOW - 20 * DAY, 'x', { findings: sentiment }),
    ];
    const inside = [
      checkSummary(NOW - HOUR, 'x', sentiment),
      publish(NOW - HOUR, 'x', { findings: sentiment }),
    ];
    await putRecords(db, [...before, ...inside]);
    const holding = await loadReportInput(db, options(NOW - 30 * DAY, NOW));
    expect(ids(holding.crisisFindings)).toEqual(ids(inside));
    const earlier = await loadReportInput(db, options(NOW - 120 * DAY, NOW - 90 * DAY));
    expect(ids(earlier.crisisFindings)).toEqual(ids(inside));
  });

  it("the popup's crisis signal counts findings of checks and posts beside comments", async () => {
    db = await openFreshDb();
    await putRecords(db, [
      checkSummary(NOW - HOUR, 'x', sentiment),
      publish(NOW - 2 * HOUR, 'weibo', { findings: sentiment }),
      feedback(NOW - 3 * HOUR, 'x', 'complaint'),
    ]);
    expect(await readCrisisSignal(db, NOW)).toMatchObject({ last24h: 3, raised: true, reasons: ['spike'] });
  });
});

describe("the report's read cache (input-cache.ts)", () => {
  it('answers the same database and period start from memory, and nothing else', async () => {
    db = await openFreshDb();
    const other = await openFreshDb();
    try {
      await putRecords(db, [publish(NOW - 10 * DAY, 'x'), publish(NOW - DAY, 'x')]);
      await putRecords(other, [publish(NOW - DAY, 'weibo')]);
      const week = recordsFrom(db, NOW - 7 * DAY);
      expect(recordsFrom(db, NOW - 7 * DAY)).toBe(week);
      expect((await week).publishes).toHaveLength(1);
      // Another period start reads again: a month holds the older post too.
      expect((await recordsFrom(db, NOW - 30 * DAY)).publishes).toHaveLength(2);
      // Another database at the same log version and start is not this one.
      expect((await recordsFrom(other, NOW - 30 * DAY)).publishes.map((r) => r.platform)).toEqual(['weibo']);
    } finally {
      other.close();
    }
  });

  it('does not remember a failed read', async () => {
    db = await openFreshDb();
    db.close(); // every read now fails
    const first = recordsFrom(db, NOW - 7 * DAY);
    await expect(first).rejects.toThrow();
    const other = await openFreshDb();
    try {
      const again = recordsFrom(db, NOW - 7 * DAY);
      expect(again).not.toBe(first);
      // A read asked for before the failed one settles (another database) stays remembered.
      const meanwhile = recordsFrom(other, NOW - 7 * DAY);
      await expect(again).rejects.toThrow();
      expect(recordsFrom(other, NOW - 7 * DAY)).toBe(meanwhile);
    } finally {
      other.close();
    }
  });
});
