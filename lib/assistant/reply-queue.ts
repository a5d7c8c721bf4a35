import { send } from '../messaging/client';
import type { SiteAdapter } from '../sites/types';
import { loadSettings } from '../storage/page-settings';
import { watchLocal } from '../storage/local-value';
import { QUEUE_KEY } from '../community/queue-store';
import { watchReplyQueue } from '../community/thread-scan';

/** The assistant's wiring of the reply queue: own handles from Settings, states from the background. */
export function startReplyQueue(adapter: SiteAdapter, signal: AbortSignal): void {
  watchReplyQueue(
    {
      adapter,
      document,
      ownHandles: async () => (await loadSettings()).ownAccounts[adapter.id] ?? [],
      knownPost: async (postId, url) =>
        (await send('engagement.known', { platform: adapter.id, postId: postId.slice(0, 500), url }))
          .published,
      sync: (report) => send('community.thread', report),
      onQueueChanged(listener, until) {
        until.addEventListener('abort', watchLocal(QUEUE_KEY, listener));
      },
    },
    signal,
  );
}
