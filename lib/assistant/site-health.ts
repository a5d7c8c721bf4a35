import { browser } from 'wxt/browser';
import type { SiteAdapter } from '@/lib/sites/types';

export const SITE_HEALTH_KEY = 'siteHealth';

export interface SiteHealthEntry {
  adapter: string;
  /** Which part of the adapter found nothing ('box', or a selector name). */
  missing: string;
  at: number;
}

/**
 * Remembers that an adapter's selectors found nothing on this host, so the popup can show a quiet
 * "this site changed" notice. Written to extension storage (never the site's).
 */
export async function reportSiteHealth(adapter: SiteAdapter, host: string, missing: string): Promise<void> {
  const stored = ((await browser.storage.local.get(SITE_HEALTH_KEY))[SITE_HEALTH_KEY] ?? {}) as Record<string, SiteHealthEntry>;
  if (stored[host]?.missing === missing && Date.now() - stored[host].at < 60_000) return;
  stored[host] = { adapter: adapter.id, missing, at: Date.now() };
  await browser.storage.local.set({ [SITE_HEALTH_KEY]: stored });
}

/** True when none of the adapter's box selectors (keys starting with "box") finds anything on the page. */
export function boxSelectorsMissing(adapter: SiteAdapter, doc: Document): boolean {
  const boxSelectors = Object.entries(adapter.selectors).filter(([name]) => name.startsWith('box'));
  return boxSelectors.length > 0 && boxSelectors.every(([, selector]) => !doc.querySelector(selector));
}
