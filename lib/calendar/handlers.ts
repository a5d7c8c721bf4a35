import type { CalendarWriter } from './store';
import type { HandlersOf } from '../message-table';
import type { calendarMessages } from './protocol';

// The background's side of the calendar messages (wired in lib/background/handlers.ts) (plan matching after a write is a step of records.put in
// lib/records/handlers.ts).

export function createCalendarHandlers(writer: CalendarWriter): HandlersOf<typeof calendarMessages> {
  return {
    'calendar.save': ({ calendar, baseRevision }) => writer.save(calendar, baseRevision),
  };
}
