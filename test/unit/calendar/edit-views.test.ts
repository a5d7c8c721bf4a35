import { describe, expect, it } from 'vitest';
import {
  addSlot,
  deleteCampaign,
  deleteOccurrence,
  editFollowing,
  editOccurrence,
  editSeries,
  moveOccurrence,
  restoreOccurrence,
  skipOccurrence,
} from '@/lib/calendar/edit';
import { expandOccurrences, findOccurrence } from '@/lib/calendar/occurrences';
import { campaignBands, monthView, todayView, weekView } from '@/lib/calendar/views';
import { localToUtc } from '@/lib/calendar/time';
import { parseCalendar } from '@/lib/calendar/schema';
import { calendarWith, slot, utc } from './helpers';

const SH = 'Asia/Shanghai';
const weiboNoon = slot({ id: 'weibo-noon', start: '2026-03-01T12:00', rrule: 'FREQ=DAILY' });
const weiboEvening = slot({ id: 'weibo-evening', start: '2026-03-01T18:30', rrule: 'FREQ=DAILY' });
const biliFriday = slot({
  id: 'bili-fri',
  start: '2026-03-06T19:00',
  platform: 'bilibili',
  contentType: 'video',
  rrule: 'FREQ=WEEKLY;BYDAY=FR',
});
const day = (cal: ReturnType<typeof calendarWith>, date: string) =>
  expandOccurrences(cal, localToUtc(`${date}T00:00`, SH), localToUtc(`${date}T23:59`, SH) + 60_000);

describe('editing occurrences and series', () => {
  it('moves one occurrence of a series without touching the others, and keeps its id', () => {
    const cal = calendarWith([weiboNoon]);
    const moved = moveOccurrence(cal, 'weibo-noon@2026-03-10T12:00', localToUtc('2026-03-11T09:00', SH));
    expect(moved.slots[0].overrides).toEqual({ '2026-03-10T12:00': { start: '2026-03-11T09:00' } });
    expect(day(moved, '2026-03-10')).toHaveLength(0);
    expect(day(moved, '2026-03-11').map((o) => [o.id, o.start, o.moved])).toEqual([
      ['weibo-noon@2026-03-10T12:00', '2026-03-11T09:00', true],
      ['weibo-noon@2026-03-11T12:00', '2026-03-11T12:00', false],
    ]);
    expect(cal.slots[0].overrides).toBeUndefined();
    // Moving back where the rule put it clears the move.
    const back = moveOccurrence(moved, 'weibo-noon@2026-03-10T12:00', localToUtc('2026-03-10T12:00', SH));
    expect(back.slots[0].overrides).toEqual({});
  });

  it('moves a one-off slot by changing its start', () => {
    const cal = calendarWith([slot({ id: 'once', start: '2026-03-10T10:00' })]);
    const moved = moveOccurrence(cal, 'once', localToUtc('2026-03-12T15:00', SH));
    expect(moved.slots[0].start).toBe('2026-03-12T15:00');
    expect(findOccurrence(moved, 'once')?.start).toBe('2026-03-12T15:00');
  });

  it('skips, deletes and restores single occurrences', () => {
    let cal = calendarWith([weiboNoon]);
    cal = skipOccurrence(cal, 'weibo-noon@2026-03-02T12:00');
    cal = deleteOccurrence(cal, 'weibo-noon@2026-03-03T12:00');
    expect(day(cal, '2026-03-02')[0].status).toBe('skipped');
    expect(day(cal, '2026-03-03')).toHaveLength(0);
    expect(cal.slots[0].exdates).toEqual(['2026-03-03T12:00']);
    cal = restoreOccurrence(
      restoreOccurrence(cal, 'weibo-noon@2026-03-02T12:00'),
      'weibo-noon@2026-03-03T12:00',
    );
    expect(day(cal, '2026-03-02')[0].status).toBe('planned');
    expect(day(cal, '2026-03-03')).toHaveLength(1);
  });

  it('returns the same calendar for a stale occurrence id', () => {
    const cal = calendarWith([weiboNoon]);
    expect(moveOccurrence(cal, 'weibo-noon@2026-03-10T13:00', 0)).toBe(cal);
    expect(skipOccurrence(cal, 'gone@2026-03-10T12:00')).toBe(cal);
  });

  it('shifts exceptions with the series when its time changes', () => {
    let cal = calendarWith([weiboNoon]);
    cal = editOccurrence(cal, 'weibo-noon@2026-03-05T12:00', { title: 'Launch teaser' });
    const result = editSeries(cal, 'weibo-noon', { start: '2026-03-01T13:00' });
    if (!result.ok) throw new Error('edit failed');
    expect(day(result.calendar, '2026-03-05').map((o) => [o.start, o.title])).toEqual([
      ['2026-03-05T13:00', 'Launch teaser'],
    ]);
    expect(editSeries(cal, 'weibo-noon', { rrule: 'FREQ=SECONDLY' }).ok).toBe(false);
  });

  it('splits a series for "this and following" edits', () => {
    let cal = calendarWith([slot({ ...weiboNoon, rrule: 'FREQ=DAILY;COUNT=10' })]);
    cal = skipOccurrence(cal, 'weibo-noon@2026-03-08T12:00');
    const result = editFollowing(
      cal,
      'weibo-noon@2026-03-06T12:00',
      { start: '2026-03-06T14:00', owner: 'li' },
      'weibo-noon-2',
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const all = expandOccurrences(result.calendar, utc('2026-02-01T00:00:00Z'), utc('2026-05-01T00:00:00Z'));
    expect(all.map((o) => o.start.slice(5))).toEqual([
      '03-01T12:00',
      '03-02T12:00',
      '03-03T12:00',
      '03-04T12:00',
      '03-05T12:00',
      '03-06T14:00',
      '03-07T14:00',
      '03-08T14:00',
      '03-09T14:00',
      '03-10T14:00',
    ]);
    expect(all.filter((o) => o.owner === 'li')).toHaveLength(5);
    expect(all.find((o) => o.start === '2026-03-08T14:00')?.status).toBe('skipped');
  });

  it('validates new slots with field names', () => {
    const cal = calendarWith([]);
    const bad = addSlot(cal, { start: '2026-02-30T10:00', platform: 'weibo', rrule: 'FREQ=NOPE' }, 'x1');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.map((e) => e.path).sort()).toEqual(['rrule', 'start']);
    const good = addSlot(cal, { start: '2026-03-10T10:00', platform: 'x', rrule: 'RRULE:FREQ=DAILY' }, 'x1');
    expect(good.ok && good.slot.rrule).toBe('FREQ=DAILY');
  });
});

