import { storage } from 'wxt/utils/storage';
import { CALENDAR_KEY, CALENDAR_REVISION_KEY, snapshotOf, type CalendarSnapshot } from './store';

// The calendar's storage items for the extension's pages and worker: the document and its revision, two keys
// written together by the one writer (store.ts's createCalendarWriter, through its injected area). No WXT version:
// the document is parsed (and refused when unreadable) by its own schema.
export const calendarItem = storage.defineItem<unknown>(`local:${CALENDAR_KEY}`);
export const calendarRevisionItem = storage.defineItem<number>(`local:${CALENDAR_REVISION_KEY}`);

/** One storage read of both keys: the calendar and its revision. */
export async function loadCalendarSnapshot(): Promise<CalendarSnapshot> {
  const [calendar, revision] = await storage.getItems([calendarItem, calendarRevisionItem]);
  return snapshotOf({
    [CALENDAR_KEY]: calendar.value ?? undefined,
    [CALENDAR_REVISION_KEY]: revision.value ?? undefined,
  });
}

/** Calls back whenever any context changes the stored calendar; returns the unwatch. */
export function watchCalendar(onChange: () => void): () => void {
  return calendarItem.watch(() => onChange());
}
