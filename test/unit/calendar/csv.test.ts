import { describe, expect, it } from 'vitest';
import { parseCsv, serializeCsv } from '@/lib/csv';
import { guessMapping, parseDateCell, parseTimeCell, previewCsv, slotsToCsv } from '@/lib/calendar/csv-slots';
import { applyImport } from '@/lib/calendar/import-result';
import { calendarWith, slot } from './helpers';

describe('RFC 4180 parsing', () => {
  it('handles quotes, doubled quotes, CRLF, newlines inside quotes and a BOM, and names start lines', () => {
    const text = '\uFEFFa,b,c\r\n"x, y","say ""hi""",3\r\n"multi\r\nline",,"end"\n\nlast,"",z';
    const result = parseCsv(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.records).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['x, y', 'say "hi"', '3'] },
      { line: 3, fields: ['multi\nline', '', 'end'] },
      { line: 6, fields: ['last', '', 'z'] },
    ]);
  });

  it('detects semicolon and tab files and keeps a stray inner quote', () => {
    const semi = parseCsv('date;platform\n2026-03-06;weibo');
    expect(semi.ok && semi.delimiter).toBe(';');
    const tab = parseCsv('a\tb\n5" screen\tx');
    expect(tab.ok && tab.records[1].fields).toEqual(['5" screen', 'x']);
  });

  it('reports an unclosed quote at the line it opened, and text after a closing quote', () => {
    expect(parseCsv('a,b\n1,2\n3,"open\nstill open\n')).toEqual({
      ok: false,
      error: { line: 3, code: 'csv.unclosedQuote' },
    });
    expect(parseCsv('a,b\n"x"y,2')).toEqual({ ok: false, error: { line: 2, code: 'csv.textAfterQuote' } });
  });

  it('reads a run of quotes inside a quoted field as pairs of data, an odd last one closing the field', () => {
    const fields = (text: string) => {
      const result = parseCsv(text);
      return result.ok ? result.records.map((r) => r.fields) : result.error;
    };
    expect(fields('""""""\n"a""""b","""x"""')).toEqual([['""'], ['a""b', '"x"']]);
    expect(fields('"""",""')).toEqual([['"', '']]);
    expect(fields('a,"""""""')).toEqual({ line: 1, code: 'csv.unclosedQuote' });
    expect(fields('""""x')).toEqual({ line: 1, code: 'csv.textAfterQuote' });
    expect(fields('"""""x')).toEqual({ line: 1, code: 'csv.unclosedQuote' });
  });

  it('round-trips awkward values', () => {
    const rows = [['plain', 'with,comma', 'with "quote"', 'line\nbreak', ' padded ', '微博，中文', '']];
    const result = parseCsv(serializeCsv(rows));
    expect(result.ok && result.records.map((r) => r.fields)).toEqual(rows);
  });
});

describe('cells', () => {
  it('reads the date and time formats people use', () => {
    expect(parseDateCell('2026/3/6')).toEqual({ date: '2026-03-06' });
    expect(parseDateCell('2026年3月6日')).toEqual({ date: '2026-03-06' });
    expect(parseDateCell('2026-03-06 18:30')).toEqual({ date: '2026-03-06', time: '18:30' });
    expect(parseDateCell('2026-02-29')).toBeUndefined();
    expect(parseDateCell('06/03/2026')).toBeUndefined();
    expect(parseTimeCell('6:30 pm')).toBe('18:30');
    expect(parseTimeCell('12:00 AM')).toBe('00:00');
    expect(parseTimeCell('18：30')).toBe('18:30');
    expect(parseTimeCell('24:00')).toBeUndefined();
  });

  it('guesses the mapping from English and Chinese headers', () => {
    expect(guessMapping(['日期', '时间', '平台', '类型', '主题', '标题', '负责人', '备注'])).toEqual({
      date: 0,
      time: 1,
      platform: 2,
      contentType: 3,
      campaign: 4,
      title: 5,
      owner: 6,
      notes: 7,
    });
    expect(guessMapping(['Date', 'Time Zone', 'Channel', 'Brief', 'Unknown'])).toEqual({
      date: 0,
      timeZone: 1,
      platform: 2,
      title: 3,
    });
  });
});

