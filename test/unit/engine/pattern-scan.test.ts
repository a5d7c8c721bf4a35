import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import type { RE2JS } from 're2js';
import { compileKit } from '@/lib/engine';
import { compileUserPattern, findAll, scanUserPattern } from '@/lib/engine/user-pattern';
import { MAX_SEARCH_UNITS, planOf, UNTIMED_UNITS } from '@/lib/engine/pattern-scan';
import { customMaskersOf, maskPersonalData } from '@/lib/records/mask';

// Issue 15: user patterns are scanned with a plan read from their RE2 program (pattern-scan.ts). It must find
// exactly what re2js's own Matcher finds, and stay fast and bounded on hostile drafts.

/** re2js's Matcher over the whole text, with no plan and no budget: the reference. */
function reference(regex: RE2JS, text: string, limit = Infinity): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const m = regex.matcher(text);
  while (out.length < limit && m.find()) out.push([m.start(), m.end()]);
  return out;
}

function compiled(source: string, caseInsensitive = false): RE2JS {
  const result = compileUserPattern(source, caseInsensitive);
  if (!result.ok) throw new Error(`${source}: ${result.error}`);
  return result.regex;
}

const PATTERNS = [
  '[A-Za-z]{20}',
  'ORD-[0-9]{6}',
  '(?i)refund',
  '\\bfoo\\b',
  'a+b',
  '^ab',
  'ab$',
  '(?m)^ab',
  '(?m)ab$',
  '\\bSAVE\\d+\\b',
  '(?i)k',
  '(?i)s+',
  '[^a]{3}',
  '.{2,5}x',
  '(?s)x.*y',
  '(a|ab)(c|bcd)(d*)',
  '\\p{Han}{2}',
  '😀+',
  '[😀-😂]x',
  '\\Bb\\B',
  '\\d{3}-\\d{4}',
  '(?i)straße',
  '(ab|a)(bc|c)?',
  '\\w+@\\w+\\.com',
  '\\s{2}',
  'a|bc|def|ghij',
  'z*a',
  '(?:a\\b|b)c?',
  'a[ab]{0,40}b',
  '[ab]+c',
  '\\b[ab]{5}\\b',
];
// Letters whose case folds differ (K and the Kelvin sign, s and the long s), a lone surrogate, emoji, hanzi.
const ALPHABET = [...'abcdkKsSxyz -123@.ofrenuORDAVEßé\n', '\u212a', 'ſ', '汉', '字', '😀', '😁', '\ud800'];

