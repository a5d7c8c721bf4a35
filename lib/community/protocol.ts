import * as z from 'zod/mini';
import { PlatformId } from '../platforms/schema';
import type { QueueSummary, RankedEntry } from './queue';
import type { BacklogPoint } from './queue-store';
import type { QueueReport } from './queue-report';
import type { MemberRow } from './members/query';
import { SEGMENTS } from './members/segments';
import { DAY_MS } from '../durations';
import { FEEDBACK_TAGS } from '../records/reports/feedback';

// Community care's messages (composed into lib/messaging/protocol.ts in one line).

const SeenComment = z.object({
  key: z.string().check(z.minLength(4), z.maxLength(100)),
  author: z.optional(z.string().check(z.maxLength(200))),
  postedAt: z.optional(z.number().check(z.int(), z.positive())),
  url: z.optional(z.string().check(z.maxLength(4000))),
  excerpt: z.optional(z.string().check(z.maxLength(200))),
});

const EntryState = z.object({
  key: z.string(),
  state: z.enum(['waiting', 'answered', 'dismissed']),
  firstSeen: z.number(),
  postedAt: z.optional(z.number()),
  tag: z.optional(z.string()),
});

const memberQuery = {
  search: z.optional(z.string().check(z.maxLength(200))),
  platform: z.optional(PlatformId),
  segment: z.optional(z.enum(SEGMENTS)),
  tag: z.optional(z.string().check(z.maxLength(50))),
  sort: z.optional(z.enum(['lastSeen', 'firstSeen', 'comments', 'repliesReceived', 'handle'])),
  descending: z.optional(z.boolean()),
};
type Thresholds = { activeDays: number; silentDays: number; newDays: number };

export const communityMessages = {
  /** The in-page scan of one of the brand's posts: the comments shown now (new ones join the queue). */
  'community.thread': {
    fromPages: true,
    request: z.object({
      platform: PlatformId,
      postUrl: z.string().check(z.maxLength(4000)),
      comments: z.array(SeenComment).check(z.maxLength(5000)),
    }),
    response: z.object({ states: z.array(EntryState), targetMs: z.number() }),
  },
  /** "No reply needed", from the age chip in the page (a trusted click) or the popup. */
  'community.dismiss': {
    fromPages: true,
    request: z.object({
      key: z.string().check(z.maxLength(100)),
      reason: z.string().check(z.minLength(1), z.maxLength(500)),
    }),
    response: z.object({ dismissed: z.boolean() }),
  },
  /** The popup's and dashboard's view: waiting comments in order, the summary and the daily backlog. */
  'community.queue': {
    fromPages: false,
    request: z.object({ limit: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(5000))) }),
    response: z.custom<{ entries: RankedEntry[]; summary: QueueSummary; backlog: BacklogPoint[] }>(),
  },
  /** The Reports tab: answered within target per platform and the backlog, for the report's period. */
  'community.report': {
    fromPages: false,
    request: z.object({ from: z.number(), to: z.number() }),
    response: z.custom<QueueReport>(),
  },
  'community.prefs.get': {
    fromPages: false,
    request: z.object({}),
    response: z.object({ targets: z.partialRecord(PlatformId, z.number()) }),
  },
  'community.prefs.set': {
    fromPages: false,
    request: z.object({
      targets: z.partialRecord(
        PlatformId,
        z.number().check(z.int(), z.minimum(60_000), z.maximum(30 * DAY_MS)),
      ),
    }),
    response: z.object({ ok: z.literal(true) }),
  },
  /** The Members tab: one page of the filtered, sorted book, with the counts. */
  'community.members': {
    fromPages: false,
    request: z.object({
      ...memberQuery,
      limit: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(1000))),
      /** The windowed table's first row. */
      offset: z.optional(z.number().check(z.int(), z.minimum(0))),
    }),
    response: z.custom<{
      rows: MemberRow[];
      offset: number;
      matched: number;
      total: number;
      /** Members per segment (index counts), within the platform filter. */
      segments: Record<(typeof SEGMENTS)[number], number>;
      thresholds: Thresholds;
      ms: number;
    }>(),
  },
  'community.members.update': {
    fromPages: false,
    request: z.object({
      id: z.string().check(z.maxLength(300)),
      notes: z.optional(z.string().check(z.maxLength(4000))),
      /** "MM-DD" or "YYYY-MM-DD" (members/birthday.ts); null or "" clears it. */
      birthday: z.optional(z.nullable(z.string().check(z.maxLength(20)))),
      tags: z.optional(z.array(z.enum(FEEDBACK_TAGS)).check(z.maxLength(FEEDBACK_TAGS.length))),
    }),
    response: z.custom<MemberRow>(),
  },
  /** The member card in the page: the commenter the manager hovered or focused (null when not in the book). */
  'community.members.card': {
    fromPages: true,
    request: z.object({ platform: PlatformId, handle: z.string().check(z.minLength(1), z.maxLength(200)) }),
    response: z.custom<MemberRow | null>(),
  },
  /** The card's "Open in Members" (a trusted click): the dashboard's Members tab on that member. */
  'community.members.open': {
    fromPages: true,
    request: z.object({ platform: PlatformId, handle: z.string().check(z.minLength(1), z.maxLength(200)) }),
    response: z.object({ opened: z.boolean() }),
  },
  'community.members.export': {
    fromPages: false,
    request: z.object({ ...memberQuery, format: z.enum(['csv', 'json']) }),
    response: z.object({ text: z.string(), count: z.number() }),
  },
  'community.members.thresholds': {
    fromPages: false,
    request: z.object({
      activeDays: z.number().check(z.int(), z.positive()),
      silentDays: z.number().check(z.int(), z.positive()),
      newDays: z.number().check(z.int(), z.positive()),
    }),
    response: z.object({ activeDays: z.number(), silentDays: z.number(), newDays: z.number() }),
  },
} as const;

export type CommunityMessageType = keyof typeof communityMessages;
