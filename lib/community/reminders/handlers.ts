import type { HandlersOf } from '../../message-table';
import type { KeyValue } from '../queue-store';
import type { ReminderJobs } from './jobs';
import { REMINDER_PREFS_KEY, reminderPrefsOf } from './prefs';
import type { reminderMessages } from './protocol';

/** The reminders' message handlers: the suggestion for the asking tab, and the settings. */
export function createReminderHandlers(
  jobs: ReminderJobs,
  area: KeyValue,
): HandlersOf<typeof reminderMessages> {
  return {
    'community.suggestion': async (_request, sender) => ({
      suggestion: await jobs.suggestionFor(sender.tab?.id, sender.url ?? sender.tab?.url),
    }),
    'community.reminders.prefs.get': async () =>
      reminderPrefsOf((await area.get(REMINDER_PREFS_KEY))[REMINDER_PREFS_KEY]),
    'community.reminders.prefs.set': async (prefs) => {
      // The worker's storage listener sets the morning alarm again (reminder-listeners.ts).
      await area.set({ [REMINDER_PREFS_KEY]: prefs });
      return prefs;
    },
  };
}
