/**
 * User-written patterns run on RE2 (re2js): linear time whatever the pattern, so no regex can backtrack. Linear is
 * not cheap, though: RE2 steps through its whole program for every character in the worst case, so a pattern
 * whose program is large (`[A-Za-z]{1000}` is 1,002 instructions; 210 ms per check on a long draft) is refused
 * here, on every path a pattern arrives by: the dashboard, a kit file, a managed policy. Scanning goes through
 * pattern-scan.ts, which keeps re2js to the places a match can be and to a work and time budget.
 */
import { RE2JS } from 're2js';
import {
  matchesEmpty,
  planOf,
  scanPlain,
  scanWithPlan,
  type ScanOptions,
  type ScanPlan,
  type ScanResult,
} from './pattern-scan';

/**
 * The most RE2 instructions a pattern may compile to. Cost grows with the program: on the shared 2-core test
 * machine, five 20,000-character hostile drafts took 14 ms for [A-Za-z]{20} (22 instructions), 81 ms for
 * [A-Za-z]{100} (102) and 1,451 ms for [A-Za-z]{1000} (1,002) when scanned with re2js's Matcher alone (the
 * planned scan of pattern-scan.ts takes about 1 ms for each); the cap bounds the cost of every single search.
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
  // An empty match anywhere (`\b`, `x?`), not only on empty text: a scan could not step past it.
  if (matchesEmpty(regex) === true || regex.matches(''))
    return { ok: false, error: 'the pattern matches empty text' };
  return { ok: true, regex };
}

/** Each compiled pattern's scan plan, read on its first scan and kept (a kit's patterns are compiled once). */
const plans = new WeakMap<RE2JS, ScanPlan | null>();

/** Matches of a compiled pattern, stopping where its budget runs out (see pattern-scan.ts). */
export function scanUserPattern(regex: RE2JS, text: string, options: ScanOptions): ScanResult {
  let plan = plans.get(regex);
  if (plan === undefined) {
    const planned = planOf(regex, regex.programSize());
    plans.set(regex, (plan = planned.ok ? planned.plan : null));
  }
  return plan ? scanWithPlan(regex, plan, text, options) : scanPlain(regex, text, options);
}

/** Every non-overlapping match as UTF-16 [start, end) pairs, capped so a pathological draft stays cheap. */
export function findAll(regex: RE2JS, text: string, limit = 200): Array<[number, number]> {
  return scanUserPattern(regex, text, { limit }).matches;
}
