import type { Calendar } from './schema';
import type { PlatformId } from '../platforms';
import { expandOccurrences, type Occurrence } from './occurrences';
import { setOccurrenceStatus } from './edit';
import { MS } from './time';

// Plan versus actual: publish records (from the activity log) turn planned slots into published ones; slots
// whose time passed by more than the match window without a record become missed.

export interface PublishEvent {
  platform: PlatformId;
  /** When the post went out (epoch ms). */
  at: number;
  url: string;
}

export interface MatchResult {
  calendar: Calendar;
  /** The occurrence now marked published, or null when no planned slot was close enough. */
  occurrenceId: string | null;
}

const matchable = (o: Occurrence) =>
  o.status === 'planned' || o.status === 'drafted' || o.status === 'missed';

/**
 * Marks the planned slot of that platform nearest in time (within ±matchWindowMinutes) as published, with the
 * link. A record already matched (same URL) is not matched twice, so replays are harmless.
 */
export function matchPublish(calendar: Calendar, publish: PublishEvent): MatchResult {
  const windowMs = calendar.settings.matchWindowMinutes * MS.MINUTE;
  const nearby = expandOccurrences(calendar, publish.at - windowMs, publish.at + windowMs + 1, {
    platforms: [publish.platform],
  });
  const already = nearby.find((o) => o.status === 'published' && o.url === publish.url && publish.url !== '');
  if (already) return { calendar, occurrenceId: already.id };
  let best: Occurrence | undefined;
  for (const occurrence of nearby) {
    if (!matchable(occurrence)) continue;
    const distance = Math.abs(occurrence.startMs - publish.at);
    // Ties go to the earlier slot: it is the one more likely to be late than the later one early.
    if (!best || distance < Math.abs(best.startMs - publish.at)) best = occurrence;
  }
  if (!best) return { calendar, occurrenceId: null };
  return {
    calendar: setOccurrenceStatus(calendar, best.id, 'published', {
      url: publish.url,
      publishedAt: publish.at,
    }),
    occurrenceId: best.id,
  };
}

/** Matches several records in time order; returns the ids matched, in input order (null for no match). */
export function matchPublishes(
  calendar: Calendar,
  publishes: readonly PublishEvent[],
): { calendar: Calendar; occurrenceIds: (string | null)[] } {
  let current = calendar;
  const ids = new Map<PublishEvent, string | null>();
  for (const publish of [...publishes].sort((a, b) => a.at - b.at)) {
    const result = matchPublish(current, publish);
    current = result.calendar;
    ids.set(publish, result.occurrenceId);
  }
  return { calendar: current, occurrenceIds: publishes.map((p) => ids.get(p) ?? null) };
}

/**
 * Marks planned or drafted slots whose time passed more than the match window ago as missed. Only slots since
 * `sinceMs` (default: a week back) are looked at, so a years-old daily series does not grow a year of overrides.
 */
export function markMissed(
  calendar: Calendar,
  now: number,
  sinceMs = now - 7 * MS.DAY,
): { calendar: Calendar; missedIds: string[] } {
  const cutoff = now - calendar.settings.matchWindowMinutes * MS.MINUTE;
  if (cutoff <= sinceMs) return { calendar, missedIds: [] };
  const stale = expandOccurrences(calendar, sinceMs, cutoff).filter(
    (o) => o.status === 'planned' || o.status === 'drafted',
  );
  let current = calendar;
  for (const occurrence of stale) current = setOccurrenceStatus(current, occurrence.id, 'missed');
  return { calendar: current, missedIds: stale.map((o) => o.id) };
}

export interface Reminder {
  occurrenceId: string;
  /** When to notify (epoch ms), minutesBefore ahead of the slot. */
  fireAt: number;
  startMs: number;
}

/**
 * Reminders to schedule as browser alarms: one per planned or drafted slot, minutesBefore ahead of it, for
 * reminders due from now up to `horizonMs` ahead. Reminders whose time already passed are not returned, so
 * rescheduling after every edit never notifies twice.
 */
export function nextReminders(
  calendar: Calendar,
  now: number,
  minutesBefore = calendar.settings.reminderMinutes,
  horizonMs = 2 * MS.DAY,
): Reminder[] {
  const lead = minutesBefore * MS.MINUTE;
  return expandOccurrences(calendar, now + lead, now + lead + horizonMs)
    .filter((o) => o.status === 'planned' || o.status === 'drafted')
    .map((o) => ({ occurrenceId: o.id, fireAt: o.startMs - lead, startMs: o.startMs }));
}
