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
import { REPORT_TABLES, reportTableToCsv, reportToJson } from '../../../lib/records/reports/tables';
import { translate } from '../../../lib/i18n';
import { generateRecords } from '../../bench/seed-records';
import { NOW, feedback, publish, snapshot } from './helpers';

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
