/**
 * Built-in finding messages, English and Simplified Chinese side by side. Findings carry both
 * (`message: {en, zh}`) so the engine needs no locale and the UI shows the user's language.
 */
import type { LocalizedText } from './schema';
import type { Bilingual } from './types';

/** Frozen: many findings share one message object (a kind's explanation), so a caller's edit must not reach a later check. */
export const bi = (en: string, zh: string): Bilingual => Object.freeze({ en, zh });

/** Kit text may be one string or an {en, zh} pair; a missing side falls back to the other. */
export function localize(text: LocalizedText | undefined, fallback: Bilingual): Bilingual {
  if (text === undefined) return fallback;
  if (typeof text === 'string') return text ? { en: text, zh: text } : fallback;
  const en = text.en || text.zh || fallback.en;
  const zh = text.zh || text.en || fallback.zh;
  return { en, zh };
}

const CATEGORY_NAMES: Record<string, Bilingual> = {
  profanity: bi('profanity', '粗俗用语'),
  sensitive: bi('sensitive', '敏感内容'),
  'advertising-law': bi('advertising law', '广告法'),
  competitor: bi('competitor', '竞品'),
  legal: bi('legal', '法律风险'),
  custom: bi('custom', '自定义'),
};
export const categoryName = (category: string): Bilingual =>
  CATEGORY_NAMES[category] ?? bi(category, category);

/** The tone profile's settings an explanation can point to. */
export type ToneSetting =
  | 'maxExclamations'
  | 'maxAllCapsWords'
  | 'maxEmojiPerSentence'
  | 'formality'
  | 'aggressiveWords'
  | 'blamePhrases'
  | 'slang'
  | 'hedges';

const TONE_REASONS: Record<ToneSetting, Bilingual> = {
  maxExclamations: bi(
    'Your brand voice limits exclamation marks per post.',
    '品牌语气限制了每条内容的感叹号数量。',
  ),
  maxAllCapsWords: bi('Your brand voice limits words in capitals.', '品牌语气限制了全大写单词的数量。'),
  maxEmojiPerSentence: bi('Your brand voice limits emoji per sentence.', '品牌语气限制了每句话的表情数量。'),
  formality: bi('Your brand voice is set to formal.', '品牌语气设定为正式。'),
  aggressiveWords: bi(
    'Your brand voice lists this among words that sound aggressive.',
    '品牌语气把这个词列为带攻击性的说法。',
  ),
  blamePhrases: bi(
    'Your brand voice lists this among phrases that blame the reader.',
    '品牌语气把这句话列为指责对方的说法。',
  ),
  slang: bi('Your brand voice lists this among slang to avoid.', '品牌语气把这个词列为应避免的口语。'),
  hedges: bi(
    'Your brand voice limits hedging words like “maybe” and “I think”.',
    '品牌语气限制了“可能”“我觉得”这类含糊用语。',
  ),
};

