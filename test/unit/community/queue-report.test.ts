import { describe, expect, it } from 'vitest';
import { queueReport, queueReportToCsv } from '@/lib/community/queue-report';
import type { QueueEntry } from '@/lib/community/queue';
import { parseCsv } from '@/lib/records/csv';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 11, 3, 12);

const e = (key: string, platform: QueueEntry['platform'], posted: number, answered?: number): QueueEntry => ({
  key,
  platform,
  postUrl: 'https://example.com/p',
  postedAt: posted,
  firstSeen: posted,
  state: answered === undefined ? 'waiting' : 'answered',
  ...(answered === undefined ? {} : { answeredAt: answered }),
});

describe('the reply-queue report', () => {
  it('shares answered within each platform target, waiting now, and the backlog of the period', () => {
    const entries = [
      e('w1', 'weibo', NOW - 5 * HOUR, NOW - 4.5 * HOUR), // 30 min: within 1 h
      e('w2', 'weibo', NOW - 5 * HOUR, NOW - 2 * HOUR), // 3 h: late
      e('w3', 'weibo', NOW - 3 * HOUR, NOW - 2.5 * HOUR), // within
      e('l1', 'linkedin', NOW - 10 * HOUR, NOW - 7 * HOUR), // 3 h of 4: within
      e('old', 'linkedin', NOW - 900 * HOUR, NOW - 899 * HOUR), // answered before the period
      e('x1', 'x', NOW - 2 * HOUR), // waiting
    ];
    const queue = {
      version: 1 as const,
      entries: Object.fromEntries(entries.map((x) => [x.key, x])),
      backlog: [
        { day: '2026-10-01', waiting: 9 },
        { day: '2026-12-02', waiting: 3 },
        { day: '2026-12-03', waiting: 1 },
      ],
    };
    const report = queueReport(queue, {}, { from: NOW - 30 * 24 * HOUR, to: NOW }, NOW);
    expect(report).toMatchObject({ answered: 4, withinTarget: 3, pct: 75 });
    expect(report.rows.map((r) => [r.platform, r.answered, r.withinTarget, r.pct, r.waiting])).toEqual([
      ['weibo', 3, 2, 66.7, 0],
      ['linkedin', 1, 1, 100, 0],
      ['x', 0, 0, undefined, 1],
    ]);
    expect(report.backlog.map((p) => p.day)).toEqual(['2026-12-02', '2026-12-03']);
    // A 4 h Weibo target puts the late one within.
    expect(queueReport(queue, { weibo: 4 * HOUR }, { from: 0, to: NOW }, NOW).rows[0].pct).toBe(100);
    const csv = parseCsv(queueReportToCsv(report).replace(/^\uFEFF/, ''));
    expect(csv[0]).toEqual([
      'platform',
      'answered',
      'answeredWithinTarget',
      'withinTargetPct',
      'targetMinutes',
      'waitingNow',
    ]);
    expect(csv[1]).toEqual(['weibo', '3', '2', '66.7', '60', '0']);
  });
});
