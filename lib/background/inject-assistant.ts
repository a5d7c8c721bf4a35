import { browser } from 'wxt/browser';
import type { SenderInfo } from '../messaging/receiver';
import type { RequestOf } from '../messaging/protocol';
import { postPagePlatform } from '../sites/post-urls';

/** The full in-page assistant (React overlay, engine, adapters). Not in the manifest: injected on demand. */
export const ASSISTANT_SCRIPT = '/content-scripts/assistant.js';

/**
 * Pages load only the small focus watcher; the assistant's weight arrives when a box is first focused, into
 * exactly the tab and frame that asked. Host permissions (required or granted) bound where this can run.
 */
export async function injectAssistant(sender: SenderInfo, request: RequestOf<'assistant.load'> = {}): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return false;
  // On page load (no box focused yet) only post pages need the assistant: engagement snapshots and feedback
  // tagging. The sender's URL is the frame's, reported by the browser, not by the page.
  if (request.reason === 'post-page' && !postPagePlatform(sender.url ?? '')) return false;
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [sender.frameId ?? 0] },
    files: [ASSISTANT_SCRIPT],
  });
  return true;
}
