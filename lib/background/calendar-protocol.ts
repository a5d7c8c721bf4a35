import * as z from 'zod/mini';
import type { SaveResult } from '../calendar/store';
import { PlatformId } from '@/lib/platforms/schema';

// Calendar messages (spread into lib/messaging/protocol.ts). Only the extension's own pages send them.

export const calendarMessages = {
  /** Compare-and-set save of the whole calendar document; the background validates it with parseCalendar. */
  'calendar.save': {
    fromPages: false,
    request: z.object({ calendar: z.unknown(), baseRevision: z.number().check(z.int(), z.nonnegative()) }),
    // Built by our own worker; not re-validated on the way back.
    response: z.custom<SaveResult>(),
  },
  /**
   * The popup's "today" counts from the activity log: posts and replies published and findings caught in
   * [from, to], plus the posts since `postsFrom` (the start of the longest rhythm period) for the rhythm check.
   */
  'records.today': {
    fromPages: false,
    request: z.object({
      from: z.number().check(z.int()),
      to: z.number().check(z.int()),
      postsFrom: z.number().check(z.int()),
    }),
    response: z.object({
      posts: z.number(),
      replies: z.number(),
      findings: z.number(),
      publishes: z.array(z.object({ platform: PlatformId, at: z.number() })),
    }),
  },
} as const;

export type CalendarMessageType = keyof typeof calendarMessages;
