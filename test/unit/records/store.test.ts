import { afterEach, describe, expect, it } from 'vitest';
import type { IDBPDatabase } from 'idb';
import type { OnbrandDB } from '../../../lib/db/schema';
import { getRecordPrefs, setRecordPrefs } from '../../../lib/records/prefs';
import { applyRetention, pruneRecordsBefore, retentionCutoff } from '../../../lib/records/retention';
import { countRecords, deleteAllRecords, putRecords, recordsBetween } from '../../../lib/records/store';
import { DAY, NOW, feedback, openFreshDb, publish } from './helpers';

let db: IDBPDatabase<OnbrandDB>;
afterEach(() => db?.close());

describe('record store', () => {
  it('writes by sender-made id, so a retried batch never duplicates', async () => {
    db = await openFreshDb();
    const batch = [publish(NOW, 'x'), publish(NOW + 1, 'weibo')];
    expect(await putRecords(db, batch)).toEqual(batch.map((r) => r.id));
    await putRecords(db, batch);
    await putRecords(db, [batch[1]]);
    expect(await countRecords(db)).toBe(2);
  });

  it('keeps the timeline in step: a record re-sent with another time moves, it is not duplicated', async () => {
    db = await openFreshDb();
    const record = publish(NOW - DAY, 'x', { text: 'long text' });
    await putRecords(db, [record]);
    await putRecords(db, [{ ...record, at: NOW }]);
    expect(await db.count('records')).toBe(1);
    expect(await db.getAllKeys('timeline')).toEqual([['publish', NOW, record.id]]);
    expect(await db.get('timeline', ['publish', NOW, record.id])).toMatchObject({ text: '' });
  });

  it('masks personal data on write unless told not to', async () => {
    db = await openFreshDb();
    const masked = publish(NOW, 'x', { text: 'call 13812345678' });
    const kept = publish(NOW, 'x', { text: 'call 13812345678' });
    await putRecords(db, [masked]);
    await putRecords(db, [kept], { mask: false });
    expect(
      (await db.get('records', masked.id))?.kind === 'publish' && (await db.get('records', masked.id)),
    ).toMatchObject({ text: 'call *******5678' });
    expect(await db.get('records', kept.id)).toMatchObject({ text: 'call 13812345678' });
  });

  it('reads a time range inclusively, in time order', async () => {
    db = await openFreshDb();
    const records = [publish(NOW - 2 * DAY, 'x'), publish(NOW - DAY, 'x'), publish(NOW, 'x')];
    await putRecords(db, [records[2], records[0], records[1]]);
    expect((await recordsBetween(db, NOW - DAY, NOW)).map((r) => r.id)).toEqual([
      records[1].id,
      records[2].id,
    ]);
  });

  it('deletes everything but keeps the preferences', async () => {
    db = await openFreshDb();
    await setRecordPrefs(db, { maskPersonalData: false });
    await putRecords(db, [publish(NOW, 'x'), feedback(NOW, 'x', 'praise')]);
    await deleteAllRecords(db);
    expect(await countRecords(db)).toBe(0);
    expect(await db.count('timeline')).toBe(0);
    expect((await getRecordPrefs(db)).maskPersonalData).toBe(false);
  });
});

describe('retention', () => {
  it('computes calendar-month cutoffs, clamping to the end of shorter months', () => {
    const march31 = new Date(2025, 2, 31, 10).getTime();
    expect(new Date(retentionCutoff(march31, 1))).toEqual(new Date(2025, 1, 28, 10));
    expect(new Date(retentionCutoff(march31, 12))).toEqual(new Date(2024, 2, 31, 10));
    expect(new Date(retentionCutoff(new Date(2025, 0, 15).getTime(), 3))).toEqual(new Date(2024, 9, 15));
  });

  it('drops only records older than the cutoff', async () => {
    db = await openFreshDb();
    const old = publish(NOW - 100 * DAY, 'x');
    const edge = publish(NOW - 10 * DAY, 'x');
    const recent = publish(NOW, 'x');
    await putRecords(db, [old, edge, recent]);
    expect(await pruneRecordsBefore(db, NOW - 10 * DAY)).toBe(1);
    expect((await db.getAllKeys('records')).sort()).toEqual([edge.id, recent.id].sort());
    expect((await db.getAllKeys('timeline')).map((k) => k[2]).sort()).toEqual([edge.id, recent.id].sort());
  });

  it('keeps everything when set to forever, and N months otherwise', async () => {
    db = await openFreshDb();
    const now = new Date(2025, 5, 15).getTime();
    await putRecords(db, [
      publish(new Date(2024, 0, 1).getTime(), 'x'),
      publish(new Date(2025, 2, 20).getTime(), 'x'),
      publish(now, 'x'),
    ]);
    expect(await applyRetention(db, null, now)).toBe(0);
    expect(await countRecords(db)).toBe(3);
    expect(await applyRetention(db, 3, now)).toBe(1);
    expect(await countRecords(db)).toBe(2);
    expect(await applyRetention(db, 1, now)).toBe(1);
    expect(await countRecords(db)).toBe(1);
  });

  it('validates preferences', async () => {
    db = await openFreshDb();
    await expect(setRecordPrefs(db, { retentionMonths: 0 })).rejects.toThrow();
    expect(await setRecordPrefs(db, { retentionMonths: 24 })).toEqual({
      retentionMonths: 24,
      maskPersonalData: true,
    });
    await db.put('meta', { key: 'recordPrefs', value: { retentionMonths: 'lots' } });
    expect(await getRecordPrefs(db)).toEqual({ retentionMonths: null, maskPersonalData: true });
  });
});
