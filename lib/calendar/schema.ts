import * as z from 'zod/mini';
import { PlatformId } from '@/lib/platforms/schema';
import { checkRule } from './recurrence';
import { parseLocalDateTime } from './time';

// The content calendar is one versioned JSON document (stored by whoever owns persistence). Times of slots are
// kept as local wall-clock strings plus an IANA zone, so "12:00 in Shanghai" stays 12:00 whatever DST does.
export const CALENDAR_VERSION = 1;

export const CONTENT_TYPES = ['text', 'image', 'video', 'live', 'story', 'article'] as const;
export const ContentType = z.enum(CONTENT_TYPES);
export type ContentType = z.infer<typeof ContentType>;

export const SLOT_STATUSES = ['planned', 'drafted', 'published', 'missed', 'skipped'] as const;
export const SlotStatus = z.enum(SLOT_STATUSES);
export type SlotStatus = z.infer<typeof SlotStatus>;

export const RHYTHM_PERIODS = ['day', 'week', 'month'] as const;
export const RhythmPeriod = z.enum(RHYTHM_PERIODS);
export type RhythmPeriod = z.infer<typeof RhythmPeriod>;

/** Local wall-clock date-time, minute precision: 2026-03-08T12:00. */
export const LOCAL_DATE_TIME = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d$/;
/** Local calendar date: 2026-03-08. */
export const LOCAL_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** Ids end up inside occurrence ids (`seriesId@start`), so they cannot hold '@'. */
export const ID_PATTERN = /^[A-Za-z0-9._:-]{1,120}$/;

const validZoneCache = new Map<string, boolean>();
export function isValidTimeZone(zone: string): boolean {
  let valid = validZoneCache.get(zone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      valid = zone.length > 0;
    } catch {
      valid = false;
    }
    validZoneCache.set(zone, valid);
  }
  return valid;
}

const Id = z.string().check(z.regex(ID_PATTERN, 'must be 1–120 letters, digits or . _ : -'));
const LocalDateTime = z
  .string()
  .check(z.regex(LOCAL_DATE_TIME, 'must be a local date-time like 2026-03-08T12:00'));
const LocalDate = z.string().check(z.regex(LOCAL_DATE, 'must be a date like 2026-03-08'));
export const TimeZone = z
  .string()
  .check(z.refine(isValidTimeZone, 'must be an IANA time zone like Asia/Shanghai'));
const ShortText = z.string().check(z.maxLength(500));
const LongText = z.string().check(z.maxLength(10_000));
const Url = z.string().check(z.maxLength(4000));
const Minutes = z.number().check(z.int(), z.nonnegative(), z.lte(60 * 24 * 7));

/** What a single occurrence of a recurring series may change; `start` set means the occurrence was moved. */
export const OccurrenceOverride = z.object({
  start: z.optional(LocalDateTime),
  durationMinutes: z.optional(Minutes),
  contentType: z.optional(ContentType),
  campaignId: z.optional(z.nullable(Id)),
  title: z.optional(ShortText),
  owner: z.optional(ShortText),
  status: z.optional(SlotStatus),
  notes: z.optional(LongText),
  url: z.optional(Url),
  publishedAt: z.optional(z.number()),
});
export type OccurrenceOverride = z.infer<typeof OccurrenceOverride>;

export const Slot = z.object({
  id: Id,
  /** First occurrence (or the only one), local wall time in `timeZone`. */
  start: LocalDateTime,
  timeZone: TimeZone,
  durationMinutes: Minutes,
  platform: PlatformId,
  contentType: ContentType,
  campaignId: z.optional(Id),
  title: ShortText,
  owner: ShortText,
  /** For a series: the status every occurrence starts with (overrides win). */
  status: SlotStatus,
  notes: LongText,
  url: z.optional(Url),
  publishedAt: z.optional(z.number()),
  /** RFC 5545 RRULE value without DTSTART, e.g. FREQ=WEEKLY;BYDAY=FR. Absent for a one-off slot. */
  rrule: z.optional(z.string().check(z.maxLength(1000))),
  /** Removed occurrences, by their original local start. */
  exdates: z.optional(z.array(LocalDateTime)),
  /** Single-occurrence changes, keyed by the occurrence's original local start. */
  overrides: z.optional(z.record(z.string().check(z.regex(LOCAL_DATE_TIME)), OccurrenceOverride)),
  /** UID of the VEVENT this slot came from, kept so a re-import updates instead of duplicating. */
  icsUid: z.optional(z.string().check(z.maxLength(1000))),
});
export type Slot = z.infer<typeof Slot>;

