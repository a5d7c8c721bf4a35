import type { Calendar, Campaign, Slot } from './schema';

// What CSV and ICS imports share: a preview the user confirms, problems named by file line, and the rule that
// a file with problems changes nothing unless the user accepts a partial import.

export const IMPORT_ERROR_CODES = [
  'csv.unclosedQuote',
  'csv.textAfterQuote',
  'import.empty',
  'import.missingColumn',
  'import.missingValue',
  'import.badDate',
  'import.badTime',
  'import.badTimeZone',
  'import.badPlatform',
  'import.badContentType',
  'import.badStatus',
  'import.badRule',
  'import.badDuration',
  'import.badId',
  'import.duplicateId',
  'import.tooLong',
  'import.columnCount',
  'import.tooLarge',
  'import.encoding',
  'ics.notCalendar',
  'ics.unclosed',
  'ics.badLine',
  'ics.missingStart',
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

/** One problem. The UI shows it with the message `calendar.error.<code>` and {line}, {field}, {value}. */
export interface ImportIssue {
  /** 1-based line in the file (for ICS, the line the property or component starts on). */
  line: number;
  code: ImportErrorCode;
  field?: string;
  value?: string;
}

export interface ImportPreview {
  /** Slots from the rows (or events) without problems, in file order. */
  slots: Slot[];
  /** Campaigns named in the file that the calendar does not have yet. */
  campaigns: Campaign[];
  issues: ImportIssue[];
  /** A problem with the whole file (unreadable, wrong format, unmapped required column): nothing can be imported. */
  fatal: boolean;
  /** Data rows or events seen, good and bad. */
  total: number;
}

export type ImportOutcome =
  | { ok: true; calendar: Calendar; added: number; updated: number; skipped: ImportIssue[] }
  | { ok: false; calendar: Calendar; issues: ImportIssue[] };

/**
 * Applies a preview. With any problem and without `partial`, or with a fatal problem, returns the calendar
 * unchanged (the same object). Slots whose id (or ICS UID) already exists replace that slot.
 */
export function applyImport(
  calendar: Calendar,
  preview: ImportPreview,
  { partial = false } = {},
): ImportOutcome {
  if (
    preview.fatal ||
    (preview.issues.length && !partial) ||
    (!preview.slots.length && preview.issues.length)
  ) {
    return { ok: false, calendar, issues: preview.issues };
  }
  const slots = calendar.slots.slice();
  let added = 0;
  let updated = 0;
  for (const incoming of preview.slots) {
    const index = slots.findIndex(
      (s) => s.id === incoming.id || (incoming.icsUid !== undefined && s.icsUid === incoming.icsUid),
    );
    if (index < 0) {
      slots.push(incoming);
      added++;
    } else {
      const existing = slots[index];
      // A CSV row carries no exceptions: keep the ones the series already had.
      slots[index] = {
        ...incoming,
        id: existing.id,
        ...((incoming.overrides ?? existing.overrides)
          ? { overrides: incoming.overrides ?? existing.overrides }
          : {}),
        ...((incoming.exdates ?? existing.exdates) ? { exdates: incoming.exdates ?? existing.exdates } : {}),
      };
      updated++;
    }
  }
  const knownCampaigns = new Set(calendar.campaigns.map((c) => c.id));
  const campaigns = [...calendar.campaigns, ...preview.campaigns.filter((c) => !knownCampaigns.has(c.id))];
  return { ok: true, calendar: { ...calendar, slots, campaigns }, added, updated, skipped: preview.issues };
}

/** Colours for campaigns created by an import, picked in turn. */
export const CAMPAIGN_PALETTE = [
  '#e4572e',
  '#29335c',
  '#f3a712',
  '#669bbc',
  '#a8c686',
  '#8e5572',
  '#2a9d8f',
  '#e76f51',
];
