import type { PlatformId } from '../../platforms';

import { DAY_MS, HOUR_MS } from '../../durations';

export { DAY_MS, HOUR_MS };

/** What every report section is computed for. */
export interface ReportPeriod {
  /** Inclusive bounds, epoch ms. */
  from: number;
  to: number;
  /** Omitted or empty: every platform. */
  platforms?: readonly PlatformId[];
  /**
   * The user's offset from UTC in minutes (Beijing +480, New York −300), so "a day" is the user's day.
   * Pass `-new Date().getTimezoneOffset()` from the UI.
   */
  utcOffsetMinutes: number;
}

/** The user's calendar day of an instant, as YYYY-MM-DD. */
export function dayKey(at: number, utcOffsetMinutes: number): string {
  return new Date(at + utcOffsetMinutes * 60_000).toISOString().slice(0, 10);
}

/** Every day the period touches, in order. */
export function daysInPeriod(period: Pick<ReportPeriod, 'from' | 'to' | 'utcOffsetMinutes'>): string[] {
  const days: string[] = [];
  const last = dayKey(period.to, period.utcOffsetMinutes);
  let cursor = Date.parse(`${dayKey(period.from, period.utcOffsetMinutes)}T00:00:00Z`);
  for (;;) {
    const key = new Date(cursor).toISOString().slice(0, 10);
    days.push(key);
    if (key >= last) return days;
    cursor += DAY_MS;
  }
}

export function inPeriod(at: number, period: Pick<ReportPeriod, 'from' | 'to'>): boolean {
  return at >= period.from && at <= period.to;
}

export function platformFilter(platforms?: readonly PlatformId[]): (p: PlatformId) => boolean {
  if (!platforms || platforms.length === 0) return () => true;
  const wanted = new Set(platforms);
  return (p) => wanted.has(p);
}