export const Campaign = z.object({
  id: Id,
  name: ShortText,
  /** 'theme' for a monthly/weekly theme, 'campaign' for a launch or promotion. */
  kind: z.enum(['campaign', 'theme']),
  color: z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #3366ff')),
  startDate: LocalDate,
  /** Inclusive. */
  endDate: LocalDate,
  notes: z.optional(LongText),
});
export type Campaign = z.infer<typeof Campaign>;

export const RhythmRule = z.object({
  id: Id,
  platform: PlatformId,
  max: z.number().check(z.int(), z.nonnegative()),
  period: RhythmPeriod,
  /** Only these content types count (e.g. WeChat mass sends are articles); absent = all. */
  contentTypes: z.optional(z.array(ContentType)),
  label: z.optional(ShortText),
});
export type RhythmRule = z.infer<typeof RhythmRule>;

export const CalendarSettings = z.object({
  /** A publish record matches a slot at most this far from its planned time; later slots become missed. */
  matchWindowMinutes: z.number().check(z.int(), z.positive(), z.lte(60 * 24 * 3)),
  reminderMinutes: z.number().check(z.int(), z.nonnegative(), z.lte(60 * 24)),
  /** The zone the popup and dashboard show days in; new slots default to it. */
  timeZone: TimeZone,
});
export type CalendarSettings = z.infer<typeof CalendarSettings>;

export const Calendar = z.object({
  version: z.literal(CALENDAR_VERSION),
  slots: z.array(Slot),
  campaigns: z.array(Campaign),
  rhythmRules: z.array(RhythmRule),
  settings: CalendarSettings,
});
export type Calendar = z.infer<typeof Calendar>;

export const DEFAULT_MATCH_WINDOW_MINUTES = 120;
export const DEFAULT_REMINDER_MINUTES = 15;
export const DEFAULT_DURATION_MINUTES = 30;

export function emptyCalendar(timeZone: string): Calendar {
  return {
    version: CALENDAR_VERSION,
    slots: [],
    campaigns: [],
    rhythmRules: [],
    settings: {
      matchWindowMinutes: DEFAULT_MATCH_WINDOW_MINUTES,
      reminderMinutes: DEFAULT_REMINDER_MINUTES,
      timeZone: isValidTimeZone(timeZone) ? timeZone : 'UTC',
    },
  };
}

export interface FieldError {
  /** Dotted path to the bad field, e.g. slots.3.platform. */
  path: string;
  message: string;
}

export type ParseCalendarResult = { ok: true; calendar: Calendar } | { ok: false; errors: FieldError[] };

/**
 * Validates a stored or imported calendar document. Errors name the field (slots.3.timeZone) so a broken
 * backup can be fixed by hand. Older versions would be migrated here before validation.
 */
export function parseCalendar(json: unknown): ParseCalendarResult {
  const parsed = Calendar.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => ({
        path: issue.path.map(String).join('.'),
        message: issue.message,
      })),
    };
  }
  const errors = crossReferenceErrors(parsed.data);
  return errors.length ? { ok: false, errors } : { ok: true, calendar: parsed.data };
}

/** Checks the schema cannot express: real dates, usable rules, unique ids, links between slots and campaigns. */
function crossReferenceErrors(calendar: Calendar): FieldError[] {
  const errors: FieldError[] = [];
  const slotIds = new Set<string>();
  const campaignIds = new Set(calendar.campaigns.map((c) => c.id));
  calendar.campaigns.forEach((campaign, i) => {
    if (campaign.endDate < campaign.startDate)
      errors.push({ path: `campaigns.${i}.endDate`, message: 'ends before it starts' });
  });
  calendar.slots.forEach((slot, i) => {
    if (slotIds.has(slot.id)) errors.push({ path: `slots.${i}.id`, message: `duplicate slot id ${slot.id}` });
    slotIds.add(slot.id);
    if (Number.isNaN(parseLocalDateTime(slot.start)))
      errors.push({ path: `slots.${i}.start`, message: 'not a real date' });
    if (slot.rrule !== undefined) {
      const rule = checkRule(slot.rrule);
      if (!rule.ok) errors.push({ path: `slots.${i}.rrule`, message: rule.message });
    }
    if (slot.campaignId && !campaignIds.has(slot.campaignId)) {
      errors.push({ path: `slots.${i}.campaignId`, message: `no campaign with id ${slot.campaignId}` });
    }
  });
  return errors;
}
