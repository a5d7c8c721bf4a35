import { describe, expect, it } from 'vitest';
import { expandOccurrences } from '@/lib/calendar/occurrences';
import { checkRule } from '@/lib/calendar/recurrence';
import { utcToLocal } from '@/lib/calendar/time';
import { calendarWith, slot, utc } from './helpers';

const localStarts = (cal: ReturnType<typeof calendarWith>, from: string, to: string) =>
  expandOccurrences(cal, utc(from), utc(to)).map((o) => utcToLocal(o.startMs, o.timeZone));

describe('recurrence expansion', () => {
  it('keeps a daily 12:00 New York slot at 12:00 local across both DST switches', () => {
    const cal = calendarWith([
      slot({ id: 'ny', start: '2026-03-01T12:00', timeZone: 'America/New_York', rrule: 'FREQ=DAILY' }),
    ]);
    const occurrences = expandOccurrences(cal, utc('2026-03-06T00:00:00Z'), utc('2026-03-11T00:00:00Z'));
    expect(occurrences.map((o) => new Date(o.startMs).toISOString())).toEqual([
      '2026-03-06T17:00:00.000Z',
      '2026-03-07T17:00:00.000Z',
      '2026-03-08T16:00:00.000Z',
      '2026-03-09T16:00:00.000Z',
      '2026-03-10T16:00:00.000Z',
    ]);
    const autumn = expandOccurrences(cal, utc('2026-10-31T00:00:00Z'), utc('2026-11-03T00:00:00Z'));
    expect(autumn.map((o) => utcToLocal(o.startMs, 'America/New_York'))).toEqual([
      '2026-10-31T12:00',
      '2026-11-01T12:00',
      '2026-11-02T12:00',
    ]);
    expect(autumn[1].startMs - autumn[0].startMs).toBe(25 * 3_600_000);
  });

  it('keeps a weekly Sunday 09:00 Berlin slot at 09:00 local on the switch days', () => {
    const cal = calendarWith([
      slot({ id: 'be', start: '2026-03-01T09:00', timeZone: 'Europe/Berlin', rrule: 'FREQ=WEEKLY;BYDAY=SU' }),
    ]);
    const occurrences = expandOccurrences(cal, utc('2026-03-20T00:00:00Z'), utc('2026-04-06T00:00:00Z'));
    expect(occurrences.map((o) => new Date(o.startMs).toISOString())).toEqual([
      '2026-03-22T08:00:00.000Z',
      '2026-03-29T07:00:00.000Z',
      '2026-04-05T07:00:00.000Z',
    ]);
    const october = expandOccurrences(cal, utc('2026-10-24T00:00:00Z'), utc('2026-10-26T00:00:00Z'));
    expect(october.map((o) => new Date(o.startMs).toISOString())).toEqual(['2026-10-25T08:00:00.000Z']);
  });

  it('moves a slot in the spring-forward gap to the hour after, and keeps a repeated hour once', () => {
    const cal = calendarWith([
      slot({ id: 'gap', start: '2026-03-06T02:30', timeZone: 'America/New_York', rrule: 'FREQ=DAILY' }),
    ]);
    expect(localStarts(cal, '2026-03-07T00:00:00Z', '2026-03-10T00:00:00Z')).toEqual([
      '2026-03-07T02:30',
      '2026-03-08T03:30',
      '2026-03-09T02:30',
    ]);
    const back = calendarWith([
      slot({ id: 'rep', start: '2026-10-30T01:30', timeZone: 'America/New_York', rrule: 'FREQ=DAILY' }),
    ]);
    const nov = expandOccurrences(back, utc('2026-11-01T00:00:00Z'), utc('2026-11-02T00:00:00Z'));
    expect(nov.map((o) => new Date(o.startMs).toISOString())).toEqual(['2026-11-01T05:30:00.000Z']);
  });

  it('skips month ends that do not exist for BYMONTHDAY=31 and finds the last day with -1', () => {
    const cal = calendarWith([
      slot({ id: 'd31', start: '2026-01-31T10:00', rrule: 'FREQ=MONTHLY;BYMONTHDAY=31' }),
      slot({ id: 'last', start: '2026-01-31T11:00', rrule: 'FREQ=MONTHLY;BYMONTHDAY=-1' }),
      slot({ id: 'implicit', start: '2026-01-30T12:00', rrule: 'FREQ=MONTHLY' }),
    ]);
    const all = expandOccurrences(cal, utc('2026-01-01T00:00:00Z'), utc('2026-07-01T00:00:00Z'));
    const byId = (id: string) => all.filter((o) => o.seriesId === id).map((o) => o.start.slice(0, 10));
    expect(byId('d31')).toEqual(['2026-01-31', '2026-03-31', '2026-05-31']);
    expect(byId('last')).toEqual([
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
      '2026-05-31',
      '2026-06-30',
    ]);
    expect(byId('implicit')).toEqual(['2026-01-30', '2026-03-30', '2026-04-30', '2026-05-30', '2026-06-30']);
  });

  it('handles leap days and first-Saturday lives', () => {
    const cal = calendarWith([
      slot({ id: 'leap', start: '2024-02-29T10:00', rrule: 'FREQ=YEARLY' }),
      slot({
        id: 'live',
        start: '2026-01-03T20:00',
        platform: 'bilibili',
        contentType: 'live',
        rrule: 'FREQ=MONTHLY;BYDAY=1SA',
      }),
    ]);
    const leap = expandOccurrences(cal, utc('2024-01-01T00:00:00Z'), utc('2033-01-01T00:00:00Z')).filter(
      (o) => o.seriesId === 'leap',
    );
    expect(leap.map((o) => o.start.slice(0, 4))).toEqual(['2024', '2028', '2032']);
    const lives = expandOccurrences(cal, utc('2026-01-01T00:00:00Z'), utc('2026-05-01T00:00:00Z')).filter(
      (o) => o.seriesId === 'live',
    );
    expect(lives.map((o) => o.start)).toEqual([
      '2026-01-03T20:00',
      '2026-02-07T20:00',
      '2026-03-07T20:00',
      '2026-04-04T20:00',
    ]);
  });

  it('gives the same occurrences far from DTSTART as a full iteration would (fast-forward is exact)', () => {
    const rules = [
      'FREQ=DAILY;INTERVAL=3',
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE,FR',
      'FREQ=MONTHLY;BYDAY=-1FR',
      'FREQ=MONTHLY;INTERVAL=4;BYMONTHDAY=31',
      'FREQ=YEARLY;INTERVAL=3;BYMONTH=9;BYDAY=2SU',
      'FREQ=WEEKLY;BYDAY=TU;BYHOUR=9,18;BYMINUTE=0,30',
      'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1',
    ];
    for (const rrule of rules) {
      const cal = calendarWith([
        slot({ id: 's', start: '2023-05-17T18:30', timeZone: 'Europe/Berlin', rrule }),
      ]);
      const whole = expandOccurrences(cal, utc('2023-01-01T00:00:00Z'), utc('2027-01-01T00:00:00Z'));
      const late = expandOccurrences(cal, utc('2026-03-20T00:00:00Z'), utc('2026-11-02T00:00:00Z'));
      const expected = whole.filter(
        (o) => o.startMs >= utc('2026-03-20T00:00:00Z') && o.startMs < utc('2026-11-02T00:00:00Z'),
      );
      expect(
        late.map((o) => o.id),
        rrule,
      ).toEqual(expected.map((o) => o.id));
      expect(late.length, rrule).toBeGreaterThan(0);
    }
  });

  it('honours COUNT and a UTC UNTIL', () => {
    const cal = calendarWith([
      slot({ id: 'count', start: '2026-03-01T12:00', rrule: 'FREQ=DAILY;COUNT=3' }),
      // 04:00Z on 3 March is 12:00 in Shanghai: inclusive.
      slot({ id: 'until', start: '2026-03-01T12:00', rrule: 'FREQ=DAILY;UNTIL=20260303T040000Z' }),
    ]);
    const all = expandOccurrences(cal, utc('2026-02-01T00:00:00Z'), utc('2026-04-01T00:00:00Z'));
    expect(all.filter((o) => o.seriesId === 'count')).toHaveLength(3);
    expect(all.filter((o) => o.seriesId === 'until').map((o) => o.start)).toEqual([
      '2026-03-01T12:00',
      '2026-03-02T12:00',
      '2026-03-03T12:00',
    ]);
  });

  it('counts DTSTART as the first instance even when it is off-pattern, like RFC 5545', () => {
    const cal = calendarWith([slot({ id: 'w', start: '2026-03-04T10:00', rrule: 'FREQ=WEEKLY;BYDAY=FR' })]);
    expect(
      expandOccurrences(cal, utc('2026-03-01T00:00:00Z'), utc('2026-03-14T00:00:00Z')).map((o) => o.start),
    ).toEqual(['2026-03-04T10:00', '2026-03-06T10:00', '2026-03-13T10:00']);
  });

  it('rejects unusable rules', () => {
    expect(checkRule('FREQ=WEEKLY;BYDAY=FR').ok).toBe(true);
    expect(checkRule('RRULE:FREQ=DAILY').ok).toBe(true);
    expect(checkRule('FREQ=HOURLY').ok).toBe(false);
    expect(checkRule('BYDAY=FR').ok).toBe(false);
    expect(checkRule('FREQ=DAILY;BOGUS=1').ok).toBe(false);
    expect(checkRule('DTSTART:20260101T000000Z\nRRULE:FREQ=DAILY').ok).toBe(false);
    expect(checkRule('FREQ=DAILY;INTERVAL=0').ok).toBe(false);
  });
});
