import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv, UTF8_BOM } from '../../../lib/records/csv';
import { csvCell } from '../../../lib/csv';
import {
  parseRecordsJson,
  RECORD_CSV_COLUMNS,
  recordsToCsv,
  recordsToJson,
} from '../../../lib/records/export';
import { computeReport } from '../../../lib/records/reports/report';
import {
  REPORT_TABLES,
  reportTableToCsv,
  reportToJson,
  type ReportTable,
} from '../../../lib/records/reports/tables';
import { allMessages, translate } from '../../../lib/i18n';
import { generateRecords } from '../../bench/seed-records';
import {
  DAY,
  HOUR,
  NOW,
  checkSummary,
  feedback,
  override,
  publish,
  reply,
  snapshot,
  templateUse,
} from './helpers';

describe('CSV', () => {
  it('quotes commas, quotes and line breaks, and starts with a UTF-8 BOM', () => {
    const csv = toCsv(
      [
        { header: 'a', value: (r: string[]) => r[0] },
        { header: 'b', value: (r: string[]) => r[1] },
      ],
      [
        ['x, y', 'say "hi"'],
        ['line\nbreak', '中文'],
      ],
    );
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv).toBe(`${UTF8_BOM}a,b\r\n"x, y","say ""hi"""\r\n"line\nbreak",中文\r\n`);
    expect(toCsv([{ header: 'a', value: (r: number) => r }], [1], { bom: false })).toBe('a\r\n1\r\n');
  });

  it('defuses spreadsheet formulas in text but keeps negative numbers', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(' padded')).toBe('" padded"');
  });

  it('exports every record as one row that parses back cell for cell', () => {
    const records = [
      publish(NOW, 'weibo', {
        text: '新品, "限量"\n周五上线',
        templateIds: ['a', 'b'],
        findings: [{ ruleId: 'r1', severity: 'warn', count: 2 }],
      }),
      snapshot(NOW, 'x', 'p1', { likes: 3, views: 10 }),
      feedback(NOW, 'zhihu', 'complaint', '物流太慢'),
    ];
    const rows = parseCsv(recordsToCsv(records));
    expect(rows[0]).toEqual(RECORD_CSV_COLUMNS.map((c) => c.header));
    expect(rows).toHaveLength(4);
    const column = (name: string) => rows[0].indexOf(name);
    expect(rows[1][column('text')]).toBe('新品, "限量"\n周五上线');
    expect(rows[1][column('template_ids')]).toBe('a b');
    expect(rows[1][column('findings')]).toBe('r1×2');
    expect(rows[1][column('time')]).toBe(new Date(NOW).toISOString());
    expect(rows[2][column('likes')]).toBe('3');
    expect(rows[3][column('tag')]).toBe('complaint');
    expect(rows[3][column('note')]).toBe('物流太慢');
  });
});

describe('JSON export', () => {
  it('parses back to exactly the same records', () => {
    const records = generateRecords({ count: 500, now: NOW, seed: 3 });
    expect(parseRecordsJson(recordsToJson(records, NOW))).toEqual(records);
  });

  it('rejects files that are not a valid export', () => {
    expect(() => parseRecordsJson('{"format":"other","version":1,"exportedAt":1,"records":[]}')).toThrow(
      /not an Onbrand records export/,
    );
    const broken = JSON.parse(recordsToJson([publish(NOW, 'x')], NOW));
    broken.records[0].platform = 'myspace';
    expect(() => parseRecordsJson(JSON.stringify(broken))).toThrow(/not an Onbrand records export/);
  });
});

