import { describe, expect, it } from 'vitest';
import {
  escapeText,
  foldLine,
  parseContentLines,
  parseIcsDuration,
  unescapeText,
} from '@/lib/calendar/ics-format';
import { toIcs } from '@/lib/calendar/ics-export';
import { previewIcs, resolveTzid } from '@/lib/calendar/ics-import';
import { vtimezoneLines } from '@/lib/calendar/ics-timezone';
import { applyImport } from '@/lib/calendar/import-result';
import { expandOccurrences } from '@/lib/calendar/occurrences';
import { deleteOccurrence, editOccurrence, moveOccurrence, skipOccurrence } from '@/lib/calendar/edit';
import { localToUtc } from '@/lib/calendar/time';
import { calendarWith, slot, utc } from './helpers';

const NOW = utc('2026-03-01T00:00:00Z');
const octets = (s: string) => new TextEncoder().encode(s).length;

describe('RFC 5545 text', () => {
  it('escapes and unescapes TEXT values', () => {
    const value = 'a;b,c\\d\nnew line';
    expect(escapeText(value)).toBe('a\\;b\\,c\\\\d\\nnew line');
    expect(unescapeText(escapeText(value))).toBe(value);
  });

  it('folds at 75 octets without splitting UTF-8 characters', () => {
    const line = `SUMMARY:${'微博春季上新🎉'.repeat(20)}`;
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(3);
    for (const part of physical) expect(octets(part)).toBeLessThanOrEqual(75);
    for (const part of physical.slice(1)) expect(part.startsWith(' ')).toBe(true);
    const parsed = parseContentLines(folded);
    expect(parsed.ok && parsed.lines[0].value).toBe(line.slice('SUMMARY:'.length));
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
  });

  it('parses quoted parameters and durations', () => {
    const parsed = parseContentLines('DTSTART;TZID="America/New_York";X-A=a,"b:c":20260306T120000');
    expect(parsed.ok && parsed.lines[0]).toMatchObject({
      name: 'DTSTART',
      params: { TZID: ['America/New_York'], 'X-A': ['a', 'b:c'] },
      value: '20260306T120000',
    });
    expect(parseIcsDuration('PT1H30M')).toBe(90);
    expect(parseIcsDuration('P1W')).toBe(10_080);
    expect(parseIcsDuration('P1DT2H')).toBe(1560);
    expect(parseIcsDuration('P')).toBeUndefined();
    expect(parseIcsDuration('PT')).toBeUndefined();
  });
});

