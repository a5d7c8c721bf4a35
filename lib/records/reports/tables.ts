import { toMinutes } from '../../durations';
import { toCsv, type CsvCell, type CsvColumn } from '../csv';
import type { CadenceRow, CadencePlatformTotal } from './cadence';
import type { EngagementPostRow } from './engagement';
import type { FeedbackExample, FeedbackTagRow } from './feedback';
import type { FindingCategoryRow, FindingRuleRow } from './findings';
import type { OverrideRow } from './overrides';
import type { Report } from './report';
import type { ResponseStats } from './responses';
import type { TemplateRow } from './template-usage';

// Every table the reports show, described once: the UI renders and sorts them from these columns, and
// CSV export writes the same columns. Headers are i18n keys from lib/i18n/messages/reports.ts.

export interface TableColumn<Row> {
  /** i18n key of the header. */
  header: string;
  /** Sort/export value: numbers stay numbers, times are epoch ms (exported as ISO). */
  value: (row: Row) => CsvCell;
  time?: boolean;
}

export interface ReportTable<Row> {
  id: string;
  title: string;
  columns: TableColumn<Row>[];
  rows: (report: Report) => Row[];
}

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

type PlatformStats = ResponseStats & { platform: string };
type FeedbackExampleRow = FeedbackExample & { tag: string };

function table<Row>(t: ReportTable<Row>): ReportTable<Row> {
  return t;
}

