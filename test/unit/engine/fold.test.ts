import { describe, expect, it } from 'vitest';
import { createStream, foldInto } from '@/lib/engine/normalize';
import { bannedRanges, kitWith } from './helpers';

/** The normalised text of a draft: its folded entries as characters (a line break is "\n"). */
function folded(text: string): string {
  const s = foldInto(text, createStream(4));
  return Array.from(s.codes.subarray(0, s.length), (c) => (c === 0 ? '\n' : String.fromCodePoint(c))).join(
    '',
  );
}

describe('character folding', () => {
  // Every look-alike the matcher treats as a Latin letter, lower- and upper-case ("fuсk" with a Cyrillic с).
  it.each([
    ['а', 'a'],
    ['в', 'b'],
    ['е', 'e'],
    ['ё', 'e'],
    ['к', 'k'],
    ['м', 'm'],
    ['н', 'h'],
    ['о', 'o'],
    ['р', 'p'],
    ['с', 'c'],
    ['т', 't'],
    ['у', 'y'],
    ['х', 'x'],
    ['ѕ', 's'],
    ['і', 'i'],
    ['ї', 'i'],
    ['ј', 'j'],
    ['ԁ', 'd'],
    ['һ', 'h'],
    ['ԛ', 'q'],
    ['ԝ', 'w'],
    ['ɡ', 'g'],
    ['ɩ', 'i'],
    ['ո', 'n'],
    ['ս', 'u'],
    ['α', 'a'],
    ['β', 'b'],
    ['ε', 'e'],
    ['η', 'n'],
    ['ι', 'i'],
    ['κ', 'k'],
    ['ν', 'v'],
    ['ο', 'o'],
    ['ρ', 'p'],
    ['τ', 't'],
    ['υ', 'u'],
    ['χ', 'x'],
    ['ω', 'w'],
    ['ς', 's'],
    ['ά', 'a'],
    ['έ', 'e'],
    ['ί', 'i'],
    ['ό', 'o'],
    ['ύ', 'u'],
    ['ϲ', 'c'],
  ])('reads the look-alike %s as the Latin %s, in either case', (glyph, letter) => {
    expect(folded(glyph)).toBe(letter);
    // Σ lowers to σ, not ς; Ɡ (U+A7AC) is outside the folded blocks.
    if (glyph !== 'ς' && glyph !== 'ɡ') expect(folded(glyph.toUpperCase())).toBe(letter);
  });

  it.each([
    ['0', 'o'],
    ['1', 'i'],
    ['3', 'e'],
    ['4', 'a'],
    ['5', 's'],
    ['7', 't'],
    ['8', 'b'],
    ['9', 'g'],
    ['$', 's'],
    ['@', 'a'],
    ['!', 'i'],
    ['|', 'l'],
    ['+', 't'],
    ['€', 'e'],
    ['¡', 'i'],
    ['！', 'i'], // full-width, U+FF01: the first of its block
    ['＄', 's'],
    ['１', 'i'],
    ['０', 'o'], // the full-width digits at both ends
    ['９', 'g'],
  ])('reads the leet %s between two letters as %s', (symbol, letter) => {
    expect(folded(`x${symbol}x`)).toBe(`x${letter}x`);
  });
});

describe('compatibility forms and diacritics', () => {
  it.each([
    ['full-width letters', 'ｆｕｃｋ', 'fuck'],
    ['the last full-width sign, a separator', 'a～b', 'ab'],
    ['circled digits, the first one included', '①⑨', '19'],
    ['circled letters', 'ⓕⓤⓒⓚ', 'fuck'],
    ['double-struck and fraktur capitals', 'ℂℍℕℙℚℝℤℭℌℑℜℨ', 'chnpqrzchirz'],
    ['superscript and modifier letters, to the last (ᶿ)', 'ᶠᵘᶜᵏ ᴬᴮᶿ', 'fuckabθ'],
    ['Latin letters with diacritics, from À', 'ÀéîõüÿŷḀ', 'aeiouyya'],
    ['Greek letters with accents', 'ΉΏ', 'nw'],
    ['Cyrillic letters with diacritics, from Ѐ', 'ЀѐЁӒ', 'eeea'],
    ['letters that do not decompose', 'ßøØłŁđĐ', 'soolldd'],
    ['full-width punctuation, separators', '＆（）＃', ''],
    ['the full-width per cent, part of claims such as 100%', '％', '%'],
  ])('%s: %s reads as %s', (_name, text, plain) => {
    // Character by character: "øØ" as one draft would be one o repeated.
    expect([...text].map(folded).join('')).toBe(plain);
  });
});

