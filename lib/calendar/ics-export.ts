import { byPlatform } from '@/lib/platforms';
import { contentLine, escapeText, icsDate, icsDuration, icsLocal, icsUtc } from './ics-format';
import { vtimezoneLines, yearSpan } from './ics-timezone';
import type { Calendar, Campaign, OccurrenceOverride, Slot } from './schema';
import { addDays, floatingToUtc, parseLocalDateTime } from './time';

// Export as an iCalendar file any calendar app can import or subscribe to: one VEVENT per slot or series (with
// RRULE and EXDATE), one per changed occurrence (RECURRENCE-ID), and campaigns as all-day events. X-ONBRAND-*
// properties carry what RFC 5545 has no field for, so our own import restores the plan exactly.

export interface IcsExportOptions {
  /** DTSTAMP; pass the current time. */
  now: number;
  calendarName?: string;
  includeCampaigns?: boolean;
}

const PLATFORM_LABELS: Record<string, string> = byPlatform((platform) => platform.calendarLabel);

export const ONBRAND_UID_SUFFIX = '@onbrand.local';

function uidOf(slot: Slot): string {
  return slot.icsUid ?? `${slot.id}${ONBRAND_UID_SUFFIX}`;
}

/** RFC 5545 wants UNTIL in UTC when DTSTART has a TZID; a floating UNTIL is read in the slot's zone. */
function exportRule(slot: Slot): string {
  return (slot.rrule ?? '').replace(
    /(^|;)UNTIL=(\d{8})(T(\d{6}))?(Z)?/i,
    (whole, lead: string, date: string, _t, time: string | undefined, z) => {
      if (z) return whole;
      const local = `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}T${time ? `${time.slice(0, 2)}:${time.slice(2, 4)}` : '23:59'}`;
      return `${lead}UNTIL=${icsUtc(floatingToUtc(parseLocalDateTime(local), slot.timeZone))}`;
    },
  );
}

function eventBody(slot: Slot, values: Slot, campaignsById: Map<string, Campaign>): string[] {
  const label = PLATFORM_LABELS[values.platform] ?? values.platform;
  const campaign = values.campaignId ? campaignsById.get(values.campaignId) : undefined;
  const description = [
    values.notes,
    values.owner && `Owner: ${values.owner}`,
    campaign && `Campaign: ${campaign.name}`,
  ]
    .filter(Boolean)
    .join('\n');
  const lines = [
    contentLine('DTSTART', icsLocal(values.start), { TZID: slot.timeZone }),
    contentLine('DURATION', icsDuration(values.durationMinutes)),
    contentLine(
      'SUMMARY',
      escapeText(values.title ? `${label}: ${values.title}` : `${label} ${values.contentType}`),
    ),
  ];
  if (description) lines.push(contentLine('DESCRIPTION', escapeText(description)));
  lines.push(contentLine('CATEGORIES', [label, values.contentType].map(escapeText).join(',')));
  if (values.url) lines.push(contentLine('URL', values.url));
  if (values.status === 'skipped') lines.push('STATUS:CANCELLED');
  lines.push(
    contentLine('X-ONBRAND-ID', slot.id),
    contentLine('X-ONBRAND-TITLE', escapeText(values.title)),
    contentLine('X-ONBRAND-NOTES', escapeText(values.notes)),
    contentLine('X-ONBRAND-PLATFORM', values.platform),
    contentLine('X-ONBRAND-CONTENT-TYPE', values.contentType),
    contentLine('X-ONBRAND-STATUS', values.status),
  );
  if (values.owner) lines.push(contentLine('X-ONBRAND-OWNER', escapeText(values.owner)));
  if (values.campaignId) lines.push(contentLine('X-ONBRAND-CAMPAIGN', values.campaignId));
  if (values.publishedAt !== undefined)
    lines.push(contentLine('X-ONBRAND-PUBLISHED-AT', icsUtc(values.publishedAt)));
  return lines;
}

function applyOverride(slot: Slot, originalStart: string, override: OccurrenceOverride): Slot {
  const merged: Slot = { ...slot, start: override.start ?? originalStart };
  for (const [key, value] of Object.entries(override)) {
    if (key === 'start') continue;
    if (key === 'campaignId' && value === null) delete merged.campaignId;
    else if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
  }
  return merged;
}

export function toIcs(calendar: Calendar, options: IcsExportOptions): string {
  const stamp = icsUtc(options.now);
  const campaignsById = new Map(calendar.campaigns.map((c) => [c.id, c]));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Onbrand//Content Calendar//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (options.calendarName) lines.push(contentLine('X-WR-CALNAME', escapeText(options.calendarName)));
  lines.push(contentLine('X-WR-TIMEZONE', calendar.settings.timeZone));

  const zones = new Set(calendar.slots.map((s) => s.timeZone));
  const locals = calendar.slots.flatMap((s) => [s.start, ...Object.keys(s.overrides ?? {})]);
  const { fromYear, toYear } = yearSpan(locals, options.now);
  for (const zone of [...zones].sort()) lines.push(...vtimezoneLines(zone, fromYear, toYear));

  for (const slot of calendar.slots) {
    lines.push(
      'BEGIN:VEVENT',
      contentLine('UID', uidOf(slot)),
      `DTSTAMP:${stamp}`,
      ...eventBody(slot, slot, campaignsById),
    );
    if (slot.rrule) {
      lines.push(contentLine('RRULE', exportRule(slot)));
      if (slot.exdates?.length)
        lines.push(contentLine('EXDATE', slot.exdates.map(icsLocal).join(','), { TZID: slot.timeZone }));
    }
    lines.push('END:VEVENT');
    if (!slot.rrule) continue;
    for (const [originalStart, override] of Object.entries(slot.overrides ?? {})) {
      if (!Object.keys(override).length || slot.exdates?.includes(originalStart)) continue;
      lines.push(
        'BEGIN:VEVENT',
        contentLine('UID', uidOf(slot)),
        `DTSTAMP:${stamp}`,
        contentLine('RECURRENCE-ID', icsLocal(originalStart), { TZID: slot.timeZone }),
        ...eventBody(slot, applyOverride(slot, originalStart, override), campaignsById),
        'END:VEVENT',
      );
    }
  }

  if (options.includeCampaigns ?? true) {
    for (const campaign of calendar.campaigns) {
      lines.push(
        'BEGIN:VEVENT',
        contentLine('UID', `campaign-${campaign.id}${ONBRAND_UID_SUFFIX}`),
        `DTSTAMP:${stamp}`,
        contentLine('DTSTART', icsDate(campaign.startDate), { VALUE: 'DATE' }),
        // DTEND of an all-day event is exclusive.
        contentLine('DTEND', icsDate(addDays(campaign.endDate, 1)), { VALUE: 'DATE' }),
        contentLine('SUMMARY', escapeText(campaign.name)),
        'TRANSP:TRANSPARENT',
        contentLine('X-ONBRAND-ID', campaign.id),
        contentLine('X-ONBRAND-KIND', campaign.kind),
        contentLine('X-ONBRAND-COLOR', campaign.color),
      );
      if (campaign.notes) lines.push(contentLine('DESCRIPTION', escapeText(campaign.notes)));
      lines.push('END:VEVENT');
    }
  }
  lines.push('END:VCALENDAR');
  return lines.join('\r\n') + '\r\n';
}
