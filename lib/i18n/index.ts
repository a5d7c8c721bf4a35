import { coreMessages } from './messages/core';
import { assistantMessages } from './messages/assistant';
import { calendarMessages } from './messages/calendar';
import { reportsMessages } from './messages/reports';
import { templatesMessages } from './messages/templates';
import { kitMessages } from './messages/kit';
import { feedbackMessages } from './messages/feedback';
import { pickerMessages } from './messages/picker';
import { communityMessages } from './messages/community';
import { teamMessages } from './messages/team';
import { pauseMessages } from './messages/pause';
import { reminderMessages } from './messages/reminders';
import { selectPlurals } from './plural';

// Every feature's message file is listed here once.
const features = [
  coreMessages,
  assistantMessages,
  calendarMessages,
  reportsMessages,
  templatesMessages,
  feedbackMessages,
  pickerMessages,
  kitMessages,
  communityMessages,
  teamMessages,
  pauseMessages,
  reminderMessages,
] as const;

type AllEnglish = UnionToIntersection<(typeof features)[number]['en']>;
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void
  ? I
  : never;

export type MessageKey = keyof AllEnglish & string;
export type UiLocale = 'en' | 'zh-CN';
/** What the user picked in settings; 'auto' follows the browser language. */
export type LocalePreference = 'auto' | UiLocale;

const dictionaries: Record<UiLocale, Record<string, string>> = {
  en: Object.assign({}, ...features.map((f) => f.en)),
  'zh-CN': Object.assign({}, ...features.map((f) => f.zh)),
};

export function resolveLocale(preference: LocalePreference, browserLanguage: string): UiLocale {
  if (preference !== 'auto') return preference;
  return browserLanguage.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** Looks up a UI string, picks its plural forms (see plural.ts) and fills `{name}` placeholders. */
export function translate(
  locale: UiLocale,
  key: MessageKey,
  params?: Record<string, string | number>,
): string {
  const raw = dictionaries[locale][key] ?? dictionaries.en[key] ?? key;
  if (!params) return raw;
  const template = selectPlurals(locale, raw, params);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/**
 * Adds a language's table at run time: the in-page assistant is built without the tables (wxt.config.ts drops
 * the message files' contents there) and receives its UI language's one as an optional part (lib/assistant/parts.ts).
 */
export function addMessages(locale: UiLocale, table: Record<string, string>): void {
  Object.assign(dictionaries[locale], table);
}

/** Both tables, for the parity test. */
export function allMessages(): Record<UiLocale, Record<string, string>> {
  return dictionaries;
}

export const SUPPORTED_LOCALES: UiLocale[] = ['en', 'zh-CN'];
