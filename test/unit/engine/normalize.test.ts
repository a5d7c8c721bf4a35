import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLASS, CharClass, FOLD, LEET, foldAstral } from '@/lib/engine/fold';
import {
  ENTRY_GLUED,
  ENTRY_LONE,
  createStream,
  entryEnd,
  foldInto,
  leetSecondReading,
} from '@/lib/engine/normalize';

/**
 * The normaliser's rules written the plain way, one character at a time from the separate FOLD / CLASS /
 * LEET tables, to check foldInto's packed-table fast paths against. Returns [code, run, start, end, flags] rows.
 */
function referenceFold(text: string): number[][] {
  const rows: number[][] = [];
  const latinAt = (i: number) => i < text.length && CLASS[text.charCodeAt(i)] === CharClass.Latin;
  const wordAt = (i: number) =>
    i < text.length &&
    [CharClass.Latin, CharClass.Word, CharClass.Digit].includes(CLASS[text.charCodeAt(i)] as 1);
  let prevLatin = false;
  /** End of the last letter, extended over invisible marks; -1 after a line break. */
  let touch = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const low = text.charCodeAt(i + 1);
    const pair = c >= 0xd800 && c <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
    const width = pair ? 2 : 1;
    let code = pair ? foldAstral(((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000) : FOLD[c];
    let cls: number = pair
      ? code === 0
        ? CharClass.Separator
        : code >= 0x61 && code <= 0x7a
          ? CharClass.Latin
          : CharClass.Word
      : CLASS[c];
    if (!pair && LEET[c] !== 0) {
      // A run of up to four leet characters turns into letters when a letter follows it, or after a letter when
      // it holds more than sentence punctuation ("cl!tor!$", not "stupid!!!").
      const punct = (k: number) => [0x21, 0x7c, 0x2b].includes(FOLD[text.charCodeAt(k)]);
      let j = i + 1;
      while (j < text.length && j - i < 4 && LEET[text.charCodeAt(j)] !== 0) j++;
      let symbol = false;
      for (let k = i; k < j; k++) if (!punct(k)) symbol = true;
      const touches = latinAt(j) || (symbol && prevLatin);
      if (touches) {
        code = LEET[c];
        cls = CharClass.Latin;
      }
    }
    const prev = rows[rows.length - 1];
    if (cls === CharClass.Invisible) {
      if (touch === i) touch = i + 1;
      continue;
    }
    prevLatin = cls === CharClass.Latin;
    const glued = touch === i;
    if (cls === CharClass.Separator) {
      // skipped
    } else if (cls === CharClass.Break) {
      if (!prev || prev[0] !== 0) rows.push([0, 1, i, i + 1, 0]);
      touch = -1;
    } else if (prev && prev[0] === code && glued && cls !== CharClass.Digit && prev[1] < 0xffff) {
      prev[1]++;
      prev[3] = i + width;
      prev[4] &= ~ENTRY_LONE;
      touch = i + width;
    } else if (
      prev &&
      prev[0] === code &&
      cls === CharClass.Latin &&
      prev[4] & ENTRY_LONE &&
      i - prev[3] <= 3 &&
      !wordAt(i + width) &&
      // Two or more masks between the letters hide letters ("b**b"): not a spelled-out "bb".
      !(i - prev[3] >= 2 && [...text.slice(prev[3], i)].every((ch) => '*#_＊＃＿∗'.includes(ch)))
    ) {
      prev[1]++;
      prev[3] = i + width;
      touch = i + width;
    } else {
      if (glued && prev) prev[4] &= ~ENTRY_LONE;
      rows.push([
        code,
        1,
        i,
        i + width,
        glued ? ENTRY_GLUED : cls === CharClass.Latin && !wordAt(i + width) ? ENTRY_LONE : 0,
      ]);
      touch = i + width;
    }
    i += width - 1;
  }
  return rows;
}

function streamRows(text: string): number[][] {
  const s = foldInto(text, createStream(4));
  return Array.from({ length: s.length }, (_, k) => [
    s.codes[k],
    s.runs[k],
    s.start[k],
    entryEnd(s, k),
    s.flags[k],
  ]);
}

const piece = fc.constantFrom(
  'f',
  'u',
  'C',
  'K',
  'ｆ',
  'ⓤ',
  '𝐜',
  'ü',
  'с',
  'ι',
  '傻',
  '發',
  '😀',
  '\ufe0f',
  '\u200b',
  '\ud800',
  '\udc00',
  '\ud835',
  '1',
  '3',
  '$',
  '@',
  '!',
  '|',
  '+',
  '€',
  '¡',
  ' ',
  '.',
  '\n',
  '\r',
  '\u2028',
  'ss',
  'ooo',
  '11',
  '%',
  '，',
  's',
  'ｓ',
  '１',
  '＄',
  '\u00ad',
  ' s',
  '.s',
  '*',
  '**',
  ' b**b ',
  '_',
);

describe('foldInto', () => {
  it('matches the one-character-at-a-time reference on hostile text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(piece, { maxLength: 60 }).map((p) => p.join('')),
          fc.string({ unit: 'binary', maxLength: 120 }),
        ),
        (text) => {
          expect(streamRows(text)).toEqual(referenceFold(text));
        },
      ),
      { numRuns: 1_000 },
    );
  });

  it('gives a reused stream exactly the rows of a fresh one (the bulk defaults leave nothing of the last draft)', () => {
    const hostile = fc.array(piece, { maxLength: 60 }).map((p) => p.join(''));
    const reused = createStream(512);
    fc.assert(
      fc.property(hostile, hostile, (before, text) => {
        foldInto(before + before, reused);
        const s = foldInto(text, reused);
        expect(s).toBe(reused);
        const rows = Array.from({ length: s.length }, (_, k) => [
          s.codes[k],
          s.runs[k],
          s.start[k],
          entryEnd(s, k),
          s.flags[k],
        ]);
        expect(rows).toEqual(streamRows(text));
      }),
      { numRuns: 500 },
    );
  });

  it('reuses a large enough stream and replaces a small one', () => {
    const small = createStream(4);
    const grown = foldInto('hello world', small);
    expect(grown).not.toBe(small);
    expect(foldInto('hi', grown)).toBe(grown);
    expect(grown.length).toBe(2);
  });

  it('counts a run of more than 65,535 identical letters in full: the counter never wraps', () => {
    for (const text of ['a'.repeat(70_000), `x${'a'.repeat(70_000)}`, 'a\u200b'.repeat(70_000)]) {
      const s = foldInto(text, createStream(4));
      const runs = Array.from(s.runs.subarray(0, s.length));
      expect(runs.every((r) => r >= 1)).toBe(true);
      expect(runs.reduce((a, b) => a + b, 0)).toBe(text.replaceAll('\u200b', '').length);
    }
  });

  it('reuses a stream exactly large enough: one entry more than the draft has characters', () => {
    const exact = createStream(3);
    expect(foldInto('hi', exact)).toBe(exact);
    expect(foldInto('hi!', exact)).not.toBe(exact);
  });
});

