import fc from 'fast-check';
import twitterText from 'twitter-text';
import { describe, expect, it } from 'vitest';
import { xWeightedLength } from '@/lib/engine';
import type { LengthUnit } from '@/lib/engine';
import { OverflowTracker, measure, overflowStart } from '@/lib/engine/length';

// The engine re-implements X's v3 weighting (twitter-text is too heavy to inject into every page);
// these tests hold it to the official implementation.
const official = (text: string) => twitterText.parseTweet(text).weightedLength;

describe('X weighted length', () => {
  it.each([
    'hello world',
    '你好世界',
    '混合 mixed text',
    'Hi 😀 there 👨‍👩‍👧 🇨🇳',
    '👍🏽 skin tone',
    '1️⃣ keycap',
    '🏳️‍🌈 flag',
    'see https://example.com/a?b=1 now',
    'two links http://a.co and https://b.io/x.',
    'go to onbrand.app, ok',
    'a.az',
    'shop.jp/sale and x.aa',
    'news.online',
    '“quotes” — dash… ok',
    'café é',
    'e\u0301 combining',
    'Ünïcödé ﬁ',
    '한국어 テスト',
    'ﾊﾝｶｸ',
    '❤️ ♥ ☺️',
  ])('matches twitter-text for %s', (text) => {
    expect(xWeightedLength(text)).toBe(official(text));
  });

  it('matches twitter-text on generated drafts (letters, CJK, emoji, punctuation)', () => {
    // ". " (not a bare "."): letters around a dot would now and then spell a real domain ("a.aaa").
    const piece = fc.constantFrom(
      'a',
      'Z',
      ' ',
      '. ',
      '!',
      '你',
      '好',
      '。',
      '😀',
      '👍🏽',
      '🇯🇵',
      'é',
      '—',
      '…',
      '\n',
      '1',
      'ß',
      'Ж',
      '#',
      '*',
      '#️⃣',
      '©',
      '©️',
      '~',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 120 }), (parts) => {
        const text = parts.join('');
        expect(xWeightedLength(text)).toBe(official(text));
      }),
      { numRuns: 300 },
    );
  });
});

describe('overflow while typing', () => {
  it('keeps the same cut as measuring afresh, keystroke after keystroke (and after edits before the cut)', () => {
    // Only text whose prefixes never outweigh a longer prefix (what the bisection assumes): no keycaps ("1" + U+FE0F
    // weighs more than the finished keycap) and no links ("https://x." weighs 24 — a link and a dot — where
    // "https://x.c" weighs 23).
    const piece = fc.constantFrom('a', ' ', '你', '😀', '👍🏽', '🇯🇵', 'é', 'e\u0301', '1', '.', '\n');
    const unit = fc.constantFrom<LengthUnit>('weighted', 'chars', 'bytes');
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 1, maxLength: 80 }),
        unit,
        fc.integer({ min: 1, max: 60 }),
        fc.nat(),
        (parts, unit, max, editAt) => {
          const tracker = new OverflowTracker();
          let text = '';
          const drafts = parts.map((part) => (text += part));
          // An edit before the cut (a word removed near the start) must not keep a stale answer.
          drafts.push(text.slice((editAt % text.length) + 1));
          for (const draft of drafts) {
            if (measure(draft, unit) <= max) continue;
            expect(tracker.start(draft, unit, max)).toBe(overflowStart(draft, unit, max));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
