import type { IDBPDatabase } from 'idb';
import type { OnbrandDB } from '../../db/schema';
import { recordsOfKind, type RecordOfKind } from '../query';
import { recordsFrom, type RecordsByKind } from './input-cache';
import { cadenceReport, type CadenceReport, type PlannedOccurrence } from './cadence';
import { crisisSignal, crisisWindowStart, type CrisisOptions, type CrisisSignal } from './crisis';
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

/** Each kind's records of the period and platforms (from memory while the log is unchanged, see input-cache.ts). */
async function periodRecords(db: IDBPDatabase<OnbrandDB>, { from, to, platforms }: ReportPeriod): Promise<RecordsByKind> {
  const all = await recordsFrom(db, from);
  const wanted = platforms && platforms.length > 0 ? new Set<string>(platforms) : undefined;
  const inRange = <R extends { at: number; platform: string }>(records: R[]) => records.filter((r) => r.at <= to && (!wanted || wanted.has(r.platform)));
  return {
    publishes: inRange(all.publishes),
    templateUses: inRange(all.templateUses),
    overrides: inRange(all.overrides),
    checkSummaries: inRange(all.checkSummaries),
    snapshots: inRange(all.snapshots),
    feedback: inRange(all.feedback),
  };
}

/**
 * Reads what the report needs through the [kind, at] index: each kind's records for the period (from memory
 * while the log is unchanged, see input-cache.ts), and the crisis window when it reaches outside the period.
 */
export async function loadReportInput(db: IDBPDatabase<OnbrandDB>, options: ReportOptions): Promise<ReportInput> {
  const { from, to, platforms, now } = options;
  const crisisFrom = crisisWindowStart(now, options.crisis?.baselineDays);
  const period = await periodRecords(db, options);
  // The crisis window usually sits inside the period (a period ending now); then nothing more is read.
  const inWindow = (r: { at: number }) => r.at >= crisisFrom && r.at <= now;
  if (crisisFrom >= from && now <= to) {
    return {
      ...period,
      crisisFeedback: period.feedback.filter(inWindow),
      crisisFindings: [...period.checkSummaries.filter(inWindow), ...period.publishes.filter(inWindow)],
    };
  }
  const [crisisFeedback, crisisSummaries, crisisPublishes] = await Promise.all([
    recordsOfKind(db, 'feedback', crisisFrom, now, platforms),
    recordsOfKind(db, 'check-summary', crisisFrom, now, platforms),
    recordsOfKind(db, 'publish', crisisFrom, now, platforms),
  ]);
  return {
    ...period,
    crisisFeedback,
    crisisFindings: [...crisisSummaries, ...crisisPublishes],
  };
}

/** Every engagement row of a period (what a report asked for its first rows only leaves out), from the same read. */
export async function buildEngagement(db: IDBPDatabase<OnbrandDB>, period: ReportPeriod): Promise<EngagementReport> {
  const { snapshots, publishes } = await periodRecords(db, period);
  return engagementReport(snapshots, publishes, period);
}

export async function buildReport(db: IDBPDatabase<OnbrandDB>, options: ReportOptions): Promise<Report> {
  return computeReport(await loadReportInput(db, options), options);
}