export const REPORT_TABLES = {
  cadenceDaily: table<CadenceRow>({
    id: 'cadence-daily',
    title: 'reports.cadence.title',
    columns: [
      { header: 'reports.col.day', value: (r) => r.day },
      { header: 'reports.col.platform', value: (r) => r.platform },
      { header: 'reports.col.planned', value: (r) => r.planned },
      { header: 'reports.col.posted', value: (r) => r.posted },
      { header: 'reports.col.kept', value: (r) => r.kept },
    ],
    rows: (report) => report.cadence.rows,
  }),
  cadencePlatforms: table<CadencePlatformTotal>({
    id: 'cadence-platforms',
    title: 'reports.cadence.byPlatform',
    columns: [
      { header: 'reports.col.platform', value: (r) => r.platform },
      { header: 'reports.col.planned', value: (r) => r.planned },
      { header: 'reports.col.posted', value: (r) => r.posted },
      { header: 'reports.col.kept', value: (r) => r.kept },
      { header: 'reports.col.adherence', value: (r) => r.adherencePct },
    ],
    rows: (report) => report.cadence.byPlatform,
  }),
  responses: table<PlatformStats>({
    id: 'responses',
    title: 'reports.responses.title',
    columns: [
      { header: 'reports.col.platform', value: (r) => r.platform },
      { header: 'reports.col.replies', value: (r) => r.replies },
      { header: 'reports.col.medianMinutes', value: (r) => toMinutes(r.medianMs) },
      { header: 'reports.col.p90Minutes', value: (r) => toMinutes(r.p90Ms) },
      { header: 'reports.col.withinTarget', value: (r) => r.withinTargetPct },
    ],
    rows: (report) => report.responses.byPlatform,
  }),
  templates: table<TemplateRow>({
    id: 'templates',
    title: 'reports.templates.title',
    columns: [
      { header: 'reports.col.template', value: (r) => r.templateId },
      { header: 'reports.col.inserted', value: (r) => r.inserted },
      { header: 'reports.col.published', value: (r) => r.published },
      { header: 'reports.col.lastUsed', value: (r) => r.lastUsedAt, time: true },
      { header: 'reports.col.platforms', value: (r) => r.platforms.join(' ') },
    ],
    rows: (report) => report.templates,
  }),
  findingsByRule: table<FindingRuleRow>({
    id: 'findings-rules',
    title: 'reports.findings.byRule',
    columns: [
      { header: 'reports.col.rule', value: (r) => r.ruleId },
      { header: 'reports.col.category', value: (r) => r.category },
      { header: 'reports.col.severity', value: (r) => r.severity },
      { header: 'reports.col.caught', value: (r) => r.caught },
      { header: 'reports.col.publishedFindings', value: (r) => r.published },
    ],
    rows: (report) => report.findings.byRule,
  }),
  findingsByCategory: table<FindingCategoryRow>({
    id: 'findings-categories',
    title: 'reports.findings.byCategory',
    columns: [
      { header: 'reports.col.category', value: (r) => r.category },
      { header: 'reports.col.caught', value: (r) => r.caught },
      { header: 'reports.col.publishedFindings', value: (r) => r.published },
    ],
    rows: (report) => report.findings.byCategory,
  }),
  overrides: table<OverrideRow>({
    id: 'overrides',
    title: 'reports.overrides.title',
    columns: [
      { header: 'reports.col.time', value: (r) => r.at, time: true },
      { header: 'reports.col.platform', value: (r) => r.platform },
      { header: 'reports.col.reason', value: (r) => r.reason },
      { header: 'reports.col.rules', value: (r) => r.ruleIds.join(' ') },
      { header: 'reports.col.url', value: (r) => r.url },
    ],
    rows: (report) => report.overrides.rows,
  }),
  engagement: table<EngagementPostRow>({
    id: 'engagement',
    title: 'reports.engagement.title',
    columns: [
      { header: 'reports.col.post', value: (r) => r.postId },
      { header: 'reports.col.platform', value: (r) => r.platform },
      { header: 'reports.col.publishedAt', value: (r) => r.publishedAt, time: true },
      { header: 'reports.col.replies', value: (r) => r.latest.replies },
      { header: 'reports.col.reposts', value: (r) => r.latest.reposts },
      { header: 'reports.col.likes', value: (r) => r.latest.likes },
      { header: 'reports.col.views', value: (r) => r.latest.views },
      { header: 'reports.col.favourites', value: (r) => r.latest.favourites },
      { header: 'reports.col.likesPerDay', value: (r) => r.growthPerDay.likes },
      { header: 'reports.col.url', value: (r) => r.url },
    ],
    rows: (report) => report.engagement.posts,
  }),
  feedbackTags: table<FeedbackTagRow>({
    id: 'feedback-tags',
    title: 'reports.feedback.title',
    columns: [
      { header: 'reports.col.tag', value: (r) => r.tag },
      { header: 'reports.col.count', value: (r) => r.count },
      { header: 'reports.col.share', value: (r) => r.sharePct },
    ],
    rows: (report) => report.feedback.byTag,
  }),
  feedbackExamples: table<FeedbackExampleRow>({
    id: 'feedback-examples',
    title: 'reports.feedback.examples',
    columns: [
      { header: 'reports.col.time', value: (r) => r.at, time: true },
      { header: 'reports.col.tag', value: (r) => r.tag },
      { header: 'reports.col.platform', value: (r) => r.platform },
      { header: 'reports.col.note', value: (r) => r.note },
      { header: 'reports.col.comment', value: (r) => r.commentText },
      { header: 'reports.col.url', value: (r) => r.url },
    ],
    rows: (report) => report.feedback.byTag.flatMap((t) => t.examples.map((e) => ({ ...e, tag: t.tag }))),
  }),
} as const;

export type ReportTableId = keyof typeof REPORT_TABLES;

/** One report table as CSV; `headerText` turns header keys into the UI language's words. */
export function reportTableToCsv<Row>(report: Report, t: ReportTable<Row>, headerText: (key: string) => string = (k) => k): string {
  const columns: CsvColumn<Row>[] = t.columns.map((c) => ({
    header: headerText(c.header),
    value: c.time ? (row) => iso(c.value(row) as number | undefined) : c.value,
  }));
  return toCsv(columns, t.rows(report));
}

/** The whole report as JSON (every section, including what the tables leave out, such as engagement series). */
export function reportToJson(report: Report): string {
  return JSON.stringify(report);
}
