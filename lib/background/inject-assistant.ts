import { browser } from 'wxt/browser';
import type { SenderInfo } from '../message-table';
import type { RequestOf } from '../messaging/protocol';
import { postPagePlatform } from '../sites/post-urls';
import { PART_FILES, partsForPage, storedPartsForPages, type PartName } from '../assistant/parts';

/** The full in-page assistant (React overlay, engine, adapters). Not in the manifest: injected on demand. */
export const ASSISTANT_SCRIPT = '/content-scripts/assistant.js';

/**
 * Pages load only the small focus watcher; the assistant's weight arrives when a box is first focused, into
 * exactly the tab and frame that asked. Host permissions (required or granted) bound where this can run.
 */
export async function injectAssistant(
  sender: SenderInfo,
  request: RequestOf<'assistant.load'> = {},
): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return false;
  // On page load (no box focused yet) only post pages need the assistant: engagement snapshots and feedback
  // tagging. The sender's URL is the frame's, reported by the browser, not by the page.
  if (request.reason === 'post-page' && !postPagePlatform(sender.url ?? '')) return false;
  // The optional parts this page needs (its site's adapter, its UI strings, what the kits need) go in first, in the same call, so the
  // assistant finds them at start.
  const parts = (await partsForPage(sender.url, storedParts())).map((name) => PART_FILES[name]);
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [sender.frameId ?? 0] },
    files: [...parts, ASSISTANT_SCRIPT],
  });
  return true;
}

let stored: Promise<PartName[]> | undefined;
let watching = false;

/**
 * storedPartsForPages, read once while the worker lives and again after any storage change (any key, any area):
 * a first focus then waits for no storage read here before the injection (the page's own checks still run).
 */
function storedParts(): Promise<PartName[]> {
  if (!watching) {
    watching = true;
    browser.storage.onChanged.addListener(() => (stored = undefined));
  }
  if (!stored) {
    const read = (stored = storedPartsForPages());
    read.catch(() => {
      if (stored === read) stored = undefined;
    });
  }
  return stored;
}

/** An optional part the assistant asked for (a kit changed to need it), into the frame that asked. */
export async function injectPart(sender: SenderInfo, name: PartName): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return false;
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [sender.frameId ?? 0] },
    files: [PART_FILES[name]],
  });
  return true;
}
