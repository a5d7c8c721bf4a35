import { describe, expect, it } from 'vitest';
import { markMissed, matchPublish, matchPublishes, nextReminders } from '@/lib/calendar/plan-actual';
import { actualRhythmViolations, rhythmViolations } from '@/lib/calendar/rhythm';
import { findOccurrence } from '@/lib/calendar/occurrences';
import { localToUtc } from '@/lib/calendar/time';
import { todayView } from '@/lib/calendar/views';
import { calendarWith, slot } from './helpers';

const SH = 'Asia/Shanghai';
const at = (local: string) => localToUtc(local, SH);
const base = calendarWith([
  slot({ id: 'noon', start: '2026-03-01T12:00', rrule: 'FREQ=DAILY' }),
  slot({ id: 'eve', start: '2026-03-01T18:30', rrule: 'FREQ=DAILY' }),
  slot({ id: 'x1', start: '2026-03-06T13:00', platform: 'x' }),
]);

describe('matching publish records to the plan', () => {
  it('marks the nearest slot of that platform as published with the link', () => {
    const result = matchPublish(base, {
      platform: 'weibo',
      at: at('2026-03-06T13:10'),
      url: 'https://weibo.com/1/a',
    });
    expect(result.occurrenceId).toBe('noon@2026-03-06T12:00');
    const occurrence = findOccurrence(result.calendar, 'noon@2026-03-06T12:00');
    expect(occurrence?.status).toBe('published');
    expect(occurrence?.url).toBe('https://weibo.com/1/a');
    expect(occurrence?.publishedAt).toBe(at('2026-03-06T13:10'));
    // The x slot at 13:00 was closer in time but is another platform.
    expect(findOccurrence(result.calendar, 'x1')?.status).toBe('planned');
  });

  it('does not match outside the window, and respects a user-set window', () => {
    expect(
      matchPublish(base, { platform: 'weibo', at: at('2026-03-06T15:01'), url: 'u' }).occurrenceId,
    ).toBeNull();
    const wide = { ...base, settings: { ...base.settings, matchWindowMinutes: 240 } };
    expect(matchPublish(wide, { platform: 'weibo', at: at('2026-03-06T15:01'), url: 'u' }).occurrenceId).toBe(
      'noon@2026-03-06T12:00',
    );
    expect(matchPublish(base, { platform: 'weibo', at: at('2026-03-06T14:00'), url: 'u' }).occurrenceId).toBe(
      'noon@2026-03-06T12:00',
    );
  });

  it('fills the next slot with a second post and ignores a replayed record', () => {
    const first = matchPublish(base, { platform: 'weibo', at: at('2026-03-06T12:05'), url: 'a' });
    const replay = matchPublish(first.calendar, { platform: 'weibo', at: at('2026-03-06T12:05'), url: 'a' });
    expect(replay.calendar).toBe(first.calendar);
    expect(replay.occurrenceId).toBe('noon@2026-03-06T12:00');
    const second = matchPublish(first.calendar, { platform: 'weibo', at: at('2026-03-06T16:40'), url: 'b' });
    expect(second.occurrenceId).toBe('eve@2026-03-06T18:30');
    const batch = matchPublishes(base, [
      { platform: 'weibo', at: at('2026-03-06T16:40'), url: 'b' },
      { platform: 'weibo', at: at('2026-03-06T12:05'), url: 'a' },
    ]);
    expect(batch.occurrenceIds).toEqual(['eve@2026-03-06T18:30', 'noon@2026-03-06T12:00']);
  });

  it('matches a moved occurrence at its new time', () => {
    const moved = {
      ...base,
      slots: base.slots.map((s) =>
        s.id === 'noon' ? { ...s, overrides: { '2026-03-06T12:00': { start: '2026-03-06T09:00' } } } : s,
      ),
    };
    const result = matchPublish(moved, { platform: 'weibo', at: at('2026-03-06T09:30'), url: 'm' });
    expect(result.occurrenceId).toBe('noon@2026-03-06T12:00');
    expect(result.calendar.slots[0].overrides?.['2026-03-06T12:00']).toMatchObject({
      start: '2026-03-06T09:00',
      status: 'published',
    });
  });

  it('marks slots missed once the window passed, and a late record still fills them', () => {
    const { calendar, missedIds } = markMissed(base, at('2026-03-06T14:30'), at('2026-03-06T00:00'));
    expect(missedIds).toEqual(['noon@2026-03-06T12:00']);
    expect(findOccurrence(calendar, 'x1')?.status).toBe('planned');
    expect(
      todayView(calendar, at('2026-03-06T14:30'), SH).items.find((i) => i.occurrence.seriesId === 'noon')
        ?.state,
    ).toBe('overdue');
    const late = matchPublish(calendar, { platform: 'weibo', at: at('2026-03-06T13:30'), url: 'late' });
    expect(late.occurrenceId).toBe('noon@2026-03-06T12:00');
    // A second run marks nothing new.
    expect(markMissed(calendar, at('2026-03-06T14:30'), at('2026-03-06T00:00')).missedIds).toEqual([]);
    expect(markMissed(calendar, at('2026-03-06T15:30'), at('2026-03-06T00:00')).missedIds).toEqual(['x1']);
  });
});

