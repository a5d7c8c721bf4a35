import { describe, expect, it } from 'vitest';
import { CALENDAR_KEY, type CalendarStorageArea } from '@/lib/calendar/store';
import { formatLocalDateTime, utcToFloating } from '@/lib/calendar/time';
import { loadPlan, planFromCalendar } from '@/lib/records/reports/plan';
import { calendarWith, slot } from '../calendar/helpers';
import { DAY, HOUR, NOW } from './helpers';

// The plan a report's cadence is measured against (lib/records/reports/plan.ts).
const at = (ms: number) => formatLocalDateTime(utcToFloating(ms, 'Asia/Shanghai'));
const area = (stored: Record<string, unknown>): CalendarStorageArea => ({
  get: async () => stored,
  set: async () => {},
});

describe("the report's plan from the content calendar", () => {
  const from = NOW - 7 * DAY;
  const calendar = calendarWith([
    slot({ id: 'a', start: at(NOW - 2 * DAY), platform: 'x' }),
    slot({ id: 'skipped', start: at(NOW - DAY), platform: 'x', status: 'skipped' }),
    slot({ id: 'last', start: at(NOW), platform: 'weibo' }), // the period's last instant
    slot({ id: 'after', start: at(NOW + HOUR), platform: 'weibo' }),
  ]);

  it('holds every occurrence in the period, its last instant included, but skipped ones', () => {
    expect(planFromCalendar(calendar, from, NOW)).toEqual([
      { platform: 'x', at: NOW - 2 * DAY },
      { platform: 'weibo', at: NOW },
    ]);
  });

  it('reads the stored calendar; an unreadable one or a failed read is no plan, not a failed report', async () => {
    expect(await loadPlan(area({ [CALENDAR_KEY]: calendar }), from, NOW)).toHaveLength(2);
    expect(await loadPlan(area({ [CALENDAR_KEY]: { slots: 'broken' } }), from, NOW)).toEqual([]);
    const failing: CalendarStorageArea = {
      get: () => Promise.reject(new Error('gone')),
      set: async () => {},
    };
    expect(await loadPlan(failing, from, NOW)).toEqual([]);
  });
});
