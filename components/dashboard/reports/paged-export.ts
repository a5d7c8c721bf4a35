import type { ExportPage, PageCursor } from '@/lib/records/export-pages';
import type { ActivityRecord } from '@/lib/records/schema';

/**
 * Fetches a period's records page after page, oldest first. Progress is in records: how many of the period's
 * `total` (counted first) were read, so it moves evenly however the records bunch in time. Stops asking once
 * `cancelled()` says so (then resolves to null: nothing is saved), so the background's work ends with the page in
 * flight.
 */
export async function fetchInPages(
  total: number,
  fetchPage: (after: PageCursor | undefined) => Promise<ExportPage>,
  onProgress: (done: number, total: number) => void,
  cancelled: () => boolean,
): Promise<ActivityRecord[] | null> {
  const records: ActivityRecord[] = [];
  let done = 0;
  let after: PageCursor | undefined;
  onProgress(0, total);
  for (;;) {
    if (cancelled()) return null;
    const page = await fetchPage(after);
    if (cancelled()) return null;
    for (const record of page.records) records.push(record);
    // Records written during the export may outnumber the count: never past the end, never backwards.
    done = Math.min(total, done + page.scanned);
    if (!page.next) {
      onProgress(total, total);
      return records;
    }
    onProgress(done, total);
    after = page.next;
  }
}
