import { maskPersonalData } from './mask';
import type { ActivityRecord } from './schema';

// Which stored fields hold free text a person typed or read. URLs and post ids are left as they are: they
// identify the post, and their long digit runs are not personal data.
function maskOptional(value: string | undefined): string | undefined {
  return value === undefined ? undefined : maskPersonalData(value).text;
}

/** The record as it will be stored with personal data masked; records without free text come back unchanged. */
export function maskRecord(record: ActivityRecord): ActivityRecord {
  switch (record.kind) {
    case 'publish': {
      const masked = { ...record, text: maskPersonalData(record.text).text };
      if (record.overrideReason !== undefined) masked.overrideReason = maskOptional(record.overrideReason);
      return masked;
    }
    case 'gate-override':
      return { ...record, reason: maskPersonalData(record.reason).text };
    case 'feedback': {
      const masked = { ...record, note: maskPersonalData(record.note).text };
      if (record.commentText !== undefined) masked.commentText = maskOptional(record.commentText);
      return masked;
    }
    default:
      return record;
  }
}
