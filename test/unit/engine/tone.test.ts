import { describe, expect, it } from 'vitest';
import { buildStarterKit, compileKit, type BrandKit } from '@/lib/engine';

const starter = buildStarterKit({ packs: ['tone-friendly-professional'], name: 'Tone' });
const checker = compileKit(starter);
const analyze = (text: string) => checker.analyze(text, { platform: 'generic' });
const kinds = (text: string, kind: string) =>
  analyze(text)
    .findings.filter((f) => f.kind === kind)
    .map((f) => f.text);

describe('tone: acronyms are not shouting', () => {
  it('JSON, HTML, AIGC on their own are acronyms', () => {
    const { tone, findings } = analyze(
      'Export the JSON or HTML report, and label AIGC content. Our API and SDK docs too.',
    );
    expect(tone.allCapsWords).toBe(0);
    expect(findings.filter((f) => f.kind === 'all-caps')).toEqual([]);
  });

  it('capitalised runs and long capitalised words still count', () => {
    expect(analyze('THIS IS NOT OKAY').tone.allCapsWords).toBe(2);
    expect(kinds('That is UNACCEPTABLE and RIDICULOUS, honestly', 'all-caps')).toEqual([
      'UNACCEPTABLE',
      'RIDICULOUS',
    ]);
  });
});

describe('tone: formality only where the kit asks for it', () => {
  it('the starter tone pack does not ask: 你 is fine', () => {
    expect(kinds('你好，你的订单已发货', 'formality')).toEqual([]);
  });

  it('a kit that asks for formal Chinese gets 您 suggested', () => {
    const formal: BrandKit = { ...starter, tone: { ...starter.tone, formality: 'formal' } };
    const findings = compileKit(formal).check('你好，你们的订单已发货', { platform: 'generic' });
    expect(findings.filter((f) => f.kind === 'formality').map((f) => [f.start, f.suggestions])).toEqual([
      [0, ['您']],
    ]);
  });
});

describe('tone: words inside longer words do not count', () => {
  it.each(['月亮滚圆', '我们做好垃圾分类', '她紧闭嘴唇', '市场蠢蠢欲动'])('%s is not aggressive', (text) => {
    expect(analyze(text).tone.aggressiveWords).toBe(0);
    expect(kinds(text, 'aggressive')).toEqual([]);
  });

  it.each(['厦门市集美区', '各位乡亲们好'])('%s is not slang', (text) => {
    const formal: BrandKit = { ...starter, tone: { ...starter.tone, formality: 'formal' } };
    expect(
      compileKit(formal)
        .check(text, { platform: 'generic' })
        .filter((f) => f.kind === 'slang'),
    ).toEqual([]);
  });

  it.each([
    'That phrase is an oxymoron.',
    'Our idiomatic guide',
    'A nonsensical rhyme book',
    'ridiculously good',
  ])('%s is not aggressive (English words inside longer words)', (text) => {
    expect(analyze(text).tone.aggressiveWords).toBe(0);
    expect(kinds(text, 'aggressive')).toEqual([]);
  });

  it('a lollipop is not slang (lol)', () => {
    const formal: BrandKit = { ...starter, tone: { ...starter.tone, formality: 'formal' } };
    expect(
      compileKit(formal)
        .check('A lollipop for every kid', { platform: 'generic' })
        .filter((f) => f.kind === 'slang'),
    ).toEqual([]);
  });

  it('the same words on their own still count', () => {
    expect(kinds('这就是垃圾，闭嘴', 'aggressive')).toEqual(['垃圾', '闭嘴']);
    expect(kinds('你太蠢了', 'aggressive')).toEqual(['蠢']);
    const formal: BrandKit = { ...starter, tone: { ...starter.tone, formality: 'formal' } };
    expect(
      compileKit(formal)
        .check('集美们冲！亲们好', { platform: 'generic' })
        .filter((f) => f.kind === 'slang')
        .map((f) => f.text),
    ).toEqual(['集美', '亲们']);
  });
});

describe('tone: one negative word does not make a reply hostile', () => {
  it('one "useless" in a quote', () => {
    const { tone, findings } = analyze('A customer wrote that the old app was "useless", so we rebuilt it.');
    expect(tone.label).not.toBe('hostile');
    expect(findings.filter((f) => f.kind === 'sentiment')).toEqual([]);
  });

  it('one "useless" without quotes is negative, not hostile', () => {
    const { tone, findings } = analyze('The old version was useless.');
    expect(tone.label).toBe('negative');
    expect(findings.filter((f) => f.kind === 'sentiment')).toEqual([]);
  });

  it('several negative words still are', () => {
    expect(analyze('This is pathetic and useless, what a terrible idea').tone.label).toBe('hostile');
  });
});

describe('tone: blame phrases never cross punctuation', () => {
  it('有点奇怪，你怎么来了 is no blame', () => {
    expect(kinds('有点奇怪，你怎么来了', 'blame')).toEqual([]);
    expect(analyze('有点奇怪，你怎么来了').tone.blamePhrases).toBe(0);
  });

  it('a real blame phrase still counts', () => {
    expect(kinds('这都怪你', 'blame')).toEqual(['怪你']);
    expect(kinds('That is your fault.', 'blame')).toEqual(['your fault']);
  });
});

describe('tone: overlapping lexicon words', () => {
  it('the longest word wins where two overlap ("not bad" and "bad news" over "bad")', () => {
    const sentimentWords = { bad: -2, 'bad news': -3, 'not bad': 1, 好: 2, 太好了: 3 };
    const tone = compileKit({ ...starter, tone: { sentimentWords } });
    const drivers = (text: string) =>
      tone
        .analyze(text, { platform: 'generic' })
        .tone.drivers.map((d) => `${d.text}@${d.start}`)
        .sort();
    expect(drivers('not bad')).toEqual(['not bad@0']);
    expect(drivers('bad news')).toEqual(['bad news@0']);
    expect(drivers('好，太好了')).toEqual(['太好了@2', '好@0'].sort());
  });
});

describe('tone: the leet second reading adds banned terms only', () => {
  // "@$$" is read a second time as "ass" (normalize.ts leetSecondReading); that reading is for banned terms.
  const kit: BrandKit = {
    ...starter,
    bannedTerms: [{ term: 'ass', category: 'profanity', severity: 'block' }],
    tone: { aggressiveWords: ['stupid', 'ass'] },
  };
  const check = (text: string) => compileKit(kit).analyze(text, { platform: 'generic' });

  it('the banned term is found in the second reading; a tone word is counted once, and not from it', () => {
    const { findings, tone } = check('stupid @$$');
    expect(findings.filter((f) => f.kind === 'term').map((f) => f.text)).toEqual(['@$$']);
    // The first reading holds "stupid" only: the second reading neither counts it again nor adds "ass".
    expect(tone.aggressiveWords).toBe(1);
    expect(findings.filter((f) => f.kind === 'aggressive').map((f) => f.text)).toEqual(['stupid']);
    expect(check('stupid ass').tone.aggressiveWords).toBe(2);
  });
});

describe('tone: only when the check asks for it', () => {
  it('a check restricted to other lists reports a neutral tone with nothing counted', () => {
    const analysis = checker.analyze('This is pathetic!!! SHUT UP', {
      platform: 'generic',
      lists: ['banned'],
    });
    expect(analysis.tone).toEqual({
      score: 0,
      label: 'neutral',
      drivers: [],
      exclamations: 0,
      allCapsWords: 0,
      maxEmojiInSentence: 0,
      hedges: 0,
      aggressiveWords: 0,
      blamePhrases: 0,
    });
    expect(analysis.findings).toEqual([]);
  });
});
