import { browser } from 'wxt/browser';
import { send } from '../messaging/client';
import type { SiteAdapter } from '../sites/types';
import { loadSettings } from '../storage/page-settings';
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
        const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
          if (area === 'local' && QUEUE_KEY in changes) listener(changes[QUEUE_KEY].newValue);
        };
        browser.storage.onChanged.addListener(onChanged);
        until.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged));
      },
    },
    signal,
  );
}
