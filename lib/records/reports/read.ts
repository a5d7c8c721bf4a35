import type { IDBPDatabase } from 'idb';
import type { OnbrandDB } from '../../db/schema';
import { recordsOfKind } from '../query';
import { recordsFrom, type RecordsByKind } from './input-cache';
import { crisisWindowStart, type CrisisSignal } from './crisis';
import type { EngagementReport } from './engagement';
import type { ReportPeriod } from './period';
import {
  computeEngagement,
  computeReport,
  crisisSignal,
  type Report,
  type ReportInput,
  type ReportOptions,
} from './report';

// The report's reads from the activity log (the worker's side); the sections are computed from them in
// report.ts, which Chrome's worker imports as a part when a report is first asked for (report-part.ts).

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
  return computeEngagement(await periodRecords(db, period), period);
}

export async function buildReport(db: IDBPDatabase<OnbrandDB>, options: ReportOptions): Promise<Report> {
  return computeReport(await loadReportInput(db, options), options);
}

/**
 * The crisis signal as of `now` on its own (every platform, the default options), read from its window only: the
 * popup's notice offering the pause. The same function as the report's crisis section (crisis.ts), parsed in Chrome's
 * worker with the report's part (report-part.ts).
 */
export async function readCrisisSignal(db: IDBPDatabase<OnbrandDB>, now: number): Promise<CrisisSignal> {
  const from = crisisWindowStart(now);
  const [feedback, summaries, publishes] = await Promise.all([
    recordsOfKind(db, 'feedback', from, now),
    recordsOfKind(db, 'check-summary', from, now),
    recordsOfKind(db, 'publish', from, now),
  ]);
  return crisisSignal(feedback, [...summaries, ...publishes], { now });
}
