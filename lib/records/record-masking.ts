import { maskPersonalData, type CustomMaskers } from './mask';
import type { ActivityRecord } from './schema';
import type { KeyValueArea } from './outbox';

// Which stored fields hold free text a person typed or read. URLs and post ids are left as they are: they
// identify the post, and their long digit runs are not personal data.
function maskOptional(value: string | undefined, custom: CustomMaskers): string | undefined {
  return value === undefined ? undefined : maskPersonalData(value, custom).text;
}

/**
 * The record as it will be stored with personal data masked (the built-in detectors and `custom`, the kit's own);
 * records without free text come back unchanged.
 */
export function maskRecord(record: ActivityRecord, custom: CustomMaskers = []): ActivityRecord {
  switch (record.kind) {
    case 'publish': {
      const masked = { ...record, text: maskPersonalData(record.text, custom).text };
      if (record.overrideReason !== undefined)
        masked.overrideReason = maskOptional(record.overrideReason, custom);
      return masked;
    }
    case 'gate-override':
      return { ...record, reason: maskPersonalData(record.reason, custom).text };
    case 'feedback': {
      const masked = { ...record, note: maskPersonalData(record.note, custom).text };
      if (record.commentText !== undefined) masked.commentText = maskOptional(record.commentText, custom);
      return masked;
    }
    default:
      return record;
  }
}

/**
 * The log's masking setting lives in IndexedDB, which content scripts cannot read; the background mirrors it
 * under this storage.local key so a page masks records before its outbox persists them. Absent means on.
 */
export const MASK_MIRROR_KEY = 'records:maskPersonalData';

export async function mirrorMaskSetting(area: Pick<KeyValueArea, 'set'>, mask: boolean): Promise<void> {
  await area.set({ [MASK_MIRROR_KEY]: mask });
}

/**
 * What the sender applies to a record before anything stores it: masking unless the user turned it off, with the
 * custom detectors of the kit in force on this page.
 */
export function senderMasking(
  area: Pick<KeyValueArea, 'get'>,
  custom: () => CustomMaskers = () => [],
): (record: ActivityRecord) => Promise<ActivityRecord> {
  return async (record) => {
    const stored = await area.get(MASK_MIRROR_KEY).catch(() => ({}) as Record<string, unknown>);
    return stored[MASK_MIRROR_KEY] === false ? record : maskRecord(record, custom());
  };
}
