import { afterEach, describe, expect, it } from 'vitest';
import type { IDBPDatabase } from 'idb';
import type { OnbrandDB } from '../../../lib/db/schema';
import { countInPeriod, readExportPage, type PageCursor } from '../../../lib/records/export-pages';
import { putRecords } from '../../../lib/records/store';
import type { ActivityRecord } from '../../../lib/records/schema';
import { DAY, NOW, openFreshDb, publish } from './helpers';

let db: IDBPDatabase<OnbrandDB>;
afterEach(() => db?.close());

/** Every page of a period, as the dashboard asks for them. */
async function allPages(query: Parameters<typeof readExportPage>[1], limit: number) {
  const pages: { records: ActivityRecord[]; scanned: number }[] = [];
  let after: PageCursor | undefined;
  for (;;) {
    const page = await readExportPage(db, { ...query, after }, limit);
    pages.push(page);
    if (!page.next) return pages;
    after = page.next;
  }
}

describe('records export pages', () => {
  it('counts the inclusive period from the time index', async () => {
    db = await openFreshDb();
    await putRecords(db, [publish(NOW - DAY - 1, 'x'), publish(NOW - DAY, 'x'), publish(NOW, 'weibo')]);
    expect(await countInPeriod(db, NOW - DAY, NOW)).toBe(2);
    expect(await countInPeriod(db, NOW + 1, NOW + DAY)).toBe(0);
  });

  it('pages through records bunched in one millisecond and one day, each once, in time order', async () => {
    db = await openFreshDb();
    const same = Array.from({ length: 7 }, () => publish(NOW - DAY, 'x'));
    const day = Array.from({ length: 6 }, (_, i) => publish(NOW - i * 1000, i % 2 ? 'x' : 'weibo'));
    const outside = publish(NOW + 1, 'x');
    await putRecords(db, [...day, outside, ...same]);
    const pages = await allPages({ from: NOW - 2 * DAY, to: NOW }, 3);
    const ids = pages.flatMap((p) => p.records.map((r) => r.id));
    expect(ids).toHaveLength(13);
    expect(new Set(ids).size).toBe(13);
    expect(ids).not.toContain(outside.id);
    const ats = pages.flatMap((p) => p.records.map((r) => r.at));
    expect(ats).toEqual([...ats].sort((a, b) => a - b));
    expect(pages.map((p) => p.scanned)).toEqual([3, 3, 3, 3, 1]);
  });

  it('keeps only the wanted platforms but counts every record read as progress', async () => {
    db = await openFreshDb();
    await putRecords(
      db,
      Array.from({ length: 10 }, (_, i) => publish(NOW - i, i < 3 ? 'zhihu' : 'x')),
    );
    const pages = await allPages({ from: 0, to: NOW, platforms: ['zhihu'] }, 4);
    expect(pages.flatMap((p) => p.records.map((r) => r.platform))).toEqual(['zhihu', 'zhihu', 'zhihu']);
    expect(pages.reduce((n, p) => n + p.scanned, 0)).toBe(10);
  });

  it('ends at once on an empty period', async () => {
    db = await openFreshDb();
    expect(await readExportPage(db, { from: 0, to: NOW })).toEqual({ records: [], scanned: 0, next: null });
  });
});
