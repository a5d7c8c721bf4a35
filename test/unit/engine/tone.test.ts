import { afterEach, describe, expect, it, vi } from 'vitest';
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

describe('tone: the default thresholds, for a kit that sets none', () => {
  // A kit with tone words but no thresholds: 3 exclamation marks, 2 shouted words, 3 emoji a sentence, 2 hedges
  // and a sentiment floor of -0.5 (tone.ts DEFAULT_TONE).
  const bare = compileKit({
    version: 2,
    profile: { name: 'bare' },
    bannedTerms: [],
    tone: { sentimentWords: { wrong: -1, useless: -3 }, hedges: ['maybe'] },
  });
  const found = (text: string) =>
    bare.analyze(text, { platform: 'generic' }).findings.map((f) => `${f.kind}@${f.start}`);

  it('three exclamation marks pass, the fourth is flagged', () => {
    expect(found('Hi!!!')).toEqual([]);
    expect(found('Hi!!!!')).toEqual(['exclamations@5']);
  });

  it('two shouted words pass, three are flagged', () => {
    expect(found('STOP THAT now')).toEqual([]);
    expect(found('STOP THAT RIGHT')).toEqual(['all-caps@0', 'all-caps@5', 'all-caps@10']);
  });

  it('three emoji in a sentence pass, four are flagged', () => {
    expect(found('😀😀😀 ok')).toEqual([]);
    expect(found('😀😀😀😀 ok')).toEqual(['emoji@0']);
  });

  it('two hedges pass, three are flagged', () => {
    expect(found('maybe, maybe')).toEqual([]);
    expect(found('maybe, maybe, maybe')).toEqual(['hedge@0', 'hedge@7', 'hedge@14']);
  });

  it('two mildly negative words (score -0.46) stay above the floor of -0.5; two stronger ones do not', () => {
    const mild = bare.analyze('wrong and wrong', { platform: 'generic' });
    expect(mild.tone.score).toBeGreaterThan(-0.5);
    expect(mild.findings).toEqual([]);
    expect(found('useless and wrong')).toEqual(['sentiment@0']);
  });
});

describe('tone: English negation reaches over at most one word, right before the sentiment word', () => {
  const weight = (text: string, word: string) =>
    analyze(text).tone.drivers.find((d) => d.text === word)?.weight;

  it('"not happy", "not very happy" and "not  happy" (two spaces) are negative', () => {
    expect(weight('I am not happy', 'happy')).toBe(-1.5);
    expect(weight('I am not very happy', 'happy')).toBe(-1.5);
    expect(weight('I am not  happy', 'happy')).toBe(-1.5);
    expect(weight('I am not very  happy', 'happy')).toBe(-1.5);
  });

  it('a negation further back in the sentence does not flip the word', () => {
    expect(weight('No idea why, but happy to help', 'happy')).toBe(2);
  });

  it('a negation in a long draft is read where the word is, not from the start of the draft', () => {
    expect(weight('I am not happy with how this order was handled', 'happy')).toBe(-1.5);
  });
});

describe('tone: Chinese negation', () => {
  const weight = (text: string, word: string) =>
    analyze(text).tone.drivers.find((d) => d.text === word)?.weight;

  it('不 right before a word, or one character before it, flips it, also at the very end of the draft', () => {
    expect(weight('我们不满意', '满意')).toBe(-1.5);
    expect(weight('我不太满意', '满意')).toBe(-1.5);
    expect(weight('一点也不烦', '烦')).toBe(1.5);
    // Any other hanzi there negates nothing.
    expect(weight('我们很满意', '满意')).toBe(2);
  });

  it('a Chinese negator before an English word and an English one before a Chinese word count too', () => {
    expect(weight('我们不happy', 'happy')).toBe(-1.5);
    expect(weight('I am not 满意', '满意')).toBe(-1.5);
  });

  it('CJK text starts at U+3400: a rare hanzi of Extension A between 不 and the word is read as Chinese', () => {
    expect(weight('不㐀满意', '满意')).toBe(-1.5);
  });
});

describe('tone: every listed compound keeps its tone word innocent, even without a word segmenter', () => {
  // tone.ts INNOCENT_COMPOUNDS: the list keeps these right in browsers whose Intl has no Segmenter (or a small
  // dictionary); 滚 and 蠢 are single hanzi, which the segmenter alone would otherwise judge.
  const COMPOUNDS = [
    ...['滚圆', '滚动', '滚烫', '滚筒', '滚轮', '滚轴', '滚珠', '滚石', '滚滚', '翻滚', '打滚', '滚雪球'],
    ...['滚瓜烂熟', '利滚利', '滚落', '滚梯', '滚刀'],
    ...['垃圾分类', '垃圾桶', '垃圾箱', '垃圾袋', '垃圾车', '垃圾站', '垃圾场', '垃圾房', '垃圾处理'],
    ...['垃圾回收', '垃圾清运', '垃圾收集', '垃圾焚烧', '垃圾填埋', '垃圾邮件', '垃圾短信', '垃圾堆'],
    ...['生活垃圾', '厨余垃圾', '有害垃圾', '干垃圾', '湿垃圾', '扔垃圾', '倒垃圾', '捡垃圾'],
    ...['闭嘴唇', '紧闭嘴', '蠢蠢欲动', '蠢动', '蠢蠢'],
    ...['集美区', '集美大学', '集美学村', '集美镇', '集美街道'],
    ...['乡亲们', '父亲们', '母亲们', '双亲们', '至亲们', '宗亲们', '相亲们', '表亲们', '近亲们'],
  ];

  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it.each([
    ['with Intl.Segmenter', false],
    ['without Intl.Segmenter (older browsers)', true],
  ])('%s', async (_, hideSegmenter) => {
    if (hideSegmenter) {
      const intl = Intl as unknown as Record<string, unknown>;
      const names = Object.getOwnPropertyNames(Intl).filter((name) => name !== 'Segmenter');
      vi.stubGlobal('Intl', Object.fromEntries(names.map((name) => [name, intl[name]])));
    }
    vi.resetModules();
    const engine = await import('@/lib/engine');
    const kit = engine.buildStarterKit({ packs: ['tone-friendly-professional'], name: 'Tone' });
    const formal = engine.compileKit({ ...kit, tone: { ...kit.tone, formality: 'formal' } });
    const flagged = (text: string) =>
      formal
        .check(text, { platform: 'generic' })
        .filter((f) => f.kind === 'aggressive' || f.kind === 'slang')
        .map((f) => f.text);
    expect(COMPOUNDS.filter((compound) => flagged(`我们${compound}了`).length > 0)).toEqual([]);
    // The tone words on their own still count.
    expect(flagged('滚！蠢。垃圾！闭嘴。集美们，亲们')).toEqual(['滚', '蠢', '垃圾', '闭嘴', '集美', '亲们']);
  });
});

