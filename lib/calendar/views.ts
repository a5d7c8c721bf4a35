import type { Calendar, Campaign } from './schema';
import { expandOccurrences, type Occurrence, type OccurrenceFilter } from './occurrences';
import { addDays, dayBounds, isoWeekday, localDateOf, monthStart, parseLocalDate, weekStart } from './time';
import { DAY_MS } from '../durations';

// Data for the popup's "today" timeline and the dashboard's week and month grids. Days are local days in the
// zone the user views the calendar in (settings.timeZone unless the caller passes another).

/** done = published; skipped = deliberately not posted; overdue = due and its time has passed; next = the
 * earliest due slot(s) still ahead; upcoming = due later today. */
export type TodayState = 'done' | 'skipped' | 'overdue' | 'next' | 'upcoming';

export interface TodayItem {
  occurrence: Occurrence;
  state: TodayState;
}

export interface TodayView {
  date: string;
  startMs: number;
  endMs: number;
  items: TodayItem[];
  /** Slots of today not yet published or skipped (overdue ones included): the number on the icon badge. */
  dueCount: number;
  /** Where the now-line sits, 0…1 of the (possibly 23- or 25-hour) day. */
  nowFraction: number;
}

export function isDue(occurrence: Occurrence): boolean {
  return occurrence.status === 'planned' || occurrence.status === 'drafted' || occurrence.status === 'missed';
}

export function todayView(
  calendar: Calendar,
  now: number,
  timeZone = calendar.settings.timeZone,
  filter?: OccurrenceFilter,
): TodayView {
  const date = localDateOf(now, timeZone);
  const { startMs, endMs } = dayBounds(date, timeZone);
  const occurrences = expandOccurrences(calendar, startMs, endMs, filter);
  const nextStart = occurrences.find((o) => isDue(o) && o.startMs >= now)?.startMs;
  const items = occurrences.map((occurrence): TodayItem => {
    if (occurrence.status === 'published') return { occurrence, state: 'done' };
    if (occurrence.status === 'skipped') return { occurrence, state: 'skipped' };
    if (occurrence.startMs < now) return { occurrence, state: 'overdue' };
    return { occurrence, state: occurrence.startMs === nextStart ? 'next' : 'upcoming' };
  });
  return {
    date,
    startMs,
    endMs,
    items,
    dueCount: occurrences.filter(isDue).length,
    nowFraction: Math.min(1, Math.max(0, (now - startMs) / (endMs - startMs))),
  };
}

/** Only the badge number, for the background worker. */
export function dueTodayCount(
  calendar: Calendar,
  now: number,
  timeZone = calendar.settings.timeZone,
): number {
  return todayView(calendar, now, timeZone).dueCount;
}

export interface CampaignBand {
  campaign: Campaign;
  /** First and last visible day of the band (clipped to the view). */
  fromDate: string;
  toDate: string;
  /** Row for drawing: overlapping bands get different lanes. */
  lane: number;
}

/** Campaigns overlapping [fromDate, toDate], clipped, with lanes so overlapping ones stack. */
export function campaignBands(calendar: Calendar, fromDate: string, toDate: string): CampaignBand[] {
  const visible = calendar.campaigns
    .filter((c) => c.startDate <= toDate && c.endDate >= fromDate)
    .sort(
      (a, b) =>
        a.startDate.localeCompare(b.startDate) ||
        b.endDate.localeCompare(a.endDate) ||
        a.id.localeCompare(b.id),
    );
  const laneEnds: string[] = [];
  return visible.map((campaign) => {
    let lane = laneEnds.findIndex((end) => end < campaign.startDate);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = campaign.endDate;
    return {
      campaign,
      fromDate: campaign.startDate < fromDate ? fromDate : campaign.startDate,
      toDate: campaign.endDate > toDate ? toDate : campaign.endDate,
      lane,
    };
  });
}

/** Campaigns and themes running on a date (e.g. the theme of the week shown above today's timeline). */
export function campaignsOn(calendar: Calendar, date: string): Campaign[] {
  return calendar.campaigns.filter((c) => c.startDate <= date && c.endDate >= date);
}

export interface DayCell {
  date: string;
  startMs: number;
  endMs: number;
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  /** False for the leading/trailing days of a month grid. */
  inRange: boolean;
  occurrences: Occurrence[];
}

export interface RangeView {
  days: DayCell[];
  bands: CampaignBand[];
}

function buildDays(
  calendar: Calendar,
  firstDate: string,
  dayCount: number,
  timeZone: string,
  filter: OccurrenceFilter | undefined,
  inRange: (date: string) => boolean,
): RangeView {
  const lastDate = addDays(firstDate, dayCount - 1);
  const from = dayBounds(firstDate, timeZone).startMs;
  const to = dayBounds(lastDate, timeZone).endMs;
  const occurrences = expandOccurrences(calendar, from, to, filter);
  const days: DayCell[] = [];
  let cursor = 0;
  for (let i = 0; i < dayCount; i++) {
    const date = addDays(firstDate, i);
    const { startMs, endMs } = dayBounds(date, timeZone);
    const cell: DayCell = {
      date,
      startMs,
      endMs,
      weekday: isoWeekday(date),
      inRange: inRange(date),
      occurrences: [],
    };
    while (cursor < occurrences.length && occurrences[cursor].startMs < endMs)
      cell.occurrences.push(occurrences[cursor++]);
    days.push(cell);
  }
  return { days, bands: campaignBands(calendar, firstDate, lastDate) };
}

/**
 * Seven days from the start of the week holding `date` ('YYYY-MM-DD'). weekStartsOn: 0 = Monday (default,
 * as in China and most of Europe), 6 = Sunday.
 */
export function weekView(
  calendar: Calendar,
  date: string,
  options: { timeZone?: string; weekStartsOn?: number; filter?: OccurrenceFilter } = {},
): RangeView {
  const first = weekStart(date, options.weekStartsOn ?? 0);
  return buildDays(
    calendar,
    first,
    7,
    options.timeZone ?? calendar.settings.timeZone,
    options.filter,
    () => true,
  );
}

/** A month grid: whole weeks covering the month of `date`, days outside the month marked inRange=false. */
export function monthView(
  calendar: Calendar,
  date: string,
  options: { timeZone?: string; weekStartsOn?: number; filter?: OccurrenceFilter } = {},
): RangeView {
  const first = monthStart(date);
  const month = first.slice(0, 7);
  const gridStart = weekStart(first, options.weekStartsOn ?? 0);
  const nextMonth = monthStart(addDays(first, 31));
  const lastOfMonth = addDays(nextMonth, -1);
  const gridDays =
    Math.round(
      (parseLocalDate(weekStart(lastOfMonth, options.weekStartsOn ?? 0)) - parseLocalDate(gridStart)) /
        DAY_MS,
    ) + 7;
  return buildDays(
    calendar,
    gridStart,
    gridDays,
    options.timeZone ?? calendar.settings.timeZone,
    options.filter,
    (d) => d.startsWith(month),
  );
}

/** Owners appearing on any slot, for the owner filter. */
export function ownersOf(calendar: Calendar): string[] {
  const owners = new Set<string>();
  for (const slot of calendar.slots) {
    if (slot.owner) owners.add(slot.owner);
    for (const override of Object.values(slot.overrides ?? {}))
      if (override.owner) owners.add(override.owner);
  }
  return [...owners].sort((a, b) => a.localeCompare(b));
}
