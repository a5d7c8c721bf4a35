import type { Page } from '@playwright/test';
import type { ExtensionBrowser } from './browser';
import { sendRuntimeMessage } from './messages';

// The setup most specs share: a fixture site page opened in the extension's browser, and storage written from an
// extension page (as the dashboard would). Each step is what the specs wrote inline before, unchanged.

/** Loads a fixture site page in `page` and waits for its editors (the fixture sets `window.fixture` once mounted). */
export async function gotoSite(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => 'fixture' in window);
}

/**
 * A new tab on a fixture site page, ready to type in. `before` runs on the blank tab first (an init script, a
 * listener for the scripts the page parses).
 */
export async function openSite(
  ext: ExtensionBrowser,
  url: string,
  before?: (page: Page) => Promise<unknown>,
): Promise<Page> {
  const page = await ext.context.newPage();
  await before?.(page);
  await gotoSite(page, url);
  return page;
}

type LocalArea = {
  get(key: string): Promise<Record<string, { version: number; value: Record<string, unknown> }>>;
  set(items: unknown): Promise<void>;
};

/** `chrome.storage.local.set(values)` from an extension page. */
export async function setLocal(extensionPage: Page, values: Record<string, unknown>): Promise<void> {
  await extensionPage.evaluate(async (items) => {
    const local = (globalThis as unknown as { chrome: { storage: { local: LocalArea } } }).chrome.storage
      .local;
    await local.set(items);
  }, values);
}

/** `chrome.storage.local.get(key)[key]` from an extension page. */
export async function getLocal(extensionPage: Page, key: string): Promise<unknown> {
  return extensionPage.evaluate(async (name) => {
    const local = (globalThis as unknown as { chrome: { storage: { local: LocalArea } } }).chrome.storage
      .local;
    return (await local.get(name))[name] as unknown;
  }, key);
}

/** Writes the brand's own accounts per platform into the settings (the same shape the Settings tab saves). */
export async function setOwnAccounts(dashboard: Page, ownAccounts: Record<string, string[]>): Promise<void> {
  // The worker runs its settings migration before answering any message: after this answer it is done.
  await sendRuntimeMessage(dashboard, { onbrand: 1, type: 'records.count', payload: {} });
  await dashboard.evaluate(async (accounts) => {
    const local = (globalThis as unknown as { chrome: { storage: { local: LocalArea } } }).chrome.storage
      .local;
    const stored = (await local.get('settings')).settings;
    await local.set({
      settings: { version: stored.version, value: { ...stored.value, ownAccounts: accounts } },
    });
  }, ownAccounts);
}
