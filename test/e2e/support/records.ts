import { expect, type Page } from '@playwright/test';
import { sendRuntimeMessage } from './messages';
import type { ActivityRecord } from '@/lib/records/schema';

/**
 * Every record the background stored, read the way the dashboard may: an extension page shares the worker's
 * origin, so it opens the log's IndexedDB (lib/db/schema.ts) at its current version and reads the `records`
 * store. The connection is closed at once, so it never holds up a schema upgrade.
 */
export async function storedRecords(extensionPage: Page): Promise<ActivityRecord[]> {
  return extensionPage.evaluate(readStoredRecords);
}

/** Runs inside an extension page (Playwright's or Puppeteer's evaluate): self-contained, no closure. */
export function readStoredRecords(): Promise<ActivityRecord[]> {
  return new Promise<ActivityRecord[]>((resolve, reject) => {
    const open = indexedDB.open('onbrand');
    // No database yet: nothing stored. Abort instead of creating an empty version 1 the worker would then
    // take as already upgraded past its first step.
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onerror = () => (open.error?.name === 'AbortError' ? resolve([]) : reject(open.error));
    open.onsuccess = () => {
      const db = open.result;
      const read = db.transaction('records').objectStore('records').getAll();
      read.onsuccess = () => {
        db.close();
        // In the order the log's `at` index gives (time, then id), as the dashboard lists them.
        const records = read.result as ActivityRecord[];
        resolve(records.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
      };
      read.onerror = () => {
        db.close();
        reject(read.error);
      };
    };
  });
}

/**
 * Seeds the log as the in-page assistant's outbox would, through `records.put` from an extension page, in batches
 * of 1,000 (the protocol's batch limit); each batch must be acknowledged.
 */
export async function putRecords(page: Page, records: ActivityRecord[]): Promise<void> {
  for (let i = 0; i < records.length; i += 1000) {
    const reply = await sendRuntimeMessage(page, {
      onbrand: 1,
      type: 'records.put',
      payload: { records: records.slice(i, i + 1000) },
    });
    expect(reply.ok, reply.error).toBe(true);
  }
}

/**
 * The brand's own post, published a day ago, as the log would have it: the reply queue, the member book and the
 * reminders follow comments only on the brand's own posts.
 */
export async function seedOwnPost(
  dashboard: Page,
  platform: string,
  url: string,
  postId: string,
): Promise<void> {
  const reply = await sendRuntimeMessage(dashboard, {
    onbrand: 1,
    type: 'records.put',
    payload: {
      records: [
        {
          id: `own-${platform}-post`,
          at: Date.now() - 86_400_000,
          platform,
          kind: 'publish',
          postKind: 'post',
          url,
          postId,
          text: 'launch',
          findings: [],
          templateIds: [],
        },
      ],
    },
  });
  expect(reply.ok, reply.error).toBe(true);
}
