import { browser } from 'wxt/browser';
import { expandOccurrences } from '@/lib/calendar/occurrences';
import { Calendar } from '@/lib/calendar/schema';
import type { PlannedOccurrence } from '@/lib/records/reports/cadence';

// The plan adherence is measured against: the content calendar's slots, expanded into occurrences for the
// period. The calendar lives in storage.local; stored either bare or in a `{ version, value }` envelope.
export const CALENDAR_STORAGE_KEY = 'calendar';

export async function loadCalendar(): Promise<Calendar | undefined> {
  const stored = (await browser.storage.local.get(CALENDAR_STORAGE_KEY))[CALENDAR_STORAGE_KEY] as unknown;
  for (const candidate of [stored, (stored as { value?: unknown } | undefined)?.value]) {
    const parsed = Calendar.safeParse(candidate);
    if (parsed.success) return parsed.data;
  }
  return undefined;
}

/** Every planned post in [from, to]; skipped slots are not part of the plan. */
export function planFromCalendar(calendar: Calendar | undefined, from: number, to: number): PlannedOccurrence[] {
  if (!calendar) return [];
  return expandOccurrences(calendar, from, to + 1)
    .filter((o) => o.status !== 'skipped')
    .map((o) => ({ platform: o.platform, at: o.startMs }));
}

/** The plan for a period; an unreadable calendar means "no plan", never a failed report. */
export async function loadPlan(from: number, to: number): Promise<PlannedOccurrence[]> {
  try {
    return planFromCalendar(await loadCalendar(), from, to);
  } catch {
    return [];
  }
}
