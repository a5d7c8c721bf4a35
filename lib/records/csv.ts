import { parseCsv as parseRfc4180, serializeCsv, type CsvCell } from '../csv';
// CSV as Excel and LibreOffice read it: RFC 4180 quoting, CRLF rows, and a UTF-8 byte-order mark so Excel
// opens Chinese text as UTF-8 instead of the system code page.
export const UTF8_BOM = '\uFEFF';

export type { CsvCell };

export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => CsvCell;
}

export function toCsv<Row>(
  columns: readonly CsvColumn<Row>[],
  rows: Iterable<Row>,
  options: { bom?: boolean } = {},
): string {
  const body = function* () {
    yield columns.map((c) => c.header);
    for (const row of rows) yield columns.map((c) => c.value(row));
  };
  return serializeCsv(body(), { bom: options.bom !== false });
}

/** Reads CSV written by `toCsv` (or any RFC 4180 file) back into rows of cells; a BOM is ignored. */
export function parseCsv(text: string): string[][] {
  const parsed = parseRfc4180(text, ',');
  if (!parsed.ok) throw new Error(`CSV ${parsed.error.code} on line ${parsed.error.line}`);
  return parsed.records.map((record) => record.fields);
}
