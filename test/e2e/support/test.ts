import { test as base, expect, type Page } from '@playwright/test';
import type { BrandKit } from '@/lib/engine/schema';
import { extensionUrl, launchWithExtension, stopServiceWorker, type ExtensionBrowser } from './browser';
import { seedKit, TEST_KIT } from './kit';
import { openSite } from './setup';
import { focusBox, type SiteBox } from './site-pages';

export interface Fixtures {
  /** A fresh Chromium profile with the built extension; closed after the test. */
  ext: ExtensionBrowser;
  /** Opens an extension page (popup.html, options.html#reports …) in a tab. */
  openExtensionPage(page: string): Promise<Page>;
  /** The dashboard (options.html) with `kit` (default TEST_KIT, `extra` merged in) stored as the active kit. */
  openDashboardWithKit(kit?: BrandKit, extra?: Partial<BrandKit>): Promise<Page>;
  /** `openDashboardWithKit()`, then a new tab on `box`'s page with the caret in the box (site-pages.ts `focusBox`). */
  openBoxWithKit(box: SiteBox): Promise<{ dashboard: Page; page: Page }>;
  /** A new tab on a fixture site page, its editors mounted (support/setup.ts `openSite`). */
  openSite(url: string, before?: (page: Page) => Promise<unknown>): Promise<Page>;
  stopWorker(): Promise<void>;
}

export const test = base.extend<Fixtures & { browserLocale: string }>({
  browserLocale: ['en-US', { option: true }],
  ext: async ({ browserLocale }, use) => {
    const ext = await launchWithExtension({ locale: browserLocale });
    await use(ext);
    await ext.close();
  },
  openExtensionPage: async ({ ext }, use) => {
    await use(async (name) => {
      const page = await ext.context.newPage();
      await page.goto(extensionUrl(ext.extensionId, name));
      return page;
    });
  },
  openDashboardWithKit: async ({ openExtensionPage }, use) => {
    await use(async (kit = TEST_KIT, extra = {}) => {
      const dashboard = await openExtensionPage('options.html');
      await seedKit(dashboard, kit, extra);
      return dashboard;
    });
  },
  openBoxWithKit: async ({ ext, openDashboardWithKit }, use) => {
    await use(async (box) => {
      const dashboard = await openDashboardWithKit();
      const page = await ext.context.newPage();
      await focusBox(page, box);
      return { dashboard, page };
    });
  },
  openSite: async ({ ext }, use) => {
    await use((url, before) => openSite(ext, url, before));
  },
  stopWorker: async ({ ext }, use) => {
    await use(async () => {
      const page = ext.context.pages()[0] ?? (await ext.context.newPage());
      await stopServiceWorker(ext.context, page);
    });
  },
});

export { expect };
