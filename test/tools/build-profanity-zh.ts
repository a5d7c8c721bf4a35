/**
 * Regenerates assets/starter-packs/profanity-zh.json: `npx tsx test/tools/build-profanity-zh.ts`.
 *
 * The terms below are Onbrand's own list (severity by sureness: block when the word has no innocent reading,
 * warn when it is coarse but also ordinary). Innocent words that contain a term ("操作", "逼近", "尼玛县") are
 * taken from segmentit's dictionary (the *training* dictionary; MIT) plus the hand-written contexts below;
 * the bench evaluates on CC-CEDICT, which is never read here.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BannedTerm } from '@/lib/engine';

type Sev = 'block' | 'warn';
interface Seed {
  term: string;
  severity: Sev;
  /** Also match pinyin spellings (only where the pinyin is not itself an ordinary word). */
  pinyin?: boolean;
  fix: string[];
  /** Hand-written innocent contexts, on top of the dictionary's. */
  allow?: string[];
}

const EXCLAIM = ['天哪', '哇'];
const MASK = (t: string) => [t.charAt(0) + '＊'.repeat([...t].length - 1)];
const s = (term: string, severity: Sev, fix: string[], extra: Partial<Seed> = {}): Seed => ({
  term,
  severity,
  fix,
  ...extra,
});

