// Time-zone arithmetic with Intl only. "Floating" milliseconds are a local wall-clock reading encoded as if it
// were UTC (Date.UTC of the wall fields): recurrence is expanded in floating time, then converted per zone.

import { DAY_MS, HOUR_MS as HOUR, MINUTE_MS as MINUTE } from '../durations';

export { DAY_MS };

const formatterCache = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatterCache.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatterCache.set(timeZone, formatter);
  }
  return formatter;
}

/** Wall-clock fields straight from Intl (the uncached path). */
function wallClockOf(utcMs: number, timeZone: string): number {
  let year = 0,
    month = 0,
    day = 0,
    hour = 0,
    minute = 0,
    second = 0;
  for (const part of formatterFor(timeZone).formatToParts(utcMs)) {
    switch (part.type) {
      case 'year':
        year = Number(part.value);
        break;
      case 'month':
        month = Number(part.value);
        break;
      case 'day':
        day = Number(part.value);
        break;
      case 'hour':
        hour = Number(part.value);
        break;
      case 'minute':
        minute = Number(part.value);
        break;
      case 'second':
        second = Number(part.value);
        break;
    }
  }
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

/** The wall-clock reading of an instant in a zone, as floating ms (seconds kept, milliseconds dropped). */
export function utcToFloating(utcMs: number, timeZone: string): number {
  const wholeSeconds = Math.floor(utcMs / 1000) * 1000;
  return wholeSeconds + offsetAt(wholeSeconds, timeZone);
}

function exactOffset(utcMs: number, timeZone: string): number {
  const wholeSeconds = Math.floor(utcMs / 1000) * 1000;
  return wallClockOf(wholeSeconds, timeZone) - wholeSeconds;
}

// Intl calls dominate expansion cost, and offsets only change at DST transitions: remember the offset of each
// whole UTC hour in which none happens (same offset at both ends; two transitions never share an hour).
const offsetCache = new Map<string, Map<number, number>>();
const OFFSET_CACHE_LIMIT = 50_000;

/** Offset of the zone from UTC at an instant, in ms (Asia/Shanghai → +8 h). */
export function offsetAt(utcMs: number, timeZone: string): number {
  const hour = Math.floor(utcMs / HOUR);
  let zoneCache = offsetCache.get(timeZone);
  const cached = zoneCache?.get(hour);
  if (cached !== undefined) return cached;
  const atStart = exactOffset(hour * HOUR, timeZone);
  const atEnd = exactOffset((hour + 1) * HOUR - 1000, timeZone);
  if (atStart !== atEnd) return exactOffset(utcMs, timeZone);
  if (!zoneCache || zoneCache.size > OFFSET_CACHE_LIMIT) {
    zoneCache = new Map();
    offsetCache.set(timeZone, zoneCache);
  }
  zoneCache.set(hour, atStart);
  return atStart;
}

/**
 * The instant a wall-clock reading denotes in a zone, following RFC 5545 §3.3.5: a time that occurs twice
 * (clocks going back) means the first one; a time that does not exist (clocks going forward) is read with the
 * offset before the gap, so 02:30 on a spring-forward night becomes 03:30.
 */
export function floatingToUtc(floatingMs: number, timeZone: string): number {
  const offsetBefore = offsetAt(floatingMs - DAY_MS, timeZone);
  const offsetAfter = offsetAt(floatingMs + DAY_MS, timeZone);
  let best: number | undefined;
  for (const offset of offsetBefore === offsetAfter ? [offsetBefore] : [offsetBefore, offsetAfter]) {
    const candidate = floatingMs - offset;
    if (offsetAt(candidate, timeZone) === offset && (best === undefined || candidate < best))
      best = candidate;
  }
  // In a gap neither offset fits: read the time with the offset in force before the gap.
  return best ?? floatingMs - offsetBefore;
}

/** '2026-03-08T12:00' → floating ms. Returns NaN for anything malformed. */
export function parseLocalDateTime(value: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!match) return NaN;
  const [, y, mo, d, h, mi, s] = match;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0));
  // Reject dates such as 2026-02-30 that Date.UTC would roll over.
  return new Date(ms).getUTCDate() === Number(d) && new Date(ms).getUTCMonth() === Number(mo) - 1 ? ms : NaN;
}

/** '2026-03-08' → floating ms of its midnight, or NaN. */
export function parseLocalDate(value: string): number {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? parseLocalDateTime(`${value}T00:00`) : NaN;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Floating ms → '2026-03-08T12:00' (seconds dropped: slots are minute-precise). */
export function formatLocalDateTime(floatingMs: number): string {
  const d = new Date(floatingMs);
  return `${formatLocalDate(floatingMs)}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** Floating ms → '2026-03-08'. */
export function formatLocalDate(floatingMs: number): string {
  const d = new Date(floatingMs);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Local wall time in a zone → instant. NaN when the string is malformed. */
export function localToUtc(local: string, timeZone: string): number {
  const floating = parseLocalDateTime(local);
  return Number.isNaN(floating) ? NaN : floatingToUtc(floating, timeZone);
}

/** Instant → local wall time string in a zone. */
export function utcToLocal(utcMs: number, timeZone: string): string {
  return formatLocalDateTime(utcToFloating(utcMs, timeZone));
}

/** The local date ('YYYY-MM-DD') an instant falls on in a zone. */
export function localDateOf(utcMs: number, timeZone: string): string {
  return formatLocalDate(utcToFloating(utcMs, timeZone));
}

/** Adds whole days to a 'YYYY-MM-DD' date. */
export function addDays(date: string, days: number): string {
  return formatLocalDate(parseLocalDate(date) + days * DAY_MS);
}

/** [start, end) instants of a local day; 23 or 25 hours long on DST days. */
export function dayBounds(date: string, timeZone: string): { startMs: number; endMs: number } {
  const midnight = parseLocalDate(date);
  return { startMs: floatingToUtc(midnight, timeZone), endMs: floatingToUtc(midnight + DAY_MS, timeZone) };
}

/** 0 = Monday … 6 = Sunday, for a 'YYYY-MM-DD' date. */
export function isoWeekday(date: string): number {
  return (new Date(parseLocalDate(date)).getUTCDay() + 6) % 7;
}

/** Monday of the ISO week holding the date. */
export function weekStart(date: string, weekStartsOn = 0): string {
  const back = (isoWeekday(date) - weekStartsOn + 7) % 7;
  return addDays(date, -back);
}

export function monthStart(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

export function daysInMonth(year: number, month1: number): number {
  return new Date(Date.UTC(year, month1, 0)).getUTCDate();
}

export const MS = { MINUTE, HOUR, DAY: DAY_MS };
