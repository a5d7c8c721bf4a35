import type { IDBPDatabase } from 'idb';
import * as z from 'zod/mini';
import type { OnbrandDB } from '../db/schema';
import { toCsv, type CsvColumn } from './csv';
import { queryRecords, type RecordQuery } from './query';
import { activityRecordSchema, type ActivityRecord } from './schema';
import { maskRecord } from './record-masking';
import type { CustomMaskers } from './mask';

export const EXPORT_FORMAT = 'onbrand-records';
export const EXPORT_VERSION = 1;

const ExportFile = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.number(),
  records: z.array(activityRecordSchema()),
});

/** One flat row per record: the columns every kind shares, then each kind's own (empty where not relevant). */
export const RECORD_CSV_COLUMNS: readonly CsvColumn<ActivityRecord>[] = [
  { header: 'id', value: (r) => r.id },
  { header: 'time', value: (r) => new Date(r.at).toISOString() },
  { header: 'kind', value: (r) => r.kind },
  { header: 'platform', value: (r) => r.platform },
  { header: 'post_kind', value: (r) => (r.kind === 'publish' ? r.postKind : undefined) },
  { header: 'post_id', value: (r) => ('postId' in r ? r.postId : undefined) },
  { header: 'url', value: (r) => ('url' in r ? r.url : undefined) },
  { header: 'text', value: (r) => (r.kind === 'publish' ? r.text : undefined) },
  { header: 'response_ms', value: (r) => (r.kind === 'publish' ? r.responseMs : undefined) },
  {
    header: 'template_ids',
    value: (r) =>
      r.kind === 'publish' ? r.templateIds.join(' ') : r.kind === 'template-use' ? r.templateId : undefined,
  },
  {
    header: 'findings',
    value: (r) =>
      r.kind === 'publish' || r.kind === 'check-summary'
        ? r.findings.map((f) => `${f.ruleId}×${f.count}`).join(' ')
        : undefined,
  },
  { header: 'rule_ids', value: (r) => (r.kind === 'gate-override' ? r.ruleIds.join(' ') : undefined) },
  {
    header: 'reason',
    value: (r) =>
      r.kind === 'gate-override' ? r.reason : r.kind === 'publish' ? r.overrideReason : undefined,
  },
  { header: 'tag', value: (r) => (r.kind === 'feedback' ? r.tag : undefined) },
  { header: 'note', value: (r) => (r.kind === 'feedback' ? r.note : undefined) },
  { header: 'comment_author', value: (r) => (r.kind === 'feedback' ? r.commentAuthor : undefined) },
  { header: 'comment_text', value: (r) => (r.kind === 'feedback' ? r.commentText : undefined) },
  { header: 'replies', value: (r) => (r.kind === 'engagement' ? r.counts.replies : undefined) },
  { header: 'reposts', value: (r) => (r.kind === 'engagement' ? r.counts.reposts : undefined) },
  { header: 'likes', value: (r) => (r.kind === 'engagement' ? r.counts.likes : undefined) },
  { header: 'views', value: (r) => (r.kind === 'engagement' ? r.counts.views : undefined) },
  { header: 'favourites', value: (r) => (r.kind === 'engagement' ? r.counts.favourites : undefined) },
];

export function recordsToCsv(records: Iterable<ActivityRecord>): string {
  return toCsv(RECORD_CSV_COLUMNS, records);
}

/** The complete records (nothing flattened away), in an envelope naming the format for re-import. */
export function recordsToJson(records: readonly ActivityRecord[], exportedAt = Date.now()): string {
  return JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt, records });
}

/** Parses and validates an export; throws with the first problems when it is not one. */
export function parseRecordsJson(text: string): ActivityRecord[] {
  const parsed = ExportFile.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`not an Onbrand records export: ${z.prettifyError(parsed.error)}`);
  return parsed.data.records;
}

export type ExportFormat = 'csv' | 'json';

export async function exportRecords(
  db: IDBPDatabase<OnbrandDB>,
  query: RecordQuery,
  format: ExportFormat,
  { mask, custom = [] }: { mask: boolean; custom?: CustomMaskers } = { mask: true },
): Promise<{ text: string; count: number }> {
  // Records are masked when stored; masking again here covers any kept while the user had it turned off.
  const records = (await queryRecords(db, query)).map((r) => (mask ? maskRecord(r, custom) : r));
  return { text: format === 'csv' ? recordsToCsv(records) : recordsToJson(records), count: records.length };
}
