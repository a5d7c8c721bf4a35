import { describe, expect, it } from 'vitest';
import { buildStarterKit, compileKit, type BannedTerm, type Finding } from '@/lib/engine';
import { englishForms, inflectedForms } from '@/lib/engine/inflect';
import type { StarterPackId } from '@/lib/engine/starter-packs';

const kitOf = (bannedTerms: BannedTerm[]) => compileKit({ ...buildStarterKit({ packs: [] }), bannedTerms });
const found = (terms: BannedTerm[], text: string) =>
  kitOf(terms)
    .check(text, { platform: 'generic', lists: ['banned'] })
    .map((f) => `${f.term}:${f.text}`);
const term = (t: string, extra: Partial<BannedTerm> = {}): BannedTerm => ({
  term: t,
  category: 'profanity',
  severity: 'block',
  inflect: true,
  ...extra,
});

const packs = new Map<string, ReturnType<typeof compileKit>>();
const alarms = (pack: StarterPackId, text: string): Finding[] => {
  if (!packs.has(pack)) packs.set(pack, compileKit(buildStarterKit({ packs: [pack] })));
  return packs
    .get(pack)!
    .check(text, { platform: 'generic', lists: ['banned'] })
    .filter((f) => f.severity !== 'info');
};

describe('inflect: a term matches its regular English inflections', () => {
  it.each([
    ['that fucked up', 'fuck:fucked'],
    ['he fucks', 'fuck:fucks'],
    ['FUCKING hell', 'fuck:FUCKING'],
    ['shitting', 'shit:shitting'],
    ['shitty', 'shit:shitty'],
    ['raping', 'rape:raping'],
    ['raped', 'rape:raped'],
    ['gang banged', 'gang bang:gang banged'],
    ['gangbanging', 'gang bang:gangbanging'],
  ])('"%s" → %s', (text, want) => {
    expect(found([term('fuck'), term('shit'), term('rape'), term('gang bang')], text)).toEqual([want]);
  });

  it.each(['fuckwit', 'shitt', 'rapping', 'rapt', 'spicy'])('"%s" is another word', (text) => {
    // "rapping" doubles its p: a form of "rap", not of "rape"; "spicy" is an allow-context of "spic".
    expect(
      found([term('fuck'), term('shit'), term('rape'), term('spic', { allowContexts: ['spicy'] })], text),
    ).toEqual([]);
  });

  it('-es follows only s, x, z, h and o: "rapes" is no form of "rap"', () => {
    expect(found([term('rap')], 'rapes')).toEqual([]);
    expect(found([term('rap')], 'rapping')).toEqual(['rap:rapping']);
    expect(found([term('ass')], 'asses')).toEqual(['ass:asses']);
  });

  it('sentence punctuation after a word is no leet suffix ("stupid!!!" is "stupid")', () => {
    expect(found([term('stupid')], 'so stupid!!!')).toEqual(['stupid:stupid']);
  });

  it('without inflect a term stays a whole word', () => {
    expect(found([{ term: 'fuck', category: 'profanity', severity: 'block' }], 'that fucked up')).toEqual([]);
  });

  it('-er and -ings make new words and are not matched (a "skanker" is nobody\'s listed word)', () => {
    expect(found([term('skank')], 'skankers')).toEqual([]);
    expect(found([term('bollock')], 'bollockings')).toEqual([]);
  });

  it('the forms the builder checks are those the matcher accepts', () => {
    expect(inflectedForms('shit')).toEqual(expect.arrayContaining(['shits', 'shited', 'shitting', 'shitty']));
    expect(inflectedForms('rape')).toEqual(expect.arrayContaining(['rapes', 'raped', 'raping']));
    expect(englishForms('rap')).toEqual(expect.arrayContaining(['raps', 'rapping', 'rapped']));
    expect(englishForms('rap')).not.toContain('raping');
  });
});

describe('English pack: issue 13 misses', () => {
  it.each([
    'that fucked up',
    'he fucks',
    'shitty service',
    'two assholes',
    'bitches',
    'f*ck this',
    'sh*t happens',
    'f**k',
    'nice b**b',
    'a t**t',
    'y***y',
    '🖕 to you',
    'red p*nties',
    'he r*pes',
    '🖕🏽',
    'f*cking hell',
    'bl*wjob',
    '@$$hole',
    'what a b!tch',
    'shitting',
    'raping',
  ])('"%s" is flagged', (text) => {
    expect(alarms('profanity-en', text).length).toBeGreaterThan(0);
  });

  it.each(['spicy food', 'a titter went round', 'rapping on the door', "Dick's Sporting Goods", 'Moby Dick'])(
    '"%s" stays clean',
    (text) => {
      expect(alarms('profanity-en', text)).toEqual([]);
    },
  );
});

describe('a leet word\'s final "!" is read both ways', () => {
  it.each(['no p@k! here', 'hent@!', 'n@w@$h!', '$hit!', 'a$$!', 'sh!t!'])('"%s" is flagged', (text) => {
    expect(alarms('profanity-en', text).length).toBeGreaterThan(0);
  });
  it.each(['h@ck!', 'c@ll me!', 'great!'])('"%s" stays clean', (text) => {
    expect(alarms('profanity-en', text)).toEqual([]);
  });
});

describe('a word of "@" and "$" alone is read as letters', () => {
  it('"so @$$ today" is ass, quoted as written', () => {
    const found = alarms('profanity-en', 'so @$$ today');
    expect(found.map((f) => [f.term, f.text, f.start, f.end])).toEqual([['ass', '@$$', 3, 6]]);
  });
  it.each([
    'pay $5 @ store',
    '$$$ and @@@',
    'me@$$$$$ money',
    '@$$$$ x',
    'so $$ today',
    'e-mail a@b.com $10',
  ])('"%s" stays clean', (text) => {
    expect(alarms('profanity-en', text)).toEqual([]);
  });
});

describe('claimWhen: 第一 and 最好 only where they claim', () => {
  it.each([
    '本品销量第一',
    '世界第一的品质',
    '国货第一品牌',
    '我们第一！',
    '我们是第一的',
    '这是您最好的选择',
    '效果最好',
  ])('"%s" is a claim', (text) => {
    expect(alarms('ad-law-cn', text).map((f) => f.term)).toEqual(
      expect.arrayContaining([expect.stringMatching(/第一|最好/)]),
    );
  });

  it.each([
    '第一，打开设置',
    '第一次来上海',
    '第一世界国家',
    '科学技术是第一生产力',
    '赚到第一桶金',
    '第一岛链',
    '最好不要熬夜',
    '你最好提前预约',
    '第一季度营收增长',
  ])('"%s" is not', (text) => {
    expect(alarms('ad-law-cn', text)).toEqual([]);
  });

  it('a kit term without claimWhen is flagged everywhere', () => {
    expect(found([{ term: '第一', category: 'advertising-law', severity: 'warn' }], '第一世界')).toEqual([
      '第一:第一',
    ]);
  });
});
