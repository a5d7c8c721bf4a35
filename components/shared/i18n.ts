import { signal } from '@preact/signals-react';
import { useSignals } from '@preact/signals-react/runtime';
import { resolveLocale, translate, type MessageKey, type UiLocale } from '@/lib/i18n';
import { intlLocale } from '@/lib/i18n/format';
import { loadSettings, onSettingsChanged } from '@/lib/storage/page-settings';
import type { Settings } from '@/lib/storage/settings';

/** The UI language of this page; follows the settings (and the browser when set to auto). */
export const uiLocale = signal<UiLocale>(resolveLocale('auto', navigator.language));

/**
 * Called once per page before the first render. `prepare` runs before a language is shown (the in-page assistant
 * loads that language's strings there, the dashboard and popup zod's messages: zod-locale.ts). `lang` receives the
 * language to declare: an extension page sets its own `<html lang>`; the in-page assistant sets it on its overlay
 * only, never on the site's document (that would change the site's fonts, hyphenation and screen-reader voice).
 */
export async function startLocaleSync(
  prepare?: (locale: UiLocale) => Promise<void>,
  lang: (locale: UiLocale) => void = (locale) => (document.documentElement.lang = locale),
): Promise<void> {
  const prepared = async (settings: Settings) => {
    await prepare?.(resolveLocale(settings.locale, navigator.language));
    uiLocale.value = resolveLocale(settings.locale, navigator.language);
    lang(uiLocale.value);
  };
  onSettingsChanged((settings) => void prepared(settings));
  await prepared(await loadSettings());
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** A translator bound to the current UI language; re-renders the component when it changes. */
export function useT(): Translate {
  useSignals();
  const locale = uiLocale.value;
  return (key, params) => translate(locale, key, params);
}

/** The Intl locale of the UI language (for Intl.DateTimeFormat and friends); re-renders on a language change. */
export function useIntlLocale(): string {
  useSignals();
  return intlLocale(uiLocale.value);
}
