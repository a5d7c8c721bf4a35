import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCsv, serializeCsv } from '@/lib/csv';
import { escapeText, foldLine, parseContentLines, unescapeText } from '@/lib/calendar/ics-format';
import { toIcs } from '@/lib/calendar/ics-export';
import { previewIcs } from '@/lib/calendar/ics-import';
import { slotsToCsv, previewCsv } from '@/lib/calendar/csv-slots';
import { expandOccurrences } from '@/lib/calendar/occurrences';
import { calendarWith, slot, utc } from './helpers';

const text = fc.string({
  unit: fc.constantFrom('a', 'Z', ' ', ',', ';', '"', '\\', '\n', '\r\n', ':', '微', '博', '🎉', 'é', '\t'),
  maxLength: 40,
});

describe('round trips hold for arbitrary text', () => {
  it('CSV cells', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(text, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          // A row of one empty cell is a blank line, which CSV cannot tell from nothing.
          const meaningful = rows.filter((r) => !(r.length === 1 && r[0] === ''));
          const parsed = parseCsv(serializeCsv(meaningful), ',');
          const normalized = meaningful.map((r) => r.map((c) => c.replace(/\r\n|\r/g, '\n')));
          expect(parsed.ok && parsed.records.map((r) => r.fields)).toEqual(normalized);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('ICS text values, folded', () => {
    fc.assert(
      fc.property(text, (value) => {
        const line = foldLine(`DESCRIPTION:${escapeText(value)}`);
        for (const part of line.split('\r\n'))
          expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
        const parsed = parseContentLines(line);
        expect(parsed.ok && unescapeText(parsed.lines[0].value)).toBe(value.replace(/\r\n|\r/g, '\n'));
      }),
      { numRuns: 300 },
    );
  });

  it('slots through CSV and ICS', () => {
    fc.assert(
      fc.property(text, text, text, (title, notes, owner) => {
        const clean = (s: string) => s.replace(/\r\n|\r/g, '\n');
        const cal = calendarWith([
          slot({
            id: 's1',
            start: '2026-03-06T12:00',
            rrule: 'FREQ=DAILY',
            title: clean(title),
            notes: clean(notes),
            owner: clean(owner),
          }),
        ]);
        const fromIcs = previewIcs(toIcs(cal, { now: 0 }), { defaultTimeZone: 'UTC', campaigns: [] });
        expect(fromIcs.slots).toEqual(cal.slots);
        // CSV import trims cells, as spreadsheets pad them.
        const fromCsv = previewCsv(slotsToCsv(cal), { defaultTimeZone: 'UTC', campaigns: [] });
        expect(fromCsv.slots).toEqual([
          {
            ...cal.slots[0],
            title: clean(title).trim(),
            notes: clean(notes).trim(),
            owner: clean(owner).trim(),
          },
        ]);
      }),
      { numRuns: 150 },
    );
  });
});

describe('fast-forwarded expansion', () => {
  it('matches a full expansion for random rules, starts, zones and windows', () => {
    const weekday = fc.constantFrom('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU');
    const rule = fc.oneof(
      fc.record({ n: fc.integer({ min: 1, max: 4 }) }).map(({ n }) => `FREQ=DAILY;INTERVAL=${n}`),
      fc
        .record({
          n: fc.integer({ min: 1, max: 3 }),
          days: fc.uniqueArray(weekday, { minLength: 1, maxLength: 3 }),
        })
        .map(({ n, days }) => `FREQ=WEEKLY;INTERVAL=${n};BYDAY=${days.join(',')};WKST=SU`),
      fc
        .record({ n: fc.integer({ min: 1, max: 5 }), day: fc.constantFrom(1, 15, 29, 30, 31, -1) })
        .map(({ n, day }) => `FREQ=MONTHLY;INTERVAL=${n};BYMONTHDAY=${day}`),
      fc
        .record({ nth: fc.constantFrom(1, 2, -1), day: weekday })
        .map(({ nth, day }) => `FREQ=MONTHLY;BYDAY=${nth}${day}`),
      fc.constant('FREQ=YEARLY'),
    );
    fc.assert(
      fc.property(
        rule,
        fc.integer({ min: 0, max: 5 * 365 }),
        fc.integer({ min: 0, max: 23 }),
        fc.constantFrom('Asia/Shanghai', 'America/New_York', 'Europe/Berlin', 'Australia/Sydney'),
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 1, max: 40 }),
        (rrule, startDay, hour, timeZone, windowDay, windowDays) => {
          const start = new Date(utc('2021-01-01T00:00:00Z') + startDay * 86_400_000)
            .toISOString()
            .slice(0, 10);
          const cal = calendarWith([
            slot({ id: 's', start: `${start}T${String(hour).padStart(2, '0')}:15`, timeZone, rrule }),
          ]);
          const from = utc('2026-01-01T00:00:00Z') + windowDay * 86_400_000;
          const to = from + windowDays * 86_400_000;
          const whole = expandOccurrences(
            cal,
            utc('2020-12-01T00:00:00Z'),
            utc('2027-03-01T00:00:00Z'),
          ).filter((o) => o.startMs >= from && o.startMs < to);
          expect(expandOccurrences(cal, from, to).map((o) => o.id)).toEqual(whole.map((o) => o.id));
        },
      ),
      { numRuns: 60 },
    );
  });
});
