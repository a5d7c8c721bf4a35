import type { ActivityRecord } from './schema';
import type { DayBucketKey, TimelineKey } from '../db/schema';

// The activity log's stores in the extension's database (lib/db/schema.ts owns their names, versions and
// upgrades; the log owns what they hold).
declare module '../db/schema' {
  interface OnbrandDB {
    records: {
      key: string;
      value: ActivityRecord;
      indexes: {
        at: number;
        platform: string;
        kind: string;
        postId: string;
        /** v2: one range read per kind and period, instead of scanning every kind for the period. */
        kind_at: [string, number];
      };
    };
    /**
     * v2: the same records keyed [kind, at, id], without publish text (reports never show it). A primary-key
     * range read is several times cheaper than an index read (no second lookup per record), so every report
     * query reads here. Kept in step with `records` in the same transactions (store.ts, retention.ts).
     */
    timeline: {
      key: TimelineKey;
      value: ActivityRecord;
    };
    /**
     * v5: the timeline's entries grouped by [kind, UTC day], in time order (day-buckets.ts): a report's period is a
     * few hundred rows to read instead of tens of thousands of entries. Kept in step like `timeline`.
     */
    days: {
      key: DayBucketKey;
      value: ActivityRecord[];
    };
  }
}
