import { send } from '@/lib/messaging/client';
import type { ResponseOf } from '@/lib/messaging/protocol';
import { HOUR_MS } from '@/lib/records/reports/period';
import type { PlatformId } from '@/lib/platforms';
import type { Report } from '@/lib/records/reports/report';
import { periodBounds, presetFromHash, utcOffsetMinutes, type PeriodChoice } from './period-choice';

// What the reports tab asks the background for. Kept free of React and the dashboard's other modules: the page
// sends the first request from a tiny early script (entrypoints/report-prefetch.ts) while the dashboard itself
// still loads.

export interface ReportRequest {
  choice: PeriodChoice;
  platforms: PlatformId[];
  responseTargetMs: number;
}

export type ReportAnswer = ResponseOf<'records.report'>;

/**
 * The engagement rows the report arrives with: the table's first screen, the most liked. The other rows (4,000
 * and more over a busy quarter, most of a 1.5 MB answer) come when the table is sorted, shown in full or exported.
 */
export const ENGAGEMENT_FIRST_ROWS = 50;

/** The tab's first request: the period from `#reports/<days>`, every platform, replies within an hour. */
export function initialReportRequest(hash: string): ReportRequest {
  return { choice: { preset: presetFromHash(hash) }, platforms: [], responseTargetMs: HOUR_MS };
}

export const requestKey = ({ choice, platforms, responseTargetMs }: ReportRequest): string => JSON.stringify({ choice, platforms, responseTargetMs });

/** Sends one request; the background reads the plan from the calendar and the records for the period. */
export function requestReport(request: ReportRequest, now: number): Promise<ReportAnswer> {
  const { from, to } = periodBounds(request.choice, now);
  return send('records.report', {
    from, to, platforms: request.platforms, now, responseTargetMs: request.responseTargetMs, utcOffsetMinutes: utcOffsetMinutes(now),
    engagementRows: ENGAGEMENT_FIRST_ROWS,
  });
}

/** The report with every engagement row: as it came when it has them all, else with the rest fetched. */
export async function withAllEngagement(report: Report): Promise<Report> {
  if (report.engagement.posts.length >= report.engagement.postCount) return report;
  const { from, to, platforms, utcOffsetMinutes } = report.period;
  const engagement = await send('records.engagement', { from, to, platforms: platforms && [...platforms], utcOffsetMinutes });
  return { ...report, engagement };
}

interface Prefetched {
  key: string;
  now: number;
  answer: Promise<ReportAnswer>;
}

// The early script is its own bundle: the answer waits on the page's global object for the dashboard to take.
const slot = globalThis as { __onbrandPrefetchedReport?: Prefetched };

/** Asks for the report the tab will open with, before the dashboard has loaded. */
export function prefetchReport(hash: string): void {
  const request = initialReportRequest(hash);
  const now = Date.now();
  const answer = requestReport(request, now);
  // Taken by the tab, or dropped unseen; a failure here surfaces when the tab asks again.
  answer.catch(() => undefined);
  slot.__onbrandPrefetchedReport = { key: requestKey(request), now, answer };
}

/** The prefetched answer for `request`, once (a newer request, or a second look, asks the background again). */
export function takePrefetchedReport(request: ReportRequest): { now: number; answer: Promise<ReportAnswer> } | null {
  const taken = slot.__onbrandPrefetchedReport;
  delete slot.__onbrandPrefetchedReport;
  return taken && taken.key === requestKey(request) ? taken : null;
}
