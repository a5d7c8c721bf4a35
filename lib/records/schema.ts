import * as z from 'zod/mini';
import { PlatformId } from '@/lib/platforms/schema';
import { once } from '../once';

// The activity log's record shapes. Every record carries an id made by the sender, so a retried write
// overwrites itself instead of duplicating. Built on the first parse, not when a bundle loads (the in-page
// assistant imports this file and rarely parses a record; lib/engine/schema.ts says why).

/** Every record's schema, built on the first call. */
export const activityRecordSchema = once(() => {
  const base = {
    id: z.string().check(z.minLength(8), z.maxLength(100)),
    at: z.number().check(z.int(), z.positive()),
    platform: PlatformId,
  };

  const findingCount = z.object({
    ruleId: z.string().check(z.maxLength(200)),
    severity: z.enum(['block', 'warn', 'info']),
    category: z.optional(z.string().check(z.maxLength(100))),
    count: z.number().check(z.int(), z.nonnegative()),
  });

  const PublishRecord = z.object({
    ...base,
    kind: z.literal('publish'),
    postKind: z.enum(['post', 'reply', 'comment']),
    url: z.string().check(z.maxLength(4000)),
    text: z.string().check(z.maxLength(100_000)),
    findings: z.array(findingCount),
    overrideReason: z.optional(z.string().check(z.maxLength(2000))),
    templateIds: z.array(z.string()),
    postId: z.optional(z.string().check(z.maxLength(500))),
    repliedTo: z.optional(
      z.object({
        author: z.optional(z.string().check(z.maxLength(200))),
        at: z.optional(z.number()),
        url: z.optional(z.string().check(z.maxLength(4000))),
      }),
    ),
    responseMs: z.optional(z.number().check(z.nonnegative())),
    /** Team mode: the reviewer's approval this exact text went out under (lib/team). */
    approvalId: z.optional(z.string().check(z.maxLength(100))),
  });

  const TemplateUseRecord = z.object({
    ...base,
    kind: z.literal('template-use'),
    templateId: z.string(),
  });

  const GateOverrideRecord = z.object({
    ...base,
    kind: z.literal('gate-override'),
    reason: z.string().check(z.maxLength(2000)),
    ruleIds: z.array(z.string()),
    url: z.string().check(z.maxLength(4000)),
  });

  const CheckSummaryRecord = z.object({
    ...base,
    kind: z.literal('check-summary'),
    findings: z.array(findingCount),
  });

  const EngagementRecord = z.object({
    ...base,
    kind: z.literal('engagement'),
    postId: z.string().check(z.maxLength(500)),
    url: z.string().check(z.maxLength(4000)),
    /** When the post itself went out, as shown on the page (optional; lets reports show it without a publish record). */
    postedAt: z.optional(z.number().check(z.int(), z.positive())),
    counts: z.object({
      replies: z.optional(z.number()),
      reposts: z.optional(z.number()),
      likes: z.optional(z.number()),
      views: z.optional(z.number()),
      favourites: z.optional(z.number()),
    }),
  });

  const FeedbackRecord = z.object({
    ...base,
    kind: z.literal('feedback'),
    tag: z.enum(['praise', 'complaint', 'question', 'suggestion', 'crisis']),
    note: z.string().check(z.maxLength(4000)),
    url: z.string().check(z.maxLength(4000)),
    postId: z.optional(z.string().check(z.maxLength(500))),
    commentAuthor: z.optional(z.string().check(z.maxLength(200))),
    commentText: z.optional(z.string().check(z.maxLength(10_000))),
  });

  return z.discriminatedUnion('kind', [
    PublishRecord,
    TemplateUseRecord,
    GateOverrideRecord,
    CheckSummaryRecord,
    EngagementRecord,
    FeedbackRecord,
  ]);
});
export type ActivityRecord = z.infer<ReturnType<typeof activityRecordSchema>>;
export type RecordKind = ActivityRecord['kind'];

/** Every record kind, in a fixed order (exports, filters). */
export const RECORD_KINDS = [
  'publish',
  'template-use',
  'gate-override',
  'check-summary',
  'engagement',
  'feedback',
] as const satisfies readonly RecordKind[];
