import type { CalendarWriter } from '../calendar/store';
import type { Handlers } from '../messaging/receiver';
import type { CalendarMessageType } from '../calendar/protocol';

// The background's side of the calendar messages (plan matching after a write is a step of records.put in
// lib/records/handlers.ts).

export function createCalendarHandlers(writer: CalendarWriter): Pick<Handlers, CalendarMessageType> {
  return {
    'calendar.save': ({ calendar, baseRevision }) => writer.save(calendar, baseRevision),
  };
}
