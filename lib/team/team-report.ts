import type { ActivityRecord } from '../records/schema';
import type { RecordOfKind } from '../records/query';
import { findingsReport } from '../records/reports/findings';
import { HOUR_MS } from '../records/reports/period';
import { responseReport } from '../records/reports/responses';
import type { ReviewRequest } from './documents';

// The team scope of the Reports tab: per member and for the team, posts, replies, response times, findings
// caught and overrides, plus what only a team has (review turnaround, posts published without review).
// The server computes these from per-member daily totals in PostgreSQL (server/report.ts) so a report over a
// million records stays fast; `teamFiguresOf` is the same figures computed by the dashboard's own report
// functions over raw records, which the server's tests compare against.

export interface TeamReportOptions {
  /** Inclusive bounds, epoch ms (as the dashboard's periods). */
  from: number;
  to: number;
  now: number;
  /** Reply target for "within target" (the dashboard's default: 1 h). */
  responseTargetMs?: number;
}

export interface ResponseFigures {
  timed: number;
  medianMs: number | null;
  p90Ms: number | null;
  withinTargetPct: number | null;
}

export interface TeamFigures {
  posts: number;
  replies: number;
  responses: ResponseFigures;
  /** Findings raised while drafting (check summaries), what still went out, and how many drafts were checked. */
  findings: { caught: number; published: number; checks: number };
  overrides: number;
  /** Posts (not replies/comments) published without an approval id. */
  publishedWithoutReview: number;
}

export interface ReviewFigures {
  decided: number;
  pending: number;
  /** Median and 90th percentile of request → decision, ms (null with no decision in the period). */
  medianTurnaroundMs: number | null;
  p90TurnaroundMs: number | null;
}

export interface TeamReport {
  from: number;
  to: number;
  members: string[];
  team: TeamFigures;
  byMember: Record<string, TeamFigures>;
  reviews: ReviewFigures;
}

export const emptyFigures = (): TeamFigures => ({
  posts: 0,
  replies: 0,
  responses: { timed: 0, medianMs: null, p90Ms: null, withinTargetPct: null },
  findings: { caught: 0, published: 0, checks: 0 },
  overrides: 0,
  publishedWithoutReview: 0,
});

/** The sums of two partial figures (responses are computed separately, over all the period's reply times). */
export function addCounts(a: TeamFigures, b: Omit<TeamFigures, 'responses'>): TeamFigures {
  return {
    ...a,
    posts: a.posts + b.posts,
    replies: a.replies + b.replies,
    findings: {
      caught: a.findings.caught + b.findings.caught,
      published: a.findings.published + b.findings.published,
      checks: a.findings.checks + b.findings.checks,
    },
    overrides: a.overrides + b.overrides,
    publishedWithoutReview: a.publishedWithoutReview + b.publishedWithoutReview,
  };
}

/** The figures of one member's (or the team's) records, by the dashboard's report functions. */
export function teamFiguresOf(records: readonly ActivityRecord[], options: TeamReportOptions): TeamFigures {
  const period = { from: options.from, to: options.to, utcOffsetMinutes: 0 };
  const inPeriod = records.filter((r) => r.at >= options.from && r.at <= options.to);
  const publishes = inPeriod.filter((r): r is RecordOfKind<'publish'> => r.kind === 'publish');
  const summaries = inPeriod.filter((r): r is RecordOfKind<'check-summary'> => r.kind === 'check-summary');
  const targetMs = options.responseTargetMs ?? HOUR_MS;
  const responses = responseReport(publishes, period, targetMs);
  const findings = findingsReport(summaries, publishes, period).totals;
  return {
    posts: publishes.filter((r) => r.postKind === 'post').length,
    replies: responses.replies,
    responses: {
      timed: responses.timed,
      medianMs: responses.medianMs ?? null,
      p90Ms: responses.p90Ms ?? null,
      withinTargetPct: responses.withinTargetPct ?? null,
    },
    findings,
    overrides: inPeriod.filter((r) => r.kind === 'gate-override').length,
    publishedWithoutReview: publishes.filter((r) => r.postKind === 'post' && !r.approvalId).length,
  };
}

function percentileOf(sorted: number[], p: number): number | null {
  if (!sorted.length) return null;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

/** Review turnaround from the shared review requests sent in the period. */
export function reviewFigures(requests: readonly ReviewRequest[], options: TeamReportOptions): ReviewFigures {
  const inPeriod = requests.filter((r) => r.at >= options.from && r.at <= options.to);
  const turnarounds = inPeriod
    .flatMap((r) => (r.decision ? [r.decision.at - r.at] : []))
    .sort((a, b) => a - b);
  return {
    decided: turnarounds.length,
    pending: inPeriod.length - turnarounds.length,
    medianTurnaroundMs: percentileOf(turnarounds, 0.5),
    p90TurnaroundMs: percentileOf(turnarounds, 0.9),
  };
}
