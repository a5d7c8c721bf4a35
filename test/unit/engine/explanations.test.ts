import { describe, expect, it } from 'vitest';
import { compileKit, type CheckOptions, type Finding, type FindingKind } from '@/lib/engine';
import { kitWith } from './helpers';

/**
 * Issue 16: a card's "why" is read by social-media managers, so the engine's explanations must use their
 * words. Every rule kind is triggered once and its explanation checked in both languages.
 */
const kit = kitWith(
  {
    preferredTerms: [{ term: 'users', replacement: 'customers' }],
    patterns: [
      {
        id: 'coupon',
        pattern: 'SAVE[0-9]{2}',
        severity: 'warn',
        message: { en: 'Expired coupon', zh: '优惠码已过期' },
      },
    ],
    tone: {
      maxExclamations: 1,
      maxAllCapsWords: 0,
      maxEmojiPerSentence: 1,
      sentimentFloor: -0.1,
      sentimentWords: { awful: -4, terrible: -4 },
      aggressiveWords: ['shut up'],
      blamePhrases: ['your fault'],
      formality: 'formal',
      slang: ['yyds'],
      hedges: ['maybe'],
      maxHedges: 0,
    },
    privacy: {
      custom: [{ id: 'order', label: { en: 'order number', zh: '订单号' }, pattern: 'ORD-[0-9]{6}' }],
    },
    platforms: { x: { maxHashtags: 1, maxMentions: 1, disclosureTags: ['#ad'] } },
  },
  [
    { term: 'damn', category: 'profanity', severity: 'block' },
    { term: '傻逼', category: 'profanity', severity: 'block', pinyin: true },
  ],
);
const checker = compileKit(kit);
const X: CheckOptions = { platform: 'x', sponsored: true };

const drafts = [
  'damn d@mn users SAVE10 shabi',
  'awful terrible awful. Shut up, it is your fault, maybe.',
  'WOW AMAZING DEAL!!! 😀😀😀 yyds 你好',
  'mail a@b.co or call +1 415 555 0134, card 4111 1111 1111 1111, id 11010519491231002X, ORD-123456',
  '#a #b @c @d ' + 'x'.repeat(300),
];
const findings: Finding[] = drafts.flatMap((d) => checker.check(d, X));
const byKind = new Map<FindingKind, Finding[]>();
for (const f of findings) byKind.set(f.kind, [...(byKind.get(f.kind) ?? []), f]);

/** Engine vocabulary and setting ids a person should never read. */
const JARGON =
  /\b(folded?|normali[sz]ed?|lexicon|score|floor|detector|regex|pattern list|max[A-Z]\w+|sentimentWords|aggressiveWords|blamePhrases|unit)\b|→|得分|下限|词表中的规则|检测：/;

