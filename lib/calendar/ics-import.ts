import { contentTypeFromName, platformFromName, statusFromName } from './aliases';
import {
  parseContentLines,
  parseIcsDateTime,
  parseIcsDuration,
  splitList,
  unescapeText,
  type ContentLine,
} from './ics-format';
import { CAMPAIGN_PALETTE, type ImportIssue, type ImportPreview } from './import-result';
import { checkRule } from './recurrence';
import {
  ID_PATTERN,
  isValidTimeZone,
  LOCAL_DATE,
  type Campaign,
  type OccurrenceOverride,
  type Slot,
  type SlotStatus,
} from './schema';
import { newId } from './edit';
import { addDays, localToUtc, parseLocalDate, utcToLocal } from './time';

// .ics import: our own exports come back exactly (X-ONBRAND-* properties); events from other calendar apps
// become slots with the platform guessed from categories or the summary. A malformed file imports nothing.

export interface IcsImportOptions {
  /** Zone for floating and UTC times. */
  defaultTimeZone: string;
  /** Existing campaigns, so events can keep their links. */
  campaigns: readonly Campaign[];
  makeId?: () => string;
}

/** Outlook writes Windows zone names; map the common ones. */
const WINDOWS_ZONES: Record<string, string> = {
  'China Standard Time': 'Asia/Shanghai',
  'Taipei Standard Time': 'Asia/Taipei',
  'Tokyo Standard Time': 'Asia/Tokyo',
  'Singapore Standard Time': 'Asia/Singapore',
  'Korea Standard Time': 'Asia/Seoul',
  'India Standard Time': 'Asia/Kolkata',
  'GMT Standard Time': 'Europe/London',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Romance Standard Time': 'Europe/Paris',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Eastern Standard Time': 'America/New_York',
  'Central Standard Time': 'America/Chicago',
  'Mountain Standard Time': 'America/Denver',
  'Pacific Standard Time': 'America/Los_Angeles',
  'AUS Eastern Standard Time': 'Australia/Sydney',
  UTC: 'UTC',
};

const MAX_TZID_LENGTH = 200;

/** A TZID as an IANA zone: as is, the Area/City tail of a prefixed id (/mozilla.org/…/Europe/Berlin), or Windows. */
export function resolveTzid(tzid: string): string | undefined {
  // Real ids, prefixed ones included, are short; a longer one is not looked up (the tail search is per position).
  if (tzid.length > MAX_TZID_LENGTH) return undefined;
  if (isValidTimeZone(tzid) && tzid.includes('/')) return tzid;
  const tail = /([A-Za-z_]+\/[A-Za-z_+0-9-]+(?:\/[A-Za-z_-]+)?)$/.exec(tzid)?.[1];
  if (tail && isValidTimeZone(tail)) return tail;
  if (WINDOWS_ZONES[tzid]) return WINDOWS_ZONES[tzid];
  return isValidTimeZone(tzid) ? tzid : undefined;
}

interface Component {
  name: string;
  line: number;
  props: ContentLine[];
}

type Structure = { ok: true; events: Component[] } | { ok: false; issue: ImportIssue };

function readStructure(text: string): Structure {
  // Anything that does not open with BEGIN:VCALENDAR is some other file; say so rather than "bad line 1".
  if (!/^(?:\uFEFF)?(?:[ \t]*(?:\r\n|\n|\r))*BEGIN:VCALENDAR[ \t]*(?:\r\n|\n|\r|$)/i.test(text)) {
    return { ok: false, issue: { line: 1, code: 'ics.notCalendar' } };
  }
  const parsed = parseContentLines(text);
  if (!parsed.ok) return { ok: false, issue: { line: parsed.line, code: 'ics.badLine' } };
  const lines = parsed.lines;
  if (!lines.length || lines[0].name !== 'BEGIN' || lines[0].value.toUpperCase() !== 'VCALENDAR') {
    return { ok: false, issue: { line: lines[0]?.line ?? 1, code: 'ics.notCalendar' } };
  }
  const stack: Component[] = [];
  const events: Component[] = [];
  let ended = false;
  for (const line of lines) {
    if (ended) return { ok: false, issue: { line: line.line, code: 'ics.badLine', value: line.name } };
    if (line.name === 'BEGIN') {
      stack.push({ name: line.value.toUpperCase(), line: line.line, props: [] });
    } else if (line.name === 'END') {
      const open = stack.pop();
      // Name the component left open (where it began), which is where the fix belongs.
      if (!open) return { ok: false, issue: { line: line.line, code: 'ics.badLine', value: line.value } };
      if (open.name !== line.value.toUpperCase())
        return { ok: false, issue: { line: open.line, code: 'ics.unclosed', value: open.name } };
      if (open.name === 'VEVENT' && stack.length === 1) events.push(open);
      if (!stack.length) ended = true;
    } else if (stack.length) {
      stack[stack.length - 1].props.push(line);
    }
  }
  if (stack.length)
    return {
      ok: false,
      issue: {
        line: stack[stack.length - 1].line,
        code: 'ics.unclosed',
        value: stack[stack.length - 1].name,
      },
    };
  return { ok: true, events };
}

