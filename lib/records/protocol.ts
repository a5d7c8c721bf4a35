import * as z from 'zod/mini';
import { RecordPrefs } from './prefs';
import type { Report } from './reports/report';
import { PlatformId, RECORD_KINDS } from './schema';

// The activity log's messages beyond records.put/count/between (which lib/messaging/protocol.ts defines):
// preferences, deletion, reports and exports. All of them come from the extension's own pages only.

const period = {
  from: z.number().check(z.int()),
  to: z.number().check(z.int()),
  platforms: z.optional(z.array(PlatformId)),
};

export const recordMessages = {
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
  /** The log's health for the dashboard's notice: an upgrade held up by another page, or a write refused as full. */
  'records.status': {
    fromPages: false,
    request: z.object({}),
    response: z.object({ upgradeBlocked: z.boolean(), full: z.boolean() }),
  },
  'records.export': {
    fromPages: false,
    request: z.object({ ...period, kinds: z.optional(z.array(z.enum(RECORD_KINDS))), format: z.enum(['csv', 'json']) }),
    response: z.object({ text: z.string(), count: z.number() }),
  },
} as const;

export type RecordMessageType = keyof typeof recordMessages;
