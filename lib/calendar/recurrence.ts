import { Frequency, RRule, type Options } from './rrule-lib';
import type { Slot } from './schema';
import { DAY_MS, parseLocalDateTime, utcToFloating } from './time';

// Recurrence is expanded in floating local time (rrule without tzid, whose zone handling depends on the host
// zone) and converted to instants per occurrence by the caller. That keeps 12:00 at 12:00 across DST.

export type RuleCheck = { ok: true; options: Partial<Options> } | { ok: false; message: string };

const SUPPORTED_FREQUENCIES = new Set([
  Frequency.YEARLY,
  Frequency.MONTHLY,
  Frequency.WEEKLY,
  Frequency.DAILY,
]);

/** Parses an RRULE value (with or without the 'RRULE:' prefix); content slots recur daily or slower. */
export function checkRule(rule: string): RuleCheck {
  const value = rule.trim().replace(/^RRULE:/i, '');
  if (!value || /[\r\n]/.test(value) || /(^|;)DTSTART/i.test(value))
    return { ok: false, message: 'not an RRULE value' };
  let options: Partial<Options>;
  try {
    options = RRule.parseString(value);
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : 'unreadable RRULE' };
  }
  if (options.freq === undefined || options.freq === null || !(options.freq in Frequency)) {
    return { ok: false, message: 'FREQ is missing or unknown' };
  }
  if (!SUPPORTED_FREQUENCIES.has(options.freq))
    return { ok: false, message: 'only DAILY, WEEKLY, MONTHLY or YEARLY rules are supported' };
  if (options.interval !== undefined && (!Number.isInteger(options.interval) || options.interval < 1)) {
    return { ok: false, message: 'INTERVAL must be a positive whole number' };
  }
  if (
    options.count !== undefined &&
    options.count !== null &&
    (!Number.isInteger(options.count) || options.count < 1)
  ) {
    return { ok: false, message: 'COUNT must be a positive whole number' };
  }
  return { ok: true, options };
}

interface CompiledSeries {
  /** Options with every default rrule would take from DTSTART made explicit, so DTSTART can be moved. */
  options: Partial<Options>;
  dtstart: number;
  interval: number;
  /** COUNT counts from the true DTSTART, so such rules cannot be fast-forwarded. */
  fastForward: boolean;
  /** rrule objects memoise their queries, so the one for a recurring popup window is kept and reused. */
  ruleCache: Map<number, RRule>;
}

const compiled = new WeakMap<Slot, CompiledSeries | null>();

function present(value: unknown): boolean {
  return value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0);
}

/** UNTIL arrives in UTC ('…Z', as RFC 5545 requires with a zoned DTSTART) or floating; make it floating. */
function floatingUntil(rule: string, until: Date, timeZone: string): Date {
  const raw = /(?:^|;)UNTIL=([0-9TZ]+)/i.exec(rule)?.[1] ?? '';
  if (/Z$/i.test(raw)) return new Date(utcToFloating(until.getTime(), timeZone));
  // A DATE-only UNTIL includes that whole day.
  if (/^\d{8}$/.test(raw)) return new Date(until.getTime() + DAY_MS - 1000);
  return until;
}

function compile(slot: Slot): CompiledSeries | null {
  if (compiled.has(slot)) return compiled.get(slot) ?? null;
  let result: CompiledSeries | null = null;
  const check = slot.rrule ? checkRule(slot.rrule) : undefined;
  const dtstart = parseLocalDateTime(slot.start);
  if (check?.ok && !Number.isNaN(dtstart)) {
    const options: Partial<Options> = { ...check.options };
    const freq = options.freq as Frequency;
    const start = new Date(dtstart);
    if (options.until) options.until = floatingUntil(slot.rrule ?? '', options.until, slot.timeZone);
    const hasDaySelector = [
      options.byweekno,
      options.byyearday,
      options.bymonthday,
      options.byweekday,
      options.byeaster,
    ].some(present);
    if (!hasDaySelector) {
      if (freq === Frequency.YEARLY) {
        if (!present(options.bymonth)) options.bymonth = start.getUTCMonth() + 1;
        options.bymonthday = start.getUTCDate();
      } else if (freq === Frequency.MONTHLY) {
        options.bymonthday = start.getUTCDate();
      } else if (freq === Frequency.WEEKLY) {
        options.byweekday = (start.getUTCDay() + 6) % 7;
      }
    }
    if (!present(options.byhour)) options.byhour = start.getUTCHours();
    if (!present(options.byminute)) options.byminute = start.getUTCMinutes();
    if (!present(options.bysecond)) options.bysecond = 0;
    result = {
      options,
      dtstart,
      interval: options.interval ?? 1,
      fastForward: !present(options.count),
      ruleCache: new Map(),
    };
  }
  compiled.set(slot, result);
  return result;
}

