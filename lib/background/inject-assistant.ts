import { browser } from 'wxt/browser';
import type { SenderInfo } from '../messaging/receiver';

/** The full in-page assistant (React overlay, engine, adapters). Not in the manifest: injected on demand. */
export const ASSISTANT_SCRIPT = '/content-scripts/assistant.js';

/**
 * Pages load only the small focus watcher; the assistant's weight arrives when a box is first focused, into
 * exactly the tab and frame that asked. Host permissions (required or granted) bound where this can run.
 */
export async function injectAssistant(sender: SenderInfo): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return false;
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [sender.frameId ?? 0] },
    files: [ASSISTANT_SCRIPT],
  });
  return true;
}
