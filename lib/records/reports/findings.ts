import type { RecordOfKind } from '../query';
import { inPeriod, platformFilter, type ReportPeriod } from './period';

export const UNCATEGORISED = 'uncategorised';

export interface FindingRuleRow {
  ruleId: string;
  category: string;
  severity: 'block' | 'warn' | 'info';
  /** Findings raised while drafting (check summaries): what Onbrand caught. */
  caught: number;
  /** Findings still present in what was published. */
  published: number;
}

export interface FindingCategoryRow {
  category: string;
  caught: number;
  published: number;
}

export interface FindingsReport {
  byRule: FindingRuleRow[];
  byCategory: FindingCategoryRow[];
  totals: { caught: number; published: number; checks: number };
}

/**
 * Findings caught by rule and category. "Caught" sums the check summaries (one per checked draft);
 * "published" sums the findings carried by publish records, i.e. what went out anyway.
 */
export function findingsReport(
  summaries: readonly RecordOfKind<'check-summary'>[],
  publishes: readonly RecordOfKind<'publish'>[],
  period: ReportPeriod,
): FindingsReport {
  const wanted = platformFilter(period.platforms);
  const rules = new Map<string, FindingRuleRow>();
  let checks = 0;
  const add = (records: readonly (RecordOfKind<'check-summary'> | RecordOfKind<'publish'>)[], field: 'caught' | 'published') => {
    for (const record of records) {
      if (!wanted(record.platform) || !inPeriod(record.at, period)) continue;
      if (field === 'caught') checks++;
      for (const f of record.findings) {
        let row = rules.get(f.ruleId);
        if (!row) {
          row = { ruleId: f.ruleId, category: f.category ?? UNCATEGORISED, severity: f.severity, caught: 0, published: 0 };
          rules.set(f.ruleId, row);
        }
        row[field] += f.count;
      }
    }
  };
  add(summaries, 'caught');
  add(publishes, 'published');
  const byRule = [...rules.values()].sort((a, b) => b.caught - a.caught || b.published - a.published || a.ruleId.localeCompare(b.ruleId));
  const categories = new Map<string, FindingCategoryRow>();
  for (const row of byRule) {
    const c = categories.get(row.category) ?? { category: row.category, caught: 0, published: 0 };
    c.caught += row.caught;
    c.published += row.published;
    categories.set(row.category, c);
  }
  return {
    byRule,
    byCategory: [...categories.values()].sort((a, b) => b.caught - a.caught || a.category.localeCompare(b.category)),
    totals: { caught: byRule.reduce((n, r) => n + r.caught, 0), published: byRule.reduce((n, r) => n + r.published, 0), checks },
  };
}
