// RFC 4180 CSV for every import in Onbrand (calendar, brand-kit terms, activity-log exports read back), written
// here rather than taken from a library because imports must name the physical line each
// record starts on (a quoted field may span lines), which general parsers do not report. Handles quoted fields,
// doubled quotes, CRLF/LF/CR, newlines inside quotes and a UTF-8 BOM; ';' and tab files (Excel in many locales)
// are detected from the first line.

export interface CsvRecord {
  /** 1-based line of the file on which this record starts. */
  line: number;
  fields: string[];
}

export type CsvSyntaxCode = 'csv.unclosedQuote' | 'csv.textAfterQuote';

export type CsvParseResult =
  | { ok: true; records: CsvRecord[]; delimiter: string }
  | { ok: false; error: { line: number; code: CsvSyntaxCode } };

export function detectDelimiter(text: string): string {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/, 1)[0] ?? '';
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => [d, unquoted.split(d).length - 1] as const);
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : ',';
}

const LINE_BREAK = /\r\n|\n|\r/g;

export function parseCsv(input: string, delimiter = detectDelimiter(input)): CsvParseResult {
  const text = input.replace(/^\uFEFF/, '');
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  /** Whether the current field has begun (so a quote now is data, not an opening quote). */
  let fieldStarted = false;
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const endField = () => {
    // Our own exports come back as written, without the formula guard's apostrophe.
    fields.push(unguard(field));
    field = '';
    fieldStarted = false;
  };
  const endRecord = () => {
    endField();
    // Blank lines carry no data; they are skipped but still counted.
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
  };
  const isNewline = (c: string | undefined) => c === '\n' || c === '\r';
  const consumeNewline = () => {
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    i++;
    line++;
  };
  while (i < text.length) {
    const c = text[i];
    if (c === '"' && !fieldStarted) {
      const quoteLine = line;
      fieldStarted = true;
      i++;
      // Whole stretches between quotes are sliced at once: adding one character at a time made huge fields slow.
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) return { ok: false, error: { line: quoteLine, code: 'csv.unclosedQuote' } };
        let chunk = text.slice(i, q);
        const breaks = chunk.match(LINE_BREAK);
        if (breaks) {
          // Line breaks inside a quoted field are kept as \n whatever the file used.
          line += breaks.length;
          chunk = chunk.replace(LINE_BREAK, '\n');
        }
        // A run of quotes: each pair is one quote of data; an odd last one closes the field. Taken as one run, so
        // a field of many doubled quotes costs one append, not one per quote (a header line of quotes).
        let end = q;
        while (text[end] === '"') end++;
        const run = end - q;
        field += chunk + '"'.repeat(run >> 1);
        i = end;
        if (run % 2 === 1) break;
      }
      if (i < text.length && text[i] !== delimiter && !isNewline(text[i])) {
        return { ok: false, error: { line, code: 'csv.textAfterQuote' } };
      }
    } else if (c === delimiter) {
      endField();
      i++;
    } else if (isNewline(c)) {
      endRecord();
      consumeNewline();
      recordLine = line;
    } else {
      // A quote in the middle of an unquoted field (5" screen) is kept literally, as spreadsheets do.
      let j = i + 1;
      while (j < text.length && text[j] !== delimiter && !isNewline(text[j])) j++;
      field += text.slice(i, j);
      fieldStarted = true;
      i = j;
    }
  }
  if (fieldStarted || fields.length) endRecord();
  return { ok: true, records, delimiter };
}

export type CsvCell = string | number | boolean | null | undefined;

/** Starts like a formula, possibly behind apostrophes the guard added (so the guard can be undone exactly). */
const FORMULA = /^'*[=+\-@\t\r\n]/;

/** What the formula guard wrote back to the text: one leading apostrophe less. */
function unguard(field: string): string {
  return field.charCodeAt(0) === 0x27 && FORMULA.test(field) ? field.slice(1) : field;
}

/**
 * One cell as written: text a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading
 * apostrophe (CSV injection, e.g. =HYPERLINK(…)); numbers stay numbers; quoted only when needed.
 */
export function csvCell(value: CsvCell, delimiter = ','): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA.test(text)) text = `'${text}`;
  const needsQuotes = text.includes(delimiter) || /["\r\n]/.test(text) || /^\s|\s$/.test(text);
  return needsQuotes ? `"${text.split('"').join('""')}"` : text;
}

/**
 * The one CSV writer of every export (records, tables, calendar): RFC 4180 with CRLF line ends, the formula guard
 * on every cell, and a BOM so Excel reads UTF-8.
 */
export function serializeCsv(
  rows: Iterable<readonly CsvCell[]>,
  { delimiter = ',', bom = true } = {},
): string {
  const lines: string[] = [];
  for (const row of rows) lines.push(row.map((v) => csvCell(v, delimiter)).join(delimiter));
  return (bom ? '\uFEFF' : '') + lines.join('\r\n') + '\r\n';
}
