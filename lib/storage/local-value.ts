import { browser } from 'wxt/browser';

// storage.local by key, without WXT's storage module (@wxt-dev/storage + superlock, ≈3 KB gzip in
// content-scripts/assistant.js): for what the in-page assistant reads and writes. A key with a version and
// migrations keeps its WXT item as the one home of its format (settings-item.ts, site-health-item.ts); the
// background runs those migrations, and a page reader brings an older value up to date in memory the same way.

/** The stored value, or undefined when the key holds nothing (a WXT item's getValue says null). */
export async function readLocal(key: string): Promise<unknown> {
  return (await browser.storage.local.get(key))[key];
}

export function writeLocal(key: string, value: unknown): Promise<void> {
  return browser.storage.local.set({ [key]: value });
}

/** Calls back with each new value of the key (undefined once it is removed). */
export function watchLocal(key: string, listener: (value: unknown) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && key in changes) listener(changes[key].newValue);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
