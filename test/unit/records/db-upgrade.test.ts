import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, openOnbrandDB, type OnbrandDB } from '../../../lib/db/schema';
import { getRecordPrefs, setRecordPrefs } from '../../../lib/records/prefs';
import { recordsOfKind } from '../../../lib/records/query';
import { DAY, NOW, checkSummary, feedback, freshDbName, publish, snapshot } from './helpers';

describe('database schema and upgrades', () => {
  it('is at version 5', () => {
    expect(DB_VERSION).toBe(5);
  });

  it('creates every store and index on a fresh install (from version 0)', async () => {
    const db = await openOnbrandDB(freshDbName());
    expect(db.version).toBe(5);
    expect([...db.objectStoreNames].sort()).toEqual(['days', 'members', 'meta', 'records', 'timeline']);
    expect([...db.transaction('members').store.indexNames].sort()).toEqual([
      'comments',
      'firstSeen',
      'handle',
      'lastSeen',
      'platform_firstSeen',
      'platform_lastSeen',
      'repliesReceived',
      'search',
      'tags',
    ]);
    expect([...db.transaction('records').store.indexNames].sort()).toEqual([
      'at',
      'kind',
      'kind_at',
      'platform',
      'postId',
    ]);
    db.close();
  });

  it('upgrades a version 1 database without losing a record, and indexes the old records', async () => {
    const name = freshDbName();
    const v1 = await openOnbrandDB(name, 1);
    expect([...v1.objectStoreNames]).toEqual(['records']);
    const written = [
      publish(NOW - 3 * DAY, 'x', { postId: 'p1', text: '你好, "world"' }),
      publish(NOW - 2 * DAY, 'weibo'),
      checkSummary(NOW - DAY, 'x', [{ ruleId: 'r', severity: 'warn', count: 2 }]),
      snapshot(NOW - DAY, 'x', 'p1', { likes: 4 }),
      feedback(NOW, 'zhihu', 'complaint'),
    ];
    const tx = v1.transaction('records', 'readwrite');
    for (const r of written) void tx.store.put(r);
    await tx.done;
    v1.close();

    const v2 = await openOnbrandDB(name, 2);
    expect(v2.version).toBe(2);
    const all = await v2.getAll('records');
    expect(all.sort((a, b) => a.at - b.at)).toEqual(written);
    // The timeline is backfilled from records written under v1 (publish text left out), and the new
    // compound index covers them too.
    expect(await v2.count('timeline')).toBe(written.length);
    const timeline = (kind: string, from: number, to: number) =>
      v2.getAll('timeline', IDBKeyRange.bound([kind, from], [kind, to, []]));
    expect(await timeline('publish', NOW - 10 * DAY, NOW)).toEqual(
      written.slice(0, 2).map((r) => ({ ...r, text: '' })),
    );
    expect(
      (
        await v2.getAllFromIndex('records', 'kind_at', IDBKeyRange.bound(['publish', 0], ['publish', NOW]))
      ).map((r) => r.id),
    ).toEqual(written.slice(0, 2).map((r) => r.id));
    expect((await timeline('feedback', NOW - DAY, NOW)).map((r) => r.id)).toEqual([written[4].id]);
    // The new meta store works.
    expect(await getRecordPrefs(v2)).toEqual({ retentionMonths: null, maskPersonalData: true });
    await setRecordPrefs(v2, { retentionMonths: 6 });
    expect((await getRecordPrefs(v2)).retentionMonths).toBe(6);
    v2.close();

    // On to today's version: the per-day rows are built from those records too.
    const current = await openOnbrandDB(name);
    expect(await recordsOfKind(current, 'publish', NOW - 10 * DAY, NOW)).toEqual(
      written.slice(0, 2).map((r) => ({ ...r, text: '' })),
    );
    expect((await recordsOfKind(current, 'feedback', NOW - DAY, NOW)).map((r) => r.id)).toEqual([
      written[4].id,
    ]);
    current.close();
  });

  it('re-opening at the current version changes nothing', async () => {
    const name = freshDbName();
    const first = await openOnbrandDB(name);
    await first.put('records', publish(NOW, 'x'));
    first.close();
    const again = await openOnbrandDB(name);
    expect(await again.count('records')).toBe(1);
    again.close();
  });

  it('upgrades a version 2 database to 5 by adding the member book, its indexes and the per-day rows, keeping every record', async () => {
    const name = freshDbName();
    const v2 = await openOnbrandDB(name, 2);
    await v2.put('records', publish(NOW, 'x'));
    v2.close();
    const v3 = await openOnbrandDB(name);
    expect(v3.version).toBe(5);
    expect(await v3.count('records')).toBe(1);
    expect(await v3.count('days')).toBe(1);
    expect(await v3.count('members')).toBe(0);
    v3.close();
  });

  it('closes itself when a newer version is opened elsewhere, so the upgrade is not blocked', async () => {
    const name = freshDbName();
    const old = await openOnbrandDB(name, 1);
    const newer = await openDB<OnbrandDB>(name, 3, { upgrade() {} });
    expect(newer.version).toBe(3);
    newer.close();
    old.close();
  });
});