describe('user pattern scan', () => {
  it('finds exactly the matches re2js finds, on random drafts short and long', () => {
    const draft = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 1500 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(fc.constantFrom(...PATTERNS), fc.boolean(), draft, (source, caseInsensitive, text) => {
        const regex = compiled(source, caseInsensitive);
        expect(scanUserPattern(regex, text, { limit: 10_000 }).matches).toEqual(reference(regex, text));
      }),
      { numRuns: 1500, seed: 15 },
    );
  });

  it('finds the same matches in long runs of few letters (the windowed search) as re2js', () => {
    const draft = fc
      .array(fc.constantFrom('a', 'b', 'a', 'b', ' ', 'c', 'x', '\n'), { minLength: 2000, maxLength: 6000 })
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(fc.constantFrom(...PATTERNS), draft, (source, text) => {
        const regex = compiled(source);
        expect(scanUserPattern(regex, text, { limit: 10_000 }).matches).toEqual(reference(regex, text));
      }),
      { numRuns: 200, seed: 22 },
    );
  });

  it('reads the plan of re2js 2.10 programs (an upgrade that changes their layout fails here)', () => {
    const plan = (source: string) => {
      const regex = compiled(source);
      const result = planOf(regex, regex.programSize());
      if (!result.ok) throw new Error(`${source}: no plan (${result.reason})`);
      return result.plan;
    };
    expect(plan('[A-Za-z]{20}')).toMatchObject({ minLength: 20, maxLength: 20 });
    expect(plan('ORD-[0-9]{6}')).toMatchObject({ minLength: 10, maxLength: 10 });
    expect(plan('.{2,5}x')).toMatchObject({ minLength: 3, maxLength: 11 }); // . may read a surrogate pair
    expect(plan('\\w+@\\w+')).toMatchObject({ minLength: 3, maxLength: Infinity });
    const refund = plan('(?i)refund');
    expect(['r', 'R'].map((c) => refund.first.has(c.codePointAt(0)!))).toEqual([true, true]);
    expect(refund.first.has('e'.codePointAt(0)!)).toBe(false);
    expect(plan('(?i)k').first.has(0x212a)).toBe(true); // the Kelvin sign folds to k in RE2
    expect(plan('[A-Za-z]{20}').alphabet.has('汉'.codePointAt(0)!)).toBe(false);
  });

  it('refuses a pattern that matches empty text anywhere, not only on empty text', () => {
    for (const source of ['\\b', '(?m)^', '(?m)$\\b', 'x?y?', '\\B'])
      expect(compileUserPattern(source, false), source).toMatchObject({
        ok: false,
        error: 'the pattern matches empty text',
      });
  });

  it('never starts a search over its work budget: the scan says where it stopped', () => {
    // A leading [ab]* makes the match as long as the run: positions need re2js's NFA over all of it.
    const regex = compiled('[ab]*a[ab]{20}');
    const text = 'ab'.repeat(10_000);
    expect(text.length * regex.programSize()).toBeGreaterThan(MAX_SEARCH_UNITS);
    expect(scanUserPattern(regex, text, { limit: 200 })).toEqual({ matches: [], stoppedAt: 0 });
    // The same pattern on a draft of ordinary length is scanned in full.
    expect(scanUserPattern(regex, text.slice(0, 2000), { limit: 200 }).matches).toEqual(
      reference(regex, text.slice(0, 2000)),
    );
  });

  it('stops at the deadline between searches (`a[ab]*c|a` over "aaaa…" re-reads the rest per match)', () => {
    const regex = compiled('(?:a[ab]*c|a)');
    const text = 'a'.repeat(5000);
    let clock = 0;
    const now = () => clock++; // one "millisecond" per look at the clock
    const result = scanUserPattern(regex, text, { limit: 200, deadline: 5, now });
    expect(result.stoppedAt).toBeGreaterThan(0);
    expect(result.matches.length).toBeLessThan(10);
    expect(result.matches).toEqual(reference(regex, text, result.matches.length));
    expect(result.stoppedAt).toBe(result.matches.at(-1)![1]);
  });

  it('a short draft ignores the deadline, so its findings do not depend on how busy the machine is', () => {
    const regex = compiled('ORD-[0-9]+');
    const text = 'see ORD-123 and ORD-456';
    expect(text.length * regex.programSize()).toBeLessThanOrEqual(UNTIMED_UNITS);
    expect(scanUserPattern(regex, text, { limit: 200, deadline: -1 })).toEqual({
      matches: [
        [4, 11],
        [16, 23],
      ],
    });
  });

  it('the checker reports a pattern that ran out of budget as a finding over the text it did not check', () => {
    const checker = compileKit({
      version: 2,
      profile: { name: 'k' },
      bannedTerms: [],
      patterns: [{ id: 'greedy', pattern: '[ab]*a[ab]{20}', severity: 'block', message: 'x' }],
    });
    const text = `Hello ${'ab'.repeat(10_000)}`;
    // A frozen clock: the work budget alone decides here, not how busy the machine is.
    const clock = vi.spyOn(performance, 'now').mockReturnValue(0);
    const findings = checker.check(text, { platform: 'x' });
    clock.mockRestore();
    const skipped = findings.filter((f) => f.kind === 'pattern-skipped');
    expect(skipped).toEqual([
      expect.objectContaining({
        ruleId: 'pattern:greedy',
        severity: 'warn',
        start: 6,
        end: text.length,
        message: {
          en: expect.stringContaining('“greedy” was not checked from here on: it was too slow'),
          zh: expect.stringContaining('运行太慢'),
        },
      }),
    ]);
  });

  it('the time budget starts with the check: on a frozen clock a long draft is checked in full', () => {
    const checker = compileKit({
      version: 2,
      profile: { name: 'k' },
      bannedTerms: [],
      patterns: [{ id: 'order', pattern: 'ORD-[0-9]+', severity: 'warn', message: 'x' }],
      privacy: { custom: [{ id: 'member', pattern: 'M[0-9]{5}', label: 'member' }] },
    });
    const text = `ORD-1 M12345 ${'lorem ipsum '.repeat(2_000)}ORD-2 M67890`;
    const clock = vi.spyOn(performance, 'now').mockReturnValue(0);
    const found = checker.check(text, { platform: 'x', lists: ['pattern', 'privacy'] });
    clock.mockRestore();
    expect(found.map((f) => `${f.ruleId}:${f.text}`)).toEqual([
      'pattern:order:ORD-1',
      'privacy:custom:member:M12345',
      'pattern:order:ORD-2',
      'privacy:custom:member:M67890',
    ]);
  });

  it('a skipped pattern is filed under custom, a skipped privacy detector under privacy, over the text left', () => {
    const greedy = '[ab]*a[ab]{20}';
    const checker = compileKit({
      version: 2,
      profile: { name: 'k' },
      bannedTerms: [],
      patterns: [{ id: 'greedy', pattern: greedy, severity: 'block', message: 'x' }],
      privacy: { custom: [{ id: 'member', pattern: greedy, label: 'member' }] },
    });
    const text = `Hello ${'ab'.repeat(10_000)}`;
    const clock = vi.spyOn(performance, 'now').mockReturnValue(0);
    const skipped = checker.check(text, { platform: 'x' }).filter((f) => f.kind === 'pattern-skipped');
    clock.mockRestore();
    const left = { start: 6, end: text.length, text: text.slice(6), suggestions: [], severity: 'warn' };
    expect(skipped).toEqual([
      expect.objectContaining({
        ruleId: 'privacy:custom:member',
        list: 'privacy',
        category: 'privacy',
        ...left,
      }),
      expect.objectContaining({ ruleId: 'pattern:greedy', list: 'pattern', category: 'custom', ...left }),
    ]);
  });

  it('a custom detector over budget masks the text it could not read instead of storing it bare', () => {
    const maskers = customMaskersOf([
      {
        version: 2,
        profile: { name: 'k' },
        bannedTerms: [],
        privacy: { custom: [{ id: 'm', pattern: '[ab]*a[ab]{20}', label: 'member' }] },
      },
    ]);
    const text = `call 42 ${'ab'.repeat(10_000)}`;
    const masked = maskPersonalData(text, maskers);
    // Like any long custom match, the last four letters stay readable.
    expect(masked.text).toBe(`call 42 ${'*'.repeat(19_996)}abab`);
    expect(masked.found.custom).toBe(1);
  });

  it('keeps each user pattern within 10 ms per 20,000 characters of letters, hanzi and mixed text', () => {
    const fill = (unit: string) => unit.repeat(Math.ceil(20_000 / unit.length)).slice(0, 20_000);
    const texts = {
      letters: fill('abcdefghijklmnopqrst'),
      hanzi: fill('汉字测试中文内容很多'),
      mixed: fill(
        'Thanks! Order ORD-123456 ships today 🚚 感谢您的耐心等待，客服电话 400-800-1234。 SAVE20 ',
      ),
    };
    for (const source of ['[A-Za-z]{20}', '[A-Za-z]{100}', 'ORD-[0-9]{6}|(?i)refund', '\\w+@\\w+', '.+x']) {
      const regex = compiled(source);
      for (const [name, text] of Object.entries(texts)) {
        findAll(regex, text); // warm up
        let best = Infinity;
        for (let i = 0; i < 5; i++) {
          const start = performance.now();
          findAll(regex, text);
          best = Math.min(best, performance.now() - start);
        }
        expect(best, `${source} on 20,000 characters of ${name}: ${best.toFixed(1)} ms`).toBeLessThanOrEqual(
          10,
        );
      }
    }
  });
});

