// The content calendar's pure logic: model, recurrence, views, edits, plan versus actual, rhythm guards,
// CSV and iCalendar import/export. No DOM and no browser APIs, so popup, dashboard and background share it.
export * from './schema';
export { checkRule, seriesEnd } from './recurrence';
export * from './time';
export * from './occurrences';
export * from './edit';
export * from './views';
export * from './plan-actual';
export * from './rhythm';
export * from './import-result';
export { parseCsv, serializeCsv, detectDelimiter, type CsvRecord, type CsvParseResult } from '../csv';
export * from './csv-slots';
export { toIcs, type IcsExportOptions } from './ics-export';
export { previewIcs, resolveTzid, type IcsImportOptions } from './ics-import';
export { composeUrl } from './compose';
export * from './rule-builder';
export { platformFromName, contentTypeFromName, statusFromName } from './aliases';
export { importCsv, importIcs, readCalendarFile, MAX_CALENDAR_FILE_BYTES } from './importers';
