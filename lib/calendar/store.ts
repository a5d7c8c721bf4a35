import { emptyCalendar, parseCalendar, type Calendar, type FieldError } from './schema';
import { createSerialQueue } from '../serial-queue';

// Persistence of the calendar document in storage.local. Any context may read; only the background writes
// (createCalendarWriter), with a revision counter so a page that edited a stale copy is told to redo its edit
// instead of silently overwriting a change made meanwhile (another window, a publish matched in the background).

export const CALENDAR_KEY = 'calendar';
export const CALENDAR_REVISION_KEY = 'calendarRevision';
/** Where a stored document that no longer parses is kept when the user starts over, so nothing is lost. */
export const CALENDAR_BACKUP_KEY = 'calendarBroken';

/** The slice of a browser storage area the store needs (storage.local, or a fake in tests). */
export interface CalendarStorageArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface CalendarSnapshot {
  calendar: Calendar;
  revision: number;
  /** Set when the stored value did not parse: the calendar shown is empty and the raw value is left alone. */
  problems?: FieldError[];
}

function defaultZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Reads the stored value into a snapshot; never throws, whatever is stored. */
export function snapshotOf(stored: Record<string, unknown>, timeZone = defaultZone()): CalendarSnapshot {
  const raw = stored[CALENDAR_KEY];
  const revision =
    typeof stored[CALENDAR_REVISION_KEY] === 'number' ? (stored[CALENDAR_REVISION_KEY] as number) : 0;
  if (raw === undefined) return { calendar: emptyCalendar(timeZone), revision };
  const parsed = parseCalendar(raw);
  if (parsed.ok) return { calendar: parsed.calendar, revision };
  return { calendar: emptyCalendar(timeZone), revision, problems: parsed.errors };
}

/** One storage read: the calendar and its revision. */
export async function readCalendar(area: CalendarStorageArea, timeZone?: string): Promise<CalendarSnapshot> {
  return snapshotOf(await area.get([CALENDAR_KEY, CALENDAR_REVISION_KEY]), timeZone);
}

export type SaveResult =
  | { ok: true; revision: number; calendar: Calendar }
  | { ok: false; reason: 'conflict'; revision: number }
  | { ok: false; reason: 'invalid'; revision: number; errors: FieldError[] };

export interface CalendarWriter {
  /** Compare-and-set: stores `calendar` only if the stored revision is still `baseRevision`. */
  save(calendar: unknown, baseRevision: number): Promise<SaveResult>;
  /**
   * Read-modify-write done here, for the background's own changes (matched publishes, missed slots). Skipped
   * (resolves to undefined) while the stored value is broken, so automatic work never replaces it.
   */
  update(edit: (calendar: Calendar) => Calendar): Promise<CalendarSnapshot | undefined>;
}

/**
 * The single writer. Every write goes through one promise chain, so a save and an update never interleave
 * between their read and their write. Saving over a broken stored value first copies it to CALENDAR_BACKUP_KEY.
 */
export function createCalendarWriter(area: CalendarStorageArea, timeZone?: string): CalendarWriter {
  const serialised = createSerialQueue();

  return {
    save: (input, baseRevision) =>
      serialised(async (): Promise<SaveResult> => {
        const stored = await area.get([CALENDAR_KEY, CALENDAR_REVISION_KEY]);
        const current = snapshotOf(stored, timeZone);
        if (current.revision !== baseRevision)
          return { ok: false, reason: 'conflict', revision: current.revision };
        const parsed = parseCalendar(input);
        if (!parsed.ok)
          return { ok: false, reason: 'invalid', revision: current.revision, errors: parsed.errors };
        const revision = current.revision + 1;
        const items: Record<string, unknown> = {
          [CALENDAR_KEY]: parsed.calendar,
          [CALENDAR_REVISION_KEY]: revision,
        };
        if (current.problems) items[CALENDAR_BACKUP_KEY] = stored[CALENDAR_KEY];
        await area.set(items);
        return { ok: true, revision, calendar: parsed.calendar };
      }),
    update: (edit) =>
      serialised(async () => {
        const current = await readCalendar(area, timeZone);
        if (current.problems) return undefined;
        const next = edit(current.calendar);
        if (next === current.calendar) return current;
        const revision = current.revision + 1;
        await area.set({ [CALENDAR_KEY]: next, [CALENDAR_REVISION_KEY]: revision });
        return { calendar: next, revision };
      }),
  };
}
