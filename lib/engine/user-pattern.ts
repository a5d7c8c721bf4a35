/**
 * User-written patterns run on RE2 (re2js): linear time whatever the pattern, so no regex can backtrack. Linear is
 * not cheap, though: RE2 steps through its whole program for every character in the worst case, so a pattern
 * whose program is large (`[A-Za-z]{1000}` is 1,002 instructions; 210 ms per check on a long draft) is refused
 * here, on every path a pattern arrives by: the dashboard, a kit file, a managed policy.
 */
import { RE2JS } from 're2js';

/**
 * The most RE2 instructions a pattern may compile to. Cost grows with the program: on the shared 2-core test
 * machine, five 20,000-character hostile drafts took 14 ms for [A-Za-z]{20} (22 instructions), 81 ms for
 * [A-Za-z]{100} (102) and 1,451 ms for [A-Za-z]{1000} (1,002). Even small patterns can exceed 10 ms per 20,000
 * characters there (test/unit/freeze); this cap stops the unbounded cases, it does not make re2js that fast.
 */
export const MAX_PATTERN_PROGRAM = 200;

export type CompiledPattern = { ok: true; regex: RE2JS } | { ok: false; error: string; tooCostly?: true };

export function compileUserPattern(source: string, caseInsensitive: boolean): CompiledPattern {
  let regex: RE2JS;
  try {
    regex = RE2JS.compile(source, caseInsensitive ? RE2JS.CASE_INSENSITIVE : 0);
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  const size = regex.programSize();
  if (size > MAX_PATTERN_PROGRAM) {
    return {
      ok: false,
      tooCostly: true,
      error: `the pattern compiles to ${size} RE2 steps per character (at most ${MAX_PATTERN_PROGRAM}): shorten counted repeats such as {1000} or long lists of alternatives`,
    };
  }
  if (regex.matches('')) return { ok: false, error: 'the pattern matches empty text' };
  return { ok: true, regex };
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
