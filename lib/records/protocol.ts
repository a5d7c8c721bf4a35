import * as z from 'zod/mini';
import { RecordPrefs } from './prefs';
import type { Report } from './reports/report';
import type { CrisisSignal } from './reports/crisis';
import type { EngagementReport } from './reports/engagement';
import { PlatformId } from '../platforms/schema';
import { activityRecordSchema } from './schema';
import type { ExportPage } from './export-pages';

// The activity log's messages (composed into lib/messaging/protocol.ts): writes from the pages (records.put and
// records.draftFindings, the only ones a content script may send), counts, the popup's today figures, preferences, deletion, reports and
// exports. Tests read the stored records the way the dashboard can: from IndexedDB in an extension page
// (test/e2e/support/records.ts), not through a message the extension would ship for them.

const period = {
  from: z.number().check(z.int()),
  to: z.number().check(z.int()),
  platforms: z.optional(z.array(PlatformId)),
};

export const recordMessages = {
  'records.put': {
    fromPages: true,
    request: z.object({ records: z.array(activityRecordSchema()).check(z.minLength(1), z.maxLength(1000)) }),
    response: z.object({ ids: z.array(z.string()) }),
  },
  /**
   * A box's findings shown so far in a draft not yet published (0 once it is: its records then hold them), for the
   * popup's "findings caught" today. `draft` is the box session's random id; counts and platform only.
   */
  'records.draftFindings': {
    fromPages: true,
    request: z.object({
      draft: z.string().check(z.minLength(1), z.maxLength(64)),
      platform: PlatformId,
      count: z.number().check(z.int(), z.minimum(0), z.maximum(10_000)),
    }),
    response: z.object({}),
  },
  /** Every record stored, or those of an inclusive period (from, to) when given. */
  'records.count': {
    fromPages: false,
    request: z.object({
      from: z.optional(z.number().check(z.int())),
      to: z.optional(z.number().check(z.int())),
    }),
    response: z.object({ count: z.number() }),
  },
  /**
   * The popup's "today" counts from the activity log: posts and replies published and findings caught in
   * [from, to] (in published drafts, fixed or not, and in drafts still open), plus the posts since `postsFrom` (the
   * start of the longest rhythm period) for the rhythm check.
   */
  'records.today': {
    fromPages: false,
    request: z.object({
      from: z.number().check(z.int()),
      to: z.number().check(z.int()),
      postsFrom: z.number().check(z.int()),
    }),
    response: z.object({
      posts: z.number(),
      replies: z.number(),
      findings: z.number(),
      publishes: z.array(z.object({ platform: PlatformId, at: z.number() })),
    }),
  },
  'records.prefs.get': {
    fromPages: false,
    request: z.object({}),
    response: RecordPrefs,
  },
  'records.prefs.set': {
    fromPages: false,
    request: z.partial(RecordPrefs),
    response: z.object({ prefs: RecordPrefs, pruned: z.number() }),
  },
  'records.deleteAll': {
    fromPages: false,
    request: z.object({ confirm: z.literal(true) }),
    response: z.object({ deleted: z.number() }),
  },
  'records.report': {
    fromPages: false,
    request: z.object({
      ...period,
      utcOffsetMinutes: z.number().check(z.int(), z.minimum(-840), z.maximum(840)),
      now: z.number(),
      /** The planned posts to measure adherence against; omitted: the background reads the content calendar. */
      plan: z.optional(z.array(z.object({ platform: PlatformId, at: z.number() }))),
      responseTargetMs: z.optional(z.number().check(z.positive())),
      /** At most this many engagement rows, the most liked (the dashboard's first screen); omitted: every row. */
      engagementRows: z.optional(z.number().check(z.int(), z.minimum(0))),
      examplesPerTag: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(50))),
      crisis: z.optional(
        z.object({
          ratio: z.optional(z.number().check(z.positive())),
          minEvents: z.optional(z.number().check(z.int(), z.minimum(1))),
          baselineDays: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(90))),
          negativeCategories: z.optional(z.array(z.string())),
        }),
      ),
    }),
    // Computed by our own worker from validated records; not re-validated on the way back.
    response: z.custom<Report>(),
  },
  /**
   * The crisis signal now (the reports' own function, reports/crisis.ts): the popup's notice that offers the pause.
   * `now` is the popup's clock.
   */
  'records.crisis': {
    fromPages: false,
    request: z.object({ now: z.number() }),
    // Computed by our own worker from validated records; not re-validated on the way back.
    response: z.custom<CrisisSignal>(),
  },
  /** Every engagement row of a report's period: what its first screen left out (sorting, "show all", exports). */
  'records.engagement': {
    fromPages: false,
    request: z.object({
      ...period,
      utcOffsetMinutes: z.number().check(z.int(), z.minimum(-840), z.maximum(840)),
    }),
    response: z.custom<EngagementReport>(),
  },
  /** The log's health for the dashboard's notice: an upgrade held up by another page, or a write refused as full. */
  'records.status': {
    fromPages: false,
    request: z.object({}),
    response: z.object({ upgradeBlocked: z.boolean(), full: z.boolean() }),
  },
  /**
   * One page of a period's records for an export, masked as the log is: the dashboard asks page after page (a
   * Cancel stops asking), from the cursor the previous page returned. `scanned` counts the period's records read,
   * every platform, against `records.count` of the period: the progress.
   */
  'records.export': {
    fromPages: false,
    request: z.object({
      ...period,
      after: z.optional(
        z.object({ at: z.number().check(z.int()), skip: z.number().check(z.int(), z.minimum(0)) }),
      ),
    }),
    // Read by our own worker from validated records; not re-validated on the way back.
    response: z.custom<ExportPage>(),
  },
} as const;

export type RecordMessageType = keyof typeof recordMessages;
