import { describe, expect, it } from 'vitest';
import { topSeries } from '@/components/dashboard/reports/charts/top-series';
import { fetchInSlices, timeSlices } from '@/components/dashboard/reports/sliced-export';
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

describe('timeSlices', () => {
  it('covers the inclusive range exactly, without gaps or overlaps', () => {
    for (const [from, to, count] of [
      [0, 99, 20],
      [1_000, 1_000 + 86_400_000 * 30 - 1, 20],
      [5, 7, 20],
      [10, 10, 4],
    ]) {
      const slices = timeSlices(from, to, count);
      expect(slices[0].from).toBe(from);
      expect(slices.at(-1)!.to).toBe(to);
      for (let i = 1; i < slices.length; i++) expect(slices[i].from).toBe(slices[i - 1].to + 1);
      for (const s of slices) expect(s.to).toBeGreaterThanOrEqual(s.from);
      expect(slices.length).toBe(Math.min(count, to - from + 1));
    }
    expect(timeSlices(10, 9)).toEqual([]);
  });
});

describe('fetchInSlices', () => {
  const record = (at: number) => ({ id: `r${at}`, at }) as unknown as ActivityRecord;

  it('joins the slices in order and reports progress after each', async () => {
    const progress: string[] = [];
    const out = await fetchInSlices(
      timeSlices(0, 9, 5),
      async (s) => [record(s.from), record(s.to)],
      (done, total) => progress.push(`${done}/${total}`),
      () => false,
    );
    expect(out!.map((r) => r.at)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(progress).toEqual(['0/5', '1/5', '2/5', '3/5', '4/5', '5/5']);
  });

  it('stops at the next slice once cancelled and gives nothing back', async () => {
    let asked = 0;
    let cancel = false;
    const out = await fetchInSlices(
      timeSlices(0, 9, 5),
      async (s) => {
        asked++;
        if (asked === 2) cancel = true;
        return [record(s.from)];
      },
      () => undefined,
      () => cancel,
    );
    expect(out).toBeNull();
    expect(asked).toBe(2);
  });
});
