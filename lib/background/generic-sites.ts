import { browser } from 'wxt/browser';
import { loadSettings } from '../storage/settings-store';

const REGISTRATION_ID = 'onbrand-generic-sites';
export const LOADER_SCRIPT = '/content-scripts/content.js';

/** `https://example.org` → `https://example.org/*` */
export const originPattern = (origin: string) => `${origin.replace(/\/+$/, '')}/*`;

/**
 * Extra sites the user switched on from the popup get the same small focus watcher as the supported sites,
 * through a dynamic content-script registration limited to the origins whose permission is still granted.
 */
export async function syncGenericSiteRegistration(): Promise<string[]> {
  const { extraOrigins } = await loadSettings();
  const granted: string[] = [];
  for (const origin of extraOrigins) {
    if (await browser.permissions.contains({ origins: [originPattern(origin)] }))
      granted.push(originPattern(origin));
  }
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [REGISTRATION_ID] });
  // A site just switched on: its open tabs get the watcher now, here rather than in the popup, which closes as
  // soon as the person clicks back into the page (an injection it started would go with it). Done before the
  // registration is written, so a registration that lists the site means its open tabs are watched too.
  const before = new Set(existing[0]?.matches ?? []);
  for (const pattern of granted.filter((p) => !before.has(p))) await injectIntoOpenTabs(pattern);
  if (granted.length === 0) {
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [REGISTRATION_ID] });
    return granted;
  }
  const script = {
    id: REGISTRATION_ID,
    matches: granted,
    js: [LOADER_SCRIPT],
    allFrames: true,
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
  };
  if (existing.length) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
  return granted;
}

async function injectIntoOpenTabs(pattern: string): Promise<void> {
  for (const tab of await browser.tabs.query({ url: pattern })) {
    if (tab.id === undefined) continue;
    // A tab that is closing, or a page the browser does not let extensions script, is left alone.
    await browser.scripting
      .executeScript({ target: { tabId: tab.id, allFrames: true }, files: [LOADER_SCRIPT] })
      .catch(() => undefined);
  }
}
