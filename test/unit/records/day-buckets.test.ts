import { afterEach, describe, expect, it } from 'vitest';
import type { IDBPDatabase } from 'idb';
import { openOnbrandDB, timelineEntry, type OnbrandDB } from '../../../lib/db/schema';
import { RECORD_KINDS, type ActivityRecord } from '../../../lib/records/schema';
import { deleteAllRecords, maskStoredRecords, putRecords } from '../../../lib/records/store';
import { pruneRecordsBefore } from '../../../lib/records/retention';
import { recordsOfKind } from '../../../lib/records/query';
import { computeReport, type ReportInput } from '../../../lib/records/reports/report';
import { loadReportInput } from '../../../lib/records/reports/read';
import { generateRecords } from '../../bench/seed-records';
import { DAY, NOW, feedback, freshDbName, openFreshDb } from './helpers';

// The per-day rows (lib/records/day-buckets.ts) against a full scan of the `records` store: the same entries in
// the same order, so every report computed from them is the one a full scan gives.

let db: IDBPDatabase<OnbrandDB>;
afterEach(() => db?.close());

const byTime = (a: ActivityRecord, b: ActivityRecord) =>
  a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** What a scan of every stored record gives for one kind and period (publish text left out, as in the rows). */
async function scanned(kind: ActivityRecord['kind'], from: number, to: number): Promise<ActivityRecord[]> {
  return (await db.getAll('records'))
    .filter((r) => r.kind === kind && r.at >= from && r.at <= to)
    .sort(byTime)
    .map(timelineEntry);
}

async function expectRowsMatchScan(from: number, to: number): Promise<void> {
  for (const kind of RECORD_KINDS)
    expect(await recordsOfKind(db, kind, from, to)).toEqual(await scanned(kind, from, to));
}

async function scannedReportInput(from: number, to: number, now: number): Promise<ReportInput> {
  const of = async <K extends ActivityRecord['kind']>(kind: K, a: number, b: number) =>
    (await scanned(kind, a, b)) as Extract<ActivityRecord, { kind: K }>[];
  const crisisFrom = now - 15 * DAY;
  return {
    publishes: await of('publish', from, to),
    templateUses: await of('template-use', from, to),
    overrides: await of('gate-override', from, to),
    checkSummaries: await of('check-summary', from, to),
    snapshots: await of('engagement', from, to),
    feedback: await of('feedback', from, to),
    crisisFeedback: await of('feedback', crisisFrom, now),
    crisisFindings: [
      ...(await of('check-summary', crisisFrom, now)),
      ...(await of('publish', crisisFrom, now)),
    ],
  };
}

describe('per-day rows of the activity log', () => {
  it('hold what a full scan finds, through writes, re-sent records, prune, masking and "delete everything"', async () => {
    db = await openFreshDb();
    const seeded = generateRecords({ count: 1200, now: NOW, days: 120, seed: 7 });
    // Out of time order and in batches, as records arrive from several tabs.
    for (let i = 0; i < seeded.length; i += 400)
      await putRecords(db, seeded.slice(i, i + 400), { mask: false });
    await expectRowsMatchScan(NOW - 90 * DAY, NOW);
    await expectRowsMatchScan(NOW - 120 * DAY - 1, NOW + 1);
    // Bounds inside a day: the first and last rows are cut at the exact millisecond.
    await expectRowsMatchScan(NOW - 30 * DAY + 4321, NOW - 2 * DAY - 987);

    // Re-sent records: moved in time (to another day), changed kind, re-sent unchanged, and the same id twice in
    // one write (the last wins, as in the store).
    const moved = { ...seeded[10], at: seeded[10].at - 3 * DAY - 17 };
    const sameAgain = seeded[11];
    const rekinded: ActivityRecord = { ...feedback(seeded[12].at + 5, 'weibo', 'crisis'), id: seeded[12].id };
    const twiceFirst = { ...seeded[13], at: NOW - 40 * DAY };
    const twiceLast = { ...seeded[13], at: NOW - 41 * DAY };
    await putRecords(db, [moved, sameAgain, rekinded, twiceFirst, twiceLast], { mask: false });
    expect(await db.count('records')).toBe(seeded.length);
    await expectRowsMatchScan(NOW - 120 * DAY - 1, NOW + 1);

    // Masking turned back on: the rows keep the masked text, as the store does.
    await putRecords(db, [{ ...feedback(NOW - DAY, 'x', 'complaint'), note: 'call me on 13812345678' }], {
      mask: false,
    });
    expect(await maskStoredRecords(db)).toBeGreaterThan(0);
    await expectRowsMatchScan(NOW - 120 * DAY - 1, NOW + 1);
    expect(JSON.stringify(await recordsOfKind(db, 'feedback', NOW - 2 * DAY, NOW))).not.toContain(
      '13812345678',
    );

    // The report from the rows equals the report from the scan.
    const options = { from: NOW - 90 * DAY, to: NOW, utcOffsetMinutes: 480, now: NOW, plan: [] };
    const fromRows = computeReport(await loadReportInput(db, options), options);
    const fromScan = computeReport(await scannedReportInput(options.from, options.to, NOW), options);
    expect(fromRows).toEqual(fromScan);
    expect(fromRows.cadence.total.posted).toBeGreaterThan(0);

    // Retention: a cutoff inside a day.
    const cutoff = NOW - 60 * DAY + 12_345_678;
    expect(await pruneRecordsBefore(db, cutoff)).toBeGreaterThan(0);
    await expectRowsMatchScan(0, NOW + 1);
    expect((await recordsOfKind(db, 'check-summary', 0, NOW + 1))[0].at).toBeGreaterThanOrEqual(cutoff);
    const afterPrune = computeReport(await loadReportInput(db, options), options);
    expect(afterPrune).toEqual(
      computeReport(await scannedReportInput(options.from, options.to, NOW), options),
    );

    await deleteAllRecords(db);
    expect(await db.count('days')).toBe(0);
    for (const kind of RECORD_KINDS) expect(await recordsOfKind(db, kind, 0, Infinity)).toEqual([]);
  });

  it('are built once from the records of a version 4 database by the upgrade', async () => {
    const name = freshDbName();
    const v4 = await openOnbrandDB(name, 4);
    const seeded = generateRecords({ count: 1500, now: NOW, days: 60, seed: 11 });
    const tx = v4.transaction(['records', 'timeline'], 'readwrite');
    for (const r of seeded) {
      void tx.objectStore('records').put(r);
      void tx.objectStore('timeline').put(timelineEntry(r), [r.kind, r.at, r.id]);
    }
    await tx.done;
    v4.close();
    db = await openOnbrandDB(name);
    expect(db.version).toBe(5);
    await expectRowsMatchScan(0, Infinity);
    await expectRowsMatchScan(NOW - 20 * DAY + 1, NOW - 3 * DAY);
  });
});
