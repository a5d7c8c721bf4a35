/**
 * Live validation of a team pattern as it is typed: RE2 syntax (re2js, linear time), not matching empty text,
 * the worst-case cost cap every path applies (compileUserPattern: huge alternations or counted repetitions
 * compile into large programs that stay linear but slow), and a time budget for compiling and for one scan of a
 * 20 KB sample draft, shown as a figure.
 */
import { compileUserPattern, scanUserPattern } from '@/lib/engine/user-pattern';

export interface PatternBudget {
  compileMs: number;
  scanMs: number;
}
export const DEFAULT_PATTERN_BUDGET: PatternBudget = { compileMs: 50, scanMs: 50 };

export type PatternCheck =
  | { ok: true; compileMs: number; scanMs: number; matches: number }
  | { ok: false; reason: 'invalid' | 'empty-match' | 'too-slow'; detail: string };

/** A 20 KB mixed English/Chinese/emoji draft, the size of a long article. */
export const PATTERN_SAMPLE: string = (() => {
  const unit =
    'Thanks for reaching out! Order ORD-123456 ships today 🚚 感谢您的耐心等待，客服电话 400-800-1234。 SAVE20 applies until Friday. ';
  return unit.repeat(Math.ceil(20_480 / unit.length)).slice(0, 20_480);
})();

export function checkPattern(
  source: string,
  caseInsensitive: boolean,
  budget: PatternBudget = DEFAULT_PATTERN_BUDGET,
  now: () => number = () => performance.now(),
): PatternCheck {
  const started = now();
  const compiled = compileUserPattern(source, caseInsensitive);
  const compileMs = now() - started;
  if (!compiled.ok) {
    if (compiled.tooCostly) return { ok: false, reason: 'too-slow', detail: compiled.error };
    return compiled.error === 'the pattern matches empty text'
      ? { ok: false, reason: 'empty-match', detail: compiled.error }
      : { ok: false, reason: 'invalid', detail: compiled.error };
  }
  if (compileMs > budget.compileMs)
    return {
      ok: false,
      reason: 'too-slow',
      detail: `compiling took ${compileMs.toFixed(1)} ms (budget ${budget.compileMs} ms)`,
    };
  const scanStarted = now();
  const scanned = scanUserPattern(compiled.regex, PATTERN_SAMPLE, { limit: 200 });
  const matches = scanned.matches.length;
  const scanMs = now() - scanStarted;
  if (scanned.stoppedAt !== undefined)
    return { ok: false, reason: 'too-slow', detail: 'a 20 KB draft needs more work than one check allows' };
  if (scanMs > budget.scanMs)
    return {
      ok: false,
      reason: 'too-slow',
      detail: `a 20 KB draft took ${scanMs.toFixed(1)} ms (budget ${budget.scanMs} ms)`,
    };
  return { ok: true, compileMs, scanMs, matches };
}
