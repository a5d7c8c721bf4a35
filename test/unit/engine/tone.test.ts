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

  it('the word under a phrase that crosses punctuation still counts ("your.fault" keeps "fault")', () => {
    // Before: the longest of overlapping hits was chosen before the punctuation check, so the dropped phrase hid it.
    const drivers = (text: string) => analyze(text).tone.drivers.map((d) => [d.text, d.weight]);
    expect(drivers('It is your.fault')).toEqual([['fault', -1]]);
    expect(drivers('It is your，fault')).toEqual([['fault', -1]]);
    expect(drivers('It is your fault')).toEqual([['your fault', -2]]);
  });
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

describe('tone: what each tone rule reports', () => {
  const formal = compileKit({ ...starter, tone: { ...starter.tone, formality: 'formal' } });
  const report = (text: string, kind: string, kit = checker) =>
    kit
      .analyze(text, { platform: 'generic' })
      .findings.filter((f) => f.kind === kind)
      .map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        at: [f.start, f.end],
        text: f.text,
        message: f.message.en,
        explanation: f.explanation?.en,
        suggestions: f.suggestions,
      }));

  it('exclamation marks past the limit, ASCII and full-width, in the order of the draft', () => {
    expect(report('好！！！ ok!', 'exclamations')).toEqual(
      [3, 7].map((at) => ({
        ruleId: 'tone:exclamations',
        severity: 'info',
        at: [at, at + 1],
        text: '好！！！ ok!'[at],
        message: '4 exclamation marks; the brand voice allows 2.',
        explanation: 'Your brand voice limits exclamation marks per post.',
        suggestions: [],
      })),
    );
  });

  it('every shouted word, with its lower-case form suggested', () => {
    expect(report('Please STOP THAT', 'all-caps')).toEqual([
      {
        ruleId: 'tone:all-caps',
        severity: 'info',
        at: [7, 11],
        text: 'STOP',
        message: '2 ALL-CAPS words; the brand voice allows 1. Capitals read as shouting.',
        explanation: 'Your brand voice limits words in capitals.',
        suggestions: ['stop'],
      },
      expect.objectContaining({ at: [12, 16], text: 'THAT', suggestions: ['that'] }),
    ]);
  });

  it('a sentence with too many emoji, up to and with its full stop', () => {
    expect(report('Hi. Yes 😀😀😀. Ok 😀😀', 'emoji')).toEqual([
      {
        ruleId: 'tone:emoji',
        severity: 'info',
        at: [3, 15],
        text: ' Yes 😀😀😀.',
        message: '3 emoji in one sentence; the brand voice allows 2.',
        explanation: 'Your brand voice limits emoji per sentence.',
        suggestions: [],
      },
    ]);
    expect(checker.analyze('Hi. Yes 😀😀😀. Ok 😀😀', { platform: 'generic' }).tone.maxEmojiInSentence).toBe(
      3,
    );
  });

  it('as many emoji as allowed pass; so does a draft made of nothing but allowed emoji', () => {
    expect(report('Ok 😀😀', 'emoji')).toEqual([]);
    expect(report('😀😀😀', 'emoji')).toHaveLength(1);
  });

  it.each(['.', '!', '?', '。', '！', '？', '\n'])('"%s" ends a sentence for the emoji count', (mark) => {
    expect(report(`😀😀${mark}😀😀`, 'emoji')).toEqual([]);
    expect(checker.analyze(`😀😀${mark}😀😀`, { platform: 'generic' }).tone.maxEmojiInSentence).toBe(2);
  });

  it('each 你 in a formal kit, not 你们, with 您 suggested', () => {
    expect(report('你好，你们好，你', 'formality', formal)).toEqual(
      [0, 7].map((at) => ({
        ruleId: 'tone:formality',
        severity: 'info',
        at: [at, at + 1],
        text: '你',
        message: 'The brand voice is formal: use 您 when addressing one person.',
        explanation: 'Your brand voice is set to formal.',
        suggestions: ['您'],
      })),
    );
  });

  it('a draft that does not open with 你 has nothing flagged before its first 你', () => {
    expect(report('您好，你', 'formality', formal).map((f) => f.at)).toEqual([[3, 4]]);
  });

  it('slang in a formal kit only', () => {
    expect(report('lol ok', 'slang')).toEqual([]);
    expect(report('lol ok', 'slang', formal)).toEqual([
      {
        ruleId: 'tone:slang',
        severity: 'info',
        at: [0, 3],
        text: 'lol',
        message: '“lol” is slang; the brand voice is formal.',
        explanation: 'Your brand voice lists this among slang to avoid.',
        suggestions: [],
      },
    ]);
  });

  it('aggressive words and blame phrases, each with its own message', () => {
    expect(report('Stop being stupid', 'aggressive')).toEqual([
      {
        ruleId: 'tone:aggressive',
        severity: 'warn',
        at: [11, 17],
        text: 'stupid',
        message: '“stupid” sounds aggressive.',
        explanation: 'Your brand voice lists this among words that sound aggressive.',
        suggestions: [],
      },
    ]);
    expect(report('It is your fault', 'blame')).toEqual([
      {
        ruleId: 'tone:blame',
        severity: 'warn',
        at: [6, 16],
        text: 'your fault',
        message: '“your fault” blames the reader.',
        explanation: 'Your brand voice lists this among phrases that blame the reader.',
        suggestions: [],
      },
    ]);
  });

  it('hedges past the limit: every hedge of the draft', () => {
    expect(report('maybe so, perhaps', 'hedge')).toEqual([]);
    expect(report('maybe so, perhaps, probably', 'hedge')).toEqual(
      [
        [0, 5, 'maybe'],
        [10, 17, 'perhaps'],
        [19, 27, 'probably'],
      ].map(([start, end, text]) => ({
        ruleId: 'tone:hedge',
        severity: 'info',
        at: [start, end],
        text,
        message: '3 hedges (maybe, I think…); the brand voice allows 2. Be direct.',
        explanation: 'Your brand voice limits hedging words like “maybe” and “I think”.',
        suggestions: [],
      })),
    );
  });

  it('a hostile draft: one finding from the first to the last negative word, naming up to five of them', () => {
    const text = 'Thanks, but this is awful, terrible, useless, pathetic, horrible and the worst';
    expect(report(text, 'sentiment')).toEqual([
      {
        ruleId: 'tone:sentiment',
        severity: 'warn',
        at: [20, text.length],
        text: text.slice(20),
        message:
          'This sounds hostile, mostly because of: “awful”, “terrible”, “useless”, “pathetic”, “horrible”.',
        explanation:
          'Onbrand weighs the friendly and unfriendly words in the draft; “not” in front of a word turns it around.',
        suggestions: [],
      },
    ]);
  });
});

