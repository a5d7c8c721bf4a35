import fc from 'fast-check';
import twitterText from 'twitter-text';
import { describe, expect, it } from 'vitest';
import { xWeightedLength } from '@/lib/engine';
import type { LengthUnit } from '@/lib/engine';
import { OverflowTracker, WeightedLengthTracker, measure, overflowStart } from '@/lib/engine/length';

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

describe('X weighted length while typing', () => {
  // Pieces that make links, domains, emoji sequences, keycaps, CJK, combining marks and every kind of whitespace.
  const piece = fc.constantFrom(
    'a',
    'Z',
    ' ',
    '  ',
    '\n',
    '\t',
    '\u00a0',
    '\u2000',
    '\u3000',
    '.',
    '. ',
    'https://',
    'http://x.co/p',
    'onbrand.app',
    '.com',
    '.jp',
    '/',
    '_',
    '-',
    '你好',
    '。',
    '😀',
    '👍🏽',
    '🇯🇵',
    '👨‍👩‍👧',
    '\u200d',
    '\ufe0f',
    '1',
    '#',
    '#️⃣',
    '\u20e3',
    'e\u0301',
    '\u0301',
    '\u0323',
    '한',
    '\u1100\u1161',
    '©',
    'x'.repeat(70),
  );
  const draft = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

  it('equals the full count after random edits (insert, delete, replace anywhere)', () => {
    const edit = fc.record({ at: fc.nat(), removed: fc.nat({ max: 80 }), inserted: draft });
    fc.assert(
      fc.property(draft, fc.array(edit, { minLength: 1, maxLength: 25 }), (start, edits) => {
        const tracker = new WeightedLengthTracker();
        let text = start;
        expect(tracker.measure(text)).toBe(xWeightedLength(text));
        for (const { at, removed, inserted } of edits) {
          const from = text.length ? at % (text.length + 1) : 0;
          text = text.slice(0, from) + inserted + text.slice(from + removed);
          expect(tracker.measure(text)).toBe(xWeightedLength(text));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('equals the full count typed key by key and on texts that share nothing', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), draft, (parts, other) => {
        const tracker = new WeightedLengthTracker();
        let text = '';
        for (const part of parts) {
          text += part;
          expect(tracker.measure(text)).toBe(xWeightedLength(text));
        }
        expect(tracker.measure(other)).toBe(xWeightedLength(other));
        expect(tracker.measure(text)).toBe(xWeightedLength(text));
      }),
      { numRuns: 300 },
    );
  });

  it('matches twitter-text on a long draft typed at its end and edited in its middle', () => {
    const tracker = new WeightedLengthTracker();
    let text = 'Launch day 🚀 see onbrand.app/new and https://x.com/onbrand 你好世界 café. '.repeat(30);
    for (const key of 'more 😀 words 1️⃣ x.co') {
      text += key;
      expect(tracker.measure(text)).toBe(official(text));
    }
    text = text.slice(0, 500) + ' https://a.io ' + text.slice(520);
    expect(tracker.measure(text)).toBe(official(text));
  });
});
