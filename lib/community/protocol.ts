import * as z from 'zod/mini';
import { PlatformId } from '../records/schema';
import type { QueueSummary, RankedEntry } from './queue';
import type { BacklogPoint } from './queue-store';

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
    request: z.object({ key: z.string().check(z.maxLength(100)), reason: z.string().check(z.minLength(1), z.maxLength(500)) }),
    response: z.object({ dismissed: z.boolean() }),
  },
  /** The popup's and dashboard's view: waiting comments in order, the summary and the daily backlog. */
  'community.queue': {
    fromPages: false,
    request: z.object({ limit: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(5000))) }),
    response: z.custom<{ entries: RankedEntry[]; summary: QueueSummary; backlog: BacklogPoint[] }>(),
  },
  'community.prefs.get': {
    fromPages: false,
    request: z.object({}),
    response: z.object({ targets: z.partialRecord(PlatformId, z.number()) }),
  },
  'community.prefs.set': {
    fromPages: false,
    request: z.object({ targets: z.partialRecord(PlatformId, z.number().check(z.int(), z.minimum(60_000), z.maximum(30 * 86_400_000))) }),
    response: z.object({ ok: z.literal(true) }),
  },
} as const;

export type CommunityMessageType = keyof typeof communityMessages;
