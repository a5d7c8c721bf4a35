import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildStarterKit, compileKit, PLATFORM_FIELDS } from '@/lib/engine';
import { PLATFORM_IDS } from '@/lib/platforms';

const checker = compileKit({
  ...buildStarterKit({ name: 'Props' }),
  preferredTerms: [
    { term: 'users', replacement: 'customers' },
    { term: '用户', replacement: '会员' },
  ],
  patterns: [{ id: 'ord', pattern: 'ORD-[0-9]+', severity: 'info', message: 'order' }],
});

// Text that actually exercises the matcher: kit terms, their disguises and hostile Unicode mixed together.
const tricky = fc.constantFrom(
  'fuck',
  'ｆｕｃｋ',
  '𝐟',
  'ⓕ',
  'ü',
  '\u0308',
  '\u200b',
  '\u200d',
  '\ufe0f',
  '傻',
  '逼',
  '靠',
  '可',
  '第一',
  '次',
  '發',
  '😀',
  '👨‍👩‍👧',
  '\ud800',
  '\udc00',
  'ש',
  'ع',
  '\u202e',
  '!',
  '！',
  ' ',
  '\n',
  '1',
  '$',
  '@',
  'users',
  '用户',
  '13800138000',
  'a@b.co',
  '#ad',
  'ORD-1',
  'ABCD',
  'shabi',
  '.',
);
const draft = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(tricky, { maxLength: 80 }).map((p) => p.join('')),
);

describe('checker properties', () => {
  it('never throws, and every offset points into the original text', () => {
    fc.assert(
      fc.property(draft, fc.constantFrom(...PLATFORM_IDS), fc.boolean(), (text, platform, sponsored) => {
        const { findings, tone, length } = checker.analyze(text, { platform, sponsored });
        for (const f of findings) {
          expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
          expect(0 <= f.start && f.start <= f.end && f.end <= text.length).toBe(true);
          expect(text.slice(f.start, f.end)).toBe(f.text);
        }
        expect(Number.isFinite(tone.score)).toBe(true);
        expect(length.used).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(draft, (text) => {
        expect(checker.check(text, { platform: 'x' })).toEqual(checker.check(text, { platform: 'x' }));
      }),
      { numRuns: 100 },
    );
  });

  it('handles every field of every platform', () => {
    for (const platform of PLATFORM_IDS) {
      for (const field of ['body', 'comment', 'reply', ...Object.keys(PLATFORM_FIELDS[platform])]) {
        expect(() => checker.analyze('你好 hello', { platform, field })).not.toThrow();
      }
    }
  });

  it('100 KB drafts of any kind stay within budget', () => {
    const samples = [
      'a'.repeat(100_000),
      '\ud800'.repeat(100_000),
      '😀'.repeat(50_000),
      'f u c k '.repeat(12_500),
      '傻@逼'.repeat(33_333),
      '!'.repeat(100_000),
      '1'.repeat(100_000),
      '@'.repeat(100_000),
      '可靠'.repeat(50_000),
      'e\u0301'.repeat(50_000),
      'שלום עולם '.repeat(10_000),
      fc.sample(fc.string({ unit: 'binary', minLength: 100_000, maxLength: 100_000 }), {
        numRuns: 1,
        seed: 42,
      })[0],
    ];
    for (const text of samples) {
      checker.check(text, { platform: 'x' }); // warm-up
      const start = performance.now();
      const findings = checker.check(text, { platform: 'x' });
      const elapsed = performance.now() - start;
      // Generous bound for a loaded 2-core CI box; typical figures are in the README.
      expect(elapsed, `${text.slice(0, 12)}… took ${elapsed.toFixed(1)} ms`).toBeLessThan(250);
      for (const f of findings.slice(0, 50)) expect(text.slice(f.start, f.end)).toBe(f.text);
    }
  });
});
