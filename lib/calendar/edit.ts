import type { Calendar, Campaign, OccurrenceOverride, RhythmRule, Slot, SlotStatus } from './schema';
import { Slot as SlotSchema, type FieldError } from './schema';
import { checkRule } from './recurrence';
import { findOccurrence, parseOccurrenceId } from './occurrences';
import { formatLocalDateTime, localToUtc, parseLocalDateTime, utcToLocal } from './time';
import { RRule } from './rrule-lib';

// Pure edits: each returns a new Calendar and leaves its input untouched. An id that no longer exists (a stale
// drag after another window edited the plan) returns the same Calendar object, so callers can compare.

export function newId(): string {
  return crypto.randomUUID();
}

function replaceSlot(calendar: Calendar, slotId: string, update: (slot: Slot) => Slot | undefined): Calendar {
  const index = calendar.slots.findIndex((s) => s.id === slotId);
  if (index < 0) return calendar;
  const updated = update(calendar.slots[index]);
  const slots = calendar.slots.slice();
  if (updated) slots[index] = updated;
  else slots.splice(index, 1);
  return { ...calendar, slots };
}

export type SlotResult = { ok: true; calendar: Calendar; slot: Slot } | { ok: false; errors: FieldError[] };

function validateSlot(slot: Slot): FieldError[] {
  const parsed = SlotSchema.safeParse(slot);
  const errors: FieldError[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({
        path: issue.path.map(String).join('.'),
        message: issue.message,
      }));
  if (slot.rrule !== undefined) {
    const rule = checkRule(slot.rrule);
    if (!rule.ok) errors.push({ path: 'rrule', message: rule.message });
  }
  if (Number.isNaN(parseLocalDateTime(slot.start)))
    errors.push({ path: 'start', message: 'not a real date' });
  return errors;
}

/** Adds a slot (one-off, or a series when `rrule` is set). Fields left out get the calendar's defaults. */
export function addSlot(
  calendar: Calendar,
  input: Partial<Omit<Slot, 'id'>> & Pick<Slot, 'start' | 'platform'>,
  id = newId(),
): SlotResult {
  const slot: Slot = {
    timeZone: calendar.settings.timeZone,
    durationMinutes: 30,
    contentType: 'text',
    title: '',
    owner: '',
    status: 'planned',
    notes: '',
    ...input,
    id,
  };
  if (slot.rrule !== undefined) slot.rrule = slot.rrule.replace(/^RRULE:/i, '');
  const errors = validateSlot(slot);
  if (calendar.slots.some((s) => s.id === id)) errors.push({ path: 'id', message: 'already used' });
  return errors.length
    ? { ok: false, errors }
    : { ok: true, calendar: { ...calendar, slots: [...calendar.slots, slot] }, slot };
}

export type SeriesPatch = Partial<Omit<Slot, 'id' | 'overrides' | 'exdates' | 'icsUid'>>;

/** Moves override and exdate keys by the same shift as the series start, so single-occurrence edits survive. */
function shiftExceptions(slot: Slot, shiftMs: number): Pick<Slot, 'overrides' | 'exdates'> {
  if (shiftMs === 0) return { overrides: slot.overrides, exdates: slot.exdates };
  const shift = (key: string) => formatLocalDateTime(parseLocalDateTime(key) + shiftMs);
  return {
    overrides:
      slot.overrides && Object.fromEntries(Object.entries(slot.overrides).map(([k, v]) => [shift(k), v])),
    exdates: slot.exdates?.map(shift),
  };
}

/**
 * Edits a slot, or every occurrence of a series. Changing the series' start time shifts its exceptions with
 * it; changing the rule keeps exceptions whose occurrence still exists (others are simply never produced).
 */