describe('CSV import', () => {
  const options = {
    defaultTimeZone: 'Asia/Shanghai',
    campaigns: [],
    makeId: (() => {
      let n = 0;
      return () => `gen${++n}`;
    })(),
  };

  it('imports rows with aliases, new campaigns and rules', () => {
    const text = [
      '日期,时间,平台,类型,主题,标题,负责人,重复',
      '2026-03-06,12:00,微博,图文,春季上新,午间种草,小美,FREQ=DAILY',
      '2026-03-06,19:00,B站,视频,春季上新,开箱视频,阿杰,FREQ=WEEKLY;BYDAY=FR',
      '2026-03-07,20:00,bilibili,直播,,首周六直播,阿杰,FREQ=MONTHLY;BYDAY=1SA',
    ].join('\n');
    const preview = previewCsv(text, options);
    expect(preview.issues).toEqual([]);
    expect(preview.slots.map((s) => [s.start, s.platform, s.contentType, s.rrule])).toEqual([
      ['2026-03-06T12:00', 'weibo', 'image', 'FREQ=DAILY'],
      ['2026-03-06T19:00', 'bilibili', 'video', 'FREQ=WEEKLY;BYDAY=FR'],
      ['2026-03-07T20:00', 'bilibili', 'live', 'FREQ=MONTHLY;BYDAY=1SA'],
    ]);
    expect(preview.campaigns).toHaveLength(1);
    expect(preview.slots[0].campaignId).toBe(preview.campaigns[0].id);
    const outcome = applyImport(calendarWith([]), preview);
    expect(outcome.ok && outcome.added).toBe(3);
  });

  it('names every bad line and imports nothing unless partial import is accepted', () => {
    const text = [
      'date,time,platform,content_type,title,rrule',
      '2026-03-06,12:00,weibo,video,ok row,',
      '2026-02-30,12:00,weibo,video,bad date,',
      '"2026-03-07",25:00,myspace,video,"two ""problems""\non two lines",',
      '2026-03-08,09:00,x,hologram,bad type,FREQ=HOURLY',
      '2026-03-09,09:00,x,text,good again,',
    ].join('\r\n');
    const preview = previewCsv(text, options);
    expect(preview.issues.map((i) => [i.line, i.code, i.field])).toEqual([
      [3, 'import.badDate', 'date'],
      [4, 'import.badTime', 'time'],
      [4, 'import.badPlatform', 'platform'],
      [6, 'import.badContentType', 'contentType'],
      [6, 'import.badRule', 'rrule'],
    ]);
    expect(preview.total).toBe(5);
    const calendar = calendarWith([slot({ id: 'keep', start: '2026-03-01T10:00' })]);
    const refused = applyImport(calendar, preview);
    expect(refused.ok).toBe(false);
    expect(refused.calendar).toBe(calendar);
    const partial = applyImport(calendar, preview, { partial: true });
    expect(partial.ok && partial.calendar.slots.map((s) => s.title)).toEqual([
      'Post',
      'ok row',
      'good again',
    ]);
  });

  it('refuses a broken or unmappable file outright, even partially', () => {
    const calendar = calendarWith([]);
    const broken = previewCsv('date,platform\n2026-03-06,"weibo\n', options);
    expect(broken.fatal).toBe(true);
    expect(broken.issues).toEqual([{ line: 2, code: 'csv.unclosedQuote' }]);
    expect(applyImport(calendar, broken, { partial: true }).calendar).toBe(calendar);
    const unmapped = previewCsv('when,where\n2026-03-06,weibo\n', options);
    expect(unmapped.issues.map((i) => i.field)).toEqual(['date', 'platform']);
    expect(previewCsv('date,time,platform\n', options).issues[0].code).toBe('import.empty');
  });

  it('round-trips the plan through CSV', () => {
    const original = calendarWith(
      [
        slot({
          id: 'a',
          start: '2026-03-06T12:00',
          rrule: 'FREQ=DAILY',
          title: 'Noon, "quoted"',
          notes: 'line 1\nline 2',
          campaignId: 'spring',
        }),
        slot({
          id: 'b',
          start: '2026-03-07T20:00',
          timeZone: 'Europe/Berlin',
          platform: 'bilibili',
          contentType: 'live',
          status: 'published',
          url: 'https://b23.tv/x',
          durationMinutes: 90,
        }),
      ],
      'Asia/Shanghai',
      {
        campaigns: [
          {
            id: 'spring',
            name: 'Spring',
            kind: 'campaign',
            color: '#ff0000',
            startDate: '2026-03-01',
            endDate: '2026-03-31',
          },
        ],
      },
    );
    const csv = slotsToCsv(original);
    expect(csv.startsWith('\uFEFFid,date,time,time_zone,platform')).toBe(true);
    const preview = previewCsv(csv, { defaultTimeZone: 'UTC', campaigns: original.campaigns });
    expect(preview.issues).toEqual([]);
    expect(preview.slots).toEqual(original.slots);
    // Re-importing into the same plan updates instead of duplicating.
    const outcome = applyImport(original, preview);
    expect(outcome.ok && [outcome.added, outcome.updated]).toEqual([0, 2]);
  });
});

describe('calendar CSV export', () => {
  it('guards formulas like every other export (one serializer)', () => {
    const csv = slotsToCsv(
      calendarWith([
        slot({
          id: 's1',
          start: '2025-03-01T09:00',
          title: '=HYPERLINK("http://evil.example/","click me")',
          notes: '@SUM(A1)',
        }),
      ]),
    );
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example/"",""click me"")"`);
    expect(csv).toContain("'@SUM(A1)");
    expect(csv).not.toMatch(/,=HYPERLINK|,"=HYPERLINK/);
  });
});