describe('the scan plan is exact', () => {
  const plan = (source: string, programSize?: number) => {
    const regex = compiled(source);
    const result = planOf(regex, programSize ?? regex.programSize());
    if (!result.ok) throw new Error(`${source}: no plan (${result.reason})`);
    return result.plan;
  };
  /** A code point set as hex ranges, checked over every code point. */
  const ranges = (set: { has(cp: number): boolean }) => {
    const out: string[] = [];
    let start = -1;
    for (let cp = 0; cp <= 0x110000; cp++) {
      const has = cp <= 0x10ffff && set.has(cp);
      if (has && start < 0) start = cp;
      if (!has && start >= 0) {
        out.push(start === cp - 1 ? start.toString(16) : `${start.toString(16)}-${(cp - 1).toString(16)}`);
        start = -1;
      }
    }
    return out.join(',');
  };

  it.each([
    ['[^a]{3}', '0-60,62-10ffff', '0-60,62-10ffff', 3, 6],
    ['[A-Za-z]{20}', '41-5a,61-7a', '41-5a,61-7a', 20, 20],
    ['(?i)k', '4b,6b,212a', '4b,6b,212a', 1, 1],
    ['[😀-😂]x', '1f600-1f602', '78,1f600-1f602', 2, 3],
    ['(?:😀|😁)y', '1f600-1f601', '79,1f600-1f601', 2, 3],
    ['a.b', '61', '0-9,b-10ffff', 3, 4],
    ['(?s)a.b', '61', '0-10ffff', 3, 4],
    ['ORD-[0-9]{6}', '4f', '2d,30-39,44,4f,52', 10, 10],
    ['(?i)straße', '53,73,17f', '41,45,52-54,61,65,72-74,df,17f,1e9e', 6, 6],
    ['a+b', '61', '61-62', 2, Infinity],
    ['(?:ab|c)+d', '61,63', '61-64', 2, Infinity],
    // A group, an empty branch (re2js's NOP) or captures on the way to the first character are read through.
    ['(sale|deal)\\d', '64,73', '30-39,61,64-65,6c,73', 5, 5],
    ['(?:a|)b', '61-62', '61-62', 1, 2],
    // The shortest match is the one through the captures (a 0-1 search: reading nothing costs nothing).
    ['(?:aa|((b)))', '61-62', '61-62', 1, 2],
    // U+FFFF is one UTF-16 unit; two astral ranges apart stay apart, adjacent classes join.
    ['[\\x{fff0}-\\x{ffff}]{2}', 'fff0-ffff', 'fff0-ffff', 2, 2],
    ['[😀🙏]x', '1f600,1f64f', '78,1f600,1f64f', 2, 3],
    ['[😀-😂]x|😁y', '1f600-1f602', '78-79,1f600-1f602', 2, 3],
  ])('%s: first %s, alphabet %s, %i to %s units', (source, first, alphabet, min, max) => {
    const p = plan(source);
    expect([ranges(p.first), ranges(p.alphabet), p.minLength, p.maxLength]).toEqual([
      first,
      alphabet,
      min,
      max,
    ]);
  });

  it("keeps a windowed search inside re2js's bit-state limit of 262,144 / program size units", () => {
    expect(plan('[a-z]{20}').window).toBe(512);
    expect(plan('[a-z]{20}', 1000).window).toBe(Math.floor(262_144 / 1000) - 20 - 2);
    expect(plan('a+b', 1000).window).toBe(Math.floor(262_144 / 1000) - 2);
    // Never under 64 starts per window, and a program size of 0 counts as 1.
    expect(plan('[a-z]{20}', 5000).window).toBe(64);
    expect(plan('[a-z]{20}', 0).window).toBe(512);
    expect(plan('[a-z]{20}', 1000).programSize).toBe(1000);
  });
});
