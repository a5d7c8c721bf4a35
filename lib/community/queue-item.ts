import { storage } from 'wxt/utils/storage';
import { QUEUE_KEY } from './queue-store';

// The reply queue's storage item for the extension's pages (the popup follows it); the background writes the key
// through queue-store.ts's injected area, and the page watches it by key (lib/storage/local-value.ts). The stored
// document carries its own version (queue-store.ts's readQueue).
export const replyQueueItem = storage.defineItem<unknown>(`local:${QUEUE_KEY}`);
