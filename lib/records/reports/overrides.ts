import type { PlatformId } from '../../platforms';
import type { RecordOfKind } from '../query';
import { inPeriod, platformFilter, type ReportPeriod } from './period';
import { increment } from './stats';

export interface OverrideRow {
  id: string;
  at: number;
  platform: PlatformId;
  reason: string;
  ruleIds: string[];
  url: string;
}

export interface OverridesReport {
  /** Newest first. */
  rows: OverrideRow[];
  /** Reasons grouped case- and space-insensitively, shown as first written; most frequent first. */
  byReason: { reason: string; count: number }[];
  byRule: { ruleId: string; count: number }[];
}

export function overridesReport(overrides: readonly RecordOfKind<'gate-override'>[], period: ReportPeriod): OverridesReport {
  const wanted = platformFilter(period.platforms);
  const rows = overrides
    .filter((o) => wanted(o.platform) && inPeriod(o.at, period))
    .map(({ id, at, platform, reason, ruleIds, url }) => ({ id, at, platform, reason, ruleIds, url }))
    .sort((a, b) => b.at - a.at);
  const reasons = new Map<string, { reason: string; count: number }>();
  const rules = new Map<string, number>();
  // Oldest first, so each group shows the reason as it was first written.
  for (const row of [...rows].reverse()) {
    const key = row.reason.trim().replace(/\s+/g, ' ').toLowerCase();
    const entry = reasons.get(key) ?? { reason: row.reason.trim(), count: 0 };
    entry.count++;
    reasons.set(key, entry);
    for (const ruleId of new Set(row.ruleIds)) increment(rules, ruleId);
  }
  return {
    rows,
    byReason: [...reasons.values()].sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)),
    byRule: [...rules].map(([ruleId, count]) => ({ ruleId, count })).sort((a, b) => b.count - a.count || a.ruleId.localeCompare(b.ruleId)),
  };
}
