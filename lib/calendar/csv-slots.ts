import { contentTypeFromName, normalizeName, platformFromName, statusFromName } from './aliases';
import { parseCsv, serializeCsv, type CsvRecord } from '../csv';
import { CAMPAIGN_PALETTE, type ImportIssue, type ImportPreview } from './import-result';
import { checkRule } from './recurrence';
import { ID_PATTERN, isValidTimeZone, type Calendar, type Campaign, type Slot } from './schema';
import { newId } from './edit';
import { daysInMonth } from './time';

// CSV import (column mapping, per-line problems) and export of the plan's slots. A series is one row with its
// RRULE; single-occurrence exceptions travel in .ics only.

export const CSV_FIELDS = [
  'id',
  'date',
  'time',
  'timeZone',
  'platform',
  'contentType',
  'campaign',
  'title',
  'owner',
  'status',
  'notes',
  'url',
  'rrule',
  'durationMinutes',
] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

/** Column index for each field the user mapped. */
export type CsvMapping = Partial<Record<CsvField, number>>;

/** Header names written on export (and recognised on import). */
export const CSV_HEADERS: Record<CsvField, string> = {
  id: 'id',
  date: 'date',
  time: 'time',
  timeZone: 'time_zone',
  platform: 'platform',
  contentType: 'content_type',
  campaign: 'campaign',
  title: 'title',
  owner: 'owner',
  status: 'status',
  notes: 'notes',
  url: 'url',
  rrule: 'rrule',
  durationMinutes: 'duration_minutes',
};

const HEADER_ALIASES: Record<CsvField, string[]> = {
  id: ['id', 'slot id', '编号'],
  date: ['date', 'day', 'publish date', 'post date', 'start', 'start date', '日期', '发布日期', '发布时间'],
  time: ['time', 'publish time', 'post time', 'start time', '时间', '时刻'],
  timeZone: ['time zone', 'timezone', 'tz', 'zone', '时区'],
  platform: ['platform', 'channel', 'network', 'site', '平台', '渠道'],
  contentType: ['content type', 'type', 'format', 'kind', '类型', '内容类型', '形式'],
  campaign: ['campaign', 'theme', 'campaign/theme', 'topic', '活动', '主题', '战役'],
  title: ['title', 'brief', 'subject', 'headline', '标题', '简介', '选题', '内容'],
  owner: ['owner', 'assignee', 'author', 'responsible', '负责人', '作者', '执行人'],
  status: ['status', 'state', '状态'],
  notes: ['notes', 'note', 'comments', 'comment', '备注', '说明'],
  url: ['url', 'link', 'post url', 'published link', '链接', '发布链接'],
  rrule: ['rrule', 'recurrence', 'repeat', 'repeats', '重复', '重复规则'],
  durationMinutes: [
    'duration',
    'duration minutes',
    'duration (min)',
    'minutes',
    'length',
    '时长',
    '时长（分钟）',
  ],
};

/** Guesses which column holds which field from a header row; unrecognised columns stay unmapped. */
export function guessMapping(header: readonly string[]): CsvMapping {
  const mapping: CsvMapping = {};
  header.forEach((name, index) => {
    const normalized = normalizeName(name);
    for (const field of CSV_FIELDS) {
      if (mapping[field] !== undefined) continue;
      if (HEADER_ALIASES[field].some((alias) => normalizeName(alias) === normalized)) {
        mapping[field] = index;
        return;
      }
    }
  });
  return mapping;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Reads 2026-03-06, 2026/3/6, 2026.03.06 or 2026年3月6日, optionally followed by a time. */
export function parseDateCell(value: string): { date: string; time?: string } | undefined {
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[T\s]+(.+))?$/.exec(
    value.trim(),
  );
  if (!match) return undefined;
  const [, y, m, d, rest] = match;
  const year = Number(y),
    month = Number(m),
    day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  const date = `${y}-${pad(month)}-${pad(day)}`;
  if (rest === undefined) return { date };
  const time = parseTimeCell(rest);
  return time ? { date, time } : undefined;
}

