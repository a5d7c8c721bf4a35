import type { Calendar, FieldError } from '@/lib/calendar';
import { loadCalendarSnapshot, watchCalendar } from '@/lib/calendar/calendar-items';
import { snapshotOf, type CalendarSnapshot } from '@/lib/calendar/store';
import { send } from '@/lib/messaging/client';

// What the popup and the dashboard call to read and change the calendar. Reads go straight to storage (fast,
// no worker wake-up); writes go to the background, which is the only writer. It lives with the extension pages,
// not in lib/calendar: it sends messages, and lib/messaging composes the calendar's table (a folder cycle).

export class CalendarSaveError extends Error {
  constructor(readonly errors: FieldError[]) {
    super(errors.map((e) => `${e.path}: ${e.message}`).join('; '));
  }
}

export function loadCalendar(): Promise<CalendarSnapshot> {
  return loadCalendarSnapshot();
}

/**
 * Applies a pure edit to the latest calendar and saves it. If another context saved in between, the edit is
 * re-applied to the newer calendar (compare-and-set on the revision), so no change is lost.
 */
export async function updateCalendar(
  edit: (calendar: Calendar) => Calendar,
  attempts = 5,
): Promise<CalendarSnapshot> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    const current = await loadCalendar();
    const next = edit(current.calendar);
    if (next === current.calendar) return current;
    const result = await send('calendar.save', { calendar: next, baseRevision: current.revision });
    if (result.ok) return { calendar: result.calendar, revision: result.revision };
    if (result.reason === 'invalid') throw new CalendarSaveError(result.errors);
  }
  throw new Error('The calendar kept changing while saving; try again.');
}

/** Calls `listener` with a fresh snapshot whenever any context changes the stored calendar. */
export function onCalendarChanged(listener: (snapshot: CalendarSnapshot) => void): () => void {
  // The revision is written in the same set() call; read both to stay consistent.
  return watchCalendar(() => void loadCalendar().then(listener));
}

export { snapshotOf };
