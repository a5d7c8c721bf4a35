// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { STRIP_COLUMNS, stripDots } from '@/components/popup/TodayStrip';
import type { Occurrence, TodayItem, TodayState } from '@/lib/calendar';

const START = Date.UTC(2026, 11, 4);
const END = START + 24 * 3_600_000;

function item(minute: number, state: TodayState, title = `at ${minute}`): TodayItem {
  return { occurrence: { startMs: START + minute * 60_000, title } as Occurrence, state };
}

describe('the day strip', () => {
  it('draws one dot per slot when slots are a column apart', () => {
    const dots = stripDots(
      [item(0, 'done'), item(30, 'overdue'), item(23 * 60 + 59, 'upcoming')],
      START,
      END,
    );
    expect(dots.map((d) => [d.state, d.fraction, d.title])).toEqual([
      ['done', 0, 'at 0'],
      ['overdue', 30 / 1440, 'at 30'],
      ['upcoming', 1439 / 1440, 'at 1439'],
    ]);
  });

  it('shares a dot between slots of one column and state, listing every title', () => {
    const dots = stripDots(
      [item(60, 'overdue', 'A'), item(61, 'overdue', 'B'), item(62, 'next', 'C'), item(69, 'overdue', 'D')],
      START,
      END,
    );
    expect(dots.map((d) => [d.state, d.fraction, d.title])).toEqual([
      ['overdue', 60 / 1440, 'A\nB\nD'],
      ['next', 62 / 1440, 'C'],
    ]);
  });

  it('keeps a 1,000-slot day to at most one dot per column and state', () => {
    const items = Array.from({ length: 1000 }, (_, i) =>
      item(Math.floor((i * 1439) / 1000), i < 500 ? 'overdue' : 'upcoming'),
    );
    const dots = stripDots(items, START, END);
    expect(dots.length).toBeLessThanOrEqual(STRIP_COLUMNS + 1);
    expect(dots.reduce((n, d) => n + d.title.split('\n').length, 0)).toBe(1000);
  });
});
