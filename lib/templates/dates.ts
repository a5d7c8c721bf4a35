/** Calendar dates for {today} / {date+N}: the day is taken in the user's time zone, then formatted per language. */
import { DAY_MS } from '../durations';

export type DateLanguage = 'en' | 'zh';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface CalendarDay {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

/** The calendar day of `now` in `timeZone` (the runtime's zone when omitted), moved by `offsetDays`. */
export function calendarDay(now: number | Date, offsetDays: number, timeZone?: string): CalendarDay {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(now);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  // Day arithmetic on a UTC date at noon: no zone or DST transition can shift it.
  const shifted = new Date(Date.UTC(part('year'), part('month') - 1, part('day'), 12) + offsetDays * DAY_MS);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** en "Nov 25, 2026"; zh "2026年11月25日". */
export function formatDay(day: CalendarDay, language: DateLanguage): string {
  return language === 'zh'
    ? `${day.year}年${day.month}月${day.day}日`
    : `${MONTHS_EN[day.month - 1]} ${day.day}, ${day.year}`;
}
