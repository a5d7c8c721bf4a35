import { checkRule } from './recurrence';
import { Frequency } from './rrule-lib';
import type { MessageKey } from '../i18n';

// The recurrence form in the dashboard edits these parts; they convert to and from an RRULE value. Rules the
// form cannot show (BYSETPOS, BYYEARDAY…) still work: ruleParts returns undefined and the UI shows the raw rule.

export type Weekday = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';
export const WEEKDAYS: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

export type RuleParts =
  | { freq: 'daily'; interval: number; end?: RuleEnd }
  | { freq: 'weekly'; interval: number; weekdays: Weekday[]; end?: RuleEnd }
  /** monthDay: 1…31 or -1 for the last day; or nth weekday: nth 1…4 or -1 (last). */
  | { freq: 'monthly'; interval: number; monthDay?: number; nth?: number; weekday?: Weekday; end?: RuleEnd }
  | { freq: 'yearly'; interval: number; end?: RuleEnd };

/** Ends after a number of occurrences, or after a local date (inclusive, in the slot's zone). */
export type RuleEnd = { count: number } | { untilDate: string };

export function ruleFromParts(parts: RuleParts): string {
  const pieces = [`FREQ=${parts.freq.toUpperCase()}`];
  if (parts.interval > 1) pieces.push(`INTERVAL=${Math.floor(parts.interval)}`);
  if (parts.freq === 'weekly' && parts.weekdays.length) {
    pieces.push(`BYDAY=${WEEKDAYS.filter((d) => parts.weekdays.includes(d)).join(',')}`);
  }
  if (parts.freq === 'monthly') {
    if (parts.weekday && parts.nth) pieces.push(`BYDAY=${parts.nth}${parts.weekday}`);
    else if (parts.monthDay) pieces.push(`BYMONTHDAY=${parts.monthDay}`);
  }
  if (parts.end && 'count' in parts.end) pieces.push(`COUNT=${Math.max(1, Math.floor(parts.end.count))}`);
  // A date-only UNTIL is read as the end of that local day.
  if (parts.end && 'untilDate' in parts.end) pieces.push(`UNTIL=${parts.end.untilDate.replace(/-/g, '')}`);
  return pieces.join(';');
}

/** The form's view of a rule, or undefined when the rule uses parts the form does not offer. */
export function ruleParts(rule: string): RuleParts | undefined {
  const check = checkRule(rule);
  if (!check.ok) return undefined;
  const options = check.options;
  const extra = [
    options.bysetpos,
    options.bymonth,
    options.byyearday,
    options.byweekno,
    options.byhour,
    options.byminute,
    options.byeaster,
    options.bysecond,
  ].some((v) => v !== undefined && v !== null);
  if (extra) return undefined;
  const interval = options.interval ?? 1;
  const untilRaw = /(?:^|;)UNTIL=(\d{8})(?:;|$)/i.exec(rule.replace(/^RRULE:/i, ''))?.[1];
  if (options.until && !untilRaw) return undefined;
  const end: RuleEnd | undefined = options.count
    ? { count: options.count }
    : untilRaw
      ? { untilDate: `${untilRaw.slice(0, 4)}-${untilRaw.slice(4, 6)}-${untilRaw.slice(6, 8)}` }
      : undefined;
  const weekdays = (
    Array.isArray(options.byweekday)
      ? options.byweekday
      : options.byweekday != null
        ? [options.byweekday]
        : []
  ).map((w) =>
    typeof w === 'number'
      ? { weekday: w, n: undefined }
      : typeof w === 'string'
        ? { weekday: WEEKDAYS.indexOf(w), n: undefined }
        : { weekday: w.weekday, n: w.n },
  );
  const withEnd = (p: RuleParts): RuleParts => (end ? { ...p, end } : p);
  switch (options.freq) {
    case Frequency.DAILY:
      return weekdays.length || options.bymonthday ? undefined : withEnd({ freq: 'daily', interval });
    case Frequency.WEEKLY:
      if (options.bymonthday || weekdays.some((w) => w.n)) return undefined;
      return withEnd({ freq: 'weekly', interval, weekdays: weekdays.map((w) => WEEKDAYS[w.weekday]) });
    case Frequency.MONTHLY: {
      const monthDays =
        options.bymonthday == null
          ? []
          : Array.isArray(options.bymonthday)
            ? options.bymonthday
            : [options.bymonthday];
      if (weekdays.length === 1 && weekdays[0].n && !monthDays.length) {
        return withEnd({
          freq: 'monthly',
          interval,
          nth: weekdays[0].n,
          weekday: WEEKDAYS[weekdays[0].weekday],
        });
      }
      if (!weekdays.length && monthDays.length <= 1)
        return withEnd({ freq: 'monthly', interval, ...(monthDays[0] ? { monthDay: monthDays[0] } : {}) });
      return undefined;
    }
    case Frequency.YEARLY:
      return weekdays.length || options.bymonthday ? undefined : withEnd({ freq: 'yearly', interval });
    default:
      return undefined;
  }
}

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Words for a rule in the UI language, e.g. "Every week on Fri" / "每周 周五"; pass the UI's translate. */
export function describeRule(parts: RuleParts, t: Translate): string {
  const weekday = (d: Weekday) => t(`calendar.weekday.${d}`);
  let text: string;
  switch (parts.freq) {
    case 'daily':
      text =
        parts.interval > 1 ? t('calendar.rule.everyNDays', { n: parts.interval }) : t('calendar.rule.daily');
      break;
    case 'weekly': {
      const days = parts.weekdays.map(weekday).join(t('calendar.rule.listSeparator'));
      if (!days)
        text =
          parts.interval > 1
            ? t('calendar.rule.everyNWeeksPlain', { n: parts.interval })
            : t('calendar.rule.weeklyPlain');
      else
        text =
          parts.interval > 1
            ? t('calendar.rule.everyNWeeks', { n: parts.interval, days })
            : t('calendar.rule.weekly', { days });
      break;
    }
    case 'monthly':
      if (parts.nth && parts.weekday) {
        text = t('calendar.rule.monthlyNth', {
          nth: t(`calendar.ordinal.${parts.nth === -1 ? 'last' : parts.nth}` as MessageKey),
          weekday: weekday(parts.weekday),
        });
      } else if (parts.monthDay === -1) text = t('calendar.rule.monthlyLastDay');
      else
        text = parts.monthDay
          ? t('calendar.rule.monthlyDay', { day: parts.monthDay })
          : t('calendar.rule.monthly');
      if (parts.interval > 1) text = `${text} (${t('calendar.rule.everyNMonths', { n: parts.interval })})`;
      break;
    case 'yearly':
      text =
        parts.interval > 1
          ? t('calendar.rule.everyNYears', { n: parts.interval })
          : t('calendar.rule.yearly');
      break;
  }
  if (parts.end && 'count' in parts.end) text += t('calendar.rule.endCount', { n: parts.end.count });
  if (parts.end && 'untilDate' in parts.end)
    text += t('calendar.rule.endUntil', { date: parts.end.untilDate });
  return text;
}
