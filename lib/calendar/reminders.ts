import { expandOccurrences, type Occurrence } from './occurrences';
import { nextReminders } from './plan-actual';
import type { Calendar } from './schema';
import { MS } from './time';

// Which reminders are due, and when the next one is. Pure functions over the calendar plus the set of
// occurrences already notified, so a reminder fires once even when alarms repeat or the worker restarts.

/** Occurrence id → its start (epoch ms), for reminders already shown. Old entries are pruned. */
export type RemindedMap = Record<string, number>;

/** A slot that started less than this long ago still gets its reminder (the alarm may run a little late). */
export const LATE_REMINDER_MS = MS.MINUTE;

function wantsReminder(o: Occurrence): boolean {
  return o.status === 'planned' || o.status === 'drafted';
}

/**
 * Reminders to show now: planned or drafted slots whose reminder time has come and which have not started
 * (or only just started), and were not shown yet. A slot added 5 minutes before it starts, with reminders 15
 * minutes ahead, is announced at once rather than never.
 */
export function dueReminders(calendar: Calendar, now: number, reminded: RemindedMap): Occurrence[] {
  const lead = calendar.settings.reminderMinutes * MS.MINUTE;
  return expandOccurrences(calendar, now - LATE_REMINDER_MS, now + lead + 1).filter(
    (o) => wantsReminder(o) && o.startMs - lead <= now && reminded[o.id] === undefined,
  );
}

/** When the next reminder after `now` falls due (the reminder alarm's time), or undefined for none in 2 days. */
export function nextReminderAt(calendar: Calendar, now: number, reminded: RemindedMap): number | undefined {
  let next: number | undefined;
  for (const reminder of nextReminders(calendar, now)) {
    if (reminded[reminder.occurrenceId] !== undefined || reminder.fireAt <= now) continue;
    if (next === undefined || reminder.fireAt < next) next = reminder.fireAt;
  }
  return next;
}

/** Drops entries for slots that started more than a day ago: their reminders can never be due again. */
export function pruneReminded(reminded: RemindedMap, now: number): RemindedMap {
  return Object.fromEntries(Object.entries(reminded).filter(([, startMs]) => startMs > now - MS.DAY));
}
