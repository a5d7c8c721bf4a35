/** Deterministic kit and drafts for the engine benchmark (seeded PRNG, no network, no files). */
import { PINYIN_GROUPS } from '@/lib/engine/data/pinyin';
import { buildStarterKit, type BannedTerm, type BrandKit } from '@/lib/engine';

export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HANZI = [...PINYIN_GROUPS.replace(/[a-z:,]/g, '')];
const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ter',
  'ven',
  'da',
  'ro',
  'sil',
  'pa',
  'nu',
  'gre',
  'bo',
  'tan',
  'lix',
  'quo',
  'zen',
];
const EMOJI = ['😀', '👍', '🎉', '❤️', '🔥', '🙏', '✨'];
const COMMON_EN = [
  'the',
  'and',
  'we',
  'love',
  'our',
  'customers',
  'thanks',
  'for',
  'your',
  'order',
  'today',
  'new',
  'launch',
  'team',
  'help',
];

export function generateTerms(count: number, seed = 7): { english: string[]; chinese: string[] } {
  const rand = prng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const english = new Set<string>();
  const chinese = new Set<string>();
  while (english.size < count / 2) {
    let w = '';
    const parts = 2 + Math.floor(rand() * 3);
    for (let i = 0; i < parts; i++) w += pick(SYLLABLES);
    english.add(w);
  }
  while (chinese.size < count / 2) {
    let w = '';
    const len = 2 + Math.floor(rand() * 3);
    for (let i = 0; i < len; i++) w += pick(HANZI);
    chinese.add(w);
  }
  return { english: [...english], chinese: [...chinese] };
}

/**
 * The starter kit's tone, privacy and patterns plus the generated terms. `withStarterTerms` adds the starter packs'
 * banned terms too (about 7,000 since the English pack became comprehensive): the kit a real team runs. Without
 * them the kit has exactly the generated terms, which is what the memory and compile targets are stated for.
 */
export function generateKit(
  terms: { english: string[]; chinese: string[] },
  withStarterTerms = true,
): BrandKit {
  const starter = buildStarterKit({ name: 'Bench' });
  const banned: BannedTerm[] = [...terms.english, ...terms.chinese].map((term) => ({
    term,
    category: 'custom',
    severity: 'warn',
  }));
  return {
    ...starter,
    bannedTerms: withStarterTerms ? [...starter.bannedTerms, ...banned] : banned,
    preferredTerms: [
      { term: 'users', replacement: 'customers' },
      { term: 'APP', replacement: 'App', caseSensitive: true },
      { term: '用户', replacement: '会员' },
    ],
    patterns: [{ id: 'order-number', pattern: 'ORD-[0-9]{6}', severity: 'info', message: 'Order number' }],
  };
}

