import { describe, expect, it } from 'vitest';
import * as calendarApi from '@/lib/calendar';
import { calendarWith, slot } from './helpers';

describe('calendar document validation', () => {
  it('names slots with impossible dates or unusable rules', () => {
    const cal = calendarWith([slot({ id: 'a', start: '2026-02-30T10:00' }), slot({ id: 'b', start: '2026-03-01T10:00', rrule: 'FREQ=MINUTELY' })]);
    const result = calendarApi.parseCalendar(cal);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path)).toEqual(['slots.0.start', 'slots.1.rrule']);
  });

  it('accepts an empty calendar and rejects other versions and bad settings', () => {
    expect(calendarApi.parseCalendar(calendarApi.emptyCalendar('Europe/Berlin')).ok).toBe(true);
    expect(calendarApi.emptyCalendar('Not/AZone').settings.timeZone).toBe('UTC');
    const result = calendarApi.parseCalendar({ ...calendarApi.emptyCalendar('UTC'), version: 99, settings: { matchWindowMinutes: 0, reminderMinutes: 15, timeZone: 'UTC' } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path)).toEqual(['version', 'settings.matchWindowMinutes']);
    expect(calendarApi.parseCalendar('nonsense').ok).toBe(false);
  });

  it('exposes the API the popup, dashboard and background use from one module', () => {
    for (const name of ['expandOccurrences', 'todayView', 'weekView', 'monthView', 'moveOccurrence', 'editSeries', 'editFollowing', 'skipOccurrence',
      'matchPublish', 'markMissed', 'nextReminders', 'rhythmViolations', 'actualRhythmViolations', 'previewCsv', 'slotsToCsv', 'previewIcs', 'toIcs',
      'applyImport', 'composeUrl', 'parseCalendar']) {
      expect(typeof (calendarApi as Record<string, unknown>)[name], name).toBe('function');
    }
  });
});