interface ZonedTime {
  local: string;
  timeZone: string;
  allDay: boolean;
}

/** DTSTART-like property → local time in a zone: TZID kept, UTC and floating read in the default zone. */
function readTime(
  prop: ContentLine,
  defaultZone: string,
  issues: ImportIssue[],
  targetZone?: string,
): ZonedTime | undefined {
  const parsed = parseIcsDateTime(prop.value);
  if (!parsed) {
    issues.push({ line: prop.line, code: 'import.badDate', field: prop.name, value: prop.value });
    return undefined;
  }
  if (!parsed.time)
    return { local: `${parsed.date}T00:00`, timeZone: targetZone ?? defaultZone, allDay: true };
  const local = `${parsed.date}T${parsed.time}`;
  const tzid = prop.params.TZID?.[0];
  let zone = targetZone ?? defaultZone;
  let instant: number | undefined;
  if (parsed.utc) instant = Date.parse(`${local}:00Z`);
  else if (tzid) {
    const resolved = resolveTzid(tzid);
    if (!resolved) {
      issues.push({ line: prop.line, code: 'import.badTimeZone', field: prop.name, value: tzid });
      return undefined;
    }
    if (!targetZone) zone = resolved;
    if (resolved !== zone) instant = localToUtc(local, resolved);
  }
  if (Number.isNaN(instant ?? 0) || Number.isNaN(parseLocalDate(parsed.date))) {
    issues.push({ line: prop.line, code: 'import.badDate', field: prop.name, value: prop.value });
    return undefined;
  }
  return { local: instant === undefined ? local : utcToLocal(instant, zone), timeZone: zone, allDay: false };
}

const text = (event: Component, name: string) => {
  const prop = event.props.find((p) => p.name === name);
  return prop ? unescapeText(prop.value) : undefined;
};
const prop = (event: Component, name: string) => event.props.find((p) => p.name === name);

function durationOf(
  event: Component,
  start: ZonedTime,
  defaultZone: string,
  issues: ImportIssue[],
): number | undefined {
  const duration = prop(event, 'DURATION');
  if (duration) {
    const minutes = parseIcsDuration(duration.value);
    if (minutes === undefined || minutes < 0)
      issues.push({
        line: duration.line,
        code: 'import.badDuration',
        field: 'DURATION',
        value: duration.value,
      });
    return minutes === undefined ? undefined : Math.min(Math.max(minutes, 0), 10_080);
  }
  const end = prop(event, 'DTEND');
  if (!end) return start.allDay ? 0 : 30;
  const endTime = readTime(end, defaultZone, issues, start.timeZone);
  if (!endTime) return undefined;
  const minutes = Math.round(
    (localToUtc(endTime.local, start.timeZone) - localToUtc(start.local, start.timeZone)) / 60_000,
  );
  return Math.min(Math.max(minutes, 0), 10_080);
}

function platformOf(event: Component): Slot['platform'] {
  const explicit = platformFromName(text(event, 'X-ONBRAND-PLATFORM') ?? '');
  if (explicit) return explicit;
  for (const category of event.props
    .filter((p) => p.name === 'CATEGORIES')
    .flatMap((p) => splitList(p.value).map(unescapeText))) {
    const platform = platformFromName(category);
    if (platform && platform !== 'generic') return platform;
  }
  const summary = text(event, 'SUMMARY') ?? '';
  const lead = /^([^:：]+)[:：]/.exec(summary)?.[1];
  return (lead && platformFromName(lead)) || 'generic';
}

function contentTypeOf(event: Component): Slot['contentType'] {
  const explicit = contentTypeFromName(text(event, 'X-ONBRAND-CONTENT-TYPE') ?? '');
  if (explicit) return explicit;
  for (const category of event.props
    .filter((p) => p.name === 'CATEGORIES')
    .flatMap((p) => splitList(p.value).map(unescapeText))) {
    const type = contentTypeFromName(category);
    if (type) return type;
  }
  return 'text';
}

