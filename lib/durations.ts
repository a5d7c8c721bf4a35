// Fixed lengths of time in milliseconds, for the pure cores (calendar, reports). A calendar day in a time zone
// with daylight saving is not always DAY_MS long: lib/calendar/time.ts converts through the zone for that.
export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** Milliseconds as minutes to two decimals, for report charts and their CSV alike (undefined stays undefined). */
export const toMinutes = (ms: number | undefined): number | undefined =>
  ms === undefined ? undefined : Math.round(ms / 600) / 100;

/** The UTC day number of an instant (ms / DAY_MS, floored): the key of per-day rows kept in IndexedDB. */
export const utcDayOf = (ms: number): number => Math.floor(ms / DAY_MS);
