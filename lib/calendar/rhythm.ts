import type { Calendar, ContentType, RhythmPeriod, RhythmRule } from './schema';
import type { PlatformId } from '../platforms';
import { expandOccurrences } from './occurrences';
import { addDays, dayBounds, localDateOf, monthStart, weekStart } from './time';

// Posting-rhythm guards: per-platform limits ("X at most 3 a day", "WeChat subscription account: one mass send
// a day") checked against the plan (dashboard warnings) and against what was actually posted (popup).

export interface RhythmViolation {
  ruleId: string;
  platform: PlatformId;
  period: RhythmPeriod;
  /** First local day of the period: the day, the Monday of the week, or the 1st of the month. */
  periodStart: string;
  count: number;
  max: number;
  /** Planned occurrences (plan check) in that period, so the UI can highlight them. */
  occurrenceIds: string[];
}

/** Common limits the settings screen can offer. */
export const RHYTHM_PRESETS: ReadonlyArray<Omit<RhythmRule, 'id'> & { presetId: string }> = [
  { presetId: 'x-daily', platform: 'x', max: 3, period: 'day', label: 'X: at most 3 posts a day' },
  {
    presetId: 'wechat-subscription',
    platform: 'wechat',
    max: 1,
    period: 'day',
    label: 'WeChat subscription account: 1 mass send a day',
  },
  {
    presetId: 'wechat-service',
    platform: 'wechat',
    max: 4,
    period: 'month',
    label: 'WeChat service account: 4 mass sends a month',
  },
  {
    presetId: 'weibo-daily',
    platform: 'weibo',
    max: 5,
    period: 'day',
    label: 'Weibo: at most 5 posts a day',
  },
  {
    presetId: 'bilibili-weekly',
    platform: 'bilibili',
    max: 2,
    period: 'week',
    contentTypes: ['video'],
    label: 'Bilibili: at most 2 videos a week',
  },
];

export function periodStartOf(date: string, period: RhythmPeriod): string {
  if (period === 'day') return date;
  return period === 'week' ? weekStart(date) : monthStart(date);
}

function nextPeriodStart(start: string, period: RhythmPeriod): string {
  if (period === 'day') return addDays(start, 1);
  return period === 'week' ? addDays(start, 7) : monthStart(addDays(start, 31));
}

function counts(rule: RhythmRule, platform: PlatformId, contentType: ContentType | undefined): boolean {
  if (platform !== rule.platform) return false;
  // An actual post of unknown type counts: better a false warning than a silent breach.
  return !rule.contentTypes?.length || contentType === undefined || rule.contentTypes.includes(contentType);
}

/** Plan check: every period overlapping [fromMs, toMs) where planned (not skipped) slots exceed a rule. */
export function rhythmViolations(
  calendar: Calendar,
  fromMs: number,
  toMs: number,
  timeZone = calendar.settings.timeZone,
): RhythmViolation[] {
  const violations: RhythmViolation[] = [];
  if (!calendar.rhythmRules.length || toMs <= fromMs) return violations;
  const firstDate = localDateOf(fromMs, timeZone);
  const lastDate = localDateOf(toMs - 1, timeZone);
  // Whole periods are counted, so look from the start of the widest period to the end of the last one.
  const earliest = [weekStart(firstDate), monthStart(firstDate)].sort()[0];
  const latest = [
    nextPeriodStart(weekStart(lastDate), 'week'),
    nextPeriodStart(monthStart(lastDate), 'month'),
  ].sort()[1];
  const from = dayBounds(earliest, timeZone).startMs;
  const to = dayBounds(latest, timeZone).startMs;
  const occurrences = expandOccurrences(calendar, from, to).filter((o) => o.status !== 'skipped');
  for (const rule of calendar.rhythmRules) {
    const buckets = new Map<string, string[]>();
    for (const o of occurrences) {
      if (!counts(rule, o.platform, o.contentType)) continue;
      const key = periodStartOf(localDateOf(o.startMs, timeZone), rule.period);
      const bucket = buckets.get(key) ?? [];
      bucket.push(o.id);
      buckets.set(key, bucket);
    }
    for (const [periodStart, ids] of buckets) {
      const overlaps = periodStart <= lastDate && nextPeriodStart(periodStart, rule.period) > firstDate;
      if (overlaps && ids.length > rule.max) {
        violations.push({
          ruleId: rule.id,
          platform: rule.platform,
          period: rule.period,
          periodStart,
          count: ids.length,
          max: rule.max,
          occurrenceIds: ids,
        });
      }
    }
  }
  return violations.sort(
    (a, b) => a.periodStart.localeCompare(b.periodStart) || a.ruleId.localeCompare(b.ruleId),
  );
}

export interface ActualPost {
  platform: PlatformId;
  at: number;
  contentType?: ContentType;
}

/**
 * Actual check for the popup: for each rule, the posts in the period holding `dayMs` (its day, week or month),
 * reported when over the limit. Pass at least that month's publish records.
 */
export function actualRhythmViolations(
  posts: readonly ActualPost[],
  rules: readonly RhythmRule[],
  dayMs: number,
  timeZone: string,
): RhythmViolation[] {
  const date = localDateOf(dayMs, timeZone);
  const violations: RhythmViolation[] = [];
  for (const rule of rules) {
    const periodStart = periodStartOf(date, rule.period);
    const from = dayBounds(periodStart, timeZone).startMs;
    const to = dayBounds(nextPeriodStart(periodStart, rule.period), timeZone).startMs;
    const count = posts.filter(
      (p) => p.at >= from && p.at < to && counts(rule, p.platform, p.contentType),
    ).length;
    if (count > rule.max)
      violations.push({
        ruleId: rule.id,
        platform: rule.platform,
        period: rule.period,
        periodStart,
        count,
        max: rule.max,
        occurrenceIds: [],
      });
  }
  return violations;
}
