import { browser } from 'wxt/browser';
import type { Envelope, MessageType, Reply, RequestOf, ResponseOf } from './protocol';

export class MessageError extends Error {}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends one typed message to the background. The first message to a worker that went idle can fail while it
 * starts, so transport errors are retried with a short backoff; a rejection from the receiver is not.
 */
export async function send<T extends MessageType>(
  type: T,
  payload: RequestOf<T>,
  attempts = 5,
): Promise<ResponseOf<T>> {
  const envelope: Envelope<T> = { onbrand: 1, type, payload };
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      const reply = (await browser.runtime.sendMessage(envelope)) as Reply<T> | undefined;
      if (!reply) throw new Error('no reply');
      if (!reply.ok) throw new MessageError(reply.error);
      return reply.data;
    } catch (error) {
      if (error instanceof MessageError) throw error;
      lastError = error;
      await sleep(100 * 2 ** attempt);
    }
  }
  throw lastError instanceof Error ? lastError : new Error(String(lastError));
}
