import { serializeCsv } from '../csv';
import type { PlatformId } from '../platforms';
import { ageOf, rankQueue, type QueueEntry } from './queue';
import type { BacklogPoint, StoredQueue } from './queue-store';
import { targetFor, type ResponseTargets } from './targets';

// The Reports tab's reply-queue part: of the comments answered in the period, the share answered within the
// platform's response target (answer time minus posted time, or first seen when the page shows no time), and
// the daily backlog the queue records. Computed from the stored queue; nothing else is kept for it.

export interface QueueReportRow {
  platform: PlatformId;
  answered: number;
  withinTarget: number;
  /** Share of answered within target, 0–100; undefined when nothing was answered. */
  pct?: number;
  targetMs: number;
  waiting: number;
}

export interface QueueReport {
  rows: QueueReportRow[];
  answered: number;
  withinTarget: number;
  pct?: number;
  backlog: BacklogPoint[];
}

const pctOf = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 10 : undefined);

export function queueReport(
  queue: StoredQueue,
  targets: ResponseTargets,
  period: { from: number; to: number },
  now: number,
): QueueReport {
  const byPlatform = new Map<PlatformId, QueueReportRow>();
  const row = (platform: PlatformId) => {
    let r = byPlatform.get(platform);
    if (!r) {
      r = { platform, answered: 0, withinTarget: 0, targetMs: targetFor(platform, targets), waiting: 0 };
      byPlatform.set(platform, r);
    }
    return r;
  };
  for (const entry of Object.values(queue.entries) as QueueEntry[]) {
    if (entry.state !== 'answered' || entry.answeredAt === undefined) continue;
    if (entry.answeredAt < period.from || entry.answeredAt > period.to) continue;
    const r = row(entry.platform);
    r.answered++;
    if (ageOf(entry, entry.answeredAt) <= r.targetMs) r.withinTarget++;
  }
  for (const waiting of rankQueue(Object.values(queue.entries), now, targets))
    row(waiting.platform).waiting++;
  const rows = [...byPlatform.values()]
    .map((r) => ({ ...r, pct: pctOf(r.withinTarget, r.answered) }))
    .sort((a, b) => b.answered - a.answered || a.platform.localeCompare(b.platform));
  const answered = rows.reduce((n, r) => n + r.answered, 0);
  const withinTarget = rows.reduce((n, r) => n + r.withinTarget, 0);
  const fromDay = new Date(period.from).toISOString().slice(0, 10);
  const toDay = new Date(period.to).toISOString().slice(0, 10);
  return {
    rows,
    answered,
    withinTarget,
    pct: pctOf(withinTarget, answered),
    backlog: queue.backlog.filter((p) => p.day >= fromDay && p.day <= toDay),
  };
}

/** The CSV beside the section's table: one row per platform, then the backlog by day. */
export function queueReportToCsv(report: QueueReport): string {
  return serializeCsv([
    ['platform', 'answered', 'answeredWithinTarget', 'withinTargetPct', 'targetMinutes', 'waitingNow'],
    ...report.rows.map((r) => [
      r.platform,
      r.answered,
      r.withinTarget,
      r.pct ?? '',
      r.targetMs / 60_000,
      r.waiting,
    ]),
    [],
    ['day', 'waiting'],
    ...report.backlog.map((p) => [p.day, p.waiting]),
  ]);
}
