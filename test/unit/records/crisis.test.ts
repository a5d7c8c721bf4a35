import { describe, expect, it } from 'vitest';
import { crisisSignal, crisisWindowStart, negativeEvents } from '../../../lib/records/reports/crisis';
import { DAY, HOUR, NOW, checkSummary, feedback } from './helpers';

/** `perDay[k]` complaints in the 24 h window k days back (k = 0 is the last 24 h). */
function complaintsPerWindow(perDay: number[], platform: 'x' | 'weibo' = 'x') {
  return perDay.flatMap((count, k) =>
    Array.from({ length: count }, (_, i) =>
      feedback(NOW - k * DAY - (i + 1) * 60_000, platform, 'complaint'),
    ),
  );
}

describe('crisis signal', () => {
  it('stays normal at the usual rate', () => {
    const signal = crisisSignal(complaintsPerWindow([2, 2, 1, 2, 3, 2, 2, 1, 2, 2, 2, 3, 2, 2, 2]), [], {
      now: NOW,
    });
    expect(signal).toMatchObject({ raised: false, reasons: [], last24h: 2, baselineDaily: 2, threshold: 6 });
    expect(signal.dailyCounts).toHaveLength(14);
    expect(signal.dailyCounts[13]).toBe(2); // the window just before the last 24 h comes last
  });

  it('raises when the last 24 h reach three times the median day', () => {
    const usual = [2, 2, 1, 2, 3, 2, 2, 1, 2, 2, 2, 3, 2, 2];
    expect(crisisSignal(complaintsPerWindow([5, ...usual]), [], { now: NOW }).raised).toBe(false);
    const spike = crisisSignal(complaintsPerWindow([6, ...usual]), [], { now: NOW });
    expect(spike).toMatchObject({ raised: true, reasons: ['spike'], last24h: 6, threshold: 6 });
    expect(spike.byPlatformLast24h).toEqual([{ platform: 'x', count: 6 }]);
  });

  it('needs at least three events on a quiet account, so one complaint is not a crisis', () => {
    expect(crisisSignal(complaintsPerWindow([1]), [], { now: NOW })).toMatchObject({
      raised: false,
      baselineDaily: 0,
      threshold: 3,
    });
    expect(crisisSignal(complaintsPerWindow([2]), [], { now: NOW }).raised).toBe(false);
    expect(crisisSignal(complaintsPerWindow([3]), [], { now: NOW })).toMatchObject({
      raised: true,
      reasons: ['spike'],
    });
  });

  it('raises on any comment the user tagged as crisis in the last 24 h', () => {
    const signal = crisisSignal(
      [feedback(NOW - HOUR, 'weibo', 'crisis'), feedback(NOW - 2 * DAY, 'x', 'crisis')],
      [],
      { now: NOW },
    );
    expect(signal).toMatchObject({ raised: true, reasons: ['tagged'], crisisTagged: 1, last24h: 1 });
  });

  it('counts negative-category findings by their count, and nothing else', () => {
    const summaries = [
      checkSummary(NOW - HOUR, 'x', [
        { ruleId: 'neg', category: 'sentiment', severity: 'warn', count: 2 },
        { ruleId: 'b', category: 'terms', severity: 'block', count: 5 },
      ]),
    ];
    expect(
      negativeEvents([feedback(NOW, 'x', 'praise'), feedback(NOW, 'x', 'question')], summaries, [
        'sentiment',
      ]).map((e) => [e.weight, e.crisisTag]),
    ).toEqual([[2, false]]);
    // A finding is never a crisis tag: only a comment the user tagged is.
    expect(crisisSignal([feedback(NOW - HOUR, 'x', 'complaint')], summaries, { now: NOW })).toMatchObject({
      last24h: 3,
      raised: true,
      reasons: ['spike'],
      crisisTagged: 0,
    });
    expect(crisisSignal([], summaries, { now: NOW, negativeCategories: [] }).last24h).toBe(0);
  });

  it('aligns windows to now: an event exactly 24 h old belongs to the baseline, future events are ignored', () => {
    const signal = crisisSignal(
      [
        feedback(NOW - DAY, 'x', 'complaint'),
        feedback(NOW + 1, 'x', 'complaint'),
        feedback(NOW, 'x', 'complaint'),
      ],
      [],
      { now: NOW },
    );
    expect(signal.last24h).toBe(1);
    expect(signal.dailyCounts[13]).toBe(1);
    expect(crisisWindowStart(NOW)).toBe(NOW - 15 * DAY + 1);
  });

  it('leaves out what is older than the baseline; lists the last 24 h by platform, most events first', () => {
    const signal = crisisSignal(
      [
        ...complaintsPerWindow([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1], 'x'),
        ...complaintsPerWindow([2], 'weibo'),
        feedback(NOW - 15 * DAY, 'x', 'complaint'), // window 15: past the 14 baseline days
      ],
      // Findings of no negative category are no event, not an event of weight 0.
      [checkSummary(NOW - HOUR, 'zhihu', [{ ruleId: 'b', category: 'terms', severity: 'block', count: 5 }])],
      { now: NOW },
    );
    expect(signal.dailyCounts).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(signal.byPlatformLast24h).toEqual([
      { platform: 'weibo', count: 2 },
      { platform: 'x', count: 1 },
    ]);
  });

  it('honours the platform filter and custom thresholds', () => {
    const events = [...complaintsPerWindow([4], 'weibo'), ...complaintsPerWindow([1], 'x')];
    expect(crisisSignal(events, [], { now: NOW, platforms: ['x'] }).raised).toBe(false);
    expect(crisisSignal(events, [], { now: NOW, platforms: ['weibo'] }).raised).toBe(true);
    expect(crisisSignal(events, [], { now: NOW, minEvents: 10, ratio: 2 })).toMatchObject({
      raised: false,
      threshold: 10,
    });
  });
});