/**
 * A DTSTART at or before `fromFloating` whose rule yields the same occurrences from there on: whole multiples
 * of INTERVAL periods later, at the start of that period. Without this, a daily series begun years ago would
 * be iterated from its first day on every popup open.
 */
function fastForwardStart(series: CompiledSeries, fromFloating: number): number {
  if (!series.fastForward || fromFloating <= series.dtstart) return series.dtstart;
  const start = new Date(series.dtstart);
  const from = new Date(fromFloating);
  const startDay = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate());
  const step = series.interval;
  switch (series.options.freq) {
    case Frequency.DAILY:
    case Frequency.WEEKLY: {
      const periodDays = series.options.freq === Frequency.DAILY ? step : step * 7;
      const days = Math.floor((fromFloating - startDay) / DAY_MS);
      const skip = Math.floor(days / periodDays) * periodDays;
      return skip > 0 ? startDay + skip * DAY_MS : series.dtstart;
    }
    case Frequency.MONTHLY: {
      const months =
        (from.getUTCFullYear() - start.getUTCFullYear()) * 12 + from.getUTCMonth() - start.getUTCMonth();
      const skip = Math.floor(months / step) * step;
      return skip > 0 ? Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + skip, 1) : series.dtstart;
    }
    case Frequency.YEARLY: {
      const skip = Math.floor((from.getUTCFullYear() - start.getUTCFullYear()) / step) * step;
      return skip > 0 ? Date.UTC(start.getUTCFullYear() + skip, 0, 1) : series.dtstart;
    }
    default:
      return series.dtstart;
  }
}

function ruleFrom(series: CompiledSeries, dtstart: number): RRule {
  let rule = series.ruleCache.get(dtstart);
  if (!rule) {
    if (series.ruleCache.size >= 8) series.ruleCache.clear();
    rule = new RRule({ ...series.options, dtstart: new Date(dtstart) });
    series.ruleCache.set(dtstart, rule);
  }
  return rule;
}

/**
 * Original starts (floating ms) of a slot's occurrences within [fromFloating, toFloating]. A one-off slot has
 * one; a series also includes its DTSTART, which RFC 5545 counts as the first instance even off-pattern.
 * Exdates and overrides are applied by the caller.
 */
export function originalStartsBetween(slot: Slot, fromFloating: number, toFloating: number): number[] {
  const dtstart = parseLocalDateTime(slot.start);
  const inWindow = (t: number) => t >= fromFloating && t <= toFloating;
  if (!slot.rrule) return inWindow(dtstart) ? [dtstart] : [];
  const series = compile(slot);
  if (!series) return inWindow(dtstart) ? [dtstart] : [];
  const rule = ruleFrom(series, fastForwardStart(series, fromFloating));
  const starts = rule.between(new Date(fromFloating), new Date(toFloating), true).map((d) => d.getTime());
  if (inWindow(dtstart) && !starts.includes(dtstart)) starts.unshift(dtstart);
  return starts;
}

/** Whether a floating time is one of the slot's original occurrence starts (exdates not considered). */
export function isOriginalStart(slot: Slot, floating: number): boolean {
  return originalStartsBetween(slot, floating, floating).includes(floating);
}

/** Last original start of a finite series (UNTIL or COUNT), or undefined when it never ends. */
export function seriesEnd(slot: Slot): number | undefined {
  const series = slot.rrule ? compile(slot) : null;
  if (!series) return parseLocalDateTime(slot.start);
  if (!present(series.options.until) && !present(series.options.count)) return undefined;
  const last = ruleFrom(series, series.dtstart).all().at(-1);
  return Math.max(last?.getTime() ?? series.dtstart, series.dtstart);
}