const SEEDS: Seed[] = [
  // 傻逼 and its evasions.
  s('傻逼', 'block', ['笨'], { pinyin: true }),
  s('傻B', 'block', ['笨']),
  s('傻比', 'block', ['笨']),
  s('傻屄', 'block', ['笨']),
  s('煞笔', 'warn', ['笨']),
  s('煞逼', 'block', ['笨']),
  s('傻叉', 'block', ['笨']),
  s('傻X', 'block', ['笨']),
  s('傻缺', 'warn', ['笨']),
  s('煞b', 'block', ['笨']),
  s('sb青年', 'block', ['笨']),
  // 操 / 肏 / 草 / 艹 / 日 / 干 + 你妈 families.
  s('操你妈', 'block', MASK('操你妈'), { pinyin: true }),
  s('操他妈', 'block', MASK('操他妈')),
  s('操她妈', 'block', MASK('操她妈')),
  s('操他', 'block', MASK('操他'), { allow: ['操他的心', '操他人'] }),
  s('操她', 'block', MASK('操她')),
  s('操死你', 'block', MASK('操死你')),
  s('操你', 'block', MASK('操你'), { allow: ['操你的心', '操你心'] }),
  s('操你大爷', 'block', MASK('操你大爷')),
  s('操你祖宗', 'block', MASK('操你祖宗')),
  s('操你全家', 'block', MASK('操你全家')),
  s('操蛋', 'block', ['糟糕']),
  s('操逼', 'block', MASK('操逼')),
  s('肏', 'block', MASK('肏')),
  s('肏你妈', 'block', MASK('肏你妈')),
  s('草你妈', 'block', MASK('草你妈')),
  s('草泥马', 'block', MASK('草泥马'), { pinyin: true }),
  s('曹尼玛', 'block', MASK('曹尼玛')),
  s('艹你妈', 'block', MASK('艹你妈')),
  s('日你妈', 'block', MASK('日你妈')),
  s('日你先人', 'block', MASK('日你先人')),
  s('干你娘', 'block', MASK('干你娘'), { pinyin: true }),
  s('干你妈', 'block', MASK('干你妈')),
  s('去你妈的', 'block', ['算了']),
  s('你妈逼', 'block', MASK('你妈逼')),
  s('你妈的', 'block', ['真是的']),
  s('妈逼', 'block', MASK('妈逼')),
  s('妈了个逼', 'block', ['真是的']),
  s('妈了个巴子', 'block', ['真是的']),
  s('妈卖批', 'block', ['真是的']),
  s('妈卖批', 'block', ['真是的']),
  s('你妈死了', 'block', MASK('你妈死了')),
  s('死全家', 'block', MASK('死全家')),
  s('断子绝孙', 'block', MASK('断子绝孙')),
  s('cnm', 'block', MASK('cnm')),
  s('nmsl', 'block', MASK('nmsl')),
  s('nmb', 'warn', MASK('nmb')),
  s('tmd', 'block', ['真是的']),
  s('tnnd', 'block', ['真是的']),
  s('mlgb', 'block', ['真是的']),
  s('rnm', 'block', MASK('rnm')),
  // 我操 family (exclamations).
  s('我操', 'block', EXCLAIM, {
    allow: ['我操作', '我操心', '我操办', '我操练', '我操控', '我操纵', '我操持', '我操场'],
  }),
  s('我艹', 'block', EXCLAIM),
  s('我草', 'warn', EXCLAIM, {
    allow: ['我草拟', '我草莓', '我草原', '我草坪', '我草地', '我草稿', '我草药', '我草本', '我草草'],
  }),
  s('我肏', 'block', EXCLAIM),
  s('卧槽', 'warn', EXCLAIM, { pinyin: true }),
  s('我靠', 'warn', EXCLAIM, {
    allow: [
      '我靠近',
      '我靠着',
      '我靠在',
      '我靠自己',
      '我靠窗',
      '我靠边',
      '我靠的是',
      '我靠它',
      '我靠这',
      '我靠写',
      '我靠做',
      '我靠卖',
    ],
  }),
  s('我日', 'warn', EXCLAIM, {
    allow: [
      '我日常',
      '我日记',
      '我日本',
      '我日后',
      '我日夜',
      '我日子',
      '我日程',
      '我日益',
      '我日语',
      '我日用',
      '我日报',
      '我日前',
      '我日复',
    ],
  }),
  s('靠北', 'warn', EXCLAIM),
  s('靠腰', 'warn', EXCLAIM),
  s('尼玛', 'warn', ['你的'], {
    allow: ['尼玛县', '尼玛次仁', '尼玛扎西', '尼玛卓玛', '尼玛顿珠', '尼玛平措'],
  }),
  s('你妹', 'warn', EXCLAIM, { allow: ['你妹妹', '你妹夫'] }),
  s('特么的', 'block', ['真是的']),
  s('特么', 'warn', ['真']),
  s('他喵的', 'warn', ['真是的']),
  s('他妈的', 'block', ['真是的'], { pinyin: true }),
  s('他奶奶的', 'block', ['真是的']),
  s('他娘的', 'block', ['真是的']),
  s('它妈的', 'block', ['真是的']),
  s('妈的', 'block', ['真是的'], {
    allow: [
      '妈妈的',
      '姑妈的',
      '姨妈的',
      '舅妈的',
      '大妈的',
      '后妈的',
      '奶妈的',
      '老妈的',
      '干妈的',
      '婶妈的',
      '宝妈的',
      '辣妈的',
      '姥妈的',
      '亲妈的',
      '新妈的',
      '孩子妈的',
      '我妈的',
      '你妈的病',
      '他妈的病',
    ],
  }),
  // Insults.
  s('王八蛋', 'block', MASK('王八蛋'), { pinyin: true }),
  s('忘八蛋', 'block', MASK('忘八蛋')),
  s('王八旦', 'block', MASK('王八旦')),
  s('忘八旦', 'block', MASK('忘八旦')),
  s('王八羔子', 'block', MASK('王八羔子')),
  s('混蛋', 'block', ['过分']),
  s('混账', 'warn', ['过分']),
  s('贱人', 'block', MASK('贱人')),
  s('贱货', 'block', MASK('贱货')),
  s('贱逼', 'block', MASK('贱逼')),
  s('婊子', 'block', MASK('婊子')),
  s('碧池', 'warn', MASK('碧池')),
  s('狗娘养的', 'block', MASK('狗娘养的')),
  s('狗日的', 'block', MASK('狗日的')),
  s('杂种', 'block', MASK('杂种'), { allow: ['杂种优势', '杂种一代', '杂种后代', '杂交种'] }),
  s('骚货', 'block', MASK('骚货')),
  s('骚逼', 'block', MASK('骚逼')),
  s('烂货', 'warn', MASK('烂货')),
  s('人渣', 'warn', ['过分的人']),
  s('畜生', 'warn', MASK('畜生')),
  s('龟儿子', 'block', MASK('龟儿子')),
  s('瓜娃子', 'warn', MASK('瓜娃子')),
  s('仆街', 'block', MASK('仆街')),
  s('扑街', 'warn', MASK('扑街')),
  s('冚家铲', 'block', MASK('冚家铲')),
  s('丢你老母', 'block', MASK('丢你老母')),
  s('屌你老母', 'block', MASK('屌你老母')),
  s('顶你个肺', 'warn', MASK('顶你个肺')),
  s('册那', 'block', MASK('册那')),
  s('娘希匹', 'warn', MASK('娘希匹')),
  s('鸟人', 'warn', ['这人'], {
    allow: ['鸟人类', '观鸟人', '看鸟人', '养鸟人', '爱鸟人', '捕鸟人', '遛鸟人'],
  }),
  s('穷鬼', 'warn', ['手头紧的人']),
  s('脑残', 'warn', ['不明智']),
  s('智障', 'warn', ['欠考虑'], { allow: ['智障人士', '智障儿童', '智障者', '智力障碍'] }),
  s('弱智', 'warn', ['欠考虑'], { allow: ['弱智儿童', '弱智人士'] }),
  s('白痴', 'warn', ['外行']),
  s('蠢货', 'warn', ['外行']),
  s('滚犊子', 'warn', ['请离开']),
  s('去死', 'block', ['算了'], { allow: ['去死皮', '去死角', '去死细胞', '去死机', '去死海'] }),
  s('吃屎', 'block', MASK('吃屎')),
  s('狗屎', 'block', ['糟糕'], { allow: ['狗屎运'] }),
  s('狗吃屎', 'warn', ['摔倒']),
  s('狗屁', 'warn', ['胡说']),
  s('屁事', 'warn', ['小事']),
  // Crude slang.
  s('鸡巴', 'block', MASK('鸡巴')),
  s('几把', 'block', MASK('几把')),
  s('鸡吧', 'block', MASK('鸡吧')),
  s('鸡掰', 'block', MASK('鸡掰')),
  s('机掰', 'block', MASK('机掰')),
  s('屌丝', 'warn', ['普通人']),
  s('装逼', 'warn', ['炫耀']),
  s('装B', 'warn', ['炫耀']),
  s('牛逼', 'warn', ['厉害']),
  s('牛B', 'warn', ['厉害']),
  s('牛屄', 'warn', ['厉害']),
  s('牛比', 'warn', ['厉害']),
  s('牛叉', 'warn', ['厉害']),
  s('绝逼', 'warn', ['绝对']),
  s('逼逼', 'warn', ['多说']),
  s('二逼', 'block', ['笨']),
  s('撕逼', 'warn', ['争吵']),
  s('逼样', 'block', MASK('逼样')),
  s('屄样', 'block', MASK('屄样')),
  s('洨', 'warn', MASK('洨')),
  // Single hanzi, judged by the word they sit in (see allowContexts). 操, 逼, 艹 and 草 are not here on their own:
  // alone they are mostly verbs or the grass radical (体操, 逼近, 倒逼); their coarse uses are listed above as words.
  s('屄', 'block', MASK('屄')),
  s('屌', 'warn', ['厉害'], { allow: ['屌丝'] }),
];

