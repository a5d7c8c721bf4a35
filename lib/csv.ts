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
    fields.push(field);
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
      for (;;) {
        if (i >= text.length) return { ok: false, error: { line: quoteLine, code: 'csv.unclosedQuote' } };
        const q = text[i];
        if (q === '"') {
          if (text[i + 1] !== '"') break;
          field += '"';
          i += 2;
        } else if (isNewline(q)) {
          // Line breaks inside a quoted field are kept as \n whatever the file used.
          field += '\n';
          consumeNewline();
        } else {
          field += q;
          i++;
        }
      }
      i++;
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
      field += c;
      fieldStarted = true;
      i++;
    }
  }
  if (fieldStarted || fields.length) endRecord();
  return { ok: true, records, delimiter };
}

function quote(value: string, delimiter: string): string {
  const needsQuotes = value.includes(delimiter) || /["\r\n]/.test(value) || value !== value.trim();
  return needsQuotes ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows to RFC 4180 text: CRLF line ends, fields quoted only when needed, with a BOM so Excel reads UTF-8. */
export function serializeCsv(rows: readonly (readonly string[])[], { delimiter = ',', bom = true } = {}): string {
  return (bom ? '\uFEFF' : '') + rows.map((row) => row.map((v) => quote(v, delimiter)).join(delimiter)).join('\r\n') + '\r\n';
}
