import { describe, expect, it } from 'vitest';
import { compileKit } from '@/lib/engine';
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

describe('a spelled-out word and the letters around it', () => {
  const en = kitWith({}, [{ term: 'fuck', category: 'profanity', severity: 'warn' }]);

  it('a lone letter right before or after it continues the word, except "a" and "I" before it', () => {
    expect(bannedRanges(en, 'x f u c k')).toEqual([]);
    expect(bannedRanges(en, 'f u c k a')).toEqual([]);
    expect(bannedRanges(en, 'hello x f u c k')).toEqual([]);
    expect(bannedRanges(en, 'a f u c k')).toEqual(['fuck@2-9:f u c k']);
    expect(bannedRanges(en, 'i f u c k')).toEqual(['fuck@2-9:f u c k']);
  });

  it('a lone letter more than three characters away is another word', () => {
    expect(bannedRanges(en, 'f u c k   x')).toEqual([]);
    expect(bannedRanges(en, 'f u c k    x')).toEqual(['fuck@0-7:f u c k']);
    expect(bannedRanges(en, 'x    f u c k')).toEqual(['fuck@5-12:f u c k']);
  });

  it('a word written whole is not spelled out: a lone letter beside it changes nothing', () => {
    expect(bannedRanges(en, 'x fuck')).toEqual(['fuck@2-6:fuck']);
    expect(bannedRanges(en, 'fuck x')).toEqual(['fuck@0-4:fuck']);
    // Spaced letters whose last one touches more text are no spelled-out word.
    expect(bannedRanges(en, 'f u c k好')).toEqual([]);
  });

  it('a digit in any form glued to a Latin term makes another word; a per cent sign does not', () => {
    expect(bannedRanges(en, 'fuck\u{1d7ce}')).toEqual([]); // mathematical bold digit zero
    expect(bannedRanges(en, '\u{1d7ce}fuck')).toEqual([]);
    expect(bannedRanges(en, 'fuck\u{1d7d7}')).toEqual([]); // mathematical bold digit nine
    expect(bannedRanges(en, 'fuck%')).toEqual(['fuck@0-4:fuck']);
  });
});

describe('an allow context', () => {
  const zh = kitWith({}, [
    { term: '靠', category: 'profanity', severity: 'warn', allowContexts: ['可靠', '靠谱'] },
  ]);

  it('holds only within one sentence; a stop before it does not matter', () => {
    expect(bannedRanges(zh, '可靠')).toEqual([]);
    expect(bannedRanges(zh, '可。靠吗')).toEqual(['靠@2-3:靠']);
    expect(bannedRanges(zh, '好。靠谱')).toEqual([]);
  });

  it('is not read past the end of the draft, even after a longer draft was checked', () => {
    const checker = compileKit(zh);
    const options = { platform: 'generic', lists: ['banned'] } as const;
    expect(checker.check('靠谱', options)).toEqual([]);
    expect(checker.check('靠', options).map((f) => `${f.term}@${f.start}-${f.end}`)).toEqual(['靠@0-1']);
  });
});

describe('a claim word in its sentence', () => {
  const scoped = kitWith({}, [
    {
      term: '第一',
      category: 'advertising-law',
      severity: 'warn',
      claimWhen: { precededBy: ['世界'], followedBy: ['品牌'] },
    },
  ]);
  const closing = kitWith({}, [
    { term: '第一', category: 'advertising-law', severity: 'warn', claimWhen: { closesPhrase: true } },
  ]);

  it('stands after its scope word, even at the draft’s start, and before its claim word in the same sentence', () => {
    expect(bannedRanges(scoped, '世界第一')).toEqual(['第一@2-4:第一']);
    expect(bannedRanges(scoped, '第一品牌')).toEqual(['第一@0-2:第一']);
    expect(bannedRanges(scoped, '第一。品牌')).toEqual([]);
    // Without closesPhrase, a claim word closing a phrase is no claim.
    expect(bannedRanges(scoped, '我们第一')).toEqual([]);
  });

  it('is not read past the end of the draft, even after a longer draft was checked', () => {
    const checker = compileKit(scoped);
    const options = { platform: 'generic', lists: ['banned'] } as const;
    expect(checker.check('第一品牌', options)).toHaveLength(1);
    expect(checker.check('第一', options)).toEqual([]);
  });

  it('closes a phrase when a word touches it before and nothing touches it after', () => {
    expect(bannedRanges(closing, '我第一')).toEqual(['第一@1-3:第一']);
    expect(bannedRanges(closing, '我们第一 名')).toEqual(['第一@2-4:第一']);
    expect(bannedRanges(closing, '我们 第一')).toEqual([]);
  });
});

describe('what may sit between the letters of a term', () => {
  it('up to three characters, not four', () => {
    const en = kitWith({}, [{ term: 'fuck', category: 'profanity', severity: 'warn' }]);
    expect(bannedRanges(en, 'fu...ck')).toEqual(['fuck@0-7:fu...ck']);
    expect(bannedRanges(en, 'fu....ck')).toEqual([]);
  });

  it('sentence punctuation next to a hanzi of a mixed term ends it; between its Latin letters a dot is a disguise', () => {
    const mixed = kitWith({}, [
      { term: 'VIP会员', category: 'custom', severity: 'warn' },
      { term: '会员VIP', category: 'custom', severity: 'warn' },
    ]);
    expect(bannedRanges(mixed, 'V.I.P会员')).toEqual(['VIP会员@0-7:V.I.P会员']);
    expect(bannedRanges(mixed, '会员V.I.P')).toEqual(['会员VIP@0-7:会员V.I.P']);
    expect(bannedRanges(mixed, 'VIP。会员')).toEqual([]);
  });
});