// Words the dictionary lists that are themselves coarse: never an innocent context.
const NOT_INNOCENT = new Set(['操逼', '狗屎', '狗吃屎', '狗屎堆']);

const require = createRequire(import.meta.url);
const bundle = readFileSync(
  require.resolve('segmentit').replace(/cjs[/\\]index\.js$/, 'esm/segmentit.js'),
  'utf8',
);
const dictionary: string[] = [];
for (const name of ['pangu', 'panguExtend1', 'panguExtend2']) {
  const m = bundle.match(new RegExp(`var ${name} = "([^"]*)"`));
  if (!m) throw new Error(`segmentit: dictionary ${name} not found (package layout changed?)`);
  for (const line of (JSON.parse(`"${m[1]}"`) as string).split('\n')) {
    const word = line
      .split('|')[0]
      .replace(/^\uFEFF/, '')
      .trim();
    if (word) dictionary.push(word);
  }
}

// 逼 and 屄 are one word written two ways: every term with 逼 also gets its 屄 spelling (牛逼 → 牛屄).
for (const seed of [...SEEDS])
  if (seed.term.includes('逼'))
    SEEDS.push({
      ...seed,
      term: seed.term.replaceAll('逼', '屄'),
      pinyin: false,
      allow: seed.allow?.map((a) => a.replaceAll('逼', '屄')),
    });
const seedTerms = new Set(SEEDS.map((seed) => seed.term));
const seen = new Set<string>();
const terms: BannedTerm[] = [];
for (const seed of SEEDS) {
  if (seen.has(seed.term)) continue;
  seen.add(seed.term);
  const fromDictionary = dictionary.filter(
    (w) =>
      w !== seed.term &&
      w.includes(seed.term) &&
      !NOT_INNOCENT.has(w) &&
      !seedTerms.has(w) &&
      [...w].length <= 12,
  );
  const allow = [...new Set([...(seed.allow ?? []), ...fromDictionary])]
    .filter((w) => w.includes(seed.term))
    .sort();
  const entry: BannedTerm = {
    term: seed.term,
    category: 'profanity',
    severity: seed.severity,
    suggestions: seed.fix,
  };
  if (seed.pinyin) entry.pinyin = true;
  if (allow.length) entry.allowContexts = allow.slice(0, 1000);
  terms.push(entry);
}

const pack = {
  id: 'profanity-zh',
  name: { en: 'Profanity (Chinese)', zh: '粗口（中文）' },
  description: {
    en: `${terms.length} Chinese swear words with the internet's evasions (傻比, 煞笔, cnm, tmd, 我艹, 特么的…), traditional forms and, where unambiguous, pinyin. Single characters (操, 逼, 屌) count only outside ordinary words (操作, 做操, 逼近, 倒逼).`,
    zh: `${terms.length} 个中文粗口及网络变体（傻比、煞笔、cnm、tmd、我艹、特么的…），含繁体，无歧义时含拼音。单字（操、逼、屌）在正常词语中不提示（操作、做操、逼近、倒逼）。`,
  },
  source:
    'Term list written for Onbrand; innocent contexts from the dictionary of segmentit 2.0.3 (lin onetwo, MIT) plus hand-written phrases; generated by test/tools/build-profanity-zh.ts.',
  license: 'MIT (Onbrand; segmentit MIT)',
  contents: { bannedTerms: terms },
};
writeFileSync(
  new URL('../../assets/starter-packs/profanity-zh.json', import.meta.url),
  `${JSON.stringify(pack).replace(/\{"term"/g, '\n  {"term"')}\n`,
);
console.log(
  `profanity-zh: ${terms.length} terms, ${terms.reduce((n, t) => n + (t.allowContexts?.length ?? 0), 0)} innocent contexts`,
);