describe('report tables export', () => {
  const records = generateRecords({ count: 2000, now: NOW, seed: 5, days: 60 });
  const of = <K extends (typeof records)[number]['kind']>(k: K) =>
    records.filter((r) => r.kind === k) as Extract<(typeof records)[number], { kind: K }>[];
  const options = {
    from: NOW - 30 * 86_400_000,
    to: NOW,
    utcOffsetMinutes: 480,
    now: NOW,
    plan: [{ platform: 'x' as const, at: NOW - 3_600_000 }],
  };
  const report = computeReport(
    {
      publishes: of('publish'),
      templateUses: of('template-use'),
      overrides: of('gate-override'),
      checkSummaries: of('check-summary'),
      snapshots: of('engagement'),
      feedback: of('feedback'),
      crisisFeedback: of('feedback'),
      crisisFindings: of('check-summary'),
    },
    options,
  );

  it('writes every table with translated headers and one row per table row', () => {
    for (const table of Object.values(REPORT_TABLES)) {
      const rows = parseCsv(
        reportTableToCsv(report, table as never, (key) => translate('zh-CN', key as never)),
      );
      expect(rows.length - 1).toBe(table.rows(report).length);
      for (const header of rows[0]) expect(header).not.toMatch(/^reports\./);
    }
    const overrides = parseCsv(reportTableToCsv(report, REPORT_TABLES.overrides));
    expect(overrides[0][0]).toBe('reports.col.time');
    expect(overrides[1][0]).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('exports the whole report as JSON', () => {
    const parsed = JSON.parse(reportToJson(report));
    expect(parsed.feedback.total).toBe(report.feedback.total);
    expect(parsed.cadence.total).toEqual(report.cadence.total);
  });
});

describe('report tables: what each column holds', () => {
  // Beijing time; D0 is 2025-03-10 00:00 there.
  const D0 = Date.UTC(2025, 2, 9, 16);
  const post = publish(D0 + HOUR, 'x', {
    postId: 'p1',
    templateIds: ['thanks'],
    findings: [{ ruleId: 'banned', category: 'terms', severity: 'block', count: 1 }],
  });
  const report = computeReport(
    {
      publishes: [post, reply(D0 + 2 * HOUR, 'x', 30 * 60_000)],
      templateUses: [templateUse(D0, 'x', 'thanks'), templateUse(D0, 'weibo', 'thanks')],
      overrides: [override(D0 + 3 * HOUR, 'x', 'Legal', ['banned', 'tone'])],
      checkSummaries: [
        checkSummary(D0, 'x', [{ ruleId: 'banned', category: 'terms', severity: 'block', count: 2 }]),
      ],
      snapshots: [
        snapshot(D0 + 2 * HOUR, 'x', 'p1', { replies: 0, reposts: 2, likes: 1, views: 10, favourites: 3 }),
        snapshot(D0 + 2 * HOUR + DAY, 'x', 'p1', {
          replies: 1,
          reposts: 3,
          likes: 5,
          views: 20,
          favourites: 4,
        }),
        snapshot(D0 + 5 * HOUR, 'x', 'p2', { likes: 0 }), // no publish record: no publishing time
      ],
      feedback: [{ ...feedback(D0 + 4 * HOUR, 'x', 'complaint', 'late'), commentText: 'where is it' }],
      crisisFeedback: [],
      crisisFindings: [],
    },
    {
      from: D0,
      to: D0 + 3 * DAY - 1,
      utcOffsetMinutes: 480,
      now: D0 + 3 * DAY,
      plan: [{ platform: 'x', at: D0 + 9 * HOUR }],
    },
  );
  const firstRow = <Row>(table: ReportTable<Row>) => table.columns.map((c) => c.value(table.rows(report)[0]));
  const iso = (ms: number) => new Date(ms).toISOString();

  it("exports each row's values under its own header", () => {
    const t = REPORT_TABLES;
    expect(firstRow(t.cadenceDaily)).toEqual(['2025-03-10', 'x', 1, 1, 1]);
    expect(firstRow(t.cadencePlatforms)).toEqual(['x', 1, 1, 1, 100]);
    expect(firstRow(t.responses)).toEqual(['x', 1, 30, 30, 100]);
    expect(firstRow(t.templates)).toEqual(['thanks', 2, 1, D0 + HOUR, 'weibo x']);
    expect(firstRow(t.findingsByRule)).toEqual(['banned', 'terms', 'block', 2, 1]);
    expect(firstRow(t.findingsByCategory)).toEqual(['terms', 2, 1]);
    expect(firstRow(t.overrides)).toEqual([D0 + 3 * HOUR, 'x', 'Legal', 'banned tone', 'https://x.com/i/1']);
    expect(firstRow(t.engagement)).toEqual(['p1', 'x', D0 + HOUR, 1, 3, 5, 20, 4, 4, 'https://x.example/p1']);
    expect(firstRow(t.feedbackTags)).toEqual(['praise', 0, 0]);
    expect(t.feedbackTags.rows(report)[1]).toMatchObject({ tag: 'complaint', count: 1, sharePct: 100 });
    expect(firstRow(t.feedbackExamples)).toEqual([
      D0 + 4 * HOUR,
      'complaint',
      'x',
      'late',
      'where is it',
      'https://x.example/c',
    ]);
  });

  it("passes the report's options on: the reply target, the crisis options with now and the platforms", () => {
    const input = {
      publishes: [reply(D0 + HOUR, 'x', 30 * 60_000)],
      templateUses: [],
      overrides: [],
      checkSummaries: [],
      snapshots: [],
      feedback: [],
      crisisFeedback: [feedback(D0 - HOUR, 'x', 'complaint'), feedback(D0 - HOUR, 'weibo', 'complaint')],
      crisisFindings: [],
    };
    const options = {
      from: D0,
      to: D0 + DAY,
      utcOffsetMinutes: 480,
      now: D0,
      plan: [],
      platforms: ['x' as const],
    };
    const strict = computeReport(input, {
      ...options,
      responseTargetMs: 10 * 60_000,
      crisis: { minEvents: 1, ratio: 1 },
    });
    expect(strict.responses).toMatchObject({ targetMs: 10 * 60_000, withinTargetPct: 0 });
    expect(strict.crisis).toMatchObject({ raised: true, last24h: 1, threshold: 1 });
  });

  it('writes times as ISO (an unknown time empty), headers as message keys in both languages, ids as the test ids', () => {
    const csv = (table: ReportTable<never>) => parseCsv(reportTableToCsv(report, table));
    const t = REPORT_TABLES as unknown as Record<string, ReportTable<never>>;
    expect(csv(t.templates)[1][3]).toBe(iso(D0 + HOUR));
    expect(csv(t.overrides)[1][0]).toBe(iso(D0 + 3 * HOUR));
    expect(csv(t.engagement).map((row) => row[2])).toEqual(['reports.col.publishedAt', iso(D0 + HOUR), '']);
    expect(csv(t.feedbackExamples)[1][0]).toBe(iso(D0 + 4 * HOUR));
    // Every other column is not a time: its CSV cell is its value as written.
    for (const table of Object.values(t)) {
      const [header, ...rows] = csv(table);
      expect(header).toEqual(table.columns.map((c) => c.header));
      table.columns.forEach((c, i) => {
        if (c.time) return;
        const value = c.value(table.rows(report)[0]);
        expect(rows[0][i]).toBe(value === undefined ? '' : String(value));
      });
    }
    const messages = allMessages();
    for (const table of Object.values(t)) {
      for (const key of [table.title, ...table.columns.map((c) => c.header)]) {
        expect(messages.en[key], key).toBeTypeOf('string');
        expect(messages['zh-CN'][key], key).toBeTypeOf('string');
      }
    }
    // The dashboard's test ids and CSV file names (test/README.md: table-…, export-table-…).
    expect(Object.values(t).map((table) => table.id)).toEqual([
      'cadence-daily',
      'cadence-platforms',
      'responses',
      'templates',
      'findings-rules',
      'findings-categories',
      'overrides',
      'engagement',
      'feedback-tags',
      'feedback-examples',
    ]);
  });
});
