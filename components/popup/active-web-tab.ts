import { browser } from 'wxt/browser';

/**
 * The web page the popup acts on: the active tab, or — when the popup itself is open as a tab (keyboard users,
 * pinned popups) — the web tab of this window used last.
 */
export async function activeWebTab(): Promise<{ id: number; url: URL } | null> {
  const isWeb = (url?: string) => !!url && /^https?:/.test(url);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  let tab = active && isWeb(active.url) ? active : undefined;
  if (!tab && active?.url?.startsWith(browser.runtime.getURL('/'))) {
    const tabs = await browser.tabs.query({ currentWindow: true });
    tab = tabs.filter((t) => isWeb(t.url)).sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
  }
  return tab?.id !== undefined && tab.url ? { id: tab.id, url: new URL(tab.url) } : null;
}
