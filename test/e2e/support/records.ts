import type { Page } from '@playwright/test';
import type { ActivityRecord } from '@/lib/records/schema';
import { sendRuntimeMessage } from './messages';

/** Every record the background stored, read from an extension page through the message protocol. */
export async function storedRecords(extensionPage: Page): Promise<ActivityRecord[]> {
  const reply = await sendRuntimeMessage(extensionPage, {
    onbrand: 1,
    type: 'records.between',
    payload: { from: 0, to: Date.now() + 86_400_000 },
  });
  if (!reply.ok) throw new Error(reply.error);
  return (reply.data as unknown as { records: ActivityRecord[] }).records;
}