describe('tone: a pathological draft gets at most 50 findings per rule', () => {
  const formal = compileKit({ ...starter, tone: { ...starter.tone, formality: 'formal' } });
  const count = (text: string, kind: string, kit = checker) =>
    kit.analyze(text, { platform: 'generic' }).findings.filter((f) => f.kind === kind).length;

  it.each([
    ['exclamations', '!'.repeat(60)],
    ['all-caps', 'SHOUT '.repeat(60)],
    ['emoji', '😀😀😀. '.repeat(60)],
    ['aggressive', 'stupid, '.repeat(60)],
    ['blame', 'your fault; '.repeat(60)],
    ['hedge', 'maybe, '.repeat(60)],
  ])('%s', (kind, text) => {
    expect(count(text, kind)).toBe(50);
  });

  it('formality', () => {
    expect(count('你，'.repeat(60), 'formality', formal)).toBe(50);
  });

  it('the summary still counts them all, and lists the 20 strongest words', () => {
    const { tone } = analyze(`${'stupid, '.repeat(30)}${'your fault; '.repeat(30)}${'!'.repeat(60)}`);
    expect([tone.aggressiveWords, tone.blamePhrases, tone.exclamations]).toEqual([30, 30, 60]);
    expect(tone.drivers).toHaveLength(20);
  });
});

describe('tone: the score and its label', () => {
  const summary = (text: string) => analyze(text).tone;

  it('sums the word weights and scales the sum into -1…1 the VADER way: s / √(s² + 15)', () => {
    expect(summary('thanks').score).toBeCloseTo(2 / Math.sqrt(19), 10);
    expect(summary('thanks, great, wonderful').score).toBeCloseTo(7 / Math.sqrt(64), 10);
    expect(summary('stupid').score).toBeCloseTo(-2 / Math.sqrt(19), 10);
    expect(summary('No words of tone here').score).toBe(0);
  });

  it('lists the drivers strongest first, then in the order of the draft', () => {
    expect(summary('thanks, wrong, awful, stupid, great').drivers.map((d) => [d.text, d.weight])).toEqual([
      ['awful', -3],
      ['thanks', 2],
      ['stupid', -2],
      ['great', 2],
      ['wrong', -1],
    ]);
  });

  it('labels: hostile takes two negative words; one strong word is negative; positive; neutral', () => {
    expect(summary('useless and wrong').label).toBe('hostile');
    expect(summary('stupid and wrong').label).toBe('hostile');
    expect(summary('This is pathetic').label).toBe('negative');
    expect(summary('thanks').label).toBe('positive');
    expect(summary('thanks, but wrong and wrong').label).toBe('neutral');
  });

  it('aggressive words and blame phrases each count -2, and as negative words', () => {
    const tone = summary('stupid, your fault');
    expect(tone.score).toBeCloseTo(-4 / Math.sqrt(31), 10);
    expect(tone.label).toBe('hostile');
    expect(tone.drivers.map((d) => d.weight)).toEqual([-2, -2]);
  });

  it('hedges count in the summary, not in the score', () => {
    const tone = summary('maybe, perhaps');
    expect([tone.hedges, tone.score, tone.drivers]).toEqual([2, 0, []]);
  });
});

