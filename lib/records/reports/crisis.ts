import type { PlatformId } from '../../platforms';
import type { RecordOfKind } from '../query';
import { DAY_MS, platformFilter } from './period';
import { increment, median } from './stats';

/**
 * Crisis signal: negative events on the brand's threads arriving faster than usual.
 *
 * Negative events: feedback tagged `complaint` or `crisis` (one each), plus findings (by count) whose
 * category is listed in `negativeCategories`, from check summaries and publish records.
 * Rate: events in the last 24 h before `now`. Baseline: the median of the 14 preceding 24-hour windows
 * (aligned to `now`, not to calendar days, so the signal does not jump at midnight).
 * Raised when the last-24-h count is at least `max(minEvents, ratio × max(baseline, 1))` — three times the
 * usual day and never fewer than three events by default — or when any feedback in the last 24 h was
 * tagged `crisis` by the user.
 */
export interface CrisisOptions {
  now: number;
  platforms?: readonly PlatformId[];
  ratio?: number;
  minEvents?: number;
  baselineDays?: number;
  negativeCategories?: readonly string[];
}

export const CRISIS_DEFAULTS = { ratio: 3, minEvents: 3, baselineDays: 14, negativeCategories: ['sentiment', 'crisis'] } as const;

export interface CrisisSignal {
  raised: boolean;
  reasons: ('spike' | 'tagged')[];
  last24h: number;
  /** Median events per 24 h over the baseline windows. */
  baselineDaily: number;
  threshold: number;
  /** Baseline windows, oldest first. */
  dailyCounts: number[];
  /** Feedback tagged `crisis` in the last 24 h. */
  crisisTagged: number;
  byPlatformLast24h: { platform: PlatformId; count: number }[];
}

interface NegativeEvent {
  at: number;
  platform: PlatformId;
  weight: number;
  crisisTag: boolean;
}

export function negativeEvents(
  feedback: readonly RecordOfKind<'feedback'>[],
  withFindings: readonly (RecordOfKind<'check-summary'> | RecordOfKind<'publish'>)[],
  negativeCategories: readonly string[],
): NegativeEvent[] {
  const events: NegativeEvent[] = [];
  for (const f of feedback) {
    if (f.tag === 'complaint' || f.tag === 'crisis') events.push({ at: f.at, platform: f.platform, weight: 1, crisisTag: f.tag === 'crisis' });
  }
  const negative = new Set(negativeCategories);
  if (negative.size > 0) {
    for (const r of withFindings) {
      const weight = r.findings.reduce((n, f) => n + (f.category !== undefined && negative.has(f.category) ? f.count : 0), 0);
      if (weight > 0) events.push({ at: r.at, platform: r.platform, weight, crisisTag: false });
    }
  }
  return events;
}

/** The span of records `crisisSignal` needs: from this instant to `now`. */
export function crisisWindowStart(now: number, baselineDays: number = CRISIS_DEFAULTS.baselineDays): number {
  return now - (baselineDays + 1) * DAY_MS + 1;
}

export function crisisSignal(
  feedback: readonly RecordOfKind<'feedback'>[],
  withFindings: readonly (RecordOfKind<'check-summary'> | RecordOfKind<'publish'>)[],
  options: CrisisOptions,
): CrisisSignal {
  const { now } = options;
  const ratio = options.ratio ?? CRISIS_DEFAULTS.ratio;
  const minEvents = options.minEvents ?? CRISIS_DEFAULTS.minEvents;
  const baselineDays = options.baselineDays ?? CRISIS_DEFAULTS.baselineDays;
  const wanted = platformFilter(options.platforms);
  const events = negativeEvents(feedback, withFindings, options.negativeCategories ?? CRISIS_DEFAULTS.negativeCategories);
  // Window 0 is (now − 24 h, now]; window k is (now − (k+1)·24 h, now − k·24 h].
  const windows = new Array<number>(baselineDays + 1).fill(0);
  const platforms = new Map<PlatformId, number>();
  let crisisTagged = 0;
  for (const e of events) {
    if (!wanted(e.platform) || e.at > now) continue;
    const k = Math.floor((now - e.at) / DAY_MS);
    if (k > baselineDays) continue;
    windows[k] += e.weight;
    if (k === 0) {
      increment(platforms, e.platform, e.weight);
      if (e.crisisTag) crisisTagged++;
    }
  }
  const last24h = windows[0];
  const dailyCounts = windows.slice(1).reverse();
  const baselineDaily = median(dailyCounts) ?? 0;
  const threshold = Math.max(minEvents, ratio * Math.max(baselineDaily, 1));
  const reasons: CrisisSignal['reasons'] = [];
  if (last24h >= threshold) reasons.push('spike');
  if (crisisTagged > 0) reasons.push('tagged');
  return {
    raised: reasons.length > 0,
    reasons,
    last24h,
    baselineDaily,
    threshold,
    dailyCounts,
    crisisTagged,
    byPlatformLast24h: [...platforms].map(([platform, count]) => ({ platform, count })).sort((a, b) => b.count - a.count),
  };
}
