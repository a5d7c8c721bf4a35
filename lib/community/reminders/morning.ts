import { addDays, localDateOf, localToUtc, utcToLocal } from '../../calendar/time';

// The daily reminder check runs once per local day, at the morning hour of the manager's zone. Pure: the
// alarm's time, and whether today's check is still due (a worker restarted after the hour catches up once).

const pad = (n: number) => String(n).padStart(2, '0');

/** The first instant after `now` at `hour`:00 local time in `zone` (a DST gap moves it to the same UTC offset rule). */
export function nextMorning(now: number, zone: string, hour: number): number {
  const today = localDateOf(now, zone);
  const at = localToUtc(`${today}T${pad(hour)}:00`, zone);
  return at > now ? at : localToUtc(`${addDays(today, 1)}T${pad(hour)}:00`, zone);
}

/** Today's local date when its check has not run and the morning hour has come, else undefined. */
export function dueDay(
  now: number,
  zone: string,
  hour: number,
  lastDay: string | undefined,
): string | undefined {
  const local = utcToLocal(now, zone);
  const today = local.slice(0, 10);
  if (lastDay !== undefined && lastDay >= today) return undefined;
  return Number(local.slice(11, 13)) >= hour ? today : undefined;
}
