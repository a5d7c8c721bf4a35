import { previewCsv, type CsvImportOptions, type CsvMapping } from './csv-slots';
import { previewIcs } from './ics-import';
import { applyImport, type ImportOutcome } from './import-result';
import type { Calendar } from './schema';

// One-call imports for callers that skip the preview step (the dashboard shows previewCsv/previewIcs first).

export function importCsv(calendar: Calendar, text: string, options: { mapping?: CsvMapping; partial?: boolean; hasHeader?: boolean; makeId?: CsvImportOptions['makeId'] } = {}): ImportOutcome {
  const preview = previewCsv(text, { ...options, defaultTimeZone: calendar.settings.timeZone, campaigns: calendar.campaigns });
  return applyImport(calendar, preview, { partial: options.partial });
}

export function importIcs(calendar: Calendar, text: string, options: { partial?: boolean } = {}): ImportOutcome {
  const preview = previewIcs(text, { defaultTimeZone: calendar.settings.timeZone, campaigns: calendar.campaigns });
  return applyImport(calendar, preview, { partial: options.partial });
}
