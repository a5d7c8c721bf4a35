import type { PlatformId } from '../../platforms';
import type { RecordOfKind } from '../query';
import { inPeriod, platformFilter, type ReportPeriod } from './period';
import { increment } from './stats';

export const FEEDBACK_TAGS = ['praise', 'complaint', 'question', 'suggestion', 'crisis'] as const;
export type FeedbackTag = (typeof FEEDBACK_TAGS)[number];

export interface FeedbackExample {
  id: string;
  at: number;
  platform: PlatformId;
  note: string;
  commentText: string | undefined;
  commentAuthor: string | undefined;
  url: string;
}

export interface FeedbackTagRow {
  tag: FeedbackTag;
  count: number;
  /** Share of all feedback in the period, percent. */
  sharePct: number;
  /** The newest few, newest first. */
  examples: FeedbackExample[];
}

export interface FeedbackReport {
  total: number;
  /** Every tag, in the fixed order, zero counts included so the table never shifts. */
  byTag: FeedbackTagRow[];
  byPlatform: { platform: PlatformId; count: number }[];
}

export function feedbackReport(
  notes: readonly RecordOfKind<'feedback'>[],
  period: ReportPeriod,
  examplesPerTag = 3,
): FeedbackReport {
  const wanted = platformFilter(period.platforms);
  const inScope = notes.filter((n) => wanted(n.platform) && inPeriod(n.at, period)).sort((a, b) => b.at - a.at);
  const platforms = new Map<PlatformId, number>();
  for (const n of inScope) increment(platforms, n.platform);
  return {
    total: inScope.length,
    byTag: FEEDBACK_TAGS.map((tag) => {
      const tagged = inScope.filter((n) => n.tag === tag);
      return {
        tag,
        count: tagged.length,
        sharePct: inScope.length === 0 ? 0 : Math.round((tagged.length / inScope.length) * 1000) / 10,
        examples: tagged.slice(0, examplesPerTag).map((n) => ({
          id: n.id,
          at: n.at,
          platform: n.platform,
          note: n.note,
          commentText: n.commentText,
          commentAuthor: n.commentAuthor,
          url: n.url,
        })),
      };
    }),
    byPlatform: [...platforms].map(([platform, count]) => ({ platform, count })).sort((a, b) => b.count - a.count),
  };
}
