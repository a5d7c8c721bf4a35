import type { Finding, FindingList, LengthUnit, ToneSummary } from '@/lib/engine';
import { translate, type MessageKey } from '@/lib/i18n';
import { uiLocale } from '../shared/i18n';

export const LIST_LABEL: Record<FindingList, MessageKey> = {
  banned: 'assistant.list.banned',
  preferred: 'assistant.list.preferred',
  pattern: 'assistant.list.pattern',
  tone: 'assistant.list.tone',
  privacy: 'assistant.list.privacy',
  platform: 'assistant.list.platform',
};

export const SEVERITY_LABEL: Record<Finding['severity'], MessageKey> = {
  block: 'assistant.severity.block',
  warn: 'assistant.severity.warn',
  info: 'assistant.severity.info',
};

/** Engine messages are bilingual objects; pick the UI language. */
export function localized(text: { en: string; zh: string }): string {
  return uiLocale.value === 'zh-CN' ? text.zh || text.en : text.en || text.zh;
}

export const COUNT_LABEL: Record<Finding['severity'], MessageKey> = {
  block: 'assistant.count.block',
  warn: 'assistant.count.warn',
  info: 'assistant.count.info',
};

export const LENGTH_UNIT_LABEL: Record<LengthUnit, MessageKey> = {
  weighted: 'assistant.length.unit.weighted',
  chars: 'assistant.length.unit.chars',
  bytes: 'assistant.length.unit.bytes',
};

export const TONE_LABEL: Record<ToneSummary['label'], MessageKey> = {
  hostile: 'assistant.tone.hostile',
  negative: 'assistant.tone.negative',
  neutral: 'assistant.tone.neutral',
  positive: 'assistant.tone.positive',
};

/** Category names as people say them (the engine's ids, e.g. "advertising-law", never reach the screen). */
const CATEGORY_LABEL: Record<string, MessageKey> = {
  profanity: 'assistant.category.profanity',
  sensitive: 'assistant.category.sensitive',
  'advertising-law': 'assistant.category.advertising-law',
  competitor: 'assistant.category.competitor',
  legal: 'assistant.category.legal',
  custom: 'assistant.category.custom',
  style: 'assistant.category.style',
  privacy: 'assistant.category.privacy',
  platform: 'assistant.category.platform',
  tone: 'assistant.category.tone',
};

export function categoryLabel(category: string): string {
  const key = CATEGORY_LABEL[category];
  return key ? translate(uiLocale.value, key) : category;
}
