import * as z from 'zod/mini';
import { EnvelopeSchema, protocol, type Reply, type ResponseOf } from './protocol';
import type { HandlersOf, SenderInfo } from '../message-table';

export type Handlers = HandlersOf<typeof protocol>;

/**
 * Checks who sent a message and what it holds, then runs its handler. Rejected: anything not from this
 * extension (other extensions, web pages via externally_connectable, which we do not declare anyway), malformed
 * envelopes and payloads, and privileged messages sent by a content script.
 */
export async function dispatch(
  raw: unknown,
  sender: SenderInfo,
  ownId: string,
  ownOrigin: string,
  handlers: Handlers,
): Promise<Reply> {
  if (sender.id !== ownId) return { ok: false, error: 'rejected: sender is not this extension' };
  const envelope = EnvelopeSchema.safeParse(raw);
  if (!envelope.success)
    return { ok: false, error: `rejected: not an Onbrand message (${z.prettifyError(envelope.error)})` };
  const { type, payload } = envelope.data;
  const spec = protocol[type];
  const fromExtensionPage = typeof sender.url === 'string' && sender.url.startsWith(ownOrigin);
  if (!fromExtensionPage && !spec.fromPages)
    return { ok: false, error: `rejected: ${type} is not allowed from a web page` };
  const request = spec.request.safeParse(payload);
  if (!request.success) return { ok: false, error: `invalid ${type}: ${z.prettifyError(request.error)}` };
  try {
    const handler = handlers[type] as (p: unknown, s: SenderInfo) => Promise<unknown>;
    return { ok: true, data: (await handler(request.data, sender)) as ResponseOf<typeof type> };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
