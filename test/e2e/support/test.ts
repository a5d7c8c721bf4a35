import { test as base, expect, type Page } from '@playwright/test';
import { extensionUrl, launchWithExtension, stopServiceWorker, type ExtensionBrowser } from './browser';

export interface Fixtures {
  /** A fresh Chromium profile with the built extension; closed after the test. */
  ext: ExtensionBrowser;
  /** Opens an extension page (popup.html, options.html#reports …) in a tab. */
  openExtensionPage(page: string): Promise<Page>;
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
  stopWorker: async ({ ext }, use) => {
    await use(async () => {
      const page = ext.context.pages()[0] ?? (await ext.context.newPage());
      await stopServiceWorker(ext.context, page);
    });
  },
});

export { expect };
