import type { MessageKey } from '@/lib/i18n';
import { byPlatform, type PlatformId } from '@/lib/platforms';
import type { Translate } from '../../shared/i18n';

// How report values read on screen and on paper, in the UI language.

export function platformLabel(t: Translate, platform: string): string {
  return t(`platform.${platform}` as MessageKey);
}

export function tagLabel(t: Translate, tag: string): string {
  return t(`reports.tag.${tag}` as MessageKey);
}

/** A finding category or rule part in words ('advertising-law' → 'Advertising law'); a brand's own id stays as is. */
export function categoryLabel(t: Translate, id: string): string {
  const key = `category.${id}` as MessageKey;
  const label = t(key);
  return label === key ? id : label;
}

/** A rule id ('banned:全网第一', 'tone:sentiment', 'privacy:phone') as 'list: what', without raw ids. */
export function ruleLabel(t: Translate, ruleId: string): string {
  const colon = ruleId.indexOf(':');
  if (colon < 0) return categoryLabel(t, ruleId);
  return `${categoryLabel(t, ruleId.slice(0, colon))}: ${categoryLabel(t, ruleId.slice(colon + 1))}`;
}

export function formatNumber(locale: string, value: number): string {
  return value.toLocaleString(locale, { maximumFractionDigits: 2 });
}

/** Response times: minutes under two hours, hours above; unknown stays unknown, never zero. */
export function formatDuration(t: Translate, locale: string, ms: number | undefined): string {
  if (ms === undefined) return t('reports.duration.unknown');
  const minutes = ms / 60_000;
  if (minutes < 120) return t('reports.duration.minutes', { n: formatNumber(locale, Math.round(minutes * 10) / 10) });
  return t('reports.duration.hours', { n: formatNumber(locale, Math.round((minutes / 60) * 10) / 10) });
}

export function formatPercent(locale: string, pct: number | undefined, none: string): string {
  return pct === undefined ? none : `${formatNumber(locale, pct)}%`;
}

export function formatDateTime(locale: string, at: number): string {
  return new Date(at).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatDay(locale: string, at: number): string {
  return new Date(at).toLocaleDateString(locale, { dateStyle: 'medium' });
}

/** A stable colour per platform (lib/platforms/), so the same platform looks the same in every chart. */
const PLATFORM_COLOURS = byPlatform((platform) => platform.colour);

export function platformColour(platform: string): string {
  return PLATFORM_COLOURS[platform as PlatformId] ?? '#667085';
}

/** The grey of a chart's "Other" (platforms beyond the top few). */
export const OTHER_COLOUR = '#98a2b3';

/** A report day key (YYYY-MM-DD, local) as a short date in the UI language: 12/3 in English, 12/3 in Chinese. */
export function formatDayKey(locale: string, day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d).toLocaleDateString(locale, { month: 'numeric', day: 'numeric' });
}

export const SERIES_COLOURS = ['#4f46e5', '#dc6803', '#079455', '#d92d20', '#1570ef', '#7b61ff', '#98a2b3'];

/** A record's address as a link only when it is a web page: the address came from a page, so no other scheme. */
export const isWebUrl = (value: string): boolean => /^https?:\/\//i.test(value);
