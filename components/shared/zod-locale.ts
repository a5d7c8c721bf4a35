import { config as configureZod } from 'zod/mini';
import zodEnglish from 'zod/v4/locales/en.js';
import zodChinese from 'zod/v4/locales/zh-CN.js';
import type { UiLocale } from '@/lib/i18n';

/**
 * Validation details (a bad import names the field, the line and what is wrong) follow the UI language: the
 * dashboard and popup pass this to startLocaleSync. The in-page assistant shows no validation text, so it does not
 * carry zod's two message tables (≈2 KB gzip).
 */
export async function matchZodLocale(locale: UiLocale): Promise<void> {
  configureZod(locale === 'zh-CN' ? zodChinese() : zodEnglish());
}