describe('calendar document', () => {
  it('names the broken field', () => {
    const cal = calendarWith([
      weiboNoon,
      { ...weiboEvening, platform: 'myspace' as never },
      { ...biliFriday, timeZone: 'Mars/Base' },
    ]);
    const result = parseCalendar(JSON.parse(JSON.stringify(cal)));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.map((e) => e.path)).toEqual(['slots.1.platform', 'slots.2.timeZone']);
    expect(parseCalendar(calendarWith([weiboNoon, weiboNoon])).ok).toBe(false);
    expect(parseCalendar(calendarWith([weiboNoon])).ok).toBe(true);
  });
});

describe('today view', () => {
  const cal = calendarWith([
    weiboNoon,
    weiboEvening,
    biliFriday,
    slot({ id: 'x-morning', start: '2026-03-06T09:00', platform: 'x', status: 'published' }),
  ]);

  it('labels overdue, next, upcoming and done around the now-line', () => {
    const now = localToUtc('2026-03-06T15:00', SH);
    const view = todayView(cal, now, SH);
    expect(view.date).toBe('2026-03-06');
    expect(view.items.map((i) => [i.occurrence.seriesId, i.state])).toEqual([
      ['x-morning', 'done'],
      ['weibo-noon', 'overdue'],
      ['weibo-evening', 'next'],
      ['bili-fri', 'upcoming'],
    ]);
    expect(view.dueCount).toBe(3);
    expect(view.nowFraction).toBeCloseTo(15 / 24);
  });

  it('uses the viewer zone for the day', () => {
    // 02:00 UTC on 6 March is still 5 March in New York.
    const view = todayView(cal, utc('2026-03-06T02:00:00Z'), 'America/New_York');
    expect(view.date).toBe('2026-03-05');
    expect(view.items.map((i) => i.occurrence.start)).toEqual([
      '2026-03-05T18:30',
      '2026-03-06T09:00',
      '2026-03-06T12:00',
    ]);
  });

  it('stays correct and complete on a 1,000-slot calendar with recurring series', () => {
    const slots = [];
    for (let i = 0; i < 1000; i++) {
      const recurring = i % 4 === 0;
      slots.push(
        slot({
          id: `s${i}`,
          start: recurring
            ? `2024-0${1 + (i % 9)}-1${i % 10}T${String(8 + (i % 12)).padStart(2, '0')}:00`
            : `2026-03-${String(1 + (i % 28)).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:15`,
          timeZone: ['Asia/Shanghai', 'America/New_York', 'Europe/Berlin'][i % 3],
          platform: (['weibo', 'x', 'bilibili', 'wechat'] as const)[i % 4],
          ...(recurring
            ? { rrule: ['FREQ=DAILY', 'FREQ=WEEKLY;BYDAY=MO,WE,FR', 'FREQ=MONTHLY;BYMONTHDAY=6,-1'][i % 3] }
            : {}),
        }),
      );
    }
    const big = calendarWith(slots);
    const now = localToUtc('2026-03-06T12:00', SH);
    const view = todayView(big, now, SH);
    // Cross-check with a brute-force expansion of the whole span.
    const brute = expandOccurrences(big, utc('2024-01-01T00:00:00Z'), utc('2026-04-01T00:00:00Z')).filter(
      (o) => o.startMs >= view.startMs && o.startMs < view.endMs,
    );
    expect(view.items.map((i) => i.occurrence.id)).toEqual(brute.map((o) => o.id));
    expect(view.items.length).toBeGreaterThan(80);
    expect(view.dueCount).toBe(view.items.length);
  });
});

