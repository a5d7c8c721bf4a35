import { describe, expect, it } from 'vitest';
import { topSeries } from '@/components/dashboard/reports/charts/top-series';
import { fetchInPages } from '@/components/dashboard/reports/paged-export';
import type { PageCursor } from '@/lib/records/export-pages';
import type { ActivityRecord } from '@/lib/records/schema';

const other = { label: 'Other', colour: '#999' };
const series = (label: string, values: number[]) => ({ label, colour: '#000', values });

describe('topSeries', () => {
  it('keeps the busiest by total and folds the rest into one Other stack, heights unchanged', () => {
    const input = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((label, i) => series(label, [i, 1, 0]));
    const out = topSeries(input, other, 3);
    expect(out.map((s) => s.label)).toEqual(['h', 'g', 'f', 'Other']);
    expect(out[3]).toEqual({ label: 'Other', colour: '#999', values: [0 + 1 + 2 + 3 + 4, 5, 0] });
    const sum = (list: { values: number[] }[], i: number) => list.reduce((n, s) => n + s.values[i], 0);
    for (const i of [0, 1, 2]) expect(sum(out, i)).toBe(sum(input, i));
  });

  it('does not fold a single leftover series, and keeps ties in their given order', () => {
    const input = ['a', 'b', 'c', 'd'].map((label) => series(label, [1]));
    expect(topSeries(input, other, 3).map((s) => s.label)).toEqual(['a', 'b', 'c', 'd']);
    expect(topSeries([...input, series('e', [1])], other, 3).map((s) => s.label)).toEqual([
      'a',
      'b',
      'c',
      'Other',
    ]);
  });
});

describe('fetchInPages', () => {
  const record = (at: number) => ({ id: `r${at}`, at }) as unknown as ActivityRecord;
  /** Three pages of the given sizes (records read), one record kept of each. */
  const pages = (sizes: number[]) => async (after: PageCursor | undefined) => {
    const i = after ? after.at : 0;
    return {
      records: [record(i)],
      scanned: sizes[i],
      next: i + 1 < sizes.length ? { at: i + 1, skip: 0 } : null,
    };
  };

  it('joins the pages in order and reports progress in records, reaching the total', async () => {
    const progress: string[] = [];
    const out = await fetchInPages(
      10,
      pages([5, 1, 4]),
      (done, total) => progress.push(`${done}/${total}`),
      () => false,
    );
    expect(out!.map((r) => r.at)).toEqual([0, 1, 2]);
    expect(progress).toEqual(['0/10', '5/10', '6/10', '10/10']);
  });

  it('never goes past the total or backwards when records arrive during the export', async () => {
    const progress: number[] = [];
    await fetchInPages(
      4,
      pages([3, 3, 3]),
      (done) => progress.push(done),
      () => false,
    );
    expect(progress).toEqual([0, 3, 4, 4]);
  });

  it('stops asking once cancelled and gives nothing back', async () => {
    let asked = 0;
    let cancel = false;
    const out = await fetchInPages(
      10,
      async (after) => {
        asked++;
        if (asked === 2) cancel = true;
        return pages([5, 1, 4])(after);
      },
      () => undefined,
      () => cancel,
    );
    expect(out).toBeNull();
    expect(asked).toBe(2);
  });
});
