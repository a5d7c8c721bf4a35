/**
 * Built-in finding messages, English and Simplified Chinese side by side. Findings carry both
 * (`message: {en, zh}`) so the engine needs no locale and the UI shows the user's language.
 */
import type { LocalizedText } from './schema';
import type { Bilingual } from './types';

export const bi = (en: string, zh: string): Bilingual => ({ en, zh });

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

export const M = {
  bannedTerm: (term: string, category: string) =>
    bi(
      `“${term}” is on the banned list (${categoryName(category).en}).`,
      `“${term}”在禁用词表中（${categoryName(category).zh}）。`,
    ),
  bannedExplain: (term: string, category: string, disguised: boolean, pinyin: boolean) =>
    bi(
      `Matched banned term “${term}” from the ${categoryName(category).en} list` +
        (pinyin
          ? ' (written in pinyin).'
          : disguised
            ? ' (a disguised spelling: width, symbols, separators, look-alike letters or repeats were folded).'
            : '.'),
      `匹配到禁用词表（${categoryName(category).zh}）中的“${term}”` +
        (pinyin
          ? '（拼音写法）。'
          : disguised
            ? '（变形写法：已还原全半角、符号、分隔符、形近字母或重复字符）。'
            : '。'),
    ),
  preferred: (term: string, replacement: string) =>
    bi(
      `Our style says “${replacement}”, not “${term}”.`,
      `品牌用语规范：请用“${replacement}”代替“${term}”。`,
    ),
  preferredExplain: (term: string, replacement: string) =>
    bi(`Preferred-terms list: “${term}” → “${replacement}”.`, `用语替换表：“${term}” → “${replacement}”。`),
  patternExplain: (id: string) => bi(`Matched the kit pattern “${id}”.`, `匹配到品牌规范中的规则“${id}”。`),
  patternSkipped: (id: string) =>
    bi(
      `Pattern “${id}” skipped: too slow on this draft. The text from here on was not checked for it.`,
      `规则“${id}”已跳过：在这篇草稿上运行太慢。从这里往后的文字未按该规则检查。`,
    ),
  patternSkippedExplain: bi(
    'Kit patterns get a time budget on every check so a long or unusual draft never freezes the page. Shorten the draft or simplify the pattern.',
    '每次检查时品牌规范中的规则都有时间上限，长篇或特殊的草稿不会让页面卡住。请缩短草稿或简化该规则。',
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
  sentiment: (score: number, floor: number, words: string) =>
    bi(
      `This reads as hostile (tone ${score.toFixed(2)}, floor ${floor.toFixed(2)}), driven by: ${words}.`,
      `语气偏负面（得分 ${score.toFixed(2)}，下限 ${floor.toFixed(2)}），主要来自：${words}。`,
    ),
  sentimentExplain: bi(
    'Tone score from the kit’s sentiment words, with negations flipped.',
    '语气得分来自品牌规范的情感词表（否定词会反转）。',
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
  toneExplain: (list: string) =>
    bi(`From the tone profile’s ${list} list.`, `来自语气设定中的“${list}”词表。`),
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
  privacyExplain: (what: string) => bi(`Privacy detector: ${what}.`, `隐私检测：${what}。`),
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
      : bi('Counted in the platform’s own unit.', '按平台自己的计数方式统计。'),
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
