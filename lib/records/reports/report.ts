import type { RecordOfKind } from '../query';
import type { RecordsByKind } from './input-cache';
import { cadenceReport, type CadenceReport, type PlannedOccurrence } from './cadence';
import { crisisSignal, type CrisisOptions, type CrisisSignal } from './crisis';

/** The crisis signal on its own (the popup's notice, read.ts's readCrisisSignal), through this part in the worker. */
export { crisisSignal };
import { engagementReport, firstEngagementRows, type EngagementReport } from './engagement';
import { feedbackReport, type FeedbackReport } from './feedback';
import { findingsReport, type FindingsReport } from './findings';
import { overridesReport, type OverridesReport } from './overrides';
import { pauseReport, type PauseRow } from './pauses';
import type { Pause } from '../../pause/pause';
import { HOUR_MS, type ReportPeriod } from './period';
import { responseReport, type ResponseReport } from './responses';
import { templateReport, type TemplateRow } from './template-usage';

export interface ReportOptions extends ReportPeriod {
  /** Planned occurrences from the content plan, for adherence. */
  plan: readonly PlannedOccurrence[];
  /** Reply target, ms (default 1 h). */
  responseTargetMs?: number;
  /** "Now" for the crisis signal (which always looks at the last 24 h and the 14 days before). */
  now: number;
  crisis?: Omit<CrisisOptions, 'now' | 'platforms'>;
  examplesPerTag?: number;
  /** At most this many engagement rows (the most liked); omitted: every row. */
  engagementRows?: number;
  /** Every crisis pause kept (lib/pause); the report shows those overlapping the period. */
  pauses?: readonly Pause[];
}

/** The records the report reads: the period's, by kind, and the crisis window's. */
export interface ReportInput extends RecordsByKind {
  /** The crisis window's records (last 15 days before `now`), which may lie outside the period. */
  crisisFeedback: RecordOfKind<'feedback'>[];
  crisisFindings: (RecordOfKind<'check-summary'> | RecordOfKind<'publish'>)[];
}

export interface Report {
  period: ReportPeriod;
  cadence: CadenceReport;
  responses: ResponseReport;
  templates: TemplateRow[];
  findings: FindingsReport;
  overrides: OverridesReport;
  engagement: EngagementReport;
  feedback: FeedbackReport;
  crisis: CrisisSignal;
  /** Crisis pauses in the period, newest first, each with the posts that went out during it. */
  pauses: PauseRow[];
}

/** Every dashboard section from the records; pure, so each section is tested on plain arrays. */
export function computeReport(input: ReportInput, options: ReportOptions): Report {
  const period: ReportPeriod = { from: options.from, to: options.to, platforms: options.platforms, utcOffsetMinutes: options.utcOffsetMinutes };
  return {
    period,
    cadence: cadenceReport(input.publishes, options.plan, period),
    responses: responseReport(input.publishes, period, options.responseTargetMs ?? HOUR_MS),
    templates: templateReport(input.templateUses, input.publishes, period),
    findings: findingsReport(input.checkSummaries, input.publishes, period),
    overrides: overridesReport(input.overrides, period),
    engagement: firstEngagementRows(engagementReport(input.snapshots, input.publishes, period), options.engagementRows),
    feedback: feedbackReport(input.feedback, period, options.examplesPerTag),
    crisis: crisisSignal(input.crisisFeedback, input.crisisFindings, { ...options.crisis, now: options.now, platforms: options.platforms }),
    pauses: pauseReport(options.pauses ?? [], input.publishes, period, options.now),
  };
}

/** Every engagement row of a period (what a report asked for its first rows only leaves out); pure. */
export function computeEngagement(
  { snapshots, publishes }: Pick<RecordsByKind, 'snapshots' | 'publishes'>,
  period: ReportPeriod,
): EngagementReport {
  return engagementReport(snapshots, publishes, period);
}