describe('tone: emoji below the astral planes count too', () => {
  it('⌚ ☀️ ✅ ⭐ ㊗️ are emoji: five in one sentence', () => {
    const { tone, findings } = analyze('Ready ⌚☀️✅⭐㊗️ now');
    expect(tone.maxEmojiInSentence).toBe(5);
    expect(findings.filter((f) => f.kind === 'emoji').map((f) => f.text)).toEqual(['Ready ⌚☀️✅⭐㊗️ now']);
  });
});

describe('tone: keycap emoji count (a product fix of round 22)', () => {
  // Before: the emoji walk looked only at U+2300 and up, so 1️⃣ #️⃣ *️⃣ (a digit, # or * with U+FE0F U+20E3)
  // counted as nothing, though emoji.ts and X's length read them as emoji.
  it('1️⃣2️⃣3️⃣ is three emoji in one sentence; plain digits, # and * are none', () => {
    const { tone, findings } = analyze('Steps 1️⃣2️⃣3️⃣ done');
    expect(tone.maxEmojiInSentence).toBe(3);
    expect(findings.filter((f) => f.kind === 'emoji').map((f) => f.text)).toEqual(['Steps 1️⃣2️⃣3️⃣ done']);
    expect(analyze('#️⃣ and *️⃣ and 0️⃣').tone.maxEmojiInSentence).toBe(3);
    expect(analyze('Call 123 or #45 * 6 😀').tone.maxEmojiInSentence).toBe(1);
    expect(analyze('Order 1234, 5678 and 9012').tone.maxEmojiInSentence).toBe(0);
  });
});

describe('tone: symbols below U+2300 count as emoji only in their emoji form', () => {
  // Before: the walk skipped © ® ‼ ⁉ ™ ℹ ↔, so "Sale ©️®️™️‼️" counted no emoji though each renders as one
  // (and emoji.ts and X's length read them as emoji). In text form, as brand copy writes ™ and ®, they stay text.
  it('©️ ®️ ‼️ ⁉️ ™️ ℹ️ ↔️ with U+FE0F are seven emoji in one sentence', () => {
    const { tone, findings } = analyze('Sale ©️®️‼️⁉️™️ℹ️↔️ now');
    expect(tone.maxEmojiInSentence).toBe(7);
    expect(findings.filter((f) => f.kind === 'emoji').map((f) => f.text)).toEqual([
      'Sale ©️®️‼️⁉️™️ℹ️↔️ now',
    ]);
  });

  it('© ® ™ ‼ ℹ ↔ in text form are none, however many', () => {
    const { tone, findings } = analyze('Onbrand™ and Acme® © 2026 ‼ ℹ ↔ ™ ® ©');
    expect(tone.maxEmojiInSentence).toBe(0);
    expect(findings.filter((f) => f.kind === 'emoji')).toEqual([]);
    expect(analyze('Onbrand™ 😀 ©').tone.maxEmojiInSentence).toBe(1);
  });

  it('the arrows ↔️ through ↪️ (U+2194–21AA) are the range that counts, both ends included', () => {
    expect(analyze('Swipe ↔️↪️ now').tone.maxEmojiInSentence).toBe(2);
  });
});

describe('tone: where a quote opens and closes', () => {
  const weight = (text: string) => analyze(text).tone.drivers.find((d) => d.text === 'useless')?.weight;

  it('an ASCII quote inside curly quotes does not close them', () => {
    expect(weight('“She said "this is useless” today')).toBe(-1.5);
  });

  it('an apostrophe before a quote does not upset the quote after it', () => {
    expect(weight('It’s “useless”')).toBe(-1.5);
  });

  it('ASCII quotes pair up, also from the first character of the draft', () => {
    expect(weight('"useless" he said')).toBe(-1.5);
    expect(weight('He said "no" and it was useless')).toBe(-3);
  });
});
