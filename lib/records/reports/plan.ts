import { expandOccurrences } from '@/lib/calendar/occurrences';
import type { Calendar } from '@/lib/calendar/schema';
import { readCalendar, type CalendarStorageArea } from '@/lib/calendar/store';
import type { PlannedOccurrence } from './cadence';

// The plan adherence is measured against: the content calendar's slots, expanded into occurrences for the
// period. Read by the background next to the records, so opening a report is one round trip.

/** Every planned post in [from, to]; skipped slots are not part of the plan. */
export function planFromCalendar(calendar: Calendar, from: number, to: number): PlannedOccurrence[] {
  return expandOccurrences(calendar, from, to + 1)
    .filter((o) => o.status !== 'skipped')
    .map((o) => ({ platform: o.platform, at: o.startMs }));
}

/** The plan for a period from the stored calendar; an unreadable calendar means "no plan", never a failed report. */
export async function loadPlan(area: CalendarStorageArea, from: number, to: number): Promise<PlannedOccurrence[]> {
  try {
    const { calendar, problems } = await readCalendar(area);
    return problems ? [] : planFromCalendar(calendar, from, to);
  } catch {
    return [];
  }
}
