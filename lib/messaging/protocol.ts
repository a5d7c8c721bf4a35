import * as z from 'zod/mini';
import { recordMessages } from '../records/protocol';
import { calendarMessages } from '../calendar/protocol';
import { PlatformId } from '@/lib/platforms/schema';
import { communityMessages } from '../community/protocol';
import { reminderMessages } from '../community/reminders/protocol';
import { teamMessages } from '../team/protocol';
import { pauseMessages } from '../pause/protocol';

/**
 * The one message protocol between content scripts, popup, dashboard and background. Each message names its
 * request and response schema; the receiver validates every request before acting on it.
 * `fromPages: true` marks the few messages a content script (which runs inside a web page) may send; all
 * others are accepted only from the extension's own pages.
 */
export const protocol = {
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
  /**
   * Sent by the assistant when a kit or its templates start to need an optional part, or its frame's site adapter
   * did not come with it (lib/assistant/parts.ts): injected into its frame.
   */
  'assistant.part': {
    fromPages: true,
    request: z.object({
      name: z.enum([
        're2js',
        'i18n-en',
        'i18n-zh',
        'starter',
        'pinyin',
        't2s',
        'template-pinyin',
        'community-ui',
        'template-picker-ui',
        'site-x',
        'x-links',
        'site-facebook',
        'site-instagram',
        'site-linkedin',
        'site-reddit',
        'site-youtube',
        'site-tiktok',
        'site-weibo',
        'site-xiaohongshu',
        'site-douyin',
        'site-zhihu',
        'site-bilibili',
        'site-wechat',
      ]),
    }),
    response: z.object({ injected: z.boolean() }),
  },
  /** Engagement snapshots: did the manager publish this post (a publish record with its id or URL)? */
  'engagement.known': {
    fromPages: true,
    request: z.object({
      platform: PlatformId,
      postId: z.string().check(z.maxLength(500)),
      url: z.string().check(z.maxLength(4000)),
    }),
    response: z.object({ published: z.boolean() }),
  },
  ...recordMessages,
  ...calendarMessages,
  ...communityMessages,
  ...reminderMessages,
  ...teamMessages,
  ...pauseMessages,
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
  { ok: true; data: ResponseOf<T> } | { ok: false; error: string };

export const EnvelopeSchema = z.object({
  onbrand: z.literal(1),
  type: z.enum(Object.keys(protocol) as [MessageType, ...MessageType[]]),
  payload: z.unknown(),
});
