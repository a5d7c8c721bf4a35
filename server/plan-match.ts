import type { Hocuspocus } from '@hocuspocus/server';
import { ENTRIES_MAP } from '../lib/team/documents';
import { validEntries } from '../lib/team/mirror';
import { Slot } from '../lib/calendar/schema';
import { emptyCalendar, matchPublishes } from '../lib/calendar';
import { publishEventsOf } from '../lib/records/plan-events';
import type { ActivityRecord } from '../lib/records/schema';

// Plan versus actual for the team's shared calendar: any member's post matches the shared slot, not only the
// post of the member whose browser planned it. The server is the one place that sees every member's publishes (the
// records upload) and may write the calendar document (a member's role may not), so it matches here, with the
// dashboard's own matcher, and every member's mirror then shows the slot published. Only records new to the server
// are matched: a retried upload matches nothing twice.

/** Marks the shared slots the new posts match as published; resolves how many slots changed. */
export async function matchSharedSlots(
  hocuspocus: Pick<Hocuspocus, 'openDirectConnection'>,
  records: readonly ActivityRecord[],
): Promise<number> {
  const posts = publishEventsOf(records);
  if (!posts.length) return 0;
  const connection = await hocuspocus.openDirectConnection('calendar', { server: 'plan-match' });
  let changed = 0;
  try {
    await connection.transact((document) => {
      const entries = document.getMap(ENTRIES_MAP);
      const slots = validEntries<Slot>(entries.toJSON(), Slot);
      if (!slots.length) return;
      // Each slot carries its own time zone; the window is the dashboard's default (the team has no settings).
      const { calendar } = matchPublishes({ ...emptyCalendar('UTC'), slots }, posts);
      const before = new Map(slots.map((slot) => [slot.id, JSON.stringify(slot)]));
      document.transact(() => {
        for (const slot of calendar.slots) {
          if (before.get(slot.id) === JSON.stringify(slot)) continue;
          entries.set(slot.id, slot);
          changed++;
        }
      });
    });
  } finally {
    await connection.disconnect();
  }
  return changed;
}
