import type { IDBPDatabase } from 'idb';
import type { CalendarWriter } from '../calendar/store';
import type { OnbrandDB } from '../db/schema';
import type { Handlers } from '../messaging/receiver';
import { recordsOfKind } from '../records/query';
import type { CalendarJobs } from './calendar-jobs';
import type { CalendarMessageType } from './calendar-protocol';

// The background's side of the calendar messages, and the hook that matches stored publishes to the plan.

export function createCalendarHandlers(writer: CalendarWriter, openDb: () => Promise<IDBPDatabase<OnbrandDB>>): Pick<Handlers, CalendarMessageType> {
  return {
    'calendar.save': ({ calendar, baseRevision }) => writer.save(calendar, baseRevision),
    'records.today': async ({ from, to, postsFrom }) => {
      const db = await openDb();
      const [publishes, summaries] = await Promise.all([
        recordsOfKind(db, 'publish', Math.min(from, postsFrom), to),
        recordsOfKind(db, 'check-summary', from, to),
      ]);
      const today = publishes.filter((r) => r.at >= from);
      return {
        posts: today.filter((r) => r.postKind === 'post').length,
        replies: today.filter((r) => r.postKind !== 'post').length,
        findings: summaries.reduce((sum, r) => sum + r.findings.reduce((n, f) => n + f.count, 0), 0),
        publishes: publishes.filter((r) => r.postKind === 'post' && r.at >= postsFrom).map((r) => ({ platform: r.platform, at: r.at })),
      };
    },
  };
}

/**
 * Wraps the records.put handler: once the records are stored, posts among them are matched to the plan. A
 * failed match never fails the write (the records are already safe); it is awaited so the worker stays alive.
 */
export function withPlanMatching(put: Handlers['records.put'], jobs: Pick<CalendarJobs, 'matchRecords'>): Handlers['records.put'] {
  return async (payload, sender) => {
    const result = await put(payload, sender);
    await jobs.matchRecords(payload.records).catch((error: unknown) => console.warn('Onbrand: calendar match failed', error));
    return result;
  };
}
