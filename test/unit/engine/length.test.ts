import fc from 'fast-check';
import twitterText from 'twitter-text';
import { describe, expect, it } from 'vitest';
import { xWeightedLength } from '@/lib/engine';

// The engine re-implements X's v3 weighting (twitter-text is too heavy to inject into every page);
// these tests hold it to the official implementation.
const official = (text: string) => twitterText.parseTweet(text).weightedLength;

describe('X weighted length', () => {
  it.each([
    'hello world', '你好世界', '混合 mixed text', 'Hi 😀 there 👨‍👩‍👧 🇨🇳', '👍🏽 skin tone', '1️⃣ keycap', '🏳️‍🌈 flag',
    'see https://example.com/a?b=1 now', 'two links http://a.co and https://b.io/x.', 'go to onbrand.app, ok',
    '“quotes” — dash… ok', 'café é', 'e\u0301 combining', 'Ünïcödé ﬁ', '한국어 テスト', 'ﾊﾝｶｸ', '❤️ ♥ ☺️',
  ])('matches twitter-text for %s', (text) => {
    expect(xWeightedLength(text)).toBe(official(text));
  });

  it('matches twitter-text on generated drafts (letters, CJK, emoji, punctuation)', () => {
    const piece = fc.constantFrom('a', 'Z', ' ', '.', '!', '你', '好', '。', '😀', '👍🏽', '🇯🇵', 'é', '—', '…', '\n', '1', 'ß', 'Ж');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 120 }), (parts) => {
        const text = parts.join('');
        expect(xWeightedLength(text)).toBe(official(text));
      }),
      { numRuns: 300 },
    );
  });
});
