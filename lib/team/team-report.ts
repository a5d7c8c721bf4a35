import type { ActivityRecord } from '../records/schema';
import type { RecordOfKind } from '../records/query';
import { computeReport, type Report } from '../records/reports/report';
import type { RecordsByKind } from '../records/reports/input-cache';
import { crisisWindowStart } from '../records/reports/crisis';
import type { ReviewRequest } from './documents';

// The team scope of the Reports tab: the same computeReport the dashboard runs on one browser's log, over every
// member's records (team total and each member), plus the review figures only a team has.

export interface TeamReportOptions {
  from: number;
  to: number;
  now: number;
  utcOffsetMinutes?: number;
}

export interface ReviewFigures {
  decided: number;
  pending: number;
  /** Median and 90th percentile of request → decision, ms (null with no decision in the period). */
  medianTurnaroundMs: number | null;
  p90TurnaroundMs: number | null;
  /** Posts (not replies/comments) published without an approval id. */
  publishedWithoutReview: number;
}

export interface TeamReport {
  members: string[];
  team: Report;
  byMember: Record<string, Report>;
  reviews: ReviewFigures;
}

function byKind(records: readonly ActivityRecord[]): RecordsByKind {
  const kinds: RecordsByKind = {
    publishes: [],
    templateUses: [],
    overrides: [],
    checkSummaries: [],
    snapshots: [],
    feedback: [],
  };
  for (const r of records) {
    if (r.kind === 'publish') kinds.publishes.push(r);
    else if (r.kind === 'template-use') kinds.templateUses.push(r);
    else if (r.kind === 'gate-override') kinds.overrides.push(r);
    else if (r.kind === 'check-summary') kinds.checkSummaries.push(r);
    else if (r.kind === 'engagement') kinds.snapshots.push(r);
    else if (r.kind === 'feedback') kinds.feedback.push(r);
  }
  return kinds;
}

/** `records` in time order, each with its member. */
function reportOf(records: readonly ActivityRecord[], options: TeamReportOptions): Report {
  const crisisFrom = crisisWindowStart(options.now);
  const inPeriod = records.filter((r) => r.at >= options.from && r.at <= options.to);
  const inWindow = (r: { at: number }) => r.at >= crisisFrom && r.at <= options.now;
  const kinds = byKind(inPeriod);
  const crisis = byKind(records.filter(inWindow));
  return computeReport(
    {
      ...kinds,
      crisisFeedback: crisis.feedback,
      crisisFindings: [...crisis.checkSummaries, ...(crisis.publishes as RecordOfKind<'publish'>[])],
    },
    {
      from: options.from,
      to: options.to,
      now: options.now,
      plan: [],
      utcOffsetMinutes: options.utcOffsetMinutes ?? 0,
    },
  );
}

function percentile(sorted: number[], p: number): number | null {
  if (!sorted.length) return null;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

export function reviewFigures(
  requests: readonly ReviewRequest[],
  records: readonly ActivityRecord[],
  options: TeamReportOptions,
): ReviewFigures {
  const inPeriod = requests.filter((r) => r.at >= options.from && r.at <= options.to);
  const turnarounds = inPeriod
    .flatMap((r) => (r.decision ? [r.decision.at - r.at] : []))
    .sort((a, b) => a - b);
  const publishedWithoutReview = records.filter(
    (r) =>
      r.kind === 'publish' &&
      r.postKind === 'post' &&
      r.at >= options.from &&
      r.at <= options.to &&
      !r.approvalId,
  ).length;
  return {
    decided: turnarounds.length,
    pending: inPeriod.length - turnarounds.length,
    medianTurnaroundMs: percentile(turnarounds, 0.5),
    p90TurnaroundMs: percentile(turnarounds, 0.9),
    publishedWithoutReview,
  };
}

/** Records with their member, in time order (from before the crisis window when it starts before `from`). */
export function teamReportOf(
  rows: readonly { member: string; record: ActivityRecord }[],
  requests: readonly ReviewRequest[],
  options: TeamReportOptions,
): TeamReport {
  const perMember = new Map<string, ActivityRecord[]>();
  const all: ActivityRecord[] = [];
  for (const { member, record } of rows) {
    all.push(record);
    let list = perMember.get(member);
    if (!list) perMember.set(member, (list = []));
    list.push(record);
  }
  const members = [...perMember.keys()].sort();
  const byMember: Record<string, Report> = {};
  for (const member of members) byMember[member] = reportOf(perMember.get(member)!, options);
  return { members, team: reportOf(all, options), byMember, reviews: reviewFigures(requests, all, options) };
}
