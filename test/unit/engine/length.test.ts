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

describe('X weighted length of links glued to text', () => {
  // X ends a link's path at a character its URL grammar has no place for (twitter-text 3.1): Chinese drafts often glue
  // text to a link with no space, and that text weighs 2 a character, not nothing inside the link's 23.
  it.each([
    '详情见https://t.cn/A6abc电话13800138000',
    '官网：https://onbrand.app/zh。欢迎',
    '链接 https://example.com/活动 点击',
    '详情见 onbrand.app/zh。欢迎关注',
    'https://onbrand.app欢迎',
    'http://例子.中国/x',
    'https://ru.wikipedia.org/wiki/Москва。',
    'https://x.com/a?q=(1)&b=2，好',
    'https://en.wikipedia.org/wiki/Primer_(film) ok',
    '(see https://a.com/x)',
    'https://a.com/x(y)z)',
    'café https://a.com/crème-brûlée!',
    '新品👉https://t.co/AbC123🔥抢购',
  ])('matches twitter-text for %s', (text) => {
    expect(xWeightedLength(text)).toBe(official(text));
  });

  it('matches twitter-text on generated drafts of links with Chinese text, emoji and punctuation glued to them', () => {
    // Real hosts only: X's checks of a host's labels (no "-" first) are not modelled, nor
    // its reading of a link that ends in "." glued to Chinese and a second bare domain ("t.cn/x.电话example.com"), nor
    // parentheses around or between glued links (the cases above hold real ones).
    const link = fc.constantFrom(
      'https://t.cn/A6abc',
      'http://t.cn/A6abc_x',
      'https://onbrand.app/zh',
      'https://onbrand.app',
      'onbrand.app',
      'example.com/a?b=1',
      'example.com/',
      'https://x.com/a?q=(1)&b=2',
      'https://en.wikipedia.org/wiki/Primer_(film)',
      'https://ru.wikipedia.org/wiki/Москва',
      'https://a.com/crème-brûlée',
    );
    const glue = fc.constantFrom(
      '电话',
      '欢迎',
      '。',
      '，',
      '！',
      '：',
      ' ',
      '\n',
      '😀',
      '👉',
      '《',
      '》',
      ' ok ',
      '…',
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.array(glue, { minLength: 1, maxLength: 3 }), link), { maxLength: 5 }),
        glue,
        (parts, last) => {
          const text = parts.map(([before, url]) => before.join('') + url).join('') + last;
          expect(xWeightedLength(text)).toBe(official(text));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('length units at their edges', () => {
  it.each(
    [
      // X's light ranges, each edge and its neighbour; U+FFFF and the first and last astral code points.
      0x7e, 0x10ff, 0x1100, 0x1fff, 0x2000, 0x200d, 0x200e, 0x200f, 0x2010, 0x201f, 0x2020, 0x2031, 0x2032,
      0x2037, 0x2038, 0x33ff, 0x3400, 0xd7ff, 0xe000, 0xfffd, 0xffff, 0x10000, 0x10ffff,
    ].map((cp) => [cp.toString(16), String.fromCodePoint(cp)]),
  )('X weighs U+%s as twitter-text does', (_, ch) => {
    for (const text of [`a${ch}b`, `${ch}${ch}`, `1${ch}`])
      expect(xWeightedLength(text), text).toBe(official(text));
  });

  it('X weighs every keycap (0️⃣ to 9️⃣, #️⃣, *️⃣) as one emoji, and the bare digits, # and * as one each', () => {
    for (const text of ['0️⃣ 9️⃣ *️⃣ #️⃣ 5️⃣', '0 9 * # 5', '*️⃣*#️⃣#'])
      expect(xWeightedLength(text), text).toBe(official(text));
  });

  it('counts code points ("chars") and UTF-8 bytes ("bytes") as Array.from and Buffer do, lone surrogates included', () => {
    const piece = fc.constantFrom(
      'a',
      '\x7f',
      '\x80',
      '\u07ff',
      '\u0800',
      '你',
      '\ud7ff',
      '\ue000',
      '\uffff',
      '😀',
      '\u{10000}',
      '\u{10ffff}',
      '\ud800',
      '\udbff',
      '\udc00',
      '\udfff',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(measure(text, 'chars')).toBe(Array.from(text).length);
        expect(measure(text, 'bytes')).toBe(Buffer.byteLength(text, 'utf8'));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('overflow while typing', () => {
  it('keeps the same cut as measuring afresh, keystroke after keystroke (and after edits before the cut)', () => {
    // Only text whose prefixes never outweigh a longer prefix (what the bisection assumes): no keycaps ("1" + U+FE0F
    // weighs more than the finished keycap) and no links ("https://x." weighs 24 — a link and a dot — where
    // "https://x.c" weighs 23).
    const piece = fc.constantFrom(
      'a',
      ' ',
      '你',
      '😀',
      '👍🏽',
      '🇯🇵',
      'é',
      'e\u0301',
      '1',
      '.',
      '\n',
      '\u{10000}',
      '\u{10ffff}',
    );
    const unit = fc.constantFrom<LengthUnit>('weighted', 'chars', 'bytes');
    // The cut measured the slow way: the longest prefix that fits, never inside a surrogate pair.
    const reference = (text: string, unit: LengthUnit, max: number) => {
      let fits = 0;
      for (let end = 1; end <= text.length; end++) {
        const c = text.charCodeAt(end - 1);
        if (c >= 0xd800 && c <= 0xdbff) continue;
        if (measure(text.slice(0, end), unit) <= max) fits = end;
      }
      return fits;
    };
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
            expect(overflowStart(draft, unit, max)).toBe(reference(draft, unit, max));
            expect(tracker.start(draft, unit, max)).toBe(overflowStart(draft, unit, max));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the trackers reuse what an edit left alone, and only that', () => {
  it('the overflow tracker keeps its cut while typing after it, and measures again for another unit or limit', () => {
    const tracker = new OverflowTracker();
    const text = '你好'.repeat(20);
    const cut = tracker.start(text, 'weighted', 10);
    const kept = (tracker as unknown as { last: object }).last;
    expect(tracker.start(text + '世界', 'weighted', 10)).toBe(cut);
    expect((tracker as unknown as { last: object }).last).toBe(kept);
    expect(tracker.start(text, 'chars', 10)).toBe(overflowStart(text, 'chars', 10));
    expect(tracker.start(text, 'chars', 30)).toBe(overflowStart(text, 'chars', 30));
    expect(tracker.start(text, 'bytes', 30)).toBe(overflowStart(text, 'bytes', 30));
    // An edit before the cut is measured again.
    expect(tracker.start('a' + text, 'bytes', 30)).toBe(overflowStart('a' + text, 'bytes', 30));
  });

  it('the weighted tracker keeps the chunks before and after an edit (the same objects) and re-measures the rest', () => {
    const tracker = new WeightedLengthTracker();
    const chunksOf = () => (tracker as unknown as { chunks: Array<{ text: string }> }).chunks;
    const words = 'Launch day 🚀 see onbrand.app/new and https://x.com/onbrand 你好世界 café. '.repeat(12);
    tracker.measure(words);
    const before = chunksOf();
    expect(before.length).toBeGreaterThan(6);
    // Typing at the end: every chunk but the last is the same object.
    const typed = words + 'more';
    expect(tracker.measure(typed)).toBe(official(typed));
    const afterTyping = chunksOf();
    expect(afterTyping.slice(0, before.length - 1)).toEqual(before.slice(0, before.length - 1));
    before.slice(0, before.length - 1).forEach((chunk, k) => expect(afterTyping[k]).toBe(chunk));
    // An edit in the middle: the chunks before it and after it are kept, the edited one is measured again.
    const middle = before.slice(0, 3).reduce((n, chunk) => n + chunk.text.length, 0) + 2;
    const edited = typed.slice(0, middle) + 'X' + typed.slice(middle);
    expect(tracker.measure(edited)).toBe(official(edited));
    const afterEdit = chunksOf();
    for (let k = 0; k < 3; k++) expect(afterEdit[k]).toBe(afterTyping[k]);
    for (let k = 1; k <= 3; k++)
      expect(afterEdit[afterEdit.length - k]).toBe(afterTyping[afterTyping.length - k]);
    expect(afterEdit[3]).not.toBe(afterTyping[3]);
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
