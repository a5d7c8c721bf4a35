import * as z from 'zod/mini';
import { recordMessages } from '../records/protocol';
import { calendarMessages } from '../background/calendar-protocol';
import { ActivityRecord } from '../records/schema';

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
