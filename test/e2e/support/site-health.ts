import type { Page } from '@playwright/test';

/**
 * The site-health report stored for `host` (lib/assistant/site-health.ts): the parts found missing, each with the
 * selector names that found nothing; null when the host has no report (every part it used worked). Read from an
 * extension page, which shares the extension's storage.
 */
export function storedSiteHealth(
  extensionPage: Page,
  host: string,
): Promise<Partial<Record<string, string[]>> | null> {
  return extensionPage.evaluate(async (name) => {
    const local = (
      globalThis as unknown as {
        chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
      }
    ).chrome.storage.local;
    const all = (await local.get('siteHealth')).siteHealth as
      Record<string, { missing: Record<string, string[]> }> | undefined;
    return all?.[name]?.missing ?? null;
  }, host);
}
