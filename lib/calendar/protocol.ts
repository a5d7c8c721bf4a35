import * as z from 'zod/mini';
import type { SaveResult } from './store';

// The calendar's messages (composed into lib/messaging/protocol.ts). Only the extension's own pages send them.

export const calendarMessages = {
  /** Compare-and-set save of the whole calendar document; the background validates it with parseCalendar. */
  'calendar.save': {
    fromPages: false,
    request: z.object({ calendar: z.unknown(), baseRevision: z.number().check(z.int(), z.nonnegative()) }),
    // Built by our own worker; not re-validated on the way back.
    response: z.custom<SaveResult>(),
  },
} as const;

export type CalendarMessageType = keyof typeof calendarMessages;
