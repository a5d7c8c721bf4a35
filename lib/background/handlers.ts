import type { IDBPDatabase } from 'idb';
import { openOnbrandDB, type OnbrandDB } from '../db/schema';
import { createRecordHandlers } from '../records/handlers';
import type { Handlers } from '../messaging/receiver';
import { injectAssistant } from './inject-assistant';
import { isKnownPublishedPost } from './known-posts';
import { createCalendarHandlers, withPlanMatching } from './calendar-handlers';
import { calendarBackground, type CalendarBackground } from './calendar-listeners';
import { createTeamHandlers } from '../team/handlers';

let dbPromise: Promise<IDBPDatabase<OnbrandDB>> | undefined;
/** Opened on first use: a worker woken by a message must not wait for work it does not need. */
export function database(): Promise<IDBPDatabase<OnbrandDB>> {
  dbPromise ??= openOnbrandDB();
  return dbPromise;
}

export function createHandlers(version: string, calendar: CalendarBackground = calendarBackground()): Handlers {
  const records = createRecordHandlers(database);
  return {
    ping: async () => ({ version }),
    'assistant.load': async (request, sender) => ({ injected: await injectAssistant(sender, request) }),
    'engagement.known': async (query) => ({ published: await isKnownPublishedPost(await database(), query) }),
    ...records,
    ...createCalendarHandlers(calendar.writer, database),
    ...createTeamHandlers(),
    // Plan versus actual: a stored post is matched to its planned slot.
    'records.put': withPlanMatching(records['records.put'], calendar.jobs),
  };
}