/** Reads 9:05, 09:05, 09:05:00, 18：30 (full-width colon), 6:30 pm. */
export function parseTimeCell(value: string): string | undefined {
  const match = /^(\d{1,2})\s*[:：]\s*(\d{2})(?:\s*[:：]\s*\d{2})?\s*(am|pm|a\.m\.|p\.m\.)?$/i.exec(
    value.trim(),
  );
  if (!match) return undefined;
  let hour = Number(match[1]);
  const minute = Number(match[2]);
  const meridiem = match[3]?.toLowerCase().replace(/\./g, '');
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  return hour <= 23 && minute <= 59 ? `${pad(hour)}:${pad(minute)}` : undefined;
}

export interface CsvImportOptions {
  /** Zone for rows without a time-zone column or value. */
  defaultTimeZone: string;
  /** Existing campaigns, matched by id or name (case-insensitive). */
  campaigns: readonly Campaign[];
  /** Whether the first record is a header row (default true). */
  hasHeader?: boolean;
  makeId?: () => string;
}

const LIMITS: Partial<Record<CsvField, number>> = {
  title: 500,
  owner: 500,
  notes: 10_000,
  url: 4000,
  campaign: 500,
};

/** Turns parsed records into slots with the given mapping. Every problem is reported with its line. */
export function csvToSlots(
  records: readonly CsvRecord[],
  mapping: CsvMapping,
  options: CsvImportOptions,
): ImportPreview {
  const hasHeader = options.hasHeader ?? true;
  const rows = hasHeader ? records.slice(1) : records;
  const makeId = options.makeId ?? newId;
  const issues: ImportIssue[] = [];
  const firstLine = records[0]?.line ?? 1;
  if (!rows.length)
    return {
      slots: [],
      campaigns: [],
      issues: [{ line: firstLine, code: 'import.empty' }],
      fatal: true,
      total: 0,
    };
  const missing = (['date', 'platform'] as const).filter((field) => mapping[field] === undefined);
  if (missing.length) {
    return {
      slots: [],
      campaigns: [],
      issues: missing.map((field) => ({ line: firstLine, code: 'import.missingColumn', field })),
      fatal: true,
      total: rows.length,
    };
  }

  const campaignsByName = new Map(
    options.campaigns.flatMap(
      (c) =>
        [
          [normalizeName(c.name), c],
          [normalizeName(c.id), c],
        ] as const,
    ),
  );
  const newCampaigns = new Map<string, Campaign>();
  const seenIds = new Set<string>();
  const slots: Slot[] = [];
  /** Cells every row must have: the header's count (files without a header are not checked). */
  const width = hasHeader ? records[0].fields.length : undefined;

  for (const record of rows) {
    const cell = (field: CsvField) => {
      const index = mapping[field];
      return index === undefined ? '' : (record.fields[index] ?? '').trim();
    };
    const rowIssues: ImportIssue[] = [];
    const problem = (code: ImportIssue['code'], field: CsvField, value = cell(field)) =>
      rowIssues.push({ line: record.line, code, field, value });
    // A row with missing or extra cells is misaligned: its values would land in the wrong fields.
    if (width !== undefined && record.fields.length !== width) {
      issues.push({
        line: record.line,
        code: 'import.columnCount',
        field: String(width),
        value: String(record.fields.length),
      });
      continue;
    }

    for (const [field, limit] of Object.entries(LIMITS) as [CsvField, number][]) {
      if (cell(field).length > limit) problem('import.tooLong', field, `${cell(field).slice(0, 40)}…`);
    }

    let id = cell('id');
    if (id && !ID_PATTERN.test(id)) problem('import.badId', 'id');
    else if (id && seenIds.has(id)) problem('import.duplicateId', 'id');
    if (!id) id = makeId();
    seenIds.add(id);

    const dateCell = cell('date');
    const parsedDate = dateCell ? parseDateCell(dateCell) : undefined;
    if (!dateCell) problem('import.missingValue', 'date');
    else if (!parsedDate) problem('import.badDate', 'date');
    let time = parsedDate?.time;
    if (cell('time')) {
      time = parseTimeCell(cell('time'));
      if (!time) problem('import.badTime', 'time');
    } else if (parsedDate && !time) {
      problem('import.missingValue', 'time');
    }

    const timeZone = cell('timeZone') || options.defaultTimeZone;
    if (!isValidTimeZone(timeZone)) problem('import.badTimeZone', 'timeZone', timeZone);

    const platform = platformFromName(cell('platform'));
    if (!cell('platform')) problem('import.missingValue', 'platform');
    else if (!platform) problem('import.badPlatform', 'platform');

    const contentType = cell('contentType') ? contentTypeFromName(cell('contentType')) : 'text';
    if (!contentType) problem('import.badContentType', 'contentType');

    const status = cell('status') ? statusFromName(cell('status')) : 'planned';
    if (!status) problem('import.badStatus', 'status');

    const rrule = cell('rrule').replace(/^RRULE:/i, '');
    if (rrule) {
      const check = checkRule(rrule);
      if (!check.ok) problem('import.badRule', 'rrule');
    }

    const durationText = cell('durationMinutes');
    const durationMinutes = durationText ? Number(durationText) : 30;
    if (!Number.isInteger(durationMinutes) || durationMinutes < 0 || durationMinutes > 10_080)
      problem('import.badDuration', 'durationMinutes');

    if (rowIssues.length || !parsedDate || !time || !platform || !contentType || !status) {
      issues.push(...rowIssues);
      continue;
    }

    let campaignId: string | undefined;
    const campaignName = cell('campaign');
    if (campaignName) {
      const key = normalizeName(campaignName);
      let campaign = campaignsByName.get(key) ?? newCampaigns.get(key);
      if (!campaign) {
        campaign = {
          id: makeId(),
          name: campaignName,
          kind: 'campaign',
          color: CAMPAIGN_PALETTE[(options.campaigns.length + newCampaigns.size) % CAMPAIGN_PALETTE.length],
          startDate: parsedDate.date,
          endDate: parsedDate.date,
        };
        newCampaigns.set(key, campaign);
      } else if (newCampaigns.get(key) === campaign) {
        // A campaign the file introduces spans the dates of its rows.
        if (parsedDate.date < campaign.startDate) campaign.startDate = parsedDate.date;
        if (parsedDate.date > campaign.endDate) campaign.endDate = parsedDate.date;
      }
      campaignId = campaign.id;
    }

    slots.push({
      id,
      start: `${parsedDate.date}T${time}`,
      timeZone,
      durationMinutes,
      platform,
      contentType,
      ...(campaignId ? { campaignId } : {}),
      title: cell('title'),
      owner: cell('owner'),
      status,
      notes: cell('notes'),
      ...(cell('url') ? { url: cell('url') } : {}),
      ...(rrule ? { rrule } : {}),
    });
  }
  return { slots, campaigns: [...newCampaigns.values()], issues, fatal: false, total: rows.length };
}