export function editSeries(calendar: Calendar, slotId: string, patch: SeriesPatch): SlotResult {
  const existing = calendar.slots.find((s) => s.id === slotId);
  if (!existing) return { ok: false, errors: [{ path: 'id', message: `no slot ${slotId}` }] };
  const shiftMs = patch.start ? parseLocalDateTime(patch.start) - parseLocalDateTime(existing.start) : 0;
  const updated: Slot = {
    ...existing,
    ...patch,
    ...shiftExceptions(existing, Number.isNaN(shiftMs) ? 0 : shiftMs),
  };
  if (patch.rrule !== undefined) updated.rrule = patch.rrule.replace(/^RRULE:/i, '') || undefined;
  if (updated.rrule === undefined) delete updated.rrule;
  const errors = validateSlot(updated);
  return errors.length
    ? { ok: false, errors }
    : { ok: true, calendar: replaceSlot(calendar, slotId, () => updated), slot: updated };
}

/**
 * "This and following": ends the series just before the given occurrence and starts a new series there with
 * the patch applied. Exceptions from that occurrence on move to the new series.
 */
export function editFollowing(
  calendar: Calendar,
  occurrenceId: string,
  patch: SeriesPatch,
  newSeriesId = newId(),
): SlotResult {
  const { seriesId, originalStart } = parseOccurrenceId(occurrenceId);
  const series = calendar.slots.find((s) => s.id === seriesId);
  if (!series?.rrule || !originalStart) return editSeries(calendar, seriesId, patch);
  if (originalStart === series.start) return editSeries(calendar, seriesId, patch);
  const splitUtc = localToUtc(originalStart, series.timeZone);
  const pivot = parseLocalDateTime(originalStart);
  const before = <T>(entries: [string, T][]) => entries.filter(([k]) => parseLocalDateTime(k) < pivot);
  const after = <T>(entries: [string, T][]) => entries.filter(([k]) => parseLocalDateTime(k) >= pivot);
  const options = RRule.parseString(series.rrule);
  let tailRule = series.rrule;
  if (options.count) {
    // The tail keeps however many instances the whole series had left.
    const done = new RRule({ ...options, dtstart: new Date(parseLocalDateTime(series.start)) })
      .all()
      .filter((d) => d.getTime() < pivot).length;
    tailRule = RRule.optionsToString({ ...options, count: Math.max(1, options.count - done) }).replace(
      /^RRULE:/,
      '',
    );
  }
  const untilStamp = new Date(splitUtc - 1000)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const headRule =
    RRule.optionsToString({ ...options, count: null, until: null }).replace(/^RRULE:/, '') +
    `;UNTIL=${untilStamp}`;
  const overrides = Object.entries(series.overrides ?? {});
  const exdates = (series.exdates ?? []).map((d) => [d, true] as [string, boolean]);
  const head: Slot = {
    ...series,
    rrule: headRule,
    overrides: Object.fromEntries(before(overrides)),
    exdates: before(exdates).map(([d]) => d),
  };
  const tail: Slot = {
    ...series,
    id: newSeriesId,
    start: originalStart,
    rrule: tailRule,
    overrides: Object.fromEntries(after(overrides)),
    exdates: after(exdates).map(([d]) => d),
  };
  delete tail.icsUid;
  const withHead = replaceSlot(calendar, seriesId, () => head);
  const withSplit = { ...withHead, slots: [...withHead.slots, tail] };
  return editSeries(withSplit, newSeriesId, patch);
}

export type OccurrencePatch = Omit<OccurrenceOverride, 'start'>;

/** Changes one occurrence: the slot itself for a one-off, an override for an instance of a series. */
export function editOccurrence(
  calendar: Calendar,
  occurrenceId: string,
  patch: OccurrencePatch & { start?: string },
): Calendar {
  const occurrence = findOccurrence(calendar, occurrenceId);
  if (!occurrence) return calendar;
  return replaceSlot(calendar, occurrence.seriesId, (slot) => {
    if (!slot.rrule) {
      const next: Slot = { ...slot };
      for (const [key, value] of Object.entries(patch) as [keyof OccurrenceOverride, unknown][]) {
        if (key === 'campaignId' && value === null) delete next.campaignId;
        else if (value !== undefined) (next as Record<string, unknown>)[key] = value;
      }
      return next;
    }
    const merged: OccurrenceOverride = { ...slot.overrides?.[occurrence.originalStart], ...patch };
    // An instance moved back to where the rule put it is no longer moved.
    if (merged.start === occurrence.originalStart) delete merged.start;
    const overrides = { ...slot.overrides };
    if (Object.keys(merged).length) overrides[occurrence.originalStart] = merged;
    else delete overrides[occurrence.originalStart];
    return { ...slot, overrides };
  });
}

