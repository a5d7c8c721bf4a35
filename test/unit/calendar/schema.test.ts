import { describe, expect, it } from 'vitest';
import * as calendarApi from '@/lib/calendar';
import { calendarWith, slot } from './helpers';

describe('calendar document validation', () => {
  it('names slots with impossible dates or unusable rules', () => {
    const cal = calendarWith([
      slot({ id: 'a', start: '2026-02-30T10:00' }),
      slot({ id: 'b', start: '2026-03-01T10:00', rrule: 'FREQ=MINUTELY' }),
    ]);
    const result = calendarApi.parseCalendar(cal);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path)).toEqual(['slots.0.start', 'slots.1.rrule']);
  });

  it('accepts an empty calendar and rejects other versions and bad settings', () => {
    expect(calendarApi.parseCalendar(calendarApi.emptyCalendar('Europe/Berlin')).ok).toBe(true);
    expect(calendarApi.emptyCalendar('Not/AZone').settings.timeZone).toBe('UTC');
    const result = calendarApi.parseCalendar({
      ...calendarApi.emptyCalendar('UTC'),
      version: 99,
      settings: { matchWindowMinutes: 0, reminderMinutes: 15, timeZone: 'UTC' },
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.map((e) => e.path)).toEqual(['version', 'settings.matchWindowMinutes']);
    expect(calendarApi.parseCalendar('nonsense').ok).toBe(false);
  });

  it('exposes the API the popup, dashboard and background use from one module', () => {
    for (const name of [
      'expandOccurrences',
      'todayView',
      'weekView',
      'monthView',
      'moveOccurrence',
      'editSeries',
      'editFollowing',
      'skipOccurrence',
      'matchPublish',
      'markMissed',
      'nextReminders',
      'rhythmViolations',
      'actualRhythmViolations',
      'previewCsv',
      'slotsToCsv',
      'previewIcs',
      'toIcs',
      'applyImport',
      'composeUrl',
      'parseCalendar',
    ]) {
      expect(typeof (calendarApi as Record<string, unknown>)[name], name).toBe('function');
    }
  });
});

describe('one-call imports', () => {
  it('imports CSV and ICS into a calendar and keeps it valid', () => {
    const base = calendarWith([]);
    const csv = calendarApi.importCsv(base, 'date,time,platform,title\n2026-03-06,12:00,微博,Hello\n', {
      makeId: () => 'csv-1',
    });
    if (!csv.ok) throw new Error('csv refused');
    const ics = calendarApi.importIcs(
      csv.calendar,
      calendarApi.toIcs(
        calendarWith([slot({ id: 'ics-1', start: '2026-03-07T09:00', rrule: 'FREQ=WEEKLY' })]),
        { now: 0 },
      ),
    );
    if (!ics.ok) throw new Error('ics refused');
    expect(ics.calendar.slots.map((s) => [s.id, s.platform, s.start])).toEqual([
      ['csv-1', 'weibo', '2026-03-06T12:00'],
      ['ics-1', 'weibo', '2026-03-07T09:00'],
    ]);
    expect(calendarApi.parseCalendar(ics.calendar).ok).toBe(true);
    const broken = calendarApi.importCsv(ics.calendar, 'date,time,platform\n2026-13-01,12:00,weibo\n');
    expect(broken.ok).toBe(false);
    expect(broken.calendar).toBe(ics.calendar);
    if (!broken.ok)
      expect(broken.issues).toEqual([
        { line: 2, code: 'import.badDate', field: 'date', value: '2026-13-01' },
      ]);
  });
});
