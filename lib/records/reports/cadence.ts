import type { PlatformId } from '../../platforms';
import type { RecordOfKind } from '../query';
import { dayKey, daysInPeriod, inPeriod, platformFilter, type ReportPeriod } from './period';
import { percent } from './stats';

/** One planned post from the content plan (the calendar expands its rules into these). */
export interface PlannedOccurrence {
  platform: PlatformId;
  at: number;
}

export interface CadenceRow {
  day: string;
  platform: PlatformId;
  planned: number;
  posted: number;
  /** Planned occurrences kept: min(planned, posted). */
  kept: number;
}

export interface CadencePlatformTotal {
  platform: PlatformId;
  planned: number;
  posted: number;
  kept: number;
  /** kept / planned in percent; undefined when nothing was planned. */
  adherencePct: number | undefined;
}

export interface CadenceReport {
  days: string[];
  rows: CadenceRow[];
  byPlatform: CadencePlatformTotal[];
  total: Omit<CadencePlatformTotal, 'platform'>;
}

/**
 * Posts per day by platform against the plan. Only top-level posts count (replies and comments are the
 * response report's business). A planned occurrence is kept when a post went out on the same platform on
 * the same local day; extra posts that day do not make up for another day's gap.
 */
export function cadenceReport(
  publishes: readonly RecordOfKind<'publish'>[],
  plan: readonly PlannedOccurrence[],
  period: ReportPeriod,
): CadenceReport {
  const wanted = platformFilter(period.platforms);
  const cells = new Map<string, CadenceRow>();
  const cell = (day: string, platform: PlatformId) => {
    const key = `${day}|${platform}`;
    let row = cells.get(key);
    if (!row) cells.set(key, (row = { day, platform, planned: 0, posted: 0, kept: 0 }));
    return row;
  };
  for (const r of publishes) {
    if (r.postKind === 'post' && wanted(r.platform) && inPeriod(r.at, period)) cell(dayKey(r.at, period.utcOffsetMinutes), r.platform).posted++;
  }
  for (const o of plan) {
    if (wanted(o.platform) && inPeriod(o.at, period)) cell(dayKey(o.at, period.utcOffsetMinutes), o.platform).planned++;
  }
  const rows = [...cells.values()].sort((a, b) => (a.day === b.day ? a.platform.localeCompare(b.platform) : a.day < b.day ? -1 : 1));
  const totals = new Map<PlatformId, CadencePlatformTotal>();
  for (const row of rows) {
    row.kept = Math.min(row.planned, row.posted);
    let t = totals.get(row.platform);
    if (!t) totals.set(row.platform, (t = { platform: row.platform, planned: 0, posted: 0, kept: 0, adherencePct: undefined }));
    t.planned += row.planned;
    t.posted += row.posted;
    t.kept += row.kept;
  }
  const byPlatform = [...totals.values()].map((t) => ({ ...t, adherencePct: percent(t.kept, t.planned) }));
  const sum = (k: 'planned' | 'posted' | 'kept') => byPlatform.reduce((n, t) => n + t[k], 0);
  return {
    days: daysInPeriod(period),
    rows,
    byPlatform,
    total: { planned: sum('planned'), posted: sum('posted'), kept: sum('kept'), adherencePct: percent(sum('kept'), sum('planned')) },
  };
}