describe('leetSecondReading', () => {
  it.each([
    // A leet word's final "!" is also an i: the word holds letters and an "@" or "$", and no letter follows the mark.
    ['no p@k! here', 'no p@ki here'],
    ['hent@!', 'hent@i'],
    ['n@w@$h!', 'n@w@$hi'],
    ['$hit!', '$hiti'],
    ['a$$!', 'a$$i'],
    ['p@k!.', 'p@ki.'],
    ['h@ck! ', 'h@cki '],
    // Of a run of marks only the first is read as the letter.
    ['h@ck!!', 'h@cki!'],
    ['h@ck!!!', 'h@cki!!'],
    // A word of three or four "@" and "$", both present, standing alone.
    ['@$$', 'ass'],
    ['so @$$ today', 'so ass today'],
    ['$@$', 'sas'],
    ['@@$', 'aas'],
    ['@$$$', 'asss'],
    ['$$@$', 'ssas'],
    ['.@$$.', '.ass.'],
    ['@$$ @$$', 'ass ass'],
    // A draft that opens with "!" is read on past it (it once stopped the search for marks there).
    ['!h@ck!', '!h@cki'],
    ['!! no p@k!', '!! no p@ki'],
  ])('reads %j also as %j', (text, second) => {
    expect(leetSecondReading(text)).toBe(second);
  });

  it.each([
    'great!',
    'sh!t!',
    '@!',
    '$!',
    'x!',
    'a !',
    '!!',
    '.@$!',
    'h@ck!x',
    'h@ck!$',
    '@$',
    '$$',
    '@$$$$',
    'x@$$',
    '@$$x',
    '1@$$',
    '@$$1',
    'a@$$',
    'pay $5 @ store',
    'me@$$$$$ money',
  ])('has no second reading of %j', (text) => {
    expect(leetSecondReading(text)).toBeNull();
  });
});

describe('foldInto: which lone letters merge', () => {
  const letters = (text: string) =>
    streamRows(text).map(([code, run]) => `${String.fromCodePoint(code)}${run}`);

  it('a lone letter merges with the same one before it, unless it touches a letter of another script', () => {
    expect(letters('a s s')).toEqual(['a1', 's2']);
    expect(letters('a s s好')).toEqual(['a1', 's1', 's1', '好1']);
    expect(letters('a s sж')).toEqual(['a1', 's1', 's1', 'ж1']);
  });

  it('one mask character between lone letters is a separator, two or more hide letters', () => {
    expect(letters('a*s*s')).toEqual(['a1', 's2']);
    expect(letters('b*b')).toEqual(['b2']);
    expect(letters('b**b')).toEqual(['b1', 'b1']);
  });
});
