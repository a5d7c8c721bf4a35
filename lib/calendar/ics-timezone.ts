import { contentLine, icsLocal } from './ics-format';
import { daysInMonth, formatLocalDateTime, offsetAt, parseLocalDateTime } from './time';
import { DAY_MS } from '../durations';

// RFC 5545 wants a VTIMEZONE for every TZID used. We derive one from the host's tz data (via Intl): find the
// offset changes in the years the plan covers and describe each recurring change as a yearly RRULE
// (e.g. BYMONTH=3;BYDAY=2SU), falling back to explicit RDATEs for irregular ones.

interface Transition {
  utcMs: number;
  from: number;
  to: number;
}

const WEEK = 7 * DAY_MS;

function transitionsIn(timeZone: string, year: number): Transition[] {
  const found: Transition[] = [];
  const end = Date.UTC(year + 1, 0, 1);
  let t = Date.UTC(year, 0, 1);
  let offset = offsetAt(t, timeZone);
  // Weekly samples catch even short DST periods (Morocco's Ramadan pause lasts about a month).
  while (t < end) {
    const next = Math.min(t + WEEK, end);
    const nextOffset = offsetAt(next, timeZone);
    if (nextOffset !== offset) {
      let lo = t;
      let hi = next;
      while (hi - lo > 1000) {
        const mid = Math.floor((lo + hi) / 2000) * 1000;
        if (offsetAt(mid, timeZone) === offset) lo = mid;
        else hi = mid;
      }
      found.push({ utcMs: hi, from: offset, to: nextOffset });
      offset = nextOffset;
    }
    t = next;
  }
  return found;
}

export function formatOffset(offsetMs: number): string {
  const sign = offsetMs < 0 ? '-' : '+';
  const total = Math.round(Math.abs(offsetMs) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${sign}${pad(h)}${pad(m)}${s ? pad(s) : ''}`;
}

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** BYDAY for a local date: 2SU for the second Sunday, -1SU when it is the month's last such weekday. */
function byDayOf(localFloating: number): { month: number; byDay: string } {
  const d = new Date(localFloating);
  const day = d.getUTCDate();
  const month = d.getUTCMonth() + 1;
  const weekday = WEEKDAYS[d.getUTCDay()];
  const last = day + 7 > daysInMonth(d.getUTCFullYear(), month);
  return { month, byDay: `${last ? -1 : Math.ceil(day / 7)}${weekday}` };
}

/** The VTIMEZONE component lines for a zone, covering fromYear…toYear. */
export function vtimezoneLines(timeZone: string, fromYear: number, toYear: number): string[] {
  const lines = ['BEGIN:VTIMEZONE', contentLine('TZID', timeZone)];
  const transitions: Transition[] = [];
  for (let year = fromYear; year <= toYear; year++) transitions.push(...transitionsIn(timeZone, year));
  if (!transitions.length) {
    const offset = formatOffset(offsetAt(Date.UTC(fromYear, 0, 1), timeZone));
    lines.push(
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      `TZOFFSETFROM:${offset}`,
      `TZOFFSETTO:${offset}`,
      'END:STANDARD',
      'END:VTIMEZONE',
    );
    return lines;
  }
  // Group the changes that repeat the same way (same offsets, month, weekday rule and wall time).
  const groups = new Map<
    string,
    { local: number[]; transition: Transition; rule: { month: number; byDay: string } }
  >();
  for (const transition of transitions) {
    const localBefore = transition.utcMs + transition.from;
    const rule = byDayOf(localBefore);
    const key = [
      transition.from,
      transition.to,
      rule.month,
      rule.byDay,
      formatLocalDateTime(localBefore).slice(11),
    ].join('|');
    const group = groups.get(key) ?? { local: [], transition, rule };
    group.local.push(localBefore);
    groups.set(key, group);
  }
  for (const { local, transition, rule } of groups.values()) {
    const kind = transition.to > transition.from ? 'DAYLIGHT' : 'STANDARD';
    const firstYear = new Date(local[0]).getUTCFullYear();
    const everyYearSince = local.length === toYear - firstYear + 1;
    lines.push(`BEGIN:${kind}`, `DTSTART:${icsLocal(formatLocalDateTime(local[0]))}`);
    lines.push(`TZOFFSETFROM:${formatOffset(transition.from)}`, `TZOFFSETTO:${formatOffset(transition.to)}`);
    if (everyYearSince && local.length > 1)
      lines.push(`RRULE:FREQ=YEARLY;BYMONTH=${rule.month};BYDAY=${rule.byDay}`);
    else if (local.length > 1)
      lines.push(
        contentLine(
          'RDATE',
          local
            .slice(1)
            .map((l) => icsLocal(formatLocalDateTime(l)))
            .join(','),
        ),
      );
    lines.push(`END:${kind}`);
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

/** Years a set of local start strings spans, widened so recurring plans keep valid rules ahead. */
export function yearSpan(locals: readonly string[], now: number): { fromYear: number; toYear: number } {
  const years = locals.map((l) => new Date(parseLocalDateTime(l)).getUTCFullYear()).filter(Number.isFinite);
  const nowYear = new Date(now).getUTCFullYear();
  const fromYear = Math.min(nowYear, ...years) - 1;
  const toYear = Math.max(nowYear + 2, ...years.map((y) => y + 1));
  return { fromYear: Math.max(fromYear, toYear - 40), toYear };
}