/** Mixed English / Chinese / emoji draft of exactly `length` UTF-16 units, with a few kit terms inside. */
export function generateDraft(
  length: number,
  terms: { english: string[]; chinese: string[] },
  seed = 11,
): string {
  const rand = prng(seed + length);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  let out = '';
  while (out.length < length) {
    const r = rand();
    if (r < 0.35) out += pick(COMMON_EN) + ' ';
    else if (r < 0.7) out += pick(HANZI) + pick(HANZI);
    else if (r < 0.75) out += pick(EMOJI);
    else if (r < 0.8) out += '，';
    else if (r < 0.82) out += pick(terms.english) + ' ';
    else if (r < 0.84) out += pick(terms.chinese);
    else if (r < 0.9) out += pick(COMMON_EN) + '. ';
    else out += pick(HANZI);
  }
  out = out.slice(0, length);
  // Never end on half a surrogate pair.
  const last = out.charCodeAt(out.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? out.slice(0, -1) + ' ' : out;
}

/** English-only draft of exactly `length` characters: common words, punctuation and a few kit terms. */
export function generateEnglishDraft(length: number, terms: { english: string[] }, seed = 13): string {
  const rand = prng(seed + length);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  let out = '';
  while (out.length < length) {
    const r = rand();
    if (r < 0.8) out += pick(COMMON_EN) + ' ';
    else if (r < 0.84) out += pick(terms.english) + ' ';
    else if (r < 0.94) out += pick(COMMON_EN) + '. ';
    else out += pick(COMMON_EN) + ', ';
  }
  return out.slice(0, length);
}

/**
 * A draft full of single-hanzi hits inside longer words (曹操 for the term 操), exactly `length` characters.
 * `distinct` puts two random hanzi after each 曹操, so every hit's surroundings are new (the worst case).
 */
export function generateSingleHanziDraft(length: number, distinct: boolean, seed = 17): string {
  const rand = prng(seed + length);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const sentences = [
    '曹操率军南下，',
    '刘备与曹操煮酒论英雄。',
    '曹操大笑。',
    '众人都说曹操多疑！',
    '曹操的诗写得好。',
  ];
  let out = '';
  while (out.length < length) out += distinct ? `曹操${pick(HANZI)}${pick(HANZI)}，` : pick(sentences);
  return out.slice(0, length);
}

/** One disguise per row: the term in the kit and the draft that hides it. */
export const DISGUISES: Array<{ name: string; term: string; draft: string }> = [
  { name: 'plain', term: 'fuck', draft: 'what the fuck' },
  { name: 'case (FuCk)', term: 'fuck', draft: 'what the FuCk' },
  { name: 'full-width (ｆｕｃｋ)', term: 'fuck', draft: 'what the ｆｕｃｋ' },
  { name: 'circled (ⓕⓤⓒⓚ)', term: 'fuck', draft: 'what the ⓕⓤⓒⓚ' },
  { name: 'math bold (𝐟𝐮𝐜𝐤)', term: 'fuck', draft: 'what the 𝐟𝐮𝐜𝐤' },
  { name: 'diacritics (fück)', term: 'fuck', draft: 'what the fück' },
  { name: 'Cyrillic homoglyph (fuсk)', term: 'fuck', draft: 'what the fuсk' },
  { name: 'Greek homoglyph (ѕhіt→shιt)', term: 'shit', draft: 'oh shιt' },
  { name: 'leet (sh1t)', term: 'shit', draft: 'oh sh1t' },
  { name: 'leet symbols ($h!t)', term: 'shit', draft: 'oh $h!t' },
  { name: 'dots (f.u.c.k)', term: 'fuck', draft: 'what the f.u.c.k' },
  { name: 'spaces (f u c k)', term: 'fuck', draft: 'what the f u c k' },
  { name: 'zero-width (fu\\u200bck)', term: 'fuck', draft: 'what the fu\u200bck' },
  { name: 'repeats (fuuuuck)', term: 'fuck', draft: 'what the fuuuuck' },
  { name: 'symbol inside (傻@逼)', term: '傻逼', draft: '你这个傻@逼' },
  { name: 'space inside (傻 逼)', term: '傻逼', draft: '你这个傻 逼' },
  { name: 'emoji inside (傻😀逼)', term: '傻逼', draft: '你这个傻😀逼' },
  { name: 'repeats (王八八蛋)', term: '王八蛋', draft: '你个王八八蛋' },
  { name: 'traditional (發財)', term: '发财', draft: '恭喜發財' },
  { name: 'pinyin (shabi, opt-in)', term: '傻逼', draft: 'ni shi shabi' },
  { name: 'pinyin mixed (傻b, opt-in)', term: '傻逼', draft: '你是傻b吧' },
];

/** Drafts that must stay clean, with the term that a naive matcher would wrongly find. */
export const FALSE_ALARMS: Array<{ name: string; term: string; draft: string }> = [
  { name: 'class (ass)', term: 'ass', draft: 'first class service' },
  { name: 'Scunthorpe (cunt)', term: 'cunt', draft: 'Scunthorpe United' },
  { name: 'pen is (penis)', term: 'penis', draft: 'the pen is mightier' },
  { name: '可靠 (靠)', term: '靠', draft: '这个产品很可靠' },
  { name: '第一次 (第一)', term: '第一', draft: '第一次来' },
  { name: 'phone 13800138000 (leet)', term: 'ieooieiooo', draft: 'call 13800138000' },
];
