/**
 * User-written patterns run on RE2 (re2js): linear time whatever the pattern, so no regex can freeze the page.
 */
import { RE2JS } from 're2js';

export type CompiledPattern = { ok: true; regex: RE2JS } | { ok: false; error: string };

export function compileUserPattern(source: string, caseInsensitive: boolean): CompiledPattern {
  try {
    const regex = RE2JS.compile(source, caseInsensitive ? RE2JS.CASE_INSENSITIVE : 0);
    if (regex.matches('')) return { ok: false, error: 'the pattern matches empty text' };
    return { ok: true, regex };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Every non-overlapping match as UTF-16 [start, end) pairs, capped so a pathological draft stays cheap. */
export function findAll(regex: RE2JS, text: string, limit = 200): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  const matcher = regex.matcher(text);
  while (found.length < limit && matcher.find()) {
    const start = matcher.start();
    const end = matcher.end();
    if (end <= start) break;
    found.push([start, end]);
  }
  return found;
}
