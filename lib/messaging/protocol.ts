import * as z from 'zod/mini';
import { recordMessages } from '../records/protocol';
import { calendarMessages } from '../background/calendar-protocol';
import { teamMessages } from '../team/protocol';
import { ActivityRecord, PlatformId } from '../records/schema';

/**
 * The one message protocol between content scripts, popup, dashboard and background. Each message names its
 * request and response schema; the receiver validates every request before acting on it.
 * `fromPages: true` marks the few messages a content script (which runs inside a web page) may send; all
 * others are accepted only from the extension's own pages.
 */
export const protocol = {
  ping: {
    fromPages: true,
    request: z.object({}),
    response: z.object({ version: z.string() }),
  },
  /**
   * Sent by the light content script when an editable box is first focused, or on page load with
   * `reason: 'post-page'` (engagement snapshots, feedback tagging): then the background injects only when the
   * sender's URL is a post page of a supported site.
   */
  'assistant.load': {
    fromPages: true,
    request: z.object({ reason: z.optional(z.enum(['focus', 'post-page'])) }),
    response: z.object({ injected: z.boolean() }),
  },
  /** Engagement snapshots: did the manager publish this post (a publish record with its id or URL)? */
  'engagement.known': {
    fromPages: true,
    request: z.object({ platform: PlatformId, postId: z.string().check(z.maxLength(500)), url: z.string().check(z.maxLength(4000)) }),
    response: z.object({ published: z.boolean() }),
  },
  'records.put': {
    fromPages: true,
    request: z.object({ records: z.array(ActivityRecord).check(z.minLength(1), z.maxLength(1000)) }),
    response: z.object({ ids: z.array(z.string()) }),
  },
  'records.count': {
    fromPages: false,
    request: z.object({}),
    response: z.object({ count: z.number() }),
  },
  'records.between': {
    fromPages: false,
    request: z.object({ from: z.number(), to: z.number() }),
    response: z.object({ records: z.array(ActivityRecord) }),
  },
  ...recordMessages,
  ...calendarMessages,
  ...teamMessages,
} as const;

export type MessageType = keyof typeof protocol;
export type RequestOf<T extends MessageType> = z.infer<(typeof protocol)[T]['request']>;
export type ResponseOf<T extends MessageType> = z.infer<(typeof protocol)[T]['response']>;

export interface Envelope<T extends MessageType = MessageType> {
  onbrand: 1;
  type: T;
  payload: RequestOf<T>;
}

export type Reply<T extends MessageType = MessageType> =
  | { ok: true; data: ResponseOf<T> }
  | { ok: false; error: string };

export const EnvelopeSchema = z.object({
  onbrand: z.literal(1),
  type: z.enum(Object.keys(protocol) as [MessageType, ...MessageType[]]),
  payload: z.unknown(),
});
