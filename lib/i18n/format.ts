/**
 * Dates, weekdays and times in the UI language, through Intl.DateTimeFormat (never ISO strings in the UI).
 * The calendar works in floating local values ('2026-12-03', '14:30'); they are formatted as UTC instants so
 * no time-zone shift can move them. The 12/24-hour choice is the locale's own (en: 2:30 PM, zh: 14:30), the same
 * one the browser's native time inputs follow, so the grid, the popup and the forms agree.
 */
import type { UiLocale } from './index';

/** The Intl locale for a UI language: the browser's own regional variant when it is the same language. */
export function intlLocale(ui: UiLocale, browserLanguage = globalThis.navigator?.language ?? ''): string {
  const language = ui.slice(0, 2);
  return browserLanguage.toLowerCase().startsWith(language) &&
    !(language === 'zh' && /tw|hk|hant/i.test(browserLanguage))
    ? browserLanguage
    : ui;
}

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) cache.set(key, (format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })));
  return format;
}

function floatingMs(date: string, time = '00:00'): number {
  return Date.UTC(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
    Number(time.slice(0, 2)),
    Number(time.slice(3, 5)),
  );
}

export type DateStyle = 'long' | 'medium' | 'short' | 'dayMonth' | 'month' | 'weekdayShort' | 'weekday';

const DATE_STYLES: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  /** Thursday, December 3 · 12月3日星期四 */
  long: { weekday: 'long', month: 'long', day: 'numeric' },
  /** Dec 3, 2026 · 2026年12月3日 */
  medium: { year: 'numeric', month: 'short', day: 'numeric' },
  /** Thu, Dec 3 · 12月3日周四 */
  short: { weekday: 'short', month: 'short', day: 'numeric' },
  /** Dec 3 · 12月3日 */
  dayMonth: { month: 'short', day: 'numeric' },
  /** December 2026 · 2026年12月 */
  month: { year: 'numeric', month: 'long' },
  weekdayShort: { weekday: 'short' },
  weekday: { weekday: 'long' },
};

/** A local calendar date ('2026-12-03') in the UI language. */
export function formatLocalDate(locale: string, date: string, style: DateStyle = 'medium'): string {
  return formatter(locale, DATE_STYLES[style]).format(floatingMs(date));
}

/** A local wall time ('14:30') in the UI language's clock. */
export function formatLocalTime(locale: string, time: string): string {
  return formatter(locale, { hour: 'numeric', minute: '2-digit' }).format(floatingMs('2000-01-01', time));
}

/** An hour of the day (0–23) as a short axis label: 9 AM · 9时. */
export function formatHour(locale: string, hour: number): string {
  return formatter(locale, { hour: 'numeric' }).format(Date.UTC(2000, 0, 1, hour));
}

/** A moment (epoch ms) as date and time in the given zone. */
export function formatInstant(
  locale: string,
  ms: number,
  timeZone: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' },
): string {
  return new Intl.DateTimeFormat(locale, { ...options, timeZone }).format(ms);
}
