import * as z from 'zod/mini';
import { ReminderPrefs } from './prefs';
import type { Suggestion } from './suggestion';

// Community reminders' messages (composed into lib/messaging/protocol.ts in one line).

export const reminderMessages = {
  /** The assistant in a tab a reminder opened: the template to suggest there, if any (only for that tab). */
  'community.suggestion': {
    fromPages: true,
    request: z.object({}),
    response: z.object({ suggestion: z.nullable(z.custom<Suggestion>()) }),
  },
  'community.reminders.prefs.get': {
    fromPages: false,
    request: z.object({}),
    response: ReminderPrefs,
  },
  /** Saved, then the morning alarm is set again for the new hour. */
  'community.reminders.prefs.set': {
    fromPages: false,
    request: ReminderPrefs,
    response: ReminderPrefs,
  },
};