describe('week and month views', () => {
  const cal = calendarWith([weiboNoon, biliFriday], SH, {
    campaigns: [
      {
        id: 'spring',
        name: 'Spring launch',
        kind: 'campaign',
        color: '#ff6600',
        startDate: '2026-02-25',
        endDate: '2026-03-04',
      },
      {
        id: 'wk10',
        name: 'Week 10 theme',
        kind: 'theme',
        color: '#3366ff',
        startDate: '2026-03-02',
        endDate: '2026-03-08',
      },
      {
        id: 'april',
        name: 'April',
        kind: 'theme',
        color: '#33aa55',
        startDate: '2026-04-01',
        endDate: '2026-04-30',
      },
    ],
  });

  it('builds a Monday-first week with bands in lanes', () => {
    const view = weekView(cal, '2026-03-04');
    expect(view.days.map((d) => d.date)).toEqual([
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
      '2026-03-07',
      '2026-03-08',
    ]);
    expect(view.days.map((d) => d.occurrences.length)).toEqual([1, 1, 1, 1, 2, 1, 1]);
    expect(view.bands.map((b) => [b.campaign.id, b.fromDate, b.toDate, b.lane])).toEqual([
      ['spring', '2026-03-02', '2026-03-04', 0],
      ['wk10', '2026-03-02', '2026-03-08', 1],
    ]);
    expect(weekView(cal, '2026-03-04', { weekStartsOn: 6 }).days[0].date).toBe('2026-03-01');
    expect(
      weekView(cal, '2026-03-04', { filter: { platforms: ['bilibili'] } })
        .days.flatMap((d) => d.occurrences)
        .map((o) => o.seriesId),
    ).toEqual(['bili-fri']);
  });

  it('builds a month grid of whole weeks', () => {
    const view = monthView(cal, '2026-03-17');
    expect(view.days[0].date).toBe('2026-02-23');
    expect(view.days.at(-1)?.date).toBe('2026-04-05');
    expect(view.days.length % 7).toBe(0);
    expect(view.days.filter((d) => d.inRange)).toHaveLength(31);
    expect(
      view.days
        .filter((d) => d.inRange)
        .flatMap((d) => d.occurrences)
        .filter((o) => o.platform === 'bilibili'),
    ).toHaveLength(4);
    expect(campaignBands(cal, '2026-03-05', '2026-03-31').map((b) => [b.campaign.id, b.lane])).toEqual([
      ['wk10', 0],
    ]);
  });

  it('unlinks slots when their campaign is deleted', () => {
    const linked = calendarWith([{ ...weiboNoon, campaignId: 'spring' }], SH, { campaigns: cal.campaigns });
    const after = deleteCampaign(linked, 'spring');
    expect(after.slots[0].campaignId).toBeUndefined();
    expect(parseCalendar(after).ok).toBe(true);
  });
});
