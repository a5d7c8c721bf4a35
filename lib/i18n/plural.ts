/**
 * Plural forms inside a UI string, in the ICU MessageFormat shape translators know:
 *   'Today: {posts, plural, one {# post} other {# posts}}'
 * The form is chosen by Intl.PluralRules for the UI language ('one' and 'other' in English; Chinese has only
 * 'other', so its strings need no plural block). `#` is the count, formatted for the locale; `=0 {…}` picks an
 * exact value first. Strings without a plural block pass through untouched, so plain `{name}` strings keep working.
 */

const rulesCache = new Map<string, Intl.PluralRules>();
const numberCache = new Map<string, Intl.NumberFormat>();

function pluralRules(locale: string): Intl.PluralRules {
  let rules = rulesCache.get(locale);
  if (!rules) rulesCache.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules;
}

export function formatCount(locale: string, value: number): string {
  let format = numberCache.get(locale);
  if (!format) numberCache.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(value);
}

/** Index of the `}` closing the `{` at `open`, or -1. */
function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** The `selector {text}` options of a plural block's body. */
function options(body: string): Map<string, string> {
  const found = new Map<string, string>();
  let i = 0;
  while (i < body.length) {
    const open = body.indexOf('{', i);
    if (open < 0) break;
    const close = closingBrace(body, open);
    if (close < 0) break;
    found.set(body.slice(i, open).trim(), body.slice(open + 1, close));
    i = close + 1;
  }
  return found;
}

const PLURAL_START = /\{(\w+),\s*plural,/g;

/** Replaces every `{name, plural, …}` block of `template` by the form that fits `params[name]`. */
export function selectPlurals(
  locale: string,
  template: string,
  params: Record<string, string | number>,
): string {
  if (!template.includes(', plural,')) return template;
  let out = '';
  let last = 0;
  for (const match of template.matchAll(PLURAL_START)) {
    const start = match.index;
    if (start < last) continue; // inside a block already replaced
    const end = closingBrace(template, start);
    if (end < 0) break;
    const value = Number(params[match[1]]);
    const forms = options(template.slice(start + match[0].length, end));
    const chosen =
      forms.get(`=${value}`) ??
      forms.get(Number.isFinite(value) ? pluralRules(locale).select(value) : 'other') ??
      forms.get('other') ??
      '';
    out +=
      template.slice(last, start) +
      chosen.replaceAll(
        '#',
        Number.isFinite(value) ? formatCount(locale, value) : String(params[match[1]] ?? ''),
      );
    last = end + 1;
  }
  return out + template.slice(last);
}

/** The names of a string's placeholders, plural blocks included (for the translation parity test). */
export function placeholderNames(template: string): string[] {
  const names = new Set<string>();
  // A plural form's text ("one {once}") is not a placeholder.
  for (const match of template.matchAll(
    /(?<!(?:zero|one|two|few|many|other|=\d+)\s*)\{(\w+)(?:\}|,\s*plural,)/g,
  ))
    names.add(match[1]);
  return [...names].sort();
}
