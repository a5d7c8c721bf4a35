import { signal } from '@preact/signals-react';
import { useSignals } from '@preact/signals-react/runtime';
import { resolveLocale, translate, type MessageKey, type UiLocale } from '@/lib/i18n';
import { intlLocale } from '@/lib/i18n/format';
import { loadSettings, onSettingsChanged } from '@/lib/storage/page-settings';
import type { Settings } from '@/lib/storage/settings';

/** The UI language of this page; follows the settings (and the browser when set to auto). */
export const uiLocale = signal<UiLocale>(resolveLocale('auto', navigator.language));

function apply(settings: Settings) {
  uiLocale.value = resolveLocale(settings.locale, navigator.language);
  document.documentElement.lang = uiLocale.value;
}

/**
 * Called once per extension page before the first render. `prepare` runs before a language is shown (the in-page
 * assistant loads that language's strings there, the dashboard and popup zod's messages: zod-locale.ts).
 */
export async function startLocaleSync(prepare?: (locale: UiLocale) => Promise<void>): Promise<void> {
  const prepared = async (settings: Settings) => {
    await prepare?.(resolveLocale(settings.locale, navigator.language));
    apply(settings);
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
