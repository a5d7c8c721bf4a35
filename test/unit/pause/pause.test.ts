import { describe, expect, it } from 'vitest';
import {
  activePause,
  endPause,
  nextMidnight,
  parseTerms,
  pausesIn,
  readPauses,
  slotPaused,
  startPause,
  untilFor,
  type StoredPauses,
} from '@/lib/pause/pause';

const H = 3_600_000;
const T0 = Date.parse('2026-03-06T02:00:00Z'); // 10:00 in Shanghai
const empty: StoredPauses = { version: 1, pauses: [] };
const on = (until?: number, now = T0) =>
  startPause(empty, { id: 'p1', now, until, reason: ' Product recall ', terms: ['recall', '召回'] });

describe('the pause window', () => {
  it('until switched off: in force from its start, slots from then on are paused, earlier ones not', () => {
    const doc = on();
    const pause = activePause(doc, T0 + 100 * H);
    expect(pause).toMatchObject({ reason: 'Product recall', terms: ['recall', '召回'] });
    expect(activePause(doc, T0 - 1)).toBeUndefined();
    expect(slotPaused(pause, T0 + 2 * H)).toBe(true);
    expect(slotPaused(pause, T0 - H)).toBe(false);
  });

  it('a timed pause runs out by itself; slots after its end are not paused', () => {
    const doc = on(T0 + H);
    const pause = activePause(doc, T0 + H - 1);
    expect(slotPaused(pause, T0 + H - 1)).toBe(true);
    expect(slotPaused(pause, T0 + H)).toBe(false);
    expect(activePause(doc, T0 + H)).toBeUndefined();
  });

  it('switching off ends it at once and keeps it for the reports, with who and when', () => {
    const off = endPause(on(), T0 + 2 * H, 'Mei');
    expect(activePause(off, T0 + 2 * H)).toBeUndefined();
    expect(off.pauses[0]).toMatchObject({ endedAt: T0 + 2 * H, endedBy: 'Mei' });
    expect(pausesIn(off, T0 + H, T0 + 3 * H)).toHaveLength(1);
    expect(pausesIn(off, T0 + 2 * H, T0 + 3 * H)).toHaveLength(0);
    // Switching off with none in force changes nothing.
    expect(endPause(off, T0 + 3 * H)).toBe(off);
  });

  it('a new pause ends the one in force first', () => {
    const second = startPause(on(), { id: 'p2', now: T0 + H, reason: 'Again', terms: [] });
    expect(second.pauses.map((p) => [p.id, p.endedAt])).toEqual([
      ['p1', T0 + H],
      ['p2', undefined],
    ]);
    expect(activePause(second, T0 + H)?.id).toBe('p2');
  });

  it('an unreadable document reads as no pause', () => {
    expect(readPauses(undefined)).toEqual(empty);
    expect(readPauses({ version: 2, pauses: [] })).toEqual(empty);
    expect(readPauses({ version: 1, pauses: [{ id: 1 }, ...on().pauses] }).pauses).toHaveLength(1);
  });
});

describe('durations and terms', () => {
  it('1 h, 4 h, until tomorrow (local midnight in the calendar zone), custom, until switched off', () => {
    expect(untilFor('1h', T0, 'Asia/Shanghai')).toBe(T0 + H);
    expect(untilFor('4h', T0, 'Asia/Shanghai')).toBe(T0 + 4 * H);
    expect(untilFor('off', T0, 'Asia/Shanghai')).toBeUndefined();
    expect(untilFor('tomorrow', T0, 'Asia/Shanghai')).toBe(Date.parse('2026-03-06T16:00:00Z'));
    expect(untilFor('custom', T0, 'UTC', T0 + 5 * H)).toBe(T0 + 5 * H);
    expect(() => untilFor('custom', T0, 'UTC', T0 - 1)).toThrow(RangeError);
  });

  it('midnight across a daylight-saving change is still local midnight', () => {
    // New York springs forward on 2026-03-08 at 02:00.
    const evening = Date.parse('2026-03-07T23:00:00-05:00');
    expect(nextMidnight(evening, 'America/New_York')).toBe(Date.parse('2026-03-08T00:00:00-05:00'));
    const before = Date.parse('2026-03-08T12:00:00-04:00');
    expect(nextMidnight(before, 'America/New_York')).toBe(Date.parse('2026-03-09T00:00:00-04:00'));
  });

  it('topic terms: one a line or comma-separated in either language, trimmed and once each', () => {
    expect(parseTerms('recall, 召回\n 召回 ；safety issue、\n\n')).toEqual([
      'recall',
      '召回',
      'safety issue',
    ]);
  });
});
