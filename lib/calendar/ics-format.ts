// RFC 5545 text layer: content lines, parameters, escaping, and folding at 75 octets.

const encoder = new TextEncoder();

/** TEXT value escaping (§3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** Splits a TEXT list on unescaped commas (CATEGORIES, EXDATE values). */
export function splitList(value: string): string[] {
  const items: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '\\' && i + 1 < value.length) {
      current += value[i] + value[i + 1];
      i++;
    } else if (value[i] === ',') {
      items.push(current);
      current = '';
    } else {
      current += value[i];
    }
  }
  items.push(current);
  return items;
}

/**
 * Folds a content line so no physical line exceeds 75 octets (§3.1), never splitting a UTF-8 sequence or a
 * surrogate pair; continuation lines start with one space, which counts toward their 75.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export interface ContentLine {
  name: string;
  params: Record<string, string[]>;
  value: string;
  /** 1-based physical line the (folded) content line starts on. */
  line: number;
}

export type ContentLinesResult = { ok: true; lines: ContentLine[] } | { ok: false; line: number };

/** Unfolds and parses every content line; the first malformed one fails the whole file, by line number. */
export function parseContentLines(text: string): ContentLinesResult {
  const physical = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const logical: { text: string; line: number }[] = [];
  physical.forEach((raw, index) => {
    if ((raw.startsWith(' ') || raw.startsWith('\t')) && logical.length)
      logical[logical.length - 1].text += raw.slice(1);
    else if (raw.length) logical.push({ text: raw, line: index + 1 });
  });
  const lines: ContentLine[] = [];
  for (const { text: content, line } of logical) {
    const parsed = parseContentLine(content);
    if (!parsed) return { ok: false, line };
    lines.push({ ...parsed, line });
  }
  return { ok: true, lines };
}

const NAME = /^[A-Za-z0-9-]+$/;

function parseContentLine(content: string): Omit<ContentLine, 'line'> | undefined {
  // name *(";" param) ":" value, where parameter values may be quoted and hold ':' ';' ','.
  let i = 0;
  const readName = () => {
    const start = i;
    while (i < content.length && /[A-Za-z0-9-]/.test(content[i])) i++;
    return content.slice(start, i);
  };
  const name = readName();
  if (!name || !NAME.test(name)) return undefined;
  const params: Record<string, string[]> = {};
  while (content[i] === ';') {
    i++;
    const paramName = readName().toUpperCase();
    if (!paramName || content[i] !== '=') return undefined;
    i++;
    const values: string[] = [];
    for (;;) {
      if (content[i] === '"') {
        const end = content.indexOf('"', i + 1);
        if (end < 0) return undefined;
        values.push(content.slice(i + 1, end));
        i = end + 1;
      } else {
        const start = i;
        while (i < content.length && !';:,'.includes(content[i])) i++;
        values.push(content.slice(start, i));
      }
      if (content[i] !== ',') break;
      i++;
    }
    params[paramName] = values;
  }
  if (content[i] !== ':') return undefined;
  return { name: name.toUpperCase(), params, value: content.slice(i + 1) };
}

/** Serializes one property with optional parameters, quoting parameter values that need it, then folds it. */
export function contentLine(name: string, value: string, params: Record<string, string> = {}): string {
  const paramText = Object.entries(params)
    .map(([key, v]) => `;${key}=${/[;:,]/.test(v) ? `"${v.replace(/"/g, '')}"` : v}`)
    .join('');
  return foldLine(`${name}${paramText}:${value}`);
}

/** '2026-03-06T12:00' → 20260306T120000. */
export function icsLocal(local: string): string {
  return `${local.slice(0, 4)}${local.slice(5, 7)}${local.slice(8, 10)}T${local.slice(11, 13)}${local.slice(14, 16)}00`;
}

/** Epoch ms → 20260306T040000Z. */
export function icsUtc(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** '2026-03-06' → 20260306. */
export function icsDate(date: string): string {
  return date.replace(/-/g, '');
}

/** Parses DATE or DATE-TIME text: 20260306, 20260306T120000, 20260306T040000Z. */
export function parseIcsDateTime(value: string): { date: string; time?: string; utc: boolean } | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/.exec(value.trim());
  if (!match) return undefined;
  const [, y, mo, d, h, mi, , z] = match;
  const date = `${y}-${mo}-${d}`;
  return h === undefined ? { date, utc: false } : { date, time: `${h}:${mi}`, utc: z === 'Z' };
}

/** Parses an RFC 5545 DURATION (P1W, PT30M, P1DT2H, -PT15M) into minutes. */
export function parseIcsDuration(value: string): number | undefined {
  const match = /^([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(value.trim());
  if (!match || value.trim().endsWith('T') || /^[+-]?P$/.test(value.trim())) return undefined;
  const [, sign, w, d, h, m, s] = match;
  const minutes =
    Number(w ?? 0) * 10_080 +
    Number(d ?? 0) * 1440 +
    Number(h ?? 0) * 60 +
    Number(m ?? 0) +
    Math.floor(Number(s ?? 0) / 60);
  return sign === '-' ? -minutes : minutes;
}

/** Minutes → PT30M / PT1H30M / P1D. */
export function icsDuration(minutes: number): string {
  if (minutes === 0) return 'PT0M';
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const time = `${hours ? `${hours}H` : ''}${rest ? `${rest}M` : ''}`;
  return `P${days ? `${days}D` : ''}${time ? `T${time}` : ''}`;
}
