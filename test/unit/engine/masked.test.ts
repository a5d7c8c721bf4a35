import { describe, expect, it } from 'vitest';
import type { BannedTerm } from '@/lib/engine';
import { compileTerms } from '@/lib/engine/compile-terms';
import { buildMaskIndex, findMasked } from '@/lib/engine/masked';
import { createStream, foldInto } from '@/lib/engine/normalize';
import { bannedRanges, kitWith } from './helpers';

// Masked spellings (lib/engine/masked.ts), rule by rule (issue 22 point 4: what its mutation run found untested).
// real-text.test.ts shows the common forms; inflect.test.ts the English pack's.

const term = (word: string, inflect = false): BannedTerm => ({
  term: word,
  category: 'profanity',
  severity: 'block',
  ...(inflect ? { inflect: true } : {}),
});

describe('masked spellings, rule by rule', () => {
  const kit = kitWith({}, [term('fuck', true), term('ass'), term('rape', true), term('shit')]);
  const found = (text: string) => bannedRanges(kit, text);

  it('every mask character stands for one letter, ASCII or full-width', () => {
    for (const mask of ['*', '#', '_', '＊', '＃', '＿', '∗']) {
      expect(found(`oh f${mask}ck`), mask).toEqual([`fuck@3-7:f${mask}ck`]);
    }
    expect(found('oh f-ck or f.ck')).toEqual([]);
    // A gap holds masks and invisible marks only.
    expect(found('oh f*\u200bck')).toEqual(['fuck@3-8:f*\u200bck']);
    expect(found('oh f*-ck or f-*ck')).toEqual([]);
  });

  it('every term of a shape is tried, and every shown letter must be the term’s', () => {
    const same = kitWith({}, [term('shit'), term('slut')]);
    expect(bannedRanges(same, 'sh*t sl*t')).toEqual(['shit@0-4:sh*t', 'slut@5-9:sl*t']);
    expect(bannedRanges(same, 's*xt s*it')).toEqual(['shit@5-9:s*it']);
  });

  it('terms of three letters too, with two of them shown', () => {
    expect(found('a*s')).toEqual(['ass@0-3:a*s']);
    expect(found('ａ＊ｓ')).toEqual(['ass@0-3:ａ＊ｓ']);
    expect(found('a** and a*')).toEqual([]);
  });

  it('the masked word has the term’s length: a longer term with the same first letter is not matched', () => {
    const longer = kitWith({}, [term('fucker')]);
    expect(bannedRanges(longer, 'f*ck')).toEqual([]);
    expect(bannedRanges(longer, 'f*cker')).toEqual(['fucker@0-6:f*cker']);
    expect(bannedRanges(longer, 'f*ckers')).toEqual([]);
  });

  it('a word glued to a digit before it is a code, not a word (a leet digit or not)', () => {
    expect(found('1f*ck')).toEqual([]);
    expect(found('2f*ck 6sh*t')).toEqual([]);
    expect(found('x2 f*ck')).toEqual(['fuck@3-7:f*ck']);
  });

  it('inflecting terms also match with a shown suffix, after an e too; others do not', () => {
    expect(['f*cks', 'f*cked', 'f*cking', 'r*pes', 'r*ped'].map(found)).toEqual([
      ['fuck@0-5:f*cks'],
      ['fuck@0-6:f*cked'],
      ['fuck@0-7:f*cking'],
      ['rape@0-5:r*pes'],
      ['rape@0-5:r*ped'],
    ]);
    expect(['f*ckxyz', 'f*ckss', 'f*ck*s', 'sh*ts', 'sh*tting'].map(found)).toEqual([[], [], [], [], []]);
  });

  it('a term ending in e also matches through its stem, only with a stem suffix: "r*ping"', () => {
    expect(['r*ping', 'r**ing', 'r*py'].map(found)).toEqual([
      ['rape@0-6:r*ping'],
      ['rape@0-6:r**ing'],
      ['rape@0-4:r*py'],
    ]);
    // The stem alone, or with a suffix only the whole term takes, is not the term.
    expect(['r*p', 'r*ps', 'r*pping'].map(found)).toEqual([[], [], []]);
  });

  it('the whole word is tried first: a kit term that spells it wins over a shorter one plus a suffix', () => {
    const both = kitWith({}, [term('fuck', true), term('fucks')]);
    expect(bannedRanges(both, 'f*cks')).toEqual(['fucks@0-5:f*cks']);
    // One call for the word: the shorter term plus "s" is not tried once the whole word matched.
    const terms = compileTerms(both);
    const matches: Array<[string, number, number]> = [];
    findMasked('f*cks', foldInto('f*cks', createStream()), buildMaskIndex(terms), (pattern, start, end) =>
      matches.push([terms.sources[terms.patternSource[pattern]].banned!.term, start, end]),
    );
    expect(matches).toEqual([['fucks', 0, 5]]);
  });

  it('only masked words: a plain one is the automaton’s, and a pinyin spelling is never read through masks', () => {
    const terms = compileTerms(kit);
    const matches: Array<[number, number]> = [];
    findMasked('fuck f*ck', foldInto('fuck f*ck', createStream()), buildMaskIndex(terms), (_, start, end) =>
      matches.push([start, end]),
    );
    expect(matches).toEqual([[5, 9]]);
    const pinyin = kitWith({}, [{ term: '傻逼', category: 'profanity', severity: 'block', pinyin: true }]);
    expect(bannedRanges(pinyin, 'shabi')).toEqual(['傻逼@0-5:shabi']);
    expect(bannedRanges(pinyin, 'sh*bi')).toEqual([]);
  });
});