describe('letters with diacritics are Latin letters', () => {
  const kit = kitWith({}, [
    { term: 'ass', category: 'profanity', severity: 'warn' },
    { term: 'zap', category: 'custom', severity: 'warn' },
  ]);

  it('spelled out one by one ("à s s", "ž a p": the first and the last letter)', () => {
    expect(bannedRanges(kit, 'à s s')).toEqual(['ass@0-5:à s s']);
    expect(bannedRanges(kit, 'ž a p')).toEqual(['zap@0-5:ž a p']);
  });

  it('a leet symbol before one is a letter too ("@śś")', () => {
    expect(bannedRanges(kit, '@śś')).toEqual(['ass@0-3:@śś']);
  });
});

describe('invisible characters', () => {
  const kit = kitWith({}, [{ term: 'ass', category: 'profanity', severity: 'warn' }]);

  // Zero-width and bidi controls, variation selectors, combining marks: the letters around them still touch.
  it.each(
    [
      '\u00ad',
      '\u034f',
      '\u061c',
      '\u180e',
      '\u200b',
      '\u200f',
      '\u202a',
      '\u202e',
      '\u2060',
      '\u206f',
      '\ufeff',
      '\ufe00',
      '\ufe0f',
      '\u0300',
      '\u036f',
      '\u1ab0',
      '\u1aff',
      '\u1dc0',
      '\u1dff',
      '\u20d0',
      '\u20ff',
    ].map((mark) => [mark.charCodeAt(0).toString(16).padStart(4, '0'), mark]),
  )('U+%s inside a word does not split it ("class" stays one word)', (_code, mark) => {
    expect(bannedRanges(kit, `cl${mark}ass`)).toEqual([]);
    expect(bannedRanges(kit, `a${mark}ss`)).toEqual([`ass@0-${3 + mark.length}:a${mark}ss`]);
  });
});

describe('line breaks', () => {
  const kit = kitWith({}, [
    { term: 'fuck', category: 'profanity', severity: 'block' },
    { term: '傻逼', category: 'profanity', severity: 'block' },
  ]);

  it.each([
    ['LF', '\n'],
    ['CR', '\r'],
    ['line separator', '\u2028'],
    ['paragraph separator', '\u2029'],
  ])('a term never spans a line break (%s)', (_name, br) => {
    expect(bannedRanges(kit, `fu${br}ck 傻${br}逼`)).toEqual([]);
    expect(folded(`fu${br}ck`)).toBe('fu\nck');
  });
});

describe('astral characters', () => {
  it.each([
    ['𝐀', 'a'], // U+1D400, the first mathematical letter
    ['𝟿', '9'], // U+1D7FF, the last mathematical digit
    ['𝛂', 'a'], // a mathematical Greek look-alike
    ['🄰', 'a'], // U+1F130, squared A
    ['🅉', 'z'], // squared Z
    ['🅰', 'a'], // negative squared A
    ['🆉', 'z'], // U+1F189, negative squared Z
    ['🇦', 'a'], // U+1F1E6, the first regional indicator
    ['🇿', 'z'], // U+1F1FF, the last
  ])('reads %s as %s', (glyph, letter) => {
    expect(folded(`${glyph}`)).toBe(letter);
  });

  it('skips squared signs that are no letter, reserved mathematical codes and emoji, like separators', () => {
    for (const glyph of ['🅊', '\u{1D455}', '😀', '🀄', '\u{31350}'])
      expect(folded(`x${glyph}y`), glyph).toBe('xy');
  });

  it('keeps 🖕 and the hanzi of the CJK extensions as word characters', () => {
    for (const glyph of ['🖕', '𠀀', '\u{3134F}']) expect(folded(glyph), glyph).toBe(glyph);
  });
});

describe('word edges by script', () => {
  const kit = kitWith({}, [{ term: 'fuck', category: 'profanity', severity: 'block' }]);

  it('a Latin term is a whole word beside a hanzi of any CJK block, first and last codes included', () => {
    for (const han of ['㐀', '\u9fff', '\uf900', '\ufaff', '𠀀', '\u{3134F}']) {
      expect(bannedRanges(kit, `fuck${han}`), han).toEqual([`fuck@0-4:fuck`]);
      expect(bannedRanges(kit, `${han}fuck`), han).toEqual([`fuck@${han.length}-${han.length + 4}:fuck`]);
    }
  });

  it('glued to another Latin letter, z included, a Latin term is part of a longer word', () => {
    expect(bannedRanges(kit, 'fuckz zfuck')).toEqual([]);
  });

  it('glued to a letter of another script, or to 🖕, a Latin term is part of a longer word', () => {
    for (const other of ['ж', '\u33ff', '\ua000', '\ufb00', '🖕']) {
      expect(bannedRanges(kit, `fuck${other}`), other).toEqual([]);
      expect(bannedRanges(kit, `${other}fuck`), other).toEqual([]);
    }
  });
});
