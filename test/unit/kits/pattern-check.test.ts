import { describe, expect, it } from 'vitest';
import { PATTERN_SAMPLE, checkPattern } from '@/lib/kits/pattern-check';

describe('live pattern validation', () => {
  it('accepts a good pattern and counts its matches in the 20 KB sample', () => {
    expect(PATTERN_SAMPLE.length).toBe(20_480);
    // A still clock: under machine load the cold first compile can pass the real budget (seen at load 6 beside a
    // mutation run); the budgets have their own cases below.
    const result = checkPattern('ORD-[0-9]{6}', false, undefined, () => 0);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.matches).toBeGreaterThan(100);
  });

  it('refuses invalid syntax with the reason, including what RE2 does not support', () => {
    expect(checkPattern('(unclosed', false)).toMatchObject({
      ok: false,
      reason: 'invalid',
      detail: expect.stringMatching(/missing closing \)/i),
    });
    expect(checkPattern('(a)\\1', false)).toMatchObject({ ok: false, reason: 'invalid' });
    expect(checkPattern('(?<=\\$)[0-9]+', false)).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('refuses a pattern that matches empty text', () => {
    expect(checkPattern('a*', false)).toMatchObject({ ok: false, reason: 'empty-match' });
  });

  it('refuses a pattern over the time budget, with the measured time', () => {
    // A fake clock that advances 30 ms per reading: compiling "takes" 30 ms, over a 10 ms budget.
    let t = 0;
    const clock = () => (t += 30);
    expect(checkPattern('SAVE[0-9]{2}', false, { compileMs: 10, scanMs: 1000 }, clock)).toMatchObject({
      ok: false,
      reason: 'too-slow',
      detail: expect.stringContaining('compiling took 30.0 ms'),
    });
    expect(checkPattern('SAVE[0-9]{2}', false, { compileMs: 1000, scanMs: 10 }, clock)).toMatchObject({
      ok: false,
      reason: 'too-slow',
      detail: expect.stringContaining('20 KB'),
    });
  });

  it('refuses a pattern whose worst case is too costly, with the reason, whatever its sample timing', () => {
    expect(checkPattern('[A-Za-z]{1000}', false)).toMatchObject({
      ok: false,
      reason: 'too-slow',
      detail: expect.stringContaining('1002 RE2 steps'),
    });
    const words = Array.from({ length: 3000 }, (_, i) => `w${i}x[0-9]{1,3}`).join('|');
    expect(checkPattern(words, true)).toMatchObject({ ok: false, reason: 'too-slow' });
  });
});
