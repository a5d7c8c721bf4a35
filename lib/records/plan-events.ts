import type { PublishEvent } from '@/lib/calendar/plan-actual';
import type { ActivityRecord } from './schema';

/** The posts among stored records, as the calendar matches them to its plan (replies and comments are not planned). */
export function publishEventsOf(records: readonly ActivityRecord[]): PublishEvent[] {
  return records.flatMap((r) =>
    r.kind === 'publish' && r.postKind === 'post' ? [{ platform: r.platform, at: r.at, url: r.url }] : [],
  );
}
