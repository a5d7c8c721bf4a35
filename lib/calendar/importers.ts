import { previewCsv, type CsvImportOptions, type CsvMapping } from './csv-slots';
import { previewIcs } from './ics-import';
import { applyImport, type ImportOutcome } from './import-result';
import type { Calendar } from './schema';
import { decodeImportBytes, type Bilingual } from '../import-text';
import type { ImportIssue } from './import-result';

/** Calendar files larger than this are refused before decoding (a year of daily slots is well under 1 MB). */
export const MAX_CALENDAR_FILE_BYTES = 5 * 1024 * 1024;

/** A calendar file's bytes as text (UTF-8, or GB18030 with a notice), or the issue that stops its import. */
export function readCalendarFile(
  bytes: Uint8Array,
): { ok: true; text: string; notice?: Bilingual } | { ok: false; issue: ImportIssue } {
  const decoded = decodeImportBytes(bytes, MAX_CALENDAR_FILE_BYTES);
  if (decoded.ok) return { ok: true, text: decoded.text, notice: decoded.notice };
  if (decoded.code === 'too-large') {
    return {
      ok: false,
      issue: {
        line: 1,
        code: 'import.tooLarge',
        value: (bytes.length / 1024 / 1024).toFixed(1),
        field: String(MAX_CALENDAR_FILE_BYTES / 1024 / 1024),
      },
    };
  }
  return { ok: false, issue: { line: 1, code: 'import.encoding', value: String(decoded.offset ?? 0) } };
}

// One-call imports for callers that skip the preview step (the dashboard shows previewCsv/previewIcs first).

export function importCsv(
  calendar: Calendar,
  text: string,
  options: {
    mapping?: CsvMapping;
    partial?: boolean;
    hasHeader?: boolean;
    makeId?: CsvImportOptions['makeId'];
  } = {},
): ImportOutcome {
  const preview = previewCsv(text, {
    ...options,
    defaultTimeZone: calendar.settings.timeZone,
    campaigns: calendar.campaigns,
  });
  return applyImport(calendar, preview, { partial: options.partial });
}

export function importIcs(
  calendar: Calendar,
  text: string,
  options: { partial?: boolean } = {},
): ImportOutcome {
  const preview = previewIcs(text, {
    defaultTimeZone: calendar.settings.timeZone,
    campaigns: calendar.campaigns,
  });
  return applyImport(calendar, preview, { partial: options.partial });
}
