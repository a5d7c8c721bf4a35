/**
 * Template body syntax:
 *   {author} {brand} {my_name}   built-in values
 *   {today} {date+3} {date-1}    a date, N days from today
 *   {?order number}              a fill-in field asked for at insertion (the label is the question)
 *   {|}                          where the caret lands after insertion (the first one wins)
 * Any other `{word}` is treated as a fill-in field labelled "word", so nothing is ever inserted as raw braces.
 * Mustache-style doubles (`{{author}}`) mean the same as single braces. A `{` with no matching `}` on the same
 * line, or `{}`, is plain text; there is no escape for a literal `{word}`.
 */

export type BuiltinVariable = 'author' | 'brand' | 'my_name' | 'date';

export type TemplateToken =
  | { kind: 'text'; text: string; start: number; end: number }
  /** `offset` is the day offset for `date` ({today} is date+0); 0 for the others. */
  | { kind: 'variable'; name: BuiltinVariable; offset: number; start: number; end: number }
  | { kind: 'custom'; label: string; start: number; end: number }
  | { kind: 'caret'; start: number; end: number };

const MAX_DAY_OFFSET = 3660;
const TOKEN = /\{\{([^{}\n]{1,80})\}\}|\{([^{}\n]{1,80})\}/g;

function classify(
  inner: string,
):
  | { kind: 'variable'; name: BuiltinVariable; offset: number }
  | { kind: 'custom'; label: string }
  | { kind: 'caret' }
  | null {
  const trimmed = inner.trim();
  if (trimmed === '|') return { kind: 'caret' };
  if (trimmed.startsWith('?')) {
    const label = trimmed.slice(1).trim();
    return label ? { kind: 'custom', label } : null;
  }
  const key = trimmed.toLowerCase();
  if (key === 'author' || key === 'brand' || key === 'my_name')
    return { kind: 'variable', name: key, offset: 0 };
  if (key === 'today') return { kind: 'variable', name: 'date', offset: 0 };
  const date = /^date\s*([+-])\s*(\d{1,4})$/.exec(key);
  if (date) {
    const days = Math.min(Number(date[2]), MAX_DAY_OFFSET);
    return { kind: 'variable', name: 'date', offset: date[1] === '-' ? -days : days };
  }
  if (key === 'date') return { kind: 'variable', name: 'date', offset: 0 };
  return trimmed ? { kind: 'custom', label: trimmed } : null;
}

/** Splits a body into text and variable tokens, with UTF-16 offsets into the body. Adjacent text is merged. */
export function parseTemplateBody(body: string): TemplateToken[] {
  const tokens: TemplateToken[] = [];
  const pushText = (text: string, start: number, end: number) => {
    if (!text) return;
    const last = tokens[tokens.length - 1];
    if (last?.kind === 'text' && last.end === start) {
      last.text += text;
      last.end = end;
    } else tokens.push({ kind: 'text', text, start, end });
  };
  let cursor = 0;
  for (const match of body.matchAll(TOKEN)) {
    const start = match.index;
    const end = start + match[0].length;
    pushText(body.slice(cursor, start), cursor, start);
    cursor = end;
    const token = classify(match[1] ?? match[2]);
    if (!token) pushText(match[0], start, end);
    else tokens.push({ ...token, start, end });
  }
  pushText(body.slice(cursor), cursor, body.length);
  return tokens;
}

/** The fill-in labels of a body, in order of first appearance, each once. */
export function customFields(body: string): string[] {
  const labels: string[] = [];
  for (const token of parseTemplateBody(body)) {
    if (token.kind === 'custom' && !labels.includes(token.label)) labels.push(token.label);
  }
  return labels;
}