describe('tone: quoted words count half', () => {
  const drivers = (text: string) => analyze(text).tone.drivers.map((d) => [d.text, d.weight]);

  it.each([
    ['It was “useless”'],
    ['It was ‘useless’'],
    ['It was "useless"'],
    ['It was “useless'],
    ['It was "useless'],
    ['“It was ‘quite’ useless”'],
  ])('%s: the quoted word counts half (curly, single, ASCII, unclosed, nested)', (text) => {
    expect(drivers(text)).toEqual([['useless', -1.5]]);
  });

  it.each([['这真是「糟糕」'], ['这真是『糟糕』'], ['这真是《糟糕》']])('%s: CJK quotes too', (text) => {
    expect(drivers(text)).toEqual([['糟糕', -1]]);
  });

  it('an apostrophe or a closing quote with nothing open quotes nothing', () => {
    expect(drivers('It’s useless')).toEqual([['useless', -3]]);
    expect(drivers('”useless“')).toEqual([['useless', -3]]);
  });

  it('an ASCII quote inside curly quotes neither opens nor closes a quote', () => {
    expect(drivers('“She said "hi” and it was useless')).toEqual([['useless', -3]]);
  });

  it('only the words inside each quote count half, however many quotes the draft has', () => {
    expect(drivers('“bad” ok “bad” ok “bad” useless')).toEqual([
      ['useless', -3],
      ['bad', -1],
      ['bad', -1],
      ['bad', -1],
    ]);
    expect(drivers('bad “x” bad “y” bad “z” bad').map(([, weight]) => weight)).toEqual([-2, -2, -2, -2]);
    expect(drivers('a “b” c “d” e “f” useless "g')).toEqual([['useless', -3]]);
  });

  it('a word inside an unclosed ASCII quote that holds a closed curly one counts half', () => {
    expect(drivers('"useless “x” y')).toEqual([['useless', -1.5]]);
  });
});

describe('tone: what an aggressive word or a blame phrase finding says', () => {
  it('is a warning on the tone list, with no suggested replacement', () => {
    const { findings } = analyze('Stop being stupid, this is your fault');
    const found = findings
      .filter((f) => f.kind === 'aggressive' || f.kind === 'blame')
      .map((f) => ({
        kind: f.kind,
        text: f.text,
        list: f.list,
        category: f.category,
        severity: f.severity,
        suggestions: f.suggestions,
      }));
    const tone = { list: 'tone', category: 'tone', severity: 'warn', suggestions: [] };
    expect(found).toEqual([
      { kind: 'aggressive', text: 'stupid', ...tone },
      { kind: 'blame', text: 'your fault', ...tone },
    ]);
  });
});

describe('tone: shouting, word by word', () => {
  it('a lone five-letter capitalised word is still an acronym (HTTPS); six letters shout', () => {
    expect(analyze('Use HTTPS for the link').tone.allCapsWords).toBe(0);
    expect(analyze('That is AWFUL').tone.allCapsWords).toBe(0);
    expect(analyze('That is SIMPLY wrong').tone.allCapsWords).toBe(1);
  });

  it('capitalised words with several spaces or a tab between them are one run', () => {
    expect(analyze('STOP  THAT').tone.allCapsWords).toBe(2);
    expect(analyze('STOP\tTHAT').tone.allCapsWords).toBe(2);
    expect(analyze('STOP, THAT').tone.allCapsWords).toBe(0);
  });

  it('an acronym after leading spaces is not shouting', () => {
    expect(analyze('  JSON export is ready').tone.allCapsWords).toBe(0);
  });
});

describe('tone: no tone phrase spans sentence punctuation', () => {
  it.each([',', '.', '!', '?', ';', ':', '，', '。', '！', '？', '；', '：', '、', '…'])(
    '"your%sfault" is no blame',
    (mark) => {
      const { tone, findings } = analyze(`It is your${mark}fault`);
      expect(tone.blamePhrases).toBe(0);
      expect(findings.filter((f) => f.kind === 'blame')).toEqual([]);
    },
  );
});

describe('tone: a listed compound at the very start of the draft is innocent too', () => {
  it.each(['滚圆的月亮', '垃圾分类很重要', '乡亲们好'])('%s', (text) => {
    const formal: BrandKit = { ...starter, tone: { ...starter.tone, formality: 'formal' } };
    expect(
      compileKit(formal)
        .check(text, { platform: 'generic' })
        .filter((f) => f.kind === 'aggressive' || f.kind === 'slang'),
    ).toEqual([]);
  });
});