function statusOf(event: Component): SlotStatus {
  const explicit = statusFromName(text(event, 'X-ONBRAND-STATUS') ?? '');
  if (explicit) return explicit;
  return text(event, 'STATUS')?.toUpperCase() === 'CANCELLED' ? 'skipped' : 'planned';
}

function titleOf(event: Component, platform: Slot['platform']): string {
  const exact = text(event, 'X-ONBRAND-TITLE');
  if (exact !== undefined) return exact;
  const summary = text(event, 'SUMMARY') ?? '';
  const lead = /^([^:：]+)[:：]\s*/.exec(summary);
  return (lead && platformFromName(lead[1]) === platform ? summary.slice(lead[0].length) : summary).slice(
    0,
    500,
  );
}

function readCampaign(
  event: Component,
  start: ZonedTime,
  issues: ImportIssue[],
  index: number,
): Campaign | undefined {
  const endProp = prop(event, 'DTEND');
  const endParsed = endProp ? parseIcsDateTime(endProp.value) : undefined;
  const startDate = start.local.slice(0, 10);
  // DTEND of an all-day event is exclusive.
  const endDate = endParsed ? addDays(endParsed.date, endParsed.time ? 0 : -1) : startDate;
  const id = text(event, 'X-ONBRAND-ID') ?? '';
  const color = text(event, 'X-ONBRAND-COLOR') ?? '';
  const kind = text(event, 'X-ONBRAND-KIND') === 'theme' ? 'theme' : 'campaign';
  if (!LOCAL_DATE.test(endDate) || endDate < startDate) {
    issues.push({
      line: endProp?.line ?? event.line,
      code: 'import.badDate',
      field: 'DTEND',
      value: endProp?.value,
    });
    return undefined;
  }
  return {
    id: ID_PATTERN.test(id) ? id : newId(),
    name: (text(event, 'SUMMARY') ?? '').slice(0, 500),
    kind,
    color: /^#[0-9a-fA-F]{6}$/.test(color) ? color : CAMPAIGN_PALETTE[index % CAMPAIGN_PALETTE.length],
    startDate,
    endDate,
    ...(text(event, 'DESCRIPTION') ? { notes: text(event, 'DESCRIPTION') } : {}),
  };
}

