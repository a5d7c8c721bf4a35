import type { IDBPDatabase } from 'idb';
import * as z from 'zod/mini';
import type { OnbrandDB } from '../db/schema';

// The log's own preferences live beside it in the 'meta' store, so the worker applies them in the same
// place it writes records, without waiting on another storage area.
export const RecordPrefs = z.object({
  /** Keep this many months of records; null keeps everything. */
  retentionMonths: z.nullable(z.number().check(z.int(), z.minimum(1), z.maximum(120))),
  /** Mask e-mails, phones, ID and bank card numbers in stored text. On unless the user opts out. */
  maskPersonalData: z.boolean(),
});
export type RecordPrefs = z.infer<typeof RecordPrefs>;

export const DEFAULT_RECORD_PREFS: RecordPrefs = { retentionMonths: null, maskPersonalData: true };

const PREFS_KEY = 'recordPrefs';

export async function getRecordPrefs(db: IDBPDatabase<OnbrandDB>): Promise<RecordPrefs> {
  const entry = await db.get('meta', PREFS_KEY);
  const parsed = RecordPrefs.safeParse({ ...DEFAULT_RECORD_PREFS, ...(entry?.value as object | undefined) });
  return parsed.success ? parsed.data : DEFAULT_RECORD_PREFS;
}

export async function setRecordPrefs(
  db: IDBPDatabase<OnbrandDB>,
  patch: Partial<RecordPrefs>,
): Promise<RecordPrefs> {
  const next = RecordPrefs.parse({ ...(await getRecordPrefs(db)), ...patch });
  await db.put('meta', { key: PREFS_KEY, value: next });
  return next;
}
