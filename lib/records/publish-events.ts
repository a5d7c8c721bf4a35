import type { PublishEvent } from '../calendar';
import type { ActivityRecord } from './schema';

/**
 * The records a content plan can match (lib/calendar/plan-actual.ts): posts only — replies and comments answer
 * someone and are never planned. Used by the worker's calendar jobs and by the team server's shared calendar.
 */
export function publishEventsOf(records: readonly ActivityRecord[]): PublishEvent[] {
  return records.flatMap((r) =>
    r.kind === 'publish' && r.postKind === 'post' ? [{ platform: r.platform, at: r.at, url: r.url }] : [],
  );
}