describe('VTIMEZONE', () => {
  it('describes US and EU DST rules and fixed zones', () => {
    const ny = vtimezoneLines('America/New_York', 2025, 2028).join('\n');
    expect(ny).toContain(
      'BEGIN:DAYLIGHT\nDTSTART:20250309T020000\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0400\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
    );
    expect(ny).toContain(
      'BEGIN:STANDARD\nDTSTART:20251102T020000\nTZOFFSETFROM:-0400\nTZOFFSETTO:-0500\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
    );
    const berlin = vtimezoneLines('Europe/Berlin', 2025, 2028).join('\n');
    expect(berlin).toContain(
      'DTSTART:20250330T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
    );
    expect(berlin).toContain(
      'DTSTART:20251026T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
    );
    expect(vtimezoneLines('Asia/Shanghai', 2025, 2028)).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Asia/Shanghai',
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      'TZOFFSETFROM:+0800',
      'TZOFFSETTO:+0800',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('maps TZIDs from other apps to IANA zones', () => {
    expect(resolveTzid('Europe/Berlin')).toBe('Europe/Berlin');
    expect(resolveTzid('/mozilla.org/20050126_1/America/New_York')).toBe('America/New_York');
    expect(resolveTzid('China Standard Time')).toBe('Asia/Shanghai');
    expect(resolveTzid('Mars Standard Time')).toBeUndefined();
  });
});

function richCalendar() {
  let cal = calendarWith(
    [
      slot({
        id: 'weibo-noon',
        start: '2026-03-01T12:00',
        rrule: 'FREQ=DAILY',
        title: 'Noon; seeding, "daily"',
        notes: 'Line one\nLine two, with comma',
        campaignId: 'spring',
        owner: '小美',
      }),
      slot({
        id: 'ny-live',
        start: '2026-03-07T11:00',
        timeZone: 'America/New_York',
        platform: 'youtube',
        contentType: 'live',
        rrule: 'FREQ=WEEKLY;BYDAY=SA;UNTIL=20260404T150000Z',
        durationMinutes: 90,
      }),
      slot({
        id: 'berlin-once',
        start: '2026-03-29T02:30',
        timeZone: 'Europe/Berlin',
        platform: 'instagram',
        contentType: 'story',
        status: 'published',
        url: 'https://instagram.com/p/abc',
        publishedAt: utc('2026-03-29T00:40:00Z'),
      }),
      slot({
        id: 'long',
        start: '2026-03-10T09:00',
        platform: 'wechat',
        contentType: 'article',
        title: '公众号长文：'.repeat(30),
      }),
    ],
    'Asia/Shanghai',
    {
      campaigns: [
        {
          id: 'spring',
          name: 'Spring launch, 2026',
          kind: 'campaign',
          color: '#ff6600',
          startDate: '2026-03-01',
          endDate: '2026-03-31',
          notes: 'Big one',
        },
        {
          id: 'wk11',
          name: 'Week 11 theme',
          kind: 'theme',
          color: '#3366ff',
          startDate: '2026-03-09',
          endDate: '2026-03-15',
        },
      ],
    },
  );
  cal = moveOccurrence(cal, 'weibo-noon@2026-03-05T12:00', localToUtc('2026-03-05T15:00', 'Asia/Shanghai'));
  cal = skipOccurrence(cal, 'weibo-noon@2026-03-06T12:00');
  cal = deleteOccurrence(cal, 'weibo-noon@2026-03-07T12:00');
  cal = editOccurrence(cal, 'weibo-noon@2026-03-08T12:00', {
    title: 'Women’s day special',
    campaignId: null,
    status: 'published',
    url: 'https://weibo.com/1/x',
  });
  cal = moveOccurrence(cal, 'ny-live@2026-03-14T11:00', localToUtc('2026-03-15T10:00', 'America/New_York'));
  return cal;
}

describe('ICS export', () => {
  const ics = toIcs(richCalendar(), { now: NOW, calendarName: 'Brand plan' });

  it('writes a well-formed, folded, CRLF file with VTIMEZONEs, RRULE, EXDATE and RECURRENCE-ID', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    const unfolded = ics.replace(/\r\n /g, '');
    for (const zone of ['America/New_York', 'Asia/Shanghai', 'Europe/Berlin'])
      expect(unfolded).toContain(`BEGIN:VTIMEZONE\r\nTZID:${zone}`);
    expect(unfolded).toContain('DTSTART;TZID=Asia/Shanghai:20260301T120000');
    expect(unfolded).toContain('RRULE:FREQ=DAILY');
    expect(unfolded).toContain('EXDATE;TZID=Asia/Shanghai:20260307T120000');
    expect(unfolded).toContain('RECURRENCE-ID;TZID=Asia/Shanghai:20260305T120000');
    expect(unfolded).toContain('SUMMARY:Weibo: Noon\\; seeding\\, "daily"');
    expect(unfolded).toContain('DTSTART;VALUE=DATE:20260301\r\nDTEND;VALUE=DATE:20260401');
    expect(unfolded).toMatch(
      /RECURRENCE-ID;TZID=Asia\/Shanghai:20260306T120000\r\n(.*\r\n)*?STATUS:CANCELLED/,
    );
    expect((unfolded.match(/BEGIN:VEVENT/g) ?? []).length).toBe(4 + 4 + 2);
  });

  it('round-trips through its own import exactly', () => {
    const original = richCalendar();
    const preview = previewIcs(ics, { defaultTimeZone: 'UTC', campaigns: [] });
    expect(preview.issues).toEqual([]);
    expect(preview.campaigns).toEqual(original.campaigns);
    expect(preview.slots).toEqual(original.slots);
    const from = utc('2026-02-01T00:00:00Z');
    const to = utc('2026-05-01T00:00:00Z');
    const imported = applyImport(calendarWith([]), preview);
    if (!imported.ok) throw new Error('import refused');
    expect(expandOccurrences(imported.calendar, from, to)).toEqual(expandOccurrences(original, from, to));
  });
});

describe('ICS import from other apps', () => {
  const google = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
    'BEGIN:VEVENT',
    'DTSTART:20260306T040000Z',
    'DTEND:20260306T043000Z',
    'RRULE:FREQ=WEEKLY;BYDAY=FR',
    'EXDATE:20260313T040000Z',
    'UID:abc123@google.com',
    'SUMMARY:Weibo: Friday drop',
    'DESCRIPTION:Bring the\\, new\\nproduct',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'DTSTART;TZID=W. Europe Standard Time:20260310T090000',
    'DURATION:PT45M',
    'UID:outlook-1',
    'SUMMARY:LinkedIn article',
    'CATEGORIES:LinkedIn,Article',
    'STATUS:CANCELLED',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');

  it('reads UTC and Windows-zone events, guessing platform and type', () => {
    const preview = previewIcs(google, {
      defaultTimeZone: 'Asia/Shanghai',
      campaigns: [],
      makeId: (() => {
        let n = 0;
        return () => `gen-${++n}`;
      })(),
    });
    expect(preview.issues).toEqual([]);
    expect(
      preview.slots.map((s) => [
        s.start,
        s.timeZone,
        s.platform,
        s.contentType,
        s.title,
        s.durationMinutes,
        s.status,
        s.exdates,
        s.icsUid,
      ]),
    ).toEqual([
      [
        '2026-03-06T12:00',
        'Asia/Shanghai',
        'weibo',
        'text',
        'Friday drop',
        30,
        'planned',
        ['2026-03-13T12:00'],
        'abc123@google.com',
      ],
      [
        '2026-03-10T09:00',
        'Europe/Berlin',
        'linkedin',
        'article',
        'LinkedIn article',
        45,
        'skipped',
        undefined,
        'outlook-1',
      ],
    ]);
    expect(preview.slots[0].notes).toBe('Bring the, new\nproduct');
    // Re-importing the same file updates the slots (matched by UID) instead of duplicating them.
    const once = applyImport(calendarWith([]), preview);
    if (!once.ok) throw new Error('refused');
    const twice = applyImport(
      once.calendar,
      previewIcs(google, { defaultTimeZone: 'Asia/Shanghai', campaigns: [], makeId: () => 'other-id' }),
    );
    expect(twice.ok && [twice.added, twice.updated, twice.calendar.slots.length]).toEqual([0, 2, 2]);
  });

  it('names the line of a broken file and changes nothing', () => {
    const calendar = calendarWith([slot({ id: 'keep', start: '2026-03-01T10:00' })]);
    const options = { defaultTimeZone: 'Asia/Shanghai', campaigns: [] };
    const cases: [string, number, string][] = [
      [google.replace('END:VEVENT\r\nBEGIN:VEVENT', 'BEGIN:VEVENT'), 4, 'ics.unclosed'],
      [google.replace('UID:outlook-1', 'this line is not a property'), 16, 'ics.badLine'],
      ['hello\r\nworld', 1, 'ics.notCalendar'],
      [google.replace('DTSTART:20260306T040000Z', 'DTSTART:2026-03-06'), 5, 'import.badDate'],
      [google.replace('RRULE:FREQ=WEEKLY;BYDAY=FR', 'RRULE:FREQ=SOMETIMES'), 7, 'import.badRule'],
      [google.replace('W. Europe Standard Time', 'Atlantis/Capital'), 14, 'import.badTimeZone'],
      [google.slice(0, google.indexOf('END:VCALENDAR')), 1, 'ics.unclosed'],
    ];
    for (const [text, line, code] of cases) {
      const preview = previewIcs(text, options);
      expect(preview.issues[0], code).toMatchObject({ line, code });
      const outcome = applyImport(calendar, preview);
      expect(outcome.ok).toBe(false);
      expect(outcome.calendar).toBe(calendar);
    }
  });
});