describe('reminders', () => {
  it('lists alarms minutes before each due slot, never in the past', () => {
    const skipped = {
      ...base,
      slots: base.slots.map((s) =>
        s.id === 'eve' ? { ...s, overrides: { '2026-03-06T18:30': { status: 'skipped' as const } } } : s,
      ),
    };
    const reminders = nextReminders(skipped, at('2026-03-06T11:50'), 15, 25 * 3_600_000);
    expect(reminders.map((r) => [r.occurrenceId, new Date(r.fireAt).toISOString()])).toEqual([
      ['x1', new Date(at('2026-03-06T12:45')).toISOString()],
      ['noon@2026-03-07T12:00', new Date(at('2026-03-07T11:45')).toISOString()],
    ]);
    // The 12:00 slot's reminder (11:45) already passed at 11:50 and is not repeated.
    expect(reminders.some((r) => r.occurrenceId === 'noon@2026-03-06T12:00')).toBe(false);
    expect(nextReminders(base, at('2026-03-06T11:40'))[0]).toMatchObject({
      occurrenceId: 'noon@2026-03-06T12:00',
      fireAt: at('2026-03-06T11:45'),
    });
  });
});

describe('rhythm guards', () => {
  const rules = [
    { id: 'x-day', platform: 'x' as const, max: 3, period: 'day' as const },
    { id: 'wx-day', platform: 'wechat' as const, max: 1, period: 'day' as const },
    { id: 'wx-month', platform: 'wechat' as const, max: 4, period: 'month' as const },
    {
      id: 'bili-week',
      platform: 'bilibili' as const,
      max: 1,
      period: 'week' as const,
      contentTypes: ['video' as const],
    },
  ];

  it('warns when the plan breaks a daily, weekly or monthly limit', () => {
    const cal = calendarWith(
      [
        slot({
          id: 'x',
          start: '2026-03-02T09:00',
          platform: 'x',
          rrule: 'FREQ=DAILY;BYHOUR=9,12,15,18;COUNT=8',
        }),
        slot({
          id: 'wx',
          start: '2026-03-02T20:00',
          platform: 'wechat',
          contentType: 'article',
          rrule: 'FREQ=WEEKLY;BYDAY=MO,TH',
        }),
        slot({ id: 'wx-extra', start: '2026-03-05T08:00', platform: 'wechat', contentType: 'article' }),
        slot({ id: 'bili-a', start: '2026-03-03T19:00', platform: 'bilibili', contentType: 'video' }),
        slot({ id: 'bili-b', start: '2026-03-06T19:00', platform: 'bilibili', contentType: 'video' }),
        slot({ id: 'bili-live', start: '2026-03-07T19:00', platform: 'bilibili', contentType: 'live' }),
      ],
      SH,
      { rhythmRules: rules },
    );
    const violations = rhythmViolations(cal, at('2026-03-02T00:00'), at('2026-03-09T00:00'));
    expect(violations.map((v) => [v.ruleId, v.periodStart, v.count, v.max])).toEqual([
      ['wx-month', '2026-03-01', 10, 4],
      ['bili-week', '2026-03-02', 2, 1],
      ['x-day', '2026-03-02', 4, 3],
      ['x-day', '2026-03-03', 4, 3],
      ['wx-day', '2026-03-05', 2, 1],
    ]);
    expect(violations.find((v) => v.ruleId === 'wx-day')?.occurrenceIds).toEqual([
      'wx-extra',
      'wx@2026-03-05T20:00',
    ]);
    // Skipping the extra send clears the daily WeChat warning.
    const fixed = {
      ...cal,
      slots: cal.slots.map((s) => (s.id === 'wx-extra' ? { ...s, status: 'skipped' as const } : s)),
    };
    expect(
      rhythmViolations(fixed, at('2026-03-02T00:00'), at('2026-03-09T00:00')).some(
        (v) => v.ruleId === 'wx-day',
      ),
    ).toBe(false);
  });

  it('checks the actual posts of the day for the popup', () => {
    const posts = [9, 11, 13, 15].map((h) => ({
      platform: 'x' as const,
      at: at(`2026-03-06T${String(h).padStart(2, '0')}:00`),
    }));
    posts.push({ platform: 'x', at: at('2026-03-05T23:30') });
    const violations = actualRhythmViolations(posts, rules, at('2026-03-06T16:00'), SH);
    expect(violations.map((v) => [v.ruleId, v.periodStart, v.count])).toEqual([['x-day', '2026-03-06', 4]]);
    expect(actualRhythmViolations(posts.slice(0, 3), rules, at('2026-03-06T16:00'), SH)).toEqual([]);
  });
});