export const M = {
  bannedTerm: (term: string, category: string) =>
    bi(
      `“${term}” is on the banned list (${categoryName(category).en}).`,
      `“${term}”在禁用词表中（${categoryName(category).zh}）。`,
    ),
  // Explanations answer "why did this fire?" in words a social-media manager uses: no engine terms
  // (folded, normalised, lexicon, score) and no setting ids.
  bannedExplain: (term: string, category: string, disguised: boolean, pinyin: boolean) =>
    bi(
      `Your brand kit lists “${term}” among the words not to post (${categoryName(category).en})` +
        (pinyin
          ? '. It is spelled out in pinyin here, but it still reads as that word.'
          : disguised
            ? '. It is disguised here (look-alike letters, symbols, spaces or repeated letters), but it still reads as that word.'
            : '.'),
      `品牌规范把“${term}”列为不能发布的词（${categoryName(category).zh}）` +
        (pinyin
          ? '。这里用拼音写出，读起来仍是这个词。'
          : disguised
            ? '。这里换了写法（形近字母、符号、空格或重复字母），读起来仍是这个词。'
            : '。'),
    ),
  preferred: (term: string, replacement: string) =>
    bi(
      `Our style says “${replacement}”, not “${term}”.`,
      `品牌用语规范：请用“${replacement}”代替“${term}”。`,
    ),
  preferredExplain: (term: string, replacement: string) =>
    bi(
      `Your brand kit says to write “${replacement}” instead of “${term}”.`,
      `品牌规范要求用“${replacement}”来代替“${term}”。`,
    ),
  patternExplain: (id: string) =>
    bi(
      `This matches a phrase your brand kit warns about (its rule “${id}”).`,
      `这段文字符合品牌规范要提醒的写法（规则“${id}”）。`,
    ),
  patternSkipped: (id: string) =>
    bi(
      `The rule “${id}” was not checked from here on: it was too slow on this draft.`,
      `规则“${id}”在这篇草稿上运行太慢，从这里往后未按它检查。`,
    ),
  patternSkippedExplain: bi(
    'Each check gives your brand kit’s rules a time limit, so a long or unusual draft never freezes the page. Shorten the draft, or ask whoever edits the kit to simplify this rule.',
    '每次检查时，品牌规范中的规则都有时间上限，长篇或特殊的草稿不会让页面卡住。请缩短草稿，或请品牌规范的编辑者简化这条规则。',
  ),
  exclamations: (count: number, max: number) =>
    bi(
      `${count} exclamation marks; the brand voice allows ${max}.`,
      `共 ${count} 个感叹号，品牌语气最多 ${max} 个。`,
    ),
  allCaps: (count: number, max: number) =>
    bi(
      `${count} ALL-CAPS words; the brand voice allows ${max}. Capitals read as shouting.`,
      `共 ${count} 个全大写单词，品牌语气最多 ${max} 个；全大写像在喊叫。`,
    ),
  emoji: (count: number, max: number) =>
    bi(
      `${count} emoji in one sentence; the brand voice allows ${max}.`,
      `一句话里有 ${count} 个表情，品牌语气最多 ${max} 个。`,
    ),
  sentiment: (words: string) =>
    bi(`This sounds hostile, mostly because of: ${words}.`, `读起来有敌意，主要因为：${words}。`),
  sentimentExplain: bi(
    'Onbrand weighs the friendly and unfriendly words in the draft; “not” in front of a word turns it around.',
    'Onbrand 会权衡草稿中友好与不友好的词语；词前有“不”“没”等否定词时意思相反。',
  ),
  aggressive: (word: string) => bi(`“${word}” sounds aggressive.`, `“${word}”语气带有攻击性。`),
  blame: (phrase: string) => bi(`“${phrase}” blames the reader.`, `“${phrase}”有指责对方的意味。`),
  formalityYou: bi(
    'The brand voice is formal: use 您 when addressing one person.',
    '品牌语气要求正式：称呼对方请用“您”。',
  ),
  slang: (word: string) =>
    bi(`“${word}” is slang; the brand voice is formal.`, `“${word}”是口语/网络用语，品牌语气要求正式。`),
  hedge: (count: number, max: number) =>
    bi(
      `${count} hedges (maybe, I think…); the brand voice allows ${max}. Be direct.`,
      `共 ${count} 处含糊用语（可能、也许……），品牌语气最多 ${max} 处，请直接表达。`,
    ),
  toneExplain: (setting: ToneSetting) => TONE_REASONS[setting],
  email: bi(
    'An e-mail address: do not post personal contact details publicly.',
    '含电子邮箱：请勿公开个人联系方式。',
  ),
  phone: bi(
    'A phone number: do not post personal contact details publicly.',
    '含电话号码：请勿公开个人联系方式。',
  ),
  cnId: bi(
    'A Chinese resident ID number (checksum valid): never post it.',
    '含居民身份证号（校验位有效）：切勿公开。',
  ),
  bankCard: bi(
    'A bank card number (Luhn check valid): never post it.',
    '含银行卡号（Luhn 校验有效）：切勿公开。',
  ),
  privacyExplain: (what: string) =>
    bi(
      `This looks like ${/^[aeiou]/i.test(what) ? 'an' : 'a'} ${what}; once posted, anyone can copy it.`,
      `这看起来是${what}；一旦发布，任何人都能复制。`,
    ),
  customDetector: (label: Bilingual) =>
    bi(`Looks like ${label.en}: keep it private.`, `疑似${label.zh}：请勿公开。`),
  length: (used: number, max: number, unit: string, platform: string, field: string) =>
    bi(
      `${used} / ${max} ${unit === 'weighted' ? 'weighted characters' : unit === 'bytes' ? 'bytes' : 'characters'}: too long for ${platform} ${field}.`,
      `${used} / ${max} ${unit === 'weighted' ? '加权字符' : unit === 'bytes' ? '字节' : '字'}：超出 ${platform} ${field} 的长度上限。`,
    ),
  lengthExplain: (unit: string) =>
    unit === 'weighted'
      ? bi(
          'X counts CJK characters and emoji as 2 and any link as 23.',
          'X 将中日韩文字和表情计为 2，链接一律计为 23。',
        )
      : bi('Counted the way this site counts characters.', '按这个网站自己的方式计算字数。'),
  hashtags: (count: number, max: number) =>
    bi(`${count} hashtags; at most ${max} here.`, `共 ${count} 个话题标签，此处最多 ${max} 个。`),
  mentions: (count: number, max: number) =>
    bi(`${count} mentions; at most ${max} here.`, `共 ${count} 处 @提及，此处最多 ${max} 处。`),
  disclosure: (tags: string) =>
    bi(
      `Sponsored post without a disclosure: add one of ${tags}.`,
      `商业合作内容缺少标注：请加上 ${tags} 之一。`,
    ),
  disclosureExplain: bi(
    'Paid partnerships must be disclosed (platform rules; China Advertising Law art. 14).',
    '商业推广须明示（平台规则；《广告法》第十四条）。',
  ),
};
