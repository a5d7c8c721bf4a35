import * as z from 'zod/mini';

// Which community reminders the manager wants (Members tab → "Reminders"): welcome and holidays on by default,
// birthdays off until the team records birthdays. Stored under one key; a bad stored value falls back to these.

export const REMINDER_PREFS_KEY = 'community.reminders.prefs';

export const ReminderPrefs = z.object({
  welcome: z.boolean(),
  birthday: z.boolean(),
  holidays: z.boolean(),
  /** Holiday greetings this many days before the day (0 = the morning of). */
  holidayDaysBefore: z.number().check(z.int(), z.minimum(0), z.maximum(14)),
  /** The morning check's local hour. */
  hour: z.number().check(z.int(), z.minimum(0), z.maximum(23)),
});
export type ReminderPrefs = z.infer<typeof ReminderPrefs>;

export const DEFAULT_REMINDER_PREFS: ReminderPrefs = {
  welcome: true,
  birthday: false,
  holidays: true,
  holidayDaysBefore: 0,
  hour: 9,
};

export function reminderPrefsOf(stored: unknown): ReminderPrefs {
  const parsed = ReminderPrefs.safeParse({ ...DEFAULT_REMINDER_PREFS, ...(stored as object | undefined) });
  return parsed.success ? parsed.data : DEFAULT_REMINDER_PREFS;
}
