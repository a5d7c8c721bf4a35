import { parseCsv as parseRfc4180 } from '../csv';
// CSV as Excel and LibreOffice read it: RFC 4180 quoting, CRLF rows, and a UTF-8 byte-order mark so Excel
// opens Chinese text as UTF-8 instead of the system code page.
export const UTF8_BOM = '\uFEFF';

export type CsvCell = string | number | boolean | null | undefined;

export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => CsvCell;
}

/** Text a spreadsheet would run as a formula gets a leading apostrophe (CSV injection); numbers stay numbers. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: Iterable<Row>, options: { bom?: boolean } = {}): string {
  const lines = [columns.map((c) => csvCell(c.header)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(c.value(row))).join(','));
  return (options.bom === false ? '' : UTF8_BOM) + lines.join('\r\n') + '\r\n';
}

/** Reads CSV written by `toCsv` (or any RFC 4180 file) back into rows of cells; a BOM is ignored. */
export function parseCsv(text: string): string[][] {
  const parsed = parseRfc4180(text, ',');
  if (!parsed.ok) throw new Error(`CSV ${parsed.error.code} on line ${parsed.error.line}`);
  return parsed.records.map((record) => record.fields);
}