/** Reads CSV text and maps it (guessing the mapping from the header when none is given). */
export function previewCsv(
  text: string,
  options: CsvImportOptions & { mapping?: CsvMapping },
): ImportPreview & { header: string[]; mapping: CsvMapping } {
  const parsed = parseCsv(text);
  if (!parsed.ok) {
    return {
      slots: [],
      campaigns: [],
      issues: [{ line: parsed.error.line, code: parsed.error.code }],
      fatal: true,
      total: 0,
      header: [],
      mapping: options.mapping ?? {},
    };
  }
  const header = (options.hasHeader ?? true) ? (parsed.records[0]?.fields ?? []) : [];
  const mapping = options.mapping ?? guessMapping(header);
  return { ...csvToSlots(parsed.records, mapping, options), header, mapping };
}

/** The plan's slots as CSV (one row per slot or series), readable back by previewCsv without a mapping. */
export function slotsToCsv(calendar: Calendar): string {
  const campaignNames = new Map(calendar.campaigns.map((c) => [c.id, c.name]));
  const rows = calendar.slots.map((slot) => {
    const values: Record<CsvField, string> = {
      id: slot.id,
      date: slot.start.slice(0, 10),
      time: slot.start.slice(11, 16),
      timeZone: slot.timeZone,
      platform: slot.platform,
      contentType: slot.contentType,
      campaign: slot.campaignId ? (campaignNames.get(slot.campaignId) ?? '') : '',
      title: slot.title,
      owner: slot.owner,
      status: slot.status,
      notes: slot.notes,
      url: slot.url ?? '',
      rrule: slot.rrule ?? '',
      durationMinutes: String(slot.durationMinutes),
    };
    return CSV_FIELDS.map((field) => values[field]);
  });
  return serializeCsv([CSV_FIELDS.map((field) => CSV_HEADERS[field]), ...rows]);
}