/** Reads an .ics file into a preview (see applyImport). */
export function previewIcs(input: string, options: IcsImportOptions): ImportPreview {
  const makeId = options.makeId ?? newId;
  const structure = readStructure(input);
  if (!structure.ok) return { slots: [], campaigns: [], issues: [structure.issue], fatal: true, total: 0 };
  const issues: ImportIssue[] = [];
  const campaigns: Campaign[] = [];
  const masters = new Map<string, Slot>();
  const slots: Slot[] = [];
  const exceptions: { uid: string; event: Component }[] = [];

  for (const event of structure.events) {
    const kind = text(event, 'X-ONBRAND-KIND');
    const startProp = prop(event, 'DTSTART');
    if (!startProp) {
      issues.push({ line: event.line, code: 'ics.missingStart' });
      continue;
    }
    const eventIssues: ImportIssue[] = [];
    const start = readTime(startProp, options.defaultTimeZone, eventIssues);
    if (start && (kind === 'campaign' || kind === 'theme')) {
      const campaign = readCampaign(event, start, eventIssues, options.campaigns.length + campaigns.length);
      issues.push(...eventIssues);
      if (campaign && !eventIssues.length) campaigns.push(campaign);
      continue;
    }
    const uid = text(event, 'UID') ?? '';
    if (prop(event, 'RECURRENCE-ID')) {
      exceptions.push({ uid, event });
      continue;
    }
    const durationMinutes = start
      ? durationOf(event, start, options.defaultTimeZone, eventIssues)
      : undefined;
    const ruleProp = prop(event, 'RRULE');
    if (ruleProp && !checkRule(ruleProp.value).ok)
      eventIssues.push({
        line: ruleProp.line,
        code: 'import.badRule',
        field: 'RRULE',
        value: ruleProp.value,
      });
    const rdate = prop(event, 'RDATE');
    if (rdate)
      eventIssues.push({ line: rdate.line, code: 'import.badRule', field: 'RDATE', value: rdate.value });
    const exdates: string[] = [];
    for (const ex of event.props.filter((p) => p.name === 'EXDATE')) {
      for (const value of splitList(ex.value)) {
        const time =
          start && readTime({ ...ex, value }, options.defaultTimeZone, eventIssues, start.timeZone);
        // A DATE-only EXDATE removes that day's occurrence.
        if (time)
          exdates.push(time.allDay ? `${time.local.slice(0, 10)}T${start.local.slice(11)}` : time.local);
      }
    }
    if (!start || durationMinutes === undefined || eventIssues.length) {
      issues.push(...eventIssues);
      continue;
    }
    const platform = platformOf(event);
    const ownId = text(event, 'X-ONBRAND-ID') ?? '';
    const campaignId = text(event, 'X-ONBRAND-CAMPAIGN');
    const publishedAt = parseIcsDateTime(text(event, 'X-ONBRAND-PUBLISHED-AT') ?? '');
    const slot: Slot = {
      id: ID_PATTERN.test(ownId) ? ownId : makeId(),
      start: start.local,
      timeZone: start.timeZone,
      durationMinutes,
      platform,
      contentType: contentTypeOf(event),
      ...(campaignId ? { campaignId } : {}),
      title: titleOf(event, platform),
      owner: (text(event, 'X-ONBRAND-OWNER') ?? '').slice(0, 500),
      status: statusOf(event),
      notes: (text(event, 'X-ONBRAND-NOTES') ?? text(event, 'DESCRIPTION') ?? '').slice(0, 10_000),
      ...(text(event, 'URL') ? { url: text(event, 'URL') } : {}),
      ...(publishedAt?.utc ? { publishedAt: Date.parse(`${publishedAt.date}T${publishedAt.time}:00Z`) } : {}),
      ...(ruleProp ? { rrule: ruleProp.value.replace(/^RRULE:/i, '') } : {}),
      ...(exdates.length ? { exdates } : {}),
      ...(uid && !uid.endsWith('@onbrand.local') ? { icsUid: uid } : {}),
    };
    if (uid) masters.set(uid, slot);
    slots.push(slot);
  }

  // Changed single occurrences become overrides of their series.
  for (const { uid, event } of exceptions) {
    const master = masters.get(uid);
    const recurrenceProp = prop(event, 'RECURRENCE-ID') as ContentLine;
    const eventIssues: ImportIssue[] = [];
    if (!master?.rrule) {
      issues.push({ line: recurrenceProp.line, code: 'import.badRule', field: 'RECURRENCE-ID', value: uid });
      continue;
    }
    const original = readTime(recurrenceProp, options.defaultTimeZone, eventIssues, master.timeZone);
    const start = readTime(
      prop(event, 'DTSTART') as ContentLine,
      options.defaultTimeZone,
      eventIssues,
      master.timeZone,
    );
    const durationMinutes = start
      ? durationOf(event, start, options.defaultTimeZone, eventIssues)
      : undefined;
    if (!original || !start || durationMinutes === undefined || eventIssues.length) {
      issues.push(...eventIssues);
      continue;
    }
    const values: OccurrenceOverride = {
      ...(start.local !== original.local ? { start: start.local } : {}),
      ...(durationMinutes !== master.durationMinutes ? { durationMinutes } : {}),
    };
    const candidates: Partial<Record<keyof OccurrenceOverride, unknown>> = {
      contentType: contentTypeOf(event),
      title: titleOf(event, master.platform),
      owner: text(event, 'X-ONBRAND-OWNER') ?? master.owner,
      status: statusOf(event),
      notes: text(event, 'X-ONBRAND-NOTES') ?? text(event, 'DESCRIPTION') ?? master.notes,
      url: text(event, 'URL'),
      campaignId: text(event, 'X-ONBRAND-CAMPAIGN') ?? null,
    };
    for (const [key, value] of Object.entries(candidates) as [keyof OccurrenceOverride, unknown][]) {
      const base = (master as Record<string, unknown>)[key] ?? (key === 'campaignId' ? null : undefined);
      if (value !== undefined && value !== base) (values as Record<string, unknown>)[key] = value;
    }
    const published = parseIcsDateTime(text(event, 'X-ONBRAND-PUBLISHED-AT') ?? '');
    if (published?.utc) values.publishedAt = Date.parse(`${published.date}T${published.time}:00Z`);
    master.overrides = { ...master.overrides, [original.local]: values };
  }

  // Links to campaigns that exist neither in the plan nor in the file are dropped rather than left dangling.
  const knownCampaigns = new Set([...options.campaigns, ...campaigns].map((c) => c.id));
  for (const slot of slots) {
    if (slot.campaignId && !knownCampaigns.has(slot.campaignId)) delete slot.campaignId;
    for (const override of Object.values(slot.overrides ?? {})) {
      if (override.campaignId && !knownCampaigns.has(override.campaignId)) delete override.campaignId;
    }
  }
  return { slots, campaigns, issues, fatal: false, total: structure.events.length };
}
