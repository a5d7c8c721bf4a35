import { describe, expect, it } from 'vitest';
import { bannedRanges, kitWith } from './helpers';

describe('a hit checked against the draft', () => {
  const en = kitWith({}, [{ term: 'penis', category: 'profanity', severity: 'warn' }]);

  it.each([
    ['space', ' '],
    ['tab', '\t'],
    ['no-break space', '\u00a0'],
    ['ideographic space', '\u3000'],
    ['en quad', '\u2000'],
    ['hair space', '\u200a'],
  ])('"pen is" is not "penis", whatever the space (%s)', (_name, space) => {
    expect(bannedRanges(en, `the pen${space}is mightier`)).toEqual([]);
    expect(bannedRanges(en, `a p${space}e${space}n${space}i${space}s`)).toEqual([
      `penis@2-${11}:p${space}e${space}n${space}i${space}s`,
    ]);
  });

  it('punctuation inside a Latin term is a disguise, not a word break ("pen.is", "pen•is")', () => {
    expect(bannedRanges(en, 'the pen.is mightier')).toEqual(['penis@4-10:pen.is']);
    expect(bannedRanges(en, 'the pen•is mightier')).toEqual(['penis@4-10:pen•is']);
  });

  it.each(['的', '了', '啦', '呀', '啊', '吧', '哦'])(
    'a claim may close a phrase with the particle %s',
    (particle) => {
      const kit = kitWith({}, [
        {
          term: '第一',
          category: 'advertising-law',
          severity: 'warn',
          claimWhen: { closesPhrase: true },
        },
      ]);
      expect(bannedRanges(kit, `我们是第一${particle}`)).toEqual(['第一@3-5:第一']);
      expect(bannedRanges(kit, `我们是第一名`)).toEqual([]);
    },
  );
});

describe('where a hit starts and ends', () => {
  const zh = kitWith({}, [
    { term: '妈的', category: 'profanity', severity: 'warn' },
    { term: '𠀀的', category: 'custom', severity: 'warn' },
    { term: '的𠀀', category: 'custom', severity: 'warn' },
    { term: '\uf900的', category: 'custom', severity: 'warn' },
    { term: '的\uf900', category: 'custom', severity: 'warn' },
  ]);

  it.each([
    // Extra copies of a CJK term's first character lie before it, of its last after it.
    ['爸爸妈妈的', '妈的@3-5:妈的'],
    ['妈\u200b妈的', '妈的@2-4:妈的'],
    ['妈\u200b\u200b妈\u200b妈的', '妈的@5-7:妈的'],
    ['妈的的的', '妈的@0-2:妈的'],
    // An astral hanzi is two UTF-16 units.
    ['𠀀𠀀的', '𠀀的@2-5:𠀀的'],
    ['的𠀀𠀀', '的𠀀@0-3:的𠀀'],
    // A compatibility ideograph (U+F900, 豈) is one unit, though above the surrogates.
    ['\uf900\uf900的', '\uf900的@1-3:\uf900的'],
    ['的\uf900\uf900', '的\uf900@0-2:的\uf900'],
  ])('in %s: %s', (text, hit) => {
    expect(bannedRanges(zh, text)).toEqual([hit]);
  });

  const more = kitWith({}, [
    { term: '妈妈的', category: 'profanity', severity: 'warn' },
    { term: '笑哈哈', category: 'custom', severity: 'warn' },
    { term: '呵呵', category: 'custom', severity: 'info' },
    { term: 'fuck', category: 'profanity', severity: 'block' },
  ]);

  it.each([
    // A term whose own last character repeats: its copies are counted from the term's first entry.
    ['你妈妈的的', '妈妈的@1-4:妈妈的'],
    // Invisible marks between the term's own copies belong to it, the one after them does not.
    ['笑哈\u200b哈\u200b哈', '笑哈哈@0-4:笑哈\u200b哈'],
    // A term of one repeated character, and a Latin term, keep every copy.
    ['呵呵呵', '呵呵@0-3:呵呵呵'],
    ['fffuck', 'fuck@0-6:fffuck'],
    ['fuckkk', 'fuck@0-6:fuckkk'],
  ])('in %s: %s', (text, hit) => {
    expect(bannedRanges(more, text)).toEqual([hit]);
  });
});