/** Drag and drop: moves one occurrence to an instant (kept as wall time in the slot's zone). */
export function moveOccurrence(calendar: Calendar, occurrenceId: string, toMs: number): Calendar {
  const occurrence = findOccurrence(calendar, occurrenceId);
  if (!occurrence) return calendar;
  return editOccurrence(calendar, occurrenceId, { start: utcToLocal(toMs, occurrence.timeZone) });
}

export function setOccurrenceStatus(
  calendar: Calendar,
  occurrenceId: string,
  status: SlotStatus,
  extra: { url?: string; publishedAt?: number } = {},
): Calendar {
  return editOccurrence(calendar, occurrenceId, { status, ...extra });
}

/** Keeps the occurrence visible but marked as deliberately not posted (not counted as due or missed). */
export function skipOccurrence(calendar: Calendar, occurrenceId: string): Calendar {
  return setOccurrenceStatus(calendar, occurrenceId, 'skipped');
}

/** Removes one occurrence: an EXDATE for an instance of a series, the slot itself for a one-off. */
export function deleteOccurrence(calendar: Calendar, occurrenceId: string): Calendar {
  const occurrence = findOccurrence(calendar, occurrenceId);
  if (!occurrence) return calendar;
  return replaceSlot(calendar, occurrence.seriesId, (slot) => {
    if (!slot.rrule) return undefined;
    const overrides = { ...slot.overrides };
    delete overrides[occurrence.originalStart];
    return { ...slot, overrides, exdates: [...(slot.exdates ?? []), occurrence.originalStart] };
  });
}

/** Undoes every single-occurrence change (move, status, edit, deletion) of one instance of a series. */
export function restoreOccurrence(calendar: Calendar, occurrenceId: string): Calendar {
  const { seriesId, originalStart } = parseOccurrenceId(occurrenceId);
  if (!originalStart) return calendar;
  return replaceSlot(calendar, seriesId, (slot) => {
    const overrides = { ...slot.overrides };
    delete overrides[originalStart];
    return { ...slot, overrides, exdates: (slot.exdates ?? []).filter((d) => d !== originalStart) };
  });
}

export function deleteSlot(calendar: Calendar, slotId: string): Calendar {
  return replaceSlot(calendar, slotId, () => undefined);
}

export function upsertCampaign(calendar: Calendar, campaign: Campaign): Calendar {
  const others = calendar.campaigns.filter((c) => c.id !== campaign.id);
  return {
    ...calendar,
    campaigns: [...others, campaign].sort((a, b) => a.startDate.localeCompare(b.startDate)),
  };
}

/** Deletes a campaign and unlinks its slots (the slots themselves stay). */
export function deleteCampaign(calendar: Calendar, campaignId: string): Calendar {
  const unlink = <T extends { campaignId?: string | null }>(item: T): T => {
    if (item.campaignId !== campaignId) return item;
    const copy = { ...item };
    delete copy.campaignId;
    return copy;
  };
  return {
    ...calendar,
    campaigns: calendar.campaigns.filter((c) => c.id !== campaignId),
    slots: calendar.slots.map((slot) => {
      const unlinked = unlink(slot);
      if (!unlinked.overrides) return unlinked;
      return {
        ...unlinked,
        overrides: Object.fromEntries(Object.entries(unlinked.overrides).map(([k, v]) => [k, unlink(v)])),
      };
    }),
  };
}

export function upsertRhythmRule(calendar: Calendar, rule: RhythmRule): Calendar {
  return { ...calendar, rhythmRules: [...calendar.rhythmRules.filter((r) => r.id !== rule.id), rule] };
}

export function deleteRhythmRule(calendar: Calendar, ruleId: string): Calendar {
  return { ...calendar, rhythmRules: calendar.rhythmRules.filter((r) => r.id !== ruleId) };
}
