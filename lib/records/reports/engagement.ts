import type { PlatformId } from '../../platforms';
import type { RecordOfKind } from '../query';
import { DAY_MS, inPeriod, platformFilter, type ReportPeriod } from './period';

export const ENGAGEMENT_METRICS = ['replies', 'reposts', 'likes', 'views', 'favourites'] as const;
export type EngagementMetric = (typeof ENGAGEMENT_METRICS)[number];
export type EngagementCounts = Partial<Record<EngagementMetric, number>>;

export interface EngagementPoint {
  at: number;
  counts: EngagementCounts;
}

export interface EngagementPostRow {
  postId: string;
  platform: PlatformId;
  url: string;
  /** When the post went out, if known: its publish record in the period, else the snapshot's `postedAt`. */
  publishedAt: number | undefined;
  firstAt: number;
  lastAt: number;
  /** Latest snapshot's counts. */
  latest: EngagementCounts;
  /** Latest minus first snapshot, per metric both snapshots have. */
  growth: EngagementCounts;
  /** Growth per day between the first and the latest snapshot (undefined with a single snapshot). */
  growthPerDay: EngagementCounts;
  /** Every snapshot in time order, for the growth chart: only for the SERIES_POSTS most liked posts, else []. */
  series: EngagementPoint[];
}

/**
 * Snapshot series travel only for the posts a chart can show: with 100,000 records the full series of every post
 * made the worker's answer megabytes long and slowed opening the report.
 */
export const SERIES_POSTS = 10;

export interface EngagementReport {
  /** Most liked first: every post, or the first rows only when the report was asked for fewer (`postCount` says how many there are). */
  posts: EngagementPostRow[];
  /** Posts with engagement in the period, whether or not `posts` carries them all. */
  postCount: number;
  /** Sum of the latest counts over the posts. */
  totals: EngagementCounts;
}

/**
 * Engagement per post and its growth during the period: every post with a snapshot taken in the period;
 * growth runs from its first to its latest snapshot in the period. Reading only the period's snapshots keeps
 * the report one index range per kind.
 */
export function engagementReport(
  snapshots: readonly RecordOfKind<'engagement'>[],
  publishes: readonly RecordOfKind<'publish'>[],
  period: ReportPeriod,
): EngagementReport {
  const wanted = platformFilter(period.platforms);
  const publishedAt = new Map<string, number>();
  for (const p of publishes) if (p.postId !== undefined && inPeriod(p.at, period)) publishedAt.set(p.postId, Math.min(p.at, publishedAt.get(p.postId) ?? Infinity));
  const byPost = new Map<string, RecordOfKind<'engagement'>[]>();
  for (const s of snapshots) {
    if (!wanted(s.platform) || !inPeriod(s.at, period)) continue;
    if (s.postedAt !== undefined && !publishedAt.has(s.postId)) publishedAt.set(s.postId, s.postedAt);
    const list = byPost.get(s.postId);
    if (list) list.push(s);
    else byPost.set(s.postId, [s]);
  }
  const posts: EngagementPostRow[] = [];
  const totals: EngagementCounts = {};
  for (const [postId, list] of byPost) {
    list.sort((a, b) => a.at - b.at);
    const first = list[0];
    const last = list[list.length - 1];
    const published = publishedAt.get(postId);
    const growth: EngagementCounts = {};
    const growthPerDay: EngagementCounts = {};
    const days = (last.at - first.at) / DAY_MS;
    for (const metric of ENGAGEMENT_METRICS) {
      const a = first.counts[metric];
      const b = last.counts[metric];
      if (b !== undefined) totals[metric] = (totals[metric] ?? 0) + b;
      if (a === undefined || b === undefined) continue;
      growth[metric] = b - a;
      if (days > 0) growthPerDay[metric] = Math.round(((b - a) / days) * 100) / 100;
    }
    posts.push({
      postId,
      platform: last.platform,
      url: last.url,
      publishedAt: published,
      firstAt: first.at,
      lastAt: last.at,
      latest: { ...last.counts },
      growth,
      growthPerDay,
      series: list.map((s) => ({ at: s.at, counts: { ...s.counts } })),
    });
  }
  posts.sort((a, b) => (b.latest.likes ?? 0) - (a.latest.likes ?? 0) || a.postId.localeCompare(b.postId));
  for (const post of posts.slice(SERIES_POSTS)) post.series = [];
  return { posts, postCount: posts.length, totals };
}

/**
 * The report's first screen of engagement rows (the most liked): with 100,000 records the 4,000-odd rows made the
 * worker's answer 1.5 MB. The totals and the count stay whole; the rest is fetched when the table is sorted,
 * shown in full or exported (`records.engagement`).
 */
export function firstEngagementRows(report: EngagementReport, rows: number | undefined): EngagementReport {
  return rows === undefined || report.posts.length <= rows ? report : { ...report, posts: report.posts.slice(0, rows) };
}
