import type { ActivityRecord } from '@/lib/records/schema';

/** How many requests a period's records export is split into: the progress steps, and where a cancel takes hold. */
export const EXPORT_SLICES = 20;

export interface TimeSlice {
  from: number;
  to: number;
}

/**
 * Splits the inclusive millisecond range [from, to] into `count` consecutive inclusive ranges with no gap and no
 * overlap (fewer when the range holds fewer milliseconds), oldest first.
 */
export function timeSlices(from: number, to: number, count = EXPORT_SLICES): TimeSlice[] {
  if (to < from) return [];
  const span = to - from + 1;
  const n = Math.max(1, Math.min(count, span));
  const slices: TimeSlice[] = [];
  for (let i = 0; i < n; i++) {
    const start = from + Math.floor((span * i) / n);
    const end = from + Math.floor((span * (i + 1)) / n) - 1;
    slices.push({ from: start, to: end });
  }
  return slices;
}

/**
 * Fetches the records slice by slice, oldest first, reporting progress after each and stopping at the next slice
 * boundary once `cancelled()` says so (then resolves to null: nothing is saved). The records keep the order the
 * background gives them within a slice.
 */
export async function fetchInSlices(
  slices: readonly TimeSlice[],
  fetchSlice: (slice: TimeSlice) => Promise<ActivityRecord[]>,
  onProgress: (done: number, total: number) => void,
  cancelled: () => boolean,
): Promise<ActivityRecord[] | null> {
  const records: ActivityRecord[] = [];
  onProgress(0, slices.length);
  for (let i = 0; i < slices.length; i++) {
    if (cancelled()) return null;
    const part = await fetchSlice(slices[i]);
    if (cancelled()) return null;
    for (const record of part) records.push(record);
    onProgress(i + 1, slices.length);
  }
  return records;
}
