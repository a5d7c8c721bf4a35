import type { PlatformId } from '../../platforms';
import type { RecordOfKind } from '../query';
import { inPeriod, platformFilter, type ReportPeriod } from './period';

export interface TemplateRow {
  templateId: string;
  /** Times the template was inserted into a reply box. */
  inserted: number;
  /** Published posts and replies that contained it. */
  published: number;
  lastUsedAt: number;
  platforms: PlatformId[];
}

/** Templates used in the period, most inserted first. */
export function templateReport(
  uses: readonly RecordOfKind<'template-use'>[],
  publishes: readonly RecordOfKind<'publish'>[],
  period: ReportPeriod,
): TemplateRow[] {
  const wanted = platformFilter(period.platforms);
  const rows = new Map<string, TemplateRow & { platformSet: Set<PlatformId> }>();
  const row = (templateId: string) => {
    let r = rows.get(templateId);
    if (!r) rows.set(templateId, (r = { templateId, inserted: 0, published: 0, lastUsedAt: 0, platforms: [], platformSet: new Set() }));
    return r;
  };
  for (const u of uses) {
    if (!wanted(u.platform) || !inPeriod(u.at, period)) continue;
    const r = row(u.templateId);
    r.inserted++;
    r.lastUsedAt = Math.max(r.lastUsedAt, u.at);
    r.platformSet.add(u.platform);
  }
  for (const p of publishes) {
    if (!wanted(p.platform) || !inPeriod(p.at, period)) continue;
    for (const id of new Set(p.templateIds)) {
      const r = row(id);
      r.published++;
      r.lastUsedAt = Math.max(r.lastUsedAt, p.at);
      r.platformSet.add(p.platform);
    }
  }
  return [...rows.values()]
    .map(({ platformSet, ...r }) => ({ ...r, platforms: [...platformSet].sort() }))
    .sort((a, b) => b.inserted - a.inserted || b.published - a.published || a.templateId.localeCompare(b.templateId));
}
