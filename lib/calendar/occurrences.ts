import type { Calendar, ContentType, OccurrenceOverride, Slot, SlotStatus } from './schema';
import type { PlatformId } from '../platforms';
import { isOriginalStart, originalStartsBetween } from './recurrence';
import { floatingToUtc, formatLocalDateTime, MS, parseLocalDateTime, utcToFloating } from './time';

/** One concrete posting slot on the timeline: a one-off slot, or one instance of a series with its override. */
export interface Occurrence {
  /** Stable: the slot id for a one-off, `seriesId@originalStart` for an instance of a series. */
  id: string;
  seriesId: string;
  recurring: boolean;
  /** Local start the rule produced (the override key); equals `start` unless the instance was moved. */
  originalStart: string;
  /** Local wall time in `timeZone`. */
  start: string;
  timeZone: string;
  startMs: number;
  endMs: number;
  platform: PlatformId;
  contentType: ContentType;
  campaignId?: string;
  title: string;
  owner: string;
  status: SlotStatus;
  notes: string;
  url?: string;
  publishedAt?: number;
  moved: boolean;
  /** True when this instance carries any single-occurrence change. */
  overridden: boolean;
}

export interface OccurrenceFilter {
  platforms?: readonly PlatformId[];
  campaignIds?: readonly string[];
  owners?: readonly string[];
  statuses?: readonly SlotStatus[];
}

export function occurrenceId(slot: Slot, originalStart: string): string {
  return slot.rrule ? `${slot.id}@${originalStart}` : slot.id;
}

export function parseOccurrenceId(id: string): { seriesId: string; originalStart?: string } {
  const at = id.indexOf('@');
  return at < 0 ? { seriesId: id } : { seriesId: id.slice(0, at), originalStart: id.slice(at + 1) };
}

function build(
  slot: Slot,
  originalStart: string,
  override: OccurrenceOverride | undefined,
  startMs: number,
): Occurrence {
  const start = override?.start ?? (slot.rrule ? originalStart : slot.start);
  const durationMinutes = override?.durationMinutes ?? slot.durationMinutes;
  const campaignId = override?.campaignId === null ? undefined : (override?.campaignId ?? slot.campaignId);
  return {
    id: occurrenceId(slot, originalStart),
    seriesId: slot.id,
    recurring: Boolean(slot.rrule),
    originalStart,
    start,
    timeZone: slot.timeZone,
    startMs,
    endMs: startMs + durationMinutes * MS.MINUTE,
    platform: slot.platform,
    contentType: override?.contentType ?? slot.contentType,
    ...(campaignId ? { campaignId } : {}),
    title: override?.title ?? slot.title,
    owner: override?.owner ?? slot.owner,
    status: override?.status ?? slot.status,
    notes: override?.notes ?? slot.notes,
    ...((override?.url ?? slot.url) !== undefined ? { url: override?.url ?? slot.url } : {}),
    ...((override?.publishedAt ?? slot.publishedAt) !== undefined
      ? { publishedAt: override?.publishedAt ?? slot.publishedAt }
      : {}),
    moved: override?.start !== undefined && override.start !== originalStart,
    overridden: override !== undefined && Object.keys(override).length > 0,
  };
}

// Zones differ from UTC by at most 14 h, and a DST shift moves a wall time by at most 2 h more.
const ZONE_SLACK = 17 * MS.HOUR;

/** Every occurrence of one slot starting in [fromMs, toMs). */
export function slotOccurrences(slot: Slot, fromMs: number, toMs: number): Occurrence[] {
  const inRange = (ms: number) => ms >= fromMs && ms < toMs;
  if (!slot.rrule) {
    const floating = parseLocalDateTime(slot.start);
    // Cheap rejection before any Intl work: most one-off slots are nowhere near the window.
    if (floating < fromMs - ZONE_SLACK || floating > toMs + ZONE_SLACK) return [];
    const startMs = floatingToUtc(floating, slot.timeZone);
    return inRange(startMs) ? [build(slot, slot.start, undefined, startMs)] : [];
  }
  const result: Occurrence[] = [];
  const exdates = slot.exdates?.length ? new Set(slot.exdates) : undefined;
  const overrides = slot.overrides ?? {};
  const fromFloating = utcToFloating(fromMs, slot.timeZone) - 3 * MS.HOUR;
  const toFloating = utcToFloating(toMs, slot.timeZone) + 3 * MS.HOUR;
  for (const floating of originalStartsBetween(slot, fromFloating, toFloating)) {
    const key = formatLocalDateTime(floating);
    const override = overrides[key];
    if (exdates?.has(key) || override?.start !== undefined) continue;
    const startMs = floatingToUtc(floating, slot.timeZone);
    if (inRange(startMs)) result.push(build(slot, key, override, startMs));
  }
  // Moved instances appear where they were moved to, wherever their original time lies.
  for (const [key, override] of Object.entries(overrides)) {
    if (override.start === undefined || exdates?.has(key)) continue;
    const floating = parseLocalDateTime(override.start);
    if (floating < fromMs - ZONE_SLACK || floating > toMs + ZONE_SLACK) continue;
    const startMs = floatingToUtc(floating, slot.timeZone);
    if (inRange(startMs) && isOriginalStart(slot, parseLocalDateTime(key)))
      result.push(build(slot, key, override, startMs));
  }
  return result;
}

export function matchesFilter(occurrence: Occurrence, filter: OccurrenceFilter | undefined): boolean {
  if (!filter) return true;
  if (filter.platforms?.length && !filter.platforms.includes(occurrence.platform)) return false;
  if (filter.campaignIds?.length && !filter.campaignIds.includes(occurrence.campaignId ?? '')) return false;
  if (filter.owners?.length && !filter.owners.includes(occurrence.owner)) return false;
  if (filter.statuses?.length && !filter.statuses.includes(occurrence.status)) return false;
  return true;
}

export function compareOccurrences(a: Occurrence, b: Occurrence): number {
  return a.startMs - b.startMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** All occurrences starting in [fromMs, toMs), sorted by start then id. */
export function expandOccurrences(
  calendar: Calendar,
  fromMs: number,
  toMs: number,
  filter?: OccurrenceFilter,
): Occurrence[] {
  const result: Occurrence[] = [];
  for (const slot of calendar.slots) {
    for (const occurrence of slotOccurrences(slot, fromMs, toMs)) {
      if (matchesFilter(occurrence, filter)) result.push(occurrence);
    }
  }
  return result.sort(compareOccurrences);
}

/** Looks one occurrence up by id without scanning a window; undefined if it does not (or no longer) exist. */
export function findOccurrence(calendar: Calendar, id: string): Occurrence | undefined {
  const { seriesId, originalStart } = parseOccurrenceId(id);
  const slot = calendar.slots.find((s) => s.id === seriesId);
  if (!slot) return undefined;
  if (!slot.rrule)
    return originalStart === undefined
      ? build(slot, slot.start, undefined, floatingToUtc(parseLocalDateTime(slot.start), slot.timeZone))
      : undefined;
  if (originalStart === undefined || slot.exdates?.includes(originalStart)) return undefined;
  const floating = parseLocalDateTime(originalStart);
  if (Number.isNaN(floating) || !isOriginalStart(slot, floating)) return undefined;
  const override = slot.overrides?.[originalStart];
  const startMs = floatingToUtc(parseLocalDateTime(override?.start ?? originalStart), slot.timeZone);
  return build(slot, originalStart, override, startMs);
}