describe('engine explanations in plain words (issue 16)', () => {
  const kinds: FindingKind[] = [
    'term',
    'substitution',
    'pattern',
    'exclamations',
    'all-caps',
    'emoji',
    'sentiment',
    'aggressive',
    'blame',
    'formality',
    'slang',
    'hedge',
    'email',
    'phone',
    'cn-id',
    'bank-card',
    'custom-detector',
    'length',
    'hashtags',
    'mentions',
    'disclosure',
  ];
  it.each(kinds)('%s: a plain explanation in English and Chinese', (kind) => {
    const found = byKind.get(kind);
    expect(found, `no ${kind} finding in the drafts`).toBeDefined();
    for (const f of found!) {
      expect(f.explanation.en.length).toBeGreaterThan(20);
      for (const text of [f.explanation.en, f.explanation.zh, f.message.en, f.message.zh])
        expect(text).not.toMatch(JARGON);
      // The Chinese side is Chinese: no English sentence left in it.
      expect(f.explanation.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(f.explanation.zh).not.toMatch(/\b(the|your|is|and)\b/i);
    }
  });

  it('a disguised spelling is explained as a person would say it', () => {
    const disguised = byKind.get('term')!.find((f) => f.text === 'd@mn')!;
    expect(disguised.explanation.en).toBe(
      'Your brand kit lists “damn” among the words not to post (profanity). It is disguised here (look-alike letters, symbols, spaces or repeated letters), but it still reads as that word.',
    );
    expect(disguised.explanation.zh).toBe(
      '品牌规范把“damn”列为不能发布的词（粗俗用语）。这里换了写法（形近字母、符号、空格或重复字母），读起来仍是这个词。',
    );
  });

  it('a pinyin spelling is explained as such', () => {
    const pinyin = byKind.get('term')!.find((f) => f.text === 'shabi')!;
    expect(pinyin.explanation.en).toContain('spelled out in pinyin');
    expect(pinyin.explanation.zh).toContain('用拼音写出');
  });

  it('a personal-data explanation names what was found, in both languages', () => {
    const named = (kind: FindingKind) => byKind.get(kind)![0].explanation;
    for (const [kind, en, zh] of [
      ['email', 'an e-mail address', '电子邮箱'],
      ['phone', 'a phone number', '电话号码'],
      ['cn-id', 'a resident ID', '身份证号'],
      ['bank-card', 'a bank card', '银行卡号'],
      ['custom-detector', 'an order number', '订单号'],
    ] as const) {
      // The article follows the name's first letter ("an e-mail address", not "a e-mail address").
      expect(named(kind).en, kind).toMatch(new RegExp(`^This looks like ${en}; once posted, anyone`));
      expect(named(kind).zh, kind).toBe(`这看起来是${zh}；一旦发布，任何人都能复制。`);
    }
  });

  it('a caller that edits a personal-data finding’s message or explanation changes no later finding', () => {
    const text = drafts[3];
    const words = (found: Finding[]) => found.map((f) => [f.kind, f.message.en, f.explanation.en]);
    const first = checker.check(text, X);
    const before = words(first);
    expect(before.filter(([kind]) => kind === 'email' || kind === 'phone')).toHaveLength(2);
    for (const f of first) {
      for (const part of [f.message, f.explanation]) {
        try {
          (part as { en: string }).en = 'edited';
        } catch {
          // Frozen: the edit is refused.
        }
      }
    }
    expect(words(checker.check(text, X))).toEqual(before);
  });

  it('tone explanations name the setting in words, not its id', () => {
    expect(byKind.get('exclamations')![0].explanation).toEqual({
      en: 'Your brand voice limits exclamation marks per post.',
      zh: '品牌语气限制了每条内容的感叹号数量。',
    });
    expect(byKind.get('sentiment')![0].message.en).toMatch(/^This sounds hostile, mostly because of: /);
  });
});

describe('which explanation a term finding gets', () => {
  const terms = compileKit(
    kitWith({ preferredTerms: [{ id: 'customers', term: 'users', replacement: 'customers' }] }, [
      { id: 'no-damn', term: 'damn', category: 'profanity', severity: 'block' },
      { term: '傻逼', category: 'profanity', severity: 'block', pinyin: true },
      { term: 'heck', category: 'custom', severity: 'warn' },
    ]),
  );
  const GENERIC: CheckOptions = { platform: 'generic' };

  it('the kit’s own spelling in any case is explained plainly; only a disguise is called one', () => {
    for (const text of ['damn', 'DAMN', 'Damn']) {
      expect(terms.check(text, GENERIC).map((f) => f.explanation)).toEqual([
        {
          en: 'Your brand kit lists “damn” among the words not to post (profanity).',
          zh: '品牌规范把“damn”列为不能发布的词（粗俗用语）。',
        },
      ]);
    }
    for (const text of ['d@mn', 'daaamn'])
      expect(terms.check(text, GENERIC)[0].explanation.en).toContain('It is disguised here');
  });

  it('a term’s id names its rule; a banned term without suggestions offers none', () => {
    expect(terms.check('damn users heck', GENERIC).map((f) => [f.ruleId, f.suggestions])).toEqual([
      ['banned:no-damn', []],
      ['preferred:customers', ['customers']],
      ['banned:heck', []],
    ]);
  });

  it('a caller that edits one finding’s message or explanation changes no later finding', () => {
    const text = 'damn d@mn shabi users';
    const words = (found: Finding[]) => found.map((f) => [f.message.en, f.explanation.en]);
    const first = terms.check(text, GENERIC);
    const before = words(first);
    for (const f of first) {
      for (const part of [f.message, f.explanation]) {
        try {
          (part as { en: string }).en = 'edited';
        } catch {
          // Frozen: the edit is refused.
        }
      }
    }
    expect(words(terms.check(text, GENERIC))).toEqual(before);
  });
});
