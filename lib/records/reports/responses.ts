import type { PlatformId } from '../../platforms';
import type { RecordOfKind } from '../query';
import { HOUR_MS, inPeriod, platformFilter, type ReportPeriod } from './period';
import { median, percent, percentile } from './stats';

export interface ResponseStats {
  /** Replies and comments made. */
  replies: number;
  /** How many of them have a known response time. */
  timed: number;
  medianMs: number | undefined;
  p90Ms: number | undefined;
  /** Timed replies sent within the target, in percent of timed replies. */
  withinTargetPct: number | undefined;
}

export interface ResponseReport extends ResponseStats {
  targetMs: number;
  byPlatform: (ResponseStats & { platform: PlatformId })[];
}

/**
 * How long a reply took: the in-page assistant's measured `responseMs`, else publish time minus the time of
 * the comment replied to. Negative or missing values mean "unknown", never zero.
 */
export function responseTimeOf(r: RecordOfKind<'publish'>): number | undefined {
  const ms = r.responseMs ?? (r.repliedTo?.at !== undefined ? r.at - r.repliedTo.at : undefined);
  return ms !== undefined && ms >= 0 ? ms : undefined;
}

function stats(replies: readonly RecordOfKind<'publish'>[], targetMs: number): ResponseStats {
  const times = replies.map(responseTimeOf).filter((ms): ms is number => ms !== undefined);
  return {
    replies: replies.length,
    timed: times.length,
    medianMs: median(times),
    p90Ms: percentile(times, 90),
    withinTargetPct: percent(times.filter((ms) => ms <= targetMs).length, times.length),
  };
}

export function responseReport(
  publishes: readonly RecordOfKind<'publish'>[],
  period: ReportPeriod,
  targetMs = HOUR_MS,
): ResponseReport {
  const wanted = platformFilter(period.platforms);
  const replies = publishes.filter((r) => r.postKind !== 'post' && wanted(r.platform) && inPeriod(r.at, period));
  const byPlatform = new Map<PlatformId, RecordOfKind<'publish'>[]>();
  for (const r of replies) {
    const list = byPlatform.get(r.platform);
    if (list) list.push(r);
    else byPlatform.set(r.platform, [r]);
  }
  return {
    ...stats(replies, targetMs),
    targetMs,
    byPlatform: [...byPlatform].map(([platform, list]) => ({ platform, ...stats(list, targetMs) })),
  };
}
