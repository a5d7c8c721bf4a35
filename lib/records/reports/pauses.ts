import type { PlatformId } from '../../platforms';
import { pauseEnd, type Pause } from '../../pause/pause';
import type { RecordOfKind } from '../query';
import { platformFilter, type ReportPeriod } from './period';

// The report's crisis pauses (lib/pause): each pause overlapping the period — start, end, reason, who — and the
// posts that went out during it (the period's publish records inside its window, on the chosen platforms).

export interface PausePost {
  id: string;
  at: number;
  platform: PlatformId;
  url: string;
  overrideReason?: string;
}

export interface PauseRow {
  id: string;
  startedAt: number;
  /** Switched off or run out; absent while it lasts. */
  endedAt?: number;
  reason: string;
  terms: string[];
  by?: string;
  endedBy?: string;
  /** Newest first. */
  posts: PausePost[];
}

export function pauseReport(
  pauses: readonly Pause[],
  publishes: readonly RecordOfKind<'publish'>[],
  period: ReportPeriod,
  now: number,
): PauseRow[] {
  const wanted = platformFilter(period.platforms);
  return pauses
    .filter((p) => p.startedAt <= period.to && pauseEnd(p) > period.from)
    .map((p) => {
      const end = pauseEnd(p);
      const ended = end <= now ? end : undefined;
      const posts = publishes
        .filter((r) => wanted(r.platform) && r.at >= p.startedAt && r.at < end)
        .map(({ id, at, platform, url, overrideReason }) => ({
          id,
          at,
          platform,
          url,
          ...(overrideReason ? { overrideReason } : {}),
        }))
        .sort((a, b) => b.at - a.at);
      return {
        id: p.id,
        startedAt: p.startedAt,
        ...(ended !== undefined ? { endedAt: ended } : {}),
        reason: p.reason,
        terms: p.terms,
        ...(p.by ? { by: p.by } : {}),
        ...(p.endedBy ? { endedBy: p.endedBy } : {}),
        posts,
      };
    })
    .sort((a, b) => b.startedAt - a.startedAt);
}
